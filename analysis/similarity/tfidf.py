"""TF-IDF cosine similarity between articles, the terms behind it, and top-k neighbours for large corpora.

The vectors (TF-IDF weights over content stems and adjacent content-stem
bigrams) are :mod:`analysis.similarity.vectors`'; their names are exported here
too, as before. Up to ``dense_max_articles`` (settings/similarity.yaml)
the full cosine matrix is computed; above it only each article's top-k
neighbours, in chunks, so no N×N matrix is ever held.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from analysis import parallel
from analysis.config import settings
from analysis.similarity.neighbours import approximate_top_k, exact_top_k
from analysis.similarity.sparse_product import product

# The vectors, exported from here as before (tests and callers import them from this module).
from analysis.similarity.vectors import (  # noqa: F401
    _FEW_ROWS,
    _STEP,
    SMALL_FACTORIZE,
    SimilarityError,
    TfidfModel,
    _normalize_rows,
    _row_square_sums,
    _term_counts,
    _weigh_in_place,
    doc_ngrams,
    factorize,
    tfidf,
    tfidf_weights,
)
from analysis.text import TextCorpus

if TYPE_CHECKING:  # pandas (0.2 s to import) only where tables of pairs are built: the stories need none
    import pandas as pd

__all__ = [
    "PAIR_COLUMNS",
    "SimilarityError",
    "TermWeight",
    "TfidfModel",
    "cosine_matrix",
    "doc_ngrams",
    "heatmap_articles",
    "PairListing",
    "nearest_neighbours",
    "pair_listing",
    "pairs_from_matrix",
    "pairs_with_listing",
    "similar_pairs",
    "submatrix",
    "tfidf",
    "tfidf_weights",
    "top_terms",
]

# Thresholds are read from ``settings().similarity`` when a function is called
# (analysis/settings/similarity.yaml), so ``config.override`` reaches them.
# Columns of every pairs table: row indexes i < j, article ids a, b, cosine score.
PAIR_COLUMNS = ["i", "j", "a", "b", "score"]


@dataclass(frozen=True)
class TermWeight:
    """A term's share of a pair's cosine: ``weight`` = product of its two TF-IDF weights.

    ``term`` is shown to users (surface words); ``feature`` is the stem or
    space-joined stem bigram it stands for.
    """

    term: str
    weight: float
    feature: str


def cosine_matrix(model: TfidfModel) -> np.ndarray:
    """The N×N cosine similarity matrix, ``cos(a, b) = a·b / (|a| |b|)``, clipped to [0, 1].

    TF-IDF weights are non-negative, so cosines lie in [0, 1]; an article with
    at least one content word has similarity 1 with itself. Two articles with
    the same words have cosine 1; with no term in common, 0.

    Raises:
        SimilarityError: above ``dense_max_articles`` articles (use :func:`nearest_neighbours`).
    """
    dense_max = settings().similarity.dense_max_articles
    if len(model) > dense_max:
        raise SimilarityError(
            f"{len(model)} articles is above the {dense_max} for which a full similarity matrix is "
            "computed (analysis/settings/similarity.yaml); use the top-k neighbours instead"
        )
    result = _gram(model.matrix)
    np.clip(result, 0.0, 1.0, out=result)
    nonempty = np.asarray(model.matrix.getnnz(axis=1) > 0)
    result[np.flatnonzero(nonempty), np.flatnonzero(nonempty)] = 1.0
    return result


# Rows of the TF-IDF matrix per block of :func:`_gram`: 8 blocks at 2,000 articles, 36 block products.
_GRAM_BLOCK_ROWS = 250


def _gram(x: sparse.csr_matrix, *, block_rows: int = _GRAM_BLOCK_ROWS) -> np.ndarray:
    """``(x @ x.T).toarray()`` as float64, bit for bit, computing only the blocks on and above the diagonal.

    scipy's product adds entry (i, k)'s terms ``x[i, t] · x[k, t]`` in the order of row i's columns; with each
    row's columns sorted, that is the order of the terms the two rows share, the same for (k, i), whose products
    are the same numbers: the matrix is exactly symmetric, and the blocks below the diagonal are the transposes
    of those above it. Blocks of ``block_rows`` rows: about 55 % of the work of the whole product at 2,000
    articles (0.25 CPU s), and no sparse N×N intermediate (48 MB). Rows not sorted: the whole product.

    >>> x = sparse.random(7, 30, density=0.3, format="csr", random_state=1)
    >>> np.array_equal(_gram(x, block_rows=3), (x @ x.T).toarray())
    True
    """
    n = x.shape[0]
    x = sparse.csr_matrix(x, dtype=np.float64)
    if n <= block_rows or not x.has_sorted_indices:
        return np.asarray((x @ x.T).toarray(), dtype=np.float64)
    result = np.empty((n, n), dtype=np.float64)
    bounds = list(range(0, n, block_rows)) + [n]
    blocks = [x[a:b] for a, b in zip(bounds, bounds[1:])]
    transposed = [block.T.tocsr() for block in blocks]
    for p, (a, b) in enumerate(zip(bounds, bounds[1:])):
        for q in range(p, len(blocks)):
            c, d = bounds[q], bounds[q + 1]
            part = product(blocks[p], transposed[q]).toarray()  # scipy's product, one pass (sparse_product)
            result[a:b, c:d] = part
            if q > p:
                result[c:d, a:b] = part.T
    return result


def nearest_neighbours(
    model: TfidfModel, *, k: int | None = None, chunk_rows: int | None = None, approximate: bool | None = None
) -> pd.DataFrame:
    """The ``k`` most similar other articles of every article, without an N×N matrix.

    ``k`` and ``chunk_rows`` default to ``neighbours`` and ``chunk_rows`` of
    settings/similarity.yaml. Up to ``approximate_above`` articles (or with ``approximate=False``) the
    search is exact (:func:`analysis.similarity.neighbours.exact_top_k`); above, each
    article's ``candidates`` are proposed by the terms found in at most
    max(``candidate_max_df_floor``, ``candidate_max_df_share`` × N) articles and scored exactly
    (:func:`analysis.similarity.neighbours.approximate_top_k`; recall@10 against the exact
    search is in docs/PERFORMANCE.md). Ties are broken by corpus order.

    Returns:
        A pairs table (``PAIR_COLUMNS``) of unordered pairs i < j with score > 0,
        each pair once even when both articles list each other.
    """
    config = settings().similarity
    k = config.neighbours if k is None else k
    chunk_rows = config.chunk_rows if chunk_rows is None else chunk_rows
    n = len(model)
    if approximate is None:
        approximate = n > config.approximate_above
    if approximate:
        max_df = max(config.candidate_max_df_floor, int(config.candidate_max_df_share * n))
        index, scores = approximate_top_k(
            model.matrix, k=k, candidates=config.candidates, max_df=max_df, chunk_rows=chunk_rows
        )
    else:
        index, scores = exact_top_k(model.matrix, k=k, threads=parallel.workers())
    return top_k_pairs(model.ids, index, scores)


def top_k_pairs(ids: Sequence[str], index: np.ndarray, scores: np.ndarray) -> pd.DataFrame:
    """The pairs table of a top-k search: row ``r`` of ``index``/``scores`` holds article ``r``'s neighbours.

    Scores of 0 (padding) are dropped, scores are capped at 1.0 (rounding), and a pair listed by both its
    articles is kept once (its first listing), as i < j; most similar first.

    >>> t = top_k_pairs(("a", "b", "c"), np.array([[1], [0], [0]]), np.array([[0.5], [0.5], [0.0]]))
    >>> list(zip(t["a"], t["b"], t["score"]))
    [('a', 'b', 0.5)]
    """
    n = len(ids)
    i = np.repeat(np.arange(n), index.shape[1])
    j, s = index.ravel(), scores.ravel()
    keep = s > 0
    i, j, s = i[keep], j[keep], np.minimum(s[keep], 1.0)
    lo, hi = np.minimum(i, j), np.maximum(i, j)
    _, first = np.unique(lo.astype(np.int64) * n + hi, return_index=True)
    return _sorted(_pairs_frame(ids, lo[first], hi[first], s[first]))


def pairs_from_matrix(matrix: np.ndarray, ids: Sequence[str], *, threshold: float) -> pd.DataFrame:
    """Every pair i < j of a similarity matrix with score >= ``threshold``, most similar first.

    The entries at or above the threshold are found first and those above the diagonal kept: the same pairs in
    the same (row-major) order as reading the whole upper triangle, without its N(N-1)/2 index pairs (2,000
    articles: 2 million of them, 32 MB).

    >>> m = np.array([[1.0, 0.4, 0.1], [0.4, 1.0, 0.9], [0.1, 0.9, 1.0]])
    >>> p = pairs_from_matrix(m, ["x", "y", "z"], threshold=0.3)
    >>> list(zip(p["a"], p["b"], p["score"]))
    [('y', 'z', 0.9), ('x', 'y', 0.4)]
    """
    n = len(ids)
    i, j = np.nonzero(matrix[:n, :n] >= threshold)
    keep = j > i
    i, j = i[keep], j[keep]
    return _sorted(_pairs_frame(tuple(ids), i, j, matrix[i, j]))


@dataclass(frozen=True)
class PairListing:
    """How complete a listing of pairs above a threshold is, for the JSON (``pairs_complete``, ``pairs_note``) and pages."""

    complete: bool
    note: str


def _saturated(pairs: pd.DataFrame, n: int, k: int) -> np.ndarray:
    """Articles in at least ``k`` of ``pairs``, most connected first: their neighbour list may be cut at k."""
    counts = np.bincount(np.concatenate([pairs["i"].to_numpy(), pairs["j"].to_numpy()]).astype(np.int64), minlength=n)
    rows = np.flatnonzero(counts >= k)
    return rows[np.argsort(-counts[rows], kind="stable")]


def _rescan(model: TfidfModel, rows: np.ndarray, threshold: float, chunk_rows: int) -> pd.DataFrame:
    """Every pair of one of ``rows`` with any other article at cosine >= ``threshold``, computed exactly."""
    found_i, found_j, found_s = [], [], []
    transposed = model.matrix.T.tocsr()
    for start in range(0, len(rows), chunk_rows):
        chunk = rows[start : start + chunk_rows]
        block = np.asarray((model.matrix[chunk] @ transposed).toarray())
        block[np.arange(len(chunk)), chunk] = -1.0
        r, c = np.nonzero(block >= threshold)
        found_i.append(chunk[r])
        found_j.append(c)
        found_s.append(np.minimum(block[r, c], 1.0))
    i, j, s = (np.concatenate(x) if x else np.array([], dtype=np.int64) for x in (found_i, found_j, found_s))
    return _pairs_frame(model.ids, np.minimum(i, j), np.maximum(i, j), s.astype(np.float64))


def _threshold_pairs(
    model: TfidfModel, threshold: float, neighbours: pd.DataFrame | None
) -> tuple[pd.DataFrame, PairListing]:
    n = len(model)
    pairs = nearest_neighbours(model) if neighbours is None else neighbours
    import pandas as pd

    pairs = pairs[pairs["score"] >= threshold]
    config = settings().similarity
    limit = config.rescan_max_articles
    rows = _saturated(pairs, n, config.neighbours)
    if len(rows):
        extra = _rescan(model, rows[:limit], threshold, config.chunk_rows)
        pairs = pd.concat([pairs, extra], ignore_index=True).drop_duplicates(["i", "j"])
    how = (
        f"above {config.dense_max_articles:,} articles, pairs come from each article's {config.neighbours} nearest neighbours "
        f"(found among {config.candidates} candidates proposed by its rarer terms, then scored exactly; recall in "
        "docs/PERFORMANCE.md)"
    )
    if len(rows) > limit:
        note = (
            f"{how}; {len(rows):,} articles have {config.neighbours} or more neighbours above the threshold, and only the "
            f"{limit:,} most connected were compared with every article (rescan_max_articles in "
            "settings/similarity.yaml): pairs of the others beyond their nearest are not listed"
        )
    else:
        note = (
            f"{how}; every article whose nearest all reach the threshold ({len(rows):,}) was compared with every "
            "article, so no pair is cut at the neighbour count"
        )
    return _sorted(pairs), PairListing(False, note)


def pair_listing(model: TfidfModel, *, threshold: float, neighbours: pd.DataFrame | None = None) -> PairListing:
    """How complete :func:`similar_pairs` is at ``threshold``: every pair up to ``dense_max_articles``."""
    return pairs_with_listing(model, threshold=threshold, neighbours=neighbours, listing_only=True)[1]


def pairs_with_listing(
    model: TfidfModel,
    *,
    threshold: float,
    matrix: np.ndarray | None = None,
    neighbours: pd.DataFrame | None = None,
    listing_only: bool = False,
) -> tuple[pd.DataFrame, PairListing]:
    """:func:`similar_pairs` and :func:`pair_listing` in one search."""
    import pandas as pd

    if len(model) <= settings().similarity.dense_max_articles:
        listing = PairListing(True, f"every pair of the {len(model):,} articles was compared")
        if listing_only:
            return pd.DataFrame(columns=PAIR_COLUMNS), listing
        return similar_pairs(model, threshold=threshold, matrix=matrix), listing
    return _threshold_pairs(model, threshold, neighbours)


def similar_pairs(
    model: TfidfModel,
    *,
    threshold: float | None = None,
    matrix: np.ndarray | None = None,
    neighbours: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Pairs with cosine >= ``threshold``, most similar first (``PAIR_COLUMNS``).

    ``threshold`` defaults to ``pair_threshold`` (settings/similarity.yaml).
    Up to ``dense_max_articles`` every pair is considered (pass ``matrix`` when
    already computed); above, each article's top-k neighbours (pass ``neighbours``
    from :func:`nearest_neighbours` when already computed), plus every pair above the
    threshold of an article whose k neighbours all reach it, computed exactly (so a
    group of more than k near-duplicates lists all its pairs); :func:`pair_listing`
    says how complete that is.
    """
    if threshold is None:
        threshold = settings().similarity.pair_threshold
    if len(model) > settings().similarity.dense_max_articles:
        return _threshold_pairs(model, threshold, neighbours)[0]
    return pairs_from_matrix(cosine_matrix(model) if matrix is None else matrix, model.ids, threshold=threshold)


