"""Report sections: each capability's results as charts, tables and JSON, for the report and the zip download."""

from __future__ import annotations

from collections.abc import Callable

from analysis.charts.corpus import articles_by_source_date, articles_table
from analysis.report import Chart, Section, Table
from analysis.text import TextCorpus
from analysis.workspace import Workspace

__all__ = ["SECTIONS", "build_sections"]


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
        tables=(Table("articles", "Articles", table),),
        results={
            "articles": [{k: v for k, v in a.to_json().items() if k != "text"} for a in corpus.articles],
            "problems": problems,
        },
        notes=tuple(f"Not loaded: {p['file']}: {p['reason']}" for p in problems),
    )


# Order of the report. Each entry builds one section from the workspace and the shared text pipeline.
SECTIONS: tuple[Callable[[Workspace, TextCorpus], Section], ...] = (corpus_section,)


def build_sections(
    workspace: Workspace, text: TextCorpus, *, progress: Callable[[str], None] | None = None
) -> list[Section]:
    """Every section of the report, in order; ``progress(name)`` is called before each."""
    sections = []
    for build in SECTIONS:
        if progress is not None:
            progress(build.__name__.removesuffix("_section"))
        sections.append(build(workspace, text))
    return sections
