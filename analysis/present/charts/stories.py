"""Charts of stories: articles per day per outlet for one story, and who covered which story first."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis.present.style import PALETTE, finish, label

# The first-coverage chart shows at most this many stories (the largest), so that its rows stay readable.
MAX_STORIES = 25
BROKE_SYMBOL, FOLLOWED_SYMBOL = "star", "circle"


def _colours(sources: list[str]) -> dict[str, str]:
    return {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(sources)}


def coverage_chart(daily: pd.DataFrame, *, title: str) -> go.Figure:
    """Stacked bars: articles per day, one colour per outlet (``daily`` is ``coverage.daily_coverage``).

    >>> import datetime as dt
    >>> d = pd.DataFrame({"date": [dt.date(2023, 9, 9)] * 2, "source": ["A", "B"], "articles": [2, 1]})
    >>> [(t.name, list(t.y)) for t in coverage_chart(d, title="x").data]
    [('A', [2]), ('B', [1])]
    """
    fig = go.Figure()
    sources = sorted(set(daily["source"]))
    colours = _colours(sources)
    for source in sources:
        part = daily[daily["source"] == source]
        fig.add_bar(
            x=[pd.Timestamp(d) for d in part["date"]],
            y=part["articles"].tolist(),
            name=label(source),
            marker_color=colours[source],
            hovertemplate="%{x|%d %b %Y}<br>" + label(source) + ": %{y} article(s)<extra></extra>",
        )
    fig.update_layout(barmode="stack", xaxis={"title": "date", "type": "date"}, yaxis={"title": "articles"})
    return finish(fig, title=title)


def first_coverage_chart(first: pd.DataFrame, *, max_stories: int = MAX_STORIES) -> go.Figure:
    """Who broke each story and who followed: one row per story (the ``max_stories`` with most articles, the
    row named with its first day), one marker per outlet at the days between the story's first article and the
    outlet's first; a star marks who broke it (day 0), a circle who followed (hover: date, articles). Outlets
    that did not cover a story have no marker on its row (the table lists them).

    ``first`` is ``coverage.first_coverage``. Days, not dates, on the x axis: stories years apart share it.

    >>> import datetime as dt
    >>> f = pd.DataFrame({"story": ["S1", "S1", "S1"], "label": ["derna"] * 3, "source": ["A", "B", "C"],
    ...                   "first": [dt.date(2023, 9, 9), dt.date(2023, 9, 11), None], "articles": [1, 2, 0],
    ...                   "lag_days": pd.array([0, 2, None], dtype="Int64"),
    ...                   "role": ["broke", "followed", "not covered"]})
    >>> [(t.name, list(t.x), list(t.marker.symbol)) for t in first_coverage_chart(f).data]
    [('A', [0], ['star']), ('B', [2], ['circle'])]
    """
    covered = first[first["lag_days"].notna()]
    sizes = covered.groupby("story")["articles"].sum().sort_values(ascending=False, kind="stable")
    shown = list(sizes.index[:max_stories])
    covered = covered[covered["story"].isin(shown)]
    starts = covered.groupby("story")["first"].min()
    names = {
        s: f"{s} · {label(str(lab))[:36]} ({starts[s]:%d %b %Y})" for s, lab in zip(covered["story"], covered["label"])
    }
    order = sorted(shown, key=lambda s: (starts[s], s))
    fig = go.Figure()
    sources = sorted(set(covered["source"]))
    colours = _colours(sources)
    for source in sources:
        part = covered[covered["source"] == source]
        fig.add_scatter(
            x=[int(v) for v in part["lag_days"]],
            y=[names[s] for s in part["story"]],
            mode="markers",
            name=label(source),
            marker={
                "color": colours[source],
                "size": 12,
                "symbol": [BROKE_SYMBOL if r == "broke" else FOLLOWED_SYMBOL for r in part["role"]],
                "line": {"width": 1, "color": "white"},
            },
            customdata=[[f"{d:%d %b %Y}", n] for d, n in zip(part["first"], part["articles"])],
            hovertemplate=label(source) + "<br>first article %{customdata[0]} (day %{x})<br>"
            "%{customdata[1]} article(s)<extra></extra>",
        )
    fig.update_layout(
        xaxis={"title": "days after the story's first article", "rangemode": "tozero", "zeroline": True},
        yaxis={"title": "", "categoryorder": "array", "categoryarray": [names[s] for s in reversed(order)]},
    )
    height = max(320, 80 + 28 * len(order))
    return finish(fig, title="Who broke each story (★, day 0) and who followed (●)", height=height)
