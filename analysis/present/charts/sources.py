"""Tables and charts of who speaks: statements per outlet, role shares, top speakers, quotes in context.

Role share of an outlet = its statements by speakers of that role / all its statements
(direct and indirect together).

>>> from analysis.sources.quotes import Quote
>>> qs = [Quote("a1", "Ana Ruiz", "Ruiz", "government", "x", 0, 1, True),
...       Quote("a1", "Luis Paz", "Paz", "witness", "y", 2, 3, False)]
>>> role_table(quotes_table(qs, {"a1": "Diario"}))[["source", "role", "statements", "share"]].values.tolist()
[['Diario', 'government', 1, 0.5], ['Diario', 'witness', 1, 0.5]]
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go

from analysis.config import settings
from analysis.present.names import shorten
from analysis.present.style import PALETTE, finish, label
from analysis.sources.lexicon import ROLES
from analysis.sources.placenames import PlaceCount
from analysis.sources.quotes import Quote
from analysis.sources.roles import ROLE_LABELS

OUTLET_TICK_CHARS = 28  # longest outlet name under the places heat map; the hover gives it whole

__all__ = [
    "ROLE_COLOURS",
    "context_html",
    "grouped",
    "places_chart",
    "places_table",
    "quotes_in_context_html",
    "quotes_table",
    "role_chart",
    "role_names",
    "role_table",
    "shared_pair",
    "shared_table",
    "speaker_chart",
    "speakers_table",
]

ROLE_COLOURS = {role: ("#9E9E9E" if role == "unknown" else PALETTE[i]) for i, role in enumerate(ROLES)}
QUOTE_COLUMNS = ["source", "article", "speaker", "role", "direct", "text", "start", "end"]
CONTEXT_CHARS = 160  # characters of article text shown on each side of a quote


def quotes_table(quotes: Sequence[Quote], outlets: Mapping[str, str]) -> pd.DataFrame:
    """One row per statement: outlet, article, speaker, role, direct, text and its offsets."""
    rows = [
        [outlets.get(q.article, q.article), q.article, q.speaker, q.role, q.direct, q.text, q.start, q.end]
        for q in quotes
    ]
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS)


def speakers_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """Per outlet and speaker: role, statements, direct quotes; most quoted first."""
    if quotes.empty:
        return pd.DataFrame(columns=["source", "speaker", "role", "statements", "direct"])
    grouped = quotes.groupby(["source", "speaker", "role"], as_index=False).agg(
        statements=("text", "size"), direct=("direct", "sum")
    )
    grouped["direct"] = grouped["direct"].astype(int)
    return grouped.sort_values(["source", "statements", "speaker"], ascending=[True, False, True], ignore_index=True)


def role_names(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with its ``role`` ids written as the charts' legend names them ("international_ngo" →
    "international body / NGO"), for the page's tables; CSV downloads keep the ids.

    >>> role_names(pd.DataFrame({"speaker": ["Filippo Grandi"], "role": ["international_ngo"]}))["role"].tolist()
    ['international body / NGO']
    """
    return table.assign(role=table["role"].map(lambda r: ROLE_LABELS.get(r, r)))


def role_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """Per outlet and role: statements and their share of the outlet's statements."""
    if quotes.empty:
        return pd.DataFrame(columns=["source", "role", "role_label", "statements", "share"])
    counts = quotes.groupby(["source", "role"], as_index=False).agg(statements=("text", "size"))
    totals = counts.groupby("source")["statements"].transform("sum")
    counts["share"] = (counts["statements"] / totals).round(6)
    counts["role_label"] = counts["role"].map(ROLE_LABELS)
    order = {role: i for i, role in enumerate(ROLES)}
    counts = counts.sort_values(["source", "role"], key=lambda c: c.map(order) if c.name == "role" else c)
    return counts[["source", "role", "role_label", "statements", "share"]].reset_index(drop=True)


