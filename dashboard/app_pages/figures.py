"""Casualty figures page: claims with their evidence, agreement across sources, tolls over time."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.casualties.agreement import apply_overrides, comparison_table, incidents_table, timeline
from analysis.casualties.claims import Claim, extract
from analysis.casualties.events import by_story
from analysis.config import settings
from analysis.present.charts.casualties import agreement_chart, evidence_html, timeline_chart
from analysis.present.paging import largest_groups
from analysis.present.tables import claims_listing
from analysis.similarity.stories import StoryMap
from analysis.text import TextCorpus
from dashboard import components, state

OVERRIDES = "figure_incidents"  # workspace setting: claim incident or article id -> incident name


@st.cache_data(show_spinner="Reading casualty figures…", max_entries=4)
def _claims(key: str, stories_key: str, _text: TextCorpus, _found: StoryMap) -> list[Claim]:
    # Each claim in its article's story (compared within it), unless its sentence cites another incident.
    return by_story(extract(_text), _found.assignment, {s.id: s.start for s in _found.stories})


@st.cache_data(show_spinner="Comparing figures across sources…", max_entries=8)
def _tables(
    key: str, overrides: tuple[tuple[str, str], ...], stories_key: str, _text: TextCorpus, _found: StoryMap
) -> tuple[list[Claim], pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Claims in their stories with the user's incident edits, their comparison table, timeline and incidents."""
    claims = apply_overrides(_claims(key, stories_key, _text, _found), dict(overrides))
    dates = {d.article.id: d.article.date for d in _text.docs}
    return claims, comparison_table(claims, dates), timeline(claims, dates), incidents_table(claims)


st.title("Casualty figures")
st.caption(
    "Numeric claims of people killed, injured, detained or kidnapped, missing and displaced. "
    "Each becomes a whole-number interval (“al menos 100” → ≥ 100, “más de un centenar” → ≥ 101, "
    "“cerca de 100” → 90–110, “decenas” → 20–99). Figures about the same kind, group and incident "
    "are compared across articles: **consistent** when one count fits them all, **conflicting** otherwise."
)

corpus = state.require_articles()
text = state.current_text()
overrides: dict[str, str] = dict(state.setting(OVERRIDES, {}))  # type: ignore[call-overload]
found = state.current_stories()
stories_key = repr(sorted(found.assignment.items())) + repr([(s.id, s.start) for s in found.stories])
claims, table, over_time, incidents = _tables(
    state.corpus_key(corpus), tuple(sorted(overrides.items())), stories_key, text, found
)

if not claims:
    st.info("No casualty figure was found in the corpus.")
    st.stop()

named = [found.get(i) for i in sorted({c.story for c in claims if c.story}, key=lambda i: int(i[1:]))]
if named:  # incidents are stories (Stories page); a running total or an earlier incident cited is kept apart
    shown_names = "; ".join(f"{s.id} = {components.plain(s.label)}" for s in named[:12])
    st.caption(f"Tolls are compared within a story: {shown_names}{' …' if len(named) > 12 else ''}.")
conflicts = table.drop_duplicates(["kind", "group", "incident"])["status"].eq("conflicting").sum()
left, middle, right = st.columns(3)
left.metric("claims", len(table))
middle.metric("articles with figures", table["article"].nunique())
right.metric("conflicting tolls", int(conflicts))

st.subheader("Agreement across sources")
shown, tolls = largest_groups(table, ["kind", "group", "incident"], limit=settings().display.chart_tolls)
if len(shown) < len(table):
    st.caption(
        f"The chart shows the {settings().display.chart_tolls} tolls with the most claims, of {tolls:,}; the table below has all."
    )
chart_data = shown.drop(columns=["text", "sentence_start"])
components.chart(
    agreement_chart(shown, colours=state.outlet_colours()),
    chart_data,
    "casualty-figures-agreement",
    key="figures-agreement",
)

st.subheader("Reported figures over time")
if over_time.empty:
    st.info("No figure comes from a dated article.")
else:
    lines, series = largest_groups(over_time, ["series"], limit=settings().display.timeline_tolls)
    if len(lines) < len(over_time):
        st.caption(f"The {settings().display.timeline_tolls} tolls with the most dated figures, of {series:,}.")
    components.chart(timeline_chart(lines), lines, "casualty-figures-timeline", key="figures-timeline")

st.subheader("Claims and their evidence")
article_label = state.names()
left, middle, right = st.columns(3)
by_status = left.multiselect("Status", sorted(table["status"].unique()), key="figures-filter-status")
by_kind = middle.multiselect("Kind", sorted(table["kind"].unique()), key="figures-filter-kind")
by_source = right.multiselect("Source", sorted(table["source"].unique()), key="figures-filter-source")
listed = claims_listing(table, statuses=by_status, kinds=by_kind, sources=by_source)
st.caption(f"{len(listed):,} of {len(table):,} claims, conflicting tolls first.")
page_claims = components.page_of(listed, key="figures-page", what="claims")
components.html_block(evidence_html(page_claims, names=article_label))
components.row_opener(
    page_claims, key="figures-open", label="Read a claim in its article, at its sentence",
    describe=lambda r: f"{r.figure} — {article_label.get(r.article, r.article)}",
    opens=lambda r: state.open_at(str(r.article), int(r.start), int(r.end)),
)  # fmt: skip
components.csv_download(table, "casualty-claims.csv", key="figures-claims-csv", label="Claims as CSV")

st.subheader("Incidents")
st.caption(
    "Figures are only compared within one incident, keyed by the date the text gives for the event "
    "(“el pasado 3 de enero” → 2026-01-03; “desde septiembre” → since 2025-09). Merge incidents that are "
    "the same event, or move an article to an incident of its own."
)
short_label = state.names(short=True)
components.table(
    incidents.assign(
        articles=["; ".join(short_label.get(i, i) for i in str(v).split(", ")) for v in incidents["articles"]]
    ),
    "casualty-incidents",
    key="figures-incidents",
    csv=incidents,
)
names = list(incidents["incident"])
with st.form("figures-merge"):
    chosen = st.multiselect("Incidents to merge", names, key="figures-merge-choice")
    merged = st.text_input("Name of the merged incident", key="figures-merge-name")
    if st.form_submit_button("Merge", icon=":material/merge:") and len(chosen) > 1:
        target = merged.strip() or chosen[0]
        state.set_setting(OVERRIDES, {**overrides, **{name: target for name in chosen}})
        st.rerun()
with st.form("figures-split"):
    article = st.selectbox(
        "Article",
        sorted(table["article"].unique()),
        key="figures-split-article",
        format_func=lambda i: article_label.get(i, str(i)),
    )
    target = st.text_input("Move it to incident", key="figures-split-name", placeholder="a new incident name")
    if st.form_submit_button("Move", icon=":material/call_split:") and article and target.strip():
        state.set_setting(OVERRIDES, {**overrides, article: target.strip()})
        st.rerun()
if overrides:
    st.caption(f"Your incident edits: {len(overrides)}")
    if st.button("Undo incident edits", key="figures-reset", icon=":material/undo:"):
        state.set_setting(OVERRIDES, {})
        st.rerun()

components.analysis_problems(text)
