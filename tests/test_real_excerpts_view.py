"""What a journalist sees on the real excerpts of tests/data (224 articles, 215 outlets, 2002–2026):
charts that stay readable at that many outlets and dates, labels cut at words, passages with room to show."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus.loading import Corpus, load_path
from analysis.framing.counts import article_counts, source_counts
from analysis.framing.sets import set_lexicons
from analysis.present.charts.corpus import articles_by_source_date, articles_table
from analysis.present.charts.framing import largest_sources, pool_sources, term_bars
from analysis.present.charts.similarity import reuse_shares
from analysis.present.charts.sources import places_chart, places_table
from analysis.present.charts.stories import first_coverage_chart
from analysis.present.style import OTHER_COLOUR, source_colours
from analysis.similarity.coverage import first_coverage
from analysis.similarity.stories import stories
from analysis.similarity.tfidf import tfidf
from analysis.sources.placenames import places_per_outlet
from analysis.text import build

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def excerpts(tmp_path_factory) -> Corpus:
    """The dev excerpts (claims, quotes, framing) as one JSON Lines corpus, one record per excerpt id."""
    path = tmp_path_factory.mktemp("excerpts") / "corpus.jsonl"
    seen: set[str] = set()
    with path.open("w", encoding="utf-8") as out:
        for name in ("claims_dev", "quotes_dev", "framing_dev"):
            for e in json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))["excerpts"]:
                if e["id"] not in seen:
                    seen.add(e["id"])
                    keys = ("id", "text", "source", "date", "url", "language", "title")
                    out.write(json.dumps({k: e.get(k) for k in keys}, ensure_ascii=False) + "\n")
    return load_path(path)


def test_corpus_chart_draws_at_most_the_set_number_of_sources_and_says_so(excerpts: Corpus, settings_override):
    table = articles_table(excerpts)
    sources = table["source"].nunique()
    assert sources > 100  # the real excerpts come from that many outlets
    fig = articles_by_source_date(table)
    drawn = {x for trace in fig.data for x in trace.x}
    assert len(drawn) == 40 == len(fig.layout.xaxis.ticktext)
    assert f"from {sources} sources" in fig.layout.title.text and "the 40 sources with the most articles shown" in (
        fig.layout.title.text
    )
    # Those drawn are the outlets with most articles: every outlet with 2+ articles fits in 40 here.
    counts = table["source"].value_counts()
    assert set(counts[counts >= 2].index) <= drawn
    # 2002–2026 spans more months than colours: one colour per year.
    assert fig.layout.title.text.split(" · ")[0].endswith("by year")
    assert all(len(t.name) == 4 or t.name == "no date" for t in fig.data)
    assert max(len(html.unescape(t)) for t in fig.layout.xaxis.ticktext) <= 28  # label() escapes &
    settings_override(display={"corpus_chart_sources": 500})
    whole = articles_by_source_date(table)
    assert len({x for trace in whole.data for x in trace.x}) == sources and "shown" not in whole.layout.title.text


def test_first_coverage_rows_cut_story_labels_and_outlets_at_a_word(excerpts: Corpus):
    text = build(excerpts.articles)
    found = stories(text, tfidf(text))
    fig = first_coverage_chart(first_coverage(found, excerpts.articles, min_articles=2))
    rows = list(fig.data[0].y)
    assert len(rows) == 25
    for row in rows:
        story_label = row.split(" · ")[1].rsplit(" (", 1)[0]
        words = story_label.rstrip("…").split(", ")
        full = next(s.label for s in found.stories if row.startswith(s.id + " · ")).split(", ")
        assert words == full[: len(words)], row  # whole words only, never "secu" for "secuestro"


def test_passage_pairs_chart_keeps_its_bars_wide_and_names_on_two_lines():
    frame = pd.DataFrame({"a": ["x"], "b": ["y"], "a_reused_share": [0.87], "b_reused_share": [0.74]})
    names = {"x": "CCI Online (Ecuador) · 2023-09-13", "y": "La Prensa (Panamá) · no date"}
    fig = reuse_shares(frame, names=names, title="t")
    assert list(fig.data[0].y) == ["CCI Online (Ecuador) · 2023-09-13<br>↔ La Prensa (Panamá) · no date"]
    assert fig.layout.legend.orientation == "h" and tuple(fig.layout.xaxis.range) == (0, 1)


def test_framing_bars_give_every_named_outlet_its_own_colour_beyond_forty_outlets(excerpts: Corpus):
    """The corpus-wide colours run out after 40 outlets (by name): "Libertad Digital" and "trendswide.com" were
    drawn grey, like the pooled "other sources"."""
    text = build(excerpts.articles)
    counts = source_counts(article_counts(text, set_lexicons()))
    shown = largest_sources(counts, 8)
    shared = source_colours(a.source for a in excerpts.articles)
    assert sum(shared[s] == OTHER_COLOUR for s in shown) >= 2  # the case this test is about
    fig = term_bars(pool_sources(counts, shown), colours=shared)
    legend = {t.name: t.marker.color for t in fig.data if t.showlegend}
    named = {n: c for n, c in legend.items() if not n.startswith("other sources")}
    assert len(named) == 8 and OTHER_COLOUR not in named.values() and len(set(named.values())) == 8
    assert legend[next(n for n in legend if n.startswith("other sources"))] == OTHER_COLOUR
    kept = [s for s in shown if shared[s] != OTHER_COLOUR]
    assert all(named[html.escape(s)] == shared[s] for s in kept)  # outlets that had a colour keep it


def test_places_heat_map_cuts_long_outlet_names_and_names_every_place(excerpts: Corpus):
    """215 outlets, some named "Reporte Confidencial (con información de Efecto Cocuyo)": the full names under
    the heat map took most of its height and plotly then labelled every other place."""
    text = build(excerpts.articles)
    places = places_table(places_per_outlet(text))
    fig = places_chart(places)
    ticks = [html.unescape(t) for t in fig.layout.xaxis.ticktext]
    assert len(ticks) == len(fig.data[0].x) == 40 and max(len(t) for t in ticks) <= 28
    assert any(t.endswith("…") for t in ticks)
    naming = places[places["place"].isin(fig.data[0].y)]["source"].nunique()
    assert f"the 40 of {naming} outlets naming them most" in fig.layout.title.text
    assert fig.layout.yaxis.dtick == 1 and len(fig.data[0].y) == 20


def test_cli_text_tables_align_text_left(tmp_path, capsys):
    """``contraste corpus`` on outlets of very different name lengths: each row starts with its id, not behind
    the padding pandas puts before right-aligned text."""
    from analysis.cli import main

    path = tmp_path / "two.jsonl"
    text = "El terremoto dejó al menos 2.000 muertos en la provincia, informó el ministerio del Interior este sábado."
    rows = [
        {"id": "a1", "text": text, "source": "EFE", "date": "2023-09-09"},
        {"id": "longer-id-2", "text": text, "source": "Reporte Confidencial (con información de Efecto Cocuyo)"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    assert main(["corpus", str(path)]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.strip()]
    header, first, second = lines[-3:]
    assert header.startswith("id") and first.startswith("a1 ") and second.startswith("longer-id-2 ")
    assert first.index("EFE") == second.index("Reporte Confidencial") == header.index("source")
