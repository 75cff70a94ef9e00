"""One workspace from what a user names: folders, files, saved workspaces, ``http(s)://`` URLs and files of URLs.

The CLI's every command takes its articles through :func:`load_inputs`, so
``python -m analysis corpus seeds/ https://... --urls more.txt`` mixes them
freely. Inputs keep their order; a URL that fails becomes a
:class:`~analysis.corpus.records.Problem` filed under the URL, as a bad file would.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from analysis.corpus import workspace as workspaces
from analysis.corpus.collection import Collection, Filters
from analysis.corpus.collection_schema import is_collection
from analysis.corpus.decode import DecodeError, decode_bytes
from analysis.corpus.fetch import is_url, load_urls, results_corpus, url_lines
from analysis.corpus.loading import Corpus
from analysis.corpus.records import CorpusError, Problem, Progress

__all__ = ["collection_corpus", "input_bytes", "load_inputs", "read_urls_file"]


def collection_corpus(path: str | Path, filters: Filters | None = None) -> Corpus:
    """The working corpus ``filters`` select from the collection at ``path`` (at most ``max_corpus_articles``)."""
    with Collection(path) as collection:
        return collection.select(filters or Filters())


def read_urls_file(path: str | Path) -> list[str]:
    """The URLs listed in a text file, one per line (``#`` comments and blank lines skipped).

    Raises:
        CorpusError: when the file cannot be read.
    """
    path = Path(path)
    try:
        return url_lines(decode_bytes(path.read_bytes()))
    except (OSError, DecodeError) as err:
        raise CorpusError(f"{path}: cannot read the URLs file ({err})") from err


def _file_count(path: str) -> int:
    folder = Path(path)
    if folder.is_dir():
        return sum(1 for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    return 1 if folder.is_file() else 0


def input_bytes(inputs: Sequence[str]) -> int:
    """Bytes on disk of the files and folders (not URLs) among ``inputs``: how large the analysis will be.

    >>> input_bytes(["https://example.com/a", "no/such/folder"])
    0
    """
    total = 0
    for item in inputs:
        path = Path(item.strip())
        if is_url(item.strip()) or not path.exists():
            continue
        if is_collection(path):
            continue  # a filtered part of it is analysed, not its whole size
        files = [p for p in path.iterdir() if p.is_file()] if path.is_dir() else [path]
        total += sum(p.stat().st_size for p in files)
    return total


def load_inputs(
    inputs: Sequence[str],
    *,
    urls_file: str | Path | None = None,
    allow_private: bool = True,
    timeout: float | None = None,
    progress: Progress | None = None,
    within: Progress | None = None,
    filters: Filters | None = None,
) -> workspaces.Workspace:
    """Load folders, files, workspaces and URLs (and the URLs in ``urls_file``, after them) into one workspace.

    A single folder, file or saved workspace loads exactly as
    :func:`analysis.corpus.workspace.load` loads it (a workspace keeps its labels,
    lexicon and settings). Several inputs merge into a fresh workspace, each
    saved workspace contributing its labelled articles. URLs are fetched
    together, a few at a time (see :func:`analysis.corpus.fetch.load_urls`).

    Raises:
        CorpusError: when no article loads at all; with a single folder or file
            as the only input, that path's own error.
    """
    items = list(dict.fromkeys(item.strip() for item in inputs))
    listed = read_urls_file(urls_file) if urls_file is not None else []
    # A line of the URLs file that is not a URL is reported as such, not opened as a path.
    urls = list(dict.fromkeys([item for item in items if is_url(item)] + listed))
    paths = [item for item in items if not is_url(item)]
    collections = {path for path in paths if is_collection(path)}
    if filters is not None and filters.given() and not collections:
        raise CorpusError(
            "--since, --until, --source and --query filter a collection, and no input is one "
            "(a .sqlite/.db file or a folder holding collection.sqlite)"
        )
    total = len(urls) + sum(_file_count(path) for path in paths)
    done = 0

    def step(name: str) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total, name)

    fetched = load_urls(
        urls, timeout=timeout, allow_private=allow_private, progress=lambda _done, _total, url: step(url)
    )
    by_url = dict(zip(urls, fetched, strict=True))
    if len(paths) == 1 and not urls and paths[0] in collections:
        return workspaces.Workspace(collection_corpus(paths[0], filters))
    if len(paths) == 1 and not urls:
        return workspaces.load(paths[0], progress=lambda _count, _total, name: step(name), within=within)
    parts: list[Corpus] = []
    for item in list(dict.fromkeys(items + listed)):
        if item in by_url:
            parts.append(results_corpus([by_url[item]]))
            continue
        try:
            if item in collections:
                parts.append(collection_corpus(item, filters))
                continue
            parts.append(workspaces.load(item, progress=lambda _count, _total, name: step(name), within=within).current())
        except CorpusError as err:
            parts.append(Corpus(problems=(Problem(item, str(err)),)))
    articles = tuple(a for part in parts for a in part.articles)
    problems = tuple(p for part in parts for p in part.problems)
    if not articles:
        reasons = "; ".join(f"{p.file}: {p.reason}" for p in problems) or "no input given"
        raise CorpusError(f"no article could be loaded ({reasons})")
    return workspaces.Workspace(Corpus().merged(Corpus(articles, problems)))
