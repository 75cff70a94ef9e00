"""TF-IDF cosine similarity between articles, the terms behind it, and top-k neighbours for large corpora.

Articles are vectors of TF-IDF weights over content stems and adjacent
content-stem bigrams, read from the shared :class:`~analysis.text.TextCorpus`
(never tokenized again). Up to ``dense_max_articles`` (settings/similarity.yaml)
the full cosine matrix is computed; above it only each article's top-k
neighbours, in chunks, so no N×N matrix is ever held.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from analysis import parallel
from analysis.config import settings
from analysis.similarity.neighbours import approximate_top_k, exact_top_k
from analysis.text import Doc, TextCorpus

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


class SimilarityError(ValueError):
    """The corpus cannot be compared as asked; the message says why and what to do."""


@dataclass(frozen=True, eq=False)
class TfidfModel:
    """TF-IDF vectors of a corpus: ``matrix`` row ``n`` (L2-normalised) is article ``ids[n]``.

    Columns are content stems ("secuestr"), then stem bigrams ("cancill yvan"):
    ``unigrams`` holds each unigram column's stem number and ``bigrams`` each
    bigram column's pair of stem numbers as ``first * len(stems) + second``
    (``stems`` is :attr:`TextCorpus.stem_codes`'s). Names are made on demand
    (:meth:`names`): a string per bigram would cost about 130 MB at 10,000 articles.
    Show them with ``TextCorpus.word``.
    """

    ids: tuple[str, ...]
    matrix: sparse.csr_matrix
    stems: np.ndarray
    unigrams: np.ndarray
    bigrams: np.ndarray

    def __len__(self) -> int:
        return len(self.ids)

    def names(self, columns: np.ndarray | Sequence[int]) -> list[str]:
        """The feature names of ``columns``: a stem, or two stems joined by a space."""
        n_uni, n_stems = len(self.unigrams), len(self.stems)
        out = []
        for column in np.asarray(columns, dtype=np.int64).tolist():
            if column < n_uni:
                out.append(str(self.stems[self.unigrams[column]]))
            else:
                first, second = divmod(int(self.bigrams[column - n_uni]), n_stems)
                out.append(f"{self.stems[first]} {self.stems[second]}")
        return out

    @cached_property
    def features(self) -> np.ndarray:
        """Every column's name (an object array; built on first use)."""
        features = np.empty(self.matrix.shape[1], dtype=object)
        features[:] = self.names(np.arange(self.matrix.shape[1]))
        return features


@dataclass(frozen=True)
class TermWeight:
    """A term's share of a pair's cosine: ``weight`` = product of its two TF-IDF weights.

    ``term`` is shown to users (surface words); ``feature`` is the stem or
    space-joined stem bigram it stands for.
    """

    term: str
    weight: float
    feature: str


def doc_ngrams(doc: Doc) -> list[str]:
    """The TF-IDF analyzer: a document's content stems, then its adjacent content-stem bigrams.

    Bigrams join consecutive content words (stop words and numbers removed first),
    as scikit-learn does with ``stop_words`` and ``ngram_range=(1, 2)``.

    >>> from analysis.corpus.records import Article
    >>> from analysis.text import build
    >>> doc_ngrams(build([Article("x", "El canciller recibió al embajador.", language="es")]).docs[0])
    ['cancill', 'recib', 'embaj', 'cancill recib', 'recib embaj']
    """
    terms = doc.terms
    return terms + [f"{a} {b}" for a, b in zip(terms, terms[1:])]


def tfidf(text: TextCorpus) -> TfidfModel:
    """TF-IDF over the corpus' :func:`doc_ngrams` (unigrams + bigrams), weighted as scikit-learn's ``TfidfTransformer``.

    Weights follow scikit-learn (``sublinear_tf=True``, ``smooth_idf=True``):
    ``w(t, d) = (1 + ln tf(t, d)) · (ln((1 + N) / (1 + df(t))) + 1)``, then each
    row is L2-normalised, so the dot product of two rows is their cosine.
    Example: N = 2, a term twice in d1 and absent from d2 has
    ``w = (1 + ln 2) · (ln(3/2) + 1) ≈ 2.38`` before normalisation.

    The result is ``TfidfVectorizer(analyzer=doc_ngrams, sublinear_tf=True)``'s
    (same features, same weights; columns in another order): the term counts are
    built from the pipeline's stem numbers (:attr:`TextCorpus.stem_codes`) with
    numpy, because the vectorizer's own counting is a Python loop over every
    unigram and bigram string, most of this function's time on large corpora.

    Raises:
        SimilarityError: when no article has a content word.
    """
    if not text.docs:
        raise SimilarityError("the corpus has no article to compare")
    counts, unigrams, bigrams = _term_counts(text)
    if not counts.shape[1]:
        raise SimilarityError("no article has a content word (only stop words or numbers): nothing to compare")
    ids = tuple(d.id for d in text.docs)
    _weigh_in_place(counts)  # the counts are this function's own: weighed where they are
    return TfidfModel(ids, counts, text.stem_codes.stems, unigrams, bigrams)


def tfidf_weights(counts: sparse.csr_matrix) -> sparse.csr_matrix:
    """``TfidfTransformer(sublinear_tf=True).fit_transform(counts)`` of scikit-learn, bit for bit, without importing it.

    Importing scikit-learn costs about 0.8 CPU s (it imports scipy.stats), more than the whole figures
    command on a few articles; the weighting is a few array operations, done here in scikit-learn's
    order so that every float is the same (``tests/test_similarity.py`` compares them):
    ``w = (1 + ln tf) · (ln((N + 1) / (df + 1)) + 1)``, each row then divided by its L2 norm (rows of
    zeros left as they are). Example: counts (2, 0) and (1, 1), N = 2: idf = (ln(3/3) + 1, ln(3/2) + 1) =
    (1, 1.405); the second row (1, 1.405) has norm 1.725, so (0.58, 0.815).

    >>> w = tfidf_weights(sparse.csr_matrix(np.array([[2, 0], [1, 1]])))
    >>> w.toarray().round(3).tolist()
    [[1.0, 0.0], [0.58, 0.815]]
    """
    matrix = sparse.csr_matrix(counts, dtype=np.float64, copy=True)
    _weigh_in_place(matrix)
    return matrix


def _weigh_in_place(matrix: sparse.csr_matrix, *, step: int | None = None) -> None:
    """:func:`tfidf_weights` on a float64 count matrix, overwriting its data (no copy of the matrix).

    The per-value steps run ``step`` values at a time (default ``_STEP``): the same operations on the same values, with
    temporaries of one step rather than of the whole matrix (at 20,000 articles, 75 MB each).
    """
    n_samples, n_features = matrix.shape
    idf = np.bincount(matrix.indices, minlength=n_features).astype(np.float64)
    idf += 1.0  # df + 1
    np.divide(float(n_samples + 1), idf, out=idf)
    np.log(idf, out=idf)
    idf += 1.0
    step = _STEP if step is None else step
    data, indices = matrix.data, matrix.indices
    for start in range(0, len(data), step):
        part = data[start : start + step]
        np.log(part, out=part)
        part += 1.0
        part *= idf[indices[start : start + step]]
    del idf
    _normalize_rows(matrix, step=step)


# Values handled at once by the weighting's per-value steps (8 MB of float64 temporaries).
_STEP = 1 << 20
# Rows still adding squares below which the rest are summed one row at a time (see _row_square_sums).
_FEW_ROWS = 8


def _normalize_rows(matrix: sparse.csr_matrix, *, step: int = _STEP) -> None:
    """Divide each non-zero row by its L2 norm, in place (scikit-learn's ``inplace_csr_row_normalize_l2``).

    A row whose squares add up to 0 is divided by 1 (x / 1.0 is x): left as it is, as scikit-learn leaves it.
    Rows are divided a run of about ``step`` values at a time.
    """
    norms = np.sqrt(_row_square_sums(matrix.data, matrix.indptr))
    norms[norms == 0.0] = 1.0
    indptr, data = matrix.indptr, matrix.data
    lengths = np.diff(indptr)
    first = 0
    while first < len(lengths):
        last = int(np.searchsorted(indptr, indptr[first] + step, side="right")) - 1
        last = min(max(last, first + 1), len(lengths))  # at least one row
        part = data[indptr[first] : indptr[last]]
        part /= np.repeat(norms[first:last], lengths[first:last])
        first = last


def _row_square_sums(data: np.ndarray, indptr: np.ndarray) -> np.ndarray:
    """Each row's sum of squares added left to right, as scikit-learn's loop does (numpy's sums add pairwise,
    which may differ in the last bit): the k-th square of every row at least k long is added at step k.
    Each step squares the values it adds (``x * x``, as scikit-learn), so no array of every square is held."""
    lengths = np.diff(indptr)
    order = np.argsort(-lengths, kind="stable")
    starts, longest = indptr[:-1][order], lengths[order]
    sums = np.zeros(len(lengths))
    # still[k] = rows longer than k (the longest first, so they are the first still[k] of ``order``).
    still = len(lengths) - np.cumsum(np.bincount(longest, minlength=1))
    step = 0
    while step < len(still) and still[step] > _FEW_ROWS:
        active = still[step]
        values = data[starts[:active] + step]
        sums[:active] += values * values
        step += 1
    for row in range(int(still[step]) if step < len(still) else 0):  # the few longest rows: the rest one by one
        total = float(sums[row])
        values = data[starts[row] + step : starts[row] + longest[row]]
        for square in (values * values).tolist():
            total += square
        sums[row] = total
    result = np.empty(len(lengths))
    result[order] = sums
    return result


# Below this many values :func:`factorize` sorts them in numpy instead of importing pandas (0.2 s) for its
# hash table, which is faster only on large inputs (10,000 articles: 5 million terms).
SMALL_FACTORIZE = 200_000


def factorize(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each value's code and the distinct values, numbered in order of first appearance: ``pandas.factorize``.

    Small inputs are numbered in numpy (the distinct values sorted, then renumbered by where each first
    appears), large ones by pandas' hash table: the same codes and values either way.

    >>> codes, uniques = factorize(np.array([7, 3, 7, 5, 3]))
    >>> codes.tolist(), uniques.tolist()
    ([0, 1, 0, 2, 1], [7, 3, 5])
    """
    if len(values) >= SMALL_FACTORIZE:
        import pandas as pd

        codes, uniques = pd.factorize(values)
        return codes, np.asarray(uniques)
    distinct, first, inverse = np.unique(values, return_index=True, return_inverse=True)
    order = np.argsort(first, kind="stable")
    rank = np.empty(len(order), dtype=np.intp)
    rank[order] = np.arange(len(order))
    return rank[inverse.reshape(-1)], distinct[order]


def _term_counts(text: TextCorpus) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray]:
    """Article × feature counts of :func:`doc_ngrams`'s features (float64, canonical CSR: each row's columns
    sorted, no duplicates); the unigram columns' stem numbers and the bigram columns' stem-pair keys (see
    :class:`TfidfModel`).

    The matrix is built once and in place: every occurrence's column goes straight to its article's run of one
    index array (an article's unigrams, then its bigrams), each with a count of 1.0, and scipy's
    ``sum_duplicates`` sorts each row and adds repeated columns there. Counts are whole numbers far below 2**53,
    so float64 holds them exactly: the same matrix as counting in integers and converting. Peak memory is
    about 12 bytes an occurrence (4 for its column, 8 for its count) besides the factorized codes, where joining a
    unigram and a bigram matrix held both, their sum and a float64 copy at once.
    """
    codes = text.stem_codes
    terms, unigram_ends = text.content_terms  # content terms before each article: unigram_ends
    per_article = np.diff(unigram_ends)
    n_terms = len(terms)
    # Bigrams join consecutive content terms of one article: pair (t, t + 1) unless t + 1 starts an article.
    same = np.ones(max(n_terms - 1, 0), dtype=bool)
    starts = unigram_ends[1:-1]
    same[starts[(starts > 0) & (starts < n_terms)] - 1] = False
    n_stems = len(codes.stems)
    # Stem codes are int32; a bigram's key (first * n_stems + second) may not be: widened to int64.
    bigrams = terms[:-1][same].astype(np.int64)
    bigrams *= n_stems
    bigrams += terms[1:][same]
    del same
    bigram_columns, bigram_keys = factorize(bigrams)
    del bigrams
    unigram_columns, unigram_codes = factorize(terms)
    n_unigrams = len(unigram_codes)
    bigram_ends = np.zeros(len(per_article) + 1, dtype=np.int64)
    np.cumsum(np.maximum(per_article - 1, 0), out=bigram_ends[1:])
    indptr = unigram_ends + bigram_ends
    columns = np.empty(int(indptr[-1]), dtype=np.int32)
    # Article r's unigrams go to indptr[r] + (0, 1, ...), that is unigram position u + bigram_ends[r]; its
    # bigrams after them, at bigram position b + unigram_ends[r + 1].
    shift = np.repeat(bigram_ends[:-1], per_article)
    shift += np.arange(n_terms)
    columns[shift] = unigram_columns
    del shift, unigram_columns
    shift = np.repeat(unigram_ends[1:], np.maximum(per_article - 1, 0))
    shift += np.arange(len(bigram_columns))
    bigram_columns += n_unigrams
    columns[shift] = bigram_columns
    del shift, bigram_columns
    shape = (len(text.docs), n_unigrams + len(bigram_keys))
    counts = sparse.csr_matrix((np.ones(len(columns)), columns, indptr), shape=shape, copy=False)
    counts.sum_duplicates()
    # The repeated columns summed, the arrays are views of the longer ones built above: keep only the matrix.
    if counts.data.base is not None:
        counts.data, counts.indices = counts.data.copy(), counts.indices.copy()
    return counts, np.asarray(unigram_codes, dtype=np.int64), np.asarray(bigram_keys, dtype=np.int64)


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
    x = model.matrix
    result = np.asarray((x @ x.T).toarray(), dtype=np.float64)
    np.clip(result, 0.0, 1.0, out=result)
    nonempty = np.asarray(x.getnnz(axis=1) > 0)
    result[np.flatnonzero(nonempty), np.flatnonzero(nonempty)] = 1.0
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
    """Every pair i < j of a similarity matrix with score >= ``threshold``, most similar first."""
    i, j = np.triu_indices(len(ids), k=1)
    s = matrix[i, j]
    keep = s >= threshold
    return _sorted(_pairs_frame(tuple(ids), i[keep], j[keep], s[keep]))


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
    product = model.matrix[i].multiply(model.matrix[j]).tocoo()
    if product.nnz == 0:
        return []
    values, columns = product.data, product.col
    names = np.array(model.names(columns), dtype=object)
    order = np.lexsort((names, -values))[:n]
    return [TermWeight(text.word(str(names[o])), float(values[o]), str(names[o])) for o in order]


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
