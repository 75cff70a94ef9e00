"""Tolls compared in time (issue #16): statuses on small multi-article tables, report times, places, order.

Each case is a small table of reports (outlet, day of November 2026, interval), written for this issue; the
expected status is the comparison's, and per report when given. The last cases run the whole pipeline on
real sentences (report dates in the text, place lists, a town inside its region).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.casualties.agreement import agreements
from analysis.casualties.claims import Claim, extract
from analysis.casualties.timing import report_times
from analysis.corpus.records import Article
from analysis.report.results import compared
from analysis.text import build

Report = tuple[str, int | None, int | None, int | None]  # outlet, day (None: unknown), low, high


def _claims(reports: list[Report], *, place: str | None = None, group: str = "total") -> tuple[list[Claim], dict]:
    claims, times = [], {}
    for i, (outlet, day, low, high) in enumerate(reports):
        c = Claim(
            f"{outlet}-{i}", outlet, "killed", group, "S1", low, high, "exact", None, "", 0, 1, 0, "x", place=place
        )
        claims.append(c)
        times[c] = dt.date(2026, 11, day) if day else None
    return claims, times


CASES = [
    # consistent: claims of about the same time overlap
    ("same-day-equal", [("A", 2, 95, 95), ("B", 2, 95, 95)], "consistent", None),
    ("open-bounds-overlap", [("A", 2, 100, None), ("B", 2, 101, None), ("C", 3, 90, 110)], "consistent", None),
    ("later-equal", [("A", 2, 32, 32), ("B", 6, 32, 32)], "consistent", None),
    ("undated-within", [("A", 2, 10, 10), ("B", 4, 30, 30), ("C", None, 20, 20)], "revised", ["revised", "consistent", "consistent"]),
    ("all-undated-overlap", [("A", None, 10, 20), ("B", None, 15, 30)], "consistent", None),
    # revised: a later report raises the figure
    ("rising-toll", [("A", 2, 95, 95), ("B", 9, 211, 211)], "revised", ["revised", "consistent"]),
    ("rising-three", [("A", 1, 10, 10), ("B", 2, 40, None), ("C", 4, 90, 110)], "revised", ["revised", "consistent", "consistent"]),
    ("same-day-gap-settled-later", [("A", 2, 40, 40), ("B", 2, 100, 100), ("C", 3, 120, 120)], "revised", ["revised", "revised", "consistent"]),
    ("own-outlet-raises", [("A", 2, 5, 5), ("A", 3, 8, 8), ("B", 3, 8, 8)], "revised", ["revised", "consistent", "consistent"]),
    # outdated: below a figure other outlets published earlier
    ("still-95", [("A", 2, 95, 95), ("B", 3, 211, 211), ("C", 3, 211, 211), ("D", 5, 95, 95)], "outdated", ["revised", "consistent", "consistent", "outdated"]),
    ("behind-and-same-day-higher", [("A", 2, 300, 300), ("B", 5, 20, 99), ("C", 5, 300, 300)], "outdated", ["consistent", "outdated", "consistent"]),
    # conflicting: same time, cannot both be true; or above the later confirmed toll
    ("same-day-100-vs-40", [("A", 2, 100, 100), ("B", 2, 40, 40)], "conflicting", ["conflicting", "conflicting"]),
    ("same-day-not-settled", [("A", 2, 100, 100), ("B", 2, 40, 40), ("C", 5, 60, 60)], "conflicting", None),
    ("above-later-toll", [("A", 2, 500, 500), ("B", 4, 300, 300), ("C", 5, 310, 310)], "conflicting", ["conflicting", "revised", "consistent"]),
    ("one-outlet-lower-later-is-behind", [("A", 2, 500, 500), ("B", 4, 300, 300)], "outdated", ["consistent", "outdated"]),
    ("all-undated-disjoint", [("A", None, 10, 10), ("B", None, 30, 30)], "conflicting", None),
    # single-source: one outlet
    ("one-outlet", [("A", 2, 5, 5)], "single-source", None),
    ("one-outlet-two-articles", [("A", 2, 5, 5), ("A", 4, 9, 9)], "single-source", None),
]  # fmt: skip


@pytest.mark.parametrize(("reports", "status", "per_report"), [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_status_of_small_tables(reports: list[Report], status: str, per_report: list[str] | None) -> None:
    claims, times = _claims(reports)
    (row,) = agreements(claims, times)
    assert row.status == status, row.explanation
    if per_report:
        by_article = {p["article"]: p["status"] for p in row.series}
        assert [by_article[c.article] for c in claims] == per_report
    assert row.explanation and len(row.series) == len(reports)


def test_same_time_is_a_setting(settings_override) -> None:
    """100 on the 2nd and 40 on the 3rd: outdated by the same-day rule; of about the same time (conflicting)
    when two days apart count as the same time."""
    claims, times = _claims([("A", 2, 100, 100), ("B", 3, 40, 40)])
    assert agreements(claims, times)[0].status == "outdated"
    settings_override(agreement={"same_time_days": 2})
    assert agreements(claims, times)[0].status == "conflicting"


def test_outdated_explanation_says_by_how_much_and_since_when() -> None:
    claims, times = _claims([("El Diario", 1, 95, 95), ("La Voz", 2, 211, 211), ("El Sol", 2, 211, 211),
                             ("El Mar", 2, 211, 211), ("El Diario", 4, 95, 95)])  # fmt: skip
    (row,) = agreements(claims, times)
    assert row.explanation == (
        "El Diario still reported 95 on 4 Nov 2026, 2 days after 211 was published by 3 outlets "
        "(El Mar, El Sol, La Voz, 2 Nov 2026)."
    )


def _at(reports: list[Report], place: str, parent: tuple[str, ...], tag: str) -> list[Claim]:
    claims, _ = _claims(reports, place=place)
    return [Claim(**{**c.__dict__, "article": c.article + tag, "parent": parent}) for c in claims]


def test_places_are_compared_apart_and_a_part_larger_than_its_whole_is_flagged() -> None:
    """A town and a place beside it are two comparisons; a town and its country are two comparisons when the incident
    has other places inside the country (the country's toll is then a whole of parts, and a part above it is flagged),
    one when the town is the incident's only site (comparable.one_site: 50 and 20 for one site cannot both be true)."""
    balears = ("Illes Balears", "Spain")
    town = _at([("A", 2, 50, 50), ("B", 2, 50, 50)], "Sant Llorenç", balears, "t")
    beside = _at([("C", 2, 30, 30), ("D", 2, 30, 30)], "Palma", ("Spain",), "p")
    other = _at([("G", 2, 3, 3), ("H", 2, 3, 3)], "Manacor", balears, "m")
    spain = _at([("E", 2, 20, 20), ("F", 2, 20, 20)], "España", ("Spain",), "s")
    times = {c: dt.date(2026, 11, 2) for c in town + beside + other + spain}
    rows = agreements(town + beside, times)
    assert [(r.place, r.status) for r in rows] == [("Palma", "consistent"), ("Sant Llorenç", "consistent")]
    assert not any(r.flags for r in rows)  # Palma is not a place holding Sant Llorenç: not its whole
    rows = agreements(town + other + spain, times)
    assert [r.place for r in rows] == ["Manacor", "Sant Llorenç", "Spain"]
    assert rows[1].flags and "more than the 20" in rows[1].flags[0] and not rows[2].flags
    assert {r.status for r in rows} == {"consistent"}  # a town is never in conflict with a country of several parts
    (row,) = agreements(town + spain, times)
    assert (row.place, row.status) == ("Sant Llorenç", "conflicting")


def test_report_times_from_the_sentence_and_the_article() -> None:
    text = build([
        Article("a", "Las autoridades informaron este lunes de 40 muertos.", "A", dt.date(2026, 11, 4), "es"),
        Article("b", "The toll rose to 52 dead, officials said on Tuesday.", "B", dt.date(2026, 11, 5), "en"),
        Article("c", "Al menos 60 personas murieron.", "C", dt.date(2026, 11, 6), "es"),
        Article("d", "Al menos 61 personas murieron.", "D", None, "es"),
    ])  # fmt: skip
    times = report_times(extract(text), text)
    assert [(c.article, t.date, t.basis) for c, t in times.items()] == [
        ("a", dt.date(2026, 11, 2), "sentence"), ("b", dt.date(2026, 11, 3), "sentence"),
        ("c", dt.date(2026, 11, 6), "article"), ("d", None, "unknown"),
    ]  # fmt: skip


def test_pipeline_on_real_sentences_outdated_with_explanation() -> None:
    text = build([
        Article("a", "El terremoto dejó al menos 95 muertos en Marruecos, según el Ministerio del Interior.", "El Diario", dt.date(2026, 11, 2), "es"),
        Article("b", "La cifra de muertos en Marruecos asciende a 211, informó el Ministerio del Interior.", "La Voz", dt.date(2026, 11, 3), "es"),
        Article("c", "The earthquake in Morocco killed 95 people.", "Daily", dt.date(2026, 11, 5), "en"),
    ])  # fmt: skip
    (row,) = [r for r in compared(extract(text), text) if r.kind == "killed"]
    assert (row.place, row.status) == ("Morocco", "outdated")
    assert row.explanation.startswith(
        "Daily still reported 95 on 5 Nov 2026, 2 days after 211 was published by 1 outlet"
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.sampled_from("ABCD"), st.one_of(st.none(), st.integers(1, 6)), st.integers(0, 50),
                  st.one_of(st.none(), st.integers(0, 30))),
        min_size=1, max_size=8,
    ),
    st.randoms(use_true_random=False),
)  # fmt: skip
def test_shuffling_articles_changes_nothing(reports, random) -> None:
    claims, times = _claims([(o, d, lo, None if w is None else lo + w) for o, d, lo, w in reports])
    shuffled = claims[:]
    random.shuffle(shuffled)
    assert agreements(shuffled, times) == agreements(claims, times)


