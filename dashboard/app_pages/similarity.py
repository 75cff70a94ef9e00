"""Similarity page: how close the articles are (dendrogram-ordered heatmap), the closest pairs and why."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.config import settings
from analysis.present.charts.similarity import heatmap, matrix_frame, reuse_shares, term_contributions
from analysis.present.names import name_column
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


@st.cache_data(max_entries=16, show_spinner="Finding the closest pairs…")
def _pairs(key: str, threshold: float, _comparison: Comparison, _text: TextCorpus) -> tuple[PairComparison, ...]:
    return close_pairs(_comparison, _text, threshold=threshold, limit=settings().similarity.table_max_pairs)


@st.cache_data(max_entries=16, show_spinner=False)
def _all_pairs(key: str, threshold: float, _comparison: Comparison) -> pd.DataFrame:
    """Every pair above the threshold (a, b, cosine): what the table cuts to its first rows, for the CSV."""
    pairs = similar_pairs(
        _comparison.model, threshold=threshold, matrix=_comparison.matrix, neighbours=_comparison.neighbours
    )
    return pairs[["a", "b", "score"]]


@st.cache_data(max_entries=4, show_spinner="Clustering…")
def _heatmap(key: str, _comparison: Comparison) -> tuple[list[str], object]:
    return heatmap_view(_comparison)


st.title("Similarity")
st.caption(
    "How close the articles are in wording: 0 % = no word in common, 100 % = the same words in the same "
    "proportions (rare words count more than common ones). Which words make two articles close, and which "
    "passages one repeats from the other. See Methods for how it is computed."
)

corpus = state.require_articles(2)

key = state.corpus_key(corpus)
text = state.current_text()
names = state.names()
short = state.names(short=True)
comparison = state.current_comparison()

threshold = st.slider(
    "Minimum similarity of the pairs listed",
    min_value=0.0, max_value=1.0, value=float(state.setting("similarity_threshold", settings().similarity.pair_threshold)),  # type: ignore[arg-type]
    step=0.01, key="similarity-threshold",
    help="Pairs of articles at least this similar (0 = nothing in common, 1 = same wording) are listed below.",
)  # fmt: skip
state.set_setting("similarity_threshold", threshold)  # saved with the workspace, used by the report
pairs = _pairs(key, threshold, comparison, text)
table = pairs_table(pairs)

ids, matrix = _heatmap(key, comparison)
if comparison.matrix is None:
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

every_pair = _all_pairs(key, threshold, comparison)
st.subheader(f"Closest pairs: {len(every_pair):,}")
if comparison.matrix is None:  # above the dense limit: say how the pairs were found and what may be cut
    listing = pair_listing(comparison.model, threshold=threshold, neighbours=comparison.neighbours)
    st.caption(f"How these pairs were found: {listing.note}.")
if len(every_pair) > len(table):
    st.caption(
        f"Showing the {len(table)} most similar of {len(every_pair):,} pairs, with their terms and passages; "
        "the CSV lists every pair and its cosine."
    )
if not every_pair.empty:
    components.csv_download(every_pair, "similar-pairs.csv", key="similarity-pairs-csv", label="All pairs as CSV")
if table.empty:
    st.info("No pair reaches this similarity. Lower the minimum above.")
    st.stop()
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
        st.session_state["side-a"], st.session_state["side-b"] = pair.a, pair.b
        st.switch_page("app_pages/side_by_side.py")

reused = table[table["passages"] > 0]
if not reused.empty:
    st.subheader("Pairs that share passages")
    components.chart(
        reuse_shares(reused, names=short, title="Share of each article's words repeated in the other (passages of 5+ words)"),
        reused, "similarity-reuse", key="similarity-reuse",
    )  # fmt: skip

components.analysis_problems(text)
