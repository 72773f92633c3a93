"""Answering the tone review: "Ignore this word" (for this client or everywhere) and
"This is fine", stored at once, undone by Undo or Ctrl+Z, kept across a restart, and
listed (and removable) in Profile and settings."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from domain.model import Note, NoteKind, utc_now
from domain.tone import Rule
from domain.tone_choices import EVERYWHERE, AllowedWord
from storage.store import Store
from tests.ui.conftest import close_window, open_window, press
from tests.ui.test_export import open_wrapup, sample_call
from tests.ui.test_profile import open_dialog
from ui.pages.wrapup import tone as tone_module
from ui.shell.pages import Page
from ui.widgets.tone_panel import INDEX_ROLE, ToneItem, TonePanel

SKU_LINE = "We will update the SKU mapping by Friday 5 December."
HEDGED = f"{SKU_LINE} We will try to fix it asap."
CLIENT = "Northwind Traders"  # sample_call's client
TITLE = "Data migration slips two weeks"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def quick(monkeypatch):  # noqa: ANN001
    monkeypatch.setattr(tone_module, "DELAY_MS", 20)


def reviewed(ui, qtbot, store, text: str, call_id: int | None = None):  # noqa: ANN001
    """The wrap-up of sample_call with `text` in "What we are doing", reviewed."""
    call_id = call_id if call_id is not None else sample_call(store)
    open_wrapup(ui, call_id, "")
    tone = ui.page(Page.WRAPUP).tone
    view = ui.page(Page.WRAPUP).view
    view.set_follow_up(replace(view.follow_up(), what_we_do=text), view.check_in_day())
    view.edited.emit()  # typed
    settle(qtbot, tone)
    view.show_side_panel(tone.tab)
    return tone


def settle(qtbot, tone) -> None:  # noqa: ANN001
    """Wait for the review that an edit or a choice set off to be shown."""
    qtbot.waitUntil(lambda: tone.result is not None and not tone.busy)


def excerpts(tone) -> list[str]:  # noqa: ANN001
    return [i.excerpt for i in tone.items]


def position(tone, excerpt: str) -> int:  # noqa: ANN001
    return next(i for i, item in enumerate(tone.items) if item.excerpt == excerpt)


def click_finding(qtbot, tone, excerpt: str) -> None:  # noqa: ANN001
    """A click on the finding's heading, as a user would pick it."""
    panel = tone.panel
    target = position(tone, excerpt)
    row = next(
        r for r in range(panel.model.rowCount()) if panel.model.item(r).data(INDEX_ROLE) == target
    )
    rect = panel.list.visualRect(panel.model.index(row, 0))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.current() == target


def test_ignore_the_word_for_this_client_then_undo(ui, qtbot, store, quick):
    call_id = sample_call(store)
    client_id = store.calls.get(call_id).client.id
    tone = reviewed(ui, qtbot, store, HEDGED, call_id)
    panel = tone.panel
    assert "SKU" in excerpts(tone)
    [sku] = [i for i in tone.items if i.excerpt == "SKU"]
    assert sku.label == Rule.JARGON.label and sku.allow == "sku"

    # a finding that is not jargon: "This is fine" only
    click_finding(qtbot, tone, "asap")
    assert panel.fine_button.isEnabled()
    assert not panel.client_button.isEnabled() and not panel.everywhere_button.isEnabled()
    click_finding(qtbot, tone, "SKU")
    assert panel.client_button.isEnabled() and panel.everywhere_button.isEnabled()
    assert panel.client_action.text() == f"Ignore “SKU” for {CLIENT}"

    qtbot.mouseClick(panel.client_button, Qt.MouseButton.LeftButton)
    assert store.tone.allowed_words(client_id) == {"sku"}
    assert store.tone.list_words() == [AllowedWord("sku", client_id, CLIENT)]
    assert "SKU" not in excerpts(tone)  # at once
    assert panel.summary.text().startswith(f"'SKU' will not be flagged for {CLIENT}.")
    assert panel.undo_button.isVisible()
    settle(qtbot, tone)
    assert "SKU" not in excerpts(tone) and "asap" in excerpts(tone)  # the review agrees
    assert store.tone.allowed_words(None) == set()  # not everywhere

    # Ctrl+Z in the findings list takes it back
    panel.list.setFocus()
    qtbot.waitUntil(panel.list.hasFocus)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert store.tone.list_words() == []
    qtbot.waitUntil(lambda: not tone.busy and "SKU" in excerpts(tone))
    assert panel.summary.text().startswith("Undone: 'SKU' is flagged again.")
    assert not panel.undo_button.isVisible()


