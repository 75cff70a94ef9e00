"""The stages the bench times, in order: load, text, similarity, stories, passages, terms, the read-ahead's wait,
figures, sources, places; each runs what the CLI and the report run (:data:`STAGES`).

A stage gets the :class:`Run` so far and returns its result; a stage whose module is not installed on this
branch is reported by :func:`analysis.bench.run.run` as ``"unavailable"``, never with a made-up time.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.bench.baseline import NEIGHBOURS
from analysis.bench.synthetic import PlantedPassage
from analysis.config import settings
from analysis.corpus.inputs import input_bytes
from analysis.corpus.loading import Corpus, load_path
from analysis.pipeline import ahead_of, reading_ahead, start_workers_for, take_ahead
from analysis.text import TextCorpus, build

__all__ = ["PASS_OF_STAGE", "STAGES", "Run", "SimilarityRun", "Stage"]


@dataclass
class Run:
    """What the stages share: the corpus, its text, every stage's result, and the ground truth if any."""

    source: Path
    planted: tuple[PlantedPassage, ...] = ()
    corpus: Corpus | None = None
    text: TextCorpus | None = None
    results: dict[str, object] = field(default_factory=dict)
    # The per-article passes to read on the worker as soon as the text is built (analysis.pipeline.reading_ahead);
    # none: the sequential schedule. ``ahead`` keeps the read-ahead open until the run ends.
    passes: tuple[str, ...] = ()
    ahead: contextlib.ExitStack = field(default_factory=contextlib.ExitStack)
    overlapped: bool = False  # whether the passes were read ahead (not below min_articles, nor without workers)


@dataclass(frozen=True)
class Stage:
    """A timed step: ``run`` gets the :class:`Run` so far and returns its result (kept in ``results[name]``).

    ``module`` names the module the step needs; when importing it raises
    ModuleNotFoundError for that very module, the stage is unavailable.
    """

    name: str
    run: Callable[[Run], object]
    module: str | None = None


def _load(state: Run) -> Corpus:
    start_workers_for(input_bytes([str(state.source)]))
    state.corpus = load_path(state.source)
    return state.corpus


def _text(state: Run) -> TextCorpus:
    assert state.corpus is not None
    state.text = build(state.corpus.articles)
    # The per-article passes of the later stages go to the worker now, as in `contraste report`
    # (report.sections.build_sections): it reads them while this process runs the matrix stages.
    state.overlapped = state.ahead.enter_context(reading_ahead(state.text, passes=state.passes)) is not None
    return state.text


@dataclass(frozen=True, eq=False)
class SimilarityRun:
    """What the similarity stage computed: the model, each article's neighbours, the close pairs with their terms."""

    model: object
    neighbours: list[list[int]]
    pairs: pd.DataFrame
    terms: Sequence[object]
    neighbour_pairs: pd.DataFrame | None = None  # the top-k table above DENSE_MAX_ARTICLES (stories reuse it)
    matrix: np.ndarray | None = None  # the full cosine matrix up to DENSE_MAX_ARTICLES (stories reuse it)


def _similarity(state: Run) -> SimilarityRun:
    # What `python -m analysis similarity` and the report compute, less the shared passages (their own stage):
    # TF-IDF, the full matrix (small corpora) or each article's top-k neighbours, the pairs above the
    # threshold and the terms behind each.
    import analysis.similarity.tfidf as similarity

    assert state.text is not None
    model = similarity.tfidf(state.text)
    n = len(model)
    if n <= settings().similarity.dense_max_articles:
        matrix = similarity.cosine_matrix(model)
        pairs = similarity.similar_pairs(model, matrix=matrix)
        neighbours = _top_of_matrix(matrix, NEIGHBOURS)
        found = None
    else:
        matrix = None
        found = similarity.nearest_neighbours(model, k=NEIGHBOURS)
        pairs = similarity.similar_pairs(model, neighbours=found)
        neighbours = _neighbour_lists(found, n, NEIGHBOURS)
    terms = [similarity.top_terms(model, state.text, int(i), int(j)) for i, j in zip(pairs["i"], pairs["j"])]
    return SimilarityRun(model, neighbours, pairs, terms, found, matrix)


