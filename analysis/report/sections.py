"""Report sections: each capability's results as charts, tables and JSON, for the report and the zip download.

Each section is built by its own function (:data:`SECTIONS`, in the report's order): the corpus and the
articles not read here, how the articles relate in :mod:`~analysis.report.similarity_sections` (similarity,
stories), what they say in :mod:`~analysis.report.content_sections` (framing terms, casualty figures, sources);
what the sections of one report share is made once (:mod:`~analysis.report.shared_work`). Every name is
importable from ``analysis.report.sections`` as before.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from analysis.corpus.records import Progress
from analysis.corpus.workspace import Workspace
from analysis.pipeline import reading_ahead
from analysis.present.charts.corpus import articles_by_source_date, articles_table
from analysis.present.names import date_text
from analysis.report.content_sections import (
    DISTINCTIVE,
    STEP_CHARTS,
    counts_options,
    figures_section,
    sources_section,
    terms_section,
)
from analysis.report.document import Chart, Section, Table
from analysis.report.shared_work import sharing
from analysis.report.similarity_sections import (
    all_pairs_result,
    closest_pairs_result,
    similarity_section,
    stories_section,
)
from analysis.text import TextCorpus

__all__ = [
    "DISTINCTIVE",
    "SECTIONS",
    "STEP_CHARTS",
    "all_pairs_result",
    "build_sections",
    "closest_pairs_result",
    "corpus_section",
    "counts_options",
    "figures_section",
    "problems_section",
    "similarity_section",
    "sources_section",
    "stories_section",
    "terms_section",
]


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
    with sharing(text), reading_ahead(text):  # the report's matrix and stories are let go on leaving
        for done, build in enumerate(SECTIONS):
            if progress is not None:
                progress(done, len(SECTIONS), build.__name__.removesuffix("_section"))
            sections.append(build(workspace, text))
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
