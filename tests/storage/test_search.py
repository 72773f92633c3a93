"""Full-text search: every field is found, edits show at once, and any typed text is safe."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.model import Call, Client, FollowUp, NextStep, Note, NoteKind, Prep, SearchHit
from storage.search import to_fts_query
from storage.store import Store

T0 = datetime(2026, 5, 4, 14, 0, tzinfo=UTC)

PREP_WORDS = {name: f"prepword{i}" for i, name in enumerate(Prep.field_names())}
FOLLOW_WORDS = {name: f"followword{i}" for i, name in enumerate(FollowUp.field_names())}


def make_call(store: Store, title: str = "Quarterly zeppelin delay", client: str = "Acme") -> Call:
    call = store.calls.create(
        Call(
            client=Client(client),
            title=title,
            prep=Prep(**{k: f"About the {w} today" for k, w in PREP_WORDS.items()}),
            follow_up=FollowUp(**{k: f"Then {w} happens" for k, w in FOLLOW_WORDS.items()}),
        )
    )
    store.calls.start(call.id, T0)
    return call


def add_note(store: Store, call_id: int, text: str, kind: NoteKind = NoteKind.NOTE) -> Note:
    return store.entries.add_note(
        Note(call_id=call_id, kind=kind, text=text, at=T0 + timedelta(minutes=1))
    )


def found(store: Store, query: str) -> set[tuple[int, str]]:
    return {(h.call_id, h.kind) for h in store.search.search(query)}


def fingerprint(store: Store) -> str:
    """A checksum of every table, the full-text index's own tables included."""
    digest = hashlib.sha256()
    conn = store.db.conn
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in sorted(tables):
        rows = sorted(repr(row) for row in conn.execute(f'SELECT * FROM "{table}"'))
        digest.update(f"{table}:{rows}".encode("utf-8", "surrogatepass"))
    digest.update(repr(conn.execute("PRAGMA user_version").fetchone()).encode())
    return digest.hexdigest()


# --------------------------------------------------------------------------- coverage
def test_a_word_from_every_searchable_field_is_found(store):
    call = make_call(store)
    other = make_call(store, title="Unrelated", client="Beta")
    add_note(store, call.id, "The ostrich contract says monthly", NoteKind.FACT)
    store.entries.add_next_step(NextStep(call_id=call.id, what="Send the flamingo report"))
    assert found(store, "zeppelin") == {(call.id, "title")}
    for word in PREP_WORDS.values():
        assert found(store, word) == {(call.id, "prep"), (other.id, "prep")}, word
    for word in FOLLOW_WORDS.values():
        assert found(store, word) == {(call.id, "follow_up"), (other.id, "follow_up")}, word
    assert found(store, "ostrich") == {(call.id, "note")}
    assert found(store, "flamingo") == {(call.id, "step")}


def test_hits_carry_client_title_date_and_marked_snippet(store):
    call = make_call(store, client="Northwind Foods")
    add_note(store, call.id, "They already told the board about the walrus launch")
    (hit,) = store.search.search("walrus")
    assert (hit.client, hit.title, hit.started_at) == ("Northwind Foods", call.title, T0)
    assert SearchHit.HIT_OPEN + "walrus" + SearchHit.HIT_CLOSE in hit.snippet
    assert "**walrus**" in hit.marked("**", "**")
    assert "walrus" in hit.plain_snippet and SearchHit.HIT_OPEN not in hit.plain_snippet


def test_best_matches_first_and_limit(store):
    call = make_call(store)
    add_note(store, call.id, "penguin " * 5 + "and more")
    add_note(store, call.id, "a long note that mentions one penguin among many other words " * 3)
    hits = store.search.search("penguin")
    assert len(hits) == 2
    assert hits[0].score <= hits[1].score
    assert "penguin penguin" in hits[0].plain_snippet
    assert len(store.search.search("penguin", limit=1)) == 1
    assert store.search.search("penguin", limit=0) == []


def test_prefix_of_the_last_word_diacritics_and_case(store):
    call = make_call(store)
    add_note(store, call.id, "Renegotiated the Café contract with Zoë")
    assert found(store, "renegot") == {(call.id, "note")}
    assert found(store, "cafe") == {(call.id, "note")}
    assert found(store, "ZOE") == {(call.id, "note")}
    assert found(store, "renegot ") == set()  # a finished word is not a prefix any more


def test_a_word_ending_in_a_star_is_a_prefix_anywhere(store):
    """One prefix rule (storage.search.to_fts_query) for the window and the command line:
    a trailing * asks for a prefix whether the word is last, finished or not."""
    call = make_call(store)
    add_note(store, call.id, "The data migration slipped a week")
    for query in ("migr*", "migr* ", "migr* slipped", "slipped migr*", "MIGR**"):
        assert found(store, query) == {(call.id, "note")}, query
    assert found(store, "migr slipped") == set()  # without a star, a finished word is whole
    assert to_fts_query("migr* week") == '"migr"* "week"*'
    assert to_fts_query("mi*") == '"mi"'  # too short to be a useful prefix, as when typing
    assert to_fts_query('"migr*"') == '"""migr*"""'  # quoted: the star is text


