"""App-wide events: what one page did that other parts of the window react to.

A page emits; whoever cares connects in the composition root (ui/app.py). No page holds
another page, so e.g. the board does not know that the banner recounts when a
commitment is marked done (compare Vorta's app-wide signals, Anki's hooks).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    callAdded = Signal(int)  # noqa: N815 a call was stored (prepared, imported, synced)
    callStarted = Signal(int)  # noqa: N815 (Qt signal naming) call id
    callEnded = Signal(int)  # noqa: N815
    callChanged = Signal(int)  # noqa: N815 a stored call's text or entries were edited
    callRenamed = Signal(int, str)  # noqa: N815 call id, its new title
    commitmentsChanged = Signal()  # noqa: N815 a step was added, done, reopened or removed
    lettersChanged = Signal()  # noqa: N815 a letter marked sent or not sent
    letterDraftOpened = Signal(int)  # noqa: N815 the email draft of that call is open
    profileSaved = Signal()  # noqa: N815
    playbooksChanged = Signal()  # noqa: N815 a playbook was saved, imported, reset or deleted
    compactChanged = Signal(bool)  # noqa: N815
    message = Signal(str, int)  # status-bar text and how long it stays (ms; 0 until replaced)
    exportRequested = Signal(str, int)  # noqa: N815 export kind value, call id
    exportMenuRequested = Signal(object)  # noqa: N815 the QPoint where the Export menu drops

    def say(self, text: str, timeout_ms: int = 5000) -> None:
        """A line in the status bar."""
        self.message.emit(text, timeout_ms)
