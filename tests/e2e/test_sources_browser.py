"""The Sources page in a real browser, on the seeds plus one article whose outlet and quotes look like
spreadsheet formulas: the seeds' speakers are found with their roles, every statement can be downloaded as a
CSV whose formula-like cells are neutralised, a quote's context shows its words marked; a role corrected by
the user changes the role chart and tables and is still there in a new browser session (saved with the
workspace), and a quote several outlets use opens the two articles side by side at the quote."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.e2e.conftest import ARTIFACTS, start_streamlit, stop_streamlit
from tests.e2e.steps import button_of, choose, csv_rows, download, idle, open_idle, open_side_by_side

pytestmark = pytest.mark.e2e

FORMULA_OUTLET = "=Diario Fórmula"
FORMULA_ARTICLE = {
    "text": 'La ministra de Salud, Ana Pérez, afirmó: «=HYPERLINK("http://127.0.0.1/x","ver") es la fórmula que '
    "circula en las redes». El portavoz del puerto, Luis Gómez, dijo que «@todos deben revisar sus cuentas».",
    "source": FORMULA_OUTLET,
    "date": "2026-01-08",
    "language": "es",
    "title": "Hojas de cálculo",
}
FORMULA_START = ("=", "+", "-", "@")


@pytest.fixture(scope="module")
def sources_server(tmp_path_factory) -> Iterator[tuple[str, Path]]:
    """A server of its own (its own autosave folder): the role saved here must not reach other tests."""
    folder = tmp_path_factory.mktemp("sources-corpus")
    for path in SEEDS.iterdir():
        shutil.copy(path, folder / path.name)
    (folder / "formula.json").write_text(json.dumps(FORMULA_ARTICLE, ensure_ascii=False), encoding="utf-8")
    data = tmp_path_factory.mktemp("sources-data")
    process, url = start_streamlit(corpus=folder, env={"CONTRASTE_DATA_DIR": str(data)})
    yield url, data
    stop_streamlit(process)


def open_sources(page, url: str) -> None:
    open_idle(page, f"{url}/sources", "Correct a speaker's role")  # the last section: the script has run


def statements(page) -> list[dict[str, str]]:
    name, data = download(page, button_of(page, "sources-quotes-csv"))
    assert name == "sources-quotes.csv"
    return csv_rows(data)


LEGEND = """(want) => {
  const chart = document.querySelector('[data-testid="stPlotlyChart"]');
  const names = chart ? [...chart.querySelectorAll('.legendtext')].map(t => t.textContent) : [];
  return names.length > 0 && (!want || names.includes(want));
}"""


def role_legend(page, *, showing: str = "") -> list[str]:
    """The role chart's legend, once Plotly has drawn it (with ``showing`` among its names, when given)."""
    page.wait_for_function(LEGEND, arg=showing, timeout=120_000, polling=100)
    return page.locator('[data-testid="stPlotlyChart"]').first.locator(".legendtext").all_text_contents()


def test_speakers_roles_and_a_formula_safe_csv(page, sources_server):
    url, _ = sources_server
    open_sources(page, url)
    assert page.locator('[data-testid="stException"]').count() == 0
    rows = statements(page)
    role_of = {r["speaker"]: r["role"] for r in rows}
    for speaker in ("Dmitri Peskov", "Serguéi Lavrov", "Nicolás Maduro"):
        assert role_of.get(speaker) == "government", (speaker, sorted(role_of))
    assert role_of.get("Volker Türk") == "international_ngo"
    by_outlet = {(r["source"], r["speaker"]) for r in rows}
    assert ("Agencia EFE (credited)", "Dmitri Peskov") in by_outlet  # who is quoted, per outlet
    # Formula-like cells are neutralised: the outlet, and quotes starting with = or @.
    cells = [cell for row in rows for cell in row.values()]
    assert not [c for c in cells if c.startswith(FORMULA_START)], "a formula cell reached the CSV"
    assert f"'{FORMULA_OUTLET}" in cells
    texts = {r["text"] for r in rows}
    assert any(t.startswith("'=HYPERLINK(") for t in texts) and "'@todos deben revisar sus cuentas" in texts
    # The role chart names the roles; its CSV download has a row per outlet and role.
    legend = role_legend(page)
    assert {"government / official", "international body / NGO"} <= set(legend)
    name, data = download(page, button_of(page, "sources-roles-csv"))
    assert name == "sources-roles-per-outlet.csv"
    chart_rows = csv_rows(data)
    assert chart_rows and {"Agencia EFE (credited)", f"'{FORMULA_OUTLET}"} <= {r["source"] for r in chart_rows}
    name, svg = download(page, button_of(page, "sources-roles-svg"))
    assert name == "sources-roles-per-outlet.svg"
    assert svg.lstrip().startswith(b"<svg") and b"Agencia EFE" in svg
    # The places each outlet names: the table the caption promises, every place with its mentions (and its CSV).
    # (a grid without row selection carries no key class: found by its column "mentions")
    grid = page.locator('[data-testid="stDataFrame"]').filter(has=page.get_by_text("mentions", exact=True))
    grid.scroll_into_view_if_needed()
    grid.get_by_text("Caracas", exact=True).first.wait_for(state="attached")
    name, data = download(page, button_of(page, "sources-places-table-csv"))
    named = csv_rows(data)
    assert name == "sources-places-table.csv" and {"place", "mentions", "share"} <= set(named[0])
    assert ("Outlet unknown (000)", "Caracas") in {(r["source"], r["place"]) for r in named}
    page.screenshot(path=str(ARTIFACTS / "sources-page.png"), full_page=True)


