"""The board's second list: follow-up letters not yet sent, oldest first.

The seeds' rule is a written summary the same day; a letter still owed is a promise
like any other, so it sits beside the commitments. Intent-level: the panel shows what it
is given and says which call the user wants opened or marked sent.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.model import CallSummary
from domain.timefmt import local
from ui.i18n import tr
from ui.widgets.common import day_text, named

CALL_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class LettersPanel(QWidget):
    openRequested = Signal(int)  # noqa: N815 (Qt signal naming) call id
    sentRequested = Signal(int)  # noqa: N815 call id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardLetters")
        self.heading = QLabel("")
        self.heading.setObjectName("sectionLabel")
        self.list = named(
            QTreeWidget(), "boardLetterList", "Letters not sent", tr("Enter opens the call")
        )
        self.list.setHeaderLabels(["Client", "Call", "Call ended"])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setColumnWidth(0, 220)
        self.list.setColumnWidth(1, 380)
        self.list.setMaximumHeight(140)
        self.open_button = named(
            QPushButton(tr("Open the call")), "boardLetterOpen", "Open the call"
        )
        self.sent_button = named(
            QPushButton(tr("Mark letter sent")), "boardLetterSent", "Mark the letter sent"
        )
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.sent_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.list.itemActivated.connect(self._activated)
        self.open_button.clicked.connect(self._open)
        self.sent_button.clicked.connect(self._sent)
        self.hide()

    def set_letters(self, letters: list[CallSummary], total: int, today: date) -> None:
        """The letters still owed (oldest first) and how many in all; hidden when none."""
        self.list.clear()
        for summary in letters:
            ended = day_text(local(summary.ended_at).date(), today) if summary.ended_at else ""
            item = QTreeWidgetItem([summary.client, summary.title, ended])
            item.setData(0, CALL_ID_ROLE, summary.id)
            item.setToolTip(1, summary.title)
            self.list.addTopLevelItem(item)
        shown = len(letters)
        heading = tr("%n letter(s) not sent", None, total)
        if total > shown:
            heading += tr(" (the oldest {shown} shown)").format(shown=shown)
        self.heading.setText(heading)
        if letters:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.setVisible(total > 0)

    def current_call(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(0, CALL_ID_ROLE)) if item is not None else None

    def _activated(self, item: QTreeWidgetItem) -> None:
        self.openRequested.emit(int(item.data(0, CALL_ID_ROLE)))

    def _open(self) -> None:
        if (call_id := self.current_call()) is not None:
            self.openRequested.emit(call_id)

    def _sent(self) -> None:
        if (call_id := self.current_call()) is not None:
            self.sentRequested.emit(call_id)
