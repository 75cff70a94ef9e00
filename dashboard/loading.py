"""Corpora as the dashboard loads them: a folder, file or collection, or a collection's selection, cached per
path and per collection change (``stamp``); problems are part of the result, never raised."""

from __future__ import annotations

import json
import os

import streamlit as st

from analysis.corpus.collection_schema import collection_file, is_collection
from analysis.corpus.inputs import input_bytes
from analysis.corpus.loading import Corpus, load_path
from analysis.corpus.records import CorpusError, Problem
from analysis.corpus.selection import Selection
from analysis.pipeline import start_workers_for

__all__ = ["ALLOW_PRIVATE_URLS", "allow_private_urls", "load_folder", "load_selection", "stamp"]

# A shared deployment must not be usable to probe its own network: the dashboard
# refuses URLs on private, loopback and link-local addresses unless this is set
# (CONTRASTE_ALLOW_PRIVATE_URLS=1, e.g. when it runs on your own machine).
ALLOW_PRIVATE_URLS = "CONTRASTE_ALLOW_PRIVATE_URLS"


def stamp(path: str) -> tuple[float, int]:
    """When a collection last changed (its file's and its write-ahead log's), so a newer ingest is loaded anew."""
    if not is_collection(path):
        return (0.0, 0)
    file = collection_file(path)
    wal = file.with_name(file.name + "-wal")
    return (file.stat().st_mtime, wal.stat().st_size if wal.exists() else 0)


@st.cache_data(show_spinner="Selecting articles…", max_entries=4)
def load_selection(selection: str, changed: tuple[float, int] = (0.0, 0)) -> Corpus:
    """The working corpus a selection (its JSON) names; ``changed`` (:func:`stamp`) only keys the cache."""
    chosen = Selection.from_json(json.loads(selection))
    try:
        return chosen.load()
    except CorpusError as err:
        return Corpus(problems=(Problem(chosen.path, str(err)),))


@st.cache_data(show_spinner="Loading articles…", max_entries=4)
def load_folder(path: str, changed: tuple[float, int] = (0.0, 0)) -> Corpus:
    """The corpus in a folder, file or collection (its first ``max_corpus_articles`` by date); problems are part of the result.

    ``changed`` (:func:`stamp`) is only part of the cache key: a collection ingested into since is read again.
    """
    try:
        start_workers_for(input_bytes([path]))
        return load_path(path)
    except CorpusError as err:
        return Corpus(problems=(Problem(path, str(err)),))


def allow_private_urls() -> bool:
    """Whether the dashboard may fetch URLs on private, loopback and link-local addresses."""
    return os.environ.get(ALLOW_PRIVATE_URLS, "").strip().lower() in {"1", "true", "yes", "on"}
