"""Do the tolls agree, end to end, on real coverage nobody tuned the tool to (``tests/data/agreement_real.json``).

Two deadly events in no other file of tests/data: the Volcán de Fuego eruption (Guatemala, June-July 2018) and the
Champlain Towers South collapse (Surfside, Florida, June-July 2021), 14 excerpts each from different outlets and
days, Spanish and English. Every comparison a fact-checker would make (event, kind, group, place) was judged by
hand BEFORE the tool ran on the file (its commit says so), per row and per article. The corpus is read as a user
reads it (stories, claims, report times, comparisons); rows and articles where the tool agrees are asserted, the
others are xfail rows with the reason (an extraction miss, a place misread, a story split).

The first tables are the comparison rules the check led to, each with rows that must not change (negatives).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from analysis.casualties.agreement import Agreement, agreements
from analysis.casualties.claims import Claim

DATA = Path(__file__).parent / "data" / "agreement_real.json"

Report = tuple[str, int, int | None, int | None]  # outlet, day of June, low, high


def _rows(kind: str, reports: list[Report]) -> Agreement:
    claims, times = [], {}
    for i, (outlet, day, low, high) in enumerate(reports):
        c = Claim(f"{outlet}-{i}", outlet, kind, "total", "S1", low, high, "exact", None, "", 0, 1, 0, "x")
        claims.append(c)
        times[c] = dt.date(2021, 6, day)
    (row,) = agreements(claims, times)
    return row


# A falling count (settings/agreement.yaml falling_kinds: the missing): figures from the Surfside and Fuego coverage.
FALLING = [
    # 159 missing on the first day, then 156, 152, 147, 121, 43: the list shrinks as people are found; no conflict
    ("search-narrows", "missing", [("A", 21, 159, 159), ("B", 21, 159, None), ("C", 23, 156, 156),
     ("D", 24, 152, 152), ("E", 26, 147, 147), ("F", 30, 121, 121)], "revised",
     ["revised", "revised", "revised", "revised", "revised", "consistent"]),
    ("new-lower-count-is-no-lag", "missing", [("A", 2, 300, 300), ("B", 5, 250, 250)], "revised",
     ["revised", "consistent"]),
    # 192 (5 Jun), 200 (8 Jun), then 192 again on 9 Jun: a count already replaced, printed again
    ("repeats-a-replaced-count", "missing", [("A", 5, 192, 192), ("B", 8, 200, 200), ("C", 9, 192, 192)],
     "outdated", ["revised", "consistent", "outdated"]),
    # an order of magnitude ("thousands") replaces no count, and below an earlier count it is behind, as any figure
    ("vague-below-a-count", "missing", [("A", 2, 10000, 10000), ("B", 9, 2000, 9999)], "outdated",
     ["consistent", "outdated"]),
    ("vague-replaces-nothing", "missing", [("A", 1, 9000, 11000), ("B", 2, 2000, 9999), ("C", 4, 10100, 10100)],
     "revised", ["consistent", "revised", "consistent"]),
    ("same-day-gap-settled-by-a-lower-count", "missing", [("A", 2, 159, 159), ("B", 2, 147, 147), ("C", 5, 121, 121)],
     "revised", None),
    # negatives: the same tables of a kind that only rises keep their statuses
    ("killed-above-later-toll", "killed", [("A", 25, 159, 159), ("B", 25, 159, None), ("C", 27, 156, 156),
     ("D", 28, 152, 152), ("E", 30, 147, 147)], "conflicting", None),
    ("killed-lower-later-is-behind", "killed", [("A", 2, 300, 300), ("B", 5, 250, 250)], "outdated",
     ["consistent", "outdated"]),
    ("missing-same-day-gap-unsettled", "missing", [("A", 2, 159, 159), ("B", 2, 147, 147)], "conflicting", None),
    ("missing-rising-is-revised", "missing", [("A", 4, 192, 192), ("B", 20, 332, 332)], "revised",
     ["revised", "consistent"]),
]


@pytest.mark.parametrize(("name", "kind", "reports", "status", "each"), FALLING, ids=[c[0] for c in FALLING])
def test_a_falling_count_is_revised_not_contradicted(name, kind, reports, status, each) -> None:
    row = _rows(kind, reports)
    assert row.status == status, row.explanation
    if each:
        assert [p["status"] for p in row.series] == each
