"""Prepare: creates the call as soon as it has a client and a subject, then autosaves.

The client's email belongs to the client, not the call: a known client's address is
filled in when the client is named, and what the user types is saved on the client
(debounced, as the prep text) once the call, and so the client, exists.

Until the call exists, everything typed in the form is kept as a draft setting
(DRAFT_KEY), saved by the same rules as the prep text (a second after the last
keystroke, on focus loss, page change and close); the next new call (Ctrl+N) starts
from it, and creating the call clears it. The client name is drafted as typed, but
reaches the call (and becomes a client) only when the field is left, so half-typed
names ('No' while typing 'Northwind') never become clients; a new name typed for an
existing prepared call is drafted under RENAME_KEY until then.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from domain.model import DEFAULT_LANGUAGE, Call, CallStatus, Client, Contact, Prep
from ui.autosave import Debouncer
from ui.i18n import tr
from ui.pages.prepare.view import PrepareView
from ui.shell.context import PageContext
from ui.shell.pages import Page
from ui.widgets.email_field import looks_like_email

DEFAULT_SCENARIO = "generic"
DRAFT_KEY = "draft_prepare"
RENAME_KEY = "draft_prepare_client"


class PrepareController(QObject):
    def __init__(self, ctx: PageContext) -> None:
        super().__init__(ctx.parent)
        self.ctx = ctx
        self.store = ctx.store
        self.playbooks = ctx.playbooks
        self.call_id: int | None = None
        self.client_id: int | None = None
        # The email field as typed here (else as stored for the client named), and
        # typed but not yet stored on the client.
        self._email_typed = False
        self._email_dirty = False
        self._renaming = False  # a RENAME_KEY draft is stored for this call
        self._restored_name = False  # a client name came back from a draft, not yet named
        self.view = PrepareView()
        self.view.set_playbooks(self.playbooks.all())
        self.header_saver = Debouncer(self.save_header, self)
        self.prep_saver = Debouncer(self.save_prep, self)
        # The client name is saved when the field is left, not while typing, so that
        # 'Nor', 'North'... never become clients of their own.
        # Leaving it also fills in a known client's email. Focus loss is watched as well
        # (eventFilter): Tab with the completer's list open sends no editingFinished.
        self.client_saver = Debouncer(self._client_named, self)
        # What is typed there is drafted (a setting, no client) within a second.
        self.draft_saver = Debouncer(self.save_draft, self)
        self.view.clientTyped.connect(self.header_saver.mark)
        self.view.clientTyped.connect(self.client_saver.mark)
        self.view.clientTyped.connect(self.draft_saver.poke)
        self.view.clientLeft.connect(self.client_saver.flush)
        self.view.subjectTyped.connect(self.header_saver.poke)
        self.header_saver.watch(*self.view.watched("subject"))
        self.email_saver = Debouncer(self.save_email, self)
        self.view.emailTyped.connect(self._email_edited)
        self.view.emailFinished.connect(self._email_finished)
        self.email_saver.watch(*self.view.watched("email"))
        self.view.scenarioChanged.connect(self._scenario_changed)
        self.view.prepEdited.connect(self.prep_saver.poke)
        self.prep_saver.watch(*self.view.watched("prep"))
        self.view.startRequested.connect(self.start_call)
        self.view.editPlaybooksRequested.connect(
            lambda: ctx.navigator.show(Page.PLAYBOOKS, self.view.scenario())
        )
        ctx.events.playbooksChanged.connect(self._playbooks_changed)
        self.contact_saver = Debouncer(self.save_contact, self)
        self.view.contactTyped.connect(self.contact_saver.poke)
        self.view.contactLeft.connect(self._contact_named)
        self.contact_saver.watch(*self.view.watched("contact"))
        self.view.languageChanged.connect(self._language_chosen)
        self._language_chosen_here = False  # chosen for this call, not the client's default

    # the page protocol (ui.shell.navigator.PageController) ---------------------------
    def views(self) -> dict[Page, QWidget]:
        return {Page.PREPARE: self.view}

    def load(self, page: Page, key: object) -> None:
        if isinstance(key, int):
            self.open(self.store.calls.get(key))
        else:
            self.new_call()

    def focus(self, page: Page) -> None:
        self.view.focus_client()
        if self._restored_name:  # after showing: showing flushes, and would take half a name
            self._restored_name = False
            self._client_pending()

    def title(self, page: Page) -> tuple[str, str]:
        return self._client(), self._subject()

    def current_key(self, page: Page) -> int | None:
        return self.call_id

    # opening -------------------------------------------------------------------
    def new_call(self) -> None:
        """An empty form, or the one left unfinished (the draft) if there is one."""
        self.flush()
        self.call_id = None
        self.client_id = None
        self._renaming = False
        draft = _as_draft(self.store.settings.get(DRAFT_KEY))
        self.view.set_header(draft["client"], draft["subject"])
        self._show_email(draft["email"])
        if draft["email"]:
            self._email_typed = self._email_dirty = True
        self.view.set_scenario(draft["scenario"] or DEFAULT_SCENARIO)
        self.view.set_prep(draft["prep"])
        self.view.set_contact(draft["contact"], draft["greeting"], draft["contact_email"])
        self._language_chosen_here = bool(draft["language"])
        self.view.set_language(draft["language"] or DEFAULT_LANGUAGE)
        self._show()
        self._restored_name = bool(draft["client"])  # typed, the field never left

    def open(self, call: Call) -> None:
        self.flush()
        self.call_id = call.id
        self.client_id = call.client.id
        renamed = self.store.settings.get(RENAME_KEY)
        self._renaming = isinstance(renamed, dict) and renamed.get("call_id") == call.id
        client = call.client.name
        if self._renaming and isinstance(renamed.get("client"), str):
            client = renamed["client"]  # typed, the field never left (a crash)
        self.view.set_header(client, call.title)
        self._show_email(call.client.email)
        gone = tr("%1 (its playbook is gone)").replace("%1", self.playbooks.label(call.scenario))
        self.view.set_scenario(call.scenario, gone)
        self.view.set_prep(vars(call.prep))
        contact = call.contact or Contact("")
        self.view.set_contact(contact.name, contact.greeting, contact.email)
        self._language_chosen_here = call.language is not None
        self.view.set_language(call.letter_language)
        self._show()
        self._restored_name = client != call.client.name
        if not self._restored_name:
            self._clear_rename()

    def _client_pending(self) -> None:
        """A client name restored from a draft: saved when the field is left, as if typed.
        (After the page is shown: showing it flushes, and would take half a name.)"""
        self.header_saver.mark()
        self.client_saver.mark()

    def _show(self) -> None:
        self.view.set_client_names(self.store.calls.client_names())
        self.view.show_playbook(self.playbooks.get(self.view.scenario()))
        self._show_contacts()

    def _show_contacts(self) -> None:
        """The named client's contacts, for the contact field to complete from."""
        name = self._client()
        contacts = self.store.calls.contacts.for_client_name(name) if name else []
        self.view.set_contact_names([c.name for c in contacts])

    # saving --------------------------------------------------------------------
    def _client(self) -> str:
        return self.view.client_text().strip()

    def _subject(self) -> str:
        return self.view.subject_text().strip()

    def _email(self) -> str:
        return self.view.email_text().strip()

    def _prep(self) -> Prep:
        return Prep(**self.view.prep_values())

    def save_header(self) -> None:
        client, subject, scenario = self._client(), self._subject(), self.view.scenario()
        if not client or not subject:
            self.save_draft()  # no call yet (or a name erased): keep what is typed
            return
        if self.call_id is None:
            call = Call(
                client=Client(client, self._email()),
                title=subject,
                scenario=scenario,
                status=CallStatus.PREPARED,
                prep=self._prep(),
                contact=self._contact(),
                language=self.view.language() if self._language_chosen_here else None,
            )
            created = self.store.calls.create(call)
            self.call_id, self.client_id = created.id, created.client.id
            if self._language_chosen_here:  # remembered as the client's, for the next call
                self.store.calls.set_client_language(self.client_id, self.view.language())
            self.prep_saver.cancel()
            self.contact_saver.cancel()
            self.draft_saver.cancel()
            self.store.settings.set(DRAFT_KEY, None)
            self.ctx.events.callAdded.emit(created.id)
        else:
            updated = self.store.calls.update_header(self.call_id, client, subject, scenario)
            self.client_id = updated.id
            self._clear_rename()
        self._store_email()
        self.view.set_status(tr("Saved."))
        self.ctx.navigator.set_title(client, subject)

    def save_prep(self) -> None:
        if self.call_id is None:
            self.save_header()  # creates the call, prep included, once it has a name
            return
        self.store.calls.update_prep(self.call_id, self._prep())
        self.view.set_status(tr("Saved."))

    # the draft -------------------------------------------------------------------
    def save_draft(self) -> None:
        """What is typed but not in a call yet: the whole form, or a new client name."""
        self.draft_saver.cancel()
        if self.call_id is None:
            draft = {
                "client": self.view.client_text(),
                "subject": self.view.subject_text(),
                "email": self.view.email_text() if self._email_typed else "",
                "scenario": self.view.scenario(),
                "prep": self.view.prep_values(),
                "language": self.view.language() if self._language_chosen_here else "",
            }
            contact_keys = ("contact", "greeting", "contact_email")
            draft.update(zip(contact_keys, self.view.contact(), strict=True))
            typed = (draft["client"], draft["subject"], draft["email"], draft["contact"])
            empty = not any((*typed, *draft["prep"].values()))
            self.store.settings.set(DRAFT_KEY, None if empty else draft)
            self.view.set_status("Saved as you type." if empty else "Draft saved.")
        elif self.header_saver.pending:  # a name typed, not yet given to the call
            self.store.settings.set(
                RENAME_KEY, {"call_id": self.call_id, "client": self.view.client_text()}
            )
            self._renaming = True

    def _clear_rename(self) -> None:
        if self._renaming:
            self.store.settings.set(RENAME_KEY, None)
            self._renaming = False

    # the client's email ----------------------------------------------------------
    def _client_named(self) -> None:
        """Leaving the client field: show the named client's address, then save the header.

        A known client's address is shown, unless the user typed one not yet stored (it
        goes to this client). Otherwise an address typed here stays and follows the call
        to the client now named (a corrected typo); one shown for another client goes.
        """
        name = self._client()
        known = self.store.calls.client(name) if name else None
        if known is not None and known.email and not self._email_dirty:
            self._show_email(known.email)
        elif not self._email_typed:
            self._show_email(known.email if known else "")
        elif known is None or known.id != self.client_id:
            self._email_dirty = True
        if known is not None and not self._language_chosen_here:
            self.view.set_language(known.language)
        self._show_contacts()
        self.header_saver.flush()

    def _show_email(self, email: str) -> None:
        self.email_saver.cancel()
        self._email_typed = self._email_dirty = False
        self.view.set_email(email)

    def _email_edited(self) -> None:
        self._email_typed = self._email_dirty = True
        if looks_like_email(self.view.email_text()):
            self.view.show_email_hint(False)  # gone as soon as it is right; it comes later
        self.email_saver.poke()

    def _email_finished(self) -> None:
        self.view.show_email_hint(not looks_like_email(self.view.email_text()))

    def save_email(self) -> None:
        if self.call_id is None:
            self.save_header()  # creates the call and its client once both are named
        else:
            self._store_email()

    def _store_email(self) -> None:
        if self._email_dirty and self.client_id is not None:
            self.store.calls.set_client_email(self.client_id, self._email())
            self._email_dirty = False
            self.view.set_status(tr("Saved."))

    # the contact person and the letter's language -------------------------------------
    def _contact(self) -> Contact | None:
        name, greeting, email = (part.strip() for part in self.view.contact())
        return Contact(name, email, greeting) if name else None

    def _contact_named(self) -> None:
        """A known contact's greeting and address fill the fields left empty."""
        name, greeting, email = self.view.contact()
        client = self.store.calls.client(self._client()) if self._client() else None
        known = self.store.calls.contacts.find(client.id, name) if client and name else None
        if known is not None:
            self.view.set_contact(known.name, greeting or known.greeting, email or known.email)
            self.contact_saver.poke()
        self.contact_saver.flush()

    def save_contact(self) -> None:
        if self.call_id is None or self.client_id is None:
            self.save_header()  # creates the call, contact included, once it has a name
            return
        self.store.calls.set_contact(self.call_id, self.client_id, self._contact())
        self.view.set_status(tr("Saved."))

    def _language_chosen(self) -> None:
        """For this call, and remembered as the client's language for the next ones."""
        self._language_chosen_here = True
        if self.call_id is None or self.client_id is None:
            self.save_draft()
            return
        self.store.calls.set_language(self.call_id, self.view.language())
        self.store.calls.set_client_language(self.client_id, self.view.language())
        self.view.set_status(tr("Saved."))

    def _playbooks_changed(self) -> None:
        """An edited, new or removed playbook: the list and the prompts follow."""
        self.view.set_playbooks(self.playbooks.all())
        self.view.show_playbook(self.playbooks.get(self.view.scenario()))

    def _scenario_changed(self) -> None:
        self.view.show_playbook(self.playbooks.get(self.view.scenario()))
        self.header_saver.mark()
        self.header_saver.flush()

    def flush(self) -> None:
        self.client_saver.flush()
        self.header_saver.flush()
        self.prep_saver.flush()
        self.email_saver.flush()
        self.contact_saver.flush()
        self.draft_saver.flush()

    def release(self) -> None:
        self.view.release()
        self.client_saver.release()
        self.header_saver.release()
        self.prep_saver.release()
        self.email_saver.release()
        self.contact_saver.release()
        self.draft_saver.release()

    # starting --------------------------------------------------------------------
    def start_call(self) -> None:
        self.flush()
        if self.call_id is None:
            focus = self.view.focus_client if not self._client() else self.view.focus_subject
            self.view.set_status(tr("Enter a client and a subject to start the call."))
            focus()
            return
        checklist = self.playbooks.get(self.view.scenario()).items
        self.store.calls.start(self.call_id, checklist=checklist)
        call_id, self.call_id = self.call_id, None
        self.ctx.events.callStarted.emit(call_id)
        self.ctx.navigator.show(Page.LIVE, call_id)


def _as_draft(stored: object) -> dict:
    """A stored draft with every field present and of the right type (empty if none)."""
    data = stored if isinstance(stored, dict) else {}
    keys = ("client", "subject", "email", "scenario", "contact", "greeting", "contact_email")
    texts = {k: data.get(k) if isinstance(data.get(k), str) else "" for k in (*keys, "language")}
    prep = data.get("prep") if isinstance(data.get("prep"), dict) else {}
    texts["prep"] = {k: v for k, v in prep.items() if isinstance(k, str) and isinstance(v, str)}
    return texts
