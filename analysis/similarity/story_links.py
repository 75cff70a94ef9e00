"""Which articles may share a story: links from the TF-IDF neighbours and the event cues, and the join.

:func:`links` gives the article pairs whose ``link = cosine + cue_weight × cue cosine`` reaches
``link_threshold`` within ``max_gap_days`` (``undated_link`` with an undated article; a follow-up naming the
earlier article's day up to ``follow_days``: settings/similarity.yaml, ``stories``); :func:`_union` joins them
strongest first into stories (single linkage with a time span and a share of links across). The method is
described in :mod:`analysis.similarity.stories`, which assembles the stories from what this module computes.

The TF-IDF neighbours come, in this order of preference, from the similarity stage's top-k table (above
``dense_max_articles``), from its full cosine matrix (up to it: :func:`_matrix_neighbours`, the same
neighbours as the exact search without a second product of the matrix with itself), or from a search here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from analysis.config import settings
from analysis.corpus.word_frequency import zipf
from analysis.similarity.cross_language import cross_language_pairs
from analysis.similarity.cues import article_cues, cue_matrix, place_keys
from analysis.similarity.lead_places import LeadPlaces, disagree, lead_places
from analysis.similarity.named_days import named_days
from analysis.similarity.neighbours import approximate_top_k, exact_top_k
from analysis.similarity.vectors import TfidfModel
from analysis.text import TextCorpus

if TYPE_CHECKING:  # pandas only for the similarity stage's table of neighbours
    import pandas as pd

__all__ = ["ROUND", "links"]

# Rows of the cosine matrix whose neighbours are read at once (_matrix_neighbours): 250 × 2,000 float64 = 4 MB.
_BLOCK_ROWS = 250
ROUND = 9  # decimals kept of a link score: the same in any file order (float sums differ in the last bits)


def links(
    text: TextCorpus,
    model: TfidfModel,
    *,
    neighbours: pd.DataFrame | None = None,
    matrix: np.ndarray | None = None,
    rank: np.ndarray | None = None,
    days: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Article pairs (i < j, corpus rows) that may share a story, with ``link = cosine + cue_weight × cue cosine``.

    Only pairs at or above ``link_threshold`` and at most ``max_gap_days`` apart (when both are dated) are kept;
    a pair with an undated article at or above ``undated_link`` when its cues agree (:func:`_undated_agree`) or
    its cosine alone reaches it; a pair that the cue cosine alone carries over the threshold only when its leads
    share a cue naming one event (:func:`_weak_cues_only`); a pair up to ``follow_days`` apart at or above
    ``follow_link`` when the later article names the earlier's day (:func:`_follow_ups`).
    A pair proposed by its cues alone, outside both articles' top-k, counts cosine 0: computing it would cost
    more than the rest of the clustering, and it is at most each one's k-th neighbour's anyway.
    ``neighbours``: the similarity stage's top-k table; ``matrix``: its full cosine matrix of ``model``
    (:func:`analysis.similarity.tfidf.cosine_matrix`); with neither, the top-k are searched here.
    """
    opts = settings().stories
    n = len(text.docs)
    rank = np.arange(n) if rank is None else rank
    days = _days(text) if days is None else days
    ti, tj, ts = _neighbour_pairs(model, neighbours, rank, opts.neighbours, matrix=matrix)
    found = [article_cues(d.article.title, d.article.text, d.article.language) for d in text.docs]
    cues = cue_matrix(text, found)
    ci, cj, cs = _cue_pairs(cues)
    keys_t, keys_c = ti * n + tj, ci * n + cj
    order = np.argsort(keys_c)
    keys_c, cs = keys_c[order], cs[order]
    # The cue cosine of each top-k pair, then the pairs proposed by their cues alone (strong enough on their own).
    cue_t = np.zeros(len(keys_t))
    if len(keys_c):
        at = np.minimum(np.searchsorted(keys_c, keys_t), len(keys_c) - 1)
        cue_t = np.where(keys_c[at] == keys_t, cs[at], 0.0)
    # keys_t is sorted (np.unique in _neighbour_pairs): a cue pair is a top-k pair when found there.
    known = np.zeros(len(keys_c), dtype=bool)
    if len(keys_t):
        at_t = np.minimum(np.searchsorted(keys_t, keys_c), len(keys_t) - 1)
        known = keys_t[at_t] == keys_c
    alone = (opts.cue_weight * cs >= opts.link_threshold) & ~known
    i = np.concatenate([ti, keys_c[alone] // n])
    j = np.concatenate([tj, keys_c[alone] % n])
    cosine = np.concatenate([ts, np.zeros(int(alone.sum()))])
    cue = np.concatenate([cue_t, cs[alone]])
    score = np.round(cosine + opts.cue_weight * cue, ROUND)
    dated = (days[i] >= 0) & (days[j] >= 0)
    gap = np.abs(days[i] - days[j])
    near = ~dated | (gap <= opts.max_gap_days)
    strong = score >= opts.link_threshold
    # A link the cues alone made needs a cue naming one event (_weak_cues_only).
    by_cue = strong & (cosine < opts.link_threshold) & (cue > 0)
    if by_cue.any():
        strong[by_cue] = ~_weak_cues_only(found, i[by_cue], j[by_cue])
    far = (score >= opts.follow_link) & dated & ~near & (gap <= opts.follow_days)
    if far.any():
        far[far] = _follow_ups(text, i[far], j[far], days)
    undated = ~dated & (score >= opts.undated_link)
    if undated.any():  # without dates the cues must agree (_undated_agree), or the text alone reach undated_link
        undated[undated] = _undated_agree(found, i[undated], j[undated]) | (cosine[undated] >= opts.undated_link)
    keep = strong & (near | far) & (dated | undated)
    i, j, score = i[keep], j[keep], score[keep]
    # Pairs across languages that name one kind of event and a figure or place (cross_language), if not linked yet.
    xi, xj = cross_language_pairs(text, found)
    if len(xi):
        new = ~np.isin(xi * n + xj, i * n + j)
        i, j = np.concatenate([i, xi[new]]), np.concatenate([j, xj[new]])
        score = np.concatenate([score, np.full(int(new.sum()), round(opts.link_threshold, ROUND))])
    return i, j, score


def _undated_agree(found: Sequence[list[str]], i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Whether the cues of each pair with an undated article can tell one event: they share a name or place (a
    key that is not a figure: without dates, "137" killed in two wars is a coincidence), and their places do not
    disagree (:func:`analysis.similarity.lead_places.disagree`: an undated piece on Gaza citing the United Nations
    is no earthquake's in Turkey citing them too).

    >>> _undated_agree([["crocus", "#137"], ["RU", "UA", "#137"], ["crocus", "RU-MOS", "#137"]], np.array([0, 0]),
    ...                np.array([1, 2])).tolist()
    [False, True]
    >>> _undated_agree([["PS", "united", "nations"], ["TR", "SY", "united", "nations"]], np.array([0]), np.array([1]))
    array([False])
    """
    where = {row: lead_places(found[row]) for row in set(i.tolist()) | set(j.tolist())}
    out = np.zeros(len(i), dtype=bool)
    for n, (a, b) in enumerate(zip(i.tolist(), j.tolist())):
        shared = any(k[0] != "#" for k in set(found[a]).intersection(found[b]))
        out[n] = shared and not disagree(where[a], where[b])
    return out


def _weak_cues_only(found: Sequence[list[str]], i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Which pairs share no cue that names one event, among those the cue cosine alone carries over
    ``link_threshold``. A cue names one event when it is a figure, a place, or a name rarer than
    ``specific_cue_zipf`` in both Spanish and English (:func:`analysis.corpus.word_frequency.zipf`: "derna" 2.1,
    "acapulco" 3.7; "gobierno" 5.8, "news" 5.4): a common capitalised word ("Gobierno", "NBC News", "National
    Guard") is shared by the coverage of many events of one month. A figure does not count when it is all the
    two leads share and they place their events apart (:func:`analysis.similarity.lead_places.disagree`): two
    fires of one week in London and in Portugal, whose leads both gave "24", are two events.

    >>> _weak_cues_only([["london", "torre", "#24"], ["pedrogao", "PT", "#24"], ["PT", "#24", "#62"]],
    ...                 np.array([0, 1]), np.array([1, 2])).tolist()
    [True, False]
    >>> _weak_cues_only([["MX", "gobierno"], ["BR", "gobierno", "brumadinho"], ["BR", "brumadinho"]],
    ...                 np.array([0, 1]), np.array([1, 2])).tolist()
    [True, False]
    """
    limit = settings().stories.specific_cue_zipf
    places = place_keys()
    out = np.zeros(len(i), dtype=bool)
    where: dict[int, LeadPlaces] = {}
    specific: dict[str, bool] = {}  # each key asked once: a pair's keys recur across pairs
    for n, (a, b) in enumerate(zip(i.tolist(), j.tolist())):
        shared = set(found[a]).intersection(found[b])
        if shared and all(k[0] == "#" for k in shared):
            for row in (a, b):
                if row not in where:
                    where[row] = lead_places(found[row])
            out[n] = disagree(where[a], where[b])
        elif limit > 0:
            for k in shared:
                if k not in specific:
                    specific[k] = _names_one_event(k, places, limit)
            out[n] = not any(specific[k] for k in shared)
    return out


def _names_one_event(key: str, places: frozenset[str], limit: float) -> bool:
    """A cue names one event: a figure, a place, or a name rare in both languages."""
    return key[0] == "#" or key in places or max(zipf(key, "es"), zipf(key, "en")) < limit


def _follow_ups(text: TextCorpus, i: np.ndarray, j: np.ndarray, days: np.ndarray) -> np.ndarray:
    """Which pairs (both dated, more than ``max_gap_days`` apart) are a follow-up and its event's coverage: the
    later article names a day at most ``follow_slack_days`` before the earlier one's date
    (:func:`analysis.similarity.named_days.named_days`). Only the later articles of such pairs are read."""
    slack = settings().stories.follow_slack_days
    later = np.where(days[i] > days[j], i, j)
    earlier = np.where(days[i] > days[j], j, i)
    named: dict[int, np.ndarray] = {}
    for row in np.unique(later).tolist():
        article = text.docs[row].article
        assert article.date is not None
        lead = (article.title or "") + " \n " + article.text
        named[row] = np.asarray([d.toordinal() for d in named_days(lead, article.date)], dtype=np.int64)
    out = np.zeros(len(i), dtype=bool)
    for n, (a, b) in enumerate(zip(later.tolist(), earlier.tolist())):
        before = days[b] - named[a]
        out[n] = bool(((before >= 0) & (before <= slack)).any())
    return out


def _cue_pairs(cues: sparse.csr_matrix) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs i < j sharing a cue, with their cue cosine (cues are already limited to 2..``cue_max_df`` articles,
    so this product has at most ``cue_max_df²`` entries per cue)."""
    shared = sparse.triu(cues @ cues.T, k=1).tocoo()
    return shared.row.astype(np.int64), shared.col.astype(np.int64), np.minimum(shared.data, 1.0)


def _neighbour_pairs(
    model: TfidfModel, neighbours: pd.DataFrame | None, rank: np.ndarray, k: int, *, matrix: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Top-k pairs i < j with their cosine: the given table, else the given cosine matrix's (up to
    ``approximate_above`` articles, where the search below is exact), else a search on rows in id order."""
    n = len(model)
    sim = settings().similarity
    if neighbours is not None:
        i, j = neighbours["i"].to_numpy(np.int64), neighbours["j"].to_numpy(np.int64)
        s = neighbours["score"].to_numpy(np.float64)
    elif matrix is not None and n <= sim.approximate_above:
        i, j, s = _matrix_neighbours(model.matrix, matrix, rank, k)
    else:
        order = np.argsort(rank)  # row r of the permuted matrix is article order[r]
        permuted = model.matrix[order]
        if n > sim.approximate_above:
            max_df = max(sim.candidate_max_df_floor, int(sim.candidate_max_df_share * n))
            index, scores = approximate_top_k(
                permuted, k=k, candidates=sim.candidates, max_df=max_df, chunk_rows=sim.chunk_rows
            )
        else:
            index, scores = exact_top_k(permuted, k=k)
        i = np.repeat(order, index.shape[1])
        j, s = order[index.ravel()], scores.ravel()
    keep = (s > 0) & (i != j)
    i, j, s = i[keep], j[keep], np.minimum(s[keep], 1.0)
    lo, hi = np.minimum(i, j), np.maximum(i, j)
    keys, first = np.unique(lo * n + hi, return_index=True)
    return lo[first], hi[first], s[first]


def _matrix_neighbours(
    x: sparse.csr_matrix, matrix: np.ndarray, rank: np.ndarray, k: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each article's ``k`` most similar others with a positive cosine, read off the full cosine ``matrix`` of the
    rows of ``x``: rows ``i``, their neighbours ``j`` and the cosines (best first, ties to the lower ``rank``).

    The neighbours :func:`analysis.similarity.neighbours.exact_top_k` finds on ``x``'s rows in ``rank`` order, and
    their values bit for bit: both products add each pair's terms in the order of the row's columns
    (sparse-dot-topn and scipy alike), so the matrix holds the same sums, and exact_top_k breaks ties by row order
    (here, rank). ``cosine_matrix`` clips sums above 1 (rounding: near-duplicates) to 1: a row with another
    entry at exactly 1 is read again from ``x`` (one scipy product of that row), so that such ties are broken by
    the unclipped sums, as the search does. Rows are read ``_BLOCK_ROWS`` at a time (no second N×N array). At
    2,000 articles: 0.1 CPU s against 0.4 for the search.

    >>> x = sparse.csr_matrix(np.array([[1.0, 0.0], [0.8, 0.6], [0.0, 1.0]]))
    >>> i, j, s = _matrix_neighbours(x, np.clip((x @ x.T).toarray(), 0, 1), np.arange(3), 1)
    >>> i.tolist(), j.tolist(), s.round(2).tolist()
    ([0, 1, 2], [1, 0, 1], [0.8, 0.8, 0.6])
    """
    n = len(matrix)
    k = max(0, min(k, n - 1))
    found_rows, found_cols, found_values = [], [], []
    for start in range(0, n if k else 0, _BLOCK_ROWS):  # a block of rows at a time: no second N×N array
        rows = np.arange(start, min(start + _BLOCK_ROWS, n))
        negative = -matrix[rows]
        diagonal = (np.arange(len(rows)), rows)
        negative[diagonal] = np.inf  # never its own neighbour
        clipped = np.flatnonzero((negative == -1.0).any(axis=1))
        if len(clipped):
            negative[clipped] = -np.asarray((x[rows[clipped]] @ x.T).toarray(), dtype=np.float64)
            negative[diagonal] = np.inf
        kth = np.partition(negative, k - 1, axis=1)[:, k - 1 : k]
        r, c = np.nonzero((negative <= kth) & (negative < 0))  # at most the k best positive ones, and ties
        found_rows.append(rows[r])
        found_cols.append(c)
        found_values.append(negative[r, c])
    if not found_rows:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    rows, cols, values = np.concatenate(found_rows), np.concatenate(found_cols), np.concatenate(found_values)
    order = np.lexsort((rank[cols], values, rows))
    rows, cols, values = rows[order], cols[order], values[order]
    counts = np.bincount(rows, minlength=n)
    first = np.arange(len(rows)) - np.repeat(np.cumsum(counts) - counts, counts) < k
    return rows[first].astype(np.int64), cols[first].astype(np.int64), -values[first]


def _days(text: TextCorpus) -> np.ndarray:
    """Each article's date as a day number (proleptic ordinal), -1 when undated."""
    return np.asarray([d.article.date.toordinal() if d.article.date else -1 for d in text.docs], dtype=np.int64)


def _union(n: int, i: np.ndarray, j: np.ndarray, score: np.ndarray, rank: np.ndarray, days: np.ndarray) -> np.ndarray:
    """Story number of each article: links strongest first (ties by id) join two stories unless the joined
    story's dated articles would span more than ``max_span_days``, or fewer than ``join_share`` × the smaller
    story's articles are linked across (one stray link does not chain two events together), or, when both hold
    several articles, fewer than ``join_density`` × the product of their sizes (two big stories of one week
    that a handful of stray links tie are two events: one event's halves link densely).

    A follow-up's link (further apart than ``max_gap_days``: :func:`links` keeps one only when the later article
    names the earlier's day) may stretch a story up to ``follow_days``, and joins only when more than half of the
    later story's articles have such a link into the other: the coverage of a new event, one of whose articles
    recalls the day of an earlier one ("the deadliest attack since 31 July"), stays its own story. A join within
    the days of a story a follow-up stretched is allowed too."""
    opts = settings().stories
    span, share = opts.max_span_days, opts.join_share
    density = opts.join_density
    gap, follow_days = opts.max_gap_days, opts.follow_days
    # Each article's story (its root), kept for every member on each join: a look-up is one index. ``between[s]``
    # counts the links from story s to each other story, merged on each join: the links across two stories are
    # one look-up, not a walk over the smaller one's articles. A join costs what moving the joined story's
    # members and links costs.
    owner = list(range(n))
    members = [[x] for x in range(n)]
    undated_first, undated_last = 1 << 40, -1  # an undated story's span is empty: it never limits a join
    first = [int(d) if d >= 0 else undated_first for d in days.tolist()]
    last = [int(d) if d >= 0 else undated_last for d in days.tolist()]
    ranks = rank.tolist()
    between: list[dict[int, int]] = [{} for _ in range(n)]
    follows: dict[int, list[int]] = {}  # a later article -> the earlier ones its follow-up links reach
    day = days.tolist()
    for a, b in zip(i.tolist(), j.tolist()):
        if a != b:
            between[a][b] = between[a].get(b, 0) + 1
            between[b][a] = between[b].get(a, 0) + 1
            if day[a] >= 0 and day[b] >= 0 and abs(day[a] - day[b]) > gap:
                later, earlier = (a, b) if day[a] > day[b] else (b, a)
                follows.setdefault(later, []).append(earlier)
    order = np.lexsort((np.maximum(rank[i], rank[j]), np.minimum(rank[i], rank[j]), -score))
    for a, b in zip(i[order].tolist(), j[order].tolist()):
        ra, rb = owner[a], owner[b]
        if ra == rb:
            continue
        lo, hi = min(first[ra], first[rb]), max(last[ra], last[rb])
        if day[a] >= 0 and day[b] >= 0 and abs(day[a] - day[b]) > gap:  # a follow-up's link
            later, earlier = (ra, rb) if day[a] > day[b] else (rb, ra)
            named = sum(any(owner[y] == earlier for y in follows.get(x, ())) for x in members[later])
            if hi - lo > follow_days or 2 * named <= len(members[later]):
                continue
        else:
            stretched = min(follow_days, max(last[ra] - first[ra], last[rb] - first[rb]))
            if lo <= hi and hi - lo > max(span, stretched):
                continue
            small = ra if len(members[ra]) <= len(members[rb]) else rb
            across = between[ra].get(rb, 0)
            if len(members[small]) > 1 and (
                across < share * len(members[small]) or across < density * len(members[ra]) * len(members[rb])
            ):
                continue
        keep, gone = (ra, rb) if ranks[ra] < ranks[rb] else (rb, ra)
        for x in members[gone]:
            owner[x] = keep
        members[keep].extend(members[gone])
        members[gone] = []
        first[keep], last[keep] = lo, hi
        mine, moved = between[keep], between[gone]
        between[gone] = {}
        mine.pop(gone, None)
        for story, count in moved.items():
            if story != keep:
                mine[story] = mine.get(story, 0) + count
                theirs = between[story]
                del theirs[gone]
                theirs[keep] = theirs.get(keep, 0) + count
    return np.asarray(owner, dtype=np.int64)
