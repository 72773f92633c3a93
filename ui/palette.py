"""Candor's colours: a Light and a Dark palette of named roles, the one source of truth.

The style sheet (resources/style.qss, a template with $role placeholders), Qt's
application palette (ui.style) and the Python code that paints or formats text
(models, charts, highlights) all read the palette in effect, `current()`, never a
colour of their own. Changing the appearance (ui.shell.appearance) sets another
palette and applies the style again.

TEXT_PAIRS lists every text role with the background it is drawn on; the contrast
test holds each pair to WCAG's 4.5:1 in both palettes. GRAPHIC_PAIRS (dots, lines,
borders that carry meaning) are held to 3:1; DISABLED_PAIRS too (WCAG exempts
inactive controls, but they should still be seen).

Plain Python, no Qt, so the tests can check it without a display.
"""

from __future__ import annotations

from typing import NamedTuple


class Palette(NamedTuple):
    """A palette's roles, by name (a named tuple: immutable like a frozen dataclass, and
    made in a tenth of the time; this module loads before the first frame)."""

    name: str  # "light" or "dark"
    # surfaces
    window: str  # page background
    surface: str  # inputs, lists, buttons, panels
    surface_alt: str  # alternate table rows
    surface_focus: str  # a focused input
    surface_readonly: str  # read-only text, disabled buttons
    header: str  # table headers
    hover: str  # a button under the mouse
    # text
    text: str
    text_strong: str  # titles, the call clock
    text_section: str  # section and field labels, headers, status bar
    muted: str  # hints, empty states, secondary cells
    disabled: str  # disabled controls
    # lines
    border: str  # inputs and lists
    border_button: str
    border_soft: str  # panels, grid lines
    header_rule: str
    focus: str  # the focus ring
    # accent
    accent: str  # primary buttons, checked filter buttons
    accent_hover: str
    on_accent: str
    selection: str
    selection_text: str
    link: str
    link_focus: str
    # meaning
    danger: str  # text of a destructive button
    danger_border: str
    due: str  # a follow-up or letter whose day has come
    overdue: str  # overdue commitments
    # reaction buttons
    positive_bg: str
    positive_border: str
    positive_text: str
    neutral_bg: str
    neutral_border: str
    neutral_text: str
    negative_bg: str
    negative_border: str
    negative_text: str
    # start-up banner
    banner_bg: str
    banner_border: str
    banner_text: str
    # highlights: search matches and the tone review's findings
    match_bg: str
    match_text: str
    tone_bg: str
    tone_text: str
    tone_underline: str
    # graphics: reaction dots (strip, client chart), note kinds
    valence_positive: str
    valence_neutral: str
    valence_negative: str
    trace: str  # the line joining the reaction dots
    grid: str  # a chart's dashed grid lines
    kind_fact: str
    kind_quote: str
    kind_concern: str
    kind_question: str
    kind_decision: str
    kind_note: str
    popover_border: str  # the search popover's frame
    shadow: str  # Qt's Shadow role (the style's darkest edges)

    @property
    def dark(self) -> bool:
        return self.name == "dark"

    def roles(self) -> dict[str, str]:
        return {role: getattr(self, role) for role in self._fields if role != "name"}


LIGHT = Palette(
    name="light",
    window="#f5f6f8",
    surface="#ffffff",
    surface_alt="#f3f6fa",
    surface_focus="#fbfdff",
    surface_readonly="#f0f2f5",
    header="#eceff3",
    hover="#eef2f7",
    text="#1b2430",
    text_strong="#111a26",
    text_section="#2f3b49",
    muted="#4f5966",
    disabled="#7a8491",
    border="#b9c1cc",
    border_button="#a9b3bf",
    border_soft="#d5dbe2",
    header_rule="#c9d0d8",
    focus="#1f5fa8",
    accent="#1f5fa8",
    accent_hover="#1a4f8c",
    on_accent="#ffffff",
    selection="#cfe0f5",
    selection_text="#111a26",
    link="#1f5fa8",
    link_focus="#123f73",
    danger="#8f1d1d",
    danger_border="#c99292",
    due="#9a3b00",
    overdue="#b3261e",
    positive_bg="#e6f3e9",
    positive_border="#8dbf99",
    positive_text="#123f22",
    neutral_bg="#eef0f3",
    neutral_border="#aab2bd",
    neutral_text="#1b2430",
    negative_bg="#fbeaea",
    negative_border="#d59c9c",
    negative_text="#6e1414",
    banner_bg="#fff4d6",
    banner_border="#d9a93f",
    banner_text="#2b2100",
    match_bg="#ffe066",
    match_text="#1a1a1a",
    tone_bg="#fde9b5",
    tone_text="#1b2430",
    tone_underline="#b7791f",
    valence_positive="#1f7a3d",
    valence_neutral="#5b6470",
    valence_negative="#b3261e",
    trace="#8a94a3",
    grid="#c4c9d0",
    kind_fact="#2b5797",
    kind_quote="#7a3e9d",
    kind_concern="#b3261e",
    kind_question="#b06000",
    kind_decision="#1f7a3d",
    kind_note="#5b6470",
    popover_border="#8a8f98",
    shadow="#000000",
)

