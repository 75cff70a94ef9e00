"""Nothing lost, in a real browser: labels and incident merges survive a reload, Save workspace downloads a
file, and opening that file after a reset brings the labels and merges back."""

from __future__ import annotations

import json

import pytest

from analysis.corpus.loading import load_path
from analysis.corpus.workspace import Workspace, from_bytes, to_bytes
from analysis.corpus.workspace_settings import WorkspaceSettings
from tests.conftest import SEEDS
from tests.e2e.conftest import ARTIFACTS, start_streamlit
from tests.e2e.steps import button_of

pytestmark = pytest.mark.e2e

LABELS = {"000_bbe06687ad217e2c": ("Diario Uno", None), "002_617b4fc88994eff6": ("Radio Dos", None)}
MERGE = {"2026-01-03": "January strike", "since 2025-09": "January strike"}


@pytest.fixture
def own_server(tmp_path):
    process, url = start_streamlit(env={"CONTRASTE_DATA_DIR": str(tmp_path / "data")})
    yield url, tmp_path / "data"
    process.terminate()
    process.wait(timeout=10)


def chart_sources(page) -> set[str]:
    page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=60_000)
    return set(page.locator('[data-testid="stPlotlyChart"] .xtick text').all_text_contents())


def open_workspace_file(page, path) -> None:
    page.locator('[data-testid="stFileUploader"]').filter(has_text="Open a workspace").locator(
        'input[type="file"]'
    ).set_input_files(str(path))
    page.get_by_role("button", name="Open this workspace").click()


def test_work_survives_reload_and_a_saved_workspace_reopens(page, own_server, tmp_path):
    url, data = own_server
    start = tmp_path / "start.json"
    start.write_bytes(to_bytes(Workspace(load_path(SEEDS), LABELS, None, WorkspaceSettings(figure_incidents=MERGE))))

    page.goto(url)
    page.get_by_role("heading", name="Corpus").wait_for(timeout=60_000)
    open_workspace_file(page, start)
    page.wait_for_function(
        "() => [...document.querySelectorAll('.xtick text')].some(t => t.textContent === 'Diario Uno')",
        timeout=60_000,
    )
    # Autosaved: the file the page names exists and holds the labels.
    saved = list(data.glob("autosave-*.json"))
    assert len(saved) == 1
    assert str(saved[0]) in page.get_by_test_id("stCaptionContainer").all_text_contents()[1]
    assert json.loads(saved[0].read_text())["labels"]["000_bbe06687ad217e2c"]["source"] == "Diario Uno"

    # A reload is a new session: the work comes back, and the page says from where.
    page.reload()
    page.get_by_role("heading", name="Corpus").wait_for(timeout=60_000)
    assert {"Diario Uno", "Radio Dos"} <= chart_sources(page)
    assert page.get_by_text("Your work was restored from").count() == 1
    page.goto(f"{url}/figures")
    page.get_by_text("Your incident edits: 2").wait_for(timeout=60_000)

    # Save workspace downloads a file holding the labels and merges.
    page.goto(url)
    page.get_by_role("heading", name="Corpus").wait_for(timeout=60_000)
    with page.expect_download(timeout=60_000) as download:
        button_of(page, "workspace-save").click()
    downloaded = ARTIFACTS / "saved-workspace.json"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    download.value.save_as(downloaded)
    workspace = from_bytes(downloaded.read_bytes())
    assert workspace.labels == LABELS and workspace.settings.figure_incidents == MERGE
    assert len(workspace.corpus.articles) == 5

    # Reset forgets everything (the autosave too); reopening the downloaded file brings it back.
    page.get_by_role("button", name="Reset to the example corpus").click()
    page.wait_for_function(
        "() => ![...document.querySelectorAll('.xtick text')].some(t => t.textContent === 'Diario Uno')",
        timeout=60_000,
    )
    assert not list(data.glob("autosave-*.json"))
    open_workspace_file(page, downloaded)
    page.wait_for_function(
        "() => [...document.querySelectorAll('.xtick text')].some(t => t.textContent === 'Radio Dos')",
        timeout=60_000,
    )
    assert {"Diario Uno", "Radio Dos"} <= chart_sources(page)
    page.goto(f"{url}/figures")
    page.get_by_text("Your incident edits: 2").wait_for(timeout=60_000)
    page.screenshot(path=str(ARTIFACTS / "workspace-reopened.png"), full_page=True)
