"""Prepare: creates the call as soon as it has a client and a subject, then autosaves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from domain.model import Call, CallStatus, Client, Prep
from domain.playbooks import PlaybookLibrary
from storage.store import Store
from ui.autosave import Debouncer
from ui.main_window import MainWindow
from ui.views.prepare import PrepareView

if TYPE_CHECKING:
    from ui.controllers.app import AppController

PREPARE = "prepare"
DEFAULT_SCENARIO = "generic"


class PrepareController(QObject):
    def __init__(
        self, store: Store, window: MainWindow, app: AppController, playbooks: PlaybookLibrary
    ) -> None:
        super().__init__(window)
        self.store = store
        self.app = app
        self.playbooks = playbooks
        self.call_id: int | None = None
        self.view = PrepareView()
        window.add_page(PREPARE, self.view)
        self.view.set_playbooks(playbooks.all())
        self.header_saver = Debouncer(self.save_header, self)
        self.prep_saver = Debouncer(self.save_prep, self)
        # The client name is saved when the field is left, not while typing, so that
        # 'Nor', 'North'... never become clients of their own.
        self.view.client_field.textChanged.connect(self.header_saver.mark)
        self.view.client_field.editingFinished.connect(self.header_saver.flush)
        self.view.subject_field.textChanged.connect(self.header_saver.poke)
        self.header_saver.watch(self.view.subject_field)
        self.view.scenario_combo.currentIndexChanged.connect(self._scenario_changed)
        self.view.fields.edited.connect(self.prep_saver.poke)
        self.prep_saver.watch(*self.view.fields.editors.values())
        self.view.start_button.clicked.connect(self.start_call)

    # opening -------------------------------------------------------------------
    def new_call(self) -> None:
        self.flush()
        self.call_id = None
        self.view.set_header("", "")
        self.view.set_scenario(DEFAULT_SCENARIO)
        self.view.fields.set_values({})
        self._show()

    def open(self, call: Call) -> None:
        self.flush()
        self.call_id = call.id
        self.view.set_header(call.client.name, call.title)
        self.view.set_scenario(call.scenario)
        self.view.fields.set_values(vars(call.prep))
        self._show()

    def _show(self) -> None:
        self.view.completer.model().setStringList(self.store.calls.client_names())
        self.view.show_playbook(self.playbooks.get(self.view.scenario()))
        self.app.show_page(PREPARE)
        self.app.set_call_title(self._client(), self._subject())
        self.view.client_field.setFocus()

    # saving --------------------------------------------------------------------
    def _client(self) -> str:
        return self.view.client_field.text().strip()

    def _subject(self) -> str:
        return self.view.subject_field.text().strip()

    def _prep(self) -> Prep:
        return Prep(**self.view.fields.values())

    def save_header(self) -> None:
        client, subject, scenario = self._client(), self._subject(), self.view.scenario()
        if not client or not subject:
            return
        if self.call_id is None:
            call = Call(
                client=Client(client),
                title=subject,
                scenario=scenario,
                status=CallStatus.PREPARED,
                prep=self._prep(),
            )
            self.call_id = self.store.calls.create(call).id
            self.prep_saver.cancel()
        else:
            self.store.calls.update_header(self.call_id, client, subject, scenario)
        self.view.status.setText("Saved.")
        self.app.set_call_title(client, subject)

    def save_prep(self) -> None:
        if self.call_id is None:
            self.save_header()  # creates the call, prep included, once it has a name
            return
        self.store.calls.update_prep(self.call_id, self._prep())
        self.view.status.setText("Saved.")

    def _scenario_changed(self) -> None:
        self.view.show_playbook(self.playbooks.get(self.view.scenario()))
        self.header_saver.mark()
        self.header_saver.flush()

    def flush(self) -> None:
        self.header_saver.flush()
        self.prep_saver.flush()

    def release(self) -> None:
        self.header_saver.release()
        self.prep_saver.release()

    # starting --------------------------------------------------------------------
    def start_call(self) -> None:
        self.flush()
        if self.call_id is None:
            missing = self.view.client_field if not self._client() else self.view.subject_field
            self.view.status.setText("Enter a client and a subject to start the call.")
            missing.setFocus()
            return
        self.store.calls.start(self.call_id)
        call_id, self.call_id = self.call_id, None
        self.app.open_call(call_id)