DARK = Palette(
    name="dark",
    window="#1b1f26",
    surface="#242932",
    surface_alt="#2a2f39",
    surface_focus="#262d3a",
    surface_readonly="#20242b",
    header="#2c323c",
    hover="#2f3642",
    text="#e3e7ed",
    text_strong="#f3f5f8",
    text_section="#c9d1db",
    muted="#a7b0bc",
    disabled="#7f8895",
    border="#4a5260",
    border_button="#5a6270",
    border_soft="#3a414c",
    header_rule="#444c58",
    focus="#6aa5e8",
    accent="#2f6db3",
    accent_hover="#285f9f",
    on_accent="#ffffff",
    selection="#2f4c72",
    selection_text="#f3f5f8",
    link="#8fbff5",
    link_focus="#c2dcfa",
    danger="#f2a0a0",
    danger_border="#8a4a4a",
    due="#f2a65e",
    overdue="#f28b82",
    positive_bg="#1f3a28",
    positive_border="#3f7a52",
    positive_text="#c3e8cc",
    neutral_bg="#2c323c",
    neutral_border="#5a6270",
    neutral_text="#e3e7ed",
    negative_bg="#43242a",
    negative_border="#8a4a50",
    negative_text="#f6c6c6",
    banner_bg="#3a3116",
    banner_border="#8f7224",
    banner_text="#f6e7bb",
    match_bg="#e8c547",
    match_text="#1a1a1a",
    tone_bg="#5c4614",
    tone_text="#fff1cc",
    tone_underline="#e6ad4f",
    valence_positive="#6fcf8a",
    valence_neutral="#a7b0bc",
    valence_negative="#f28b82",
    trace="#7f8895",
    grid="#4a5260",
    kind_fact="#7fb0ef",
    kind_quote="#c99be3",
    kind_concern="#f28b82",
    kind_question="#f0b35e",
    kind_decision="#7fcf97",
    kind_note="#a7b0bc",
    popover_border="#6a7280",
    shadow="#000000",
)

PALETTES = {"light": LIGHT, "dark": DARK}

# (text role, background role) for every place text is drawn on a palette colour.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "window"),
    ("text", "surface"),
    ("text", "surface_alt"),
    ("text", "surface_focus"),
    ("text", "surface_readonly"),
    ("text", "hover"),
    ("text_strong", "window"),
    ("text_section", "window"),
    ("text_section", "surface"),
    ("text_section", "header"),
    ("muted", "window"),
    ("muted", "surface"),
    ("muted", "surface_alt"),
    ("on_accent", "accent"),
    ("on_accent", "accent_hover"),
    ("selection_text", "selection"),
    ("link", "window"),
    ("link_focus", "window"),
    ("danger", "surface"),
    ("due", "surface"),
    ("due", "surface_alt"),
    ("overdue", "surface"),
    ("overdue", "surface_alt"),
    ("positive_text", "positive_bg"),
    ("neutral_text", "neutral_bg"),
    ("negative_text", "negative_bg"),
    ("banner_text", "banner_bg"),
    ("match_text", "match_bg"),
    ("tone_text", "tone_bg"),
)
# Marks, dots and lines that carry meaning, against what they are drawn on (WCAG 3:1).
GRAPHIC_PAIRS: tuple[tuple[str, str], ...] = (
    ("focus", "surface"),
    ("focus", "window"),
    ("valence_positive", "window"),
    ("valence_neutral", "window"),
    ("valence_negative", "window"),
    ("valence_positive", "surface"),
    ("valence_negative", "surface"),
    ("kind_fact", "surface"),
    ("kind_quote", "surface"),
    ("kind_concern", "surface"),
    ("kind_question", "surface"),
    ("kind_decision", "surface"),
    ("kind_note", "surface"),
    ("tone_underline", "surface"),
)
# Disabled controls: exempt from 4.5:1 (WCAG 1.4.3), held to 3:1 so they are still read.
DISABLED_PAIRS: tuple[tuple[str, str], ...] = (
    ("disabled", "surface_readonly"),
    ("disabled", "surface"),
)

_current = LIGHT


def current() -> Palette:
    """The palette in effect (set by ui.style.apply_style)."""
    return _current


def set_current(palette: Palette) -> None:
    global _current
    _current = palette


def paper() -> Palette:
    """What is printed (the Word record's chart) is always on white paper."""
    return LIGHT


# contrast (WCAG 2.x) --------------------------------------------------------------------
def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """Relative luminance of "#rrggbb"."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    """The contrast ratio of two colours, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def ratios(palette: Palette, pairs: tuple[tuple[str, str], ...]) -> dict[tuple[str, str], float]:
    roles = palette.roles()
    return {(f, b): contrast(roles[f], roles[b]) for f, b in pairs}


__all__ = [
    "DARK",
    "LIGHT",
    "PALETTES",
    "Palette",
    "contrast",
    "current",
    "luminance",
    "paper",
    "ratios",
    "set_current",
]
