"""The story join (``story_links._union``) equals a plain union-find reference on planted link sets.

``_union`` keeps each article's story in an array updated on every join (a look-up is one index); the reference
below is the textbook parent-pointer union-find with path halving that it replaced, step for step the same rule:
links strongest first (ties by id rank), no join whose dated span would pass ``max_span_days`` (or the span of a
story a follow-up stretched, up to ``follow_days``), no join of two stories with fewer than ``join_share`` × the
smaller one's articles linked across; a follow-up's link (further apart than ``max_gap_days``) joins up to
``follow_days`` when more than half of the later story's articles have one; no join of two stories of several
articles each with fewer than ``join_density`` × the product of their sizes linked across. The link sets are planted so that
all these refusals happen (a dense cluster per event, stray links between events, dates spread over weeks,
undated articles) and score ties are frequent.
"""

from __future__ import annotations

import numpy as np
import pytest

from analysis.config import settings
from analysis.similarity.story_links import _union


def reference(
    n: int, i: np.ndarray, j: np.ndarray, score: np.ndarray, rank: np.ndarray, days: np.ndarray
) -> np.ndarray:
    opts = settings().stories
    span, share = opts.max_span_days, opts.join_share
    parent = list(range(n))
    members = [[x] for x in range(n)]
    first = [int(d) if d >= 0 else 1 << 40 for d in days.tolist()]
    last = [int(d) if d >= 0 else -1 for d in days.tolist()]
    adjacent: list[list[int]] = [[] for _ in range(n)]
    for a, b in zip(i.tolist(), j.tolist()):
        adjacent[a].append(b)
        adjacent[b].append(a)

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    order = np.lexsort((np.maximum(rank[i], rank[j]), np.minimum(rank[i], rank[j]), -score))
    for a, b in zip(i[order].tolist(), j[order].tolist()):
        ra, rb = root(a), root(b)
        if ra == rb:
            continue
        lo, hi = min(first[ra], first[rb]), max(last[ra], last[rb])
        if days[a] >= 0 and days[b] >= 0 and abs(int(days[a]) - int(days[b])) > opts.max_gap_days:
            later, earlier = (ra, rb) if days[a] > days[b] else (rb, ra)
            named = [
                x for x in members[later]
                if any(root(y) == earlier and days[y] >= 0 and days[x] - days[y] > opts.max_gap_days for y in adjacent[x])
            ]  # fmt: skip
            if hi - lo > opts.follow_days or len(named) * 2 <= len(members[later]):
                continue
        else:
            stretched = min(opts.follow_days, max(last[ra] - first[ra], last[rb] - first[rb]))
            if lo <= hi and hi - lo > max(span, stretched):
                continue
            small, other = (ra, rb) if len(members[ra]) <= len(members[rb]) else (rb, ra)
            if len(members[small]) > 1:
                across = sum(1 for x in members[small] for y in adjacent[x] if root(y) == other)
                if across < share * len(members[small]) or across < opts.join_density * len(members[ra]) * len(
                    members[rb]
                ):
                    continue
        keep, gone = (ra, rb) if rank[ra] < rank[rb] else (rb, ra)
        parent[gone] = keep
        members[keep].extend(members[gone])
        members[gone] = []
        first[keep], last[keep] = lo, hi
    return np.asarray([root(x) for x in range(n)], dtype=np.int64)


def planted(seed: int, n: int = 400) -> tuple[np.ndarray, ...]:
    """Events of 3-30 articles over a few days each, linked densely inside, with stray links across events."""
    rng = np.random.default_rng(seed)
    event = np.sort(rng.integers(0, n // 12, size=n))
    start = rng.integers(0, 120, size=n // 12 + 1)
    days = 738000 + start[event] + rng.integers(0, 6, size=n)
    days[rng.random(n) < 0.1] = -1  # undated
    pairs = rng.integers(0, n, size=(n * 12, 2))
    same = event[pairs[:, 0]] == event[pairs[:, 1]]
    pairs = pairs[(same | (rng.random(len(pairs)) < 0.08)) & (pairs[:, 0] != pairs[:, 1])]
    lo, hi = np.minimum(pairs[:, 0], pairs[:, 1]), np.maximum(pairs[:, 0], pairs[:, 1])
    keys = np.unique(lo * n + hi)
    i, j = keys // n, keys % n
    score = np.round(rng.choice([0.2, 0.35, 0.5, 0.8], size=len(i)) + rng.integers(0, 3, size=len(i)) * 0.1, 9)
    rank = rng.permutation(n)
    return i.astype(np.int64), j.astype(np.int64), score, rank.astype(np.int64), days.astype(np.int64)


@pytest.mark.parametrize("seed", range(12))
def test_union_equals_reference(seed: int) -> None:
    i, j, score, rank, days = planted(seed)
    n = len(rank)
    found, expected = _union(n, i, j, score, rank, days), reference(n, i, j, score, rank, days)
    assert found.tolist() == expected.tolist()
    # The planted sets exercise the rules: some stories of several articles, and links left unjoined.
    sizes = np.bincount(found)
    assert (sizes > 1).sum() >= 5
    assert (found[i] != found[j]).any()


def test_refusals_happen_and_match(settings_override) -> None:
    # A narrow span and a high join share refuse many joins; the two must still agree.
    settings_override(stories={"max_span_days": 3, "join_share": 0.6})
    for seed in range(6):
        i, j, score, rank, days = planted(seed)
        n = len(rank)
        assert _union(n, i, j, score, rank, days).tolist() == reference(n, i, j, score, rank, days).tolist()
