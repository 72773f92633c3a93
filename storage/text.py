"""Text a user typed, made storable: SQLite holds UTF-8, which a lone surrogate is not.

Qt and the command line can hand over strings with lone surrogates (half of an
emoji cut by a paste, a byte that was not UTF-8 in argv). Rather than losing the
whole note to a UnicodeEncodeError, storage keeps everything else and puts U+FFFD
where a character could not be kept, and says so with a TextReplaced warning.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence

TYPE_CHECKING = False  # importing typing costs the command line 2-3 ms; annotations are text
if TYPE_CHECKING:
    from typing import Any

REPLACEMENT = "\ufffd"


class TextReplaced(UserWarning):
    """Some characters could not be stored and were replaced by U+FFFD."""


def storable(text: str) -> tuple[str, bool]:
    """`text` as UTF-8 can hold it, and whether anything had to be replaced.

    A surrogate pair split across a UTF-16 paste is joined into its character; only
    a surrogate without its other half becomes U+FFFD.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace"), True
    return text, False


def warn_replaced(what: str = "the text", stacklevel: int = 3) -> None:
    warnings.warn(
        TextReplaced(
            f"Some characters in {what} could not be stored as typed "
            f"and were replaced by {REPLACEMENT}."
        ),
        stacklevel=stacklevel,
    )


def storable_params(params: Sequence[Any] | dict) -> tuple[Sequence[Any] | dict, bool]:
    """Statement parameters with every text value made storable."""

    def fix(value: Any) -> tuple[Any, bool]:
        return storable(value) if isinstance(value, str) else (value, False)

    if isinstance(params, dict):
        fixed = {key: fix(value) for key, value in params.items()}
        return {k: v for k, (v, _) in fixed.items()}, any(r for _, r in fixed.values())
    pairs = [fix(value) for value in params]
    return [v for v, _ in pairs], any(r for _, r in pairs)


def storable_fields(obj: object, names: Sequence[str]) -> bool:
    """Make the named text attributes of `obj` storable, in place; True if any changed,
    so the object the caller goes on showing holds exactly what was stored."""
    replaced = False
    for name in names:
        value = getattr(obj, name)
        if isinstance(value, str):
            fixed, changed = storable(value)
            if changed:
                setattr(obj, name, fixed)
                replaced = True
    return replaced
