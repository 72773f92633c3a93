"""Search results as a list model, and the snippet as safe, highlighted HTML."""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from domain.model import SearchHit
from domain.timefmt import local
from ui.i18n import day_text, tr
from ui.palette import current

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
CALL_ID_ROLE = Qt.ItemDataRole.UserRole + 2
HTML_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex
MARK_CLOSE = "</b>"
# Control characters other than the two hit markers would render as boxes or break layout.
_CONTROL = re.compile(r"[\x00\x01\x04-\x1f\x7f]")
_MARKERS = re.compile(f"[{SearchHit.HIT_OPEN}{SearchHit.HIT_CLOSE}]")


def mark_open() -> str:
    """The opening tag of a highlighted match, in the palette in effect."""
    colours = current()
    return f'<b style="background-color:{colours.match_bg}; color:{colours.match_text}">'


def snippet_html(snippet: str) -> str:
    """Escape the text first, then turn the hit markers into highlighted bold."""
    text = html.escape(_CONTROL.sub(" ", snippet), quote=False)
    return text.replace(SearchHit.HIT_OPEN, mark_open()).replace(SearchHit.HIT_CLOSE, MARK_CLOSE)


def plain(text: str) -> str:
    return _MARKERS.sub("", _CONTROL.sub(" ", text))


def hit_html(hit: SearchHit) -> str:
    """The whole result: 'client — subject' on top; the kind, date and snippet below.

    A match in the title is highlighted in the heading itself rather than repeated.
    """
    client = html.escape(plain(hit.client), quote=False)
    in_title = hit.kind == "title"
    title = snippet_html(hit.snippet) if in_title else html.escape(plain(hit.title), quote=False)
    meta = tr(hit.kind_label)
    if hit.started_at is not None:
        meta += " · " + day_text(local(hit.started_at).date())
    muted = current().muted
    meta_html = f'<span style="color:{muted}">{html.escape(meta, quote=False)}</span>'
    body = (
        meta_html
        if in_title
        else f"{meta_html}<span style='color:{muted}'> — </span>" + (snippet_html(hit.snippet))
    )
    return f"<div><b>{client} — {title}</b></div><div>{body}</div>"


def hit_text(hit: SearchHit) -> str:
    """The result as plain text, for screen readers and tooltips."""
    return f"{plain(hit.client)} — {plain(hit.title)}, {tr(hit.kind_label)}: {hit.plain_snippet}"


class SearchResultsModel(QAbstractListModel):
    """The hits of the last search, best first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._html: list[str | None] = []
        self._html_palette = current().name

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._html = [None] * len(self._hits)  # built on first paint, then kept
        self._html_palette = current().name  # ... until the appearance changes
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return hit_text(hit)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain(hit.snippet)
        if role == HTML_ROLE:
            if self._html_palette != current().name:
                self._html = [None] * len(self._hits)
                self._html_palette = current().name
            html_text = self._html[index.row()]
            if html_text is None:
                html_text = self._html[index.row()] = hit_html(hit)
            return html_text
        if role == CALL_ID_ROLE:
            return hit.call_id
        if role == HIT_ROLE:
            return hit
        return None
