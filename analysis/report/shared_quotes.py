"""The same quote in several outlets: quotations whose words recur in other articles, and the shared passages holding them.

A quotation of at least ``settings/sources.yaml: shared_min_words`` words is
looked for, as its sequence of stems (the text pipeline's codes, so case,
accents of the surface and punctuation do not matter), in every article; each
place it occurs is an :class:`Echo` — quoted there too or not ("Rusia manifestó
su «absoluto rechazo al uso de la fuerza unilateral»" in one outlet, "manifestó su
absoluto rechazo al uso de la fuerza unilateral" unquoted in another). Quotes with
the same words form one :class:`SharedQuote`. When the similarity analysis has
found shared passages, an echo inside a passage that pairs the two articles is
marked ``in_passage``.

This lives in ``report`` because it joins two capabilities (sources, similarity)
that may not import each other.

Search: a polynomial hash of every run of ``k`` = shared_min_words stem codes
(vectorised over the whole corpus); runs whose hash starts a quote are checked
word by word against it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from analysis.collector import collector_paused
from analysis.config import settings
from analysis.report.quote_overlaps import overlapping_runs
from analysis.similarity.passages import Reuse, ShingleIndex, build_index, shared_passages, shingle_hashes
from analysis.sources.quotes import Quote
from analysis.text import Doc, TextCorpus

__all__ = ["Echo", "SharedQuote", "shared_quotes", "shared_quotes_in_passages"]

# Windows of k codes hashed and looked up at once in :func:`_occurrences` (8 MB of hashes).
WINDOWS = 1 << 20
# A head starting at most this many windows has them compared in Python (a list comparison per window);
# more, with arrays (a few array operations per key cost about 50 µs, whatever the number of windows).
FEW_WINDOWS = 16


@dataclass(frozen=True)
class Echo:
    """Where a quote's words appear: the span in an article, and whether that article quotes them itself."""

    article: str
    start: int
    end: int
    quoted: bool
    speaker: str | None  # the speaker that article gives them, when it quotes them
    in_passage: bool = False  # inside a shared passage pairing this article with the quoting one

    def to_json(self) -> dict[str, object]:
        return {
            "article": self.article,
            "start": self.start,
            "end": self.end,
            "quoted": self.quoted,
            "speaker": self.speaker,
            "in_passage": self.in_passage,
        }


@dataclass(frozen=True)
class SharedQuote:
    """One quotation found in several articles: its words (as first quoted), its speaker, every place."""

    text: str
    speaker: str
    echoes: tuple[Echo, ...]

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.article for e in self.echoes))

    def to_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "articles": list(self.articles),
            "echoes": [e.to_json() for e in self.echoes],
        }


def _passage_spans(reuses: Sequence[Reuse] | None) -> dict[tuple[str, str], list[tuple[int, int]]]:
    """(article, other article) → the character spans of that article's side of their shared passages."""
    spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for reuse in reuses or ():
        for passage in reuse.passages:
            spans.setdefault((reuse.a, reuse.b), []).extend(passage.a_spans)
            spans.setdefault((reuse.b, reuse.a), []).extend(passage.b_spans)
    return spans


def _quote_keys(
    keys: dict[int, tuple[int, ...]], quotes: Sequence[Quote], k: int
) -> dict[tuple[int, ...], list[Quote]]:
    """Each direct quote's stem codes (``keys``: :func:`_quote_codes`; of ``k`` words or more) → the quotes with
    those words, in quote order."""
    wanted: dict[tuple[int, ...], list[Quote]] = {}
    for at in sorted(keys):
        if len(keys[at]) >= k:
            wanted.setdefault(keys[at], []).append(quotes[at])
    return wanted


