"""Reusable widgets: reaction palette and strip, note line, text form, debouncer."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QPointF, Qt

from domain.model import REACTION_PALETTE, NoteKind, Reaction, ReactionKind
from ui import autosave
from ui.autosave import Debouncer
from ui.widgets.note_line import NoteLine
from ui.widgets.reaction_palette import ReactionPalette
from ui.widgets.reaction_strip import ReactionStrip
from ui.widgets.text_form import TextFieldsForm

AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_palette_is_one_button_per_reaction_in_order(qtbot):
    palette = ReactionPalette()
    qtbot.addWidget(palette)
    assert [b.kind for b in palette.buttons] == list(REACTION_PALETTE)
    assert palette.buttons[4].text() == "Frustrated\nAlt+5"
    assert palette.buttons[4].property("valence") == "negative"
    with qtbot.waitSignal(palette.reactionChosen) as signal:
        qtbot.mouseClick(palette.buttons[7], Qt.MouseButton.LeftButton)
    assert signal.args == [ReactionKind.APPRECIATIVE]


def test_strip_places_reactions_by_time_and_score(qtbot):
    strip = ReactionStrip()
    qtbot.addWidget(strip)
    strip.resize(400, 64)
    strip.set_elapsed(600_000)
    strip.set_reactions(
        [
            Reaction(1, ReactionKind.ANGRY, AT, 0),
            Reaction(1, ReactionKind.APPRECIATIVE, AT, 600_000),
        ]
    )
    angry, pleased = (strip._point(r) for r in strip.reactions())
    assert angry.x() < pleased.x() and angry.y() > pleased.y()  # later is right, happier is up
    assert strip._tooltip_at(QPointF(pleased.x(), 10)) == "Appreciative at 10:00"
    assert strip._tooltip_at(QPointF((angry.x() + pleased.x()) / 2, 10)) == ""
    strip.grab()  # paints without error, empty or not


def test_note_line_kinds_and_text(qtbot):
    line = NoteLine()
    qtbot.addWidget(line)
    assert line.kind() is NoteKind.NOTE
    line.set_kind(NoteKind.DECISION)
    assert line.kind_combo.currentText() == "Decision"
    line.set_text("a\nb")
    assert line.text() == "a\nb"
    with qtbot.waitSignal(line.submitted):
        qtbot.mouseClick(line.add_button, Qt.MouseButton.LeftButton)


def test_text_form_values_roundtrip_without_edit_signal(qtbot):
    form = TextFieldsForm([("a", "First"), ("b", "Second")], "x", columns=2)
    qtbot.addWidget(form)
    assert [e.objectName() for e in form.editors.values()] == ["x_a", "x_b"]
    with qtbot.assertNotEmitted(form.edited):
        form.set_values({"a": "one", "b": "two"})
    assert form.values() == {"a": "one", "b": "two"}
    form.set_read_only(True)
    assert all(e.isReadOnly() for e in form.editors.values())


def test_debouncer_saves_once_after_the_last_poke_or_at_flush(qtbot, monkeypatch):
    monkeypatch.setattr(autosave, "DELAY_MS", 30)
    saves: list[int] = []
    debouncer = Debouncer(lambda: saves.append(1))
    for _ in range(5):
        debouncer.poke()
    qtbot.waitUntil(lambda: saves == [1])
    debouncer.mark()
    qtbot.wait(60)
    assert saves == [1]  # marked: only a flush saves it
    debouncer.flush()
    debouncer.flush()
    assert saves == [1, 1]
