"""The Stories page and the sidebar's narrowing through Streamlit's AppTest, on a mixed corpus of real coverage."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from analysis.corpus import autosave
from analysis.corpus.loading import Corpus, load_path
from dashboard import state
from tests.conftest import SEEDS, open_page
from tests.mixed import mixed_corpus


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    articles, _ = mixed_corpus(files=("quotes_dev.json",))
    return Corpus(tuple(articles))


def _open(corpus: Corpus, page: str = "stories") -> AppTest:
    return open_page(page, timeout=180, session={"corpus": corpus})


def test_stories_page_shows_the_table_the_timeline_and_first_coverage(corpus: Corpus) -> None:
    at = _open(corpus)
    assert at.title[0].value == "Stories"
    table = at.dataframe[0].value
    assert {"id", "label", "start", "end", "days", "size", "outlets", "sources"} <= set(table.columns)
    otis = table[table["label"].str.contains("otis|acapulco", case=False)]
    assert len(otis) == 1 and otis["size"].iloc[0] == 4  # the four Otis excerpts are one story
    charts = at.get("plotly_chart")
    coverage = json.loads(charts[0].proto.spec)
    assert coverage["data"][0]["type"] == "bar"
    first = json.loads(charts[1].proto.spec)
    assert {t["type"] for t in first["data"]} == {"scatter"}
    labels = [b.label for b in at.get("download_button")]
    assert [labels.count(f) for f in ("PNG", "SVG", "HTML")] == [len(charts)] * 3  # every chart downloadable


def test_first_coverage_table_lists_who_covered_with_units_and_no_none(corpus: Corpus) -> None:
    """On real coverage of many outlets the outlet × story table was mostly "not covered" rows (8,170 rows for 224
    articles) with "None" in the date and lag cells; now it lists the outlets that covered each story, the lag in
    days, and the toggle adds the others."""
    at = _open(corpus)
    table = next(d.value for d in at.dataframe if "after the story began" in d.value.columns)
    assert set(table["role"]) == {"broke", "followed", "undated"} and (table["articles"] > 0).all()
    assert set(table.loc[table["role"] == "broke", "after the story began"]) == {"day 0"}
    later = table.loc[table["role"] == "followed", "after the story began"]
    assert later.str.fullmatch(r"\+1 day|\+\d+ days").all() and len(later)  # a follower has a date and a lag
    undated = table[table["role"] == "undated"]  # all its articles in the story undated: neither broke nor followed
    assert set(undated["first article"]) == {"no date"} and set(undated["after the story began"]) == {
        "unknown (no date)"
    }
    assert not table.isin(["None", None]).any().any()
    at.toggle(key="stories-first-every").set_value(True).run()
    every = next(d.value for d in at.dataframe if "after the story began" in d.value.columns)
    assert "not covered" in set(every["role"]) and len(every) > len(table)


def test_sidebar_narrows_every_page_and_persists(corpus: Corpus) -> None:
    at = _open(corpus)
    table = at.dataframe[0].value
    otis = table[table["label"].str.contains("otis|acapulco", case=False)]["id"].iloc[0]
    at.selectbox(key="narrow-story").set_value(otis).run()
    assert not at.exception
    assert at.session_state.settings["narrow"]["story"] == otis
    at.run()  # the widgets of this page see the narrowing on the next run
    assert at.selectbox(key="stories-coverage-story").value == otis  # its timeline is the story narrowed to
    at.switch_page("app_pages/corpus.py")
    at.run()
    assert not at.exception
    assert at.selectbox(key="narrow-story").value == otis  # the choice followed to another page
    shown = [c.value for c in at.caption if "Every page shows" in c.value]
    assert shown and shown[0].startswith("Every page shows 4 of")
    at.switch_page("app_pages/similarity.py")
    at.run()
    assert not at.exception
    heat = json.loads(at.get("plotly_chart")[0].proto.spec)["data"][0]
    assert len(heat["x"]) == 4  # only the story's articles are compared


def test_rename_merge_and_undo_are_saved_as_story_edits(corpus: Corpus) -> None:
    at = _open(corpus)
    ids = list(at.dataframe[0].value["id"])
    at.selectbox(key="stories-rename-which").set_value(ids[0]).run()
    at.text_input(key="stories-rename-name").input("Mi historia").run()
    at.button(key="stories-rename").click().run()
    assert not at.exception
    assert list(at.session_state.story_edits["rename"].values()) == ["Mi historia"]
    # Autosaved at once: a reload or a new session (which restores the autosave) keeps the edit.
    assert autosave.read(state.autosave_path()).story_edits == at.session_state.story_edits  # type: ignore[union-attr]
    assert "Mi historia" in list(at.dataframe[0].value["label"])
    at.multiselect(key="stories-merge-which").set_value(ids[1:3]).run()
    at.button(key="stories-merge").click().run()
    assert not at.exception
    assert len(at.dataframe[0].value) == len(ids) - 1
    at.button(key="stories-undo").click().run()
    assert at.session_state.story_edits == {} and len(at.dataframe[0].value) == len(ids)
    assert autosave.read(state.autosave_path()).story_edits == {}  # type: ignore[union-attr]


def test_figures_page_compares_tolls_within_a_story() -> None:
    at = _open(load_path(SEEDS), "figures")
    table = [d.value for d in at.dataframe if "incident" in d.value.columns]
    assert table
    incidents = set(table[0]["incident"])
    assert "since 2025-09" in incidents and any(i.startswith("S") for i in incidents)


def test_the_timeline_says_how_many_articles_it_cannot_place() -> None:
    """The seeds' main story has four articles, two of them undated: the caption says two are not drawn."""
    at = _open(load_path(SEEDS))
    captions = [c.value for c in at.caption]
    assert any("4 articles from" in c and "2 undated, not on the timeline" in c for c in captions), captions
