"""The wrap-up's tone review as it runs on a worker thread: no widgets touched.

The call's letter is composed from the follow-up fields as they are on screen and
reviewed (domain.tone_letter); each finding becomes a ToneItem for the panel. The
client's own words (their quotes, concerns and questions) are never jargon.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from domain.fields import FOLLOW_UP_FIELDS, form_labels
from domain.model import NoteKind
from ui.i18n import tr
from ui.widgets.tone_panel import ToneItem

if TYPE_CHECKING:
    from domain.model import Call, Profile
    from domain.playbooks import Playbook
    from domain.tone_letter import LetterFinding

# Characters of each field reviewed. The rules are regular expressions, which hold the
# GIL: with 10k per field (7 fields) the window waits at most about 40 ms (measured).
FIELD_LIMIT = 10_000
MAX_ITEMS = 200
LABELS = form_labels(FOLLOW_UP_FIELDS)
# Notes in the client's own words: a term they used is no jargon to them.
CLIENT_NOTE_KINDS = frozenset({NoteKind.QUOTE, NoteKind.CONCERN, NoteKind.QUESTION})


@dataclass(frozen=True)
class ToneResult:
    items: list[ToneItem]
    total: int
    truncated: bool
    dismissed: int = 0  # findings left out because the user marked them fine
    notice: str = ""  # why nothing was reviewed: the letter is not in English


def review_follow_up(
    call: Call,
    playbook: Playbook,
    profile: Profile,
    allowed: Iterable[str] = (),
    dismissed: Iterable[tuple[str, str]] = (),
) -> ToneResult:
    """The call's letter, reviewed; `allowed` words and the client's own words (from the
    call's notes) are never jargon, and `dismissed` (rule, words) are left out."""
    from domain.compose import compose_letter
    from domain.tone_jargon import client_words
    from domain.tone_letter import review_letter

    values = vars(call.follow_up)
    truncated = any(len(v) > FIELD_LIMIT for v in values.values())
    if truncated:
        call = replace(call, follow_up=type(call.follow_up)(**clip(values)))
        values = vars(call.follow_up)
    theirs = client_words(n.text for n in call.notes if n.kind in CLIENT_NOTE_KINDS)
    letter = compose_letter(call, playbook, profile)
    reviewed = review_letter(letter, values, {*allowed, *theirs}, dismissed)
    items = [tone_item(found) for found in reviewed.findings[:MAX_ITEMS]]
    return ToneResult(items, len(reviewed.findings), truncated, reviewed.dismissed, reviewed.notice)


def tone_item(found: LetterFinding) -> ToneItem:
    from domain.tone import Rule
    from domain.tone_choices import allowed_form

    rule = found.rule
    excerpt = " ".join(found.excerpt.split())
    item = ToneItem(
        tr(rule.label),
        excerpt,
        tr(found.finding.why),
        found.finding.suggestion,
        rule=rule.value,
        words=found.key[1],
        allow=allowed_form(found.excerpt) if rule is Rule.JARGON and excerpt else "",
    )
    if found.field is not None:
        name = found.field
        return replace(
            item, field=name, start=found.start, end=found.end, where=tr(LABELS.get(name, name))
        )
    if found.in_steps:
        return replace(item, where=tr("the next steps"))
    return item


def clip(values: dict[str, str]) -> dict[str, str]:
    return {k: v[:FIELD_LIMIT] for k, v in values.items()}
