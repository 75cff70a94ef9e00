"""Every CSV the app writes goes through export.table_csv, so no cell runs as a spreadsheet formula."""

from __future__ import annotations

import ast
import csv
import io
from pathlib import Path

import pytest

from analysis.casualties.claims import extract
from analysis.casualties.toll_tables import comparison_table
from analysis.corpus.records import Article
from analysis.framing.kwic import kwic_query
from analysis.present.export import FORMULA_PREFIXES, table_csv
from analysis.text import build
from dashboard.components import HIDE_UNSAFE_CSV_EXPORT

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "dashboard").rglob("*.py")) + sorted((ROOT / "analysis").rglob("*.py"))
HOSTILE = '=HYPERLINK("http://evil.example","clic")'


def _is_csv(call: ast.Call) -> bool:
    texts = [n.value for n in ast.walk(call) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    return any(t == "text/csv" or t.endswith(".csv") for t in texts)


def _data(call: ast.Call) -> ast.expr | None:
    keyword = next((k.value for k in call.keywords if k.arg == "data"), None)
    return keyword if keyword is not None else (call.args[1] if len(call.args) > 1 else None)


def _calls_table_csv(node: ast.expr | None) -> bool:
    body = node.body if isinstance(node, ast.Lambda) else node
    return isinstance(body, ast.Call) and getattr(body.func, "id", getattr(body.func, "attr", "")) == "table_csv"


@pytest.mark.parametrize("path", SOURCES, ids=[str(p.relative_to(ROOT)) for p in SOURCES])
def test_csv_is_only_written_by_table_csv(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", getattr(node.func, "id", ""))
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        if name == "download_button" and _is_csv(node):
            assert _calls_table_csv(_data(node)), f"{where}: a CSV download not built by table_csv"
        if name in ("to_csv", "writer", "DictWriter") and path.name != "export.py":
            assert name != "to_csv", f"{where}: to_csv outside export.table_csv"
            assert getattr(node.func, "value", None) is None or getattr(node.func.value, "id", "") != "csv", (
                f"{where}: a csv writer outside export.table_csv"
            )


def test_the_app_hides_streamlits_own_unsafe_csv_export() -> None:
    app = (ROOT / "dashboard" / "app.py").read_text(encoding="utf-8")
    assert "st.html(components.HIDE_UNSAFE_CSV_EXPORT)" in app
    assert "Download as CSV" in HIDE_UNSAFE_CSV_EXPORT and "display:none" in HIDE_UNSAFE_CSV_EXPORT


def _cells(data: bytes) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(data.decode("utf-8-sig"))) for cell in row]


@pytest.fixture(scope="module")
def hostile_text():
    articles = [
        Article("a", "Al menos 12 personas murieron en el ataque, según la Cruz Roja.", HOSTILE, language="es"),
        Article("b", "-Fuentes: al menos 15 personas murieron en el ataque.", "+cmd|' /C calc'!A0", language="es"),
    ]
    return build(articles)


def test_claims_csv_of_the_figures_page_is_neutralised(hostile_text) -> None:
    table = comparison_table(extract(hostile_text), {"a": None, "b": None})
    cells = _cells(table_csv(table))
    assert f"'{HOSTILE}" in cells and "'+cmd|' /C calc'!A0" in cells
    assert not any(cell.startswith(FORMULA_PREFIXES) for cell in cells)


def test_keyword_in_context_csv_is_neutralised(hostile_text) -> None:
    cells = _cells(table_csv(kwic_query(hostile_text, "fuentes")))
    assert "'+cmd|' /C calc'!A0" in cells
    assert not any(cell.startswith(FORMULA_PREFIXES) for cell in cells)
