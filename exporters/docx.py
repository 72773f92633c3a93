"""Word exports: the client follow-up letter and the internal call record.

Built-in Word styles only (Title, Heading 1/2, List Bullet, Table Grid, ...) so
the user can restyle the result in Word. Text goes through safe_text on the way
out; files are written atomically (exporters.atomic). The internal record is
created readable by the owner alone, since it holds notes and reactions.
"""

from __future__ import annotations

import copy
import io
import os
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Emu, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml.etree import SubElement

from domain.compose import Letter
from domain.record import InternalRecord
from exporters.atomic import ExportError, atomic_write_bytes
from exporters.safe_text import one_line, xml_text

MARGIN = Cm(2.5)
TABLE_STYLES = ("Light Grid Accent 1", "Table Grid")
MUTED = RGBColor(0x59, 0x59, 0x59)


def write_letter(
    letter: Letter,
    path: str | os.PathLike[str],
    letterhead: Path | None = None,
    company: str = "",
) -> Path:
    """The client letter as .docx; a letterhead .docx, if given, is the base document."""
    return atomic_write_bytes(path, letter_bytes(letter, letterhead, company))


def letter_bytes(letter: Letter, letterhead: Path | None = None, company: str = "") -> bytes:
    """The client letter's .docx file as bytes (to attach to an email draft)."""
    return _to_bytes(letter_document(letter, letterhead, company))


def write_internal_record(
    record: InternalRecord,
    path: str | os.PathLike[str],
    reaction_chart_png: bytes | None = None,
    company: str = "",
) -> Path:
    """The private call record as .docx, mode 0600."""
    doc = record_document(record, reaction_chart_png, company)
    return atomic_write_bytes(path, _to_bytes(doc), private=True)


# --- the letter ---------------------------------------------------------------------------


