"""The sidebar's narrowing of every page: one story (or all), a date range and a set of outlets.

The choice lives in the workspace settings (``state.NARROW``), so it persists across
pages, is saved with the workspace and is stated in the report. Widgets mirror it:
when the settings change elsewhere (a workspace opened), the widgets follow.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from analysis.present.names import story_names
from dashboard import state

ALL = "__all__"
STORY, DATES, SOURCES = "narrow-story", "narrow-dates", "narrow-sources"


def _mirror(key: str, value: object) -> None:
    """Set a widget's value from the saved choice when the saved choice changed since the widget last wrote it."""
    if st.session_state.get(f"{key}-saved", ALL) != value:
        st.session_state[key] = value
        st.session_state[f"{key}-saved"] = value


def _save(bounds: tuple[dt.date, dt.date] | None, names: dict[str, str]) -> None:
    story = st.session_state.get(STORY, ALL)
    dates = st.session_state.get(DATES)
    if isinstance(dates, (tuple, list)) and len(dates) == 1:
        return  # half a range (the first day clicked): wait for the second
    sources = st.session_state.get(SOURCES) or []
    start = end = None
    if bounds is not None and isinstance(dates, (tuple, list)) and len(dates) == 2 and tuple(dates) != bounds:
        start, end = dates[0].isoformat(), dates[1].isoformat()
    choice = {
        "story": None if story == ALL else story,
        "label": None if story == ALL else names.get(story),  # for the report's note
        "start": start,
        "end": end,
        "sources": sorted(sources) or None,
    }
    state.set_narrowing(choice)
    st.session_state[f"{STORY}-saved"] = story
    st.session_state[f"{DATES}-saved"] = dates
    st.session_state[f"{SOURCES}-saved"] = list(sources)


def sidebar() -> None:
    """Draw the narrowing widgets in the sidebar (every page) and say how many articles they keep."""
    corpus = state.full_corpus()
    if len(corpus.articles) < 2:
        return
    found = state.current_stories()
    choice = state.narrowing()
    names = story_names(found.stories, unit="")
    dates = sorted(a.date for a in corpus.articles if a.date)
    bounds = (dates[0], dates[-1]) if dates else None
    outlets = sorted({a.source or a.id for a in corpus.articles})
    story = choice["story"] if choice["story"] in names else ALL
    saved_dates: object = bounds
    if bounds is not None and choice["start"] and choice["end"]:
        saved_dates = (dt.date.fromisoformat(str(choice["start"])), dt.date.fromisoformat(str(choice["end"])))
    _mirror(STORY, story)
    _mirror(DATES, saved_dates)
    saved_sources = choice["sources"] if isinstance(choice["sources"], list) else []
    _mirror(SOURCES, [s for s in saved_sources if s in outlets])
    with st.sidebar:
        st.subheader("Narrow every page", help="Saved with the workspace and stated in the report.")
        st.selectbox(
            "Story",
            [ALL, *names],
            format_func=lambda v: "All stories" if v == ALL else names[v],
            key=STORY,
            on_change=_save,
            args=(bounds, names),
            help="Stories are found on the whole corpus (Stories page: rename, merge, split).",
        )
        if bounds is not None and bounds[0] < bounds[1]:
            st.date_input(
                "Dates", min_value=bounds[0], max_value=bounds[1], key=DATES, on_change=_save, args=(bounds, names),
                help="With a range narrower than the corpus', undated articles are left out.",
            )  # fmt: skip
        st.multiselect(
            "Outlets", outlets, key=SOURCES, on_change=_save, args=(bounds, names), placeholder="All outlets"
        )
        kept = len(state.current_corpus().articles)
        if state.is_narrowed():
            st.caption(f"Every page shows {kept:,} of {len(corpus.articles):,} articles.")
