"""The Casualty figures page in a real browser, on the seeds: the toll table lists the seeds' tolls with their
kind, group, place and status (as the page names them), the status filter narrows it and its download, the
toll chart downloads as PNG, SVG, HTML and CSV, and a claim opens in its article at its sentence."""

from __future__ import annotations

import pytest

from analysis.casualties.agreement import STATUSES
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.steps import button_of, choose, csv_rows, download, idle, open_idle

pytestmark = pytest.mark.e2e

HEADING = "Incidents"  # the page's last section: its script has run that far


def tolls(page) -> list[dict[str, str]]:
    """The toll table as its CSV button downloads it."""
    name, data = download(page, button_of(page, "figures-tolls-csv"))
    assert name == "casualty-tolls-agreement.csv"
    return csv_rows(data)


def test_the_seeds_tolls_with_places_and_status(page, server):
    open_idle(page, f"{server}/figures", HEADING)
    assert page.locator('[data-testid="stException"]').count() == 0
    rows = tolls(page)
    assert rows and {r["status"] for r in rows} <= set(STATUSES)
    # "al menos 100 víctimas mortales" (2026-01-20) and "más de un centenar" (undated) in two outlets agree.
    venezuela = [r for r in rows if (r["kind"], r["group"], r["place"]) == ("killed", "total", "Venezuela")]
    assert [(r["status"], r["outlets"]) for r in venezuela if r["outlets"] != "1"] == [("consistent", "2")], venezuela
    # The boats struck at sea (2025-11-04, "al menos 60") are another story, told by one outlet.
    assert [r for r in rows if r["status"] == "single-source"] and all(r["place"] for r in rows)
    assert page.get_by_text("tolls compared").count() == 1
    # The status the page names is the status of the toll in the table: the metric counts them.
    conflicting = sum(r["status"] == "conflicting" for r in rows)
    metric = page.locator('[data-testid="stMetric"]').filter(has_text="conflicting tolls")
    assert metric.locator('[data-testid="stMetricValue"]').inner_text().strip() == str(conflicting)

    # The status filter narrows the table, and its download with it.
    choose(page, page.locator('[data-testid="stMain"] [data-testid="stMultiSelect"]').first, "single-source")
    idle(page)
    narrowed = tolls(page)
    assert narrowed and {r["status"] for r in narrowed} == {"single-source"} and len(narrowed) < len(rows)


def test_the_toll_chart_downloads_in_every_format(page, server):
    open_idle(page, f"{server}/figures", HEADING)
    chart = page.locator('[data-testid="stPlotlyChart"]').first
    chart.scroll_into_view_if_needed()
    page.wait_for_function(  # Plotly has drawn the title
        "() => (document.querySelector('[data-testid=\"stPlotlyChart\"] .gtitle') || {}).textContent",
        timeout=60_000,
    )
    assert "Venezuela" in chart.locator(".gtitle").text_content()
    files = {}
    for kind in ("png", "svg", "html", "csv"):  # the toll chart's own buttons (key "figures-steps")
        name, data = download(page, button_of(page, f"figures-steps-{kind}"))
        files[name.rsplit(".", 1)[-1]] = data
    assert set(files) == {"png", "svg", "html", "csv"}
    assert files["png"].startswith(b"\x89PNG\r\n\x1a\n") and len(files["png"]) > 2_000
    assert files["svg"].lstrip().startswith(b"<svg") and b"Venezuela" in files["svg"]
    assert b"plotly" in files["html"].lower() and b'<script src="http' not in files["html"]  # opens offline
    reports = csv_rows(files["csv"])
    assert reports and all(r["article"] and r["figure"] for r in reports)
    page.screenshot(path=str(ARTIFACTS / "figures-page.png"), full_page=True)


def test_a_claim_opens_in_its_article_at_its_sentence(page, server):
    open_idle(page, f"{server}/figures", HEADING)
    opener = page.locator('[data-testid="stSelectbox"]').filter(has_text="Read a claim in its article")
    choose(page, opener, "al menos 60", exact=False)
    idle(page)
    row = opener.locator("xpath=ancestor::*[@data-testid='stHorizontalBlock'][1]")
    row.locator('[data-testid^="stBaseButton"]').filter(has_text="Open").click()
    page.get_by_role("heading", name="Side by side").first.wait_for(timeout=120_000)
    idle(page)
    page.wait_for_function("() => document.getElementById('focus-sentence')", timeout=60_000)
    sentence = page.evaluate("() => [...document.querySelectorAll('.focus')].map(e => e.textContent).join('')")
    assert "al menos 60 personas han muerto" in sentence  # the claim's sentence is the one marked
