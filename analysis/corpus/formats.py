"""Readers of each input format: bytes of one file in, articles and problems out.

Every file is decoded and parsed on its own; a file or row that cannot be read
becomes a :class:`Problem` naming it and the reason.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path

from analysis.config import settings
from analysis.corpus.decode import DecodeError, decode_report, is_blank, normalize_text, show_bidi
from analysis.corpus.language import detect_languages
from analysis.corpus.records import RE_WORD, Article, Problem, parse_date
from analysis.corpus.webpage import PageError, extract_page

__all__ = ["SUFFIXES", "read_file", "read_page", "read_records"]

TEXT_SUFFIXES = (".txt",)
TABLE_SUFFIXES = (".csv", ".jsonl", ".json")
PAGE_SUFFIXES = (".html", ".htm")
SUFFIXES = TEXT_SUFFIXES + TABLE_SUFFIXES + PAGE_SUFFIXES
# The seeds' optional first-line marker: " date 2026-01-20 El vocero ...".
RE_DATE_MARKER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+|\Z)", re.IGNORECASE)
# Size limits are read from ``settings().limits`` (settings/limits.yaml) when a file is read.
# json.loads raises RecursionError (not JSONDecodeError) on arrays nested thousands deep.
TOO_DEEP = "invalid JSON: nested too deeply to be articles"


def optional_text(value: object) -> str | None:
    if value is None:
        return None
    text = show_bidi(normalize_text(str(value)))  # a label: no bidi control may reorder it
    return text or None


@dataclass
class _Sink:
    """Collects articles and problems while one file is read."""

    name: str
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # Where each text too short to compare was (reported together by ``finish``).
    short: list[str] = field(default_factory=list)
    seen: int = 0  # records read (rows of a CSV, items of a JSON list), whatever became of them
    limit: int = field(default_factory=lambda: settings().limits.max_file_articles)
    min_words: int = field(default_factory=lambda: settings().limits.min_article_words)
    # Articles whose language is still to be detected: detected together by ``finish``,
    # on every core, instead of one at a time.
    undetected: list[int] = field(default_factory=list)

    def problem(self, reason: str, where: str = "") -> None:
        self.problems.append(Problem(f"{self.name}{where}", reason))

    def full(self, where: str) -> bool:
        """Whether the file already gave its most records (articles or not); says so once, at the first not read."""
        if self.seen < self.limit:
            self.seen += 1
            return False
        self.problem(
            f"more than {self.limit:,} rows or records in one file: the rest, from{where}, is not loaded "
            "(max_file_articles in settings/limits.yaml); split the file"
        )
        return True

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
        # A word and its separator take at least two characters: shorter texts need no count.
        max_words = settings().limits.max_article_words
        words = sum(1 for _ in RE_WORD.finditer(text)) if len(text) >= 2 * max_words else 0
        if words > max_words:
            self.problem(f"article too long: {words:,} words (limit {max_words:,}); split it into articles", where)
            return
        if sum(1 for _ in islice(RE_WORD.finditer(text), self.min_words)) < self.min_words:
            self.short.append(where.strip() or self.name)
            return
        text, marker_date = _strip_date_marker(text)
        if marker_date is not None and date is None:
            date = marker_date
        article_id = optional_text(record.get("id")) or default_id
        language = optional_text(record.get("language")) or ""
        if not language:
            self.undetected.append(len(self.articles))
        self.articles.append(
            Article(
                id=article_id,
                text=text,
                source=optional_text(record.get("source")) or article_id,
                date=date,
                language=language.lower(),
                title=optional_text(record.get("title")),
                url=optional_text(record.get("url")),
            )
        )

    def finish(self, progress: Callable[[int, int], object] | None = None) -> tuple[list[Article], list[Problem]]:
        """The articles, with the languages not given detected (in one parallel batch), and the problems.

        ``progress(done, total)`` follows the language detection of a file of thousands of articles.
        """
        if self.short:
            setting = "(min_article_words in settings/limits.yaml)"
            if len(self.short) == 1:
                where = self.short[0]
                self.problems.append(
                    Problem(
                        self.name if where == self.name else f"{self.name} {where}",
                        f"too short to compare: fewer than {self.min_words} words {setting}; not loaded",
                    )
                )
            else:
                more = len(self.short) - 10
                shown = ", ".join(self.short[:10]) + (f" and {more:,} more" if more > 0 else "")
                self.problem(
                    f"{len(self.short):,} texts too short to compare: fewer than {self.min_words} words each "
                    f"{setting}; not loaded: {shown}"
                )
            self.short = []
        if self.undetected:
            languages = detect_languages([self.articles[n].text for n in self.undetected], progress=progress)
            for n, language in zip(self.undetected, languages):
                self.articles[n] = replace(self.articles[n], language=language)
            self.undetected = []
        return self.articles, self.problems


def _strip_date_marker(text: str) -> tuple[str, dt.date | None]:
    match = RE_DATE_MARKER.match(text)
    if not match:
        return text, None
    try:
        date = dt.date.fromisoformat(match.group(1))
    except ValueError:
        return text, None
    return text[match.end() :].strip(), date


def lower_keys(record: Mapping[object, object]) -> dict[str, object]:
    return {str(k).strip().lower(): v for k, v in record.items() if k is not None}


def _read_txt(sink: _Sink, text: str, stem: str) -> None:
    sink.record({"text": text}, stem)


def _read_csv(sink: _Sink, text: str, stem: str) -> None:
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = [h.strip().lower() for h in reader.fieldnames or []]
        if "text" not in header:
            shown = ", ".join(h[:40] for h in header[:12]) + (", …" if len(header) > 12 else "")
            sink.problem(f"no 'text' column (columns: {shown or 'none'})")
            return
        for number, row in enumerate(reader, start=1):
            where = f" row {number}"
            if sink.full(where):
                break
            if None in row:
                sink.problem(f"{len(header) + len(row[None])} fields where the header has {len(header)}", where)
                continue
            if any(v is None for v in row.values()):
                sink.problem(f"fewer fields than the header's {len(header)}", where)
                continue
            sink.record(lower_keys(row), f"{stem}-{number}", where)
    except csv.Error as err:
        sink.problem(f"malformed CSV: {err}")


def _read_json_records(sink: _Sink, records: Iterable[tuple[str, object]], stem: str) -> None:
    for where, value in records:
        if sink.full(where):
            break
        if not isinstance(value, dict):
            sink.problem(f"expected an object with a 'text' field, found {type(value).__name__}", where)
            continue
        sink.record(lower_keys(value), f"{stem}-{where.split()[-1]}", where)


def _read_json(sink: _Sink, text: str, stem: str) -> None:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        sink.problem(f"invalid JSON: {err}")
        return
    except RecursionError:
        sink.problem(TOO_DEEP)
        return
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, dict):
        sink.record(lower_keys(data), stem)
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
            except RecursionError:
                sink.problem(TOO_DEEP, f" line {number}")

    _read_json_records(sink, records(), stem)


def _read_html(sink: _Sink, text: str, stem: str, url: str | None = None) -> None:
    """A saved web page: its main text and metadata (see :mod:`analysis.corpus.webpage`)."""
    try:
        page = extract_page(text, url=url)
    except PageError as err:
        sink.problem(str(err))
        return
    sink.record(page.record(), stem)


_READERS = {
    ".txt": _read_txt,
    ".csv": _read_csv,
    ".json": _read_json,
    ".jsonl": _read_jsonl,
    ".html": _read_html,
    ".htm": _read_html,
}


def read_page(name: str, html: str, *, article_id: str, url: str | None = None) -> tuple[list[Article], list[Problem]]:
    """The article in a fetched page's HTML, or the problem (filed under ``name``, e.g. the URL)."""
    sink = _Sink(name)
    _read_html(sink, html, article_id, url)
    return sink.finish()