def test_ignore_everywhere_from_the_context_menu_and_the_undo_button(ui, qtbot, store, quick):
    tone = reviewed(ui, qtbot, store, HEDGED)
    panel = tone.panel
    assert panel.list.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert panel.everywhere_action in panel.list.actions()
    panel.select(position(tone, "SKU"))
    panel.everywhere_action.trigger()
    assert store.tone.list_words() == [AllowedWord("sku", None, None)]
    assert panel.summary.text().startswith("'SKU' will not be flagged in any letter.")
    settle(qtbot, tone)
    assert "SKU" not in excerpts(tone)
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert store.tone.list_words() == []
    qtbot.waitUntil(lambda: not tone.busy and "SKU" in excerpts(tone))


def test_this_is_fine_survives_a_restart(ui, qtbot, store, db_path, quick):
    call_id = sample_call(store)
    tone = reviewed(ui, qtbot, store, HEDGED, call_id)
    panel = tone.panel
    assert {"asap", "We will try"} <= set(excerpts(tone))
    panel.select(position(tone, "asap"))
    panel.fine_action.trigger()
    assert store.tone.dismissals(call_id) == {(Rule.HEDGING.value, "asap")}
    assert panel.summary.text().startswith("'asap' will not be flagged again in this call.")
    settle(qtbot, tone)
    assert "asap" not in excerpts(tone)
    assert "We will try" in excerpts(tone)  # the same rule, other words: still flagged
    assert "1 finding you marked fine is not listed." in panel.summary.text()
    ui.nav.flush_all()
    close_window(ui)
    store.close()

    with Store(db_path) as again:
        assert again.tone.dismissals(call_id) == {(Rule.HEDGING.value, "asap")}
        reopened = open_window(again, qtbot)
        try:
            reopened.nav.show(Page.WRAPUP, call_id)
            tone = reopened.page(Page.WRAPUP).tone
            settle(qtbot, tone)
            assert reopened.page(Page.WRAPUP).view.follow_up().what_we_do == HEDGED
            assert "asap" not in excerpts(tone) and "We will try" in excerpts(tone)
            assert not tone.panel.undo_button.isVisible()  # nothing to undo after a restart
        finally:
            close_window(reopened)


def test_the_clients_own_words_are_not_jargon(ui, qtbot, store, quick):
    call_id = sample_call(store)
    text = "Which SKU is wrong, and is the failover working?"
    store.entries.add_note(Note(call_id, NoteKind.QUESTION, text, utc_now(), 60000))
    tone = reviewed(ui, qtbot, store, f"{SKU_LINE} The failover works.", call_id)
    assert not [i for i in tone.items if i.rule == Rule.JARGON.value]


def test_a_note_of_ours_does_not_make_a_word_plain(ui, qtbot, store, quick):
    call_id = sample_call(store)
    store.entries.add_note(Note(call_id, NoteKind.FACT, "The SKU table broke", utc_now(), 1))
    tone = reviewed(ui, qtbot, store, SKU_LINE, call_id)
    assert "SKU" in excerpts(tone)


def seeded(store) -> tuple[int, int]:  # noqa: ANN001
    call_id = sample_call(store)
    client_id = store.calls.get(call_id).client.id
    store.tone.add_word("SKU", client_id)
    store.tone.add_word("failover")
    store.tone.dismiss(call_id, Rule.HEDGING.value, "asap")
    return call_id, client_id


