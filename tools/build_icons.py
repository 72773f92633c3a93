"""Render resources/icons/candor.svg to the PNG sizes the desktop and the window use.

    python tools/build_icons.py          # writes resources/icons/candor-<size>.png

The PNGs are committed (a wheel must not need a renderer at install time); run this
again after changing the SVG and look at the 16 px one: it is the size a taskbar and a
window title show. Qt renders them (QtSvg ships with PySide6), offscreen, no display.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from resources import ICON_SIZES, icon_path  # noqa: E402


def render(svg: Path, size: int, target: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"could not write {target}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts)
    for size in ICON_SIZES:
        render(icon_path(), size, icon_path(size))
        print(f"wrote {icon_path(size).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
