"""Framing terms page: which competing words each source uses, what sets sources apart, and in what context."""

from __future__ import annotations

import streamlit as st

from analysis.config import settings
from analysis.corpus.decode import DecodeError, decode_bytes
from analysis.corpus.records import WITH_LEXICONS
from analysis.framing.counts import frames_table
from analysis.framing.lexicon_schema import LexiconError, packaged_text, parse_lexicon
from analysis.framing.sets import DEFAULT_SET, chosen_sets, frame_sets, set_lexicons
from analysis.present.charts.framing import distinctive_bars, largest_sources
from analysis.present.names import name_column
from dashboard import components, state
from dashboard.frame_builder import frame_builder
from dashboard.framing_results import (
    DISTINCTIVE_WORDS,
    TERM_SEPARATOR,
    bars_figure,
    clicked,
    counts,
    each_source_vs_rest,
    group_name,
    kwic,
    lexicons_for,
    multiples_figure,
    term_choices,
    two_groups,
)

KWIC_TERM = "framing-kwic-term"
KWIC_QUERY = "framing-kwic-query"
KWIC_SOURCE = "framing-kwic-source"
ALL_SOURCES = "all sources"

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
    sets = tuple(
        st.multiselect(
            "Frame sets",
            list(frame_sets()),
            default=chosen_sets(state.setting("frame_sets", [DEFAULT_SET])),
            key="framing-sets",
            help="Groups of frames for kinds of events; your own lexicon replaces its language's.",
        )  # fmt: skip
        or [DEFAULT_SET]
    )
    try:
        set_lexicons(sets)
    except LexiconError as err:
        st.error(f"{components.plain(err)}. Using the default set.", icon=":material/error:")
        sets = (DEFAULT_SET,)
    state.set_setting("frame_sets", list(sets))
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
    frames = frames_table(lexicons_for(upload, sets), languages={a.language for a in corpus.articles})
    st.dataframe(frames.assign(terms=frames["terms"].map(", ".join)), hide_index=True, width="stretch")
    columns = st.columns(len(WITH_LEXICONS))
    for column, language in zip(columns, WITH_LEXICONS):
        column.download_button(
            f"Packaged {language}.yaml", packaged_text(language), f"{language}.yaml", "application/yaml",
            key=f"framing-dl-{language}", on_click="ignore", icon=":material/download:",
        )  # fmt: skip

with st.expander("Build your own frames", icon=":material/edit_note:"):
    frame_builder(text, key, sorted({a.language for a in corpus.articles if a.language in WITH_LEXICONS}))

store = state.stored_results()
per_article, sources, dominant = counts(key, upload, text, sets, store)
components.stored_note(store, ("counts", "distinctive"))
if per_article.empty:
    st.warning("No lexicon matches the language of these articles.")
    st.stop()

st.subheader("Term use per source")
st.caption("Click a bar to read that word in context, in that source, below.")
used_frames = list(dict.fromkeys(sources.loc[sources["count"] > 0, "frame"]))
all_sources = sorted(sources["source"].unique())
left, right = st.columns(2)
chosen_frames = left.multiselect(
    "Frames", list(dict.fromkeys(sources["frame"])), default=used_frames, key="framing-frames"
)
chart_sources = settings().display.chart_sources
many = len(all_sources) > chart_sources
charted = right.multiselect(
    "Sources drawn one by one (the others pooled)" if many else "Sources",
    all_sources,
    default=largest_sources(sources, chart_sources - 1) if many else all_sources,
    key="framing-sources",
    help=f"With more than {chart_sources} sources, the {chart_sources - 1} with the most words are drawn "
    "by default and the rest pooled as 'other sources'; the distinctive words below follow this choice.",
)
bars_event = components.chart(
    bars_figure(key, upload or "", tuple(chosen_frames), tuple(charted), sources, state.outlet_colours()),
    sources[sources["frame"].isin(chosen_frames)],
    "framing-terms-per-source",
    key="framing-bars",
    on_select="rerun",
)
bar = clicked(bars_event, "bars")
if bar:
    st.session_state[KWIC_TERM] = TERM_SEPARATOR.join(bar[:2])
    st.session_state[KWIC_QUERY] = ""
    st.session_state[KWIC_SOURCE] = bar[2] or ALL_SOURCES

