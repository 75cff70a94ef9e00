"""Side by side in a real browser: both texts scroll together in one box, a passage link brings both copies
into view on one row, and a KWIC row opens its article with the sentence marked and scrolled into view."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import ARTIFACTS
from tests.e2e.steps import open_side_by_side
from tests.e2e.test_outlets_browser import IDLE

pytestmark = pytest.mark.e2e

# Where an element sits inside the reading box: its top relative to the box's, and whether it is in view there.
IN_BOX = """(id) => {
  const el = document.getElementById(id), box = document.querySelector('.reading');
  const e = el.getBoundingClientRect(), b = box.getBoundingClientRect();
  return {top: e.top - b.top, visible: e.top >= b.top && e.bottom <= b.bottom, scroll: box.scrollTop};
}"""


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
    open_side_by_side(page, grid)  # the first row, else the next (a click while the grid is drawn selects nothing)
    page.wait_for_function(IDLE, timeout=180_000, polling=50)
    page.wait_for_function("() => document.getElementById('focus-sentence')", timeout=30_000)
    page.wait_for_timeout(800)  # the scroll script retries until the text is there
    where = page.evaluate(IN_BOX, "focus-sentence")
    assert where["scroll"] > 0 and where["visible"], where
    page.screenshot(path=str(ARTIFACTS / "side-by-side-opened.png"))
