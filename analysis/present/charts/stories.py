"""Charts of stories: articles per day per outlet for one story, and who covered which story first."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go

from analysis.present.names import shorten
from analysis.present.style import OTHER_COLOUR, PALETTE, finish, label, source_colours

# The first-coverage chart shows at most this many stories (the largest), so that its rows stay readable.
MAX_STORIES = 25
DAY_MS = 86_400_000  # a date axis counts milliseconds
# Up to this many articles on the busiest day the article axis ticks every whole article (no "0.2 article").
WHOLE_TICKS_UP_TO = 10
BROKE_SYMBOL, FOLLOWED_SYMBOL = "star", "circle"


def stories_listing(table: pd.DataFrame) -> pd.DataFrame:
    """The stories table (``similarity.stories.stories_table``) as the Stories page lists it: the largest first,
    then the earliest; ``articles`` named ``size``.

    >>> t = pd.DataFrame({"id": ["S1", "S2", "S3"], "articles": [1, 4, 4], "start": [1, 9, 2]})
    >>> stories_listing(t).values.tolist()
    [['S3', 4, 2], ['S2', 4, 9], ['S1', 1, 1]]
    """
    ordered = table.sort_values(["articles", "start"], ascending=[False, True], kind="stable")
    return ordered.rename(columns={"articles": "size"})


def _colours(sources: list[str], shared: Mapping[str, str] | None) -> dict[str, str]:
    """The corpus-wide outlet colours when they keep this chart's outlets apart, else colours of this chart's own
    (distinct up to 40 outlets): a story's twenty outlets are not drawn in eight recycled colours.

    >>> _colours(["a", "b"], {"a": "#111111", "b": "#222222", "c": "#333333"})
    {'a': '#111111', 'b': '#222222'}
    >>> _colours(["a", "b"], {"a": OTHER_COLOUR, "b": OTHER_COLOUR})  # the corpus has over 40 outlets
    {'a': '#0072B2', 'b': '#E69F00'}
    """
    if shared is not None and len({shared.get(s, OTHER_COLOUR) for s in sources} - {OTHER_COLOUR}) == len(sources):
        return {s: shared[s] for s in sources}
    return source_colours(sources)


def coverage_chart(daily: pd.DataFrame, *, title: str, colours: Mapping[str, str] | None = None) -> go.Figure:
    """Stacked bars: articles per day, one colour per outlet (``daily`` is ``coverage.daily_coverage``).

    ``colours`` are the corpus-wide outlet colours (used when they tell this story's outlets apart). A bar is one
    day wide (Plotly widens bars to the gap between far-apart days: one day looked like four), and while the
    busiest day has at most ``WHOLE_TICKS_UP_TO`` articles the axis ticks whole articles.

    >>> import datetime as dt
    >>> d = pd.DataFrame({"date": [dt.date(2023, 9, 9)] * 2, "source": ["A", "B"], "articles": [2, 1]})
    >>> fig = coverage_chart(d, title="x")
    >>> [(t.name, list(t.y), t.width == DAY_MS * 0.8) for t in fig.data], fig.layout.yaxis.dtick
    ([('A', [2], True), ('B', [1], True)], 1)
    """
    fig = go.Figure()
    sources = sorted(set(daily["source"]))
    colour = _colours(sources, colours)
    for source in sources:
        part = daily[daily["source"] == source]
        fig.add_bar(
            x=[pd.Timestamp(d) for d in part["date"]],
            y=part["articles"].tolist(),
            name=label(source),
            marker_color=colour[source],
            hovertemplate="%{x|%d %b %Y}<br>" + label(source) + ": %{y} article(s)<extra></extra>",
            width=DAY_MS * 0.8,
        )
    fig.update_layout(barmode="stack", xaxis={"title": "date", "type": "date"}, yaxis={"title": "articles"})
    if not daily.empty and daily.groupby("date")["articles"].sum().max() <= WHOLE_TICKS_UP_TO:
        fig.update_yaxes(dtick=1)
    return finish(fig, title=title)


def first_coverage_rows(first: pd.DataFrame, *, every: bool = False) -> pd.DataFrame:
    """``coverage.first_coverage`` as a page shows it: the outlets that covered each story (``every``: also those
    that did not), the first date as text ("no date" when the outlet's articles have none) and the lag with its
    unit ("day 0", "+3 days"), so no cell reads "None".

    >>> import datetime as dt
    >>> f = pd.DataFrame({"story": ["S1"] * 4, "label": ["derna"] * 4, "source": ["A", "B", "C", "D"],
    ...                   "first": [dt.date(2023, 9, 9), dt.date(2023, 9, 10), None, None],
    ...                   "articles": [1, 2, 1, 0], "lag_days": pd.array([0, 1, None, None], dtype="Int64"),
    ...                   "role": ["broke", "followed", "undated", "not covered"]})
    >>> first_coverage_rows(f)[["source", "role", "first article", "after the story began"]].values.tolist()
    [['A', 'broke', '2023-09-09', 'day 0'], ['B', 'followed', '2023-09-10', '+1 day'], ['C', 'undated', 'no date', 'unknown (no date)']]
    >>> len(first_coverage_rows(f, every=True))
    4
    """
    rows = first if every else first[first["role"] != "not covered"]

    def lag(days: object, role: str) -> str:
        if role == "not covered":
            return ""
        if pd.isna(days):
            return "unknown (no date)"
        return "day 0" if days == 0 else f"+{days} day" + ("" if days == 1 else "s")

    return pd.DataFrame(
        {
            "story": rows["story"],
            "label": rows["label"],
            "source": rows["source"],
            "role": rows["role"],
            "first article": [
                "" if r == "not covered" else d.isoformat() if d is not None and pd.notna(d) else "no date"
                for d, r in zip(rows["first"], rows["role"])
            ],
            "after the story began": [lag(d, r) for d, r in zip(rows["lag_days"], rows["role"])],
            "articles": rows["articles"],
        }
    )


def first_coverage_chart(first: pd.DataFrame, *, max_stories: int = MAX_STORIES) -> go.Figure:
    """Who broke each story and who followed: one row per story (the ``max_stories`` with most articles), named
    with its first day and the outlet that broke it; a star at day 0 (hover: every outlet of that day), a
    circle on each later day an outlet first covered it, larger for more outlets (hover: their names). Outlets
    that did not cover a story have no marker on its row (the table lists them).

    Two traces, not one per outlet: a corpus of a hundred outlets would need a hundred colours.
    ``first`` is ``coverage.first_coverage``. Days, not dates, on the x axis: stories years apart share it.

    >>> import datetime as dt
    >>> f = pd.DataFrame({"story": ["S1"] * 4, "label": ["derna"] * 4, "source": ["A", "B", "C", "D"],
    ...                   "first": [dt.date(2023, 9, 9), dt.date(2023, 9, 11), dt.date(2023, 9, 11), None],
    ...                   "articles": [1, 2, 1, 0], "lag_days": pd.array([0, 2, 2, None], dtype="Int64"),
    ...                   "role": ["broke", "followed", "followed", "not covered"]})
    >>> fig = first_coverage_chart(f)
    >>> [(t.name, list(t.x), [c[1] for c in t.customdata]) for t in fig.data]
    [('broke it (day 0)', [0], ['A']), ('followed (larger: more outlets that day)', [2], ['B, C'])]
    >>> list(fig.data[0].y)
    ['S1 · derna (09 Sep 2023) · A']
    """
    covered = first[first["lag_days"].notna()]
    sizes = covered.groupby("story")["articles"].sum().sort_values(ascending=False, kind="stable")
    shown = list(sizes.index[:max_stories])
    covered = covered[covered["story"].isin(shown)].sort_values(["story", "lag_days", "source"], kind="stable")
    starts = covered.groupby("story")["first"].min()
    names = {}
    for story, part in covered.groupby("story", sort=False):
        broke = part[part["lag_days"] == 0]["source"].tolist()
        who = label(shorten(broke[0], 24)) + (f" +{len(broke) - 1}" if len(broke) > 1 else "")
        names[story] = f"{story} · {label(shorten(str(part['label'].iloc[0]), 32))} ({starts[story]:%d %b %Y}) · {who}"
    order = sorted(shown, key=lambda s: (starts[s], s))
    days = (
        covered.groupby(["story", "lag_days"], sort=True)
        .agg(outlets=("source", list), articles=("articles", "sum"), first=("first", "min"))
        .reset_index()
    )
    fig = go.Figure()
    for broke, name, symbol, colour in (
        (True, "broke it (day 0)", BROKE_SYMBOL, PALETTE[5]),
        (False, "followed (larger: more outlets that day)", FOLLOWED_SYMBOL, PALETTE[0]),
    ):
        part = days[(days["lag_days"] == 0) == broke]
        count = [len(o) for o in part["outlets"]]
        fig.add_scatter(
            x=[int(v) for v in part["lag_days"]],
            y=[names[s] for s in part["story"]],
            mode="markers",
            name=name,
            marker={
                "color": colour,
                "symbol": symbol,
                "size": [min(9 + 3 * (n - 1), 21) for n in count] if not broke else 15,
                "opacity": 1.0 if broke else 0.75,
                "line": {"width": 1, "color": "white"},
            },
            customdata=[
                [f"{d:%d %b %Y}", _outlets(o), n, a]
                for d, o, n, a in zip(part["first"], part["outlets"], count, part["articles"])
            ],
            hovertemplate="%{customdata[0]} (day %{x}): %{customdata[2]} outlet(s), %{customdata[3]} article(s)"
            "<br>%{customdata[1]}<extra></extra>",
        )
    fig.update_layout(
        xaxis={"title": "days after the story's first article", "range": [-0.7, max(days["lag_days"].max(), 1) + 0.7]},
        yaxis={"title": "", "categoryorder": "array", "categoryarray": [names[s] for s in reversed(order)]},
    )
    height = max(320, 110 + 28 * len(order))
    fig = finish(fig, title="Who broke each story (★, day 0) and who followed (●)", height=height)
    return fig.update_layout(legend={"orientation": "h", "x": 0, "y": 1.0, "yanchor": "bottom"})  # the rows need the width


def _outlets(names: list[str], most: int = 12) -> str:
    """Outlet names for a hover: the first ``most``, then how many more."""
    shown = ", ".join(label(n) for n in names[:most])
    return shown + (f" and {len(names) - most} more" if len(names) > most else "")
