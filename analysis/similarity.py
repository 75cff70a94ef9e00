"""TF-IDF cosine similarity between articles, the terms behind it, and top-k neighbours for large corpora.

Articles are vectors of TF-IDF weights over content stems and adjacent
content-stem bigrams, read from the shared :class:`~analysis.text.TextCorpus`
(never tokenized again). Up to ``dense_max_articles`` (lexicons/similarity.yaml)
the full cosine matrix is computed; above it only each article's top-k
neighbours, in chunks, so no N×N matrix is ever held.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from analysis.settings import section
from analysis.text import Doc, TextCorpus

__all__ = [
    "DENSE_MAX_ARTICLES",
    "PAIR_COLUMNS",
    "SimilarityError",
    "TermWeight",
    "TfidfModel",
    "cosine_matrix",
    "doc_ngrams",
    "heatmap_articles",
    "nearest_neighbours",
    "pairs_from_matrix",
    "similar_pairs",
    "submatrix",
    "tfidf",
    "top_terms",
]

SETTINGS = section("similarity", "similarity")
DENSE_MAX_ARTICLES: int = SETTINGS["dense_max_articles"]
NEIGHBOURS: int = SETTINGS["neighbours"]
CHUNK_ROWS: int = SETTINGS["chunk_rows"]
PAIR_THRESHOLD: float = SETTINGS["pair_threshold"]
TOP_TERMS: int = SETTINGS["top_terms"]
HEATMAP_MAX_ARTICLES: int = SETTINGS["heatmap_max_articles"]
TABLE_MAX_PAIRS: int = SETTINGS["table_max_pairs"]
# Columns of every pairs table: row indexes i < j, article ids a, b, cosine score.
PAIR_COLUMNS = ["i", "j", "a", "b", "score"]


class SimilarityError(ValueError):
    """The corpus cannot be compared as asked; the message says why and what to do."""


@dataclass(frozen=True, eq=False)
class TfidfModel:
    """TF-IDF vectors of a corpus: ``matrix`` row ``n`` (L2-normalised) is article ``ids[n]``.

    ``features`` holds the column names: content stems ("secuestr") and
    space-joined stem bigrams ("cancill yvan"); show them with ``TextCorpus.word``.
    """

    ids: tuple[str, ...]
    matrix: sparse.csr_matrix
    features: np.ndarray

    def __len__(self) -> int:
        return len(self.ids)


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

    >>> from analysis.corpus import Article
    >>> from analysis.text import build
    >>> doc_ngrams(build([Article("x", "El canciller recibió al embajador.", language="es")]).docs[0])
    ['cancill', 'recib', 'embaj', 'cancill recib', 'recib embaj']
    """
    terms = doc.terms
    return terms + [f"{a} {b}" for a, b in zip(terms, terms[1:])]


def tfidf(text: TextCorpus) -> TfidfModel:
    """Fit TF-IDF over the corpus with scikit-learn's ``TfidfVectorizer`` (unigrams + bigrams).

    Weights follow scikit-learn (``sublinear_tf=True``, ``smooth_idf=True``):
    ``w(t, d) = (1 + ln tf(t, d)) · (ln((1 + N) / (1 + df(t))) + 1)``, then each
    row is L2-normalised, so the dot product of two rows is their cosine.
    Example: N = 2, a term twice in d1 and absent from d2 has
    ``w = (1 + ln 2) · (ln(3/2) + 1) ≈ 2.38`` before normalisation.

    Raises:
        SimilarityError: when no article has a content word.
    """
    if not text.docs:
        raise SimilarityError("the corpus has no article to compare")
    vectorizer = TfidfVectorizer(analyzer=doc_ngrams, sublinear_tf=True, dtype=np.float64)
    try:
        matrix = vectorizer.fit_transform(text.docs)
    except ValueError:
        raise SimilarityError(
            "no article has a content word (only stop words or numbers): nothing to compare"
        ) from None
    return TfidfModel(tuple(d.id for d in text.docs), sparse.csr_matrix(matrix), vectorizer.get_feature_names_out())


def cosine_matrix(model: TfidfModel) -> np.ndarray:
    """The N×N cosine similarity matrix, ``cos(a, b) = a·b / (|a| |b|)``, clipped to [0, 1].

    TF-IDF weights are non-negative, so cosines lie in [0, 1]; an article with
    at least one content word has similarity 1 with itself. Two articles with
    the same words have cosine 1; with no term in common, 0.

    Raises:
        SimilarityError: above ``DENSE_MAX_ARTICLES`` articles (use :func:`nearest_neighbours`).
    """
    if len(model) > DENSE_MAX_ARTICLES:
        raise SimilarityError(
            f"{len(model)} articles is above the {DENSE_MAX_ARTICLES} for which a full similarity matrix is "
            "computed (analysis/lexicons/similarity.yaml); use the top-k neighbours instead"
        )
    x = model.matrix
    result = np.asarray((x @ x.T).toarray(), dtype=np.float64)
    np.clip(result, 0.0, 1.0, out=result)
    nonempty = np.asarray(x.getnnz(axis=1) > 0)
    result[np.flatnonzero(nonempty), np.flatnonzero(nonempty)] = 1.0
    return result


