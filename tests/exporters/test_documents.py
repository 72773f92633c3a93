"""write_document: the one compose-and-write path of the window and the command line."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import docx
import pytest
from icalendar import Calendar

from domain.playbooks import PlaybookLibrary
from exporters.documents import FORMATS, LETTER, RECORD, REMINDERS, write_document
from tests.exporters.sample_call import PRIVATE_MARKERS, profile, sample_call

LIB = PlaybookLibrary(user_dir=None)
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763"
    "f8cfc0000003010100c9fe92ef0000000049454e44ae426082"
)


def write(kind: str, fmt: str, target: Path, chart: bytes | None = None) -> Path:
    call = sample_call()
    playbook = LIB.get(call.scenario)
    return write_document(kind, fmt, call, playbook, profile(), target, chart)


def text_of(path: Path) -> str:
    if path.suffix == ".docx":
        document = docx.Document(str(path))
        parts = [p.text for p in document.paragraphs]
        parts += [c.text for t in document.tables for r in t.rows for c in r.cells]
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("kind", "fmt"), [(k, f) for k, fs in FORMATS.items() for f in fs])
def test_every_kind_and_format(tmp_path: Path, kind: str, fmt: str) -> None:
    target = tmp_path / f"out.{fmt}"
    assert write(kind, fmt, target) == target and target.stat().st_size > 0
    mode = stat.S_IMODE(target.stat().st_mode)
    if kind == RECORD:
        assert mode == 0o600  # notes and reactions: readable by the user alone
        assert "Warehouse app release" in text_of(target)
    elif kind == LETTER:
        text = text_of(target)
        assert "Brightline Studio" in text  # signed from the profile
        assert not any(marker in text for marker in PRIVATE_MARKERS)
    else:
        events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
        assert len(events) == 3


def test_the_chart_goes_into_the_word_record_only(tmp_path: Path) -> None:
    with_chart = write(RECORD, "docx", tmp_path / "r.docx", PNG)
    without = write(RECORD, "docx", tmp_path / "plain.docx")
    with zipfile.ZipFile(with_chart) as z:
        assert any(n.startswith("word/media/") for n in z.namelist())
    with zipfile.ZipFile(without) as z:
        assert not any(n.startswith("word/media/") for n in z.namelist())
    letter = write(LETTER, "docx", tmp_path / "l.docx", PNG)
    with zipfile.ZipFile(letter) as z:
        assert not any(n.startswith("word/media/") for n in z.namelist())


@pytest.mark.parametrize(
    ("kind", "fmt"), [(LETTER, "ics"), (RECORD, "ics"), (REMINDERS, "docx"), ("memo", "md")]
)
def test_kinds_and_formats_that_do_not_go_together(tmp_path: Path, kind: str, fmt: str) -> None:
    with pytest.raises(ValueError, match="there is no"):
        write(kind, fmt, tmp_path / "x")
    assert list(tmp_path.iterdir()) == []
