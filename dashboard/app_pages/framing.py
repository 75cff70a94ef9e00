"""Framing terms page: which competing words each source uses, what sets sources apart, and in what context."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.corpus.decode import DecodeError, decode_bytes
from analysis.corpus.records import WITH_LEXICONS
from analysis.framing.counts import article_counts, dominant_terms, frames_table, source_counts
from analysis.framing.distinctive import compare_groups, source_vs_rest, term_matrix
from analysis.framing.kwic import kwic_query, kwic_terms
from analysis.framing.lexicon import LexiconError, default_lexicons, packaged_text, parse_lexicon
from analysis.present.charts.framing import distinctive_bars, distinctive_small_multiples, term_bars
from analysis.text import TextCorpus
from dashboard import components, state

KWIC_TERM = "framing-kwic-term"
KWIC_QUERY = "framing-kwic-query"
LAST_CLICK = "framing-last-click"
TERM_SEPARATOR = " › "
DISTINCTIVE_WORDS = 15


def _lexicons(upload: str):  # noqa: ANN202 - a dict of Lexicon; parse errors surface on the page
    return default_lexicons([parse_lexicon(upload, origin="uploaded lexicon")] if upload else [])


@st.cache_data(max_entries=8, show_spinner="Counting framing terms…")
def _counts(key: str, upload: str, _text: TextCorpus) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    counts = article_counts(_text, _lexicons(upload))
    sources = source_counts(counts)
    return counts, sources, dominant_terms(sources)


@st.cache_data(max_entries=8, show_spinner="Comparing word use…")
def _source_vs_rest(key: str, _text: TextCorpus) -> pd.DataFrame:
    return source_vs_rest(term_matrix(_text), top=DISTINCTIVE_WORDS)


@st.cache_data(max_entries=16, show_spinner="Comparing word use…")
def _compare(key: str, group_a: tuple[str, ...], group_b: tuple[str, ...], _text: TextCorpus) -> pd.DataFrame:
    return compare_groups(term_matrix(_text), group_a, group_b or None, top=DISTINCTIVE_WORDS)


@st.cache_data(max_entries=32)
def _kwic(key: str, upload: str, choice: str, query: str, _text: TextCorpus) -> pd.DataFrame:
    if query.strip():
        return kwic_query(_text, query)
    frame, _, term = choice.partition(TERM_SEPARATOR)
    return kwic_terms(_text, _lexicons(upload), frame=frame, term=term)


def _clicked(event: object, chart: str) -> tuple[str, str] | None:
    """The (frame, term) of a newly clicked bar of ``chart``, once per click (a cleared selection re-arms it)."""
    points = getattr(getattr(event, "selection", None), "points", None) or []
    data = [tuple(p["customdata"][:2]) for p in points if p.get("customdata")]
    memory = f"{LAST_CLICK}-{chart}"
    if data == st.session_state.get(memory):
        return None
    st.session_state[memory] = data
    return data[0] if data else None


st.title("Framing terms")
st.caption(
    "The same act is named differently by different outlets: *secuestro* or *captura*, *agresión* or *operación*. "
    "Each **frame** is one referent and its competing terms, counted in any inflection "
    "(secuestro, secuestrado, secuestraron) per 1,000 words so that long and short sources compare fairly."
)

corpus = state.require_articles()
text = state.current_text()
key = state.corpus_key(corpus)

with st.expander("Lexicon: frames and their terms", icon=":material/menu_book:"):
    uploaded = st.file_uploader(
        "Use your own lexicon (YAML, same shape as the packaged ones; it replaces the one of its language)",
        type=["yaml", "yml"],
        key="framing-lexicon",
    )
    if uploaded is not None and uploaded.file_id != st.session_state.get("framing-lexicon-seen"):
        st.session_state["framing-lexicon-seen"] = uploaded.file_id
        try:
            try:
                candidate = decode_bytes(uploaded.getvalue())
            except DecodeError as err:
                raise LexiconError(f"{uploaded.name}: {err}") from None
            parse_lexicon(candidate, origin=uploaded.name)
        except LexiconError as err:
            st.error(
                f"This lexicon cannot be used: {components.plain(err)}. The lexicon in use is unchanged.",
                icon=":material/error:",
            )
        else:
            state.set_lexicon(candidate)  # saved with the workspace
            state.set_setting("lexicon_name", uploaded.name)
    upload = st.session_state.lexicon or ""
    if upload:
        name = str(state.setting("lexicon_name", "your lexicon"))
        lexicon = parse_lexicon(upload, origin=name)
        st.success(
            f"Using {components.plain(name)}: {len(lexicon.frames)} frames for language "
            f"'{components.plain(lexicon.language)}'.",
            icon=":material/check:",
        )
        if st.button("Back to the packaged lexicons", icon=":material/undo:"):
            state.set_lexicon(None)
            st.rerun()
    frames = frames_table(_lexicons(upload), languages={a.language for a in corpus.articles})
    st.dataframe(frames.assign(terms=frames["terms"].map(", ".join)), hide_index=True, width="stretch")
    columns = st.columns(len(WITH_LEXICONS))
    for column, language in zip(columns, WITH_LEXICONS):
        column.download_button(
            f"Packaged {language}.yaml", packaged_text(language), f"{language}.yaml", "application/yaml",
            key=f"framing-dl-{language}", on_click="ignore", icon=":material/download:",
        )  # fmt: skip

counts, sources, dominant = _counts(key, upload, text)
if counts.empty:
    st.warning("No lexicon matches the language of these articles.")
    st.stop()

st.subheader("Term use per source")
used_frames = list(dict.fromkeys(sources.loc[sources["count"] > 0, "frame"]))
chosen_frames = st.multiselect(
    "Frames", list(dict.fromkeys(sources["frame"])), default=used_frames, key="framing-frames"
)
bars_event = components.chart(
    term_bars(sources, frames=chosen_frames),
    sources[sources["frame"].isin(chosen_frames)],
    "framing-terms-per-source",
    key="framing-bars",
    on_select="rerun",
)
clicked = _clicked(bars_event, "bars")
if clicked:
    st.session_state[KWIC_TERM] = TERM_SEPARATOR.join(clicked)
    st.session_state[KWIC_QUERY] = ""

with st.expander("Each source's dominant term per frame"):
    used = dominant[dominant["frame_total"] > 0]
    st.dataframe(used.pivot(index="source", columns="frame", values="term").fillna(""), width="stretch")

st.subheader("Distinctive words")
st.caption(
    "Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, *Fightin' Words*): "
    "the prior is the whole corpus, so rare words do not win by chance; the z-score says how sure the difference is."
)
source_names = sorted({a.source for a in corpus.articles})
mode = st.radio(
    "Compare",
    ["each source against the rest", "two groups of sources", "two groups of articles"],
    horizontal=True,
    key="framing-mode",
)
if mode == "each source against the rest":
    table = _source_vs_rest(key, text)
    event = None
    if table.empty:
        st.info(
            f"Every article has the source label **{components.plain(source_names[0])}**, so there is no rest to compare against. "
            "Give articles their outlet's label on the Corpus page."
            if len(source_names) == 1
            else "No word sets a source apart from the rest."
        )
    else:
        event = components.chart(
            distinctive_small_multiples(table),
            table,
            "distinctive-words-per-source",
            key="framing-multiples",
            on_select="rerun",
        )
else:
    by_source = mode == "two groups of sources"
    options = source_names if by_source else [a.id for a in corpus.articles]
    left, right = st.columns(2)
    pick_a = left.multiselect("Group A", options, default=options[:1], key=f"framing-a-{by_source}")
    pick_b = right.multiselect(
        "Group B (empty: everything else)", [o for o in options if o not in pick_a], key=f"framing-b-{by_source}"
    )
    ids = (lambda picked: tuple(a.id for a in corpus.articles if a.source in picked)) if by_source else tuple
    event = None
    if not pick_a:
        st.info("Choose at least one member of group A.")
    else:
        try:
            table = _compare(key, ids(pick_a), ids(pick_b), text)
        except ValueError as err:
            st.warning(components.plain(err))
        else:
            name_a = (
                ", ".join(pick_a) if len(pick_a) <= 3 else f"{len(pick_a)} {'sources' if by_source else 'articles'}"
            )
            name_b = (", ".join(pick_b) if len(pick_b) <= 3 else f"{len(pick_b)} chosen") if pick_b else "the rest"
            fig = distinctive_bars(table, name_a=name_a, name_b=name_b, n=DISTINCTIVE_WORDS)
            event = components.chart(fig, table, "distinctive-words", key="framing-diverging", on_select="rerun")
clicked = _clicked(event, mode) if event is not None else None
if clicked:
    st.session_state[KWIC_QUERY] = clicked[1]

st.subheader("Keyword in context")
choices = [
    TERM_SEPARATOR.join(p)
    for p in sources.loc[sources["count"] > 0, ["frame", "term"]].drop_duplicates().itertuples(index=False)
]
if st.session_state.get(KWIC_TERM) not in choices:
    st.session_state[KWIC_TERM] = choices[0] if choices else None
left, right = st.columns(2)
choice = left.selectbox("Framing term (or click a bar above)", choices, key=KWIC_TERM)
query = right.text_input(
    "…or any word, stem or phrase (end with * for a prefix)",
    key=KWIC_QUERY,
    help="Matched in any inflection: 'secuestro' finds 'secuestraron'.",
)
lines = _kwic(key, upload, choice or "", query, text)
st.caption(f"{len(lines):,} occurrences of **{components.plain(query.strip() or choice)}**.")
components.table(
    lines[["source", "article", "left", "match", "right"]],
    "keyword-in-context",
    key="framing-kwic",
    what="occurrences",
    column_config={
        "source": st.column_config.TextColumn("source", width="small"),
        "article": st.column_config.TextColumn("article", width="small"),
    },
)
