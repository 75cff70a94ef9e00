"""Corpus page: the articles, their editable source labels and dates, uploads, URLs, load problems."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analysis.config import settings
from analysis.corpus import workspace as workspaces
from analysis.corpus.fetch import load_urls, results_table, url_lines
from analysis.corpus.loading import SUFFIXES, Corpus, load_files
from analysis.corpus.workspace_settings import WorkspaceError
from analysis.pipeline import start_workers_for
from analysis.present.charts.corpus import articles_by_source_date, articles_table
from analysis.present.names import date_text, headline
from dashboard import collection_filters, components, state

st.title("Corpus")
st.caption(
    "The articles every page compares. Edit a **source** label or a **date** in the table: "
    "every other page uses your labels. Articles from the same outlet should share one source label."
)

EDITOR = "corpus-editor"

collection_filters.block()  # a collection's dates, outlets, outlet fields and query (dashboard/collection_filters.py)


@st.cache_data(max_entries=4, show_spinner=False)
def _table(key: str, _corpus: Corpus) -> pd.DataFrame:
    return articles_table(_corpus)


@st.cache_resource(max_entries=4, show_spinner=False)
def _chart(key: str, _table: pd.DataFrame, _corpus: Corpus) -> go.Figure:
    # Built once per corpus content: about a second at 2,000 articles.
    return articles_by_source_date(_table, headlines={a.id: headline(a) for a in _corpus.articles})


# Apply the table's edits before anything reads the corpus, so this run already shows them.
edits = st.session_state.get(EDITOR)
if edits and edits.get("edited_rows"):
    try:
        state.set_labels(
            state.labels_with_edits(
                _table(state.corpus_key(state.current_corpus()), state.current_corpus()),
                edits["edited_rows"],
                st.session_state.labels,
            )
        )
    except ValueError as err:
        st.error(f"A date was not changed: {components.plain(err)}. Write dates as YYYY-MM-DD, or 'no date'.")

corpus = state.current_corpus()
table = _table(state.corpus_key(corpus), corpus)

if problem := st.session_state.get("autosave_problem"):
    st.warning(components.plain(problem), icon=":material/warning:")
elif st.session_state.get("restored"):
    st.success(
        f"Your work was restored from `{state.autosave_path()}`. Reset to the example corpus to start over.",
        icon=":material/history:",
    )
st.caption(
    f"Your articles, labels, merges and settings are saved automatically to `{state.autosave_path()}` "
    "and come back when you reload the page. Save workspace keeps a copy you can move or share."
)

if corpus.articles:
    st.data_editor(
        table.assign(date=[date_text(d) for d in table["date"]]),
        key=EDITOR,
        hide_index=True,
        width="stretch",
        disabled=["id", "language", "title", "url", "words"],
        column_order=["source", "date", "title", "language", "words", "url", "id"],  # the id last: it names the file
        column_config={
            "source": st.column_config.TextColumn("source", help="Outlet label; edit to group articles", required=True),
            "date": st.column_config.TextColumn(
                "date",
                help="Publication date, YYYY-MM-DD ('no date' when unknown)",
                validate=r"^(\d{4}-\d{2}-\d{2}|no date|)$",
            ),
            "url": st.column_config.LinkColumn("url"),
            "words": st.column_config.NumberColumn("words", format="%d"),
            "id": st.column_config.TextColumn("id", help="The article's id (its file name): in every CSV"),
        },
    )
    components.chart(
        _chart(state.corpus_key(corpus), table, corpus),
        table.drop(columns=["url"]),
        "articles-by-source-and-date",
        key="corpus-chart",
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
        ".html/.htm saved web pages (main text, outlet, date and title are read from the page); "
        "a metadata.csv (file,source,date,url) labels the other files. "
        f"Up to {settings().limits.max_file_bytes // 1_000_000} MB and {settings().limits.max_file_articles:,} "
        f"rows per file, {settings().limits.max_article_words:,} words per article, "
        f"{settings().limits.max_corpus_articles:,} articles in all; texts of fewer than "
        f"{settings().limits.min_article_words} words are too short to compare. "
        "What is refused is listed with the reason.",
    )
    if uploads and st.button("Load these files", type="primary", icon=":material/upload:"):
        start_workers_for(sum(f.size for f in uploads))
        bar = st.progress(0.0, text=f"Reading {len(uploads)} files…")
        added = load_files(
            ((f.name, f.getvalue()) for f in uploads),
            progress=lambda count, _total, name: bar.progress(
                count / len(uploads), text=f"Read {components.plain(name)} ({count}/{len(uploads)})"
            ),
            within=lambda done, total, name: bar.progress(
                done / total, text=f"{components.plain(name)}: languages of {done:,} of {total:,} articles detected"
            ),
        )
        bar.empty()
        state.add(added)
        st.toast(f"Loaded {len(added.articles)} articles; {len(added.problems)} problems.")
        st.rerun()
with right:
    if st.button("Reset to the example corpus", icon=":material/restart_alt:"):
        state.reset()
        st.rerun()
    # The bytes are made when the button is clicked, outside this script run, where st.session_state
    # cannot be read: the workspace is taken now and only serialised then.
    current = state.workspace()
    st.download_button(
        "Save workspace",
        lambda: workspaces.to_bytes(current),
        "contraste-workspace.json",
        "application/json",
        key="workspace-save",
        on_click="ignore",
        icon=":material/save:",
        help="Articles, your source labels and dates, lexicon and settings in one file. "
        "Open it here later, or pass it to the CLI as PATH.",
    )
    saved = st.file_uploader("Open a workspace", type=["json"], key="workspace-upload")
    if saved is not None and st.button("Open this workspace", icon=":material/folder_open:"):
        try:
            state.open_workspace(workspaces.from_bytes(saved.getvalue(), name=saved.name))
        except WorkspaceError as err:
            st.error(components.plain(err))
        else:
            st.rerun()

st.subheader("Add articles from the web")
allow_private = state.allow_private_urls()
left, right = st.columns([3, 1])
with left:
    pasted = st.text_area(
        "Article URLs, one per line",
        key="corpus-urls",
        height=120,
        placeholder="https://www.example.com/news/2026/01/20/article.html",
        help="Each page's main text is kept without menus, ads, cookie banners or footers; the outlet, "
        "date and title come from the page's metadata. Lines starting with # are ignored.",
    )
with right:
    timeout = st.number_input(
        "Timeout per URL (seconds)",
        key="corpus-url-timeout",
        min_value=1,
        max_value=120,
        value=int(settings().limits.url_timeout_seconds),
        step=1,
    )
    fetch = st.button("Fetch these pages", type="primary", icon=":material/download:", key="corpus-fetch")
if not allow_private:
    st.caption(
        "Addresses on private, loopback and link-local networks are refused. "
        "To allow them (on your own machine only), start the dashboard with `CONTRASTE_ALLOW_PRIVATE_URLS=1`."
    )

if fetch:
    urls = url_lines(pasted)
    if not urls:
        st.warning("Paste at least one URL (one per line).")
    else:
        bar = st.progress(0.0, text=f"Fetching {len(urls)} pages…")

        def _advance(done: int, total: int, url: str) -> None:
            bar.progress(done / total, text=f"{done} of {total} pages fetched")

        results = load_urls(urls, timeout=timeout, allow_private=allow_private, progress=_advance)
        st.session_state["corpus-url-results"] = results_table(results)
        loaded = tuple(r.article for r in results if r.article is not None)
        if loaded:
            state.add(Corpus(loaded))
        st.toast(f"Loaded {len(loaded)} of {len(results)} pages.")
        st.rerun()

fetched = st.session_state.get("corpus-url-results")
if fetched is not None:
    failed = int((fetched["status"] == "failed").sum())
    st.markdown(f"**Last fetch:** {len(fetched) - failed} loaded, {failed} failed.")
    components.table(
        fetched,
        "url-results",
        key="corpus-url-table",
        column_config={
            "url": st.column_config.LinkColumn("url"),
            "date": st.column_config.DateColumn("date", format="YYYY-MM-DD"),
            "words": st.column_config.NumberColumn("words", format="%d"),
            "reason": st.column_config.TextColumn("reason", width="large"),
        },
    )
