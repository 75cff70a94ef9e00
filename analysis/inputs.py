"""One corpus from what a user names: folders, files, ``http(s)://`` URLs and files of URLs.

The CLI's every command takes its articles through :func:`load_inputs`, so
``python -m analysis similar seeds/ https://... --urls more.txt`` mixes them
freely. Inputs keep their order; a URL that fails becomes a
:class:`~analysis.corpus.Problem` filed under the URL, as a bad file would.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from analysis.corpus import Corpus, CorpusError, Problem, load_path
from analysis.decode import DecodeError, decode_bytes
from analysis.web import DEFAULT_TIMEOUT, Progress, is_url, load_urls, results_corpus, url_lines

__all__ = ["load_inputs", "read_urls_file"]


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


def load_inputs(
    inputs: Sequence[str],
    *,
    urls_file: str | Path | None = None,
    allow_private: bool = True,
    timeout: float = DEFAULT_TIMEOUT,
    progress: Progress | None = None,
) -> Corpus:
    """Load folders, files and URLs (and the URLs in ``urls_file``, after them) into one corpus.

    URLs are fetched together, a few at a time (see :func:`analysis.web.load_urls`);
    ``progress`` is called after each one.

    Raises:
        CorpusError: when no article loads at all; with a single folder or file
            as the only input, that path's own error.
    """
    paths_and_urls = [item.strip() for item in inputs]
    listed = read_urls_file(urls_file) if urls_file is not None else []
    # A line of the URLs file that is not a URL is reported as such, not opened as a path.
    urls = list(dict.fromkeys([item for item in paths_and_urls if is_url(item)] + listed))
    fetched = dict(zip(urls, load_urls(urls, timeout=timeout, allow_private=allow_private, progress=progress)))
    parts: list[Corpus] = []
    for item in dict.fromkeys(paths_and_urls + listed):
        if item in fetched:
            parts.append(results_corpus([fetched[item]]))
            continue
        try:
            parts.append(load_path(item))
        except CorpusError as err:
            if len(inputs) == 1 and urls_file is None:
                raise
            parts.append(Corpus(problems=(Problem(item, str(err)),)))
    articles = tuple(a for part in parts for a in part.articles)
    problems = tuple(p for part in parts for p in part.problems)
    if not articles:
        reasons = "; ".join(f"{p.file}: {p.reason}" for p in problems) or "no input given"
        raise CorpusError(f"no article could be loaded ({reasons})")
    return Corpus().merged(Corpus(articles, problems))
