"""The JSON results of each analysis, one function each: the CLI prints them, the report saves them.

Keeping them here means ``python -m analysis terms`` and ``report.json`` can never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # framing and the similarity comparison (pandas, scipy) are imported by the functions using them
    import pandas as pd

    from analysis.framing.lexicon import Lexicon
    from analysis.similarity.compare import Basis
    from analysis.sources.placenames import PlaceCount

from analysis.casualties.agreement import Agreement, agreements, apply_overrides
from analysis.casualties.claims import Claim, extract
from analysis.casualties.events import by_story
from analysis.casualties.timing import report_times
from analysis.config import settings
from analysis.corpus.loading import Corpus
from analysis.corpus.workspace import Workspace
from analysis.pipeline import take_ahead
from analysis.report.stored import result
from analysis.similarity.stories import StoryEdits, StoryMap, singletons, stories
from analysis.similarity.tfidf import SimilarityError, TfidfModel, tfidf
from analysis.text import TextCorpus, build

__all__ = [
    "TOP_DISTINCTIVE",
    "figures_claims",
    "figures_json",
    "lexicons_for",
    "narrowed_workspace",
    "outlets_of",
    "places_of",
    "reused_neighbours",
    "similarity_json",
    "sources_json",
    "story_map",
    "terms_json",
]

TOP_DISTINCTIVE = 20  # words per group and direction in "distinctive"


def lexicons_for(
    yaml_text: str | None, *, origin: str = "workspace lexicon", sets: Sequence[str] | None = None
) -> dict[str, Lexicon]:
    """The packaged lexicons of frame ``sets`` (default: the default set), with the user's (YAML text) replacing
    the one of its language."""
    from analysis.framing.lexicon_schema import default_lexicons, parse_lexicon
    from analysis.framing.sets import DEFAULT_SET, set_lexicons

    sets = (DEFAULT_SET,) if sets is None else sets
    overrides = [parse_lexicon(yaml_text, origin=origin)] if yaml_text else []
    if tuple(sets) == (DEFAULT_SET,):
        return default_lexicons(overrides)
    return set_lexicons(sets, overrides)


def distinctive_table(
    text: TextCorpus,
    group_a: Sequence[str] | None = None,
    group_b: Sequence[str] | None = None,
    *,
    top: int | None = None,
) -> pd.DataFrame:
    """Fightin' Words of group A against B (label "A"), or of each source against the rest when A is None;
    with ``top``, only each group's ``top`` most and least typical words (as ``top_words``)."""
    from analysis.framing.distinctive import compare_groups, source_vs_rest, term_matrix

    if group_b is not None and group_a is None:
        raise ValueError("group B needs a group A")
    matrix = term_matrix(text)
    if group_a is not None:
        return compare_groups(matrix, group_a, group_b, label="A", top=top)
    return source_vs_rest(matrix, top=top)


def terms_json(
    text: TextCorpus,
    lexicons: Mapping[str, Lexicon],
    *,
    group_a: Sequence[str] | None = None,
    group_b: Sequence[str] | None = None,
    counts: pd.DataFrame | None = None,
) -> dict[str, object]:
    """``{"frames", "counts" (non-zero rows), "distinctive" (top words per group and direction)}``."""
    from analysis.framing.counts import article_counts, frames_table

    counts = article_counts(text, lexicons, zeros=False) if counts is None else counts
    frames = frames_table(lexicons, languages={d.article.language for d in text.docs})
    top = distinctive_table(text, group_a, group_b, top=TOP_DISTINCTIVE)
    found = counts[counts["count"] > 0]
    return {
        "frames": [{"frame": f, "terms": list(t)} for f, t in zip(frames["frame"], frames["terms"])],
        "counts": [
            {"article": a, "source": s, "frame": f, "term": t, "count": int(n), "per_1000": round(float(r), 4)}
            for a, s, f, t, n, r in found[["article", "source", "frame", "term", "count", "per_1000"]].itertuples(
                index=False
            )
        ],
        "distinctive": [
            {
                "term": w,
                "delta": round(float(d), 6),
                "z": round(float(z), 6),
                "count_a": int(ca),
                "count_b": int(cb),
                "group": g,
            }
            for w, d, z, ca, cb, g in top[["word", "delta", "z", "count_a", "count_b", "group"]].itertuples(index=False)
        ],
    }


