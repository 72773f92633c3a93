"""Make any text a user can type or paste safe for a file format, at export time only.

The stored data is never changed: these functions run on the way out. Word's XML
(XML 1.0) refuses most control characters and lone UTF-16 surrogates; UTF-8
files refuse lone surrogates too. Everything else (emoji, right-to-left scripts,
combining marks) passes through untouched.
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"

# Not allowed in XML 1.0 (tab and line feed are kept; CR is normalised away first).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# C1 controls and DEL are legal XML but render as boxes or nothing; drop them too.
_INVISIBLE_CONTROLS = re.compile("[\x7f-\x9f]")


def fix_surrogates(text: str) -> str:
    """Join surrogate pairs into real characters; replace lone surrogates with U+FFFD."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def clean_text(text: str | None) -> str:
    """Valid Unicode with only tab and newline as control characters."""
    if not text:
        return ""
    text = normalize_newlines(fix_surrogates(str(text)))
    text = _XML_ILLEGAL.sub("", text)
    return _INVISIBLE_CONTROLS.sub("", text)


def xml_text(text: str | None) -> str:
    """Text that python-docx can put into Word XML (tabs and newlines become w:tab / w:br)."""
    return clean_text(text)


def one_line(text: str | None) -> str:
    """For places that hold a single line (table cells of a header, file names, subjects)."""
    return " ".join(clean_text(text).split())
