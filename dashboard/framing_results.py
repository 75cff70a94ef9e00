"""The Framing terms page's results, cached per corpus content and choice: the lexicons in use, term counts,
distinctive words, keyword-in-context lines, the frames a user builds, competing words; the charts of many
outlets; and what the page's clicks and pickers name (a "frame › term", a group of sources)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analysis.framing.counts import article_counts, counts_by_source, dominant_terms, source_counts
from analysis.framing.distinctive import compare_groups, source_vs_rest, term_matrix
from analysis.framing.kwic import kwic_query, kwic_terms
from analysis.framing.lexicon import Lexicon
from analysis.framing.lexicon_schema import parse_lexicon
from analysis.framing.sets import DEFAULT_SET
from analysis.framing.suggest import Suggestion, suggest
from analysis.present.charts.framing import distinctive_small_multiples, pool_sources, term_bars
from analysis.report import results
from analysis.report.sections import DISTINCTIVE, counts_options
from analysis.report.stored import Store
from analysis.text import TextCorpus
from dashboard import state

TERM_SEPARATOR = " › "
DISTINCTIVE_WORDS = DISTINCTIVE  # the report's (its stored table is this page's)
LAST_CLICK = "framing-last-click"
UPLOADED = "uploaded lexicon"  # the origin a message gives the lexicon the user uploaded


def lexicons_for(upload: str, sets: tuple[str, ...] = (DEFAULT_SET,)) -> dict[str, Lexicon]:
    """The lexicon of each language: the frame sets chosen, the user's own lexicon (YAML text) replacing its
    language's (:func:`analysis.report.results.lexicons_for`, as the report and the CLI read them)."""
    return results.lexicons_for(upload or None, origin=UPLOADED, sets=sets)


@st.cache_data(max_entries=8, show_spinner="Counting framing terms…")
def counts(
    key: str, upload: str, _text: TextCorpus, sets: tuple[str, ...] = (DEFAULT_SET,), _store: Store | None = None
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Term counts per article, per source, and each source's dominant term per frame."""
    per_article = state.stored_or_computed(  # stored by `contraste report` for the workspace's lexicon and frame sets
        _store, "counts", lambda: article_counts(_text, lexicons_for(upload, sets)), extra=counts_options(upload, sets)
    )
    sources = source_counts(per_article)
    return per_article, sources, dominant_terms(sources)


# Figures of 30 outlets hold hundreds of traces: building one costs seconds (Plotly validates every trace),
# so each is built once per corpus and choice, and kept as is (cache_resource: unpickling would re-validate).
@st.cache_resource(max_entries=16, show_spinner=False)
def bars_figure(
    key: str, upload: str, frames: tuple[str, ...], shown: tuple[str, ...], _sources: pd.DataFrame, _colours: dict
) -> go.Figure:
    """Term use per frame and source, the sources not ``shown`` pooled."""
    return term_bars(pool_sources(_sources, shown), frames=list(frames), colours=_colours)


@st.cache_resource(max_entries=4, show_spinner=False)
def multiples_figure(key: str, shown: tuple[str, ...], _table: pd.DataFrame) -> go.Figure:
    """Distinctive words of each source ``shown`` against the rest, a panel each."""
    return distinctive_small_multiples(_table[_table["group"].isin(shown)])


@st.cache_data(max_entries=8, show_spinner="Comparing word use…")
def each_source_vs_rest(key: str, _text: TextCorpus, _store: Store | None = None) -> pd.DataFrame:
    """Fightin' Words of each source against all the others (stored with a collection by `contraste report`)."""
    return state.stored_or_computed(
        _store, f"distinctive:{DISTINCTIVE_WORDS}", lambda: source_vs_rest(term_matrix(_text), top=DISTINCTIVE_WORDS)
    )


@st.cache_data(max_entries=16, show_spinner="Comparing word use…")
def two_groups(key: str, group_a: tuple[str, ...], group_b: tuple[str, ...], _text: TextCorpus) -> pd.DataFrame:
    """Fightin' Words of the articles ``group_a`` against ``group_b`` (empty: every other article)."""
    return compare_groups(term_matrix(_text), group_a, group_b or None, top=DISTINCTIVE_WORDS)


@st.cache_data(max_entries=32)
def kwic(
    key: str, upload: str, choice: str, query: str, _text: TextCorpus, sets: tuple[str, ...] = (DEFAULT_SET,)
) -> pd.DataFrame:
    """Keyword in context of ``query`` (any word, stem or phrase) or else of the framing term ``choice``."""
    if query.strip():
        return kwic_query(_text, query)
    frame, _, term = choice.partition(TERM_SEPARATOR)
    return kwic_terms(_text, lexicons_for(upload, sets), frame=frame, term=term)


@st.cache_data(max_entries=16, show_spinner="Counting the frames you built…")
def built(key: str, draft: str, _text: TextCorpus) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per frame and term of a draft lexicon: the count in each source, and every occurrence in context."""
    lexicon = parse_lexicon(draft, origin="frames built here")
    lexicons = {lexicon.language: lexicon}
    return counts_by_source(source_counts(article_counts(_text, lexicons))), kwic_terms(_text, lexicons)


@st.cache_data(max_entries=4, show_spinner="Looking for competing words in the corpus…")
def suggestions(key: str, _text: TextCorpus) -> list[Suggestion]:
    """Competing words the corpus suggests (pairs that fill one slot but split the sources)."""
    return suggest(_text)


def term_choices(table: pd.DataFrame) -> list[str]:
    """The "frame › term" of each frame and term of ``table`` (its ``frame`` and ``term`` columns), once each, in order.

    >>> term_choices(pd.DataFrame({"frame": ["toma", "toma", "toma"], "term": ["secuestro", "captura", "secuestro"]}))
    ['toma › secuestro', 'toma › captura']
    """
    return [TERM_SEPARATOR.join(p) for p in table[["frame", "term"]].drop_duplicates().itertuples(index=False)]


def group_name(picked: Sequence[str], shown_as: Callable[[str], str], *, many: str) -> str:
    """A group of sources or articles as a chart names it: its members when three or fewer, else ``many``.

    >>> group_name(["El País", "ABC"], str, many="2 sources"), group_name(list("abcd"), str, many="4 sources")
    ('El País, ABC', '4 sources')
    """
    return ", ".join(map(shown_as, picked)) if len(picked) <= 3 else many


def clicked(event: object, chart: str) -> tuple[str, str, str] | None:
    """The (frame, term, source) of a newly clicked bar of ``chart``, once per click (a cleared selection re-arms it)."""
    points = getattr(getattr(event, "selection", None), "points", None) or []
    data = [(*p["customdata"][:2], (p["customdata"][2:3] or [""])[0]) for p in points if p.get("customdata")]
    memory = f"{LAST_CLICK}-{chart}"
    if data == st.session_state.get(memory):
        return None
    st.session_state[memory] = data
    return data[0] if data else None
