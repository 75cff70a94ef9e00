"""Top-k nearest neighbours of the rows of an L2-normalised sparse matrix: exact, or approximate for large N.

Both return, for every row, the indexes of its ``k`` most similar other rows
and their similarity (the dot product, which is the cosine for L2-normalised
rows), most similar first, ties broken by row order. Neither holds an N×N
matrix: rows are multiplied ``chunk_rows`` at a time.

The exact search (:func:`exact_top_k`) is sparse-dot-topn's ``sp_matmul_topn``
(C++, keeps only each row's best products, on ``threads`` threads); the
block-wise numpy search it replaced (:func:`blockwise_top_k`, kept as the
reference) gives the same neighbours. Both multiply every row by the whole
matrix, so their cost grows with N² times the terms two articles share, most of
it spent on common terms (a term in half the articles takes part in a quarter
of all pairs). The approximate search (:func:`approximate_top_k`) lets only the rarer terms
propose candidates, then scores each candidate exactly; see its docstring.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

from analysis.similarity.sparse_product import product

__all__ = ["approximate_top_k", "blockwise_top_k", "exact_top_k"]

# Two scores closer than this are a tie (sparse-dot-topn and scipy add products in different orders).
TIE = 1e-12


def exact_top_k(matrix: sparse.csr_matrix, *, k: int, threads: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """Indexes and similarities of each row's ``k`` most similar other rows: two (n, k) arrays.

    sparse-dot-topn keeps each row's ``k + 2`` best products (its own row among
    them); ties are then broken by row order, as in :func:`blockwise_top_k`: a row
    whose ``k``-th and ``k + 1``-th scores tie (within ``TIE``), where the product
    may have cut the tie elsewhere, is scored again against every row. A row with
    fewer than ``k`` others sharing a term is filled with the first other rows, at 0.

    >>> m = sparse.csr_matrix(np.array([[1.0, 0.0], [0.8, 0.6], [0.0, 1.0]]))
    >>> index, score = exact_top_k(m, k=1)
    >>> index.tolist(), score.round(2).tolist()
    ([[1], [0], [1]], [[0.8], [0.8], [0.6]])
    """
    from sparse_dot_topn import sp_matmul_topn

    n = matrix.shape[0]
    k = _clip(k, n)
    index, score = np.zeros((n, k), dtype=np.int64), np.zeros((n, k))
    if k == 0:
        return index, score
    matrix = sparse.csr_matrix(matrix, dtype=np.float64)
    product = sp_matmul_topn(matrix, matrix.T.tocsr(), top_n=k + 2, n_threads=threads if threads > 1 else None)
    rows = np.repeat(np.arange(n), np.diff(product.indptr))
    cols, values = product.indices.astype(np.int64), product.data
    keep = (cols != rows) & (values > 0)
    order = np.lexsort((cols[keep], -values[keep], rows[keep]))  # by row, best first, ties to the lower index
    rows, cols, values = rows[keep][order], cols[keep][order], values[keep][order]
    counts = np.bincount(rows, minlength=n)
    rank = np.arange(len(rows)) - np.repeat(np.cumsum(counts) - counts, counts)
    first = rank < k
    index[rows[first], rank[first]], score[rows[first], rank[first]] = cols[first], values[first]
    # Rows whose k-th and (k+1)-th scores tie: the product may have cut the tie elsewhere.
    after = rank == k
    tied_rows = rows[after][score[rows[after], k - 1] - values[after] <= TIE]
    transposed = matrix.T.tocsr() if len(tied_rows) else None
    for row in tied_rows:
        full = np.asarray((matrix[row] @ transposed).toarray()).ravel()
        full[row] = -1.0
        best = np.lexsort((np.arange(n), -full))[:k]
        index[row], score[row] = best, full[best]
    for row in np.flatnonzero(counts < k):  # fewer than k rows share a term: the first others, at 0
        found = index[row, : counts[row]]
        rest = np.setdiff1d(np.arange(n), np.append(found, row))[: k - counts[row]]
        index[row, counts[row] :] = rest
    return index, score


def blockwise_top_k(matrix: sparse.csr_matrix, *, k: int, chunk_rows: int) -> tuple[np.ndarray, np.ndarray]:
    """:func:`exact_top_k` in numpy, ``chunk_rows`` rows times the whole matrix at a time (the reference).

    >>> m = sparse.csr_matrix(np.array([[1.0, 0.0], [0.8, 0.6], [0.0, 1.0]]))
    >>> index, score = blockwise_top_k(m, k=1, chunk_rows=2)
    >>> index.tolist(), score.round(2).tolist()
    ([[1], [0], [1]], [[0.8], [0.8], [0.6]])
    """
    n = matrix.shape[0]
    k = _clip(k, n)
    index, score = np.zeros((n, k), dtype=np.int64), np.zeros((n, k))
    if k == 0:
        return index, score
    transposed = matrix.T.tocsr()
    for start in range(0, n, chunk_rows):
        stop = min(start + chunk_rows, n)
        block = np.asarray((matrix[start:stop] @ transposed).toarray())
        block[np.arange(stop - start), np.arange(start, stop)] = -1.0  # not its own neighbour
        part = np.argpartition(-block, k - 1, axis=1)[:, :k]
        index[start:stop], score[start:stop] = _best(part, np.take_along_axis(block, part, axis=1), k)
    return index, score


def approximate_top_k(
    matrix: sparse.csr_matrix, *, k: int, candidates: int, max_df: int, chunk_rows: int
) -> tuple[np.ndarray, np.ndarray]:
    """Each row's ``k`` most similar other rows, looked for among ``candidates`` proposed by its rarer terms.

    The matrix is split by columns into a *rare* part (terms in at most
    ``max_df`` rows) and a *common* part, so that ``x·y = rare(x)·rare(y) +
    common(x)·common(y)``. The sparse product of the rare part alone is cheap
    (each rare term joins at most ``max_df²`` pairs) and ranks the other rows;
    its ``candidates`` best are then scored exactly by adding their common part,
    and the ``k`` best kept. Similarities returned are therefore exact; a true
    neighbour is missed only when its rare terms alone do not rank it among the
    candidates (the TF-IDF weights of common terms are small: their idf is low).
    Example: rows (0.6, 0, 0.8), (0, 0.6, 0.8) and (0.6, 0, 0.8) with ``max_df`` = 2:
    the third column, in all three rows, is common; the first and third rows
    propose each other through the first column (0.36) and are scored
    0.36 + 0.64 = 1; the second row shares only the common column.

    >>> m = sparse.csr_matrix(np.array([[0.6, 0, 0.8], [0, 0.6, 0.8], [0.6, 0, 0.8]]))
    >>> index, score = approximate_top_k(m, k=1, candidates=2, max_df=2, chunk_rows=8)
    >>> index.tolist(), score.round(2).tolist()
    ([[2], [0], [0]], [[1.0], [0.64], [1.0]])
    """
    n = matrix.shape[0]
    k = _clip(k, n)
    index, score = np.zeros((n, k), dtype=np.int64), np.zeros((n, k))
    if k == 0:
        return index, score
    width = min(max(candidates, k), n - 1)
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    rare_columns = df <= max_df
    del df
    # The rare part is kept only transposed (what every block is multiplied by); each block's own rows of it are
    # taken from the matrix when the block is read: the same rows, 73 MB less at 20,000 articles.
    rare_t = _columns(matrix, rare_columns).T.tocsr()
    common = _columns(matrix, ~rare_columns)
    for start in range(0, n, chunk_rows):
        stop = min(start + chunk_rows, n)
        rows = np.arange(start, stop)
        rare = _columns(matrix[start:stop], rare_columns)
        proposed, partial = _candidates(product(rare, rare_t), start, width)  # scipy's, one pass
        del rare
        left = common[np.repeat(rows, width)]
        right = common[proposed.ravel()]
        scores = partial + np.asarray(left.multiply(right).sum(axis=1)).reshape(-1, width)
        del left, right
        scores[proposed == rows[:, None]] = -1.0
        index[start:stop], score[start:stop] = _best(proposed, scores, k)
    return index, score


def _candidates(product: sparse.csr_matrix, start: int, width: int) -> tuple[np.ndarray, np.ndarray]:
    """Each row's ``width`` candidates and their partial scores, from the rare terms' product of rows
    ``start, start + 1, ...`` with every row: what :func:`_proposed` and ``take_along_axis`` give on the dense
    block of that product with each row's own entry set to -1, up to the order of a row's candidates (which
    the scoring after does not read: it sorts them by score, then index).

    A row with ``width`` or more positive entries whose ``width``-th largest is larger than the next one has
    one set of ``width`` largest entries, which every selection finds: here, the entries of its stored values
    at least as large as that one (found by ``np.partition`` of the row's stored values, without a dense row).
    Any other row (fewer positive entries, or a tie at the boundary, where which tied entries argpartition
    keeps is its own) is made dense and selected by :func:`_proposed`, as before. At 10,000 articles every row
    is of the first kind: 0.5-0.6 CPU s less (2.0 -> 1.4; the dense block and its selection were 40 % of the search).

    >>> product = sparse.csr_matrix(np.array([[1.0, 0.5, 0.2, 0.0], [0.5, 1.0, 0.0, 0.0]]))
    >>> proposed, partial = _candidates(product, 0, 2)
    >>> sorted(proposed[0].tolist()), sorted(partial[0].tolist()), sorted(proposed[1].tolist())[0], float(partial[1].max())
    ([1, 2], [0.2, 0.5], 0, 0.5)
    """
    n_rows = product.shape[0]
    indptr, columns = product.indptr, product.indices
    values = product.data.copy()
    row_of = np.repeat(np.arange(n_rows), np.diff(indptr))
    values[columns == row_of + start] = -1.0  # not its own candidate
    positive = np.bincount(row_of[values > 0], minlength=n_rows)
    kth = np.full(n_rows, np.inf)
    for row in np.flatnonzero(positive >= width).tolist():
        stored = values[indptr[row] : indptr[row + 1]]
        kth[row] = np.partition(stored, len(stored) - width)[len(stored) - width]
    chosen = values >= kth[row_of]
    settled = np.bincount(row_of[chosen], minlength=n_rows) == width
    chosen &= settled[row_of]
    proposed = np.empty((n_rows, width), dtype=np.intp)
    partial = np.empty((n_rows, width))
    proposed[settled] = columns[chosen].reshape(-1, width)
    partial[settled] = values[chosen].reshape(-1, width)
    rest = np.flatnonzero(~settled)
    if len(rest):
        block = np.asarray(product[rest].toarray())
        block[np.arange(len(rest)), rest + start] = -1.0
        proposed[rest] = _proposed(block, width)
        partial[rest] = np.take_along_axis(block, proposed[rest], axis=1)
    return proposed, partial


# Rows of a dense block whose candidates are chosen at once (see _proposed).
_SELECT_ROWS = 25


def _proposed(block: np.ndarray, width: int) -> np.ndarray:
    """Each row's ``width`` highest entries of ``block`` (in argpartition's order): ``argpartition(-block, width - 1,
    axis=1)[:, :width]``, ``_SELECT_ROWS`` rows at a time.

    Each row is selected on its own, so the result is that of the whole block, while the negated copy and the
    full-width index array argpartition makes are those of a few rows (at 20,000 articles, a 250-row block's were
    2 × 40 MB). On ``-block`` with kth = width - 1: numpy's introselect is 25x slower on this mostly-zero block
    with kth near the end (block, -width), measured at 10,000 articles.
    """
    proposed = np.empty((len(block), width), dtype=np.intp)
    for first in range(0, len(block), _SELECT_ROWS):
        part = -block[first : first + _SELECT_ROWS]
        proposed[first : first + _SELECT_ROWS] = np.argpartition(part, width - 1, axis=1)[:, :width]
    return proposed


def _clip(k: int, n: int) -> int:
    return max(0, min(k, n - 1))


def _best(indexes: np.ndarray, scores: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` highest scores of each row and their indexes, ties to the lower index."""
    order = np.lexsort((indexes, -scores), axis=1)[:, :k]
    return np.take_along_axis(indexes, order, axis=1), np.take_along_axis(scores, order, axis=1)


def _columns(matrix: sparse.csr_matrix, keep: np.ndarray) -> sparse.csr_matrix:
    """The matrix with only the columns where ``keep`` is true (the others dropped from each row, same shape).

    Built from a mask of the stored values (each kept column's non-zero entries, in their order): the arrays
    of the result only, where zeroing the other columns of a full copy, then dropping the zeros, held two.
    """
    mask = keep[matrix.indices]
    mask &= matrix.data != 0
    lengths = np.diff(matrix.indptr)
    counts = np.zeros(len(lengths), dtype=np.int64)
    filled = lengths > 0
    if filled.any():  # each non-empty row's kept entries (reduceat sums from one row's start to the next's)
        counts[filled] = np.add.reduceat(mask, matrix.indptr[:-1][filled], dtype=np.int64)
    indptr = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(counts, out=indptr[1:])
    return sparse.csr_matrix((matrix.data[mask], matrix.indices[mask], indptr), shape=matrix.shape)
