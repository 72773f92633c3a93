"""The letter in each letter language: headings, salutation, dates, steps, hints."""

from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path

import pytest

import domain.compose as compose
from domain.compose import compose_letter, letter_text, long_date, short_date
from domain.languages import LetterLanguage, tone_review_notice
from domain.letter_wording import HEADING_KEYS, LETTERS_DIR, wording
from domain.model import Client, Contact
from domain.playbooks import SCENARIOS, PlaybookLibrary
from domain.tone_letter import review_letter
from tests.exporters.sample_call import profile, sample_call

LIB = PlaybookLibrary(user_dir=None)

# What a native reader expects to see, per language: the first heading, the greeting of
# a contact known by first name and of the company alone, the date line, the steps
# table's headings and a due date in it, the follow-up date in a sentence, the sign-off.
EXPECTED = {
    "en": (
        "What happened",
        "Dear Dana,",
        "Dear Northwind Traders,",
        "20 November 2026",
        ("What", "Owner", "Due"),
        "Fri 27 Nov 2026",
        "Wednesday 2 December 2026",
        "Kind regards,",
    ),
    "de": (
        "Was geschehen ist",
        "Hallo Dana,",
        "Sehr geehrte Damen und Herren,",
        "20. November 2026",
        ("Schritt", "Verantwortlich", "Termin"),
        "Fr., 27.11.2026",
        "Mittwoch, 2. Dezember 2026",
        "Mit freundlichen Grüßen",
    ),
    "fr": (
        "Ce qui s’est passé",
        "Bonjour Dana,",
        "Madame, Monsieur,",
        "20 novembre 2026",
        ("Étape", "Responsable", "Échéance"),
        "ven. 27 nov. 2026",
        "mercredi 2 décembre 2026",
        "Bien cordialement,",
    ),
    "es": (
        "Qué ha ocurrido",
        "Buenos días, Dana:",
        "Estimado equipo de Northwind Traders:",
        "20 de noviembre de 2026",
        ("Paso", "Responsable", "Fecha"),
        "vie, 27 nov 2026",
        "miércoles 2 de diciembre de 2026",
        "Un cordial saludo,",
    ),
    "nl": (
        "Wat er is gebeurd",
        "Beste Dana,",
        "Geachte heer, mevrouw,",
        "20 november 2026",
        ("Stap", "Verantwoordelijk", "Datum"),
        "vr 27 nov 2026",
        "woensdag 2 december 2026",
        "Met vriendelijke groet,",
    ),
}


def letter_in(lang: str, contact: Contact | None = None, **changes):
    call = sample_call()
    call.contact = contact
    for name, value in changes.items():
        setattr(call, name, value)
    return compose_letter(call, LIB.get(call.scenario), profile(), lang)


def test_every_letter_language_is_covered() -> None:
    assert set(EXPECTED) == {lang.value for lang in LetterLanguage}
    assert sorted(p.stem for p in LETTERS_DIR.glob("*.toml")) == sorted(EXPECTED)


@pytest.mark.parametrize("lang", list(EXPECTED))
def test_letter_in_each_language(lang: str) -> None:
    heading, greet, company, date_line, table, due, check_in, sign_off = EXPECTED[lang]
    letter = letter_in(lang, Contact("Dana Kim", "dana@northwind.example", "Dana"))
    assert letter.language == lang
    assert letter.sections[0].heading == heading
    assert [s.key for s in letter.sections] == list(HEADING_KEYS)
    assert letter.greeting == greet
    assert letter.date_line == date_line
    assert letter.words.table == table
    assert letter.section("what_we_do").rows[0].due == due
    assert letter.sign_off == sign_off
    assert check_in in " ".join(letter.section("next_update").paragraphs)
    hints = LIB.get("delivery_delay").hints(lang)
    assert letter.opening == hints["what_happened"]
    assert letter.closing == hints["closing"]
    assert letter.subject == hints["subject"].replace("{title}", "Warehouse app release")
    # No contact: the company, in that language's form.
    assert letter_in(lang, None).greeting == company


