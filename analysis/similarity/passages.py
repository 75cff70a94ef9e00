"""Shared passages: sentences one article reuses verbatim or nearly so from another (wire copy, press releases).

The method follows passim (Smith, Cordell & Mullen 2015, "Computational methods
for uncovering reprinted texts in antebellum American newspapers"): an index of
hashed word n-gram *shingles* proposes candidate article pairs and candidate
sentence pairs, which are then verified.

1. Each article is its sequence of word stems (stop words included, so "de la"
   matters; stems make "recibió"/"recibio" and "Vladímir"/"Vladimir" equal).
   Every run of ``shingle_size`` words is hashed to one 64-bit integer.
2. A sparse article × shingle matrix, without boilerplate shingles (found in
   too many articles), gives by one sparse product the pairs sharing at least
   ``min_shared_shingles`` shingles: the candidate article pairs.
3. Within a pair, each shared shingle links the sentence it sits in on both
   sides; sentences linked by ``min_link_shingles`` or more shingles are
   candidate sentence pairs, and linked groups (one sentence may have been split
   in two) form candidate passages. Order does not matter, so sentences may be
   inserted, dropped or moved.
4. A candidate is a shared passage when at least ``min_run_words`` of its words
   on each side (or all of the shorter side) lie in shared shingles, and such
   words make at least ``min_score`` of it (thresholds in settings/similarity.yaml).
   Every step is a numpy operation on one pair's arrays: no word-by-word
   alignment (difflib costs milliseconds on long sentences), no all-pairs loop.
5. Passages that continue each other on both sides within a paragraph are
   joined, so that one copied paragraph counts as one passage.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy import sparse

from analysis.config import settings
from analysis.corpus.records import ProblemLog, failure
from analysis.similarity.passage_batch import BATCH_WORDS, find_shared_batch
from analysis.similarity.passage_verify import ELLIPSIS, Passage, Reuse, find_shared
from analysis.text import TextCorpus
from analysis.text.documents import sentence_numbers

__all__ = [
    "ELLIPSIS",
    "Passage",
    "Repeated",
    "Reuse",
    "ShingleIndex",
    "build_index",
    "candidate_pairs",
    "corpus_reuse",
    "shared_passages",
]

# Thresholds are read from ``settings().passages`` when a function is called
# (analysis/settings/similarity.yaml), so ``config.override`` reaches them.
# The stage named in the problems of article pairs whose passages could not be compared.
STAGE = "passages"
# Odd 64-bit multiplier of the polynomial shingle hash (arithmetic wraps modulo 2**64).
HASH_BASE = np.uint64(0x9E3779B97F4A7C15)
# Shingles are counted in 2 ** HASH_GROUP_BITS groups (by their hash's top bits), to bound transient memory.
HASH_GROUP_BITS = 3


@dataclass(frozen=True, eq=False)
class Repeated:
    """Every article's shingles found at least twice in the corpus: the only ones two articles can share.

    Article ``n``'s are entries ``bounds[n]`` to ``bounds[n + 1]``: ``positions`` (word positions, ascending) and
    their ``hashes``; ``sorted_hashes`` the same hashes sorted (ties in position order), at ``sorted_positions``.
    A pair's matching shingles are looked up in these, sorted once per corpus, rather than in each article's
    every shingle sorted once per pair (at 2,000 articles about a tenth of the shingles are repeated).
    """

    bounds: np.ndarray
    positions: np.ndarray
    hashes: np.ndarray
    sorted_positions: np.ndarray
    sorted_hashes: np.ndarray


@dataclass(frozen=True, eq=False)
class ShingleIndex:
    """Hashed word shingles of every article, and what is needed to verify candidate pairs.

    Per article ``n``: ``codes[n]`` the integer id of each word's stem,
    ``hashes[n][p]`` the hash of the shingle starting at word ``p``,
    ``token_sentence[n]`` each word's sentence number, ``sentences[n]`` the
    sentences' character spans. ``matrix`` is the binary article × shingle
    matrix of the shingles that can propose candidates (in 2 to max-df articles).
    ``repeated``: the shingles found twice or more, sorted (:class:`Repeated`; :func:`build_index` makes it, an
    index made otherwise may leave it out: pairs are then verified on all their shingles, with the same result).
    """

    ids: tuple[str, ...]
    texts: tuple[str, ...]
    codes: tuple[np.ndarray, ...]
    hashes: tuple[np.ndarray, ...]
    token_sentence: tuple[np.ndarray, ...]
    sentences: tuple[tuple[tuple[int, int], ...], ...]
    matrix: sparse.csr_matrix
    shingle_size: int
    log: ProblemLog = field(default_factory=ProblemLog)
    repeated: Repeated | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def position(self, article_id: str) -> int:
        """Row of an article id (ValueError naming it when absent)."""
        try:
            return self.ids.index(article_id)
        except ValueError:
            raise ValueError(f"no article with id {article_id!r} in the corpus") from None


def shingle_hashes(codes: np.ndarray, k: int) -> np.ndarray:
    """Polynomial hash (mod 2**64) of every run of ``k`` consecutive codes; empty when fewer."""
    if len(codes) < k:
        return np.zeros(0, dtype=np.uint64)
    shifted = codes.astype(np.uint64)
    shifted += np.uint64(1)
    windows = np.lib.stride_tricks.sliding_window_view(shifted, k)
    hashes = np.zeros(len(windows), dtype=np.uint64)
    for m in range(k):  # in place: one array of hashes, not three, on a whole corpus' codes
        hashes *= HASH_BASE
        hashes += windows[:, m]
    return hashes


def build_index(text: TextCorpus, *, shingle_size: int | None = None) -> ShingleIndex:
    """Hash the word shingles of every article of the shared pipeline's output, once.

    ``shingle_size`` defaults to the settings' (settings/similarity.yaml, ``passages``).
    Every article's hashes are written into one array (``hashes[n]`` are views of it), which the candidate
    matrix reads whole: at 20,000 articles a copy of them would be 80 MB. Sentence numbers are int32.
    """
    if shingle_size is None:
        shingle_size = settings().passages.shingle_size
    codes = tuple(text.stem_codes.of(n) for n in range(len(text.docs)))
    ends = np.zeros(len(codes) + 1, dtype=np.int64)
    np.cumsum(np.maximum(np.diff(text.stem_codes.offsets) - shingle_size + 1, 0), out=ends[1:])
    every = _corpus_hashes(text.stem_codes.codes, text.stem_codes.offsets, ends, shingle_size)
    hashes = tuple(every[ends[n] : ends[n + 1]] for n in range(len(codes)))
    matrix, again = _candidate_matrix(every, ends)
    return ShingleIndex(
        ids=tuple(doc.id for doc in text.docs),
        texts=tuple(doc.article.text for doc in text.docs),
        codes=codes,
        hashes=hashes,
        token_sentence=sentence_numbers(text.docs, np.int32),  # not kept on the Docs
        sentences=tuple(tuple(doc.sentences) for doc in text.docs),
        matrix=matrix,
        shingle_size=shingle_size,
        log=text.log,
        repeated=_repeated(every, ends, again),
    )


def _repeated(every: np.ndarray, ends: np.ndarray, again: np.ndarray) -> Repeated:
    """The :class:`Repeated` shingles of the articles whose hashes are ``every`` (article ``n``'s from ``ends[n]``
    to ``ends[n + 1]``), ``again`` marking those found twice or more in the corpus.

    >>> every = np.array([5, 9, 5, 7, 9, 5], dtype=np.uint64)
    >>> r = _repeated(every, np.array([0, 3, 3, 6]), np.array([1, 1, 1, 0, 1, 1], dtype=bool))
    >>> r.bounds.tolist(), r.positions.tolist(), r.sorted_hashes.tolist(), r.sorted_positions.tolist()
    ([0, 3, 3, 5], [0, 1, 2, 1, 2], [5, 5, 9, 5, 9], [0, 2, 1, 2, 1])
    """
    kept = np.flatnonzero(again)
    row = np.searchsorted(ends, kept, side="right") - 1  # an article without shingles holds none of them
    positions = kept - ends[row]
    hashes = every[kept]
    order = np.lexsort((hashes, row))  # by article, then hash; ties in position order (lexsort is stable)
    bounds = np.searchsorted(row, np.arange(len(ends)))
    return Repeated(bounds, positions, hashes, positions[order], hashes[order])


# Codes hashed at once by _corpus_hashes (each a few 8-byte temporaries: about 30 MB).
_HASH_RUN = 1 << 20


def _corpus_hashes(codes: np.ndarray, offsets: np.ndarray, ends: np.ndarray, k: int) -> np.ndarray:
    """Every article's :func:`shingle_hashes` end to end (article ``n``'s from ``ends[n]`` to ``ends[n + 1]``),
    hashed a run of articles at a time: the run's codes are hashed as one sequence, and the windows that cross
    from one article into the next dropped. A shingle's hash depends on its ``k`` codes only, so each is the
    one its article alone gives; one numpy pass per run of about ``_HASH_RUN`` codes, not one per article.

    >>> codes, offsets = np.array([1, 2, 3, 4, 5, 6, 7]), np.array([0, 3, 3, 7])
    >>> ends = np.array([0, 2, 2, 5])
    >>> every = _corpus_hashes(codes, offsets, ends, 2)
    >>> every.tolist() == np.concatenate([shingle_hashes(codes[:3], 2), shingle_hashes(codes[3:], 2)]).tolist()
    True
    """
    every = np.empty(int(ends[-1]), dtype=np.uint64)
    n = len(offsets) - 1
    first = 0
    while first < n:
        last = max(int(np.searchsorted(offsets, offsets[first] + _HASH_RUN, side="right")) - 1, first + 1)
        last = min(last, n)
        run = shingle_hashes(codes[offsets[first] : offsets[last]], k)
        # Window p of the run starts at code offsets[first] + p; article m's windows start from its first code.
        lengths = ends[first + 1 : last + 1] - ends[first:last]
        starts = np.repeat(offsets[first:last] - offsets[first] - ends[first:last], lengths)
        starts += np.arange(ends[first], ends[last])
        every[ends[first] : ends[last]] = run[starts]
        first = last
    return every


def _candidate_matrix(every: np.ndarray, ends: np.ndarray) -> tuple[sparse.csr_matrix, np.ndarray]:
    """The binary article × shingle matrix of the shingles in 2 to ``max_df`` articles (settings), and which of
    ``every`` are found twice or more in the corpus (in one article or more: :class:`Repeated`).

    ``every`` holds all articles' shingle hashes end to end, article ``n``'s from ``ends[n]`` to
    ``ends[n + 1]``. Most shingles are in one article only. Shingles are split into groups by
    their hash's top ``HASH_GROUP_BITS`` bits, each counted on its own, so the transient memory is that of
    one group, not of every shingle (groups as uint8; a shingle's article is found only for the shingles of a
    group found twice or more, not held for every shingle). Columns are numbered in the order each kept shingle first appears in ``every``, group by group.

    A group's hashes found twice or more are read off a sorted copy of them (numpy's vectorised sort: a tenth
    of the time of the hash table ``pd.factorize`` built of every hash, most of them found once), and only those
    are numbered: the same matrix as numbering every hash by first appearance (tests/test_passages.py compares
    it with that reference, kept in the test).

    >>> every = np.array([5, 9, 5, 7, 9, 5, 9], dtype=np.uint64)
    >>> matrix, again = _candidate_matrix(every, np.array([0, 3, 3, 7]))
    >>> matrix.toarray().tolist(), again.astype(int).tolist()
    ([[1, 1], [0, 0], [1, 1]], [1, 1, 1, 0, 1, 1, 1])
    """
    n = len(ends) - 1
    again_anywhere = np.zeros(len(every), dtype=bool)
    if not n:
        return sparse.csr_matrix((0, 0), dtype=np.int32), again_anywhere
    max_df = settings().passages.max_df
    group = (every >> np.uint64(64 - HASH_GROUP_BITS)).astype(np.uint8)
    kept_rows, kept_columns, width = [], [], 0
    for g in range(2**HASH_GROUP_BITS):
        chosen = np.flatnonzero(group == g)
        members, columns, first = _repeats(every[chosen])
        # A shingle found once in the corpus (most of them) is in one article: only the others are counted.
        again_anywhere[chosen[members]] = True
        # Each repeated shingle's article, found for those alone (an array of every shingle's was 40 MB at 20,000).
        rows = np.searchsorted(ends, chosen[members], side="right") - 1
        # Each (column, row) once, as a shingle repeated in an article counts once: sort and drop repeats
        # (np.unique hashes, and is ten times slower here).
        cells = np.sort(columns * n + rows)
        del chosen, members, columns, rows
        cells = cells[np.diff(cells, prepend=-1) != 0]
        column, row = cells // n, cells % n
        del cells
        df = np.bincount(column, minlength=len(first))
        useful = np.flatnonzero((df >= 2) & (df <= max_df))
        # The kept shingles numbered in the order they first appear in the group.
        number = np.full(len(first), -1, dtype=np.int64)
        number[useful[np.argsort(first[useful])]] = np.arange(len(useful))
        keep = number[column] >= 0
        kept_rows.append(row[keep])
        kept_columns.append(number[column[keep]] + width)
        width += len(useful)
        del column, row, keep, first, number
    del group
    row, column = np.concatenate(kept_rows), np.concatenate(kept_columns)
    return sparse.csr_matrix((np.ones(len(row), dtype=np.int32), (row, column)), shape=(n, width)), again_anywhere


def _repeats(hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The places of the hashes found twice or more, each one's column (its value's rank among those values,
    ascending) and each column's first place; from one sort of the hashes (numpy's vectorised ``argsort``: which
    of equal hashes comes first does not matter here), not a hash table of every hash.

    >>> members, columns, first = _repeats(np.array([5, 9, 5, 7, 9, 5], dtype=np.uint64))
    >>> sorted(zip(members.tolist(), columns.tolist())), first.tolist()
    ([(0, 0), (1, 1), (2, 0), (4, 1), (5, 0)], [0, 1])
    """
    order = _hash_order(hashes)
    ordered = hashes[order]
    same = ordered[1:] == ordered[:-1]  # same[p]: sorted places p and p + 1 hold one value
    in_run = np.zeros(len(hashes), dtype=bool)
    in_run[1:] = same
    in_run[:-1] |= same
    opens = in_run.copy()  # the first place of each value found twice or more
    opens[1:] &= ~same
    members = order[in_run]
    opens = opens[in_run]
    columns = np.cumsum(opens) - 1
    first = np.minimum.reduceat(members, np.flatnonzero(opens)) if len(members) else members
    return members, columns, first


