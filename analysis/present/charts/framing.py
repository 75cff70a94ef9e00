"""Charts of framing terms: term use per frame and source, and distinctive words.

Every bar carries ``customdata = [frame or "", term or word]`` (raw, unescaped)
so that a click (Plotly selection event) can open the keyword-in-context table;
hover text and labels go through :func:`label`. The charts leave ``clickmode`` and
``dragmode`` unset: Streamlit sets them for point selection, and a ``dragmode`` of
"select" would make it turn click-to-select off.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from analysis.present.style import OTHER_COLOUR, PALETTE, chart_colours, finish, label

__all__ = ["distinctive_bars", "distinctive_small_multiples", "term_bars"]

COLUMNS_PER_ROW = 2
ROW_HEIGHT = 330
A_COLOUR, B_COLOUR = PALETTE[0], PALETTE[1]
OTHER_SOURCES = "other sources"
# |z| ≥ 1.96: a difference this large arises by chance less than 5 % of the time (two-sided normal test).
SIGNIFICANT_Z = 1.96
FADED = 0.3  # opacity of bars whose difference may be chance


def bar_opacity(z: float) -> float:
    """Full opacity for a significant difference (|z| ≥ 1.96), faded otherwise.

    >>> bar_opacity(2.5), bar_opacity(-1.96), bar_opacity(1.2)
    (1.0, 1.0, 0.3)
    """
    return 1.0 if abs(z) >= SIGNIFICANT_Z else FADED


def _grid(n: int, columns: int) -> tuple[int, int]:
    cols = max(1, min(columns, n))
    return math.ceil(n / cols), cols


def _nothing(message: str, *, title: str) -> go.Figure:
    """A chart with nothing to draw: ``message`` in its middle, so the page still shows why."""
    fig = go.Figure()
    fig.add_annotation(text=message, showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
    return finish(fig, title=title, height=300)


def largest_sources(sources: pd.DataFrame, limit: int) -> list[str]:
    """The ``limit`` sources with the most words (``source_counts``), largest first, ties by name."""
    words = sources.drop_duplicates(["source", "language"]).groupby("source")["words"].sum()
    return sorted(words.index, key=lambda s: (-words[s], s))[:limit]


def pool_sources(sources: pd.DataFrame, keep: Sequence[str]) -> pd.DataFrame:
    """``source_counts`` with every source not in ``keep`` pooled into one "other sources (N)" row per term:
    counts and words summed, per_1000 recomputed over the pooled words.

    >>> t = pd.DataFrame({"source": ["A", "B", "C"], "language": ["es"] * 3, "frame": ["f"] * 3, "term": ["x"] * 3,
    ...                   "count": [1, 2, 3], "words": [1000, 1000, 2000], "per_1000": [1.0, 2.0, 1.5]})
    >>> pool_sources(t, ["A"])[["source", "count", "words", "per_1000"]].to_dict("records")
    [{'source': 'A', 'count': 1, 'words': 1000, 'per_1000': 1.0}, {'source': 'other sources (2)', 'count': 5, 'words': 3000, 'per_1000': 1.6666666666666667}]
    """
    kept = sources["source"].isin(list(keep))
    rest = sources[~kept]
    if rest.empty:
        return sources
    name = f"{OTHER_SOURCES} ({rest['source'].nunique()})"
    pooled = rest.groupby(["language", "frame", "term"], sort=False, as_index=False).agg(count=("count", "sum"), words=("words", "sum"))
    pooled["per_1000"] = pooled["count"] / pooled["words"].where(pooled["words"] > 0) * 1000
    pooled["per_1000"] = pooled["per_1000"].fillna(0.0)
    pooled.insert(0, "source", name)
    return pd.concat([sources[kept], pooled[sources.columns]], ignore_index=True)


def term_bars(
    sources: pd.DataFrame,
    *,
    frames: list[str] | None = None,
    hide_unused: bool = True,
    colours: Mapping[str, str] | None = None,
) -> go.Figure:
    """Grouped bars, one panel per frame: per term (x), one bar per source, height = uses per 1,000 words.

    ``sources`` has the columns of :func:`analysis.framing.counts.source_counts`. Rates, not
    raw counts, so a source with ten times more text does not look ten times
    keener on a term. Terms no source uses are hidden unless ``hide_unused=False``.
    """
    table = sources if frames is None else sources[sources["frame"].isin(frames)]
    if hide_unused:
        used = table.groupby(["frame", "term"])["count"].transform("sum") > 0
        table = table[used]
    names = [f for f in dict.fromkeys(table["frame"])]
    if not names:
        return _nothing("No term of the lexicon occurs in these articles.", title="Framing terms per 1,000 words")
    rows, cols = _grid(len(names), COLUMNS_PER_ROW)
    fig = make_subplots(
        rows=rows,
        cols=cols,
        subplot_titles=[label(n) for n in names],
        # Room under each row for its terms (slanted at 45°), so a panel's title never sits on the row above's.
        vertical_spacing=0.45 / rows,
        horizontal_spacing=0.08,
    )
    # Named sources in name order, the pooled "other sources" last (grey); no named source grey like them.
    order = sorted(table["source"].unique(), key=lambda s: (s.startswith(OTHER_SOURCES), s))
    named = chart_colours([s for s in order if not s.startswith(OTHER_SOURCES)], colours)
    colour = {s: named.get(s, OTHER_COLOUR) for s in order}
    # Traces are added in one call: plotly re-validates every trace on each add_bar (quadratic in traces).
    traces, trace_rows, trace_cols = [], [], []
    groups = {key: part for key, part in table.groupby(["frame", "source"], sort=False)}
    for i, frame in enumerate(names):
        for source, colour_ in colour.items():
            bars = groups.get((frame, source))
            if bars is None or bars.empty:
                continue
            traces.append(
                go.Bar(
                    name=label(source),
                    legendgroup=source,
                    showlegend=i == 0,
                    x=[label(t) for t in bars["term"]],
                    y=bars["per_1000"],
                    marker_color=colour_,
                    customdata=[[frame, t, source] for t in bars["term"]],
                    hovertext=[
                        f"{label(source)}<br>{label(t)}: {n} uses, {r:.2f} per 1,000 words"
                        for t, n, r in zip(bars["term"], bars["count"], bars["per_1000"])
                    ],
                    hovertemplate="%{hovertext}<extra></extra>",
                )
            )
            trace_rows.append(i // cols + 1)
            trace_cols.append(i % cols + 1)
    fig.add_traces(traces, rows=trace_rows, cols=trace_cols)
    fig.update_layout(barmode="group")
    fig.update_xaxes(tickangle=-45)
    fig.update_yaxes(title_text="per 1,000 words", col=1)
    return finish(
        fig,
        title="Framing terms per 1,000 words, by source",
        height=120 + ROW_HEIGHT * rows,
    )


def _diverging(part: pd.DataFrame, *, names: tuple[str, str], legend: bool, source: str = "") -> list[go.Bar]:
    """The two bar traces of a diverging chart (negative z: ``names[1]``, positive: ``names[0]``)."""
    part = part.sort_values("z")
    traces = []
    for positive, name, colour in ((False, names[1], B_COLOUR), (True, names[0], A_COLOUR)):
        side = part[(part["z"] > 0) == positive]
        if side.empty:
            continue
        traces.append(go.Bar(
            orientation="h",
            name=label(name),
            legendgroup=name,
            showlegend=legend,
            x=side["z"],
            y=[label(w) for w in side["word"]],
            marker={"color": colour, "opacity": [bar_opacity(z) for z in side["z"]]},
            customdata=[["", w, source] for w in side["word"]],
            hovertext=[
                f"{label(w)}: z = {z:.2f} ({'unlikely by chance' if abs(z) >= SIGNIFICANT_Z else 'may be chance'})"
                f"<br>{a} uses in {label(names[0])}, {b} in {label(names[1])}"
                for w, z, a, b in zip(side["word"], side["z"], side["count_a"], side["count_b"])
            ],
            hovertemplate="%{hovertext}<extra></extra>",
        ))  # fmt: skip
    return traces


def distinctive_bars(
    table: pd.DataFrame, *, name_a: str = "group A", name_b: str = "group B", n: int = 15
) -> go.Figure:
    """Diverging bars of the ``n`` most distinctive words each way (z-score of Fightin' Words).

    ``table`` has the columns of :func:`analysis.framing.distinctive.compare_groups`; bars to
    the right are typical of ``name_a``, to the left of ``name_b``.
    """
    part = pd.concat([table.nlargest(n, "z"), table.nsmallest(n, "z")]).drop_duplicates("stem")
    part = part[part["z"] != 0]
    fig = go.Figure(_diverging(part, names=(name_a, name_b), legend=True))
    fig.update_layout(barmode="relative", yaxis={"type": "category"})
    fig.update_xaxes(title_text="how strongly the word sets the groups apart (z; faded: |z| < 1.96, may be chance)", zeroline=True)
    title = f"Words that set {name_a} apart from {name_b}"
    return finish(fig, title=title, height=max(360, 80 + 22 * len(part)))


def distinctive_small_multiples(
    table: pd.DataFrame, *, n: int = 6, columns: int = 3, of_sources: int | None = None
) -> go.Figure:
    """One diverging panel per source: its ``n`` most and least typical words against all other sources.

    ``table`` has the columns of :func:`analysis.framing.distinctive.source_vs_rest`. All
    panels share the z axis so sources compare at a glance. ``of_sources``: how many sources the corpus has when
    ``table`` holds only some of them; the title then says how many are drawn.
    """
    groups = list(dict.fromkeys(table["group"]))
    if not groups:
        return _nothing("Needs at least two sources.", title="Each source against the rest")
    rows, cols = _grid(len(groups), columns)
    fig = make_subplots(
        rows=rows,
        cols=cols,
        subplot_titles=[label(g) for g in groups],
        shared_xaxes=True,
        horizontal_spacing=0.12,
        vertical_spacing=0.4 / rows,
    )
    traces, rows_of, cols_of = [], [], []
    for i, group in enumerate(groups):
        part = table[table["group"] == group]
        part = pd.concat([part.nlargest(n, "z"), part.nsmallest(n, "z")]).drop_duplicates("stem")
        panel = _diverging(part, names=("this source", "the other sources"), legend=i == 0, source=group)
        traces += panel
        rows_of += [i // cols + 1] * len(panel)
        cols_of += [i % cols + 1] * len(panel)
    # One call for all panels: plotly re-validates every trace on each add (quadratic in traces).
    fig.add_traces(traces, rows=rows_of, cols=cols_of)
    fig.update_layout(barmode="relative")
    fig.update_yaxes(type="category", tickfont={"size": 11})
    fig.update_xaxes(title_text="z (faded: may be chance)", row=rows)
    title = "Each source against all the others: z-scores of its most and least typical words"
    if of_sources is not None and of_sources > len(groups):
        title += f" ({len(groups)} of {of_sources} sources, those with the most words)"
    return finish(fig, title=title, height=100 + (40 + 22 * 2 * n) * rows)
