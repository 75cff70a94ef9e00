"""Framing terms page: which competing words each source uses, what sets sources apart, and in what context."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analysis.config import settings
from analysis.corpus.decode import DecodeError, decode_bytes
from analysis.corpus.records import WITH_LEXICONS
from analysis.framing import builder
from analysis.framing.counts import article_counts, dominant_terms, frames_table, source_counts
from analysis.framing.distinctive import compare_groups, source_vs_rest, term_matrix
from analysis.framing.kwic import kwic_query, kwic_terms
from analysis.framing.lexicon import LexiconError, packaged_text, parse_lexicon
from analysis.framing.sets import DEFAULT_SET, frame_sets, set_lexicons
from analysis.framing.suggest import Suggestion, suggest
from analysis.present.charts.framing import (
    distinctive_bars,
    distinctive_small_multiples,
    largest_sources,
    pool_sources,
    term_bars,
)
from analysis.present.names import name_column
from analysis.report.sections import DISTINCTIVE, counts_options
from analysis.report.stored import Store
from analysis.text import TextCorpus
from dashboard import components, state

KWIC_TERM = "framing-kwic-term"
KWIC_QUERY = "framing-kwic-query"
KWIC_SOURCE = "framing-kwic-source"
ALL_SOURCES = "all sources"
LAST_CLICK = "framing-last-click"
TERM_SEPARATOR = " › "
DISTINCTIVE_WORDS = DISTINCTIVE  # the report's (its stored table is this page's)
BUILDER = "framing-builder"  # the rows of the frames being built, and the editor's version
KWIC_SAMPLE = 6
SUGGESTIONS_SHOWN = 10


def _lexicons(upload: str, sets: tuple[str, ...] = (DEFAULT_SET,)):  # noqa: ANN202 - a dict of Lexicon
    return set_lexicons(sets, [parse_lexicon(upload, origin="uploaded lexicon")] if upload else [])


@st.cache_data(max_entries=8, show_spinner="Counting framing terms…")
def _counts(
    key: str, upload: str, _text: TextCorpus, sets: tuple[str, ...] = (DEFAULT_SET,), _store: Store | None = None
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    counts = state.stored_or_computed(  # stored by `contraste report` for the workspace's lexicon and frame sets
        _store, "counts", lambda: article_counts(_text, _lexicons(upload, sets)), extra=counts_options(upload, sets)
    )
    sources = source_counts(counts)
    return counts, sources, dominant_terms(sources)


# Figures of 30 outlets hold hundreds of traces: building one costs seconds (Plotly validates every trace),
# so each is built once per corpus and choice, and kept as is (cache_resource: unpickling would re-validate).
@st.cache_resource(max_entries=16, show_spinner=False)
def _bars_figure(
    key: str, upload: str, frames: tuple[str, ...], shown: tuple[str, ...], _sources: pd.DataFrame, _colours: dict
) -> go.Figure:
    return term_bars(pool_sources(_sources, shown), frames=list(frames), colours=_colours)


@st.cache_resource(max_entries=4, show_spinner=False)
def _multiples_figure(key: str, shown: tuple[str, ...], _table: pd.DataFrame) -> go.Figure:
    return distinctive_small_multiples(_table[_table["group"].isin(shown)])


@st.cache_data(max_entries=8, show_spinner="Comparing word use…")
def _source_vs_rest(key: str, _text: TextCorpus, _store: Store | None = None) -> pd.DataFrame:
    return state.stored_or_computed(
        _store, f"distinctive:{DISTINCTIVE_WORDS}", lambda: source_vs_rest(term_matrix(_text), top=DISTINCTIVE_WORDS)
    )


@st.cache_data(max_entries=16, show_spinner="Comparing word use…")
def _compare(key: str, group_a: tuple[str, ...], group_b: tuple[str, ...], _text: TextCorpus) -> pd.DataFrame:
    return compare_groups(term_matrix(_text), group_a, group_b or None, top=DISTINCTIVE_WORDS)


@st.cache_data(max_entries=32)
def _kwic(
    key: str, upload: str, choice: str, query: str, _text: TextCorpus, sets: tuple[str, ...] = (DEFAULT_SET,)
) -> pd.DataFrame:
    if query.strip():
        return kwic_query(_text, query)
    frame, _, term = choice.partition(TERM_SEPARATOR)
    return kwic_terms(_text, _lexicons(upload, sets), frame=frame, term=term)


@st.cache_data(max_entries=16, show_spinner="Counting the frames you built…")
def _built(key: str, draft: str, _text: TextCorpus) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per frame and term of a draft lexicon: the count in each source, and every occurrence in context."""
    lexicon = parse_lexicon(draft, origin="frames built here")
    lexicons = {lexicon.language: lexicon}
    sources = source_counts(article_counts(_text, lexicons))
    table = sources.pivot_table(index=["frame", "term"], columns="source", values="count", aggfunc="sum", sort=False)
    return table.fillna(0).astype(int).reset_index(), kwic_terms(_text, lexicons)


