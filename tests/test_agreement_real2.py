"""Do the tolls agree, end to end, on a SECOND real corpus nobody tuned the tool to (``tests/data/agreement_real2.json``).

Two deadly events in no other file of tests/data: the Morandi bridge collapse (Genoa, 14-19 August 2018, 17 excerpts)
and the crash of the plane carrying the Chapecoense team (near Medellín, Colombia, 28 November 2016, 12 excerpts),
Spanish and English, from different outlets and days. Every comparison a fact-checker would make was judged by hand
BEFORE the tool ran on the file (its commit says so), per row and per article. The corpus was then read as a user
reads it (``figures``, ``stories``, the Casualty figures page); the general faults seen were fixed, each with the
table below (rows on this corpus's text and negatives that must not change); where the tool and the judgement
still part, the row is xfail with the reason.

Before the fixes: rows 2/4, articles 16/39 (Genoa's Spanish tolls compared under the province "Genova", apart from
the English "Genoa"; Kyodo's 71 placed in its dateline "RIO DE JANEIRO"; Elonce's 71 in an airport).
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path

import pytest

from analysis.casualties.agreement import Agreement, agreements
from analysis.casualties.claim_context import dateline, landmark, office
from analysis.casualties.claims import Claim, claims_in
from analysis.corpus import places
from analysis.corpus.records import Article, parse_date
from analysis.report.results import compared, figures_claims, story_map
from analysis.text import build

DATA = Path(__file__).parent / "data" / "agreement_real2.json"


def _found(text: str, language: str) -> list[tuple[str, str, int | None, int | None]]:
    doc = build([Article("t", text, source="test", language=language)]).docs[0]
    return [(c.kind, c.group, c.low, c.high) for c in claims_in(doc)]


def _placed(text: str, language: str) -> list[tuple[int | None, str | None]]:
    doc = build([Article("t", text, source="test", language=language)]).docs[0]
    return [(c.low, c.place) for c in claims_in(doc)]


# A dateline with a weekday and a date, or an agency after a comma on a line of its own, is where the report was
# filed (claim_context.dateline); a place alone on its line, or a place and a toll, is none.
DATELINES = [
    ("costanoticias", "Barranquilla, martes 29 de noviembre de 2016.- El avión en el que viajaba el equipo brasileño "
     "Chapecoense fue encontrado siniestrado cerca al municipio de La Ceja del Tambo.", "es", [True, False]),
    ("kyodo", "RIO DE JANEIRO, Nov. 30, Kyodo\n\nAn aircraft crashed in Colombia late Monday, killing 71 people "
     "onboard.", "en", [True, False]),
    ("city-and-date-line", "Rio de Janeiro, Nov. 30\nAn aircraft crashed in Colombia, killing 71.", "en", [True, False]),
    # negatives
    ("a-toll-after-a-comma", "Lima, 12 heridos.", "es", [False]),
    ("a-place-alone-on-its-line", "Génova\n\nEl número de muertos ascendió a 42.", "es", [False]),
    ("a-date-then-the-sentence", "Medellín, 29 de noviembre de 2016, murieron 71 personas.", "es", [False]),
    ("not-opening-a-line", "Rio de Janeiro is where the team trained. Colombia, Nov. 30 was the day.", "en",
     [False, False]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "language", "expected"), DATELINES, ids=[c[0] for c in DATELINES])
def test_a_dated_dateline_is_no_tolls_place(name, text, language, expected) -> None:
    assert [dateline(m, text) for m in places.places_in(text, language=language)] == expected


# A destination ("heading for", "rumbo a") ends at a verb in the past and its place: the place after it is where
# the thing happened (claim_context.landmark).
DESTINATIONS = [
    ("kyodo", "An aircraft carrying members of a Brazilian soccer team heading for a regional tournament final crashed "
     "in Colombia late Monday, killing 71 people onboard.", "en", [False]),
    ("se-dirigia-hacia", "Un avión que se dirigía hacia Medellín se estrelló en La Unión.", "es", [True, False]),
    # negatives: the destination itself, and a destination's phrase with a place inside it (Helene, CBC)
    ("rumbo-a", "El avión, que iba rumbo a Medellín, se estrelló en Antioquia y murieron 71.", "es", [True, False]),
    ("helene", "Hurricane Helene's death toll reached more than 200 on Thursday, as searchers made their way toward "
     "the hardest to reach places in the mountains of western North Carolina.", "en", [True]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "language", "expected"), DESTINATIONS, ids=[c[0] for c in DESTINATIONS])
def test_a_destination_ends_at_a_past_verb(name, text, language, expected) -> None:
    assert [landmark(m, text) for m in places.places_in(text, language=language)] == expected


# A region right after its container word ("el departamento colombiano de Antioquia") is the territory, not an office.
TERRITORIES = [
    ("elonce", "El vuelvo chárter en el que viajaba la delegación del club brasileño se estrelló el lunes por la noche "
     "en el departamento colombiano de Antioquía con un saldo de 71 muertos y 6 sobrevivientes.", "es", [False]),
    ("departamento-de", "El avión se estrelló en el departamento de Antioquia con un saldo de 71 muertos.", "es", [False]),
    # negatives: a government department, an office before the container
    ("health-department", "El Departamento de Salud de Antioquia informó de tres muertos.", "es", [True]),
    ("governor-of-the-department", "El gobernador del departamento de Antioquia dijo que murieron 71.", "es", [True]),
    ("state-department", "The State Department of Georgia said 3 died.", "en", [True]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "language", "expected"), TERRITORIES, ids=[c[0] for c in TERRITORIES])
def test_a_region_after_its_container_word_is_no_office(name, text, language, expected) -> None:
    assert [office(m, text) for m in places.places_in(text, language=language)] == expected


def test_the_crash_toll_of_a_department_is_placed_there() -> None:
    text = "El avión se estrelló en el departamento colombiano de Antioquia con un saldo de 71 muertos."
    assert _placed(text, "es") == [(71, "Antioquia")]


# Those still in hospital are a group of the injured (lexicons severity: hospitalized), whose count falls.
HOSPITALIZED = [
    ("reuters", "Nine people are still in hospital, four in a critical condition, the prefecture added.", "en",
     [("injured", "hospitalized", 9, 9), ("injured", "critically injured", 4, 4)]),
    ("andalucia", "Mientras tanto 15 personas siguen ingresadas, 9 de ellas en estado grave, en el hospital San "
     "Martino.", "es", [("injured", "hospitalized", 15, 15), ("injured", "seriously injured", 9, 9)]),
    ("elimpulso", "Alrededor de una docena de personas siguen hospitalizadas con pronóstico grave.", "es",
     [("injured", "hospitalized", 11, 13)]),
    # negatives: the injured total, those taken to hospital
    ("newstalk", "At least 16 other people were injured when the bridge came down.", "en",
     [("injured", "total", 16, None)]),
    ("trasladados", "Los 15 heridos fueron trasladados al hospital San Martino.", "es", [("injured", "total", 15, 15)]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "language", "expected"), HOSPITALIZED, ids=[c[0] for c in HOSPITALIZED])
def test_those_still_in_hospital_are_a_group(name, text, language, expected) -> None:
    assert _found(text, language) == expected


def _row(group: str, reports: list[tuple[str, int, int]]) -> Agreement:
    claims, times = [], {}
    for i, (outlet, day, n) in enumerate(reports):
        c = Claim(f"{outlet}-{i}", outlet, "injured", group, "S1", n, n, "exact", None, "", 0, 1, 0, str(n))
        claims.append(c)
        times[c] = dt.date(2018, 8, day)
    (row,) = agreements(claims, times)
    return row


def test_a_hospital_count_falls_without_anyone_behind() -> None:
    """Andalucía Información's 15 still in hospital (16 Aug), Reuters' and the Guardian's 9 (19 Aug): patients go
    home. The same figures as the injured total (the negative): 15 is above the later count two outlets give, a
    figure the later toll contradicts."""
    reports = [("andalucia", 16, 15), ("reuters", 19, 9), ("guardian", 19, 9)]
    hospital, total = _row("hospitalized", reports), _row("total", reports)
    assert (hospital.status, [p["status"] for p in hospital.series]) == ("revised", ["revised", "consistent", "consistent"])
    assert (total.status, [p["status"] for p in total.series]) == ("conflicting", ["conflicting", "consistent", "consistent"])


# "currently" between the copula and the toll (lexicons figures_en adverbs), as "now" is.
CURRENTLY = [
    ("usmagazine", "The death toll is currently 71 and includes 20 of the 21 journalists who were traveling with the "
     "team.", "en", [("killed", "total", 71, 71)]),
    # negatives: no toll noun; "currently" after the toll
    ("flights", "The airline currently operates 71 flights a week.", "en", []),
    ("under-review", "71 died; the toll is currently under review.", "en", [("killed", "total", 71, 71)]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "language", "expected"), CURRENTLY, ids=[c[0] for c in CURRENTLY])
def test_a_toll_that_is_currently_a_figure(name, text, language, expected) -> None:
    assert _found(text, language) == expected


# A figure right after another and "of the" / "de los|las" is the whole the first is a part of ("71 de las 77
# personas a bordo"): the first takes the verb after the whole's words; the whole, with no kind of its own, is no toll.
PARTS_OF_A_WHOLE = [
    ("circa", "Seventy-one of the 77 people on board died, including 19 players on the team.", "en",
     [("killed", "total", 71, 71)]),
    ("a-bordo-murieron", "71 de las 77 personas a bordo murieron.", "es", [("killed", "total", 71, 71)]),
    ("murieron-de-las", "Murieron 71 de las 77 personas a bordo.", "es", [("killed", "total", 71, 71)]),
    # negatives: a whole whose own noun names its kind stays; the word after the whole's figure is its own
    ("injured-whole", "Three of the 12 injured later died.", "en", [("killed", "total", 3, 3), ("injured", "total", 12, 12)]),
    ("of-the-then-comma", "Of the 80 injured, 9 are in critical condition.", "en",
     [("injured", "total", 80, 80), ("injured", "critically injured", 9, 9)]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "language", "expected"), PARTS_OF_A_WHOLE, ids=[c[0] for c in PARTS_OF_A_WHOLE])
def test_a_part_of_a_whole_takes_the_verb_after_it(name, text, language, expected) -> None:
    assert _found(text, language) == expected


# Spanish names of cities the packages lack or give to a province (lexicons/places.yaml): "Génova" is Genoa.
CITY_NAMES = [
    ("genova", "en la ciudad de Génova", "es", "Genoa"),
    ("genoa", "in the port city of Genoa", "en", "Genoa"),
    ("venecia", "en Venecia", "es", "Venice"),
    # negatives: a city the packages name already, and a homonym read with its region
    ("milan", "en Milán", "es", "Milan"),
    ("florencia-caqueta", "en Florencia, Caquetá", "es", "Florencia"),
]


@pytest.mark.parametrize(("name", "text", "language", "city"), CITY_NAMES, ids=[c[0] for c in CITY_NAMES])
def test_a_citys_spanish_name_is_the_city(name, text, language, city) -> None:
    found = places.places_in(text, language=language)[0].place
    assert (found.name, found.kind) == (city, "city")


# The real coverage, read as a user reads it.
REAL = json.loads(DATA.read_text(encoding="utf-8"))
EVENTS = {x["id"]: x["event"] for x in REAL["excerpts"]}
GENOA, CHAPE = (sorted({x["event"] for x in REAL["excerpts"]})[i] for i in (1, 0))
FLOOR_ROWS, FLOOR_ARTICLES = 3, 27  # of 4 rows and 39 articles (figread, 2026-12-01; before its fixes: 2 and 16)

XFAIL_ROWS = {
    (GENOA, "missing"): "Antena 3's 'entre 10 y 20 personas entre los escombros' (feared under the rubble) and "
    "BioBioChile's 'los tres miembros ... son los últimos dados por desaparecidos' are not read: the 18 Aug gap (3 and "
    "2) the judgement sees is not there, only El Impulso's 3 (15 Aug) changed by Mid-day's 2 (18 Aug): revised",
}
XFAIL_ARTICLES = {
    ("killed", "genoa-es-farodevigo-2018-08-15"): "'Al menos otras 35 personas ... no tuvieron esa fortuna': a toll "
    "written as a figure of speech, not read",
    ("missing", "genoa-es-antena3-2018-08-17"): "'Se teme que todavía queden entre 10 y 20 personas entre los "
    "escombros': not read as missing",
    ("missing", "genoa-es-biobiochile-2018-08-18"): "'los tres miembros ... son los últimos dados por desaparecidos': "
    "not read",
    ("missing", "genoa-en-midday-2018-08-18"): "without BioBioChile's 3 of the same day its 2 is the row's last count: "
    "consistent",
    ("killed", "chape-es-costanoticias-2016-11-29"): "placed in La Ceja (its lead's 'cerca al municipio de La Ceja del "
    "Tambo') and Antioquia (the 'Puesto de Mando Unificado de Antioquia' reporting it), apart from Colombia",
    ("killed", "chape-es-ladiaria-2016-11-29"): "placed in Medellín ('en las cercanías de la ciudad de Medellín'): a "
    "city and its country are compared apart (the incident's tolls name places side by side: no one site)",
    ("killed", "chape-es-espndeportes-2016-11-29"): "no place in its sentence: the article's most named place, Chapecó "
    "(where the remains are taken), in Brazil",
    ("killed", "chape-es-asicorrientes-2016-11-30"): "no place in its sentence: Chapecó, as ESPN Deportes",
    ("killed", "chape-en-kyodo-2016-11-30"): "the tool dates its 71 by 'the Associated Press reported Tuesday' (29 Nov), "
    "the day of the 76s: conflicting by the definitions; the judgement dated it by the page (30 Nov). The tool's "
    "reading is the more exact one",
    ("killed", "chape-es-laopiniondezamora-2016-12-01"): "'los restos de las 71 víctimas del accidente': the victims of "
    "a crash whose remains are repatriated are not read as killed",
    ("killed", "chape-es-elonce-2016-12-03"): "placed in Antioquia ('en el departamento colombiano de Antioquía'), "
    "apart from Colombia: there, below Costa Noticias's 76 of 29 Nov, it reads as outdated",
    ("killed", "chape-en-circa-2016-12-03"): "its 71 ('Seventy-one of the 77 people on board died') is read but placed "
    "in 'the Colombian Andes', a slot place the gazetteer lacks, apart from Colombia",
}


@cache
def _real() -> list[Agreement]:
    articles = [
        Article(x["id"], x["text"], x["source"], parse_date(x["date"]), x["language"], x.get("title"))
        for x in REAL["excerpts"]
    ]
    text = build(articles)
    return compared(figures_claims(text, None, story_map(text)), text)


def _rows_of(judged: dict) -> list[Agreement]:
    return [
        r for r in _real()
        if (r.kind, r.group, r.place) == (judged["kind"], judged["group"], judged["place"])
        and {EVENTS[a] for a in r.articles} == {judged["event"]}
    ]  # fmt: skip


def _row_status(judged: dict) -> str:
    rows = _rows_of(judged)
    return rows[0].status if len(rows) == 1 else f"{len(rows)} rows"


def _article(judged: dict, article: str) -> str:
    for r in _rows_of(judged):
        found = [p["status"] for p in r.series if p["article"] == article and p["compared"]]
        if found:
            return found[0]
    return "absent"


def _marked(params, xfails, key):
    out = []
    for p in params:
        reason = xfails.get(key(p))
        out.append(pytest.param(*p, marks=pytest.mark.xfail(reason=reason, strict=True)) if reason else pytest.param(*p))
    return out


ROW_PARAMS = [(j,) for j in REAL["judgements"]]
ARTICLE_PARAMS = [(j, c) for j in REAL["judgements"] for c in j["claims"]]


@pytest.mark.parametrize(
    "judged", _marked(ROW_PARAMS, XFAIL_ROWS, lambda p: (p[0]["event"], p[0]["kind"])),
    ids=[f"{j['event'][:6]}-{j['kind']}-{j['place']}" for (j,) in ROW_PARAMS],
)  # fmt: skip
def test_row_status_agrees_with_the_hand_judgement(judged) -> None:
    assert _row_status(judged) == judged["status"], judged["why"]


@pytest.mark.parametrize(
    ("judged", "claim"), _marked(ARTICLE_PARAMS, XFAIL_ARTICLES, lambda p: (p[0]["kind"], p[1]["article"])),
    ids=[f"{j['kind']}-{c['article']}" for j, c in ARTICLE_PARAMS],
)  # fmt: skip
def test_article_status_agrees_with_the_hand_judgement(judged, claim) -> None:
    assert _article(judged, claim["article"]) == claim["status"], claim.get("why", judged["why"])


def test_agreement_rate_floor() -> None:
    rows = sum(_row_status(j) == j["status"] for j in REAL["judgements"])
    articles = sum(_article(j, c["article"]) == c["status"] for j, c in ARTICLE_PARAMS)
    print(f"real coverage 2: rows {rows}/{len(REAL['judgements'])}, articles {articles}/{len(ARTICLE_PARAMS)}")
    assert rows >= FLOOR_ROWS and articles >= FLOOR_ARTICLES


def test_each_event_is_one_story_and_the_two_stay_apart() -> None:
    """Every claim of one event is compared within one incident, and the two events never share one."""
    incidents = {
        event: {r.incident for r in _real() if {EVENTS[a] for a in r.articles} == {event}} for event in (GENOA, CHAPE)
    }
    assert all(len(found) == 1 for found in incidents.values()), incidents
    assert not incidents[GENOA] & incidents[CHAPE]
    assert all(len({EVENTS[a] for a in r.articles}) == 1 for r in _real())


def test_genoa_is_one_place_in_both_languages() -> None:
    """The Spanish 'Génova' and the English 'Genoa' tolls are one comparison (each kind's total has one row)."""
    totals = [(r.kind, r.place) for r in _real() if r.group == "total" and {EVENTS[a] for a in r.articles} == {GENOA}]
    assert ("killed", "Genoa") in totals and not [p for _, p in totals if p and p.startswith("Genova")], totals