def top_terms(model: TfidfModel, text: TextCorpus, i: int, j: int, *, n: int | None = None) -> list[TermWeight]:
    """The terms contributing most to the cosine of articles ``i`` and ``j``, shown as words.

    With L2-normalised rows, ``cos(i, j) = Σ_t x_it · x_jt``; each term's
    contribution is its product ``x_it · x_jt``, and the contributions of all
    shared terms add up to the cosine. Example: rows (0.6, 0.8, 0) and
    (0.6, 0, 0.8) have cosine 0.36, all of it from the first term. ``n``
    defaults to ``top_terms`` (settings/similarity.yaml).
    """
    if n is None:
        n = settings().similarity.top_terms
    columns, values = _shared_products(model.matrix, i, j)
    if len(values) == 0:
        return []
    if len(values) > n > 0:
        # Only terms at least as large as the n-th largest product can be among the n shown (the names break
        # ties only): the others are not named (a pair shares about a hundred terms at 10,000 articles).
        least = np.partition(values, len(values) - n)[len(values) - n]
        contenders = values >= least
        columns, values = columns[contenders], values[contenders]
    names = np.array(model.names(columns), dtype=object)
    order = np.lexsort((names, -values))[:n]
    return [TermWeight(text.word(str(names[o])), float(values[o]), str(names[o])) for o in order]


