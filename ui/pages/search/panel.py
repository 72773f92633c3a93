"""Ctrl+F: search past calls as you type; Enter or double-click opens the call.

Typing restarts a 150 ms single-shot timer; when it fires the panel asks for a search
(searchRequested); the controller runs it on a worker thread (a common word over 10,000
calls can take half a second) and hands back only the newest query's results.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from domain.model import SearchHit
from domain.team import TeamCallDetail, TeamHit
from ui.i18n import tr
from ui.pages.search.delegate import HitDelegate
from ui.pages.search.model import SearchResultsModel
from ui.pages.search.team import TeamResults
from ui.widgets.common import empty_state, muted_label, named
from ui.widgets.scope import ScopeButtons

DEBOUNCE_MS = 150
RESULT_LIMIT = 50
HINT = QT_TR_NOOP("Type any word: titles, prep, follow-ups, notes and next steps are searched.")
NO_MATCHES = QT_TR_NOOP("No matches")
NO_MATCHES_HINT = QT_TR_NOOP("Every word you type must appear; try fewer or other words.")
CUT_NOTE = QT_TR_NOOP("Only the first {words} words were searched.")


class SearchPanel(QWidget):
    """A search field over a list of results. Emits searchRequested(words) (show the
    results with `show_hits` or `show_failure`), searchCancelled() when the field is
    emptied, and open_call(call_id)."""

    open_call = Signal(int)
    searchRequested = Signal(str)  # noqa: N815 (Qt signal naming) the words to search for
    searchCancelled = Signal()  # noqa: N815 no words: forget any search still running
    scopeChanged = Signal(bool)  # noqa: N815 True: the team's calls (searched on the server)
    teamCallChosen = Signal(str, int)  # noqa: N815 a team result opened: member, their call id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.field = named(QLineEdit(), "searchField", "Search past calls")
        self.field.setPlaceholderText(tr("Search past calls…"))
        self.field.setClearButtonEnabled(True)
        for button in self.field.findChildren(QToolButton):  # the clear button Qt adds
            named(button, "searchClearButton", "Clear the search")
        self.model = SearchResultsModel(self)
        self.results = named(QListView(), "searchResults", "Search results")
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setAlternatingRowColors(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.status = muted_label(HINT, "searchStatus")
        self.message = empty_state(NO_MATCHES, "searchNoMatches")
        self.message.setToolTip(tr(NO_MATCHES_HINT))
        self.team = TeamResults()
        self.team.callChosen.connect(self.teamCallChosen)
        self._team_scope = False
        self.scope_group = ScopeButtons(
            self,
            ("searchScopeMine", "Search my calls"),
            ("searchScopeTeam", "Search the team's calls"),
        )
        self.scope_buttons = self.scope_group.buttons_in_order
        self.scope_group.idClicked.connect(self._scope_clicked)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.results)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.team)
        self._in_flight = False
        self._open_when_ready = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.field, 1)
        for button in self.scope_buttons:
            top.addWidget(button)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)
        self.stack.setCurrentWidget(self.results)

        self.field.textChanged.connect(self.timer.start)
        self.timer.timeout.connect(self.run_search)
        self.results.activated.connect(self._activated)
        self.field.installEventFilter(self)
        self.results.installEventFilter(self)

    # public ----------------------------------------------------------------
    def refresh(self) -> None:
        """Search again for the current text (the data may have changed)."""
        self.run_search()

    @property
    def searching(self) -> bool:
        """A search is waiting for the debounce or for its results."""
        return self.timer.isActive() or self._in_flight

    def words(self) -> str:
        """What the field holds."""
        return self.field.text()

    def focus_search(self) -> None:
        """What Ctrl+F does: the cursor in the field, its text selected."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def type_words(self, text: str) -> None:
        """Put `text` in the field as if typed: searched once the debounce has passed."""
        self.field.setText(text)

    def set_words(self, text: str) -> bool:
        """Put `text` in the field without waiting to search it (the caller shows its
        results); False, and the hint shown, when there are no words."""
        self.field.setText(text)
        self.timer.stop()
        if not text.strip():
            self._clear()
            return False
        self._in_flight = False
        self._open_when_ready = False  # an Enter pressed for other words
        return True

    def run_search(self) -> None:
        """Ask for the field's words to be searched now (searchRequested)."""
        self.timer.stop()
        text = self.field.text()
        if not text.strip():
            self._clear()
            return
        self._in_flight = True
        self.searchRequested.emit(text)

    def show_hits(self, hits: list[SearchHit]) -> None:
        """The results of the newest search; Enter pressed while it ran opens the first."""
        self._in_flight = False
        self._show_hits(hits)
        if self._open_when_ready:
            self._open_when_ready = False
            self._open_current()

    # the Team scope ----------------------------------------------------------------
    def set_team_available(self, available: bool) -> None:
        """Offer the Mine / Team scope (the file is in a team), or take it away."""
        self.scope_group.set_offered(available, self._team_scope)

    def team_available(self) -> bool:
        return self.scope_group.offered(self)

    @property
    def team_scope(self) -> bool:
        return self._team_scope

    def choose_scope(self, team: bool) -> None:
        """As a click on Mine or Team."""
        self.scope_group.choose(team)

    def show_team_hits(self, hits: list[TeamHit] | None, problem: str = "") -> None:
        """The team's matches of the newest search (None and `problem`: the server
        cannot be asked now; the Mine scope still works)."""
        self._in_flight = False
        self.team.show_hits(hits or [])
        if problem or hits is None:
            self._show(problem, has_results=False)
            self.message.setText(tr("The team cannot be searched now"))
        elif hits:
            found = tr("%n result(s) on the team", None, len(hits))
            self._show(tr("{found} — Enter opens the call").format(found=found), True)
        else:
            self._show(tr(NO_MATCHES_HINT), has_results=False)
            self.message.setText(tr(NO_MATCHES))
        if self._open_when_ready and hits:
            self._open_when_ready = False
            self._open_current()

    def team_rows(self) -> list[list[str]]:
        """The team's results as shown: member, client, title, match."""
        return self.team.rows_text()

    def open_team_row(self, row: int) -> None:
        """Open the team's result in that row, as Enter on it."""
        self.team.choose_row(row)

    def team_reading(self, member: str) -> None:
        self.team.details.reading(member)

    def show_team_details(self, detail: TeamCallDetail | None, problem: str = "") -> None:
        """Another member's call, to be read below the results."""
        self.team.show_details(detail, problem)

    def team_details(self) -> str | None:
        """The details of another member's call as shown (None: none shown)."""
        return self.team.details.text() if self.team.details.isVisibleTo(self) else None

    def status_text(self) -> str:
        return self.status.text()

    def _scope_clicked(self, number: int) -> None:
        team = number == 1
        if team == self._team_scope:
            return
        self._team_scope = team
        self.scopeChanged.emit(team)
        self.run_search()

    def show_failure(self, message: str) -> None:
        """The newest search failed: `message` instead of results."""
        self._in_flight = False
        self._open_when_ready = False
        self.model.set_hits([])
        self._show(tr("Search failed: {message}").format(message=message), has_results=False)

    def release(self) -> None:
        """Stop the debounce and the key handling (the window is closing)."""
        self.timer.stop()
        self.field.removeEventFilter(self)
        self.results.removeEventFilter(self)

    # internals ---------------------------------------------------------------
    def _clear(self) -> None:
        self.searchCancelled.emit()
        self._in_flight = False
        self._open_when_ready = False
        self.model.set_hits([])
        self.team.show_hits([])
        self._show(tr(HINT), has_results=True)

    def _show_hits(self, hits: list[SearchHit]) -> None:
        self.model.set_hits(hits)
        # A query cut to its first words (storage.search.SearchResults) says so.
        cut = ""
        if getattr(hits, "cut", False):
            cut = tr(CUT_NOTE).format(words=hits.most_words) + " "
        if hits:
            many = len(hits) >= RESULT_LIMIT
            found = (
                tr("best {count} results").format(count=len(hits))
                if many
                else tr("%n result(s)", None, len(hits))
            )
            self._show(
                cut
                + tr("{found} — ↓ to move into the list, Enter opens the call").format(found=found),
                True,
            )
            self.results.setCurrentIndex(self.model.index(0, 0))
            self.results.scrollToTop()
        else:
            self._show(cut + tr(NO_MATCHES_HINT), has_results=False)

    def _show(self, status: str, has_results: bool) -> None:
        self.status.setText(status)
        self.status.setVisible(bool(status))
        shown = self.team if self._team_scope else self.results
        if not self._team_scope:
            self.message.setText(tr(NO_MATCHES))
        self.stack.setCurrentWidget(shown if has_results else self.message)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_call.emit(self.model.hit(index.row()).call_id)

    def _open_current(self) -> None:
        """Enter in the field: open the current result, or the first once the search is done."""
        if self.searching:
            if self.timer.isActive():
                self.run_search()
            self._open_when_ready = True
            return
        if self._team_scope:
            self.team.open_current()
            return
        index = self.results.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        self._activated(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.field:
            if key == Qt.Key.Key_Down and self._team_scope and self.team.count():
                self.team.tree.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if key == Qt.Key.Key_Down and self.model.rowCount():
                if not self.results.currentIndex().isValid():
                    self.results.setCurrentIndex(self.model.index(0, 0))
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_current()
                return True
        elif watched is self.results:
            at_top = self.results.currentIndex().row() <= 0
            if (key == Qt.Key.Key_Up and at_top) or key == Qt.Key.Key_Escape:
                self.field.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)
