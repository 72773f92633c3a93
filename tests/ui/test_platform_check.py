"""The checks that run before Qt: one sentence each, no Qt needed."""

import pytest

from ui.platform_check import MISSING_XCB, NO_DISPLAY, display_problem, qt_platform


def found(_name: str) -> str:
    return "libxcb-cursor.so.0"


def missing(_name: str) -> None:
    return None


@pytest.mark.parametrize(
    ("env", "lookup", "expected"),
    [
        ({}, found, NO_DISPLAY),
        ({"DISPLAY": ":0"}, found, None),
        ({"DISPLAY": ":0"}, missing, MISSING_XCB),
        ({"WAYLAND_DISPLAY": "wayland-0"}, missing, None),
        ({"QT_QPA_PLATFORM": "offscreen"}, missing, None),
        ({"QT_QPA_PLATFORM": "xcb"}, found, NO_DISPLAY),
        ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"}, missing, MISSING_XCB),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "WAYLAND_DISPLAY": "w"}, missing, None),
    ],
)
def test_linux_problems(env, lookup, expected):
    assert display_problem(env, "linux", lookup) == expected


def test_other_systems_are_not_checked():
    assert display_problem({}, "win32", missing) is None
    assert display_problem({}, "darwin", missing) is None


def test_messages_are_one_sentence_naming_what_to_do():
    assert NO_DISPLAY.count(".") <= 2 and "DISPLAY" in NO_DISPLAY and "\n" not in NO_DISPLAY
    for package in ("libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libegl1"):
        assert package in MISSING_XCB
    assert "sudo apt install" in MISSING_XCB and "\n" not in MISSING_XCB


def test_platform_guess():
    assert qt_platform({}) == "xcb"
    assert qt_platform({"WAYLAND_DISPLAY": "w"}) == "wayland"
    assert qt_platform({"QT_QPA_PLATFORM": "offscreen"}) == "offscreen"
    assert qt_platform({"QT_QPA_PLATFORM": "xcb:foo=1"}) == "xcb"
