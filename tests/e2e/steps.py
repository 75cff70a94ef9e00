"""What a user does on a page, for browser tests: wait until the app is idle, pick an option, download a file
(its name and bytes), read a downloaded CSV."""

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
