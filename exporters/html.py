"""The letter as HTML, for the HTML body of an email draft. Standard library only.

Built from the same structured letter as the Word, Markdown and plain-text forms
(domain.compose), so the client reads the same words whichever way it is sent.

What the user typed stays text: every piece of the letter (subject, greeting,
follow-up fields, step cells, signature) is escaped with html.escape, quotes too,
and the only markup is the fixed skeleton written here: headings, paragraphs,
line breaks and one table per list of steps, with no attributes, links or
images. So a field holding `<img src=x onerror=alert(1)>` or
`[pay here](javascript:...)` reads as exactly those characters, never as markup
or a live link.
"""

from __future__ import annotations

from html import escape

from domain.compose import Letter, StepRow
from exporters.safe_text import clean_text, one_line

# The tags letter_html writes, and none other (the tests hold it to this).
TAGS = frozenset(
    {"html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "br", "table"}
    | {"thead", "tbody", "tr", "th", "td"}
)
_STYLE = (
    "body{font-family:Calibri,Arial,sans-serif;font-size:11pt;line-height:1.4}"
    "h1{font-size:14pt}h2{font-size:12pt;margin:1.2em 0 .4em}"
    "table{border-collapse:collapse;margin:.4em 0 1em}"
    "th,td{border:1px solid #bbb;padding:3px 8px;text-align:left;vertical-align:top}"
)


def text_html(text: str | None) -> str:
    """User text as HTML text: escaped (quotes too), line breaks as <br>."""
    return "<br>\n".join(escape(line, quote=True) for line in clean_text(text).split("\n"))


def line_html(text: str | None) -> str:
    """User text that holds one line (a heading, a table cell, a subject)."""
    return escape(one_line(text), quote=True)


def _para(text: str) -> str:
    """Paragraphs as the user wrote them: a blank line starts a new one."""
    blocks = [b.strip("\n") for b in clean_text(text).split("\n\n")]
    return "\n".join(f"<p>{text_html(b)}</p>" for b in blocks if b.strip())


def _table(rows: list[StepRow], headings: tuple[str, ...]) -> str:
    head = "<thead><tr>" + "".join(f"<th>{line_html(h)}</th>" for h in headings) + "</tr></thead>"
    body = "".join(
        f"<tr><td>{line_html(r.what)}</td><td>{line_html(r.owner)}</td>"
        f"<td>{line_html(r.due)}</td></tr>"
        for r in rows
    )
    return f"<table>{head}<tbody>{body}</tbody></table>"


def letter_body_html(letter: Letter, include_subject: bool = False) -> str:
    """The letter as an HTML fragment (what goes inside <body>)."""
    out: list[str] = []
    if include_subject:
        out.append(f"<h1>{line_html(letter.subject)}</h1>")
    out.append(_para(letter.greeting))
    if letter.opening.strip():
        out.append(_para(letter.opening))
    for section in letter.sections:
        out.append(f"<h2>{line_html(section.heading)}</h2>")
        out += [_para(p) for p in section.paragraphs]
        if section.rows:
            out.append(_table(section.rows, letter.words.table))
    if letter.closing.strip():
        out.append(_para(letter.closing))
    ending = [text_html(letter.sign_off)]
    ending += [line_html(line) for line in letter.signature]
    out.append("<p>" + "<br>\n".join(ending) + "</p>")
    return "\n".join(part for part in out if part)


def letter_html(letter: Letter, include_subject: bool = False) -> str:
    """A whole HTML document of the letter, for an email's text/html part.

    Like exporters.text.email_parts, the subject is left out of the body by default
    (the email's Subject header carries it); it is the document's <title> either way.
    """
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{line_html(letter.subject)}</title>\n<style>{_STYLE}</style>\n</head>\n"
        f"<body>\n{letter_body_html(letter, include_subject)}\n</body>\n</html>\n"
    )


__all__ = ["TAGS", "letter_body_html", "letter_html", "line_html", "text_html"]
