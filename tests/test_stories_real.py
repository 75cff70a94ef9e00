"""Stories on real text: the dev excerpts of eight events (Spanish and English, many outlets, several days),
mixed with the excerpts of quotes_dev.json and framing_dev.json (about 60 other topics) and the seeds.

Per event: completeness (share of its articles in its largest story) and purity (share of that story's
articles that are about the event). Floors are the values measured when this test was written (listed in
``EVENTS``); a known miss is an xfail row with its reason. Topics that span years (a war, peace talks,
migration) are not events and are not scored: the date limits split them by design.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest

from analysis.similarity.stories import stories
from analysis.similarity.tfidf import tfidf
from analysis.text import build
from tests.mixed import SEED_EVENT, mixed_corpus

# event: (completeness, purity) measured on the mixed corpus of 229 articles (67 stories). The Turkey-Syria
# coverage was two stories (0.57, 1.0) before cues matched across languages (analysis/similarity/cues.py: place
# keys such as Turquía/Turkey, figures); its impurity (0.93) was one undated article on Gaza that joined by
# Reuters and the United Nations, gone when an undated link's cues had to agree (session 20). Derna's (0.93)
# went when an undated article's link had to reach undated_link (session 15).
EVENTS = {
    "Morocco Al Haouz earthquake, September 2023": (1.0, 1.0),
    "Hurricane Otis, Acapulco, October 2023": (1.0, 1.0),
    "Libya Derna floods (Storm Daniel), September 2023": (1.0, 1.0),
    "Hurricane Helene, US Southeast, September-October 2024": (1.0, 1.0),
    "Crocus City Hall attack, Krasnogorsk (Moscow), March 2024": (1.0, 1.0),
    "Itaewon Halloween crowd crush, Seoul, October 2022": (1.0, 1.0),
    "Pylos migrant shipwreck, Greece, June 2023": (1.0, 1.0),
    "Turkey-Syria earthquakes, February 2023": (1.0, 1.0),
    "2023 Maui (Lahaina) wildfires": (1.0, 1.0),
    SEED_EVENT: (1.0, 1.0),
}
ONE_STORY_MISSES: dict[str, str] = {}  # event -> why it is not one story (none left)


@pytest.fixture(scope="module")
def scores() -> dict[str, tuple[float, float, int]]:
    articles, events = mixed_corpus()
    text = build(articles)
    found = stories(text, tfidf(text))
    members: dict[str, list[str]] = defaultdict(list)
    for article, story in found.assignment.items():
        members[story].append(article)
    out = {}
    for event in EVENTS:
        ids = [a.id for a in articles if events[a.id] == event]
        story, count = Counter(found.assignment[i] for i in ids).most_common(1)[0]
        out[event] = (count / len(ids), count / len(members[story]), len(ids))
    print(f"\n{len(articles)} articles, {len(found.stories)} stories")
    for event, (completeness, purity, n) in out.items():
        print(f"  {event[:58]:58s} n={n:2d} completeness {completeness:.2f} purity {purity:.2f}")
    return out


@pytest.mark.parametrize("event", list(EVENTS))
def test_event_scores_hold(scores, event: str) -> None:
    completeness, purity, n = scores[event]
    assert n >= 3
    floor_completeness, floor_purity = EVENTS[event]
    assert completeness >= floor_completeness - 0.005 and purity >= floor_purity - 0.005, (completeness, purity)


@pytest.mark.parametrize(
    "event",
    [
        pytest.param(e, marks=pytest.mark.xfail(reason=ONE_STORY_MISSES[e], strict=True))
        if e in ONE_STORY_MISSES
        else e
        for e in EVENTS
    ],
)
def test_each_event_is_one_story(scores, event: str) -> None:
    assert scores[event][0] == 1.0
