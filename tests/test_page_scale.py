"""Every page on a corpus above its display limits (limits lowered): cut views say what they show."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from analysis.bench.synthetic import generate
from analysis.config import settings
from dashboard import state
from tests.conftest import open_page

ARTICLES = 150


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    path = tmp_path_factory.mktemp("scale") / "articles.jsonl"
    generate(ARTICLES, seed=3).write_jsonl(path)
    return path.parent


@pytest.fixture
def app(folder, monkeypatch, settings_override) -> AppTest:
    monkeypatch.setattr(state, "DEFAULT_CORPUS", folder)
    # above "dense": top-k neighbours, found approximately
    settings_override(
        similarity={"dense_max_articles": 100, "approximate_above": 100},
        display={"page_rows": 5, "chart_tolls": 3, "timeline_tolls": 2},
    )
    return open_page(timeout=300)


def _open(at: AppTest, page: str) -> AppTest:
    at.switch_page(f"app_pages/{page}.py")
    at.run()
    assert not at.exception
    return at


def _captions(at: AppTest) -> str:
    return " | ".join(c.value for c in at.caption)


def test_corpus_page_lists_every_article(app):
    at = _open(app, "corpus")
    title = json.loads(at.get("plotly_chart")[0].proto.spec)["layout"]["title"]["text"]
    assert title.startswith(f"{ARTICLES:,} articles from") and title.endswith("by month")  # 150 dates: months


def test_similarity_page_shows_the_strongest_pairs_and_offers_all(app):
    at = _open(app, "similarity")
    heat = json.loads(at.get("plotly_chart")[0].proto.spec)["data"][0]
    assert len(heat["x"]) == settings().similarity.heatmap_max_articles < ARTICLES
    assert f"{ARTICLES} articles is more than 100" in _captions(at)
    assert "All pairs as CSV" in [b.label for b in at.get("download_button")]


def test_figures_page_cuts_charts_and_pages_the_evidence(app):
    at = _open(app, "figures")
    captions = _captions(at)
    assert "Showing tolls 1–5 of" in captions  # the tolls' statuses, a page at a time
    assert len(at.get("plotly_chart")) == 1  # one toll's step chart at a time, whatever the corpus
    assert "Showing claims 1–5 of" in captions
    at.number_input(key="figures-page").set_value(2).run()
    assert "Showing claims 6–10 of" in _captions(at)


def test_framing_page_pages_keyword_in_context(app):
    at = _open(app, "framing")
    at.text_input(key="framing-kwic-query").set_value("gobierno").run()
    assert not at.exception
    assert "Showing occurrences 1–5 of" in _captions(at)
    assert len(at.dataframe[-1].value) == 5


def test_side_by_side_page_runs(app):
    _open(app, "side_by_side")
