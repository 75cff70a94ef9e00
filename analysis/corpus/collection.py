"""A collection: a persistent article store on disk (one SQLite file) with outlets, incremental ingest and filters.

A collection is a ``.sqlite`` / ``.db`` file, or a folder holding ``collection.sqlite``
(:mod:`analysis.corpus.collection_schema`; docs/COLLECTIONS.md has the schema and why SQLite). Articles are stored
once: an article whose URL or content hash (:func:`analysis.corpus.content_hash.content_hash`) is already stored is reported
as a duplicate, not stored again. Writes go in transactions of ``BATCH`` articles
(``BEGIN IMMEDIATE``): a crash or Ctrl-C leaves the collection as it was after the last
whole batch; a second writer waits ``collection_lock_seconds`` (limits.yaml) and then
stops with a message. :meth:`Collection.select` filters into a working :class:`Corpus`
by date, outlet (through aliases), language and full-text query (FTS5), capped at
``max_corpus_articles``.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from analysis.config import settings
from analysis.corpus.collection_schema import (
    CollectionError,
    collection_file,
    ensure_schema,
    is_collection,
    schema_version,
)
from analysis.corpus.content_hash import content_hash
from analysis.corpus.credit import agency_credit, byline_of
from analysis.corpus.loading import Corpus
from analysis.corpus.outlets import OUTLET_FIELDS, Outlet, outlet_key
from analysis.corpus.records import Article, Problem, Progress

__all__ = ["BATCH", "Collection", "Filters", "Ingest"]

BATCH = 500  # articles per transaction: whole batches survive a crash


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
            ensure_schema(self.db, self.file)
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

    def version(self) -> int:
        return schema_version(self.db)

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
