"""The Similarity page in a real browser, on the seeds: the heatmap of every pair and its download, the one pair
above the default threshold (the two articles on the Russian ambassador's visit) with the words behind it,
the threshold decides which pairs are listed, and picking the pair shows its shared passages side by side."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.conftest import ARTIFACTS, start_streamlit, stop_streamlit
from tests.e2e.steps import button_of, csv_rows, download, idle, open_idle

pytestmark = pytest.mark.e2e

HEADING = "Pairs that share passages"  # the page's last section on the seeds: its script has run that far
AMBASSADOR = ("000_bbe06687ad217e2c", "001_5cc538b1288261d0")  # two outlets' stories of one visit


@pytest.fixture(scope="module")
def similarity_server() -> Iterator[str]:
    """A server of its own: the threshold moved here is saved with the workspace and must not reach other tests."""
    process, url = start_streamlit()
    yield url
    stop_streamlit(process)


AXIS = """(title) => [...document.querySelectorAll('[data-testid="stPlotlyChart"]')].some(
  c => (c.querySelector('.gtitle') || {}).textContent?.startsWith(title) && c.querySelectorAll('.ytick text').length > 0
)"""


def axis_labels(page, title: str) -> list[str]:
    """The y axis labels of the chart whose title starts with ``title``, once Plotly has drawn them."""
    page.wait_for_function(AXIS, arg=title, timeout=60_000, polling=100)
    chart = page.locator('[data-testid="stPlotlyChart"]').filter(has=page.locator(".gtitle", has_text=title))
    return chart.first.locator(".ytick text").all_text_contents()


def test_the_heatmap_and_the_closest_pair(page, similarity_server):
    open_idle(page, f"{similarity_server}/similarity", HEADING)
    assert page.locator('[data-testid="stException"]').count() == 0
    ticks = axis_labels(page, "How much wording each pair")
    assert len(ticks) == 5 and "Agencia EFE (credited) · 2026-01-26" in ticks  # articles by outlet and date
    name, data = download(page, button_of(page, "similarity-heatmap-csv"))
    assert name == "similarity-heatmap.csv" and len(csv_rows(data)) >= 5
    page.get_by_role("heading", name="Closest pairs: 1").wait_for()
    name, data = download(page, button_of(page, "similarity-pairs-csv"))
    pairs = csv_rows(data)
    assert name == "similar-pairs.csv" and [(p["a"], p["b"]) for p in pairs] == [AMBASSADOR]
    assert 0.2 <= float(pairs[0]["score"]) < 0.5
    words = axis_labels(page, "Words behind a similarity")
    assert {"canciller", "embajador"} <= set(words)  # the words behind the similarity
    assert page.locator('[data-testid="stMetric"]').filter(has_text="Shared passages").inner_text().endswith("3")


def test_the_threshold_decides_which_pairs_are_listed(page, similarity_server):
    open_idle(page, f"{similarity_server}/similarity", HEADING)
    slider = page.get_by_role("slider")
    slider.focus()
    page.keyboard.press("End")  # only identical wording: no pair of the seeds
    page.get_by_text("No pair reaches this similarity").wait_for(timeout=120_000)
    idle(page)
    slider.focus()
    page.keyboard.press("Home")  # back to 0: every pair of the five articles
    page.get_by_role("heading", name="Closest pairs: 10").wait_for(timeout=120_000)
    idle(page)
    name, data = download(page, button_of(page, "similarity-pairs-csv"))
    pairs = csv_rows(data)
    assert len(pairs) == 10 and (pairs[0]["a"], pairs[0]["b"]) == AMBASSADOR  # 5 articles, 10 pairs; closest first
    # (The threshold is saved with the workspace: the next test opens the page at 0, the pair still first.)


def test_picking_the_pair_shows_the_shared_passages_side_by_side(page, similarity_server):
    open_idle(page, f"{similarity_server}/similarity", HEADING)
    page.get_by_role("button", name="Read them side by side").click()
    page.get_by_role("heading", name="Side by side").first.wait_for(timeout=120_000)
    page.wait_for_selector(".reading mark", timeout=120_000)
    idle(page)
    first, second = (page.locator(f"#{side}-passage-1").inner_text().replace("\n", " ") for side in ("first", "second"))
    shared = "el canciller Yván Gil recibió al embajador"
    assert shared in first and shared in second, (first, second)  # the one passage, marked in both texts
    count = page.evaluate("() => document.querySelectorAll('.reading [id^=\"second-passage-\"]').length")
    assert count == 3  # the three passages the Similarity page counted
    page.screenshot(path=str(ARTIFACTS / "similarity-side-by-side.png"), full_page=True)
