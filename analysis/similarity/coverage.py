"""Coverage of stories over time: articles per day per outlet, and who covered a story first.

Media Cloud's attention-over-time question, asked per story: for one story, how
many articles each outlet published each day; for all stories, when each outlet
first covered each one (``lag_days`` after the story's first article), so that
who broke it (lag 0), who followed, who covered it only in undated articles (so
neither) and who did not cover it reads off one table.

>>> from analysis.corpus.records import Article
>>> from analysis.similarity.stories import Story, StoryMap
>>> d = dt.date(2023, 9, 10)
>>> arts = [Article("a", "x", "El País", d), Article("b", "x", "BBC", d + dt.timedelta(days=2)),
...         Article("c", "x", "Clarín", d), Article("e", "x", "Le Monde", None)]
>>> found = StoryMap((Story("S1", "derna", None, d, d + dt.timedelta(days=2), ("a", "b", "e"),
...                          ("BBC", "El País", "Le Monde")),
...                   Story("S2", "otis", None, d, d, ("c",), ("Clarín",))), {"a": "S1", "b": "S1", "c": "S2", "e": "S1"})
>>> first_coverage(found, arts).query("story == 'S1'")[["source", "lag_days", "role"]].values.tolist()
[['El País', 0, 'broke'], ['BBC', 2, 'followed'], ['Le Monde', <NA>, 'undated'], ['Clarín', <NA>, 'not covered']]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pandas as pd

from analysis.corpus.records import Article
from analysis.similarity.stories import StoryMap

__all__ = [
    "BROKE",
    "FOLLOWED",
    "NOT_COVERED",
    "UNDATED",
    "articles_by_story",
    "daily_coverage",
    "first_coverage",
    "narrowed",
]

BROKE, FOLLOWED, UNDATED, NOT_COVERED = "broke", "followed", "undated", "not covered"


def articles_by_story(found: StoryMap, articles: Sequence[Article]) -> pd.DataFrame:
    """One row per article: article, story, label, source, date (None when undated), title."""
    labels = {s.id: s.label for s in found.stories}
    rows = [
        {
            "article": a.id,
            "story": found.assignment.get(a.id, ""),
            "label": labels.get(found.assignment.get(a.id, ""), ""),
            "source": a.source or a.id,
            "date": a.date,
            "title": a.title or "",
        }
        for a in articles
    ]
    return pd.DataFrame(rows, columns=["article", "story", "label", "source", "date", "title"])


def daily_coverage(found: StoryMap, articles: Sequence[Article], story: str) -> pd.DataFrame:
    """Articles per day per outlet for one story (dated articles; columns date, source, articles), by date."""
    table = articles_by_story(found, articles)
    table = table[(table["story"] == story) & table["date"].notna()]
    if table.empty:
        return pd.DataFrame(columns=["date", "source", "articles"])
    counts = table.groupby(["date", "source"], sort=True).size().rename("articles").reset_index()
    return counts.astype({"articles": "int64"})


def first_coverage(found: StoryMap, articles: Sequence[Article], *, min_articles: int = 1) -> pd.DataFrame:
    """Per story (with at least ``min_articles``) and outlet: first date, articles, lag after the story's start.

    ``role`` is ``broke`` (first on the story's first day), ``followed`` (later), ``undated`` (every article
    of the outlet in the story is undated: it covered the story, but when is unknown, so it neither broke nor
    followed; first and lag empty), or ``not covered`` (an outlet of the corpus with no article in the story;
    first and lag empty). Undated articles count as articles but give no date. Rows: stories in order, then outlets by first date (not covered last), then name.
    """
    table = articles_by_story(found, articles)
    outlets = sorted(set(table["source"]))
    rows = []
    for story in found.stories:
        if story.size < min_articles:
            continue
        mine = table[table["story"] == story.id]
        covered = []
        for source, part in mine.groupby("source", sort=True):
            dates = part["date"].dropna()
            first = min(dates) if len(dates) else None
            lag = (first - story.start).days if first is not None and story.start is not None else None
            role = UNDATED if lag is None else BROKE if lag == 0 else FOLLOWED
            covered.append((first is None, first or story.start, source, len(part), lag, role, first))
        covered.sort(key=lambda r: (r[0], r[1] or pd.Timestamp.min.date(), r[2]))
        for _, _, source, count, lag, role, first in covered:
            rows.append((story.id, story.label, source, first, count, lag, role))
        for source in outlets:
            if source not in set(mine["source"]):
                rows.append((story.id, story.label, source, None, 0, None, NOT_COVERED))
    columns = ["story", "label", "source", "first", "articles", "lag_days", "role"]
    return pd.DataFrame(rows, columns=columns).astype({"lag_days": "Int64", "articles": "int64"})


def narrowed(
    articles: Sequence[Article],
    found: StoryMap | None = None,
    *,
    story: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    sources: Sequence[str] | None = None,
) -> list[Article]:
    """The articles of one ``story`` (None: every story), dated from ``start`` to ``end`` (inclusive; with either
    set, undated articles are left out), from ``sources`` (None: every outlet), in corpus order.

    >>> d = dt.date(2023, 9, 9)
    >>> arts = [Article("a", "x", "A", d), Article("b", "x", "B", None), Article("c", "x", "B", d)]
    >>> [a.id for a in narrowed(arts, sources=["B"])], [a.id for a in narrowed(arts, start=d)]
    (['b', 'c'], ['a', 'c'])
    """
    if story is not None and found is None:
        raise ValueError("narrowing to a story needs the corpus' stories")
    chosen = set(sources) if sources is not None else None
    out = []
    for a in articles:
        if story is not None and found is not None and found.assignment.get(a.id) != story:
            continue
        if (start is not None or end is not None) and (
            a.date is None or (start is not None and a.date < start) or (end is not None and a.date > end)
        ):
            continue
        if chosen is not None and (a.source or a.id) not in chosen:
            continue
        out.append(a)
    return out
