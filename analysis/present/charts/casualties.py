"""Charts of casualty figures: each source's interval per toll, tolls over time, and one toll's reports as steps."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go

from analysis.present.style import OTHER_COLOUR, OUTLET_PALETTE, finish, label, source_colours


def interval_text(low: float | None, high: float | None) -> str:
    """Readable interval: "32", "≥ 100", "≤ 40", "20–99".

    >>> interval_text(100, None), interval_text(32, 32), interval_text(None, 40), interval_text(20, 99)
    ('≥ 100', '32', '≤ 40', '20–99')
    """
    lo = None if low is None or pd.isna(low) else int(low)
    hi = None if high is None or pd.isna(high) else int(high)
    if lo is not None and hi is not None:
        return f"{lo:,}" if lo == hi else f"{lo:,}–{hi:,}"
    if lo is not None:
        return f"≥ {lo:,}"
    return f"≤ {hi:,}" if hi is not None else "?"


def _name(value: object) -> str:
    """An attribution or "—" when there is none (None or a missing table cell)."""
    return "—" if value is None or (not isinstance(value, str) and pd.isna(value)) or value == "" else str(value)


DAY_MS = 86_400_000  # one day in Plotly's date-axis units (milliseconds)


def _days(table: pd.DataFrame) -> int:
    dates = pd.to_datetime(table["date"].astype(str), errors="coerce").dropna()
    return int((dates.max() - dates.min()).days) if len(dates) else 0


def highlight(sentence: str, start: int, end: int) -> str:
    """The sentence as HTML with ``sentence[start:end]`` in <mark>; every part escaped first.

    >>> highlight("<b>12</b> muertos", 3, 5)
    '&lt;b&gt;<mark>12</mark>&lt;/b&gt; muertos'
    """
    start, end = max(0, start), min(len(sentence), end)
    return (
        html.escape(sentence[:start])
        + "<mark>"
        + html.escape(sentence[start:end])
        + "</mark>"
        + html.escape(sentence[end:])
    )


def _cell(value: object) -> str:
    """An untrusted table cell as HTML: escaped, on one line (no blank line may end an HTML block)."""
    return html.escape(" ".join(str(value).split()))


def evidence_html(table: pd.DataFrame, *, names: Mapping[str, str] | None = None) -> str:
    """An HTML table of claims (``comparison_table``) with each evidence sentence and its figure marked.

    With ``names`` (article id -> "outlet · date · title"), the first column names the article and its
    id shows on hover; without, it gives the source label. Every cell is escaped and kept on one line,
    whatever the labels hold:

    >>> row = {"source": "A\\n\\n![x](http://t/) <b>", "kind": "killed", "group": "people", "low": 3, "high": 3,
    ...        "status": "consistent", "attributed_to": None, "text": "3 murieron.", "start": 0, "end": 1,
    ...        "sentence_start": 0}
    >>> evidence_html(pd.DataFrame([row])).split("<tbody>")[1][:40]
    '<tr><td>A ![x](http://t/) &lt;b&gt;</td>'
    """
    cells = ["<table><thead><tr><th>article</th><th>kind</th><th>group</th><th>place</th><th>figure</th><th>status</th>"
             "<th>according to</th>"
             "<th>evidence</th></tr></thead><tbody>"]  # fmt: skip
    for row in table.itertuples(index=False):
        sentence = highlight(row.text, row.start - row.sentence_start, row.end - row.sentence_start)
        first = (
            f"<td title='{_cell(row.article)}'>{_cell(names.get(row.article, row.source))}</td>"
            if names
            else f"<td>{_cell(row.source)}</td>"
        )
        cells.append(
            f"<tr>{first}<td>{_cell(row.kind)}</td><td>{_cell(row.group)}</td>"
            f"<td>{_cell(_name(getattr(row, 'place', None)))}</td>"
            f"<td>{_cell(interval_text(row.low, row.high))}</td><td>{_cell(row.status)}</td>"
            f"<td>{_cell(_name(row.attributed_to))}</td><td>{sentence}</td></tr>"
        )
    return "".join(cells)


# How each report's own status shows on the step chart (the colour is its outlet's).
STATUS_SYMBOLS = {
    "consistent": "circle", "revised": "triangle-up", "outdated": "diamond", "conflicting": "x",
    "single-source": "circle-open",
}  # fmt: skip
SERIES_COLUMNS = ["time", "source", "article", "low", "high", "status", "compared", "reason", "figure", "text", "start", "end", "at", "estimate"]  # fmt: skip
ENVELOPE_COLOUR = "#555555"
HOVER_SENTENCE = 280  # characters of the sentence shown on hover; the table below the chart has all of it


def _hollow(symbol: str) -> str:
    """A marker symbol's hollow form (an estimate's point): "diamond" -> "diamond-open"; an open one stays."""
    return symbol if symbol.endswith("-open") else f"{symbol}-open"


def series_table(series: Sequence[Mapping[str, object]]) -> pd.DataFrame:
    """One comparison's reports (``Agreement.series``) as a table, oldest first (columns: ``SERIES_COLUMNS``)."""
    table = pd.DataFrame([{k: p.get(k) for k in SERIES_COLUMNS} for p in series], columns=SERIES_COLUMNS)
    return table.astype({"low": "Int64", "high": "Int64"})


