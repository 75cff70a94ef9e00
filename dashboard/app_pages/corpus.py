"""Corpus page: the articles, their editable source labels and dates, uploads, load problems."""

from __future__ import annotations

import streamlit as st

from analysis.charts.corpus import articles_by_source_date, articles_table
from analysis.corpus import SUFFIXES, load_files
from dashboard import components, state

st.title("Corpus")
st.caption(
    "The articles every page compares. Edit a **source** label or a **date** in the table: "
    "every other page uses your labels. Articles from the same outlet should share one source label."
)

EDITOR = "corpus-editor"
# Apply the table's edits before anything reads the corpus, so this run already shows them.
edits = st.session_state.get(EDITOR)
if edits and edits.get("edited_rows"):
    state.set_labels(
        state.labels_with_edits(articles_table(state.current_corpus()), edits["edited_rows"], st.session_state.labels)
    )

corpus = state.current_corpus()
table = articles_table(corpus)

if corpus.articles:
    st.data_editor(
        table,
        key=EDITOR,
        hide_index=True,
        width="stretch",
        disabled=["id", "language", "title", "url", "words"],
        column_config={
            "source": st.column_config.TextColumn("source", help="Outlet label; edit to group articles", required=True),
            "date": st.column_config.DateColumn("date", format="YYYY-MM-DD", help="Publication date"),
            "url": st.column_config.LinkColumn("url"),
            "words": st.column_config.NumberColumn("words", format="%d"),
        },
    )
    components.chart(
        articles_by_source_date(table), table.drop(columns=["url"]), "articles-by-source-and-date", key="corpus-chart"
    )
else:
    st.info("No article is loaded. Upload files below or reset to the example corpus.")

components.problems(corpus.problems)

left, right = st.columns([3, 1])
with left:
    uploads = st.file_uploader(
        "Add articles",
        type=[s.lstrip(".") for s in SUFFIXES],
        accept_multiple_files=True,
        help=".txt (one article each; a first line ' date YYYY-MM-DD ' sets the date), "
        ".csv/.json/.jsonl with a text column and optional source, date, title, url; "
        "a metadata.csv (file,source,date,url) labels the other files.",
    )
    if uploads and st.button("Load these files", type="primary", icon=":material/upload:"):
        with st.spinner(f"Reading {len(uploads)} files…"):
            added = load_files((f.name, f.getvalue()) for f in uploads)
        state.add(added)
        st.toast(f"Loaded {len(added.articles)} articles; {len(added.problems)} problems.")
        st.rerun()
with right:
    if st.button("Reset to the example corpus", icon=":material/restart_alt:"):
        state.reset()
        st.rerun()
