"""Start-up has fontconfig read the system's fonts on a thread while the database opens."""

from __future__ import annotations

import sys

import pytest

from ui import startup


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig is Linux's")
def test_fontconfig_is_read_on_a_thread_of_its_own():
    init = startup._fontconfig_init()
    assert init is not None  # Qt's own libQt6Gui needs libfontconfig here
    assert init() == 1  # FcInit's FcTrue: the configuration is loaded (again: harmless)
    reader = startup.read_fonts_meanwhile()
    reader.join(timeout=10)
    assert not reader.is_alive() and reader.name == "candor-fonts"


def test_nothing_is_done_where_there_is_no_fontconfig(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    assert startup._fontconfig_init() is None
    reader = startup.read_fonts_meanwhile()  # a thread with nothing to do, joined as ever
    reader.join(timeout=10)
    assert not reader.is_alive()
