"""The start-up banner: overdue commitments, follow-ups due and letters not sent, with the
actions they need."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from domain.commitments import FollowUpDue
from domain.model import CallSummary, utc_now
from domain.timefmt import local
from ui.widgets.common import day_text, named, plural

if TYPE_CHECKING:
    from storage.store import Store

MAX_ROWS = 3
# Its colours are the style sheet's (QFrame#startupBanner, from the palette).


def headline(
    overdue: int,
    follow_ups: list[FollowUpDue],
    today: date,
    letters: int = 0,
    oldest_letter: date | None = None,
) -> str:
    """'3 commitments overdue · 2 follow-ups due today · 2 letters not sent, the oldest
    from yesterday' (parts with nothing due left out)."""
    parts = []
    if overdue:
        parts.append(f"{plural(overdue, 'commitment')} overdue")
    if follow_ups:
        all_today = all(f.follow_up_on == today for f in follow_ups)
        parts.append(f"{plural(len(follow_ups), 'follow-up')} due{' today' if all_today else ''}")
    if letters:
        when = day_text(oldest_letter, today) if oldest_letter else ""
        when = when.lower() if when in ("Today", "Yesterday") else when
        if letters == 1:
            parts.append(f"1 letter not sent{f' (from {when})' if when else ''}")
        else:
            parts.append(f"{letters} letters not sent{f', the oldest from {when}' if when else ''}")
    return " · ".join(parts)


class LetterRow(QWidget):
    """One follow-up letter not yet sent: what it is, "Open" and "Sent"."""

    open_call = Signal(int)
    sent = Signal(object)  # the CallSummary

    def __init__(self, number: int, summary: CallSummary, today: date):
        super().__init__()
        self.summary = summary
        ended = day_text(local(summary.ended_at).date(), today) if summary.ended_at else ""
        ended = ended.lower() if ended in ("Today", "Yesterday") else ended
        text = QLabel(f"Send the letter to {summary.client} — {summary.title} (call {ended})")
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setObjectName(f"bannerLetter{number}")
        self.open_button = named(
            QPushButton("Open"), f"bannerOpenLetter{number}", f"Open the call with {summary.client}"
        )
        self.sent_button = named(
            QPushButton("Sent"),
            f"bannerLetterSent{number}",
            f"Mark the letter to {summary.client} sent",
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.sent_button)
        self.open_button.clicked.connect(self._open)
        self.sent_button.clicked.connect(self._sent)

    def _open(self) -> None:
        self.open_call.emit(self.summary.id)

    def _sent(self) -> None:
        self.sent.emit(self.summary)


class FollowUpRow(QWidget):
    """One follow-up due: what it is, "Open" and "Checked in"."""

    open_call = Signal(int)
    checked_in = Signal(object)  # the FollowUpDue

    def __init__(self, number: int, item: FollowUpDue, today: date):
        super().__init__()
        self.item = item
        when = day_text(item.follow_up_on, today)
        when = when.lower() if item.follow_up_on >= today - timedelta(days=1) else when
        text = QLabel(f"Check in with {item.client} — {item.title} (due {when})")
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setObjectName(f"bannerFollowUp{number}")
        self.open_button = named(
            QPushButton("Open"), f"bannerOpen{number}", f"Open the call with {item.client}"
        )
        self.done_button = named(
            QPushButton("Checked in"),
            f"bannerCheckedIn{number}",
            f"Mark the check-in with {item.client} done",
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.done_button)
        self.open_button.clicked.connect(self._open)
        self.done_button.clicked.connect(self._done)

    def _open(self) -> None:
        self.open_call.emit(self.item.call_id)

    def _done(self) -> None:
        self.checked_in.emit(self.item)


