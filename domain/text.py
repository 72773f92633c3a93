"""Small text rules used across the layers: shortening to one line, comparing words."""

from __future__ import annotations


def words_key(text: str) -> str:
    """Words compared as a person reads them: case and spacing aside ("SKU  list" is
    "sku list"); the tone review's dismissals and allowed words are keyed by it."""
    return " ".join(text.lower().split())


def clip(text: str, width: int) -> str:
    """`text` on one line (runs of spaces and line breaks become one space), cut to `width`
    characters with an ellipsis when longer."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
