"""Charts of the corpus itself."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis.charts.style import PALETTE, finish, label
from analysis.corpus import Corpus

NO_DATE = "no date"


def articles_table(corpus: Corpus) -> pd.DataFrame:
    """One row per article: id, source, date, language, title, url, words."""
    return pd.DataFrame(
        [
            {
                "id": a.id,
                "source": a.source,
                "date": a.date,
                "language": a.language,
                "title": a.title or "",
                "url": a.url or "",
                "words": a.words,
            }
            for a in corpus.articles
        ],
        columns=["id", "source", "date", "language", "title", "url", "words"],
    )


def articles_by_source_date(table: pd.DataFrame) -> go.Figure:
    """Stacked bars: words per source, one segment per article, coloured by article date.

    Each segment's hover names the article, its date and its word count, so the
    chart answers both "how much from whom" and "from when".
    """
    frame = table.assign(day=table["date"].map(lambda d: d.isoformat() if pd.notna(d) and d else NO_DATE))
    days = sorted(d for d in frame["day"].unique() if d != NO_DATE) + (
        [NO_DATE] if (frame["day"] == NO_DATE).any() else []
    )
    fig = go.Figure()
    for i, day in enumerate(days):
        part = frame[frame["day"] == day]
        fig.add_bar(
            name=day,
            x=[label(s) for s in part["source"]],
            y=part["words"],
            customdata=[[label(a), n] for a, n in zip(part["id"], part["words"])],
            hovertemplate="%{x}<br>article %{customdata[0]}<br>" + day + "<br>%{customdata[1]} words<extra></extra>",
            marker_color="#9E9E9E" if day == NO_DATE else PALETTE[i % len(PALETTE)],
        )
    fig.update_layout(
        barmode="stack",
        xaxis={"title": "source", "categoryorder": "category ascending"},
        yaxis_title="words (one segment per article)",
    )
    return finish(fig, title=f"{len(frame)} articles from {frame['source'].nunique()} sources, by date")