class StartupBanner(QFrame):
    """Takes the Store. Hidden when nothing is due; `refresh()` recomputes.

    Emits show_board() for "Show commitments" and open_call(call_id) for a follow-up's "Open".
    """

    show_board = Signal()
    open_call = Signal(int)
    letters_changed = Signal()

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ):
        super().__init__(parent)
        self.setObjectName("startupBanner")
        self._store = store
        self._today = today
        self._dismissed = False
        self._last_check_in: FollowUpDue | None = None
        self._last_sent: CallSummary | None = None
        self.follow_ups: list[FollowUpDue] = []
        self.letters: list[CallSummary] = []
        self.letters_owed = 0
        self.overdue = 0
        self.headline = QLabel()
        self.headline.setObjectName("bannerHeadline")
        self.headline.setStyleSheet("font-weight: bold;")
        self.board_button = named(
            QPushButton("Show commitments"), "bannerShowBoard", "Show the commitments board"
        )
        self.close_button = named(QPushButton("✕"), "bannerClose", "Close the reminder", "Close")
        self.close_button.setFlat(True)
        self.close_button.setStyleSheet("padding: 2px 10px;")
        self.undo_button = named(QPushButton("Undo"), "bannerUndo", "Undo the last check-in")
        self.note = QLabel()
        self.note.setObjectName("bannerNote")
        self.more = QLabel()
        self.more.setObjectName("bannerMore")
        self._rows = QVBoxLayout()
        self._rows.setSpacing(2)
        self._lay_out()
        self.board_button.clicked.connect(self.show_board)
        self.close_button.clicked.connect(self.dismiss)
        self.undo_button.clicked.connect(self.undo_check_in)
        self.hide()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(self.board_button)
        top.addWidget(self.close_button)
        notice = QHBoxLayout()
        notice.addWidget(self.note, 1)
        notice.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addLayout(top)
        layout.addLayout(self._rows)
        layout.addWidget(self.more)
        layout.addLayout(notice)

    @property
    def dismissed(self) -> bool:
        return self._dismissed

    def refresh(self) -> None:
        """Recount what is due; show the banner if anything is and it was not closed."""
        today = self._today()
        self.overdue = self._store.reports.overdue_count(today)
        self.follow_ups = self._store.reports.follow_ups_due(today)
        self.letters, self.letters_owed = self._store.calls.letters_owed(limit=MAX_ROWS)
        oldest = self.letters[0].ended_at if self.letters else None
        oldest_day = local(oldest).date() if oldest else None
        self.headline.setText(
            headline(self.overdue, self.follow_ups, today, self.letters_owed, oldest_day)
        )
        self.board_button.setVisible(self.overdue > 0 or self.letters_owed > 0)
        self._fill_rows(today)
        undo = self._last_check_in is not None or self._last_sent is not None
        self.note.setVisible(undo)
        self.undo_button.setVisible(undo)
        due = bool(self.overdue or self.follow_ups or self.letters_owed)
        self.setVisible((due or undo) and not self._dismissed)

    def dismiss(self) -> None:
        """Close the banner for this session; later refreshes keep it closed."""
        self._dismissed = True
        self.hide()

    def check_in(self, item: FollowUpDue) -> None:
        self._store.reports.mark_follow_up_done(item.call_id)
        self._last_check_in, self._last_sent = item, None
        self.note.setText(f"Checked in with {item.client}.")
        self.refresh()

    def letter_sent(self, summary: CallSummary) -> None:
        self._store.calls.mark_letter_sent(summary.id, utc_now())
        self._last_sent, self._last_check_in = summary, None
        self.note.setText(f"Marked the letter to {summary.client} sent.")
        self.refresh()
        self.letters_changed.emit()

    def undo_check_in(self) -> None:
        """Undo the last check-in or letter marked sent."""
        if self._last_check_in is not None:
            self._store.reports.reopen_follow_up(self._last_check_in.call_id)
            self._last_check_in = None
            self.refresh()
        elif self._last_sent is not None:
            self._store.calls.mark_letter_sent(self._last_sent.id, None)
            self._last_sent = None
            self.refresh()
            self.letters_changed.emit()

    def _fill_rows(self, today: date) -> None:
        while self._rows.count():
            widget = self._rows.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for number, item in enumerate(self.follow_ups[:MAX_ROWS]):
            row = FollowUpRow(number, item, today)
            row.open_call.connect(self.open_call)
            row.checked_in.connect(self.check_in)
            self._rows.addWidget(row)
        room = max(0, MAX_ROWS - len(self.follow_ups))
        for number, summary in enumerate(self.letters[:room]):
            letter = LetterRow(number, summary, today)
            letter.open_call.connect(self.open_call)
            letter.sent.connect(self.letter_sent)
            self._rows.addWidget(letter)
        hidden = len(self.follow_ups) - MAX_ROWS
        more = [f"{plural(hidden, 'more follow-up')} due"] if hidden > 0 else []
        letters_hidden = self.letters_owed - min(room, len(self.letters))
        if letters_hidden > 0:
            more.append(f"{plural(letters_hidden, 'more letter')} not sent")
        self.more.setText(f"and {' and '.join(more)}" if more else "")
        self.more.setVisible(bool(more))
