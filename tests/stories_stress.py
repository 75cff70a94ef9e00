"""Stress test of the cross-language story links (analysis/similarity/cross_language.py) on spent real text.

``python -m tests.stories_stress [DAYS]`` moves every event of the held-out mixed corpora (tests/test_stories_heldout.py
and tests/test_stories_heldout2.py, 471 articles) to start within DAYS days (7 by default; each event's own offsets
kept, its start drawn with seed 1), so that many events of one kind fall in one week, and counts the cross-language
links by what the two leads share: a figure, a region or listed city, a country (the pairs the rule links through a figure
or place that the two leads also share a country with). Undated articles stay undated. The spent corpora were read for stories; this is no blind measure.
"""

from __future__ import annotations

import sys
from collections import Counter

from analysis.similarity.cross_language import cross_language_pairs
from analysis.similarity.cues import article_cues, place_keys
from analysis.similarity.lead_places import city_countries, is_region
from analysis.text import build
from tests.stories_eval import moved_into, with_files
from tests.test_stories_heldout2 import FILES


def main(window: int = 7) -> None:
    articles, events, _ = with_files(FILES)
    moved = moved_into(articles, events, window)
    first = {events[a.id] for a in articles if a.date}
    text = build(moved)
    found = [article_cues(d.article.title, d.article.text) for d in text.docs]
    places, cities = place_keys(), city_countries()

    def shared(a: int, b: int) -> str:
        keys = set(found[a]) & set(found[b])
        if any(k.startswith("#") for k in keys):
            return "a figure"
        if any(is_region(k) or k in cities for k in keys if k in places):
            return "a region or listed city"
        return "a country" if any(k in places for k in keys) else "nothing named by both"

    i, j = cross_language_pairs(text, found)
    counts = Counter((shared(a, b), events[text.docs[a].id] == events[text.docs[b].id]) for a, b in zip(i, j))
    print(f"{len(first)} dated events moved into {window} days; cross-language links by what the leads share:")
    for kind in sorted({k for k, _ in counts}):
        right, wrong = counts[(kind, True)], counts[(kind, False)]
        print(f"  {kind:24s} {right + wrong:4d} links, {right:4d} of one event ({right / (right + wrong):.2f})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
