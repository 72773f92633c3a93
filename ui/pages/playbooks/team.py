"""The Playbooks page's team part, shown once the file is in a team: "Publish for the
team" sends the open playbook to the team's server; "From the team" lists what the
members published, and Import brings one in (checked as any file is, asked first when
it would replace one of the user's)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from domain.team import TeamPlaybook
from ui.a11y import named
from ui.i18n import tr
from ui.widgets.common import muted_label, section_label

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class TeamPlaybooks(QWidget):
    """Emits publishRequested() and importRequested(member, playbook id)."""

    publishRequested = Signal()  # noqa: N815
    importRequested = Signal(str, str)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playbooksTeam")
        self.publish_button = named(
            QPushButton(tr("&Publish for the team")),
            "publishPlaybookButton",
            "Publish this playbook for the team",
        )
        self.list = named(QListWidget(), "teamPlaybookList", "The team's playbooks")
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(140)
        self.import_button = named(
            QPushButton(tr("Import from the team")),
            "importTeamPlaybookButton",
            "Import the team's playbook",
        )
        self.note = muted_label("", "teamPlaybookNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.publish_button)
        layout.addWidget(section_label(tr("From the team")))
        layout.addWidget(self.list)
        layout.addWidget(self.import_button)
        layout.addWidget(self.note)
        self.publish_button.clicked.connect(self.publishRequested)
        self.import_button.clicked.connect(self._import_current)
        self.list.itemActivated.connect(self._import)
        self.list.currentItemChanged.connect(self._update)
        self.setVisible(False)  # until the file is in a team
        self._update()

    def show_playbooks(self, rows: list[TeamPlaybook] | None, problem: str = "") -> None:
        """What the team published (None: being read, or `problem`: why not now)."""
        self.list.clear()
        for row in rows or []:
            item = QListWidgetItem(f"{row.name} — {row.member}")
            item.setData(KEY_ROLE, (row.member, row.playbook_id))
            item.setToolTip(row.playbook_id)
            self.list.addItem(item)
        if problem:
            self.note.setText(problem)
        elif rows is None:
            self.note.setText(tr("Reading the team's playbooks…"))
        elif not rows:
            self.note.setText(tr("Nobody on the team has published a playbook yet."))
        else:
            self.note.setText("")
        self._update()

    def say(self, text: str) -> None:
        self.note.setText(text)

    def rows_text(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def choose(self, row: int) -> None:
        """Import the row, as picking it and clicking Import."""
        self.list.setCurrentRow(row)
        self._import_current()

    def _import_current(self) -> None:
        self._import(self.list.currentItem())

    def _import(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.importRequested.emit(*item.data(KEY_ROLE))

    def _update(self, *_: object) -> None:
        self.import_button.setEnabled(self.list.currentItem() is not None)
