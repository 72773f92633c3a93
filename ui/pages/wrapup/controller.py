"""Wrap-up: what the checklist missed, and the follow-up fields, autosaved; the tone
review beside them; the Export button drops the window's Export menu."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QWidget

from domain.compose import default_subject
from domain.coverage import coverage
from domain.live_session import default_follow_up_date
from domain.model import Call, utc_now
from domain.prep_flow import prefilled, taken_from_prep
from domain.timefmt import duration_text, local
from ui.autosave import Debouncer
from ui.i18n import day_text, tr
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
        self.letter_saver = Debouncer(self.save_letter_header, self)
        self.letter_saver.watch(*self.view.letter_widgets())
        self.view.titleEdited.connect(self._letter_edited)
        self.view.subjectEdited.connect(self._letter_edited)
        self.view.languageChosen.connect(self._language_chosen)
        self.view.letterSentToggled.connect(self.mark_sent)
        ctx.events.letterDraftOpened.connect(self._draft_opened)
        ctx.events.callRenamed.connect(self._renamed)
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
        follow_up = call.follow_up if read_only else prefilled(call.follow_up, call.prep)
        from_prep = follow_up is not call.follow_up  # a first draft taken from the prep
        call.follow_up = follow_up
        self.view.set_follow_up(follow_up, call.follow_up_on or self._default_date(call))
        self._show_letter(call)
        self._show_heading(call)
        self.view.set_read_only(read_only)
        self.call_id = call.id
        if (call.follow_up_on is None or from_prep) and not read_only:
            self.save()  # the default date and the prep's draft are worth keeping
        self.tone.load(call.id)

    def _show_heading(self, call: Call) -> None:
        lasted = duration_text(call.started_at, call.ended_at)
        scenario = tr(self.ctx.playbooks.label(call.scenario))
        self.view.set_heading(
            tr("Wrap-up: {client} — {title}").format(client=call.client.name, title=call.title),
            tr("{scenario} · the call lasted {duration}").format(scenario=scenario, duration=lasted)
            if lasted
            else scenario,
        )

    def _renamed(self, call_id: int, title: str) -> None:
        """Renamed from the Call menu: the heading and the title field follow."""
        if self.call is not None and self.call_id == call_id:
            self.call.title = title
            self._show_heading(self.call)
            self.view.set_call_title(title)

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
            summary = tr(
                "Covered {covered} of {total}. Mention the rest in the letter or in the next call."
            ).format(covered=covered, total=result.total)
        else:
            summary = tr("All %n checklist item(s) were covered.", None, result.total)
        self.view.set_missed(self.missed_model, summary)

    def make_editable(self) -> None:
        self.read_only = False
        self.view.set_read_only(False)
        self.view.focus_first_field()

    def _edited(self) -> None:
        if self.call_id is not None and not self.read_only:
            self.saver.poke()
            if self.call is not None:
                self.view.set_from_prep(taken_from_prep(self.view.follow_up(), self.call.prep))

    # the letter's header: title, subject, language, sent -------------------------------
    def _show_letter(self, call: Call) -> None:
        default = default_subject(call, self.playbooks.get(call.scenario))
        self.view.set_letter(call.title, call.subject, default, call.letter_language)
        self.view.set_from_prep(taken_from_prep(call.follow_up, call.prep))
        contact, address = call.contact, call.recipient_email
        to = contact.name if contact else call.client.name
        if address:
            self.view.set_recipient(tr("To: {name} <{address}>").format(name=to, address=address))
        else:
            self.view.set_recipient(tr("To: {name} (no address)").format(name=to))
        self._show_sent(call)

    def _show_sent(self, call: Call) -> None:
        sent = call.letter_sent_at
        if sent is None:
            self.view.set_letter_sent(None)
            return
        day = day_text(local(sent).date(), local(utc_now()).date())
        self.view.set_letter_sent(
            tr("Letter sent: {day} {time}").format(day=day, time=f"{local(sent):%H:%M}")
        )

    def _letter_edited(self) -> None:
        if self.call_id is not None and not self.read_only:
            self.letter_saver.poke()

    def save_letter_header(self) -> None:
        if self.call_id is None or self.call is None or self.read_only:
            return
        title = " ".join(self.view.title_text().split())
        if title and title != self.call.title:
            self.store.calls.update_header(
                self.call_id, self.call.client.name, title, self.call.scenario
            )
            self.call.title = title
            self.ctx.navigator.set_title(self.call.client.name, title)
            self.ctx.events.callRenamed.emit(self.call_id, title)
            self.ctx.events.callChanged.emit(self.call_id)
        subject = self.view.subject_text().strip()
        if subject != self.call.subject:
            self.store.calls.set_subject(self.call_id, subject)
            self.call.subject = subject
        self.view.set_status(tr("Saved."))

    def _language_chosen(self) -> None:
        if self.call_id is None or self.call is None or self.read_only:
            return
        self.store.calls.set_language(self.call_id, self.view.language())
        self.call.language = self.view.language()
        self.view.set_default_subject(
            default_subject(self.call, self.playbooks.get(self.call.scenario))
        )
        self.view.set_status(tr("Saved."))
        self.tone.load(self.call_id)  # English only: the review says so for other languages

    def _draft_opened(self, call_id: int) -> None:
        """The draft is in the mail program: offer the next step, marking it sent."""
        if call_id == self.call_id and self.call is not None and not self.call.letter_sent_at:
            self.view.offer_mark_sent()

    def mark_sent(self, sent: bool) -> None:
        """Record that the letter went out now, or undo that."""
        if self.call_id is None or self.call is None:
            return
        at = utc_now() if sent else None
        self.store.calls.mark_letter_sent(self.call_id, at)
        self.call.letter_sent_at = at
        self._show_sent(self.call)
        self.ctx.events.lettersChanged.emit()
        self.ctx.events.say(tr("Letter marked sent.") if sent else tr("Letter marked not sent."))

    def save(self) -> None:
        if self.call_id is None or self.read_only:
            return
        self.store.calls.update_follow_up(
            self.call_id, self.view.follow_up(), self.view.check_in_day()
        )
        self.view.set_status(tr("Saved."))

    def flush(self) -> None:
        self.saver.flush()
        self.letter_saver.flush()

    def release(self) -> None:
        self.saver.release()
        self.letter_saver.release()
        self.tone.release()
