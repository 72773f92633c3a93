"""Tone review in the wrap-up: findings listed, highlighted in their field, a click puts
the cursor there, and they clear once the text is fixed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor

from domain.model import Call, Client, FollowUp, Profile
from domain.playbooks import PlaybookLibrary
from domain.tone import Rule
from domain.tone_letter import field_segments, locate
from tests.ui.test_export import open_wrapup, sample_call
from ui.pages.wrapup import tone as tone_module
from ui.pages.wrapup import tone_review
from ui.pages.wrapup.tone import qt_position
from ui.pages.wrapup.tone_review import review_follow_up
from ui.palette import current
from ui.shell.pages import Page
from ui.widgets.tone_panel import ToneItem, TonePanel

HEDGE = "We will try to fix it asap."
HEDGING = Rule.HEDGING.label


@pytest.fixture
def quick(monkeypatch):  # noqa: ANN001
    monkeypatch.setattr(tone_module, "DELAY_MS", 20)


def tone_of(ui):
    tone = ui.page(Page.WRAPUP).tone
    assert tone is not None
    return tone


def wait_review(qtbot, tone, predicate):  # noqa: ANN001
    qtbot.waitUntil(lambda: not tone.busy and predicate())


def hedging(tone) -> list[ToneItem]:
    return [i for i in tone.items if i.label == HEDGING]


def test_hedge_is_flagged_highlighted_and_cleared(ui, qtbot, store, quick):
    open_wrapup(ui, sample_call(store), "")
    tone = tone_of(ui)
    editor = ui.page(Page.WRAPUP).view.fields.editors["what_we_do"]
    editor.setFocus()
    qtbot.keyClicks(editor, HEDGE)
    wait_review(qtbot, tone, lambda: bool(hedging(tone)))
    assert {i.excerpt for i in hedging(tone)} == {"We will try", "asap"}
    [item] = [i for i in hedging(tone) if i.excerpt == "asap"]
    assert item.field == "what_we_do"
    assert HEDGE[item.start : item.end] == "asap"
    headings = tone.panel.headings()
    assert any(h.startswith(f"{HEDGING}: “asap”") for h in headings)
    body = tone.panel.model.item(headings.index(f"{HEDGING}: “asap”")).child(0).text()
    assert f"Try: {item.suggestion}" in body and "In “What we are doing”." in body
    [selection] = [s for s in editor.extraSelections() if s.cursor.selectedText() == "asap"]
    assert selection.format.background().color() == QColor(current().tone_bg)
    tabs = ui.page(Page.WRAPUP).view.side_tabs
    assert tabs.tabText(tone.tab).startswith("Tone review (")

    # a click on the finding puts the cursor on it, in its field
    other = ui.page(Page.WRAPUP).view.fields.editors["amends"]
    other.setFocus()
    tabs.setCurrentIndex(tone.tab)
    row = headings.index(f"{HEDGING}: “asap”")
    rect = tone.panel.list.visualRect(tone.panel.model.index(row, 0))
    qtbot.mouseClick(tone.panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.hasFocus() and editor.textCursor().position() == HEDGE.index("asap")

    # fixed: the finding and its highlight go
    editor.selectAll()
    qtbot.keyClicks(editor, "We fix it by Friday 28 November.")
    wait_review(qtbot, tone, lambda: not hedging(tone))
    assert not any(s.cursor.selectedText() == "asap" for s in editor.extraSelections())
    assert not any(i.field == "what_we_do" for i in tone.items)


def test_findings_outside_the_fields_are_listed_without_a_place(ui, qtbot, store, quick):
    open_wrapup(ui, sample_call(store), "")
    tone = tone_of(ui)
    wait_review(qtbot, tone, lambda: bool(tone.items))
    step = [i for i in tone.items if "Confirm the invoice years" in i.excerpt]
    assert step and step[0].field is None and step[0].where == "the next steps"
    before = ui.page(Page.WRAPUP).view.fields.editors["what_happened"].textCursor().position()
    tone.jump(tone.items.index(step[0]))  # nothing to jump to; nothing breaks
    assert ui.page(Page.WRAPUP).view.fields.editors["what_happened"].textCursor().position() == (
        before
    )


def test_export_is_not_held_back_by_findings(ui, qtbot, store, quick):
    open_wrapup(ui, sample_call(store), HEDGE)
    tone = tone_of(ui)
    wait_review(qtbot, tone, lambda: bool(hedging(tone)))
    assert ui.window.actions_by_name["actionExportLetter"].isEnabled()
    assert ui.page(Page.WRAPUP).view.export_button.isEnabled()


def test_emoji_before_a_finding_still_highlights_the_right_words(ui, qtbot, store, quick):
    open_wrapup(ui, sample_call(store), "")
    tone = tone_of(ui)
    editor = ui.page(Page.WRAPUP).view.fields.editors["what_we_do"]
    editor.setPlainText("Sorry 😞 about this. " + HEDGE)
    wait_review(qtbot, tone, lambda: bool(hedging(tone)))
    assert any(s.cursor.selectedText() == "asap" for s in editor.extraSelections())
    assert qt_position("😞a", 1) == 2 and qt_position("ab", 1) == 1


def test_read_only_wrapup_is_reviewed_too(ui, qtbot, store, quick):
    call_id = sample_call(store)
    store.calls.update_follow_up(call_id, FollowUp(what_we_do=HEDGE), None)
    ui.page(Page.WRAPUP).open(store.calls.get(call_id), read_only=True)
    tone = tone_of(ui)
    wait_review(qtbot, tone, lambda: bool(hedging(tone)))


def test_a_huge_paste_is_reviewed_in_part(ui, qtbot, store, quick):
    open_wrapup(ui, sample_call(store), "")
    tone = tone_of(ui)
    editor = ui.page(Page.WRAPUP).view.fields.editors["what_happened"]
    editor.setPlainText(HEDGE + " " + "The vendor's fault, asap. " * 20000)
    wait_review(qtbot, tone, lambda: "Only the first" in tone.panel.summary.text())
    assert len(tone.items) <= tone_review.MAX_ITEMS


def test_segments_map_letter_spans_back_to_fields():
    from domain.compose import compose_letter, render_plain

    playbook = PlaybookLibrary().get("delivery_delay")
    follow_up = FollowUp(
        what_happened="First paragraph.\n\nWe will try to fix it asap.",
        next_update="Friday asap",
    )
    call = Call(client=Client("N"), title="t", scenario="delivery_delay", follow_up=follow_up)
    letter = compose_letter(call, playbook, Profile())
    text = render_plain(letter).text
    segments = field_segments(letter, text, vars(follow_up))
    asap = text.index("asap")
    happened = follow_up.what_happened
    assert locate(asap, asap + 4, segments) == (
        "what_happened",
        happened.index("asap"),
        happened.index("asap") + 4,
    )
    result = review_follow_up(call, playbook, Profile())
    places = {(i.field, i.start, i.end) for i in result.items if i.label == HEDGING}
    assert ("what_happened", happened.index("asap"), happened.index("asap") + 4) in places
    assert ("next_update", 7, 11) in places  # the phrase sits inside the playbook's sentence


def test_panel_lists_whole_letter_findings_first(qtbot):
    panel = TonePanel()
    qtbot.addWidget(panel)
    items = [
        ToneItem(HEDGING, "asap", "Vague.", "Give a date.", "What we are doing", "what_we_do"),
        ToneItem("No apology", "", "The draft never apologizes.", "Apologize once."),
    ]
    panel.set_items(items)
    assert panel.headings() == ["No apology", f"{HEDGING}: “asap”"]
    assert panel.summary.text().startswith("2 things to look at.")
    seen: list[int] = []
    panel.activated.connect(seen.append)
    panel.list.activated.emit(panel.model.index(1, 0))
    assert seen == [0]
    panel.set_items([])
    assert "Nothing to flag" in panel.summary.text()
    long = ToneItem("Promise without owner or date", "word " * 60, "w", "s")
    assert long.heading() == "Promise without owner or date"
    assert long.detail().startswith("“word word") and long.detail().split("\n")[0].endswith("…”")


def test_cursor_tracks_edits_before_the_next_review(ui, qtbot, store, quick):
    open_wrapup(ui, sample_call(store), "")
    tone = tone_of(ui)
    editor = ui.page(Page.WRAPUP).view.fields.editors["what_we_do"]
    editor.setPlainText(HEDGE)
    wait_review(qtbot, tone, lambda: bool(hedging(tone)))
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    editor.setTextCursor(cursor)
    editor.blockSignals(True)  # an edit the review has not seen yet
    editor.insertPlainText("OK. ")
    editor.blockSignals(False)
    asap = next(i for i in hedging(tone) if i.excerpt == "asap")
    tone.jump(tone.items.index(asap))
    assert editor.textCursor().position() == len("OK. ") + HEDGE.index("asap")


def test_a_letter_in_another_language_says_the_review_reads_english_only(ui, qtbot, store, quick):
    call_id = sample_call(store)
    open_wrapup(ui, call_id, "")
    tone = tone_of(ui)
    view = ui.page(Page.WRAPUP).view
    view.fields.set_values({"what_we_do": HEDGE})
    view.edited.emit()
    wait_review(qtbot, tone, lambda: bool(hedging(tone)))
    view.language_combo.setCurrentIndex(view.language_combo.findData("de"))
    view.languageChosen.emit()
    wait_review(qtbot, tone, lambda: not tone.items)
    assert (
        tone.result.notice == "The tone review checks English text only; this letter is in Deutsch."
    )
    assert tone.panel.summary.text().endswith(tone.result.notice)
    assert store.calls.get(call_id).language == "de"
