"""Stories scored on real excerpts annotated with their event: what tests/test_stories_heldout2.py and
tests/test_stories_heldout3.py (and the stress test tests/stories_stress.py) share.

Each excerpt of a data file is an article with the id ``<file stem>-<excerpt id>``; a measure adds the articles of
its files to the corpus of tests/test_stories_heldout.py (the dev mixed corpus and the first held-out files) and
groups them as the app does. Pairwise precision is the share of pairs put in one story that are one event, recall
the share of pairs of one event put together, over the pairs of which one article is a new one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations

import pytest

from analysis.corpus.records import Article
from analysis.similarity.stories import stories
from analysis.similarity.tfidf import tfidf
from analysis.text import build
from tests.mixed import DATA, _date


def excerpt_articles(name: str) -> list[tuple[Article, str]]:
    """The excerpts of ``tests/data/<name>`` as articles, each with its annotated event."""
    stem = name.split(".")[0]
    return [
        (
            Article(
                f"{stem}-{x['id']}", x["text"], x.get("source") or "unknown", _date(x.get("date")),
                x.get("language") or "und", x.get("title"),
            ),  # fmt: skip
            x["event"],
        )
        for x in json.loads((DATA / name).read_text(encoding="utf-8"))["excerpts"]
    ]


def with_files(files: Iterable[str]) -> tuple[list[Article], dict[str, str], set[str]]:
    """The held-out corpus plus the excerpts of ``files``: (articles, each article's event, the new articles)."""
    from tests.test_stories_heldout import heldout_corpus  # here: that module imports this one

    articles, events = heldout_corpus()
    new: set[str] = set()
    for name in files:
        for article, event in excerpt_articles(name):
            articles.append(article)
            events[article.id] = event
            new.add(article.id)
    return articles, events, new


def moved_into(articles: list[Article], events: dict[str, str], window: int, seed: int = 1) -> list[Article]:
    """``articles`` with every event moved to start within ``window`` days of 1 January 2030 (its start drawn with
    ``seed``, each article's offset from its event's first day kept; undated articles stay undated): many events
    of one kind in one week, the stress test of the story links (tests/stories_stress.py, test_story_density.py)."""
    first: dict[str, dt.date] = {}
    for a in articles:
        if a.date:
            first[events[a.id]] = min(first.get(events[a.id], a.date), a.date)
    rng = random.Random(seed)
    shift = {e: rng.randrange(window) for e in sorted(first)}
    base = dt.date(2030, 1, 1)
    return [
        dataclasses.replace(a, date=base + dt.timedelta(days=shift[events[a.id]] + (a.date - first[events[a.id]]).days))
        if a.date
        else a
        for a in articles
    ]


def grouped(files: Iterable[str]) -> tuple[dict[str, str], dict[str, str], set[str]]:
    """(each article's story, each article's event, the new articles) of :func:`with_files`' corpus."""
    articles, events, new = with_files(files)
    text = build(articles)
    return stories(text, tfidf(text)).assignment, events, new


def scored_events(files: Iterable[str]) -> list[str]:
    """The events of two articles or more in ``files``, sorted."""
    counts = Counter(event for name in files for _, event in excerpt_articles(name))
    return sorted(e for e, n in counts.items() if n >= 2)


def stories_of(assignment: dict[str, str], events: dict[str, str], event: str) -> set[str]:
    """The stories holding the articles of ``event``."""
    return {assignment[a] for a, e in events.items() if e == event}


def events_in_main_story(assignment: dict[str, str], events: dict[str, str], event: str) -> set[str]:
    """The events of the articles of the story holding most of ``event``'s articles."""
    members: dict[str, set[str]] = defaultdict(set)
    for article, story in assignment.items():
        members[story].add(events[article])
    story = Counter(assignment[a] for a, e in events.items() if e == event).most_common(1)[0][0]
    return members[story]


def pairwise(assignment: dict[str, str], events: dict[str, str], new: set[str]) -> tuple[int, int, int]:
    """(pairs one event and one story, pairs one story, pairs one event) over the pairs touching ``new``."""
    together = same = both = 0
    for x, y in combinations(sorted(assignment), 2):
        if x not in new and y not in new:
            continue
        one_event, one_story = events[x] == events[y], assignment[x] == assignment[y]
        together += one_story
        same += one_event
        both += one_event and one_story
    return both, together, same


def marked(events: Iterable[str], misses: dict[str, str]) -> list[object]:
    """``events`` as test parameters, each known miss an xfail (strict) with its reason."""
    return [
        pytest.param(e, marks=pytest.mark.xfail(reason=misses[e], strict=True)) if e in misses else e for e in events
    ]


def check_pairwise(found: tuple[dict[str, str], dict[str, str], set[str]], precision: float, recall: float) -> None:
    """Print the pairwise precision and recall of ``found`` (:func:`grouped`) and hold them to their floors."""
    both, together, same = pairwise(*found)
    p, r = both / together, both / same
    print(f"\npairwise precision {p:.3f} recall {r:.3f} ({both} right, {together} together, {same} same)")
    assert p >= precision - 0.0005 and r >= recall - 0.0005
