"""The corpus model: articles, load problems, and loading from folders, files and uploads.

Every file is decoded and parsed on its own; a file or row that cannot be read
becomes a :class:`Problem` naming it and the reason, and everything else still
loads. Nothing is dropped silently.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Mapping, Sized
from dataclasses import dataclass, field, replace
from pathlib import Path

from analysis import parallel
from analysis.config import settings
from analysis.corpus.decode import DecodeError, decode_bytes
from analysis.corpus.formats import SUFFIXES, FileHead, lower_keys, optional_text, read_file, read_page
from analysis.corpus.records import Article, CorpusError, Problem, Progress, link_url, parse_date

# Article, Problem, CorpusError and parse_date live in analysis.corpus.records (import them from there).
__all__ = ["SUFFIXES", "Corpus", "load_files", "load_path", "read_page"]


METADATA_FILE = "metadata.csv"
# From this many bytes of input, worker processes start while loading (settings/parallel.yaml).


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


def _metadata_key(name: str) -> str:
    """A file name as metadata.csv rows and loaded files are compared: forward slashes, no leading ``./``."""
    key = name.strip().replace("\\", "/")
    while key.startswith("./"):
        key = key[2:]
    return key


def _apply_metadata(articles: list[Article], files: dict[str, list[int]], data: bytes) -> list[Problem]:
    """Override source/date/url/title of articles by the file they came from.

    A row names a file by its exact relative name as loaded (``a.txt``), or by its name without
    the extension (``a``) when exactly one file has it; ``../outside/a.txt`` or ``sub/a.txt`` is
    not the ``a.txt`` of this folder. A row that matches no file, or several, is reported.
    """
    problems: list[Problem] = []
    try:
        text = decode_bytes(data)
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
    except (DecodeError, csv.Error) as err:
        return [Problem(METADATA_FILE, f"not read: {err}")]
    by_stem: dict[str, list[str]] = {}
    for file in files:
        by_stem.setdefault(_metadata_key(file).rsplit(".", 1)[0] if "." in Path(file).name else file, []).append(file)
    for number, row in enumerate(rows, start=2):
        row = lower_keys(row)
        name = _metadata_key(str(row.get("file") or ""))
        where = f"{METADATA_FILE} line {number}"
        if not name:
            problems.append(Problem(where, "no 'file' value"))
            continue
        if name in files:
            indexes = files[name]
        elif len(by_stem.get(name, [])) == 1:
            indexes = files[by_stem[name][0]]
        elif by_stem.get(name):
            several = ", ".join(sorted(by_stem[name]))
            problems.append(Problem(where, f"{name!r} matches several files ({several}); name one with its extension"))
            continue
        else:
            problems.append(
                Problem(where, f"no loaded file named {name!r} (names are matched exactly, relative to the folder)")
            )
            continue
        changes: dict[str, object] = {}
        for key in ("source", "title", "url"):
            value = optional_text(row.get(key))
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


def _links_only(articles: list[Article], problems: list[Problem]) -> list[Article]:
    """Articles whose ``url`` is no http(s) address ("javascript:...") lose it, with a Problem: pages show it as a link."""
    result = []
    for article in articles:
        if article.url and link_url(article.url) is None:
            problems.append(Problem(article.id, f"url {article.url[:80]!r} is not an http(s) address; not kept"))
            article = replace(article, url=None)
        result.append(article)
    return result


def _within_limits(articles: list[Article], problems: list[Problem]) -> list[Article]:
    """The articles up to the corpus limits (articles, total words); a problem says how many are left out.

    >>> from analysis.config import override
    >>> problems = []
    >>> with override(limits={"max_corpus_articles": 2}):
    ...     kept = _within_limits([Article(str(n), "uno dos tres") for n in range(5)], problems)
    >>> [a.id for a in kept], problems[0].reason[:46]
    (['0', '1'], 'corpus limit reached: 2 articles or 20,000,000')
    """
    limits = settings().limits
    kept = articles[: limits.max_corpus_articles + 1]
    # A word is at least one character followed by one that is not: a text of c characters has at most
    # (c + 1) // 2 words. When even that bound keeps the articles under the word limit, their words are not
    # counted (a regex match per word: 0.2 s per 1,000 articles), only their number is checked.
    if sum((len(a.text) + 1) // 2 for a in kept) <= limits.max_corpus_words:
        cut = limits.max_corpus_articles if len(kept) > limits.max_corpus_articles else None
    else:
        cut, words = None, 0
        for n, article in enumerate(kept):
            words += article.words
            if n >= limits.max_corpus_articles or words > limits.max_corpus_words:
                cut = n
                break
    if cut is None:
        return articles
    problems.append(
        Problem(
            articles[cut].id,
            f"corpus limit reached: {limits.max_corpus_articles:,} articles or "
            f"{limits.max_corpus_words:,} words (max_corpus_articles, max_corpus_words in "
            f"settings/limits.yaml); this article and the {len(articles) - cut - 1:,} after it are not loaded",
        )
    )
    return articles[:cut]


def _finish(articles: list[Article], problems: list[Problem]) -> Corpus:
    articles = _within_limits(_links_only(articles, problems), problems)
    corpus = Corpus(tuple(_unique_ids(articles, problems)), tuple(problems))
    parallel.trim_freed_memory()  # the files' bytes, decoded texts and parsed records, freed among the articles
    return corpus


def load_files(
    files: Iterable[tuple[str, bytes]],
    *,
    progress: Progress | None = None,
    total: int | None = None,
    within: Progress | None = None,
) -> Corpus:
    """Load articles from (file name, bytes) pairs, e.g. uploads; a ``metadata.csv`` among them applies to the rest.

    ``progress(count, total, name)`` is called after each file, for progress bars; ``total``
    is the number of files (``len(files)`` when it has one, else 0 unless given);
    ``within(done, total, name)`` inside a file of thousands of rows, while their languages are detected.
    """
    if total is None:
        total = len(files) if isinstance(files, Sized) else 0
    articles: list[Article] = []
    problems: list[Problem] = []
    by_file: dict[str, list[int]] = {}
    metadata: bytes | None = None
    limit = settings().limits.max_corpus_articles
    unread: list[str] = []
    for count, (name, data) in enumerate(files, start=1):
        if Path(name).name.lower() == METADATA_FILE:
            metadata = data
            continue
        if len(articles) > limit:  # _finish says which articles are left out; no further file is parsed
            unread.append(name)
            continue
        inside = None if within is None else (lambda done, total, name=name: within(done, total, name))
        found, trouble = read_file(name, data, progress=inside)
        by_file.setdefault(_metadata_key(name), []).extend(range(len(articles), len(articles) + len(found)))
        articles.extend(found)
        problems.extend(trouble)
        if progress is not None:
            progress(count, total, name)
    if metadata is not None:
        problems.extend(_apply_metadata(articles, by_file, metadata))
    if unread:
        shown = ", ".join(unread[:5]) + (f" and {len(unread) - 5:,} more" if len(unread) > 5 else "")
        problems.append(Problem(unread[0], f"{len(unread):,} files not read, the corpus limit being reached: {shown}"))
    return _finish(articles, problems)


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, or only its first bytes past the size limit and its real size (read_file then refuses it)."""
    limit = settings().limits.max_file_bytes
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) <= limit:
        return data
    head = FileHead(data)
    head.full_size = max(len(data), path.stat().st_size)
    return head


