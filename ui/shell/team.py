"""Publishing to the team's server from the window, never in a live call's way.

Publishing runs on a serial ui.tasks runner of its own, with a Store (and so a SQLite
connection) opened on its thread: after a call ends, a few seconds after a call's text,
commitments or letter change or a page is left (the wrap-up saves as it goes; all
debounced), every few minutes, and at quit (bounded:
what is not sent by then waits for the next start). Nothing here runs, and psycopg is
never loaded, until the file has joined a team. Offline, the status bar says how many
changes are waiting, and the next round publishes them by itself. A round with nothing
waiting (counted locally) does not connect.
"""

from __future__ import annotations

import time
from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, QObject, QTimer
from PySide6.QtWidgets import QLabel

from domain.team import TeamStatus
from storage.store import Store
from ui.a11y import named
from ui.dialogs.ask import ask_yes_no
from ui.i18n import tr
from ui.shell.events import AppEvents
from ui.shell.main_window import MainWindow
from ui.tasks import TaskRunner

PERIOD_MS = 5 * 60_000
AFTER_CHANGE_MS = 3_000  # debounce: a wrap-up typed field by field is one publish
FIRST_MS = 4_000  # after start-up, not competing with it
QUIT_BUDGET_S = 3.0


def _joined(path: Path) -> bool:
    from storage.team.link import load_link

    with Store(path) as store:
        return load_link(store.db) is not None


def _publish(path: Path, until: float | None = None) -> TeamStatus | None:
    """Publish if the file is in a team and something waits; the status after (None: not
    in a team). Nothing waiting is found locally, without asking the server."""
    from storage.team.errors import NotJoined, TeamError
    from storage.team.membership import status
    from storage.team.publish import publish

    with Store(path) as store:
        found = status(store.db, ask_server=False)
        if found.link is None:
            return None
        if found.pending == 0:
            return found
        try:
            publish(store.db, path, until=until)
        except NotJoined:
            return None
        except TeamError as exc:
            found = status(store.db, ask_server=False)
            return TeamStatus(found.link, found.pending, False, str(exc))
        found = status(store.db, ask_server=False)
        return TeamStatus(found.link, found.pending, True)


def _status(path: Path) -> TeamStatus:
    from storage.team.membership import status

    with Store(path) as store:
        return status(store.db)


def _join(path: Path, url: str) -> tuple[TeamStatus, bool]:
    from storage.team.membership import join, status

    with Store(path) as store:
        _link, in_keyring = join(store.db, url)
        return status(store.db, ask_server=False), in_keyring


def _leave(path: Path) -> TeamStatus:
    from storage.team.membership import leave_team, status

    with Store(path) as store:
        leave_team(store.db)
        return status(store.db, ask_server=False)