def _quote_codes(text: TextCorpus, quotes: Sequence[Quote]) -> dict[int, tuple[int, ...]]:
    """Each direct quote's position in ``quotes`` → its stem codes (grouped by article, in the order their
    articles are first quoted).

    The tokens of the quotes are found with one ``searchsorted`` per :data:`CODES_DOCS` articles: each token's
    start is keyed by its article's number (``number << 32 | start``), so the quotes of all those articles are
    looked up at once; their codes are then read from the corpus' array with one gather.
    """
    index = {doc.id: n for n, doc in enumerate(text.docs)}
    by_article: dict[int, list[int]] = {}
    for at, quote in enumerate(quotes):
        if quote.direct and quote.article in index:
            by_article.setdefault(index[quote.article], []).append(at)
    ats = [at for group in by_article.values() for at in group]
    if not ats:
        return {}
    docs, offsets = text.docs, text.stem_codes.offsets
    numbers = np.fromiter(by_article, dtype=np.int64, count=len(by_article))
    article = np.repeat(numbers, [len(group) for group in by_article.values()])  # each quote's article number
    first = np.fromiter((quotes[at].start for at in ats), dtype=np.int64, count=len(ats))
    last = np.fromiter((quotes[at].end for at in ats), dtype=np.int64, count=len(ats))
    lo, hi = np.empty(len(ats), dtype=np.int64), np.empty(len(ats), dtype=np.int64)
    for low in range(0, len(docs), CODES_DOCS):
        high = min(low + CODES_DOCS, len(docs))
        rows = np.flatnonzero((article >= low) & (article < high))
        if not len(rows):
            continue
        sizes = np.fromiter((len(doc.starts) for doc in docs[low:high]), dtype=np.int64, count=high - low)
        before = np.concatenate([[0], np.cumsum(sizes)[:-1]])  # each article's first token in the chunk
        keys = np.repeat(np.arange(high - low, dtype=np.int64) << 32, sizes)
        keys += np.concatenate([doc.starts for doc in docs[low:high]]).astype(np.int64)
        local = article[rows] - low
        shift = np.asarray(offsets[article[rows]], dtype=np.int64) - before[local]  # chunk token -> corpus token
        lo[rows] = np.searchsorted(keys, (local << 32) + first[rows]) + shift
        hi[rows] = np.searchsorted(keys, (local << 32) + last[rows]) + shift
        del keys
    lengths = hi - lo
    cuts = np.cumsum(lengths).tolist()
    at_token = np.arange(cuts[-1], dtype=np.int64) - np.repeat(np.cumsum(lengths) - lengths - lo, lengths)
    codes = text.stem_codes.codes[at_token].tolist()
    return {at: tuple(codes[a:b]) for at, a, b in zip(ats, [0, *cuts[:-1]], cuts)}


CODES_DOCS = 1024  # articles whose token starts :func:`_quote_codes` keys at once (4 MB at 500 tokens each)


