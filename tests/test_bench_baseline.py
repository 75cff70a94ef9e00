"""The bench's baseline: exact neighbours against brute force, and the recall measures."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from analysis.bench.baseline import exact_neighbours, recall_at_k, reuse_recall
from analysis.bench.synthetic import PlantedPassage


def _brute_force(matrix: sparse.csr_matrix, k: int) -> np.ndarray:
    dense = (matrix @ matrix.T).toarray()
    np.fill_diagonal(dense, -np.inf)
    return np.argsort(-dense, axis=1, kind="stable")[:, :k]


@pytest.mark.parametrize(
    "n, k, chunk_rows",
    [(30, 5, 7), (30, 5, 30), (12, 11, 4), (50, 10, 1)],
    ids=["uneven-chunks", "one-chunk", "k-is-all-others", "row-by-row"],
)
def test_exact_neighbours_match_brute_force(n, k, chunk_rows):
    rng = np.random.default_rng(n + k)
    matrix = sparse.random(n, 40, density=0.3, random_state=rng, format="csr")
    found = exact_neighbours(matrix, k=k, chunk_rows=chunk_rows)
    expected = _brute_force(matrix, k)
    dense = (matrix @ matrix.T).toarray()
    # Same scores in the same order (indexes may differ only between equal scores).
    np.testing.assert_allclose(np.take_along_axis(dense, found, 1), np.take_along_axis(dense, expected, 1))
    assert not (found == np.arange(n)[:, None]).any()  # never its own neighbour


@pytest.mark.parametrize("n, k, width", [(1, 10, 0), (3, 10, 2)], ids=["single-article", "k-above-n"])
def test_exact_neighbours_small_corpora(n, k, width):
    assert exact_neighbours(sparse.identity(n, format="csr"), k=k).shape == (n, width)


@pytest.mark.parametrize(
    "exact, found, expected",
    [
        ([[1, 2]], [[1, 2]], 1.0),
        ([[1, 2]], [[2, 1]], 1.0),
        ([[1, 2], [0, 2]], [[1, 3], []], 0.25),
        ([[1, 2]], [[3, 4, 5]], 0.0),
    ],
    ids=["same", "order-free", "partial", "none"],
)
def test_recall_at_k(exact, found, expected):
    assert recall_at_k(np.array(exact), found) == expected


@pytest.mark.parametrize(
    "found, expected",
    [(set(), 0.0), ({frozenset(("b", "a"))}, 0.5), ({frozenset(("a", "b")), frozenset(("d", "c"))}, 1.0)],
    ids=["nothing", "one-of-two-either-direction", "all"],
)
def test_reuse_recall(found, expected):
    planted = [PlantedPassage("a", "b", "x"), PlantedPassage("c", "d", "y")]
    assert reuse_recall(planted, found) == expected
