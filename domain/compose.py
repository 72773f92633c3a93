"""Compose the client follow-up letter from a call, as structured sections.

The letter is plain data (no formatting) so that Word, Markdown, plain-text and
the tone review all render and check the same words. HARD RULE: the letter is
built from the follow-up fields, the next steps and the playbook hints only; it
never reads the call's notes, reactions, ticks, prep or checklist coverage.

Fallback rule for empty follow-up fields (a hint is used only where it makes
sense on its own):

- the playbook's ``what_happened`` hint is a thank-you opener ("As promised,
  here is a written summary"), so it always opens the letter; the "What
  happened" section itself holds only the user's text and is omitted when empty;
- ``what_it_means`` falls back to its hint (a sentence of acknowledgement);
- ``what_we_do`` / ``what_we_need`` fall back to their hint only to introduce a
  table of next steps ("Here is what we are doing, who owns each step..."); with
  no text and no steps the section is omitted;
- ``prevent_repeat`` and ``amends`` hints announce content ("these steps", "the
  following") and never stand alone: empty field, no section;
- ``next_update``: a short phrase ("Friday 28 November") is slotted into the
  hint ("You will hear from me again on {next_update}."), a full sentence is used
  as written; with an empty field ``call.follow_up_on`` fills the hint; with
  both empty the section is omitted (and the tone review says so);
- the subject is the call's own (``call.subject``) when set, else the playbook's
  ``subject`` hint filled with the title; ``closing`` comes from the playbook;
- the greeting names the call's contact ("Dear Dana,"), and the company only when no
  contact is known; the address block is the contact's name above the company's.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from domain.languages import LetterLanguage
from domain.letter_wording import LetterWording, fill, wording
from domain.model import Call, Contact, NextStep, Profile, StepStatus
from domain.owners import is_client, is_ours, is_us
from domain.playbooks import Playbook
from domain.scenarios import scenario_label
from domain.timefmt import local

ENGLISH = wording(LetterLanguage.ENGLISH)
HEADINGS: dict[str, str] = dict(ENGLISH.headings)  # in the letter's order


def long_date(day: date, language: str = LetterLanguage.ENGLISH) -> str:
    """'Friday 28 November 2026' (English; each language its own way, by Babel)."""
    return wording(language).long_date(day)


def short_date(day: date, language: str = LetterLanguage.ENGLISH) -> str:
    """'Fri 28 Nov 2026', for table cells."""
    return wording(language).short_date(day)


def letter_date(day: date, language: str = LetterLanguage.ENGLISH) -> str:
    """'28 November 2026', the date line of a letter."""
    return wording(language).letter_date(day)


@dataclass(frozen=True)
class StepRow:
    """A next step as the client reads it: every cell already in words."""

    what: str
    owner: str
    due: str
    done: bool = False
    missing_owner: bool = False
    missing_due: bool = False


@dataclass
class LetterSection:
    key: str
    heading: str
    paragraphs: list[str]
    steps: list[NextStep] | None = None
    rows: list[StepRow] = field(default_factory=list)


@dataclass
class Letter:
    subject: str
    dated: date
    address: tuple[str, ...]  # the address block: the contact's name, then the company
    greeting: str
    opening: str
    sections: list[LetterSection]
    closing: str
    sign_off: str
    signature: list[str]
    company: str = ""
    jargon: tuple[str, ...] = ()
    words: LetterWording = ENGLISH  # the fixed wording and dates of the letter's language

    @property
    def language(self) -> LetterLanguage:
        return self.words.language

    @property
    def date_line(self) -> str:
        return self.words.letter_date(self.dated)

    def section(self, key: str) -> LetterSection | None:
        return next((s for s in self.sections if s.key == key), None)


def default_subject(call: Call, playbook: Playbook, language: str | None = None) -> str:
    """The subject a letter gets when the call has none of its own: the playbook's subject
    hint in the letter's language, filled with the title (else the title itself)."""
    lang = letter_language(call) if language is None else LetterLanguage.parse(language)
    when = _next_update_phrase(call.follow_up.next_update, call.follow_up_on, wording(lang))
    values = {"title": call.title, "client": call.client.name, "next_update": when}
    hint = fill(playbook.hints(lang).get("subject", ""), values)
    return _one_line(hint) or _one_line(call.title)


