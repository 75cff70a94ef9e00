"""The corpus chart and table name articles by headline; the id stays last (hover, table's last column)."""

from __future__ import annotations

import json

from analysis.corpus.loading import Corpus
from analysis.present.charts.corpus import articles_by_source_date, articles_table
from analysis.present.names import headline
from tests.conftest import open_page


def test_hover_gives_headline_date_words_and_id_last(seeds: Corpus):
    fig = articles_by_source_date(articles_table(seeds), headlines={a.id: headline(a) for a in seeds.articles})
    rows = [row for trace in fig.data for row in trace.customdata]
    first = next(r for r in rows if r[0].startswith("000_"))
    assert first[3] == "El vocero del Kremlin, Dmitri Peskov, informó este…" and first[2] == "2026-01-20"
    assert fig.data[0].hovertemplate.endswith("<br>id %{customdata[0]}<extra></extra>")
    # Without headlines the title is used, and "untitled" said when there is none (the seeds have none).
    plain = articles_by_source_date(articles_table(seeds))
    assert {row[3] for trace in plain.data for row in trace.customdata} == {"untitled"}


def test_corpus_page_table_puts_the_id_last_and_the_chart_names_articles():
    at = open_page("corpus")
    columns = json.loads(at.dataframe[0].proto.columns)  # the editor's column settings
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    hovers = [row[3] for trace in spec["data"] for row in trace["customdata"]]
    assert "El vocero del Kremlin, Dmitri Peskov, informó este…" in hovers
    assert list(at.dataframe[0].proto.column_order) == ["source", "date", "title", "language", "words", "url", "id"]
    assert "help" in columns["id"]