def _occurrences(
    text: TextCorpus, keys: list[tuple[int, ...]], k: int, *, windows: int = WINDOWS, several_articles: bool = False
) -> dict[tuple[int, ...], list[tuple[int, int]]]:
    """Where each key's codes occur whole inside one article: (article, token) pairs, in corpus order.

    The keys are in the order their first occurrence is found (then in ``keys`` order). Every window of
    ``k`` codes of the corpus is hashed at once (:func:`shingle_hashes`); the windows whose hash starts a
    key are checked against the whole key, a key at a time over all its windows. ``several_articles``: only
    the keys whose first ``k`` codes occur in two articles or more are checked (what :func:`shared_quotes`
    keeps; most quotes occur only where they are quoted), the others are left out.
    """
    firsts: dict[int, list[tuple[int, ...]]] = {}
    heads = np.asarray([key[:k] for key in keys], dtype=np.int64).ravel()
    for key, value in zip(keys, shingle_hashes(heads, k)[::k].tolist()):
        firsts.setdefault(value, []).append(key)
    codes, offsets = text.stem_codes.codes, text.stem_codes.offsets
    targets = np.sort(np.fromiter(firsts, dtype=np.uint64, count=len(firsts)))
    # A table of the targets' low bits first: one look-up per window leaves about len(targets) / 2**20 of
    # them to the binary search (a binary search of every window of 10,000 articles took 0.35 s).
    low = np.uint64((1 << 20) - 1)
    table = np.zeros(1 << 20, dtype=bool)
    table[targets & low] = True
    # Every window of the corpus is hashed (those crossing two articles are dropped below), ``windows`` at a time:
    # at 20,000 articles the hashes of all 10 million windows and their lookups held 300 MB at once.
    found_at, found_hash = [], []
    for first in range(0, max(len(codes) - k + 1, 0), windows):
        hashes = shingle_hashes(codes[first : first + windows + k - 1], k)
        maybe = np.flatnonzero(table[hashes & low])
        slot = np.minimum(np.searchsorted(targets, hashes[maybe]), len(targets) - 1)
        at = maybe[targets[slot] == hashes[maybe]]
        found_at.append(at + first)
        found_hash.append(hashes[at])
        del hashes, maybe, slot
    hits = np.concatenate(found_at) if found_at else np.zeros(0, dtype=np.intp)
    hashed = np.concatenate(found_hash) if found_hash else np.zeros(0, dtype=np.uint64)
    order = np.argsort(hashed, kind="stable")  # the windows of each hash together, in corpus order
    grouped, values = hits[order], hashed[order]
    del hits, hashed, order
    cuts = np.flatnonzero(np.diff(values)) + 1
    article = np.searchsorted(offsets, grouped, side="right") - 1
    los, his = np.concatenate([[0], cuts]).astype(np.intp), np.concatenate([cuts, [len(grouped)]]).astype(np.intp)
    if several_articles and len(grouped):  # a group's windows are in corpus order: its first and last articles
        spread = article[his - 1] != article[los]
        los, his = los[spread], his[spread]
        # Only the groups kept are read from here on: their windows alone, in the same order (most windows are a
        # quote's own, in one article; as Python ints for the loop below they were 86 MB at 20,000 articles).
        lengths = his - los
        rows = np.arange(int(lengths.sum()), dtype=np.intp) + np.repeat(los - (np.cumsum(lengths) - lengths), lengths)
        grouped, values, article = grouped[rows], values[rows], article[rows]
        his = np.cumsum(lengths).astype(np.intp)
        los = his - lengths
        del rows, lengths
    limit = offsets[article + 1]
    found: dict[tuple[int, ...], list[int]] = {}  # a key -> its windows (indexes into ``grouped``)
    rank: dict[tuple[int, ...], tuple[int, int]] = {}
    starts, ends = grouped.tolist(), limit.tolist()
    for lo, hi in zip(los.tolist(), his.tolist()):
        heads_keys = firsts[int(values[lo])]
        tails: dict[int, dict[tuple[int, ...], list[int]]] = {}  # tail length -> the group's windows by their tail
        for place, key in enumerate(heads_keys):
            if hi - lo > FEW_WINDOWS and len(key) > k and len(heads_keys) > 1:
                # Many keys opening with one head (a sentence's first words recurring): the group's windows are
                # filed once by the codes after the head, each key's found by one look-up (as _matching_tail's).
                filed = min(len(key) - k, TAIL_FILED)
                by_tail = tails.get(filed)
                if by_tail is None:
                    by_tail = tails[filed] = _windows_by_tail(codes, grouped, limit, lo, hi, k, k + filed)
                hit = by_tail.get(key[k : k + filed], [])
                if len(key) > k + filed:  # the rest of a longer key compared window by window
                    rest = list(key[k + filed :])
                    hit = [
                        r for r in hit
                        if starts[r] + len(key) <= ends[r] and codes[starts[r] + k + filed : starts[r] + len(key)].tolist() == rest
                    ]  # fmt: skip
                if hit:
                    found[key] = hit
                    rank[key] = (starts[hit[0]], place)
                continue
            if hi - lo <= FEW_WINDOWS:  # most heads start a few windows: compared in Python, no array per key
                skip = k if len(key) > k else 0
                rest = list(key[skip:])
                few = [
                    r for r in range(lo, hi)
                    if starts[r] + len(key) <= ends[r] and codes[starts[r] + skip : starts[r] + len(key)].tolist() == rest
                ]  # fmt: skip
                if few:
                    found[key] = few
                    rank[key] = (starts[few[0]], place)
                continue
            rows = np.arange(lo, hi)
            rows = rows[grouped[rows] + len(key) <= limit[rows]]  # the whole key inside the window's article
            if len(rows) and len(key) > k:  # the first k codes are the hash's; the other codes are compared
                rows = _matching_tail(codes, grouped, rows, key, k)
            elif len(rows):
                whole = codes[grouped[rows][:, None] + np.arange(k)]
                rows = rows[(whole == np.asarray(key, dtype=codes.dtype)).all(axis=1)]
            if len(rows):
                found[key] = rows.tolist()
                rank[key] = (int(grouped[rows[0]]), place)
    articles, tokens = article.tolist(), (grouped - offsets[article]).tolist()
    return {key: [(articles[r], tokens[r]) for r in found[key]] for key in sorted(found, key=rank.__getitem__)}


