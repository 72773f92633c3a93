"""The start-up banner: overdue commitments and follow-ups due, with the actions they need."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from domain.commitments import FollowUpDue
from ui.widgets.common import day_text, named, plural

if TYPE_CHECKING:
    from storage.store import Store

MAX_ROWS = 3
_STYLE = """
QFrame#startupBanner { background: #fff4d6; border: 1px solid #d9a93f; border-radius: 6px; }
QFrame#startupBanner QLabel { color: #2b2100; background: transparent; }
"""


def headline(overdue: int, follow_ups: list[FollowUpDue], today: date) -> str:
    """'3 commitments overdue · 2 follow-ups due today' (parts with nothing due left out)."""
    parts = []
    if overdue:
        parts.append(f"{plural(overdue, 'commitment')} overdue")
    if follow_ups:
        all_today = all(f.follow_up_on == today for f in follow_ups)
        parts.append(f"{plural(len(follow_ups), 'follow-up')} due{' today' if all_today else ''}")
    return " · ".join(parts)


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

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ):
        super().__init__(parent)
        self.setObjectName("startupBanner")
        self.setStyleSheet(_STYLE)
        self._store = store
        self._today = today
        self._dismissed = False
        self._last_check_in: FollowUpDue | None = None
        self.follow_ups: list[FollowUpDue] = []
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
        self.headline.setText(headline(self.overdue, self.follow_ups, today))
        self.board_button.setVisible(self.overdue > 0)
        self._fill_rows(today)
        self.note.setVisible(self._last_check_in is not None)
        self.undo_button.setVisible(self._last_check_in is not None)
        due = bool(self.overdue or self.follow_ups)
        self.setVisible((due or self._last_check_in is not None) and not self._dismissed)

    def dismiss(self) -> None:
        """Close the banner for this session; later refreshes keep it closed."""
        self._dismissed = True
        self.hide()

    def check_in(self, item: FollowUpDue) -> None:
        self._store.reports.mark_follow_up_done(item.call_id)
        self._last_check_in = item
        self.note.setText(f"Checked in with {item.client}.")
        self.refresh()

    def undo_check_in(self) -> None:
        if self._last_check_in is not None:
            self._store.reports.reopen_follow_up(self._last_check_in.call_id)
            self._last_check_in = None
            self.refresh()

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
        hidden = len(self.follow_ups) - MAX_ROWS
        self.more.setText(f"and {plural(hidden, 'more follow-up')} due" if hidden > 0 else "")
        self.more.setVisible(hidden > 0)