@pytest.mark.parametrize("lang", list(EXPECTED))
def test_owner_words_and_to_be_confirmed_in_each_language(lang: str) -> None:
    words = wording(lang)
    call = sample_call()
    call.next_steps[0].owner = ""
    call.next_steps[0].due_on = None
    letter = compose_letter(call, LIB.get(call.scenario), type(profile())(), lang)
    first = letter.section("what_we_do").rows
    assert (first[0].owner, first[0].due) == (words.to_be_confirmed, words.to_be_confirmed)
    assert first[2].owner == words.us  # no company in the profile: "Our team"
    assert letter.section("what_we_need").rows[0].owner == words.client
    assert first[1].due == words.done
    text = letter_text(letter)
    assert text.startswith(words.subject_line.replace("{subject}", letter.subject))
    assert words.line_no_date in text and words.line_done in text


@pytest.mark.parametrize(
    ("lang", "greeting", "expected"),
    [
        ("en", "Ms Kim", "Dear Ms Kim,"),
        ("en", "", "Dear Dana Kim,"),
        ("de", "Frau Kim", "Sehr geehrte Frau Kim,"),
        ("de", "Herr Dr. Weber", "Sehr geehrter Herr Dr. Weber,"),
        ("de", "", "Guten Tag Dana Kim,"),
        ("fr", "Madame Kim", "Bonjour Madame Kim,"),
        ("fr", "", "Bonjour Dana Kim,"),
        ("es", "Sra. Kim", "Estimada Sra. Kim:"),
        ("es", "Sr. Ruiz", "Estimado Sr. Ruiz:"),
        ("es", "", "Buenos días, Dana Kim:"),
        ("nl", "mevrouw Kim", "Geachte mevrouw Kim,"),
        ("nl", "", "Geachte Dana Kim,"),
    ],
)
def test_salutation_forms(lang: str, greeting: str, expected: str) -> None:
    assert letter_in(lang, Contact("Dana Kim", greeting=greeting)).greeting == expected


def test_the_calls_language_is_the_default_and_the_client_s_before_it() -> None:
    call = sample_call()
    call.client = Client("Nordwind Handel", language="de")
    assert compose_letter(call, LIB.get(call.scenario), profile()).language == "de"
    call.language = "fr"
    assert compose_letter(call, LIB.get(call.scenario), profile()).language == "fr"
    assert compose_letter(call, LIB.get(call.scenario), profile(), "nl").language == "nl"
    call.language = "xx"  # written by a newer Candor, say: English rather than no letter
    assert compose_letter(call, LIB.get(call.scenario), profile()).language == "en"
    with pytest.raises(ValueError, match="unknown letter language"):
        compose_letter(call, LIB.get(call.scenario), profile(), "xx")


def test_dates_come_from_babel_and_english_keeps_its_style() -> None:
    assert not hasattr(compose, "MONTHS") and not hasattr(compose, "WEEKDAYS")
    day = date(2026, 11, 27)
    assert long_date(day) == "Friday 27 November 2026"
    assert short_date(day) == "Fri 27 Nov 2026"
    assert long_date(day, "de") == "Freitag, 27. November 2026"
    assert long_date(day, "es") == "viernes 27 de noviembre de 2026"
    assert short_date(day, "fr") == "ven. 27 nov. 2026"


def test_german_opening_goes_on_in_lower_case_after_the_greeting() -> None:
    for scenario in SCENARIOS:
        opening = LIB.get(scenario).hints("de")["what_happened"]
        assert opening[0].islower(), (scenario, opening)


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_shipped_playbooks_carry_every_language(scenario: str) -> None:
    playbook = LIB.get(scenario)
    english = {k: v for k, v in playbook.letter_hints.items() if k != "greeting"}
    assert set(playbook.translations) == {"de", "fr", "es", "nl"}
    for lang, hints in playbook.translations.items():
        assert set(hints) == set(english), (scenario, lang)
        for key, text in hints.items():
            assert text.strip() and text != english[key], (scenario, lang, key)
            placeholders = set(re.findall(r"\{(\w+)\}", text))
            assert placeholders == set(re.findall(r"\{(\w+)\}", english[key])), (lang, key)
        if lang == "fr":  # French typography: no plain space before a colon
            assert all(" :" not in text for text in hints.values())