def _wrap(text: str, width: int = 70) -> str:
    """Escaped text cut to ``HOVER_SENTENCE`` characters, with <br> every ``width`` characters at a space."""
    text = " ".join(text.split())
    text = text if len(text) <= HOVER_SENTENCE else text[: HOVER_SENTENCE - 1] + "…"
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "<br>".join(label(x) for x in [*lines, line])


def step_chart(
    table: pd.DataFrame, *, title: str, colours: Mapping[str, str] | None = None, names: Mapping[str, str] | None = None
) -> go.Figure:
    """The reported toll over time for one comparison (``series_table``): one step line per outlet, and the
    envelope of what had been published by then (the highest lower bound any outlet had given up to that day).

    A point is a report: its lower bound (its upper bound when only that is given), a bar up to its upper
    bound, its symbol its own status (▲ revised, ◆ outdated, ✕ conflicting, ● consistent; hollow for an estimate,
    which the envelope leaves out); hovering shows the article and the sentence. Undated reports cannot be placed in time: the title counts them. An article's
    lower figures of the same comparison (not compared) are faint dashes off the outlets' lines.
    """
    fig = go.Figure()
    dated = table[table["time"].notna()]
    undated = len(table) - len(dated)
    if dated.empty:
        return finish(fig, title=f"{title}: no dated report ({undated} undated)")
    sources = list(dict.fromkeys(dated.loc[dated["compared"].astype(bool), "source"]))
    everyone = dict(colours or source_colours(sources))
    # Beyond the palette's 40 outlets the corpus' colours are grey: give this chart's grey outlets free colours.
    free = iter([c for c in OUTLET_PALETTE if c not in {everyone.get(s) for s in sources}])
    for source in sources:
        if everyone.get(source, OTHER_COLOUR) == OTHER_COLOUR:
            everyone[source] = next(free, OTHER_COLOUR)
    names = names or {}
    aside = dated[~dated["compared"].astype(bool)]  # an article's lower figures: faint marks, off the outlet's line
    dated = dated[dated["compared"].astype(bool)]
    for source in sources:
        part = dated[dated["source"] == source].sort_values("time", kind="stable")
        y = [float(lo) if not pd.isna(lo) else float(hi) for lo, hi in zip(part["low"], part["high"])]
        span = [
            0.0 if pd.isna(lo) or pd.isna(hi) else float(hi) - float(lo) for lo, hi in zip(part["low"], part["high"])
        ]
        guessed = [e is True for e in part["estimate"]]
        hover = [
            [label(names.get(a, a)), interval_text(lo, hi) + (" (estimate)" if g else ""), label(s), _wrap(str(r)),
             _wrap(str(t))]
            for a, lo, hi, s, r, t, g in zip(part["article"], part["low"], part["high"], part["status"], part["reason"],
                                             part["text"], guessed)
        ]  # fmt: skip
        fig.add_scatter(
            x=list(part["time"]), y=y, mode="lines+markers", name=label(source), line_shape="hv", customdata=hover,
            line={"color": everyone.get(source, OTHER_COLOUR), "width": 2},
            marker={"size": 12, "symbol": [_hollow(STATUS_SYMBOLS.get(s, "circle")) if g else STATUS_SYMBOLS.get(s, "circle")
                                           for s, g in zip(part["status"], guessed)],
                    "opacity": [1.0 if c else 0.35 for c in part["compared"]]},
            error_y={"type": "data", "symmetric": False, "array": span, "arrayminus": [0.0] * len(span),
                     "thickness": 1.5},
            hovertemplate="%{x|%d %b %Y} · %{customdata[0]}<br><b>%{customdata[1]}</b> (%{customdata[2]})"
            "<br>%{customdata[3]}<br><i>“%{customdata[4]}”</i><extra></extra>",
        )  # fmt: skip
    if not aside.empty:
        fig.add_scatter(
            x=list(aside["time"]), y=[float(lo) if not pd.isna(lo) else float(hi) for lo, hi in zip(aside["low"], aside["high"])],
            mode="markers", name="lower figures of the same articles (not compared)", opacity=0.35,
            marker={"size": 9, "symbol": "line-ew-open", "color": [everyone.get(x, OTHER_COLOUR) for x in aside["source"]],
                    "line": {"width": 2}},
            customdata=[[label(names.get(a, a)), interval_text(lo, hi), _wrap(str(t))]
                        for a, lo, hi, t in zip(aside["article"], aside["low"], aside["high"], aside["text"])],
            hovertemplate="%{x|%d %b %Y} · %{customdata[0]}<br><b>%{customdata[1]}</b> (not compared)"
            "<br><i>“%{customdata[2]}”</i><extra></extra>",
        )  # fmt: skip
    compared = dated[dated["low"].notna() & ~dated["estimate"].eq(True)]  # an estimate was never published as a toll
    if not compared.empty:
        days = sorted(set(compared["time"]))
        top, envelope = 0.0, []
        for day in days:
            top = max(top, float(compared[compared["time"] == day]["low"].max()))
            envelope.append(top)
        fig.add_scatter(
            x=days, y=envelope, mode="lines", name="highest figure published by then", line_shape="hv",
            line={"color": ENVELOPE_COLOUR, "width": 6, "dash": "dot"}, opacity=0.35, hoverinfo="skip",
        )  # fmt: skip
    fig.update_xaxes(
        title="report date", type="date", tickformat="%d %b %Y", dtick=DAY_MS if _days(dated.rename(columns={"time": "date"})) <= 14 else None
    )  # fmt: skip
    fig.update_yaxes(title="people (bar: up to the upper bound)", rangemode="tozero")
    more = f"; {undated} undated report{'s' * (undated != 1)} not on the time axis" if undated else ""
    return finish(fig, title=f"{title}{more}", height=460)


