"""The start-up banner (overdue commitments, check-ins due, letters not sent) above the
overview pages: the store work behind it. The banner (ui/shell/banner.py) shows what it is
given and says what the user asked for; this counts, marks, keeps the undo and tells the
window (AppEvents) what changed.

Built a turn after the window's first painted frame (ui.app): the recent-calls table
then lays itself out again, which is cheap now that its rows are worded once into Qt's
own model (it took about 70 ms when every cell was worded in Python). Refreshed when
another page comes up and when commitments or letters change; hidden on pages about one call and in
compact mode, which must fit 420 px.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget

from domain.commitments import FollowUpDue
from domain.model import CallSummary, utc_now
from ui.i18n import tr
from ui.shell.banner import MAX_ROWS, StartupBanner
from ui.shell.context import PageContext
from ui.shell.pages import Page

BANNER_MARGIN = "QFrame#startupBanner { margin: 10px 16px 0px 16px; }"


class BannerController(QObject):
    def __init__(
        self,
        ctx: PageContext,
        column: QVBoxLayout,
        today: Callable[[], date] = date.today,
    ) -> None:
        """The banner goes at the top of `column`, above the page stack."""
        super().__init__(ctx.parent)
        self.ctx = ctx
        self._today = today
        self._compact = False
        self._page: Page | None = None
        self._last_check_in: FollowUpDue | None = None
        self._last_sent: CallSummary | None = None
        banner = StartupBanner()
        banner.setStyleSheet(banner.styleSheet() + BANNER_MARGIN)
        banner.show_board.connect(self._show_board)
        banner.open_call.connect(ctx.navigator.open_call)
        banner.checkInRequested.connect(self.check_in)
        banner.letterSentRequested.connect(self.letter_sent)
        banner.undoRequested.connect(self.undo)
        column.insertWidget(0, banner)
        self.banner = banner
        ctx.navigator.pageChanged.connect(self._page_changed)
        ctx.events.commitmentsChanged.connect(self.refresh)
        ctx.events.lettersChanged.connect(self.refresh)
        ctx.events.compactChanged.connect(self.set_compact)

    @property
    def widget(self) -> QWidget:
        return self.banner

    def refresh(self) -> None:
        """Recount what is due; out of a live call and of compact mode."""
        page = self.ctx.navigator.current
        if self._compact or page is None or not page.is_overview:
            self.banner.hide()
            return
        self.recount()

    def recount(self) -> None:
        """Count what is due and show it (the banner stays closed once dismissed)."""
        today = self._today()
        reports = self.ctx.store.reports
        letters, owed = self.ctx.store.calls.letters_owed(limit=MAX_ROWS)
        self.banner.show_due(
            reports.overdue_count(today),
            reports.follow_ups_due(today, limit=MAX_ROWS),
            letters,
            owed,
            today,
            reports.follow_ups_due_count(today),
        )

    def set_compact(self, compact: bool) -> None:
        self._compact = compact
        self.refresh()

    # what the user asked for -------------------------------------------------------------
    def check_in(self, item: FollowUpDue) -> None:
        """The check-in is done; Undo reopens it."""
        self.ctx.store.reports.mark_follow_up_done(item.call_id)
        self._last_check_in, self._last_sent = item, None
        self.banner.show_note(
            tr("Checked in with {client}.").format(client=item.client), can_undo=True
        )
        self.ctx.events.commitmentsChanged.emit()  # the banner recounts (connected above)

    def letter_sent(self, summary: CallSummary) -> None:
        """The call's letter went out now; Undo marks it not sent again."""
        self.ctx.store.calls.mark_letter_sent(summary.id, utc_now())
        self._last_sent, self._last_check_in = summary, None
        self.banner.show_note(
            tr("Marked the letter to {client} sent.").format(client=summary.client), can_undo=True
        )
        self.ctx.events.lettersChanged.emit()  # the banner and the board recount

    def undo(self) -> None:
        """Undo the last check-in or letter marked sent."""
        if self._last_check_in is not None:
            self.ctx.store.reports.reopen_follow_up(self._last_check_in.call_id)
            self._last_check_in = None
            self.banner.show_note("", can_undo=False)
            self.ctx.events.commitmentsChanged.emit()
        elif self._last_sent is not None:
            self.ctx.store.calls.mark_letter_sent(self._last_sent.id, None)
            self._last_sent = None
            self.banner.show_note("", can_undo=False)
            self.ctx.events.lettersChanged.emit()

    @property
    def can_undo(self) -> bool:
        return self._last_check_in is not None or self._last_sent is not None

    # internals ---------------------------------------------------------------------------
    def _page_changed(self, page: Page) -> None:
        """Recount when another page comes up (not when the same one is shown again)."""
        if page is not self._page:
            self._page = page
            self.refresh()

    def _show_board(self) -> None:
        self.ctx.navigator.show(Page.BOARD)
