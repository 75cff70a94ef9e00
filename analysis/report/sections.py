"""Report sections: each capability's results as charts, tables and JSON, for the report and the zip download."""

from __future__ import annotations

import contextvars
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import pandas as pd

from analysis.casualties.toll_tables import agreement_table, claims_table
from analysis.config import settings
from analysis.corpus.records import Progress
from analysis.corpus.workspace import Workspace
from analysis.framing.counts import article_counts, dominant_terms, source_counts
from analysis.framing.sets import DEFAULT_SET, parse_sets
from analysis.pipeline import reading_ahead
from analysis.present.charts.casualties import series_table, step_chart
from analysis.present.charts.corpus import articles_by_source_date, articles_table
from analysis.present.charts.framing import distinctive_small_multiples, largest_sources, pool_sources, term_bars
from analysis.present.charts.similarity import heatmap, matrix_frame, reuse_shares
from analysis.present.charts.sources import role_chart, role_table, shared_table, speakers_table
from analysis.present.charts.stories import coverage_chart, first_coverage_chart
from analysis.present.names import article_names, date_text
from analysis.present.style import source_colours
from analysis.report.document import Chart, Section, Table
from analysis.report.results import (
    compared,
    distinctive_table,
    figures_claims,
    lexicons_for,
    outlets_of,
    sources_json,
    story_map,
    terms_json,
)
from analysis.report.stored import result
from analysis.similarity.compare import Basis, analyse, basis, close_pairs, comparison_json, heatmap_view, pairs_table
from analysis.similarity.coverage import daily_coverage, first_coverage
from analysis.similarity.stories import StoryMap, stories_table
from analysis.similarity.tfidf import pair_listing, similar_pairs
from analysis.sources.roles import check_corrections
from analysis.text import TextCorpus

__all__ = ["SECTIONS", "all_pairs_result", "build_sections", "closest_pairs_result", "problems_section"]

DISTINCTIVE = 15  # words per source and direction in the distinctive-words chart (the Framing page's too)
STEP_CHARTS = 3  # the report draws the reported toll over time of this many tolls: those most outlets report


@dataclass
class _Shared:
    """What the sections of one report share (:func:`build_sections`): the similarity comparison's TF-IDF model and
    cosine matrix or top-k neighbours, made once for the stories and the similarity section (0.4 s at 2,000
    articles), and the stories, made once for the stories and figures sections."""

    text: TextCorpus
    vectors: Basis | None = None
    stories: list[tuple[object, StoryMap]] = field(default_factory=list)  # (the user's edits, their stories)


_SHARED: contextvars.ContextVar[_Shared | None] = contextvars.ContextVar("contraste_report_shared", default=None)


def _vectors(text: TextCorpus) -> Basis:
    """The similarity :func:`~analysis.similarity.compare.basis` of ``text`` (top-k neighbours stored with a
    collection), once per report."""
    shared = _SHARED.get()
    if shared is None or shared.text is not text:
        return basis(text, through=result)
    if shared.vectors is None:
        shared.vectors = basis(text, through=result)
    return shared.vectors


def _stories(workspace: Workspace, text: TextCorpus) -> StoryMap:
    """:func:`~analysis.report.results.story_map` of ``text`` with the workspace's story edits, once per report,
    on the similarity comparison's vectors."""
    edits = workspace.story_edits
    shared = _SHARED.get()
    if shared is None or shared.text is not text:
        return story_map(text, edits=edits, vectors=lambda: _vectors(text))
    for known, found in shared.stories:
        if known == edits:
            return found
    found = story_map(text, edits=edits, vectors=lambda: _vectors(text))
    shared.stories.append((edits, found))
    return found


def corpus_section(workspace: Workspace, text: TextCorpus) -> Section:
    corpus = workspace.current()
    table = articles_table(corpus)
    sources = table["source"].nunique()
    problems = [p.to_json() for p in corpus.problems]
    return Section(
        key="corpus",
        title="Corpus",
        summary=f"{len(table)} articles from {sources} sources, {int(table['words'].sum()):,} words.",
        charts=(Chart("articles-by-source-and-date", articles_by_source_date(table), table.drop(columns=["url"])),),
        tables=(Table("articles", "Articles", table.assign(date=[date_text(d) for d in table["date"]])),),
        results={
            "articles": [{k: v for k, v in a.to_json().items() if k != "text"} for a in corpus.articles],
            "problems": problems,
        },
        notes=tuple(f"Not loaded: {p['file']}: {p['reason']}" for p in problems),
    )


