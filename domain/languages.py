"""The languages a client letter can be written in: one code list for the form, the
command line (`--lang`) and the letter composer."""

from __future__ import annotations

from enum import StrEnum


class LetterLanguage(StrEnum):
    ENGLISH = "en"
    GERMAN = "de"
    FRENCH = "fr"
    SPANISH = "es"
    DUTCH = "nl"

    @property
    def label(self) -> str:
        """The language's own name, as its speakers look for it in a list."""
        return _LABELS[self]

    @classmethod
    def parse(cls, code: str | None) -> LetterLanguage:
        """A known code ('DE' and ' de ' too); ValueError names the codes there are."""
        try:
            return cls((code or "").strip().lower())
        except ValueError:
            known = ", ".join(lang.value for lang in cls)
            raise ValueError(f"unknown letter language {code!r} (use one of {known})") from None


_LABELS = {
    LetterLanguage.ENGLISH: "English",
    LetterLanguage.GERMAN: "Deutsch",
    LetterLanguage.FRENCH: "Français",
    LetterLanguage.SPANISH: "Español",
    LetterLanguage.DUTCH: "Nederlands",
}

LANGUAGE_CODES: tuple[str, ...] = tuple(lang.value for lang in LetterLanguage)


def tone_review_notice(language: str | LetterLanguage) -> str:
    """What the tone review says of a letter it cannot read: '' for English, else
    'The tone review checks English text only; this letter is in Deutsch.'"""
    try:
        lang = LetterLanguage.parse(language)
    except ValueError:
        return "The tone review checks English text only; this letter is not in English."
    if lang is LetterLanguage.ENGLISH:
        return ""
    return f"The tone review checks English text only; this letter is in {lang.label}."
