"""Cross-language links (analysis/similarity/cross_language.py): one kind of event in both leads, a figure or a
region or listed city in common, two languages, a few days apart. Each rule's row: made-up leads, the negatives it
must leave apart, and the real leads it was written for (tests/data/claims_heldout5.json: the Guardian and Faro de
Vigo on the Grenfell fire), with the real pair it leaves apart by design (AP and Jalisco Rojo on the Tlahuelilpan
explosion: AP names only the country).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from analysis.corpus.records import Article
from analysis.similarity.cross_language import cross_language_pairs, event_kinds
from analysis.similarity.cues import article_cues
from analysis.text import build
from tests.test_stories_heldout import DATA

DAY = dt.date(2019, 1, 22)


def _linked(first: tuple[str, str, int], second: tuple[str, str, int | None]) -> bool:
    """Whether two leads (text, language, days after DAY; None: undated) are linked across languages."""
    articles = [
        Article(f"a{n}", lead, "X", None if days is None else DAY + dt.timedelta(days=days), language)
        for n, (lead, language, days) in enumerate([first, second])
    ]
    text = build(articles)
    i, _ = cross_language_pairs(text, [article_cues(d.article.title, d.article.text) for d in text.docs])
    return len(i) == 1


ROWS = [
    # (name, first lead, second lead, linked)
    (
        "one region named by both, one kind",
        ("Death toll in Hidalgo pipeline blast rises to 114.", "en", 4),
        ("Creció a 94 el número de víctimas de la explosión de un ducto en Tlahuelilpan, Hidalgo.", "es", 0),
        True,
    ),
    (
        "one figure, one kind, no place against it",
        ("More than 70 missing and 30 dead in Grenfell Tower fire.", "en", 0),
        ("El balance del incendio en Londres se eleva a 30 muertos.", "es", 1),
        True,
    ),
    (
        "one listed city named by both, one kind",
        ("A fire in a tower block in London killed 12.", "en", 0),
        ("Un incendio en una torre de Londres dejó 30 muertos.", "es", 1),
        True,
    ),
    # negatives
    (
        "one country named by both, one kind: a country is no event's place",
        ("A strong earthquake shook Peru on Sunday.", "en", 0),
        ("Un sismo de magnitud 8 sacudió Perú este domingo.", "es", 0),
        False,
    ),
    (
        "a region inside the other's only country, one kind",
        ("Death toll in Mexican pipeline blast rises to 114 in central Mexico.", "en", 4),
        ("Creció a 94 el número de víctimas de la explosión de un ducto en Tlahuelilpan, Hidalgo.", "es", 0),
        False,
    ),
    (
        "two kinds in one country, one week: a blast and a shooting",
        ("Death toll in Mexican pipeline blast rises to 114.", "en", 0),
        ("Una balacera en Culiacán, Sinaloa, dejó 14 muertos en México.", "es", 2),
        False,
    ),
    (
        "one kind in one country, weeks apart: two earthquakes",
        ("A strong earthquake shook Peru, killing 12.", "en", 0),
        ("Un sismo sacudió Perú y dejó 12 muertos.", "es", 21),
        False,
    ),
    (
        "one kind, one figure, two regions of one country",
        ("A wildfire in Texas killed 12 people.", "en", 0),
        ("Un incendio en California dejó 12 muertos en Estados Unidos.", "es", 1),
        False,
    ),
    (
        "one kind, one figure, a listed city and another country",
        ("El balance del incendio en Londres se eleva a 30 muertos.", "es", 0),
        ("Forest fires kill 30 in central Portugal.", "en", 1),
        False,
    ),
    (
        "one kind and one country, one language (TF-IDF links those)",
        ("Una explosión en Hidalgo dejó 94 muertos en México.", "es", 0),
        ("La explosión en Tlahuelilpan, Hidalgo, deja 94 víctimas.", "es", 1),
        False,
    ),
    (
        "one kind, no figure or place in common",
        ("A blast in a market killed 12.", "en", 0),
        ("Una explosión en una fábrica de Hidalgo dejó 9 muertos.", "es", 1),
        False,
    ),
    (
        "an undated article",
        ("Death toll in Mexican pipeline blast rises to 114.", "en", 0),
        ("Creció a 94 el número de víctimas de la explosión en Tlahuelilpan, Hidalgo.", "es", None),
        False,
    ),
]


@pytest.mark.parametrize(("name", "first", "second", "linked"), ROWS, ids=[r[0] for r in ROWS])
def test_rows(name: str, first, second, linked: bool) -> None:
    assert _linked(first, second) is linked


def test_event_kinds_are_words_of_both_languages() -> None:
    assert event_kinds("Mexican pipeline blast", "") == ["explosion"] == event_kinds(None, "la explosión del ducto")
    assert event_kinds(None, "Un sismo") == ["earthquake"] == event_kinds(None, "The quake")
    assert event_kinds(None, "fuego, llamas, muertos, rescue") == []  # not the event's name: no kind


def _heldout5(*ids: str) -> list[Article]:
    excerpts = {x["id"]: x for x in json.loads((DATA / "claims_heldout5.json").read_text(encoding="utf-8"))["excerpts"]}
    return [
        Article(
            i,
            excerpts[i]["text"],
            excerpts[i]["source"],
            dt.date.fromisoformat(excerpts[i]["date"]),
            excerpts[i]["language"],
        )
        for i in ids
    ]


def test_real_leads_of_one_event_are_linked() -> None:
    """The Guardian and Faro de Vigo on the Grenfell fire (in the held-out corpus of tests/test_stories_heldout2.py
    their cue cosine, the figure 30 alone, is below link_threshold and their TF-IDF cosine near 0): fire / incendio
    and the 30 dead link them."""
    text = build(_heldout5("grenfell-en-guardian-2017-06-16", "grenfell-es-farodevigo-2017-06-17"))
    i, j = cross_language_pairs(text, [article_cues(d.article.title, d.article.text) for d in text.docs])
    assert (i.tolist(), j.tolist()) == ([0], [1])


def test_a_real_lead_naming_only_a_country_is_not_linked() -> None:
    """By design: AP's lead on the Tlahuelilpan explosion names Mexico and a blast, no town, region or figure of
    Jalisco Rojo's lead (explosión, Tlahuelilpan, Hidalgo): a country and a kind link unrelated events too."""
    text = build(_heldout5("tlahuelilpan-en-ap-darien-2019-01-26", "tlahuelilpan-es-jaliscorojo-2019-01-22"))
    assert len(cross_language_pairs(text, [article_cues(None, d.article.text) for d in text.docs])[0]) == 0


def test_two_events_in_one_country_one_week_are_not_linked_across() -> None:
    """A blast and a shooting in Mexico the same week, each covered in both languages: each event's two leads are
    linked across languages, no lead of one with a lead of the other."""
    leads = [
        ("Death toll in Mexican pipeline blast in Hidalgo rises to 114.", "en", 0),
        ("La explosión del ducto en Tlahuelilpan, Hidalgo, deja 94 muertos.", "es", 1),
        ("Gunmen killed 14 people in a shooting in Culiacan, Sinaloa.", "en", 2),
        ("Una balacera en Culiacán, Sinaloa, dejó 14 muertos.", "es", 2),
    ]
    text = build([Article(f"a{n}", t, "X", DAY + dt.timedelta(days=d), lang) for n, (t, lang, d) in enumerate(leads)])
    i, j = cross_language_pairs(text, [article_cues(None, d.article.text) for d in text.docs])
    assert sorted(zip(i.tolist(), j.tolist())) == [(0, 1), (2, 3)]
