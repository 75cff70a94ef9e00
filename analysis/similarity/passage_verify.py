"""Verifying a candidate pair: the passages two articles share, found from the shingles they have in common.

Step 3 to 5 of :mod:`analysis.similarity.passages` (which builds the shingle index and proposes the pairs):
within a pair, each shared shingle links the sentence it sits in on both sides; linked groups of sentences
are kept when enough of their words lie in shared shingles, and groups that continue each other within a
paragraph are joined. Every step is a numpy operation on one pair's arrays.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from analysis.config import settings

if TYPE_CHECKING:  # the index is built by analysis.similarity.passages, which imports this module
    from analysis.similarity.passages import ShingleIndex

__all__ = ["ELLIPSIS", "Passage", "Reuse", "find_shared"]

ELLIPSIS = " … "


@dataclass(frozen=True)
class Passage:
    """A passage of article a reused in article b: the sentences on each side and how alike they are.

    ``a_spans``/``b_spans`` are character spans of the sentences in each
    article's text; ``score`` is the share of their words repeated on the other side.
    """

    a_spans: tuple[tuple[int, int], ...]
    b_spans: tuple[tuple[int, int], ...]
    a_text: str
    b_text: str
    score: float


@dataclass(frozen=True)
class Reuse:
    """What two articles share: the passages, and each article's share of words reused from the other."""

    a: str
    b: str
    passages: tuple[Passage, ...]
    a_reused_share: float
    b_reused_share: float




