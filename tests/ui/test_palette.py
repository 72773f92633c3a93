"""The palette is the one source of Candor's colours, and every text role in it is
readable on the background it is drawn on: WCAG's 4.5:1 in Light and in Dark."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ui import palette as colours
from ui.palette import DARK, LIGHT, contrast, luminance, ratios
from ui.style import STYLE_PATH, style_sheet

ROOT = Path(__file__).resolve().parents[2]
HEX = re.compile(r"#[0-9a-fA-F]{6}\b")
BOTH = pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])


def test_the_contrast_formula_matches_wcag():
    assert luminance("#ffffff") == pytest.approx(1.0)
    assert luminance("#000000") == pytest.approx(0.0)
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # WCAG's example
    assert contrast("#ffffff", "#777777") == contrast("#777777", "#ffffff")


@BOTH
def test_every_text_role_has_at_least_4_5_to_1_on_its_background(palette):
    low = {pair: round(r, 2) for pair, r in ratios(palette, colours.TEXT_PAIRS).items() if r < 4.5}
    assert low == {}


@BOTH
def test_marks_and_disabled_text_have_at_least_3_to_1(palette):
    pairs = colours.GRAPHIC_PAIRS + colours.DISABLED_PAIRS
    low = {pair: round(r, 2) for pair, r in ratios(palette, pairs).items() if r < 3.0}
    assert low == {}


def test_both_palettes_name_the_same_roles_with_colours():
    assert LIGHT.roles().keys() == DARK.roles().keys()
    for palette in (LIGHT, DARK):
        assert all(HEX.fullmatch(c) for c in palette.roles().values()), palette.name


@BOTH
def test_the_style_sheet_is_filled_from_the_palette(palette):
    """Every $role of the template is a palette role (substitute raises on an unknown one)
    and the template itself holds no colour of its own."""
    template = STYLE_PATH.read_text(encoding="utf-8")
    assert HEX.findall(template) == []
    sheet = style_sheet(palette)
    assert "$" not in sheet
    assert palette.window in sheet and palette.banner_bg in sheet


def test_the_ui_code_has_no_colour_of_its_own():
    """Colours live in ui/palette.py only: the style sheet and the code read it."""
    found = [
        f"{path.relative_to(ROOT)}: {match}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        if path.name != "palette.py"
        for match in HEX.findall(path.read_text(encoding="utf-8"))
    ]
    assert found == []
