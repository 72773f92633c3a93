"""The start-up banner: overdue commitments, follow-ups due and letters not sent, with the
actions they need."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from domain.commitments import FollowUpDue
from domain.model import CallSummary
from domain.timefmt import local
from ui.i18n import tr
from ui.widgets.common import day_text, named

MAX_ROWS = 3
# Its colours are the style sheet's (QFrame#startupBanner, from the palette).


def headline(
    overdue: int,
    follow_ups: list[FollowUpDue],
    today: date,
    letters: int = 0,
    oldest_letter: date | None = None,
    follow_ups_due: int | None = None,
) -> str:
    """'3 commitments overdue · 2 follow-ups due today · 2 letters not sent, the oldest
    from yesterday' (parts with nothing due left out). `follow_ups` are the first check-ins
    due, oldest first, and `follow_ups_due` how many in all (by default as many as given):
    when the oldest is due today, all are."""
    parts = []
    if overdue:
        parts.append(tr("%n commitment(s) overdue", None, overdue))
    if follow_ups:
        all_today = all(f.follow_up_on == today for f in follow_ups)
        total = len(follow_ups) if follow_ups_due is None else max(follow_ups_due, len(follow_ups))
        if all_today:  # each spelt out in a tr() call, where lupdate finds it
            parts.append(tr("%n follow-up(s) due today", None, total))
        else:
            parts.append(tr("%n follow-up(s) due", None, total))
    if letters:
        when = _in_sentence(day_text(oldest_letter, today)) if oldest_letter else ""
        if letters == 1:
            text = tr("1 letter not sent (from {when})") if when else tr("1 letter not sent")
        elif when:
            text = tr("%n letter(s) not sent, the oldest from {when}", None, letters)
        else:
            text = tr("%n letter(s) not sent", None, letters)
        parts.append(text.format(when=when))
    return " · ".join(parts)


def _in_sentence(day: str) -> str:
    """'today', 'yesterday' inside a sentence; other days as day_text words them."""
    return day.lower() if day in (tr("Today"), tr("Yesterday"), tr("Tomorrow")) else day


class DueRow(QWidget):
    """One thing due, as the banner lists it: what it is, "Open" (its call) and the button
    that settles it ("Checked in" for a follow-up, "Sent" for a letter)."""

    open_call = Signal(int)
    settled = Signal(object)  # the item the row shows

    def __init__(
        self,
        text: str,
        call_id: int,
        item: object,
        names: tuple[str, str, str],  # object names: the text, "Open" and the settling button
        settle: tuple[str, str],  # the settling button's text and accessible name
        client: str,
    ):
        super().__init__()
        self.call_id, self.item = call_id, item
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setObjectName(names[0])
        self.open_button = named(QPushButton(tr("Open")), names[1], f"Open the call with {client}")
        self.settle_button = named(QPushButton(settle[0]), names[2], settle[1])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.settle_button)
        self.open_button.clicked.connect(self._open)
        self.settle_button.clicked.connect(self._settle)

    def _open(self) -> None:
        self.open_call.emit(self.call_id)

    def _settle(self) -> None:
        self.settled.emit(self.item)


def follow_up_row(number: int, item: FollowUpDue, today: date) -> DueRow:
    when = _in_sentence(day_text(item.follow_up_on, today))
    return DueRow(
        tr("Check in with {client} — {title} (due {when})").format(
            client=item.client, title=item.title, when=when
        ),
        item.call_id,
        item,
        (f"bannerFollowUp{number}", f"bannerOpen{number}", f"bannerCheckedIn{number}"),
        (tr("Checked in"), f"Mark the check-in with {item.client} done"),
        item.client,
    )


def letter_row(number: int, summary: CallSummary, today: date) -> DueRow:
    ended = day_text(local(summary.ended_at).date(), today) if summary.ended_at else ""
    return DueRow(
        tr("Send the letter to {client} — {title} (call {ended})").format(
            client=summary.client, title=summary.title, ended=_in_sentence(ended)
        ),
        summary.id,
        summary,
        (f"bannerLetter{number}", f"bannerOpenLetter{number}", f"bannerLetterSent{number}"),
        (tr("Sent"), f"Mark the letter to {summary.client} sent"),
        summary.client,
    )


class StartupBanner(QFrame):
    """Shows what it is given (`show_due`, `show_note`); hidden when nothing is due, and
    for the rest of the session once closed. The store work is BannerController's.

    Emits show_board() for "Show commitments", open_call(call_id) for a row's "Open",
    checkInRequested(FollowUpDue) for "Checked in", letterSentRequested(CallSummary) for
    "Sent" and undoRequested() for "Undo".
    """

    show_board = Signal()
    open_call = Signal(int)
    checkInRequested = Signal(object)  # noqa: N815 (Qt signal naming) the FollowUpDue
    letterSentRequested = Signal(object)  # noqa: N815 the CallSummary
    undoRequested = Signal()  # noqa: N815 the last check-in or letter marked sent

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("startupBanner")
        self._dismissed = False
        self._can_undo = False
        self.follow_ups: list[FollowUpDue] = []
        self.follow_ups_due = 0  # how many in all (follow_ups holds the first ones)
        self.letters: list[CallSummary] = []
        self.letters_owed = 0
        self.overdue = 0
        self.headline = QLabel()
        self.headline.setObjectName("bannerHeadline")
        self.headline.setStyleSheet("font-weight: bold;")
        self.board_button = named(
            QPushButton(tr("Show commitments")), "bannerShowBoard", "Show the commitments board"
        )
        self.close_button = named(
            QPushButton("✕"), "bannerClose", "Close the reminder", tr("Close")
        )
        self.close_button.setFlat(True)
        self.close_button.setStyleSheet("padding: 2px 10px;")
        self.undo_button = named(QPushButton(tr("Undo")), "bannerUndo", "Undo the last check-in")
        self.note = QLabel()
        self.note.setObjectName("bannerNote")
        self.more = QLabel()
        self.more.setObjectName("bannerMore")
        self._rows = QVBoxLayout()
        self._rows.setSpacing(2)
        self._lay_out()
        self.board_button.clicked.connect(self.show_board)
        self.close_button.clicked.connect(self.dismiss)
        self.undo_button.clicked.connect(self.undoRequested)
        self.note.hide()
        self.undo_button.hide()
        self.hide()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(self.board_button)
        top.addWidget(self.close_button)
        notice = QHBoxLayout()
        notice.addWidget(self.note, 1)
        notice.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addLayout(top)
        layout.addLayout(self._rows)
        layout.addWidget(self.more)
        layout.addLayout(notice)

    @property
    def dismissed(self) -> bool:
        return self._dismissed

    def show_due(
        self,
        overdue: int,
        follow_ups: list[FollowUpDue],
        letters: list[CallSummary],
        letters_owed: int,
        today: date,
        follow_ups_due: int | None = None,
    ) -> None:
        """What is due: the overdue count, the first follow-ups due (oldest first) and how
        many in all (by default as many as given), the first letters not sent (oldest
        first) and how many are owed in all. Shows the banner if anything is due (or an
        undo is on offer) and it was not closed."""
        self.overdue = overdue
        self.follow_ups = follow_ups
        self.follow_ups_due = len(follow_ups) if follow_ups_due is None else follow_ups_due
        self.letters, self.letters_owed = letters, letters_owed
        oldest = letters[0].ended_at if letters else None
        oldest_day = local(oldest).date() if oldest else None
        self.headline.setText(
            headline(overdue, follow_ups, today, letters_owed, oldest_day, follow_ups_due)
        )
        self.board_button.setVisible(overdue > 0 or letters_owed > 0)
        self._fill_rows(today)
        self._show_if_needed()

    def show_note(self, text: str, can_undo: bool) -> None:
        """The line under the rows ("Checked in with Acme.") and its Undo; both hidden
        when there is nothing to undo. An undo on offer keeps the banner up at the next
        `show_due`, even with nothing left due."""
        self._can_undo = can_undo
        self.note.setText(text)
        self.note.setVisible(can_undo)
        self.undo_button.setVisible(can_undo)

    def dismiss(self) -> None:
        """Close the banner for this session; later refreshes keep it closed."""
        self._dismissed = True
        self.hide()

    def _show_if_needed(self) -> None:
        due = bool(self.overdue or self.follow_ups or self.letters_owed)
        self.setVisible((due or self._can_undo) and not self._dismissed)

    def _fill_rows(self, today: date) -> None:
        while self._rows.count():
            widget = self._rows.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for number, item in enumerate(self.follow_ups[:MAX_ROWS]):
            row = follow_up_row(number, item, today)
            row.open_call.connect(self.open_call)
            row.settled.connect(self.checkInRequested)
            self._rows.addWidget(row)
        room = max(0, MAX_ROWS - len(self.follow_ups))
        for number, summary in enumerate(self.letters[:room]):
            letter = letter_row(number, summary, today)
            letter.open_call.connect(self.open_call)
            letter.settled.connect(self.letterSentRequested)
            self._rows.addWidget(letter)
        hidden = self.follow_ups_due - MAX_ROWS
        more = [tr("%n more follow-up(s) due", None, hidden)] if hidden > 0 else []
        letters_hidden = self.letters_owed - min(room, len(self.letters))
        if letters_hidden > 0:
            more.append(tr("%n more letter(s) not sent", None, letters_hidden))
        joined = tr(" and ").join(more)
        self.more.setText(tr("and {more}").format(more=joined) if more else "")
        self.more.setVisible(bool(more))
