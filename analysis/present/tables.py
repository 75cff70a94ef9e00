"""Tables as a reader works with them: filtered by what they pick, the rows that need attention first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:  # the similarity analysis is imported by the caller that has a comparison
    from analysis.similarity.compare import Comparison, PairComparison
    from analysis.text import TextCorpus

__all__ = ["STATUS_ORDER", "chosen_pairs", "claims_listing"]

# Conflicting tolls are what a reader checks first, then tolls only one article gives, then agreements.
STATUS_ORDER = {"conflicting": 0, "single-source": 1, "consistent": 2}


def claims_listing(
    table: pd.DataFrame,
    *,
    statuses: Sequence[str] = (),
    kinds: Sequence[str] = (),
    sources: Sequence[str] = (),
) -> pd.DataFrame:
    """Claims (``toll_tables.comparison_table``) kept by status, kind and source (an empty choice keeps all),
    conflicting tolls first, then by kind, group, incident and source; the original order breaks ties.

    >>> t = pd.DataFrame({"status": ["consistent", "conflicting", "single-source"], "kind": ["killed"] * 3,
    ...                   "group": ["", "", ""], "incident": ["x", "y", "z"], "source": ["A", "B", "A"]})
    >>> claims_listing(t)["incident"].tolist()
    ['y', 'z', 'x']
    >>> claims_listing(t, sources=["A"])["incident"].tolist()
    ['z', 'x']
    """
    keep = pd.Series(True, index=table.index)
    for column, chosen in (("status", statuses), ("kind", kinds), ("source", sources)):
        if chosen:
            keep &= table[column].isin(list(chosen))
    part = table[keep]
    rank = part["status"].map(STATUS_ORDER).fillna(len(STATUS_ORDER))
    return (
        part.assign(_rank=rank)
        .sort_values(["_rank", "kind", "group", "incident", "source"], kind="stable")
        .drop(columns="_rank")
    )


def chosen_pairs(
    comparison: Comparison,
    text: TextCorpus,
    pairs: pd.DataFrame,
    sources: Mapping[str, str],
    *,
    outlets: Sequence[str] = (),
    across: bool = False,
    shared: bool = False,
    limit: int,
) -> tuple[PairComparison, ...]:
    """The first ``limit`` rows of ``pairs`` (every pair above the threshold, most similar first) a reader asked for
    (:func:`analysis.similarity.compare.filter_pairs`: an article of one of ``outlets``, two different outlets),
    each with its terms and shared passages. With ``shared``, only pairs sharing a verified passage: the index
    proposes more pairs than share one, so pairs are described ``limit`` at a time until ``limit`` are found."""
    from analysis.similarity.compare import describe_pairs, filter_pairs

    chosen = filter_pairs(
        pairs, sources, outlets=outlets, across_outlets=across, proposed=comparison.proposed if shared else None
    )
    if not shared:
        return describe_pairs(comparison, text, chosen.head(limit))
    found: list[PairComparison] = []
    for start in range(0, len(chosen), limit):  # proposed pairs may still share no verified passage
        found += [p for p in describe_pairs(comparison, text, chosen.iloc[start : start + limit]) if p.reuse.passages]
        if len(found) >= limit:
            break
    return tuple(found[:limit])
