"""Cutting large results down to what a page can show: the largest groups, one page of rows.

Charts with hundreds of rows or lines cannot be read (nor drawn quickly), and an
HTML table of thousands of rows slows the browser; pages show the largest
groups or one page at a time, say how much they show, and offer the whole
result as CSV. Limits live in ``analysis/settings/display.yaml``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pandas as pd

from analysis.config import settings

__all__ = ["largest_groups", "page", "pages"]


def largest_groups(table: pd.DataFrame, by: Sequence[str], *, limit: int) -> tuple[pd.DataFrame, int]:
    """The rows of the ``limit`` groups (equal values in ``by``) with the most rows, in their original order,
    and the number of groups there were. Ties go to the group that comes first.

    >>> t = pd.DataFrame({"k": ["a", "b", "b", "c", "c", "c"], "v": range(6)})
    >>> kept, total = largest_groups(t, ["k"], limit=2)
    >>> kept["k"].tolist(), total
    (['b', 'b', 'c', 'c', 'c'], 3)
    """
    if table.empty:
        return table, 0
    keys = pd.Series(list(zip(*(table[c] for c in by))), index=table.index)
    sizes = keys.value_counts(sort=False)
    total = len(sizes)
    if total <= limit:
        return table, total
    first = {key: n for n, key in enumerate(dict.fromkeys(keys))}
    chosen = sorted(sizes.index, key=lambda key: (-sizes[key], first[key]))[:limit]
    return table[keys.isin(set(chosen))], total


def pages(rows: int, *, size: int | None = None) -> int:
    """Number of pages of ``size`` rows (default ``page_rows``, settings/display.yaml) for ``rows`` rows (at least 1).

    >>> pages(0), pages(50, size=50), pages(51, size=50)
    (1, 1, 2)
    """
    size = settings().display.page_rows if size is None else size
    return max(1, math.ceil(rows / size))


def page(table: pd.DataFrame, number: int, *, size: int | None = None) -> pd.DataFrame:
    """Rows of page ``number`` (1-based; clipped to the pages there are) of ``size`` rows (default: settings).

    >>> page(pd.DataFrame({"x": range(5)}), 2, size=2)["x"].tolist()
    [2, 3]
    >>> page(pd.DataFrame({"x": range(5)}), 9, size=2)["x"].tolist()
    [4]
    """
    size = settings().display.page_rows if size is None else size
    number = min(max(1, number), pages(len(table), size=size))
    return table.iloc[(number - 1) * size : number * size]
