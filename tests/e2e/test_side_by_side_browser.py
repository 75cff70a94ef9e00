"""Side by side in a real browser: both texts scroll together in one box, a passage link brings both copies
into view on one row, and a KWIC row opens its article with the sentence marked and scrolled into view."""

from __future__ import annotations

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_outlets_browser import IDLE

pytestmark = pytest.mark.e2e

# Where an element sits inside the reading box: its top relative to the box's, and whether it is in view there.
IN_BOX = """(id) => {
  const el = document.getElementById(id), box = document.querySelector('.reading');
  const e = el.getBoundingClientRect(), b = box.getBoundingClientRect();
  return {top: e.top - b.top, visible: e.top >= b.top && e.bottom <= b.bottom, scroll: box.scrollTop};
}"""


ROW = 35  # a grid row's height in pixels (Streamlit's dataframe): the first row's middle is 52 px below the top


def open_idle(page, url: str, element: str) -> None:
    page.goto(url)
    page.wait_for_selector(element, timeout=180_000)  # the script has run (an idle app may not have started yet)
    page.wait_for_function(IDLE, timeout=180_000, polling=50)


def test_a_passage_link_brings_both_copies_into_view_side_by_side(page, server):
    open_idle(page, f"{server}/side-by-side", ".reading")
    assert page.locator(".reading").count() == 1  # one scroll box: the two texts cannot drift apart
    before = page.evaluate(IN_BOX, "second-passage-3")
    page.get_by_role("link", name="in the second").nth(2).click()
    page.wait_for_timeout(500)
    first, second = page.evaluate(IN_BOX, "first-passage-3"), page.evaluate(IN_BOX, "second-passage-3")
    assert second["scroll"] > before["scroll"]  # the box scrolled, both texts with it
    assert second["visible"] and first["visible"], (first, second)  # the copy on the left is in view too
    assert abs(first["top"] - second["top"]) < 120  # on one row
    page.screenshot(path=str(ARTIFACTS / "side-by-side-passage.png"))


def test_a_kwic_row_opens_its_article_at_the_sentence(page, server):
    open_idle(page, f"{server}/framing", "text=Click a row to read its article")
    grid = page.locator('[data-testid="stDataFrame"]').last
    grid.scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    heading = page.get_by_role("heading", name="Side by side").first
    for attempt in range(3):  # a click that lands while the grid is still drawing selects nothing: click again
        # Each click waits for an idle app and a grid that has stopped moving: a click during a rerun, or on a box
        # measured before the charts above it finished laying out, selected nothing (one CI run, three times).
        # Each attempt clicks the next row: clicking the same row's checkbox again would clear a selection that
        # the previous click did make (a retry undoing it), and a new row is a new selection the page opens.
        page.wait_for_function(IDLE, timeout=180_000, polling=50)
        grid.scroll_into_view_if_needed()
        box = grid.bounding_box()
        for _ in range(20):  # at most 6 s
            page.wait_for_timeout(300)
            settled = grid.bounding_box()
            if settled == box:
                break
            box = settled
        page.mouse.click(box["x"] + 12, box["y"] + 52 + ROW * attempt)  # that row's selection cell
        try:
            heading.wait_for(timeout=40_000)
            break
        except PlaywrightTimeout:
            if attempt == 2:
                raise
    page.wait_for_function(IDLE, timeout=180_000, polling=50)
    page.wait_for_function("() => document.getElementById('focus-sentence')", timeout=30_000)
    page.wait_for_timeout(800)  # the scroll script retries until the text is there
    where = page.evaluate(IN_BOX, "focus-sentence")
    assert where["scroll"] > 0 and where["visible"], where
    page.screenshot(path=str(ARTIFACTS / "side-by-side-opened.png"))
