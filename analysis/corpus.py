"""The corpus model: articles, load problems, and loading from folders, files and uploads.

Every file is decoded and parsed on its own; a file or row that cannot be read
becomes a :class:`Problem` naming it and the reason, and everything else still
loads. Nothing is dropped silently.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from analysis.decode import DecodeError, decode_bytes, is_blank, normalize_text
from analysis.language import detect_language

__all__ = [
    "Article",
    "Corpus",
    "CorpusError",
    "Problem",
    "SUFFIXES",
    "load_files",
    "load_path",
    "parse_date",
]

TEXT_SUFFIXES = (".txt",)
TABLE_SUFFIXES = (".csv", ".jsonl", ".json")
SUFFIXES = TEXT_SUFFIXES + TABLE_SUFFIXES
METADATA_FILE = "metadata.csv"
# The seeds' optional first-line marker: " date 2026-01-20 El vocero ...".
RE_DATE_MARKER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+|\Z)", re.IGNORECASE)
RE_WORD = re.compile(r"\w+")
FIELDS = ("id", "source", "date", "title", "url", "language", "text")


class CorpusError(ValueError):
    """No article could be loaded; the message names the path and why."""


@dataclass(frozen=True)
class Article:
    """One news article. ``id`` is unique in a corpus; ``source`` is the outlet label."""

    id: str
    text: str
    source: str = ""
    date: dt.date | None = None
    language: str = "und"
    title: str | None = None
    url: str | None = None

    @property
    def words(self) -> int:
        """Number of word tokens (runs of letters or digits)."""
        return sum(1 for _ in RE_WORD.finditer(self.text))

    def to_json(self) -> dict[str, object]:
        """The article as the CLI's JSON record."""
        return {
            "id": self.id,
            "source": self.source,
            "date": self.date.isoformat() if self.date else None,
            "language": self.language,
            "title": self.title,
            "url": self.url,
            "words": self.words,
            "text": self.text,
        }


@dataclass(frozen=True)
class Problem:
    """Something in the input that was not loaded as given: the file (and row) and why."""

    file: str
    reason: str

    def to_json(self) -> dict[str, str]:
        return {"file": self.file, "reason": self.reason}


@dataclass(frozen=True)
class Corpus:
    """The loaded articles, in load order, and what could not be loaded."""

    articles: tuple[Article, ...] = ()
    problems: tuple[Problem, ...] = field(default=())

    def __len__(self) -> int:
        return len(self.articles)

    def by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}

    def to_json(self) -> dict[str, object]:
        return {
            "articles": [a.to_json() for a in self.articles],
            "problems": [p.to_json() for p in self.problems],
        }

    def merged(self, other: Corpus) -> Corpus:
        """This corpus plus ``other``'s articles (ids made unique) and problems."""
        return _finish(list(self.articles) + list(other.articles), list(self.problems) + list(other.problems))

    def relabelled(self, labels: Mapping[str, tuple[str, dt.date | None]]) -> Corpus:
        """A copy with (source, date) replaced for the article ids in ``labels``."""
        articles = tuple(
            replace(a, source=labels[a.id][0], date=labels[a.id][1]) if a.id in labels else a for a in self.articles
        )
        return Corpus(articles, self.problems)