class FileHead(bytes):
    """The first bytes of a file too large to read whole, and its real size (``full_size``), for the message."""

    full_size: int


def _size(size: int) -> str:
    """A file size as people read it.

    >>> _size(50_000_001), _size(1_073_741_824), _size(3_500_000_000_000)
    ('50.0 MB', '1.07 GB', '3.50 TB')
    """
    for unit, scale in (("TB", 1e12), ("GB", 1e9)):
        if size >= scale:
            return f"{size / scale:.2f} {unit}"
    return f"{size / 1e6:.1f} MB"


def read_records(name: str, records: Iterable[tuple[str, Mapping[str, object]]]) -> tuple[list[Article], list[Problem]]:
    """Articles from records already parsed elsewhere (a workspace's), through the same cleaning and limits
    as a file's: text normalised (NUL, ESC and other controls removed), too-long articles refused, labels shown safely.

    ``records`` are (where, record) pairs; ``where`` is appended to ``name`` in problems.
    """
    sink = _Sink(name)
    for where, record in records:
        if sink.full(where):
            break
        sink.record(record, str(record.get("id") or where.strip()), where)
    return sink.finish()


def read_file(
    name: str, data: bytes, *, progress: Callable[[int, int], object] | None = None
) -> tuple[list[Article], list[Problem]]:
    """Articles and problems from one file's bytes; ``name`` gives its type and id.

    ``progress(done, total)`` follows the slow part of a file of thousands of rows (language detection).
    """
    path = Path(name)
    sink = _Sink(path.name)
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        sink.problem(f"unsupported file type {path.suffix or '(none)'!r}; expected one of {', '.join(SUFFIXES)}")
        return sink.articles, sink.problems
    max_bytes = settings().limits.max_file_bytes
    if len(data) > max_bytes:
        size = getattr(data, "full_size", len(data))  # the real size of a file only partly read (FileHead)
        sink.problem(f"file too large: {_size(size)} (limit {max_bytes / 1e6:.0f} MB)")
        return sink.articles, sink.problems
    if not data.strip():
        sink.problem("empty file")
        return sink.articles, sink.problems
    try:
        text, warning = decode_report(data)
    except DecodeError as err:
        sink.problem(str(err))
        return sink.articles, sink.problems
    if warning:
        sink.problem(warning)
    if is_blank(text):
        sink.problem("no text (only whitespace or control characters)")
        return sink.articles, sink.problems
    reader(sink, text, path.stem)
    if not sink.articles and not sink.problems and not sink.short:
        sink.problem("no articles in the file (no rows or records)")
    return sink.finish(progress)