def letter_document(letter: Letter, letterhead: Path | None = None, company: str = "") -> Document:
    company = one_line(company or letter.company)
    if letterhead:
        doc = _open_letterhead(Path(letterhead))
    else:
        doc = docx.Document()
        _page_setup(doc, header_text=company, footer=letter.words.page_footer)
    _set_language(doc, letter.words.locale)
    _properties(doc, title=letter.subject, author=letter.signature[0] if letter.signature else "")

    _para(doc, letter.date_line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for i, line in enumerate(letter.address):
        block = _para(doc, one_line(line))
        if i < len(letter.address) - 1:
            block.paragraph_format.space_after = Pt(0)
    subject = _para(doc, letter.subject, style="Heading 1")
    subject.paragraph_format.space_before = Pt(18)
    subject.paragraph_format.space_after = Pt(12)
    _para(doc, letter.greeting)
    if letter.opening.strip():
        _para(doc, letter.opening)
    for section in letter.sections:
        _para(doc, section.heading, style="Heading 2")
        for text in section.paragraphs:
            _para(doc, text)
        if section.rows:
            rows = [(r.what, r.owner, r.due) for r in section.rows]
            _table(doc, letter.words.table, rows, widths=(7.9, 3.9, 4.2))
            _para(doc, "")
    # The closing, sign-off and signature stay on one page: a sign-off alone on a last
    # page, cut off from the letter, does not read as a letter.
    ending = []
    if letter.closing.strip():
        ending.append(_para(doc, letter.closing))
        ending[-1].paragraph_format.space_before = Pt(12)
    ending.append(_para(doc, letter.sign_off))
    ending[-1].paragraph_format.space_before = Pt(6)
    for i, line in enumerate(letter.signature):
        p = _para(doc, "")
        run = p.add_run(one_line(line))
        run.bold = i == 0
        p.paragraph_format.space_after = Pt(0)
        if i == 0:
            p.paragraph_format.space_before = Pt(24)
        ending.append(p)
    for paragraph in ending[:-1]:
        paragraph.paragraph_format.keep_with_next = True
    return doc


def _open_letterhead(path: Path) -> Document:
    if not path.is_file():
        raise ExportError(f"The letterhead file was not found: {one_line(str(path))}.")
    try:
        return docx.Document(str(path))
    except Exception as exc:  # python-docx raises many types for a bad file
        raise ExportError(
            f"The letterhead is not a Word .docx file: {one_line(str(path))}."
        ) from exc


# --- the internal record ------------------------------------------------------------------


def record_document(
    record: InternalRecord, reaction_chart_png: bytes | None = None, company: str = ""
) -> Document:
    doc = docx.Document()
    header = " · ".join(x for x in (one_line(company), "Internal: not for the client") if x)
    _page_setup(doc, header_text=header)
    _properties(doc, title=record.title, author="")

    _para(doc, record.title, style="Title")
    note = _para(doc, "Private record of the call, with notes and reactions. Do not send it.")
    note.runs[0].italic = True
    _para(doc, "Call", style="Heading 1")
    _table(doc, None, record.header, widths=(4.0, 12.0), bold_first_col=True)

    _para(doc, "Preparation", style="Heading 1")
    for label, text in record.prep:
        _para(doc, label, style="Heading 2")
        _para_or_empty(doc, text, "Not filled in.")

    _para(doc, "Timeline", style="Heading 1")
    if record.timeline:
        rows = [(e.offset, e.kind, e.text) for e in record.timeline]
        _table(doc, ("Time", "Type", "Entry"), rows, widths=(2.0, 3.0, 11.0))
    else:
        _para_or_empty(doc, "", "No notes, reactions or ticks were recorded.")

    if reaction_chart_png:
        _para(doc, "Client reactions", style="Heading 1")
        _picture(doc, reaction_chart_png)

    _para(doc, "Checklist coverage", style="Heading 1")
    _para(doc, f"{record.covered_count} of {record.item_count} items covered.")
    for sec in record.coverage:
        total = len(sec.covered) + len(sec.missed)
        _para(doc, f"{sec.label}: {len(sec.covered)} of {total} covered", style="Heading 2")
        for label, items in (("Missed", sec.missed), ("Covered", sec.covered)):
            if items:
                p = _para(doc, "")
                p.add_run(label).bold = True
                p.paragraph_format.space_after = Pt(2)
                for text in items:
                    _para(doc, text, style="List Bullet")

    _para(doc, "Next steps", style="Heading 1")
    if record.next_steps:
        rows = [(s.what, s.owner, s.due, s.status) for s in record.next_steps]
        _table(doc, ("What", "Owner", "Due", "Status"), rows, widths=(6.9, 2.9, 3.8, 2.4))
    else:
        _para_or_empty(doc, "", "No next steps were agreed.")
    return doc


def _picture(doc: Document, png: bytes) -> None:
    try:
        doc.add_picture(io.BytesIO(png), width=Cm(16))
    except Exception:  # an unreadable image must not cost the user the whole record
        _para_or_empty(doc, "", "The reaction chart could not be embedded.")


# --- building blocks ----------------------------------------------------------------------


def _page_setup(doc: Document, header_text: str, footer: str = "Page {page} of {pages}") -> None:
    for section in doc.sections:
        section.top_margin = section.bottom_margin = MARGIN
        section.left_margin = section.right_margin = MARGIN
        if header_text:
            p = section.header.paragraphs[0]
            p.text = xml_text(header_text)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for run in p.runs:
                run.font.size = Pt(9)
                run.font.color.rgb = MUTED
        _page_number_footer(section.footer.paragraphs[0], footer)


_FOOTER_FIELDS = {"{page}": "PAGE", "{pages}": "NUMPAGES"}


def _page_number_footer(p: Paragraph, template: str) -> None:
    """'Page 2 of 3' ('Seite 2 von 3', ...) from PAGE / NUMPAGES fields, which Word updates
    on open and print."""
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for part in re.split(r"(\{pages?\})", template):
        if not part:
            continue
        piece = _FOOTER_FIELDS.get(part, part)
        if part in _FOOTER_FIELDS:
            fld = OxmlElement("w:fldSimple")
            fld.set(qn("w:instr"), f" {piece} ")
            run = OxmlElement("w:r")
            text = OxmlElement("w:t")
            text.text = "1"
            run.append(text)
            fld.append(run)
            p._p.append(fld)
        else:
            p.add_run(piece)
    for r in p._p.iter(qn("w:r")):
        rpr = r.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            r.insert(0, rpr)
        size = OxmlElement("w:sz")
        size.set(qn("w:val"), "18")
        rpr.append(size)


def _set_language(doc: Document, locale: str) -> None:
    """Mark the text as the letter's language (spelling check, hyphenation): 'de-DE'."""
    rpr = doc.styles.element.find(qn("w:docDefaults"))
    rpr = rpr.find(qn("w:rPrDefault")) if rpr is not None else None
    rpr = rpr.find(qn("w:rPr")) if rpr is not None else None
    if rpr is None:
        return
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), locale.replace("_", "-"))