def test_a_quote_in_context_shows_its_words(page, sources_server):
    url, _ = sources_server
    open_sources(page, url)
    # The first "Speaker" box is the context view's; the role form's is below it.
    context_speaker = page.locator('[data-testid="stSelectbox"]').filter(has_text="Speaker").first
    choose(page, context_speaker, "Serguéi Lavrov")
    page.wait_for_function(
        "() => [...document.querySelectorAll('mark')].some(m => m.textContent.includes('larga historia'))",
        timeout=120_000,
    )
    idle(page)
    marks = page.locator("mark").all_text_contents()
    assert "larga historia de buenas y estratégicas relaciones" in marks
    rows = page.locator("table").filter(has=page.locator("mark")).locator("tbody tr")
    speakers = {rows.nth(i).locator("td").nth(1).inner_text().strip() for i in range(rows.count())}
    assert speakers == {"Serguéi Lavrov"}  # only the chosen speaker's statements
    context = rows.first.locator("td").last.inner_text()
    assert "Moscú y Caracas" in context  # the words around the quote, not the quote alone


def test_a_corrected_role_changes_the_page_and_survives_a_new_session(page, browser, sources_server):
    url, data = sources_server
    open_sources(page, url)
    assert "expert" not in role_legend(page)
    form = page.locator('[data-testid="stForm"]')
    choose(page, form.locator('[data-testid="stSelectbox"]').first, "Volker Türk")
    choose(page, form.locator('[data-testid="stSelectbox"]').nth(1), "expert")
    page.get_by_role("button", name="Save role").click()
    page.get_by_role("button", name="Undo role corrections").wait_for(timeout=120_000)
    idle(page)

    def corrected_here(view) -> None:
        legend = role_legend(view, showing="expert")
        assert "expert" in legend and "international body / NGO" not in legend, legend  # Türk was the only NGO
        role_of = {r["speaker"]: r["role"] for r in statements(view)}
        assert role_of["Volker Türk"] == "expert" and role_of["Dmitri Peskov"] == "government"

    corrected_here(page)
    saved = [json.loads(p.read_text(encoding="utf-8")) for p in data.glob("autosave-*.json")]
    assert [s["speaker_roles"] for s in saved] == [{"Volker Türk": "expert"}]

    # A new browser context is a new session: the correction comes back from the workspace.
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    try:
        fresh = context.new_page()
        open_sources(fresh, url)
        fresh.get_by_role("button", name="Undo role corrections").wait_for(timeout=60_000)
        corrected_here(fresh)
        fresh.screenshot(path=str(ARTIFACTS / "sources-role-corrected.png"), full_page=True)
        # Undo: back to the roles the rules gave, in the saved workspace too.
        fresh.get_by_role("button", name="Undo role corrections").click()
        fresh.get_by_role("button", name="Undo role corrections").wait_for(state="detached", timeout=120_000)
        idle(fresh)
        assert "expert" not in role_legend(fresh, showing="international body / NGO")
        saved = [json.loads(p.read_text(encoding="utf-8")) for p in data.glob("autosave-*.json")]
        assert [s.get("speaker_roles", {}) for s in saved] == [{}]
    finally:
        context.close()


def test_a_quote_several_outlets_use_opens_side_by_side(page, sources_server):
    url, _ = sources_server
    open_sources(page, url)
    page.get_by_text("Click a quote to read two articles using it side by side").wait_for()
    grid = page.locator('.st-key-sources-shared-table [data-testid="stDataFrame"]')  # the shared quotes' table
    grid.scroll_into_view_if_needed()
    # Articles by outlet and date, not by id (the grid's cells are hidden accessibility elements).
    grid.get_by_text("Outlet unknown (001) · no date", exact=True).wait_for(state="attached")
    open_side_by_side(page, grid, rows=1)  # the table's one shared quote
    page.wait_for_selector("#focus-sentence", timeout=120_000)
    idle(page)
    marked = page.evaluate("() => [...document.querySelectorAll('.focus')].map(e => e.textContent).join('')")
    assert "absoluto rechazo al uso de la fuerza unilateral" in marked  # the quote's sentence, opened
    assert page.locator(".reading mark").count() > 0  # next to the article sharing the passage
