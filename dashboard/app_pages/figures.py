"""Casualty figures page: do the tolls agree (per story, kind, group and place, in time), each toll's reports
as steps, claims with their evidence, incidents."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from analysis.casualties.agreement import STATUSES, Agreement, apply_overrides
from analysis.casualties.claims import Claim, extract
from analysis.casualties.events import by_story
from analysis.casualties.toll_tables import agreement_table, comparison_table, incidents_table
from analysis.present.charts.casualties import evidence_html, series_html, series_table, step_chart
from analysis.present.tables import claims_listing
from analysis.present.tolls import place_moves, places_compared, toll_name, toll_order, toll_title, tolls_listing
from analysis.report.results import compared
from analysis.report.stored import Store
from analysis.similarity.stories import StoryMap
from analysis.text import TextCorpus
from dashboard import components, state

OVERRIDES = "figure_incidents"  # workspace setting: claim incident or article id -> incident name
PLACES = "figure_places"  # workspace setting: place or "article@place" -> place name


@st.cache_data(show_spinner="Reading casualty figures…", max_entries=4)
def _claims(key: str, stories_key: str, _text: TextCorpus, _found: StoryMap, _store: Store | None) -> list[Claim]:
    # Each claim in its article's story (compared within it), unless its sentence cites another incident.
    found = state.stored_or_computed(_store, "claims", lambda: extract(_text))  # stored by `contraste report`
    return by_story(found, _found.assignment, {s.id: s.start for s in _found.stories})


@st.cache_data(show_spinner="Comparing figures across sources…", max_entries=8)
def _tables(
    key: str,
    overrides: tuple[tuple[str, str], ...],
    places: tuple[tuple[str, str], ...],
    stories_key: str,
    _text: TextCorpus,
    _found: StoryMap,
    _store: Store | None = None,
) -> tuple[list[Claim], list[Agreement], pd.DataFrame, pd.DataFrame]:
    """Claims in their stories with the user's incident edits, their comparisons in time, claims and incidents.
    The comparisons are made here, not stored: 0.05 s for 129 claims of 2,000 articles (docs/PERFORMANCE.md)."""
    claims = apply_overrides(_claims(key, stories_key, _text, _found, _store), dict(overrides))
    dates = {d.article.id: d.article.date for d in _text.docs}
    rows = compared(claims, _text, dict(places))
    return claims, rows, comparison_table(claims, dates, rows=rows), incidents_table(claims)


def _undo(setting: str, edits: Mapping[str, str], what: str, *, key: str) -> None:
    """How many of the user's ``what`` edits are in force, and a button dropping them all."""
    if edits:
        st.caption(f"Your {what} edits: {len(edits)}")
        if st.button(f"Undo {what} edits", key=key, icon=":material/undo:"):
            state.set_setting(setting, {})
            st.rerun()


st.title("Casualty figures")
st.caption(
    "Numeric claims of people killed, injured, detained or kidnapped, missing and displaced. "
    "Each becomes a whole-number interval (“al menos 100” → ≥ 100, “más de un centenar” → ≥ 101, "
    "“cerca de 100” → 90–110, “decenas” → 20–99) with a report date (the date its sentence gives, "
    "“informó este lunes”, else its article's). Figures of one story, kind, group and place are compared in time: "
    "**consistent** (reports of about the same time overlap), **revised** (a later report raises the figure: a "
    "rising toll, not a conflict), **outdated** (below a figure others had already published), **conflicting** "
    "(reports of the same day that cannot both be true, or a figure above the toll later confirmed), "
    "**single-source**. A town and its region are compared apart, unless the incident has one site named at "
    "several levels."
)

corpus = state.require_articles()
text = state.current_text()
overrides: dict[str, str] = dict(state.setting(OVERRIDES, {}))  # type: ignore[call-overload]
found = state.current_stories()
store = state.stored_results()
stories_key = repr(sorted(found.assignment.items())) + repr([(s.id, s.start) for s in found.stories])
place_edits: dict[str, str] = dict(state.setting(PLACES, {}))  # type: ignore[call-overload]
claims, rows, table, incidents = _tables(
    state.corpus_key(corpus), tuple(sorted(overrides.items())), tuple(sorted(place_edits.items())), stories_key,
    text, found, store,
)  # fmt: skip
components.stored_note(store, ("claims", "stories"))

