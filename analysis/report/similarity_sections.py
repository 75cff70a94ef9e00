"""The report's sections on how the articles relate: their similarity and shared passages, the stories they
form; and the names of the similarity results stored with a collection (read by the dashboard's pages)."""

from __future__ import annotations

import pandas as pd

from analysis.config import settings
from analysis.corpus.workspace import Workspace
from analysis.present.charts.similarity import heatmap, matrix_frame, reuse_shares
from analysis.present.charts.stories import coverage_chart, first_coverage_chart
from analysis.present.names import article_names
from analysis.report.document import Chart, Section, Table
from analysis.report.shared_work import stories, vectors
from analysis.report.stored import result
from analysis.similarity.compare import analyse, close_pairs, comparison_json, heatmap_view, pairs_table
from analysis.similarity.coverage import daily_coverage, first_coverage
from analysis.similarity.stories import stories_table
from analysis.similarity.tfidf import pair_listing, similar_pairs
from analysis.text import TextCorpus

__all__ = ["all_pairs_result", "closest_pairs_result", "similarity_section", "stories_section"]


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
    comparison = analyse(text, through=result, vectors=vectors(text))
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
    found = stories(workspace, text)
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
