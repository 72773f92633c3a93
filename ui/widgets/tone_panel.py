"""The tone review's findings, listed compactly: what is flagged, why, and what to try.

One entry per finding: the rule and the words it caught (bold), then the reason,
the suggestion and the field it is in. Whole-letter findings (no apology, no date
for the next update) come first. Activating an entry (click, or Return) emits
`activated` with its position in the list, for the controller to jump there.

Under the list, buttons act on the current finding: "This is fine" (any finding with
words) and, for jargon, "Ignore this word" for this client or everywhere. The same
actions are on the list's context menu. What the last choice did is said on the
summary line, with an Undo button (Ctrl+Z in the list does the same).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TR_NOOP, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from domain.text import clip
from ui.a11y import named
from ui.i18n import tr
from ui.widgets.wrapping_delegate import WrappingDelegate

INDEX_ROLE = Qt.ItemDataRole.UserRole + 1
EXCERPT_CHARS = 90
SHORT_EXCERPT = 24  # longer excerpts go below the rule, where they can wrap
EMPTY_TEXT = QT_TR_NOOP("Nothing to flag: the letter reads plainly.")
ADVICE = QT_TR_NOOP("Suggestions only: you can export at any time.")


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
    rule: str = ""  # domain.tone.Rule value
    words: str = ""  # the words as "this is fine" keys them; "" for a whole-letter finding
    allow: str = ""  # the word "Ignore this word" allows; "" unless the finding is jargon

    @property
    def document_level(self) -> bool:
        return not self.excerpt

    @property
    def can_dismiss(self) -> bool:
        return bool(self.rule and self.words)

    @property
    def can_ignore(self) -> bool:
        return bool(self.allow)

    def heading(self) -> str:
        """The rule, with the words it caught when they are few (else they open the detail)."""
        if not self.excerpt or len(self.excerpt) > SHORT_EXCERPT:
            return self.label
        return f"{self.label}: “{self.excerpt}”"

    def detail(self) -> str:
        lines = [self.why, tr("Try: {suggestion}").format(suggestion=self.suggestion)]
        if len(self.excerpt) > SHORT_EXCERPT:
            excerpt = self.excerpt
            if len(excerpt) > EXCERPT_CHARS:
                excerpt = excerpt[: EXCERPT_CHARS - 1].rstrip() + "…"
            lines.insert(0, f"“{excerpt}”")
        if self.where:
            where = tr("In “{field}”.") if self.field else tr("In {part}.")
            lines.append(where.format(field=self.where, part=self.where))
        return "\n".join(lines)


class TonePanel(QWidget):
    activated = Signal(int)
    fineRequested = Signal(int)  # noqa: N815 (Qt signal naming) the finding's position
    ignoreRequested = Signal(int, bool)  # noqa: N815 position, True: for this client only
    undoRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tonePanel")
        self.setAccessibleName(tr("Tone review"))
        self.items: list[ToneItem] = []
        self.client = ""
        self._notice = ""
        self._status = ""
        self.summary = QLabel("")
        self.summary.setObjectName("hintText")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Tone review summary")
        self.undo_button = named(
            QPushButton(tr("Undo")), "toneUndoButton", "Undo the last tone choice", tr("Ctrl+Z")
        )
        self.undo_button.setVisible(False)
        self.undo_button.clicked.connect(self._undo)
        self.model = QStandardItemModel(self)
        self.list = named(
            QTreeView(),
            "toneFindings",
            "Tone review findings",
            tr("Click a finding to put the cursor on it"),
        )
        self.list.setModel(self.model)
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setItemsExpandable(False)
        self.list.setIndentation(14)
        self.list.setItemDelegate(WrappingDelegate(self.list))
        self.list.clicked.connect(self._activated)
        self.list.activated.connect(self._activated)
        self.list.selectionModel().currentChanged.connect(self._update_actions)
        self._build_actions()
        self.fine_button = named(
            QPushButton(tr("This is fine")),
            "toneFineButton",
            "This is fine",
            tr("Stop flagging these words in this call's letter"),
        )
        self.client_button = named(
            QPushButton(tr("For this client")),
            "toneIgnoreClientButton",
            "Ignore this word for this client",
        )
        self.everywhere_button = named(
            QPushButton(tr("Everywhere")),
            "toneIgnoreEverywhereButton",
            "Ignore this word everywhere",
            tr("Never flag this word as jargon, in any letter"),
        )
        self.fine_button.clicked.connect(self.fine_action.trigger)
        self.client_button.clicked.connect(self.client_action.trigger)
        self.everywhere_button.clicked.connect(self.everywhere_action.trigger)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.summary, 1)
        top.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        choices = QGridLayout()
        choices.setHorizontalSpacing(6)
        choices.setVerticalSpacing(4)
        choices.addWidget(self.fine_button, 0, 0, 1, 2)
        ignore_label = QLabel(tr("Ignore this word:"))
        ignore_label.setObjectName("hintText")
        choices.addWidget(ignore_label, 1, 0, 1, 2)
        choices.addWidget(self.client_button, 2, 0)
        choices.addWidget(self.everywhere_button, 2, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        box.addLayout(top)
        box.addWidget(self.list, 1)
        box.addLayout(choices)
        self.set_client("")
        self.set_items([])

    def _build_actions(self) -> None:
        """The list's context menu; the buttons trigger the same actions."""
        self.fine_action = QAction(tr("This is fine"), self.list)
        self.fine_action.setObjectName("toneFineAction")
        self.fine_action.triggered.connect(self._fine)
        self.client_action = QAction(tr("Ignore this word for this client"), self.list)
        self.client_action.setObjectName("toneIgnoreClientAction")
        self.client_action.triggered.connect(self._ignore_for_client)
        self.everywhere_action = QAction(tr("Ignore this word everywhere"), self.list)
        self.everywhere_action.setObjectName("toneIgnoreEverywhereAction")
        self.everywhere_action.triggered.connect(self._ignore_everywhere)
        separator = QAction(self.list)
        separator.setSeparator(True)
        self.undo_action = QAction(tr("Undo"), self.list)
        self.undo_action.setObjectName("toneUndoAction")
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self._undo)
        for action in (
            self.fine_action,
            self.client_action,
            self.everywhere_action,
            separator,
            self.undo_action,
        ):
            self.list.addAction(action)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def set_client(self, name: str) -> None:
        """The call's client, named on the "for this client" choice."""
        self.client = name
        who = name or tr("this client")
        self.client_button.setToolTip(
            tr("Never flag this word as jargon in letters to {client}").format(client=who)
        )
        self.client_button.setAccessibleDescription(tr("For {client}").format(client=who))
        self._update_actions()

    def set_items(self, items: list[ToneItem], note: str = "") -> None:
        """Whole-letter findings first, then the rest in the order of the letter; the
        current row stays where it was, so the keyboard can go on from there."""
        current = self.list.currentIndex()
        row = current.parent().row() if current.parent().isValid() else current.row()
        self.items = list(items)
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
        if row >= 0 and items:
            self.list.setCurrentIndex(self.model.index(min(row, len(items) - 1), 0))
        if items:
            count = tr("%n thing(s) to look at.", None, len(items))
            self._status = " ".join(p for p in (count, tr(ADVICE), note) if p)
        else:
            self._status = " ".join(p for p in (tr(EMPTY_TEXT), note) if p)
        self._show_summary()
        self._update_actions()

    def set_message(self, text: str) -> None:
        self._status = text
        self._show_summary()

    def set_notice(self, text: str, can_undo: bool = False) -> None:
        """What the last choice did, first on the summary line; Undo beside it."""
        self._notice = text
        self.undo_button.setVisible(can_undo)
        self.undo_action.setEnabled(can_undo)
        self._show_summary()

    @property
    def notice(self) -> str:
        return self._notice

    def _show_summary(self) -> None:
        self.summary.setText(" ".join(p for p in (self._notice, self._status) if p))
        self.list.setAccessibleDescription(self.summary.text())

    def headings(self) -> list[str]:
        return [self.model.item(r).text() for r in range(self.model.rowCount())]

    def current(self) -> int | None:
        """The position in `items` of the finding the list's cursor is on."""
        value = self.list.currentIndex().data(INDEX_ROLE)
        return value if isinstance(value, int) and 0 <= value < len(self.items) else None

    def select(self, index: int) -> None:
        """Put the list's cursor on the finding at position `index` of `items`."""
        for row in range(self.model.rowCount()):
            if self.model.item(row).data(INDEX_ROLE) == index:
                self.list.setCurrentIndex(self.model.index(row, 0))
                return

    def _update_actions(self, *_args: object) -> None:
        index = self.current()
        item = self.items[index] if index is not None else None
        fine = item is not None and item.can_dismiss
        ignore = item is not None and item.can_ignore
        for widget in (self.fine_action, self.fine_button):
            widget.setEnabled(fine)
        for widget in (self.client_action, self.client_button):
            widget.setEnabled(ignore)
        for widget in (self.everywhere_action, self.everywhere_button):
            widget.setEnabled(ignore)
        word = _menu_text(item.excerpt) if ignore and item is not None else tr("this word")
        who = _menu_text(self.client) if self.client else tr("this client")
        self.client_action.setText(tr("Ignore “{word}” for {client}").format(word=word, client=who))
        self.everywhere_action.setText(tr("Ignore “{word}” everywhere").format(word=word))

    def _activated(self, index: QModelIndex) -> None:
        value = index.data(INDEX_ROLE)
        if isinstance(value, int):
            self.activated.emit(value)

    def _fine(self) -> None:
        index = self.current()
        if index is not None and self.items[index].can_dismiss:
            self.fineRequested.emit(index)

    def _ignore_for_client(self) -> None:
        self._ignore(True)

    def _ignore_everywhere(self) -> None:
        self._ignore(False)

    def _ignore(self, for_client: bool) -> None:
        index = self.current()
        if index is not None and self.items[index].can_ignore:
            self.ignoreRequested.emit(index, for_client)

    def _undo(self) -> None:
        if self.undo_action.isEnabled():
            self.undoRequested.emit()


def _menu_text(text: str, limit: int = SHORT_EXCERPT) -> str:
    """A word or a name in a menu entry: short, and an '&' shown, not taken as a mnemonic."""
    return clip(text, limit).replace("&", "&&")