def compose_letter(
    call: Call, playbook: Playbook, profile: Profile, language: str | None = None
) -> Letter:
    """The client letter, in `language` (a LetterLanguage code; default: the call's letter
    language). Reads only follow-up fields, the contact, next steps and hints."""
    lang = letter_language(call) if language is None else LetterLanguage.parse(language)
    words = wording(lang)
    fu = call.follow_up
    hints = playbook.hints(lang)
    when = _next_update_phrase(fu.next_update, call.follow_up_on, words)
    values = {"title": call.title, "client": call.client.name, "next_update": when}

    def hint(key: str) -> str:
        return fill(hints.get(key, ""), values)

    live = [s for s in call.next_steps if s.status is not StepStatus.DROPPED]
    ours = [s for s in live if is_ours(s.owner)]
    theirs = [s for s in live if is_client(s.owner)]
    us_label = profile.company.strip() or words.us

    sections: list[LetterSection] = []

    def add(key: str, paragraphs: list[str], steps: list[NextStep] | None = None) -> None:
        rows = [step_row(s, us_label, words) for s in steps] if steps else []
        sections.append(LetterSection(key, words.heading(key), paragraphs, steps or None, rows))

    if paras := paragraphs(fu.what_happened):
        add("what_happened", paras)
    if paras := paragraphs(fu.what_it_means) or paragraphs(hint("what_it_means")):
        add("what_it_means", paras)
    for key, text, steps in (
        ("what_we_do", fu.what_we_do, ours),
        ("what_we_need", fu.what_we_need, theirs),
    ):
        paras = paragraphs(text)
        if paras or steps:
            add(key, paras or paragraphs(hint(key)), steps)
    if paras := paragraphs(fu.prevent_repeat):
        add("prevent_repeat", paras)
    if paras := paragraphs(fu.amends):
        add("amends", paras)
    next_paras = _next_update_paragraphs(
        fu.next_update, call.follow_up_on, hint("next_update"), words
    )
    if next_paras:
        add("next_update", next_paras)

    greeting = words.salutation.greet(call.contact, call.client.name)
    if not (call.contact and call.contact.greeting_name) and hint("greeting").strip():
        greeting = _one_line(hint("greeting"))  # the playbook's own, for no contact
    return Letter(
        subject=_one_line(call.subject) or default_subject(call, playbook, lang),
        dated=call_local_date(call),
        address=address_lines(call),
        greeting=greeting,
        opening=hint("what_happened"),
        sections=sections,
        closing=hint("closing"),
        sign_off=words.sign_off,
        signature=signature_lines(profile),
        company=profile.company.strip(),
        jargon=playbook.jargon,
        words=words,
    )


def letter_language(call: Call) -> LetterLanguage:
    """The language the call's letter is written in; a code Candor does not know (from a
    newer version, say) gives English rather than no letter."""
    try:
        return LetterLanguage.parse(call.letter_language)
    except ValueError:
        return LetterLanguage.ENGLISH


def salutation(contact: Contact | None, client: str, language: str = "en") -> str:
    """'Dear Dana,' for a contact (their greeting, else their name); the company only
    when no contact is known. Each language greets its own way (resources/letters)."""
    return wording(language).salutation.greet(contact, client)


def address_lines(call: Call) -> tuple[str, ...]:
    """The letter's address block: the contact's name (if known) above the company's."""
    lines = (call.contact.name if call.contact else "", call.client.name)
    return tuple(line for line in map(_one_line, lines) if line)


def step_row(step: NextStep, us_label: str = "", words: LetterWording = ENGLISH) -> StepRow:
    owner = step.owner.strip()
    us_label = us_label or words.us
    owner_text = us_label if is_us(owner) else words.client if is_client(owner) else owner
    done = step.status is StepStatus.DONE
    if done:
        due = words.done
    elif step.due_on:
        due = words.short_date(step.due_on)
    else:
        due = words.to_be_confirmed
    return StepRow(
        what=step.what.strip(),
        owner=owner_text or words.to_be_confirmed,
        due=due,
        done=done,
        missing_owner=not owner,
        missing_due=step.due_on is None and not done,
    )


def signature_lines(profile: Profile) -> list[str]:
    parts = (profile.name, profile.role, profile.company, profile.email, profile.phone)
    return [p.strip() for p in parts if p and p.strip()]


