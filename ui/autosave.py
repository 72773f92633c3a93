"""Debounced saving of free text: at most DELAY_MS after the last keystroke, and at once
on focus loss, page change and close (DESIGN.md: lose no more than a second of typing)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

DELAY_MS = 1000


class Debouncer(QObject):
    """Calls `save` once, DELAY_MS after the last poke(); flush() saves now if pending."""

    def __init__(
        self, save: Callable[[], None], parent: QObject | None = None, share: float = 1.0
    ) -> None:
        """`share` of DELAY_MS: a save that commits off the UI thread starts earlier, so
        that it is on disk within DELAY_MS all the same."""
        super().__init__(parent)
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(DELAY_MS * share))
        self._timer.timeout.connect(self._fire)
        self._pending = False
        self._watched: list[QWidget] = []

    @property
    def pending(self) -> bool:
        return self._pending

    def poke(self) -> None:
        self._pending = True
        self._timer.start()

    def mark(self) -> None:
        """Pending, but saved only by the next flush() (focus loss, page change, close)."""
        self._pending = True

    def flush(self) -> None:
        if self._pending:
            self._timer.stop()
            self._fire()

    def cancel(self) -> None:
        self._pending = False
        self._timer.stop()

    def _fire(self) -> None:
        self._pending = False
        self._save()

    def watch(self, *widgets: QWidget) -> None:
        """Flush when any of these widgets loses keyboard focus."""
        for widget in widgets:
            widget.installEventFilter(self)
            self._watched.append(widget)

    def release(self) -> None:
        """Stop watching and timing. Called when the window closes: widgets being destroyed
        send focus events, and Python must not be called back while Qt tears them down."""
        self.cancel()
        for widget in self._watched:
            widget.removeEventFilter(self)
        self._watched.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False
