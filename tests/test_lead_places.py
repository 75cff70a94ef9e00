"""The places a lead names and when two leads' places disagree (analysis/similarity/lead_places.py), and the story
links the cues alone carry (story_links._weak_cues_only): none when the leads share only a figure and place their
events apart, or share only common words.

Rows: made-up cue lists (negatives included), then the real excerpts that showed it: two fires of June 2017, the
Grenfell Tower fire in London and the Pedrógão Grande forest fire in Portugal, whose Spanish leads both wrote "24"
(24 storeys; two dozen dead) and were one story on a mixed corpus of 68 real articles (session 21); leads of
different events sharing only "Gobierno", "News" or "National Guard", which chained events once the spent corpora's
events were moved into one month (tests/stories_stress.py's corpus).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from analysis.corpus.records import Article, parse_date
from analysis.similarity.cues import article_cues
from analysis.similarity.lead_places import LeadPlaces, city_countries, disagree, lead_places
from analysis.similarity.stories import stories
from analysis.similarity.story_links import _weak_cues_only
from analysis.similarity.vectors import tfidf
from analysis.text import build

DATA = Path(__file__).resolve().parent / "data"

PLACES = [
    (["london", "torre", "#24"], {"GB"}, set()),  # a listed city gives its country
    (["PT", "PT-10", "pedrogao"], {"PT"}, {"PT-10"}),
    (["MX-HID", "#94"], {"MX"}, {"MX-HID"}),  # a region gives its country
    (["grenfell", "tower", "#30"], set(), set()),  # no place the gazetteer knows
    (["moscow", "crocus"], {"RU"}, set()),
]


@pytest.mark.parametrize(("cues", "countries", "regions"), PLACES)
def test_lead_places(cues: list[str], countries: set[str], regions: set[str]) -> None:
    assert lead_places(cues) == LeadPlaces(frozenset(countries), frozenset(regions))


def test_listed_cities_have_countries() -> None:
    cities = city_countries()
    assert cities["london"] == "GB"
    assert all(len(c) == 2 and c.isupper() for c in cities.values())


DISAGREE = [
    (["london"], ["PT"], True),  # a city and another country
    (["US", "US-TX"], ["US-CA"], True),  # two regions of one country
    (["TR", "SY"], ["PS"], True),
    # negatives
    (["US", "US-TX"], ["US"], False),  # a region and its country
    (["TR", "SY"], ["SY"], False),  # one country shared
    (["grenfell"], ["PT"], False),  # one names no place: nothing to disagree
    (["london"], ["GB"], False),
]


@pytest.mark.parametrize(("a", "b", "apart"), DISAGREE)
def test_disagree(a: list[str], b: list[str], apart: bool) -> None:
    assert disagree(lead_places(a), lead_places(b)) == apart


WEAK = [
    (["london", "torre", "#24"], ["pedrogao", "PT", "#24"], True),  # only a figure, places apart
    (["US-TX", "#12"], ["US-CA", "#12", "#40"], True),
    (["MX-GRO", "gobierno"], ["IT", "gobierno"], True),  # only a common word
    (["national", "guard", "minneapolis"], ["IN", "national", "guard"], True),
    # negatives
    (["london", "#30"], ["london", "PT", "#30"], False),  # a name shared, not only a figure
    (["grenfell", "#30"], ["PT", "#30"], False),  # only a figure, but one lead names no place
    (["PT", "#24"], ["PT-10", "#24"], False),  # only a figure, one country
    (["BR", "gobierno"], ["BR", "gobierno"], False),  # a country with the common word: the week's one event there
    (["derna", "gobierno"], ["derna", "gobierno"], False),  # a rare name
    (["otis", "news"], ["otis"], False),
]


@pytest.mark.parametrize(("a", "b", "weak"), WEAK)
def test_weak_cues_only(a: list[str], b: list[str], weak: bool) -> None:
    assert _weak_cues_only([a, b], np.array([0]), np.array([1])).tolist() == [weak]


def _cues(name: str, excerpt_id: str) -> list[str]:
    x = next(x for x in json.loads((DATA / name).read_text(encoding="utf-8"))["excerpts"] if x["id"] == excerpt_id)
    return article_cues(x.get("title"), x["text"], x.get("language") or "en")


COMMON = [  # leads of different events whose only shared cues are common words
    (("claims_dev.json", "otis-es-headtopics-2023-10-29"), ("agreement_real2.json", "genoa-es-antena3-2018-08-17"),
     {"gobierno"}),
    (("quotes_dev.json", "dallas-shooting-en-bizpacreview-2016-07-08"),
     ("claims_blind.json", "yagi-en-trtworld-2024-09-10"), {"news"}),
    (("framing_dev.json", "protest-en-bdnews24-georgefloyd-2020-05-31"),
     ("claims_heldout4.json", "morbi-en-jagran-2022-11-01"), {"guard", "national"}),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "shared"), COMMON)
def test_real_leads_sharing_common_words_only(a: tuple[str, str], b: tuple[str, str], shared: set[str]) -> None:
    x, y = _cues(*a), _cues(*b)
    assert set(x) & set(y) == shared
    assert _weak_cues_only([x, y], np.array([0]), np.array([1])).tolist() == [True]


def test_real_leads_sharing_a_country_only_stay_linked() -> None:
    """Negative: two Spanish leads on Chile's 2023 wildfires share "Chile" and nothing rarer (held-out corpus)."""
    x = _cues("claims_heldout4.json", "chile-es-tiempo-2023-02-05")
    y = _cues("claims_heldout4.json", "chile-es-vanguardia-2023-02-06")
    assert "CL" in set(x) & set(y)
    assert _weak_cues_only([x, y], np.array([0]), np.array([1])).tolist() == [False]


def _fires() -> list[Article]:
    excerpts = json.loads((DATA / "claims_heldout5.json").read_text(encoding="utf-8"))["excerpts"]
    return [
        Article(x["id"], x["text"], x["source"], parse_date(x.get("date") or ""), x["language"], x.get("title"))
        for x in excerpts
        if x["id"].startswith(("grenfell-", "pedrogao-"))
    ]


def test_real_leads_of_two_fires_are_apart() -> None:
    by_id = {a.id: article_cues(a.title, a.text, a.language) for a in _fires()}
    grenfell, pedrogao = (
        by_id["grenfell-es-elperiodicomediterraneo-2017-06-14"],
        by_id["pedrogao-es-intoleranciadiario-2017-06-18"],
    )
    assert {k for k in set(grenfell) & set(pedrogao)} == {"#24"}
    assert _weak_cues_only([grenfell, pedrogao], np.array([0]), np.array([1])).tolist() == [True]
    # negative: the Guardian's Grenfell lead and Faro de Vigo's share only "30" too, but the Guardian names no place
    # the gazetteer knows: no disagreement (they are one event)
    guardian, faro = by_id["grenfell-en-guardian-2017-06-16"], by_id["grenfell-es-farodevigo-2017-06-17"]
    assert {k for k in set(guardian) & set(faro)} == {"#30"}
    assert _weak_cues_only([guardian, faro], np.array([0]), np.array([1])).tolist() == [False]


def test_two_fires_of_one_week_are_two_stories() -> None:
    text = build(_fires())
    found = stories(text, tfidf(text))
    by_story: dict[str, set[str]] = {}
    for article, story in found.assignment.items():
        by_story.setdefault(story, set()).add(article.split("-")[0])
    assert all(len(events) == 1 for events in by_story.values()), by_story
