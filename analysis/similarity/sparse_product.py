"""The product of two sparse CSR matrices, scipy's own, without scipy's counting pass.

``a @ b`` in scipy runs its C++ product twice over the same rows: ``csr_matmat_maxnnz`` walks every
``a[i, t] · b[t, j]`` once only to count the result's entries, so that the arrays can be allocated, then
``csr_matmat`` walks them again to compute them. The counting pass costs about 40 % of the product on the
similarity stage's matrices (the cosine matrix's blocks at 2,000 articles, the rare terms' product at 10,000).
:func:`product` allocates a bound of the result's size instead, found without walking the products (each row
of ``a`` reaches at most the entries of the rows of ``b`` its columns name, and at most every column), and
calls the same ``csr_matmat``: the same entries, in the same order, with the same sums, bit for bit.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

try:  # scipy's private C++ routines: pinned in requirements.txt; without them, scipy's public product
    from scipy.sparse import _sparsetools
except ImportError:  # pragma: no cover - only with a scipy that moved them
    _sparsetools = None

__all__ = ["product"]

_INT32_MAX = np.iinfo(np.int32).max


def product(a: sparse.csr_matrix, b: sparse.csr_matrix) -> sparse.csr_matrix:
    """``a @ b`` for two CSR matrices: the matrix scipy's product returns (same ``indptr``, ``indices`` in the
    same order within each row, same ``data`` bit for bit), computed in one pass of its C++ product.

    The arrays are allocated at a bound of the result's entries: for row ``i``, the sum of the lengths of the
    rows of ``b`` that ``a[i]``'s columns name, and at most ``b``'s number of columns. Only the entries written
    are ever touched (the rest of the allocation stays virtual memory); the result keeps views of the first
    ``nnz``. Anything but two CSR matrices of a floating or integer type, or a scipy whose private ``_sparsetools``
    lacks ``csr_matmat``: scipy's product, as before.

    >>> a = sparse.random(6, 9, density=0.4, format="csr", random_state=3)
    >>> b = sparse.random(9, 5, density=0.4, format="csr", random_state=4)
    >>> mine, theirs = product(a, b), a @ b
    >>> (mine.indptr.tolist() == theirs.indptr.tolist(), mine.indices.tolist() == theirs.indices.tolist(),
    ...  mine.data.tobytes() == theirs.data.tobytes())
    (True, True, True)
    """
    if _sparsetools is None or not getattr(_sparsetools, "csr_matmat", None):
        return a @ b
    if not (sparse.isspmatrix_csr(a) and sparse.isspmatrix_csr(b)) or a.shape[1] != b.shape[0]:
        return a @ b
    dtype = np.result_type(a.dtype, b.dtype)
    if dtype.kind not in "fiu":
        return a @ b
    m, n = a.shape[0], b.shape[1]
    reached = np.diff(b.indptr).astype(np.int64)[a.indices]
    per_row = np.zeros(m, dtype=np.int64)
    filled = np.diff(a.indptr) > 0
    if filled.any():  # reduceat sums from one non-empty row's start to the next one's
        per_row[filled] = np.add.reduceat(reached, a.indptr[:-1][filled])
    bound = int(np.minimum(per_row, n).sum())
    index = np.int32 if max(bound, n, a.shape[1], len(a.data), len(b.data)) <= _INT32_MAX else np.int64
    indptr = np.empty(m + 1, dtype=index)
    indices = np.empty(max(bound, 1), dtype=index)
    data = np.empty(max(bound, 1), dtype=dtype)
    _sparsetools.csr_matmat(
        m,
        n,
        np.asarray(a.indptr, dtype=index),
        np.asarray(a.indices, dtype=index),
        np.asarray(a.data, dtype=dtype),
        np.asarray(b.indptr, dtype=index),
        np.asarray(b.indices, dtype=index),
        np.asarray(b.data, dtype=dtype),
        indptr,
        indices,
        data,
    )
    nnz = int(indptr[-1])
    return sparse.csr_matrix((data[:nnz], indices[:nnz], indptr), shape=(m, n), copy=False)
