"""Stories: the articles of a mixed corpus grouped into the events they cover.

A corpus of a month of coverage holds many stories; every comparison (how
alike, which words, do the tolls agree) is asked within one. Articles are
grouped from three signals, all computed once per corpus:

1. **TF-IDF neighbours**: each article's top-k most similar others, from the
   similarity stage's own model (:mod:`analysis.similarity.tfidf`; above
   ``dense_max_articles`` its top-k table is reused, up to it its cosine
   matrix, so nothing is vectorised or multiplied again:
   :mod:`analysis.similarity.story_links`);
2. **event cues** (:mod:`analysis.similarity.cues`): the names and figures of
   the title and lead as keys that match across languages ("Turquía" and
   "Turkey" are one place, "Derna" is "Derna", "1.121" is "1,121"),
   idf-weighted and L2-normalised; their cosine links coverage of one event in
   two languages, whose stems differ. A cue in more than ``cue_max_df``
   articles names no one event and is left out; a Title Case heading's common
   words ("Quake Death Toll Rises") are no names;
3. **dates**: two linked articles are at most ``max_gap_days`` apart and a
   story's dated articles span at most ``max_span_days``; undated articles join
   by similarity alone, by a link of at least ``undated_link`` whose cues share a name or place (not only a
   figure) and name no other countries, or whose cosine reaches it alone (and cannot bridge two stories further
   apart than that).
   Two dated articles in two languages (TF-IDF cosine near 0), at most ``cross_language_days`` apart, whose
   leads name one kind of event (explosion/explosión, fire/incendio) and a figure, a region or a listed city in
   common, are linked at ``link_threshold``
   (:mod:`analysis.similarity.cross_language`).
   A follow-up further away (up to ``follow_days``) joins its event's story when it names the day the
   event's first articles are dated ("ocurrida el 3 de junio pasado", 6 weeks later:
   :mod:`analysis.similarity.named_days`), with a link of at least ``follow_link``, and when more than
   half of its story's articles do (one article of a new event recalling an older one's day is no follow-up).

Two articles are linked when ``link = cosine + cue_weight × cue_cosine`` is at
least ``link_threshold`` (settings/similarity.yaml, section ``stories``). Links
are taken strongest first and join two stories unless the joined story would
span more than ``max_span_days`` (single linkage with a time constraint, a
union–find over the links). Ties are broken by article id and scores rounded
to 9 decimals, so the same corpus gives the same stories in any file order.

Each story's label is its most distinctive words: the unigram columns where the
mean TF-IDF weight of its articles most exceeds the corpus mean, shown as the
most frequent surface word of each stem (never the stem); ``title`` is the
title of its most linked article, when it has one.

Worked example: three articles, two about a flood in Derna (1 and 2 September)
and one about a flood in Derna a year later. The first two share most words
(cosine 0.729) and the cue "derna" (cue cosine 1): link 0.729 + 1.0 × 1 = 1.729
≥ 0.2, one story. The third has the same text as the first (cosine 1) but is 366
days away, more than ``max_gap_days``: no link, a story of its own.

>>> import datetime as dt
>>> from analysis.corpus.records import Article
>>> from analysis.text import build
>>> from analysis.similarity.tfidf import tfidf
>>> text = "Las inundaciones en Derna dejaron miles de muertos y desaparecidos en la ciudad."
>>> arts = [Article("a", text, "X", dt.date(2023, 9, 1), "es"),
...         Article("b", text + " Rescate en curso.", "Y", dt.date(2023, 9, 2), "es"),
...         Article("c", text, "Z", dt.date(2024, 9, 1), "es")]
>>> corpus = build(arts)
>>> found = stories(corpus, tfidf(corpus))
>>> [(s.id, s.articles, s.start.isoformat()) for s in found.stories]
[('S1', ('a', 'b'), '2023-09-01'), ('S2', ('c',), '2024-09-01')]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from analysis.config import settings
from analysis.similarity.story_edits import StoryEdits, apply_edits, merge, rename, renames, split
from analysis.similarity.story_links import ROUND, _days, _union, links
from analysis.similarity.vectors import TfidfModel
from analysis.text import TextCorpus, stop_words

if TYPE_CHECKING:  # pandas only for the table of stories (stories_table)
    import pandas as pd

__all__ = [
    "Story",
    "StoryEdits",
    "StoryMap",
    "links",
    "merge",
    "rename",
    "singletons",
    "split",
    "stories",
    "stories_table",
]

@dataclass(frozen=True)
class Story:
    """One event's coverage: its articles (by id), their date span and outlets, and a readable label."""

    id: str
    label: str
    title: str | None
    start: dt.date | None
    end: dt.date | None
    articles: tuple[str, ...]
    sources: tuple[str, ...]
    words: tuple[str, ...] = ()
    renamed: bool = False

    @property
    def size(self) -> int:
        return len(self.articles)

    def to_json(self) -> dict[str, object]:
        """The CLI's record: ``id, label, start, end, articles, sources`` (the contract), then ``title, size, words``."""
        return {
            "id": self.id,
            "label": self.label,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "articles": list(self.articles),
            "sources": list(self.sources),
            "title": self.title,
            "size": self.size,
            "words": list(self.words),
        }