def _properties(doc: Document, title: str, author: str) -> None:
    """Replace the template's metadata (python-docx's own name) with ours."""
    props = doc.core_properties
    now = datetime.now(UTC).replace(microsecond=0)
    props.title = one_line(title)[:255]
    props.author = props.last_modified_by = one_line(author)[:255]
    props.comments = props.keywords = props.subject = props.category = ""
    props.created = props.modified = now
    props.revision = 1


_MISSING = object()
_STYLE_IDS = "_candor_style_ids"  # each document's cache: (name, kind) -> style id


def _style_id(doc: Document, name: str, kind: WD_STYLE_TYPE) -> str | None | object:
    """The id of style `name` (None for the default style of its kind), looked up once per
    document: python-docx scans every style for each lookup. A letterhead may lack a
    built-in style: a missing paragraph style is added (a plain one), a missing table
    style is _MISSING."""
    ids: dict[tuple[str, WD_STYLE_TYPE], str | None | object] = doc.__dict__.setdefault(
        _STYLE_IDS, {}
    )
    key = (name, kind)
    if key not in ids:
        try:
            doc.styles[name]
        except KeyError:
            if kind is not WD_STYLE_TYPE.PARAGRAPH:
                ids[key] = _MISSING
                return _MISSING
            style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = doc.styles["Normal"]
            if name.startswith(("Heading", "Title")):
                style.font.bold = True
                style.font.size = Pt({"Title": 20, "Heading 1": 14}.get(name, 12))
                style.paragraph_format.space_before = Pt(12)
                style.paragraph_format.keep_with_next = True
        ids[key] = doc.part.get_style_id(name, kind)
    return ids[key]


def _para(doc: Document, text: str, style: str = "Normal") -> Paragraph:
    """What doc.add_paragraph(text, style) makes, with the style's id looked up once."""
    p = doc.add_paragraph(xml_text(text))
    p._p.style = _style_id(doc, style, WD_STYLE_TYPE.PARAGRAPH)
    return p


def _para_or_empty(doc: Document, text: str, empty: str) -> Paragraph:
    if text.strip():
        return _para(doc, text)
    p = _para(doc, "")
    run = p.add_run(empty)
    run.italic = True
    run.font.color.rgb = MUTED
    return p


def _table(
    doc: Document,
    heading: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    bold_first_col: bool = False,
) -> Table:
    """A table as python-docx's add_row() and cell.text would make it, built faster: each
    row is a copy of one prepared `w:tr` (cell widths set, runs bold where they should be)
    whose runs then get their text; add_row() and cell lookups cost about 1 ms a row."""
    style = next(
        (s for s in TABLE_STYLES if _style_id(doc, s, WD_STYLE_TYPE.TABLE) is not _MISSING),
        None,
    )
    table = doc.add_table(rows=0, cols=len(widths))
    table._tbl.tblStyle_val = _style_id(doc, style, WD_STYLE_TYPE.TABLE) if style else None
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    twips = _widths(doc, table, widths)
    tbl = table._tbl
    if heading:
        tr = _row(_row_template(twips, bold=(True,) * len(twips)), heading, raw=True)
        tbl.append(tr)
        _repeat_header(tr)
    template = _row_template(twips, bold=(bold_first_col,) + (False,) * (len(twips) - 1))
    for row in rows:
        tbl.append(_row(template, row))
    _look(table, first_row=bool(heading), first_col=bold_first_col)
    return table


