"""The batch report: one self-contained HTML page, every chart as PNG and SVG, every table as CSV, all results as JSON.

Each capability contributes a :class:`Section` (see ``analysis/report/sections.py``);
this module only renders sections to files, so the CLI (a folder) and the
dashboard (a zip) write the same report.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from analysis.corpus.records import Progress, slug
from analysis.present.export import figure_image, table_csv

__all__ = ["MISSING_IMAGES", "Chart", "Section", "Table", "missing_images", "render", "write_dir", "zip_bytes"]


@dataclass(frozen=True)
class Chart:
    """A figure and the data it plots; ``name`` is its file stem."""

    name: str
    figure: go.Figure
    data: pd.DataFrame


@dataclass(frozen=True)
class Table:
    """A table shown in the report (first ``rows`` rows) and written whole as CSV."""

    name: str
    title: str
    frame: pd.DataFrame
    rows: int = 50
    names: dict[str, str] = field(default_factory=dict)  # article id -> "outlet · date · title", for the page


@dataclass(frozen=True)
class Section:
    """One part of the report: its charts, tables and JSON-able results."""

    key: str
    title: str
    summary: str
    charts: tuple[Chart, ...] = ()
    tables: tuple[Table, ...] = ()
    results: dict[str, object] = field(default_factory=dict)
    notes: tuple[str, ...] = ()


STYLE = """
body{font-family:Inter,Segoe UI,Helvetica,Arial,sans-serif;margin:0 auto;max-width:1100px;padding:1.5rem;color:#1f2933}
h1{margin-bottom:.2rem} h2{border-bottom:2px solid #0072B2;padding-bottom:.3rem;margin-top:2.5rem}
nav a{margin-right:1rem} .summary{color:#52606d} table{border-collapse:collapse;font-size:.85rem;margin:1rem 0}
th,td{border:1px solid #d9e2ec;padding:.3rem .5rem;text-align:left;vertical-align:top} th{background:#f0f4f8}
.note{background:#fffbea;border-left:4px solid #f0b429;padding:.5rem 1rem} .files{font-size:.85rem;color:#52606d}
"""

# Columns holding article ids: the page shows the article's name, the CSV keeps the id.
ID_COLUMNS = {"a": "first article", "b": "second article", "article": "article"}
HEADERS = {
    "score": "similarity",
    "per_1000": "per 1,000 words",
    "z": "z (|z| ≥ 1.96: unlikely by chance)",
    "delta": "log-odds difference",
    "count_a": "uses in this source",
    "count_b": "uses in the others",
    "a_text": "in the first article",
    "b_text": "in the second article",
    "top_terms": "words they share most",
    "attributed_to": "according to",
    "a_reused_share": "first: words reused",
    "b_reused_share": "second: words reused",
}
SHARES = ("share", "score")  # columns whose values are 0–1 shares, shown as percentages


def _cell(column: str, value: object) -> object:
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    if isinstance(value, float) and not pd.isna(value):
        if any(s in column for s in SHARES) and 0 <= value <= 1:
            return f"{value:.0%}"
        return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.2f}"
    return value


def human(frame: pd.DataFrame, names: dict[str, str] | None = None) -> pd.DataFrame:
    """A table as a reader sees it: article names for ids, shares as percentages, two decimals, lists as text,
    column names in words.

    >>> human(pd.DataFrame({"a": ["x1"], "score": [0.38912], "top_terms": [["rusia", "kremlin"]], "per_1000": [3.14159]}),
    ...       {"x1": "El Diario · 2026-01-20 · Rusia"}).to_dict("records")
    [{'first article': 'El Diario · 2026-01-20 · Rusia', 'similarity': '39%', 'words they share most': 'rusia, kremlin', 'per 1,000 words': '3.14'}]
    """
    shown = frame.astype(object).where(frame.notna(), "")
    for column in shown.columns:
        if names and column in ID_COLUMNS:
            shown[column] = [names.get(str(v), v) for v in shown[column]]
        else:
            shown[column] = [_cell(str(column), v) for v in shown[column]]
    renamed = {
        c: ID_COLUMNS[c] if names and c in ID_COLUMNS else HEADERS.get(c, str(c).replace("_", " "))
        for c in shown.columns
    }
    return shown.rename(columns=renamed)


def _table_html(table: Table) -> str:
    shown = human(table.frame.head(table.rows), table.names)
    more = len(table.frame) - len(shown)
    caption = f"<h3>{html.escape(table.title)}</h3>"
    body = shown.to_html(index=False, escape=True, na_rep="", border=0)
    tail = f"<p class='files'>{more} more rows in tables/{slug(table.name)}.csv</p>" if more > 0 else ""
    return caption + body + tail


def _page(sections: Sequence[Section], title: str) -> str:
    parts: list[str] = []
    first = True
    for section in sections:
        parts.append(f"<section id='{slug(section.key)}'><h2>{html.escape(section.title)}</h2>")
        parts.append(f"<p class='summary'>{html.escape(section.summary)}</p>")
        parts.extend(f"<p class='note'>{html.escape(note)}</p>" for note in section.notes)
        for chart in section.charts:
            # plotly.js once, inlined: the page opens with no network. Plotly escapes
            # "<", ">" and "/" in the figure JSON, so no text can close the script.
            parts.append(
                pio.to_html(chart.figure, include_plotlyjs=first, full_html=False, config={"displaylogo": False})
            )
            stem = slug(chart.name)
            parts.append(f"<p class='files'>charts/{stem}.png · charts/{stem}.svg · tables/{stem}.csv</p>")
            first = False
        parts.extend(_table_html(table) for table in section.tables)
        parts.append("</section>")
    nav = " ".join(f"<a href='#{slug(s.key)}'>{html.escape(s.title)}</a>" for s in sections)
    generated = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title><style>{STYLE}</style></head><body>"
        f"<h1>{html.escape(title)}</h1><p class='summary'>Generated by Contraste on {generated}.</p>"
        f"<nav>{nav}</nav>{''.join(parts)}</body></html>"
    )


def render(
    sections: Sequence[Section],
    *,
    title: str = "Contraste report",
    images: bool = True,
    progress: Progress | None = None,
) -> dict[str, bytes]:
    """Every file of the report, by relative path: report.html, report.json, charts/*.png|svg, tables/*.csv; an
    image kaleido cannot draw (no Chromium, a figure too large for it) is listed in charts/MISSING.txt with the
    reason, and the rest of the report is written (:func:`missing_images`)."""
    files: dict[str, bytes] = {"report.html": _page(sections, title).encode("utf-8")}
    results = {s.key: s.results for s in sections}
    files["report.json"] = json.dumps(results, ensure_ascii=False, indent=1, default=str).encode("utf-8")
    work = [(c, fmt) for s in sections for c in s.charts for fmt in (("png", "svg") if images else ())]
    total = len(work) + sum(len(s.charts) + len(s.tables) for s in sections)
    done = 0
    for section in sections:
        for chart in section.charts:
            files[f"tables/{slug(chart.name)}.csv"] = table_csv(chart.data)
            done += 1
        for table in section.tables:
            files[f"tables/{slug(table.name)}.csv"] = table_csv(table.frame)
            done += 1
    missing: list[str] = []
    for chart, fmt in work:
        path = f"charts/{slug(chart.name)}.{fmt}"
        try:
            files[path] = figure_image(chart.figure, fmt)
        except RuntimeError as err:  # one image that cannot be drawn never sinks the report: it is named instead
            missing.append(f"{path}: {err}")
        done += 1
        if progress is not None:
            progress(done, total, f"{chart.name}.{fmt}")
    if missing:
        files[MISSING_IMAGES] = (MISSING_NOTE + "\n".join(missing) + "\n").encode("utf-8")
    return files


# Written when some chart images could not be rendered: which, and why (the HTML charts and the CSV tables are
# all there; `contraste report` prints the same lines).
MISSING_IMAGES = "charts/MISSING.txt"
MISSING_NOTE = (
    "These chart images could not be rendered; report.html, report.json and tables/*.csv hold the same data, and the\n"
    "dashboard's chart buttons download each chart as PNG, SVG or HTML.\n\n"
)


def missing_images(files: dict[str, bytes]) -> list[str]:
    """The images :func:`render` could not draw, one line each ("charts/x.png: reason"); [] when all were drawn.

    >>> missing_images({"charts/MISSING.txt": (MISSING_NOTE + "charts/a.png: timed out\\n").encode()})
    ['charts/a.png: timed out']
    >>> missing_images({"report.html": b""})
    []
    """
    note = files.get(MISSING_IMAGES)
    if note is None:
        return []
    return [line for line in note.decode("utf-8")[len(MISSING_NOTE) :].splitlines() if line]


def write_dir(files: dict[str, bytes], out: str | Path) -> Path:
    """Write rendered report files as the folder ``out``, whole: written next to it, then moved into its place
    (:func:`analysis.report.folder.replace_folder`; a previous report there is replaced, none of its files
    stay). Returns the report.html path."""
    from analysis.report.folder import replace_folder

    return replace_folder(files, out) / "report.html"


def zip_bytes(files: dict[str, bytes], *, folder: str = "contraste-report") -> bytes:
    """The rendered report as one zip archive (for the dashboard's download)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for relative, data in files.items():
            archive.writestr(f"{folder}/{relative}", data)
    return buffer.getvalue()
