"""What the user typed stays text (issue 10, item 9): the letter as HTML (the email
draft's HTML body) and as Markdown holds markup, links and character references as
plain characters, never as markup or a live link."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

import pytest

from domain.compose import compose_letter
from domain.model import NextStep, Profile
from domain.playbooks import PlaybookLibrary
from exporters.html import TAGS, letter_html
from exporters.text import email_parts, letter_to_markdown
from tests.exporters.sample_call import PRIVATE_MARKERS, profile, sample_call

LIB = PlaybookLibrary(user_dir=None)
IMG = "<img src=x onerror=alert(1)>"
LINK = "[pay here](javascript:alert(document.cookie))"
ENTITY = "&lt;script&gt;alert(2)&lt;/script&gt; &#60;b&#62; &#x3C;i&#x3E; &amp;"
SCRIPT = '</p><script>alert("3")</script><a href="https://evil.example">x</a>'
PAYLOADS = (IMG, LINK, ENTITY, SCRIPT)


class Parsed(HTMLParser):
    """Every tag with its attributes, and the text a mail program would show."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.chunks: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        self.tags.append((tag, attrs))

    def handle_startendtag(self, tag, attrs):  # noqa: ANN001
        self.tags.append((tag, attrs))

    def handle_data(self, data):  # noqa: ANN001
        self.chunks.append(data)

    @property
    def text(self) -> str:
        return "".join(self.chunks)


def planted_call():
    """Every field that reaches the letter holds markup, a link or character references."""
    call = sample_call()
    call.client.name = f"Acme {IMG}"
    call.title = f"Release {LINK}"
    fu = call.follow_up
    fu.what_happened = f"{IMG}\nSecond line {ENTITY}"
    fu.what_it_means = LINK
    fu.what_we_do = SCRIPT
    fu.what_we_need = ENTITY
    fu.prevent_repeat = f"{SCRIPT}\n\n{IMG}"
    fu.amends = f"**bold** {LINK}"
    fu.next_update = ENTITY
    call.next_steps.append(NextStep(call.id, IMG, f"Priya {LINK}", date(2026, 12, 1), id=9))
    call.next_steps.append(NextStep(call.id, ENTITY, "client", date(2026, 12, 2), id=10))
    return call


def planted_profile() -> Profile:
    return Profile(
        name=f"Dana {IMG}",
        role=LINK,
        company=f"Bright & {ENTITY}",
        email="dana@brightline.example",
        phone=SCRIPT,
    )


@pytest.fixture
def letter():
    return compose_letter(planted_call(), LIB.get("delivery_delay"), planted_profile())


@pytest.mark.parametrize("include_subject", [False, True])
def test_html_letter_has_only_its_own_markup(letter, include_subject) -> None:
    html = letter_html(letter, include_subject=include_subject)
    parsed = Parsed(html)
    assert {tag for tag, _ in parsed.tags} <= TAGS
    assert [(tag, attrs) for tag, attrs in parsed.tags if attrs] == [
        ("meta", [("charset", "utf-8")])
    ]
    for bad in ("<img", "<script", "<a ", "</script", '"https://'):
        assert bad not in html.lower()


def test_html_letter_shows_what_the_user_typed_as_text(letter) -> None:
    text = Parsed(letter_html(letter)).text
    for payload in PAYLOADS:
        assert payload in text, payload
    assert f"Priya {LINK}" in text and "**bold**" in text
    assert "Dear Acme <img" in text


def test_html_letter_has_the_letters_words_and_nothing_private() -> None:
    letter = compose_letter(sample_call(), LIB.get("delivery_delay"), profile())
    html = letter_html(letter)
    parsed = Parsed(html)
    text = parsed.text
    subject, body = email_parts(letter)
    assert f"<title>{subject}</title>" in html
    assert subject not in text.replace(subject, "", 1)  # in the title only, not the body
    assert "Dear Northwind Traders," in text
    for section in letter.sections:
        assert f"<h2>{section.heading}</h2>" in html
    tags = [t for t, _ in parsed.tags]
    tables = sum(bool(s.rows) for s in letter.sections)
    assert tags.count("table") == tables >= 2  # ours and the client's
    assert tags.count("tr") == tables + sum(len(s.rows) for s in letter.sections)
    assert "Deliver barcode scanning to the pilot warehouse" in text
    assert text.rstrip().endswith("+44 20 7946 0123")
    for marker in PRIVATE_MARKERS:
        assert marker not in html
    # the plain-text body's lines, steps aside (a table here, dashes there)
    lines = [ln for ln in body.splitlines() if ln.strip() and not ln.startswith("- ")]
    assert [ln for ln in lines if ln not in text] == []


def test_html_letter_with_the_subject_as_heading() -> None:
    letter = compose_letter(sample_call(), LIB.get("delivery_delay"), profile())
    html = letter_html(letter, include_subject=True)
    assert "<h1>Warehouse app release: new delivery date and plan</h1>" in html


# A character reference Markdown would render as the character it names.
UNESCAPED_REFERENCE = re.compile(r"(?<!\\)&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def test_markdown_escapes_character_references_and_markup(letter) -> None:
    md = letter_to_markdown(letter)
    assert not UNESCAPED_REFERENCE.search(md), UNESCAPED_REFERENCE.search(md)
    assert "\\&lt;script\\&gt;" in md and "\\&#60;b\\&#62;" in md and "\\&amp;" in md
    assert "<img" not in md.replace("\\<img", "")  # markup stays escaped
    assert "](javascript" not in md.replace("\\](javascript", "")
    assert "Bright & " in md  # an & that starts no reference stays as typed
