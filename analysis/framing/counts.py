"""Framing-term counts: how often each source uses each competing term of each frame.

Every article is matched against the lexicon of its language (see
:mod:`analysis.framing.lexicon`); articles in a language without a lexicon are left out.
Rates are per 1,000 words so that long and short sources compare honestly:

    per_1000 = 1000 * count / words

where ``words`` is the number of tokens of the article (or, for a source, of all
its counted articles together: a pooled rate, so a source's 50-word article weighs
less than its 2,000-word one). Example: 3 "captura" in a 600-word article is 5.0
per 1,000 words.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import overload

import numpy as np
import pandas as pd

from analysis.corpus.records import failure
from analysis.framing.lexicon import Lexicon
from analysis.text import Doc, TextCorpus

__all__ = ["article_counts", "counts_by_source", "dominant_terms", "frames_table", "occurrences", "source_counts"]

OCCURRENCE_COLUMNS = ["article", "source", "language", "frame", "term", "start", "end"]
# The stage named in the problems of articles whose framing terms could not be counted.
STAGE = "terms"
COUNT_COLUMNS = ["article", "source", "language", "frame", "term", "count", "words", "per_1000"]


def occurrences(text: TextCorpus, lexicons: Mapping[str, Lexicon]) -> pd.DataFrame:
    """One row per occurrence: article, source, language, frame, term, start, end (token indices, end excluded)."""
    rows = []
    for doc, lexicon, starts in _candidates(text, lexicons):
        try:
            matches = lexicon.matches(doc, starts=starts.tolist(), stems=_Stems(doc))
        except Exception as error:  # one unreadable article must not sink the others: a Problem names it
            text.log.add(failure(doc.id, STAGE, error))
            continue
        for m in matches:
            frame = lexicon.frames[m.frame]
            rows.append(
                (doc.id, doc.article.source, lexicon.language, frame.name, frame.terms[m.term].label, m.start, m.end)
            )
    return pd.DataFrame(rows, columns=OCCURRENCE_COLUMNS)


def _candidates(text: TextCorpus, lexicons: Mapping[str, Lexicon]) -> Iterator[tuple[Doc, Lexicon, np.ndarray]]:
    """Each article with a lexicon of its language, that lexicon, and the tokens where a pattern may start
    (their stem is one of its :attr:`~analysis.framing.lexicon.Lexicon.stem_keys`), in order.

    Found for the whole corpus at once on the stem numbers (one ``np.isin`` per lexicon), where each article
    used to make its stems strings and test every one of them (a third of the counts' time at 10,000 articles).
    """
    codes = text.stem_codes
    number = {stem: n for n, stem in enumerate(codes.stems.tolist())} if text.docs else {}
    starting = {}
    for language, known in lexicons.items():
        keys = np.fromiter((number[k] for k in known.stem_keys if k in number), dtype=np.int64)
        starting[language] = np.flatnonzero(np.isin(codes.codes, keys))
    for n, doc in enumerate(text.docs):
        lexicon = lexicons.get(doc.article.language)
        if lexicon is None:
            continue
        positions = starting[doc.article.language]
        first, last = np.searchsorted(positions, codes.offsets[n : n + 2])
        yield doc, lexicon, positions[first:last] - codes.offsets[n]


class _Stems(Sequence[str]):
    """A doc's stems made strings one at a time, when read: matching reads the few tokens where a pattern may
    start and their neighbours, so the doc's whole tuple of stems (``Doc.stems``) is never made."""

    __slots__ = ("_codes", "_names")

    def __init__(self, doc: Doc) -> None:
        self._codes, self._names = doc.stem_codes, doc.stem_names

    def __len__(self) -> int:
        return len(self._codes)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return self._names[self._codes[index]].tolist()
        return self._names[self._codes[index]]


def article_counts(
    text: TextCorpus, lexicons: Mapping[str, Lexicon], *, found: pd.DataFrame | None = None, zeros: bool = True
) -> pd.DataFrame:
    """Every article × every term of its language's lexicon, zeros included unless ``zeros=False``.

    Columns: article, source, language, frame, term, count, words (tokens of the
    article), per_1000 (``1000 * count / words``); rows in corpus order, then
    lexicon order. Pass ``found`` (from :func:`occurrences`) to avoid matching
    twice. Without zeros the table is the non-zero rows, built without the
    article × term grid (1.5 million rows for 10,000 articles and 150 terms).
    """
    found = occurrences(text, lexicons) if found is None else found
    tally = found.groupby(["article", "frame", "term"], sort=False).size()
    if not zeros:
        return _nonzero_counts(text, lexicons, tally)
    frames = []
    for language, lexicon in lexicons.items():
        docs = [d for d in text.docs if d.article.language == language]
        if not docs:
            continue
        pairs = lexicon.terms
        grid = pd.DataFrame(
            {
                "article": np.repeat([d.id for d in docs], len(pairs)),
                "source": np.repeat([d.article.source for d in docs], len(pairs)),
                "language": language,
                "frame": [f for f, _ in pairs] * len(docs),
                "term": [t for _, t in pairs] * len(docs),
                "words": np.repeat([len(d.tokens) for d in docs], len(pairs)),
            }
        )
        frames.append(grid)
    if not frames:
        return pd.DataFrame(columns=COUNT_COLUMNS)
    table = pd.concat(frames, ignore_index=True)
    keys = pd.MultiIndex.from_frame(table[["article", "frame", "term"]])
    table["count"] = tally.reindex(keys, fill_value=0).to_numpy(dtype=int) if len(tally) else 0
    table["per_1000"] = _rate(table["count"], table["words"])
    return table[COUNT_COLUMNS]


def _nonzero_counts(text: TextCorpus, lexicons: Mapping[str, Lexicon], tally: pd.Series) -> pd.DataFrame:
    """The rows of :func:`article_counts` with a count, in the same order, from the occurrence tally."""
    if not len(tally):
        return pd.DataFrame(columns=COUNT_COLUMNS)
    docs = {d.id: (n, d) for n, d in enumerate(text.docs)}
    order = {(language, f, t): n for language, lexicon in lexicons.items() for n, (f, t) in enumerate(lexicon.terms)}
    rows = []
    for (article, frame, term), count in tally.items():
        n, doc = docs[article]
        language = doc.article.language
        rows.append((n, order[(language, frame, term)], article, doc.article.source, language, frame, term, count))
    rows.sort(key=lambda r: (r[0], r[1]))
    table = pd.DataFrame([r[2:] for r in rows], columns=COUNT_COLUMNS[:6])
    table["words"] = [len(text.docs[r[0]].tokens) for r in rows]
    table["per_1000"] = _rate(table["count"], table["words"])
    return table[COUNT_COLUMNS]


def _rate(count: pd.Series, words: pd.Series) -> pd.Series:
    return (1000 * count / words.where(words > 0)).fillna(0.0)


def source_counts(counts: pd.DataFrame) -> pd.DataFrame:
    """Per source × frame × term: count, words and pooled per_1000, from :func:`article_counts`.

    ``words`` is the source's total tokens over the articles counted for that term's language.
    """
    words = counts.drop_duplicates("article").groupby(["source", "language"])["words"].sum()
    table = counts.groupby(["source", "language", "frame", "term"], sort=False, as_index=False)["count"].sum()
    table["words"] = words.reindex(pd.MultiIndex.from_frame(table[["source", "language"]])).to_numpy()
    table["per_1000"] = _rate(table["count"], table["words"])
    return table[["source", "language", "frame", "term", "count", "words", "per_1000"]]


def counts_by_source(sources: pd.DataFrame) -> pd.DataFrame:
    """Per frame and term (a row each, in the order of :func:`source_counts`): its count in each source (a column
    each, 0 where the source never uses it); what the frames built on the Framing page are shown as.

    >>> sources = pd.DataFrame(
    ...     {"source": ["A", "B", "A"], "frame": ["toma", "toma", "toma"], "term": ["secuestro", "secuestro", "captura"],
    ...      "count": [2, 1, 3]})
    >>> counts_by_source(sources).to_dict("records")
    [{'frame': 'toma', 'term': 'secuestro', 'A': 2, 'B': 1}, {'frame': 'toma', 'term': 'captura', 'A': 3, 'B': 0}]
    """
    table = sources.pivot_table(index=["frame", "term"], columns="source", values="count", aggfunc="sum", sort=False)
    return table.fillna(0).astype(int).reset_index()


def dominant_terms(sources: pd.DataFrame) -> pd.DataFrame:
    """Each source's most used term per frame, from :func:`source_counts`.

    Columns: source, frame, term (the dominant one; ties joined with " / ",
    empty when the source uses no term of the frame), count, share (its count
    over the frame's total in that source, 0..1), frame_total.
    """
    rows = []
    for (source, frame), part in sources.groupby(["source", "frame"], sort=False):
        totals = part.groupby("term", sort=False)["count"].sum()
        total = int(totals.sum())
        top = int(totals.max()) if total else 0
        leaders = [t for t, n in totals.items() if n == top] if total else []
        rows.append((source, frame, " / ".join(leaders), top, top / total if total else 0.0, total))
    return pd.DataFrame(rows, columns=["source", "frame", "term", "count", "share", "frame_total"])


def frames_table(lexicons: Mapping[str, Lexicon], *, languages: set[str] | None = None) -> pd.DataFrame:
    """The frames and their terms, merged across languages by frame name: frame, description, terms (list)."""
    merged: dict[str, tuple[str, list[str]]] = {}
    for language, lexicon in lexicons.items():
        if languages is not None and language not in languages:
            continue
        for frame in lexicon.frames:
            description, terms = merged.setdefault(frame.name, (frame.description, []))
            terms.extend(t for t in frame.labels if t not in terms)
    return pd.DataFrame([(f, d, t) for f, (d, t) in merged.items()], columns=["frame", "description", "terms"])