def _shared_products(x: sparse.csr_matrix, i: int, j: int) -> tuple[np.ndarray, np.ndarray]:
    """The columns rows ``i`` and ``j`` of ``x`` both hold and the products of their two values, by column: what
    ``x[i].multiply(x[j])`` stores, read off the rows' arrays (no scipy matrix made for one row: 1.4 ms a pair
    before, at 2,000 articles). A product that rounds to 0 is left out, as scipy leaves it out.

    >>> x = sparse.csr_matrix(np.array([[0.6, 0.8, 0.0], [0.6, 0.0, 0.8]]))
    >>> columns, values = _shared_products(x, 0, 1)
    >>> columns.tolist(), values.round(2).tolist()
    ([0], [0.36])
    """
    if not x.has_canonical_format:
        x = x.tocsr(copy=True)
        x.sum_duplicates()
    a, b = slice(x.indptr[i], x.indptr[i + 1]), slice(x.indptr[j], x.indptr[j + 1])
    columns, in_a, in_b = np.intersect1d(x.indices[a], x.indices[b], assume_unique=True, return_indices=True)
    values = x.data[a][in_a] * x.data[b][in_b]
    keep = values != 0
    return columns[keep].astype(np.int64), values[keep]


def submatrix(model: TfidfModel, indexes: Sequence[int]) -> np.ndarray:
    """The cosine matrix of a few articles only (for a heatmap of a large corpus), clipped to [0, 1]."""
    x = model.matrix[list(indexes)]
    result = np.clip(np.asarray((x @ x.T).toarray(), dtype=np.float64), 0.0, 1.0)
    nonempty = np.flatnonzero(x.getnnz(axis=1) > 0)
    result[nonempty, nonempty] = 1.0
    return result


