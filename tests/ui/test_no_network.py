"""Candor never touches the network: a whole call, its exports and a search work with
every way of opening a socket made to fail. Private files are created 0600."""

from __future__ import annotations

import os
import socket
import stat

import pytest
from docx import Document

import cli
from domain.model import ReactionKind
from storage import backup
from ui.shell.pages import Page


class NetworkUsed(AssertionError):
    pass


def _refuse(*args, **kwargs):  # noqa: ANN002, ANN003
    raise NetworkUsed(f"network access attempted: {args!r}")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):  # noqa: ANN002, ANN003
            _refuse(*args)

    monkeypatch.setattr(socket, "socket", NoSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, _refuse)


def mode(path) -> int:  # noqa: ANN001
    return stat.S_IMODE(os.stat(path).st_mode)


def test_call_export_and_search_without_network(no_network, ui, qtbot, db_path, tmp_path):
    with pytest.raises(NetworkUsed):  # the guard is really in place
        socket.create_connection(("example.com", 443))
    controller = ui.controller
    controller.new_call()
    prepare = controller.page(Page.PREPARE).view
    prepare.set_header("Offline Ltd", "Server room flooded")  # typed
    prepare.clientTyped.emit()
    prepare.subjectTyped.emit()
    controller.page(Page.PREPARE).start_call()
    live = controller.page(Page.LIVE)
    live.view.set_note_text("Quarantined zebrafish notebook")
    live.add_note()
    live.add_reaction(ReactionKind.CONCERNED)
    live.end_call()
    call_id = ui.store.calls.summaries()[0].id
    qtbot.waitUntil(lambda: bool(backup.list_backups(ui.store.backup_dir)), timeout=5000)

    letter, record = tmp_path / "letter.docx", tmp_path / "record.docx"
    args = ["--db", str(db_path), "export", str(call_id)]
    assert cli.main([*args, "-o", str(letter)]) == 0
    assert cli.main([*args, "--internal", "-o", str(record)]) == 0
    assert "zebrafish" not in "\n".join(p.text for p in Document(letter).paragraphs)
    record_text = "\n".join(
        c.text for t in Document(record).tables for r in t.rows for c in r.cells
    )
    assert "zebrafish" in record_text
    assert [hit.call_id for hit in ui.store.search.search("zebrafish")] == [call_id]

    assert mode(db_path) == 0o600
    assert all(mode(p) == 0o600 for p in backup.list_backups(ui.store.backup_dir))
    assert mode(record) == 0o600
