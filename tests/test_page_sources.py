"""The Sources page through Streamlit's AppTest: roles per outlet, speakers, shared quotes, role corrections (kept in the session state the workspace saves)."""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest

from analysis.corpus import autosave
from dashboard import state
from tests.conftest import open_page

PAGE = "sources"  # the ``page`` fixture (tests/conftest.py) opens it


def test_roles_per_outlet_speakers_and_the_shared_quote(page: AppTest) -> None:
    charts = page.get("plotly_chart")
    assert len(charts) == 3  # roles per outlet, speakers of one outlet, places named
    roles = json.loads(charts[0].proto.spec)
    assert {t["name"] for t in roles["data"]} >= {"government / official"}
    assert len(roles["data"][0]["y"]) == 5  # one bar per outlet (the seeds' five articles)
    speakers = page.dataframe[0].value
    assert {"Dmitri Peskov", "Serguéi Lavrov", "Nicolás Maduro", "Yván Gil"} <= set(speakers["speaker"])
    # The table names roles as the chart's legend does, not by their ids ("international_ngo").
    assert set(speakers["role"]) <= {t["name"] for t in roles["data"]} and "government / official" in set(
        speakers["role"]
    )
    # Counts of statements on the speakers' axis: whole numbers, with their unit.
    axis = json.loads(charts[1].proto.spec)["layout"]["xaxis"]
    assert axis["title"]["text"] == "statements" and axis["dtick"] == 1
    shared = next(d.value for d in page.dataframe if "quote" in d.value.columns)
    assert shared["quote"].tolist() == ["absoluto rechazo al uso de la fuerza unilateral"]
    assert bool(shared["in_shared_passage"].iloc[0])
    # Articles by outlet and date on the page (ids in its CSV).
    assert (shared["quoted_in"].iloc[0], shared["unquoted_in"].iloc[0]) == (
        "Outlet unknown (001) · no date",
        "Outlet unknown (000) · 2026-01-20",
    )
    assert any("<mark>absoluto rechazo" in h.proto.body for h in page.get("html"))  # st.html, not markdown


def test_a_role_correction_is_applied_and_saved_in_the_workspace(page: AppTest) -> None:
    page.selectbox(key="sources-role-speaker").set_value("Dmitri Peskov")
    page.selectbox(key="sources-role-choice").set_value("media")
    submit = [b for b in page.get("button") if "Save role" in str(b.proto.label)]
    submit[0].click().run()
    assert not page.exception, page.exception
    assert page.session_state.speaker_roles == {"Dmitri Peskov": "media"}
    # Autosaved at once: a reload or a new session (which restores the autosave) keeps the correction.
    assert autosave.read(state.autosave_path()).speaker_roles == {"Dmitri Peskov": "media"}  # type: ignore[union-attr]
    speakers = page.dataframe[0].value
    assert set(speakers[speakers["speaker"] == "Dmitri Peskov"]["role"]) == {"another outlet or agency"}
    page.button(key="sources-roles-reset").click().run()
    assert page.session_state.speaker_roles == {}
    assert autosave.read(state.autosave_path()).speaker_roles == {}  # type: ignore[union-attr]


def test_places_named_per_outlet_are_charted_from_the_gazetteer(page: AppTest) -> None:
    places = json.loads(page.get("plotly_chart")[2].proto.spec)
    assert places["data"][0]["type"] == "heatmap"
    assert "Venezuela" in places["data"][0]["y"]
    assert len(places["data"][0]["x"]) == 5  # one column per outlet


def test_roles_per_group_of_outlets(page: AppTest) -> None:
    outlets = page.multiselect(key="sources-group-a").options
    page.multiselect(key="sources-group-a").set_value(outlets[:2]).run()
    page.multiselect(key="sources-group-b").set_value(page.multiselect(key="sources-group-b").options[:1]).run()
    assert not page.exception, page.exception
    charts = [json.loads(c.proto.spec) for c in page.get("plotly_chart")]
    groups = next(c for c in charts if "group of outlets" in c["layout"]["title"]["text"])
    assert {y for t in groups["data"] for y in t["y"]} == {"group A", "group B"}
    speakers = page.dataframe[1].value  # the speakers of each group
    assert set(speakers["source"]) == {"group A", "group B"}


def test_roles_per_outlet_draws_only_the_outlets_with_most_statements(settings_override) -> None:
    """On 224 real excerpts the chart had one bar per outlet (~180 bars, ~6,000 px tall); now it draws the
    ``role_chart_sources`` outlets with most statements and its title says so."""
    settings_override(display={"role_chart_sources": 2})
    at = open_page(PAGE)
    roles = json.loads(at.get("plotly_chart")[0].proto.spec)
    drawn = {y for trace in roles["data"] for y in trace["y"]}
    title = roles["layout"]["title"]["text"]
    assert len(drawn) == 2 and "the 2 outlets with most statements (of 5)" in title
    assert roles["layout"]["height"] < 400  # two bars, not five
    speakers = at.dataframe[0].value  # every outlet's speakers, with their statements
    totals = speakers.groupby("source")["statements"].sum().reset_index()
    most = totals.sort_values(["statements", "source"], ascending=[False, True])["source"].head(2)
    assert drawn == set(most)
