"""The running call timer. It counts from the stored start time, so a resumed call
continues where it was rather than from zero."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from domain.model import utc_now
from domain.timefmt import format_offset


class CallClock(QLabel):
    elapsedChanged = Signal(int)  # noqa: N815 (Qt signal naming); milliseconds since start

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("00:00", parent)
        self.setObjectName("callClock")
        self.setAccessibleName("Time since the call started")
        self._started_at: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh)

    def start(self, started_at: datetime) -> None:
        self._started_at = started_at
        self.refresh()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def elapsed_ms(self) -> int:
        if self._started_at is None:
            return 0
        return max(0, int((utc_now() - self._started_at).total_seconds() * 1000))

    def refresh(self) -> None:
        elapsed = self.elapsed_ms()
        self.setText(format_offset(elapsed))
        self.elapsedChanged.emit(elapsed)