def series_html(table: pd.DataFrame, *, names: Mapping[str, str] | None = None) -> str:
    """The reports of one comparison as an HTML table: date, article, figure, status, why, and the sentence with
    the figure marked (opened from its row). Every cell is escaped:

    >>> t = series_table([{"time": "2026-11-02", "source": "<b>A</b>", "article": "a", "low": 3, "high": 3,
    ...     "status": "revised", "compared": True, "reason": "r", "figure": "3", "text": "3 muertos.", "start": 0,
    ...     "end": 1}])
    >>> "&lt;b&gt;A&lt;/b&gt;" in series_html(t) and "<mark>3</mark> muertos." in series_html(t)
    True

    A report without a date says so in words (its time is missing in the table, never "nan"):

    >>> undated = series_table([{"time": None, "source": "B", "article": "b", "low": 4, "high": 4,
    ...     "status": "consistent", "compared": True, "reason": "r", "figure": "4", "text": "4 muertos.", "start": 0,
    ...     "end": 1}, {"time": "2026-11-02", "source": "A", "article": "a", "low": 3, "high": 3, "status": "revised",
    ...     "compared": True, "reason": "r", "figure": "3", "text": "3 muertos.", "start": 0, "end": 1}])
    >>> "<td>no date</td>" in series_html(undated), "nan" in series_html(undated)
    (True, False)
    """
    names = names or {}
    cells = ["<table><thead><tr><th>report date</th><th>article</th><th>figure</th><th>status</th><th>why</th>"
             "<th>sentence</th></tr></thead><tbody>"]  # fmt: skip
    for row in table.itertuples(index=False):
        sentence = highlight(str(row.text), int(row.start), int(row.end))
        status = _cell(row.status) if row.compared else f"{_cell(row.status)} (not compared)"
        cells.append(
            f"<tr><td>{_cell(row.time if isinstance(row.time, str) and row.time else 'no date')}</td><td title='{_cell(row.article)}'>"
            f"{_cell(names.get(row.article, row.source))}</td><td>{_cell(interval_text(row.low, row.high))}"
            f"{' (estimate)' if row.estimate is True else ''}</td>"
            f"<td>{status}</td><td>{_cell(row.reason)}</td>"
            f"<td><details><summary>sentence</summary>{sentence}</details></td></tr>"
        )
    return "".join(cells) + "</tbody></table>"
