"""What the whole analysis needs before it runs: worker processes, started early for large inputs, the
text pipeline's per-article readings kept in a collection (:func:`text_of_collection`), and the per-article
passes read ahead on the worker (:func:`reading_ahead`).

Worker processes take a second or two to start and import the text pipeline and
the claims reader; for an input large enough to be spread over them
(``settings/parallel.yaml``: ``start_bytes``), the caller that is about to run the
analysis starts them before loading, so that the start overlaps reading the files.
Loading itself knows nothing of what comes after it.

The whole analysis (``contraste report``, ``python -m analysis.bench``) has two kinds of work after the text
pipeline: corpus-wide matrix work in this process (TF-IDF similarity, stories, shared passages, framing terms),
and per-article rule passes (each article's casualty claims, quotes, places named) that split into runs of
articles. :func:`reading_ahead` hands the runs to the worker (:func:`analysis.parallel.map_later`) as soon as
the text pipeline is done, so the second core reads articles while this process does the matrix work; the
figures and sources stages then take what was read (this process joining in on the runs nobody started) and
do only their corpus-wide steps (speakers unified, outlets summed, tolls compared). The results are those of
the sequential schedule, byte for byte (``tests/test_read_ahead.py``).
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import hashlib
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from analysis import parallel
from analysis.config import settings

if TYPE_CHECKING:
    from analysis.casualties.claims import Read
    from analysis.casualties.token_marks import Marks
    from analysis.corpus.places import Place
    from analysis.corpus.records import Article
    from analysis.sources.quotes import QuoteRow
    from analysis.text import Doc, Reading, TextCorpus

__all__ = [
    "PASSES",
    "WORKER_MODULES",
    "ReadAhead",
    "ahead_of",
    "pack_reading",
    "read_ahead",
    "reading_ahead",
    "start_workers_for",
    "take_ahead",
    "text_of_collection",
    "unpack_reading",
]

# The modules whose functions run on workers (imported there once, when they start).
WORKER_MODULES = (
    "analysis.text",
    "analysis.casualties.claims",
    "analysis.sources.quotes",
    "analysis.sources.placenames",
    "analysis.pipeline",
)
# The per-article passes :func:`read_ahead` can read: casualty claims, quotes, places named.
PASSES = ("claims", "quotes", "places")


def start_workers_for(input_bytes: int) -> bool:
    """Start the workers when ``input_bytes`` of input will be analysed; True if that size calls for them.

    >>> start_workers_for(0)
    False
    """
    if input_bytes < settings().parallel.start_bytes:
        return False
    parallel.start(*WORKER_MODULES)
    return True


def _fingerprint() -> str:
    """What a reading depends on besides the text: the text pipeline's code, its abbreviations and token limit."""
    from importlib import resources

    import analysis.text

    digest = hashlib.sha256()
    for module in sorted(Path(analysis.text.__file__).parent.glob("*.py")):  # the pipeline's modules
        digest.update(module.read_bytes())
    digest.update(resources.files("analysis.lexicons").joinpath("abbreviations.txt").read_bytes())
    digest.update(str(settings().limits.max_token_chars).encode())
    return digest.hexdigest()[:16]


def pack_reading(tokens: Sequence[str], starts: np.ndarray, sentences: Sequence[tuple[int, int]]) -> bytes:
    """One article's reading as bytes: token and sentence counts, offsets and spans (int32), tokens (zlib, \\x1f-joined).

    >>> reading = unpack_reading(pack_reading(["el", "sr"], np.array([0, 3]), [(0, 6)]))
    >>> reading[0], reading[1].tolist(), reading[2]
    (['el', 'sr'], [0, 3], [(0, 6)])
    """
    spans = np.asarray(sentences, dtype=np.int32).reshape(-1)
    words = zlib.compress("\x1f".join(tokens).encode("utf-8"), 1)
    head = np.asarray([len(tokens), len(sentences)], dtype=np.int32)
    return head.tobytes() + np.asarray(starts, dtype=np.int32).tobytes() + spans.tobytes() + words