def heatmap_articles(pairs: pd.DataFrame, n_articles: int, *, limit: int | None = None) -> list[int]:
    """Which articles a heatmap shows: all of them up to ``limit``, else those of the strongest pairs.

    ``pairs`` must be sorted by score (as :func:`similar_pairs` returns it);
    articles are taken pair by pair until ``limit`` (default
    ``heatmap_max_articles``, settings/similarity.yaml) is reached.
    """
    if limit is None:
        limit = settings().similarity.heatmap_max_articles
    if n_articles <= limit:
        return list(range(n_articles))
    chosen: dict[int, None] = {}
    for i, j in zip(pairs["i"], pairs["j"]):
        for index in (int(i), int(j)):
            if len(chosen) < limit:
                chosen.setdefault(index, None)
        if len(chosen) >= limit:
            break
    return sorted(chosen) if chosen else list(range(min(limit, n_articles)))


def _pairs_frame(ids: Sequence[str], i: np.ndarray, j: np.ndarray, s: np.ndarray) -> pd.DataFrame:
    import pandas as pd

    id_array = np.asarray(ids, dtype=object)
    return pd.DataFrame(
        {
            "i": i.astype(np.int64),
            "j": j.astype(np.int64),
            "a": id_array[i] if len(i) else np.array([], dtype=object),
            "b": id_array[j] if len(j) else np.array([], dtype=object),
            "score": s.astype(np.float64),
        },
        columns=PAIR_COLUMNS,
    )


def _sorted(pairs: pd.DataFrame) -> pd.DataFrame:
    return pairs.sort_values(["score", "i", "j"], ascending=[False, True, True], kind="stable").reset_index(drop=True)
