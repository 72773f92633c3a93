"""Exports from the window: the follow-up letter (Ctrl+E), the internal record, Markdown,
an email draft, calendar reminders; and the profile that signs the letters (with the
tone review's allow-list and the findings marked fine, which it lists and can remove).

The exports work on the call the current page shows (Navigator.current_call_id); a
page may also ask for one through AppEvents.exportRequested (the detail page's Export
button), and the wrap-up's Export button drops this Export menu through
AppEvents.exportMenuRequested. Every export first saves pending edits (flush-all),
asks where to save, and writes on a worker thread; the window stays responsive and an
error comes back as one line in a warning.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, QObject, QPoint, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from domain.reminders import NOTHING_TO_REMIND, reminder_items
from exporters.documents import write_document
from storage.paths import is_database_file
from ui.dialogs.ask import ask_yes_no
from ui.i18n import tr
from ui.shell.export_jobs import DRAFT, EMAIL, KINDS, LETTER, MARKDOWN, RECORD, REMINDERS

if TYPE_CHECKING:
    from domain.model import Call, Profile
    from ui.dialogs.profile import ProfileDialog
    from ui.shell.context import PageContext
    from ui.shell.main_window import MainWindow

MENU = QT_TR_NOOP("&Export")
SIGNED = (LETTER, MARKDOWN, EMAIL, DRAFT)  # exports whose signature comes from the profile
REMINDERS_TIP = QT_TR_NOOP("The check-in date and our dated next steps, for your calendar")
NO_REMINDERS_TIP = QT_TR_NOOP("Nothing to remind: {reason}")


def _no_reminders_tip() -> str:
    return tr(NO_REMINDERS_TIP).format(reason=tr(NOTHING_TO_REMIND))


class ExportController(QObject):
    exported = Signal(str, str)  # kind, path written
    exportFailed = Signal(str, str)  # noqa: N815 (Qt signal naming) kind, message
    profileSaved = Signal()  # noqa: N815

    def __init__(self, ctx: PageContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.store = ctx.store
        self.window = window
        self._dialog: ProfileDialog | None = None
        self._pending: tuple[str, int] | None = None
        self.exporting = 0  # exports started and not yet reported
        self._closed = False
        self._build_actions()
        ctx.navigator.pageChanged.connect(self._page_changed)
        ctx.events.exportRequested.connect(self._requested)
        ctx.events.exportMenuRequested.connect(self.show_menu)
        window.closing.connect(self.release)
        self._update_actions()

    # registration --------------------------------------------------------------------
    def _build_actions(self) -> None:
        add = self.window.add_action
        self.letter_action = add(
            MENU, "actionExportLetter", QT_TR_NOOP("Export follow-up &letter (Word)…"), ["Ctrl+E"],
            self._letter_triggered,
        )  # fmt: skip
        self.draft_action = add(
            MENU, "actionEmailLetter", QT_TR_NOOP("&Email the letter…"), ["Ctrl+Shift+E"],
            self._draft_triggered,
        )  # fmt: skip
        self.record_action = add(
            MENU, "actionExportRecord", QT_TR_NOOP("&Internal call record (Word)…"), [],
            self._record_triggered,
        )  # fmt: skip
        self.markdown_action = add(
            MENU,
            "actionExportMarkdown",
            QT_TR_NOOP("Letter as &Markdown…"),
            [],
            self._markdown_triggered,
        )
        self.email_action = add(
            MENU, "actionCopyEmail", QT_TR_NOOP("&Copy as email"), [], self._email_triggered
        )
        self.reminders_action = add(
            MENU, "actionExportReminders", QT_TR_NOOP("Calendar &reminders (.ics)…"), [],
            self._reminders_triggered,
        )  # fmt: skip
        self.call_actions = [
            self.letter_action,
            self.draft_action,
            self.record_action,
            self.markdown_action,
            self.email_action,
            self.reminders_action,
        ]
        export_menu = self.window.menu(MENU)
        export_menu.setToolTipsVisible(True)  # the reminders entry says why it is off
        export_menu.aboutToShow.connect(self._menu_about_to_show)
        self.profile_action = add(
            "&File",
            "actionProfile",
            QT_TR_NOOP("&Profile and settings…"),
            [],
            self._profile_triggered,
        )
        file_menu = self.window.menu("&File")
        quit_action = self.window.actions_by_name.get("actionQuit")
        actions = file_menu.actions()
        if quit_action in actions:  # keep Quit last, below its separator
            index = actions.index(quit_action)
            before = actions[index - 1] if index and actions[index - 1].isSeparator() else None
            file_menu.removeAction(self.profile_action)
            file_menu.insertAction(before or quit_action, self.profile_action)

    def show_menu(self, at: QPoint) -> None:
        """The Export menu, dropped at `at` (the wrap-up's Export button)."""
        self.window.menu(MENU).popup(at)

    def current_call_id(self) -> int | None:
        return self.ctx.navigator.current_call_id()

    def _requested(self, kind: str, call_id: int) -> None:
        self.run_export(kind, call_id)

    def _page_changed(self, _page: object) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        call_id = self.current_call_id()
        for action in self.call_actions:
            action.setEnabled(call_id is not None)
        self._update_reminders(call_id)

    def _update_reminders(self, call_id: int | None) -> None:
        """Calendar reminders only for a call with something to remind (domain.reminders)."""
        empty = call_id is not None and not self._has_reminders(call_id)
        self.reminders_action.setEnabled(call_id is not None and not empty)
        tip = _no_reminders_tip() if empty else tr(REMINDERS_TIP)
        self.reminders_action.setToolTip(tip)
        self.reminders_action.setStatusTip(tip)

    def _menu_about_to_show(self) -> None:
        """The check-in date or a step may have changed on the page: save, then look again."""
        call_id = self.current_call_id()
        if call_id is not None:
            self.ctx.navigator.flush_all()
        self._update_reminders(call_id)

    def _has_reminders(self, call_id: int) -> bool:
        """Asked on every page change: the call's header and steps only, not its notes."""
        try:
            call = self.store.calls.get(call_id, with_entries=False)
        except KeyError:
            return False
        call.next_steps = self.store.entries.call_steps(call_id)
        return bool(reminder_items(call))

    # the exports -----------------------------------------------------------------------
    def export_letter(self, call_id: int | None = None) -> None:
        """The client letter as Word (Ctrl+E), for `call_id` or the call on screen."""
        self.run_export(LETTER, call_id)

    def export_record(self, call_id: int | None = None) -> None:
        self.run_export(RECORD, call_id)

    def export_markdown(self, call_id: int | None = None) -> None:
        self.run_export(MARKDOWN, call_id)

    def export_reminders(self, call_id: int | None = None) -> None:
        self.run_export(REMINDERS, call_id)

    def copy_email(self, call_id: int | None = None) -> None:
        self.run_export(EMAIL, call_id)

    def email_letter(self, call_id: int | None = None) -> None:
        """An email draft with the Word letter attached, opened in the mail program."""
        self.run_export(DRAFT, call_id)

    def _letter_triggered(self) -> None:
        self.export_letter()

    def _draft_triggered(self) -> None:
        self.email_letter()

    def _record_triggered(self) -> None:
        self.export_record()

    def _markdown_triggered(self) -> None:
        self.export_markdown()

    def _email_triggered(self) -> None:
        self.copy_email()

    def _reminders_triggered(self) -> None:
        self.export_reminders()

    def run_export(self, kind: str, call_id: int | None = None) -> None:
        call_id = call_id if call_id is not None else self.current_call_id()
        if call_id is None:
            self.window.show_message(tr("Open a call first: exports work on one call."))
            return
        self.ctx.navigator.flush_all()
        if kind in SIGNED and not self._profile_ready(kind, call_id):
            return  # the profile dialog is open; the export resumes when it closes
        call = self.store.calls.get(call_id)
        if kind == EMAIL:
            self._copy_email(call)
            return
        if kind == REMINDERS and not reminder_items(call):
            QMessageBox.information(self.window, tr("Nothing to remind"), _no_reminders_tip() + ".")
            self._update_reminders(call_id)
            return
        target = self._draft_target(call) if kind == DRAFT else self._ask_target(kind, call)
        if target is not None:
            self._start(kind, call, target)

    def _draft_target(self, call: Call) -> Path:
        """Drafts go beside the other exports, never over a file, without asking."""
        from domain.compose import suggested_filename
        from ui.shell.export_email import draft_path

        spec = KINDS[DRAFT]
        name = suggested_filename(call, spec.ext, "email", self._names())
        return draft_path(self.default_folder(), name)

    def _profile_ready(self, kind: str, call_id: int) -> bool:
        """Ask once, ever, whether to fill in an empty profile before the first letter."""
        settings = self.store.settings.load()
        if _signature(settings.profile) or settings.profile_prompted:
            return True
        self.store.settings.update(profile_prompted=True)
        yes = ask_yes_no(
            self.window,
            tr("Sign the letter?"),
            tr(
                "Your profile is empty, so the letter would end without your name or company.\n"
                "Fill in your profile first? (No: export it unsigned; you can add it later in "
                "File > Profile and settings.)"
            ),
            default_yes=True,
        )
        if not yes:
            return True
        self._pending = (kind, call_id)
        self.edit_profile()
        return False

    def _names(self) -> dict[str, str]:
        """The scenarios' names, for the file names suggested."""
        return self.ctx.scenario_names()

    def _ask_target(self, kind: str, call: Call) -> Path | None:
        from domain.compose import suggested_filename

        spec = KINDS[kind]
        proposed = self.default_folder() / suggested_filename(
            call, spec.ext, spec.file_label, self._names()
        )
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            tr("Export the {noun}").format(noun=tr(spec.noun)),
            str(proposed),
            tr(spec.file_filter),
        )
        if not path:
            return None
        target = Path(path).expanduser()
        if not target.suffix:
            target = target.with_name(f"{target.name}.{spec.ext}")
        if is_database_file(target, self.store.path):
            QMessageBox.warning(
                self.window,
                tr("Export failed"),
                tr("That is Candor's database; choose another file."),
            )
            return None
        return target

    def default_folder(self) -> Path:
        """The profile's export folder, else the last one used, else Documents, else home."""
        settings = self.store.settings.load()
        candidates = [settings.profile.export_dir, settings.last_export_folder]
        candidates += [str(Path.home() / "Documents")]
        for folder in candidates:
            if folder and Path(folder).expanduser().is_dir():
                return Path(folder).expanduser()
        return Path.home()

    def _target_allowed(self, kind: str, target: Path) -> bool | None:
        """None: refused (said why); else whether a read-only file may be replaced, which
        the user is asked first (the command line's --force)."""
        from exporters.atomic import ExportError, ReadOnlyTarget, check_target

        try:
            check_target(target)
        except ReadOnlyTarget:
            replace = ask_yes_no(
                self.window,
                tr("Replace a read-only file?"),
                tr("{name} is read-only, perhaps on purpose.\nReplace it anyway?").format(
                    name=target.name
                ),
                default_yes=False,
            )
            return True if replace else None
        except ExportError as exc:  # a link, a device, a folder: never written
            self.window.show_message(
                tr("The {noun} was not saved.").format(noun=tr(KINDS[kind].noun)), 10000
            )
            QMessageBox.warning(self.window, tr("Export failed"), str(exc))
            self.exportFailed.emit(kind, str(exc))
            return None
        return False

    def _start(self, kind: str, call: Call, target: Path) -> None:
        replace_read_only = self._target_allowed(kind, target)
        if replace_read_only is None:
            return
        spec = KINDS[kind]
        profile = self.store.settings.profile()
        playbook = self.ctx.playbooks.get(call.scenario)
        png = None
        if kind == RECORD:
            from ui.widgets.reaction_chart_png import reaction_chart_png

            png = reaction_chart_png(call)
        work = partial(
            write_document, spec.document, spec.ext, call, playbook, profile, target, png,
            replace_read_only,
        )  # fmt: skip
        started = self.ctx.tasks.run(
            lambda: str(work()), partial(self._done, kind), partial(self._failed, kind)
        )
        if started is None:
            return  # the window is closing
        self.exporting += 1
        self.window.show_message(tr("Exporting the {noun}…").format(noun=tr(KINDS[kind].noun)), 0)

    def _done(self, kind: str, path: str) -> None:
        self.exporting -= 1
        spec = KINDS[kind]
        written = Path(path)
        self.store.settings.update(last_export_folder=str(written.parent))
        self.window.show_message(
            tr("Saved the {noun}: {path}").format(noun=tr(spec.noun), path=written), 10000
        )
        self.exported.emit(kind, path)
        if kind == DRAFT and not self._closed:
            self._draft_written(written)
        elif spec.offer_open and not self._closed:
            yes = ask_yes_no(
                self.window,
                tr("Export finished"),
                tr("The {noun} is saved as {name}.\nOpen it now?").format(
                    noun=tr(spec.noun), name=written.name
                ),
                default_yes=True,
            )
            if yes and not QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
                self.window.show_message(
                    tr("No program opened {name}.").format(name=written.name), 10000
                )

    def _draft_written(self, path: Path) -> None:
        from ui.shell.export_email import open_draft

        if open_draft(self.window, path):
            self.window.show_message(
                tr(
                    "The email draft is open in your mail program ({name}). "
                    "Once it is sent, mark the letter sent."
                ).format(name=path.name),
                15000,
            )
            call_id = self.current_call_id()
            if call_id is not None:
                self.ctx.events.letterDraftOpened.emit(call_id)
        else:
            self.window.show_message(tr("Email draft saved: {path}").format(path=path), 15000)

    def _failed(self, kind: str, message: str) -> None:
        self.exporting -= 1
        self.window.show_message(
            tr("The {noun} was not saved.").format(noun=tr(KINDS[kind].noun)), 10000
        )
        if not self._closed:
            QMessageBox.warning(self.window, tr("Export failed"), message)
        self.exportFailed.emit(kind, message)

    def _copy_email(self, call: Call) -> None:
        """Subject and body on the clipboard, then a draft in the mail app if we can."""
        from ui.shell.export_email import copy_as_email

        profile = self.store.settings.profile()
        playbook = self.ctx.playbooks.get(call.scenario)
        self.window.show_message(*copy_as_email(call, playbook, profile))

    # the profile -----------------------------------------------------------------------
    def _profile_triggered(self) -> None:
        self.edit_profile()

    def edit_profile(self) -> ProfileDialog:
        """Open the profile dialog (window-modal, not blocking); saved on OK."""
        if self._dialog is None:
            from ui.dialogs.profile import ProfileDialog

            self._dialog = ProfileDialog(self.window)
            self._dialog.accepted.connect(self._save_profile)
            self._dialog.finished.connect(self._profile_closed)
        settings = self.store.settings.load()
        self._dialog.set_profile(settings.profile)
        self._dialog.set_backup_keep(settings.backup_keep)
        self._dialog.set_interface_language(settings.interface_language)
        self._dialog.set_backup_max_mb(settings.backup_max_mb)
        self._dialog.set_tone_choices(
            self.store.tone.list_words(), self.store.tone.list_dismissals()
        )
        self._dialog.tabs.setCurrentIndex(0)
        self._dialog.open()
        self._dialog.edits["name"].setFocus()
        return self._dialog

    def _save_profile(self) -> None:
        if self._dialog is None:
            return
        # One transaction: a kill between two saves kept the profile without the count.
        self.store.settings.update(
            profile=self._dialog.profile(),
            backup_keep=self._dialog.backup_keep(),
            interface_language=self._dialog.interface_language(),
            backup_max_mb=self._dialog.backup_max_mb(),
        )
        self.store.tone.remove(self._dialog.removed_words, self._dialog.removed_dismissals)
        self.window.show_message(tr("Profile saved."))
        self.profileSaved.emit()
        self.ctx.events.profileSaved.emit()

    def _profile_closed(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            self.run_export(*pending)

    def release(self) -> None:
        """On close: no more reviews or questions, and let a file being written finish."""
        self._closed = True
        self.ctx.tasks.shutdown(5000)


def _signature(profile: Profile) -> bool:
    parts = (profile.name, profile.role, profile.company, profile.email, profile.phone)
    return any(p.strip() for p in parts)
