"""The stories' top-k neighbours read off the similarity stage's cosine matrix equal the exact search's, bit for bit.

``story_links._matrix_neighbours`` replaces, up to ``approximate_above`` articles, a second product of the TF-IDF
matrix with itself (sparse-dot-topn's ``exact_top_k`` on the rows in id order) when the full cosine matrix is
at hand. Both are compared here on real text (the seeds, and copies of them) and on random matrices made to
tie: copied rows (sums just above 1, clipped in the cosine matrix), rows sharing one term only (equal cosines),
empty rows, fewer others than k, and id orders unlike the corpus order.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from scipy import sparse

from analysis.corpus.loading import load_path
from analysis.similarity.story_links import _neighbour_pairs
from analysis.similarity.tfidf import cosine_matrix, tfidf
from analysis.similarity.vectors import TfidfModel
from analysis.text import build


def _model(matrix: sparse.csr_matrix) -> TfidfModel:
    n = matrix.shape[0]
    return TfidfModel(tuple(f"a{i}" for i in range(n)), matrix, np.array([], dtype=object), np.zeros(0), np.zeros(0))


def _both(model: TfidfModel, rank: np.ndarray, k: int) -> tuple[tuple[np.ndarray, ...], tuple[np.ndarray, ...]]:
    searched = _neighbour_pairs(model, None, rank, k)
    read = _neighbour_pairs(model, None, rank, k, matrix=cosine_matrix(model))
    return searched, read


def _assert_same(searched: tuple[np.ndarray, ...], read: tuple[np.ndarray, ...]) -> None:
    for a, b in zip(searched, read, strict=True):
        assert a.dtype.kind == b.dtype.kind
        assert a.tolist() == b.tolist()  # exact floats: the same sums, not close ones


def _random(seed: int, n: int, width: int, per_row: int) -> sparse.csr_matrix:
    rng = np.random.default_rng(seed)
    rows = []
    for _ in range(n):
        row = np.zeros(width)
        kind = rng.integers(6)
        if kind == 0 and rows:  # a copy of an earlier row: cosine 1, often summed just above it
            row = rows[rng.integers(len(rows))].copy()
        elif kind == 1:  # one shared term only: many equal cosines
            row[0] = 1.0
            row[rng.integers(1, width)] = rng.choice([1.0, 2.0])
        elif kind == 2 and rng.random() < 0.3:
            pass  # an empty row
        else:
            columns = rng.choice(width, size=per_row, replace=False)
            row[columns] = rng.choice([0.3, 0.5, 1.0, 1.7, 2.9], size=per_row)
        rows.append(row)
    matrix = np.array(rows)
    norms = np.linalg.norm(matrix, axis=1)
    matrix[norms > 0] /= norms[norms > 0, None]
    return sparse.csr_matrix(matrix)


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("k", [1, 3, 10])
def test_matrix_neighbours_equal_the_search_on_tied_random_rows(seed: int, k: int) -> None:
    rng = np.random.default_rng(100 + seed)
    n = int(rng.integers(2, 60))
    model = _model(_random(seed, n, width=int(rng.integers(3, 40)), per_row=int(rng.integers(1, 4))))
    rank = rng.permutation(n)
    searched, read = _both(model, rank, k)
    _assert_same(searched, read)


def test_the_random_rows_do_tie_and_pass_one() -> None:
    """The random rows above exercise what the matrix path must get right: sums above 1 and tied cosines."""
    above, tied = 0, 0
    for seed in range(12):
        x = _random(seed, 50, 20, 2)
        product = (x @ x.T).toarray()
        np.fill_diagonal(product, 0)
        above += int((product > 1.0).sum())
        tied += int(sum(len(r[r > 0]) - len(np.unique(r[r > 0])) for r in product))
    assert above > 0 and tied > 0


def test_matrix_neighbours_equal_the_search_on_real_text() -> None:
    text = build(load_path("seeds").articles)
    docs = list(text.docs)
    # The seeds twice over, the copies under other ids: exact duplicates, in an id order unlike the corpus order.
    copies = [dataclasses.replace(d.article, id=f"z{n:02d}-{d.id}") for n, d in enumerate(reversed(docs))]
    corpus = build([d.article for d in docs] + copies)
    model = tfidf(corpus)
    ids = np.asarray(model.ids, dtype=object)
    rank = np.empty(len(ids), dtype=np.int64)
    rank[np.argsort(ids, kind="stable")] = np.arange(len(ids))
    for k in (1, 2, 10):
        searched, read = _both(model, rank, k)
        _assert_same(searched, read)
        assert len(searched[0]) > 0


def test_sums_above_one_are_read_unclipped() -> None:
    """Row a's dot product with itself is 1.0000000000000002 and with b (a renormalised a few ulps away) exactly
    1.0: the cosine matrix clips both to 1, where the search ranks the copy of a first, whatever the ids say
    (here b's id comes first, then the copy's, then a's)."""
    a = [0.4082482904638631, 0.4082482904638631, 0.8164965809277261]
    b = [0.408248290463863, 0.408248290463863, 0.816496580927726]
    x = sparse.csr_matrix(np.array([a, b, a]))
    assert (x @ x.T).toarray()[0].tolist() == [1.0000000000000002, 1.0, 1.0000000000000002]
    model = _model(x)
    searched, read = _both(model, np.array([2, 0, 1]), 1)
    _assert_same(searched, read)
    assert set(zip(read[0].tolist(), read[1].tolist())) == {(0, 2), (1, 2)}  # a's nearest is its copy, not b
