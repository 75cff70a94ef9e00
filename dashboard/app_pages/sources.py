"""Sources page: who each outlet quotes and how often, the roles of its speakers, quotes several outlets share."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.present.charts.sources import (
    grouped,
    places_chart,
    places_table,
    quotes_in_context_html,
    quotes_table,
    role_chart,
    role_names,
    role_table,
    shared_pair,
    shared_table,
    speaker_chart,
    speakers_table,
)
from analysis.report.results import outlets_of
from analysis.report.shared_quotes import shared_quotes_in_passages
from analysis.report.stored import Store
from analysis.similarity.passages import ShingleIndex
from analysis.sources.lexicon import ROLES
from analysis.sources.placenames import PlaceCount, places_per_outlet
from analysis.sources.quotes import Quote, extract
from analysis.sources.roles import ROLE_LABELS, corrected
from analysis.text import TextCorpus
from dashboard import components, state


@st.cache_data(show_spinner="Finding quotes and their speakers…", max_entries=4)
def _quotes(key: str, _text: TextCorpus, _store: Store | None = None) -> list[Quote]:
    return state.stored_or_computed(_store, "quotes", lambda: extract(_text))  # stored by `contraste report`


@st.cache_data(show_spinner="Looking for the same quotes in other outlets…", max_entries=4)
def _shared(key: str, _text: TextCorpus, _quotes: list[Quote], _store: Store | None = None) -> list[dict[str, object]]:
    def compute() -> list[dict[str, object]]:
        index: ShingleIndex | None = state.current_comparison().index if len(_text.docs) > 1 else None
        return [s.to_json() for s in shared_quotes_in_passages(_text, _quotes, index=index)]

    return state.stored_or_computed(_store, "shared_quotes", compute)  # the comparison only when not stored


@st.cache_data(show_spinner="Finding the places each outlet names…", max_entries=4)
def _places(key: str, _text: TextCorpus, _store: Store | None = None) -> list[PlaceCount]:
    return state.stored_or_computed(_store, "places", lambda: places_per_outlet(_text, outlets_of(_text)))


st.title("Sources")
st.caption(
    'Who speaks in each outlet: quotations (between «», “”, "" or ‘’) and statements reported with a named '
    "speaker (“Peskov afirmó que…”, “según…”). Speakers are normalised across the corpus (“Peskov”, “el portavoz "
    "del Kremlin, Dmitri Peskov” → Dmitri Peskov); roles come from the titles written with them. Rules, not a model: "
    "check the quotes in context below and correct a speaker's role when it is wrong."
)

note = st.empty()  # where the results come from (stored with a collection, or computed), said once known
corpus = state.require_articles()
text = state.current_text()
key = state.corpus_key(corpus)
roles: dict[str, str] = dict(st.session_state.speaker_roles)
store = state.stored_results()
found = _quotes(key, text, store)
quotes = corrected(found, roles)
outlets = outlets_of(text)
table = quotes_table(quotes, outlets)

if table.empty:
    st.info("No quotation or attributed statement was found in the corpus.")
    st.stop()

left, middle, right = st.columns(3)
left.metric("statements", len(table))
middle.metric("quoted directly", int(table["direct"].sum()))
right.metric("speakers", table["speaker"].nunique())

st.subheader("Roles per outlet")
by_role = role_table(table)
components.chart(role_chart(by_role), by_role, "sources-roles-per-outlet", key="sources-roles")

st.subheader("Who is quoted, per outlet")
speakers = speakers_table(table)
outlet = st.selectbox("Outlet", sorted(speakers["source"].unique()), key="sources-outlet")
components.chart(
    speaker_chart(speakers, outlet), speakers[speakers["source"] == outlet], f"sources-speakers-{outlet}",
    key="sources-speakers",
)  # fmt: skip
components.table(role_names(speakers), "sources-speakers", key="sources-speakers-table", what="speakers", csv=speakers)

st.subheader("Roles per group of outlets")
st.caption(
    "Put outlets in two groups (state and private media, one country and another…) to compare whom each group "
    "gives the floor to; an outlet in no group is left out."
)
outlet_names = sorted(table["source"].unique())
left, right = st.columns(2)
group_a = left.multiselect("Group A", outlet_names, key="sources-group-a")
group_b = right.multiselect("Group B", [o for o in outlet_names if o not in group_a], key="sources-group-b")
if group_a or group_b:
    groups = {**{o: "group A" for o in group_a}, **{o: "group B" for o in group_b}}
    in_groups = grouped(table, groups)
    by_group = role_table(in_groups)
    components.chart(
        role_chart(by_group, title="Who each group of outlets quotes, by role"), by_group, "sources-roles-per-group",
        key="sources-roles-groups",
    )  # fmt: skip
    group_speakers = speakers_table(in_groups)
    components.table(role_names(group_speakers), "sources-speakers-per-group", key="sources-group-speakers",
                     what="speakers", csv=group_speakers)  # fmt: skip
else:
    st.caption("Choose the outlets of at least one group.")

st.subheader("Places named")
place_rows = _places(key, text, store)
if not place_rows:
    st.info("No place of the gazetteer is named in the corpus.")
else:
    st.caption(
        "Places of the gazetteer (countries, regions, counties, cities) each outlet's articles name; the colour is "
        "the share of its articles naming the place. The table has every place, with its mentions."
    )
    places = places_table(place_rows)
    components.chart(places_chart(places), places, "sources-places", key="sources-places")
    components.table(
        places, "sources-places-table", key="sources-places-table", what="places",
        column_config={"share": st.column_config.NumberColumn("share", format="percent",
                                                              help="Share of the outlet's articles naming the place")},
    )  # fmt: skip

st.subheader("Quotes used by several outlets")
shared = _shared(key, text, found, store)
with note.container():
    components.stored_note(store, ("quotes", "places", "shared_quotes"))
if not shared:
    st.info("No quotation of four words or more appears in more than one article.")
else:
    st.caption(
        "The same words in several articles, quoted or not; “in shared passage” when the similarity analysis "
        "found the surrounding passage reused."
    )

    def _open_shared(row: object) -> None:
        pair = shared_pair(shared[int(row)])  # type: ignore[call-overload]
        if pair is not None:
            article, start, end, other = pair
            state.open_at(article, start, end, other=other)

    components.table(
        shared_table(shared, outlets, names=state.names(short=True)), "sources-shared-quotes", key="sources-shared",
        what="quotes", csv=shared_table(shared, outlets), opens=_open_shared,
        opens_hint="Click a quote to read two articles using it side by side, at the quote.",
    )  # fmt: skip

st.subheader("Each quote in context")
speaker_filter = st.selectbox("Speaker", ["(all)", *sorted(table["speaker"].unique())], key="sources-context-speaker")
rows = table if speaker_filter == "(all)" else table[table["speaker"] == speaker_filter]
page = components.page_of(rows, key="sources-context-page", what="statements")
components.html_block(quotes_in_context_html(page, {d.id: d.article.text for d in text.docs}))
components.csv_download(table, "sources-quotes.csv", key="sources-quotes-csv", label="All statements as CSV")

st.subheader("Correct a speaker's role")
st.caption("Your roles are applied everywhere on this page and saved with the workspace (Corpus page).")
with st.form("sources-role-form"):
    who = st.selectbox("Speaker", sorted(table["speaker"].unique()), key="sources-role-speaker")
    role = st.selectbox("Role", list(ROLES), format_func=lambda r: ROLE_LABELS[r], key="sources-role-choice")
    if st.form_submit_button("Save role", icon=":material/save:"):
        state.set_speaker_roles({**roles, who: role})
        st.rerun()
if roles:
    st.dataframe(
        pd.DataFrame({"speaker": list(roles), "role": [ROLE_LABELS.get(r, r) for r in roles.values()]}),
        hide_index=True,
    )
    if st.button("Undo role corrections", key="sources-roles-reset", icon=":material/undo:"):
        state.set_speaker_roles({})
        st.rerun()