def _windows_by_tail(
    codes: np.ndarray, grouped: np.ndarray, limit: np.ndarray, lo: int, hi: int, k: int, length: int
) -> dict[tuple[int, ...], list[int]]:
    """The windows ``lo:hi`` (indexes into ``grouped``) whose ``length`` codes lie inside their article, by their
    codes after the first ``k``, in order: each key of ``length`` codes opening with the group's head matches the
    windows filed under its ``key[k:]`` (what :func:`_matching_tail` finds for it).

    >>> codes = np.array([1, 2, 3, 9, 1, 2, 3, 4, 5, 1, 2, 3, 4, 6])
    >>> _windows_by_tail(codes, np.array([0, 4, 9]), np.array([14, 14, 14]), 0, 3, 3, 5)
    {(9, 1): [0], (4, 5): [1], (4, 6): [2]}
    """
    rows = np.arange(lo, hi)
    rows = rows[grouped[rows] + length <= limit[rows]]  # the whole key inside the window's article
    found: dict[tuple[int, ...], list[int]] = {}
    if len(rows):
        tails = codes[grouped[rows][:, None] + np.arange(k, length)].tolist()
        for row, tail in zip(rows.tolist(), map(tuple, tails)):
            held = found.get(tail)
            if held is None:
                found[tail] = [row]
            else:
                held.append(row)
    return found


def _matching_tail(
    codes: np.ndarray, grouped: np.ndarray, rows: np.ndarray, key: tuple[int, ...], k: int
) -> np.ndarray:
    """The ``rows`` (windows starting at ``grouped[rows]``) whose codes after the first ``k`` are ``key[k:]``, in
    order: compared a few codes at a time (TAIL_STEPS, then the rest), each step on the windows still matching.
    A common head (the same ``k`` words opening many sentences) starts thousands of windows; most part from the
    key within a word or two, so the long quotes' codes are read for the few windows that go on (at 10,000
    articles one array of every window's whole tail made this the largest step of :func:`shared_quotes`).

    >>> codes = np.array([1, 2, 3, 9, 1, 2, 3, 4, 5, 1, 2, 3, 4, 6])
    >>> _matching_tail(codes, np.array([0, 4, 9]), np.arange(3), (1, 2, 3, 4, 5), 3).tolist()
    [1]
    """
    wanted = np.asarray(key[k:], dtype=codes.dtype)
    at = grouped[rows] + k
    done = 0
    for step in (*TAIL_STEPS, len(wanted)):
        if not len(rows) or done >= len(wanted):
            break
        upto = min(step, len(wanted))
        if upto <= done:
            continue
        same = (codes[at[:, None] + np.arange(done, upto)] == wanted[done:upto]).all(axis=1)
        rows, at, done = rows[same], at[same], upto
    return rows