def paragraphs(text: str) -> list[str]:
    """Blank lines separate paragraphs; single line breaks are kept inside one."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [p.strip() for p in re.split(r"\n[ \t]*\n", text) if p.strip()]


_SPACES = re.compile(r"[^\S\u00a0\u202f]+")  # any run of white space but no-break ones


def _one_line(text: str) -> str:
    """One line, single-spaced; a no-break space (French "titre\u00a0: ...") is kept."""
    return _SPACES.sub(" ", text).strip()


def _is_phrase(text: str) -> bool:
    """A date-like phrase ('Friday 28 Nov, 10:00') rather than a sentence of its own."""
    return not re.search(r"[.!?]\s*$", text) and len(text.split()) <= 8 and "\n" not in text


def _next_update_phrase(text: str, follow_up_on: date | None, words: LetterWording) -> str:
    text = text.strip()
    if text and _is_phrase(text):
        return text
    return words.long_date(follow_up_on) if follow_up_on else ""


def _next_update_paragraphs(
    text: str, follow_up_on: date | None, filled_hint: str, words: LetterWording
) -> list[str]:
    text = text.strip()
    if follow_up_on is None:
        if not text:
            return []
        return [filled_hint] if _is_phrase(text) and filled_hint.strip() else paragraphs(text)
    day = words.long_date(follow_up_on)
    if not text or _is_phrase(text):
        first = [filled_hint] if filled_hint.strip() else [text or day]
    else:
        first = paragraphs(text)
    if text and day not in " ".join(first):
        first.append(fill(words.also_check_in, {"date": day}))
    return first


def call_local_date(call: Call) -> date:
    return local(call.started_at or call.created_at).date()


# --- file names -------------------------------------------------------------------------

_ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{i}" for p in ("COM", "LPT") for i in range(10)}


def safe_filename(name: str, max_bytes: int = 200) -> str:
    """A file name valid on Windows, macOS and Linux: no reserved characters or names,
    no trailing dots or spaces, at most `max_bytes` of UTF-8 (the extension is kept)."""
    name = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") else ch for ch in name
    )
    name = " ".join(_ILLEGAL.sub(" ", name).split()).strip(" .")
    if name.split(".")[0].upper() in _RESERVED:
        name = "_" + name
    stem, dot, ext = name.rpartition(".") if "." in name[-9:] else (name, "", "")
    while len((stem + dot + ext).encode("utf-8")) > max_bytes and stem:
        stem = stem[:-1].rstrip(" .")
    return (stem + dot + ext) or "Candor export"


def suggested_filename(
    call: Call,
    ext: str = "docx",
    kind: str = "follow-up",
    names: Mapping[str, str] | None = None,
) -> str:
    """'2026-11-21 Northwind - Delivery delay follow-up.docx' (local date of the call);
    the scenario as `names` (PlaybookLibrary.scenario_names) words it."""
    day = call_local_date(call).isoformat()
    label = scenario_label(call.scenario, names)
    client = call.client.name.strip() or "Client"
    return safe_filename(f"{day} {client} - {label} {kind}.{ext.lstrip('.')}")


# --- plain text rendering (shared by the text exporter and the tone review) -----------------


@dataclass
class RenderedLetter:
    """The letter as plain text, with where each next step's line sits in it."""

    text: str
    step_spans: list[tuple[int, int, StepRow]]


def step_line(row: StepRow, words: LetterWording = ENGLISH) -> str:
    if row.done:
        tail = words.line_done
    elif row.missing_due:
        tail = words.line_no_date
    else:
        tail = fill(words.line_by, {"due": row.due})
    return f"- {row.what} ({row.owner}, {tail})"


def render_plain(letter: Letter, include_subject: bool = True) -> RenderedLetter:
    """The email body / .txt form of the letter: headings on their own line, steps as dashes."""
    out: list[str] = []
    spans: list[tuple[int, int, StepRow]] = []
    pos = 0

    def emit(block: str, row: StepRow | None = None) -> None:
        nonlocal pos
        if row is not None:
            spans.append((pos, pos + len(block), row))
        out.append(block)
        pos += len(block)

    if include_subject:
        emit(fill(letter.words.subject_line, {"subject": letter.subject}) + "\n\n")
    emit(f"{letter.greeting}\n\n")
    if letter.opening.strip():
        emit(f"{letter.opening.strip()}\n\n")
    for section in letter.sections:
        emit(f"{section.heading}\n")
        for para in section.paragraphs:
            emit(f"{para}\n\n")
        if section.rows:
            if not section.paragraphs:
                emit("\n")
            for row in section.rows:
                emit(step_line(row, letter.words), row)
                emit("\n")
            emit("\n")
    if letter.closing.strip():
        emit(f"{letter.closing.strip()}\n\n")
    emit(letter.sign_off + "\n")
    emit("\n".join(letter.signature) + "\n" if letter.signature else "")
    return RenderedLetter("".join(out), spans)


def letter_text(letter: Letter, include_subject: bool = True) -> str:
    return render_plain(letter, include_subject).text
