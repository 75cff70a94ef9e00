"""Stories, measured blind: the excerpts of tests/data/claims_heldout8.json (40 articles, 8 events, gathered and
annotated with their ``event`` this session for the casualty claims, never read by any story rule, setting or
person tuning them), added to the corpus of tests/test_stories_heldout.py (the dev mixed corpus and the first
held-out files: 368 articles) and grouped as the app groups them.

First run (session 20, main 1d32de0 + claims8, 2026-12-02 13:25 UTC): over the pairs of articles of which one is a
new excerpt, pairwise precision 0.931 (54 of 58 pairs put together are one event), recall 0.628 (54 of 86 pairs
of one event are together); 3 of the 8 events whole and pure. Much below the tuned sets (1.000 / 0.988 and 0.989 /
0.965): the honest figure for unseen coverage. The misses are strict xfail rows. Floors are the values reached;
they ratchet.
"""

from __future__ import annotations

import pytest

from tests.stories_eval import check_pairwise, events_in_main_story, grouped, marked, scored_events, stories_of

FILES = ("claims_heldout8.json",)
# First run 54/58 = 0.9310, 54/86 = 0.6279. Second run (after branch xlstories: cross-language links): 66/73 = 0.9041,
# 66/86 = 0.7674. Wenchuan's Spanish and English coverage became one story; the one undated intruder it already had
# (the WHO coronavirus report, joined by "China") now pairs with seven articles instead of four: the 3 more wrong pairs
# are that same intruder, no new wrong link. The precision floor follows the second run, said here.
PRECISION, RECALL = 0.904, 0.767

# An event split in two stories or more: why.
SPLIT = {
    "Germanwings flight 9525 crash, French Alps, March 2015": "the English wire story (Seyne-les-Alpes, 'French Alps') "
    "stays apart from the two Spanish ones ('Alpes franceses', 'Alpes Haute Provence'): across languages",
    "Lombok earthquakes (29 July and 5 August 2018), Indonesia": "two earthquakes a week apart: the first one's "
    "report of 30 July stays apart from the coverage of the second",
    "Tohoku earthquake and tsunami, Japan, March 2011": "El Ciudadano's first-day report and Estrella Digital's "
    "toll of 7 April (the catastrophe 'del pasado 11 de marzo', 27 days before: beyond follow_slack_days of the "
    "story's first articles) stay apart",
    "Westgate shopping mall attack, Nairobi (Kenya), September 2013": "The Standard's report a year later (the Red "
    "Cross report on the anniversary) is a story of its own",
}
# An event's story holding an article of another event.
IMPURE = {
    "Wenchuan (Sichuan) earthquake, China, May 2008": "a Spanish article on the WHO report on the coronavirus's "
    "origin (quotes dev, undated) joins the Spanish coverage: China",
}


@pytest.fixture(scope="module")
def found() -> tuple[dict[str, str], dict[str, str], set[str]]:
    return grouped(FILES)


def test_the_scored_events_are_the_new_files_events() -> None:
    """Every event of two or more new articles is scored, and the misses name such events."""
    scored = set(scored_events(FILES))
    assert len(scored) == 8 and set(SPLIT) | set(IMPURE) <= scored


@pytest.mark.parametrize(
    "event",
    marked(scored_events(FILES), SPLIT),
)
def test_each_event_is_one_story(found, event: str) -> None:
    assignment, events, _ = found
    assert len(stories_of(assignment, events, event)) == 1


@pytest.mark.parametrize(
    "event",
    marked(scored_events(FILES), IMPURE),
)
def test_each_events_story_holds_only_it(found, event: str) -> None:
    assignment, events, _ = found
    assert events_in_main_story(assignment, events, event) == {event}


def test_pairwise_precision_and_recall(found) -> None:
    check_pairwise(found, PRECISION, RECALL)