def test_shuffling_real_articles_changes_nothing(seeds) -> None:
    articles = list(seeds.articles)
    first = compared(extract(build(articles)), build(articles))
    again = compared(extract(build(articles[::-1])), build(articles[::-1]))
    assert [a.to_json() for a in first] == [a.to_json() for a in again]


def test_seeds_stay_consistent_and_the_boats_apart(seeds_text) -> None:
    rows = {(r.incident, r.kind, r.group): r for r in compared(extract(seeds_text), seeds_text)}
    total = next(r for k, r in rows.items() if k[1:] == ("killed", "total") and not k[0].startswith("since"))
    cuban = next(r for k, r in rows.items() if k[1:] == ("killed", "Cuban"))
    assert (total.articles, total.status) == (("000_bbe06687ad217e2c", "001_5cc538b1288261d0"), "consistent")
    assert total.place == "Venezuela"  # "en Caracas, Miranda, Aragua y La Guaira" is a list of Venezuelan places
    assert (cuban.articles, cuban.status) == (("000_bbe06687ad217e2c", "002_617b4fc88994eff6"), "consistent")
    boats = [r for k, r in rows.items() if "004_2dbd488ba90dab47" in r.articles]
    assert [(r.incident, r.articles, r.status) for r in boats] == [
        ("since 2025-09", ("004_2dbd488ba90dab47",), "single-source")
    ]