def _top_of_matrix(matrix: np.ndarray, k: int) -> list[list[int]]:
    """Each row's ``k`` largest other entries of a full similarity matrix (what the dense path shows), best first,
    ties to the lower index: the first ``k`` of a stable argsort of the row, without sorting the whole row.

    Only the entries at least as large as the row's ``k``-th largest (``np.partition``) are sorted: 0.09 CPU s
    at 2,000 articles instead of 0.28 for the full stable sort (bench bookkeeping, not the product's work).

    >>> _top_of_matrix(np.array([[1.0, 0.5, 0.5], [0.5, 1.0, 0.9], [0.5, 0.9, 1.0]]), 1)
    [[1], [2], [1]]
    """
    n = len(matrix)
    k = min(k, n - 1)
    if k <= 0:
        return [[] for _ in range(n)]
    negative = -matrix
    np.fill_diagonal(negative, np.inf)  # never its own neighbour
    if np.isnan(negative).any():  # partition and sort place NaN alike, but "<=" below would not
        return np.argsort(negative, axis=1, kind="stable")[:, :k].tolist()
    kth = np.partition(negative, k - 1, axis=1)[:, k - 1 : k]
    rows, cols = np.nonzero(negative <= kth)  # at least k a row
    order = np.lexsort((cols, negative[rows, cols], rows))
    rows, cols = rows[order], cols[order]
    counts = np.bincount(rows, minlength=n)
    rank = np.arange(len(rows)) - np.repeat(np.cumsum(counts) - counts, counts)
    return cols[rank < k].reshape(n, k).tolist()


def _stories(state: Run) -> object:
    # Story clustering on the similarity stage's model and top-k table (what the CLI's stories command adds).
    from analysis.similarity.stories import stories

    similarity = state.results.get("similarity")
    assert state.text is not None and isinstance(similarity, SimilarityRun), "the similarity stage must run first"
    found = stories(
        state.text, similarity.model, neighbours=similarity.neighbour_pairs, matrix=similarity.matrix  # type: ignore[arg-type]
    )
    state.results["similarity"] = replace(similarity, matrix=None)  # the N×N matrix is not kept past its last use
    return found


def _passages(state: Run) -> object:
    import analysis.similarity.passages as passages

    assert state.text is not None
    return passages.corpus_reuse(passages.build_index(state.text))


def _terms(state: Run) -> object:
    from analysis.report.results import lexicons_for, terms_json

    assert state.text is not None
    return terms_json(state.text, lexicons_for(None))  # counts, and each source against the rest


def _read_ahead(state: Run) -> object:
    # The wait for the per-article passes read on the worker, this process joining in on the runs of articles the
    # worker has not started (nothing to do in the sequential schedule, or below min_articles).
    assert state.text is not None
    for name in state.passes:
        ahead = ahead_of(state.text, name)
        if ahead is not None:
            ahead.join()  # every pass at once: one run of articles holds them all
            break
    return None


def _figures(state: Run) -> object:
    from analysis.report.results import figures_claims, figures_json

    assert state.text is not None
    return figures_json(figures_claims(state.text))  # claims and their agreement


def _sources(state: Run) -> object:
    from analysis.report.results import outlets_of
    from analysis.report.shared_quotes import shared_quotes
    from analysis.sources.quotes import extract
    from analysis.sources.roles import outlet_summaries

    assert state.text is not None
    quotes = extract(state.text, per_article=take_ahead(state.text, "quotes"))  # read on the worker meanwhile
    outlets = outlets_of(state.text)
    reuses = state.results.get("passages")  # the shared passages stage, when it ran
    return outlet_summaries(quotes, outlets), shared_quotes(state.text, quotes, reuses=reuses)  # type: ignore[arg-type]


def _places(state: Run) -> object:
    from analysis.report.results import places_of

    assert state.text is not None
    return places_of(state.text)  # places each outlet names (the one gazetteer), read on the worker meanwhile


# The analysis, in order. Plug a capability in with one line: (name, callable, module).
STAGES: list[Stage] = [
    Stage("load", _load),
    Stage("text", _text),
    Stage("similarity", _similarity, "analysis.similarity.tfidf"),
    Stage("stories", _stories, "analysis.similarity.stories"),
    Stage("passages", _passages, "analysis.similarity.passages"),
    Stage("terms", _terms, "analysis.framing.counts"),
    Stage("read_ahead", _read_ahead),
    Stage("figures", _figures, "analysis.casualties.claims"),
    Stage("sources", _sources, "analysis.sources.quotes"),
    Stage("places", _places, "analysis.sources.placenames"),
]


def _neighbour_lists(pairs: pd.DataFrame, n: int, k: int) -> list[list[int]]:
    """Each row's ``k`` best partners in a pairs table with columns ``i``, ``j``, ``score`` (each pair once)."""
    both = pd.DataFrame(
        {
            "row": np.concatenate([pairs["i"], pairs["j"]]),
            "other": np.concatenate([pairs["j"], pairs["i"]]),
            "score": np.concatenate([pairs["score"], pairs["score"]]),
        }
    )
    best = both.sort_values(["row", "score"], ascending=[True, False], kind="stable").groupby("row").head(k)
    lists: list[list[int]] = [[] for _ in range(n)]
    for row, other in zip(best["row"].tolist(), best["other"].tolist()):
        lists[row].append(other)
    return lists


# The per-article pass each stage takes from the read-ahead (analysis.pipeline.PASSES).
PASS_OF_STAGE = {"figures": "claims", "sources": "quotes", "places": "places"}
