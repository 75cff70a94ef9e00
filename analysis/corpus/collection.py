"""A collection: a persistent article store on disk (one SQLite file) with outlets, incremental ingest and filters.

A collection is a ``.sqlite`` / ``.db`` file, or a folder holding ``collection.sqlite``
(docs/COLLECTIONS.md has the schema and why SQLite). Articles are stored once: an
article whose URL or content hash (:func:`content_hash`) is already stored is reported
as a duplicate, not stored again. Writes go in transactions of ``BATCH`` articles
(``BEGIN IMMEDIATE``): a crash or Ctrl-C leaves the collection as it was after the last
whole batch; a second writer waits ``collection_lock_seconds`` (limits.yaml) and then
stops with a message. :meth:`Collection.select` filters into a working :class:`Corpus`
by date, outlet (through aliases), language and full-text query (FTS5), capped at
``max_corpus_articles``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from analysis.config import settings
from analysis.corpus.credit import agency_credit, byline_of
from analysis.corpus.loading import Corpus
from analysis.corpus.records import Article, CorpusError, Problem, Progress

__all__ = [
    "FILE_NAME",
    "OUTLET_FIELDS",
    "OWNERSHIP",
    "SCHEMA_VERSION",
    "Collection",
    "CollectionError",
    "Filters",
    "Ingest",
    "Outlet",
    "collection_file",
    "content_hash",
    "is_collection",
    "normalise_text",
    "outlet_key",
]

SCHEMA_VERSION = 1
FILE_NAME = "collection.sqlite"
SUFFIXES = (".sqlite", ".db")
SQLITE_HEADER = b"SQLite format 3\x00"
BATCH = 500  # articles per transaction: whole batches survive a crash
OWNERSHIP = ("state", "public", "private", "party")
OUTLET_FIELDS = ("country", "language", "ownership", "lean")  # what an outlet is, to filter and group by
RE_SPACE = re.compile(r"\s+")
RE_URL_HEAD = re.compile(r"^(?:https?://)?(?:www\.)?")

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL DEFAULT '',
    source_key TEXT NOT NULL DEFAULT '',
    date TEXT,
    language TEXT NOT NULL DEFAULT 'und',
    title TEXT,
    url TEXT UNIQUE,
    byline TEXT,
    agency TEXT,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    added TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source_key, date);
CREATE TABLE IF NOT EXISTS outlets (
    name TEXT PRIMARY KEY,
    country TEXT,
    language TEXT,
    ownership TEXT CHECK (ownership IS NULL OR ownership IN {OWNERSHIP!r}),
    lean TEXT
);
CREATE TABLE IF NOT EXISTS outlet_aliases (
    key TEXT PRIMARY KEY,
    alias TEXT NOT NULL,
    outlet TEXT NOT NULL REFERENCES outlets(name) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
"""
# Schema version -> SQL that brings a collection of that version to the next one.
MIGRATIONS: dict[int, str] = {}


class CollectionError(CorpusError):
    """A collection that cannot be opened, written or filtered; the message names the file and why."""


def normalise_text(text: str) -> str:
    """The text as hashed: Unicode NFC, every run of whitespace one space, no space at either end.

    >>> normalise_text("  Hola\\n\\n mundo ") == normalise_text("Hola mundo")
    True
    """
    return RE_SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def content_hash(text: str) -> str:
    """SHA-256 (hex) of :func:`normalise_text`: the same text re-spaced or re-encoded hashes the same, across runs.

    >>> content_hash("Hola  mundo")[:12] == content_hash("Hola mundo\\n")[:12]
    True
    >>> len(content_hash("x"))
    64
    """
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def outlet_key(name: str) -> str:
    """How an outlet name or alias is matched: no accents, lower case, no ``http(s)://``, ``www.`` or trailing ``/``.

    >>> outlet_key("El País"), outlet_key("https://www.ElPais.com/")
    ('el pais', 'elpais.com')
    """
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return RE_URL_HEAD.sub("", RE_SPACE.sub(" ", folded).strip().lower()).rstrip("/")


@dataclass(frozen=True)
class Outlet:
    """An outlet: its name, the other names its articles carry, and what it is (``ownership`` one of :data:`OWNERSHIP`)."""

    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    language: str | None = None
    ownership: str | None = None
    lean: str | None = None


