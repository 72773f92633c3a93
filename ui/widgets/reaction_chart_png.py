"""The client's reactions over the call, drawn as a PNG for the internal Word record.

Painted with QPainter onto a QImage (no window needed) at print resolution: the
record embeds it 16 cm wide, so the image carries 200 dpi and its text is sized in
points, legible on paper. Height is the reaction's score (ReactionKind.score).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from domain.model import Call, Reaction
from domain.timefmt import format_offset
from ui.palette import paper
from ui.widgets.reaction_strip import valence_colour

WIDTH_CM = 16.0
HEIGHT_CM = 6.4
DPI = 200
LEVELS = {2: "Very positive", 1: "Positive", 0: "Neutral", -1: "Negative", -2: "Very negative"}
PAPER = paper()  # printed on white, whatever the screen's appearance
TICK_MINUTES = (1, 2, 5, 10, 15, 20, 30, 60, 120)
MAX_LABELLED = 16  # past this many reactions the dots speak for themselves


def _px(cm: float) -> int:
    return round(cm / 2.54 * DPI)


def reaction_chart_png(call: Call) -> bytes | None:
    """PNG bytes of the reactions along the call's time, or None without reactions."""
    reactions = sorted(call.reactions, key=lambda r: (r.offset_ms or 0, r.id or 0))
    if not reactions:
        return None
    image = QImage(_px(WIDTH_CM), _px(HEIGHT_CM), QImage.Format.Format_RGB32)
    dots_per_metre = round(DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor(PAPER.surface))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        _draw(painter, QRectF(image.rect()), reactions, _span_ms(call, reactions))
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _span_ms(call: Call, reactions: list[Reaction]) -> int:
    last = max(r.offset_ms or 0 for r in reactions)
    duration = call.offset_ms(call.ended_at) if call.ended_at else None
    return max(60_000, last, duration or 0)


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _tick_step(span_ms: int) -> int:
    minutes = span_ms / 60_000
    step = next((m for m in TICK_MINUTES if minutes / m <= 8), TICK_MINUTES[-1])
    return step * 60_000


def _draw(painter: QPainter, area: QRectF, reactions: list[Reaction], span: int) -> None:
    axis_font, label_font = _font(9.5), _font(8.5)
    axis = QFontMetricsF(axis_font, painter.device())
    label = QFontMetricsF(label_font, painter.device())
    left = max(axis.horizontalAdvance(t) for t in LEVELS.values()) + _px(0.4)
    plot = area.adjusted(left, label.height() * 1.6, -_px(0.5), -(axis.height() * 2.6))

    def y_of(score: int) -> float:
        return plot.center().y() - score / 2 * plot.height() / 2

    def x_of(offset: int) -> float:
        return plot.left() + plot.width() * offset / span

    muted, grid = QColor(PAPER.muted), QColor(PAPER.border_soft)
    painter.setFont(axis_font)
    for score, text in LEVELS.items():
        y = y_of(score)
        painter.setPen(QPen(QColor(PAPER.trace) if score == 0 else grid, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(muted)
        box = QRectF(0, y - axis.height() / 2, left - _px(0.2), axis.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)

    step = _tick_step(span)
    painter.setPen(QPen(muted, 2))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    for offset in range(0, span + 1, step):
        x = x_of(offset)
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + _px(0.12)))
        text = format_offset(offset)
        width = axis.horizontalAdvance(text)
        left_x = min(max(x - width / 2, area.left()), area.right() - width)  # never clipped
        painter.drawText(QPointF(left_x, plot.bottom() + axis.height() * 1.2), text)
    caption = "Time into the call"
    painter.drawText(
        QRectF(plot.left(), area.bottom() - axis.height() * 1.2, plot.width(), axis.height()),
        Qt.AlignmentFlag.AlignHCenter,
        caption,
    )

    points = [QPointF(x_of(r.offset_ms or 0), y_of(r.kind.score)) for r in reactions]
    path = QPainterPath(points[0])
    for point in points[1:]:
        path.lineTo(point)
    painter.setPen(QPen(QColor(PAPER.trace), 3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    radius = _px(0.11)
    painter.setPen(QPen(QColor(PAPER.surface), 2))
    for reaction, point in zip(reactions, points, strict=True):
        painter.setBrush(valence_colour(reaction.kind.valence, PAPER))
        painter.drawEllipse(point, radius, radius)
    if len(reactions) <= MAX_LABELLED:
        _labels(painter, label_font, label, reactions, points, radius)


def _labels(
    painter: QPainter,
    font: QFont,
    metrics: QFontMetricsF,
    reactions: list[Reaction],
    points: list[QPointF],
    radius: float,
) -> None:
    """Each dot named above it (below for the top row, or when the space above is taken);
    a label with no free space is left out rather than drawn over another."""
    painter.setFont(font)
    taken: dict[float, float] = {}  # right edge of the last label drawn at each height
    for reaction, point in zip(reactions, points, strict=True):
        text = reaction.kind.label
        width = metrics.horizontalAdvance(text)
        x = min(max(point.x() - width / 2, 0.0), painter.device().width() - width)
        above = point.y() - radius - metrics.descent() - 4
        below = point.y() + radius + 4 + metrics.ascent()
        tries = (above, below) if reaction.kind.score < 2 else (below,)
        y = next((y for y in tries if x > taken.get(y, -1e9) + 8), None)
        if y is None:
            continue
        taken[y] = x + width
        painter.setPen(valence_colour(reaction.kind.valence, PAPER).darker(115))
        painter.drawText(QPointF(x, y), text)
