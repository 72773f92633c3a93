"""ui/__init__ tells PySide6 which modules select no `__feature__`, so PySide does not read
the source of each one imported after it (milliseconds of every start)."""

from __future__ import annotations

import sys

import pytest

import ui  # noqa: F401 (installs the hook under test)

feature = pytest.importorskip("shibokensupport.feature")


def test_candor_and_python_modules_are_recorded_before_pyside_reads_them(monkeypatch) -> None:
    read: list[str] = []
    original = feature._mod_uses_pyside

    def reading(module: object) -> bool:
        read.append(getattr(module, "__name__", "?"))
        return original(module)

    monkeypatch.setattr(feature, "_mod_uses_pyside", reading)
    for name in ("tomllib", "xml.dom.minidom", "domain.owners", "exporters.safe_text"):
        monkeypatch.delitem(sys.modules, name, raising=False)
        monkeypatch.delitem(feature.pyside_feature_dict, name, raising=False)
        exec(f"import {name}", {})  # through builtins.__import__, as PySide hooks it
    known = feature.pyside_feature_dict
    assert known["tomllib"] == -1  # Python's own: ignored, as PySide would decide
    assert known["xml.dom.minidom"] == -1
    assert known["domain.owners"] == 0  # Candor's: selects no feature
    assert known["exporters.safe_text"] == 0
    assert not {"tomllib", "xml.dom.minidom", "domain.owners", "exporters.safe_text"} & set(read)
