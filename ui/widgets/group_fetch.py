"""Fetching the next page of a tree's groups as their end scrolls into view."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QTimer
from PySide6.QtWidgets import QTreeView


def _place(index: QModelIndex) -> tuple[int, int]:
    """Where a row of a two-level tree sits, in the order the tree shows it."""
    parent = index.parent()
    return (parent.row(), index.row()) if parent.isValid() else (index.row(), -1)


def fetch_groups_in_view(tree: QTreeView) -> None:
    """Ask for the next page of every expanded top-level group whose last fetched row is
    in view. The model (ui.models.commitments.BoardModel) has `can_fetch_more(group)` and
    `fetch_more(group)`, not Qt's fetchMore, which QTreeView calls on every layout."""
    model = tree.model()
    viewport = tree.viewport()
    top = tree.indexAt(QPoint(1, 1))
    if not top.isValid():
        return
    bottom = tree.indexAt(QPoint(1, viewport.height() - 2))
    first = _place(top)
    last = _place(bottom) if bottom.isValid() else (model.rowCount(), 0)
    for row in range(first[0], min(last[0], model.rowCount() - 1) + 1):
        group = model.index(row, 0)
        if tree.isExpanded(group) and model.can_fetch_more(group):
            end = (row, model.rowCount(group) - 1)
            if first <= end <= last:
                model.fetch_more(group)


def fetch_as_scrolled(tree: QTreeView) -> None:
    """Fetch as the tree scrolls, and once its rows are laid out after a reset."""
    tree.verticalScrollBar().valueChanged.connect(lambda _value: fetch_groups_in_view(tree))
    later = lambda: QTimer.singleShot(0, tree, lambda: fetch_groups_in_view(tree))  # noqa: E731
    tree.model().modelReset.connect(later)  # the timer goes with the tree, if it goes first