def figures_claims(
    text: TextCorpus, overrides: Mapping[str, str] | None = None, found: StoryMap | None = None
) -> list[Claim]:
    """Every casualty claim, in its article's story when ``found`` is given (``analysis.casualties.events``),
    with the user's incident merges/splits applied."""
    # Read on the worker meanwhile when the whole analysis reads ahead (analysis.pipeline.reading_ahead).
    claims = result("claims", lambda: extract(text, read=take_ahead(text, "claims")))  # stored by `report`
    if found is not None:
        claims = by_story(claims, found.assignment, {s.id: s.start for s in found.stories})
    return apply_overrides(claims, overrides) if overrides else claims


def narrowed_workspace(workspace: Workspace) -> Workspace:
    """The workspace with only the articles its saved narrowing keeps (``settings.narrow``: a story, dates,
    outlets; the dashboard's sidebar), so that the CLI's report is the one the dashboard shows."""
    from analysis.similarity.coverage import narrowed

    choice = workspace.settings.narrow
    if not any(choice.get(k) for k in ("story", "start", "end", "sources")):
        return workspace
    corpus = workspace.current()
    found = story_map(build(corpus.articles), edits=workspace.story_edits) if choice.get("story") else None
    story = choice.get("story") if found is not None and choice.get("story") in found.assignment.values() else None
    kept = narrowed(
        corpus.articles, found, story=story,  # type: ignore[arg-type]
        start=dt.date.fromisoformat(str(choice["start"])) if choice.get("start") else None,
        end=dt.date.fromisoformat(str(choice["end"])) if choice.get("end") else None,
        sources=list(choice["sources"]) if choice.get("sources") else None,  # type: ignore[call-overload]
    )  # fmt: skip
    return replace(workspace, corpus=Corpus(tuple(kept), corpus.problems), labels={})


def story_map(
    text: TextCorpus,
    *,
    edits: StoryEdits | None = None,
    model: TfidfModel | None = None,
    vectors: Basis | Callable[[], Basis] | None = None,
) -> StoryMap:
    """The corpus' stories (``analysis.similarity.stories``) with the user's edits; ``model`` when already built.

    ``vectors``: the similarity comparison's :class:`~analysis.similarity.compare.Basis` of ``text`` (or what
    makes it, called only when the stories are computed), so that its model and cosine matrix (or top-k
    neighbours) are not built again: the same stories (:func:`reused_neighbours`).
    """
    if not text.docs:
        return StoryMap(())

    def compute() -> StoryMap:
        try:
            if vectors is not None:
                found = vectors() if callable(vectors) else vectors
                return stories(text, found.model, edits=edits, **reused_neighbours(found))
            return stories(text, model if model is not None else tfidf(text), edits=edits)
        except SimilarityError:  # no content word anywhere: nothing links two articles
            return singletons(text)

    return compute() if edits else result("stories", compute)  # the user's edits are the user's, never stored


def reused_neighbours(found: Basis) -> dict[str, Any]:
    """What of a similarity :class:`~analysis.similarity.compare.Basis` the stories can take as their TF-IDF
    neighbours with the very result of their own search (``stories``' ``matrix=`` / ``neighbours=``).

    The full cosine matrix always (the stories read the neighbours off it bit for bit,
    ``story_links._matrix_neighbours``); the top-k table when its search is the stories' own: the same ``k``, and
    the articles already in id order (the stories search rows in id order, ties to the first).
    """
    if found.matrix is not None:
        return {"matrix": found.matrix}
    ids = found.model.ids
    same_k = settings().stories.neighbours == settings().similarity.neighbours
    if found.neighbours is not None and same_k and all(a <= b for a, b in zip(ids, ids[1:])):
        return {"neighbours": found.neighbours}
    return {}


