"""The sieve (storage.search_sieve) finds a typed prefix's newest matches without FTS5
gathering the prefix: the rows, their order and their snippets must be the full index's."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storage.demo_writer import write_demo
from storage.search import ENTRIES, FULL, SearchRepository
from storage.search_reader import SearchReader
from storage.search_sieve import SIEVE, coarse_query, sift_newest
from storage.store import Store

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
QUERIES = [
    '"cost" "change"*',
    '"supplier" "worried"*',
    '"asked" "team"*',
    '"delay"* "customer"*',
    '"budget" "overrun"*',
    '"zzzz" "change"*',  # no match
    '"the" "shipment"*',
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("sieve") / "candor.db") as store:
        write_demo(store, 150, seed=7, now=NOW)
        yield store


def test_coarse_query_cuts_long_prefixes_to_the_prefix_index():
    assert coarse_query('"cost" "change"*') == '"cost" "cha"*'
    assert coarse_query('"migr"* "date"') == '"mig"* "date"'
    assert coarse_query('"cost" "cha"*') is None  # nothing to cut
    assert coarse_query('"cost" "change"') is None
    assert coarse_query('"über" "änderung"*') is None  # not plain ASCII: left alone
    assert coarse_query('"e-mail"*') is None


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("limit", [5, 50])
def test_the_sieve_keeps_exactly_the_full_indexs_newest_matches(demo, query, limit):
    repo = SearchRepository(demo.db)
    low, high = ENTRIES
    want = list(demo.db.query(repo._sql(FULL, ranked=False), [query, low, high, limit]))
    assert sift_newest(demo.db, FULL, query, coarse_query(query), low, high, limit)
    got = list(demo.db.query(repo._sql(SIEVE, ranked=False), [query, low, high, limit]))
    assert got == want
    assert bool(want) == ("zzzz" not in query)


def test_the_sieve_gives_up_when_candidates_keep_missing(demo, monkeypatch):
    from storage import search_sieve

    monkeypatch.setattr(search_sieve, "MAX_CANDIDATES", 10)
    query = '"cost" "chazzz"*'  # no match; "cha"* finds change, chance, chair…
    low, high = ENTRIES
    assert not sift_newest(demo.db, FULL, query, coarse_query(query), low, high, 2)
    monkeypatch.setattr(search_sieve, "MAX_CANDIDATES", 1000)
    assert sift_newest(demo.db, FULL, query, coarse_query(query), low, high, 2)  # all read


def test_the_sieve_works_on_the_readers_read_only_connection(demo):
    """TEMP is the connection's own: a read-only connection to the file can fill it."""
    hits = SearchReader(demo.path).search("cost change")
    assert hits == demo.search.search("cost change")
