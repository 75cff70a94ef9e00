"""TF-IDF vectors of a corpus: term counts of content stems and stem bigrams, weighted and normalised.

Articles are vectors of TF-IDF weights over content stems and adjacent
content-stem bigrams, read from the shared :class:`~analysis.text.TextCorpus`
(never tokenized again): the counts are built from the pipeline's stem numbers
with numpy (:func:`factorize`), weighted as scikit-learn's ``TfidfTransformer``
without importing it. What is done with the vectors (cosines, pairs, the terms
behind a pair) is :mod:`analysis.similarity.tfidf`'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from scipy import sparse

from analysis.text import Doc, TextCorpus

__all__ = [
    "SMALL_FACTORIZE",
    "SimilarityError",
    "TfidfModel",
    "doc_ngrams",
    "factorize",
    "tfidf",
    "tfidf_weights",
]


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
