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

``data`` is zlib-compressed JSON: records (frozen dataclasses) field by field, decoded through their type hints
(:func:`encode`, :func:`decode`); tables (pandas) column by column with their dtypes, so a stored-then-loaded
result equals the computed one exactly (``tests/test_stored_results.py``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import sqlite3
import types
import typing
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np

from analysis.config import settings
from analysis.corpus.collection import Collection, CollectionError

if TYPE_CHECKING:  # pandas on first use: `contraste figures` imports this module and never needs it
    import pandas as pd

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
    "using",
]

FORMAT = 1  # how rows are encoded; part of the code key
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


def content_key(articles: Sequence[Any]) -> str:
    """A digest of every field of every article, in order: the key of a working corpus' results.

    >>> from analysis.corpus.records import Article
    >>> one = Article("a", "El País", None, "es", "t", None, "Texto.")
    >>> content_key([one]) == content_key([one]) != content_key([one, one])
    True
    """
    digest = hashlib.sha256()
    for a in articles:
        digest.update(json.dumps([a.id, a.source, str(a.date), a.language, a.title, a.url, a.text]).encode())
    return digest.hexdigest()


@cache
def _code_key() -> str:
    digest = hashlib.sha256(f"format {FORMAT}".encode())
    root = Path(__file__).resolve().parents[1]
    for file in sorted(root.rglob("*.py")):
        digest.update(file.relative_to(root).as_posix().encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()[:16]


def _lexicons_key(extra: str) -> str:
    root = Path(__file__).resolve().parents[1] / "lexicons"
    digest = hashlib.sha256()
    for file in sorted(root.rglob("*")):
        if file.is_file() and file.suffix in {".yaml", ".txt"}:
            digest.update(file.relative_to(root).as_posix().encode() + b"\0" + file.read_bytes())
    digest.update(extra.encode())
    return digest.hexdigest()[:16]


def _settings_key() -> str:
    chosen = {f.name: getattr(settings(), f.name) for f in dataclasses.fields(settings())}
    return hashlib.sha256(
        repr({k: v for k, v in chosen.items() if k not in {"parallel", "display"}}).encode()
    ).hexdigest()[:16]


def key_parts(*, extra: str = "") -> dict[str, str]:
    """What a result depends on besides its articles: ``settings``, ``lexicons`` (with ``extra``: the user's
    lexicon and frame sets, for a result made with them) and ``code`` digests."""
    return {"settings": _settings_key(), "lexicons": _lexicons_key(extra), "code": _code_key()}


def when(made: str) -> str:
    """A row's ``made`` time as a reader reads it.

    >>> when("2026-11-30T05:47:08.123456+00:00")
    '2026-11-30 05:47 UTC'
    """
    return made[:16].replace("T", " ") + " UTC"


# Records: frozen dataclasses field by field, decoded through their type hints.


def encode(value: Any) -> Any:
    """``value`` as JSON-ready data: dataclasses as dicts of fields, tuples as lists, dates as ISO text.

    >>> import datetime as dt
    >>> encode((1, dt.date(2026, 1, 2), {"a": (None, 2.5)}))
    [1, '2026-01-02', {'a': [None, 2.5]}]
    """
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, np.generic):
        return value.item()
    return value


def decode(data: Any, hint: Any) -> Any:
    """:func:`encode`'s ``data`` back as type ``hint`` (a dataclass, ``tuple[X, ...]``, ``X | None``, ``dict``...).

    >>> import datetime as dt
    >>> decode([["2026-01-02", None]], tuple[tuple[dt.date | None, int | None], ...])
    ((datetime.date(2026, 1, 2), None),)
    """
    return _decoder(hint)(data)


def _same(data: Any) -> Any:
    return data