@dataclass(frozen=True, kw_only=True)
class Filters:
    """What part of a collection becomes the working corpus; None or empty means no limit on that field."""

    since: dt.date | None = None
    until: dt.date | None = None
    sources: tuple[str, ...] = ()
    language: str | None = None
    query: str | None = None
    # Outlet fields (:data:`OUTLET_FIELDS`) and the values kept, e.g. (("ownership", ("state",)),): the articles
    # of outlets recorded with one of those values (an article whose outlet is not recorded has none).
    outlet_fields: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def given(self) -> bool:
        return bool(
            self.since or self.until or self.sources or self.language or self.query
            or any(v for _, v in self.outlet_fields)
        )


@dataclass(frozen=True)
class Ingest:
    """What one ingest did: articles stored, duplicates and renamed ids (each a Problem naming the article)."""

    added: int
    duplicates: tuple[Problem, ...] = ()
    renamed: tuple[Problem, ...] = ()


def collection_file(path: str | Path) -> Path:
    """The SQLite file of the collection at ``path``: ``path`` itself when it ends in .sqlite/.db, else path/collection.sqlite.

    >>> collection_file("news.db").name, collection_file("story").as_posix()
    ('news.db', 'story/collection.sqlite')
    """
    path = Path(path)
    return path if path.suffix.lower() in SUFFIXES else path / FILE_NAME


def is_collection(path: str | Path) -> bool:
    """Whether ``path`` is an existing collection (a SQLite file, or a folder holding ``collection.sqlite``)."""
    file = collection_file(path)
    if not file.is_file():
        return False
    with file.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


