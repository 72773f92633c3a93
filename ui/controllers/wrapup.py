"""Wrap-up: what the checklist missed, and the follow-up fields, autosaved."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from domain.coverage import Coverage, coverage
from domain.live_session import default_follow_up_date
from domain.model import Call, FollowUp, Section
from domain.playbooks import PlaybookLibrary, scenario_label
from domain.timefmt import format_offset, local
from storage.store import Store
from ui.autosave import Debouncer
from ui.main_window import MainWindow
from ui.views.wrapup import WrapUpView

if TYPE_CHECKING:
    from ui.controllers.app import AppController

WRAPUP = "wrapup"


def fill_missed(model: QStandardItemModel, result: Coverage) -> None:
    """The missed checklist items under their section's heading (the detail page shows
    them the same way)."""
    model.clear()
    bold = QFont()
    bold.setBold(True)
    for section in Section:
        missed = [item for item in result.missed if item.section is section]
        if not missed:
            continue
        head = QStandardItem(section.label)
        head.setFont(bold)
        head.setEditable(False)
        for item in missed:
            child = QStandardItem(item.text)
            child.setEditable(False)
            child.setToolTip(item.hint or item.text)
            head.appendRow(child)
        model.appendRow(head)


class WrapUpController(QObject):
    def __init__(
        self, store: Store, window: MainWindow, app: AppController, playbooks: PlaybookLibrary
    ) -> None:
        super().__init__(window)
        self.store = store
        self.app = app
        self.playbooks = playbooks
        self.call_id: int | None = None
        self.read_only = False
        self.missed_model = QStandardItemModel(self)
        self.view = WrapUpView()
        self.view.missed.setModel(self.missed_model)
        window.add_page(WRAPUP, self.view)
        self.saver = Debouncer(self.save, self)
        self.saver.watch(*self.view.fields.editors.values(), self.view.follow_up_date)
        self.view.fields.edited.connect(self._edited)
        self.view.follow_up_date.dateChanged.connect(self._edited)
        self.view.home_button.clicked.connect(app.show_home)
        self.view.edit_button.clicked.connect(self.make_editable)

    def open(self, call: Call, read_only: bool = False) -> None:
        self.flush()
        self.call_id = None  # nothing is saved while the page is being filled
        self.read_only = read_only
        self._show_missed(call)
        self.view.fields.set_values(vars(call.follow_up))
        follow_up_on = call.follow_up_on or self._default_date(call)
        self.view.follow_up_date.setDate(
            QDate(follow_up_on.year, follow_up_on.month, follow_up_on.day)
        )
        duration = call.offset_ms(call.ended_at) if call.ended_at else None
        self.view.title.setText(f"Wrap-up: {call.client.name} — {call.title}")
        self.view.subtitle.setText(
            f"{scenario_label(call.scenario)} · the call lasted {format_offset(duration)}"
        )
        self.view.set_read_only(read_only)
        self.call_id = call.id
        if call.follow_up_on is None and not read_only:
            self.save()  # the default date is a decision worth keeping
        self.app.show_page(WRAPUP)
        self.app.set_call_title(call.client.name, call.title)
        self.view.fields.first_editor().setFocus()

    @staticmethod
    def _default_date(call: Call) -> date:
        ended = call.ended_at or call.started_at or call.created_at
        return default_follow_up_date(local(ended).date())

    def _show_missed(self, call: Call) -> None:
        result = coverage(call, self.playbooks.get(call.scenario))
        fill_missed(self.missed_model, result)
        self.view.missed.expandAll()
        covered = len(result.covered)
        if result.missed:
            self.view.coverage.setText(
                f"Covered {covered} of {result.total}. Mention the rest in the letter "
                "or in the next call."
            )
        else:
            self.view.coverage.setText(f"All {result.total} checklist items were covered.")

    def make_editable(self) -> None:
        self.read_only = False
        self.view.set_read_only(False)
        self.view.fields.first_editor().setFocus()

    def _edited(self) -> None:
        if self.call_id is not None and not self.read_only:
            self.saver.poke()

    def save(self) -> None:
        if self.call_id is None or self.read_only:
            return
        follow_up = FollowUp(**self.view.fields.values())
        day = self.view.follow_up_date.date().toPython()
        self.store.calls.update_follow_up(self.call_id, follow_up, day)
        self.view.status.setText("Saved.")

    def flush(self) -> None:
        self.saver.flush()

    def release(self) -> None:
        self.saver.release()
