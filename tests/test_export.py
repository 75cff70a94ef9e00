"""Downloads: PNG/SVG through kaleido, offline HTML, formula-safe CSV."""

from __future__ import annotations

import io
import re

import pandas as pd
import plotly.graph_objects as go
import pytest

from analysis.present.charts.corpus import articles_by_source_date, articles_table
from analysis.present.export import figure_html, figure_image, neutralize_formula, table_csv

HOSTILE = "</script><script>window.pwned=1</script>"


@pytest.fixture(scope="module")
def corpus_figure(seeds) -> go.Figure:
    return articles_by_source_date(articles_table(seeds))


def test_png_and_svg(corpus_figure):
    png = figure_image(corpus_figure, "png")
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
    svg = figure_image(corpus_figure, "svg")
    assert svg.lstrip().startswith(b"<svg") and b"Outlet unknown (000)" in svg


def test_image_format_is_checked(corpus_figure):
    with pytest.raises(ValueError, match="png' or 'svg"):
        figure_image(corpus_figure, "gif")


def test_html_is_self_contained_and_escapes_data():
    fig = go.Figure(go.Bar(x=[HOSTILE], y=[1]))
    html = figure_html(fig, title="t<b>")
    assert not re.search(r"<script[^>]+src=", html)  # plotly.js inlined: opens with no network
    assert "window.pwned" in html  # the data is there, as data...
    assert html.count("</script>") == html.count("<script")  # ...but never closes a script element
    assert "<title>t&lt;b&gt;</title>" in html


@pytest.mark.parametrize(
    "value, expected",
    [
        ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"), ("\rx", "'\rx"), ("plain", "plain"), ("", ""), (5, 5), (-3.5, -3.5),
    ],
)  # fmt: skip
def test_neutralize_formula(value, expected):
    assert neutralize_formula(value) == expected


def test_table_csv_keeps_values_and_neutralises():
    frame = pd.DataFrame({"source": ['=HYPERLINK("http://evil.example","x")', "El País"], "n": [-1, 2]})
    data = table_csv(frame)
    assert data.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert back["source"].tolist() == ['\'=HYPERLINK("http://evil.example","x")', "El País"]
    assert back["n"].tolist() == [-1, 2]  # numbers stay numbers