def _matches(ha: np.ndarray, hb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every (position in a, position in b) where the same shingle starts: positions in a ascending, and for each
    the positions in b ascending.

    >>> pa, pb = _matches(np.array([7, 8, 7], dtype=np.uint64), np.array([8, 7, 7, 9], dtype=np.uint64))
    >>> pa.tolist(), pb.tolist()
    ([0, 0, 1, 2, 2], [1, 2, 0, 1, 2])
    """
    order = np.argsort(hb, kind="stable")
    return _sorted_matches(ha, np.arange(len(ha)), hb[order], order)


def _sorted_matches(
    ha: np.ndarray, positions_a: np.ndarray, sorted_b: np.ndarray, order_b: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_matches` of a's shingles ``ha`` (at ``positions_a``, ascending) and b's sorted by hash (``sorted_b``,
    ties in position order, at positions ``order_b``): either side may leave out shingles the other cannot hold
    (``ShingleIndex.repeated``: those found once in the corpus), the matches are the same."""
    # Array methods, not the np.* functions (a Python wrapper each): a pair's arrays are small, called 2,690
    # times at 2,000 articles, where the wrappers cost as much as the work.
    left = sorted_b.searchsorted(ha, side="left")
    # Only the shingles of a found in b (few: most of an article is its own) are looked up a second time.
    found = (sorted_b[np.minimum(left, len(sorted_b) - 1)] == ha).nonzero()[0] if len(sorted_b) else left[:0]
    left = left[found]
    counts = sorted_b.searchsorted(ha[found], side="right") - left
    pa = positions_a[found].repeat(counts)
    offsets = np.arange(int(counts.sum())) - (counts.cumsum() - counts).repeat(counts)
    return pa, order_b[left.repeat(counts) + offsets]


def _pair_matches(index: ShingleIndex, a: int, b: int) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_matches` of rows ``a`` and ``b``: on their repeated shingles when the index has them (already sorted,
    a tenth of the shingles at 2,000 articles), else on all their shingles."""
    repeated = index.repeated
    if repeated is None:
        return _matches(index.hashes[a], index.hashes[b])
    start_a, stop_a = int(repeated.bounds[a]), int(repeated.bounds[a + 1])
    start_b, stop_b = int(repeated.bounds[b]), int(repeated.bounds[b + 1])
    return _sorted_matches(
        repeated.hashes[start_a:stop_a],
        repeated.positions[start_a:stop_a],
        repeated.sorted_hashes[start_b:stop_b],
        repeated.sorted_positions[start_b:stop_b],
    )


def _links(sa: np.ndarray, sb: np.ndarray, n_a: int, n_b: int, min_link: int) -> np.ndarray:
    """Which sentence pairs are linked: by ``min_link`` shared shingles, or by one next to such a link.

    The second case catches a sentence rewritten as two (or two merged into
    one): its second half shares less, but sits next to a strong link. Lone
    weak links (one set phrase, a date) link nothing, so they cannot chain
    unrelated sentences into one passage.
    """
    weight = np.bincount(sa.astype(np.int64) * n_b + sb, minlength=n_a * n_b).reshape(n_a, n_b)
    strong = weight >= min_link
    beside = np.zeros(strong.shape, dtype=bool)
    beside[1:, :] |= strong[:-1, :]
    beside[:-1, :] |= strong[1:, :]
    beside[:, 1:] |= strong[:, :-1]
    beside[:, :-1] |= strong[:, 1:]
    return strong | ((weight > 0) & beside)


def _covered(starts: np.ndarray, length: int, k: int) -> np.ndarray:
    """Mask of the words inside at least one of the shingles starting at ``starts``."""
    diff = np.bincount(starts, minlength=length + 1)[: length + 1]
    diff -= np.bincount(starts + k, minlength=length + k + 1)[: length + 1]
    return diff[:length].cumsum() > 0


def _text_of(text: str, spans: tuple[tuple[int, int], ...], numbers: list[int]) -> str:
    """The sentences' text: one stretch when they are consecutive, else pieces joined by an ellipsis."""
    if numbers == list(range(numbers[0], numbers[-1] + 1)):
        return text[spans[numbers[0]][0] : spans[numbers[-1]][1]]
    return ELLIPSIS.join(text[spans[n][0] : spans[n][1]] for n in numbers)


def passages_of(index: ShingleIndex, a: int, b: int, verified: list[_Verified]) -> tuple[Passage, ...]:
    """The passages of articles ``a`` and ``b`` from their verified sentence groups (in ``a``'s order): near groups
    joined into stretches (:func:`_stretches`), each with its spans, texts and score (runs / words)."""
    spans_a, spans_b = index.sentences[a], index.sentences[b]
    return tuple(
        Passage(
            a_spans=tuple(spans_a[n] for n in v.a),
            b_spans=tuple(spans_b[n] for n in v.b),
            a_text=_text_of(index.texts[a], spans_a, v.a),
            b_text=_text_of(index.texts[b], spans_b, v.b),
            score=v.runs / v.words,
        )
        for v in _stretches(verified, index.texts[a], spans_a, index.texts[b], spans_b)
    )


def find_shared(index: ShingleIndex, a: int, b: int) -> Reuse:
    """The passages articles ``a`` and ``b`` (rows of the index) share, and each one's reused share.

    A word is *reused* when it lies in a shingle also found in the other
    article, inside a verified passage. A passage's score is the share of its
    words, on both sides together, that are reused (a Dice coefficient):
    ``score = (reused_a + reused_b) / (words_a + words_b)``, 1 for a verbatim
    copy. Example: a 20-word sentence copied with one word changed in the
    middle keeps 19 reused words on each side: score 38 / 40 = 0.95.
    The ``min_score`` gate applies the same ratio to the words between the first
    and the last reused word of each side, so that a copied stretch inside one
    long unpunctuated "sentence" is not diluted by the words around it.
    An article's reused share is ``reused words / words``: one shared sentence
    of 20 words, 18 of them reused, in a 100-word article gives 0.18.
    """
    config = settings().passages
    k = index.shingle_size
    n_words_a, n_words_b = len(index.codes[a]), len(index.codes[b])
    sentences_a, sentences_b = index.token_sentence[a], index.token_sentence[b]
    pa, pb = _pair_matches(index, a, b)
    n_a, n_b = len(index.sentences[a]), len(index.sentences[b])
    if len(pa) == 0 or n_a == 0 or n_b == 0:
        return Reuse(index.ids[a], index.ids[b], (), 0.0, 0.0)
    # A shingle belongs to the sentence of its middle word.
    sa, sb = sentences_a[pa + k // 2], sentences_b[pb + k // 2]
    links = _links(sa, sb, n_a, n_b, config.min_link_shingles)
    kept = links[sa, sb]
    covered_a = _covered(pa[kept], n_words_a, k)
    covered_b = _covered(pb[kept], n_words_b, k)
    reused_a = np.zeros(n_words_a, dtype=bool)
    reused_b = np.zeros(n_words_b, dtype=bool)
    verified: list[_Verified] = []
    for group_a, group_b in _groups(*links.nonzero()):
        member_a = np.zeros(n_a, dtype=bool)
        member_a[group_a] = True
        member_b = np.zeros(n_b, dtype=bool)
        member_b[group_b] = True
        side_a, side_b = member_a[sentences_a], member_b[sentences_b]
        words_a, words_b = int(np.count_nonzero(side_a)), int(np.count_nonzero(side_b))
        runs_a, runs_b = int(np.count_nonzero(covered_a & side_a)), int(np.count_nonzero(covered_b & side_b))
        if min(runs_a, runs_b) < min(config.min_run_words, words_a, words_b):
            continue
        extent = _extent(covered_a & side_a, side_a) + _extent(covered_b & side_b, side_b)
        if (runs_a + runs_b) / extent < config.min_score:
            continue
        reused_a |= side_a & covered_a
        reused_b |= side_b & covered_b
        verified.append(_Verified(group_a, group_b, runs_a + runs_b, words_a + words_b))
    passages = passages_of(index, a, b, verified)
    return Reuse(
        index.ids[a],
        index.ids[b],
        passages,
        float(int(np.count_nonzero(reused_a)) / n_words_a),
        float(int(np.count_nonzero(reused_b)) / n_words_b),
    )


@dataclass(frozen=True)
class _Verified:
    """A verified group of linked sentences: sentence numbers on each side, reused words and words of both."""

    a: list[int]
    b: list[int]
    runs: int
    words: int


def _follows(text: str, spans: tuple[tuple[int, int], ...], last: int, first: int) -> bool:
    """Whether sentence ``first`` comes right after sentence ``last`` in the same paragraph (no line break between)."""
    return first == last + 1 and "\n" not in text[spans[last][1] : spans[first][0]]


def _stretches(
    verified: list[_Verified],
    text_a: str,
    spans_a: tuple[tuple[int, int], ...],
    text_b: str,
    spans_b: tuple[tuple[int, int], ...],
) -> list[_Verified]:
    r"""Verified groups joined into one passage when each continues the previous one on both sides, within a
    paragraph: a copied paragraph of three sentences is one passage, not three. Moved, dropped or inserted
    sentences, and paragraph breaks, keep passages apart. The joined score is over the joined words.

    >>> text = "Uno dos. Tres cuatro.\nCinco seis."
    >>> spans = ((0, 8), (9, 21), (22, 33))
    >>> [(v.a, v.b) for v in _stretches([_Verified([0], [0], 2, 4), _Verified([1], [1], 4, 4),
    ...                                  _Verified([2], [2], 4, 4)], text, spans, text, spans)]
    [([0, 1], [0, 1]), ([2], [2])]
    """
    joined: list[_Verified] = []
    for group in verified:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and _follows(text_a, spans_a, previous.a[-1], group.a[0])
            and _follows(text_b, spans_b, previous.b[-1], group.b[0])
        ):
            joined[-1] = _Verified(
                previous.a + group.a, previous.b + group.b, previous.runs + group.runs, previous.words + group.words
            )
        else:
            joined.append(group)
    return joined


def _extent(reused: np.ndarray, side: np.ndarray) -> int:
    """Words of ``side`` from its first to its last reused word (a long sentence's unshared ends do not count)."""
    where = reused.nonzero()[0]
    return int(np.count_nonzero(side[where[0] : where[-1] + 1]))


def _groups(links_a: np.ndarray, links_b: np.ndarray) -> list[tuple[list[int], list[int]]]:
    """Connected groups of linked sentences (sentences of a, sentences of b), in the order they start in a.

    A union-find over the few links of one pair: cheaper than a graph library call per pair.
    """
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def root(node: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for i, j in zip(links_a.tolist(), links_b.tolist()):
        parent[root(("a", i))] = root(("b", j))
    groups: dict[tuple[str, int], tuple[list[int], list[int]]] = {}
    for node in sorted(parent):  # "a" nodes first, each side in sentence order
        groups.setdefault(root(node), ([], []))[0 if node[0] == "a" else 1].append(node[1])
    return sorted(groups.values())
