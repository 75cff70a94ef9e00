"""The Framing terms page's "Build your own frames": a table of frames and terms, their counts and contexts in
this corpus, senses excluded from a context line, competing words the corpus suggests; saved as a lexicon."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from analysis.corpus.records import WITH_LEXICONS
from analysis.framing import builder
from analysis.framing.lexicon_schema import LexiconError
from analysis.text import TextCorpus
from dashboard import components, state
from dashboard.framing_results import TERM_SEPARATOR, built, suggestions, term_choices

BUILDER = "framing-builder"  # the rows of the frames being built, and the editor's version
KWIC_SAMPLE = 6
SUGGESTIONS_SHOWN = 10


def context_line(line: Any) -> str:
    """One occurrence in context as markdown: "source: … left **match** right …", every part escaped
    (a KWIC row, or a suggestion's evidence: anything with ``source``, ``left``, ``match``, ``right``)."""
    return (
        f"{components.plain(line.source)}: … {components.plain(line.left)} "
        f"**{components.plain(line.match)}** {components.plain(line.right)} …"
    )


def set_rows(rows: list[dict[str, str]]) -> None:
    """Replace the builder's rows and start its editor afresh (so the change is not applied twice)."""
    st.session_state[BUILDER] = rows
    st.session_state[f"{BUILDER}-version"] = st.session_state.get(f"{BUILDER}-version", 0) + 1


def frame_builder(text: TextCorpus, key: str, languages: list[str]) -> None:
    """Frames built in the app: a table of frames and terms, their counts and contexts, saved as a lexicon."""
    saved = st.session_state.lexicon or ""
    st.session_state.setdefault(BUILDER, [])
    if saved and saved != st.session_state.get(f"{BUILDER}-from"):  # a lexicon uploaded, or a workspace opened
        set_rows(builder.rows_from_yaml(saved))
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
            set_rows(builder.add_frame(current, name, [t for t in terms.split(",") if t.strip()]))
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
        per_source, lines = built(key, draft, text)
        st.caption("Uses per source of each term (click a term below to see it in context).")
        st.dataframe(per_source, hide_index=True, width="stretch", key=f"{BUILDER}-counts")
        choices = term_choices(per_source)
        choice = st.selectbox("Term in context", choices, key=f"{BUILDER}-kwic-term")
        frame, _, term = (choice or "").partition(TERM_SEPARATOR)
        sample = lines[(lines["frame"] == frame) & (lines["term"] == term)].head(KWIC_SAMPLE)
        if sample.empty:
            st.caption(f"No occurrence of **{components.plain(term)}** in this corpus.")
        for n, line in enumerate(sample.itertuples(index=False)):
            st.markdown(context_line(line))
            options = builder.exclusions(line.left, line.right)
            for column, phrase in zip(st.columns(len(options) or 1), options):
                if column.button(f"Not in “{phrase}”", key=f"{BUILDER}-not-{n}-{phrase}", help="Exclude this sense"):
                    set_rows(builder.add_not_in(rows, frame, term, phrase))
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
        found = suggestions(key, text)
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
                set_rows(builder.add_frame(rows, f"{a} / {b}", [a, b]))
                st.rerun()
            with left.expander("Evidence"):
                for e in item.evidence:
                    st.markdown(context_line(e))
