"""The client's reactions along the call's time: x is the offset, height the score.

Painted by hand (a chart widget would be heavy for a 60 px strip). Hovering a dot
names the reaction and its time.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from domain.model import Reaction, Valence
from domain.timefmt import format_offset
from ui.i18n import tr
from ui.palette import Palette, current


def valence_colour(valence: Valence, palette: Palette | None = None) -> QColor:
    """A reaction's dot colour (roles valence_positive, _neutral, _negative)."""
    return QColor(getattr(palette or current(), f"valence_{valence.value}"))


MIN_SPAN_MS = 5 * 60 * 1000
MARGIN_LEFT = 64
MARGIN = 8
DOT_RADIUS = 4.5


class ReactionStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reactionStrip")
        self.setAccessibleName("Client reactions over the call")
        self.setMinimumHeight(64)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._reactions: list[Reaction] = []
        self._elapsed_ms = 0

    def set_reactions(self, reactions: list[Reaction]) -> None:
        self._reactions = list(reactions)
        self._refresh_description()
        self.update()

    def add(self, reaction: Reaction) -> None:
        self._reactions.append(reaction)
        self._refresh_description()
        self.update()

    def remove(self, reaction_id: int | None) -> None:
        self._reactions = [r for r in self._reactions if r.id != reaction_id]
        self._refresh_description()
        self.update()

    def set_elapsed(self, elapsed_ms: int) -> None:
        self._elapsed_ms = elapsed_ms
        self.update()

    def reactions(self) -> list[Reaction]:
        return list(self._reactions)

    def _refresh_description(self) -> None:
        last = self._reactions[-1] if self._reactions else None
        self.setAccessibleDescription(
            tr("%n reaction(s); last: {kind}", None, len(self._reactions)).format(
                kind=tr(last.kind.label)
            )
            if last
            else tr("None yet")
        )

    # geometry ------------------------------------------------------------------
    def _plot(self) -> QRectF:
        return QRectF(self.rect()).adjusted(MARGIN_LEFT, MARGIN, -MARGIN, -MARGIN)

    def _span(self) -> int:
        last = max((r.offset_ms or 0 for r in self._reactions), default=0)
        return max(MIN_SPAN_MS, self._elapsed_ms, last)

    def _point(self, reaction: Reaction) -> QPointF:
        plot = self._plot()
        x = plot.left() + plot.width() * (reaction.offset_ms or 0) / self._span()
        y = plot.center().y() - reaction.kind.score / 2 * (plot.height() / 2 - DOT_RADIUS)
        return QPointF(x, y)

    # painting ------------------------------------------------------------------
    def paintEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        colours = current()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot()
        palette_text = self.palette().color(self.foregroundRole())
        painter.setPen(palette_text)
        label_rect = QRectF(4, plot.top() - 2, MARGIN_LEFT - 8, plot.height() + 4)
        small = painter.font()
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignTop, tr("positive"))
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignBottom, tr("negative"))
        if not self._reactions:
            painter.drawText(
                plot, Qt.AlignmentFlag.AlignCenter, tr("Client reactions show here (Alt+1…Alt+8)")
            )
            return
        painter.setPen(QPen(QColor(colours.grid), 1, Qt.PenStyle.DashLine))
        middle = plot.center().y()
        painter.drawLine(QPointF(plot.left(), middle), QPointF(plot.right(), middle))
        points = [self._point(r) for r in self._reactions]
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.setPen(QPen(QColor(colours.trace), 1.2))
        painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        for reaction, point in zip(self._reactions, points, strict=True):
            painter.setBrush(valence_colour(reaction.kind.valence))
            painter.drawEllipse(point, DOT_RADIUS, DOT_RADIUS)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self._tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _tooltip_at(self, pos: QPointF) -> str:
        nearest = min(
            self._reactions,
            key=lambda r: abs(self._point(r).x() - pos.x()),
            default=None,
        )
        if nearest is None or abs(self._point(nearest).x() - pos.x()) > 12:
            return ""
        return tr("{reaction} at {offset}").format(
            reaction=tr(nearest.kind.label), offset=format_offset(nearest.offset_ms)
        )
