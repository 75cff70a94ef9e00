"""The Stories page in a real browser, on the seeds: the two stories are listed (the January 2026 Russia–Venezuela
coverage of four outlets, and the November 2025 article alone), with their timeline and who broke the story,
all downloadable; a renamed story is named so in the sidebar too and is still renamed in a new browser session
(saved with the workspace)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import ARTIFACTS, start_streamlit, stop_streamlit
from tests.e2e.steps import button_of, csv_rows, download, idle, open_idle

pytestmark = pytest.mark.e2e

HEADING = "Edit stories"  # the page's last section: its script has run that far
NAME = "Rusia y Venezuela, enero"


# The drawn bars' widths and one day's width on the x axis, in pixels, of the Plotly chart in this element.
BARS = """(element) => {
  const gd = element.querySelector('.js-plotly-plot');
  const ax = gd._fullLayout.xaxis;
  const day = ax._length * 86400000 / (ax.r2l(ax.range[1]) - ax.r2l(ax.range[0]));
  return {day, bars: [...gd.querySelectorAll('g.point path')].map(p => p.getBoundingClientRect().width)};
}"""


@pytest.fixture(scope="module")
def stories_server(tmp_path_factory) -> Iterator[tuple[str, Path]]:
    """A server of its own (its own autosave folder): the story renamed here must not reach other tests."""
    data = tmp_path_factory.mktemp("stories-data")
    process, url = start_streamlit(env={"CONTRASTE_DATA_DIR": str(data)})
    yield url, data
    stop_streamlit(process)


def stories(page) -> list[dict[str, str]]:
    name, data = download(page, button_of(page, "stories-csv"))
    assert name == "stories.csv"
    return csv_rows(data)


def test_the_seeds_stories_their_timeline_and_who_broke_them(page, stories_server):
    url, _ = stories_server
    open_idle(page, f"{url}/stories", HEADING)
    assert page.locator('[data-testid="stException"]').count() == 0
    rows = stories(page)
    assert [int(r["size"]) for r in rows] == [4, 1]  # the largest first
    big, alone = rows
    assert big["start"] == "2026-01-20" and big["end"] == "2026-01-26" and big["outlets"] == "4"
    assert "Agencia EFE (credited)" in big["sources"] and "Outlet unknown (004)" not in big["sources"]
    assert alone["start"] == alone["end"] == "2025-11-04" and alone["sources"] == "Outlet unknown (004)"
    # The largest story's timeline: its two dated articles' outlets; the two undated ones said in words.
    page.get_by_text("4 articles from 4 outlets, 2026-01-20 to 2026-01-26; 2 undated").wait_for()
    timeline = page.locator('[data-testid="stPlotlyChart"]').first
    legend = timeline.locator(".legendtext").all_text_contents()
    assert set(legend) == {"Agencia EFE (credited)", "Outlet unknown (000)"}
    # A bar is one day wide, and articles are counted in whole numbers on the axis (screenshot: one article a day
    # was drawn four days wide, with ticks at 0.2 article).
    drawn = timeline.evaluate(BARS)
    assert drawn["bars"] and max(drawn["bars"]) <= drawn["day"], drawn
    ticks = timeline.locator(".ytick text").all_text_contents()
    assert ticks and all(t.isdigit() for t in ticks), ticks
    # One story with two or more articles is called so, not "the 1 largest stories".
    page.get_by_text("The story with two or more articles.", exact=False).wait_for()
    assert page.get_by_text("largest stories").count() == 0
    # Who broke it: its CSV names the first outlet and the one that followed six days later.
    name, data = download(page, button_of(page, "stories-first-table-csv"))
    assert name == "first-coverage-table.csv"
    first = {r["source"]: (r["role"], r["lag_days"]) for r in csv_rows(data)}
    assert first["Outlet unknown (000)"] == ("broke", "0") and first["Agencia EFE (credited)"] == ("followed", "6")
    assert first["Outlet unknown (001)"] == ("undated", "")
    page.screenshot(path=str(ARTIFACTS / "stories-page.png"), full_page=True)


def test_a_renamed_story_is_named_everywhere_and_kept(page, browser, stories_server):
    url, data = stories_server
    open_idle(page, f"{url}/stories", HEADING)
    story_id = stories(page)[0]["id"]
    page.get_by_label("New name (empty: back to its words)").fill(NAME)
    page.get_by_role("button", name="Rename", exact=True).click()
    page.get_by_role("button", name="Undo every story edit").wait_for(timeout=120_000)
    idle(page)
    assert [r["label"] for r in stories(page) if r["id"] == story_id] == [NAME]
    saved = [json.loads(p.read_text(encoding="utf-8")) for p in data.glob("autosave-*.json")]
    assert [list(s["story_edits"]["rename"].values()) for s in saved] == [[NAME]]

    # A new browser context is a new session: the name comes back from the workspace, in the sidebar too.
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    try:
        fresh = context.new_page()
        open_idle(fresh, f"{url}/stories", HEADING)
        assert [r["label"] for r in stories(fresh) if r["id"] == story_id] == [NAME]
        fresh.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').first.click()
        fresh.get_by_role("option").filter(has_text=NAME).first.wait_for(timeout=30_000)
        fresh.keyboard.press("Escape")
        fresh.get_by_role("button", name="Undo every story edit").click()
        fresh.get_by_role("button", name="Undo every story edit").wait_for(state="detached", timeout=120_000)
        idle(fresh)
        assert NAME not in {r["label"] for r in stories(fresh)}
    finally:
        context.close()
