"""Loading the shipped style sheet; a missing file leaves Qt's default look."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from resources import resource_path

STYLE_PATH = resource_path("style.qss")


def apply_style(app: QApplication, path: Path = STYLE_PATH) -> bool:
    try:
        app.setStyleSheet(path.read_text(encoding="utf-8"))
    except OSError:
        return False
    return True
