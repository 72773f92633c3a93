"""Tone review in the wrap-up: the letter as it would be sent, reviewed as the user writes.

Half a second after the last edit, the follow-up fields are composed into the letter
(domain.compose) and reviewed (domain.tone_letter.review_letter) on a worker thread.
Only what the user wrote is reviewed: each finding in a follow-up field is highlighted
there, and a click on it in the panel puts the cursor on it; findings in the next
steps are listed without a place to jump to. The review only advises: export is never
held back by it.

The user can answer a finding: "This is fine" (remembered for this call) or, for
jargon, "Ignore this word" for this client or everywhere (the allow-list). Both are
stored at once (storage.tone_choices) and can be undone; the words the client used in
the call (their quotes, concerns and questions) are never jargon either.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, QObject, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from domain.text import clip as clip_line
from storage.errors import StorageError
from ui.i18n import number_text, tr
from ui.pages.wrapup.tone_review import FIELD_LIMIT, ToneResult, review_follow_up
from ui.palette import current
from ui.style import theme
from ui.tasks import Task, TaskRunner
from ui.widgets.tone_panel import ToneItem, TonePanel

if TYPE_CHECKING:
    from domain.model import Call, Profile
    from storage.store import Store
    from ui.pages.wrapup.controller import WrapUpController

DELAY_MS = 500
SHORT = 40  # characters of a finding's words quoted in a message
_WIDE = re.compile("[\U00010000-\U0010ffff]")
FINE, IGNORE = "fine", "ignore"


def highlight_format() -> QTextCharFormat:
    """How a finding is marked in its field: the palette's tone colours, a dotted line."""
    colours = current()
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(colours.tone_bg))
    fmt.setForeground(QColor(colours.tone_text))
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setUnderlineColor(QColor(colours.tone_underline))
    return fmt


@dataclass(frozen=True)
class ToneChoice:
    """One answer to a finding, as stored, so that Undo can take it back."""

    kind: str  # FINE or IGNORE
    shown: str  # the words as the letter has them, for messages
    rule: str = ""  # FINE: the finding's rule and words
    words: str = ""
    word: str = ""  # IGNORE: the word allowed, and for which client (None: everywhere)
    client_id: int | None = None


NOT_READ = "The tone review checks English text only; this letter is in "


def notice_text(notice: str) -> str:
    """domain.languages.tone_review_notice's words in the interface language."""
    if notice.startswith(NOT_READ) and notice.endswith("."):
        language = notice[len(NOT_READ) : -1]
        return tr("The tone review checks English text only; this letter is in {language}.").format(
            language=language
        )
    return tr(notice)


QT_TR_NOOP("The tone review checks English text only; this letter is not in English.")


def qt_position(text: str, index: int) -> int:
    """A Python index as a QTextDocument position (UTF-16: an emoji counts twice)."""
    head = text[:index]
    return index + len(_WIDE.findall(head)) if _WIDE.search(head) else index


# --- the controller ------------------------------------------------------------------------


