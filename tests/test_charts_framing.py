"""Framing charts: rates not counts, clickable bars carrying their term, escaped labels."""

from __future__ import annotations

import pandas as pd

from analysis.framing.counts import article_counts, source_counts
from analysis.framing.distinctive import compare_groups, source_vs_rest, term_matrix, top_words
from analysis.framing.lexicon_schema import default_lexicons
from analysis.present.charts.framing import distinctive_bars, distinctive_small_multiples, term_bars
from analysis.text import TextCorpus


def _sources(text: TextCorpus) -> pd.DataFrame:
    return source_counts(article_counts(text, default_lexicons()))


def test_term_bars_show_rates_and_carry_frame_and_term(seeds_text: TextCorpus) -> None:
    sources = _sources(seeds_text)
    fig = term_bars(sources, frames=["taking of the president"])
    bars = [t for t in fig.data if t.type == "bar"]
    points = {(tuple(c[:2]), y) for t in bars for c, y in zip(t.customdata, t.y)}
    expected = sources[(sources["frame"] == "taking of the president") & (sources["count"] > 0)]
    assert ("taking of the president", "captura") in {c for c, _ in points}
    captura = expected[(expected["term"] == "captura") & (expected["per_1000"] > 0)]["per_1000"].max()
    assert (("taking of the president", "captura"), captura) in points
    assert all(label != "arresto" for t in bars for label in t.x)  # unused terms hidden
    assert fig.layout.dragmode is None  # Streamlit turns click-to-select off under dragmode "select"


def test_term_bars_escape_untrusted_labels() -> None:
    table = pd.DataFrame(
        {
            "source": ["<b>x</b>"],
            "language": ["es"],
            "frame": ["f<script>"],
            "term": ["a&b"],
            "count": [1],
            "words": [10],
            "per_1000": [100.0],
        }
    )
    fig = term_bars(table)
    assert fig.data[0].name == "&lt;b&gt;x&lt;/b&gt;" and fig.data[0].x[0] == "a&amp;b"
    assert fig.layout.annotations[0].text == "f&lt;script&gt;"
    assert tuple(fig.data[0].customdata[0]) == ("f<script>", "a&b", "<b>x</b>")  # raw, for the click handler


def test_term_bars_with_nothing_to_show() -> None:
    table = pd.DataFrame(
        {
            "source": ["s"],
            "language": ["es"],
            "frame": ["f"],
            "term": ["a"],
            "count": [0],
            "words": [10],
            "per_1000": [0.0],
        }
    )
    fig = term_bars(table)
    assert not fig.data and "No term" in fig.layout.annotations[0].text


def test_diverging_bars_put_group_a_right(seeds_text: TextCorpus) -> None:
    table = compare_groups(term_matrix(seeds_text), ["002_617b4fc88994eff6"], label="002")
    fig = distinctive_bars(table, name_a="002", name_b="others", n=5)
    by_name = {t.name: t for t in fig.data}
    assert all(x > 0 for x in by_name["002"].x) and all(x < 0 for x in by_name["others"].x)
    assert len(by_name["002"].x) == 5 and "captura" in [c[1] for c in by_name["002"].customdata]


def test_small_multiples_one_panel_per_source(seeds_text: TextCorpus) -> None:
    table = top_words(source_vs_rest(term_matrix(seeds_text)), n=4)
    fig = distinctive_small_multiples(table, n=4)
    assert [a.text for a in fig.layout.annotations] == sorted({d.article.source for d in seeds_text.docs})
    assert len({t.xaxis for t in fig.data}) == 5
