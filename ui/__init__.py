"""The window (PySide6): the shell, the pages, and what they share."""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401 (first: the hook below is PySide's, loaded with it)

_CANDOR = frozenset({"ui", "storage", "domain", "cli", "exporters", "importers", "resources"})


def _no_feature_scan() -> None:
    """Tell PySide6 up front that Candor's modules, and Python's own, select none of its
    `__feature__`s.

    Once loaded, PySide6 reads the source of every module imported after it
    (inspect.getsource) to see whether it selects a feature (`from __feature__ import
    snake_case`), and records the answer by module name: some 40 of Candor's modules
    before the window's first frame, about 10 ms of a start that may take 1.5 times a
    bare window's; and some 50 of Python's (typing, inspect, json, sqlite3, even os
    and re when a module first imports them after PySide), another 7 ms. Candor's
    modules select none, so each is recorded as PySide records such a module (0) when it
    is first looked for; Python's never name PySide, so each is recorded as PySide
    would find it (-1, ignored). That record is PySide's own: if it is not where it was,
    nothing is done and the modules are read as before."""
    try:
        from shibokensupport.feature import pyside_feature_dict as known
    except ImportError:
        return
    if not isinstance(known, dict):
        return

    known.setdefault(__name__, 0)  # this package, imported before the hook below
    python = sys.stdlib_module_names
    for name in list(sys.modules):
        if name.partition(".")[0] in python:
            known.setdefault(name, -1)

    class NoFeatures:
        @staticmethod
        def find_spec(name: str, path: object = None, target: object = None) -> None:
            top = name.partition(".")[0]
            if top in _CANDOR:
                known.setdefault(name, 0)
            elif top in python:
                known.setdefault(name, -1)

    sys.meta_path.insert(0, NoFeatures())


_no_feature_scan()
