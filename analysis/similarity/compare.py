"""Pairs of similar articles, each with the terms behind its similarity and the passages it shares.

This joins :mod:`analysis.similarity.tfidf` (which articles are close, and why) and
:mod:`analysis.similarity.passages` (what text they share) into the one result the CLI's
``similarity`` command and the dashboard's Similarity page show.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.config import settings
from analysis.similarity.clusters import leaf_order
from analysis.similarity.passages import Reuse, ShingleIndex, build_index, candidate_pairs, shared_passages
from analysis.similarity.tfidf import (
    TermWeight,
    TfidfModel,
    cosine_matrix,
    heatmap_articles,
    nearest_neighbours,
    pairs_with_listing,
    similar_pairs,
    submatrix,
    tfidf,
    top_terms,
)
from analysis.text import TextCorpus

__all__ = [
    "Basis",
    "Comparison",
    "PairComparison",
    "analyse",
    "basis",
    "close_pairs",
    "closest_to",
    "comparison_json",
    "describe_pairs",
    "filter_pairs",
    "listing_json",
    "heatmap_view",
    "pair",
    "pairs_table",
    "passages_table",
    "terms_table",
]

# (name, compute) -> compute() or a result kept elsewhere under that name (the stored results of a collection).
Through = Callable[[str, Callable[[], pd.DataFrame]], pd.DataFrame]
PAIRS_TABLE_COLUMNS = ["a", "b", "score", "top_terms", "passages", "a_reused_share", "b_reused_share"]


@dataclass(frozen=True)
class PairComparison:
    """Two similar articles: their cosine, the terms behind it, and what text they share."""

    i: int
    j: int
    a: str
    b: str
    score: float
    top_terms: tuple[TermWeight, ...]
    reuse: Reuse


@dataclass(frozen=True, eq=False)
class Comparison:
    """What every pair-level question about a corpus needs, computed once.

    ``matrix`` is the full cosine matrix up to ``dense_max_articles`` articles,
    else None and ``neighbours`` holds each article's top-k neighbours (a pairs table);
    ``proposed`` holds the (i, j) pairs the shingle index proposes as sharing text.
    """

    ids: tuple[str, ...]
    matrix: np.ndarray | None
    model: TfidfModel
    index: ShingleIndex
    proposed: frozenset[tuple[int, int]]
    neighbours: pd.DataFrame | None = None


@dataclass(frozen=True, eq=False)
class Basis:
    """The vector part of a :class:`Comparison`: the TF-IDF model with its full cosine matrix (up to
    ``dense_max_articles``) or each article's top-k neighbours (above). What the stories
    (:func:`analysis.similarity.stories.stories`) reuse rather than build again."""

    model: TfidfModel
    matrix: np.ndarray | None
    neighbours: pd.DataFrame | None = None


def basis(text: TextCorpus, *, through: Through | None = None) -> Basis:
    """TF-IDF model and cosine matrix (small corpora) or top-k neighbours (large) of ``text``.

    ``through(name, compute)`` gives the top-k neighbours (name ``"neighbours"``) instead of ``compute()`` when
    it has them (results stored with a collection, ``analysis.report.stored``)."""
    model = tfidf(text)
    dense = len(model) <= settings().similarity.dense_max_articles
    matrix = cosine_matrix(model) if dense else None
    neighbours = None if dense else (through or _compute)("neighbours", lambda: nearest_neighbours(model))
    return Basis(model, matrix, neighbours)


def analyse(text: TextCorpus, *, through: Through | None = None, vectors: Basis | None = None) -> Comparison:
    """TF-IDF model, cosine matrix (small corpora) or top-k neighbours (large), shingle index and candidate pairs.

    ``through`` as in :func:`basis`; ``vectors``: the :func:`basis` of ``text`` when already made (the report's
    stories made it first)."""
    found = basis(text, through=through) if vectors is None else vectors
    index = build_index(text)
    candidates = candidate_pairs(index)
    proposed = frozenset(zip(candidates["i"].tolist(), candidates["j"].tolist()))
    return Comparison(found.model.ids, found.matrix, found.model, index, proposed, found.neighbours)


def _compute(_name: str, compute: Callable[[], pd.DataFrame]) -> pd.DataFrame:
    return compute()


def pair(comparison: Comparison, text: TextCorpus, i: int, j: int, *, n_terms: int | None = None) -> PairComparison:
    """Any two articles (rows ``i`` and ``j``, in that order): cosine, top terms and shared passages."""
    if i == j:
        raise ValueError("choose two different articles")
    model = comparison.model
    x = model.matrix
    score = float(min(1.0, max(0.0, (x[i] @ x[j].T).toarray()[0, 0])))
    return PairComparison(
        i, j, model.ids[i], model.ids[j], score,
        tuple(top_terms(model, text, i, j, n=n_terms)), shared_passages(comparison.index, i, j),
    )  # fmt: skip


def closest_to(comparison: Comparison, i: int) -> int | None:
    """The row of the article most similar to article ``i`` (highest cosine, ties to the first); None alone.

    One sparse product of the article's TF-IDF row with every article's: milliseconds at 2,000 articles.
    """
    x = comparison.model.matrix
    if x.shape[0] < 2:
        return None
    scores = (x @ x[i].T).toarray().ravel()
    scores[i] = -1.0
    return int(scores.argmax())


def close_pairs(
    comparison: Comparison,
    text: TextCorpus,
    *,
    threshold: float | None = None,
    n_terms: int | None = None,
    limit: int | None = None,
) -> tuple[PairComparison, ...]:
    """Pairs with cosine >= ``threshold`` (the first ``limit``), most similar first, with terms and passages.

    Shared passages are verified only for pairs the shingle index proposes
    (sharing a few word 5-grams); the others share none by construction.
    ``threshold`` and ``n_terms`` default to ``pair_threshold`` and ``top_terms``
    (settings/similarity.yaml).
    """
    if threshold is None:
        threshold = settings().similarity.pair_threshold
    if not 0.0 <= threshold <= 1.0:
        raise ValueError(f"the similarity threshold must be between 0 and 1, got {threshold}")
    pairs = similar_pairs(
        comparison.model, threshold=threshold, matrix=comparison.matrix, neighbours=comparison.neighbours
    )
    if limit is not None:
        pairs = pairs.head(limit)
    return describe_pairs(comparison, text, pairs, n_terms=n_terms)


def describe_pairs(
    comparison: Comparison, text: TextCorpus, pairs: pd.DataFrame, *, n_terms: int | None = None
) -> tuple[PairComparison, ...]:
    """Top terms and shared passages of each row (``i``, ``j``, ``a``, ``b``, ``score``) of ``pairs``."""
    result = []
    for i, j, a, b, score in pairs[["i", "j", "a", "b", "score"]].itertuples(index=False):
        i, j = int(i), int(j)
        proposed = (i, j) in comparison.proposed
        reuse = shared_passages(comparison.index, i, j) if proposed else Reuse(a, b, (), 0.0, 0.0)
        terms = tuple(top_terms(comparison.model, text, i, j, n=n_terms))
        result.append(PairComparison(i, j, a, b, float(score), terms, reuse))
    return tuple(result)


def filter_pairs(
    pairs: pd.DataFrame,
    sources: Mapping[str, str],
    *,
    outlets: Collection[str] = (),
    across_outlets: bool = False,
    proposed: Collection[tuple[int, int]] | None = None,
) -> pd.DataFrame:
    """The rows of ``pairs`` (``i``, ``j``, ``a``, ``b``, ...) a reader asked for: with an article of one of
    ``outlets`` (none: any), between two different outlets (``sources``: id -> outlet), and, with
    ``proposed``, only the pairs the shingle index proposes as sharing text (the only ones that can).

    >>> pairs = pd.DataFrame({"i": [0, 0, 1], "j": [1, 2, 2], "a": ["x", "x", "y"], "b": ["y", "z", "z"]})
    >>> sources = {"x": "El Sol", "y": "El Sol", "z": "La Luna"}
    >>> filter_pairs(pairs, sources, across_outlets=True)[["a", "b"]].values.tolist()
    [['x', 'z'], ['y', 'z']]
    >>> filter_pairs(pairs, sources, outlets=["La Luna"], proposed={(1, 2)})[["a", "b"]].values.tolist()
    [['y', 'z']]
    """
    source_a, source_b = pairs["a"].map(sources), pairs["b"].map(sources)
    keep = pd.Series(True, index=pairs.index)
    if outlets:
        chosen = set(outlets)
        keep &= source_a.isin(chosen) | source_b.isin(chosen)
    if across_outlets:
        keep &= source_a != source_b
    if proposed is not None:
        found = set(proposed)
        keep &= pd.Series([(int(i), int(j)) in found for i, j in zip(pairs["i"], pairs["j"])], index=pairs.index)
    return pairs[keep]


def heatmap_view(comparison: Comparison) -> tuple[list[str], np.ndarray]:
    """Ids (in dendrogram leaf order) and cosine matrix of the articles a heatmap shows.

    Up to ``heatmap_max_articles`` (settings/similarity.yaml) that is every article; above, the articles
    of the strongest pairs (top-k neighbours above the dense threshold), whose
    small matrix is computed on its own.
    """
    n = len(comparison.ids)
    if comparison.matrix is not None and n <= settings().similarity.heatmap_max_articles:
        indexes, matrix = list(range(n)), comparison.matrix
    else:
        strongest = (  # the nearest neighbours as found: no exact rescan at threshold 0
            comparison.neighbours
            if comparison.neighbours is not None
            else similar_pairs(comparison.model, threshold=0.0, matrix=comparison.matrix)
        )
        indexes = heatmap_articles(strongest, n)
        matrix = submatrix(comparison.model, indexes)
    order = leaf_order(matrix)
    return [comparison.ids[indexes[o]] for o in order], matrix[np.ix_(order, order)]


def listing_json(comparison: Comparison, *, threshold: float, listed: int) -> dict[str, object]:
    """How complete the listed pairs are: ``pairs_total`` (pairs found at ``threshold``), ``pairs_complete``
    (every pair above the threshold is listed) and ``pairs_note`` (how they were found, and what is cut)."""
    found, listing = pairs_with_listing(
        comparison.model, threshold=threshold, matrix=comparison.matrix, neighbours=comparison.neighbours
    )
    note = listing.note
    if listed < len(found):
        note += f"; the {listed:,} most similar of the {len(found):,} pairs found are listed"
    return {"pairs_total": len(found), "pairs_complete": listing.complete and listed >= len(found), "pairs_note": note}


def comparison_json(
    comparison: Comparison, pairs: tuple[PairComparison, ...], *, threshold: float | None = None
) -> dict[str, object]:
    """The CLI's JSON: ``ids``, ``matrix`` (only up to the dense threshold), ``pairs`` and, given the
    ``threshold`` the pairs were listed at, how complete they are (:func:`listing_json`)."""
    result: dict[str, object] = {"ids": list(comparison.ids)}
    if comparison.matrix is not None:
        result["matrix"] = np.round(comparison.matrix, 4).tolist()
    result["pairs"] = [
        {
            "a": p.a,
            "b": p.b,
            "score": round(p.score, 4),
            "top_terms": [{"term": t.term, "weight": round(t.weight, 5)} for t in p.top_terms],
            "shared_passages": [
                {"a_text": s.a_text, "b_text": s.b_text, "score": round(s.score, 4)} for s in p.reuse.passages
            ],
            "a_reused_share": round(p.reuse.a_reused_share, 4),
            "b_reused_share": round(p.reuse.b_reused_share, 4),
        }
        for p in pairs
    ]
    if threshold is not None:
        result.update(listing_json(comparison, threshold=threshold, listed=len(pairs)))
    return result


def pairs_table(pairs: tuple[PairComparison, ...], *, terms: int = 5) -> pd.DataFrame:
    """One row per pair: ``a``, ``b``, ``score``, ``top_terms`` (the first ``terms``, comma-joined),
    ``passages`` (count), ``a_reused_share``, ``b_reused_share``."""
    return pd.DataFrame(
        [
            {
                "a": p.a,
                "b": p.b,
                "score": p.score,
                "top_terms": ", ".join(t.term for t in p.top_terms[:terms]),
                "passages": len(p.reuse.passages),
                "a_reused_share": p.reuse.a_reused_share,
                "b_reused_share": p.reuse.b_reused_share,
            }
            for p in pairs
        ],
        columns=PAIRS_TABLE_COLUMNS,
    )


def terms_table(pair: PairComparison) -> pd.DataFrame:
    """The pair's top terms: ``term`` (words), ``weight`` (its part of the cosine), largest first."""
    return pd.DataFrame([{"term": t.term, "weight": t.weight} for t in pair.top_terms], columns=["term", "weight"])


def passages_table(pair: PairComparison) -> pd.DataFrame:
    """The pair's shared passages: ``passage`` (1, 2, …), ``score``, ``a_text``, ``b_text``."""
    return pd.DataFrame(
        [
            {"passage": n, "score": p.score, "a_text": p.a_text, "b_text": p.b_text}
            for n, p in enumerate(pair.reuse.passages, start=1)
        ],
        columns=["passage", "score", "a_text", "b_text"],
    )
