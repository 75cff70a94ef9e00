"""Derived results kept in a collection, per article content hash: computed once, read back when the same text
is analysed again (the same filter reopened, or an overlapping one; an added article is the only one computed).

The table ``derived (content_hash, kind, data)`` is created on first use. It is a cache beside schema
version 1, not part of it: a collection without it is complete, an older Contraste ignores it, and
deleting it loses nothing but time. ``kind`` names what ``data`` is and the code that made it (e.g.
``reading:<fingerprint of the text pipeline>``), so a changed pipeline never reads an old result.
Writes wait at most a second for another writer and are skipped otherwise: a cache never holds up
an ingest, nor fails an analysis.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

from analysis.corpus.collection import BATCH, Collection
from analysis.corpus.collection_schema import CollectionError

__all__ = ["DERIVED", "content_hashes", "read_derived", "write_derived"]

DERIVED = """CREATE TABLE IF NOT EXISTS derived (
    content_hash TEXT NOT NULL,
    kind TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (content_hash, kind)
) WITHOUT ROWID"""
WRITE_WAIT_MS = 1000


def content_hashes(path: str | Path, ids: Sequence[str]) -> dict[str, str]:
    """The stored content hash of each article id found in the collection (ids are unique, texts never change)."""
    found: dict[str, str] = {}
    try:
        with Collection(path) as collection:
            for start in range(0, len(ids), BATCH):
                chunk = list(ids[start : start + BATCH])
                rows = collection.db.execute(
                    f"SELECT id, content_hash FROM articles WHERE id IN ({', '.join('?' * len(chunk))})", chunk
                )
                found.update((str(i), str(h)) for i, h in rows)
    except (CollectionError, sqlite3.Error):
        return {}
    return found


def read_derived(path: str | Path, kind: str, hashes: Sequence[str]) -> dict[str, bytes]:
    """The stored ``kind`` results of the texts with these content hashes (those computed before)."""
    found: dict[str, bytes] = {}
    try:
        with Collection(path) as collection:
            if collection.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'derived'").fetchone() is None:
                return found
            wanted = list(dict.fromkeys(hashes))
            for start in range(0, len(wanted), BATCH):
                chunk = wanted[start : start + BATCH]
                rows = collection.db.execute(
                    f"SELECT content_hash, data FROM derived WHERE kind = ? AND content_hash IN ({', '.join('?' * len(chunk))})",
                    [kind, *chunk],
                )
                found.update((str(h), bytes(d)) for h, d in rows)
    except (CollectionError, sqlite3.Error):
        return {}
    return found


def write_derived(path: str | Path, kind: str, results: Iterable[tuple[str, bytes]]) -> int:
    """Store ``kind`` results by content hash in one transaction; how many, or 0 when the collection is busy or
    cannot be written (the results are then computed again next time)."""
    rows = [(h, kind, sqlite3.Binary(data)) for h, data in results]
    if not rows:
        return 0
    try:
        with Collection(path) as collection:
            collection.db.execute(f"PRAGMA busy_timeout = {WRITE_WAIT_MS}")
            collection.db.execute(DERIVED)
            with collection.writing():
                collection.db.executemany("INSERT OR REPLACE INTO derived VALUES (?, ?, ?)", rows)
    except (CollectionError, sqlite3.Error):
        return 0
    return len(rows)
