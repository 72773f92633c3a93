"""The fixed wording of a client letter in each letter language, and its dates.

The words live as data in resources/letters/<code>.toml (one file per
domain.languages.LetterLanguage, all with the same keys), loaded once per language.
Dates are worded by Babel for the language's locale, with the formats that file names.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache

from domain.fields import FOLLOW_UP_FIELDS
from domain.languages import LetterLanguage
from domain.model import Contact
from resources import resource_path

LETTERS_DIR = resource_path("letters")
# Each follow-up field has a heading in every language (domain.fields names the fields).
HEADING_KEYS = tuple(f.name for f in FOLLOW_UP_FIELDS)
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def fill(template: str, values: dict[str, str]) -> str:
    """Replace only the placeholders named in `values`; other braces stay as text, and
    nothing in a value is read as a placeholder."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


@dataclass(frozen=True)
class Salutation:
    first_name: str
    full_name: str
    company: str
    nobody: str
    titled: tuple[tuple[frozenset[str], str], ...] = ()  # (titles, casefolded; template)
    # English titles typed in the greeting ("Ms Weber") in this language's words ("Frau").
    honorifics: tuple[tuple[str, str], ...] = ()

    def greet(self, contact: Contact | None, client: str) -> str:
        """The greeting line: the contact's own greeting, else their name; a title the
        language knows ("Frau", "Sra.") picks its form; without a contact, the company."""
        name = contact.greeting_name if contact else ""
        words = name.split()
        if len(words) > 1:
            own = dict(self.honorifics).get(words[0].rstrip(".").casefold())
            name = " ".join([own, *words[1:]]) if own else name
        if name:
            first = name.split()[0].casefold()
            for titles, template in self.titled:
                if first in titles and len(name.split()) > 1:
                    return fill(template, {"name": name})
            template = self.first_name if len(name.split()) == 1 else self.full_name
            return fill(template, {"name": name})
        client = " ".join(client.split())
        return fill(self.company, {"client": client}) if client else self.nobody


@dataclass(frozen=True)
class LetterWording:
    """Everything a letter says that the user did not type, in one language."""

    language: LetterLanguage
    locale: str
    date_formats: tuple[str, str, str]  # long (sentences), short (tables), letter (date line)
    headings: tuple[tuple[str, str], ...]
    salutation: Salutation
    table: tuple[str, str, str]  # the steps tables' column headings
    us: str
    client: str
    to_be_confirmed: str
    done: str
    line_by: str
    line_done: str
    line_no_date: str
    sign_off: str
    subject_line: str
    also_check_in: str
    page_footer: str

    def heading(self, key: str) -> str:
        return dict(self.headings)[key]

    def long_date(self, day: date) -> str:
        return self._format(day, self.date_formats[0])

    def short_date(self, day: date) -> str:
        return self._format(day, self.date_formats[1])

    def letter_date(self, day: date) -> str:
        return self._format(day, self.date_formats[2])

    def _format(self, day: date, fmt: str) -> str:
        from babel.dates import format_date, format_skeleton  # loaded on first date only

        if fmt.startswith("skeleton:"):
            return format_skeleton(fmt.removeprefix("skeleton:"), day, locale=self.locale)
        return format_date(day, fmt, locale=self.locale)


class WordingError(ValueError):
    """A letter wording file that is missing or incomplete (a packaging fault)."""


@cache
def wording(language: str | LetterLanguage = LetterLanguage.ENGLISH) -> LetterWording:
    """The wording of `language` (a LetterLanguage or its code), read once."""
    lang = LetterLanguage.parse(language)
    path = LETTERS_DIR / f"{lang.value}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        dates, steps, text, sal = data["dates"], data["steps"], data["text"], data["salutation"]
        titled = tuple(
            (frozenset(str(t).casefold() for t in entry["titles"]), str(entry["text"]))
            for entry in sal.get("titled", [])
        )
        return LetterWording(
            language=lang,
            locale=str(dates["locale"]),
            date_formats=(str(dates["long"]), str(dates["short"]), str(dates["letter"])),
            headings=tuple((key, str(data["headings"][key])) for key in HEADING_KEYS),
            salutation=Salutation(
                str(sal["first_name"]),
                str(sal["full_name"]),
                str(sal["company"]),
                str(sal["nobody"]),
                titled,
                tuple((str(k), str(v)) for k, v in sal.get("honorifics", {}).items()),
            ),
            table=(str(steps["what"]), str(steps["owner"]), str(steps["due"])),
            us=str(steps["us"]),
            client=str(steps["client"]),
            to_be_confirmed=str(steps["to_be_confirmed"]),
            done=str(steps["done"]),
            line_by=str(steps["line_by"]),
            line_done=str(steps["line_done"]),
            line_no_date=str(steps["line_no_date"]),
            sign_off=str(text["sign_off"]),
            subject_line=str(text["subject_line"]),
            also_check_in=str(text["also_check_in"]),
            page_footer=str(text["page_footer"]),
        )
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise WordingError(
            f"{path}: the {lang.label} letter wording cannot be used ({exc})"
        ) from exc
