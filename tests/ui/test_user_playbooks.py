"""A user's playbook copy with a typo never stops the window: Ctrl+N, the live call, the
wrap-up and the export run on the shipped playbook, and the problem is listed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from domain.model import ReactionKind
from domain.playbooks import SCENARIOS
from storage.paths import user_playbook_dir
from tests.ui.conftest import press
from ui.shell.export_jobs import RECORD
from ui.shell.pages import Page


def test_broken_user_playbooks_fall_back(open_ui, qtbot, store, db_path, tmp_path, monkeypatch):
    folder = user_playbook_dir(db_path)
    folder.mkdir()
    for scenario in SCENARIOS:  # every scenario broken: whichever the form starts with
        (folder / f"{scenario}.toml").write_text(f'id = "{scenario}"\nname = "Typo\n')
    ui = open_ui()
    controller = ui.controller
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert ui.window.current_page() == "prepare"
    problems = controller.ctx.playbooks.problems
    assert len(problems) == len(SCENARIOS)
    assert all(", line 2, column " in p and str(folder) in p for p in problems)

    prepare = controller.page(Page.PREPARE).view
    prepare.set_header("Typo Ltd", "The server is down")  # typed
    prepare.clientTyped.emit()
    prepare.subjectTyped.emit()
    controller.page(Page.PREPARE).start_call()
    live = controller.page(Page.LIVE)
    assert ui.window.current_page() == "live"
    live.add_reaction(ReactionKind.CONCERNED)
    live.end_call()
    assert ui.window.current_page() == "wrapup"
    assert controller.page(Page.WRAPUP).view.coverage_text().startswith("Covered 0 of ")

    call_id = store.calls.summaries()[0].id
    target = tmp_path / "record.docx"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: True)
    written: list[str] = []
    controller.export.exported.connect(lambda kind, path: written.append(path))
    controller.export.run_export(RECORD, call_id)
    qtbot.waitUntil(lambda: bool(written), timeout=10000)
    assert Path(written[0]) == target and target.stat().st_size > 0
