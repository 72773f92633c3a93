"""The tone review's findings, listed compactly: what is flagged, why, and what to try.

One entry per finding: the rule and the words it caught (bold), then the reason,
the suggestion and the field it is in. Whole-letter findings (no apology, no date
for the next update) come first. Activating an entry (click, or Return) emits
`activated` with its position in the list, for the controller to jump there.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QTreeView, QVBoxLayout, QWidget

from ui.a11y import named
from ui.widgets.wrapping_delegate import WrappingDelegate

INDEX_ROLE = Qt.ItemDataRole.UserRole + 1
EXCERPT_CHARS = 90
SHORT_EXCERPT = 24  # longer excerpts go below the rule, where they can wrap
EMPTY_TEXT = "Nothing to flag: the letter reads plainly."
ADVICE = "Suggestions only: you can export at any time."


@dataclass(frozen=True)
class ToneItem:
    """A finding as the panel shows it; field/start/end locate it in a follow-up field."""

    label: str
    excerpt: str
    why: str
    suggestion: str
    where: str = ""
    field: str | None = None
    start: int = 0
    end: int = 0

    @property
    def document_level(self) -> bool:
        return not self.excerpt

    def heading(self) -> str:
        """The rule, with the words it caught when they are few (else they open the detail)."""
        if not self.excerpt or len(self.excerpt) > SHORT_EXCERPT:
            return self.label
        return f"{self.label}: “{self.excerpt}”"

    def detail(self) -> str:
        lines = [self.why, f"Try: {self.suggestion}"]
        if len(self.excerpt) > SHORT_EXCERPT:
            excerpt = self.excerpt
            if len(excerpt) > EXCERPT_CHARS:
                excerpt = excerpt[: EXCERPT_CHARS - 1].rstrip() + "…"
            lines.insert(0, f"“{excerpt}”")
        if self.where:
            lines.append(f"In “{self.where}”." if self.field else f"In {self.where}.")
        return "\n".join(lines)


class TonePanel(QWidget):
    activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tonePanel")
        self.setAccessibleName("Tone review")
        self.summary = QLabel("")
        self.summary.setObjectName("hintText")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Tone review summary")
        self.model = QStandardItemModel(self)
        self.list = named(
            QTreeView(),
            "toneFindings",
            "Tone review findings",
            "Click a finding to put the cursor on it",
        )
        self.list.setModel(self.model)
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setItemsExpandable(False)
        self.list.setIndentation(14)
        self.list.setItemDelegate(WrappingDelegate(self.list))
        self.list.clicked.connect(self._activated)
        self.list.activated.connect(self._activated)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        box.addWidget(self.summary)
        box.addWidget(self.list, 1)
        self.set_items([])

    def set_items(self, items: list[ToneItem], note: str = "") -> None:
        """Whole-letter findings first, then the rest in the order of the letter."""
        self.model.clear()
        self.list.ensurePolished()  # the style sheet's font size, for wrapping the bold rows
        bold = QFont(self.list.font())
        bold.setBold(True)
        order = [i for i, it in enumerate(items) if it.document_level]
        order += [i for i, it in enumerate(items) if not it.document_level]
        for index in order:
            item = items[index]
            head = QStandardItem(item.heading())
            head.setFont(bold)
            head.setEditable(False)
            head.setData(index, INDEX_ROLE)
            head.setToolTip(item.excerpt or item.label)
            body = QStandardItem(item.detail())
            body.setEditable(False)
            body.setData(index, INDEX_ROLE)
            head.appendRow(body)
            self.model.appendRow(head)
        self.list.expandAll()
        if items:
            count = f"{len(items)} thing{'s' if len(items) != 1 else ''} to look at."
            self.set_message(" ".join(p for p in (count, ADVICE, note) if p))
        else:
            self.set_message(" ".join(p for p in (EMPTY_TEXT, note) if p))
        self.list.setAccessibleDescription(self.summary.text())

    def set_message(self, text: str) -> None:
        self.summary.setText(text)

    def headings(self) -> list[str]:
        return [self.model.item(r).text() for r in range(self.model.rowCount())]

    def _activated(self, index: QModelIndex) -> None:
        value = index.data(INDEX_ROLE)
        if isinstance(value, int):
            self.activated.emit(value)
