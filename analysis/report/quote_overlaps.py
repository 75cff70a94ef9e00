"""Quotations of two articles that share a long run of words, neither whole in the other: one quotation cut or
worded differently at an end.

Outlets quote one statement with different cuts ("No tenemos pruebas concluyentes sobre el origen, pero no
descartamos ..." / "... No descartamos ninguna hipótesis"), a word changed ("... the Lord and his Church" / "... the
Lord and of his Church"), or their own note inside ("Esta mañana a las 07:35 (23:35 del domingo), el obispo de
Roma, Francisco, volvió a la casa del Padre" / "... a las 7:35 a.m. (hora local), el obispo de Roma, ..."): the
search of :mod:`analysis.report.shared_quotes` for a quotation's whole words misses them (tests/data/
sources_real.json). Two direct quotations of two articles whose stem codes share a run of at least
``settings/sources.yaml: shared_min_run`` words, neither whole in the run, are reported with the run they share
(its longest, for each pair).

Worked example: quotations A = "w1 … w12 x" and B = "y w1 … w12" share the five windows of 8 codes starting at
w1 … w5 (``shared_min_run`` 8) on one diagonal: one run of 12 words, w1 … w12, tokens 0-12 of A and 1-13 of B;
C = "w1 … w7 z" shares 7 words with each, fewer than 8: no run.

Only quotations are compared with quotations (every window of each, hashed at once with numpy, then sorted): the
whole-words search finds the same words unquoted; this finds the quotation two outlets cut differently.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import chain

import numpy as np

from analysis.similarity.passages import shingle_hashes

__all__ = ["overlapping_runs"]


def overlapping_runs(
    codes: Mapping[int, Sequence[int]], article_of: Mapping[int, int], run: int
) -> list[tuple[int, int, int, int, int, int]]:
    """Pairs of direct quotations of two articles sharing a run of ``run`` words or more, neither one whole in the
    run: (a, a's first token, a's end token, b, b's first, b's end), token offsets within each quotation, the longest
    run of each pair. ``codes`` maps a quotation (its position among the quotes) to its stem codes, ``article_of``
    to its article's number.

    >>> words = list(range(1, 13))
    >>> overlapping_runs({0: words + [90], 1: [91] + words, 2: words[:7] + [92]}, {0: 0, 1: 1, 2: 2}, 8)
    [(0, 0, 12, 1, 1, 13)]
    """
    ats = sorted(at for at, c in codes.items() if len(c) > run)  # a quotation of ``run`` words is found whole
    if len(ats) < 2 or len({article_of[at] for at in ats}) < 2:
        return []
    lengths = np.asarray([len(codes[at]) for at in ats], dtype=np.int64)
    flat = np.fromiter(chain.from_iterable(codes[at] for at in ats), dtype=np.int64, count=int(lengths.sum()))
    hashes = shingle_hashes(flat, run)
    del flat
    counts = lengths - run + 1  # windows inside each quotation (those across two are dropped)
    # Quotation numbers, offsets and articles as int32, and each array dropped once read: at 20,000 articles the
    # two million windows' int64 arrays and their sorted copies were held together (38 MB above the start).
    owner = np.repeat(np.arange(len(ats), dtype=np.int32), counts)
    offset = np.arange(len(owner), dtype=np.int32)
    offset -= np.repeat(np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int32), counts)
    window = hashes[np.concatenate([[0], np.cumsum(lengths)[:-1]])[owner] + offset]
    del hashes
    order = np.argsort(window, kind="stable")
    window, owner, offset = window[order], owner[order], offset[order]
    article = np.asarray([article_of[at] for at in ats], dtype=np.int64)[owner]
    del order
    cuts = np.flatnonzero(np.diff(window)) + 1
    los, his = np.concatenate([[0], cuts]).astype(np.intp), np.concatenate([cuts, [len(window)]]).astype(np.intp)
    # Only the windows of one hash read in two articles or more are compared (most hashes are one window's).
    several = np.minimum.reduceat(article, los) != np.maximum.reduceat(article, los) if len(window) else los > 0
    diagonals: dict[tuple[int, int, int], list[int]] = {}  # (a, b, a's offset - b's) -> a's offsets
    for lo, hi in zip(los[several].tolist(), his[several].tolist()):
        members = list(zip(owner[lo:hi].tolist(), offset[lo:hi].tolist(), article[lo:hi].tolist()))
        for n, (a, i, art_a) in enumerate(members):
            for b, j, art_b in members[n + 1 :]:
                if art_a == art_b or list(codes[ats[a]][i : i + run]) != list(codes[ats[b]][j : j + run]):
                    continue  # the same article, or a hash collision
                if (art_a, a) > (art_b, b):
                    a, i, b, j = b, j, a, i
                diagonals.setdefault((a, b, i - j), []).append(i)
                a, i = members[n][0], members[n][1]
    best: dict[tuple[int, int], tuple[int, int, int]] = {}
    for (a, b, shift), starts in diagonals.items():
        first, last = min(starts), max(starts) + run
        if (a, b) not in best or last - first > best[(a, b)][1] - best[(a, b)][0]:
            best[(a, b)] = (first, last, shift)
    found = []
    for (a, b), (first, last, shift) in sorted(best.items()):
        if last - first == lengths[a] or last - first == lengths[b]:
            continue  # one quotation whole in the other: the whole-words search links them
        found.append((ats[a], first, last, ats[b], first - shift, last - shift))
    return found
