"""Framing terms in a real browser: clicking a bar or a word opens its keyword-in-context lines."""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import ARTIFACTS
from tests.e2e.steps import idle, settled_box

pytestmark = pytest.mark.e2e


def _click_centre(page, locator) -> None:
    """Click the centre of ``locator`` once the app is idle and the element has stopped moving: a box read while the
    charts above it are still laid out is not where the bar ends up (a CI run, session 20: three clicks lost)."""
    idle(page)
    locator.scroll_into_view_if_needed()
    box = settled_box(page, locator)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def _click_until(page, locator, shown: re.Pattern[str], *, tries: int = 3) -> None:
    """Click the centre of ``locator`` until a text matching ``shown`` is visible. Under load (a CI run beside other
    work) a click can land while Streamlit is still re-running the page and Plotly's chart is being replaced, and is
    then lost (seen once in a CI run at load ~6: the test passed alone); the chart's answer is still required within
    ``tries`` clicks, each given 20 s."""
    for attempt in range(tries):
        _click_centre(page, locator)
        try:
            page.get_by_text(shown).wait_for(timeout=20_000)
            return
        except Exception:
            if attempt == tries - 1:
                raise


def test_clicking_charts_opens_keyword_in_context(page, server):
    page.goto(f"{server}/framing")
    page.get_by_role("heading", name="Framing terms").wait_for(timeout=60_000)
    page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=60_000)
    page.get_by_text("4 occurrences of taking of the president › secuestro").wait_for(timeout=30_000)
    bars = page.locator('[data-testid="stPlotlyChart"]').first.locator("g.point path")
    tall = [bars.nth(i) for i in range(bars.count()) if (bars.nth(i).bounding_box() or {"height": 0})["height"] > 5]
    # Panel "taking of the president": traces in source-name order, so the first bar is Agencia EFE's captura
    # (seeds/metadata.csv). The contexts listed are that source's only.
    _click_until(page, tall[0], re.compile(r"^\d+ occurrences? of taking of the president › captura in Agencia EFE"))
    # A word of a source's distinctive-words panel lists its contexts in that source.
    words = page.locator('[data-testid="stPlotlyChart"]').nth(1).locator("g.point path")
    _click_until(page, words.first, re.compile(r"^\d+ occurrences? of \w+ in Agencia EFE"))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "framing.png"), full_page=True)
