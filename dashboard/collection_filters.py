"""The Corpus page's filters over a collection: dates, outlets, outlet fields, a full-text query, grouping.

Shown when the session's corpus is a selection of a collection (``make run CORPUS=news.sqlite``).
Each change re-counts what matches (``analysis.corpus.selection.facets``: SQL aggregates over
indexes, cached per collection state and filter); "Load" makes the matching articles the working
corpus of every page, and the workspace then refers to the collection and the filter.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace

import pandas as pd
import streamlit as st

from analysis.config import settings
from analysis.corpus.collection import Collection, Filters
from analysis.corpus.collection_schema import CollectionError
from analysis.corpus.outlets import COLUMNS, OUTLET_FIELDS, OWNERSHIP, outlet_rows, outlets_from_rows
from analysis.corpus.selection import Facets, Selection, facets, filters_from_json, filters_to_json
from dashboard import components, loading, state

PREFIX = "collection-filter"
BY_OUTLET = "outlet"


@st.cache_data(max_entries=32, show_spinner=False)
def _facets(path: str, filters: str, changed: tuple[float, int]) -> Facets:
    return facets(path, filters_from_json(json.loads(filters)))


def _widgets(chosen: Selection, counted: Facets) -> tuple[Filters, str | None]:
    """The filter widgets, starting from the loaded selection (their keys name it, so a selection loaded or
    opened from a workspace resets them); what they now say."""
    saved = chosen.filters
    key = f"{PREFIX}-{hashlib.sha256(json.dumps(chosen.to_json()).encode()).hexdigest()[:10]}"
    left, middle, right = st.columns([2, 2, 2])
    start, end = counted.first, counted.last
    with left:
        dates: object = ()
        if start is not None and end is not None:
            dates = st.date_input(
                "Dates",
                value=(saved.since or start, saved.until or end),
                min_value=start,
                max_value=end,
                key=f"{key}-dates",
                help="Articles dated from the first day to the last, both included.",
            )
    with middle:
        query = st.text_input(
            "Text query",
            value=saved.query or "",
            key=f"{key}-query",
            placeholder='víctimas "al menos" NOT simulacro',
            help='Full-text search over titles and texts: words (all of them), "a phrase", OR, NOT; accents ignored.',
        )
    with right:
        groups = [BY_OUTLET, *[name for name in OUTLET_FIELDS if counted.values.get(name)]]
        group_by = st.selectbox(
            "Compare by",
            groups,
            index=groups.index(chosen.group_by) if chosen.group_by in groups else 0,
            key=f"{key}-group",
            help="Every page compares outlets, or groups of outlets by one of their fields (state vs private media, "
            "one country vs another): each article's source becomes that field's value.",
        )
    kept_fields = dict(saved.outlet_fields)
    chosen_fields = []
    recorded = [name for name in OUTLET_FIELDS if counted.values.get(name)]
    for column, name in zip(st.columns(max(len(recorded), 1)), recorded, strict=False):
        with column:
            values = st.multiselect(
                name.capitalize(),
                counted.values[name],
                default=[v for v in kept_fields.get(name, ()) if v in counted.values[name]],
                key=f"{key}-{name}",
                placeholder="Any",
                help=f"Outlets whose {name} is recorded as one of these (`contraste collect outlets`).",
            )
        chosen_fields.append((name, tuple(sorted(values))))
    since = until = None
    if isinstance(dates, (tuple, list)) and dates:
        since = dates[0] if dates[0] != start else None  # the collection's own bounds limit nothing
        until = dates[1] if len(dates) == 2 and dates[1] != end else None  # one day clicked: until the end
    others = replace(
        saved,
        since=since,
        until=until,
        sources=(),
        query=query.strip() or None,
        outlet_fields=tuple(f for f in chosen_fields if f[1]),
    )
    # Each outlet's count among the articles the other filters keep (drawn last, once those are known).
    count = dict(_facets(chosen.path, json.dumps(filters_to_json(others)), loading.stamp(chosen.path)).outlets)
    names = sorted({*(name for name, _ in counted.outlets), *saved.sources})
    sources = st.multiselect(
        "Outlets",
        names,
        default=[s for s in saved.sources if s in names],
        format_func=lambda name: f"{name} ({count.get(name, 0):,})",
        key=f"{key}-sources",
        placeholder=f"All {len(names)} outlets",
        help="Each outlet with its articles among those the other filters keep.",
    )
    filters = replace(others, sources=tuple(sources))
    return filters, None if group_by == BY_OUTLET else group_by


def block() -> None:
    """Draw the filters when the corpus is a collection's selection; loading a new one reruns the page."""
    chosen = state.selection()
    if chosen is None:
        return
    changed = loading.stamp(chosen.path)
    try:
        counted = _facets(chosen.path, json.dumps(filters_to_json(Filters())), changed)
    except CollectionError as err:
        st.error(components.plain(err))
        return
    with st.container(border=True):
        st.markdown(f"**Collection** {components.plain(chosen.path)} · {counted.total:,} articles")
        _outlets_editor(chosen)
        try:
            filters, group_by = _widgets(chosen, counted)
            matched = _facets(chosen.path, json.dumps(filters_to_json(filters)), changed).matched
        except CollectionError as err:
            st.error(components.plain(err))
            return
        wanted = Selection(chosen.path, filters, group_by)
        limit = settings().limits.max_corpus_articles
        loaded = len(state.full_corpus().articles)
        same = wanted == chosen
        words = f"**{matched:,}** of {counted.total:,} articles match"
        if same:
            words += f"; the {loaded:,} loaded are every page's corpus"
        st.markdown(words, help=components.plain(wanted.described()))
        if matched > limit:
            st.caption(f"Only the first {limit:,} by date would load (max_corpus_articles): narrow the filter.")
        if not same and st.button(
            f"Load these {min(matched, limit):,} articles",
            type="primary",
            disabled=matched == 0,
            icon=":material/filter_alt:",
            key=f"{PREFIX}-load",
        ):
            state.open_selection(wanted)
            st.rerun()


