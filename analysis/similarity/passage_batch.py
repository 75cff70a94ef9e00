"""Verifying many candidate pairs at once: :func:`~analysis.similarity.passage_verify.find_shared` of every pair,
each step one numpy operation over all the pairs' arrays laid end to end.

Per pair, ``find_shared`` is some forty small numpy calls and a union-find in Python: 120 µs a pair, of which
the work on the pair's arrays (a few hundred words) is a small part (issue #20: 2,690 pairs at 2,000 articles,
0.32 CPU s; batched, 0.07). Here the same steps run once per batch of pairs, each pair's arrays a stretch of
the batch's:

1. matches: a shingle's key is ``pair × R + rank`` (``rank``: its hash's among the ``R`` distinct hashes of the
   batch's b sides, found by one sort), so that one ``searchsorted`` over the batch finds every pair's matches;
2. links: a sentence pair's key is its cell in its pair's sentence × sentence grid, the grids end to end;
3. groups: the connected components of all pairs' linked sentences at once (scipy), a pair's sentences being
   nodes of its own;
4. each group's words, reused words and extent: the words covered by kept shingles as runs (a pair's side keyed
   ``pair × width + word``), counted inside each linked sentence's stretch of words by ``searchsorted``, summed
   per group by ``bincount``.

Only the verified groups (a few per pair) are then made into passages in Python, by the same functions as
``find_shared`` (:func:`~analysis.similarity.passage_verify._stretches`). The results are the same, pair by pair
(tests/test_passage_batch.py compares them on every candidate pair of corpora; ``python -m
tests.passages_snapshot`` dumps the stage's whole output).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from analysis.config import settings
from analysis.similarity.passage_verify import Reuse, _Verified, passages_of

if TYPE_CHECKING:  # the index is built by analysis.similarity.passages, which imports this module
    from analysis.similarity.passages import Repeated, ShingleIndex

__all__ = ["BATCH_WORDS", "Unsupported", "find_shared_batch"]

# Words of both sides of the pairs verified in one batch: bounds the batch's arrays (a few bytes a word, about
# ten arrays: some 50 MB), however many pairs there are.
BATCH_WORDS = 1 << 20


class Unsupported(ValueError):
    """A batch this module does not verify the way ``find_shared`` does (its caller then verifies pair by pair)."""


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct ``values``, ascending: a sort (numpy's ``unique`` builds a hash table, ten times slower here).

    >>> _distinct(np.array([9, 2, 9, 5])).tolist()
    [2, 5, 9]
    """
    ordered = np.sort(values)
    return ordered[_opens(ordered)]


def _opens(ordered: np.ndarray) -> np.ndarray:
    """Which places of the sorted ``ordered`` hold a value the place before does not."""
    opens = np.ones(len(ordered), dtype=bool)
    np.not_equal(ordered[1:], ordered[:-1], out=opens[1:])
    return opens