def unpack_reading(data: bytes) -> tuple[list[str], np.ndarray, list[tuple[int, int]]]:
    """:func:`pack_reading` read back (offsets as int32, as the text pipeline makes them)."""
    count, sentences = np.frombuffer(data, dtype=np.int32, count=2).tolist()
    starts = np.frombuffer(data, dtype=np.int32, count=count, offset=8).copy()
    spans = np.frombuffer(data, dtype=np.int32, count=2 * sentences, offset=8 + 4 * count).reshape(-1, 2)
    text = zlib.decompress(data[8 + 4 * count + 8 * sentences :]).decode("utf-8")
    tokens = text.split("\x1f") if count else []
    if len(tokens) != count:
        raise ValueError(f"a stored reading holds {len(tokens)} tokens, not {count}")
    return tokens, starts, [(int(a), int(b)) for a, b in spans.tolist()]


def text_of_collection(articles: Sequence[Article], collection: str | Path) -> TextCorpus:
    """``analysis.text.build`` of articles from a collection, each article's reading (tokens, offsets, sentences)
    read back from the collection's derived results by content hash when it was made before, and the new ones
    stored there (``analysis.corpus.derived``). Stemming and the corpus-wide tables are made anew: they depend
    on the whole corpus. The result is the same as ``build(articles)``.
    """
    from analysis.corpus.content_hash import content_hash
    from analysis.corpus.derived import content_hashes, read_derived, write_derived
    from analysis.text import build

    kind = f"reading:{_fingerprint()}"
    stored_hash = content_hashes(collection, [a.id for a in articles])
    hashes = [stored_hash.get(a.id) or content_hash(a.text) for a in articles]
    stored = read_derived(collection, kind, hashes)
    known: list[Reading | None] = []
    for digest in hashes:
        try:
            known.append(unpack_reading(stored[digest]) if digest in stored else None)
        except (ValueError, zlib.error):
            known.append(None)  # a damaged entry is read again, and replaced
    corpus = build(articles, known=known)
    troubled = {p.file for p in corpus.log}
    new = {
        digest: pack_reading(doc.tokens, doc.starts, doc.sentences)
        for digest, doc, reading in zip(hashes, corpus.docs, known, strict=True)
        if reading is None and doc.article.id not in troubled  # an article with a problem is read again next time
    }
    write_derived(collection, kind, new.items())
    return corpus


@dataclass(frozen=True)
class _Run:
    """What the per-article passes read in one run of articles (the passes not asked for: None)."""

    claims: Read | None
    quotes: list[list[QuoteRow]] | None
    places: list[Counter[Place]] | None


def _read_run(items: list[tuple[Doc, Marks | None]], *, passes: tuple[str, ...], latest: dt.date | None) -> list[_Run]:
    """In a worker: the per-article passes ``passes`` over a run of articles, each with its token marks (made in
    this process, by word number: the worker's Docs carry no vocabulary), a list of one, for map_later."""
    from analysis.casualties.claims import read_docs
    from analysis.collector import collector_paused
    from analysis.sources.placenames import read_places
    from analysis.sources.quotes import read_quotes_and_runs

    docs = [doc for doc, _ in items]
    with collector_paused():  # small objects and no cycle: this process joining in walked the whole corpus' memory
        claims = read_docs(items, latest=latest)[0] if "claims" in passes else None  # in full collections
        # The places pass takes the name runs the quotes read in each article (the same runs it would read).
        quotes, runs = read_quotes_and_runs(docs) if "quotes" in passes else (None, None)
        texts = [(d.article.text, d.article.language) for d in docs]
        places = read_places(texts, runs=runs) if "places" in passes else None
    return [_Run(claims, quotes, places)]


class ReadAhead:
    """The per-article passes of one processed corpus, being read on the worker (:func:`read_ahead`).

    :meth:`take` gives a pass as the capability's own map would (``claims``: the ``read=`` of
    ``casualties.claims.extract``; ``quotes``: the ``per_article=`` of ``sources.quotes.extract``; ``places``: the
    ``counts=`` of ``sources.placenames.places_per_outlet``); the first one asked waits for all of them (this
    process joining in). Each pass is given once and then let go, so that its per-article data is freed when
    its stage is done with it, as in the sequential schedule (at 20,000 articles, tens of MB).
    """

    def __init__(self, text: TextCorpus, passes: tuple[str, ...], later: parallel.Later[_Run]) -> None:
        self.text = text
        self.passes = passes
        self.later = later
        self._parts: dict[str, object] | None = None

    def join(self) -> None:
        """Wait for every pass (this process computing the runs no worker started); nothing if done before."""
        if self._parts is not None:
            return
        runs = self.later.result()
        parts: dict[str, object] = {}
        if "claims" in self.passes:
            problems = [p for run in runs for p in run.claims[0]]  # type: ignore[index]
            parts["claims"] = (problems, [c for run in runs for c in run.claims[1]])  # type: ignore[index]
        if "quotes" in self.passes:
            parts["quotes"] = [rows for run in runs for rows in run.quotes]  # type: ignore[union-attr]
        if "places" in self.passes:
            parts["places"] = [counts for run in runs for counts in run.places]  # type: ignore[union-attr]
        self._parts = parts
        self.later.forget()  # the runs' lists: each pass is held by ``parts`` alone now

    def take(self, name: str) -> Any:
        """Pass ``name`` as read ahead, or None when it was not read ahead or was taken already (the stage then
        reads it itself: the same result)."""
        if name not in self.passes:
            return None
        self.join()
        assert self._parts is not None
        return self._parts.pop(name, None)