@cache
def _decoder(hint: Any) -> Callable[[Any], Any]:
    """The function reading :func:`encode`'s data as ``hint``, made once per type (a type's hints are read once,
    not once per record: 9,474 quotes decode in 0.1 s, not 2.9 s)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        kinds = [a for a in args if a is not type(None)]
        inner = _decoder(kinds[0]) if len(kinds) == 1 else _same
        return lambda data: None if data is None else inner(data)
    if dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(hint)]
        made = typing.cast("Callable[..., Any]", hint)  # a dataclass type: called with its fields
        return lambda data: made(**{name: read(data[name]) for name, read in fields})
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = _decoder(args[0])
            return _same_tuple if item is _same else lambda data: tuple(item(v) for v in data)
        if not args:
            return _same_tuple
        items = [_decoder(a) for a in args]
        return lambda data: tuple(read(v) for read, v in zip(items, data, strict=True))
    if origin is list:
        item = _decoder(args[0]) if args else _same
        return list if item is _same else lambda data: [item(v) for v in data]
    if origin is dict:
        value = _decoder(args[1]) if args else _same
        return dict if value is _same else lambda data: {k: value(v) for k, v in data.items()}
    if hint is dt.date:
        return dt.date.fromisoformat
    if hint is float:
        return lambda data: float(data) if isinstance(data, int) else data
    return _same


def _same_tuple(data: Any) -> tuple[Any, ...]:
    return tuple(data)


# Tables: Parquet (pyarrow), exact and typed: the 174,000-row framing counts of 2,000 articles are 109 KB, read in
# 0.09 s; as JSON they were 13.5 MB (120 KB compressed), read in 0.52 s.


def encode_frame(frame: pd.DataFrame) -> bytes:
    """A table as Parquet bytes (its columns and dtypes; the index renumbered)."""
    import io

    buffer = io.BytesIO()
    frame.reset_index(drop=True).to_parquet(buffer, index=False)
    return buffer.getvalue()


def decode_frame(data: bytes) -> pd.DataFrame:
    """:func:`encode_frame` read back."""
    import io

    import pandas as pd

    return pd.read_parquet(io.BytesIO(data))


# What each stored result is: how it is encoded and decoded.


def _json(value: Any) -> bytes:
    return zlib.compress(json.dumps(encode(value), ensure_ascii=False, separators=(",", ":")).encode(), 6)


def _records(hint: Any) -> tuple[Callable[[Any], bytes], Callable[[bytes], Any]]:
    read = _decoder(hint)
    return _json, lambda data: read(json.loads(zlib.decompress(data)))


def _heatmap_bytes(value: tuple[list[str], np.ndarray]) -> bytes:
    ids, matrix = value
    return _json(
        {"ids": ids, "dtype": str(matrix.dtype), "shape": list(matrix.shape), "values": matrix.ravel().tolist()}
    )


def _heatmap(data: bytes) -> tuple[list[str], np.ndarray]:
    found = json.loads(zlib.decompress(data))
    matrix = np.asarray(found["values"], dtype=found["dtype"]).reshape(found["shape"])
    return [str(i) for i in found["ids"]], matrix


def _record_hint(name: str) -> Any:
    """The type a stored record result decodes as; each module imported only when its result is asked (a single
    CLI command reading its stored JSON imports none of the analyses)."""
    if name == "stories":
        from analysis.similarity.stories import StoryMap

        return StoryMap
    if name == "pairs":
        from analysis.similarity.compare import PairComparison

        return tuple[PairComparison, ...]
    if name == "claims":
        from analysis.casualties.claims import Claim

        return list[Claim]
    if name == "quotes":
        from analysis.sources.quotes import Quote

        return list[Quote]
    if name == "places":
        from analysis.sources.placenames import PlaceCount

        return list[PlaceCount]
    if name == "shared_quotes":
        return list[dict[str, Any]]
    if name in ("cli", "listing"):  # a single CLI command's whole JSON (analysis/cli/stored.py); the pair listing's note
        return dict[str, Any]
    raise KeyError(name)


@cache
def _codec(name: str) -> tuple[Callable[[Any], bytes], Callable[[bytes], Any]]:
    """How the result ``name`` (without options) is written and read: records as zlib-compressed JSON, tables as
    Parquet, the heatmap as its ids and matrix."""
    if name in ("neighbours", "counts", "distinctive", "all_pairs"):
        return encode_frame, decode_frame
    if name == "heatmap":
        return _heatmap_bytes, _heatmap
    return _records(_record_hint(name))


# The names `contraste report` stores (a name may carry its options after ":", e.g. "pairs:0.3"; "all_pairs:0.3" is
# every pair above the threshold, "listing:0.3" how they were found, above the dense limit only); besides them,
# single CLI commands store "cli:COMMAND:OPTIONS" (their whole JSON).
NAMES = ("stories", "neighbours", "heatmap", "pairs", "all_pairs", "listing", "counts", "distinctive", "claims",
         "quotes", "shared_quotes", "places")  # fmt: skip


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
        if self.write and self._put(name, _codec(name.partition(":")[0])[0](value), parts):
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
        decoder = _codec(name.partition(":")[0])[1]  # an unknown name fails here, before anything is read
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
        return self._put(name, _codec(name.partition(":")[0])[0](value), key_parts(extra=extra))

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


def result(name: str, compute: Callable[[], T], *, extra: str = "") -> T:
    """``compute()``, or the stored result ``name`` of the store :func:`using` made active (see :meth:`Store.get`)."""
    store = _ACTIVE.get()
    return compute() if store is None else store.get(name, compute, extra=extra)
