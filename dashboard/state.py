"""Session state of the dashboard: the loaded corpus, the user's labels, and the session's cached analyses.

The corpus as loaded is kept apart from the user's edits (source labels and
dates), so that every page sees ``current_corpus()``: the corpus with the
edits applied, narrowed to the sidebar's story, date range and outlets
(``narrowing()``, saved with the workspace). Stories are found on the whole
corpus (``full_corpus()``). Cached results are keyed on the corpus' content
(``corpus_key``): :mod:`dashboard.cached` builds them, :mod:`dashboard.loading` loads corpora,
:mod:`dashboard.labels` applies the Corpus page's edits; their names the pages use are importable from here.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Mapping
from pathlib import Path

import streamlit as st

from analysis.corpus import autosave
from analysis.corpus.collection_schema import is_collection
from analysis.corpus.loading import Corpus
from analysis.corpus.records import CorpusError, Problem
from analysis.corpus.selection import Selection, opening
from analysis.corpus.workspace import Workspace
from analysis.corpus.workspace_settings import WorkspaceError, WorkspaceSettings
from analysis.present.style import source_colours
from analysis.report.stored import Store, stored_or_computed  # noqa: F401 - the pages call state.stored_or_computed
from analysis.similarity.compare import Comparison, closest_to
from analysis.similarity.coverage import narrowed
from analysis.similarity.stories import StoryMap
from analysis.text import TextCorpus

# Besides what state uses, the names pages and tests call as state.X (re-exported: noqa F401).
from dashboard.cached import (  # noqa: F401
    REPORTS_KEPT,
    comparison,
    corpus_key,
    names_of,
    shared_report,
    store_for,
    stories_of,
    text_corpus,
)
from dashboard.labels import Labels, labels_with_edits  # noqa: F401
from dashboard.loading import (  # noqa: F401
    ALLOW_PRIVATE_URLS,
    allow_private_urls,
    load_folder,
    load_selection,
    stamp,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
# `make run` serves seeds/; point CONTRASTE_CORPUS at another folder to start there.
DEFAULT_CORPUS = Path(os.environ.get("CONTRASTE_CORPUS", SEEDS))


def load_default() -> Corpus:
    """What ``CONTRASTE_CORPUS`` (``make run CORPUS=...``) names: a folder, a file or a collection (its most
    recent ``collection_open_articles``, :func:`analysis.corpus.selection.opening`; the session's selection is set)."""
    path = str(DEFAULT_CORPUS)
    if is_collection(path):
        try:
            chosen = opening(path)
        except CorpusError as err:
            return Corpus(problems=(Problem(path, str(err)),))
        st.session_state.selection = chosen
        return load_selection(json.dumps(chosen.to_json()), stamp(path))
    st.session_state.selection = None
    return load_folder(path, stamp(path))


def selection() -> Selection | None:
    """The part of a collection the session's corpus is (None when it is not one collection's articles)."""
    chosen = st.session_state.get("selection")
    return chosen if isinstance(chosen, Selection) else None


def open_selection(chosen: Selection) -> None:
    """Make ``chosen`` the session's corpus: the sidebar's narrowing is cleared (it named the old corpus' outlets
    and dates), the user's labels kept (they are per article id), and the workspace autosaved (it refers to the
    collection instead of holding the texts)."""
    st.session_state.corpus = load_selection(json.dumps(chosen.to_json()), stamp(chosen.path))
    st.session_state.selection = chosen
    st.session_state.settings = {k: v for k, v in st.session_state.settings.items() if k != NARROW}
    save()


def autosave_path() -> Path:
    """The file where this dashboard keeps the session's work (see ``analysis.corpus.autosave``)."""
    return autosave.path_for(DEFAULT_CORPUS)


def init() -> None:
    """Set every session key once, before any page runs: the autosaved work when there is some, else the default corpus."""
    if "corpus" not in st.session_state:
        saved = None
        try:
            saved = autosave.read(autosave_path())
        except WorkspaceError as err:
            st.session_state.autosave_problem = f"Your saved work could not be restored: {err}"
        if saved is not None and saved.corpus.articles:
            _open(saved)
            st.session_state.restored = str(autosave_path())
        else:
            st.session_state.corpus = load_default()
    st.session_state.setdefault("selection", None)  # the collection and filters the corpus came from, or None
    st.session_state.setdefault("labels", {})
    st.session_state.setdefault("lexicon", None)  # YAML text of a user's framing lexicon, or None
    st.session_state.setdefault("settings", {})  # page settings worth saving in a workspace
    st.session_state.setdefault("story_edits", {})  # renamed, merged and split stories (analysis.similarity.stories)
    st.session_state.setdefault("speaker_roles", {})  # the user's role per speaker (Sources page)


def save() -> None:
    """Write the session's work to the autosave file; a failure is kept to be shown, never raised."""
    try:
        autosave.write(workspace(), autosave_path())
    except OSError as err:
        st.session_state.autosave_problem = f"Your work could not be saved to {autosave_path()}: {err.strerror or err}"
    else:
        st.session_state.pop("autosave_problem", None)
        st.session_state.autosaved = True


def reset() -> None:
    """Back to the default corpus, without the user's labels, lexicon or settings (the autosave is forgotten)."""
    st.session_state.corpus = load_default()
    st.session_state.labels = {}
    st.session_state.lexicon = None
    st.session_state.settings = {}
    st.session_state.story_edits = {}
    st.session_state.speaker_roles = {}
    st.session_state.pop("corpus-editor", None)
    st.session_state.pop("restored", None)
    try:
        autosave.remove(autosave_path())
    except OSError as err:
        st.session_state.autosave_problem = f"The saved work at {autosave_path()} could not be removed: {err.strerror}"


def add(corpus: Corpus) -> None:
    # Added articles are no longer one collection's selection: the workspace holds them.
    st.session_state.selection = None
    """Add uploaded articles to the session's corpus (ids are made unique)."""
    st.session_state.corpus = st.session_state.corpus.merged(corpus)
    save()


def set_labels(labels: Labels) -> None:
    if labels != st.session_state.get("labels"):
        st.session_state.labels = labels
        save()


def full_corpus() -> Corpus:
    """The session's corpus with the user's source labels and dates applied, not narrowed (made once per corpus
    and labels)."""
    corpus: Corpus = st.session_state.corpus
    labels: Labels = st.session_state.labels
    if not labels:
        return corpus
    made = st.session_state.get("_relabelled")
    if made is not None and made[0] is corpus and made[1] is labels:
        return made[2]
    result = corpus.relabelled(labels)
    st.session_state["_relabelled"] = (corpus, labels, result)
    return result


def names(*, short: bool = False) -> dict[str, str]:
    """Article id -> "outlet · date · title" (``short``: "outlet · date") for ``current_corpus()``."""
    corpus = current_corpus()
    return names_of(corpus_key(corpus), short, corpus)


def outlet_colours() -> dict[str, str]:
    """One colour per source label of ``current_corpus()``, shared by every chart of every page."""
    return source_colours(a.source for a in current_corpus().articles)


NARROW = (
    "narrow"  # workspace setting: {"story": id or None, "start": ISO or None, "end": ISO or None, "sources": [...]}
)


def narrowing() -> dict[str, object]:
    """The sidebar's choice: one story (or None for all), a date range and a set of outlets (None for all)."""
    choice = dict(st.session_state.settings.get(NARROW) or {})
    return {
        "story": choice.get("story"),
        "start": choice.get("start"),
        "end": choice.get("end"),
        "sources": choice.get("sources"),
    }


def set_narrowing(choice: Mapping[str, object]) -> None:
    """Save the sidebar's choice (it persists across pages and goes into the workspace and the report)."""
    set_setting(NARROW, dict(choice))


def is_narrowed() -> bool:
    return any(v is not None for v in narrowing().values())


def current_corpus() -> Corpus:
    """``full_corpus()`` narrowed to the sidebar's story, date range and outlets: what every page analyses."""
    corpus = full_corpus()
    choice = narrowing()
    if not any(v is not None for v in choice.values()):
        return corpus
    found = current_stories() if choice["story"] is not None else None
    story = choice["story"] if found is not None and choice["story"] in {s.id for s in found.stories} else None
    start = dt.date.fromisoformat(str(choice["start"])) if choice["start"] else None
    end = dt.date.fromisoformat(str(choice["end"])) if choice["end"] else None
    sources = [str(s) for s in choice["sources"]] if isinstance(choice["sources"], list) else None
    return Corpus(
        tuple(narrowed(corpus.articles, found, story=story, start=start, end=end, sources=sources)), corpus.problems
    )


# Side by side reads these: the two articles shown and the sentence a table row opened.
SIDE_A, SIDE_B, SIDE_FOCUS = "side-a", "side-b", "side-focus"


def open_at(article: str, start: int, end: int, *, other: str | None = None) -> None:
    """Open Side by side at characters ``start``–``end`` of ``article`` (a claim, a context, a passage),
    next to ``other`` or, without one, the article most like it; the page marks that sentence and scrolls to it."""
    compared = current_comparison()
    ids = list(compared.ids)
    if article not in ids:
        return
    if other not in ids or other == article:
        closest = closest_to(compared, ids.index(article))
        other = ids[closest] if closest is not None else None
    if other is None:
        return
    open_pair(article, other, focus=(article, int(start), int(end)))


def open_pair(a: str, b: str, *, focus: tuple[str, int, int] | None = None) -> None:
    """Open Side by side on articles ``a`` and ``b``, ``focus`` (article, start, end) marked and in view."""
    st.session_state[SIDE_A], st.session_state[SIDE_B] = a, b
    st.session_state[SIDE_FOCUS] = focus
    st.switch_page("app_pages/side_by_side.py")


def require_articles(minimum: int = 1) -> Corpus:
    """``current_corpus()``, or a message and the end of the page run when it has fewer than ``minimum`` articles."""
    corpus = current_corpus()
    if len(corpus.articles) < minimum:
        if is_narrowed() and len(full_corpus().articles) >= minimum:
            st.info("Too few articles match the sidebar's story, dates and outlets: widen the choice there.")
        elif minimum == 1:
            st.info("No article is loaded: add some on the Corpus page.")
        else:
            st.info("Load at least two articles on the Corpus page to compare them.")
        st.stop()
    return corpus


def stored_results(corpus: Corpus | None = None) -> Store | None:
    """The results stored in the session's collection for ``corpus`` (``current_corpus()``): pages read them instead
    of computing (``analysis.report.stored``), and what a page computes for the whole working corpus is stored there
    (by `contraste report`, a CLI command or an earlier visit: the next visit reads it). A narrowed corpus (the
    sidebar's story, dates, outlets) reads what is stored for it but stores nothing: its many variants would push
    the whole corpus' results out of the few kept (``stored.KEEP``). None when the corpus is no collection's."""
    path = _collection()
    if path is None:
        return None
    corpus = current_corpus() if corpus is None else corpus
    key = corpus_key(corpus)
    return store_for(path, key, len(corpus.articles), key == corpus_key(full_corpus()))


def _collection() -> str | None:
    """The collection whose articles the session analyses, where their readings are kept (None for other corpora)."""
    chosen = selection()
    return chosen.path if chosen is not None else None


def current_text() -> TextCorpus:
    """The shared text pipeline's output for ``current_corpus()``, built once per corpus content."""
    corpus = current_corpus()
    return text_corpus(corpus_key(corpus), corpus, _collection())


def set_lexicon(yaml_text: str | None) -> None:
    """Use a validated lexicon (YAML text) instead of the packaged one of its language, or None for the packaged ones."""
    if yaml_text != st.session_state.lexicon:
        st.session_state.lexicon = yaml_text
        save()


def set_speaker_roles(roles: Mapping[str, str]) -> None:
    """The user's role per speaker, applied on the Sources page and saved with the workspace."""
    st.session_state.speaker_roles = dict(roles)


def setting(name: str, default: object) -> object:
    """A page setting saved with the workspace (e.g. a threshold), or ``default``."""
    return st.session_state.settings.get(name, default)


def set_setting(name: str, value: object) -> None:
    if st.session_state.settings.get(name, object()) != value:
        st.session_state.settings = {**st.session_state.settings, name: value}
        save()


def workspace() -> Workspace:
    """Everything the user set up, to save as one file."""
    return Workspace(
        st.session_state.corpus,
        dict(st.session_state.labels),
        st.session_state.lexicon,
        WorkspaceSettings.from_json(st.session_state.settings),
        story_edits=dict(st.session_state.story_edits),
        speaker_roles=dict(st.session_state.speaker_roles),
        selection=selection(),
    )


def narrowed_workspace() -> Workspace:
    """``workspace()`` with only the articles the sidebar keeps (the report's corpus; the choice is in settings)."""
    saved = workspace()
    return Workspace(
        current_corpus(),
        saved.labels,
        saved.lexicon,
        saved.settings,
        story_edits=saved.story_edits,
        speaker_roles=saved.speaker_roles,
    )


def open_workspace(saved: Workspace) -> None:
    """Replace the session's corpus, labels, lexicon and settings with a saved workspace's (and autosave them)."""
    _open(saved)
    save()


def _open(saved: Workspace) -> None:
    st.session_state.corpus = saved.corpus
    st.session_state.selection = saved.selection
    st.session_state.labels = dict(saved.labels)
    st.session_state.lexicon = saved.lexicon
    st.session_state.settings = saved.settings.to_json()
    st.session_state.story_edits = dict(saved.story_edits)
    st.session_state.speaker_roles = dict(saved.speaker_roles)
    st.session_state.pop("corpus-editor", None)


def current_comparison() -> Comparison:
    """Similarity model, cosine matrix and shingle index of ``current_corpus()``, built once per corpus content."""
    corpus = current_corpus()
    return comparison(corpus_key(corpus), current_text(), stored_results(corpus))


def full_text() -> TextCorpus:
    """The text pipeline's output for ``full_corpus()``."""
    corpus = full_corpus()
    return text_corpus(corpus_key(corpus), corpus, _collection())


def current_stories() -> StoryMap:
    """The stories of ``full_corpus()`` with the user's edits, computed once per corpus content and edits."""
    corpus = full_corpus()
    if not corpus.articles:
        return StoryMap(())
    edits = json.dumps(st.session_state.get("story_edits") or {}, sort_keys=True)
    return stories_of(corpus_key(corpus), edits, full_text(), stored_results(corpus))


def set_story_edits(edits: Mapping[str, object]) -> None:
    st.session_state.story_edits = dict(edits)
