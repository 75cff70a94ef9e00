"""The whole stack in a real browser: streamlit run, headless Chromium, a PNG download."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import ARTIFACTS

pytestmark = pytest.mark.e2e

SEED_IDS = [
    "000_bbe06687ad217e2c", "001_5cc538b1288261d0", "002_617b4fc88994eff6",
    "003_e2757298b54b9d5b", "004_2dbd488ba90dab47",
]  # fmt: skip


def test_corpus_page_in_chromium(page, server):
    page.goto(server)
    page.wait_for_selector('[data-testid="stApp"]')
    page.get_by_role("heading", name="Corpus").wait_for(timeout=60_000)
    page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=60_000)
    axis = page.locator('[data-testid="stPlotlyChart"] .xtick text').all_text_contents()
    assert sorted(axis) == SEED_IDS
    with page.expect_download(timeout=60_000) as download:
        page.locator('[data-testid="stDownloadButton"]').get_by_role("button", name="PNG", exact=True).click()
    path = ARTIFACTS / download.value.suggested_filename
    download.value.save_as(path)
    data = path.read_bytes()
    assert download.value.suggested_filename == "articles-by-source-and-date.png"
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000
    page.screenshot(path=str(ARTIFACTS / "corpus.png"), full_page=True)
