"""The German interface: with the German translation installed, the main pages show no
English text that has a German translation (an untranslated string), and without it the
same pages stay English."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
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

from domain.model import Call, Client, NextStep, Note, NoteKind, Reaction, ReactionKind, utc_now
from resources import resource_path
from tests.ui.test_export import open_wrapup, sample_call
from ui import i18n
from ui.pages.wrapup import tone as tone_module
from ui.shell.main_window import DEFAULT_SIZE
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
def german(qapp) -> Iterator[None]:  # noqa: ANN001 (the translators need the application)
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
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts |= _model_texts(widget.model())
        texts.add(widget.toolTip())
    texts.add(root.windowTitle())
    return {t for t in texts if t}


def _has_rows(model, index) -> bool:  # noqa: ANN001
    try:
        return model.rowCount(index) > 0
    except TypeError:
        return False


def _model_texts(model, parent=None) -> set[str]:  # noqa: ANN001
    """Every cell's text and tooltip in a list, table or tree (children included)."""
    from PySide6.QtCore import QModelIndex, Qt

    parent = parent if parent is not None else QModelIndex()
    texts: set[str] = set()
    try:  # a list model keeps columnCount(parent) private
        columns = model.columnCount(parent)
    except TypeError:
        columns = 1
    for row in range(min(model.rowCount(parent), 200)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    texts.add(value)
            if column == 0 and _has_rows(model, index):
                texts |= _model_texts(model, index)
    return texts


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
    seen |= _visit_call_pages(ui, qtbot)
    return seen


def _visit_call_pages(ui, qtbot) -> set[str]:  # noqa: ANN001
    """A live call (notes, a reaction, a next step), an ended call's wrap-up with its tone
    review, and the search with results."""
    store = ui.store
    live = store.calls.create(
        Call(client=Client("Acme"), title="Parts late", scenario="delivery_delay")
    )
    assert store.calls.start(live.id)
    store.entries.add_note(
        Note(live.id, NoteKind.CONCERN, "They need it by Friday", utc_now(), 900)
    )
    store.entries.add_reaction(Reaction(live.id, ReactionKind.FRUSTRATED, utc_now(), 1200))
    store.entries.add_next_step(NextStep(live.id, "Send the new plan", "us", None))
    ui.nav.show(Page.LIVE, live.id)
    qtbot.wait(20)
    seen = _texts(ui.window)
    ui.nav.show(Page.WRAPUP, sample_call(store))  # the wrap-up does not ask to leave
    wrapup = open_wrapup(ui, ui.page(Page.WRAPUP).call_id, "We will try to fix it asap. ")
    tone = wrapup.tone
    qtbot.waitUntil(lambda: not tone.busy and bool(tone.items), timeout=5000)
    seen |= _texts(ui.window)
    wrapup.view.show_side_panel(tone.tab)
    qtbot.wait(20)
    seen |= _texts(ui.window)
    ui.window.last_wrapup_width = ui.window.width()  # for the width test
    search = ui.controller.search()
    search.show()
    qtbot.waitExposed(search.panel)
    search.search_now("VAT")
    qtbot.waitUntil(lambda: search.panel.model.rowCount() > 0, timeout=5000)
    seen |= _texts(search.panel)
    search.search_now("zebra")
    qtbot.waitUntil(lambda: search.panel.model.rowCount() == 0, timeout=5000)
    seen |= _texts(search.panel)
    return seen


@pytest.fixture
def quick_tone(monkeypatch):  # noqa: ANN001
    monkeypatch.setattr(tone_module, "DELAY_MS", 20)


def test_the_german_interface_has_no_untranslated_text(german, ui, qtbot, quick_tone) -> None:  # noqa: ANN001
    seen = _visit(ui, qtbot)
    assert "&Datei" in seen  # the translation is really in place
    assert "Ton-Prüfung" in seen or any(t.startswith("Ton-Prüfung (") for t in seen)
    assert _untranslated(seen) == [], _untranslated(seen)
    # the German wrap-up's longer words fit the default window: it is not widened
    assert ui.window.last_wrapup_width == DEFAULT_SIZE[0]


def test_without_a_translation_the_interface_stays_english(ui, qtbot, quick_tone) -> None:  # noqa: ANN001
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
    """A language follows the desktop only once its translation is complete (else it is
    used only when chosen, by setting or CANDOR_LANG). German is complete: no source text
    in the .ts is unfinished, and a German desktop gets German."""
    from PySide6.QtCore import QLocale

    from ui import i18n

    monkeypatch.delenv(i18n.ENV, raising=False)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    tree = ET.parse(resource_path("translations", "candor_de.ts"))
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []
    assert "de" in i18n.COMPLETE
    assert i18n.LANGUAGES["de"] == "Deutsch"
    assert i18n.choose_language("") == "de"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    assert i18n.choose_language("") == "en"  # no French: English
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
