"""Look shared by every chart, so the dashboard and the report match."""

from __future__ import annotations

import html

import plotly.graph_objects as go

FONT = "Inter, Segoe UI, Helvetica, Arial, sans-serif"
# Colour-blind-safe qualitative palette (Okabe & Ito 2008).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")


def label(text: object) -> str:
    """Untrusted text made safe for Plotly labels: Plotly renders a subset of HTML, so escape it."""
    return html.escape(str(text), quote=False)


def finish(fig: go.Figure, *, title: str, height: int = 420) -> go.Figure:
    """Apply the common layout: title, font, white template, room for labels."""
    fig.update_layout(
        title={"text": label(title), "x": 0.01, "xanchor": "left"},
        template="plotly_white",
        font={"family": FONT, "size": 13},
        height=height,
        margin={"l": 10, "r": 10, "t": 60, "b": 10},
        legend={"title": {"text": ""}, "traceorder": "normal"},
    )
    return fig