def similarity_section(workspace: Workspace, text: TextCorpus) -> Section:
    corpus = workspace.current()
    config = settings().similarity
    chosen = workspace.settings.similarity_threshold
    threshold = config.pair_threshold if chosen is None else chosen
    summary = (
        "How close the articles are in wording (TF-IDF cosine over words and word pairs, sublinear tf), the terms "
        "that make each close pair close, and the passages they share (hashed 5-word shingles, after passim)."
    )
    if len(corpus.articles) < 2:
        return Section("similarity", "Similarity and shared passages", summary, notes=("Fewer than two articles.",))
    comparison = analyse(text, through=result, vectors=_vectors(text))
    pairs = result(  # with their terms and shared passages; stored with a collection by `contraste report`
        closest_pairs_result(threshold),
        lambda: close_pairs(comparison, text, threshold=threshold, limit=config.table_max_pairs),
    )
    # Every pair above the threshold and how they were found: stored for the dashboard's Similarity page, which
    # then draws without building the TF-IDF model (the report itself lists only the closest pairs).
    result(
        all_pairs_result(threshold),
        lambda: similar_pairs(
            comparison.model, threshold=threshold, matrix=comparison.matrix, neighbours=comparison.neighbours
        ),
    )
    if comparison.matrix is None:
        result(
            f"listing:{threshold!r}",
            lambda: {
                "note": pair_listing(comparison.model, threshold=threshold, neighbours=comparison.neighbours).note
            },
        )
    names = article_names(corpus.articles)
    short = article_names(corpus.articles, short=True)
    ids, matrix = result("heatmap", lambda: heatmap_view(comparison))  # the clustering: seconds at 2,000
    frame = matrix_frame(ids, matrix)
    charts = [
        Chart(
            "similarity-heatmap",
            heatmap(
                frame,
                order=ids,
                names=short,
                hover_names=names,
                title="How much wording each pair of articles shares (darker = more)",
            ),
            frame,
        )
    ]
    table = pairs_table(pairs)
    reused = table[table["passages"] > 0] if not table.empty else table
    if not reused.empty:
        charts.append(
            Chart(
                "similarity-reuse",
                reuse_shares(reused, names=short, title="Share of each article's words repeated in the other"),
                reused,
            )
        )
    passages = pd.DataFrame(
        [
            {"a": p.a, "b": p.b, "score": round(g.score, 3), "a_text": g.a_text, "b_text": g.b_text}
            for p in pairs
            for g in p.reuse.passages
        ],
        columns=["a", "b", "score", "a_text", "b_text"],
    )
    results = comparison_json(comparison, pairs, threshold=threshold)
    return Section(
        key="similarity",
        title="Similarity and shared passages",
        summary=summary + f" Pairs listed: cosine ≥ {threshold:.2f}.",
        notes=() if results["pairs_complete"] else (f"Pairs listed: {results['pairs_note']}.",),
        charts=tuple(charts),
        tables=(
            Table("closest-pairs", "Closest pairs", table, names=names),
            Table("shared-passages", "Shared passages", passages, names=names),
        ),
        results=_bounded(results),
    )


def _bounded(results: dict[str, object]) -> dict[str, object]:
    """The similarity results without the n × n matrix above ``display.report_matrix_articles`` articles:
    report.json grows linearly with the corpus (pairs are capped, counts and claims are per article)."""
    limit = settings().display.report_matrix_articles
    ids = results.get("ids")
    count = len(ids) if isinstance(ids, list) else 0
    if "matrix" in results and count > limit:
        results = {k: v for k, v in results.items() if k != "matrix"}
        results["matrix_omitted"] = (
            f"{count:,} articles: the {count:,} × {count:,} similarity matrix is not in the report "
            f"(kept up to {limit:,} articles); the pairs are listed, and `contraste similarity PATH --format json` "
            "prints the matrix of corpora small enough to compute it whole."
        )
    return results


def closest_pairs_result(threshold: float) -> str:
    """The stored result name of the closest pairs above ``threshold`` (the report's table, with terms and passages),
    read by the Similarity and Side by side pages.

    >>> closest_pairs_result(0.2) == f"pairs:0.2:{settings().similarity.table_max_pairs}"
    True
    """
    return f"pairs:{threshold!r}:{settings().similarity.table_max_pairs}"


def all_pairs_result(threshold: float) -> str:
    """The stored result name of every pair above ``threshold`` and how it was found (the Similarity page's table)."""
    return f"all_pairs:{threshold!r}"


def counts_options(lexicon: str | None, sets: Sequence[str]) -> str:
    """What framing counts depend on besides the packaged lexicons: the user's lexicon (YAML) and frame sets."""
    return json.dumps([lexicon or "", list(sets)])


