"""The commitments board: every open next step across calls, Overdue / This week / Later."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TR_NOOP, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from domain.commitments import Commitment
from domain.model import CallSummary
from domain.team import TeamCommitment
from ui.i18n import number_text, tr
from ui.models.commitments import HORIZONS, BoardColumn, BoardModel
from ui.pages.board.letters import LettersPanel
from ui.pages.board.team import TeamBoard
from ui.widgets.common import empty_state, muted_label, named, page_title
from ui.widgets.group_fetch import fetch_as_scrolled
from ui.widgets.scope import ScopeButtons

OWNER_FILTERS: tuple[tuple[str, str, bool | None], ...] = (
    (QT_TR_NOOP("All"), "boardFilterAll", None),
    (QT_TR_NOOP("Ours"), "boardFilterOurs", True),
    (QT_TR_NOOP("Client's"), "boardFilterClient", False),
)


NOTHING_OPEN = QT_TR_NOOP("No open commitments — next steps agreed on calls show up here")


class CommitmentsBoard(QWidget):
    """Shows the commitments its model is given and says what the user asked for: the
    controller (ui/pages/board/controller.py, marks.py) does the store work.

    Emits open_call(call_id) for Enter or a double click, markDoneRequested (Mark done…,
    Ctrl+D), dropRequested (Drop, Del), undoRequested (Undo, Ctrl+Z),
    ownerFilterRequested(True ours / False the client's / None all) and the letters
    panel's letterOpenRequested / letterSentRequested (call id).
    """

    open_call = Signal(int)
    markDoneRequested = Signal()  # noqa: N815 (Qt signal naming) the current commitment
    dropRequested = Signal()  # noqa: N815 the current commitment
    undoRequested = Signal()  # noqa: N815 the last mark
    ownerFilterRequested = Signal(object)  # noqa: N815 True, False or None
    letterOpenRequested = Signal(int)  # noqa: N815 a letter's call
    letterSentRequested = Signal(int)  # noqa: N815 mark that call's letter sent
    scopeRequested = Signal(bool)  # noqa: N815 True: the team's commitments, False: mine

    def __init__(self, parent: QWidget | None = None, today: Callable[[], date] = date.today):
        """`today` dates the groups (Overdue, This week) and the due column."""
        super().__init__(parent)
        self.setObjectName("commitmentsBoard")
        # its checked filter buttons are styled by the style sheet (from the palette)
        self._can_undo = False
        self.model = BoardModel(today, self)
        self.tree = named(QTreeView(), "boardTree", "Open commitments", tr("Enter opens the call"))
        self.tree.setModel(self.model)
        self._set_up_tree()
        self.filter_group = QButtonGroup(self)
        self.filter_buttons: dict[bool | None, QPushButton] = {}
        for number, (text, object_name, ours) in enumerate(OWNER_FILTERS):
            button = named(QPushButton(tr(text)), object_name, f"Show {text.lower()} commitments")
            button.setCheckable(True)
            self.filter_group.addButton(button, number)
            self.filter_buttons[ours] = button
        self.filter_buttons[None].setChecked(True)
        self.done_button = named(
            QPushButton(tr("Mark done…")), "boardMarkDone", "Mark done", tr("Mark done (Ctrl+D)")
        )
        self.drop_button = named(
            QPushButton(tr("Drop")),
            "boardDrop",
            "Drop commitment",
            tr("Drop: no longer needed (Del)"),
        )
        self.undo_button = named(
            QPushButton(tr("Undo")), "boardUndo", "Undo", tr("Undo last mark (Ctrl+Z)")
        )
        self.summary = QLabel()
        self.summary.setObjectName("boardSummary")
        self.message = muted_label("", "boardMessage")
        self.empty = empty_state(NOTHING_OPEN, "boardEmpty")
        self._team_scope = False
        self.team_board = TeamBoard()
        self.scope_group = ScopeButtons(
            self, ("boardScopeMine", "Show mine"), ("boardScopeTeam", "Show team")
        )
        self.scope_buttons = self.scope_group.buttons_in_order
        self._lay_out()
        self._connect()

    def _set_up_tree(self) -> None:
        tree = self.tree
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setExpandsOnDoubleClick(True)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(BoardColumn.WHAT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((BoardColumn.OWNER, 110), (BoardColumn.DUE, 210)):
            tree.setColumnWidth(column, width)
        tree.setColumnWidth(BoardColumn.CALL, 340)
        self.model.modelReset.connect(self._after_reset)
        fetch_as_scrolled(tree)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(page_title(tr("Commitments")))
        top.addSpacing(16)
        top.addWidget(self.summary, 1)
        for button in self.scope_buttons:
            top.addWidget(button)
        top.addSpacing(12)
        self.show_label = QLabel(tr("Show:"))
        top.addWidget(self.show_label)
        for button in self.filter_buttons.values():
            top.addWidget(button)
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        for button in (self.undo_button, self.drop_button, self.done_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.team_board)
        layout.addWidget(self.stack, 1)
        layout.addLayout(actions)
        self.letters = LettersPanel()
        layout.addWidget(self.letters)
        self.letters.openRequested.connect(self.letterOpenRequested)
        self.letters.sentRequested.connect(self.letterSentRequested)

    def _connect(self) -> None:
        self.filter_group.idClicked.connect(self._filter_clicked)
        self.scope_group.idClicked.connect(self._scope_clicked)
        self.done_button.clicked.connect(self.markDoneRequested)
        self.drop_button.clicked.connect(self.dropRequested)
        self.undo_button.clicked.connect(self.undoRequested)
        self.tree.activated.connect(self._activated)
        self.tree.selectionModel().currentChanged.connect(self._update_buttons)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, intent in (
            (QKeySequence.StandardKey.Undo, self.undoRequested),
            (QKeySequence("Ctrl+D"), self.markDoneRequested),
            (QKeySequence(Qt.Key.Key_Delete), self.dropRequested),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(context)
            shortcut.activated.connect(intent)
        self._update_buttons()

    # public --------------------------------------------------------------------
    def focus_commitments(self) -> None:
        """The keyboard in the tree, on the current commitment (the first if none)."""
        if self.current_commitment() is None and self.model.rowCount():
            group = self.model.index(0, 0)
            first = self.model.index(0, 0, group) if self.model.rowCount(group) else group
            self.tree.setCurrentIndex(first)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_letters(self, letters: list[CallSummary], total: int, today: date) -> None:
        """The letters not yet sent, oldest first, and how many in all (none: hidden)."""
        self.letters.set_letters(letters, total, today)

    def set_team_available(self, available: bool) -> None:
        """Offer the Mine / Team scope (the file is in a team), or take it away."""
        self.scope_group.set_offered(available, self._team_scope)

    def show_team_commitments(self, rows: list[TeamCommitment] | None, problem: str = "") -> None:
        self.team_board.show_commitments(rows, problem)

    @property
    def team_scope(self) -> bool:
        return self._team_scope

    def team_available(self) -> bool:
        """Whether the Mine / Team scope is offered."""
        return self.scope_group.offered(self)

    def choose_scope(self, team: bool) -> None:
        """As a click on Mine or Team."""
        self.scope_group.choose(team)

    def team_rows(self) -> list[list[str]]:
        """The Team scope's rows as shown: due, member, client, what, owner."""
        return self.team_board.rows_text()

    # what the controller uses ----------------------------------------------------
    def current_commitment(self) -> Commitment | None:
        """None in the Team scope: the marks are for one's own commitments."""
        if self._team_scope:
            return None
        return self.model.commitment(self.tree.currentIndex())

    def current_anchor(self) -> tuple[int, int] | None:
        index = self.tree.currentIndex()
        if self.model.commitment(index) is None:
            return None
        return index.parent().row(), index.row()

    def select_step(self, step_id: int) -> None:
        index = self.model.index_of_step(step_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def select_near(self, anchor: tuple[int, int] | None) -> None:
        """After a row leaves the board, the next one in its group becomes current."""
        if anchor is None:
            return
        group = self.model.index(anchor[0], 0)
        count = self.model.rowCount(group)
        target = self.model.index(min(anchor[1], count - 1), 0, group) if count else group
        self.tree.setCurrentIndex(target)

    def letters_shown(self) -> bool:
        """Whether the list of letters not yet sent shows (hidden when none is owed)."""
        return self.letters.isVisibleTo(self)

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def set_can_undo(self, can_undo: bool) -> None:
        """Whether Undo (and Ctrl+Z) has a mark to take back."""
        self._can_undo = can_undo
        self._update_buttons()

    def dialog_parent(self) -> QWidget:
        return self

    # internals -------------------------------------------------------------------
    def _after_reset(self) -> None:
        for row in range(len(HORIZONS)):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
            self.tree.expand(self.model.index(row, 0))
        total = sum(self.model.count(h) for h in HORIZONS)
        overdue = self.model.count(HORIZONS[0])
        text = tr("%n open commitment(s), {overdue} overdue", None, total)
        text = text.replace(str(total), number_text(total), 1)
        self.summary.setText(
            text.format(overdue=number_text(overdue)) if total else tr("Nothing open")
        )
        nothing_at_all = not total and self.model.owner_filter is None
        if not self._team_scope:
            self.stack.setCurrentWidget(self.empty if nothing_at_all else self.tree)
        self._update_buttons()

    def _scope_clicked(self, number: int) -> None:
        team = number == 1
        if team == self._team_scope:
            return
        self._team_scope = team
        for widget in (self.show_label, *self.filter_buttons.values(), self.summary):
            widget.setVisible(not team)
        for button in (self.undo_button, self.drop_button, self.done_button):
            button.setVisible(not team)
        if team:
            self.team_board.show_commitments(None)
            self.stack.setCurrentWidget(self.team_board)
        else:
            self._after_reset()
        self.scopeRequested.emit(team)

    def _filter_clicked(self, number: int) -> None:
        self.ownerFilterRequested.emit(OWNER_FILTERS[number][2])

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.commitment(index)
        if item is not None:
            self.open_call.emit(item.call_id)

    def _update_buttons(self, *_: object) -> None:
        has_item = self.current_commitment() is not None
        self.done_button.setEnabled(has_item)
        self.drop_button.setEnabled(has_item)
        self.undo_button.setEnabled(self._can_undo)
