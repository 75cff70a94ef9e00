"""Reusable dashboard pieces. Every chart goes through :func:`chart`."""

from __future__ import annotations

import re
from collections.abc import Callable, MutableMapping, Sequence
from typing import Any, Literal

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analysis.config import settings
from analysis.corpus.records import slug
from analysis.present import paging as display
from analysis.present.export import figure_html, figure_image, table_csv

__all__ = [
    "chart",
    "csv_download",
    "html_block",
    "open_once",
    "page_of",
    "plain",
    "problems",
    "row_opener",
    "scroll_into_view",
    "table",
]

# Characters Streamlit's markdown (headers, captions, alerts, metric labels) would act on:
# CommonMark punctuation, GFM autolinks ("http:", "www."), emoji and colour directives (":red[x]"), LaTeX ("$").
RE_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$&])")


# Streamlit's own "Download as CSV" of st.dataframe / st.data_editor writes cells as they are, so a
# source label "=HYPERLINK(...)" would run in a spreadsheet, and it cannot be switched off
# (streamlit/streamlit#8402). The app hides it; pages offer table_csv downloads instead.
HIDE_UNSAFE_CSV_EXPORT = (
    "<style>[data-testid='stElementToolbarButton']:has(button[aria-label='Download as CSV'])"
    "{display:none !important}</style>"
)


def plain(text: object) -> str:
    r"""Untrusted text (a source label, a title, a file name, an error quoting a file) for any element that
    renders markdown: every markdown character backslash-escaped and line breaks made spaces, so it shows as written.

    >>> plain("[x](javascript:alert(1)) **b**")
    '\\[x\\]\\(javascript\\:alert\\(1\\)\\) \\*\\*b\\*\\*'
    """
    return RE_MARKDOWN.sub(r"\\\1", " ".join(str(text).split()))


def html_block(markup: str) -> None:
    """Show HTML that ``analysis`` built with every piece of untrusted text already ``html.escape``-d.

    Never through ``st.markdown(..., unsafe_allow_html=True)``: there a blank line inside a
    cell (a source label may hold one) ends the raw-HTML block, and the rest of the table,
    other articles' evidence included, is parsed as Markdown: ``![x](http://...)`` makes the
    reader's browser fetch that address, links, LaTeX (``$``) and ``:red[...]`` render.
    ``st.html`` parses no Markdown and sanitises what it inserts.
    """
    st.html(markup)


RE_ELEMENT_ID = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
# Scrolls the reading box (not the page) so the element sits a third of the way down; retried while the
# page's HTML arrives. The only script the app adds, and it carries no text of any article.
SCROLL_SCRIPT = """<script>(function () {{
  let tries = 0;
  function go() {{
    const target = document.getElementById("{element}");
    if (!target) {{ if (tries++ < 40) setTimeout(go, 100); return; }}
    const box = target.closest(".reading");
    if (box) {{ box.scrollTop += target.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 3; }}
    target.scrollIntoView({{block: "nearest"}});
  }}
  go();
}})(); /* {when} */</script>"""


def scroll_into_view(element: str, *, when: str = "") -> None:
    """Scroll the reading view to the element with id ``element`` (an id this app set, checked) once it shows;
    ``when`` (digits and letters kept) makes the script new, and so run again, for each new target."""
    if not RE_ELEMENT_ID.fullmatch(element):
        raise ValueError(f"not an element id: {element!r}")
    st.html(
        SCROLL_SCRIPT.format(element=element, when=re.sub(r"[^A-Za-z0-9_ -]", "", when)),
        unsafe_allow_javascript=True,
    )


