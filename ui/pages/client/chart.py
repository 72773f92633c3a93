"""How a client's reactions changed over calls: share of negative and positive per call."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCharts import (
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import QT_TR_NOOP, QDateTime, QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QPainter, QPen
from PySide6.QtWidgets import QStackedWidget, QToolTip, QVBoxLayout, QWidget

from domain.model import Valence
from domain.trust import ReactionMix
from ui.i18n import day_text, number_text, percent_text, tr
from ui.palette import current
from ui.style import theme
from ui.widgets.common import empty_state, muted_label
from ui.widgets.reaction_strip import valence_colour

NO_REACTIONS = QT_TR_NOOP("No reactions recorded with this client yet")
MANY_CALLS = 100  # past this, the dots fade so the trend lines carry the chart
LATEST_CALLS = 500  # the chart of a client with more calls shows its latest this many


def _line(name: str, color: QColor) -> QLineSeries:
    series = QLineSeries()
    series.setName(name)
    series.setPen(QPen(color, 2.5))
    return series


def _dots(name: str, color: QColor) -> QScatterSeries:
    series = QScatterSeries()
    series.setName(name)
    series.setMarkerSize(7)
    series.setColor(color.lighter(135))
    series.setBorderColor(color)
    return series


def trend_window(calls: int) -> int:
    """How many calls the trend line averages: none for a handful, up to 5 for some dozens,
    about a twentieth of them for hundreds (so the line still shows a trend)."""
    return max(1, min(calls // 8, max(5, calls // 20)))


def rolling_mean(values: list[float], window: int) -> list[float]:
    """Average of each value and the (window - 1) before it."""
    out, total = [], 0.0
    for n, value in enumerate(values):
        total += value
        if n >= window:
            total -= values[n - window]
        out.append(total / min(n + 1, window))
    return out


class ReactionChart(QWidget):
    """Per call, a dot for the share of negative and of positive reactions, over call dates,
    with a line through their recent average. Calls without any reaction are left out."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reactionChart")
        negative, positive = valence_colour(Valence.NEGATIVE), valence_colour(Valence.POSITIVE)
        self.negative = _line(tr("Negative reactions"), negative)
        self.positive = _line(tr("Positive reactions"), positive)
        self.negative_points = _dots(tr("Negative, per call"), negative)
        self.positive_points = _dots(tr("Positive, per call"), positive)
        self._crowded = False
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setBackgroundRoundness(0)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._all_series: tuple[QXYSeries, ...] = (
            self.negative_points,
            self.positive_points,
            self.negative,
            self.positive,
        )
        for series in self._all_series:
            self.chart.addSeries(series)
        self.x_axis = QDateTimeAxis()
        self.y_axis = QValueAxis()
        # A margin around 0-100 %, so a dot at 0 or 100 is not cut in half by the plot's
        # edge; ticks stay at 0, 25, 50, 75 and 100.
        self.y_axis.setRange(-6, 106)
        self.y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.y_axis.setTickAnchor(0)
        self.y_axis.setTickInterval(25)
        self.y_axis.setLabelFormat("%d%%")
        self.y_axis.setTitleText(tr("share of reactions"))
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in self._all_series:
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        for series in (self.negative_points, self.positive_points):
            series.hovered.connect(self._hovered)
            for marker in self.chart.legend().markers(series):
                marker.setVisible(False)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        self.view.setAccessibleName("Reactions across calls")
        self.empty = empty_state(NO_REACTIONS, "reactionChartEmpty")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.caption = muted_label("", "reactionChartCaption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.caption)
        self.apply_palette()
        theme().changed.connect(self.apply_palette)

    def apply_palette(self) -> None:
        """The chart's surfaces, text, grid and series in the palette in effect (QtCharts
        draws them itself, outside the style sheet)."""
        colours = current()
        self.chart.setBackgroundBrush(QBrush(QColor(colours.surface)))
        self.chart.setBackgroundPen(QPen(QColor(colours.border_soft)))
        self.view.setBackgroundBrush(QBrush(QColor(colours.surface)))
        self.chart.legend().setLabelColor(QColor(colours.text))
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsColor(QColor(colours.text))
            axis.setTitleBrush(QBrush(QColor(colours.text)))
            axis.setGridLineColor(QColor(colours.border_soft))
            axis.setLinePenColor(QColor(colours.border))
        for line, valence in ((self.negative, Valence.NEGATIVE), (self.positive, Valence.POSITIVE)):
            line.setPen(QPen(valence_colour(valence), 2.5))
        self._colour_dots()

    def _colour_dots(self) -> None:
        for series, valence in (
            (self.negative_points, Valence.NEGATIVE),
            (self.positive_points, Valence.POSITIVE),
        ):
            color = valence_colour(valence)
            fill = color.darker(135) if current().dark else color.lighter(135)
            fill.setAlpha(70 if self._crowded else 255)
            series.setColor(fill)
            series.setBorderColor(fill if self._crowded else color)

    def set_mixes(self, mixes: list[ReactionMix], of_calls: int | None = None) -> None:
        """One point per call with reactions, oldest first; `of_calls`: how many calls
        there are in all when `mixes` holds only the latest of them."""
        shown = [m for m in mixes if m.total and m.started_at is not None]
        xs = [m.started_at.timestamp() * 1000 for m in shown]  # type: ignore[union-attr]
        negative = [100 * m.negative_share for m in shown]
        positive = [100 * m.positive_share for m in shown]
        window = trend_window(len(shown))
        self._crowded = crowded = len(shown) > MANY_CALLS
        for series, values in (
            (self.negative_points, negative),
            (self.positive_points, positive),
        ):
            series.setMarkerSize(4 if crowded else 7)  # before the points: each is redrawn
            series.replace([QPointF(x, y) for x, y in zip(xs, values, strict=True)])
        self._colour_dots()
        for series, values in ((self.negative, negative), (self.positive, positive)):
            trend = rolling_mean(values, window)
            series.replace([QPointF(x, y) for x, y in zip(xs, trend, strict=True)])
        notes = []
        if window > 1:
            notes.append(
                tr("Dots: each call. Lines: average of the last {window} calls.").format(
                    window=window
                )
            )
        left_out = len(mixes) - len(shown)
        if left_out:
            notes.append(tr("%n call(s) without recorded reactions not shown.", None, left_out))
        if of_calls is not None and of_calls > len(mixes):
            notes.append(
                tr("The latest {shown} of {total} calls.").format(
                    shown=number_text(len(mixes)), total=number_text(of_calls)
                )
            )
        self.caption.setText(" ".join(notes))
        self.caption.setVisible(bool(notes) and bool(shown))
        self.stack.setCurrentWidget(self.view if shown else self.empty)
        if shown:
            self._fit_dates(shown)
        self.view.setAccessibleDescription(self._describe(shown))

    def _fit_dates(self, shown: list[ReactionMix]) -> None:
        first = shown[0].started_at
        last = shown[-1].started_at
        assert first is not None and last is not None
        span = last - first
        pad = max(span / 20, timedelta(days=1))
        self.x_axis.setRange((first - pad).astimezone(), (last + pad).astimezone())
        self.x_axis.setFormat("MMM yyyy" if span > timedelta(days=180) else "d MMM yyyy")
        self.x_axis.setTickCount(min(6, max(3, len(shown))))

    @staticmethod
    def _describe(shown: list[ReactionMix]) -> str:
        if not shown:
            return tr(NO_REACTIONS)
        last = shown[-1]
        return tr(
            "%n call(s) with reactions; the latest had "
            "{negative} negative and {positive} positive reactions.",
            None,
            len(shown),
        ).format(
            negative=percent_text(last.negative_share), positive=percent_text(last.positive_share)
        )

    def _hovered(self, point: QPointF, state: bool) -> None:
        if not state:
            QToolTip.hideText()
            return
        series = self.sender()
        label = series.name() if isinstance(series, QXYSeries) else ""
        moment = QDateTime.fromMSecsSinceEpoch(int(point.x()))
        day = day_text(moment.date().toPython())
        QToolTip.showText(QCursor.pos(), f"{day} — {label}: {percent_text(point.y() / 100)}", self)
