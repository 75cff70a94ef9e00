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

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from analysis.config import settings
from analysis.similarity.passages import Reuse, ShingleIndex, build_index, shared_passages, shingle_hashes
from analysis.sources.quotes import Quote
from analysis.text import TextCorpus

__all__ = ["Echo", "SharedQuote", "shared_quotes", "shared_quotes_in_passages"]



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


def shared_quotes(
    text: TextCorpus, quotes: Sequence[Quote], *, reuses: Sequence[Reuse] | None = None
) -> list[SharedQuote]:
    """Quotations whose words occur in at least two articles, most widespread first."""
    k = settings().sources.shared_min_words
    index = {doc.id: n for n, doc in enumerate(text.docs)}
    wanted: dict[tuple[int, ...], list[Quote]] = {}
    for quote in quotes:
        if not quote.direct or quote.article not in index:
            continue
        n = index[quote.article]
        starts = text.docs[n].starts
        lo, hi = np.searchsorted(starts, quote.start), np.searchsorted(starts, quote.end)
        key = tuple(text.stem_codes.of(n)[lo:hi].tolist())
        if len(key) >= k:
            wanted.setdefault(key, []).append(quote)
    if not wanted:
        return []
    firsts: dict[int, list[tuple[int, ...]]] = {}
    for key in wanted:
        firsts.setdefault(int(shingle_hashes(np.asarray(key[:k], dtype=np.int64), k)[0]), []).append(key)
    targets = np.fromiter(firsts, dtype=np.uint64, count=len(firsts))
    found: dict[tuple[int, ...], list[tuple[int, int]]] = {}
    codes, offsets = text.stem_codes.codes, text.stem_codes.offsets
    hashes = shingle_hashes(codes, k)  # every window of the corpus at once; those crossing two articles are dropped below
    for at in np.flatnonzero(np.isin(hashes, targets)).tolist():
        n = int(np.searchsorted(offsets, at, side="right")) - 1
        local = at - int(offsets[n])
        for key in firsts[int(hashes[at])]:
            if at + len(key) <= offsets[n + 1] and tuple(codes[at : at + len(key)].tolist()) == key:
                found.setdefault(key, []).append((n, local))
    passages = _passage_spans(reuses)
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
            start, end = int(doc.starts[at]), int(doc.spans[at + len(key) - 1][1])
            own = next((q for q in quoting if q.article == doc.id and q.start <= start < q.end + 1), None)
            inside = any(
                a <= start and end <= b
                for other in by_article
                if other != doc.id
                for a, b in passages.get((doc.id, other), ())
            )
            echoes.append(Echo(doc.id, start, end, own is not None, own.speaker if own else None, inside))
        shared.append(SharedQuote(first.text, first.speaker, tuple(echoes)))
    return sorted(shared, key=lambda s: (-len(s.articles), s.text))


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
    pairs = {
        (index.position(a), index.position(b)) for s in first for a in s.articles for b in s.articles if a < b
    }
    return shared_quotes(text, quotes, reuses=[shared_passages(index, i, j) for i, j in sorted(pairs)])