def role_chart(
    roles: pd.DataFrame, *, title: str = "Who each outlet quotes, by role", max_sources: int | None = None
) -> go.Figure:
    """One horizontal bar per outlet (or group of outlets), split by the share of each role among its statements.

    With more than ``max_sources`` (default ``role_chart_sources``, settings/display.yaml) outlets, only those with
    the most statements (then name) are drawn, in name order, and the title says so: 180 outlets made 180 bars
    6,000 pixels tall. ``roles`` is :func:`role_table`; the page's CSV keeps every outlet.

    >>> t = pd.DataFrame({"source": ["A", "A", "B", "C"], "role": ["government", "expert", "expert", "expert"],
    ...                   "statements": [3, 1, 5, 1], "share": [0.75, 0.25, 1.0, 1.0]})
    >>> fig = role_chart(t, max_sources=2)
    >>> sorted({y for bar in fig.data for y in bar.y}), fig.layout.title.text
    (['A', 'B'], 'Who each outlet quotes, by role: the 2 outlets with most statements (of 3)')

    Each outlet is labelled with its number of statements (a bar is a share: one statement fills it as 200 do), in
    name order whatever the case ("laSexta" among the L's):

    >>> fig.layout.yaxis.ticktext
    ('A (4)', 'B (5)')
    """
    max_sources = settings().display.role_chart_sources if max_sources is None else max_sources
    outlets = roles["source"].nunique()
    if outlets > max_sources:
        totals = roles.groupby("source", as_index=False)["statements"].sum()
        ranked = totals.sort_values(["statements", "source"], ascending=[False, True], kind="stable")
        roles = roles[roles["source"].isin(set(ranked["source"].head(max_sources)))]
        title = f"{title}: the {max_sources} outlets with most statements (of {outlets})"
    shown = sorted(roles["source"].unique(), key=lambda s: (s.casefold(), s))
    counts = roles.groupby("source")["statements"].sum()
    fig = go.Figure(
        [
            go.Bar(
                name=ROLE_LABELS[role],
                y=[label(s) for s in part["source"]],
                x=part["share"],
                orientation="h",
                marker_color=ROLE_COLOURS[role],
                customdata=part[["statements"]].to_numpy(),
                hovertemplate="%{y}<br>"
                + ROLE_LABELS[role]
                + ": %{x:.0%} (%{customdata[0]} statements)<extra></extra>",
            )
            for role in ROLES
            if not (part := roles[roles["role"] == role]).empty
        ]
    )
    fig.update_layout(
        barmode="stack",
        xaxis={"tickformat": ".0%", "range": [0, 1]},
        yaxis={
            "autorange": "reversed",
            "categoryorder": "array",
            "categoryarray": [label(s) for s in shown],
            "tickmode": "array",  # each bar's label with its number of statements: shares of 1 and of 200 look alike
            "tickvals": [label(s) for s in shown],
            "ticktext": [f"{label(s)} ({counts[s]:,})" for s in shown],
        },
    )
    return finish(fig, title=title, height=max(260, 120 + 36 * len(shown)))


def speaker_chart(speakers: pd.DataFrame, outlet: str, *, top: int = 15) -> go.Figure:
    """The ``top`` most quoted speakers of one outlet, coloured by role."""
    part = speakers[speakers["source"] == outlet].head(top)
    fig = go.Figure(
        [
            go.Bar(
                name=ROLE_LABELS[role],
                y=[label(s) for s in rows["speaker"]],
                x=rows["statements"],
                orientation="h",
                marker_color=ROLE_COLOURS[role],
                customdata=rows[["direct"]].to_numpy(),
                hovertemplate="%{y}: %{x} statements (%{customdata[0]} quoted)<extra></extra>",
            )
            for role in ROLES
            if not (rows := part[part["role"] == role]).empty
        ]
    )
    most = int(part["statements"].max()) if len(part) else 0
    fig.update_layout(
        yaxis={"autorange": "reversed", "categoryorder": "array", "categoryarray": list(part["speaker"])},
        # Whole statements: ticks of 0.5 statement read as nonsense.
        xaxis={"title": "statements", "tickformat": "d", "dtick": 1 if most <= 10 else None, "rangemode": "tozero"},
    )
    return finish(fig, title=f"Most quoted in {outlet}", height=max(260, 100 + 28 * len(part)))