_W_TC, _W_TCPR, _W_TCW = qn("w:tc"), qn("w:tcPr"), qn("w:tcW")
_W_P, _W_R, _W_RPR, _W_B, _W_T = qn("w:p"), qn("w:r"), qn("w:rPr"), qn("w:b"), qn("w:t")
_W_W, _W_TYPE, _XML_SPACE = qn("w:w"), qn("w:type"), qn("xml:space")


def _row_template(twips: Sequence[int], bold: Sequence[bool]) -> BaseOxmlElement:
    """`<w:tr>` with one `<w:tc>` a column: its width, a paragraph and an empty run."""
    tr = OxmlElement("w:tr")
    for w, b in zip(twips, bold, strict=True):
        tc = SubElement(tr, _W_TC)
        tc_w = SubElement(SubElement(tc, _W_TCPR), _W_TCW)
        tc_w.set(_W_TYPE, "dxa")
        tc_w.set(_W_W, str(w))
        run = SubElement(SubElement(tc, _W_P), _W_R)
        if b:
            SubElement(SubElement(run, _W_RPR), _W_B)
    return tr


def _row(template: BaseOxmlElement, texts: Sequence[str], raw: bool = False) -> BaseOxmlElement:
    """A copy of `template` holding `texts`, one a cell (through xml_text unless `raw`)."""
    tr = copy.deepcopy(template)
    for tc, text in zip(tr, texts, strict=True):
        run = tc[1][0]
        if not raw:
            text = xml_text(text)
        if "\t" in text or "\n" in text or "\r" in text:
            run.text = text  # python-docx's own tabs and line breaks (w:tab, w:br)
        elif text:
            t = SubElement(run, _W_T)
            t.text = text
            if len(text.strip()) < len(text):
                t.set(_XML_SPACE, "preserve")
    return tr


def _widths(doc: Document, table: Table, widths: Sequence[float]) -> list[int]:
    """Column widths in proportion, filling the text width of the page (any page size).

    Set in the grid and the table (and by _row_template in every cell): Word reads the
    cells, LibreOffice the grid. Returns the widths in twips.
    """
    section = doc.sections[-1]
    usable = (section.page_width or Cm(21.59)) - (section.left_margin or 0)
    usable = Emu(usable - (section.right_margin or 0))
    total = usable.twips if usable > Cm(4) else Cm(16).twips
    twips = [int(total * w / sum(widths)) for w in widths]
    for col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), twips, strict=True):
        col.set(qn("w:w"), str(w))
    tbl_w = table._tbl.tblPr.find(qn("w:tblW"))  # python-docx always creates it, in order
    if tbl_w is not None:
        tbl_w.set(qn("w:w"), str(sum(twips)))
        tbl_w.set(qn("w:type"), "dxa")
    return twips


def _repeat_header(tr: BaseOxmlElement) -> None:
    tr_pr = tr.get_or_add_trPr()  # type: ignore[attr-defined]
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)


def _look(table: Table, first_row: bool, first_col: bool) -> None:
    """Tell the table style which bands to apply (header row yes, banded columns no)."""
    tbl_pr = table._tbl.tblPr
    look = tbl_pr.find(qn("w:tblLook"))  # python-docx creates it last, where it belongs
    if look is None:
        return
    flags = {
        "firstRow": (first_row, 0x0020),
        "lastRow": (False, 0x0040),
        "firstColumn": (first_col, 0x0080),
        "lastColumn": (False, 0x0100),
        "noHBand": (True, 0x0200),
        "noVBand": (True, 0x0400),
    }
    for key, (on, _bit) in flags.items():
        look.set(qn(f"w:{key}"), "1" if on else "0")
    look.set(qn("w:val"), f"{sum(bit for on, bit in flags.values() if on):04X}")


def _to_bytes(doc: Document) -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
