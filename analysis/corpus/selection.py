"""A selection: which part of a collection is the working corpus (its path and filters), and what it holds.

A workspace saved from a collection keeps a :class:`Selection` (a few hundred bytes) instead of the
articles' text; opening the workspace selects the same articles again. :func:`facets` says, for a
filter, how many articles match, the collection's date range and its outlets with their counts,
what the dashboard's Corpus page shows beside its filters. :func:`grouped` relabels every article's
source by one outlet field (country, ownership...), so every page compares state media with
private media, or one country with another, as it compares outlets.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from analysis.config import settings
from analysis.corpus.collection import Collection, Filters
from analysis.corpus.collection_schema import CollectionError, collection_file
from analysis.corpus.loading import Corpus
from analysis.corpus.outlets import OUTLET_FIELDS, Outlet

__all__ = ["Facets", "Selection", "facets", "filters_from_json", "filters_to_json", "grouped", "opening"]

FILTER_KEYS = ("since", "until", "sources", "language", "query", "outlet_fields")


def filters_to_json(filters: Filters) -> dict[str, object]:
    """The filters that are set, as JSON (dates as YYYY-MM-DD).

    >>> filters_to_json(Filters(since=dt.date(2025, 3, 1), sources=("El País",)))
    {'since': '2025-03-01', 'sources': ['El País']}
    """
    values: dict[str, object] = {
        "since": filters.since.isoformat() if filters.since else None,
        "until": filters.until.isoformat() if filters.until else None,
        "sources": list(filters.sources),
        "language": filters.language,
        "query": filters.query,
        "outlet_fields": {name: list(kept) for name, kept in filters.outlet_fields if kept},
    }
    return {k: v for k, v in values.items() if v not in (None, [], {}, "")}


def _texts(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise ValueError(f"{where}: must be a list of text")
    return tuple(value)


def filters_from_json(data: object, *, where: str = "filters") -> Filters:
    """Filters read back from :func:`filters_to_json`'s form, every key checked.

    >>> filters_from_json({"until": "2025-03-31", "outlet_fields": {"ownership": ["state"]}}).outlet_fields
    (('ownership', ('state',)),)
    >>> filters_from_json({"since": "March"})
    Traceback (most recent call last):
    ValueError: filters.since: must be a date YYYY-MM-DD, not 'March'

    Raises:
        ValueError: naming the key that is unknown or of the wrong kind.
    """
    if not isinstance(data, Mapping):
        raise ValueError(f"{where}: must be an object with {', '.join(FILTER_KEYS)}")
    unknown = sorted(str(k) for k in data if k not in FILTER_KEYS)
    if unknown:
        raise ValueError(f"{where}: unknown key {unknown[0]!r} (known: {', '.join(FILTER_KEYS)})")
    dates: dict[str, dt.date | None] = {}
    for key in ("since", "until"):
        value = data.get(key)
        try:
            dates[key] = dt.date.fromisoformat(value) if isinstance(value, str) and value else None
        except ValueError:
            raise ValueError(f"{where}.{key}: must be a date YYYY-MM-DD, not {value!r}") from None
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{where}.{key}: must be a date YYYY-MM-DD or null")
    texts: dict[str, str | None] = {}
    for key in ("language", "query"):
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{where}.{key}: must be text or null")
        texts[key] = value or None
    fields_ = data.get("outlet_fields") or {}
    if not isinstance(fields_, Mapping):
        raise ValueError(f"{where}.outlet_fields: must be an object of outlet field -> list of values")
    for name in fields_:
        if name not in OUTLET_FIELDS:
            raise ValueError(
                f"{where}.outlet_fields: unknown outlet field {name!r} (known: {', '.join(OUTLET_FIELDS)})"
            )
    return Filters(
        since=dates["since"],
        until=dates["until"],
        sources=_texts(data.get("sources"), f"{where}.sources"),
        language=texts["language"],
        query=texts["query"],
        outlet_fields=tuple(
            (name, _texts(fields_[name], f"{where}.outlet_fields.{name}")) for name in OUTLET_FIELDS if name in fields_
        ),
    )


@dataclass(frozen=True)
class Selection:
    """A collection (its file, absolute) and the filters that make the working corpus; ``group_by`` an outlet field
    every article's source is relabelled by (None: by outlet)."""

    path: str
    filters: Filters = field(default_factory=Filters)
    group_by: str | None = None

    def to_json(self) -> dict[str, object]:
        document: dict[str, object] = {"path": self.path, "filters": filters_to_json(self.filters)}
        if self.group_by:
            document["group_by"] = self.group_by
        return document

    @classmethod
    def from_json(cls, data: object, *, where: str = "collection") -> Selection:
        """Read back :meth:`to_json`'s form. Raises ValueError naming the bad key."""
        if not isinstance(data, Mapping) or not isinstance(data.get("path"), str) or not data["path"]:
            raise ValueError(f"{where}: must be an object with 'path' (the collection's file) and 'filters'")
        unknown = sorted(str(k) for k in data if k not in ("path", "filters", "group_by"))
        if unknown:
            raise ValueError(f"{where}: unknown key {unknown[0]!r} (known: path, filters, group_by)")
        group_by = data.get("group_by")
        if group_by is not None and group_by not in OUTLET_FIELDS:
            raise ValueError(f"{where}.group_by: must be one of {', '.join(OUTLET_FIELDS)} or null, not {group_by!r}")
        return cls(str(data["path"]), filters_from_json(data.get("filters") or {}, where=f"{where}.filters"), group_by)

    def load(self, *, limit: int | None = None) -> Corpus:
        """The working corpus: the articles the filters select (at most ``max_corpus_articles``), grouped if asked.

        Raises:
            CollectionError: when the collection is gone, unreadable, or nothing matches.
        """
        with Collection(self.path) as collection:
            corpus = collection.select(self.filters, limit=limit)
            return grouped(corpus, collection.outlets(), self.group_by) if self.group_by else corpus

    def described(self) -> str:
        """The selection in words, for captions and the report: ``news.sqlite: since 2025-03-01, outlets El País``."""
        parts = [f"{k} {', '.join(v) if isinstance(v, list) else v}" for k, v in filters_to_json(self.filters).items()
                 if k != "outlet_fields"]  # fmt: skip
        parts += [f"{name} {', '.join(kept)}" for name, kept in self.filters.outlet_fields if kept]
        if self.group_by:
            parts.append(f"grouped by {self.group_by}")
        return f"{Path(self.path).name}: " + ("; ".join(parts) if parts else "every article")