def test_step_chart_has_a_line_per_outlet_and_the_envelope_of_what_was_published() -> None:
    from analysis.present.charts.casualties import series_html, series_table, step_chart

    claims, times = _claims([("A", 2, 95, 95), ("B", 3, 211, 211), ("A", 5, 230, 230), ("C", 5, 95, 95),
                             ("D", None, 100, 100)])  # fmt: skip
    claims = [Claim(**{**c.__dict__, "text": "<b>95</b> muertos según <i>X</i>", "start": 3, "end": 5}) for c in claims]
    times = {c: times[k] for c, k in zip(claims, times)}
    (row,) = agreements(claims, times)
    table = series_table(row.series)
    fig = step_chart(table, title="killed · total · <Paiporta>", names={"A-0": "Diario <A>"})
    lines = {t.name: t for t in fig.data}
    assert set(lines) == {"A", "B", "C", "highest figure published by then"}
    assert list(lines["A"].y) == [95.0, 230.0] and lines["A"].line.shape == "hv"
    envelope = lines["highest figure published by then"]
    assert list(envelope.x) == ["2026-11-02", "2026-11-03", "2026-11-05"] and list(envelope.y) == [95, 211, 230]
    assert lines["C"].marker.symbol == ("diamond",)  # C's 95 on the 5th is outdated
    hover = lines["A"].customdata[0]
    assert hover[0] == "Diario &lt;A&gt;" and "&lt;b&gt;95&lt;/b&gt;" in hover[4]  # article and sentence, escaped
    assert "1 undated report" in fig.layout.title.text and "&lt;Paiporta&gt;" in fig.layout.title.text
    page = series_html(table)
    assert page.count("<details>") == 5 and "<b>" not in page and "<mark>" in page


