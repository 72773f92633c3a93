"""Search, open, edit, re-export, as one flow from the keyboard: a past call found by a
word in its notes, a follow-up field changed on its detail page, and Ctrl+E pressed at
once (before the one-second autosave), so the letter must carry the new text; and, being
for the client, none of the notes."""

from __future__ import annotations

import gc
from pathlib import Path

import docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from domain.model import Profile
from tests.ui.conftest import press, type_text
from tests.ui.review.conftest import add_call, add_note
from ui.shell.pages import Page

CTRL = Qt.KeyboardModifier.ControlModifier
NOTE_WORD = "zeppelinbudget"  # in a note only: internal, never in the letter
NEW_TEXT = "We rerun the import with the corrected mapping by Friday quasarfix"


def focus_name() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget else ""


def document_text(path: Path) -> str:
    """Every paragraph of the body, its tables, headers and footers."""
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs]
        parts += [p.text for p in section.footer.paragraphs]
    return "\n".join(parts)


def test_search_open_edit_and_reexport(store, ui_real_delay, qtbot, answers, monkeypatch, tmp_path):
    call_id = add_call(store, "Acme", "Release slips", scenario="delivery_delay")
    add_note(store, call_id, f"They mentioned the {NOTE_WORD} twice")
    add_call(store, "Beta Bank", "Outage on Monday")
    store.settings.save_profile(Profile(name="Dana Whitfield", company="Brightline Data"))
    target = tmp_path / "acme-letter.docx"
    asked_where: list[str] = []

    def save_as(parent, caption, proposed, filters, *args):  # noqa: ANN001, ANN002
        asked_where.append(caption)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    answers.reply = QMessageBox.StandardButton.No  # "Open it now?": No
    ui = ui_real_delay
    export = ui.controller.export

    # Search: Ctrl+F, the word, Enter opens the call's detail page.
    press(qtbot, Qt.Key.Key_F, CTRL)
    panel = ui.controller.search().panel
    type_text(qtbot, NOTE_WORD)
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 1, timeout=5000)
    assert panel.model.hit(0).call_id == call_id
    qtbot.waitUntil(gc.isenabled)  # the search on the worker thread is over
    press(qtbot, Qt.Key.Key_Return)
    assert ui.window.current_page() == "detail"
    detail = ui.page(Page.DETAIL)
    assert detail.call_id == call_id

    # Edit: Tab to "What we are doing" and type; no pause, so nothing is saved yet.
    for _ in range(10):
        if focus_name() == "detail_what_we_do":
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert focus_name() == "detail_what_we_do"
    type_text(qtbot, NEW_TEXT)
    assert detail.saver.pending
    assert store.calls.get(call_id).follow_up.what_we_do == ""

    # Re-export at once: Ctrl+E saves the edit, asks where, writes off the UI thread.
    with qtbot.waitSignal(export.exported, timeout=10_000) as written:
        press(qtbot, Qt.Key.Key_E, CTRL)
    assert written.args == ["letter", str(target)]
    assert asked_where == ["Export the follow-up letter"]
    qtbot.waitUntil(lambda: len(answers.asked) == 1)
    assert "Open it now?" in answers.asked[0]
    assert store.calls.get(call_id).follow_up.what_we_do == NEW_TEXT

    text = document_text(target)
    assert NEW_TEXT in text
    assert NOTE_WORD not in text
    assert ui.window.current_page() == "detail" and focus_name() == "detail_what_we_do"