def test_several_words_all_must_match(store):
    call = make_call(store)
    add_note(store, call.id, "warehouse scanners offline")
    add_note(store, call.id, "warehouse staff on overtime")
    assert len(store.search.search("warehouse offline")) == 1
    assert len(store.search.search("warehouse")) == 2


# --------------------------------------------------------------------------- staying in step
def test_edits_after_the_call_are_searchable_at_once(store):
    call = make_call(store)
    note = add_note(store, call.id, "old armadillo wording")
    step = store.entries.add_next_step(NextStep(call_id=call.id, what="Call the badger team"))
    store.calls.end(call.id, T0 + timedelta(minutes=30))

    store.entries.update_note(note.id, NoteKind.FACT, "new pangolin wording")
    assert found(store, "pangolin") == {(call.id, "note")}
    assert found(store, "armadillo") == set()

    step.what = "Call the otter team"
    store.entries.update_next_step(step)
    assert found(store, "otter") == {(call.id, "step")}
    assert found(store, "badger") == set()

    store.calls.update_follow_up(call.id, FollowUp(what_we_do="replaced by lynx"), None)
    assert found(store, "lynx") == {(call.id, "follow_up")}
    assert found(store, FOLLOW_WORDS["what_we_do"]) == set()

    store.calls.update_prep(call.id, Prep(plan="a jackal plan"))
    assert found(store, "jackal") == {(call.id, "prep")}
    assert found(store, PREP_WORDS["plan"]) == set()

    store.calls.update_header(call.id, "Acme", "Renamed to bison", "generic")
    assert found(store, "bison") == {(call.id, "title")}
    assert found(store, "zeppelin") == set()


def test_deleting_removes_from_search(store):
    call = make_call(store)
    keep = make_call(store, title="Kept call")
    note = add_note(store, call.id, "a gazelle sighting")
    add_note(store, keep.id, "a gazelle herd")
    step = store.entries.add_next_step(NextStep(call_id=call.id, what="Count the gazelle"))
    store.entries.delete_note(note.id)
    assert found(store, "gazelle") == {(keep.id, "note"), (call.id, "step")}
    store.entries.delete_next_step(step.id)
    assert found(store, "gazelle") == {(keep.id, "note")}
    store.calls.delete(call.id)
    assert found(store, "zeppelin") == set()
    assert {h.call_id for h in store.search.search(PREP_WORDS["impact"])} == {keep.id}


# --------------------------------------------------------------------------- hostile text
HOSTILE = [
    "",
    " ",
    "\t\n\r",
    '"',
    '""',
    '"""',
    '"unbalanced',
    'unbalanced"',
    'a"b"c',
    "'",
    "it's",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "and or not",
    "a AND",
    "OR b",
    "NOT NOT",
    "a OR b AND NOT c",
    "NEAR(a b)",
    "NEAR(a b, 2)",
    "NEAR/3",
    "a NEAR b",
    "*",
    "**",
    "invoice*",
    "*invoice",
    "^",
    "^invoice",
    "invoice^",
    "(",
    ")",
    "()",
    "(invoice",
    "invoice)",
    "((a) OR (b))",
    ":",
    "::",
    "body:",
    "body:invoice",
    "kind:note",
    "call_id:1",
    "search_index:x",
    "{body kind}: x",
    "- invoice",
    "-invoice",
    "+",
    "+invoice",
    "a - b",
    "a + b",
    "{",
    "}",
    "[",
    "]",
    ".",
    ",",
    ";",
    "\\",
    "/",
    "%",
    "_",
    "#",
    "@",
    "!",
    "?",
    "&",
    "|",
    "~",
    "`",
    "$",
    "=",
    "<>",
    "--",
    "/*",
    "*/",
    "😀",
    "🔥 invoice 🔥",
    "👩‍👩‍👧‍👦",
    "invoice 😀",
    "مرحبا بالعالم",
    "שלום עולם",
    "你好世界",
    "こんにちは 請求書",
    "한국어 검색",
    "Ünïcödé",
    "\x00",
    "a\x00b",
    "\x00invoice",
    "invoice\x00",
    "\x01\x02\x1b[31m",
    "\u202e\u202d",
    "\ufeff",
    "\u200b",
    "a\ud800b",
    "\udfff",
    "x" * 10_000,
    "invoice " * 1_250,
    "( " * 5_000,
    "'; DROP TABLE notes; --",
    '"; DROP TABLE calls; --',
    "1 OR 1=1",
    "' OR '1'='1",
    "Robert'); DROP TABLE clients;--",
    "invoice'); DELETE FROM notes; --",
    '" OR rowid > 0 --',
    "x' UNION SELECT * FROM settings --",
    "snippet(search_index)",
    "rank MATCH 'x'",
    "search_index MATCH '*'",
    "\n".join(["invoice"] * 50),
]


