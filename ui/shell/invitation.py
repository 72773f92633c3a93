"""A new call from a calendar invitation: File > New call from invitation… and an .ics
file dropped on the window. The file is read off the UI thread (importers.ics); the
call is prepared in one transaction (storage.invitations) and opens in the prepare form.
A file that is not an invitation gets its one-line reason and creates nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ui.i18n import tr
from ui.shell.context import PageContext
from ui.shell.main_window import MainWindow
from ui.shell.pages import Page

FILE_FILTER = QT_TR_NOOP("Calendar invitations (*.ics *.ical *.ifb *.icalendar);;All files (*)")


class InvitationController(QObject):
    prepared = Signal(int)  # the new call's id
    refused = Signal(str)  # the reason, as shown

    def __init__(self, ctx: PageContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        window.filesDropped.connect(self._dropped)

    def choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window, tr("New call from an invitation"), str(Path.home()), tr(FILE_FILTER)
        )
        if path:
            self.open_file(Path(path))

    def _dropped(self, paths: list[str]) -> None:
        invitations = [Path(p) for p in paths if Path(p).suffix.lower() in {".ics", ".ical"}]
        if invitations:
            self.open_file(invitations[0])
        elif paths:
            self.ctx.events.say(tr("Only calendar invitations (.ics) can be dropped here."), 8000)

    def open_file(self, path: Path) -> None:
        """Read `path` on a worker; prepare the call when it is an invitation."""
        from importers.ics import read_invitation

        self.ctx.events.say(tr("Reading {name}…").format(name=path.name), 0)
        self.ctx.tasks.run(
            lambda: read_invitation(path), self._read, lambda message: self._refuse(message)
        )

    def _read(self, invitation: object) -> None:
        from domain.invitations import InvitationError
        from storage.invitations import prepare_from_invitation

        self.ctx.navigator.flush_all()
        try:
            call = prepare_from_invitation(self.ctx.store, invitation)
        except InvitationError as exc:
            self._refuse(str(exc))
            return
        self.ctx.events.say(
            tr("Prepared from the invitation: {client}, {title}.").format(
                client=call.client.name, title=call.title
            )
        )
        self.prepared.emit(call.id)
        self.ctx.navigator.show(Page.PREPARE, call.id)

    def _refuse(self, message: str) -> None:
        self.ctx.events.say(tr("No call was created."), 8000)
        self.refused.emit(message)
        QMessageBox.warning(self.window, tr("Not an invitation Candor can use"), message)