def rows(tree) -> list[list[str]]:  # noqa: ANN001
    return [
        [tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
        for r in range(tree.topLevelItemCount())
    ]


def test_profile_lists_the_choices_and_cancel_keeps_them(ui, store):
    call_id, client_id = seeded(store)
    dialog = open_dialog(ui)
    assert dialog.tabs.tabText(1) == "Tone review"
    assert rows(dialog.words) == [["failover", EVERYWHERE], ["sku", CLIENT]]
    assert rows(dialog.dismissals) == [[TITLE, Rule.HEDGING.label, "asap"]]
    dialog.words.setCurrentItem(dialog.words.topLevelItem(1))
    dialog.remove_word_button.click()
    dialog.dismissals.setCurrentItem(dialog.dismissals.topLevelItem(0))
    dialog.remove_dismissal_button.click()
    assert rows(dialog.words) == [["failover", EVERYWHERE]] and rows(dialog.dismissals) == []
    assert not dialog.dismissals_hint.isHidden()  # "None yet" in its place
    assert dialog.words_hint.isHidden()
    assert store.tone.allowed_words(client_id) == {"sku", "failover"}  # nothing yet
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert store.tone.allowed_words(client_id) == {"sku", "failover"}
    assert store.tone.dismissals(call_id) == {(Rule.HEDGING.value, "asap")}
    again = open_dialog(ui)
    assert rows(again.words) == [["failover", EVERYWHERE], ["sku", CLIENT]]
    assert len(rows(again.dismissals)) == 1


def test_profile_removals_apply_on_ok(ui, qtbot, store):
    call_id, client_id = seeded(store)
    dialog = open_dialog(ui)
    dialog.tabs.setCurrentIndex(1)
    dialog.words.setFocus()
    qtbot.waitUntil(dialog.words.hasFocus)
    dialog.words.setCurrentItem(dialog.words.topLevelItem(1))
    press(qtbot, Qt.Key.Key_Delete)  # the keyboard way to Remove
    assert rows(dialog.words) == [["failover", EVERYWHERE]]
    dialog.dismissals.setCurrentItem(dialog.dismissals.topLevelItem(0))
    dialog.remove_dismissal_button.click()
    with qtbot.waitSignal(ui.controller.export.profileSaved):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert store.tone.allowed_words(client_id) == {"failover"}
    assert store.tone.dismissals(call_id) == set()
    again = open_dialog(ui)
    assert again.tabs.currentIndex() == 0  # the profile first, as always
    assert rows(again.words) == [["failover", EVERYWHERE]] and rows(again.dismissals) == []


def test_a_word_removed_in_the_profile_is_flagged_again_in_the_wrapup(ui, qtbot, store, quick):
    call_id, client_id = seeded(store)
    tone = reviewed(ui, qtbot, store, HEDGED, call_id)
    assert "SKU" not in excerpts(tone) and "asap" not in excerpts(tone)
    dialog = open_dialog(ui)
    dialog.remove_selected_words()  # nothing selected, no current row: nothing removed
    assert len(rows(dialog.words)) == 2
    dialog.words.setCurrentItem(dialog.words.topLevelItem(1))
    dialog.remove_selected_words()
    with qtbot.waitSignal(ui.controller.export.profileSaved):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not tone.busy and "SKU" in excerpts(tone))
    assert "asap" not in excerpts(tone)


def test_panel_actions_follow_the_current_finding(qtbot):
    panel = TonePanel()
    qtbot.addWidget(panel)
    panel.set_client("Smith & Sons")
    items = [
        ToneItem("No apology", "", "w", "s", rule="no_apology"),
        ToneItem("Jargon", "R&D", "w", "s", rule="jargon", words="r&d", allow="r&d"),
        ToneItem("Blame", "their fault", "w", "s", rule="blame", words="their fault"),
    ]
    panel.set_items(items)
    asked: list[tuple] = []
    panel.fineRequested.connect(lambda i: asked.append(("fine", i)))
    panel.ignoreRequested.connect(lambda i, mine: asked.append(("ignore", i, mine)))
    panel.undoRequested.connect(lambda: asked.append(("undo",)))
    buttons = (panel.fine_button, panel.client_button, panel.everywhere_button)
    assert [b.isEnabled() for b in buttons] == [False, False, False]  # nothing current
    panel.select(0)  # a whole-letter finding: no words to mark fine
    assert [b.isEnabled() for b in buttons] == [False, False, False]
    panel.select(1)
    assert [b.isEnabled() for b in buttons] == [True, True, True]
    assert panel.client_action.text() == "Ignore “R&&D” for Smith && Sons"  # no mnemonic
    panel.client_button.click()
    panel.everywhere_action.trigger()
    panel.select(2)
    assert [b.isEnabled() for b in buttons] == [True, False, False]
    panel.fine_button.click()
    panel.undo_action.trigger()  # nothing to undo yet: disabled
    panel.set_notice("Done.", can_undo=True)
    panel.undo_button.click()
    assert asked == [("ignore", 1, True), ("ignore", 1, False), ("fine", 2), ("undo",)]
    assert panel.summary.text().startswith("Done. 3 things to look at.")
    for widget in (*buttons, panel.undo_button, panel.list):
        assert widget.objectName() and widget.accessibleName(), widget
    panel.set_items(items[:2])  # the cursor stays on that row, or the last one
    assert panel.current() == 1