def _numbered(values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct ``values`` ascending, each value's number among them, and how many times each is found.

    >>> [a.tolist() for a in _numbered(np.array([9, 2, 9, 5]))]
    [[2, 5, 9], [2, 0, 2, 1], [1, 1, 2]]
    """
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    opens = _opens(ordered)
    number = np.empty(len(values), dtype=np.int64)
    number[order] = np.cumsum(opens) - 1
    where = np.flatnonzero(opens)
    return ordered[where], number, np.diff(where, append=len(values))


def find_shared_batch(
    index: ShingleIndex,
    pairs_a: Sequence[int] | np.ndarray,
    pairs_b: Sequence[int] | np.ndarray,
) -> list[Reuse]:
    """``find_shared(index, a, b)`` of each pair of rows (``pairs_a[p]``, ``pairs_b[p]``), in that order.

    ``index.repeated`` must be set (:func:`~analysis.similarity.passages.build_index` sets it). Raises
    :class:`Unsupported` when the batch cannot be verified here (no repeated shingles, an article whose word and
    sentence-number counts differ or whose sentence numbers do not ascend, a group without reused words passing
    ``min_run_words``, which a linked sentence never is: it holds a kept shingle's middle word): the caller then
    verifies those pairs one by one.
    """
    repeated = index.repeated
    if repeated is None:
        raise Unsupported("the index has no repeated shingles")
    config = settings().passages
    k = index.shingle_size
    rows_a, rows_b = np.asarray(pairs_a, dtype=np.int64), np.asarray(pairs_b, dtype=np.int64)
    none = [Reuse(index.ids[a], index.ids[b], (), 0.0, 0.0) for a, b in zip(rows_a.tolist(), rows_b.tolist())]
    # The batch's articles, their words end to end (each article once, however many pairs it is in).
    articles = _distinct(np.concatenate([rows_a, rows_b]))
    numbers = [index.token_sentence[n] for n in articles.tolist()]
    n_words = np.array([len(index.codes[n]) for n in articles.tolist()], dtype=np.int64)
    n_sentences = np.array([len(index.sentences[n]) for n in articles.tolist()], dtype=np.int64)
    if [len(x) for x in numbers] != n_words.tolist():
        raise Unsupported("an article's words and sentence numbers differ in number")
    la, lb = articles.searchsorted(rows_a), articles.searchsorted(rows_b)
    word_base = _starts(n_words)
    sentence = _concatenate(numbers).astype(np.int64)
    # Each word's sentence numbered across the batch (an article without sentences has one, which no pair uses),
    # ascending: a sentence's words are then one stretch, from sentence_bounds[g] to sentence_bounds[g + 1].
    sentence_base = _starts(np.maximum(n_sentences, 1))
    numbered = sentence + np.repeat(sentence_base[:-1], n_words)
    if np.any(numbered[1:] < numbered[:-1]):
        raise Unsupported("an article's sentence numbers do not ascend with its words")
    sentence_bounds = _starts(np.bincount(numbered, minlength=int(sentence_base[-1])))
    pair, pa, pb = _batch_matches(repeated, rows_a, rows_b)
    sent_a, sent_b = n_sentences[la], n_sentences[lb]
    usable = (sent_a[pair] > 0) & (sent_b[pair] > 0)
    pair = pair[usable]
    # Positions in the batch's words; a shingle belongs to the sentence of its middle word.
    ga, gb = word_base[la[pair]] + pa[usable], word_base[lb[pair]] + pb[usable]
    sa, sb = sentence[ga + k // 2], sentence[gb + k // 2]
    cell_start = _starts(sent_a * sent_b)
    cells, inverse, weight = _numbered(cell_start[pair] + sa * sent_b[pair] + sb)
    cell_pair = np.searchsorted(cell_start, cells, side="right") - 1
    linked = _linked(cells, weight >= config.min_link_shingles, cell_pair, cell_start, sent_a, sent_b)
    if not linked.any():
        return none
    kept = linked[inverse]
    # A word of a pair's side is keyed pair × width + its batch position: the pairs' words end to end.
    width = np.int64(word_base[-1] + k)
    runs_a = _runs(pair[kept] * width + ga[kept], k)
    runs_b = _runs(pair[kept] * width + gb[kept], k)
    # Sentence nodes: every pair's sentences of a, then every pair's sentences of b; the linked ones numbered.
    link_pair = cell_pair[linked]
    local = cells[linked] - cell_start[link_pair]
    node_a, node_b = _starts(sent_a), _starts(sent_b)
    offset_b = int(node_a[-1])
    ends = np.concatenate(
        [node_a[link_pair] + local // sent_b[link_pair], offset_b + node_b[link_pair] + local % sent_b[link_pair]]
    )
    nodes, compact, _ = _numbered(ends)
    n_links = len(link_pair)
    graph = sparse.coo_matrix(
        (np.ones(n_links, dtype=np.int8), (compact[:n_links], compact[n_links:])), shape=(len(nodes), len(nodes))
    )
    n_groups, label = connected_components(graph, directed=False)
    is_b = nodes >= offset_b
    node_pair = (
        np.where(is_b, node_b.searchsorted(nodes - offset_b, side="right"), node_a.searchsorted(nodes, side="right"))
        - 1
    )
    number = np.where(is_b, nodes - offset_b - node_b[node_pair], nodes - node_a[node_pair])
    g = sentence_base[np.where(is_b, lb[node_pair], la[node_pair])] + number
    lo = node_pair * width + sentence_bounds[g]
    hi = node_pair * width + sentence_bounds[g + 1]
    words_of_a, reused_a, extent_a = _group_words(label[~is_b], lo[~is_b], hi[~is_b], runs_a, n_groups)
    words_of_b, reused_b, extent_b = _group_words(label[is_b], lo[is_b], hi[is_b], runs_b, n_groups)
    first_test = np.minimum(reused_a, reused_b) >= np.minimum(np.minimum(config.min_run_words, words_of_a), words_of_b)
    if np.any(first_test & ((reused_a == 0) | (reused_b == 0))):
        raise Unsupported("a group without reused words passes min_run_words")
    extent = extent_a + extent_b
    score = np.divide(reused_a + reused_b, extent, out=np.zeros(n_groups), where=extent > 0)
    verified = first_test & (score >= config.min_score)
    return _reuses(index, rows_a, rows_b, none, (nodes, label, node_pair, number, is_b), verified,
                   reused_a, reused_b, words_of_a + words_of_b, n_words[la], n_words[lb])  # fmt: skip


def _concatenate(arrays: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.int32)


def _starts(counts: np.ndarray) -> np.ndarray:
    """Where each of the stretches of ``counts`` items starts when laid end to end, and the total last.

    >>> _starts(np.array([2, 0, 3])).tolist()
    [0, 2, 2, 5]
    """
    starts = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=starts[1:])
    return starts


def _stretch_indexes(begin: np.ndarray, end: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The indexes ``begin[p]`` to ``end[p]`` (excluded) of every ``p`` end to end, and the ``p`` of each.

    >>> [a.tolist() for a in _stretch_indexes(np.array([5, 0, 2]), np.array([7, 0, 3]))]
    [[5, 6, 2], [0, 0, 2]]
    """
    lengths = end - begin
    owner = np.repeat(np.arange(len(begin)), lengths)
    starts = _starts(lengths)
    return np.arange(int(starts[-1])) - starts[owner] + begin[owner], owner


def _batch_matches(
    repeated: Repeated, rows_a: np.ndarray, rows_b: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every (pair, position in a, position in b) where one shingle starts on both sides, over repeated shingles:
    :func:`~analysis.similarity.passage_verify._sorted_matches` of every pair at once, on keys
    ``pair × R + rank`` (``rank``: the hash's among the ``R`` distinct hashes of the pairs' b sides; sorted on b's
    side, as b's hashes are within the pair)."""
    entry_a, pair_a = _stretch_indexes(repeated.bounds[rows_a], repeated.bounds[rows_a + 1])
    entry_b, pair_b = _stretch_indexes(repeated.bounds[rows_b], repeated.bounds[rows_b + 1])
    hashes_a, hashes_b = repeated.hashes[entry_a], repeated.sorted_hashes[entry_b]
    distinct = _distinct(hashes_b)
    if not len(distinct):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    rank_a = distinct.searchsorted(hashes_a)
    found = distinct[np.minimum(rank_a, len(distinct) - 1)] == hashes_a  # the others are in no pair's b side
    entry_a, pair_a, rank_a = entry_a[found], pair_a[found], rank_a[found]
    width = np.int64(len(distinct))
    key_a = pair_a * width + rank_a
    key_b = pair_b * width + distinct.searchsorted(hashes_b)
    left = key_b.searchsorted(key_a, side="left")
    found = (key_b[np.minimum(left, len(key_b) - 1)] == key_a).nonzero()[0]
    left = left[found]
    counts = key_b.searchsorted(key_a[found], side="right") - left
    offsets = np.arange(int(counts.sum())) - (counts.cumsum() - counts).repeat(counts)
    pair = pair_a[found].repeat(counts)
    pa = repeated.positions[entry_a[found]].repeat(counts)
    pb = repeated.sorted_positions[entry_b[left.repeat(counts) + offsets]]
    return pair, pa.astype(np.int64), pb.astype(np.int64)


def _linked(
    cells: np.ndarray,
    strong: np.ndarray,
    cell_pair: np.ndarray,
    cell_start: np.ndarray,
    sent_a: np.ndarray,
    sent_b: np.ndarray,
) -> np.ndarray:
    """Which of the sentence-pair ``cells`` (sorted, each with one shared shingle or more) are linked: ``strong``
    ones, and the others next to a strong one in their pair's grid (:func:`~analysis.similarity.passage_verify._links`).
    """
    strong_cells = cells[strong]
    width = sent_b[cell_pair]
    local = cells - cell_start[cell_pair]
    i, j = local // width, local % width
    beside = np.zeros(len(cells), dtype=bool)
    for step, inside in (
        (-width, i > 0),
        (width, i < sent_a[cell_pair] - 1),
        (-1, j > 0),
        (1, j < width - 1),
    ):
        other = cells + step
        at = np.minimum(strong_cells.searchsorted(other), max(len(strong_cells) - 1, 0))
        if len(strong_cells):
            beside |= inside & (strong_cells[at] == other)
    return strong | beside


def _runs(starts: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The words inside at least one of the ``k``-word shingles starting at ``starts``, as runs: their first words,
    their ends (excluded), and the words in the runs before each.

    >>> [a.tolist() for a in _runs(np.array([9, 0, 2, 20, 2]), 3)]
    [[0, 9, 20], [5, 12, 23], [0, 5, 8]]
    """
    starts = _distinct(starts)
    opens = np.flatnonzero(np.diff(starts, prepend=np.int64(-(2**62))) > k)
    first = starts[opens]
    end = starts[np.append(opens[1:], len(starts)) - 1] + k
    return first, end, _starts(end - first)[:-1]


def _in_runs(runs: tuple[np.ndarray, np.ndarray, np.ndarray], x: np.ndarray) -> np.ndarray:
    """How many words of ``runs`` lie before each ``x``."""
    first, end, before = runs
    i = first.searchsorted(x, side="left") - 1  # the last run starting before x
    j = np.maximum(i, 0)
    return np.where(i >= 0, before[j] + np.minimum(x, end[j]) - first[j], 0)


def _group_words(
    label: np.ndarray, lo: np.ndarray, hi: np.ndarray, runs: tuple[np.ndarray, np.ndarray, np.ndarray], n_groups: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per group, on one side: its words, its reused words (in ``runs``), and its words from its first to its last
    reused word (0 without one), from its sentences' words ``lo`` to ``hi`` (excluded) and their group ``label``.

    >>> runs = _runs(np.array([2, 12]), 3)  # words 2-4 and 12-14
    >>> [a.tolist() for a in _group_words(np.array([0, 0, 1]), np.array([0, 10, 20]), np.array([4, 16, 25]), runs, 2)]
    [[10, 5], [5, 0], [7, 0]]
    """
    first_run, end_run, _ = runs
    words = np.bincount(label, hi - lo, minlength=n_groups).astype(np.int64)
    covered = _in_runs(runs, hi) - _in_runs(runs, lo)
    reused = np.bincount(label, covered, minlength=n_groups).astype(np.int64)
    some = covered > 0
    # A sentence's first reused word: in the first run ending after lo; its last: in the last run starting before hi.
    first = np.maximum(lo[some], first_run[end_run.searchsorted(lo[some], side="right")])
    last = np.minimum(hi[some], end_run[first_run.searchsorted(hi[some], side="left") - 1])  # excluded
    start = np.full(n_groups, np.iinfo(np.int64).max)
    stop = np.full(n_groups, np.iinfo(np.int64).min)
    np.minimum.at(start, label[some], first)
    np.maximum.at(stop, label[some], last)
    start[reused == 0] = stop[reused == 0] = 0  # no extent (and no overflow below)
    inside = np.maximum(np.minimum(hi, stop[label]) - np.maximum(lo, start[label]), 0)
    extent = np.bincount(label, inside, minlength=n_groups).astype(np.int64)
    return words, reused, extent


def _reuses(
    index: ShingleIndex,
    rows_a: np.ndarray,
    rows_b: np.ndarray,
    none: list[Reuse],
    nodes: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    verified: np.ndarray,
    reused_a: np.ndarray,
    reused_b: np.ndarray,
    words: np.ndarray,
    words_a: np.ndarray,
    words_b: np.ndarray,
) -> list[Reuse]:
    """The Reuse of every pair from its verified groups, in the order they start in a (as ``find_shared``);
    ``nodes``: the linked sentences (node numbers ascending: a's before b's) with their group, pair, sentence
    number and side."""
    _, label, node_pair, number, is_b = nodes
    chosen = np.flatnonzero(verified[label])
    chosen = chosen[np.argsort(label[chosen], kind="stable")]  # by group, each group's a's then b's in order
    labels = label[chosen]
    bounds = np.flatnonzero(np.diff(labels, prepend=-1, append=-2)).tolist()
    numbers, sides, pairs = number[chosen].tolist(), is_b[chosen].tolist(), node_pair[chosen].tolist()
    per_pair: dict[int, list[tuple[int, _Verified]]] = {}
    # A pair's reused words on each side: its verified groups' (their sentences are apart).
    shares: dict[int, tuple[int, int]] = {}
    for start, stop in zip(bounds[:-1], bounds[1:]):
        g, p = int(labels[start]), pairs[start]
        split = sides.index(True, start, stop)
        group = _Verified(numbers[start:split], numbers[split:stop], int(reused_a[g] + reused_b[g]), int(words[g]))
        per_pair.setdefault(p, []).append((group.a[0], group))
        so_far = shares.get(p, (0, 0))
        shares[p] = (so_far[0] + int(reused_a[g]), so_far[1] + int(reused_b[g]))
    found = none
    for p, groups in per_pair.items():
        a, b = int(rows_a[p]), int(rows_b[p])
        ordered = [v for _, v in sorted(groups, key=lambda item: item[0])]
        passages = passages_of(index, a, b, ordered)
        found[p] = Reuse(
            index.ids[a], index.ids[b], passages,
            float(shares[p][0] / int(words_a[p])), float(shares[p][1] / int(words_b[p])),
        )  # fmt: skip
    return found
