"""Cutting large results for display: largest groups, pages; the corpus chart's colours by day or month."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analysis.present.charts.corpus import articles_by_source_date
from analysis.present.paging import largest_groups, page, pages


@pytest.mark.parametrize(
    "keys, limit, kept, total",
    [
        ([], 2, [], 0),
        (["a"], 2, ["a"], 1),
        (["a", "b", "b", "c", "c", "c"], 2, ["b", "b", "c", "c", "c"], 3),
        (["a", "b", "a", "b", "c"], 1, ["a", "a"], 3),
        (["a", "b", "c"], 3, ["a", "b", "c"], 3),
    ],
    ids=["empty", "one-group", "largest-two", "tie-to-the-first", "limit-equals-groups"],
)
def test_largest_groups(keys, limit, kept, total):
    table = pd.DataFrame({"k": keys, "x": range(len(keys))})
    shown, count = largest_groups(table, ["k"], limit=limit)
    assert shown["k"].tolist() == kept and count == total
    assert shown["x"].is_monotonic_increasing  # original order kept


def test_largest_groups_by_several_columns():
    table = pd.DataFrame({"kind": ["d", "d", "h", "d"], "group": ["x", "y", "x", "x"]})
    shown, count = largest_groups(table, ["kind", "group"], limit=1)
    assert shown.index.tolist() == [0, 3] and count == 3


@pytest.mark.parametrize(
    "rows, size, number, expected",
    [(0, 5, 1, []), (5, 5, 1, [0, 1, 2, 3, 4]), (7, 5, 2, [5, 6]), (7, 5, 0, [0, 1, 2, 3, 4]), (7, 5, 3, [5, 6])],
    ids=["empty", "exactly-one-page", "last-page", "below-first", "past-last"],
)
def test_page(rows, size, number, expected):
    assert page(pd.DataFrame({"x": range(rows)}), number, size=size)["x"].tolist() == expected
    assert pages(rows, size=size) == max(1, -(-rows // size))


def _articles(days: int) -> pd.DataFrame:
    start = dt.date(2025, 1, 1)
    return pd.DataFrame(
        {
            "id": [f"a{n}" for n in range(days + 1)],
            "source": ["S1", "S2"] * (days // 2) + ["S1"] * (days % 2) + ["S3"],
            "date": [start + dt.timedelta(days=n) for n in range(days)] + [None],
            "words": [100] * (days + 1),
        }
    )


@pytest.mark.parametrize(
    "days, colours, by", [(3, 4, "date"), (59, 3, "month")], ids=["few-dates-by-day", "59-days-in-two-months"]
)
def test_corpus_chart_colours_by_day_or_month(days, colours, by):
    fig = articles_by_source_date(_articles(days), max_colours=24)
    assert len(fig.data) == colours  # one trace per colour, "no date" included
    assert fig.data[-1].name == "no date"
    assert fig.layout.title.text.endswith(f"by {by}")
    assert sum(len(t.y) for t in fig.data) == days + 1  # every article is a segment
