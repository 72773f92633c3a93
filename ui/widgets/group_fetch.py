"""Fetching the next page of a tree's groups as their end scrolls into view."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeView


def fetch_groups_in_view(tree: QTreeView) -> None:
    """Ask for the next page of every expanded top-level group whose last fetched row is
    in view: QTreeView itself only fetches for the group at the very bottom, and the
    board's first group (Overdue) would otherwise stop at its first page."""
    model = tree.model()
    area = tree.viewport().rect()
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        if not tree.isExpanded(group) or not model.canFetchMore(group):
            continue
        count = model.rowCount(group)
        last = model.index(count - 1, 0, group) if count else group
        if tree.visualRect(last).intersects(area):
            model.fetchMore(group)


def fetch_as_scrolled(tree: QTreeView) -> None:
    """Fetch as the tree scrolls, is resized or a group opens."""
    tree.verticalScrollBar().valueChanged.connect(lambda _value: fetch_groups_in_view(tree))
    tree.expanded.connect(lambda _index: fetch_groups_in_view(tree))