def parse_date(value: object) -> dt.date | None:
    """A date from 'YYYY-MM-DD', an ISO datetime, or None/'' (no date).

    Raises:
        ValueError: for any other value, with the value quoted.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]) if len(text) >= 10 else dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"invalid date {text!r} (expected YYYY-MM-DD)") from None


def _optional(value: object) -> str | None:
    if value is None:
        return None
    text = normalize_text(str(value))
    return text or None


@dataclass
class _Sink:
    """Collects articles and problems while one file is read."""

    name: str
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def problem(self, reason: str, where: str = "") -> None:
        self.problems.append(Problem(f"{self.name}{where}", reason))

    def record(self, record: Mapping[str, object], default_id: str, where: str = "") -> None:
        """Make an Article from one record with a ``text`` field; report what is wrong with it."""
        raw = record.get("text")
        text = normalize_text(raw) if isinstance(raw, str) else normalize_text(str(raw)) if raw is not None else ""
        if not text:
            self.problem("empty text" if "text" in record else "no 'text' field", where)
            return
        date = None
        try:
            date = parse_date(record.get("date"))
        except ValueError as err:
            self.problem(f"{err}; loaded without a date", where)
        text, marker_date = _strip_date_marker(text)
        if marker_date is not None and date is None:
            date = marker_date
        article_id = _optional(record.get("id")) or default_id
        language = _optional(record.get("language")) or detect_language(text)
        self.articles.append(
            Article(
                id=article_id,
                text=text,
                source=_optional(record.get("source")) or article_id,
                date=date,
                language=language.lower(),
                title=_optional(record.get("title")),
                url=_optional(record.get("url")),
            )
        )


def _strip_date_marker(text: str) -> tuple[str, dt.date | None]:
    match = RE_DATE_MARKER.match(text)
    if not match:
        return text, None
    try:
        date = dt.date.fromisoformat(match.group(1))
    except ValueError:
        return text, None
    return text[match.end() :].strip(), date


def _lower_keys(record: Mapping[object, object]) -> dict[str, object]:
    return {str(k).strip().lower(): v for k, v in record.items() if k is not None}


def _read_txt(sink: _Sink, text: str, stem: str) -> None:
    sink.record({"text": text}, stem)


def _read_csv(sink: _Sink, text: str, stem: str) -> None:
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = [h.strip().lower() for h in reader.fieldnames or []]
        if "text" not in header:
            sink.problem(f"no 'text' column (columns: {', '.join(header) or 'none'})")
            return
        for number, row in enumerate(reader, start=1):
            where = f" row {number}"
            if None in row:
                sink.problem(f"{len(header) + len(row[None])} fields where the header has {len(header)}", where)  # type: ignore[index]
                continue
            if any(v is None for v in row.values()):
                sink.problem(f"fewer fields than the header's {len(header)}", where)
                continue
            sink.record(_lower_keys(row), f"{stem}-{number}", where)
    except csv.Error as err:
        sink.problem(f"malformed CSV: {err}")


def _read_json_records(sink: _Sink, records: Iterable[tuple[str, object]], stem: str) -> None:
    for where, value in records:
        if not isinstance(value, dict):
            sink.problem(f"expected an object with a 'text' field, found {type(value).__name__}", where)
            continue
        sink.record(_lower_keys(value), f"{stem}-{where.split()[-1]}", where)


def _read_json(sink: _Sink, text: str, stem: str) -> None:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        sink.problem(f"invalid JSON: {err}")
        return
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, dict):
        sink.record(_lower_keys(data), stem)
    elif isinstance(data, list):
        _read_json_records(sink, ((f" item {i}", v) for i, v in enumerate(data, start=1)), stem)
    else:
        sink.problem(f"expected an object or a list of objects, found {type(data).__name__}")


def _read_jsonl(sink: _Sink, text: str, stem: str) -> None:
    def records() -> Iterator[tuple[str, object]]:
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                yield f" line {number}", json.loads(line)
            except json.JSONDecodeError as err:
                sink.problem(f"invalid JSON: {err.msg}", f" line {number}")

    _read_json_records(sink, records(), stem)


_READERS = {".txt": _read_txt, ".csv": _read_csv, ".json": _read_json, ".jsonl": _read_jsonl}


def read_file(name: str, data: bytes) -> tuple[list[Article], list[Problem]]:
    """Articles and problems from one file's bytes; ``name`` gives its type and id."""
    path = Path(name)
    sink = _Sink(path.name)
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        sink.problem(f"unsupported file type {path.suffix or '(none)'!r}; expected one of {', '.join(SUFFIXES)}")
        return sink.articles, sink.problems
    if not data.strip():
        sink.problem("empty file")
        return sink.articles, sink.problems
    try:
        text = decode_bytes(data)
    except DecodeError as err:
        sink.problem(str(err))
        return sink.articles, sink.problems
    if is_blank(text):
        sink.problem("no text (only whitespace or control characters)")
        return sink.articles, sink.problems
    reader(sink, text, path.stem)
    return sink.articles, sink.problems


