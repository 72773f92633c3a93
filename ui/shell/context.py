"""What every page controller is given: the store, the navigator, the app events, the
playbooks, and the window only as the parent of its dialogs. Not the whole app: a page
reaches another page through the navigator and the events, never through its widgets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from domain.records import dataclass, field  # the dataclasses module costs the first frame
from domain.scenarios import SCENARIO_LABELS, playbook_ids_in
from storage.paths import user_playbook_dir
from storage.store import Store
from ui.shell.events import AppEvents
from ui.shell.navigator import Navigator
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from domain.playbooks import PlaybookLibrary


@dataclass
class PageContext:
    store: Store
    navigator: Navigator
    events: AppEvents
    parent: QWidget  # for dialogs and message boxes
    tasks: TaskRunner  # work off the UI thread (ui.tasks); shut down with the window
    compact: bool = False  # compact mode is on (a page built later starts compact)
    _playbooks: PlaybookLibrary | None = field(default=None)

    @property
    def playbooks(self) -> PlaybookLibrary:
        """Loaded with the first page that needs them (tomllib and the TOML files cost
        start-up time the home page does not need)."""
        if self._playbooks is None:
            from domain.playbooks import PlaybookLibrary

            self._playbooks = PlaybookLibrary(user_playbook_dir(self.store.path))
        return self._playbooks

    def scenario_names(self) -> dict[str, str]:
        """The playbooks' scenario_names() (every scenario, id -> name). Until a page has
        loaded the playbooks, a data folder without playbook files answers with the
        shipped names: the home page lists calls at start-up without loading them."""
        if self._playbooks is None and not playbook_ids_in(user_playbook_dir(self.store.path)):
            return dict(SCENARIO_LABELS)
        return self.playbooks.scenario_names()