TAIL_STEPS = (1, 4)  # codes after the head compared before the rest (:func:`_matching_tail`)
TAIL_FILED = 4  # codes after the head a group's windows are filed by, when several keys open with the head


def _token_end(doc: Doc, token: int, same_length: dict[str, bool]) -> int:
    """The character offset where token ``token`` of ``doc`` ends (``Doc.spans`` without building them all)."""
    if same_length.setdefault(doc.id, len(doc.article.text.lower()) == len(doc.article.text)):
        return int(doc.starts[token]) + len(doc.tokens[token])
    return doc.spans[token][1]


def shared_quotes(
    text: TextCorpus, quotes: Sequence[Quote], *, reuses: Sequence[Reuse] | None = None, runs: bool = True
) -> list[SharedQuote]:
    """Quotations whose words occur in at least two articles, most widespread first; with ``runs``, also the runs
    of words two articles' quotations share where neither is whole in the other (:mod:`.quote_overlaps`)."""
    with collector_paused():  # many small objects and no cycle (analysis.collector)
        return _shared(text, quotes, reuses, runs)


def _shared(
    text: TextCorpus, quotes: Sequence[Quote], reuses: Sequence[Reuse] | None, runs: bool = True
) -> list[SharedQuote]:
    k = settings().sources.shared_min_words
    index = {doc.id: n for n, doc in enumerate(text.docs)}
    codes = _quote_codes(text, quotes)
    wanted = _quote_keys(codes, quotes, k)
    if not wanted:
        return []
    found = _occurrences(text, list(wanted), k, several_articles=True)
    passages = _passage_spans(reuses)
    same_length: dict[str, bool] = {}
    direct = _direct_quotes(quotes, {text.docs[n].id for places in found.values() for n, _ in places})
    shared = []
    for key, places in found.items():
        if len({n for n, _ in places}) < 2:
            continue
        quoting = wanted[key]
        by_article = {q.article: q for q in quoting}
        first = min(quoting, key=lambda q: (index[q.article], q.start))
        echoes = []
        for n, at in places:
            doc = text.docs[n]
            start, end = int(doc.starts[at]), _token_end(doc, at + len(key) - 1, same_length)
            own = _quoting(direct.get(doc.id, ()), start)
            inside = _in_passage(doc.id, start, end, by_article, passages)
            echoes.append(Echo(doc.id, start, end, own is not None, own.speaker if own else None, inside))
        shared.append(SharedQuote(first.text, _speaker(echoes, first.speaker), tuple(echoes)))
    if runs:
        shared.extend(_runs(text, quotes, codes, index, passages, same_length))
    return sorted(shared, key=lambda s: (-len(s.articles), s.text))


def _runs(
    text: TextCorpus,
    quotes: Sequence[Quote],
    codes: dict[int, tuple[int, ...]],
    index: dict[str, int],
    passages: dict[tuple[str, str], list[tuple[int, int]]],
    same_length: dict[str, bool],
) -> list[SharedQuote]:
    """The runs of words quotations of two articles share, neither whole in the other, one per run of words: its
    text as the first article writes it, an echo (quoted) in each article's quotation holding it."""
    found = overlapping_runs(codes, {at: index[quotes[at].article] for at in codes}, settings().sources.shared_min_run)
    by_words: dict[tuple[int, ...], dict[tuple[str, int], tuple[Quote, int, int]]] = {}
    for a, a_lo, a_hi, b, b_lo, b_hi in found:
        held = by_words.setdefault(codes[a][a_lo:a_hi], {})
        for at, lo, hi in ((a, a_lo, a_hi), (b, b_lo, b_hi)):
            quote = quotes[at]
            doc = text.docs[index[quote.article]]
            first = int(np.searchsorted(doc.starts, quote.start))
            start, end = int(doc.starts[first + lo]), _token_end(doc, first + hi - 1, same_length)
            held.setdefault((quote.article, start), (quote, start, end))
    shared = []
    for held in by_words.values():
        items = sorted(held.values(), key=lambda item: (index[item[0].article], item[1]))
        articles = {quote.article for quote, _, _ in items}
        echoes = tuple(
            Echo(quote.article, start, end, True, quote.speaker, _in_passage(quote.article, start, end, articles, passages))
            for quote, start, end in items
        )
        quote, start, end = items[0]
        shared.append(
            SharedQuote(
                text.docs[index[quote.article]].article.text[start:end], _speaker(echoes, quote.speaker), echoes
            )
        )
    return shared


