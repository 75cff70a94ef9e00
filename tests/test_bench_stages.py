"""The bench's stages: the dense path's top-k of a full matrix is the stable sort's first k."""

from __future__ import annotations

import numpy as np
import pytest

from analysis.bench.stages import _top_of_matrix


@pytest.mark.parametrize("n", [1, 2, 3, 11, 12, 60])
@pytest.mark.parametrize("values", ["distinct", "many-ties", "all-zero", "with-nan"])
def test_top_of_a_full_matrix_is_the_stable_sorts_first_k(n, values):
    rng = np.random.default_rng(n)
    matrix = rng.random((n, n))
    matrix = (matrix + matrix.T) / 2
    if values == "many-ties":
        matrix = np.round(matrix, 1)
    elif values == "all-zero":
        matrix[:] = 0.0
    elif values == "with-nan" and n > 2:
        matrix[1, 2] = matrix[2, 1] = np.nan
    reference = matrix.copy()
    np.fill_diagonal(reference, -np.inf)
    expected = np.argsort(-reference, axis=1, kind="stable")[:, : min(10, n - 1)].tolist() if n > 1 else [[]]
    assert _top_of_matrix(matrix, 10) == expected