def test_user_place_edits_merge_and_split_comparisons() -> None:
    town, _ = _claims([("A", 2, 50, 50), ("B", 2, 50, 50)], place="Villa Alta")
    other, _ = _claims([("C", 2, 40, 40)], place="Villalta")
    other = [Claim(**{**c.__dict__, "article": "C-x"}) for c in other]
    claims = town + other
    times = {c: dt.date(2026, 11, 2) for c in claims}
    assert len(agreements(claims, times)) == 2
    (merged,) = agreements(claims, times, places={"Villalta": "Villa Alta"})
    assert (merged.place, merged.status) == ("Villa Alta", "conflicting")
    split = agreements(claims, times, places={"Villalta": "Villa Alta", "C-x@Villa Alta": "Villa Alta port"})
    assert [(r.place, r.status) for r in split] == [("Villa Alta", "consistent"), ("Villa Alta port", "single-source")]


def _estimated(reports: list[tuple[str, int, int, bool]]) -> tuple[list[Claim], dict]:
    claims, times = [], {}
    for i, (outlet, day, low, estimate) in enumerate(reports):
        c = Claim(f"{outlet}-{i}", outlet, "killed", "total", "S1", low, low, "exact", None, "", 0, 1, 0, "x",
                  estimate=estimate)  # fmt: skip
        claims.append(c)
        times[c] = dt.date(2013, 11, day)
    return claims, times


@pytest.mark.parametrize(
    ("reports", "status", "per_report"),
    [
        # Typhoon Haiyan (session 21): local officials' estimate of 10,000 on 11 Nov, the official counts after it;
        # the counts rise (revised), the estimate is compared with no count: no count is behind it
        ([("Dia", 11, 10001, True), ("UPI", 11, 1744, False), ("Reuters", 12, 1774, False), ("PRI", 13, 2344, False)],
         "revised", ["consistent", "revised", "revised", "consistent"]),
        # two estimates, the later lower: judged as estimates (the lower one behind the higher)
        ([("A", 10, 10000, True), ("B", 12, 5000, True), ("C", 12, 1774, False)],
         "outdated", ["consistent", "outdated", "consistent"]),
        # negative: the same figures as counts: the first is above every later count two outlets give (overstated)
        ([("Dia", 11, 10001, False), ("Reuters", 12, 1774, False), ("PRI", 13, 2344, False)],
         "conflicting", ["conflicting", "revised", "consistent"]),
    ],
)  # fmt: skip
def test_estimates_are_compared_with_estimates(reports, status: str, per_report: list[str] | None) -> None:
    claims, times = _estimated(reports)
    (row,) = agreements(claims, times)
    assert row.status == status, row.explanation
    if per_report:
        assert [p["status"] for p in row.series] == per_report