with st.expander("Each source's dominant term per frame"):
    used = dominant[dominant["frame_total"] > 0]
    st.dataframe(used.pivot(index="source", columns="frame", values="term").fillna(""), width="stretch")

st.subheader("Distinctive words")
st.caption(
    "Words one source uses much more (bars to the right) or much less (to the left) than the others, "
    "allowing for how often the word occurs overall, so a rare word used twice does not win by chance. "
    "Solid bars are differences unlikely to be chance (|z| ≥ 1.96, about 95 % confidence); faded bars may be chance. "
    "Click a word to read it in context. See Methods for the formula."
)
source_names = sorted({a.source for a in corpus.articles})
names = state.names()
mode = st.radio(
    "Compare",
    ["each source against the rest", "two groups of sources", "two groups of articles"],
    horizontal=True,
    key="framing-mode",
)
if mode == "each source against the rest":
    table = each_source_vs_rest(key, text, store)
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
            multiples_figure(key, tuple(charted), table),
            table,
            "distinctive-words-per-source",
            key="framing-multiples",
            on_select="rerun",
        )
else:
    by_source = mode == "two groups of sources"
    options = source_names if by_source else [a.id for a in corpus.articles]
    shown_as = (lambda o: o) if by_source else names.__getitem__
    left, right = st.columns(2)
    pick_a = left.multiselect(
        "Group A", options, default=options[:1], key=f"framing-a-{by_source}", format_func=shown_as
    )
    pick_b = right.multiselect(
        "Group B (empty: everything else)",
        [o for o in options if o not in pick_a],
        key=f"framing-b-{by_source}",
        format_func=shown_as,
    )
    ids = (lambda picked: tuple(a.id for a in corpus.articles if a.source in picked)) if by_source else tuple
    event = None
    if not pick_a:
        st.info("Choose at least one member of group A.")
    else:
        try:
            table = two_groups(key, ids(pick_a), ids(pick_b), text)
        except ValueError as err:
            st.warning(components.plain(err))
        else:
            name_a = group_name(pick_a, shown_as, many=f"{len(pick_a)} {'sources' if by_source else 'articles'}")
            name_b = group_name(pick_b, shown_as, many=f"{len(pick_b)} chosen") if pick_b else "the rest"
            fig = distinctive_bars(table, name_a=name_a, name_b=name_b, n=DISTINCTIVE_WORDS)
            event = components.chart(fig, table, "distinctive-words", key="framing-diverging", on_select="rerun")
word = clicked(event, mode) if event is not None else None
if word:
    st.session_state[KWIC_QUERY] = word[1]
    st.session_state[KWIC_SOURCE] = word[2] if word[2] in source_names else ALL_SOURCES

st.subheader("Keyword in context")
choices = term_choices(sources[sources["count"] > 0])
if st.session_state.get(KWIC_TERM) not in choices:
    st.session_state[KWIC_TERM] = choices[0] if choices else None
left, middle, right = st.columns(3)
choice = left.selectbox("Framing term (or click a bar above)", choices, key=KWIC_TERM)
if st.session_state.get(KWIC_SOURCE) not in [ALL_SOURCES, *source_names]:
    st.session_state[KWIC_SOURCE] = ALL_SOURCES
only = middle.selectbox("Source", [ALL_SOURCES, *source_names], key=KWIC_SOURCE)
query = right.text_input(
    "…or any word, stem or phrase (end with * for a prefix)",
    key=KWIC_QUERY,
    help="Matched in any inflection: 'secuestro' finds 'secuestraron'.",
)
lines = kwic(key, upload, choice or "", query, text, sets)
if only != ALL_SOURCES:
    lines = lines[lines["source"] == only]
where = "" if only == ALL_SOURCES else f" in {components.plain(only)}"
st.caption(f"{len(lines):,} occurrences of **{components.plain(query.strip() or choice)}**{where}.")
exported = lines[["source", "article", "left", "match", "right"]]
components.table(
    exported.assign(article=name_column(exported["article"], names)).drop(columns=["source"]),
    "keyword-in-context",
    key="framing-kwic",
    what="occurrences",
    column_config={
        "article": st.column_config.TextColumn("article (outlet · date · title)", width="medium"),
    },
    csv=exported,
    opens=lambda row: state.open_at(
        str(lines.at[row, "article"]), int(lines.at[row, "start"]), int(lines.at[row, "end"])
    ),
)

components.analysis_problems(text)
