"""Shortening text for one line of a table, a message or a menu: one rule everywhere."""

from __future__ import annotations


def clip(text: str, width: int) -> str:
    """`text` on one line (runs of spaces and line breaks become one space), cut to `width`
    characters with an ellipsis when longer."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