def terms_section(workspace: Workspace, text: TextCorpus) -> Section:
    chosen = workspace.settings.frame_sets or (DEFAULT_SET,)  # the frame sets chosen on the Framing page
    sets = parse_sets(",".join(chosen))
    lexicons = lexicons_for(workspace.lexicon, sets=sets)
    counts = result("counts", lambda: article_counts(text, lexicons), extra=counts_options(workspace.lexicon, sets))
    sources = source_counts(counts)
    dominant = dominant_terms(sources)
    versus_rest = result(f"distinctive:{DISTINCTIVE}", lambda: distinctive_table(text, top=DISTINCTIVE))
    results = terms_json(text, lexicons, counts=counts)
    colours = source_colours(d.article.source for d in text.docs)
    limit = settings().display.chart_sources
    drawn = largest_sources(sources, limit - 1) if sources["source"].nunique() > limit else None
    bars = term_bars(pool_sources(sources, drawn) if drawn else sources, colours=colours)
    charts = [Chart("framing-terms-per-source", bars, sources)]
    if text.docs and len({d.article.source for d in text.docs}) > 1:
        charts.append(Chart("distinctive-words-per-source", distinctive_small_multiples(versus_rest), versus_rest))
    return Section(
        key="terms",
        title="Framing terms",
        summary=(
            "Competing words for the same thing, per source (uses per 1,000 words, so sources of different "
            "lengths compare fairly), each source's dominant term per frame, and the words that most set each "
            "source apart from the rest (Fightin' Words: log-odds ratio with informative Dirichlet prior, "
            "Monroe, Colaresi & Quinn 2008)."
        ),
        charts=tuple(charts),
        tables=(
            Table("dominant-terms", "Dominant term per frame and source", dominant),
            Table(
                "framing-counts",
                "Framing-term counts per article",
                counts[counts["count"] > 0],
                names=article_names(d.article for d in text.docs),
            ),
            Table("distinctive-words", "Most distinctive words per source", versus_rest),
        ),
        results=results,
    )


def _narrowing_note(workspace: Workspace) -> str | None:
    """The dashboard sidebar's narrowing saved in the workspace, in words (None when the corpus is whole)."""
    choice = workspace.settings.narrow
    if not any(choice.get(k) for k in ("story", "start", "end", "sources")):
        return None
    parts = []
    if choice.get("story"):
        parts.append(f"story {choice['story']}" + (f" ({choice['label']})" if choice.get("label") else ""))
    if choice.get("start") or choice.get("end"):
        parts.append(f"dates {choice.get('start') or '…'} to {choice.get('end') or '…'}")
    sources = choice.get("sources")
    if isinstance(sources, list) and sources:
        parts.append("outlets " + ", ".join(str(s) for s in sources))
    return "This report is narrowed to " + "; ".join(parts) + "."


def stories_section(workspace: Workspace, text: TextCorpus) -> Section:
    found = _stories(workspace, text)
    articles = [d.article for d in text.docs]
    table = stories_table(found)
    first = first_coverage(found, articles, min_articles=2)
    summary = (
        "Articles grouped into the events they cover, from their TF-IDF nearest neighbours, the names they share "
        "in title and lead, and their dates (a story spans a month at most); labelled by their most distinctive "
        "words. For each story with two or more articles, when each outlet first covered it."
    )
    charts = []
    if not first.empty and first["first"].notna().any():
        charts.append(Chart("stories-first-coverage", first_coverage_chart(first), first))
        largest = max(found.stories, key=lambda s: (s.size, -int(s.id[1:])))
        daily = daily_coverage(found, articles, largest.id)
        if not daily.empty:
            title = f"Articles per day per outlet: {largest.label}"
            charts.append(Chart("stories-coverage-largest", coverage_chart(daily, title=title), daily))
    note = _narrowing_note(workspace)
    return Section(
        "stories",
        "Stories",
        summary,
        charts=tuple(charts),
        tables=(Table("stories", "Stories", table), Table("first-coverage", "First coverage per outlet", first)),
        results={**found.to_json(), "narrowing": dict(workspace.settings.narrow) or None},
        notes=(note,) if note else (),
    )


