"""Charts of article similarity: the dendrogram-ordered heatmap, the terms behind a pair, reuse shares."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from analysis.present.style import PALETTE, finish, label

__all__ = ["heatmap", "matrix_frame", "reuse_shares", "term_contributions"]


def matrix_frame(ids: Sequence[str], matrix: np.ndarray) -> pd.DataFrame:
    """A similarity matrix as a tidy table: one row per ordered pair, columns ``a``, ``b``, ``score``."""
    n = len(ids)
    rows, cols = np.meshgrid(np.arange(n), np.arange(n), indexing="ij")
    id_array = np.asarray(ids, dtype=object)
    return pd.DataFrame({"a": id_array[rows.ravel()], "b": id_array[cols.ravel()], "score": matrix.ravel()})


# Above this many articles the axes carry no labels (they would overlap); the hover names each cell.
HEATMAP_LABELLED = 60


def heatmap(
    frame: pd.DataFrame,
    *,
    order: Sequence[str],
    names: Mapping[str, str],
    title: str,
    hover_names: Mapping[str, str] | None = None,
) -> go.Figure:
    """Similarity heatmap of the articles in ``order`` (articles with similar wording next to each other),
    from a tidy ``a, b, score`` table, as percentages of shared wording.

    Axis labels are ``names`` (short: "outlet · date"); the hover gives ``hover_names`` (outlet · date ·
    title), the id and the score. The diagonal (an article against itself, always 100 %) is left blank so
    that the colour scale shows only comparisons. Past ``HEATMAP_LABELLED`` articles the axes are unlabelled.
    """
    grid = frame.pivot(index="a", columns="b", values="score").reindex(index=list(order), columns=list(order))
    values = grid.to_numpy(dtype=float).copy()
    np.fill_diagonal(values, np.nan)
    # The colour scale ends at the highest pair (rounded up to 10 %), not at 100 %: most pairs of news
    # articles share under a third of their wording, and on a 0–100 % scale they would all look white.
    top = float(np.nanmax(values)) if np.isfinite(values).any() else 1.0
    zmax = min(1.0, max(0.1, np.ceil(top * 10) / 10))
    full = hover_names or names
    shown = [label(names.get(i, i)) for i in order]
    # The axes' categories are the full descriptions (unique: they end with the id), their tick labels the short
    # names: the hover reads both descriptions from the axes, with no per-cell text (n² strings: 1 MB at 300).
    described = [f"{label(full.get(i, i))} <i>({label(i)})</i>" for i in order]
    fig = go.Figure(
        go.Heatmap(
            z=values,
            x=described,
            y=described,
            zmin=0,
            zmax=zmax,
            colorscale="Blues",
            hovertemplate="%{y}<br>%{x}<br>similarity %{z:.0%}<extra></extra>",
            colorbar={"title": {"text": "similarity"}, "tickformat": ".0%"},
            hoverongaps=False,
        )
    )
    labelled = len(order) <= HEATMAP_LABELLED
    axis = "articles, similar ones next to each other" + ("" if labelled else " (hover for names)")
    ticks = {"tickmode": "array", "tickvals": described, "ticktext": shown} if labelled else {}
    fig.update_yaxes(
        autorange="reversed", automargin=True, showticklabels=labelled, title=axis, tickfont_size=11, **ticks
    )
    fig.update_xaxes(
        tickangle=-45, automargin=True, showticklabels=labelled, title=axis, tickfont_size=11, side="bottom", **ticks
    )
    size = max(460, min(1100, 220 + 18 * len(order)))
    return finish(fig, title=title, height=size)


def term_contributions(frame: pd.DataFrame, *, title: str, score: float | None = None) -> go.Figure:
    """Horizontal bars of ``term`` by ``weight`` (its part of the pair's cosine), largest on top.

    With the pair's ``score``, each bar is the share of the similarity the word accounts for
    (weight / score): 0.08 of a cosine of 0.40 is 20 %.
    """
    data = frame.sort_values("weight", ascending=True)
    share = score is not None and score > 0
    fig = go.Figure(
        go.Bar(
            x=data["weight"] / score if share else data["weight"],
            y=[label(t) for t in data["term"]],
            orientation="h",
            marker_color=PALETTE[0],
            hovertemplate="%{y}: %{x:.0%} of the similarity<extra></extra>"
            if share
            else "%{y}: %{x:.3f} of the similarity score<extra></extra>",
        )
    )
    fig.update_layout(
        xaxis_title="share of the similarity this word accounts for" if share else "part of the similarity score",
        # Small shares need a decimal, or the ticks read "1%, 1%, 2%, 2%".
        xaxis_tickformat=(".0%" if float((data["weight"] / score).max()) >= 0.1 else ".1%") if share else None,
        yaxis_title="",
    )
    fig.update_yaxes(automargin=True)
    return finish(fig, title=title, height=max(300, 90 + 28 * len(data)))


def reuse_shares(frame: pd.DataFrame, *, names: Mapping[str, str], title: str) -> go.Figure:
    """For each pair (``a``, ``b``), grouped bars of ``a_reused_share`` and ``b_reused_share``.

    Each pair is named on two lines (first article, then "↔ second") and the legend sits above the bars, on
    an axis from 0 to 100 %: one line of two outlet names and dates took most of the width, and left the
    bars 70 pixels and their ticks turned on end.
    """
    pair_names = [f"{label(names.get(a, a))}<br>↔ {label(names.get(b, b))}" for a, b in zip(frame["a"], frame["b"])]
    fig = go.Figure()
    for column, side, colour in (("a_reused_share", "first", PALETTE[0]), ("b_reused_share", "second", PALETTE[1])):
        fig.add_bar(
            name=f"{side} article's words reused",
            x=frame[column],
            y=pair_names,
            orientation="h",
            marker_color=colour,
            hovertemplate="%{y}<br>%{x:.0%} of the " + side + " article's words<extra></extra>",
        )
    fig.update_layout(
        barmode="group",
        xaxis={"title": "share of the article's words in shared passages", "tickformat": ".0%", "range": [0, 1]},
    )
    fig.update_yaxes(automargin=True, autorange="reversed")
    fig = finish(fig, title=title, height=max(300, 140 + 48 * len(frame)))
    fig.update_layout(legend={"orientation": "h", "x": 0, "xanchor": "left", "y": 1.0, "yanchor": "bottom"})
    return fig