class ToneController(QObject):
    """Owns the wrap-up's tone panel: schedules reviews, shows and highlights findings,
    and stores the user's answers to them (with an undo stack for this call)."""

    reviewed = Signal(int)  # number of findings shown, after each review

    def __init__(
        self, store: Store, wrapup: WrapUpController, playbook_of: Callable, tasks: TaskRunner
    ) -> None:
        super().__init__(wrapup)
        self.tasks = tasks
        self.store = store
        self.wrapup = wrapup
        self.playbook_of = playbook_of
        self.view = wrapup.view
        self.panel = TonePanel()
        self.tab = self.view.add_side_panel(self.panel, tr("Tone review"))
        self.call: Call | None = None
        self.profile: Profile | None = None
        self.items: list[ToneItem] = []
        self.result: ToneResult | None = None
        self.allowed: frozenset[str] = frozenset()
        self.dismissed: frozenset[tuple[str, str]] = frozenset()
        self.undo_stack: list[ToneChoice] = []  # this call's choices, this visit, newest last
        self._cursors: list[tuple[QPlainTextEdit, QTextCursor] | None] = []
        self._generation = 0
        self._task: Task | None = None
        self._again = False
        self._closed = False
        theme().changed.connect(self._restyle)  # the findings' marks follow the appearance
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.view.edited.connect(self.schedule)
        self.panel.activated.connect(self.jump)
        self.panel.fineRequested.connect(self.mark_fine)
        self.panel.ignoreRequested.connect(self.ignore_word)
        self.panel.undoRequested.connect(self.undo)

    def load(self, call_id: int | None) -> None:
        """The wrap-up shows a call: review it now, with the profile, the allow-list and
        the findings marked fine as they are now."""
        if call_id is None:
            return
        if self.call is None or self.call.id != call_id:
            self.undo_stack.clear()
            self.panel.set_notice("")
        self.call = self.store.calls.get(call_id)
        self.profile = self.store.settings.profile()
        self._read_choices()
        self.panel.set_client(self.call.client.name)
        self.timer.stop()
        self.refresh()

    def _read_choices(self) -> None:
        """Two small indexed reads: the allow-list for this client, this call's dismissals."""
        assert self.call is not None and self.call.id is not None
        self.allowed = frozenset(self.store.tone.allowed_words(self.call.client.id))
        self.dismissed = frozenset(self.store.tone.dismissals(self.call.id))

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

        follow_up = self.view.follow_up()
        call = replace(
            self.call,
            follow_up=follow_up,
            follow_up_on=self.view.check_in_day(),
        )
        playbook = self.playbook_of(call.scenario)
        self._generation += 1
        work = partial(review_follow_up, call, playbook, self.profile, self.allowed, self.dismissed)
        generation = self._generation
        self._task = self.tasks.run(lambda: (generation, work()), self._done, self._failed)

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
            self.panel.set_message(tr("The tone review stopped: {message}").format(message=message))

    def show(self, result: ToneResult) -> None:
        self.result = result
        self.items = result.items
        notes = []
        if result.truncated:
            notes.append(
                tr("Only the first {limit} characters of each field were reviewed.").format(
                    limit=number_text(FIELD_LIMIT)
                )
            )
        elif result.total > len(result.items):
            notes.append(
                tr("The first {shown} of {total} findings are listed.").format(
                    shown=len(result.items), total=result.total
                )
            )
        if result.dismissed:
            if result.dismissed == 1:
                notes.append(tr("1 finding you marked fine is not listed."))
            else:
                notes.append(
                    tr("%n findings you marked fine are not listed.", None, result.dismissed)
                )
        self.panel.set_items(self.items, " ".join(notes))
        if result.notice:  # not "nothing to flag": nothing was read
            self.panel.set_message(notice_text(result.notice))
        count = len(self.items)
        self.view.side_tabs.setTabText(
            self.tab,
            tr("Tone review ({count})").format(count=count) if count else tr("Tone review"),
        )
        self._highlight()
        self.reviewed.emit(count)

    def _restyle(self) -> None:
        if not self._closed and self.items:
            self._highlight()

    def _highlight(self) -> None:
        editors = self.view.fields.editors
        selections: dict[str, list[QTextEdit.ExtraSelection]] = {name: [] for name in editors}
        self._cursors = []
        fmt = highlight_format()
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

    # the user's answers -----------------------------------------------------------------
    def mark_fine(self, index: int) -> None:
        """'This is fine': the finding's rule and words are not flagged again in this call."""
        item = self._item(index)
        if item is None or not item.can_dismiss or self.call is None or self.call.id is None:
            return
        choice = ToneChoice(FINE, item.excerpt, rule=item.rule, words=item.words)
        message = tr("'{words}' will not be flagged again in this call.").format(
            words=clip_line(item.excerpt, SHORT)
        )
        store_it = partial(self.store.tone.dismiss, self.call.id, item.rule, item.words)
        self._apply(choice, message, store_it)

    def ignore_word(self, index: int, for_client: bool = True) -> None:
        """'Ignore this word': never jargon in letters to this client, or in any letter."""
        item = self._item(index)
        if item is None or not item.can_ignore or self.call is None:
            return
        client_id = self.call.client.id if for_client else None
        choice = ToneChoice(IGNORE, item.excerpt, word=item.allow, client_id=client_id)
        if for_client:
            message = tr("'{words}' will not be flagged for {client}.")
        else:
            message = tr("'{words}' will not be flagged in any letter.")
        message = message.format(words=clip_line(item.excerpt, SHORT), client=self.call.client.name)
        self._apply(choice, message, partial(self.store.tone.add_word, item.allow, client_id))

    def undo(self) -> None:
        """Take back the newest choice: out of storage, and its findings come back."""
        if not self.undo_stack or self.call is None or self.call.id is None:
            return
        choice = self.undo_stack[-1]
        try:
            if choice.kind == FINE:
                self.store.tone.undismiss(self.call.id, choice.rule, choice.words)
            else:
                self.store.tone.remove_word(choice.word, choice.client_id)
        except StorageError as exc:
            self.panel.set_notice(tr("Not undone: {message}").format(message=exc), True)
            return
        self.undo_stack.pop()
        self._read_choices()
        self.panel.set_notice(
            tr("Undone: '{words}' is flagged again.").format(words=clip_line(choice.shown, SHORT)),
            bool(self.undo_stack),
        )
        self._review_again()

    def _apply(self, choice: ToneChoice, message: str, store_it: Callable[[], bool]) -> None:
        try:
            added = store_it()
        except StorageError as exc:
            self.panel.set_notice(
                tr("Not saved: {message}").format(message=exc), bool(self.undo_stack)
            )
            return
        if added:  # already stored (a second window, say): nothing of ours to undo
            self.undo_stack.append(choice)
        self._read_choices()
        self.panel.set_notice(message, bool(self.undo_stack))
        self._hide(choice)
        self._review_again()

    def _hide(self, choice: ToneChoice) -> None:
        """Drop the findings the choice covers now; the review that follows confirms it."""
        if self.result is None:
            return
        if choice.kind == FINE:
            kept = [i for i in self.items if (i.rule, i.words) != (choice.rule, choice.words)]
        else:
            kept = [i for i in self.items if i.allow != choice.word]
        gone = len(self.items) - len(kept)
        self.show(
            replace(
                self.result,
                items=kept,
                total=self.result.total - gone,
                dismissed=self.result.dismissed + (gone if choice.kind == FINE else 0),
            )
        )

    def _review_again(self) -> None:
        """Review now with the new choices; a review still running used the old ones, so
        its result is dropped."""
        self.timer.stop()
        if self._task is not None:
            self._generation += 1  # the running review's answer no longer counts
            self._again = True
            return
        self.refresh()

    def _item(self, index: int) -> ToneItem | None:
        return self.items[index] if 0 <= index < len(self.items) else None

    def release(self) -> None:
        self._closed = True
        theme().changed.disconnect(self._restyle)
        self.timer.stop()