def figures_section(workspace: Workspace, text: TextCorpus) -> Section:
    """Each toll compared in time within its story, kind, group and place (as the Casualty figures page): the
    statuses with their explanations, a step chart of each of the most reported dated tolls, and every claim."""
    found = _stories(workspace, text)
    claims = figures_claims(text, workspace.settings.figure_incidents, found)
    dates = {d.article.id: d.article.date for d in text.docs}
    rows = compared(claims, text, workspace.settings.figure_places)
    results: dict[str, object] = {"claims": [c.to_json() for c in claims], "agreement": [a.to_json() for a in rows]}
    summary = (
        "Numeric claims of people killed, injured, detained or kidnapped, missing and displaced, as whole-number "
        "intervals with a report date (the date the sentence gives, else the article's). Figures of one story, "
        "kind, group and place are compared in time: consistent (reports of about the same time overlap), revised "
        "(a later report raised the figure: a rising toll, not a conflict), outdated (below a figure others had "
        "already published), conflicting (same-day reports that cannot both be true, or a figure above the toll "
        "later confirmed), single-source. A town and its region are compared apart."
    )
    if not claims:
        return Section(
            "figures", "Casualty figures", summary, results=results, notes=("No casualty figure was found.",)
        )
    labels = {s.id: s.label for s in found.stories}
    tolls = agreement_table(rows)
    tolls = tolls.assign(story=[labels.get(s, s) for s in tolls["story"]]).drop(columns=["incident"])
    names = article_names(d.article for d in text.docs)
    colours = source_colours(d.article.source for d in text.docs)
    charts: list[Chart] = []
    dated = [r for r in rows if any(p["time"] for p in r.series) and r.status != "single-source"]
    for row in sorted(dated, key=lambda r: -len({p["source"] for p in r.series}))[:STEP_CHARTS]:
        reports = series_table(row.series)
        where = f" · {row.place}" if row.place else ""
        title = f"{labels.get(row.story, row.incident)}: {row.kind} · {row.group}{where} ({row.status})"
        charts.append(
            Chart(
                f"casualty-toll-{len(charts) + 1}",
                step_chart(reports, title=title, colours=colours, names=names),
                reports.drop(columns=["text"], errors="ignore"),
            )
        )
    return Section(
        key="figures",
        title="Casualty figures",
        summary=summary,
        charts=tuple(charts),
        tables=(
            Table("agreement", "Do the tolls agree?", tolls),
            Table("claims", "Claims and their evidence", claims_table(claims, dates), names=names),
        ),
        results=results,
    )


def sources_section(workspace: Workspace, text: TextCorpus) -> Section:
    results = sources_json(text, check_corrections(workspace.speaker_roles))
    summary = (
        "Who speaks in each outlet: quotations and statements with a named speaker (rules and word lists, no "
        "model), each speaker's role from the titles written with them, and the quotes several outlets share."
    )
    quotes = pd.DataFrame(results["quotes"])
    if quotes.empty:
        return Section("sources", "Sources", summary, results=results, notes=("No quotation was found.",))
    outlets = outlets_of(text)
    table = quotes.assign(source=quotes["article"].map(outlets))
    table = table[["source", "article", "speaker", "role", "direct", "text", "start", "end"]]
    roles = role_table(table)
    shared = results["shared_quotes"]
    assert isinstance(shared, list)
    return Section(
        key="sources",
        title="Sources",
        summary=summary,
        charts=(Chart("sources-roles-per-outlet", role_chart(roles), roles),),
        tables=(
            Table("speakers", "Who is quoted, per outlet", speakers_table(table)),
            Table("shared-quotes", "Quotes used by several outlets", shared_table(shared, outlets)),
            Table("statements", "Statements", table),
        ),
        results=results,
    )


# Order of the report. Each entry builds one section from the workspace and the shared text pipeline.
SECTIONS: tuple[Callable[[Workspace, TextCorpus], Section], ...] = (
    corpus_section,
    stories_section,
    similarity_section,
    terms_section,
    figures_section,
    sources_section,
)


def build_sections(workspace: Workspace, text: TextCorpus, *, progress: Progress | None = None) -> list[Section]:
    """Every section of the report, in order; ``progress(done, total, name)`` is called before each.

    The per-article passes of the figures and sources sections (claims, quotes, places) are read on the worker
    while the sections before them do their matrix work (:func:`analysis.pipeline.reading_ahead`): the same
    report, sooner, on a large corpus.
    """
    sections = []
    token = _SHARED.set(_Shared(text))
    try:
        with reading_ahead(text):
            for done, build in enumerate(SECTIONS):
                if progress is not None:
                    progress(done, len(SECTIONS), build.__name__.removesuffix("_section"))
                sections.append(build(workspace, text))
    finally:
        _SHARED.reset(token)  # the report's matrix and stories are let go with it
    if text.problems:
        sections.append(problems_section(text))
    return sections


def problems_section(text: TextCorpus) -> Section:
    """The articles (or pairs) some analysis could not read: every other result above is complete."""
    rows = [p.to_json() for p in text.problems]
    table = pd.DataFrame([{"article": r["file"], "stage": r.get("stage", ""), "reason": r["reason"]} for r in rows])
    return Section(
        key="problems",
        title="Articles not read by every analysis",
        summary=f"{len(rows)} article(s) or pair(s) could not be read by one analysis; the others' results are complete.",
        tables=(Table("problems", "Articles not read", table),),
        results={"problems": rows},
        notes=tuple(f"{r['file']}: {r.get('stage', '')}: {r['reason']}" for r in rows),
    )
