"""The bench's baseline: what a bare scikit-learn script does (``TfidfVectorizer().fit_transform(texts)`` and the
exact cosine top-10 neighbours of every article), and the recall of the analysis measured against it and against
the synthetic corpus' planted passages.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

import numpy as np
from scipy import sparse
from tqdm import tqdm

from analysis.bench.synthetic import PlantedPassage

__all__ = ["CHUNK_ROWS", "NEIGHBOURS", "baseline", "exact_neighbours", "recall_at_k", "reuse_recall"]

NEIGHBOURS = 10
# Rows of the baseline's similarity computed at once: a CHUNK_ROWS × N float64
# block (500 × 20,000 = 80 MB).
CHUNK_ROWS = 500


def exact_neighbours(matrix: sparse.csr_matrix, *, k: int = NEIGHBOURS, chunk_rows: int = CHUNK_ROWS) -> np.ndarray:
    """Indexes of the ``k`` most similar other rows of every row, most similar first: an (n, k) array.

    Similarity is the dot product, which is the cosine for L2-normalised rows
    (TfidfVectorizer's default). Rows are multiplied by the transpose
    ``chunk_rows`` at a time, and each row's top ``k`` found by
    ``argpartition``, so memory is ``chunk_rows × n``, never ``n × n``.

    >>> m = sparse.csr_matrix(np.array([[1.0, 0.0], [0.8, 0.6], [0.0, 1.0]]))
    >>> exact_neighbours(m, k=1).tolist()
    [[1], [0], [1]]
    """
    n = matrix.shape[0]
    k = min(k, n - 1)
    result = np.empty((n, max(k, 0)), dtype=np.int64)
    if k <= 0:
        return result
    transposed = matrix.T.tocsr()
    for start in tqdm(range(0, n, chunk_rows), desc="baseline top-k", unit="chunk", leave=False, disable=None):
        stop = min(start + chunk_rows, n)
        block = (matrix[start:stop] @ transposed).toarray()
        block[np.arange(stop - start), np.arange(start, stop)] = -np.inf
        top = np.argpartition(-block, k - 1, axis=1)[:, :k]
        order = np.argsort(-np.take_along_axis(block, top, axis=1), axis=1, kind="stable")
        result[start:stop] = np.take_along_axis(top, order, axis=1)
    return result


def recall_at_k(exact: np.ndarray, found: Sequence[Sequence[int]]) -> float:
    """Share of the exact neighbours that were found: mean over rows of |exact_i ∩ found_i| / |exact_i|.

    >>> recall_at_k(np.array([[1, 2], [0, 2]]), [[2, 1], [0, 3]])
    0.75
    """
    hits = sum(len(set(e.tolist()) & set(f)) for e, f in zip(exact, found))
    total = exact.size
    return hits / total if total else 1.0


def reuse_recall(planted: Sequence[PlantedPassage], found: set[frozenset[str]]) -> float:
    """Share of planted (source, target) article pairs reported as sharing a passage.

    >>> p = [PlantedPassage("a", "b", "x"), PlantedPassage("c", "d", "y")]
    >>> reuse_recall(p, {frozenset(("b", "a"))})
    0.5
    """
    if not planted:
        return 1.0
    return sum(frozenset((p.source, p.target)) in found for p in planted) / len(planted)


def baseline(texts: Sequence[str], *, k: int = NEIGHBOURS) -> tuple[float, np.ndarray]:
    """Seconds taken by ``TfidfVectorizer().fit_transform(texts)`` plus :func:`exact_neighbours`, and the neighbours.

    scikit-learn is imported here, after the analysis' peak memory is read: the analysis never imports it, and
    importing it adds about 63 MB to a process (docs/PERFORMANCE.md). :func:`run` imports it before timing
    this, as the import was never timed.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    start = time.perf_counter()
    matrix = TfidfVectorizer().fit_transform(texts)
    neighbours = exact_neighbours(matrix, k=k)
    return time.perf_counter() - start, neighbours
