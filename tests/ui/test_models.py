"""Item models: the checklist asks before it ticks; notes, steps and calls display."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt

from domain.model import CallStatus, CallSummary, NextStep, Note, NoteKind, StepStatus
from domain.playbooks import PlaybookLibrary
from ui.models.next_steps import NextStepsModel
from ui.models.notes import NotesModel
from ui.pages.home.model import CALL_ID_ROLE, CallSummaryModel
from ui.pages.live.model import ChecklistModel

AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
CHECK = Qt.ItemDataRole.CheckStateRole


def test_checklist_requests_ticks_instead_of_taking_them(qtbot):
    model = ChecklistModel()
    model.load(PlaybookLibrary().get("outage"), {"facts.status": 125_000})
    assert model.is_ticked("facts.status") and model.minute_text("facts.status") == "min 2"
    item = model.item_ids()[1]
    with qtbot.waitSignal(model.tickRequested) as signal:
        accepted = model.setData(model.item_index(item), Qt.CheckState.Checked.value, CHECK)
    assert signal.args == [item, True] and not accepted
    assert not model.is_ticked(item)
    model.apply_tick(item, True, 61_000)
    assert model.is_ticked(item) and model.minute_text(item) == "min 1"
    assert model.index(0, 0).data().startswith("Facts  2/")


def test_sections_are_not_checkable(qtbot):
    model = ChecklistModel()
    model.load(PlaybookLibrary().get("generic"), {})
    head = model.index(0, 0)
    assert not model.flags(head) & Qt.ItemFlag.ItemIsUserCheckable
    with qtbot.assertNotEmitted(model.tickRequested):
        model.setData(head, Qt.CheckState.Checked.value, CHECK)


def test_notes_model_shows_offset_kind_text():
    model = NotesModel()
    model.append(Note(1, NoteKind.QUOTE, "We lose a day", AT, 754_000))
    assert model.rowCount() == 1
    assert model.index(0).data() == "12:34  Client quote: We lose a day"
    assert model.index(0).data(Qt.ItemDataRole.DecorationRole) is not None


def test_next_steps_model_columns_and_done_request(qtbot):
    model = NextStepsModel()
    model.set_steps(
        [
            NextStep(1, "Send plan", "us", date(2030, 1, 2), id=7),
            NextStep(1, "Sign off", "client", None, StepStatus.DONE, id=8),
        ]
    )
    row = [model.index(0, c).data() for c in range(4)]
    assert row == ["Send plan", "Us", "2 Jan 2030", "Open"]
    assert model.index(1, 2).data() == "no date"
    assert model.index(1, 0).data(CHECK) == Qt.CheckState.Checked
    with qtbot.waitSignal(model.statusRequested) as signal:
        model.setData(model.index(0, 0), Qt.CheckState.Checked.value, CHECK)
    assert signal.args == [7, True]
    model.remove(7)
    assert model.rowCount() == 1


def test_call_summary_model():
    model = CallSummaryModel()
    model.set_calls(
        [CallSummary(3, "Acme", "Late", "delivery_delay", CallStatus.ENDED, AT, AT, AT, 2, None)]
    )
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[1:] == ["Acme", "Late", "Delivery delay", "Ended", "2"]
    assert model.index(0, 0).data(CALL_ID_ROLE) == 3
