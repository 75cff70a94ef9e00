"""The Corpus page's URL box: progress, per-URL results, and the private-address refusal."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.state import ALLOW_PRIVATE_URLS
from tests.conftest import open_page


def _fetch(urls: list[str], *, timeout: float = 5) -> AppTest:
    at = open_page(timeout=60)
    at.text_area(key="corpus-urls").input("\n".join(["# pasted links", *urls]))
    at.number_input(key="corpus-url-timeout").set_value(timeout)
    at.button(key="corpus-fetch").click()
    at.run()
    assert not at.exception
    return at


def _results(at: AppTest):
    [table] = [
        frame.value for frame in at.dataframe if "reason" in frame.value.columns and "status" in frame.value.columns
    ]
    return table


def test_dashboard_refuses_loopback_by_default(site, monkeypatch):
    monkeypatch.delenv(ALLOW_PRIVATE_URLS, raising=False)
    hits = len(site.hits)
    at = _fetch([site.url("/sociedad/inundaciones-valdemora.html")])
    table = _results(at)
    assert table["status"].tolist() == ["failed"]
    assert table["reason"][0].startswith("refused: 127.0.0.1 is a loopback address")
    assert len(site.hits) == hits, "nothing was requested from the private address"
    assert any("CONTRASTE_ALLOW_PRIVATE_URLS=1" in caption.value for caption in at.caption)


@pytest.mark.parametrize("setting", ["1", "true"])
def test_dashboard_fetches_loopback_when_allowed(site, monkeypatch, setting):
    monkeypatch.setenv(ALLOW_PRIVATE_URLS, setting)
    at = _fetch([site.url("/sociedad/inundaciones-valdemora.html"), site.url("/missing"), site.url("/slow")], timeout=1)
    table = _results(at)
    assert table["status"].tolist() == ["loaded", "failed", "failed"]
    assert table["reason"].tolist() == ["", "HTTP 404 Not Found", "timed out after 1 s"]
    assert table["source"][0] == "La Voz del Sur"
    assert any("1 loaded, 2 failed" in md.value for md in at.markdown)
    assert "La Voz del Sur" in at.session_state.corpus.by_id()["127.0.0.1-inundaciones-valdemora"].source
    assert len(at.session_state.corpus) == 6, "the five example articles and the fetched one"


def test_fetching_nothing_asks_for_urls():
    at = _fetch([])
    assert [w.value for w in at.warning] == ["Paste at least one URL (one per line)."]
