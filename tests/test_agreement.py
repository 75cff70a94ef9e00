"""Agreement of casualty figures across sources, incident overrides, timeline; their charts, CLI and page."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest

from analysis.casualties.agreement import STATUSES, agreements, apply_overrides
from analysis.casualties.claims import Claim, extract
from analysis.casualties.toll_tables import comparison_table, incidents_table
from analysis.cli import main
from analysis.corpus.records import Article
from analysis.present.charts.casualties import evidence_html, highlight
from analysis.text import build
from tests.conftest import open_page

ROOT = Path(__file__).resolve().parent.parent


def claim(
    article: str, low: int | None, high: int | None, *, incident: str = "2026-01-03", group: str = "total"
) -> Claim:
    return Claim(article, f"src-{article}", "killed", group, incident, low, high, "exact", None, "x", 0, 1, 0, "1")


@pytest.mark.parametrize(
    ("intervals", "status"),
    [
        pytest.param([(100, None), (101, None)], "consistent", id="two-open-lower-bounds"),
        pytest.param([(32, 32), (32, 32)], "consistent", id="equal-exact"),
        pytest.param([(90, 110), (100, None)], "consistent", id="about-and-at-least"),
        pytest.param([(None, 40), (30, 30)], "consistent", id="up-to-and-exact"),
        pytest.param([(32, 32), (40, None)], "conflicting", id="exact-below-at-least"),
        pytest.param([(20, 99), (200, 999)], "conflicting", id="decenas-vs-cientos"),
        pytest.param([(10, 10), (None, 9)], "conflicting", id="exact-above-fewer-than"),
        pytest.param([(100, 100), (100, 100), (150, 150)], "conflicting", id="one-of-three-disagrees"),
        pytest.param([(5, 5)], "single-source", id="one-article"),
    ],
)  # fmt: skip
def test_status_by_interval(intervals: list[tuple[int | None, int | None]], status: str) -> None:
    claims = [claim(f"a{i}", lo, hi) for i, (lo, hi) in enumerate(intervals)]
    (result,) = agreements(claims)
    assert result.status == status
    assert result.articles == tuple(f"a{i}" for i in range(len(intervals)))


def test_two_claims_of_one_article_are_single_source() -> None:
    assert agreements([claim("a", 10, 10), claim("a", 50, 50)])[0].status == "single-source"


def test_different_incidents_and_groups_are_not_compared() -> None:
    result = agreements(
        [claim("a", 10, 10), claim("b", 60, None, incident="since 2025-09"), claim("c", 99, 99, group="Cuban")]
    )
    assert [(r.incident, r.group, r.status) for r in result] == [  # sorted by incident, then totals first
        ("2026-01-03", "total", "single-source"), ("2026-01-03", "Cuban", "single-source"), ("since 2025-09", "total", "single-source"),
    ]  # fmt: skip


FL, US = ("Florida", "United States"), ("United States",)
SURFSIDE = ("Surfside", ("Miami", *FL))


def placed(article: str, low: int, place: tuple[str, tuple[str, ...]] | None, kind: str = "killed") -> Claim:
    name, parent = place or (None, ())
    return Claim(article, f"src-{article}", kind, "total", "S1", low, low, "exact", None, "", 0, 1, 0, str(low),
                 place=name, parent=parent)  # fmt: skip


# One site named at several levels (comparable.one_site): the Surfside collapse's tolls, as outlets placed them
# (agreement_real.json: "Surfside", "un edificio en Miami", "Surfside, Estados Unidos (AFP)", a dateline only).
NESTED = [
    ("town-city-state-country", [placed("a", 4, SURFSIDE), placed("b", 5, SURFSIDE), placed("c", 9, ("Miami", FL)),
     placed("d", 90, ("Florida", US)), placed("e", 24, ("United States", ()))], {"killed": ["Surfside"]}),
    ("placeless-joins-the-site", [placed("a", 4, SURFSIDE), placed("b", 79, None)], {"killed": ["Surfside"]}),
    ("site-named-by-most-articles", [placed("a", 43, ("Genoa", ("Italy",))), placed("b", 39, ("Genoa", ("Italy",))),
     placed("c", 39, ("San Martino", ("Genoa", "Italy")))], {"killed": ["Genoa"]}),
    ("over-kinds", [placed("a", 4, SURFSIDE), placed("b", 152, ("Miami", FL), "missing"),
     placed("c", 159, SURFSIDE, "missing")], {"killed": ["Surfside"], "missing": ["Surfside"]}),
    # a part said in addition ("dozens more") of a place that nests is a part of the site
    ("a-part-of-a-nested-place", [placed("a", 4, SURFSIDE), placed("b", 9, ("Miami", FL)),
     replace(placed("c", 2, ("Miami", FL)), text="Two more died in Miami.", figure="Two", start=0, end=3)],
     {"killed": ["Surfside", "part of Surfside"]}),
    # negatives: two places side by side (in any kind), an article's breakdown, a placeless toll among several places
    ("two-towns", [placed("a", 4, ("Miami", FL)), placed("b", 9, ("Tampa", FL)), placed("c", 13, ("Florida", US))],
     {"killed": ["Florida", "Miami", "Tampa"]}),
    ("a-sibling-in-another-kind", [placed("a", 4, SURFSIDE), placed("b", 24, ("United States", ())),
     placed("c", 2, ("Tampa", FL), "injured")], {"killed": ["Surfside", "United States"], "injured": ["Tampa"]}),
    ("an-article-breaks-it-down", [placed("a", 200, ("Amatrice", ("Lazio", "Italy"))), placed("a", 290, ("Italy", ())),
     placed("b", 250, ("Italy", ()))], {"killed": ["Amatrice", "Italy"]}),
    ("placeless-among-towns", [placed("a", 4, ("Miami", FL)), placed("b", 9, ("Tampa", FL)), placed("c", 13, None)],
     {"killed": ["", "Miami", "Tampa"]}),
]  # fmt: skip


@pytest.mark.parametrize(("name", "claims", "places"), NESTED, ids=[c[0] for c in NESTED])
def test_one_site_named_at_several_levels_is_one_comparison(name, claims, places) -> None:
    rows = agreements(claims, {})
    assert {k: sorted(r.place or "" for r in rows if r.kind == k) for k in places} == places


# Rule 2b: outlets break a toll down when a larger place's figure stays above every later report of a place inside it.
DATED = [
    ("a-rising-toll-reaches-the-country", [("a", 4, SURFSIDE, 25), ("b", 24, ("United States", ()), 5 + 30),
     ("c", 98, SURFSIDE, 26 + 30)], ["Surfside"]),
    ("a-town-below-its-country-the-same-day", [("a", 5, ("Miami", FL), 27), ("b", 4, SURFSIDE, 27),
     ("c", 18, SURFSIDE, 30)], ["Surfside"]),
    # negatives: the country's figure stays above the town's later reports; the same the same day
    ("the-country-above-every-later-town-report", [("a", 200, ("Amatrice", ("Lazio", "Italy")), 24),
     ("b", 290, ("Italy", ()), 24), ("c", 230, ("Amatrice", ("Lazio", "Italy")), 25)], ["Amatrice", "Italy"]),
    ("the-region-above-the-town-the-same-day", [("a", 20, ("Sarno", ("Campania", "Italy")), 6),
     ("b", 100, ("Campania", ("Italy",)), 6)], ["Campania", "Sarno"]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "reports", "places"), DATED, ids=[c[0] for c in DATED])
def test_a_whole_above_every_later_report_of_its_part_is_no_one_site(name, reports, places) -> None:
    claims = [placed(a, low, place) for a, low, place, _ in reports]
    times = {c: dt.date(2021, 6, 1) + dt.timedelta(days=day - 1) for c, (*_, day) in zip(claims, reports)}
    assert sorted(r.place or "" for r in agreements(claims, times)) == places


def test_overrides_merge_incidents_and_split_articles() -> None:
    claims = [claim("a", 10, 10), claim("b", 10, 10, incident="2026-01-04"), claim("c", 10, 10)]
    merged = apply_overrides(claims, {"2026-01-04": "2026-01-03"})
    assert agreements(merged)[0].articles == ("a", "b", "c")
    split = apply_overrides(claims, {"c": "another event"})
    assert {(r.incident, r.articles) for r in agreements(split)} == {
        ("2026-01-03", ("a",)), ("2026-01-04", ("b",)), ("another event", ("c",)),
    }  # fmt: skip


def test_seed_agreement_matches_the_gold(seeds_text, gold_figures: dict) -> None:
    result = {(a.kind, a.group, a.articles, a.status) for a in agreements(extract(seeds_text))}
    gold_group = {"total": "total", "Cuban": "Cuban", "boats": "total"}  # the boats' victims are that incident's total
    expected = {
        (g["kind"], gold_group[g["group"]], tuple(g["articles"]), g["status"]) for g in gold_figures["agreement"]
    }
    assert result == expected


def test_incident_keys_follow_the_dates_in_the_text() -> None:
    articles = [
        Article("a", "El ataque del 3 de enero dejó 12 muertos.", language="es", date=dt.date(2026, 1, 20)),
        Article(
            "b", "El bombardeo ocurrió el sábado. Ayer murieron 40 personas.", language="es", date=dt.date(2026, 1, 7)
        ),
        Article(
            "c",
            "Since early September, at least 60 people have died in the strikes.",
            language="en",
            date=dt.date(2025, 11, 4),
        ),
        Article(
            "d",
            "The January 3 raid killed 15 people, officials said on Monday.",
            language="en",
            date=dt.date(2026, 1, 6),
        ),
        Article("e", "Un derrumbe dejó 3 muertos.", language="es", date=dt.date(2026, 1, 21)),
    ]
    keys = {c.article: c.incident for c in extract(build(articles))}
    assert keys == {
        "a": "2026-01-03",
        "b": "2026-01-06",
        "c": "since 2025-09",
        "d": "2026-01-03",
        "e": "week of 2026-01-19",
    }


def test_undated_article_resolves_dates_against_the_corpus() -> None:
    articles = [
        Article("a", "El pasado 3 de enero murieron 7 personas.", language="es"),
        Article("b", "Nada que contar.", language="es", date=dt.date(2026, 1, 26)),
    ]
    assert [c.incident for c in extract(build(articles))] == ["2026-01-03"]


def test_incidents_table_counts_claims_and_articles() -> None:
    table = incidents_table([claim("a", 1, 1), claim("b", 2, 2), claim("b", 3, 3, incident="x")])
    assert table.to_dict("records") == [
        {"incident": "2026-01-03", "claims": 2, "articles": "a, b", "kinds": "killed"},
        {"incident": "x", "claims": 1, "articles": "b", "kinds": "killed"},
    ]


def test_evidence_is_escaped_before_the_figure_is_marked() -> None:
    assert (
        highlight("<script>x</script> 12 muertos", 19, 29) == "&lt;script&gt;x&lt;/script&gt; <mark>12 muertos</mark>"
    )
    page = evidence_html(
        comparison_table(
            [Claim("a", "<i>s</i>", "killed", "total", "i", 1, 1, "exact", None, "<b>1 muerto</b>", 3, 11, 0, "1")]
        )
    )
    assert "<i>" not in page and "&lt;i&gt;s&lt;/i&gt;" in page and "<mark>1 muerto</mark>" in page


def test_cli_figures_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["figures", "seeds", "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"claims", "agreement", "problems"}
    keys = {
        "article",
        "source",
        "kind",
        "group",
        "incident",
        "low",
        "high",
        "qualifier",
        "attributed_to",
        "text",
        "start",
        "end",
        "number",
        "place",
        "parent",
        "mentions",
        "story",  # added by the stories issue (#15): the claim's article's story
        "estimate",  # session 21: its clause gives an estimate, not a count; compared with estimates only
    }
    assert result["claims"] and all(set(c) == keys for c in result["claims"])
    assert all(isinstance(c["parent"], list) and c["mentions"] and c["number"] for c in result["claims"])
    assert all(c["start"] == c["mentions"][0][0] for c in result["claims"])
    assert all(c["kind"] in {"killed", "injured", "detained", "missing", "displaced"} for c in result["claims"])
    assert all(c["low"] is None or isinstance(c["low"], int) for c in result["claims"])
    assert {a["status"] for a in result["agreement"]} <= set(STATUSES)
    keys = {"kind", "group", "incident", "articles", "status", "story", "place", "explanation", "flags", "series"}
    assert result["agreement"] and all(set(a) == keys for a in result["agreement"])  # issue #16 added the last five
    points = [p for a in result["agreement"] for p in a["series"]]
    assert points and all(set(p) == {"time", "article", "source", "low", "high", "status"} for p in points)
    assert all(a["explanation"] for a in result["agreement"])
    dated = [p["time"] for p in points if p["time"]]
    assert dated and all(dt.date.fromisoformat(t) for t in dated)


def test_the_seeds_cuban_toll_is_one_toll_in_one_place(capsys: pytest.CaptureFixture[str]) -> None:
    """The 32 Cuban soldiers killed in the January operation: EFE's "visitó Cuba, a propósito de la muerte de 32 de
    sus militares" names Cuba as who they were, not where they died (claim_places.group_country); the story's other
    report of them places them ("en Caracas, Miranda, Aragua y La Guaira"), so both are listed under Venezuela."""
    assert main(["figures", "seeds", "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    cuban = sorted((c["article"], c["place"]) for c in result["claims"] if c["group"] == "Cuban")
    assert cuban == [("000_bbe06687ad217e2c", "Venezuela"), ("002_617b4fc88994eff6", "Venezuela")]
    assert [(a["place"], len(a["articles"])) for a in result["agreement"] if a["group"] == "Cuban"] == [("Venezuela", 2)]


def test_cli_figures_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["figures", "seeds"]) == 0
    out = capsys.readouterr().out
    assert "since 2025-09" in out and "El canciller Gil" in out
    claims, tolls = out.split("Do the tolls agree?")  # the claims, then each toll's status in words
    assert "single-source" in tolls and "The 2 outlets agree (32)" in tolls and "Venezuela" in tolls


def test_page_shows_claims_charts_and_merges_incidents() -> None:
    at = open_page("figures", timeout=60)
    assert [m.value for m in at.metric] == ["5", "4", "3", "0"]  # claims, articles, tolls compared, conflicting
    assert len(at.get("plotly_chart")) == 1  # the step chart of the toll most outlets report
    steps = at.get("html")[0].value
    assert "report date" in steps and "<mark>al menos 100 víctimas mortales</mark>" in steps
    assert any("consistent" in m.value and "2 outlets" in m.value for m in at.markdown)
    assert any(
        "<mark>al menos 100 víctimas mortales</mark>" in h.value for h in at.get("html")
    )  # st.html, not markdown
    # Incidents are stories now (#15): the seeds' January coverage is story S2, the boat strikes' running total apart.
    at.multiselect(key="figures-merge-choice").set_value(["S2", "since 2025-09"])
    at.text_input(key="figures-merge-name").set_value("all")
    at.button(key="figures-merge-submit").click()  # the incidents form's Merge button
    at.run()
    assert not at.exception
    assert at.session_state["settings"]["figure_incidents"] == {"S2": "all", "since 2025-09": "all"}
    assert "Your incident edits: 2" in [c.value for c in at.caption]
    at.button(key="figures-reset").click().run()  # undo: the edits are dropped
    assert not at.exception and not at.session_state["settings"].get("figure_incidents")
    assert not [c for c in at.caption if c.value.startswith("Your incident edits")]


def test_page_merges_places_into_the_workspace() -> None:
    at = open_page("figures", timeout=60)
    # The seeds' totals are all in Venezuela ("en Caracas, Miranda, Aragua y La Guaira" is a list of its places):
    # move one article's figures to a place of their own, then merge the two places back into one.
    (pair,) = [box for box in at.selectbox if box.label == "Article and place"]
    pair.set_value(pair.options[0])
    at.text_input(key="figures-place-split-name").set_value("Caracas")
    at.button(key="figures-place-split-submit").click()
    at.run()
    assert not at.exception
    moved = dict(at.session_state["settings"]["figure_places"])
    assert list(moved.values()) == ["Caracas"]
    places = at.multiselect(key="figures-place-merge-choice")
    first, second = places.options[:2]  # now two places of totals
    assert {first, second} == {"Caracas", "Venezuela"}
    places.set_value([first, second])
    at.text_input(key="figures-place-merge-name").set_value(first)
    at.button(key="figures-place-merge-submit").click()
    at.run()
    assert not at.exception
    assert at.session_state["settings"]["figure_places"] == {**moved, second: first}
    assert second not in at.multiselect(key="figures-place-merge-choice").options  # one place now
    assert "Your place edits: 2" in [c.value for c in at.caption]
    at.button(key="figures-place-reset").click().run()  # undo: the edits are dropped
    assert not at.exception and not at.session_state["settings"].get("figure_places")