def _apply_metadata(articles: list[Article], files: dict[str, list[int]], data: bytes) -> list[Problem]:
    """Override source/date/url/title of articles by the file they came from."""
    problems: list[Problem] = []
    try:
        text = decode_bytes(data)
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
    except (DecodeError, csv.Error) as err:
        return [Problem(METADATA_FILE, f"not read: {err}")]
    for number, row in enumerate(rows, start=2):
        row = _lower_keys(row)
        name = str(row.get("file") or "").strip()
        where = f"{METADATA_FILE} line {number}"
        if not name:
            problems.append(Problem(where, "no 'file' value"))
            continue
        indexes = files.get(name) or files.get(Path(name).stem)
        if indexes is None:
            problems.append(Problem(where, f"no loaded file named {name!r}"))
            continue
        changes: dict[str, object] = {}
        for key in ("source", "title", "url"):
            value = _optional(row.get(key))
            if value:
                changes[key] = value
        try:
            date = parse_date(row.get("date"))
            if date:
                changes["date"] = date
        except ValueError as err:
            problems.append(Problem(where, f"{err}; date not changed"))
        for i in indexes:
            articles[i] = replace(articles[i], **changes)  # type: ignore[arg-type]
    return problems


def _unique_ids(articles: list[Article], problems: list[Problem]) -> list[Article]:
    seen: set[str] = set()
    result = []
    for article in articles:
        new_id, n = article.id, 1
        while new_id in seen:
            n += 1
            new_id = f"{article.id}~{n}"
        if new_id != article.id:
            problems.append(Problem(article.id, f"duplicate id; loaded as {new_id!r}"))
            article = replace(article, id=new_id, source=new_id if article.source == article.id else article.source)
        seen.add(new_id)
        result.append(article)
    return result


def _finish(articles: list[Article], problems: list[Problem]) -> Corpus:
    return Corpus(tuple(_unique_ids(articles, problems)), tuple(problems))


def load_files(files: Iterable[tuple[str, bytes]]) -> Corpus:
    """Load articles from (file name, bytes) pairs, e.g. uploads; a ``metadata.csv`` among them applies to the rest."""
    articles: list[Article] = []
    problems: list[Problem] = []
    by_file: dict[str, list[int]] = {}
    metadata: bytes | None = None
    for name, data in files:
        if Path(name).name.lower() == METADATA_FILE:
            metadata = data
            continue
        found, trouble = read_file(name, data)
        by_file.setdefault(Path(name).name, []).extend(range(len(articles), len(articles) + len(found)))
        by_file.setdefault(Path(name).stem, []).extend(range(len(articles), len(articles) + len(found)))
        articles.extend(found)
        problems.extend(trouble)
    if metadata is not None:
        problems.extend(_apply_metadata(articles, by_file, metadata))
    return _finish(articles, problems)


def load_path(path: str | Path) -> Corpus:
    """Load a file or a folder's files (not sub-folders; hidden files skipped), sorted by name.

    Raises:
        CorpusError: when the path does not exist or nothing in it loads.
    """
    path = Path(path)
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder")
    files = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")) if path.is_dir() else [path]
    corpus = load_files((p.name, p.read_bytes()) for p in files)
    if not corpus.articles:
        reasons = "; ".join(f"{p.file}: {p.reason}" for p in corpus.problems) or "the folder has no files"
        raise CorpusError(f"{path}: no article could be loaded ({reasons})")
    return corpus