def chart(
    fig: go.Figure, data: pd.DataFrame, name: str, *, key: str, on_select: Literal["ignore", "rerun"] = "ignore"
) -> object:
    """Show a Plotly chart with buttons to download it as PNG, SVG, HTML and its data as CSV.

    PNG and SVG are rendered by kaleido only when clicked (deferred data), so
    a page with many charts stays fast. Returns the chart's selection event
    when ``on_select="rerun"``.
    """
    event = st.plotly_chart(fig, key=key, on_select=on_select, config={"displaylogo": False})
    stem = slug(name, fallback="chart")
    columns = st.columns(4)
    columns[0].download_button(
        "PNG", lambda: figure_image(fig, "png"), f"{stem}.png", "image/png",
        key=f"{key}-png", on_click="ignore", icon=":material/image:", help="Download the chart as a PNG image",
    )  # fmt: skip
    columns[1].download_button(
        "SVG", lambda: figure_image(fig, "svg"), f"{stem}.svg", "image/svg+xml",
        key=f"{key}-svg", on_click="ignore", icon=":material/draw:", help="Download the chart as an SVG vector image",
    )  # fmt: skip
    columns[2].download_button(
        "HTML", lambda: figure_html(fig, title=name), f"{stem}.html", "text/html",
        key=f"{key}-html", on_click="ignore", icon=":material/public:", help="Interactive chart that opens offline",
    )  # fmt: skip
    columns[3].download_button(
        "CSV", lambda: table_csv(data), f"{stem}.csv", "text/csv",
        key=f"{key}-csv", on_click="ignore", icon=":material/table:", help="The chart's data as CSV",
    )  # fmt: skip
    return event


def table(
    frame: pd.DataFrame,
    name: str,
    *,
    key: str,
    column_config: dict[str, Any] | None = None,
    what: str = "rows",
    csv: pd.DataFrame | None = None,
    opens: Callable[[Any], None] | None = None,
    opens_hint: str = "Click a row to read its article at that sentence, next to the article most like it.",
) -> None:
    """A table shown a page at a time (``page_of``), with a formula-safe CSV download of all its rows
    (``csv``: the rows to download instead, e.g. with article ids where the page shows names).

    Long tables (thousands of pairs, claims or contexts) stay fast: only the
    current page is sent to the browser. With ``opens``, clicking a row calls it with the row's index
    label in ``frame`` (e.g. to open the article at its sentence), once per click.
    """
    shown = page_of(frame, key=f"{key}-page", what=what)
    if opens is None:
        st.dataframe(shown, hide_index=True, width="stretch", column_config=column_config, key=f"{key}-table")
    else:
        st.caption(opens_hint)
        event = st.dataframe(
            shown, hide_index=True, width="stretch", column_config=column_config, key=f"{key}-table",
            on_select="rerun", selection_mode="single-row",
        )  # fmt: skip
        rows = list(getattr(getattr(event, "selection", None), "rows", None) or [])
        chosen = shown.index[rows[0]] if rows and rows[0] < len(shown) else None
        open_once(chosen, opens, memory=st.session_state, key=f"{key}-opened")
    csv_download(frame if csv is None else csv, f"{slug(name, fallback='chart')}.csv", key=f"{key}-csv")


def open_once(chosen: Any, opens: Callable[[Any], None], *, memory: MutableMapping[Any, Any], key: str) -> None:
    """``opens(chosen)`` once per selection of a table row: a rerun with the same row selected does not open it
    again; ``chosen`` None (no row selected) re-arms it.

    The row is marked as opened (``memory[key]``) only after ``opens`` returns: opening that navigates raises
    out of the run (``st.switch_page``), and a run interrupted before it got there (a new rerun request stops a
    run at its next Streamlit call: ``state.open_at`` may first build the comparison) must not leave the row
    marked, or the rerun with that same selection would not open it and the click would be lost.
    """
    if chosen is None:
        memory.pop(key, None)
    elif memory.get(key) != chosen:
        opens(chosen)
        memory[key] = chosen


def row_opener(
    rows: pd.DataFrame,
    *,
    key: str,
    describe: Callable[[Any], str],
    opens: Callable[[Any], None],
    label: str = "Read a row's article at its sentence",
) -> None:
    """For a table shown as HTML (rows cannot be clicked there): a picker of ``rows`` (``describe(row)``,
    shown as plain text) and a button calling ``opens(row)``, e.g. ``state.open_at`` of the row's article."""
    if rows.empty:
        return
    left, right = st.columns([5, 1], vertical_alignment="bottom")
    choice = left.selectbox(label, range(len(rows)), format_func=lambda n: describe(rows.iloc[n]), key=key)
    if right.button("Open", key=f"{key}-open", icon=":material/view_column_2:", width="stretch"):
        opens(rows.iloc[int(choice)])


