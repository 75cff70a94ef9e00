"""Tables as a reader works with them: filtered by what they pick, the rows that need attention first."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

__all__ = ["STATUS_ORDER", "claims_listing"]

# Conflicting tolls are what a reader checks first, then tolls only one article gives, then agreements.
STATUS_ORDER = {"conflicting": 0, "single-source": 1, "consistent": 2}


def claims_listing(
    table: pd.DataFrame,
    *,
    statuses: Sequence[str] = (),
    kinds: Sequence[str] = (),
    sources: Sequence[str] = (),
) -> pd.DataFrame:
    """Claims (``agreement.comparison_table``) kept by status, kind and source (an empty choice keeps all),
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
