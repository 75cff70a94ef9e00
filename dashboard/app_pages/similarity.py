"""Similarity page: how close the articles are (dendrogram-ordered heatmap), the closest pairs and why."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from analysis.config import settings
from analysis.present.charts.similarity import heatmap, matrix_frame, reuse_shares, term_contributions
from analysis.present.names import name_column
from analysis.present.tables import chosen_pairs
from analysis.report.sections import all_pairs_result, closest_pairs_result
from analysis.report.stored import Store
from analysis.similarity.compare import (
    Comparison,
    PairComparison,
    close_pairs,
    heatmap_view,
    pairs_table,
    terms_table,
)
from analysis.similarity.tfidf import pair_listing, similar_pairs
from analysis.text import TextCorpus
from dashboard import components, state

# The comparison (TF-IDF model, cosine matrix, shingle index: about 1.1 s at 2,000 articles) is asked for only
# when a result is not stored with the collection: with the heatmap, every pair above the threshold and the
# closest pairs stored, the page draws without building it (a filter of the pairs table builds it).
Comparing = Callable[[], Comparison]


@st.cache_data(max_entries=16, show_spinner=False)
def _all_pairs(key: str, threshold: float, _comparison: Comparing, _store: Store | None = None) -> pd.DataFrame:
    """Every pair above the threshold (i, j, a, b, cosine), most similar first: the table lists the first ones."""

    def compute() -> pd.DataFrame:
        found = _comparison()
        return similar_pairs(found.model, threshold=threshold, matrix=found.matrix, neighbours=found.neighbours)

    return state.stored_or_computed(_store, all_pairs_result(threshold), compute)


@st.cache_data(max_entries=16, show_spinner=False)
def _listing_note(key: str, threshold: float, _comparison: Comparing, _store: Store | None = None) -> str:
    """How the pairs above the threshold were found (above the dense limit: from each article's neighbours)."""

    def compute() -> dict[str, object]:
        found = _comparison()
        return {"note": pair_listing(found.model, threshold=threshold, neighbours=found.neighbours).note}

    return str(state.stored_or_computed(_store, f"listing:{threshold!r}", compute)["note"])


@st.cache_data(max_entries=16, show_spinner="Finding the closest pairs…")
def _pairs(
    key: str, threshold: float, outlets: tuple[str, ...], across: bool, shared: bool,
    _comparison: Comparing, _text: TextCorpus, _sources: dict[str, str], _store: Store | None = None,
) -> tuple[PairComparison, ...]:  # fmt: skip
    """The first pairs (``table_max_pairs``) the filters keep, with their terms and passages (unfiltered: the
    report's pairs, stored with a collection)."""
    limit = settings().similarity.table_max_pairs
    if not (outlets or across or shared):
        return state.stored_or_computed(
            _store,
            closest_pairs_result(threshold),
            lambda: close_pairs(_comparison(), _text, threshold=threshold, limit=limit),
        )
    every_pair = _all_pairs(key, threshold, _comparison, _store)
    return chosen_pairs(
        _comparison(), _text, every_pair, _sources, outlets=outlets, across=across, shared=shared, limit=limit
    )


@st.cache_data(max_entries=4, show_spinner="Clustering…")
def _heatmap(key: str, _comparison: Comparing, _store: Store | None = None) -> tuple[list[str], object]:
    return state.stored_or_computed(_store, "heatmap", lambda: heatmap_view(_comparison()))  # stored by the report


st.title("Similarity")
st.caption(
    "How close the articles are in wording: 0 % = no word in common, 100 % = the same words in the same "
    "proportions (rare words count more than common ones). Which words make two articles close, and which "
    "passages one repeats from the other. See Methods for how it is computed."
)

note = st.empty()  # where the results come from (stored with a collection, or computed), said once known
corpus = state.require_articles(2)

key = state.corpus_key(corpus)
text = state.current_text()
names = state.names()
short = state.names(short=True)
comparison = state.current_comparison  # called only for what is not stored
dense = len(text.docs) <= settings().similarity.dense_max_articles  # as the comparison decides (analyse)

threshold = st.slider(
    "Minimum similarity of the pairs listed",
    min_value=0.0, max_value=1.0, value=float(state.setting("similarity_threshold", settings().similarity.pair_threshold)),  # type: ignore[arg-type]
    step=0.01, key="similarity-threshold",
    help="Pairs of articles at least this similar (0 = nothing in common, 1 = same wording) are listed below.",
)  # fmt: skip
state.set_setting("similarity_threshold", threshold)  # saved with the workspace, used by the report
sources = {a.id: a.source for a in corpus.articles}
store = state.stored_results()
ids, matrix = _heatmap(key, comparison, store)
if not dense:
    st.caption(
        f"{len(corpus.articles):,} articles is more than {settings().similarity.dense_max_articles:,}: "
        f"only each article's {settings().similarity.neighbours} "
        f"nearest neighbours are computed, and the heatmap shows the {len(ids)} articles of the strongest pairs."
    )
elif len(ids) < len(corpus.articles):
    st.caption(f"The heatmap shows the {len(ids)} articles of the strongest pairs.")
frame = matrix_frame(ids, matrix)  # type: ignore[arg-type]
title = "How much wording each pair of articles shares (darker = more)"
components.chart(
    heatmap(frame, order=ids, names=short, hover_names=names, title=title),
    frame,
    "similarity-heatmap",
    key="similarity-heatmap",
)

every_pair = _all_pairs(key, threshold, comparison, store)
st.subheader(f"Closest pairs: {len(every_pair):,}")
if not dense:  # above the dense limit: say how the pairs were found and what may be cut
    st.caption(f"How these pairs were found: {_listing_note(key, threshold, comparison, store)}.")
if not every_pair.empty:
    components.csv_download(
        every_pair[["a", "b", "score"]], "similar-pairs.csv", key="similarity-pairs-csv", label="All pairs as CSV"
    )
filters = st.columns([3, 2, 2], vertical_alignment="bottom")
outlets = filters[0].multiselect(
    "Pairs with an article from", sorted(set(sources.values())), key="similarity-outlets", placeholder="any outlet"
)
across = filters[1].checkbox("Only pairs of two different outlets", key="similarity-across")
shared = filters[2].checkbox("Only pairs sharing passages", key="similarity-shared")
pairs = _pairs(key, threshold, tuple(outlets), across, shared, comparison, text, sources, store)
with note.container():
    components.stored_note(store, ("neighbours", "heatmap", "pairs", "all_pairs", "listing"))
table = pairs_table(pairs)
if outlets or across or shared:
    st.caption(
        f"The filters keep {len(table):,} of the closest pairs (at most {settings().similarity.table_max_pairs})."
    )
elif len(every_pair) > len(table):
    st.caption(
        f"Showing the {len(table)} most similar of {len(every_pair):,} pairs, with their terms and passages; "
        "the CSV lists every pair and its cosine."
    )
if table.empty:
    st.info("No pair reaches this similarity with these filters. Lower the minimum above or widen the filters.")
    st.stop()


def _open(row: object) -> None:
    chosen_pair = pairs[int(row)]  # type: ignore[call-overload]
    passages = chosen_pair.reuse.passages
    focus = (chosen_pair.a, *passages[0].a_spans[0]) if passages else None
    state.open_pair(chosen_pair.a, chosen_pair.b, focus=focus)


shown_pairs = table.assign(a=name_column(table["a"], names), b=name_column(table["b"], names))
components.table(
    shown_pairs,
    "closest-pairs",
    key="similarity-closest",
    column_config={
        "a": st.column_config.TextColumn("first article", width="medium"),
        "b": st.column_config.TextColumn("second article", width="medium"),
        "score": st.column_config.ProgressColumn("similarity", min_value=0.0, max_value=1.0, format="percent"),
        "top_terms": st.column_config.TextColumn("words they share most"),
        "passages": st.column_config.NumberColumn("shared passages", format="%d"),
        "a_reused_share": st.column_config.NumberColumn("first: words reused", format="percent"),
        "b_reused_share": st.column_config.NumberColumn("second: words reused", format="percent"),
    },
    csv=table,
    opens=_open,
    opens_hint="Click a pair to read the two articles side by side, at their first shared passage.",
)

labels = [f"{names[p.a]} ↔ {names[p.b]} ({p.score:.0%})" for p in pairs]
chosen = st.selectbox(
    "Why are these two close?", range(len(pairs)), format_func=labels.__getitem__, key="similarity-pair"
)
pair = pairs[chosen]
terms = terms_table(pair)
left, right = st.columns([3, 2])
with left:
    if terms.empty:
        st.info("These two articles share no term.")
    else:
        components.chart(
            term_contributions(terms, title=f"Words behind a similarity of {pair.score:.0%}", score=pair.score),
            terms, "similarity-terms", key="similarity-terms",
        )  # fmt: skip
with right:
    st.metric("Shared passages", len(pair.reuse.passages))
    st.metric(f"Words of {components.plain(short[pair.a])} reused", f"{pair.reuse.a_reused_share:.0%}")
    st.metric(f"Words of {components.plain(short[pair.b])} reused", f"{pair.reuse.b_reused_share:.0%}")
    if st.button("Read them side by side", icon=":material/view_column_2:", type="primary"):
        state.open_pair(pair.a, pair.b)

reused = table[table["passages"] > 0]
if not reused.empty:
    st.subheader("Pairs that share passages")
    components.chart(
        reuse_shares(reused, names=short, title="Share of each article's words repeated in the other (passages of 5+ words)"),
        reused, "similarity-reuse", key="similarity-reuse",
    )  # fmt: skip

components.analysis_problems(text)