def _outlets_editor(chosen: Selection) -> None:
    """The collection's outlet records as an editable table: add, change or delete rows, then save (the loaded
    articles are selected again, so their sources follow the new aliases)."""
    path = chosen.path
    saved = st.session_state.pop(f"{PREFIX}-outlets-saved", None)
    with st.expander(
        "Outlets of this collection: names, aliases, country, language, ownership, lean", expanded=bool(saved)
    ):
        if saved is not None:
            st.success(f"Saved {saved['count']} outlets.")
            for problem in saved["problems"]:
                st.warning(components.plain(problem))
        st.caption(
            "An outlet's aliases (separated by `;`) are the other labels its articles carry, so they count as one "
            "outlet. Filter and compare by the fields below. `contraste collect outlets` imports and "
            "exports the same table as CSV."
        )
        try:
            with Collection(path) as collection:
                recorded = collection.outlets()
        except CollectionError as err:
            st.error(components.plain(err))
            return
        table = pd.DataFrame(outlet_rows(recorded), columns=list(COLUMNS))
        edited = st.data_editor(
            table,
            key=f"{PREFIX}-outlets-{st.session_state.get(f'{PREFIX}-outlets-version', 0)}",
            num_rows="dynamic",
            hide_index=True,
            width="stretch",
            column_config={
                "name": st.column_config.TextColumn("name", required=True),
                "ownership": st.column_config.SelectboxColumn("ownership", options=list(OWNERSHIP)),
            },
        )
        if st.button("Save outlets", icon=":material/save:", key=f"{PREFIX}-outlets-save"):
            outlets, problems = outlets_from_rows(edited.to_dict("records"), name="outlets table", first=1)
            kept = {o.name for o in outlets}
            try:
                with Collection(path) as collection:
                    collection.put_outlets(outlets)
                    collection.remove_outlets([o.name for o in recorded if o.name not in kept])
            except CollectionError as err:
                st.error(components.plain(err))
                return
            version = st.session_state.get(f"{PREFIX}-outlets-version", 0) + 1
            st.session_state[f"{PREFIX}-outlets-version"] = version  # a fresh table, without the edits just saved
            st.session_state[f"{PREFIX}-outlets-saved"] = {
                "count": len(outlets),
                "problems": [str(p) for p in problems],
            }
            state.open_selection(chosen)
            st.rerun()