def _in_passage(
    article: str, start: int, end: int, others: Iterable[str], passages: dict[tuple[str, str], list[tuple[int, int]]]
) -> bool:
    """Whether the words at ``start:end`` of ``article`` lie inside a passage it shares with one of ``others``."""
    return any(
        a <= start and end <= b for other in others if other != article for a, b in passages.get((article, other), ())
    )


def _speaker(echoes: Sequence[Echo], first: str) -> str:
    """The speaker of a shared quote: the one most of the articles quoting it give, a fuller name (more words) on a
    tie, else the first quoting article's (Speedcafe's "Marc" and Reuters' "Marc Marquez" twice: "Marc Marquez";
    sources_real; before, always the first article's).

    >>> _speaker([Echo("a", 0, 1, True, "Marc"), Echo("b", 0, 1, True, "Marc Marquez"), Echo("c", 0, 1, False, None)], "Marc")
    'Marc Marquez'
    """
    counts: dict[str, int] = {}
    for echo in echoes:
        if echo.speaker is not None:
            counts[echo.speaker] = counts.get(echo.speaker, 0) + 1
    if not counts:
        return first
    return max(counts, key=lambda name: (counts[name], len(name.split()), name == first))


def _direct_quotes(quotes: Sequence[Quote], articles: set[str]) -> dict[str, list[Quote]]:
    """The direct quotations of each of ``articles``, in text order: where an echo may be quoted."""
    found: dict[str, list[Quote]] = {}
    for quote in quotes:
        if quote.direct and quote.article in articles:
            found.setdefault(quote.article, []).append(quote)
    for items in found.values():
        items.sort(key=lambda q: q.start)
    return found


def _quoting(direct: Sequence[Quote], start: int) -> Quote | None:
    """The first of an article's direct quotations (in text order) the words found at ``start`` open in: they are
    quoted there even when that article's quotation is longer than the one they were found from (Reuters' "Super
    happy to equal Angel Nieto and this victory is for him ..." holds Speedcafe's "Super happy to equal Angel
    Nieto": both articles quote it, sources_real; only a quotation with the same words counted before).

    >>> from analysis.sources.quotes import Quote
    >>> long = Quote("b", "Marc Marquez", "Marc", "unknown", "Super happy to equal Angel Nieto and", 1, 37, True)
    >>> _quoting([long], 1).speaker, _quoting([long], 40)
    ('Marc Marquez', None)
    """
    return next((q for q in direct if q.start <= start < q.end + 1), None)


def shared_quotes_in_passages(
    text: TextCorpus, quotes: Sequence[Quote], *, index: ShingleIndex | None = None
) -> list[SharedQuote]:
    """:func:`shared_quotes`, with the shared passages of only the article pairs that share a quote.

    Cheaper than every pair's passages (``corpus_reuse``): passages are computed
    for the few pairs a quote links. ``index`` is the similarity analysis' shingle
    index when the caller has one (the dashboard's cached comparison).
    """
    first = shared_quotes(text, quotes)
    if not first:
        return first
    index = build_index(text) if index is None else index
    pairs = {(index.position(a), index.position(b)) for s in first for a in s.articles for b in s.articles if a < b}
    return shared_quotes(text, quotes, reuses=[shared_passages(index, i, j) for i, j in sorted(pairs)])
