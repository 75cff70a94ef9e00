"""analysis.similarity.sparse_product.product against scipy's own ``a @ b``: the same arrays, bit for bit."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from analysis.similarity.sparse_product import product


def _same(mine: sparse.csr_matrix, theirs: sparse.csr_matrix) -> bool:
    theirs = sparse.csr_matrix(theirs)
    return (
        mine.shape == theirs.shape
        and mine.dtype == theirs.dtype
        and np.array_equal(mine.indptr, theirs.indptr)
        and np.array_equal(mine.indices, theirs.indices)  # same order within each row, not only the same set
        and mine.data.tobytes() == theirs.data.tobytes()
    )


@pytest.mark.parametrize(
    ("rows", "inner", "columns", "density", "seed"),
    [
        (40, 300, 40, 0.05, 1),  # a cosine block: x[a:b] @ x[c:d].T
        (25, 60, 500, 0.2, 2),  # wide: rows reaching more entries than the columns (the bound capped)
        (30, 80, 30, 0.0, 3),  # nothing stored: an all-zero product
        (1, 10, 1, 1.0, 4),
        (50, 5, 50, 0.9, 5),  # nearly dense
    ],
    ids=["block", "wide", "empty", "one-by-one", "dense"],
)
def test_product_is_scipys_product(rows: int, inner: int, columns: int, density: float, seed: int) -> None:
    a = sparse.random(rows, inner, density=density, format="csr", random_state=seed)
    b = sparse.random(inner, columns, density=density, format="csr", random_state=seed + 100)
    assert _same(product(a, b), a @ b)


def test_product_keeps_empty_rows_and_cancelling_sums_as_scipy_does() -> None:
    # Row 1 of a is empty; row 0's two products cancel (scipy drops a zero sum: so must the copy).
    a = sparse.csr_matrix(np.array([[1.0, 1.0, 0.0], [0.0, 0.0, 0.0], [0.0, 2.0, 3.0]]))
    b = sparse.csr_matrix(np.array([[1.0, 0.5], [-1.0, 0.25], [0.0, 4.0]]))
    mine = product(a, b)
    assert _same(mine, a @ b)
    assert mine.toarray().tolist() == [[0.0, 0.75], [0.0, 0.0], [-2.0, 12.5]]


def test_product_of_the_similarity_stage_matrices(seeds_text) -> None:  # type: ignore[no-untyped-def]
    from analysis.similarity.tfidf import tfidf

    x = tfidf(seeds_text).matrix
    assert _same(product(x, x.T.tocsr()), x @ x.T)
    assert _same(product(x[:5], x.T.tocsr()), x[:5] @ x.T)


def test_other_formats_fall_back_to_scipy() -> None:
    a = sparse.random(6, 7, density=0.5, format="csc", random_state=1)
    b = sparse.random(7, 4, density=0.5, format="csr", random_state=2)
    assert np.array_equal(product(a, b).toarray(), (a @ b).toarray())


def test_a_scipy_without_the_private_routine_gives_scipys_product(monkeypatch):
    """If a later scipy moves ``_sparsetools.csr_matmat``, the product is scipy's public one, not an error."""
    from analysis.similarity import sparse_product

    a = sparse.random(7, 11, density=0.3, format="csr", random_state=5)
    b = sparse.random(11, 4, density=0.3, format="csr", random_state=6)
    monkeypatch.setattr(sparse_product, "_sparsetools", None)
    assert (sparse_product.product(a, b) != a @ b).nnz == 0
