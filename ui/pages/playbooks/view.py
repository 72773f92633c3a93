"""The playbooks page: the list of playbooks beside the one being edited.

Left, every playbook (shipped, changed, the user's own); right, the open one: its name
and summary, its checklist (ui.pages.playbooks.checklist), prep prompts, jargon and
letter hints per letter language. A problem is shown beside the field it is about as
the user types. The view says what the user wants and shows what it is given; the
controller changes, checks and saves the playbook.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.model import Section
from domain.playbook_check import Problem
from domain.playbooks import Playbook
from ui.a11y import named
from ui.i18n import tr
from ui.pages.playbooks.checklist import ChecklistTree
from ui.pages.playbooks.team import TeamPlaybooks
from ui.pages.playbooks.texts import PlaybookTexts, problem_label
from ui.widgets.common import muted_label, page_title


class PlaybooksView(QWidget):
    playbookChosen = Signal(str)  # noqa: N815 (Qt signal naming) playbook id
    nameEdited = Signal(str)  # noqa: N815
    summaryEdited = Signal(str)  # noqa: N815
    itemEdited = Signal(str, str, str)  # noqa: N815 item id, text, hint
    itemAdded = Signal(str)  # noqa: N815 section value
    itemRemoved = Signal(str)  # noqa: N815 item id
    itemMoved = Signal(str, int)  # noqa: N815 item id, step
    itemsArranged = Signal(object)  # noqa: N815 dict[Section, list[str]]
    jargonEdited = Signal(str)  # noqa: N815
    promptEdited = Signal(str, str)  # noqa: N815 prep field, text
    letterHintEdited = Signal(str, str, str)  # noqa: N815 language, key, text
    newRequested = Signal()  # noqa: N815
    importRequested = Signal()  # noqa: N815
    exportRequested = Signal()  # noqa: N815
    resetRequested = Signal()  # noqa: N815
    deleteRequested = Signal()  # noqa: N815
    undoRequested = Signal()  # noqa: N815
    redoRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playbooksPage")
        self._playbook: Playbook | None = None
        self._filling = False
        self.playbook_list = named(QListWidget(), "playbookList", "Playbooks")
        self.playbook_list.setMinimumWidth(200)
        self.playbook_list.setWordWrap(True)  # a long name wraps rather than scrolls sideways
        self.playbook_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_button = named(
            QPushButton(tr("&New from this")),
            "newPlaybookButton",
            "New playbook from this one",
            tr("A scenario of your own, starting as a copy of the open playbook"),
        )
        self.import_button = named(
            QPushButton(tr("&Import…")), "importPlaybookButton", "Import a playbook file"
        )
        self.export_button = named(
            QPushButton(tr("E&xport…")), "exportPlaybookButton", "Export this playbook"
        )
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.playbook_list, 1)
        for button in (self.new_button, self.import_button, self.export_button):
            left.addWidget(button)  # one a row: the list stays narrow in any language
        self.team = TeamPlaybooks()  # shown once the file is in a team
        left.addWidget(self.team)
        left_box = QWidget()
        left_box.setLayout(left)

        self.state = muted_label("", "playbookState")
        self.reset_button = named(
            QPushButton(tr("&Reset to shipped")),
            "resetPlaybookButton",
            "Reset to the shipped playbook",
        )
        self.delete_button = named(
            QPushButton(tr("&Delete")), "deletePlaybookButton", "Delete this playbook"
        )
        self.undo_button = named(QPushButton(tr("&Undo")), "undoPlaybookButton", "Undo", "Ctrl+Z")
        self.redo_button = named(
            QPushButton(tr("Red&o")), "redoPlaybookButton", "Redo", "Ctrl+Shift+Z"
        )
        state_row = QHBoxLayout()
        state_row.addWidget(self.state, 1)
        for button in (self.undo_button, self.redo_button, self.reset_button, self.delete_button):
            state_row.addWidget(button)

        self.name_field = named(QLineEdit(), "playbookNameField", "Playbook name")
        self.summary_field = named(QLineEdit(), "playbookSummaryField", "Playbook summary")
        self.name_problem = problem_label("nameProblem")
        self.summary_problem = problem_label("summaryProblem")
        head = QFormLayout()
        head.addRow(
            self._buddy(tr("N&ame"), self.name_field),
            self._with(self.name_field, self.name_problem),
        )
        head.addRow(
            self._buddy(tr("Su&mmary"), self.summary_field),
            self._with(self.summary_field, self.summary_problem),
        )

        self.tree = named(ChecklistTree(), "playbookChecklist", "Checklist items")
        self.add_buttons: dict[Section, QPushButton] = {}
        adds = QHBoxLayout()
        for section in Section:
            button = named(
                QPushButton(f"+ {tr(section.label)}"),
                f"add{section.value.title().replace('_', '')}Item",
                f"Add a {section.label} item",
            )
            button.clicked.connect(lambda _=False, s=section: self.itemAdded.emit(s.value))
            self.add_buttons[section] = button
            adds.addWidget(button)
        self.remove_button = named(
            QPushButton(tr("Remove i&tem")), "removeItemButton", "Remove the item", "Delete"
        )
        self.up_button = named(QPushButton(tr("Up")), "itemUpButton", "Move the item up", "Alt+Up")
        self.down_button = named(
            QPushButton(tr("Down")), "itemDownButton", "Move the item down", "Alt+Down"
        )
        adds.addStretch(1)
        for button in (self.up_button, self.down_button, self.remove_button):
            adds.addWidget(button)
        self.checklist_problem = problem_label("checklistProblem")
        checklist_tab = QWidget()
        column = QVBoxLayout(checklist_tab)
        column.addWidget(
            muted_label(
                QT_TR_NOOP(
                    "F2 rewords an item, Alt+Up and Alt+Down move it, Insert adds one, Delete "
                    "removes it; drag to move. Past calls keep the items they were made with."
                ),
                "checklistHelp",
            )
        )
        column.addWidget(self.tree, 1)
        column.addWidget(self.checklist_problem)
        column.addLayout(adds)

        self.texts = PlaybookTexts()
        self.texts.promptEdited.connect(self.promptEdited)
        self.texts.jargonEdited.connect(self.jargonEdited)
        self.texts.letterHintEdited.connect(self.letterHintEdited)
        self.tabs = named(QTabWidget(), "playbookTabs", "Playbook parts")
        self.tabs.addTab(checklist_tab, tr("Checklist"))
        self.tabs.addTab(self.texts.prompts_tab, tr("Prep prompts"))
        self.tabs.addTab(self.texts.jargon_tab, tr("Jargon"))
        self.tabs.addTab(self.texts.letter_tab, tr("Letter hints"))
        named(
            self.tabs.tabBar(), "playbookTabBar", "Checklist, prep prompts, jargon or letter hints"
        )

        self.status = muted_label("", "playbookStatus")
        self.status.setAccessibleName("Playbook status")
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(state_row)
        right.addLayout(head)
        right.addWidget(self.tabs, 1)
        right.addWidget(self.status)
        right_box = QWidget()
        right_box.setLayout(right)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("playbooksSplitter")
        splitter.addWidget(left_box)
        splitter.addWidget(right_box)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(page_title(tr("Playbooks")))
        layout.addWidget(splitter, 1)

        self.playbook_list.currentItemChanged.connect(self._chosen)
        self.name_field.textEdited.connect(self.nameEdited)
        self.summary_field.textEdited.connect(self.summaryEdited)
        self.tree.edited.connect(self.itemEdited)
        self.tree.addRequested.connect(self.itemAdded)
        self.tree.removeRequested.connect(self.itemRemoved)
        self.tree.moveRequested.connect(self.itemMoved)
        self.tree.arranged.connect(self.itemsArranged)
        self.remove_button.clicked.connect(self._remove_current)
        self.up_button.clicked.connect(lambda: self._move_current(-1))
        self.down_button.clicked.connect(lambda: self._move_current(1))
        self.new_button.clicked.connect(self.newRequested)
        self.import_button.clicked.connect(self.importRequested)
        self.export_button.clicked.connect(self.exportRequested)
        self.reset_button.clicked.connect(self.resetRequested)
        self.delete_button.clicked.connect(self.deleteRequested)
        self.undo_button.clicked.connect(self.undoRequested)
        self.redo_button.clicked.connect(self.redoRequested)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, signal in (
            (QKeySequence.StandardKey.Undo, self.undoRequested),
            (QKeySequence.StandardKey.Redo, self.redoRequested),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(context)
            shortcut.activated.connect(signal)

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    @staticmethod
    def _with(field: QWidget, problem: QLabel) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(field)
        box.addWidget(problem)
        return box

    # shown ----------------------------------------------------------------------------
    # the team's part (shown once the file is in a team) ------------------------------
    def team_shown(self) -> bool:
        return self.team.isVisibleTo(self)

    def team_playbook_rows(self) -> list[str]:
        """The team's playbooks as listed: 'name — member'."""
        return self.team.rows_text()

    def team_note(self) -> str:  # the team part's line: what happened, or why not
        return self.team.note.text()

    def import_team_playbook(self, row: int) -> None:
        """As picking the team's playbook in that row and clicking Import."""
        self.team.choose(row)

    def publish_for_team(self) -> None:  # as a click on "Publish for the team"
        self.team.publish_button.click()

    def show_list(self, rows: list[tuple[str, str]], current: str) -> None:
        """(id, label) rows, the one with id `current` selected, without signals. The
        rows are changed in place (this runs inside the list's own signal when the user
        picks a playbook, where deleting its items would pull them from under Qt)."""
        widget = self.playbook_list
        widget.blockSignals(True)
        while widget.count() > len(rows):
            widget.takeItem(widget.count() - 1)
        for n, (playbook_id, label) in enumerate(rows):
            item = widget.item(n)
            if item is None:
                item = QListWidgetItem()
                widget.addItem(item)
            if item.text() != label:
                item.setText(label)
                item.setToolTip(label)
            item.setData(Qt.ItemDataRole.UserRole, playbook_id)
            if playbook_id == current and widget.currentRow() != n:
                widget.setCurrentRow(n)
        widget.blockSignals(False)

    def keep_playbook(self, playbook_id: str) -> None:
        """Put the list back on `playbook_id` (the user's pick of another was declined),
        without signals, once the list's own signal has returned (a click still being
        handled would otherwise select the pick again)."""
        QTimer.singleShot(0, self, lambda: self._select(playbook_id))

    def chosen_playbook(self) -> str:
        """The id of the playbook selected in the list ('' when none is)."""
        item = self.playbook_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _select(self, playbook_id: str) -> None:
        widget = self.playbook_list
        widget.blockSignals(True)
        for n in range(widget.count()):
            if widget.item(n).data(Qt.ItemDataRole.UserRole) == playbook_id:
                widget.setCurrentRow(n)
        widget.blockSignals(False)

    def show_playbook(self, playbook: Playbook, state: str, can_reset: bool, own: bool) -> None:
        """The open playbook; fields being typed in keep their cursor (text unchanged)."""
        self._playbook = playbook
        self._filling = True
        self.state.setText(state)
        self.reset_button.setVisible(can_reset)
        self.delete_button.setVisible(own)
        for field, text in (
            (self.name_field, playbook.name),
            (self.summary_field, playbook.summary),
        ):
            if field.text() != text:
                field.setText(text)
                field.setCursorPosition(0)  # its start shows, not its end
        self.texts.show_playbook(playbook)
        self._filling = False

    def show_problems(self, problems: list[Problem]) -> None:
        """Each problem beside its field; item problems on the item's row too."""
        assert self._playbook is not None
        items = self._playbook.items
        by_item: dict[str, str] = {}
        groups: dict[str, list[str]] = {}
        for problem in problems:
            head, _, rest = problem.field.partition(".")
            if head == "item" and rest.isdigit() and int(rest) < len(items):
                by_item.setdefault(items[int(rest)].id, problem.message)
                group = "checklist"
            elif head in ("section", "checklist", "id"):
                group = "checklist" if head != "id" else "name"
            else:
                group = head
            groups.setdefault(group, []).append(problem.message)
        for group, label in (
            ("name", self.name_problem),
            ("summary", self.summary_problem),
            ("checklist", self.checklist_problem),
            ("prep", self.texts.prompt_problem),
            ("jargon", self.texts.jargon_problem),
            ("letter", self.texts.letter_problem),
        ):
            messages = groups.get(group, [])
            label.setText("\n".join(messages[:3]))
            label.setAccessibleName(label.text())
            label.setVisible(bool(messages))
        self.tree.show_playbook(self._playbook, by_item)

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def set_undo_state(self, can_undo: bool, can_redo: bool) -> None:
        self.undo_button.setEnabled(can_undo)
        self.redo_button.setEnabled(can_redo)

    def select_item(self, key: str) -> None:
        self.tree.select(key)

    def focus_item(self, key: str) -> None:
        """The checklist tab, the item (or section) with this id current, keyboard there."""
        self.tabs.setCurrentIndex(0)
        self.tree.select(key)
        self.tree.setFocus()

    def focus_name(self) -> None:
        self.name_field.setFocus()
        self.name_field.selectAll()

    def state_text(self) -> str:
        return self.state.text()

    def status_text(self) -> str:
        return self.status.text()

    def item_texts(self, section: Section) -> list[str]:
        return self.tree.item_texts(section)

    def list_label(self) -> str:
        """The open playbook's line in the list."""
        item = self.playbook_list.currentItem()
        return item.text() if item is not None else ""

    def reset_offered(self) -> bool:
        return not self.reset_button.isHidden()

    def focus_list(self) -> None:
        self.playbook_list.setFocus()

    def focus_items(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.tree.setFocus()

    def edit_item(self, item_id: str) -> None:
        """Start rewording an item (a new one is added empty)."""
        self.tree.select(item_id)
        current = self.tree.currentItem()
        if current is not None:
            self.tree.setFocus()
            self.tree.editItem(current, 0)

    def problem_texts(self) -> dict[str, str]:
        """The problems shown, by field group (tests read them)."""
        labels = {
            "name": self.name_problem,
            "checklist": self.checklist_problem,
            "jargon": self.texts.jargon_problem,
            "prep": self.texts.prompt_problem,
            "letter": self.texts.letter_problem,
        }
        return {k: v.text() for k, v in labels.items() if not v.isHidden()}

    # within the view --------------------------------------------------------------------
    def _chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.playbookChosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def _remove_current(self) -> None:
        item_id = self.tree.current_item_id()
        if item_id:
            self.itemRemoved.emit(item_id)

    def _move_current(self, step: int) -> None:
        item_id = self.tree.current_item_id()
        if item_id:
            self.itemMoved.emit(item_id, step)