def test_wording_files_have_the_same_keys() -> None:
    def keys(data: dict, prefix: str = "") -> set[str]:
        out = set()
        for k, v in data.items():
            if k == "honorifics":  # English titles in other languages' words; not in en
                continue
            if isinstance(v, dict):
                out |= keys(v, f"{prefix}{k}.")
            elif k != "titled":
                out.add(prefix + k)
        return out

    files = {
        p.stem: tomllib.loads(p.read_text(encoding="utf-8")) for p in LETTERS_DIR.glob("*.toml")
    }
    english = keys(files["en"])
    for lang, data in files.items():
        assert keys(data) == english, lang
        assert wording(lang).language == lang


def test_user_copy_without_translations_falls_back_to_english_hints(tmp_path: Path) -> None:
    shipped = (Path(compose.__file__).parent.parent / "resources/playbooks/generic.toml").read_text(
        encoding="utf-8"
    )
    own = shipped.split("\n# German")[0].replace(
        "Thank you for taking the time", "Many thanks for taking the time"
    )
    assert "[letter.de]" not in own
    (tmp_path / "generic.toml").write_text(own, encoding="utf-8")
    library = PlaybookLibrary(user_dir=tmp_path)
    call = sample_call()
    call.scenario = "generic"
    letter = compose_letter(call, library.get("generic"), profile(), "de")
    assert library.problems == []
    assert letter.opening.startswith("Many thanks for taking the time")  # the user's English
    assert letter.sections[0].heading == "Was geschehen ist"  # the language's own words
    assert letter.greeting == "Sehr geehrte Damen und Herren,"  # never an English greeting


def test_a_playbook_table_for_an_unknown_language_is_a_problem(tmp_path: Path) -> None:
    shipped = (Path(compose.__file__).parent.parent / "resources/playbooks/generic.toml").read_text(
        encoding="utf-8"
    )
    (tmp_path / "generic.toml").write_text(shipped + '\n[letter.it]\nsubject = "x"\n', "utf-8")
    library = PlaybookLibrary(user_dir=tmp_path)
    assert library.get("generic").translations["de"]  # the shipped one instead
    assert len(library.problems) == 1 and "[letter.it]" in library.problems[0]


def test_tone_review_says_it_reads_english_only() -> None:
    assert tone_review_notice("en") == ""
    assert tone_review_notice("de") == (
        "The tone review checks English text only; this letter is in Deutsch."
    )
    assert tone_review_notice(LetterLanguage.DUTCH).endswith("this letter is in Nederlands.")
    call = sample_call()
    call.follow_up.what_happened = (
        "Leider hat der Dienstleister die Schnittstelle nicht rechtzeitig."
    )
    german = compose_letter(call, LIB.get(call.scenario), profile(), "de")
    reviewed = review_letter(german, vars(call.follow_up))
    assert reviewed.findings == []
    assert reviewed.notice == tone_review_notice("de")
    english = compose_letter(call, LIB.get(call.scenario), profile(), "en")
    assert review_letter(english, vars(call.follow_up)).notice == ""


def test_an_english_title_in_the_greeting_is_said_in_the_letters_language():
    from domain.compose import salutation
    from domain.model import Contact

    expected = {
        "de": ("Sehr geehrte Frau Weber,", "Sehr geehrter Herr Weber,"),
        "fr": ("Bonjour Madame Weber,", "Bonjour Monsieur Weber,"),
        "es": ("Estimada Sra. Weber:", "Estimado Sr. Weber:"),
        "nl": ("Geachte mevrouw Weber,", "Geachte heer Weber,"),
        "en": ("Dear Ms Weber,", "Dear Mr. Weber,"),
    }
    for language, (her, him) in expected.items():
        assert salutation(Contact("Anna Weber", greeting="Ms Weber"), "Acme", language) == her
        assert salutation(Contact("Jan Weber", greeting="Mr. Weber"), "Acme", language) == him
