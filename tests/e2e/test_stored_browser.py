"""A collection `contraste report` has analysed, in a real browser: every page draws from the results stored in
it (a stored story's label altered on purpose is what the Stories page shows) and says so; a stale result
(its code digest altered) is computed again, and the page says why."""

from __future__ import annotations

import sqlite3

import pytest

from analysis.cli import main
from analysis.corpus.collection import Collection
from analysis.report import stored
from tests.conftest import seeds_collection
from tests.e2e.conftest import ARTIFACTS, start_streamlit, stop_streamlit

pytestmark = pytest.mark.e2e

LABEL = "Relato leído de la colección"
READ = "Read from the results stored in news.sqlite"
PAGES = {"stories": "Stories", "similarity": "Similarity", "framing": "Framing terms",
         "figures": "Casualty figures", "sources": "Sources", "side-by-side": "Side by side"}  # fmt: skip


@pytest.fixture
def reported_server(tmp_path):
    path = seeds_collection(tmp_path / "news.sqlite")
    code = main(["report", str(path), "--out", str(tmp_path / "out"), "--no-images", "--quiet"])
    assert code == 0
    with Collection(path) as collection:
        articles = collection.select().articles
    store = stored.Store(path, stored.content_key(articles), count=len(articles))
    found = store.get("stories", lambda: pytest.fail("the report stored no stories"))
    first = type(found.stories[0])(**{**found.stories[0].__dict__, "label": LABEL})
    assert store.put("stories", type(found)((first, *found.stories[1:]), found.assignment))
    with sqlite3.connect(path) as db:  # the claims were stored by another version of Contraste
        db.execute("UPDATE results SET code = 'older' WHERE name = 'claims'")
    process, url = start_streamlit(path, env={"CONTRASTE_DATA_DIR": str(tmp_path / "data")})
    yield url
    stop_streamlit(process)


def test_every_page_draws_from_the_stored_results(page, reported_server) -> None:
    for path, title in PAGES.items():
        page.goto(f"{reported_server}/{path}")
        page.get_by_role("heading", name=title, exact=True).first.wait_for(timeout=180_000)
        if path == "figures":
            stale = "Stored results in news.sqlite not used (claims: Contraste's code changed since it was stored"
            page.get_by_text(stale).first.wait_for(timeout=180_000)
            page.get_by_text("claims", exact=True).first.wait_for(timeout=60_000)  # computed again: drawn
        else:
            page.get_by_text(READ).first.wait_for(timeout=180_000)
            assert page.get_by_text("Stored results in").count() == 0  # no stale or damaged warning
        if path == "stories":
            page.get_by_text(LABEL).first.wait_for(state="attached", timeout=60_000)  # stored stories (in the grid)
        page.wait_for_timeout(1500)  # let the data grids draw before the screenshot
        page.screenshot(path=str(ARTIFACTS / f"stored-{path}.png"), full_page=True)


def test_the_dashboard_stores_what_it_computes_and_the_next_server_reads_it(page, tmp_path) -> None:
    """No report: the first server computes the Similarity and Figures pages and stores them in the collection
    (it says so); a second server (empty caches) reads them and says so."""
    path = seeds_collection(tmp_path / "news.sqlite")
    for visit, said in (("first", "Computed and stored in news.sqlite"), ("second", READ)):
        process, url = start_streamlit(path, env={"CONTRASTE_DATA_DIR": str(tmp_path / "data")})
        try:
            for route, title in (("similarity", "Similarity"), ("figures", "Casualty figures")):
                page.goto(f"{url}/{route}")
                page.get_by_role("heading", name=title, exact=True).first.wait_for(timeout=180_000)
                page.get_by_text(said).first.wait_for(timeout=180_000)
                assert page.get_by_text("Stored results in").count() == 0  # no stale or damaged warning
                page.wait_for_timeout(1500)  # let the charts and grids draw before the screenshot
                page.screenshot(path=str(ARTIFACTS / f"stored-by-dashboard-{route}-{visit}.png"), full_page=True)
        finally:
            stop_streamlit(process)
