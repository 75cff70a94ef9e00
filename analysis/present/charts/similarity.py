"""Charts of article similarity: the dendrogram-ordered heatmap, the terms behind a pair, reuse shares."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from analysis.corpus.records import Article
from analysis.present.style import PALETTE, finish, label

__all__ = ["display_names", "heatmap", "matrix_frame", "reuse_shares", "term_contributions"]


# Longest source label shown in an article's name; the id that follows keeps names unique.
NAME_SOURCE_CHARS = 40


def display_names(articles: Sequence[Article]) -> dict[str, str]:
    """How charts and pickers name each article: "source · id", or the id when the source is the id.

    A source label longer than ``NAME_SOURCE_CHARS`` is cut with "…", so a pasted
    headline or a hostile label cannot squeeze a chart into a corner.

    >>> display_names([Article("a1", "t", "El Diario"), Article("a2", "t", "x" * 50), Article("a3", "t")])
    {'a1': 'El Diario · a1', 'a2': 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… · a2', 'a3': 'a3'}
    """
    names = {}
    for a in articles:
        source = " ".join(a.source.split())
        if len(source) > NAME_SOURCE_CHARS:
            source = source[: NAME_SOURCE_CHARS - 1] + "…"
        names[a.id] = a.id if a.source in ("", a.id) else f"{source} · {a.id}"
    return names


def matrix_frame(ids: Sequence[str], matrix: np.ndarray) -> pd.DataFrame:
    """A similarity matrix as a tidy table: one row per ordered pair, columns ``a``, ``b``, ``score``."""
    n = len(ids)
    rows, cols = np.meshgrid(np.arange(n), np.arange(n), indexing="ij")
    id_array = np.asarray(ids, dtype=object)
    return pd.DataFrame({"a": id_array[rows.ravel()], "b": id_array[cols.ravel()], "score": matrix.ravel()})


def heatmap(frame: pd.DataFrame, *, order: Sequence[str], names: Mapping[str, str], title: str) -> go.Figure:
    """Cosine heatmap of the articles in ``order`` (dendrogram leaf order), from a tidy ``a, b, score`` table.

    Axis labels are ``names`` (e.g. "source · id"); the hover repeats both
    names and the score. Colours run from white (0) to dark blue (1).
    """
    grid = frame.pivot(index="a", columns="b", values="score").reindex(index=list(order), columns=list(order))
    shown = [label(names.get(i, i)) for i in order]
    hover = [[f"{a}<br>{b}" for b in shown] for a in shown]
    fig = go.Figure(
        go.Heatmap(
            z=grid.to_numpy(),
            x=shown,
            y=shown,
            zmin=0,
            zmax=1,
            colorscale="Blues",
            customdata=hover,
            hovertemplate="%{customdata}<br>cosine %{z:.3f}<extra></extra>",
            colorbar={"title": {"text": "cosine"}},
        )
    )
    fig.update_yaxes(autorange="reversed", automargin=True)
    fig.update_xaxes(tickangle=-40, automargin=True)
    size = max(420, min(1000, 160 + 22 * len(order)))
    return finish(fig, title=title, height=size)


def term_contributions(frame: pd.DataFrame, *, title: str) -> go.Figure:
    """Horizontal bars of ``term`` by ``weight`` (its part of the pair's cosine), largest on top."""
    data = frame.sort_values("weight", ascending=True)
    fig = go.Figure(
        go.Bar(
            x=data["weight"],
            y=[label(t) for t in data["term"]],
            orientation="h",
            marker_color=PALETTE[0],
            hovertemplate="%{y}: %{x:.4f} of the cosine<extra></extra>",
        )
    )
    fig.update_layout(xaxis_title="contribution to cosine (product of TF-IDF weights)", yaxis_title="")
    fig.update_yaxes(automargin=True)
    return finish(fig, title=title, height=max(300, 90 + 28 * len(data)))


def reuse_shares(frame: pd.DataFrame, *, names: Mapping[str, str], title: str) -> go.Figure:
    """For each pair (``a``, ``b``), grouped bars of ``a_reused_share`` and ``b_reused_share``."""
    pair_names = [f"{label(names.get(a, a))} ↔ {label(names.get(b, b))}" for a, b in zip(frame["a"], frame["b"])]
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
        barmode="group", xaxis_title="share of the article's words in shared passages", xaxis_tickformat=".0%"
    )
    fig.update_yaxes(automargin=True, autorange="reversed")
    return finish(fig, title=title, height=max(300, 120 + 48 * len(frame)))