@pytest.fixture
def filled(store: Store) -> Store:
    call = make_call(store)
    for text in [
        "invoice 12 was paid late",
        "The board (and the CFO) asked: why?",
        "请求书 已发送",
    ]:
        add_note(store, call.id, text)
    store.entries.add_next_step(NextStep(call_id=call.id, what="Re-send invoice"))
    return store


@pytest.mark.parametrize("query", HOSTILE, ids=lambda q: repr(q[:24]))
def test_hostile_text_returns_a_list_and_changes_nothing(filled, query):
    before = fingerprint(filled)
    changes = filled.db.conn.total_changes
    hits = filled.search.search(query)
    assert isinstance(hits, list)
    assert all(isinstance(h, SearchHit) for h in hits)
    assert filled.db.conn.total_changes == changes
    assert fingerprint(filled) == before
    assert filled.calls.count() == 1


def test_operators_are_searched_as_words_not_syntax(filled):
    call = make_call(filled, title="Plain")
    add_note(filled, call.id, "We said NOT now, but NEAR the end of March")
    assert found(filled, "NOT now") == {(call.id, "note")}
    assert found(filled, "near") == {(call.id, "note")}
    assert found(filled, "board (and") == {(1, "note")}
    assert found(filled, '"invoice') == {(1, "note"), (1, "step")}
    assert found(filled, "invoice*") == {(1, "note"), (1, "step")}


def test_cjk_text_is_found(filled):
    assert {h.kind for h in filled.search.search("请求书")} == {"note"}


def test_queries_without_any_letter_or_digit_match_nothing():
    for text in ["", "  ", "*", "()", '"', "😀", "-+^:"]:
        assert to_fts_query(text) is None


# --------------------------------------------------------------------------- property
@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(query=st.text(max_size=200))
def test_any_text_searches_safely(filled, query):
    before = filled.db.conn.total_changes
    assert isinstance(filled.search.search(query), list)
    assert filled.db.conn.total_changes == before


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    word=st.from_regex(r"[A-Za-z][A-Za-z0-9]{2,15}", fullmatch=True),
    around=st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40),
)
def test_a_stored_word_is_found_whatever_surrounds_it(filled, word, around):
    def note_hits() -> int:
        return sum(h.kind == "note" for h in filled.search.search(word, limit=10_000))

    before = note_hits()
    note = add_note(filled, 1, f"{around} {word} {around}")
    try:
        assert note_hits() == before + 1
    finally:
        filled.entries.delete_note(note.id)
    assert note_hits() == before


def test_common_words_are_left_out_unless_nothing_else_is_typed():
    from storage.search import to_fts_query

    assert to_fts_query("the new date for the") == '"new" "date"'
    assert to_fts_query("the") == '"the"*'
    assert to_fts_query("for the ") == '"for" "the"'
    assert to_fts_query("de") == '"de"'  # too short to be a useful prefix


def test_a_rare_word_is_found_beyond_the_ranking_window(store, monkeypatch):
    from domain.model import Call, Client, Note, NoteKind, utc_now
    from storage import search

    monkeypatch.setattr(search, "RANK_WINDOW", 5)
    call = store.calls.create(Call(client=Client("Acme"), title="Window"))
    store.entries.add_note(Note(call.id, NoteKind.NOTE, "zanzibar shipment", utc_now()))
    for i in range(20):
        store.entries.add_note(Note(call.id, NoteKind.NOTE, f"shipment {i}", utc_now()))
    assert [h.kind for h in store.search.search("zanzibar")] == ["note"]
    hits = store.search.search("shipment")
    assert len(hits) == 5  # the newest five matches are ranked
    assert all("zanzibar" not in h.plain_snippet for h in hits)


def test_a_note_hit_says_which_kind_of_note_it_is(store):
    """A Concern note was labelled 'Note' in search results."""
    from domain.model import Call, Client, Note, NoteKind, utc_now

    call = store.calls.create(Call(client=Client("Acme"), title="Release"))
    for kind, text in (
        (NoteKind.CONCERN, "worried about the zeppelin launch"),
        (NoteKind.NOTE, "zeppelin hangar booked"),
    ):
        store.entries.add_note(Note(call.id, kind, text, utc_now()))
    labels = sorted(hit.kind_label for hit in store.search.search("zeppelin"))
    assert labels == ["Concern", "Note"]
