"""Charts of the corpus itself."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go

from analysis.config import settings
from analysis.corpus.loading import Corpus
from analysis.corpus.records import link_url
from analysis.present.names import shorten
from analysis.present.style import OTHER_COLOUR, OUTLET_PALETTE, finish, label

NO_DATE = "no date"
SOURCE_TICK_CHARS = 28  # longest source name under a bar; the hover gives it whole


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
    table: pd.DataFrame,
    *,
    max_colours: int | None = None,
    max_sources: int | None = None,
    headlines: Mapping[str, str] | None = None,
) -> go.Figure:
    """Stacked bars: words per source, one segment per article, coloured by article date.

    Each segment's hover names the article (its title, or ``headlines[id]``: title or first words; its date,
    word count, and its id last), so the
    chart answers both "how much from whom" and "from when". With more than
    ``max_colours`` (default ``max_date_colours``, settings/display.yaml) distinct dates, segments are coloured by
    month instead of day, and by year when there are more months than that too (a legend of hundreds of days
    cannot be read). With more than ``max_sources`` (default ``corpus_chart_sources``) sources, only those with the
    most articles (then words, then name) are drawn and the title says so; long source names are cut on the axis
    (the hover gives them whole).
    """
    display = settings().display
    max_colours = display.max_date_colours if max_colours is None else max_colours
    max_sources = display.corpus_chart_sources if max_sources is None else max_sources
    day = table["date"].map(lambda d: d.isoformat() if pd.notna(d) and d else NO_DATE)
    dated = day[day != NO_DATE]
    by = "date" if dated.nunique() <= max_colours else "month" if dated.str[:7].nunique() <= max_colours else "year"
    width = {"date": 10, "month": 7, "year": 4}[by]
    colour_by = day.map(lambda d: d[:width] if d != NO_DATE else d)
    frame = table.assign(day=day, colour=colour_by, title=table.get("title", ""))
    sources = frame["source"].nunique()
    ranked = (
        frame.groupby("source")
        .agg(articles=("id", "size"), words=("words", "sum"))
        .reset_index()
        .sort_values(["articles", "words", "source"], ascending=[False, False, True], kind="stable")
    )
    shown = sorted(ranked["source"].head(max_sources))
    frame = frame[frame["source"].isin(set(shown))]
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
    axis = [label(s) for s in shown]
    fig.update_layout(
        barmode="stack",
        xaxis={
            "title": "source",
            "categoryorder": "array",
            "categoryarray": axis,
            "tickvals": axis,
            "ticktext": [label(shorten(s, SOURCE_TICK_CHARS)) for s in shown],
            "automargin": True,
        },
        yaxis_title="words (one segment per article)",
    )
    title = f"{len(table):,} articles from {sources:,} sources, by {by}"
    if len(shown) < sources:
        title += f" · the {len(shown)} sources with the most articles shown (the CSV holds all)"
    return finish(fig, title=title, height=420 if len(shown) <= 12 else 520)
