"""What the Playbooks page does with the team's server, off the UI thread (ui.tasks):
whether the file is in a team, the team's playbooks, publishing the open one, and
fetching one to import. The import itself is checked and saved here on the UI thread,
as a file's is (storage.playbook_files.import_bytes: the one validator)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject

from domain.playbooks import Playbook, PlaybookError
from storage.errors import StorageError
from storage.playbook_files import PlaybookClash, import_bytes
from storage.store import Store
from ui.dialogs.ask import ask_yes_no
from ui.i18n import tr
from ui.pages.playbooks.team import TeamPlaybooks
from ui.shell.context import PageContext
from ui.tasks import with_store


class TeamPlaybookActions(QObject):
    """`imported(playbook id)` is called once a team playbook was saved as the user's."""

    def __init__(
        self,
        ctx: PageContext,
        view: TeamPlaybooks,
        current: Callable[[], Playbook | None],
        imported: Callable[[str], None],
    ) -> None:
        super().__init__(ctx.parent)
        self.ctx, self.view = ctx, view
        self._current, self._imported = current, imported
        view.publishRequested.connect(self.publish)
        view.importRequested.connect(self.fetch)

    def refresh(self) -> None:
        """Whether the file is in a team, and if so what the team published."""
        self.ctx.tasks.run(with_store(self.ctx.store.path, team_playbooks), self._listed)

    def _listed(self, found: object) -> None:
        if found is None:
            self.view.setVisible(False)
            return
        self.view.setVisible(True)
        self.view.show_playbooks(*found)

    def publish(self) -> None:
        playbook = self._current()
        if playbook is None:
            return
        self.view.say(tr("Publishing “%1”…").replace("%1", playbook.name))
        work = with_store(self.ctx.store.path, partial(publish, playbook))
        self.ctx.tasks.run(work, partial(self._published, playbook))

    def _published(self, playbook: Playbook, problem: object) -> None:
        if problem:
            self.view.say(str(problem))
            return
        self.refresh()
        self.ctx.events.say(tr("Published “%1” for the team.").replace("%1", playbook.name))

    def fetch(self, member: str, playbook_id: str) -> None:
        self.view.say(tr("Reading the team's playbook…"))
        work = with_store(self.ctx.store.path, partial(fetch, member, playbook_id))
        self.ctx.tasks.run(work, self._fetched)

    def _fetched(self, found: object) -> None:
        source, data, problem = found
        if problem:
            self.view.say(problem)
            return
        library, db = self.ctx.playbooks, self.ctx.store.db
        try:
            try:
                playbook = import_bytes(library, db, data, source)
            except PlaybookClash as clash:
                name = library.get(clash.playbook.id).name
                question = tr("Replace your playbook “%1” with the team's?").replace("%1", name)
                if not ask_yes_no(self.view, tr("Import a playbook"), question, False):
                    self.view.say(tr("Nothing imported."))
                    return
                playbook = import_bytes(library, db, data, source, replace=True)
        except (PlaybookError, OSError, StorageError) as exc:
            self.view.say(tr("Not imported: %1").replace("%1", str(exc)))
            return
        self.view.say(tr("Imported “%1”.").replace("%1", playbook.name))
        self.ctx.events.playbooksChanged.emit()
        self._imported(playbook.id)


def team_playbooks(store: Store) -> tuple[list | None, str] | None:
    """None when the file is in no team; else (the team's playbooks, or None and why
    they cannot be read now). psycopg loads only here, and only for a team."""
    from storage.team.link import load_link

    if load_link(store.db) is None:
        return None
    from storage.team.errors import TeamError
    from storage.team.playbooks import team_playbooks as listed

    try:
        return listed(store.db), ""
    except TeamError as exc:
        return None, tr("The team's playbooks cannot be read now: %1").replace("%1", str(exc))


def publish(playbook: Playbook, store: Store) -> str:
    """'' once published, else why not."""
    from storage.team.errors import TeamError
    from storage.team.playbooks import publish_playbook

    try:
        publish_playbook(store.db, playbook)
    except (TeamError, PlaybookError) as exc:
        return tr("Not published: %1").replace("%1", str(exc))
    return ""


def fetch(member: str, playbook_id: str, store: Store) -> tuple[str, bytes, str]:
    """(where it is from, its TOML, '') or ('', b'', why it cannot be fetched)."""
    from storage.team.errors import TeamError
    from storage.team.playbooks import fetch_playbook

    try:
        who, data = fetch_playbook(store.db, playbook_id, member)
    except (TeamError, PlaybookError) as exc:
        return "", b"", tr("Not imported: %1").replace("%1", str(exc))
    return f"{who}'s playbook {playbook_id}", data, ""
