"""Event cues that match across languages (analysis/similarity/cues.py), and what they do to stories of real
coverage: Spanish and English articles on one event are one story; two events, or one place a year apart, are not.

The articles are the dev excerpts of claims_dev.json (tests/mixed.py). Where a test moves an event's dates,
it is to make a harder negative from real text: the same words and names, another week or year.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from analysis.config import override
from analysis.similarity.cues import article_cues, cue_key
from analysis.similarity.stories import stories
from analysis.similarity.tfidf import tfidf
from analysis.text import build
from tests.mixed import mixed_corpus

TURKEY = "Turkey-Syria earthquakes, February 2023"
MOROCCO = "Morocco Al Haouz earthquake, September 2023"
DERNA = "Libya Derna floods (Storm Daniel), September 2023"

# word inside a sentence -> its cue key: one key per place whatever the language; names folded; no cue: None.
KEYS = [
    ("Turquía", "TR"), ("Turkey", "TR"), ("Türkiye", "TR"),
    ("Marruecos", "MA"), ("Morocco", "MA"),
    ("Grecia", "GR"), ("Greece", "GR"),
    ("Moscú", "moscow"), ("Moscow", "moscow"),  # a listed exonym: the city's geonames name
    ("Turkish", "TR"), ("Syrian", "SY"), ("Russian", "RU"),  # demonyms with a capital
    ("Erdoğan", "erdogan"), ("Erdogan", "erdogan"),  # a person: the name, without accents
    ("Gaziantep", "TR-27"),  # a province, the same word in both languages
    ("Bavaria", "DE-BY"), ("Bayern", "DE-BY"), ("Rome", "IT-RM"), ("Roma", "IT-RM"),  # pycountry's English names too
    # no English nor Spanish name in pycountry (only German, French, Italian): listed in lexicons/places.yaml
    ("Rhineland-Palatinate", "DE-RP"), ("Renania-Palatinado", "DE-RP"),
    # session 19: a city's Spanish name keyed as the region or country of its English name, and English spellings
    # the packages lack (lexicons/places.yaml), so both languages' texts share the cue
    ("Hamburgo", "DE-HH"), ("Hamburg", "DE-HH"), ("Jartum", "SD-KH"), ("Khartoum", "SD-KH"),
    ("Filadelfia", "philadelphia"), ("Philadelphia", "philadelphia"), ("Gante", "gent"), ("Ghent", "gent"),
    ("Wayanad's", "wayanad"), ("Burundi’s", "BI"),  # an English possessive is the name ("Wayanad's landslides")
    ("O'Higgins", "o'higgins"), ("D'Alessandro", "d'alessandro"),  # an apostrophe inside a name stays
    ("Septiembre", None), ("Monday", None), ("The", None), ("Al", None),  # months, weekdays, stop words, short
    # session 21: compass points and generic words of geography are no region of some far country (lexicons/
    # not_cues.txt): "North" was Cameroon's Nord, "City" Sanaa's, "Coast" a region of Tanzania, "Norte" of
    # Guinea-Bissau; a lead on North Carolina and one on South Korea "disagreed" as CM-NO and CM-SU
    ("North", None), ("South", None), ("Central", None), ("City", None), ("Coast", None), ("Norte", None),
    ("Isla", None), ("Western", None),
    # negatives: names of regions that are common words stay regions
    ("Florida", "US-FL"), ("Georgia", "GE"), ("Guerrero", "MX-GRO"), ("Leiria", "PT-10"),
]  # fmt: skip


@pytest.mark.parametrize(("word", "key"), KEYS)
def test_cue_keys(word: str, key: str | None) -> None:
    assert cue_key(word) == key


@pytest.mark.parametrize(
    ("title", "text", "cues"),
    [
        # Two-word names: "Estados Unidos" and "United States" are one key (the words stay cues of their own,
        # but for stop words: "estados", "states"). Keys come in the text's order.
        (None, "Llegó ayuda de Estados Unidos.", ["US", "unidos"]),
        (None, "Aid came from the United States.", ["united", "US"]),
        (None, "Ayuda de Corea del Sur y del Reino Unido.", ["corea", "KR", "sur", "reino", "GB", "unido"]),
        # Three words name a place when two do not ("Renania del Norte Westfalia"); three names in a row that are
        # no one place add nothing ("Francia Emmanuel Macron").
        (None, "Llueve en Renania del Norte Westfalia.", ["renania", "DE-NW", "westfalia"]),
        # A compass point opens a place and is no region itself (session 21): "North Carolina" is US-NC alone.
        (None, "Floods hit North Carolina and Mexico City.", ["US-NC", "carolina", "MX"]),
        (None, "Habló el presidente de Francia Emmanuel Macron.", ["FR", "emmanuel", "macron"]),
        # A sentence's first word is a cue only as a country or a listed place: "Como" (a province of Italy) and
        # "Central" (a district of Botswana) open sentences as ordinary words; "Turquía" opens one as a country.
        (None, "Como cada año, llueve. Central es la palabra.", []),
        (None, "Turquía pide ayuda.", ["TR"]),
        # Figures: thousands separators read either way, a decimal comma as a point; a bare year, one digit: none.
        (None, "Hubo 1.121 muertos, un sismo de 7,8 en 2023 y 5 réplicas.", ["#1121", "#7.8"]),
        (None, "There were 1,121 dead, a 7.8 quake in 2023 and 5 aftershocks.", ["#1121", "#7.8"]),
        ("Turkey: 1,700 dead", "A second quake hit Gaziantep.", ["TR", "TR-27", "#1700"]),
    ],
)
def test_article_cues(title: str | None, text: str, cues: list[str]) -> None:
    assert article_cues(title, text) == cues


@pytest.fixture(scope="module")
def events() -> dict[str, list]:
    articles, event = mixed_corpus(files=("claims_dev.json",))
    out: dict[str, list] = {}
    for a in articles:
        if a.date is not None:
            out.setdefault(event[a.id], []).append(a)
    return out


def _language(articles: list, language: str) -> list:
    return [a for a in articles if a.language == language]


def _moved(articles: list, days: int, tag: str) -> list:
    return [dataclasses.replace(a, id=f"{tag}-{a.id}", date=a.date + dt.timedelta(days=days)) for a in articles]


def _stories_of(articles: list) -> list[set[str]]:
    text = build(articles)
    return [set(s.articles) for s in stories(text, tfidf(text)).stories]


def test_one_event_in_two_languages_is_one_story(events) -> None:
    """The Turkey–Syria coverage shares no stem across languages: the place keys (Turquía/Turkey, Siria/Syria),
    Gaziantep, Erdogan, AFAD and the magnitude make it one story. Without the cues (and the cross-language links,
    which read them: analysis/similarity/cross_language.py), one story per language."""
    articles = events[TURKEY]
    assert {a.language for a in articles} == {"es", "en"}
    ids = {a.id for a in articles}
    assert ids in _stories_of(articles)
    with override(stories={"cue_weight": 0.0, "cross_language_days": -1}):
        assert ids not in _stories_of(articles)


@pytest.mark.parametrize(
    ("first", "second"), [((MOROCCO, "es"), (DERNA, "en")), ((DERNA, "es"), (MOROCCO, "en"))], ids=str
)
def test_two_events_of_one_week_in_two_languages_stay_apart(events, first, second) -> None:
    """The Morocco earthquake (8 September 2023) and the Derna floods (10-11 September), both North Africa,
    both tolls in the thousands, each covered in one language: no story holds both."""
    one, two = _language(events[first[0]], first[1]), _language(events[second[0]], second[1])
    assert one and two
    ids_one, ids_two = {a.id for a in one}, {a.id for a in two}
    for story in _stories_of(one + two):
        assert not (story & ids_one and story & ids_two), story


def test_two_earthquakes_in_two_languages_in_one_week_stay_apart(events) -> None:
    """A harder negative: the English Turkey–Syria coverage moved into the week of the Spanish Morocco coverage.
    Both are earthquakes with magnitudes, tolls and rescuers; their places differ."""
    morocco = _language(events[MOROCCO], "es")
    turkey = _language(events[TURKEY], "en")
    shift = (min(a.date for a in morocco) - min(a.date for a in turkey)).days
    turkey = _moved(turkey, shift, "moved")
    ids_one, ids_two = {a.id for a in morocco}, {a.id for a in turkey}
    for story in _stories_of(morocco + turkey):
        assert not (story & ids_one and story & ids_two), story


def test_one_place_a_year_apart_is_two_stories(events) -> None:
    """The Derna coverage in Spanish, and the English coverage moved a year later: every cue matches (Derna,
    Libya, Daniel), the dates do not. Two floods a year apart are two stories; each year's coverage is one."""
    spanish = _language(events[DERNA], "es")
    later = _moved(_language(events[DERNA], "en"), 365, "later")
    found = _stories_of(spanish + later)
    ids_es, ids_later = {a.id for a in spanish}, {a.id for a in later}
    for story in found:
        assert not (story & ids_es and story & ids_later), story
    assert ids_later in found


