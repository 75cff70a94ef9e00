"""Look shared by every chart, so the dashboard and the report match."""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping

import plotly.graph_objects as go

FONT = "Inter, Segoe UI, Helvetica, Arial, sans-serif"
# Colour-blind-safe qualitative palette (Okabe & Ito 2008).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
# One colour per outlet for corpora of up to 40 outlets: Okabe & Ito first, then the distinct hues of
# Glasbey-style sets (Plotly's Dark24 and Alphabet) without near-repeats; past that, outlets share grey.
OUTLET_PALETTE = PALETTE + (
    "#2E91E5", "#E15F99", "#1CA71C", "#FB0D0D", "#DA16FF", "#222A2A", "#B68100", "#750D86", "#EB663B", "#511CFB",
    "#00A08B", "#FB00D1", "#FC0080", "#B2828D", "#6C7C32", "#778AAE", "#862A16", "#A777F1", "#620042", "#1616A7",
    "#DA60CA", "#6C4516", "#0D2A63", "#AF0038", "#AA0DFE", "#3283FE", "#85660D", "#782AB6", "#565656", "#1C8356",
    "#16FF32", "#F7E1A0",
)  # fmt: skip
OTHER_COLOUR = "#9E9E9E"


def label(text: object) -> str:
    """Untrusted text made safe for Plotly labels: Plotly renders a subset of HTML, so escape it."""
    return html.escape(str(text), quote=False)


def source_colours(sources: Iterable[str]) -> dict[str, str]:
    """One colour per outlet, the same on every chart of one corpus: outlets in name order take
    ``OUTLET_PALETTE`` in turn (40 colours); any beyond share grey.

    >>> colours = source_colours(["b", "a", "b"]); colours
    {'a': '#0072B2', 'b': '#E69F00'}
    >>> len(set(source_colours(str(i) for i in range(40)).values()))
    40
    """
    names = sorted(set(sources))
    return {s: OUTLET_PALETTE[i] if i < len(OUTLET_PALETTE) else OTHER_COLOUR for i, s in enumerate(names)}


def chart_colours(sources: Iterable[str], shared: Mapping[str, str] | None = None) -> dict[str, str]:
    """Colours for the outlets one chart draws: each keeps its corpus-wide colour (``shared``, from
    :func:`source_colours`) unless that is the grey of outlets beyond the palette, which instead take palette
    colours no drawn outlet uses. A corpus of 215 outlets gave grey to every outlet after the 40th by name, so a
    chart's "Libertad Digital" looked like its pooled "other sources".

    >>> shared = source_colours(str(i) for i in range(45))
    >>> drawn = chart_colours(["0", "44", "43"], shared)
    >>> drawn["0"] == shared["0"], OTHER_COLOUR in drawn.values(), len(set(drawn.values()))
    (True, False, 3)
    """
    names = list(dict.fromkeys(sources))
    everyone = dict(shared or source_colours(names))
    mine = {s: everyone.get(s, OTHER_COLOUR) for s in names}
    free = iter([c for c in OUTLET_PALETTE if c not in set(mine.values())])
    return {s: next(free, OTHER_COLOUR) if c == OTHER_COLOUR else c for s, c in mine.items()}


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
