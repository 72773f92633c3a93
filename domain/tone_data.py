"""The tone rules' work done ahead of time, so that a fresh process reviews at once.

Cutting the rules' alternatives into gated pieces (domain.tone_plan) took about half a
second, and compiling the patterns a review needs another 0.1 s, in every fresh process:
`candor review FILE` and the window's first review paid both. domain.tone_build does
that work once and stores it in resources/tone/:

- gates.json: each alternative's pieces and their gates, keyed by the alternative's
  exact source (guard, pattern, tail, flags); plain data any Python reads.
- compiled.<python>.bin, for the Python that built it (marshal and re's code differ
  between versions): the same pieces, the compiled code of every pattern the rules use
  keyed by the exact pattern and flags, the jargon lexicon keyed by the exact text of
  jargon.toml, and the common words of word_frequency.txt cut into small buckets.

Everything is looked up by its exact source, so a stale file is never wrong, only
slower: what it lacks is worked out here as before (and tests/domain/test_tone_data.py
fails until the files are rebuilt).
"""

from __future__ import annotations

import _sre
import marshal
import re
import sys
import zlib
from array import array
from collections.abc import Iterator
from functools import lru_cache
from re import _constants  # noqa: PLC2701 (the version of re's code)

from resources import resource_path

TYPE_CHECKING = False  # importing typing costs the command line 2-3 ms; annotations are text
if TYPE_CHECKING:
    from typing import Any

    from domain.tone_gate import Gate, Needs

RESOURCES = resource_path("tone")
GATES = RESOURCES / "gates.json"
COMPILED = RESOURCES / f"compiled.{sys.implementation.cache_tag}.bin"
FORMAT = 4  # of both files: raise it when what they hold changes shape

# A piece of an alternative: the parts of its pattern (matched joined), its gate (None:
# searched over the whole text), and whether every match of it consumes a character.
PieceSpec = tuple[tuple[str, ...], "Gate | None", bool]
Pieces = tuple[PieceSpec, ...]
# What re.compile hands the engine, but the pattern: flags, groups, group names both
# ways, the code (zlib-packed 32-bit words).
Entry = tuple[int, int, dict[str, int], tuple[str | None, ...], bytes]


def stamp() -> tuple[object, ...]:
    """What the compiled file's content depends on besides its sources."""
    return (
        FORMAT,
        sys.implementation.cache_tag,
        tuple(sys.version_info[:2]),
        _constants.MAGIC,
        _sre.CODESIZE,
        array("I").itemsize,
        sys.byteorder,
    )


@lru_cache(maxsize=1)
def compiled() -> dict[str, Any]:
    """The compiled file's content if this Python built it, else {}."""
    try:
        data = marshal.loads(COMPILED.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return data if isinstance(data, dict) and data.get("stamp") == stamp() else {}


# --- gated pieces -----------------------------------------------------------------------


def group_key(guard: str, tail: str, flags: int) -> str:
    return repr((guard, tail, int(flags)))


@lru_cache(maxsize=1)
def _plans() -> dict[str, dict[str, Pieces]]:
    """Per group (guard, tail, flags), each alternative's pieces."""
    found = compiled().get("plans")
    return found if found is not None else plans_from_json()


def plans_from_json() -> dict[str, dict[str, Pieces]]:
    """gates.json read into the form a review uses (parts are stored once, by number)."""
    import json

    try:
        data = json.loads(GATES.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            return {}
        groups, parts = data["groups"], data["strings"]
    except (OSError, ValueError, KeyError, AttributeError):
        return {}

    def gate(raw: list[list[str]] | None) -> Gate | None:
        return tuple(to_needs(needs) for needs in raw) if raw else None

    return {
        group: {
            alt: tuple((tuple(parts[i] for i in p), gate(g), bool(e)) for p, g, e in pieces)
            for alt, pieces in alts.items()
        }
        for group, alts in groups.items()
    }


def to_needs(stored: list[str]) -> Needs:
    """A set of a gate as gates.json has it ("=word", "~stretch"), as a review reads it."""
    words = frozenset(r[1:] for r in stored if r[0] == "=")
    return words, tuple(sorted(r[1:] for r in stored if r[0] != "="))


def from_needs(needs: Needs) -> list[str]:
    words, stretches = needs
    return sorted(["=" + w for w in words] + ["~" + s for s in stretches])


def pieces_of(guard: str, alt: str, tail: str, flags: int) -> Pieces:
    """The gated pieces of `guard (?:alt) tail`: stored, else worked out now."""
    found = _plans().get(group_key(guard, tail, flags), {}).get(alt)
    if found is not None:
        return found
    from domain.tone_plan import plan_alternative  # ~0.01 s per alternative, and its
    # analysis modules load only here

    return plan_alternative(guard, alt, tail, flags)


# --- compiled code ----------------------------------------------------------------------


def code_entry(pattern: str, flags: int = 0) -> Entry:
    """What re.compile(pattern, flags) hands the regular expression engine."""
    from re import _compiler, _parser  # noqa: PLC2701 (only the build tool comes here)

    flags = int(flags)
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    names = parsed.state.groupdict
    index: list[str | None] = [None] * parsed.state.groups
    for name, i in names.items():
        index[i] = name
    packed = zlib.compress(array("I", code).tobytes(), 9)
    return flags | parsed.state.flags, parsed.state.groups - 1, dict(names), tuple(index), packed


def code_key(pattern: str, flags: int) -> int:
    """Where a pattern's code is filed: a checksum (the entry holds the pattern itself, so
    reading the file makes no string of the hundreds of patterns in it)."""
    return zlib.crc32(pattern.encode("utf-8", "surrogatepass"), int(flags))


def file_code(code: dict[tuple[str, int], Entry]) -> dict[int, tuple[bytes, ...]]:
    """The compiled file's "code": each entry with its pattern, marshalled, by code_key."""
    out: dict[int, tuple[bytes, ...]] = {}
    for (pattern, flags), entry in code.items():
        key = code_key(pattern, flags)
        out[key] = (*out.get(key, ()), marshal.dumps((pattern, flags, *entry)))
    return out


def stored_entry(pattern: str, flags: int) -> Entry | None:
    for blob in compiled().get("code", {}).get(code_key(pattern, flags), ()):
        found, found_flags, *entry = marshal.loads(blob)
        if found == pattern and found_flags == int(flags):
            return tuple(entry)  # type: ignore[return-value]
    return None


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001
    """re.compile, from the stored code if it is there (what re would build, built once)."""
    entry = stored_entry(pattern, flags)
    if entry is None:
        return re.compile(pattern, flags)
    final, groups, names, index, packed = entry
    code = array("I")
    code.frombytes(zlib.decompress(packed))
    return _sre.compile(pattern, final, code.tolist(), groups, names, index)


KNOWN: list[Regex] = []  # every Regex made, for the build tool


class Regex:
    """A pattern compiled when first used (the rules have many; a review needs few)."""

    __slots__ = ("pattern", "flags", "_rx")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, int(flags)
        self._rx: re.Pattern[str] | None = None
        KNOWN.append(self)

    @property
    def rx(self) -> re.Pattern[str]:
        if self._rx is None:
            self._rx = compile(self.pattern, self.flags)
        return self._rx

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.rx.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.rx.match(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.rx.finditer(text, pos, endpos)


# --- the jargon rule's data ----------------------------------------------------------------


def stored(name: str, source: object) -> Any:
    """What was stored under `name` for exactly this `source`, or None."""
    found = compiled().get(name)
    return found[1] if found is not None and found[0] == source else None
