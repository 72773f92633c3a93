"""Word exports read back with python-docx, section by section."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from domain.compose import compose_letter
from domain.model import Contact, ReactionKind
from domain.playbooks import PlaybookLibrary
from domain.record import compose_internal_record
from exporters.atomic import ExportError
from exporters.docx import write_internal_record, write_letter
from tests.exporters.sample_call import PRIVATE_MARKERS, profile, sample_call

LIB = PlaybookLibrary(user_dir=None)
# A valid 1x1 PNG.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763"
    "f8cfc0000003010100c9fe92ef0000000049454e44ae426082"
)


def all_xml(path: Path) -> str:
    """Every part of the package, so a leak in metadata or headers is caught too."""
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())


@pytest.fixture
def letter():
    return compose_letter(sample_call(), LIB.get("delivery_delay"), profile())


@pytest.fixture
def letter_path(tmp_path: Path, letter) -> Path:
    return write_letter(letter, tmp_path / "letter.docx")


def test_every_section_is_a_heading_in_order(letter, letter_path: Path) -> None:
    doc = docx.Document(str(letter_path))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert headings == [s.heading for s in letter.sections]
    subject = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert subject == [letter.subject]


def test_body_follows_the_letter(letter, letter_path: Path) -> None:
    texts = [p.text for p in docx.Document(str(letter_path)).paragraphs]
    assert texts[0] == "20 November 2026"
    assert texts[1] == "Northwind Traders"
    assert "Dear Northwind Traders," in texts
    for section in letter.sections:
        start = texts.index(section.heading)
        for offset, para in enumerate(section.paragraphs, 1):
            assert texts[start + offset] == para
    assert letter.closing in texts


def test_address_block_names_the_contact_above_the_company(tmp_path: Path) -> None:
    call = sample_call()
    call.contact = Contact("Dana Kim", "dana@northwind.example", "Dana")
    letter = compose_letter(call, LIB.get("delivery_delay"), profile())
    path = write_letter(letter, tmp_path / "l.docx")
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert texts[:3] == ["20 November 2026", "Dana Kim", "Northwind Traders"]
    assert "Dear Dana," in texts
    assert "Dear Northwind Traders," not in texts


def test_next_steps_tables(letter_path: Path) -> None:
    tables = docx.Document(str(letter_path)).tables
    assert len(tables) == 2
    rows = [[c.text for c in row.cells] for row in tables[0].rows]
    assert rows == [
        ["What", "Owner", "Due"],
        ["Deliver barcode scanning to the pilot warehouse", "Brightline Studio", "Fri 27 Nov 2026"],
        ["Send the revised release plan", "Sam Okafor", "Done"],
        ["Full release including stock sync", "Brightline Studio", "Fri 11 Dec 2026"],
    ]
    client_rows = [[c.text for c in row.cells] for row in tables[1].rows]
    assert client_rows[1] == [
        "Confirm the pilot warehouse and a contact on site",
        "You",
        "Wed 25 Nov 2026",
    ]
    assert tables[0].style.name in ("Light Grid Accent 1", "Table Grid")


def test_signature_closes_the_letter(letter_path: Path) -> None:
    texts = [p.text for p in docx.Document(str(letter_path)).paragraphs]
    assert texts[-6:] == [
        "Kind regards,",
        "Dana Whitfield",
        "Account Director",
        "Brightline Studio",
        "dana@brightline.example",
        "+44 20 7946 0123",
    ]


def test_header_has_company_and_footer_has_page_field(letter_path: Path) -> None:
    section = docx.Document(str(letter_path)).sections[0]
    assert "Brightline Studio" in "\n".join(p.text for p in section.header.paragraphs)
    footer_xml = section.footer._element.xml
    assert 'w:instr=" PAGE "' in footer_xml and "NUMPAGES" in footer_xml
    assert abs(section.left_margin.cm - 2.5) < 0.01
    assert abs(section.top_margin.cm - 2.5) < 0.01


def test_company_argument_overrides_profile(tmp_path: Path, letter) -> None:
    path = write_letter(letter, tmp_path / "l.docx", company="Other Co")
    header = docx.Document(str(path)).sections[0].header
    assert header.paragraphs[0].text == "Other Co"


def test_metadata_is_ours_not_the_template(letter_path: Path) -> None:
    props = docx.Document(str(letter_path)).core_properties
    assert props.title == "Warehouse app release: new delivery date and plan"
    assert props.author == "Dana Whitfield"
    assert "python-docx" not in (props.comments + props.author + props.last_modified_by)


def test_letter_never_contains_notes_reactions_or_prep(letter_path: Path) -> None:
    xml = all_xml(letter_path)
    for marker in PRIVATE_MARKERS:
        assert marker not in xml
    for kind in ReactionKind:
        assert kind.label not in xml
    assert "Black Friday" not in xml  # the client quote note


def test_letter_file_is_not_private(letter_path: Path) -> None:
    assert stat.S_IMODE(letter_path.stat().st_mode) == 0o644


# --- letterhead -----------------------------------------------------------------------------


def make_letterhead(path: Path) -> Path:
    doc = docx.Document()
    doc.sections[0].header.paragraphs[0].text = "ACME LETTERHEAD HQ"
    doc.sections[0].footer.paragraphs[0].text = "Acme Ltd, 1 High Street"
    doc.add_paragraph("Letterhead body line")
    doc.save(str(path))
    return path


def test_letterhead_is_the_base_document(tmp_path: Path, letter) -> None:
    head = make_letterhead(tmp_path / "head.docx")
    before = head.read_bytes()
    path = write_letter(letter, tmp_path / "out.docx", letterhead=head)
    assert head.read_bytes() == before  # the letterhead itself is never modified
    doc = docx.Document(str(path))
    assert doc.sections[0].header.paragraphs[0].text == "ACME LETTERHEAD HQ"
    assert doc.sections[0].footer.paragraphs[0].text == "Acme Ltd, 1 High Street"
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "Letterhead body line"
    assert texts[1] == "20 November 2026"
    assert "What happened" in texts


def test_letterhead_missing_or_not_docx(tmp_path: Path, letter) -> None:
    with pytest.raises(ExportError, match="not found"):
        write_letter(letter, tmp_path / "a.docx", letterhead=tmp_path / "nope.docx")
    bad = tmp_path / "bad.docx"
    bad.write_text("not a zip")
    with pytest.raises(ExportError, match="not a Word"):
        write_letter(letter, tmp_path / "b.docx", letterhead=bad)
    assert not (tmp_path / "a.docx").exists() and not (tmp_path / "b.docx").exists()


def test_letterhead_without_builtin_styles(tmp_path: Path, letter) -> None:
    """A letterhead made elsewhere may lack Heading/Table styles: still exports."""
    head = make_letterhead(tmp_path / "head.docx")
    doc = docx.Document(str(head))
    styles = doc.styles.element
    for style in list(styles):
        name = style.find(docx.oxml.ns.qn("w:name"))
        if name is not None and name.get(docx.oxml.ns.qn("w:val")) in (
            "heading 1",
            "heading 2",
            "Light Grid Accent 1",
            "Table Grid",
        ):
            styles.remove(style)
    doc.save(str(head))
    path = write_letter(letter, tmp_path / "out.docx", letterhead=head)
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "What we are doing" in texts


# --- internal record ------------------------------------------------------------------------


@pytest.fixture
def record_path(tmp_path: Path) -> Path:
    record = compose_internal_record(sample_call(), LIB.get("delivery_delay"))
    return write_internal_record(record, tmp_path / "record.docx", reaction_chart_png=PNG)


def test_record_is_private(record_path: Path) -> None:
    assert stat.S_IMODE(record_path.stat().st_mode) == 0o600


def test_record_sections(record_path: Path) -> None:
    doc = docx.Document(str(record_path))
    assert doc.paragraphs[0].style.name == "Title"
    h1 = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert h1 == [
        "Call",
        "Preparation",
        "Timeline",
        "Client reactions",
        "Checklist coverage",
        "Next steps",
    ]
    h2 = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert "What we know" in h2 and "Facts: 2 of 5 covered" in h2
    bullets = [p.text for p in doc.paragraphs if p.style.name == "List Bullet"]
    assert "Name exactly what is late and what is still on time" in bullets
    assert len(doc.inline_shapes) == 1


def test_record_tables(record_path: Path) -> None:
    header, timeline, steps = docx.Document(str(record_path)).tables
    assert [c.text for c in header.rows[0].cells] == ["Client", "Northwind Traders"]
    rows = [[c.text for c in r.cells] for r in timeline.rows]
    assert rows[0] == ["Time", "Type", "Entry"]
    assert rows[1] == ["00:48", "Ticked", "Say it is late, and the new date, in the first minute"]
    assert ["04:06", "Reaction", "Frustrated"] in rows
    assert len(rows) == 1 + 15
    assert [c.text for c in steps.rows[0].cells] == ["What", "Owner", "Due", "Status"]
    assert [c.text for c in steps.rows[-1].cells][-1] == "Dropped"


def test_record_contains_the_private_markers(record_path: Path) -> None:
    xml = all_xml(record_path)
    for marker in PRIVATE_MARKERS:
        assert marker in xml


def test_record_survives_a_broken_chart(tmp_path: Path) -> None:
    record = compose_internal_record(sample_call(), LIB.get("delivery_delay"))
    path = write_internal_record(record, tmp_path / "r.docx", reaction_chart_png=b"not png")
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "The reaction chart could not be embedded." in texts


def test_record_with_500_notes_is_fast(tmp_path: Path) -> None:
    import time

    from domain.model import Note, NoteKind
    from tests.exporters.sample_call import at

    call = sample_call()
    call.notes = [
        Note(call.id, NoteKind.NOTE, f"Note number {i} with a few more words", at(i / 10), id=i)
        for i in range(500)
    ]
    record = compose_internal_record(call, LIB.get("delivery_delay"))
    t0 = time.perf_counter()
    write_internal_record(record, tmp_path / "big.docx")
    assert time.perf_counter() - t0 < 2.0  # sanity bound; the bar is the bench's
    assert len(docx.Document(str(tmp_path / "big.docx")).tables[1].rows) == 1 + 500 + 11


def test_closing_sign_off_and_signature_stay_on_one_page(letter_path: Path) -> None:
    paragraphs = docx.Document(str(letter_path)).paragraphs
    ending = paragraphs[-7:]  # the closing sentence, the sign-off, five signature lines
    assert ending[0].text.startswith("I am sorry")
    assert all(p.paragraph_format.keep_with_next for p in ending[:-1])
    assert not ending[-1].paragraph_format.keep_with_next


@pytest.mark.parametrize(
    ("lang", "date_line", "greeting", "heading", "table", "footer"),
    [
        ("en", "20 November 2026", "Dear Dana,", "What happened", ["What", "Owner", "Due"], "Page"),
        (
            "de",
            "20. November 2026",
            "Hallo Dana,",
            "Was geschehen ist",
            ["Schritt", "Verantwortlich", "Termin"],
            "Seite",
        ),
        (
            "fr",
            "20 novembre 2026",
            "Bonjour Dana,",
            "Ce qui s’est passé",
            ["Étape", "Responsable", "Échéance"],
            "Page",
        ),
        (
            "es",
            "20 de noviembre de 2026",
            "Buenos días, Dana:",
            "Qué ha ocurrido",
            ["Paso", "Responsable", "Fecha"],
            "Página",
        ),
        (
            "nl",
            "20 november 2026",
            "Beste Dana,",
            "Wat er is gebeurd",
            ["Stap", "Verantwoordelijk", "Datum"],
            "Pagina",
        ),
    ],
)
def test_word_letter_in_each_language(
    tmp_path: Path, lang: str, date_line: str, greeting: str, heading: str, table, footer: str
) -> None:
    call = sample_call()
    call.contact = Contact("Dana Kim", "dana@northwind.example", "Dana")
    letter = compose_letter(call, LIB.get("delivery_delay"), profile(), lang)
    doc = docx.Document(str(write_letter(letter, tmp_path / f"{lang}.docx")))
    texts = [p.text for p in doc.paragraphs]
    assert texts[:4] == [date_line, "Dana Kim", "Northwind Traders", letter.subject]
    assert texts[4] == greeting
    assert [p.text for p in doc.paragraphs if p.style.name == "Heading 2"][0] == heading
    assert [c.text for c in doc.tables[0].rows[0].cells] == table
    assert doc.sections[0].footer.paragraphs[0].text.startswith(footer)
    assert letter.sign_off in texts
    lang_tag = doc.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:lang"))
    assert lang_tag.get(qn("w:val")).startswith(lang)
