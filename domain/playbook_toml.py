"""A playbook as TOML text: the form the user's copies and exported files take.

Written by hand rather than by a TOML library (none is a dependency, and a playbook
has four shapes of value); the output reads back with tomllib into the same playbook,
which tests/domain/test_playbook_files.py checks for any text a user can type.
"""

from __future__ import annotations

from domain.model import Section
from domain.playbooks import Playbook

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f"}
_ESCAPES["\r"] = "\\r"


def toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        elif 0xD800 <= ord(char) < 0xE000:  # half a surrogate pair: not writable as UTF-8
            out.append("\ufffd")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _key(name: str) -> str:
    bare = name and all(c.isascii() and (c.isalnum() or c in "_-") for c in name)
    return name if bare else toml_string(name)


def to_toml(playbook: Playbook) -> str:
    """The playbook as a TOML file, in the shipped files' order of sections."""
    lines = [
        "# Candor playbook. Import it with File > Playbooks… or `candor playbooks import`.",
        f"id = {toml_string(playbook.id)}",
        f"name = {toml_string(playbook.name)}",
        f"summary = {toml_string(playbook.summary)}",
    ]
    if playbook.jargon:
        lines.append("jargon = [")
        lines += [f"    {toml_string(word)}," for word in playbook.jargon]
        lines.append("]")
    if playbook.prep_prompts:
        lines += ["", "[prep]"]
        lines += [f"{_key(k)} = {toml_string(v)}" for k, v in playbook.prep_prompts.items()]
    order = {section: n for n, section in enumerate(Section)}
    for item in sorted(playbook.items, key=lambda i: order[i.section]):
        lines += [
            "",
            "[[checklist]]",
            f"id = {toml_string(item.id)}",
            f"section = {toml_string(item.section.value)}",
            f"text = {toml_string(item.text)}",
        ]
        if item.hint:
            lines.append(f"hint = {toml_string(item.hint)}")
    if playbook.letter_hints or playbook.translations:
        lines += ["", "[letter]"]
        lines += [f"{_key(k)} = {toml_string(v)}" for k, v in playbook.letter_hints.items()]
    for code, hints in playbook.translations.items():
        lines += ["", f"[letter.{_key(code)}]"]
        lines += [f"{_key(k)} = {toml_string(v)}" for k, v in hints.items()]
    return "\n".join(lines) + "\n"
