"""What the dashboard builds once per corpus content and shares between pages and sessions: the content key,
article names, the stored-results store, the text pipeline's output, the comparison, the stories, reports.

Every function here takes the corpus (or its key) it works on; :mod:`dashboard.state` finds the session's.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import streamlit as st

from analysis.corpus.loading import Corpus
from analysis.pipeline import text_of_collection
from analysis.present.names import article_names
from analysis.report.results import story_map
from analysis.report.stored import Store, content_key
from analysis.similarity.compare import Basis, Comparison, analyse, basis
from analysis.similarity.stories import StoryMap
from analysis.text import TextCorpus, build

__all__ = [
    "REPORTS_KEPT",
    "comparison",
    "corpus_key",
    "names_of",
    "report_store",
    "shared_report",
    "store_for",
    "stories_of",
    "text_corpus",
    "vectors_of",
]

_KEYS: dict[int, tuple[tuple[object, ...], str]] = {}  # id(articles) -> (articles, digest): a page asks several times


def corpus_key(corpus: Corpus) -> str:
    """A digest of the corpus content and labels: the cache key of every analysis (0.15 s at 2,000 articles,
    so remembered for the same articles tuple)."""
    known = _KEYS.get(id(corpus.articles))
    if known is not None and known[0] is corpus.articles:
        return known[1]
    if len(_KEYS) >= 4:
        _KEYS.clear()
    _KEYS[id(corpus.articles)] = (corpus.articles, content_key(corpus.articles))  # the stored results' key too
    return _KEYS[id(corpus.articles)][1]


# Article-name tables are built once per corpus content: 2,000 names take 0.4 s.
@st.cache_resource(max_entries=8, show_spinner=False)
def names_of(key: str, short: bool, _corpus: Corpus) -> dict[str, str]:
    """Article id -> "outlet · date · title" (``short``: "outlet · date") of the corpus whose key is ``key``."""
    return article_names(_corpus.articles, short=short)


@st.cache_resource(max_entries=8, show_spinner=False)
def store_for(path: str, key: str, count: int, write: bool = True) -> Store:
    """The stored results of the collection at ``path`` for the corpus ``key``: one per collection and corpus
    content, shared by the pages and sessions, so its notes say what was read or stored."""
    return Store(path, key, count=count, write=write)


@st.cache_resource(max_entries=4, show_spinner="Tokenizing and stemming the corpus…")
def text_corpus(key: str, _corpus: Corpus, collection: str | None = None) -> TextCorpus:
    """The text pipeline's output for the corpus ``key`` (its readings kept in ``collection`` when it is one's)."""
    # cache_resource, not cache_data: the processed corpus is large and immutable,
    # and unpickling a copy on every rerun would cost more than building it.
    if collection is not None:  # a collection's articles: their readings are kept in it, per content hash
        return text_of_collection(_corpus.articles, collection)
    return build(_corpus.articles)


@st.cache_resource(max_entries=4, show_spinner="Comparing articles…")
def vectors_of(key: str, _text: TextCorpus, _store: Store | None = None) -> Basis:
    """TF-IDF model and cosine matrix (or stored top-k neighbours) of the corpus ``key``: built once for the
    comparison and the stories (0.4 s at 2,000 articles)."""
    return basis(_text, through=_store.get if _store is not None else None)


@st.cache_resource(max_entries=4, show_spinner="Comparing articles…")
def comparison(key: str, _text: TextCorpus, _store: Store | None = None) -> Comparison:
    """Similarity model, cosine matrix and shingle index of the corpus ``key`` (its top-k neighbours stored)."""
    # cache_resource like the text corpus: the comparison holds the shingle index and
    # neighbour lists of the whole corpus; unpickling a copy on every rerun would dominate.
    return analyse(_text, vectors=vectors_of(key, _text, _store))


@st.cache_resource(max_entries=4, show_spinner="Grouping articles into stories…")
def stories_of(key: str, edits: str, _text: TextCorpus, _store: Store | None = None) -> StoryMap:
    """The stories of the corpus ``key`` with the user's ``edits`` (JSON)."""
    # Keyed on the corpus and the user's story edits; on the TF-IDF model and matrix of the whole corpus (the
    # Similarity page's comparison's when it shows the whole corpus). Without edits, the stories stored with a
    # collection.
    chosen = json.loads(edits)

    def vectors() -> Basis:
        return vectors_of(key, _text, _store)

    if chosen or _store is None:
        return story_map(_text, edits=chosen, vectors=vectors)
    return _store.get("stories", lambda: story_map(_text, vectors=vectors))


# Reports built, shared by every session: the last few, keyed by what they depend on.
REPORTS_KEPT = 4


@st.cache_resource
def report_store() -> dict[str, Any]:
    """The reports built (``zips``, the most recent last) and the lock one build at a time holds."""
    return {"lock": threading.Lock(), "zips": OrderedDict()}


def shared_report(
    key: str, build: Callable[[], tuple[bytes, int, list[str]]]
) -> tuple[bytes, int, list[str]]:
    """The report for ``key`` (corpus content, settings, lexicon, images), built once for every session.

    Building a report renders every chart as PNG and SVG (about a second each): when
    several sessions ask for the same report at once, one builds it and the others
    wait for it, instead of each rendering it again (8 sessions on one corpus made 8
    builds). One build at a time: they are CPU-bound, so two at once would not be
    faster on a small server, only use twice the memory. What a build gives: the zip, its number of files and
    the chart images it could not render.
    """
    store = report_store()
    with store["lock"]:
        zips: OrderedDict[str, tuple[bytes, int, list[str]]] = store["zips"]
        if key not in zips:
            zips[key] = build()
            while len(zips) > REPORTS_KEPT:
                zips.popitem(last=False)
        zips.move_to_end(key)
        return zips[key]
