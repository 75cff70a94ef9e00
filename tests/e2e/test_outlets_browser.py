"""Thirty outlets in a real browser: every page renders without an error, names articles by outlet and date,
gives each outlet one colour, and the browser asks no host but the app's own (no fonts, no icons from
outside). Idle times are recorded in tests/artifacts/outlets-idle.json, not asserted (measure with
``python -m analysis.bench``)."""

from __future__ import annotations

import json
import time
from urllib.parse import urlparse

import pytest

from tests.e2e.conftest import ARTIFACTS, start_streamlit
from tests.e2e.outlets import write_outlet_corpus

pytestmark = pytest.mark.e2e

PAGES = ["Corpus", "Similarity", "Side by side", "Framing terms", "Casualty figures", "Report", "Methods"]
IDLE = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  const charts = document.querySelectorAll('[data-testid="stPlotlyChart"]').length;
  const drawn = document.querySelectorAll('[data-testid="stPlotlyChart"] .main-svg').length;
  return app && app.getAttribute('data-test-script-state') === 'notRunning' && !!document.querySelector('h1')
    && !document.querySelector('[data-stale="true"]') && drawn >= charts;
}"""


@pytest.fixture(scope="module")
def outlets_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("outlets")
    write_outlet_corpus(folder, articles=120, outlets=30)
    process, url = start_streamlit(corpus=folder)
    yield url
    process.terminate()
    process.wait(timeout=10)


def idle_after(page, start: float) -> float:
    page.wait_for_function(IDLE, timeout=180_000, polling=50)
    return round(time.monotonic() - start, 2)


def test_thirty_outlets_every_page_and_no_outside_request(page, outlets_server):
    hosts: set[str] = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).hostname or request.url))
    times = {}
    start = time.monotonic()
    page.goto(outlets_server)
    times["open"] = idle_after(page, start)
    for round_ in ("first", "again"):
        for name in PAGES:
            start = time.monotonic()
            page.locator('[data-testid="stSidebarNav"]').get_by_role("link", name=name, exact=True).click()
            page.get_by_role("heading", name=name if name != "Framing terms" else "Framing terms").first.wait_for()
            times[f"{round_}: {name}"] = idle_after(page, start)
            assert page.locator('[data-testid="stException"]').count() == 0, name
            if round_ == "again":
                page.screenshot(path=str(ARTIFACTS / f"outlets-{name.replace(' ', '-').lower()}.png"), full_page=True)
            if name == "Similarity":
                ticks = page.locator('[data-testid="stPlotlyChart"]').first.locator(".ytick text").all_text_contents()
                assert ticks and not any(t.startswith("syn-") for t in ticks)  # names, not ids
                assert any(" · no date" in t for t in ticks)  # a missing date in words, never "None"
            if name == "Framing terms":
                legend = page.locator('[data-testid="stPlotlyChart"]').first.locator(".legendtext").all_text_contents()
                assert "other sources (23)" in legend and len(legend) == 8  # 7 largest outlets + the rest pooled
    (ARTIFACTS / "outlets-idle.json").write_text(json.dumps(times, indent=1))
    assert hosts == {"127.0.0.1"}, f"requests to outside hosts: {sorted(hosts - {'127.0.0.1'})}"
