"""The tone review's allow-list (everywhere or per client) and its "this is fine" choices.

Words are stored lower-case and trimmed; a dismissal's words as the review keys them
(domain.text.words_key). Adding what is already there, or removing what is
not, changes nothing; each says whether it did.
"""

from __future__ import annotations

from collections.abc import Iterable

from domain.model import utc_now
from domain.text import words_key
from domain.timefmt import to_iso
from domain.tone_choices import AllowedWord, Dismissal
from storage.connection import Db


class ToneChoiceRepository:
    def __init__(self, db: Db):
        self.db = db

    # words never flagged as jargon -------------------------------------------------------
    def allowed_words(self, client_id: int | None = None) -> set[str]:
        """The words allowed everywhere, plus those allowed for `client_id`."""
        rows = self.db.execute(
            "SELECT lower(word) FROM tone_allowed_words WHERE client_id IS NULL OR client_id = ?",
            [client_id],
        )
        return {r[0] for r in rows}

    def add_word(self, word: str, client_id: int | None = None) -> bool:
        """Allow `word` for one client, or everywhere; False if it was allowed already."""
        word = _clean(word)
        cur = self.db.execute(
            "INSERT INTO tone_allowed_words (word, client_id, created_at) VALUES (?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            [word, client_id, to_iso(utc_now())],
        )
        return cur.rowcount > 0

    def remove_word(self, word: str, client_id: int | None = None) -> bool:
        """Flag `word` again where it was allowed (that client, or everywhere)."""
        cur = self.db.execute(
            "DELETE FROM tone_allowed_words "
            "WHERE lower(word) = ? AND coalesce(client_id, 0) = coalesce(?, 0)",
            [words_key(word), client_id],
        )
        return cur.rowcount > 0

    def list_words(self) -> list[AllowedWord]:
        """Every allowed word: those allowed everywhere first, then by client, by word."""
        rows = self.db.query(
            "SELECT w.word, w.client_id, c.name AS client "
            "FROM tone_allowed_words w LEFT JOIN clients c ON c.id = w.client_id "
            "ORDER BY w.client_id IS NOT NULL, c.name COLLATE NOCASE, lower(w.word)"
        )
        return [AllowedWord(r["word"], r["client_id"], r["client"]) for r in rows]

    # findings marked fine in one call ----------------------------------------------------
    def dismissals(self, call_id: int) -> set[tuple[str, str]]:
        """The (rule, words) keys the review leaves out of this call."""
        rows = self.db.execute(
            "SELECT rule, words FROM tone_dismissals WHERE call_id = ?", [call_id]
        )
        return {(r[0], r[1]) for r in rows}

    def dismiss(self, call_id: int, rule: str, words: str) -> bool:
        """Mark a finding fine in this call; False if it was already."""
        words = words_key(words)
        if not rule or not words:
            raise ValueError("a finding is marked fine by its rule and the words it caught")
        cur = self.db.execute(
            "INSERT INTO tone_dismissals (call_id, rule, words, created_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            [call_id, rule, words, to_iso(utc_now())],
        )
        return cur.rowcount > 0

    def undismiss(self, call_id: int, rule: str, words: str) -> bool:
        cur = self.db.execute(
            "DELETE FROM tone_dismissals WHERE call_id = ? AND rule = ? AND words = ?",
            [call_id, rule, words_key(words)],
        )
        return cur.rowcount > 0

    def list_dismissals(self) -> list[Dismissal]:
        """Every finding marked fine, the newest calls first, with the call's title and
        client."""
        rows = self.db.query(
            "SELECT d.call_id, calls.title, clients.name AS client, d.rule, d.words "
            "FROM tone_dismissals d JOIN calls ON calls.id = d.call_id "
            "JOIN clients ON clients.id = calls.client_id "
            "ORDER BY coalesce(calls.started_at, calls.created_at) DESC, d.call_id DESC, "
            "d.rule, d.words"
        )
        return [
            Dismissal(r["call_id"], r["title"], r["client"], r["rule"], r["words"]) for r in rows
        ]

    # both ----------------------------------------------------------------------------------
    def remove(
        self, words: Iterable[AllowedWord] = (), dismissals: Iterable[Dismissal] = ()
    ) -> None:
        """Take back several choices at once, in one transaction (Profile and settings)."""
        with self.db.atomic():
            for word in words:
                self.remove_word(word.word, word.client_id)
            for dismissal in dismissals:
                self.undismiss(dismissal.call_id, dismissal.rule, dismissal.words)


def _clean(word: str) -> str:
    word = words_key(word)
    if not word:
        raise ValueError("an empty word cannot be allowed")
    return word