@dataclass(frozen=True)
class StoryMap:
    """Every story of a corpus and each article's story id."""

    stories: tuple[Story, ...]
    assignment: dict[str, str] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.stories)

    def get(self, story_id: str) -> Story:
        for story in self.stories:
            if story.id == story_id:
                return story
        raise KeyError(f"no story {story_id!r}")

    def to_json(self) -> dict[str, object]:
        """``{"stories": [...], "assignments": [{"article", "story"}]}`` in corpus order of articles."""
        return {
            "stories": [s.to_json() for s in self.stories],
            "assignments": [{"article": a, "story": s} for a, s in self.assignment.items()],
        }


def stories(
    text: TextCorpus,
    model: TfidfModel,
    *,
    neighbours: pd.DataFrame | None = None,
    matrix: np.ndarray | None = None,
    edits: StoryEdits | None = None,
) -> StoryMap:
    """The stories of a corpus (see the module docstring), with the user's ``edits`` applied.

    ``neighbours`` is the similarity stage's top-k pairs table
    (:func:`analysis.similarity.tfidf.nearest_neighbours`) when it computed one, ``matrix`` its full cosine
    matrix of ``model`` (:func:`analysis.similarity.tfidf.cosine_matrix`) when it computed that; otherwise the
    top-k graph is searched here on ``model``'s rows in id order (:mod:`analysis.similarity.story_links`).
    """
    n = len(text.docs)
    if n == 0:
        return StoryMap(())
    ids = np.asarray([d.id for d in text.docs], dtype=object)
    rank = np.empty(n, dtype=np.int64)
    rank[np.argsort(ids, kind="stable")] = np.arange(n)
    days = _days(text)
    i, j, score = links(text, model, neighbours=neighbours, matrix=matrix, rank=rank, days=days)
    group = _union(n, i, j, score, rank, days)
    group = apply_edits(group, [str(x) for x in ids], edits or {})
    return _assemble(text, model, group, rank, days, i, j, score, renames(edits or {}))


def singletons(text: TextCorpus) -> StoryMap:
    """Every article a story of its own, labelled by its title or id: the stories of a corpus with no content
    word to compare (TF-IDF refuses it), so that pages and commands still show its articles.

    >>> from analysis.corpus.records import Article
    >>> from analysis.text import build
    >>> [(s.id, s.label) for s in singletons(build([Article("a", "12 de 2024.", language="es")])).stories]
    [('S1', 'a')]
    """
    docs = sorted(text.docs, key=lambda d: (d.article.date is None, d.article.date or dt.date.min, d.id))
    found = [
        Story(
            f"S{n}",
            d.article.title or d.id,
            d.article.title,
            d.article.date,
            d.article.date,
            (d.id,),
            (d.article.source or d.id,),
        )  # fmt: skip
        for n, d in enumerate(docs, start=1)
    ]
    return StoryMap(tuple(found), {d.id: f"S{docs.index(d) + 1}" for d in text.docs})


