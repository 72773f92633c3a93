"""Wrap-up: what the checklist missed, and the follow-up fields, autosaved; the tone
review beside them; the Export button drops the window's Export menu."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QWidget

from domain.coverage import coverage
from domain.live_session import default_follow_up_date
from domain.model import Call
from domain.playbooks import scenario_label
from domain.timefmt import duration_text, local
from ui.autosave import Debouncer
from ui.models.missed import fill_missed
from ui.pages.wrapup.tone import ToneController
from ui.pages.wrapup.view import WrapUpView
from ui.shell.context import PageContext
from ui.shell.pages import Page


class WrapUpController(QObject):
    def __init__(self, ctx: PageContext) -> None:
        super().__init__(ctx.parent)
        self.ctx = ctx
        self.store = ctx.store
        self.playbooks = ctx.playbooks
        self.call_id: int | None = None
        self.call: Call | None = None
        self.read_only = False
        self.missed_model = QStandardItemModel(self)
        self.view = WrapUpView()
        self.saver = Debouncer(self.save, self)
        self.saver.watch(*self.view.typing_widgets())
        self.view.edited.connect(self._edited)
        self.view.homeRequested.connect(ctx.navigator.home)
        self.view.editRequested.connect(self.make_editable)
        self.view.exportMenuRequested.connect(ctx.events.exportMenuRequested)
        self.tone = ToneController(self.store, self, self.playbooks.get, ctx.tasks)
        ctx.events.profileSaved.connect(self._profile_saved)

    # the page protocol (ui.shell.navigator.PageController) ---------------------------
    def views(self) -> dict[Page, QWidget]:
        return {Page.WRAPUP: self.view}

    def load(self, page: Page, key: object) -> None:
        if not isinstance(key, int):
            raise KeyError("the wrap-up shows one call")
        self.open(self.store.calls.get(key))

    def focus(self, page: Page) -> None:
        self.view.focus_first_field()

    def title(self, page: Page) -> tuple[str, str]:
        return (self.call.client.name, self.call.title) if self.call else ("", "")

    def current_key(self, page: Page) -> int | None:
        return self.call_id

    def open(self, call: Call, read_only: bool = False) -> None:
        self.flush()
        self.call_id = None  # nothing is saved while the page is being filled
        self.call = call
        self.read_only = read_only
        self._show_missed(call)
        self.view.set_follow_up(call.follow_up, call.follow_up_on or self._default_date(call))
        lasted = duration_text(call.started_at, call.ended_at)
        scenario = scenario_label(call.scenario)
        self.view.set_heading(
            f"Wrap-up: {call.client.name} — {call.title}",
            f"{scenario} · the call lasted {lasted}" if lasted else scenario,
        )
        self.view.set_read_only(read_only)
        self.call_id = call.id
        if call.follow_up_on is None and not read_only:
            self.save()  # the default date is a decision worth keeping
        self.tone.load(call.id)

    def _profile_saved(self) -> None:
        """The signature and the allow-list may have changed: review again."""
        if self.call_id is not None and self.ctx.navigator.current is Page.WRAPUP:
            self.tone.load(self.call_id)

    @staticmethod
    def _default_date(call: Call) -> date:
        ended = call.ended_at or call.started_at or call.created_at
        return default_follow_up_date(local(ended).date())

    def _show_missed(self, call: Call) -> None:
        result = coverage(call, self.playbooks.get(call.scenario))
        fill_missed(self.missed_model, result)
        covered = len(result.covered)
        if result.missed:
            summary = (
                f"Covered {covered} of {result.total}. Mention the rest in the letter "
                "or in the next call."
            )
        else:
            summary = f"All {result.total} checklist items were covered."
        self.view.set_missed(self.missed_model, summary)

    def make_editable(self) -> None:
        self.read_only = False
        self.view.set_read_only(False)
        self.view.focus_first_field()

    def _edited(self) -> None:
        if self.call_id is not None and not self.read_only:
            self.saver.poke()

    def save(self) -> None:
        if self.call_id is None or self.read_only:
            return
        self.store.calls.update_follow_up(
            self.call_id, self.view.follow_up(), self.view.check_in_day()
        )
        self.view.set_status("Saved.")

    def flush(self) -> None:
        self.saver.flush()

    def release(self) -> None:
        self.saver.release()
        self.tone.release()