class TeamController(QObject):
    def __init__(self, store: Store, window: MainWindow, events: AppEvents) -> None:
        super().__init__(window)
        self.path = store.path
        self.window = window
        self.joined = False
        self.dialog = None
        self.keyring_note = ""  # said at join; kept in the dialog while nothing else is wrong
        self.worker = TaskRunner(self, serial=True)
        self.worker.failed.connect(self._failed)
        window.add_action("&File", "actionTeam", QT_TR_NOOP("&Team…"), [], self.show_dialog)
        self.waiting = named(QLabel(), "teamWaiting", tr("Team changes waiting"))
        self.waiting.hide()
        window.statusBar().addPermanentWidget(self.waiting)
        self.period = QTimer(self)
        self.period.setInterval(PERIOD_MS)
        self.period.timeout.connect(self.publish_now)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.timeout.connect(self.publish_now)
        events.callEnded.connect(lambda _id: self.publish_soon())
        events.callChanged.connect(lambda _id: self.publish_soon())
        events.commitmentsChanged.connect(self.publish_soon)
        events.lettersChanged.connect(self.publish_soon)

    def start(self) -> None:
        self.worker.run(partial(_joined, self.path), self._learned_joined)

    def _learned_joined(self, joined: object) -> None:
        self.joined = bool(joined)
        if self.joined:
            self.period.start()
            self.publish_soon(FIRST_MS)

    def stop(self) -> None:
        """At quit: one last publish, bounded, then no more."""
        self.period.stop()
        self.soon.stop()
        if self.joined:
            self.worker.run(partial(_publish, self.path, time.monotonic() + QUIT_BUDGET_S))
        self.worker.shutdown(int((QUIT_BUDGET_S + 6) * 1000))  # + the connect timeout

    def page_changed(self, _page: object) -> None:
        """Leaving a page (the wrap-up, a call's detail) is when its edits are saved."""
        self.publish_soon()

    def publish_soon(self, delay_ms: int | None = None) -> None:
        if self.joined:
            self.soon.start(AFTER_CHANGE_MS if delay_ms is None else delay_ms)

    def publish_now(self) -> None:
        if self.worker.busy:  # one at a time: try again when this one has reported
            self.soon.start(AFTER_CHANGE_MS)
            return
        self.worker.run(partial(_publish, self.path), self._published)

    def _published(self, status: object) -> None:
        if not isinstance(status, TeamStatus):
            self.joined = False
            self.waiting.hide()
            return
        self.show_waiting(status)
        if self.dialog is not None:
            self._show_status(status)
            self.dialog.set_busy(False)

    def show_waiting(self, status: TeamStatus) -> None:
        """'Team: 3 changes waiting' while the server cannot be reached."""
        if status.reachable is False and status.pending:
            self.waiting.setText(tr("Team: %n change(s) waiting", None, status.pending))
            self.waiting.setToolTip(status.problem)
            self.waiting.show()
        else:
            self.waiting.hide()

    def _failed(self, message: str) -> None:
        if self.dialog is not None:
            self.dialog.show_problem(message)
            self.dialog.set_busy(False)

    # the dialog ------------------------------------------------------------------------
    def show_dialog(self) -> None:
        from ui.dialogs.team import TeamDialog

        if self.dialog is None:
            self.dialog = TeamDialog(self.window)
            self.dialog.joinRequested.connect(self.join)
            self.dialog.leaveRequested.connect(self.leave)
            self.dialog.publishRequested.connect(self._publish_from_dialog)
        self.dialog.show_status(None)
        self.dialog.open()
        self.worker.run(partial(_status, self.path), self._status_read)

    def _status_read(self, status: object) -> None:
        if isinstance(status, TeamStatus) and self.dialog is not None:
            self._show_status(status)
            self.show_waiting(status)

    def _show_status(self, status: TeamStatus) -> None:
        """The status in the dialog; the keyring note said at join stays (a publish right
        after the join would otherwise clear it before it is read)."""
        self.dialog.show_status(status)
        if self.keyring_note and not status.problem:
            self.dialog.show_problem(self.keyring_note)

    def join(self, url: str) -> None:
        if not url or self.dialog is None:
            return
        self.dialog.set_busy(True)
        self.dialog.show_problem("")
        self.worker.run(partial(_join, self.path, url), self._joined_team)

    def _joined_team(self, result: object) -> None:
        status, in_keyring = result
        self.joined = True
        self.period.start()
        self.keyring_note = (
            ""
            if in_keyring
            else tr(
                "No system keyring is available, so the password is kept in the "
                "database file, readable by you alone."
            )
        )
        if self.dialog is not None:
            self._show_status(status)
            self.dialog.set_busy(False)
        self.publish_soon(0)

    def leave(self) -> None:
        yes = ask_yes_no(
            self.window,
            tr("Leave the team?"),
            tr("Stop publishing your calls? The team keeps what was already published."),
            default_yes=False,
        )
        if not yes or self.dialog is None:
            return
        self.dialog.set_busy(True)
        self.worker.run(partial(_leave, self.path), self._left)

    def _left(self, status: object) -> None:
        self.joined = False
        self.keyring_note = ""
        self.period.stop()
        self.soon.stop()
        self.waiting.hide()
        if isinstance(status, TeamStatus) and self.dialog is not None:
            self.dialog.show_status(status)
            self.dialog.set_busy(False)

    def _publish_from_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.set_busy(True)
        self.publish_now()