if not claims:
    st.info("No casualty figure was found in the corpus.")
    st.stop()

story_label = {s.id: s.label for s in found.stories}
comparisons = agreement_table(rows)
left, middle, right, last = st.columns(4)
left.metric("claims", len(table))
middle.metric("articles with figures", table["article"].nunique())
right.metric("tolls compared", len(comparisons))
last.metric("conflicting tolls", int(comparisons["status"].eq("conflicting").sum()))

st.subheader("Do the tolls agree?")
by_status = st.multiselect("Status", [s for s in STATUSES if s in set(comparisons["status"])], key="figures-status")
shown = tolls_listing(comparisons, statuses=by_status, story_labels=story_label)
components.table(shown.drop(columns=["incident"]), "casualty-tolls-agreement", key="figures-tolls", what="tolls")

st.subheader("Reported toll over time")
st.caption(
    "One line per outlet, stepping to each new figure it reported; the dotted band is the highest figure any "
    "outlet had published by then. ▲ revised later, ◆ outdated, ✕ conflicting, ● consistent. Hover a point for "
    "its article and sentence; the table below opens each sentence."
)
chosen_toll = st.selectbox(
    "Toll", toll_order(rows), format_func=lambda i: toll_name(rows[i], story_label), key="figures-toll"
)
row = rows[chosen_toll]
reports = series_table(row.series)
article_label = state.names()
if reports["time"].isna().all():
    st.info(
        "No figure of this toll has a report date (neither its sentence nor its article gives one): its reports are listed below."
    )
else:
    components.chart(
        step_chart(reports, title=toll_title(row), colours=state.outlet_colours(), names=article_label),
        reports.assign(article_name=[article_label.get(a, a) for a in reports["article"]]),
        f"casualty-toll-{row.kind}-{row.place or row.group}",
        key="figures-steps",
    )
st.markdown(f"**{row.status}**: {components.plain(row.explanation)}")
for flag in row.flags:
    st.warning(components.plain(flag), icon=":material/warning:")
page_reports = components.page_of(reports, key="figures-reports-page", what="reports")
components.html_block(series_html(page_reports, names=article_label))
components.row_opener(
    page_reports, key="figures-reports-open", label="Read a report in its article, at its sentence",
    describe=lambda r: f"{r.time or 'undated'} · {article_label.get(r.article, r.article)} · {r.figure}",
    opens=lambda r: state.open_at(str(r.article), int(r.at), int(r.at) + int(r.end) - int(r.start)),
)  # fmt: skip

with st.expander("Merge or split places", icon=":material/place:"):
    st.caption(
        "Tolls are compared per place. Merge places that are one (a place read wrongly, two names of one town), "
        "or move one article's figures of a place to a place of their own. Saved with the workspace."
    )
    known = places_compared(rows)
    with st.form("figures-place-merge"):
        chosen_places = st.multiselect("Places to merge", known, key="figures-place-merge-choice")
        into = st.text_input("Name of the merged place", key="figures-place-merge-name")
        if (
            st.form_submit_button("Merge places", icon=":material/merge:", key="figures-place-merge-submit")
            and len(chosen_places) > 1
        ):
            target = into.strip() or chosen_places[0]
            state.set_setting(PLACES, {**place_edits, **{p: target for p in chosen_places if p != target}})
            st.rerun()
    with st.form("figures-place-split"):
        pairs = place_moves(rows)
        shown_pairs = {f"{state.names().get(x.split('@')[0], x.split('@')[0])} — {x.split('@')[-1]}": x for x in pairs}
        pair = shown_pairs.get(st.selectbox("Article and place", list(shown_pairs)) or "")
        new_place = st.text_input("Move its figures to place", key="figures-place-split-name")
        if (
            st.form_submit_button("Move", icon=":material/call_split:", key="figures-place-split-submit")
            and pair
            and new_place.strip()
        ):
            state.set_setting(PLACES, {**place_edits, pair: new_place.strip()})
            st.rerun()
    _undo(PLACES, place_edits, "place", key="figures-place-reset")

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
    if st.form_submit_button("Merge", icon=":material/merge:", key="figures-merge-submit") and len(chosen) > 1:
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
_undo(OVERRIDES, overrides, "incident", key="figures-reset")

components.analysis_problems(text)
