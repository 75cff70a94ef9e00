"""The report opens in a browser with no network, its charts draw, and hostile article text runs nothing."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SEEDS
from tests.e2e.conftest import ARTIFACTS

pytestmark = pytest.mark.e2e

PAYLOAD = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script> al menos 12 personas murieron'


def _report(path, out) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "report", str(path), "--out", str(out), "--quiet", "--no-images"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def _offline(page) -> list[str]:
    requested: list[str] = []

    def block(route) -> None:
        requested.append(route.request.url)
        route.abort()

    page.route("http*://**/*", block)
    return requested


def test_seeds_report_opens_offline(page, tmp_path):
    _report(SEEDS, tmp_path)
    requested = _offline(page)
    page.goto((tmp_path / "report.html").as_uri())
    page.wait_for_selector(".main-svg")
    for section in ("corpus", "similarity", "terms", "figures"):
        assert page.locator(f"section#{section} h2").count() == 1
    drawn = page.evaluate(
        "() => [...document.querySelectorAll('.plotly-graph-div')].map(d => !!d.querySelector('.main-svg'))"
    )
    assert drawn and all(drawn)
    assert requested == []
    page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=False)


def test_hostile_article_runs_nothing(page, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "evil.json").write_text(
        json.dumps({"text": PAYLOAD + ". El secuestro del alcalde.", "source": '=HYPERLINK("http://x","y")'}),
        encoding="utf-8",
    )
    (corpus / "calm.txt").write_text(
        "El secuestro del alcalde dejó al menos 10 muertos en la ciudad.", encoding="utf-8"
    )
    _report(corpus, tmp_path / "out")
    _offline(page)
    page.goto((tmp_path / "out" / "report.html").as_uri())
    page.wait_for_selector(".main-svg")
    page.wait_for_timeout(500)
    assert page.evaluate("() => window.pwned") is None
    assert page.locator("img[src='x']").count() == 0
    assert "window.pwned=2" in page.inner_text("body")  # shown as text