def shared_table(
    shared: Sequence[Mapping[str, object]], outlets: Mapping[str, str], *, names: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """One row per quote found in several articles (``SharedQuote.to_json()`` records); ``quoted_in`` and
    ``unquoted_in`` list article ids, or with ``names`` (article id -> "outlet · date") their names, "; "-joined.

    >>> echo = {"end": 9, "speaker": None, "in_passage": True}
    >>> item = {"text": "no daremos un paso atrás", "speaker": "Ana Pérez", "echoes": [
    ...     {**echo, "article": "a1", "start": 0, "quoted": True}, {**echo, "article": "b7", "start": 4, "quoted": False}]}
    >>> row = shared_table([item], {"a1": "Diario", "b7": "Radio"}, names={"a1": "Diario · 2026-01-02"}).iloc[0]
    >>> row["outlets"], row["quoted_in"], row["unquoted_in"], bool(row["in_shared_passage"])
    ('Diario, Radio', 'Diario · 2026-01-02', 'b7', True)
    """
    rows = []
    name = (lambda a: a) if names is None else (lambda a: names.get(a, a))
    joined = ", " if names is None else "; "  # an outlet's name may hold a comma
    for item in shared:
        echoes = item["echoes"]
        assert isinstance(echoes, list)
        rows.append(
            {
                "quote": item["text"],
                "speaker": item["speaker"],
                "outlets": ", ".join(sorted({outlets.get(e["article"], e["article"]) for e in echoes})),
                "articles": len({e["article"] for e in echoes}),
                "quoted_in": joined.join(sorted({name(e["article"]) for e in echoes if e["quoted"]})),
                "unquoted_in": joined.join(sorted({name(e["article"]) for e in echoes if not e["quoted"]})),
                "in_shared_passage": any(e["in_passage"] for e in echoes),
            }
        )
    columns = ["quote", "speaker", "outlets", "articles", "quoted_in", "unquoted_in", "in_shared_passage"]
    return pd.DataFrame(rows, columns=columns)


def shared_pair(item: Mapping[str, object]) -> tuple[str, int, int, str] | None:
    """Two articles of a shared quote to read side by side: an article quoting it (the span of the quote there)
    and the first other article it appears in, in a shared passage first; None with fewer than two articles.

    >>> echo = {"speaker": None}
    >>> shared_pair({"echoes": [{**echo, "article": "b", "start": 5, "end": 9, "quoted": False, "in_passage": False},
    ...                         {**echo, "article": "c", "start": 1, "end": 4, "quoted": False, "in_passage": True},
    ...                         {**echo, "article": "a", "start": 0, "end": 9, "quoted": True, "in_passage": True}]})
    ('a', 0, 9, 'c')
    """
    echoes = item["echoes"]
    assert isinstance(echoes, list)
    first = next((e for e in echoes if e["quoted"]), echoes[0] if echoes else None)
    others = (
        sorted((e for e in echoes if e["article"] != first["article"]), key=lambda e: not e["in_passage"])
        if first
        else []
    )
    if first is None or not others:
        return None
    return str(first["article"]), int(first["start"]), int(first["end"]), str(others[0]["article"])


def context_html(text: str, start: int, end: int, *, chars: int = CONTEXT_CHARS) -> str:
    """The quote marked in the article text around it, escaped ("…" where the context is cut).

    >>> context_html("Ella dijo: «<b>no</b>».", 12, 21, chars=6)
    '…ijo: «<mark>&lt;b&gt;no&lt;/b&gt;</mark>».'
    """
    a, b = max(0, start - chars), min(len(text), end + chars)
    return (
        ("…" if a > 0 else "")
        + html.escape(text[a:start])
        + f"<mark>{html.escape(text[start:end])}</mark>"
        + html.escape(text[end:b])
        + ("…" if b < len(text) else "")
    )


def quotes_in_context_html(rows: pd.DataFrame, articles: Mapping[str, str]) -> str:
    """An HTML table of statements (rows of :func:`quotes_table`): source, speaker, role, quote or statement, and
    each marked in its article's text around it (:func:`context_html`); every cell escaped.

    >>> rows = pd.DataFrame({"source": ["<i>A</i>"], "speaker": ["Ana"], "role": ["official"], "direct": [True],
    ...                      "article": ["a1"], "start": [11], "end": [15]})
    >>> cell = quotes_in_context_html(rows, {"a1": "Ana dijo: «Sí, sí»."})
    >>> "&lt;i&gt;A&lt;/i&gt;" in cell, "<td>quote</td>" in cell, "<mark>Sí, </mark>" in cell
    (True, True, True)
    """
    cells = [
        "<table style='vertical-align:top'><thead><tr><th>source</th><th>speaker</th><th>role</th><th>kind</th>"
        "<th>in context</th></tr></thead><tbody>"
    ]
    for row in rows.itertuples(index=False):
        cells.append(
            f"<tr style='vertical-align:top'><td>{html.escape(str(row.source))}</td>"
            f"<td>{html.escape(str(row.speaker))}</td>"
            f"<td>{html.escape(ROLE_LABELS.get(row.role, row.role))}</td>"
            f"<td>{'quote' if row.direct else 'statement'}</td>"
            f"<td>{context_html(articles[row.article], int(row.start), int(row.end))}</td></tr>"
        )
    cells.append("</tbody></table>")
    return "".join(cells)


PLACE_COLUMNS = ["source", "place", "kind", "country", "mentions", "articles", "share"]


def places_table(rows: Sequence[PlaceCount]) -> pd.DataFrame:
    """One row per outlet and place it names (:func:`analysis.sources.placenames.places_per_outlet`)."""
    return pd.DataFrame([[getattr(r, c) for c in PLACE_COLUMNS] for r in rows], columns=PLACE_COLUMNS)


def places_chart(places: pd.DataFrame, *, top: int = 20, outlets: int = 40) -> go.Figure:
    """Heat map: the ``top`` places named by most articles (all outlets) × outlets, coloured by the share of
    each outlet's articles naming the place; a blank cell is a place that outlet never names.

    At most ``outlets`` columns, the outlets with most articles naming those places (ties by name), and the
    title says so: 140 columns of 5 pixels have labels no one can read (the table has every outlet).
    """
    order = places.groupby("place")["articles"].sum().sort_values(ascending=False, kind="stable").head(top).index
    part = places[places["place"].isin(order)]
    named = part.groupby("source")["articles"].sum()
    kept = sorted(named.index, key=lambda s: (-named[s], s))[:outlets]
    part = part[part["source"].isin(kept)]
    grid = part.pivot_table(index="place", columns="source", values="share", aggfunc="sum").reindex(order)
    counts = part.pivot_table(index="place", columns="source", values="articles", aggfunc="sum").reindex(order)
    fig = go.Figure(
        go.Heatmap(
            z=grid.to_numpy(),
            x=[label(s) for s in grid.columns],
            y=[label(p) for p in grid.index],
            customdata=counts.reindex(columns=grid.columns).to_numpy(),
            colorscale="Blues",
            zmin=0,
            zmax=1,
            colorbar={"title": "share of<br>its articles", "tickformat": ".0%"},
            hovertemplate="%{x}<br>%{y}: named in %{z:.0%} of its articles (%{customdata})<extra></extra>",
        )
    )
    columns = [label(s) for s in grid.columns]
    fig.update_layout(
        yaxis={"autorange": "reversed", "dtick": 1},  # every place named, not every other one
        # Long outlet names are cut at a word on the axis (the hover gives them whole), so they do not take the
        # height the places need.
        xaxis={
            "tickvals": columns,
            "ticktext": [label(shorten(s, OUTLET_TICK_CHARS)) for s in grid.columns],
            "tickangle": -60,
        },
    )
    labels = 7 * min(OUTLET_TICK_CHARS, max((len(s) for s in grid.columns), default=0))
    title = "Places each outlet names"
    if len(kept) < len(named):
        title += f" · the {len(kept)} of {len(named)} outlets naming them most (the table has all)"
    return finish(fig, title=title, height=max(300, 120 + labels + 24 * len(grid)))


def grouped(quotes: pd.DataFrame, groups: Mapping[str, str]) -> pd.DataFrame:
    """The statements table with each outlet replaced by its group (outlets in no group are left out).

    >>> frame = pd.DataFrame({"source": ["A", "B", "C"], "text": ["x", "y", "z"]})
    >>> grouped(frame, {"A": "state media", "B": "state media"})["source"].tolist()
    ['state media', 'state media']
    """
    part = quotes[quotes["source"].isin(list(groups))].copy()
    part["source"] = part["source"].map(groups)
    return part.reset_index(drop=True)
