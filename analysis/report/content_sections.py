"""The report's sections on what the articles say: framing terms per outlet, casualty figures compared in
time, who speaks in each outlet."""

from __future__ import annotations

import json
from collections.abc import Sequence

import pandas as pd

from analysis.casualties.toll_tables import agreement_table, claims_table
from analysis.config import settings
from analysis.corpus.workspace import Workspace
from analysis.framing.counts import article_counts, dominant_terms, source_counts
from analysis.framing.sets import DEFAULT_SET, parse_sets
from analysis.present.charts.casualties import series_table, step_chart
from analysis.present.charts.framing import distinctive_small_multiples, largest_sources, pool_sources, term_bars
from analysis.present.charts.sources import role_chart, role_table, shared_table, speakers_table
from analysis.present.names import article_names
from analysis.present.style import source_colours
from analysis.report.document import Chart, Section, Table
from analysis.report.results import (
    compared,
    distinctive_table,
    figures_claims,
    lexicons_for,
    outlets_of,
    sources_json,
    terms_json,
)
from analysis.report.shared_work import stories
from analysis.report.stored import result
from analysis.sources.roles import check_corrections
from analysis.text import TextCorpus

__all__ = ["DISTINCTIVE", "STEP_CHARTS", "counts_options", "figures_section", "sources_section", "terms_section"]

DISTINCTIVE = 15  # words per source and direction in the distinctive-words chart (the Framing page's too)
STEP_CHARTS = 3  # the report draws the reported toll over time of this many tolls: those most outlets report


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
        # The panels of the sources drawn one by one in the bars, as the Framing page does (200 outlets made a
        # figure 20,000 px tall that kaleido could not render); the table and its CSV hold every source.
        panels = versus_rest[versus_rest["group"].isin(drawn)] if drawn else versus_rest
        multiples = distinctive_small_multiples(panels, of_sources=versus_rest["group"].nunique())
        charts.append(Chart("distinctive-words-per-source", multiples, versus_rest))
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


def figures_section(workspace: Workspace, text: TextCorpus) -> Section:
    """Each toll compared in time within its story, kind, group and place (as the Casualty figures page): the
    statuses with their explanations, a step chart of each of the most reported dated tolls, and every claim."""
    found = stories(workspace, text)
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
        "later confirmed), single-source. A town and its region are compared apart, unless the incident has one site named at "
        "several levels (a town, its city, its country)."
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
