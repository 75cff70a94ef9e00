"""The stage functions that need an engine's shape: row blocks, shingle buckets, article pairs, toll groups.

Each is a plain function over one batch, run as it is by either engine
(:mod:`analysis.engine`); the per-article maps (tokens, stems, claims) are the
text pipeline's and the claims reader's own functions, spread through
:func:`analysis.parallel.map_split`.

- **Top-k neighbours in row blocks** (:func:`block_top_k`): the rows ``start..stop``
  of the L2-normalised TF-IDF matrix times the whole matrix, each row's ``k``
  best other rows kept (ties to the lower row): what
  :func:`analysis.similarity.neighbours.blockwise_top_k` computes for those rows.
- **Approximate top-k in row blocks, per-article linear** (:func:`rare_split`,
  :func:`block_rare_top_k`): above ``approximate_above`` articles, as
  :func:`analysis.similarity.neighbours.approximate_top_k`, each article's
  candidates are the rows sharing its *rare* terms (found in at most ``max_df``
  rows), the ``candidates`` best by the rare terms' part of the dot product,
  scored exactly by adding the common terms' part. Unlike that function the
  block's product stays sparse (no ``rows × N`` dense block), so an article's cost is
  the number of rows its rare terms reach, not N; an article sharing no rare term
  with any other gets no neighbour (the dense search proposes arbitrary rows to it).
- **Shared-passage candidates by a join on stable shingle hashes**
  (:func:`shingle_split`, :func:`shingle_pairs`): every distinct stem is hashed
  once with xxHash64 (the same number on every machine and in every process,
  unlike Python's ``hash()``), a shingle's hash is the polynomial of its
  stems' hashes (:func:`analysis.similarity.passages.shingle_hashes`); each
  article's distinct shingles go to bucket ``hash mod buckets``, and a bucket
  counts, for the shingles found in 2 to ``max_df`` articles, the shingles each
  article pair shares (the join). Summed over buckets, that is
  :func:`analysis.similarity.passages.candidate_pairs`' count.
- **Alignment per candidate pair** (:func:`align_pairs`):
  :func:`analysis.similarity.passages.shared_passages` of each pair.
- **Agreement, a group-by** (:func:`claims_split`, :func:`claims_agreements`):
  claims go to the bucket of their incident (whose places nest over all its kinds:
  :func:`analysis.casualties.comparable.one_site`), and each bucket runs
  :func:`analysis.casualties.agreement.agreements` on its claims in corpus order.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
import xxhash
from scipy import sparse

from analysis.casualties.agreement import Agreement, agreements
from analysis.casualties.claims import Claim
from analysis.corpus.records import Problem, ProblemLog
from analysis.similarity.neighbours import _best
from analysis.similarity.passages import Reuse, ShingleIndex, shared_passages, shingle_hashes
from analysis.text.person_groups import compared_group

__all__ = [
    "align_pairs",
    "align_parts",
    "block_rare_top_k",
    "block_top_k",
    "claims_agreements",
    "claims_split",
    "pair_index",
    "rare_split",
    "shingle_pairs",
    "shingle_split",
    "stem_hashes",
]


def block_top_k(bounds: tuple[int, int], matrix: sparse.csr_matrix, *, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Indexes and similarities of the ``k`` most similar other rows of rows ``bounds[0]..bounds[1]``.

    Similarity is the dot product (the cosine of L2-normalised rows); ``k`` is at most ``n - 1``.

    >>> m = sparse.csr_matrix(np.array([[1.0, 0.0], [0.8, 0.6], [0.0, 1.0]]))
    >>> index, score = block_top_k((1, 3), m, k=1)
    >>> index.tolist(), score.round(2).tolist()
    ([[0], [1]], [[0.8], [0.6]])
    """
    start, stop = bounds
    k = max(0, min(k, matrix.shape[0] - 1))
    if k == 0 or stop <= start:
        return np.zeros((stop - start, k), dtype=np.int64), np.zeros((stop - start, k))
    block = np.asarray((matrix[start:stop] @ matrix.T).toarray())
    block[np.arange(stop - start), np.arange(start, stop)] = -1.0  # not its own neighbour
    part = np.argpartition(-block, k - 1, axis=1)[:, :k]
    return _best(part, np.take_along_axis(block, part, axis=1), k)


