"""Derived results kept in a collection by content hash (analysis/corpus/derived.py, pipeline.text_of_collection)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from analysis.corpus.collection import Collection
from analysis.corpus.content_hash import content_hash
from analysis.corpus.derived import read_derived, write_derived
from analysis.corpus.records import Article
from analysis.pipeline import pack_reading, text_of_collection, unpack_reading
from analysis.text import build
from tests.conftest import seeds_collection

NEW = Article(
    "wire",
    "BRUSELAS, 14 may (EFE).- Los ministros de Agricultura de la Unión Europea aprobaron este martes la reforma "
    "de las ayudas a los pequeños productores, tras dos días de negociaciones. El texto entra en vigor en enero.",
    source="EFE",
    date=dt.date(2025, 5, 14),
    language="es",
)


@pytest.fixture
def collection(tmp_path: Path) -> Path:
    return seeds_collection(tmp_path / "news.sqlite")


def _rows(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT content_hash, kind FROM derived ORDER BY 1").fetchall()


def _same(one, other) -> bool:
    return all(
        a.article.id == b.article.id and a.tokens == b.tokens and a.stems == b.stems
        and a.starts.tolist() == b.starts.tolist() and a.sentences == b.sentences
        for a, b in zip(one.docs, other.docs, strict=True)
    )  # fmt: skip


def test_readings_are_stored_once_and_read_back_the_same(collection: Path) -> None:
    with Collection(collection) as stored:
        articles = stored.select().articles
    first = text_of_collection(articles, collection)
    assert _same(first, build(articles))
    rows = _rows(collection)
    assert sorted(h for h, _ in rows) == sorted(content_hash(a.text) for a in articles)
    assert len({kind for _, kind in rows}) == 1 and rows[0][1].startswith("reading:")
    again = text_of_collection(articles, collection)
    assert _same(again, first) and _rows(collection) == rows
    # One article added to the collection: only its reading is made and stored.
    with Collection(collection) as stored:
        stored.add([NEW])
        more = stored.select().articles
    assert _same(text_of_collection(more, collection), build(more))
    assert len(_rows(collection)) == len(rows) + 1


def test_a_stored_reading_is_used_instead_of_reading_the_text_again(collection: Path) -> None:
    with Collection(collection) as stored:
        articles = stored.select().articles
    text_of_collection(articles, collection)
    target = articles[0]
    kind = _rows(collection)[0][1]
    planted = pack_reading(["planted", "reading"], build([target]).docs[0].starts[:2], [(0, 10)])
    write_derived(collection, kind, [(content_hash(target.text), planted)])
    doc = text_of_collection(articles, collection).docs[0]
    assert doc.tokens == ("planted", "reading")  # read back, not recomputed
    # A damaged entry is read again from the text, and replaced.
    write_derived(collection, kind, [(content_hash(target.text), b"\x05\x00\x00\x00garbage")])
    assert text_of_collection(articles, collection).docs[0].tokens == build([target]).docs[0].tokens
    stored = read_derived(collection, kind, [content_hash(target.text)])
    assert unpack_reading(stored[content_hash(target.text)])[0] == list(build([target]).docs[0].tokens)


def test_a_busy_collection_skips_the_cache_instead_of_waiting(collection: Path) -> None:
    with Collection(collection) as stored:
        articles = stored.select().articles
    writer = sqlite3.connect(collection, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")  # another process ingesting
        corpus = text_of_collection(articles, collection)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert _same(corpus, build(articles))
    with sqlite3.connect(collection) as db:  # nothing stored while the other writer held the collection
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'derived'").fetchone():
            assert db.execute("SELECT count(*) FROM derived").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == len(articles)
    text_of_collection(articles, collection)  # free again: stored
    assert len(_rows(collection)) == len(articles)
