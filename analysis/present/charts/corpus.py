"""Charts of the corpus itself."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go

from analysis.config import settings
from analysis.corpus.loading import Corpus
from analysis.corpus.records import link_url
from analysis.present.style import OTHER_COLOUR, OUTLET_PALETTE, finish, label

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
                "url": link_url(a.url) or "",  # shown as a link: http(s) only, whatever the input held
                "words": a.words,
            }
            for a in corpus.articles
        ],
        columns=["id", "source", "date", "language", "title", "url", "words"],
    )


def articles_by_source_date(
    table: pd.DataFrame, *, max_colours: int | None = None, headlines: Mapping[str, str] | None = None
) -> go.Figure:
    """Stacked bars: words per source, one segment per article, coloured by article date.

    Each segment's hover names the article (its title, or ``headlines[id]``: title or first words; its date,
    word count, and its id last), so the
    chart answers both "how much from whom" and "from when". With more than
    ``max_colours`` (default ``max_date_colours``, settings/display.yaml) distinct dates, segments are coloured by month instead of day
    (a legend of hundreds of days cannot be read).
    """
    if max_colours is None:
        max_colours = settings().display.max_date_colours
    day = table["date"].map(lambda d: d.isoformat() if pd.notna(d) and d else NO_DATE)
    distinct = day[day != NO_DATE].nunique()
    colour_by = day.map(lambda d: d[:7] if d != NO_DATE else d) if distinct > max_colours else day
    frame = table.assign(day=day, colour=colour_by, title=table.get("title", ""))
    names = sorted(d for d in frame["colour"].unique() if d != NO_DATE) + (
        [NO_DATE] if (frame["colour"] == NO_DATE).any() else []
    )
    groups = dict(list(frame.groupby("colour", sort=False)))
    # One call for all traces: plotly re-validates every trace on each add_bar (quadratic in traces).
    fig = go.Figure(
        [
            go.Bar(
                name=name,
                x=[label(s) for s in part["source"]],
                y=part["words"],
                customdata=[
                    [
                        label(a),
                        n,
                        d,
                        label((headlines or {}).get(a) or (t if isinstance(t, str) and t.strip() else "untitled")),
                    ]
                    for a, n, d, t in zip(part["id"], part["words"], part["day"], part["title"])
                ],
                hovertemplate="%{x}<br>%{customdata[3]}<br>%{customdata[2]} · %{customdata[1]} words"
                "<br>id %{customdata[0]}<extra></extra>",
                marker_color=OTHER_COLOUR if name == NO_DATE else OUTLET_PALETTE[i % len(OUTLET_PALETTE)],
            )
            for i, name in enumerate(names)
            for part in [groups[name]]
        ]
    )
    fig.update_layout(
        barmode="stack",
        xaxis={"title": "source", "categoryorder": "category ascending"},
        yaxis_title="words (one segment per article)",
    )
    by = "month" if distinct > max_colours else "date"
    return finish(fig, title=f"{len(frame):,} articles from {frame['source'].nunique():,} sources, by {by}")
