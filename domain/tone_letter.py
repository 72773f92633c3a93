"""The tone review of a composed letter: only what the user wrote, placed in its field.

The letter's fixed sentences and the playbook's letter hints are wording the user
cannot change, so the review never reports a finding there; whole-letter rules (an
apology, a date for the next update) still read the whole letter. Each finding in a
follow-up field is traced back to that field (for highlighting and jumping); a finding
in a next step's line is reported with the steps. "This is fine" keys (rule, words)
that the user dismissed for this call are left out.

The rules read English only: a letter in another language is not reviewed (its words
would all look like jargon); its review holds no findings and says why in `notice`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from domain.compose import Letter, paragraphs, render_plain
from domain.languages import tone_review_notice
from domain.text import words_key
from domain.tone import Finding, Rule, review


@dataclass(frozen=True)
class LetterFinding:
    """A finding in the letter, and where the user can change it."""

    finding: Finding
    excerpt: str
    field: str | None = None  # the follow-up field it is in, else None
    start: int = 0  # in the field's text
    end: int = 0
    in_steps: bool = False

    @property
    def rule(self) -> Rule:
        return Rule(self.finding.rule)

    @property
    def key(self) -> tuple[str, str]:
        return self.finding.rule, words_key(self.excerpt)


@dataclass
class LetterReview:
    text: str
    findings: list[LetterFinding]
    dismissed: int = 0  # findings left out because the user said they are fine
    notice: str = ""  # why there was no review: the letter is not in English


Segment = tuple[int, int, str, int]  # start and end in the letter, field, start in the field


def review_letter(
    letter: Letter,
    fields: Mapping[str, str],
    allowed: Iterable[str] = (),
    dismissed: Iterable[tuple[str, str]] = (),
) -> LetterReview:
    """Review the letter; keep findings in the user's fields and steps, plus whole-letter ones.

    `fields` are the follow-up fields as the user typed them (the letter quotes them);
    `allowed` words are never jargon; `dismissed` (rule, words) keys are left out.
    """
    rendered = render_plain(letter)
    text = rendered.text
    if notice := tone_review_notice(letter.language):
        return LetterReview(text, [], 0, notice)
    segments = field_segments(letter, text, fields)
    steps = [(s, e) for s, e, _row in rendered.step_spans]
    skip = set(dismissed)
    out: list[LetterFinding] = []
    left_out = 0
    for f in review(text, letter.jargon, allowed=allowed):
        excerpt = f.excerpt(text)
        placed: LetterFinding | None
        if f.document_level:
            placed = LetterFinding(f, "")
        elif (spot := locate(f.start, f.end, segments)) is not None:
            name, start, end = spot
            placed = LetterFinding(f, excerpt, name, start, end)
        elif any(s <= f.start < e for s, e in steps):
            placed = LetterFinding(f, excerpt, in_steps=True)
        else:
            placed = None  # the letter's own wording: nothing the user can change
        if placed is None:
            continue
        if placed.key in skip:
            left_out += 1
            continue
        out.append(placed)
    for start, end, row in rendered.step_spans:
        missing = [
            w for w, gap in (("owner", row.missing_owner), ("due date", row.missing_due)) if gap
        ]
        if missing:
            why = f"This next step has no {' and no '.join(missing)}."
            fix = f"Give it {' and a '.join('an owner' if m == 'owner' else m for m in missing)}."
            found = Finding(start, end, Rule.VAGUE_STEP.value, why, fix)
            step = LetterFinding(found, text[start:end], in_steps=True)
            if step.key in skip:
                left_out += 1
            elif not any(
                o.in_steps and o.finding.start == start and o.rule is Rule.VAGUE_STEP for o in out
            ):
                out.append(step)
    out.sort(key=lambda lf: (not lf.finding.document_level, lf.finding.start, lf.finding.end))
    return LetterReview(text, out, left_out)


def field_segments(letter: Letter, text: str, values: Mapping[str, str]) -> list[Segment]:
    """Where each paragraph the user wrote sits in the letter's plain text.

    Sections appear in order, each heading on its own line followed by its paragraphs;
    a field's paragraphs are found in order after its heading (a short next-update
    phrase sits inside the playbook's sentence, which finding it in order also covers).
    """
    segments: list[Segment] = []
    pos = 0
    for section in letter.sections:
        head = text.find(section.heading + "\n", pos)
        if head < 0 or section.key not in values:
            continue
        pos = head + len(section.heading) + 1
        source = values[section.key]
        field_pos = 0
        for para in paragraphs(source):
            at = text.find(para, pos)
            in_field = source.find(para, field_pos)
            if at < 0 or in_field < 0:
                break
            segments.append((at, at + len(para), section.key, in_field))
            pos, field_pos = at + len(para), in_field + len(para)
    return segments


def locate(start: int, end: int, segments: list[Segment]) -> tuple[str, int, int] | None:
    """The (field, start, end) of a letter span, clipped to the paragraph it starts in."""
    for seg_start, seg_end, name, in_field in segments:
        if seg_start <= start < seg_end:
            clipped = min(end, seg_end)
            return name, in_field + start - seg_start, in_field + clipped - seg_start
    return None