def nearest_neighbours(model: TfidfModel, *, k: int = NEIGHBOURS, chunk_rows: int = CHUNK_ROWS) -> pd.DataFrame:
    """The ``k`` most similar other articles of every article, without an N×N matrix.

    Rows of the normalised TF-IDF matrix are multiplied by its transpose
    ``chunk_rows`` at a time (memory ``chunk_rows × N``), and each row keeps its
    ``k`` largest cosines (ties broken by corpus order). This is the one place
    that searches neighbours: an approximate index can replace it for huge corpora.

    Returns:
        A pairs table (``PAIR_COLUMNS``) of unordered pairs i < j with score > 0,
        each pair once even when both articles list each other.
    """
    n = len(model)
    k = min(k, n - 1)
    if k <= 0:
        return _pairs_frame(model.ids, np.array([], int), np.array([], int), np.array([], float))
    x = model.matrix
    xt = x.T.tocsc()
    rows_i, rows_j, rows_s = [], [], []
    for start in range(0, n, chunk_rows):
        stop = min(start + chunk_rows, n)
        block = np.asarray((x[start:stop] @ xt).toarray())
        block[np.arange(stop - start), np.arange(start, stop)] = -1.0  # not its own neighbour
        # A stable sort on -score keeps corpus order among ties; argpartition first for speed.
        part = np.argpartition(-block, k - 1, axis=1)[:, :k]
        scores = np.take_along_axis(block, part, axis=1)
        order = np.lexsort((part, -scores), axis=1)
        part, scores = np.take_along_axis(part, order, axis=1), np.take_along_axis(scores, order, axis=1)
        rows_i.append(np.repeat(np.arange(start, stop), k))
        rows_j.append(part.ravel())
        rows_s.append(scores.ravel())
    i, j, s = np.concatenate(rows_i), np.concatenate(rows_j), np.concatenate(rows_s)
    keep = s > 0
    i, j, s = i[keep], j[keep], np.minimum(s[keep], 1.0)
    lo, hi = np.minimum(i, j), np.maximum(i, j)
    _, first = np.unique(lo.astype(np.int64) * n + hi, return_index=True)
    return _sorted(_pairs_frame(model.ids, lo[first], hi[first], s[first]))


def pairs_from_matrix(matrix: np.ndarray, ids: Sequence[str], *, threshold: float) -> pd.DataFrame:
    """Every pair i < j of a similarity matrix with score >= ``threshold``, most similar first."""
    i, j = np.triu_indices(len(ids), k=1)
    s = matrix[i, j]
    keep = s >= threshold
    return _sorted(_pairs_frame(tuple(ids), i[keep], j[keep], s[keep]))


def similar_pairs(
    model: TfidfModel,
    *,
    threshold: float = PAIR_THRESHOLD,
    matrix: np.ndarray | None = None,
    neighbours: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Pairs with cosine >= ``threshold``, most similar first (``PAIR_COLUMNS``).

    Up to ``DENSE_MAX_ARTICLES`` every pair is considered (pass ``matrix`` when
    already computed); above, only each article's top-k neighbours (pass
    ``neighbours`` from :func:`nearest_neighbours` when already computed).
    """
    if len(model) > DENSE_MAX_ARTICLES:
        pairs = nearest_neighbours(model) if neighbours is None else neighbours
        return pairs[pairs["score"] >= threshold].reset_index(drop=True)
    return pairs_from_matrix(cosine_matrix(model) if matrix is None else matrix, model.ids, threshold=threshold)


def top_terms(model: TfidfModel, text: TextCorpus, i: int, j: int, *, n: int = TOP_TERMS) -> list[TermWeight]:
    """The terms contributing most to the cosine of articles ``i`` and ``j``, shown as words.

    With L2-normalised rows, ``cos(i, j) = Σ_t x_it · x_jt``; each term's
    contribution is its product ``x_it · x_jt``, and the contributions of all
    shared terms add up to the cosine. Example: rows (0.6, 0.8, 0) and
    (0.6, 0, 0.8) have cosine 0.36, all of it from the first term.
    """
    product = model.matrix[i].multiply(model.matrix[j]).tocoo()
    if product.nnz == 0:
        return []
    values, columns = product.data, product.col
    order = np.lexsort((model.features[columns], -values))[:n]
    features = [str(model.features[columns[o]]) for o in order]
    return [TermWeight(text.word(f), float(values[o]), f) for f, o in zip(features, order)]


def submatrix(model: TfidfModel, indexes: Sequence[int]) -> np.ndarray:
    """The cosine matrix of a few articles only (for a heatmap of a large corpus), clipped to [0, 1]."""
    x = model.matrix[list(indexes)]
    result = np.clip(np.asarray((x @ x.T).toarray(), dtype=np.float64), 0.0, 1.0)
    nonempty = np.flatnonzero(x.getnnz(axis=1) > 0)
    result[nonempty, nonempty] = 1.0
    return result


def heatmap_articles(pairs: pd.DataFrame, n_articles: int, *, limit: int = HEATMAP_MAX_ARTICLES) -> list[int]:
    """Which articles a heatmap shows: all of them up to ``limit``, else those of the strongest pairs.

    ``pairs`` must be sorted by score (as :func:`similar_pairs` returns it);
    articles are taken pair by pair until ``limit`` is reached.
    """
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