@st.cache_data(max_entries=4, show_spinner="Looking for competing words in the corpus…")
def _suggestions(key: str, _text: TextCorpus) -> list[Suggestion]:
    return suggest(_text)


def _chosen_sets(saved: object) -> list[str]:
    """The frame sets a workspace saved that still exist (the default set when none)."""
    names = [str(s) for s in saved if str(s) in frame_sets()] if isinstance(saved, list | tuple) else []
    return names or [DEFAULT_SET]


def _set_rows(rows: list[dict[str, str]]) -> None:
    """Replace the builder's rows and start its editor afresh (so the change is not applied twice)."""
    st.session_state[BUILDER] = rows
    st.session_state[f"{BUILDER}-version"] = st.session_state.get(f"{BUILDER}-version", 0) + 1


def _frame_builder(text: TextCorpus, key: str, languages: list[str]) -> None:
    """Frames built in the app: a table of frames and terms, their counts and contexts, saved as a lexicon."""
    saved = st.session_state.lexicon or ""
    st.session_state.setdefault(BUILDER, [])
    if saved and saved != st.session_state.get(f"{BUILDER}-from"):  # a lexicon uploaded, or a workspace opened
        _set_rows(builder.rows_from_yaml(saved))
        st.session_state[f"{BUILDER}-from"] = saved
    language = st.selectbox(
        "Language of these frames", languages or list(WITH_LEXICONS), key=f"{BUILDER}-language",
        help="The lexicon you build replaces the packaged one of this language.",
    )  # fmt: skip
    with st.form(f"{BUILDER}-new", clear_on_submit=True, border=False):
        left, right, go = st.columns([2, 4, 1], vertical_alignment="bottom")
        name = left.text_input("New frame", placeholder="taking of the leader", key=f"{BUILDER}-name")
        terms = right.text_input(
            "Its competing terms, separated by commas", placeholder="secuestro, captura, detención",
            key=f"{BUILDER}-terms",
        )  # fmt: skip
        if go.form_submit_button("Add frame", icon=":material/add:") and name.strip():
            current = builder.clean(st.session_state[BUILDER])
            _set_rows(builder.add_frame(current, name, [t for t in terms.split(",") if t.strip()]))
            st.rerun()
    version = st.session_state.get(f"{BUILDER}-version", 0)
    table = pd.DataFrame(st.session_state[BUILDER], columns=builder.COLUMNS).astype(str)
    edited = st.data_editor(
        table, num_rows="dynamic", hide_index=True, width="stretch", key=f"{BUILDER}-editor-{version}",
        column_config={
            "frame": st.column_config.TextColumn("frame", help="One referent; its terms compete to name it"),
            "term": st.column_config.TextColumn("term", help="A word or phrase, counted in any inflection"),
            "forms": st.column_config.TextColumn("forms", help="More forms that count as the term, separated by ;"),
            "not_in": st.column_config.TextColumn(
                "not in", help="Phrases that must not count, separated by ;  _ stands for the term: 'sin _'"
            ),
        },
    )  # fmt: skip
    rows = builder.clean(edited.to_dict("records"))
    descriptions = builder.descriptions_from_yaml(saved) if saved else {}
    if not rows:
        st.info("Add a frame above, or one of the competing words suggested below.", icon=":material/info:")
        draft = ""
    else:
        try:
            draft = builder.lexicon_yaml(rows, language, descriptions=descriptions)
        except LexiconError as err:
            st.error(f"These frames cannot be used yet: {components.plain(err)}", icon=":material/error:")
            draft = ""
    if draft:
        per_source, lines = _built(key, draft, text)
        st.caption("Uses per source of each term (click a term below to see it in context).")
        st.dataframe(per_source, hide_index=True, width="stretch", key=f"{BUILDER}-counts")
        choices = [TERM_SEPARATOR.join(r[:2]) for r in per_source[["frame", "term"]].itertuples(index=False)]
        choice = st.selectbox("Term in context", choices, key=f"{BUILDER}-kwic-term")
        frame, _, term = (choice or "").partition(TERM_SEPARATOR)
        sample = lines[(lines["frame"] == frame) & (lines["term"] == term)].head(KWIC_SAMPLE)
        if sample.empty:
            st.caption(f"No occurrence of **{components.plain(term)}** in this corpus.")
        for n, line in enumerate(sample.itertuples(index=False)):
            st.markdown(
                f"{components.plain(line.source)}: … {components.plain(line.left)} "
                f"**{components.plain(line.match)}** {components.plain(line.right)} …"
            )
            options = builder.exclusions(line.left, line.right)
            for column, phrase in zip(st.columns(len(options) or 1), options):
                if column.button(f"Not in “{phrase}”", key=f"{BUILDER}-not-{n}-{phrase}", help="Exclude this sense"):
                    _set_rows(builder.add_not_in(rows, frame, term, phrase))
                    st.rerun()
        save, download = st.columns(2)
        if save.button("Use these frames (saved with the workspace)", icon=":material/save:", key=f"{BUILDER}-save"):
            state.set_lexicon(draft)
            st.session_state[f"{BUILDER}-from"] = draft
            state.set_setting("lexicon_name", "frames built in the app")
            st.rerun()
        download.download_button(
            "Download as YAML", draft, f"frames_{language}.yaml", "application/yaml", key=f"{BUILDER}-yaml",
            on_click="ignore", icon=":material/download:",
        )  # fmt: skip
    st.markdown("**Competing words suggested by this corpus**")
    st.caption(
        "Pairs of words that fill the same slot (their neighbouring words are alike) but whose use splits the "
        "sources: each a candidate frame. Score = context similarity × Fightin' Words split × how far apart the "
        "sources are."
    )
    if st.toggle("Find them", key=f"{BUILDER}-suggest"):
        found = _suggestions(key, text)
        if not found:
            st.info("No competing words found: the corpus needs at least two sources.")
        for n, item in enumerate(found[:SUGGESTIONS_SHOWN]):
            a, b = item.terms
            left, right = st.columns([5, 1], vertical_alignment="center")
            left.markdown(
                f"**{components.plain(a)}** / **{components.plain(b)}** · score {item.score:.2f} · "
                f"contexts: {components.plain(', '.join(item.contexts))}"
            )
            if right.button("Add as a frame", key=f"{BUILDER}-add-{n}", icon=":material/add:"):
                _set_rows(builder.add_frame(rows, f"{a} / {b}", [a, b]))
                st.rerun()
            with left.expander("Evidence"):
                for e in item.evidence:
                    st.markdown(
                        f"{components.plain(e.source)}: … {components.plain(e.left)} "
                        f"**{components.plain(e.match)}** {components.plain(e.right)} …"
                    )


