"""The German interface: with the German translation installed, the main pages show no
English text that has a German translation (an untranslated string), and without it the
same pages stay English."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from domain.model import Call, Client
from resources import resource_path
from ui import i18n
from ui.shell.pages import Page


def _translated_sources() -> dict[str, str]:
    """English source -> German, for every message the .ts translates differently."""
    tree = ET.parse(resource_path("translations", "candor_de.ts"))
    found = {}
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        if forms[0] and forms[0] != source and "{" not in source and "%n" not in source:
            found[source] = forms[0]
    return found


SOURCES = _translated_sources()


@pytest.fixture
def german() -> Iterator[None]:
    assert i18n.install_language("de") == "de"
    yield
    i18n.remove_language()


def _texts(root: QWidget) -> set[str]:
    texts: set[str] = set()
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts |= {widget.itemText(i) for i in range(widget.count())}
        if isinstance(widget, QTabWidget):
            texts |= {widget.tabText(i) for i in range(widget.count())}
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            texts |= {
                str(model.headerData(i, widget.orientation()) or "") for i in range(widget.count())
            }
        if isinstance(widget, QMenu):
            texts.add(widget.title())
            texts |= {a.text() for a in widget.actions()}
    texts.add(root.windowTitle())
    return {t for t in texts if t}


def _untranslated(texts: set[str]) -> list[str]:
    return sorted(t for t in texts if t in SOURCES)


def _visit(ui, qtbot) -> set[str]:  # noqa: ANN001
    call = ui.store.calls.create(Call(client=Client("Acme"), title="Parts late"))
    seen: set[str] = set()
    for page, key in (
        (Page.RECENT, None),
        (Page.PREPARE, call.id),
        (Page.HISTORY, None),
        (Page.BOARD, None),
        (Page.CLIENT, "Acme"),
        (Page.DETAIL, call.id),
    ):
        ui.nav.show(page, key) if key is not None else ui.nav.show(page)
        qtbot.wait(20)
        seen |= _texts(ui.window)
    for menu in ui.window.menuBar().findChildren(QMenu):
        seen |= {menu.title(), *(a.text() for a in menu.actions())}
    dialog = ui.controller.export.edit_profile()
    seen |= _texts(dialog)
    dialog.reject()
    return seen


def test_the_german_interface_has_no_untranslated_text(german, ui, qtbot) -> None:  # noqa: ANN001
    seen = _visit(ui, qtbot)
    assert "&Datei" in seen  # the translation is really in place
    assert _untranslated(seen) == []


def test_without_a_translation_the_interface_stays_english(ui, qtbot) -> None:  # noqa: ANN001
    seen = _visit(ui, qtbot)
    assert "&File" in seen
    assert "&Datei" not in seen
    assert len([t for t in seen if t in SOURCES]) > 50


def test_dates_and_counts_follow_the_language(german) -> None:  # noqa: ANN001
    from datetime import date

    assert i18n.day_text(date(2026, 3, 3)) == "3. März 2026"
    assert i18n.tr("%n call(s)", None, 3) == "3 Anrufe"
    i18n.remove_language()
    assert i18n.day_text(date(2026, 3, 3)) == "3 Mar 2026"
    assert i18n.tr("%n call(s)", None, 1) == "1 call"


def test_a_german_desktop_gets_german_only_once_it_is_complete(monkeypatch):
    """German is a preview: it is used when chosen (setting or CANDOR_LANG), not merely
    because the desktop speaks German, until the translation is complete."""
    from PySide6.QtCore import QLocale

    from ui import i18n

    monkeypatch.delenv(i18n.ENV, raising=False)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.choose_language("") == ("de" if "de" in i18n.COMPLETE else "en")
    assert i18n.choose_language("de") == "de"
    monkeypatch.setenv(i18n.ENV, "de")
    assert i18n.choose_language("en") == "de"


def test_a_steps_status_is_not_the_buttons_verb(german) -> None:  # noqa: ANN001
    """The next steps' Status column read "Öffnen" (to open) for an open step."""
    from domain.model import StepStatus
    from ui.i18n import tr
    from ui.models.next_steps import status_text

    assert status_text(StepStatus.OPEN) == "Offen"
    assert tr("Open") == "Öffnen"  # the button keeps its verb
    assert status_text(StepStatus.DROPPED) == "Verworfen"
