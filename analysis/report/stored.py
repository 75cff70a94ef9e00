"""Analysis results stored with a collection: `contraste report COLLECTION` writes them, the dashboard opening the
collection reads them instead of computing (stories, similarity, shared passages, claims, terms, quotes).

Each result is one row of the table ``results`` in the collection's SQLite file, created on first use beside
schema version 1 (a cache, like the readings of :mod:`analysis.corpus.derived`: deleting it loses only time)::

    results (articles, name, settings, lexicons, code, made, size, checksum, data)

keyed by what it depends on:

- ``articles``: :func:`content_key` of the working corpus (every field of every article, in order: the dashboard's
  cache key, ``dashboard.state.corpus_key``), so another filter, an added article or a relabelled outlet is
  another corpus;
- ``settings``: the settings record (:func:`analysis.config.settings`) but its ``parallel`` and ``display``
  sections, which change where and how results are shown, not what they are;
- ``lexicons``: every packaged word list (``analysis/lexicons/``, which a user may edit), plus, for a result made
  with them, the user's own lexicon and frame sets;
- ``code``: :data:`FORMAT` and the source of every module of ``analysis`` (any code change makes every stored
  result stale: conservative, never wrong).

A row whose ``articles`` and ``name`` match but whose settings, lexicons or code do not is **stale**: it is
never used, the result is computed again, and :attr:`Store.notes` says which of them changed. A row whose
``checksum`` (SHA-256 of ``data``) does not match, or whose data does not decode, is **damaged**: the same,
naming the file and the reason. Each row is written in one transaction (``BEGIN IMMEDIATE`` … ``COMMIT``): an
interrupted run leaves whole rows or none. Writes wait at most a second for another writer and are skipped
otherwise. Only the :data:`KEEP` most recently stored corpora are kept.

``data`` is how :mod:`analysis.report.result_codec` writes each result (records as zlib-compressed JSON decoded
through their type hints, tables as Parquet), so a stored-then-loaded result equals the computed one exactly
(``tests/test_stored_results.py``); the keys are digested by :mod:`analysis.report.result_keys`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any, TypeVar

from analysis.corpus.collection import Collection
from analysis.corpus.collection_schema import CollectionError
from analysis.report.result_codec import FORMAT, NAMES, codec, decode, encode
from analysis.report.result_keys import content_key, key_parts, when

__all__ = [
    "FORMAT",
    "KEEP",
    "NAMES",
    "Note",
    "Store",
    "content_key",
    "decode",
    "encode",
    "key_parts",
    "result",
    "stored_or_computed",
    "using",
    "when",
]

KEEP = 8  # corpora (distinct ``articles`` keys) whose results a collection keeps: the most recently stored
WRITE_WAIT_MS = 1000
TABLE = """CREATE TABLE IF NOT EXISTS results (
    articles TEXT NOT NULL,
    name TEXT NOT NULL,
    settings TEXT NOT NULL,
    lexicons TEXT NOT NULL,
    code TEXT NOT NULL,
    made TEXT NOT NULL,
    size INTEGER NOT NULL,
    checksum TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (articles, name)
) WITHOUT ROWID"""
COLUMNS = ("articles", "name", "settings", "lexicons", "code", "made", "size", "checksum", "data")
T = TypeVar("T")


def _codec(name: str) -> tuple[Callable[[Any], bytes], Callable[[bytes], Any]]:
    """How the result ``name`` is written and read: a name may carry its options after ":" ("pairs:0.3")."""
    return codec(name.partition(":")[0])


@dataclasses.dataclass(frozen=True)
class Note:
    """What happened to one result: ``read`` (from the store), ``stored`` (computed and written), ``computed``
    (none stored, or not written), ``stale`` or ``damaged`` (computed again); ``reason`` says why."""

    name: str
    state: str
    reason: str = ""


class Store:
    """The results stored in the collection at ``path`` for one working corpus (``articles``: its
    :func:`content_key`). :meth:`get` reads a result or computes it (and with ``write``, stores it)."""

    def __init__(self, path: str | Path, articles: str, *, count: int, write: bool = True) -> None:
        self.path = Path(path)
        self.articles = articles
        self.count = count
        self.write = write
        self.notes: dict[str, Note] = {}

    def get(self, name: str, compute: Callable[[], T], *, extra: str = "") -> T:
        """The result ``name``: read back when stored for these articles, settings, lexicons (+ ``extra``) and
        code; else computed (and stored when this store writes), with a note saying why."""
        parts = key_parts(extra=extra)
        found, state, reason = self._read(name, parts)
        if found:
            return found[0]
        value = compute()
        if self.write and self._put(name, _codec(name)[0](value), parts):
            state = "stored" if state == "computed" else state
        self.notes[name] = Note(name, state, reason)
        return value

    def find(self, name: str, *, extra: str = "") -> Any | None:
        """The result ``name`` when it is stored and fresh for these articles (read as :meth:`get` reads it), else
        None: nothing is computed or stored, and only a read is noted. For a page that needs a part of a result
        (one of the closest pairs) and computes less than the whole result when it is not stored."""
        found, _state, _reason = self._read(name, key_parts(extra=extra))
        return found[0] if found else None

    def _read(self, name: str, parts: dict[str, str]) -> tuple[tuple[Any, ...], str, str]:
        """``(value,)`` of the stored result ``name`` when fresh (noted as read), else ``()`` with the state
        (computed, stale, damaged) and reason a computed result is noted with."""
        decoder = _codec(name)[1]  # an unknown name fails here, before anything is read
        row, reason, state = self._row(name)
        if row is not None:
            changed = [part for part in ("settings", "lexicons", "code") if row[part] != parts[part]]
            if changed:
                what = {"settings": "the settings", "lexicons": "a lexicon", "code": "Contraste's code"}
                reason = f"{' and '.join(what[c] for c in changed)} changed since it was stored ({when(row['made'])})"
                state = "stale"
            else:
                try:
                    if hashlib.sha256(row["data"]).hexdigest() != row["checksum"]:
                        raise ValueError("its checksum does not match its data (a partial or altered write)")
                    value = decoder(row["data"])
                except Exception as err:  # noqa: BLE001 - damaged data of any shape is computed again, never a crash
                    state, reason = "damaged", f"{self.path}: stored result {name!r} is unreadable: {err}"
                else:
                    self.notes.setdefault(name, Note(name, "read", f"stored {when(row['made'])}"))
                    return (value,), "read", ""
        return (), state, reason

    def put(self, name: str, value: Any, *, extra: str = "") -> bool:
        """Store ``value`` as the result ``name`` of these articles (with today's settings, lexicons and code);
        False when the collection cannot be written now."""
        return self._put(name, _codec(name)[0](value), key_parts(extra=extra))

    def _row(self, name: str) -> tuple[dict[str, Any] | None, str, str]:
        """The stored row of ``name`` for these articles, or None with the reason and state (computed, damaged)."""
        try:
            with Collection(self.path) as collection:
                db = collection.db
                if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'results'").fetchone() is None:
                    return None, "none stored", "computed"
                found = db.execute(
                    f"SELECT {', '.join(COLUMNS)} FROM results WHERE articles = ? AND name = ?", (self.articles, name)
                ).fetchone()
                if found is None:
                    others = db.execute("SELECT COUNT(*) FROM results WHERE name = ?", (name,)).fetchone()[0]
                    return None, "stored for other articles only" if others else "none stored", "computed"
                row = dict(zip(COLUMNS, found, strict=True))
                if not isinstance(row["data"], bytes):
                    row["data"] = str(row["data"]).encode()
                return row, "", ""
        except (CollectionError, sqlite3.Error) as err:
            return None, f"{self.path}: the stored results cannot be read ({err})", "damaged"

    def _put(self, name: str, blob: bytes, parts: dict[str, str]) -> bool:
        made = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
        row = (self.articles, name, parts["settings"], parts["lexicons"], parts["code"], made, self.count,
               hashlib.sha256(blob).hexdigest(), sqlite3.Binary(blob))  # fmt: skip
        try:
            with Collection(self.path) as collection:
                collection.db.execute(f"PRAGMA busy_timeout = {WRITE_WAIT_MS}")
                columns = [r[1] for r in collection.db.execute("PRAGMA table_info(results)")]
                if columns and tuple(columns) != COLUMNS:  # not this table (damaged, or another program's): a cache
                    collection.db.execute("DROP TABLE results")
                collection.db.execute(TABLE)
                with collection.writing():
                    collection.db.execute(f"INSERT OR REPLACE INTO results VALUES ({', '.join('?' * 9)})", row)
                    kept = [k for (k,) in collection.db.execute(
                        "SELECT articles FROM results GROUP BY articles ORDER BY MAX(made) DESC, articles LIMIT ?",
                        (KEEP,),
                    )]  # fmt: skip
                    collection.db.execute(
                        f"DELETE FROM results WHERE articles NOT IN ({', '.join('?' * len(kept))})", kept
                    )
        except (CollectionError, sqlite3.Error):
            return False
        return True

    def problems(self) -> list[str]:
        """The stale and damaged results, each with its reason (the file, what changed)."""
        return [f"{n.name}: {n.state}, {n.reason}" for n in self.notes.values() if n.state in {"stale", "damaged"}]

    def summary(self) -> dict[str, object]:
        """What happened to each result asked for, as the CLI's JSON ``stored`` key."""
        return {
            "collection": str(self.path),
            "articles": self.count,
            "results": {n.name: n.state for n in self.notes.values()},
            "notes": self.problems(),
        }


_ACTIVE: ContextVar[Store | None] = ContextVar("stored_results", default=None)


@contextmanager
def using(store: Store | None) -> Iterator[Store | None]:
    """While inside, :func:`result` reads and writes ``store`` (the CLI's report on a collection)."""
    token = _ACTIVE.set(store)
    try:
        yield store
    finally:
        _ACTIVE.reset(token)


def stored_or_computed(store: Store | None, name: str, compute: Callable[[], T], *, extra: str = "") -> T:
    """``store.get(name, compute)`` (see :meth:`Store.get`), or ``compute()`` without a store."""
    return compute() if store is None else store.get(name, compute, extra=extra)


def result(name: str, compute: Callable[[], T], *, extra: str = "") -> T:
    """``compute()``, or the stored result ``name`` of the store :func:`using` made active (see :meth:`Store.get`)."""
    return stored_or_computed(_ACTIVE.get(), name, compute, extra=extra)