def problems(items: object, *, what: str = "Load problems", key: str = "load-problems") -> None:
    """List problems (file or article, the analysis stage when there is one, and reason) in a warning box;
    nothing when there are none."""
    listed = list(items)  # type: ignore[call-overload]
    staged = any(getattr(p, "stage", "") for p in listed)
    rows = [{"file": p.file, **({"stage": p.stage} if staged else {}), "reason": p.reason} for p in listed]
    if rows:
        with st.expander(f"{what}: {len(rows)}", expanded=True, icon=":material/warning:"):
            table(pd.DataFrame(rows), key, key=key)


def analysis_problems(text: object) -> None:
    """The articles an analysis stage could not read (``TextCorpus.problems``): the other results are complete."""
    problems(text.problems, what="Articles not read by every analysis", key="analysis-problems")  # type: ignore[attr-defined]


def page_of(table: pd.DataFrame, *, key: str, what: str = "rows") -> pd.DataFrame:
    """One page of a long table, with a page picker and "showing a–b of M" when it has more than one page."""
    total = len(table)
    size = settings().display.page_rows
    count = display.pages(total, size=size)
    if count == 1:
        return table
    number = int(st.number_input(f"Page (of {count:,})", min_value=1, max_value=count, value=1, step=1, key=key))
    shown = display.page(table, number, size=size)
    first = (min(number, count) - 1) * size
    st.caption(f"Showing {what} {first + 1:,}–{first + len(shown):,} of {total:,}; the CSV download holds all of them.")
    return shown


def csv_download(table: pd.DataFrame, file_name: str, *, key: str, label: str = "CSV") -> None:
    """A button downloading the whole table as CSV, built only when clicked."""
    st.download_button(
        label, lambda: table_csv(table), file_name, "text/csv",
        key=key, on_click="ignore", icon=":material/table:", help="The whole table as CSV",
    )  # fmt: skip


def stored_note(store: Any, names: Sequence[str]) -> None:
    """Say where a page's results came from (``analysis.report.stored``): read from the collection's stored
    results, or computed and stored there for the next visit, or computed and why not stored (none stored for
    these articles and the collection busy or the corpus narrowed; stale: settings, lexicon or code changed;
    damaged). ``names`` are result names (``"pairs"`` also matches ``"pairs:0.2:200"``)."""
    if store is None:
        return
    notes = [n for n in store.notes.values() if any(n.name == x or n.name.startswith(x + ":") for x in names)]
    if not notes:
        return
    where = plain(store.path.name)
    command = f"`contraste report {store.path.name.replace('`', '')} --out DIR`"  # code: shown as written
    bad = [n for n in notes if n.state in {"stale", "damaged"}]
    if bad:
        reasons = "; ".join(f"{n.name.partition(':')[0]}: {plain(n.reason)}" for n in bad)
        again = "computed again and stored anew" if store.write else f"computed again. {command} stores them anew"
        st.warning(f"Stored results in {where} not used ({reasons}): {again}.", icon=":material/history:")
    elif all(n.state == "read" for n in notes):
        made = sorted(n.reason.removeprefix("stored ") for n in notes)[-1]
        st.caption(f"Read from the results stored in {where} ({made}), not computed.")
    elif all(n.state in {"read", "stored"} for n in notes):
        st.caption(f"Computed and stored in {where} for these {store.count:,} articles: the next visit reads them.")
    else:
        reason = next(n.reason for n in notes if n.state == "computed")
        why = (
            "they could not be stored now (the collection was busy or cannot be written)"
            if store.write
            else f"results of a narrowed view are not stored; {command} stores them"
        )
        st.caption(f"Computed: {where} holds no stored results for these {store.count:,} articles ({reason}); {why}.")