def _listing(folder: Path) -> tuple[list[Path], list[Problem]]:
    """The folder's own files, sorted by name, and a problem for what is not read (sub-folders, hidden files)."""
    files, folders, hidden = [], [], []
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith("."):
            hidden.append(entry.name)
        elif entry.is_dir():
            folders.append(entry.name + "/")
        elif entry.is_file():
            files.append(entry)
    problems = []
    if folders:
        shown = ", ".join(folders[:10]) + (f" and {len(folders) - 10:,} more" if len(folders) > 10 else "")
        problems.append(
            Problem(
                shown,
                f"{len(folders):,} sub-folder(s) not read: only a folder's own files are; give a sub-folder as an input of its own",
            )
        )
    if hidden:
        shown = ", ".join(hidden[:10]) + (f" and {len(hidden) - 10:,} more" if len(hidden) > 10 else "")
        problems.append(
            Problem(shown, f"{len(hidden):,} hidden file(s) or folder(s) (name starting with '.') not read")
        )
    return files, problems


def load_path(path: str | Path, *, progress: Progress | None = None, within: Progress | None = None) -> Corpus:
    """Load a file or a folder's files, sorted by name; sub-folders and hidden files are not read, and a problem says so.

    Raises:
        CorpusError: when the path does not exist or nothing in it loads.
    """
    path = Path(path)
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder")
    files, skipped = _listing(path) if path.is_dir() else ([path], [])
    corpus = load_files(((p.name, _read_bytes(p)) for p in files), progress=progress, total=len(files), within=within)
    corpus = Corpus(corpus.articles, tuple(skipped) + corpus.problems)
    if not corpus.articles:
        reasons = "; ".join(f"{p.file}: {p.reason}" for p in corpus.problems) or "the folder has no files"
        raise CorpusError(f"{path}: no article could be loaded ({reasons})")
    return corpus