def _assemble(
    text: TextCorpus,
    model: TfidfModel,
    group: np.ndarray,
    rank: np.ndarray,
    days: np.ndarray,
    i: np.ndarray,
    j: np.ndarray,
    score: np.ndarray,
    rename: Mapping[str, str],
) -> StoryMap:
    """Story records from each article's group number: ids S1… by first date (undated last), then first id."""
    n = len(group)
    _, number = np.unique(group, return_inverse=True)
    members: list[list[int]] = [[] for _ in range(int(number.max()) + 1)]
    for row in np.argsort(rank).tolist():
        members[number[row]].append(row)
    strength = np.zeros(n)
    inside = number[i] == number[j]
    np.add.at(strength, i[inside], score[inside])
    np.add.at(strength, j[inside], score[inside])
    words = _label_words(text, model, number, len(members))

    def when(rows: list[int]) -> tuple[bool, int, int]:
        dated = [int(days[r]) for r in rows if days[r] >= 0]
        return (not dated, min(dated) if dated else 0, int(rank[rows[0]]))

    order = sorted(range(len(members)), key=lambda g: when(members[g]))
    docs = text.docs
    out, assignment = [], {}
    for position, g in enumerate(order, start=1):
        rows = members[g]
        story_id = f"S{position}"
        dated = [d for d in (docs[r].article.date for r in rows) if d is not None]
        best = max(rows, key=lambda r: (round(float(strength[r]), ROUND), -rank[r]))
        title = next((docs[r].article.title for r in [best, *rows] if docs[r].article.title), None)
        name = next((rename[docs[r].id] for r in rows if docs[r].id in rename), None)
        label = str(name) if name else (", ".join(words[g]) or (title or docs[rows[0]].id))
        out.append(
            Story(
                id=story_id,
                label=label,
                title=title,
                start=min(dated) if dated else None,
                end=max(dated) if dated else None,
                articles=tuple(docs[r].id for r in rows),
                sources=tuple(sorted({docs[r].article.source or docs[r].id for r in rows})),
                words=tuple(words[g]),
                renamed=bool(name),
            )
        )
        for r in rows:
            assignment[docs[r].id] = story_id
    return StoryMap(tuple(out), {d.id: assignment[d.id] for d in docs})


def _label_words(text: TextCorpus, model: TfidfModel, number: np.ndarray, count: int) -> list[list[str]]:
    """Each group's ``label_words`` most distinctive surface words: mean TF-IDF weight in the group minus in the
    corpus, over unigram columns; ties to the word first in alphabetical order. A stop word of any language of the
    corpus is skipped: an English text keeps "el" of "El Fasher" as a word, a label shows "fasher"."""
    size = settings().stories.label_words
    stops = frozenset().union(*(stop_words(language) for language in {d.article.language for d in text.docs}))
    unigrams = model.matrix[:, : len(model.unigrams)]
    n = unigrams.shape[0]
    sizes = np.bincount(number, minlength=count).astype(np.float64)
    indicator = sparse.csr_matrix((1.0 / sizes[number], (number, np.arange(n))), shape=(count, n))
    centroids = (indicator @ unigrams).tocsr()
    mean = np.asarray(unigrams.mean(axis=0)).ravel()
    # Every group's gains at once (rounding is elementwise): a group of every article gains its mean itself.
    row = np.repeat(np.arange(count), np.diff(centroids.indptr))
    gains = np.round(centroids.data - np.where(sizes[row] < n, mean[centroids.indices], 0.0), ROUND)
    out = []
    for g in range(count):
        start, stop = centroids.indptr[g], centroids.indptr[g + 1]
        columns, gain = centroids.indices[start:stop], gains[start:stop]
        if len(gain) > size * 2:  # the best few and every column tied with the last of them
            keep = gain >= np.partition(gain, len(gain) - size * 2)[len(gain) - size * 2]
            columns, gain = columns[keep], gain[keep]
        chosen: list[str] = []
        for _, stem in sorted(zip((-gain).tolist(), model.names(columns))):
            word = text.word(stem)
            if word not in chosen and word.lower() not in stops:
                chosen.append(word)
            if len(chosen) == size:
                break
        out.append(chosen)
    return out


def stories_table(found: StoryMap) -> pd.DataFrame:
    """One row per story: id, label, start, end, days (span, inclusive), articles, outlets, sources, title."""
    import pandas as pd

    rows = [
        {
            "id": s.id,
            "label": s.label,
            "start": s.start,
            "end": s.end,
            "days": (s.end - s.start).days + 1 if s.start and s.end else None,
            "articles": s.size,
            "outlets": len(s.sources),
            "sources": ", ".join(s.sources),
            "title": s.title or "",
        }
        for s in found.stories
    ]
    columns = ["id", "label", "start", "end", "days", "articles", "outlets", "sources", "title"]
    return pd.DataFrame(rows, columns=columns).astype({"days": "Int64"})
