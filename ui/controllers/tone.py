"""Tone review in the wrap-up: the letter as it would be sent, reviewed as the user writes.

Half a second after the last edit, the follow-up fields are composed into the letter
(domain.compose) and reviewed (domain.tone.review_letter) on a worker thread. Each
finding that lies in text the user wrote is traced back to its follow-up field,
highlighted there, and a click on it in the panel puts the cursor on it. Findings in
the playbook's own wording or in the next steps are listed without a place to jump to.
The review only advises: export is never held back by it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from ui import workers
from ui.views.wrapup import FOLLOW_UP_FIELDS
from ui.widgets.tone_panel import ToneItem, TonePanel

if TYPE_CHECKING:
    from domain.compose import Letter
    from domain.model import Call, Profile
    from domain.playbooks import Playbook
    from storage.store import Store
    from ui.controllers.wrapup import WrapUpController

DELAY_MS = 500
# Characters of each field reviewed. The rules are regular expressions, which hold the
# GIL: with 10k per field (7 fields) the window waits at most about 40 ms (measured).
FIELD_LIMIT = 10_000
MAX_ITEMS = 200
HIGHLIGHT = QColor("#fde9b5")
UNDERLINE = QColor("#b7791f")
LABELS = dict(FOLLOW_UP_FIELDS)
_WIDE = re.compile("[\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class ToneResult:
    items: list[ToneItem]
    total: int
    truncated: bool


# --- the review, run on a worker thread (plain Python, no widgets) -------------------------


def review_follow_up(call: Call, playbook: Playbook, profile: Profile) -> ToneResult:
    from domain.compose import compose_letter
    from domain.tone import Rule, review_letter

    values = vars(call.follow_up)
    truncated = any(len(v) > FIELD_LIMIT for v in values.values())
    if truncated:
        call = replace(call, follow_up=type(call.follow_up)(**clip(values)))
        values = vars(call.follow_up)
    letter = compose_letter(call, playbook, profile)
    reviewed = review_letter(letter)
    segments = field_segments(letter, reviewed.text, values)
    steps = [(s, e) for s, e, _row in _step_spans(letter)]
    items = []
    for finding in reviewed.findings[:MAX_ITEMS]:
        rule = Rule(finding.rule)
        excerpt = " ".join(finding.excerpt(reviewed.text).split())
        item = ToneItem(rule.label, excerpt, finding.why, finding.suggestion)
        if finding.document_level:
            items.append(replace(item, excerpt="", where=""))
            continue
        place = locate(finding.start, finding.end, segments)
        if place is not None:
            name, start, end = place
            items.append(replace(item, field=name, start=start, end=end, where=LABELS[name]))
        elif any(s <= finding.start < e for s, e in steps):
            items.append(replace(item, where="the next steps"))
        else:
            items.append(replace(item, where="the letter's standard wording"))
    return ToneResult(items, len(reviewed.findings), truncated)


def clip(values: dict[str, str]) -> dict[str, str]:
    return {k: v[:FIELD_LIMIT] for k, v in values.items()}


def _step_spans(letter: Letter) -> list[tuple[int, int, Any]]:
    from domain.compose import render_plain

    return render_plain(letter).step_spans


Segment = tuple[int, int, str, int]  # start and end in the letter, field, start in the field


def field_segments(letter: Letter, text: str, values: dict[str, str]) -> list[Segment]:
    """Where each paragraph the user wrote sits in the letter's plain text.

    Sections appear in order, each heading on its own line followed by its paragraphs;
    a field's paragraphs are found in order after its heading (a short next-update
    phrase sits inside the playbook's sentence, which finding it in order also covers).
    """
    from domain.compose import paragraphs

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


def qt_position(text: str, index: int) -> int:
    """A Python index as a QTextDocument position (UTF-16: an emoji counts twice)."""
    head = text[:index]
    return index + len(_WIDE.findall(head)) if _WIDE.search(head) else index


class ReviewSignals(QObject):
    done = Signal(object)  # (generation, ToneResult)
    failed = Signal(str)


class ReviewTask(QRunnable):
    def __init__(self, generation: int, work: Callable[[], ToneResult]) -> None:
        super().__init__()
        self.generation = generation
        self.work = work
        self.signals = ReviewSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # noqa: BLE001 - report, never take the window down
            self.signals.failed.emit(f"{exc.__class__.__name__}: {exc}")
            return
        self.signals.done.emit((self.generation, result))


# --- the controller ------------------------------------------------------------------------


class ToneController(QObject):
    """Owns the wrap-up's tone panel: schedules reviews, shows and highlights findings."""

    reviewed = Signal(int)  # number of findings shown, after each review

    def __init__(self, store: Store, wrapup: WrapUpController, playbook_of: Callable) -> None:
        super().__init__(wrapup)
        self.store = store
        self.wrapup = wrapup
        self.playbook_of = playbook_of
        self.view = wrapup.view
        self.panel = TonePanel()
        self.tab = self.view.add_side_panel(self.panel, "Tone review")
        self.call: Call | None = None
        self.profile: Profile | None = None
        self.items: list[ToneItem] = []
        self._cursors: list[tuple[QPlainTextEdit, QTextCursor] | None] = []
        self._generation = 0
        self._task: ReviewTask | None = None
        self._again = False
        self._closed = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.view.fields.edited.connect(self.schedule)
        self.view.follow_up_date.dateChanged.connect(self.schedule)
        self.panel.activated.connect(self.jump)

    def load(self, call_id: int | None) -> None:
        """The wrap-up shows a call: review it now, with the profile as it is now."""
        if call_id is None:
            return
        self.call = self.store.calls.get(call_id)
        self.profile = self.store.settings.profile()
        self.timer.stop()
        self.refresh()

    @property
    def busy(self) -> bool:
        """A review is waiting for the typing to pause, or running."""
        return self._task is not None or self.timer.isActive()

    def schedule(self) -> None:
        if self.call is not None and not self._closed:
            self.timer.start()

    def refresh(self) -> None:
        """Review the fields as they are on screen (on a worker; one review at a time)."""
        if self.call is None or self.profile is None or self._closed:
            return
        if self._task is not None:
            self._again = True
            return
        from domain.model import FollowUp

        follow_up = FollowUp(**self.view.fields.values())
        call = replace(
            self.call,
            follow_up=follow_up,
            follow_up_on=self.view.follow_up_date.date().toPython(),
        )
        playbook = self.playbook_of(call.scenario)
        self._generation += 1
        task = ReviewTask(self._generation, partial(review_follow_up, call, playbook, self.profile))
        self._task = task
        task.signals.done.connect(self._done)  # before it starts: it may finish at once
        task.signals.failed.connect(self._failed)
        workers.start(task)  # type: ignore[arg-type]  # same signals shape as StoreTask

    def _done(self, payload: tuple[int, ToneResult]) -> None:
        generation, result = payload
        self._task = None
        if self._closed:
            return
        if generation == self._generation:
            self.show(result)
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, message: str) -> None:
        self._task = None
        if not self._closed:
            self.panel.set_message(f"The tone review stopped: {message}")

    def show(self, result: ToneResult) -> None:
        self.items = result.items
        note = ""
        if result.truncated:
            note = f"Only the first {FIELD_LIMIT:,} characters of each field were reviewed."
        elif result.total > len(result.items):
            note = f"The first {len(result.items)} of {result.total} findings are listed."
        self.panel.set_items(self.items, note)
        count = len(self.items)
        self.view.side_tabs.setTabText(
            self.tab, f"Tone review ({count})" if count else "Tone review"
        )
        self._highlight()
        self.reviewed.emit(count)

    def _highlight(self) -> None:
        editors = self.view.fields.editors
        selections: dict[str, list[QTextEdit.ExtraSelection]] = {name: [] for name in editors}
        self._cursors = []
        fmt = QTextCharFormat()
        fmt.setBackground(HIGHLIGHT)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(UNDERLINE)
        texts: dict[str, tuple[str, bool]] = {}
        for item in self.items:
            editor = editors.get(item.field or "")
            if editor is None or item.field is None:
                self._cursors.append(None)
                continue
            if item.field not in texts:
                text = editor.toPlainText()
                texts[item.field] = (text, bool(_WIDE.search(text)))
            text, wide = texts[item.field]
            start, end = (
                (qt_position(text, item.start), qt_position(text, item.end))
                if wide
                else (item.start, item.end)
            )
            cursor = QTextCursor(editor.document())
            length = editor.document().characterCount() - 1
            cursor.setPosition(min(start, length))
            cursor.setPosition(min(end, length), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            selections[item.field or ""].append(selection)
            self._cursors.append((editor, cursor))
        for name, editor in editors.items():
            editor.setExtraSelections(selections[name])

    def jump(self, index: int) -> None:
        """Put the cursor at the start of the finding in its field (the highlight stays)."""
        place = self._cursors[index] if 0 <= index < len(self._cursors) else None
        if place is None:
            return
        editor, tracked = place
        cursor = editor.textCursor()
        cursor.setPosition(tracked.selectionStart())
        editor.setTextCursor(cursor)
        editor.setFocus()
        editor.ensureCursorVisible()

    def release(self) -> None:
        self._closed = True
        self.timer.stop()
