"""The whole stack in a real browser: streamlit run, headless Chromium, a PNG download."""

from __future__ import annotations

import pytest

from tests.conftest import SEED_SOURCES
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.steps import button_of

pytestmark = pytest.mark.e2e


def test_corpus_page_in_chromium(page, server):
    page.goto(server)
    page.wait_for_selector('[data-testid="stApp"]')
    page.get_by_role("heading", name="Corpus").wait_for(timeout=60_000)
    page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=60_000)
    axis = page.locator('[data-testid="stPlotlyChart"] .xtick text').all_text_contents()
    assert sorted(axis) == sorted(SEED_SOURCES.values())  # seeds/metadata.csv labels
    with page.expect_download(timeout=60_000) as download:
        button_of(page, "corpus-chart-png").click()  # the chart's PNG button, by its key
    path = ARTIFACTS / download.value.suggested_filename
    download.value.save_as(path)
    data = path.read_bytes()
    assert download.value.suggested_filename == "articles-by-source-and-date.png"
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000
    page.screenshot(path=str(ARTIFACTS / "corpus.png"), full_page=True)


def test_the_corpus_page_by_its_name(page, server):
    """ "/corpus" (a bookmark, a link) opens the Corpus page, served at "/": no "Page not found" dialog."""
    page.goto(server.rstrip("/") + "/corpus")
    page.get_by_role("heading", name="Corpus").wait_for(timeout=60_000)
    page.wait_for_timeout(1_000)
    assert page.get_by_text("Page not found").count() == 0
