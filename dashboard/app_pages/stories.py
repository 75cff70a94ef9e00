"""Stories page: the corpus grouped into events, each story's coverage over time, who broke which story."""

from __future__ import annotations

import streamlit as st

from analysis.present.charts.stories import (
    MAX_STORIES,
    coverage_chart,
    first_coverage_chart,
    first_coverage_rows,
    stories_listing,
)
from analysis.present.names import stories_by_size, story_names
from analysis.similarity import stories as stories_
from analysis.similarity.coverage import articles_by_story, daily_coverage, first_coverage
from dashboard import components, state

st.title("Stories")
st.caption(
    "Articles grouped into the events they cover: linked by their TF-IDF nearest neighbours and the names and "
    "figures they share in title and lead (places, people, storms, venues, tolls; a place is one name in every "
    "language, Turquía = Turkey: these link one event's coverage across languages), "
    "within a few days of each other; a story spans a month at most, so the same kind of event a year apart is "
    "two stories. Undated articles join by similarity alone. The sidebar narrows every page to one story."
)

corpus = state.full_corpus()
if len(corpus.articles) < 1:
    st.info("No article is loaded: add some on the Corpus page.")
    st.stop()
found = state.current_stories()
components.stored_note(state.stored_results(corpus), ("stories",))
articles = corpus.articles
table = stories_.stories_table(found)

left, middle, right = st.columns(3)
left.metric("stories", len(found))
middle.metric("stories with 2+ articles", int((table["articles"] >= 2).sum()))
right.metric("articles", len(articles))

st.subheader("All stories")
components.table(
    stories_listing(table),
    "stories",
    key="stories",
    what="stories",
    column_config={
        "label": st.column_config.TextColumn("label", help="Most distinctive words, or your name for it"),
        "days": st.column_config.NumberColumn("days", help="First to last article, inclusive"),
        "outlets": st.column_config.NumberColumn("outlets", help="Outlets with at least one article"),
    },
)

st.subheader("Coverage over time")
names = story_names(found.stories)
chosen_default = state.narrowing()["story"]
ordered = stories_by_size(found.stories)
if chosen_default in names and st.session_state.get("stories-coverage-followed") != chosen_default:
    # The sidebar narrowed to another story: its timeline is shown (the user may pick another one after).
    st.session_state["stories-coverage-story"] = chosen_default
    st.session_state["stories-coverage-followed"] = chosen_default
chosen = st.selectbox(
    "Story",
    ordered,
    index=ordered.index(chosen_default) if chosen_default in names else 0,
    format_func=lambda i: names[i],
    key="stories-coverage-story",
)
story = found.get(chosen)
daily = daily_coverage(found, articles, story.id)
span = f"{story.start} to {story.end}" if story.start else "undated"
undated = story.size - int(daily["articles"].sum())
st.caption(
    f"{story.size} articles from {len(story.sources)} outlets, {span}"
    + (f"; {undated} undated, not on the timeline" if undated and not daily.empty else "")
    + (f"; representative title: {components.plain(story.title)}" if story.title else "")
)
if daily.empty:
    st.info("This story's articles have no date: there is no timeline to draw.")
else:
    timeline = coverage_chart(daily, title=f"Articles per day per outlet: {story.label}", colours=state.outlet_colours())
    components.chart(timeline, daily, f"coverage-{story.id}", key="stories-coverage")

st.subheader("Who covered which story first")
first = first_coverage(found, articles, min_articles=2)
if first.empty or first["first"].notna().sum() == 0:
    st.info("No story has two or more dated articles.")
else:
    count = first["story"].nunique()
    which = (
        f"The {MAX_STORIES} largest of the {count} stories with two or more articles, in order of their first day"
        if count > MAX_STORIES
        else "The story with two or more articles"
        if count == 1
        else f"The {count} stories with two or more articles, in order of their first day"
    )
    st.caption(
        f"{which}. ★ the outlet that "
        "published first (broke it, day 0), ● the others at their first article, in days after the first. "
        "An outlet whose articles in a story are all undated is listed in the table as 'undated', not on the chart."
    )
    components.chart(first_coverage_chart(first), first, "first-coverage", key="stories-first")
    every = st.toggle(
        "Also list the outlets that did not cover a story",
        key="stories-first-every",
        help="Every outlet of the corpus for every story: with many outlets, mostly 'not covered' rows.",
    )
    components.table(
        first_coverage_rows(first, every=every),
        "first-coverage-table",
        key="stories-first-table",
        what="rows",
        csv=first,
    )

st.subheader("Edit stories")
st.caption("Your edits are saved with the workspace (Corpus page) and used by every page and the CLI.")
edits = st.session_state.get("story_edits") or {}
rename_tab, merge_tab, split_tab = st.tabs(["Rename", "Merge", "Split"])
with rename_tab:
    target = st.selectbox("Story to rename", ordered, format_func=lambda i: names[i], key="stories-rename-which")
    new_name = st.text_input("New name (empty: back to its words)", key="stories-rename-name")
    if st.button("Rename", key="stories-rename"):
        state.set_story_edits(stories_.rename(edits, found.get(target), new_name))
        st.rerun()
with merge_tab:
    merged = st.multiselect("Stories to merge", ordered, format_func=lambda i: names[i], key="stories-merge-which")
    if st.button("Merge", key="stories-merge", disabled=len(merged) < 2):
        state.set_story_edits(stories_.merge(edits, [found.get(i) for i in merged]))
        st.rerun()
with split_tab:
    source = st.selectbox("Story to split", ordered, format_func=lambda i: names[i], key="stories-split-which")
    by_story = articles_by_story(found, articles)
    members = by_story[by_story["story"] == source]
    titles = {a: f"{a} · {t[:60]}" if t else a for a, t in zip(members["article"], members["title"])}
    taken = st.multiselect(
        "Articles to take out into a new story",
        list(titles),
        format_func=lambda a: titles[a],
        key="stories-split-articles",
    )
    if st.button("Split", key="stories-split", disabled=not taken or len(taken) == len(titles)):
        state.set_story_edits(stories_.split(edits, taken))
        st.rerun()
edited = any(edits.get(k) for k in ("merge", "split", "rename"))
if edited and st.button("Undo every story edit", key="stories-undo", icon=":material/undo:"):
    state.set_story_edits({})
    st.rerun()
