"""The UI thread never waits for the disk: a slow commit (300 ms here, as on a busy disk)
leaves the event loop responsive, the note line free at once, and loses nothing."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from storage.entries import EntryRepository
from tests.ui.conftest import committed
from ui.shell.pages import Page

SLOW_S = 0.3


BEATS: list[float] = []  # the heartbeat's ticks, seen from the writer's thread


@pytest.fixture
def slow_commits(monkeypatch):  # noqa: ANN001, ANN201
    """Every note commit takes 300 ms more; returns, per commit, how many times the UI
    thread's heartbeat ticked meanwhile (0 would mean the UI thread waited for it)."""
    original = EntryRepository.add_note
    beats_during: list[int] = []

    def slow(self, note, **kwargs):  # noqa: ANN001, ANN202
        before = len(BEATS)
        time.sleep(SLOW_S)
        beats_during.append(len(BEATS) - before)
        return original(self, note, **kwargs)

    monkeypatch.setattr(EntryRepository, "add_note", slow)
    return beats_during


def heartbeat() -> tuple[QTimer, list[float]]:
    """Gaps between the ticks of a 10 ms timer: a blocked UI thread shows as a long gap."""
    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        BEATS.append(now)
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(beat)
    timer.start()
    return timer, gaps


def name_the_call(view, client: str, subject: str) -> None:  # noqa: ANN001
    """The client and subject typed on the prepare page."""
    view.set_header(client, subject)
    view.clientTyped.emit()
    view.subjectTyped.emit()


def test_slow_commits_keep_the_window_responsive_and_lose_nothing(
    ui, qtbot, store, slow_commits, answers
):
    ui.controller.new_call()
    prepare = ui.page(Page.PREPARE)
    name_the_call(prepare.view, "Northwind", "Late pallets")
    prepare.start_call()
    live = ui.page(Page.LIVE)
    live.view.focus_note_line()
    line = QApplication.focusWidget()  # keys straight in: press() would wait for commits
    assert live.view.note_line_focused()
    timer, gaps = heartbeat()
    started = time.perf_counter()
    texts = ["first they asked why", "then when", "and who pays"]
    for text in texts:
        qtbot.keyClicks(line, text)
        qtbot.keyClick(line, Qt.Key.Key_Return)
        assert live.view.note_text() == ""  # free for the next note at once
    typed_in = time.perf_counter() - started
    assert typed_in < SLOW_S * len(texts)  # the typing did not wait for the commits
    assert live.notes.rowCount() < len(texts)  # shown only once committed
    committed(qtbot, ui)
    QApplication.processEvents()
    timer.stop()
    # The UI thread kept running while each commit was under way (a timing-free check;
    # the longest stall itself is measured by make bench: bench/live_bench.py).
    assert len(slow_commits) == len(texts) and all(n > 0 for n in slow_commits), slow_commits
    stored = [n.text for n in store.calls.get(live.call_id).notes]
    assert stored == texts
    assert live.notes.rowCount() == len(texts)
    assert store.drafts.get(live.call_id) == ""


def test_ending_the_call_waits_for_the_notes_still_being_committed(
    ui, qtbot, store, slow_commits, answers
):
    ui.controller.new_call()
    prepare = ui.page(Page.PREPARE)
    name_the_call(prepare.view, "Contoso", "Budget")
    prepare.start_call()
    live = ui.page(Page.LIVE)
    call_id = live.call_id
    live.view.focus_note_line()
    line = QApplication.focusWidget()  # keys straight in: press() would wait for commits
    qtbot.keyClicks(line, "they accept the new date")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    live.end_call()
    assert ui.window.current_page() == "wrapup"
    assert [n.text for n in store.calls.get(call_id).notes] == ["they accept the new date"]
