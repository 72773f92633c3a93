"""The playbooks page: open a playbook, edit it with undo, save it as the user's file.

Each edit makes a new playbook (domain.playbook_edit), checked at once
(domain.playbook_check): the problems show beside their fields, and only a playbook
without problems is saved, a second after the last change (and when the page is left),
atomically (storage.playbook_files). Editing a shipped playbook saves the user's copy;
undoing back to the shipped wording, or "Reset to shipped", removes the copy. The undo
stack is per open playbook. Other pages hear of a save through AppEvents.playbooksChanged.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QWidget

from domain import playbook_edit as edit
from domain.model import Section
from domain.playbook_check import check_playbook
from domain.playbooks import Playbook, PlaybookError
from domain.scenarios import SCENARIOS
from storage.errors import StorageError
from storage.playbook_files import (
    PlaybookClash,
    delete_playbook,
    export_playbook,
    import_playbook,
    read_import,
    reset_playbook,
    save_playbook,
)
from ui.autosave import Debouncer
from ui.dialogs.ask import ask_yes_no
from ui.i18n import tr
from ui.pages.playbooks.model import PlaybookChange, list_rows, state_text
from ui.pages.playbooks.team_actions import TeamPlaybookActions
from ui.pages.playbooks.view import PlaybooksView
from ui.shell.context import PageContext
from ui.shell.pages import Page


class PlaybooksController(QObject):
    def __init__(self, ctx: PageContext) -> None:
        super().__init__(ctx.parent)
        self.ctx = ctx
        self.library = ctx.playbooks
        self.view = PlaybooksView()
        self.undo = QUndoStack(self)
        self.current = "generic"
        self.draft: Playbook | None = None
        self.saver = Debouncer(self.save, self)
        v = self.view
        v.playbookChosen.connect(self.open)
        v.nameEdited.connect(lambda text: self.change(edit.set_name(self.draft, text), "name"))
        v.summaryEdited.connect(
            lambda text: self.change(edit.set_summary(self.draft, text), "summary")
        )
        v.itemEdited.connect(self.reword)
        v.itemAdded.connect(self.add_item)
        v.itemRemoved.connect(self.remove_item)
        v.itemMoved.connect(self.move_item)
        v.itemsArranged.connect(lambda order: self.change(edit.arrange(self.draft, order)))
        v.jargonEdited.connect(
            lambda text: self.change(edit.set_jargon(self.draft, text), "jargon")
        )
        v.promptEdited.connect(
            lambda name, text: self.change(edit.set_prompt(self.draft, name, text), f"prep.{name}")
        )
        v.letterHintEdited.connect(
            lambda lang, key, text: self.change(
                edit.set_letter_hint(self.draft, lang, key, text), f"letter.{lang}.{key}"
            )
        )
        v.newRequested.connect(self.new_from_current)
        v.importRequested.connect(self.import_file)
        v.exportRequested.connect(self.export_file)
        v.resetRequested.connect(self.reset)
        v.deleteRequested.connect(self.delete)
        v.undoRequested.connect(self.undo.undo)
        v.redoRequested.connect(self.undo.redo)
        self.undo.indexChanged.connect(self._undo_state)
        self.team = TeamPlaybookActions(ctx, v.team, self._to_publish, self._team_imported)
        ctx.navigator.add_guard(self.may_leave)

    # the page protocol ------------------------------------------------------------------
    def views(self) -> dict[Page, QWidget]:
        return {Page.PLAYBOOKS: self.view}

    def load(self, page: Page, key: object) -> None:
        self.library.reload()  # a file may have been changed by hand or by the command line
        wanted = key if isinstance(key, str) and self.library.exists(key) else self.current
        self.current = ""
        self.open(wanted if self.library.exists(wanted) else "generic")
        self.team.refresh()

    def focus(self, page: Page) -> None:
        self.view.focus_list()

    def title(self, page: Page) -> tuple[str, str]:
        return (self.draft.name if self.draft else ""), ""

    def current_key(self, page: Page) -> str:
        return self.current

    def flush(self) -> None:
        self.saver.flush()

    def release(self) -> None:
        self.saver.release()
        self.undo.indexChanged.disconnect(self._undo_state)  # the stack goes before the view

    # opening ----------------------------------------------------------------------------
    def open(self, scenario: str) -> None:
        """Show `scenario`'s playbook (what is pending for the open one is saved first;
        edits that cannot be saved are dropped only if the user says so)."""
        if scenario == self.current and self.draft is not None:
            return
        if not self.may_drop_unsaved():
            self.view.keep_playbook(self.current)
            return
        self.saver.flush()
        self.current = scenario
        self.draft = self.library.get(scenario)
        if self.draft.id != scenario:  # the user's own file is broken: start it afresh
            name = scenario.replace("_", " ").capitalize()
            self.draft = replace(self.draft, id=scenario, name=name)
        self.undo.clear()
        self._show(refresh_list=True)
        problem = self.library.problem_of(scenario)
        self.view.set_status(
            tr("Your file for it is not used: %1").replace("%1", problem)
            if problem
            else tr("Changes are saved as you make them; Ctrl+Z undoes them.")
        )

    def unsaved_problem(self) -> str:
        """Why the open playbook's edits are not saved: its first problem ('' when it has
        none, so everything is saved or about to be). A saved playbook always passes the
        check, so a draft with a problem holds edits that exist nowhere else."""
        if self.draft is None or not self.current:
            return ""
        problems = check_playbook(self.draft)
        return problems[0].message if problems else ""

    def may_drop_unsaved(self) -> bool:
        """True when there is nothing unsaved to lose, or the user agrees to lose it;
        False keeps the open playbook as it is, problems and all, to be fixed."""
        problem = self.unsaved_problem()
        if not problem or self.draft is None:
            return True
        question = tr("Discard the changes to “%1” that are not saved (%2)?")
        name = self.draft.name.strip() or self.current
        return ask_yes_no(
            self.view,
            tr("Changes not saved"),
            question.replace("%1", name).replace("%2", problem),
            False,
        )

    def may_leave(self, page: Page, key: object) -> bool:
        """The navigator's guard: leaving the page (or opening it afresh) with edits that
        cannot be saved asks first; No stays here with them."""
        if self.ctx.navigator.current is not Page.PLAYBOOKS:
            return True
        return self.may_drop_unsaved()

    def _show(self, refresh_list: bool = False) -> None:
        assert self.draft is not None
        if refresh_list:
            self.view.show_list(list_rows(self.library), self.current)
        shipped = self.current in SCENARIOS
        changed = shipped and self.draft != self.library.shipped(self.current)
        broken = bool(self.library.problem_of(self.current))
        self.view.show_playbook(
            self.draft,
            state_text(shipped, changed),
            can_reset=changed or (shipped and broken),
            own=not shipped,
        )
        self.view.show_problems(check_playbook(self.draft))
        self._undo_state()

    # editing ----------------------------------------------------------------------------
    def change(self, after: Playbook, merge_key: str = "") -> None:
        """One edit: onto the undo stack (typing into one field merges into one step)."""
        if self.draft is None or after == self.draft:
            return
        self.undo.push(PlaybookChange(self, self.draft, after, merge_key))

    def apply(self, playbook: Playbook) -> None:
        """The undo stack's way in: show the playbook, check it, and save it if it is fine."""
        self.draft = playbook
        self._show()
        problems = check_playbook(playbook)
        if problems:
            self.saver.cancel()
            self.view.set_status(
                tr("Not saved until this is fixed: %1").replace("%1", problems[0].message)
            )
        else:
            self.view.set_status(tr("Saving…"))
            self.saver.poke()

    def reword(self, item_id: str, text: str, hint: str) -> None:
        self.change(edit.reword_item(self.draft, item_id, text, hint), f"item.{item_id}")

    def add_item(self, section: str) -> None:
        after = edit.add_item(self.draft, Section(section))
        self.change(after)
        self.view.edit_item(edit.last_item_id(after, Section(section)))

    def remove_item(self, item_id: str) -> None:
        item = self.draft.item(item_id)
        siblings = self.draft.section(item.section) if item else []
        self.change(edit.remove_item(self.draft, item_id))
        rest = [i.id for i in siblings if i.id != item_id]
        self.view.select_item(rest[0] if rest else (item.section.value if item else ""))

    def move_item(self, item_id: str, step: int) -> None:
        self.change(edit.move_item(self.draft, item_id, step))
        self.view.select_item(item_id)

    # saving -----------------------------------------------------------------------------
    def save(self) -> None:
        """The open playbook to its file, if it is fine and differs from what is in use."""
        draft = self.draft
        if draft is None or check_playbook(draft) or draft.id != self.current:
            return
        shipped = self.current in SCENARIOS
        try:
            if shipped and draft == self.library.shipped(self.current):
                if not reset_playbook(self.library, self.ctx.store.db, self.current):
                    self.view.set_status(tr("The shipped playbook, as it came."))
                    return
            elif self.library.exists(self.current) and draft == self.library.get(self.current):
                if not self.library.problem_of(self.current):
                    return
                save_playbook(self.library, self.ctx.store.db, draft)
            else:
                save_playbook(self.library, self.ctx.store.db, draft)
        except (PlaybookError, OSError, StorageError) as exc:
            self.view.set_status(tr("Not saved: %1").replace("%1", str(exc)))
            return
        self.view.set_status(tr("Saved."))
        self._saved()

    def _saved(self) -> None:
        self._show(refresh_list=True)
        self.ctx.events.playbooksChanged.emit()

    def reset(self) -> None:
        if self.current not in SCENARIOS or self.draft is None:
            return
        question = tr("Reset “%1” to the shipped playbook? Ctrl+Z brings your wording back.")
        if not ask_yes_no(
            self.view, tr("Reset to shipped"), question.replace("%1", self.draft.name), True
        ):
            return
        shipped = self.library.shipped(self.current)
        if self.draft == shipped:  # a broken file of the user's, not in use: it goes
            self.save()
        else:
            self.change(shipped)
            self.saver.flush()

    def new_from_current(self) -> None:
        """A scenario of the user's own, as a copy of the open playbook; opened at once."""
        if self.draft is None:
            return
        self.saver.flush()
        taken = {e.id for e in self.library.entries()}
        name = tr("%1 (mine)").replace("%1", self.draft.name)
        copy = edit.copy_as_new(self.draft, taken, name)
        try:
            save_playbook(self.library, self.ctx.store.db, copy)
        except (PlaybookError, OSError, StorageError) as exc:
            self.view.set_status(tr("Not saved: %1").replace("%1", str(exc)))
            return
        self.ctx.events.playbooksChanged.emit()
        self.open(copy.id)
        self.view.set_status(tr("A new playbook of your own: rename it and change what differs."))

    def delete(self) -> None:
        if self.current in SCENARIOS or self.draft is None:
            return
        question = tr("Delete your playbook “%1”? Calls made with it keep their checklist.")
        if not ask_yes_no(
            self.view, tr("Delete playbook"), question.replace("%1", self.draft.name), False
        ):
            return
        try:
            delete_playbook(self.library, self.ctx.store.db, self.current)
        except (PlaybookError, OSError, StorageError) as exc:
            self.view.set_status(str(exc))
            return
        self.ctx.events.playbooksChanged.emit()
        self.current = ""
        self.open("generic")

    # files ------------------------------------------------------------------------------
    def import_file(self) -> None:
        if not self.may_drop_unsaved():  # the imported playbook opens in its place
            return
        path, _ = QFileDialog.getOpenFileName(
            self.view, tr("Import a playbook"), str(Path.home()), tr("Playbooks (*.toml)")
        )
        if not path:
            return
        self.saver.flush()
        try:
            try:
                playbook = read_import(self.library, Path(path))
            except PlaybookClash as clash:
                question = tr("Replace your playbook “%1” with the one in this file?")
                name = self.library.get(clash.playbook.id).name
                if not ask_yes_no(
                    self.view, tr("Import a playbook"), question.replace("%1", name), False
                ):
                    self.view.set_status(tr("Nothing imported."))
                    return
                playbook = clash.playbook
            import_playbook(self.library, self.ctx.store.db, Path(path), replace=True)
        except (PlaybookError, OSError, StorageError) as exc:
            self.view.set_status(tr("Not imported: %1").replace("%1", str(exc)))
            return
        self.ctx.events.playbooksChanged.emit()
        self.current = ""
        self.open(playbook.id)
        self.view.set_status(tr("Imported “%1”.").replace("%1", playbook.name))

    def export_file(self) -> None:
        if self.draft is None:
            return
        self.saver.flush()
        suggested = str(Path.home() / f"{self.current}.toml")
        path, _ = QFileDialog.getSaveFileName(
            self.view, tr("Export the playbook"), suggested, tr("Playbooks (*.toml)")
        )
        if not path:
            return
        try:
            target = export_playbook(self.library, self.current, Path(path), self.ctx.store.path)
        except (PlaybookError, OSError) as exc:
            self.view.set_status(tr("Not exported: %1").replace("%1", str(exc)))
            return
        self.view.set_status(tr("Exported to %1.").replace("%1", str(target)))

    def _to_publish(self) -> Playbook | None:
        """The open playbook as saved (what is pending is saved first)."""
        self.saver.flush()
        return self.library.get(self.current) if self.library.exists(self.current) else None

    def _team_imported(self, scenario: str) -> None:
        self.current = ""
        self.open(scenario)

    def _undo_state(self, _index: int = 0) -> None:
        self.view.set_undo_state(self.undo.canUndo(), self.undo.canRedo())