def figures_json(
    claims: Sequence[Claim], text: TextCorpus | None = None, places: Mapping[str, str] | None = None
) -> dict[str, object]:
    """``{"claims": [...], "agreement": [...]}`` as the figures command prints them; with ``text`` (the corpus
    the claims come from), claims are compared in time (their report times) and place lists read in each
    article's language; ``places`` are the user's place merges and splits (a workspace's ``figure_places``)."""
    rows = compared(claims, text, places)
    return {"claims": [c.to_json() for c in claims], "agreement": [a.to_json() for a in rows]}


def compared(
    claims: Sequence[Claim], text: TextCorpus | None = None, places: Mapping[str, str] | None = None
) -> list[Agreement]:
    """The claims' comparisons (``analysis.casualties.agreement``), in time when ``text`` is given."""
    if text is None:
        return agreements(claims, places=places)
    languages = {d.id: d.article.language for d in text.docs}
    return agreements(claims, report_times(claims, text), languages=languages, places=places)


def similarity_json(
    text: TextCorpus, *, threshold: float | None = None, n_terms: int | None = None
) -> dict[str, object]:
    """``{"ids", "matrix" (small corpora only), "pairs": [...]}`` as the similarity command prints them.

    ``threshold`` and ``n_terms`` default to the settings' (settings/similarity.yaml).
    """

    from analysis.similarity.compare import analyse, close_pairs, comparison_json

    comparison = analyse(text)
    pairs = close_pairs(comparison, text, threshold=threshold, n_terms=n_terms)
    return comparison_json(comparison, pairs, threshold=threshold)


def sources_json(
    text: TextCorpus, corrections: Mapping[str, str] | None = None, *, passages: bool = True
) -> dict[str, object]:
    """``{"quotes": [...], "sources": per-outlet summaries, "shared_quotes": [...], "places": [...]}`` as the sources
    command prints them; ``places`` are the places each outlet names (:mod:`analysis.sources.placenames`).

    ``corrections`` are the user's speaker roles (a workspace's ``speaker_roles``); with ``passages``,
    shared quotes are marked when a shared passage of the similarity analysis holds them.
    """
    from analysis.report.shared_quotes import shared_quotes, shared_quotes_in_passages
    from analysis.sources.quotes import extract
    from analysis.sources.roles import check_corrections, corrected, outlet_summaries

    # Read on the worker meanwhile when the whole analysis reads ahead (analysis.pipeline.reading_ahead).
    found = result("quotes", lambda: extract(text, per_article=take_ahead(text, "quotes")))  # stored too
    quotes = corrected(found, check_corrections(dict(corrections or {})))
    outlets = outlets_of(text)
    keys = ("article", "speaker", "role", "text", "start", "end", "direct", "mention")
    if passages:  # of the quotes as found: the speakers' roles the user corrected do not change which are shared
        shared = result("shared_quotes", lambda: [s.to_json() for s in shared_quotes_in_passages(text, found)])
    else:
        shared = [s.to_json() for s in shared_quotes(text, quotes)]
    return {
        "quotes": [{k: q.to_json()[k] for k in keys} for q in quotes],
        "sources": outlet_summaries(quotes, outlets),
        "shared_quotes": shared,
        "places": [row.to_json() for row in result("places", lambda: places_of(text, outlets))],
    }


def outlets_of(text: TextCorpus) -> dict[str, str]:
    """Each article's outlet as the sources analysis groups statements: its source label, else its id (an
    unlabelled article is an outlet of its own).

    >>> from analysis.corpus.records import Article
    >>> outlets_of(build([Article("a1", "Hola mundo.", "El País"), Article("a2", "Adiós mundo.")]))
    {'a1': 'El País', 'a2': 'a2'}
    """
    return {d.id: d.article.source or d.id for d in text.docs}


def places_of(text: TextCorpus, outlets: Mapping[str, str] | None = None) -> list[PlaceCount]:
    """The places each outlet names (:func:`analysis.sources.placenames.places_per_outlet`), read on the worker
    meanwhile when the whole analysis reads ahead (:func:`analysis.pipeline.reading_ahead`)."""
    from analysis.sources.placenames import places_per_outlet

    return places_per_outlet(text, outlets, counts=take_ahead(text, "places"))
