"""Damage inside the file: a truncated file is refused at once; bytes flipped inside
a page open but are found by the quick check the window runs in the background."""

from __future__ import annotations

import pytest

from domain.model import Call, Client, Note, NoteKind, utc_now
from storage.errors import StorageError
from storage.store import Store


@pytest.fixture
def filled(db_path):
    with Store(db_path) as store:
        call = store.calls.create(Call(client=Client("Acme"), title="Many notes"))
        for i in range(1500):
            store.entries.add_note(Note(call.id, NoteKind.NOTE, f"note {i} " * 6, utc_now()))
        pages = [
            row[0]
            for row in store.db.execute(
                "SELECT pageno FROM dbstat WHERE name = 'notes' AND pagetype = 'leaf'"
            )
        ]
        page_size = store.db.execute("PRAGMA page_size").fetchone()[0]
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every page in the main file
    assert max(pages) * page_size <= db_path.stat().st_size
    return db_path, pages, page_size


def test_truncated_file_is_refused_and_left_alone(filled):
    path, _pages, _size = filled
    cut = path.read_bytes()[: path.stat().st_size // 2]
    path.write_bytes(cut)
    with pytest.raises(StorageError) as refused:
        Store(path)
    assert "\n" not in str(refused.value)
    assert path.read_bytes() == cut


def test_flipped_bytes_in_a_page_are_found_by_the_quick_check(filled):
    path, pages, size = filled
    data = bytearray(path.read_bytes())
    start = (pages[len(pages) // 2] - 1) * size
    assert data[start] == 0x0D  # a table leaf page, whose cell pointers follow its header
    data[start + 8 : start + 40] = b"\xff" * 32
    path.write_bytes(bytes(data))
    with Store(path) as store:
        problems = store.quick_problems()
    assert problems and all("\n" not in line for line in problems)


def test_a_sound_file_passes_the_quick_check(filled):
    path, _pages, _size = filled
    with Store(path) as store:
        assert store.quick_problems() == []