def rare_split(
    matrix: sparse.csr_matrix, max_df: int
) -> tuple[sparse.csr_matrix, sparse.csr_matrix, sparse.csr_matrix]:
    """The matrix cut by columns into its rare part (terms in at most ``max_df`` rows), that part transposed
    (CSR, so a block's product with it is one sparse product), and its common part: ``x·y = rare(x)·rare(y) +
    common(x)·common(y)``.

    >>> rare, rare_t, common = rare_split(sparse.csr_matrix(np.array([[0.6, 0.8], [0.0, 1.0]])), 1)
    >>> rare.toarray().tolist(), common.toarray().tolist(), rare_t.shape
    ([[0.6, 0.0], [0.0, 0.0]], [[0.0, 0.8], [0.0, 1.0]], (2, 2))
    """
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    rare, common = _columns(matrix, df <= max_df), _columns(matrix, df > max_df)
    return rare, rare.T.tocsr(), common


def block_rare_top_k(
    bounds: tuple[int, int],
    split: tuple[sparse.csr_matrix, sparse.csr_matrix, sparse.csr_matrix],
    *,
    k: int,
    candidates: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Indexes and similarities of the ``k`` most similar other rows of rows ``bounds[0]..bounds[1]``, among the
    ``candidates`` rows with the highest dot product on the rare terms (``split``: :func:`rare_split`).

    Scores are exact (rare part + common part). A row with fewer than ``k`` scored candidates is padded with
    index -1 and score 0 (dropped by the caller with the other zero scores). Ties go to the lower row.

    >>> m = sparse.csr_matrix(np.array([[0.6, 0, 0.8], [0, 0.6, 0.8], [0.6, 0, 0.8]]))
    >>> index, score = block_rare_top_k((0, 3), rare_split(m, 2), k=1, candidates=2)
    >>> index.tolist(), score.round(2).tolist()  # the second row shares no rare term: no candidate
    ([[2], [-1], [0]], [[1.0], [0.0], [1.0]])
    """
    rare, rare_t, common = split
    start, stop = bounds
    size = stop - start
    k = max(0, min(k, rare.shape[0] - 1))
    index, score = np.full((size, k), -1, dtype=np.int64), np.zeros((size, k))
    if k == 0 or size <= 0:
        return index, score
    product = (rare[start:stop] @ rare_t).tocsr()
    product.sort_indices()
    row = np.repeat(np.arange(size), np.diff(product.indptr))
    column, partial = product.indices.astype(np.int64), product.data
    other = (column != row + start) & (partial > 0)
    row, column, partial = row[other], column[other], partial[other]
    row, column, partial = _first_per_row(row, column, partial, max(candidates, k))
    exact = partial + np.asarray(common[row + start].multiply(common[column]).sum(axis=1)).ravel()
    row, column, exact = _first_per_row(row, column, exact, k)
    rank = np.arange(len(row)) - np.searchsorted(row, row)
    index[row, rank], score[row, rank] = column, exact
    return index, score


def _first_per_row(row: np.ndarray, column: np.ndarray, value: np.ndarray, width: int) -> tuple[np.ndarray, ...]:
    """The ``width`` entries of highest value of each row (ties to the lower column), ordered by row, then value.

    The entries come ordered by (row, column). Each row's ``width``-th highest value is found by a partition
    of a rows × longest-row grid (linear, where sorting every entry is not); the entries above it are kept, and
    of those equal to it the first by column, as many as fit; only those are sorted.

    >>> row, column = np.array([0, 0, 0, 1]), np.array([3, 5, 7, 2])
    >>> [x.tolist() for x in _first_per_row(row, column, np.array([0.5, 0.9, 0.5, 0.1]), 2)]
    [[0, 0, 1], [5, 3, 2], [0.9, 0.5, 0.1]]
    """
    if len(row):
        rows = int(row[-1]) + 1
        counts = np.bincount(row, minlength=rows)
        starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
        longest = int(counts.max())
        if longest > width:
            grid = np.full((rows, longest), -np.inf)
            grid[row, np.arange(len(row)) - starts[row]] = value
            cut = np.partition(grid, longest - width, axis=1)[:, longest - width][row]  # -inf: a short row
            above, equal = value > cut, value == cut
            room = width - np.bincount(row[above], minlength=rows)
            seen = np.cumsum(equal)
            rank = seen - 1 - np.concatenate(([0], seen))[starts][row]  # among the row's equal entries
            keep = above | (equal & (rank < room[row]))
            row, column, value = row[keep], column[keep], value[keep]
    order = np.lexsort((column, -value, row))
    return row[order], column[order], value[order]


def _columns(matrix: sparse.csr_matrix, keep: np.ndarray) -> sparse.csr_matrix:
    """The matrix with only the columns where ``keep`` is true (the others dropped from storage, same shape)."""
    data = matrix.data * keep[matrix.indices]
    result = sparse.csr_matrix((data, matrix.indices.copy(), matrix.indptr.copy()), shape=matrix.shape)
    result.eliminate_zeros()
    return result


def stem_hashes(stems: Sequence[str]) -> np.ndarray:
    """xxHash64 (seed 0) of each stem's UTF-8 bytes: a stem's number on any machine, in any process.

    >>> stem_hashes(["pres", "pres", "muert"]).tolist() == [xxhash.xxh64_intdigest("pres".encode())] * 2 + [
    ...     xxhash.xxh64_intdigest("muert".encode())]
    True
    """
    return np.fromiter((xxhash.xxh64_intdigest(s.encode("utf-8")) for s in stems), dtype=np.uint64, count=len(stems))


def shingle_split(
    part: Sequence[tuple[int, np.ndarray]], buckets: int, *, shingle_size: int
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Each article's distinct shingle hashes with its row, cut into ``buckets`` pieces by ``hash mod buckets``.

    ``part`` holds (row, stem hashes of the article's words) pairs.

    >>> words = np.array([1, 2, 3, 1, 2, 3], dtype=np.uint64)
    >>> pieces = shingle_split([(0, words)], 1, shingle_size=3)
    >>> len(pieces[0][0]), pieces[0][1].tolist()  # 4 shingles, 3 distinct
    (3, [0, 0, 0])
    """
    hashes, rows = [], []
    for row, words in part:
        distinct = np.unique(shingle_hashes(words, shingle_size))
        hashes.append(distinct)
        rows.append(np.full(len(distinct), row, dtype=np.int64))
    every = np.concatenate(hashes) if hashes else np.zeros(0, dtype=np.uint64)
    owner = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    bucket = (every % np.uint64(buckets)).astype(np.int64)
    return [(every[bucket == b], owner[bucket == b]) for b in range(buckets)]


def shingle_pairs(
    pieces: Sequence[tuple[np.ndarray, np.ndarray]], *, n: int, max_df: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The join of one bucket: (i, j, shared) for every article pair i < j sharing shingles of this bucket
    found in 2 to ``max_df`` articles (an article's shingle counts once).

    >>> a = (np.array([7, 8, 9], dtype=np.uint64), np.array([0, 0, 0]))
    >>> b = (np.array([7, 8], dtype=np.uint64), np.array([1, 1]))
    >>> [x.tolist() for x in shingle_pairs([a, b], n=2, max_df=100)]
    [[0], [1], [2]]
    """
    every = np.concatenate([p[0] for p in pieces]) if pieces else np.zeros(0, dtype=np.uint64)
    rows = np.concatenate([p[1] for p in pieces]) if pieces else np.zeros(0, dtype=np.int64)
    columns, _ = pd.factorize(every)
    df = np.bincount(columns) if len(columns) else np.zeros(0, dtype=np.int64)
    useful = (df >= 2) & (df <= max_df)
    keep = useful[columns] if len(columns) else np.zeros(0, dtype=bool)
    renumbered = (np.cumsum(useful) - 1)[columns[keep]]
    m = sparse.csr_matrix(
        (np.ones(int(keep.sum()), dtype=np.int32), (rows[keep], renumbered)), shape=(n, int(useful.sum()))
    )
    shared = sparse.triu(m @ m.T, k=1).tocoo()
    return shared.row.astype(np.int64), shared.col.astype(np.int64), shared.data.astype(np.int64)


def pair_index(index: ShingleIndex, pairs: Sequence[tuple[int, int]]) -> tuple[list[tuple[int, int]], ShingleIndex]:
    """The ``pairs`` renumbered into a copy of ``index`` holding only their articles (and an empty log): what one
    alignment task needs, instead of the whole corpus' index on every worker.

    >>> from analysis.corpus.records import ProblemLog
    >>> empty = ((), (), ())
    >>> full = ShingleIndex(("a", "b", "c"), ("x", "y", "z"), empty, empty, empty, empty, None, 5, ProblemLog())
    >>> renumbered, sub = pair_index(full, [(0, 2)])
    >>> renumbered, sub.ids, sub.texts
    ([(0, 1)], ('a', 'c'), ('x', 'z'))
    """
    rows = sorted({r for pair in pairs for r in pair})
    new = {r: n for n, r in enumerate(rows)}
    sub = ShingleIndex(
        ids=tuple(index.ids[r] for r in rows),
        texts=tuple(index.texts[r] for r in rows),
        codes=tuple(index.codes[r] for r in rows),
        hashes=tuple(index.hashes[r] for r in rows),
        token_sentence=tuple(index.token_sentence[r] for r in rows),
        sentences=tuple(index.sentences[r] for r in rows),
        matrix=sparse.csr_matrix((len(rows), 0), dtype=np.int32),  # the candidates come from the join
        shingle_size=index.shingle_size,
        log=ProblemLog(),
    )
    return [(new[a], new[b]) for a, b in pairs], sub


def align_parts(
    parts: Sequence[tuple[Sequence[tuple[int, int]], ShingleIndex]],
) -> list[tuple[list[Reuse], list[Problem]]]:
    """:func:`align_pairs` of each (pairs, index of their articles) part (:func:`pair_index`)."""
    return [align_pairs(pairs, index) for pairs, index in parts]


def align_pairs(pairs: Sequence[tuple[int, int]], index: ShingleIndex) -> tuple[list[Reuse], list[Problem]]:
    """The reuses (with at least one passage) of candidate ``pairs`` of ``index``'s rows, and the problems met."""
    found = [shared_passages(index, i, j) for i, j in pairs]
    return [r for r in found if r.passages], list(index.log)


def claims_split(part: Sequence[tuple[int, Claim]], buckets: int) -> list[list[tuple[int, Claim]]]:
    """(position, claim) pairs cut into ``buckets`` pieces by the xxHash64 of their incident: an incident's places
    nest over all its kinds (:func:`analysis.casualties.comparable.one_site`), so its claims stay together."""
    pieces: list[list[tuple[int, Claim]]] = [[] for _ in range(buckets)]
    for position, claim in part:
        key = claim.incident.encode("utf-8")
        pieces[xxhash.xxh64_intdigest(key) % buckets].append((position, claim))
    return pieces


def claims_agreements(pieces: Sequence[Sequence[tuple[int, Claim]]]) -> list[tuple[int, Agreement]]:
    """One bucket's :func:`agreements`, each with the corpus position of its first claim (to restore the order)."""
    ordered = sorted((c for piece in pieces for c in piece), key=lambda pc: pc[0])
    first: dict[tuple[str, str, str], int] = {}
    for position, claim in ordered:
        first.setdefault((claim.kind, compared_group(claim.group), claim.incident), position)  # a row's group name
    return [(first[(a.kind, a.group, a.incident)], a) for a in agreements(c for _, c in ordered)]
