"""The tolls a reader picks from (analysis/present/tolls.py), on comparisons the agreement analysis really makes."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analysis.casualties.agreement import STATUSES, agreements
from analysis.casualties.claims import Claim
from analysis.casualties.toll_tables import agreement_table
from analysis.present.tolls import place_moves, places_compared, toll_name, toll_order, toll_title, tolls_listing


def _claim(article: str, low: int, incident: str, *, kind: str = "killed", place: str | None = None) -> Claim:
    # The incident is the story here, as analysis.casualties.events.by_story keys an article's claims.
    return Claim(article, article.upper(), kind, "total", incident, low, low, "exact", None, "", 0, 1, 0, str(low),
                 place=place, story=incident)  # fmt: skip


@pytest.fixture
def rows():
    # S1: A and B disagree on the same day (conflicting); S2: three outlets, undated (consistent);
    # S3: one outlet (single-source), dated.
    claims = [
        _claim("a", 100, "S1"), _claim("b", 40, "S1"),
        _claim("c", 7, "S2", kind="injured"), _claim("d", 7, "S2", kind="injured"), _claim("e", 7, "S2", kind="injured"),
        _claim("f", 3, "S3", kind="missing"),
    ]  # fmt: skip
    day = dt.date(2026, 1, 2)
    times = {c: (None if c.incident == "S2" else day) for c in claims}
    return agreements(claims, times)


def test_the_fixture_has_one_toll_of_each_kind_of_status(rows):
    assert sorted((r.incident, r.status) for r in rows) == [
        ("S1", "conflicting"), ("S2", "consistent"), ("S3", "single-source")
    ]  # fmt: skip


def test_listing_puts_the_worst_status_first_and_names_stories(rows):
    table = agreement_table(rows)
    listed = tolls_listing(table, story_labels={"S1": "Sismo en Lima"})
    assert [STATUSES.index(s) for s in listed["status"]] == sorted(STATUSES.index(s) for s in listed["status"])
    assert listed["status"].iloc[0] == "conflicting" and listed["story"].iloc[0] == "Sismo en Lima"
    assert set(listed["story"]) == {"Sismo en Lima", "S2", "S3"}  # unnamed stories keep their id
    assert tolls_listing(table, statuses=["consistent"])["story"].tolist() == ["S2"]
    assert tolls_listing(table.iloc[0:0]).empty


def test_within_a_status_more_outlets_come_first():
    table = pd.DataFrame({"story": ["x", "y", "z"], "status": ["consistent"] * 3, "outlets": [1, 4, 2]})
    assert tolls_listing(table)["story"].tolist() == ["y", "z", "x"]


def test_the_picker_lists_dated_tolls_first_then_by_outlets(rows):
    order = [rows[i].incident for i in toll_order(rows)]
    assert order == ["S1", "S3", "S2"]  # S1 and S3 dated (2 outlets, then 1), S2 undated though it has 3
    assert toll_order([]) == []


def test_names_and_titles(rows):
    conflicting = next(r for r in rows if r.incident == "S1")
    assert toll_name(conflicting, {"S1": "Sismo"}) == "Sismo · killed · total (2 reports, conflicting)"
    assert toll_name(conflicting, {}) == "S1 · killed · total (2 reports, conflicting)"  # no label: the incident
    untold = next(r for r in agreements([_claim("a", 1, "S9")], {}) if r.incident == "S9")
    assert toll_name(untold, {"S1": "Sismo"}).startswith("S9 · ")
    assert toll_title(conflicting) == "killed · total"


def test_places_and_the_moves_a_user_may_make():
    claims = [_claim("a", 10, "S1", place="Lima"), _claim("b", 10, "S1", place="Lima"), _claim("c", 4, "S1", place="Cusco")]
    rows = agreements(claims, {})
    assert places_compared(rows) == ["Cusco", "Lima"]
    assert place_moves(rows) == ["a@Lima", "b@Lima", "c@Cusco"]
    assert toll_title(next(r for r in rows if r.place == "Cusco")) == "killed · total · Cusco"
    assert places_compared(agreements([_claim("a", 1, "S1")], {})) == []