class Collection:
    """An open collection. Use as a context manager; ``create=True`` makes a new one when none exists."""

    def __init__(self, path: str | Path, *, create: bool = False) -> None:
        self.file = collection_file(path)
        if not self.file.exists() and not create:
            raise CollectionError(f"{path}: no collection here (create one with `contraste collect add {path} FILES`)")
        if self.file.exists() and not is_collection(path):
            raise CollectionError(f"{self.file}: not a collection (not a SQLite database)")
        self.file.parent.mkdir(parents=True, exist_ok=True)
        self.lock_seconds = settings().limits.collection_lock_seconds
        self.db = sqlite3.connect(self.file, timeout=self.lock_seconds, isolation_level=None)
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._schema()
        except sqlite3.Error as err:
            self.db.close()
            raise self._error(err) from None
        except CollectionError:
            self.db.close()
            raise

    def __enter__(self) -> Collection:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def _error(self, err: sqlite3.Error) -> CollectionError:
        if "locked" in str(err) or "busy" in str(err):
            return CollectionError(
                f"{self.file}: another process is writing to this collection (waited {self.lock_seconds:g} s); "
                "try again when it has finished"
            )
        return CollectionError(f"{self.file}: {err}")

    def _schema(self) -> None:
        tables = {row[0] for row in self.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            # One script in one transaction; IF NOT EXISTS everywhere, so two processes creating it at once both succeed.
            self._script(SCHEMA + f"INSERT INTO schema_version SELECT {SCHEMA_VERSION} WHERE NOT EXISTS "
                         "(SELECT 1 FROM schema_version);")
            return
        if "schema_version" not in tables or "articles" not in tables:
            raise CollectionError(f"{self.file}: a SQLite database, but not a Contraste collection (no schema_version)")
        version = self.version()
        if version > SCHEMA_VERSION:
            raise CollectionError(
                f"{self.file}: written by a newer Contraste (schema version {version}; this one reads up to "
                f"{SCHEMA_VERSION}); update Contraste to open it"
            )
        if version < SCHEMA_VERSION:
            missing = [v for v in range(version, SCHEMA_VERSION) if v not in MIGRATIONS]
            if missing:
                raise CollectionError(
                    f"{self.file}: schema version {version} cannot be migrated to {SCHEMA_VERSION} "
                    f"(no migration from version {missing[0]}); re-create it from its source files"
                )
            steps = "".join(MIGRATIONS[step] for step in range(version, SCHEMA_VERSION))
            self._script(steps + f"UPDATE schema_version SET version = {SCHEMA_VERSION};")

    def _script(self, sql: str) -> None:
        """Run ``sql`` (several statements) as one transaction, rolled back when any statement fails."""
        try:
            self.db.executescript("BEGIN IMMEDIATE;" + sql + "COMMIT;")
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise

    def version(self) -> int:
        row = self.db.execute("SELECT version FROM schema_version").fetchone()
        return int(row[0]) if row else 0

    # -- ingest ---------------------------------------------------------------------------------------------------
    def add(self, articles: Iterable[Article], *, progress: Progress | None = None, total: int = 0) -> Ingest:
        """Store ``articles``, ``BATCH`` per transaction; duplicates (same URL or content hash) are reported, not stored.

        An id already used by another text gets ``~2``, ``~3``... and is reported in ``renamed``.
        Raises CollectionError when another writer holds the collection past the lock timeout.
        """
        added = 0
        duplicates: list[Problem] = []
        renamed: list[Problem] = []
        batch: list[Article] = []
        done = 0

        def flush() -> None:
            nonlocal added, done
            with self.writing():
                for article in batch:
                    outcome = self._insert(article)
                    if isinstance(outcome, Problem):
                        (renamed if outcome.reason.startswith("id ") else duplicates).append(outcome)
                    if outcome is None or (isinstance(outcome, Problem) and outcome.reason.startswith("id ")):
                        added += 1
            done += len(batch)
            batch.clear()
            if progress is not None:
                progress(done, total, "")

        for article in articles:
            batch.append(article)
            if len(batch) >= BATCH:
                flush()
        if batch:
            flush()
        return Ingest(added, tuple(duplicates), tuple(renamed))

    def _insert(self, article: Article) -> Problem | None:
        """Insert one article inside the open transaction; a Problem for a duplicate (not stored) or a renamed id."""
        digest = content_hash(article.text)
        url = article.url or None
        same = self.db.execute(
            "SELECT id, url = ? FROM articles WHERE content_hash = ? OR (url IS NOT NULL AND url = ?) LIMIT 1",
            (url, digest, url),
        ).fetchone()
        if same is not None:
            why = "the same URL" if same[1] else "the same text (content hash)"
            return Problem(article.url or article.id, f"duplicate of stored article {same[0]!r} ({why}); not stored again")
        article_id, suffix = article.id, 1
        while self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
            suffix += 1
            article_id = f"{article.id}~{suffix}"
        byline = byline_of(article.text)
        self.db.execute(
            "INSERT INTO articles (id, source, source_key, date, language, title, url, byline, agency, text,"
            " content_hash, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article_id, article.source, outlet_key(article.source),
                article.date.isoformat() if article.date else None, article.language, article.title, url,
                byline, agency_credit(article.text, byline=byline), article.text, digest,
                dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            ),
        )  # fmt: skip
        if article_id != article.id:
            return Problem(article.id, f"id already used by another article; stored as {article_id!r}")
        return None

    def known_urls(self, urls: Sequence[str]) -> set[str]:
        """The URLs among ``urls`` already stored: a feed read again fetches only its new articles."""
        known: set[str] = set()
        for start in range(0, len(urls), BATCH):
            chunk = list(urls[start : start + BATCH])
            rows = self.db.execute(f"SELECT url FROM articles WHERE url IN ({', '.join('?' * len(chunk))})", chunk)
            known.update(str(url) for (url,) in rows)
        return known

    @contextmanager
    def writing(self) -> Iterator[None]:
        """One write transaction (``BEGIN IMMEDIATE``): committed whole, or rolled back on any error or Ctrl-C;
        a SQLite error (another writer past the lock timeout, a full disk) becomes a CollectionError."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
        except sqlite3.Error as err:
            raise self._error(err) from None

    # -- outlets --------------------------------------------------------------------------------------------------
    def put_outlets(self, outlets: Sequence[Outlet]) -> None:
        """Add or replace outlets (by name) and their aliases; an alias already given to another outlet moves to this one."""
        with self.writing():
            for o in outlets:
                self.db.execute(
                    "INSERT INTO outlets VALUES (?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET country=excluded.country,"
                    " language=excluded.language, ownership=excluded.ownership, lean=excluded.lean",
                    (o.name, o.country, o.language, o.ownership, o.lean),
                )
                self.db.execute("DELETE FROM outlet_aliases WHERE outlet = ?", (o.name,))
                # One row per key: "EL PAÍS" adds nothing to "El País" (same key), the name is kept.
                keys = {outlet_key(alias): alias for alias in reversed((o.name, *o.aliases))}
                for alias in keys.values():
                    self.db.execute(
                        "INSERT OR REPLACE INTO outlet_aliases VALUES (?, ?, ?)", (outlet_key(alias), alias, o.name)
                    )

    def remove_outlets(self, names: Sequence[str]) -> None:
        """Forget these outlets and their aliases (their articles stay, under the labels they were stored with)."""
        with self.writing():
            self.db.executemany("DELETE FROM outlets WHERE name = ?", [(name,) for name in names])

    def outlets(self) -> list[Outlet]:
        """Every outlet, by name, with its aliases (its own name left out)."""
        aliases: dict[str, list[str]] = {}
        for alias, outlet in self.db.execute("SELECT alias, outlet FROM outlet_aliases ORDER BY alias"):
            if alias != outlet:
                aliases.setdefault(outlet, []).append(alias)
        rows = self.db.execute("SELECT name, country, language, ownership, lean FROM outlets ORDER BY name")
        return [Outlet(name, tuple(aliases.get(name, ())), c, lang, own, lean) for name, c, lang, own, lean in rows]

    def _source_keys(self, sources: Sequence[str]) -> list[str]:
        """The source keys of the outlets named (by name or any alias), each outlet's every alias included."""
        keys: set[str] = set()
        for source in sources:
            key = outlet_key(source)
            keys.add(key)
            row = self.db.execute("SELECT outlet FROM outlet_aliases WHERE key = ?", (key,)).fetchone()
            if row is not None:
                keys.update(k for (k,) in self.db.execute("SELECT key FROM outlet_aliases WHERE outlet = ?", (row[0],)))
        return sorted(keys)

    # -- filters --------------------------------------------------------------------------------------------------
    def _where(self, filters: Filters) -> tuple[str, list[object]]:
        clauses: list[str] = []
        values: list[object] = []
        if filters.since:
            clauses.append("a.date >= ?")
            values.append(filters.since.isoformat())
        if filters.until:
            clauses.append("a.date <= ?")
            values.append(filters.until.isoformat())
        if filters.sources:
            keys = self._source_keys(filters.sources)
            clauses.append(f"a.source_key IN ({', '.join('?' * len(keys))})")
            values.extend(keys)
        if filters.language:
            clauses.append("a.language = ?")
            values.append(filters.language)
        for name, kept in filters.outlet_fields:
            if name not in OUTLET_FIELDS:
                raise CollectionError(f"{self.file}: no outlet field {name!r} (known: {', '.join(OUTLET_FIELDS)})")
            if kept:
                clauses.append(
                    "a.source_key IN (SELECT k.key FROM outlet_aliases k JOIN outlets o ON o.name = k.outlet"
                    f" WHERE o.{name} IN ({', '.join('?' * len(kept))}))"
                )
                values.extend(kept)
        if filters.query:
            clauses.append("a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            values.append(filters.query)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", values

    def _run(self, sql: str, values: Sequence[object], filters: Filters) -> list[tuple[object, ...]]:
        try:
            return self.db.execute(sql, values).fetchall()
        except sqlite3.OperationalError as err:
            if filters.query and "locked" not in str(err) and "busy" not in str(err):  # FTS5 reports a bad query this way
                raise CollectionError(
                    f"{self.file}: the query {filters.query!r} is not a valid full-text query ({err}); "
                    'use words, "a phrase", OR, NOT'
                ) from None
            raise self._error(err) from None

    def count(self, filters: Filters = Filters()) -> int:
        where, values = self._where(filters)
        count = self._run(f"SELECT count(*) FROM articles a{where}", values, filters)[0][0]
        assert isinstance(count, int)
        return count

    def select(self, filters: Filters = Filters(), *, limit: int | None = None) -> Corpus:
        """The articles ``filters`` match, by date then id, as a working corpus of at most ``max_corpus_articles``.

        An article's source is its outlet's name when its label is an alias of one. Past the limit,
        the first articles load and a Problem says how many were left out and how to narrow the filter.
        """
        limit = settings().limits.max_corpus_articles if limit is None else limit
        where, values = self._where(filters)
        rows = self._run(
            "SELECT a.id, a.text, COALESCE(o.outlet, a.source), a.date, a.language, a.title, a.url FROM articles a"
            f" LEFT JOIN outlet_aliases o ON o.key = a.source_key{where} ORDER BY a.date, a.id LIMIT ?",
            [*values, limit + 1],
            filters,
        )
        problems = []
        if len(rows) > limit:
            matched = self.count(filters)
            problems.append(
                Problem(
                    str(self.file),
                    f"the filter matches {matched:,} articles; only the first {limit:,} by date are loaded "
                    f"(max_corpus_articles in analysis/settings/limits.yaml); narrow it with --since, --until, "
                    "--source or --query",
                )
            )
            rows = rows[:limit]
        articles = tuple(
            Article(str(i), str(text), str(src or ""), dt.date.fromisoformat(str(d)) if d else None, str(lang), title, url)  # type: ignore[arg-type]
            for i, text, src, d, lang, title, url in rows
        )
        if not articles:
            raise CollectionError(f"{self.file}: no stored article matches the filter")
        return Corpus(articles, tuple(problems))

    def integrity(self) -> str:
        """'ok' when SQLite's integrity check and the full-text index's own check both pass, else what failed."""
        result = self.db.execute("PRAGMA integrity_check").fetchone()[0]
        try:
            self.db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        except sqlite3.Error as err:
            return f"full-text index: {err}"
        return str(result)