def _clicked(event: object, chart: str) -> tuple[str, str, str] | None:
    """The (frame, term, source) of a newly clicked bar of ``chart``, once per click (a cleared selection re-arms it)."""
    points = getattr(getattr(event, "selection", None), "points", None) or []
    data = [(*p["customdata"][:2], (p["customdata"][2:3] or [""])[0]) for p in points if p.get("customdata")]
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
    sets = tuple(
        st.multiselect(
            "Frame sets",
            list(frame_sets()),
            default=_chosen_sets(state.setting("frame_sets", [DEFAULT_SET])),
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
    frames = frames_table(_lexicons(upload, sets), languages={a.language for a in corpus.articles})
    st.dataframe(frames.assign(terms=frames["terms"].map(", ".join)), hide_index=True, width="stretch")
    columns = st.columns(len(WITH_LEXICONS))
    for column, language in zip(columns, WITH_LEXICONS):
        column.download_button(
            f"Packaged {language}.yaml", packaged_text(language), f"{language}.yaml", "application/yaml",
            key=f"framing-dl-{language}", on_click="ignore", icon=":material/download:",
        )  # fmt: skip

with st.expander("Build your own frames", icon=":material/edit_note:"):
    _frame_builder(text, key, sorted({a.language for a in corpus.articles if a.language in WITH_LEXICONS}))

store = state.stored_results()
counts, sources, dominant = _counts(key, upload, text, sets, store)
components.stored_note(store, ("counts", "distinctive"))
if counts.empty:
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
    _bars_figure(key, upload or "", tuple(chosen_frames), tuple(charted), sources, state.outlet_colours()),
    sources[sources["frame"].isin(chosen_frames)],
    "framing-terms-per-source",
    key="framing-bars",
    on_select="rerun",
)
clicked = _clicked(bars_event, "bars")
if clicked:
    st.session_state[KWIC_TERM] = TERM_SEPARATOR.join(clicked[:2])
    st.session_state[KWIC_QUERY] = ""
    st.session_state[KWIC_SOURCE] = clicked[2] or ALL_SOURCES

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
    table = _source_vs_rest(key, text, store)
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
            _multiples_figure(key, tuple(charted), table),
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
            table = _compare(key, ids(pick_a), ids(pick_b), text)
        except ValueError as err:
            st.warning(components.plain(err))
        else:
            name_a = (
                ", ".join(map(shown_as, pick_a))
                if len(pick_a) <= 3
                else f"{len(pick_a)} {'sources' if by_source else 'articles'}"
            )
            name_b = (
                (", ".join(map(shown_as, pick_b)) if len(pick_b) <= 3 else f"{len(pick_b)} chosen")
                if pick_b
                else "the rest"
            )
            fig = distinctive_bars(table, name_a=name_a, name_b=name_b, n=DISTINCTIVE_WORDS)
            event = components.chart(fig, table, "distinctive-words", key="framing-diverging", on_select="rerun")
clicked = _clicked(event, mode) if event is not None else None
if clicked:
    st.session_state[KWIC_QUERY] = clicked[1]
    st.session_state[KWIC_SOURCE] = clicked[2] if clicked[2] in source_names else ALL_SOURCES

st.subheader("Keyword in context")
choices = [
    TERM_SEPARATOR.join(p)
    for p in sources.loc[sources["count"] > 0, ["frame", "term"]].drop_duplicates().itertuples(index=False)
]
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
lines = _kwic(key, upload, choice or "", query, text, sets)
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