# The top bits by which _hash_order cuts the hashes into parts (the group's HASH_GROUP_BITS and 5 more: uint8).
ORDER_BITS = 8


def _hash_order(hashes: np.ndarray) -> np.ndarray:
    """An order sorting ``hashes``: the hashes cut by their top ``ORDER_BITS`` bits (one stable radix pass over
    8-bit keys), each part argsorted on its own. The same sort as one ``argsort``, in about 60 % of its CPU at
    10,000 articles: a part's hashes fit in the processor's cache.

    >>> hashes = np.array([2**63 + 5, 7, 2**62, 3, 2**63], dtype=np.uint64)
    >>> hashes[_hash_order(hashes)].tolist() == sorted(hashes.tolist())
    True
    """
    top = (hashes >> np.uint64(64 - ORDER_BITS)).astype(np.uint8)
    by_top = np.argsort(top, kind="stable")
    bounds = _part_bounds(np.bincount(top, minlength=2**ORDER_BITS))
    parts = [by_top[start:stop] for start, stop in zip(bounds[:-1], bounds[1:]) if stop > start]
    return np.concatenate([part[np.argsort(hashes[part])] for part in parts]) if parts else by_top


def _part_bounds(counts: np.ndarray) -> list[int]:
    bounds = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=bounds[1:])
    return bounds.tolist()


