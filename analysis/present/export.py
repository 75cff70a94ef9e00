"""Files users download: charts as PNG, SVG and self-contained HTML, tables as safe CSV.

PNG and SVG are rendered server-side by kaleido with the system Chromium; its
server is started once per process (each later export takes ~0.15 s instead
of ~2 s). HTML inlines plotly.js so the file opens with no network.
"""

from __future__ import annotations

import html
import threading
import warnings

import pandas as pd
import plotly.graph_objects as go

__all__ = ["FORMULA_PREFIXES", "figure_html", "figure_image", "neutralize_formula", "table_csv"]

# Spreadsheet programs run a cell that starts with one of these as a formula
# (OWASP "CSV injection"); a leading apostrophe makes it plain text.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
IMAGE_SCALE = 2  # PNG pixels per CSS pixel: sharp on slides and retina screens

_server_lock = threading.Lock()
_server_started = False


def _start_kaleido() -> None:
    global _server_started
    with _server_lock:
        if not _server_started:
            import kaleido

            kaleido.start_sync_server(silence_warnings=True)
            _server_started = True


def figure_image(fig: go.Figure, fmt: str) -> bytes:
    """The figure rendered as ``"png"`` or ``"svg"`` bytes.

    Raises:
        RuntimeError: when no Chromium is available to kaleido, saying how to install it.
    """
    if fmt not in ("png", "svg"):
        raise ValueError(f"image format must be 'png' or 'svg', not {fmt!r}")
    try:
        _start_kaleido()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # plotly warns that kaleido's server ignores per-call options
            return fig.to_image(format=fmt, scale=IMAGE_SCALE if fmt == "png" else 1)
    except Exception as err:  # kaleido raises several unrelated types when Chromium is missing
        reason = f"{type(err).__name__}: {err}" if str(err) else type(err).__name__  # a timeout says nothing else
        raise RuntimeError(
            f"could not render {fmt.upper()} ({reason}); kaleido needs Chromium (apt-get install chromium)"
        ) from err


def figure_html(fig: go.Figure, *, title: str = "Contraste chart") -> str:
    """A standalone HTML page with the interactive figure and plotly.js inlined (opens offline).

    Plotly encodes the figure's JSON with ``<``, ``>`` and ``/`` escaped as
    ``\\u003c`` etc., so no article text can close the script element.
    """
    page = fig.to_html(include_plotlyjs=True, full_html=True, config={"displaylogo": False})
    return page.replace("<head>", f"<head><title>{html.escape(title)}</title>", 1)


def neutralize_formula(value: object) -> object:
    """Prefix a text cell that a spreadsheet would run as a formula with an apostrophe.

    >>> neutralize_formula("=HYPERLINK(\\"http://x\\")"), neutralize_formula("-3"), neutralize_formula(-3)
    ('\\'=HYPERLINK("http://x")', "'-3", -3)
    """
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def table_csv(frame: pd.DataFrame) -> bytes:
    """The table as UTF-8 CSV (with BOM, so Excel reads accents), formula cells neutralised."""
    safe = frame.copy()
    safe.columns = [neutralize_formula(str(c)) for c in safe.columns]
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(neutralize_formula)
    return safe.to_csv(index=False).encode("utf-8-sig")