# The cue words' pattern before it opened with the capital (cues.RE_WORD): a leading \b and lookahead, groups
# (before, word, joint). The pattern now must find the same matches, groups reordered (word, before, joint).
_RE_WORD_BEFORE = (
    r"\b(?=[A-ZÀ-ÖØ-Þ])(?:(?<=([\w,;:]) ))?([A-ZÀ-ÖØ-Þ][^\W_]+(?:[-'’][^\W\d_]+)*)"
    r"((?: (?:de|del|of the|of))? (?=[A-ZÀ-ÖØ-Þ]))?"
)


def _same_cue_words(text: str) -> bool:
    import re

    from analysis.similarity.cues import RE_WORD

    before = [(word, b, joint) for b, word, joint in re.findall(_RE_WORD_BEFORE, text)]
    return RE_WORD.findall(text) == before


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Á",
        "ÁB",
        " Ab",
        "aAb",
        "1Ab",
        "_Ab",
        ",Ab",
        "a Ab",
        ", Ab",
        "x\nAb",
        "\nAb",
        "Ab Cd",
        "Ab de Cd",
        "Ab of the Cd",
        "Ab\nCd",
        "É'Ab",
        "Al-Haouz y Corea del Sur",
        "x Ñandú",
        "a  Ab",
        "a; Ab, Cd: Ef Gh",
        "Turkey and Syria: 1,700 dead \n Rescuers in Gaziantep, Turkish officials said.",
    ],
)
def test_cue_words_pattern_finds_what_the_word_boundary_pattern_found(text: str) -> None:
    assert _same_cue_words(text)


def test_cue_words_pattern_on_real_text_and_random_strings() -> None:
    import random

    articles, _ = mixed_corpus()
    texts = [(a.title or "") + " \n " + a.text for a in articles]
    assert texts and all(_same_cue_words(t) for t in texts)
    rng = random.Random(13)
    alphabet = "aAbBÁÉñÑzZ _-'’,;:.\n1_ÖØÞß×"
    for _ in range(3000):
        assert _same_cue_words("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))))
