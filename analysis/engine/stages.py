"""The stage functions that need an engine's shape: row blocks, shingle buckets, article pairs, toll groups.

Each is a plain function over one batch, run as it is by either engine
(:mod:`analysis.engine`); the per-article maps (tokens, stems, claims) are the
text pipeline's and the claims reader's own functions, spread through
:func:`analysis.parallel.map_split`.

- **Top-k neighbours in row blocks** (:func:`block_top_k`): the rows ``start..stop``
  of the L2-normalised TF-IDF matrix times the whole matrix, each row's ``k``
  best other rows kept (ties to the lower row): what
  :func:`analysis.similarity.neighbours.blockwise_top_k` computes for those rows.
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
  claims go to the bucket of their (kind, group, incident) key, and each bucket
  runs :func:`analysis.casualties.agreement.agreements` on its claims in corpus order.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
import xxhash
from scipy import sparse

from analysis.casualties.agreement import Agreement, agreements
from analysis.casualties.claims import Claim
from analysis.corpus.records import Problem
from analysis.similarity.neighbours import _best
from analysis.similarity.passages import Reuse, ShingleIndex, shared_passages, shingle_hashes

__all__ = [
    "align_pairs",
    "block_top_k",
    "claims_agreements",
    "claims_split",
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


def align_pairs(pairs: Sequence[tuple[int, int]], index: ShingleIndex) -> tuple[list[Reuse], list[Problem]]:
    """The reuses (with at least one passage) of candidate ``pairs`` of ``index``'s rows, and the problems met."""
    found = [shared_passages(index, i, j) for i, j in pairs]
    return [r for r in found if r.passages], list(index.log)


def claims_split(part: Sequence[tuple[int, Claim]], buckets: int) -> list[list[tuple[int, Claim]]]:
    """(position, claim) pairs cut into ``buckets`` pieces by the xxHash64 of their (kind, group, incident)."""
    pieces: list[list[tuple[int, Claim]]] = [[] for _ in range(buckets)]
    for position, claim in part:
        key = "\x1f".join((claim.kind, claim.group, claim.incident)).encode("utf-8")
        pieces[xxhash.xxh64_intdigest(key) % buckets].append((position, claim))
    return pieces


def claims_agreements(pieces: Sequence[Sequence[tuple[int, Claim]]]) -> list[tuple[int, Agreement]]:
    """One bucket's :func:`agreements`, each with the corpus position of its first claim (to restore the order)."""
    ordered = sorted((c for piece in pieces for c in piece), key=lambda pc: pc[0])
    first: dict[tuple[str, str, str], int] = {}
    for position, claim in ordered:
        first.setdefault((claim.kind, claim.group, claim.incident), position)
    return [(first[(a.kind, a.group, a.incident)], a) for a in agreements(c for _, c in ordered)]
