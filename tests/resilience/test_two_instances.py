"""Two instances on one database at once: both work, nothing is lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from domain.model import Call, Client
from storage.store import Store

CHILD = Path(__file__).with_name("two_writers_child.py")
COUNT = 300


def test_two_processes_writing_at_once_lose_nothing(db_path):
    with Store(db_path) as store:
        call_id = store.calls.create(Call(client=Client("Acme"), title="Shared")).id
    children = [
        subprocess.Popen(
            [sys.executable, str(CHILD), str(db_path), str(call_id), tag, str(COUNT)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("first", "second")
    ]
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        assert out.strip() == "done"
    with Store(db_path) as store:
        assert store.check() == []
        texts = {n.text for n in store.calls.get(call_id).notes}
        assert len(store.search.search("second")) > 0
    expected = {f"{tag} {i}" for tag in ("first", "second") for i in range(COUNT)}
    assert texts == expected
