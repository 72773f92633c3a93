"""Search survives what people paste (issue 12, item 6): a note of a megabyte of one word,
a query of 2,000 characters, a "word" of 50,000 letters; and a search nobody needs any
more stops, whatever it was doing."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

import pytest

from cli import main
from domain.model import Call, Client, Note, NoteKind, SearchHit
from storage.search import MAX_TERMS, SNIPPET_CHARS, fts_query, long_snippet, to_fts_query
from storage.search_reader import SearchInterrupted, SearchReader
from storage.store import Store

T0 = datetime(2026, 5, 4, 14, 0, tzinfo=UTC)
SANITY_S = 10.0  # generous: before issue 12 these searches took a minute or more


def add(store: Store, text: str, title: str = "Pasted") -> int:
    call = store.calls.create(Call(client=Client("Acme"), title=title))
    store.entries.add_note(Note(call_id=call.id, kind=NoteKind.NOTE, text=text, at=T0))
    return call.id


def timed_search(store: Store, query: str):
    start = time.perf_counter()
    hits = store.search.search(query)
    assert time.perf_counter() - start < SANITY_S
    return hits


def test_a_megabyte_of_one_word_is_found_with_a_short_marked_snippet(store):
    pasted = add(store, "zebra " * 170_000)
    other = add(store, "One zebra crossed the road", "Short")
    for query in ("zebra", "zebra zebra zebra", "zeb"):
        hits = timed_search(store, query)
        assert {h.call_id for h in hits} == {pasted, other}, query
        for hit in hits:
            assert len(hit.snippet) <= SNIPPET_CHARS + 2
            assert SearchHit.HIT_OPEN + "zebra" + SearchHit.HIT_CLOSE in hit.snippet
    (short,) = [h for h in store.search.search("zebra") if h.call_id == other]
    assert short.plain_snippet == "One zebra crossed the road"  # FTS5's own snippet, as before


def test_a_match_deep_in_a_long_note_is_shown_in_its_snippet(store):
    add(store, "filler words here " * 10_000 + "then the Café Zoë contract " + "more " * 500)
    (hit,) = timed_search(store, "cafe zoe")
    assert SearchHit.HIT_OPEN + "Café" + SearchHit.HIT_CLOSE in hit.snippet
    assert "Zoë" in hit.snippet and hit.snippet.startswith("…") and hit.snippet.endswith("…")


def test_one_endless_word_gives_a_clipped_snippet_with_paired_marks(store):
    add(store, "key " + "x" * 50_000 + " end")
    for query in ("key", "xxx", "end"):
        (hit,) = timed_search(store, query)
        assert len(hit.snippet) <= SNIPPET_CHARS + 2, query
        assert hit.snippet.count(SearchHit.HIT_OPEN) == hit.snippet.count(SearchHit.HIT_CLOSE)


NOTE = "the supplier asked whether the new date holds for the team: w0 w1 w2 w3 w4"
PASTED = ("supplier asked whether new date holds team " + " ".join(f"w{i}" for i in range(400)))[
    :2000
]


def test_a_long_query_is_cut_to_its_first_words_and_says_so(store):
    call = add(store, NOTE)
    pasted = PASTED
    hits = timed_search(store, pasted)
    assert hits.cut and hits.most_words == MAX_TERMS
    assert [h.call_id for h in hits] == [call]
    assert not store.search.search("supplier asked").cut
    query, cut = fts_query(" ".join(f"e-mail{i}" for i in range(10)))
    assert cut and query.count('"') == 2 * 6  # six chunks of two words each: twelve
    assert fts_query("a-b-c-d-e-f-g-h-i-j-k-l-m-n")[0] == '"a-b-c-d-e-f-g-h-i-j-k-l"'
    # A word repeated is searched once, at its last place (the word typed stays last).
    assert fts_query("zebra " * 400) == ('"zebra"', False)
    assert fts_query("Zebra okapi ZEBRA") == ('"okapi" "ZEBRA"*', False)
    assert to_fts_query(" ".join(f"w{i}" for i in range(MAX_TERMS))).endswith('"w11"*')
    assert not to_fts_query(" ".join(f"w{i}" for i in range(MAX_TERMS + 1))).endswith("*")


def test_long_snippet_marks_every_match_around_the_first():
    body = "alpha beta " * 5 + "Gamma delta gamma " + "omega " * 5_000
    snippet = long_snippet(body, "gamma")
    assert snippet.count(SearchHit.HIT_OPEN) == 2
    assert SearchHit.HIT_OPEN + "Gamma" + SearchHit.HIT_CLOSE in snippet
    assert long_snippet("nothing to see " * 2000, "absent").startswith("nothing to see")


def test_the_command_line_says_when_a_query_was_cut(db_path, capsys):
    with Store(db_path) as store:
        add(store, NOTE)
    assert main(["--db", str(db_path), "search", PASTED]) == 0
    out, err = capsys.readouterr()
    assert "Pasted" in out
    note = f"candor: note: only the first {MAX_TERMS} words of the query were searched."
    assert err.strip() == note
    assert main(["--db", str(db_path), "search", "supplier"]) == 0
    assert capsys.readouterr().err == ""


# --------------------------------------------------------------------------- stopping
@pytest.fixture
def many(store, db_path):
    call = store.calls.create(Call(client=Client("Acme"), title="Many"))
    for i in range(3000):
        store.entries.add_note(Note(call_id=call.id, kind=NoteKind.NOTE, text=f"walrus {i}", at=T0))
    return SearchReader(db_path)


def test_a_search_no_longer_wanted_stops_inside_sqlite(many):
    asked = []

    def stop() -> bool:  # wanted at the start, not any more once SQLite is at work
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(SearchInterrupted):
        many.search("walrus", stop=stop)
    assert len(asked) > 1
    with pytest.raises(SearchInterrupted):
        many.search("walrus", stop=lambda: True)
    assert len(many.search("walrus")) == 50  # the reader goes on serving


def test_interrupt_stops_every_running_search_and_not_later_ones(many):
    """Two searches at once (the pool has two threads): interrupt() stops both, even one
    between its statements, where SQLite alone would forget the interrupt."""
    started = threading.Barrier(3)
    outcome: list[str] = []

    def stop() -> bool:
        return False

    def run() -> None:
        waiting = [True]

        def hold() -> bool:  # the first check passes the barrier, then waits to be stopped
            if waiting[0]:
                waiting[0] = False
                started.wait(5)
                time.sleep(0.05)
            return stop()

        try:
            many.search("walrus", stop=hold)
            outcome.append("finished")
        except SearchInterrupted:
            outcome.append("interrupted")

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    started.wait(5)
    many.interrupt()
    for thread in threads:
        thread.join(10)
    assert outcome == ["interrupted", "interrupted"]
    assert len(many.search("walrus")) == 50  # a search started after interrupt() runs
