"""Do the tolls agree, end to end, on real coverage nobody tuned the tool to (``tests/data/agreement_real.json``).

Two deadly events in no other file of tests/data: the Volcán de Fuego eruption (Guatemala, June-July 2018) and the
Champlain Towers South collapse (Surfside, Florida, June-July 2021), 14 excerpts each from different outlets and
days, Spanish and English. Every comparison a fact-checker would make (event, kind, group, place) was judged by
hand BEFORE the tool ran on the file (its commit says so), per row and per article. The corpus is read as a user
reads it (stories, claims, report times, comparisons); rows and articles where the tool agrees are asserted, the
others are xfail rows with the reason (an extraction miss, a place misread, a story split).

The first tables are the comparison rules the check led to, each with rows that must not change (negatives).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from analysis.casualties.agreement import Agreement, agreements
from analysis.casualties.claims import Claim
from analysis.casualties.events import by_story
from analysis.corpus.records import Article, parse_date
from analysis.report.results import compared, figures_claims, story_map
from analysis.text import TextCorpus, build

DATA = Path(__file__).parent / "data" / "agreement_real.json"

Report = tuple[str, int, int | None, int | None]  # outlet, day of June, low, high


def _rows(kind: str, reports: list[Report]) -> Agreement:
    claims, times = [], {}
    for i, (outlet, day, low, high) in enumerate(reports):
        c = Claim(f"{outlet}-{i}", outlet, kind, "total", "S1", low, high, "exact", None, "", 0, 1, 0, "x")
        claims.append(c)
        times[c] = dt.date(2021, 6, day)
    (row,) = agreements(claims, times)
    return row


# A falling count (settings/agreement.yaml falling_kinds: the missing): figures from the Surfside and Fuego coverage.
FALLING = [
    # 159 missing on the first day, then 156, 152, 147, 121, 43: the list shrinks as people are found; no conflict
    ("search-narrows", "missing", [("A", 21, 159, 159), ("B", 21, 159, None), ("C", 23, 156, 156),
     ("D", 24, 152, 152), ("E", 26, 147, 147), ("F", 30, 121, 121)], "revised",
     ["revised", "revised", "revised", "revised", "revised", "consistent"]),
    ("new-lower-count-is-no-lag", "missing", [("A", 2, 300, 300), ("B", 5, 250, 250)], "revised",
     ["revised", "consistent"]),
    # 192 (5 Jun), 200 (8 Jun), then 192 again on 9 Jun: a count already replaced, printed again
    ("repeats-a-replaced-count", "missing", [("A", 5, 192, 192), ("B", 8, 200, 200), ("C", 9, 192, 192)],
     "outdated", ["revised", "consistent", "outdated"]),
    # an order of magnitude ("thousands") replaces no count, and below an earlier count it is behind, as any figure
    ("vague-below-a-count", "missing", [("A", 2, 10000, 10000), ("B", 9, 2000, 9999)], "outdated",
     ["consistent", "outdated"]),
    ("vague-replaces-nothing", "missing", [("A", 1, 9000, 11000), ("B", 2, 2000, 9999), ("C", 4, 10100, 10100)],
     "revised", ["consistent", "revised", "consistent"]),
    ("same-day-gap-settled-by-a-lower-count", "missing", [("A", 2, 159, 159), ("B", 2, 147, 147), ("C", 5, 121, 121)],
     "revised", None),
    # negatives: the same tables of a kind that only rises keep their statuses
    ("killed-above-later-toll", "killed", [("A", 25, 159, 159), ("B", 25, 159, None), ("C", 27, 156, 156),
     ("D", 28, 152, 152), ("E", 30, 147, 147)], "conflicting", None),
    ("killed-lower-later-is-behind", "killed", [("A", 2, 300, 300), ("B", 5, 250, 250)], "outdated",
     ["consistent", "outdated"]),
    ("missing-same-day-gap-unsettled", "missing", [("A", 2, 159, 159), ("B", 2, 147, 147)], "conflicting", None),
    ("missing-rising-is-revised", "missing", [("A", 4, 192, 192), ("B", 20, 332, 332)], "revised",
     ["revised", "consistent"]),
]


@pytest.mark.parametrize(("name", "kind", "reports", "status", "each"), FALLING, ids=[c[0] for c in FALLING])
def test_a_falling_count_is_revised_not_contradicted(name, kind, reports, status, each) -> None:
    row = _rows(kind, reports)
    assert row.status == status, row.explanation
    if each:
        assert [p["status"] for p in row.series] == each


# A follow-up story (weeks later, outside max_gap_days) continues the earlier story its claims date their event to.
def _claim(article: str, key: str, basis: str, place: str | None, country: str) -> Claim:
    return Claim(article, article.upper(), "killed", "total", key, 5, 5, "exact", None, "", 0, 1, 0, "5",
                 basis=basis, place=place, parent=(country,))  # fmt: skip


FIRST = [_claim("a", "2018-06-03", "previous", "Escuintla", "Guatemala")]
FOLLOW_UPS = [
    # Stabroek News, 5 Jul: "the eruptions ... that began on June 3", in Guatemala City: the eruption's story
    ("dated-to-the-first-day", [_claim("b", "2018-06-03", "previous", "Guatemala City", "Guatemala")], "S1"),
    # Al Día, 17 Jul: "ocurrida el 3 de junio pasado" in its own sentence
    ("dated-in-its-sentence", [_claim("b", "2018-06-03", "sentence", "Guatemala", "Guatemala")], "S1"),
    # negatives: another place, a past incident (60 days or more), a date in its own window, the article's week
    ("other-place", [_claim("b", "2018-06-03", "previous", "Lima", "Peru")], "S2"),
    ("past-incident", [_claim("b", "2018-04-20", "sentence", "Guatemala", "Guatemala")], "earlier 2018-04-20"),
    ("own-window", [_claim("b", "2018-07-03", "previous", "Guatemala", "Guatemala")], "S2"),
    ("not-the-first-day", [_claim("b", "2018-06-09", "previous", "Guatemala", "Guatemala")], "S2"),
    ("week-key", [_claim("b", "week of 2018-07-02", "week", "Guatemala", "Guatemala")], "S2"),
]
STARTS = {"S1": dt.date(2018, 6, 4), "S2": dt.date(2018, 7, 5), "S0": dt.date(2018, 6, 2)}


@pytest.mark.parametrize(("name", "later", "incident"), FOLLOW_UPS, ids=[c[0] for c in FOLLOW_UPS])
def test_a_follow_up_continues_the_story_it_dates_its_event_to(name, later, incident) -> None:
    out = by_story(FIRST + later, {"a": "S1", "b": "S2"}, STARTS)
    assert [c.incident for c in out] == ["S1", incident]
    assert [c.story for c in out] == ["S1", "S2"]  # the story shown stays the article's


def test_a_follow_up_dated_to_two_stories_of_its_place_stays_apart() -> None:
    """Two stories began that week in the place the follow-up names: which one it continues is not known."""
    other = [_claim("z", "2018-06-02", "previous", "Escuintla", "Guatemala")]
    later = [_claim("b", "2018-06-03", "previous", "Guatemala", "Guatemala")]
    out = by_story(FIRST + other + later, {"a": "S1", "z": "S0", "b": "S2"}, STARTS)
    assert out[-1].incident == "S2"


SINCE = [
    # "the death toll from the June 24 disaster stands at 79" (Palm Beach Post, 9 Jul 2021): the story began 25 Jun
    ("since-the-first-day", "since 2021-06-24", "S4"),
    ("since-a-month", "since 2021-06", "since 2021-06"),  # a running total since a month stays apart
    ("since-a-later-day", "since 2021-07-01", "since 2021-07-01"),  # since a day after the event began
]


@pytest.mark.parametrize(("name", "key", "incident"), SINCE, ids=[c[0] for c in SINCE])
def test_a_total_since_the_story_began_is_the_story_toll(name, key, incident) -> None:
    (out,) = by_story([_claim("p", key, "since", None, "United States")], {"p": "S4"}, {"S4": dt.date(2021, 6, 25)})
    assert out.incident == incident


# The real coverage, read as a user reads it.
REAL = json.loads(DATA.read_text(encoding="utf-8"))
EVENTS = {x["id"]: x["event"] for x in REAL["excerpts"]}
FUEGO, SURFSIDE = sorted({x["event"] for x in REAL["excerpts"]})[1], sorted({x["event"] for x in REAL["excerpts"]})[0]
FLOOR_ROWS, FLOOR_ARTICLES = 5, 41  # of 6 rows and 51 articles (agreereal, 2026-12-01; before its fixes: 2 and 20)
# places17: 30 -> 41 articles (Surfside's tolls given for Miami, Florida, the United States or no place are compared
# under Surfside, comparable.one_site; 'elevaron de 99 a 159' is 159, not a range).
# placefix: 26 -> 30 articles (the dateline "GUATEMALA CITY, (Reuters) –" is no toll's place: Conred's 332 joins the
# Guatemala row; no saint's name read through a translation, no time "22H00" read as a place).

# Where the tool and the hand judgement part, and why (none is a comparison-logic error left: extraction and places).
XFAIL_ROWS = {
    (FUEGO, "missing"): "Al Día's 302 is not read ('302 desparecidos', a source typo); The Objective's 'los 200 "
    "desaparecidos' is read only as 'unas 200' (180-220), so Denger Zone's 192 on 9 Jun fits it",
}
XFAIL_ARTICLES = {
    ("killed", "fuego-es-cronica-2018-06-04"): "'al menos, de 25 muertos': the qualifier behind a comma is not read (exact 25)",
    ("killed", "fuego-en-nationalpost-2018-06-04"): "placed in 'San Miguel Los Lotes' (the article's most named place; "
    "the lead's 'Guatemala’s disaster agency' is an office) instead of Guatemala",
    ("killed", "fuego-en-presstv-2018-06-05"): "'increased the number of the dead ... to 69': no claim read",
    ("killed", "fuego-es-eldeber-2018-06-06"): "no place read: 'del departamento sureño de Escuintla' is read as an "
    "office ('departamento'), 'la comunidad de San Miguel Los Lotes' is no slot",
    ("killed", "surfside-es-campechehoy-2021-07-26"): "'actualizó la cifra total de muertos a 98' not read: its part 97 "
    "('murieron en el lugar') is compared, and raised by the 98 of the same day (revised)",
    ("missing", "surfside-en-firehouse-2021-06-25"): "'unaccounted for ... increased to 159': no claim read",
    ("missing", "surfside-en-palmbeachpost-2021-07-09"): "'61 \"potentially\" unaccounted for': no claim read",
    ("missing", "fuego-en-dengerzone-2018-06-09"): "'los 200 desaparecidos' of 8 Jun read only as 'unas 200' (180-220)",
    ("missing", "fuego-en-stabroeknews-2018-07-05"): "its 332 is the row's last count: Al Día's 302 (17 Jul) is not read",
    ("missing", "fuego-es-aldia-2018-07-17"): "'302 desparecidos' (the source's typo) not read",
}


@cache
def _real() -> tuple[TextCorpus, object, list[Agreement]]:
    articles = [
        Article(x["id"], x["text"], x["source"], parse_date(x["date"]), x["language"], x.get("title"))
        for x in REAL["excerpts"]
    ]
    text = build(articles)
    found = story_map(text)
    return text, found, compared(figures_claims(text, None, found), text)


def _row(judged: dict) -> str:
    rows = [
        r for r in _real()[2]
        if (r.kind, r.group, r.place) == (judged["kind"], judged["group"], judged["place"])
        and {EVENTS[a] for a in r.articles} == {judged["event"]}
    ]  # fmt: skip
    return rows[0].status if len(rows) == 1 else f"{len(rows)} rows"


def _article(judged: dict, article: str) -> str:
    for r in _real()[2]:
        if (r.kind, r.group, r.place) == (judged["kind"], judged["group"], judged["place"]) and {
            EVENTS[a] for a in r.articles
        } == {judged["event"]}:
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
    assert _row(judged) == judged["status"], judged["why"]


@pytest.mark.parametrize(
    ("judged", "claim"), _marked(ARTICLE_PARAMS, XFAIL_ARTICLES, lambda p: (p[0]["kind"], p[1]["article"])),
    ids=[f"{j['kind']}-{c['article']}" for j, c in ARTICLE_PARAMS],
)  # fmt: skip
def test_article_status_agrees_with_the_hand_judgement(judged, claim) -> None:
    assert _article(judged, claim["article"]) == claim["status"], claim.get("why", judged["why"])


def test_agreement_rate_floor() -> None:
    rows = sum(_row(j) == j["status"] for j in REAL["judgements"])
    articles = sum(_article(j, c["article"]) == c["status"] for j in REAL["judgements"] for c in j["claims"])
    print(f"real coverage: rows {rows}/{len(REAL['judgements'])}, articles {articles}/{len(ARTICLE_PARAMS)}")
    assert rows >= FLOOR_ROWS and articles >= FLOOR_ARTICLES


def test_each_event_is_one_incident_and_the_two_stay_apart() -> None:
    """Every claim of one event is compared within one incident (follow-ups weeks later included), and the two
    events (three years and a continent apart) never share a story or an incident."""
    text, found, rows = _real()
    incidents = {event: {r.incident for r in rows if {EVENTS[a] for a in r.articles} == {event}} for event in (FUEGO, SURFSIDE)}
    assert all(len(found) == 1 for found in incidents.values()), incidents
    assert not incidents[FUEGO] & incidents[SURFSIDE]
    for story in found.stories:
        assert len({EVENTS[a] for a in story.articles}) == 1


def test_each_event_is_one_story() -> None:
    """The follow-ups of 5 and 17 Jul (Fuego) and 26-27 Jul (Surfside), further than max_gap_days from the rest,
    name the event's day ("ocurrida el 3 de junio", "derrumbado el pasado 24 de junio"): they join its story
    (analysis/similarity/named_days.py), on the stories page as in the comparison."""
    _, found, _ = _real()
    assert len(found.stories) == 2


def test_the_cli_gives_what_the_library_gives(tmp_path) -> None:
    """`python -m analysis figures FILE --format json`, as a user runs it, prints the library's comparisons."""
    corpus = tmp_path / "real.jsonl"
    keys = ("id", "text", "source", "date", "language", "title", "url")
    corpus.write_text("".join(json.dumps({k: x[k] for k in keys}, ensure_ascii=False) + "\n" for x in REAL["excerpts"]),
                      encoding="utf-8")  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    done = subprocess.run([sys.executable, "-m", "analysis", "figures", str(corpus), "--format", "json"],
                          capture_output=True, text=True, env=env, timeout=600, check=True)  # fmt: skip
    printed = json.loads(done.stdout)["agreement"]
    assert printed == json.loads(json.dumps([r.to_json() for r in _real()[2]]))