def read_ahead(
    text: TextCorpus, *, passes: Sequence[str] = PASSES, min_articles: int | None = None
) -> ReadAhead | None:
    """Start reading ``passes`` of every article of ``text`` on the worker now; None when it would not pay: fewer
    than ``min_articles`` articles (default: ``min_articles`` of settings/parallel.yaml), no worker processes
    (``CONTRASTE_WORKERS=1``), or another spreader active (a Dask engine), where each stage spreads its own work.

    Runs of ``ahead_chunk_articles`` articles (settings/parallel.yaml) are sent without their stems, which
    the passes never read (half the bytes to copy).
    """
    from analysis.casualties.claim_readings import corpus_marks, latest_date
    from analysis.text import Doc

    spread = settings().parallel
    least = spread.min_articles if min_articles is None else min_articles
    chosen = tuple(p for p in PASSES if p in passes)
    unknown = set(passes) - set(PASSES)
    if unknown:
        raise ValueError(f"unknown per-article pass(es) {sorted(unknown)}: expected some of {list(PASSES)}")
    if not chosen or len(text.docs) < max(least, 1) or parallel.workers() <= 1 or parallel.spreading():
        return None
    empty_codes, empty_flags = np.zeros(0, dtype=np.int32), np.zeros(0, dtype=bool)
    docs = [Doc(d.article, d.tokens, empty_codes, empty_flags, d.starts, d.sentences) for d in text.docs]
    # The claims' token marks are made here, all articles at once by word number (a few tenths of a second at
    # 10,000 articles); read from each token on the worker they cost seconds more.
    marks = corpus_marks(text.docs) if "claims" in chosen else [None] * len(docs)
    run = partial(_read_run, passes=chosen, latest=latest_date(text.docs))
    later = parallel.map_later(run, list(zip(docs, marks)), min_items=0, max_chunk=spread.ahead_chunk_articles)
    return ReadAhead(text, chosen, later)


_AHEAD: contextvars.ContextVar[ReadAhead | None] = contextvars.ContextVar("contraste_read_ahead", default=None)


@contextlib.contextmanager
def reading_ahead(
    text: TextCorpus, *, passes: Sequence[str] = PASSES, min_articles: int | None = None
) -> Iterator[ReadAhead | None]:
    """While inside, the per-article passes of ``text`` are read on the worker (:func:`read_ahead`), and
    :func:`ahead_of` gives them to the stages that need them; on leaving, runs nobody started are dropped."""
    ahead = read_ahead(text, passes=passes, min_articles=min_articles)
    token = _AHEAD.set(ahead)
    try:
        yield ahead
    finally:
        _AHEAD.reset(token)
        if ahead is not None:
            ahead.later.cancel()


def ahead_of(text: TextCorpus, name: str) -> ReadAhead | None:
    """The read-ahead of :func:`reading_ahead` when it reads pass ``name`` of this very ``text``, else None.

    >>> ahead_of(None, "claims") is None  # type: ignore[arg-type]
    True
    """
    ahead = _AHEAD.get()
    return ahead if ahead is not None and ahead.text is text and name in ahead.passes else None


def take_ahead(text: TextCorpus, name: str) -> Any:
    """Pass ``name`` of ``text`` as read ahead by :func:`reading_ahead` (:meth:`ReadAhead.take`), else None: what
    the capability's ``read=`` / ``per_article=`` / ``counts=`` keyword takes (None: it reads the pass itself).

    >>> take_ahead(None, "quotes") is None  # type: ignore[arg-type]
    True
    """
    ahead = ahead_of(text, name)
    return None if ahead is None else ahead.take(name)
