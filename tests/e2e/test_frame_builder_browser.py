"""Building a frame on the Framing page in a real browser: add it, exclude a sense from a context line, download
its YAML, save it as the lexicon in use."""

from __future__ import annotations

import pytest
import yaml

from analysis.framing.lexicon_schema import parse_lexicon
from tests.e2e.conftest import ARTIFACTS, start_streamlit
from tests.e2e.steps import button_of

pytestmark = pytest.mark.e2e
RUNNING = '[data-testid="stStatusWidgetRunningIcon"], [data-testid="stStatusWidgetRunningManIcon"]'


def _idle(page) -> None:
    """Wait until the app has finished its run (a button clicked mid-run may be replaced before it acts)."""
    page.wait_for_timeout(300)
    page.wait_for_function(f"() => !document.querySelector('{RUNNING}')", timeout=60_000)


@pytest.fixture(scope="module")
def own_server():
    """A server of its own: saving a lexicon here must not reach the other browser tests' sessions."""
    process, url = start_streamlit()
    yield url
    process.terminate()
    process.wait(timeout=10)


def test_building_a_frame_in_the_browser(page, own_server):
    server = own_server
    page.goto(f"{server}/framing")
    page.get_by_role("heading", name="Framing terms").wait_for(timeout=60_000)
    page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=60_000)
    page.get_by_text("Build your own frames").click()
    page.get_by_label("New frame").fill("toma del presidente")
    page.get_by_label("Its competing terms, separated by commas").fill("secuestro, captura")
    page.get_by_role("button", name="Add frame").click()
    _idle(page)
    page.get_by_text("Uses per source of each term").wait_for(timeout=30_000)
    builder = page.locator('[data-testid="stExpander"]').nth(1)
    builder.locator('[data-testid="stSelectbox"]').nth(1).click()
    page.get_by_role("option", name="toma del presidente › captura").click()
    _idle(page)
    exclude = page.get_by_role("button", name="Not in “tras la _”")
    exclude.wait_for(timeout=30_000)
    exclude.click()
    # Now in the "not in" cell of the table (a canvas grid: its cells are hidden accessibility elements).
    page.get_by_text("tras la _", exact=True).wait_for(state="attached", timeout=30_000)
    _idle(page)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    builder.screenshot(path=str(ARTIFACTS / "frame-builder.png"))
    with page.expect_download(timeout=60_000) as download:
        button_of(page, "framing-builder-yaml").click()
    text = download.value.path().read_text(encoding="utf-8")
    lexicon = parse_lexicon(text)
    assert lexicon.terms == [("toma del presidente", "secuestro"), ("toma del presidente", "captura")]
    assert yaml.safe_load(text)["frames"][0]["terms"][1]["not_in"] == ["tras la _"]
    _idle(page)
    page.get_by_role("button", name="Use these frames (saved with the workspace)").click()
    # The page now counts the built frame: keyword in context opens on its first term.
    page.get_by_text("4 occurrences of toma del presidente › secuestro").wait_for(timeout=30_000)
    page.screenshot(path=str(ARTIFACTS / "frame-builder-saved.png"))