@dataclass(frozen=True)
class Facets:
    """What a filter keeps of a collection: ``matched`` of ``total`` articles; the collection's first and last date;
    each outlet with its articles among those the other filters keep; each outlet field's recorded values."""

    total: int
    matched: int
    first: dt.date | None
    last: dt.date | None
    outlets: tuple[tuple[str, int], ...]
    values: Mapping[str, tuple[str, ...]]


def facets(path: str | Path, filters: Filters | None = None) -> Facets:
    """Counts for the filter controls (a few SQL aggregates over indexes; tens of ms at 100,000 articles).

    An outlet's count ignores the outlet filter itself (faceted search): it says how many articles
    choosing that outlet would add. Raises CollectionError as :class:`Collection` does.
    """
    filters = filters or Filters()
    with Collection(path) as collection:
        db = collection.db
        try:
            total, first, last = db.execute("SELECT count(*), min(date), max(date) FROM articles").fetchone()
            where, values = collection._where(replace(filters, sources=()))
            counts = db.execute(f"SELECT a.source_key, count(*) FROM articles a{where} GROUP BY 1", values).fetchall()
            outlet_of = dict(db.execute("SELECT key, outlet FROM outlet_aliases").fetchall())
            per_outlet: dict[str, int] = {}
            for key, n in counts:  # a label's outlet, else the label as first stored (one index lookup per label)
                name = (
                    outlet_of.get(key)
                    or db.execute("SELECT source FROM articles WHERE source_key = ? LIMIT 1", (key,)).fetchone()[0]
                )
                per_outlet[name] = per_outlet.get(name, 0) + int(n)
            recorded = {
                name: tuple(
                    v
                    for (v,) in db.execute(
                        f"SELECT DISTINCT {name} FROM outlets WHERE {name} IS NOT NULL AND {name} != '' ORDER BY 1"
                    )
                )  # fmt: skip
                for name in OUTLET_FIELDS
            }
        except sqlite3.Error as err:
            raise CollectionError(f"{collection.file}: {err}") from None
        matched = collection.count(filters) if filters.given() else total
    return Facets(
        total=int(total),
        matched=matched,
        first=dt.date.fromisoformat(first) if first else None,
        last=dt.date.fromisoformat(last) if last else None,
        outlets=tuple(sorted(per_outlet.items(), key=lambda item: (-item[1], item[0]))),
        values=recorded,
    )


def grouped(corpus: Corpus, outlets: list[Outlet], by: str) -> Corpus:
    """``corpus`` with each article's source replaced by its outlet's ``by`` field (``"ownership: state"``);
    an article whose outlet or field is not recorded gets ``"ownership: not recorded"``.

    >>> from analysis.corpus.records import Article
    >>> outlets = [Outlet("Diario", country="ES"), Outlet("Gazette", country="GB")]
    >>> corpus = Corpus((Article("a", "x", "Diario"), Article("b", "y", "Other")))
    >>> [a.source for a in grouped(corpus, outlets, "country").articles]
    ['country: ES', 'country: not recorded']
    """
    if by not in OUTLET_FIELDS:
        raise CollectionError(f"cannot group by {by!r}: outlet fields are {', '.join(OUTLET_FIELDS)}")
    value = {o.name: getattr(o, by) for o in outlets}
    return Corpus(
        tuple(replace(a, source=f"{by}: {value.get(a.source) or 'not recorded'}") for a in corpus.articles),
        corpus.problems,
    )


def opening(path: str | Path) -> Selection:
    """What the dashboard first loads from a collection: all of it when it holds at most ``collection_open_articles``
    (limits.yaml), else its most recent days holding about that many (from the day of the N-th newest article)."""
    file = str(collection_file(path).resolve())
    size = settings().limits.collection_open_articles
    with Collection(file) as collection:
        row = collection.db.execute(
            "SELECT date FROM articles WHERE date IS NOT NULL ORDER BY date DESC LIMIT 1 OFFSET ?", (size - 1,)
        ).fetchone()
        if row is None or collection.count() <= size:
            return Selection(file)
    return Selection(file, Filters(since=dt.date.fromisoformat(row[0])))
