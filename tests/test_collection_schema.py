"""A collection's file and schema: where the file is, what counts as one, the tables made once, and a newer,
older or foreign database refused with the reason."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from analysis.corpus.collection import Collection
from analysis.corpus.collection_schema import (
    SCHEMA_VERSION,
    CollectionError,
    collection_file,
    ensure_schema,
    is_collection,
    schema_version,
)
from tests.conftest import seeds_collection as stored_seeds


@pytest.fixture
def seeds_collection(tmp_path: Path) -> Path:
    return stored_seeds(tmp_path / "news.sqlite")


@pytest.mark.parametrize(
    ("path", "file"),
    [("news.sqlite", "news.sqlite"), ("news.DB", "news.DB"), ("story", "story/collection.sqlite"), ("a.json", "a.json/collection.sqlite")],
    ids=["sqlite-file", "db-file-any-case", "folder", "other-suffix-is-a-folder"],
)  # fmt: skip
def test_collection_file(path: str, file: str) -> None:
    assert collection_file(path).as_posix() == file


def test_is_collection_reads_the_sqlite_header(tmp_path: Path, seeds_collection: Path) -> None:
    assert is_collection(seeds_collection) and is_collection(seeds_collection.parent / "news.sqlite")
    fake = tmp_path / "fake.sqlite"
    fake.write_bytes(b"not a database at all")
    assert not is_collection(fake) and not is_collection(tmp_path / "missing.sqlite")


def test_the_schema_is_made_once_and_records_its_version(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "x.sqlite", isolation_level=None)
    try:
        ensure_schema(db, tmp_path / "x.sqlite")
        ensure_schema(db, tmp_path / "x.sqlite")  # again: nothing to do
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"schema_version", "articles", "outlets", "outlet_aliases", "articles_fts"} <= tables
        assert schema_version(db) == SCHEMA_VERSION
        assert db.execute("SELECT count(*) FROM schema_version").fetchone() == (1,)
    finally:
        db.close()


def test_a_newer_or_foreign_database_is_refused_with_the_reason(tmp_path: Path, seeds_collection: Path) -> None:
    with sqlite3.connect(seeds_collection) as db:
        db.execute("UPDATE schema_version SET version = 99")
    with pytest.raises(CollectionError, match="newer Contraste .schema version 99; this one reads up to 1"):
        Collection(seeds_collection)
    with sqlite3.connect(seeds_collection) as db:
        db.execute("UPDATE schema_version SET version = 0")
    with pytest.raises(CollectionError, match="schema version 0 cannot be migrated"):
        Collection(seeds_collection)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE t (x)")
    with pytest.raises(CollectionError, match="not a Contraste collection"):
        Collection(other)
    with pytest.raises(CollectionError, match="no collection here"):
        Collection(tmp_path / "missing.sqlite")
