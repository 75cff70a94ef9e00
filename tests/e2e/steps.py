"""What a user does on a page, for browser tests: wait until the app is idle, pick an option, click a grid's row
until Side by side opens, download a file (its name and bytes), read a downloaded CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests.e2e.test_outlets_browser import IDLE


def idle(page) -> None:
    """The app has finished its run and drawn its charts (a click may start the run a moment later)."""
    page.wait_for_timeout(300)
    page.wait_for_function(IDLE, timeout=180_000, polling=50)


def open_idle(page, url: str, heading: str) -> None:
    """Go to ``url`` and wait for ``heading`` (the page's script has run that far) and an idle app."""
    page.goto(url)
    page.get_by_role("heading", name=heading).first.wait_for(timeout=180_000)
    idle(page)


def choose(page, selectbox, option: str, *, exact: bool = True, tries: int = 3) -> None:
    """Pick ``option`` in a Streamlit selectbox or multiselect (typed: the list shows a few options at a time);
    ``exact=False``: the first option whose text holds ``option``.

    On a loaded machine a rerun may still redraw the box after the app looked idle, closing its list under the
    click (seen with 7 test runs on 2 cores: the option "detached from the DOM"); then the list is opened and the text typed again."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout  # here: importing steps needs no browser

    for attempt in range(1, tries + 1):
        selectbox.click()
        page.keyboard.press("ControlOrMeta+a")  # replaces what an earlier try typed
        page.keyboard.type(option)
        options = page.get_by_role("option")
        target = page.get_by_role("option", name=option, exact=True) if exact else options.filter(has_text=option).first
        try:
            target.click(timeout=20_000)
            return
        except PlaywrightTimeout:
            if attempt == tries:
                raise
            page.keyboard.press("Escape")
            idle(page)


ROW = 35  # a grid row's height in pixels (Streamlit's dataframe): the first row's middle is 52 px below the top


def settled_box(page, element, *, waits: int = 20) -> dict[str, float]:
    """``element``'s bounding box once it has stopped moving (the same box twice 0.3 s apart; at most ``waits``
    tries): a box measured before the charts above it finished laying out is not where the element ends up."""
    box = element.bounding_box()
    for _ in range(waits):
        page.wait_for_timeout(300)
        settled = element.bounding_box()
        if settled == box:
            break
        box = settled
    return box


def open_side_by_side(page, grid, *, rows: int = 3, tries: int = 3) -> None:
    """Click a row's selection cell in ``grid`` (a Streamlit dataframe whose selected row opens Side by side) until
    the Side by side view opens.

    A click that lands while the app is rerunning or the grid is still being drawn selects nothing (one CI run,
    three times), so each try waits for an idle app and a grid that has stopped moving (:func:`settled_box`).
    Each try clicks the next of the grid's first ``rows`` rows, cycling: clicking the same row's checkbox again
    would clear a selection the previous click did make (a retry undoing it), and a new row is a new selection
    the page opens. ``rows=1``: a grid of one row, clicked again.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout  # here: importing steps needs no browser

    heading = page.get_by_role("heading", name="Side by side").first
    for attempt in range(tries):
        idle(page)
        grid.scroll_into_view_if_needed()
        box = settled_box(page, grid)
        page.mouse.click(box["x"] + 12, box["y"] + 52 + ROW * (attempt % rows))  # that row's selection cell
        try:
            heading.wait_for(timeout=40_000)
            return
        except PlaywrightTimeout:
            if attempt == tries - 1:
                raise


def download(page, button) -> tuple[str, bytes]:
    """Click a download button; the file's suggested name and its bytes."""
    button.scroll_into_view_if_needed()
    with page.expect_download(timeout=120_000) as event:
        button.click()
    return event.value.suggested_filename, Path(event.value.path()).read_bytes()


def button_of(page, key: str):
    """The button of the element with Streamlit key ``key`` (its container has the class ``st-key-<key>``): found
    by what it is, not by its place among the page's buttons, which shifts while charts are still being drawn."""
    return page.locator(f".st-key-{key}").locator("button").first


def csv_rows(data: bytes) -> list[dict[str, str]]:
    """A downloaded CSV's rows; it starts with a BOM (so Excel reads the accents)."""
    assert data.startswith(b"\xef\xbb\xbf"), data[:20]
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