def candidate_pairs(index: ShingleIndex, *, min_shared: int | None = None) -> pd.DataFrame:
    """Article pairs sharing at least ``min_shared`` non-boilerplate shingles, by one sparse product.

    ``min_shared`` defaults to ``min_shared_shingles`` (settings/similarity.yaml).

    Returns:
        Columns ``i``, ``j`` (rows, i < j), ``a``, ``b`` (ids), ``shared`` (number of shingles).
    """
    if min_shared is None:
        min_shared = settings().passages.min_shared_shingles
    i, j, s = _shared_counts(index.matrix, min_shared)
    ids = np.asarray(index.ids, dtype=object)
    frame = pd.DataFrame({"i": i.astype(np.int64), "j": j.astype(np.int64), "shared": s.astype(np.int64)})
    frame.insert(2, "a", ids[i] if len(i) else np.array([], dtype=object))
    frame.insert(3, "b", ids[j] if len(j) else np.array([], dtype=object))
    return frame.sort_values(["shared", "i", "j"], ascending=[False, True, True]).reset_index(drop=True)


# Rows of the candidate matrix multiplied at once by :func:`_shared_counts`.
PAIR_ROWS = 2048


def _shared_counts(m: sparse.csr_matrix, min_shared: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs of rows i < j of ``m`` (binary) sharing at least ``min_shared`` columns, and how many: the upper
    triangle of ``m @ m.T`` above the threshold, in row order.

    Made ``PAIR_ROWS`` rows at a time: each count is a sum of whole numbers, the same in a block as in the whole
    product, and only the pairs kept are held (the whole product, its upper triangle and their copies were about
    80 MB at 20,000 articles).

    >>> m = sparse.csr_matrix(np.array([[1, 1, 0], [1, 1, 1], [0, 1, 1]], dtype=np.int32))
    >>> [a.tolist() for a in _shared_counts(m, 2)]
    [[0, 1], [1, 2], [2, 2]]
    """
    transposed = m.T.tocsr()
    found: tuple[list[np.ndarray], list[np.ndarray], list[np.ndarray]] = ([], [], [])
    for start in range(0, m.shape[0], PAIR_ROWS):
        block = (m[start : start + PAIR_ROWS] @ transposed).tocoo()
        keep = (block.col > block.row + start) & (block.data >= min_shared)
        for part, values in zip(found, (block.row[keep] + start, block.col[keep], block.data[keep])):
            part.append(values.astype(np.int64))
        del block, keep
    if not found[0]:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    i, j, s = (np.concatenate(part) for part in found)
    return i, j, s


def shared_passages(index: ShingleIndex, a: int, b: int) -> Reuse:
    """:func:`find_shared` of rows ``a`` and ``b``; when that fails, no passage and a Problem naming both articles
    in ``index.log`` (the processed corpus' log), so that one pair never sinks the others."""
    try:
        return find_shared(index, a, b)
    except Exception as error:
        index.log.add(failure(f"{index.ids[a]} / {index.ids[b]}", STAGE, error))
        return Reuse(index.ids[a], index.ids[b], (), 0.0, 0.0)


def corpus_reuse(index: ShingleIndex, *, min_shared: int | None = None) -> list[Reuse]:
    """Every article pair with at least one shared passage, over the candidates of :func:`candidate_pairs`.

    The pairs are verified in batches (:func:`~analysis.similarity.passage_batch.find_shared_batch`: the same
    passages as :func:`shared_passages` of each pair, a quarter of the CPU at 2,000 articles); a batch that fails
    there is verified pair by pair, so that a failing pair is a Problem naming it, as with :func:`shared_passages`.
    """
    candidates = candidate_pairs(index, min_shared=min_shared)
    rows_a, rows_b = candidates["i"].to_numpy(), candidates["j"].to_numpy()
    if index.repeated is None:
        found = [shared_passages(index, int(i), int(j)) for i, j in zip(rows_a.tolist(), rows_b.tolist())]
        return [reuse for reuse in found if reuse.passages]
    lengths = np.array([len(codes) for codes in index.codes], dtype=np.int64)
    # Batches of about BATCH_WORDS words (both sides of their pairs): a bound on the batch's arrays.
    total = np.cumsum(lengths[rows_a] + lengths[rows_b])
    cuts = np.searchsorted(total, np.arange(BATCH_WORDS, int(total[-1]) if len(total) else 0, BATCH_WORDS))
    reuses: list[Reuse] = []
    for part_a, part_b in zip(np.split(rows_a, cuts), np.split(rows_b, cuts)):
        try:
            found = find_shared_batch(index, part_a, part_b)
        except Exception:  # noqa: BLE001 - each pair again on its own: a failing one becomes its Problem
            found = [shared_passages(index, int(i), int(j)) for i, j in zip(part_a.tolist(), part_b.tolist())]
        reuses.extend(reuse for reuse in found if reuse.passages)
    return reuses
