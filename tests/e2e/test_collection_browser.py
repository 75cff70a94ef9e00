"""A collection in a real browser: the Corpus page's filters count, load the match, and the autosaved workspace
refers to the collection instead of holding the texts."""

from __future__ import annotations

import json

import pytest

from analysis.corpus.outlets import Outlet
from tests.conftest import seeds_collection
from tests.e2e.conftest import ARTIFACTS, start_streamlit, stop_streamlit

pytestmark = pytest.mark.e2e


@pytest.fixture
def collection_server(tmp_path):
    path = seeds_collection(tmp_path / "news.sqlite", [
        Outlet("Diario Uno", ("Outlet unknown (000)", "Outlet unknown (001)"), country="ES", ownership="private"),
        Outlet("Radio Estatal", ("Outlet unknown (003)",), country="VE", ownership="state"),
    ])  # fmt: skip
    data = tmp_path / "data"
    process, url = start_streamlit(path, env={"CONTRASTE_DATA_DIR": str(data)})
    yield url, data
    stop_streamlit(process)


def test_filter_a_collection_on_the_corpus_page(page, collection_server) -> None:
    url, data = collection_server
    page.goto(url)
    page.get_by_text("of 5 articles match").wait_for(timeout=120_000)
    box = page.get_by_label("Text query", exact=True)
    box.fill("Lavrov")
    box.press("Enter")
    page.get_by_role("button", name="Load these 2 articles").wait_for(timeout=120_000)
    page.get_by_role("button", name="Load these 2 articles").click()
    page.get_by_text("the 2 loaded are every page's corpus").wait_for(timeout=120_000)
    page.get_by_text("2 articles from 2 sources").wait_for(timeout=120_000)  # the chart redrawn
    axis = set(page.locator('[data-testid="stPlotlyChart"] .xtick text').all_text_contents())
    assert axis == {"Diario Uno", "Radio Estatal"}  # 000 and 003 name him; their outlets' names, not the labels
    page.screenshot(path=str(ARTIFACTS / "corpus-collection.png"), full_page=True)
    saved = [json.loads(p.read_bytes()) for p in data.rglob("*.json")]
    assert saved and saved[0]["articles"] == [] and saved[0]["collection"]["filters"] == {"query": "Lavrov"}
