"""Do sources agree on a toll? Interval comparison of claims per kind, group and incident.

Claims are compared only within one (kind, group, incident); incidents come from
``analysis.casualties.incidents`` and the user can merge or split them with overrides. For
the claims [low_i, high_i] of one comparison (None = unbounded):

* **single-source**: every claim comes from one article;
* **consistent**: some count fits every claim, max(low_i) <= min(high_i)
  (pairwise overlap of intervals on a line is the same as a common point);
* **conflicting**: otherwise, some two claims are disjoint.

Example: "al menos 100" [100, None] and "más de un centenar" [101, None] share
[101, None]: consistent; "32" [32, 32] and "al menos 40" [40, None]: conflicting.

>>> _status([(100, None), (101, None)], 2), _status([(32, 32), (40, None)], 2), _status([(5, 5)], 1)
('consistent', 'conflicting', 'single-source')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from analysis.casualties.claims import Claim

if TYPE_CHECKING:  # pandas (1 s of imports) only for the tables
    import pandas as pd

__all__ = [
    "STATUSES",
    "Agreement",
    "agreements",
    "apply_overrides",
    "claims_table",
    "comparison_table",
    "incidents_table",
    "timeline",
]

STATUSES = ("consistent", "conflicting", "single-source")
CLAIM_COLUMNS = [
    "article", "source", "date", "kind", "group", "place", "incident", "low", "high", "qualifier", "attributed_to",
    "figure", "text", "start", "end", "sentence_start",
]  # fmt: skip


@dataclass(frozen=True)
class Agreement:
    """One comparison: its claims' articles, the status, and the common interval when consistent."""

    kind: str
    group: str
    incident: str
    articles: tuple[str, ...]
    status: str
    low: int | None
    high: int | None
    attributed_to: tuple[str, ...]  # distinct attributions: one name repeated is one count, not several

    def to_json(self) -> dict[str, object]:
        """The CLI's JSON record (the issue's contract)."""
        return {
            "kind": self.kind,
            "group": self.group,
            "incident": self.incident,
            "articles": list(self.articles),
            "status": self.status,
        }


def apply_overrides(claims: Iterable[Claim], overrides: Mapping[str, str]) -> list[Claim]:
    """Claims with the user's incident edits: a plain mapping, applied in two steps.

    1. a key that is an **article id** moves that article's claims to the incident
       it names (split one article off an incident);
    2. a key that is an **incident** renames it (merge: map several incidents to one name).

    >>> from analysis.casualties.claims import Claim
    >>> c = Claim("a1", "s", "killed", "total", "2026-01-03", 1, 1, "exact", None, "", 0, 1, 0, "1")
    >>> [x.incident for x in apply_overrides([c], {"2026-01-03": "January attack"})]
    ['January attack']
    """
    out = []
    for claim in claims:
        incident = overrides.get(claim.article, claim.incident)
        incident = overrides.get(incident, incident)
        out.append(claim if incident == claim.incident else replace(claim, incident=incident))
    return out


def _status(intervals: Sequence[tuple[int | None, int | None]], articles: int) -> str:
    if articles < 2:
        return "single-source"
    low = max((lo for lo, _ in intervals if lo is not None), default=None)
    high = min((hi for _, hi in intervals if hi is not None), default=None)
    return "consistent" if low is None or high is None or low <= high else "conflicting"


def agreements(claims: Iterable[Claim]) -> list[Agreement]:
    """One :class:`Agreement` per (kind, group, incident), in order of first appearance; O(claims)."""
    groups: dict[tuple[str, str, str], list[Claim]] = {}
    for claim in claims:
        groups.setdefault((claim.kind, claim.group, claim.incident), []).append(claim)
    out = []
    for (kind, group, incident), items in groups.items():
        articles = tuple(dict.fromkeys(c.article for c in items))
        intervals = [(c.low, c.high) for c in items]
        status = _status(intervals, len(articles))
        low = max((lo for lo, _ in intervals if lo is not None), default=None)
        high = min((hi for _, hi in intervals if hi is not None), default=None)
        common = (low, high) if status != "conflicting" else (None, None)
        named = tuple(dict.fromkeys(c.attributed_to for c in items if c.attributed_to))
        out.append(Agreement(kind, group, incident, articles, status, common[0], common[1], named))
    return out


def claims_table(claims: Iterable[Claim], dates: Mapping[str, object] | None = None) -> pd.DataFrame:
    """Tidy table of claims, one row each, with the article's date (columns: ``CLAIM_COLUMNS``).

    ``low``/``high`` are nullable integers (``pd.NA`` when unbounded).
    """
    import pandas as pd

    dates = dates or {}
    rows = [
        {
            "article": c.article,
            "source": c.source,
            "date": dates.get(c.article),
            "kind": c.kind,
            "group": c.group,
            "place": c.place,
            "incident": c.incident,
            "low": c.low,
            "high": c.high,
            "qualifier": c.qualifier,
            "attributed_to": c.attributed_to,
            "figure": c.figure,
            "text": c.text,
            "start": c.start,
            "end": c.end,
            "sentence_start": c.sentence_start,
        }  # fmt: skip
        for c in claims
    ]
    table = pd.DataFrame(rows, columns=CLAIM_COLUMNS)
    return table.astype({"low": "Int64", "high": "Int64", "start": "int64", "end": "int64", "sentence_start": "int64"})


def incidents_table(claims: Iterable[Claim]) -> pd.DataFrame:
    """Incidents with their claims and articles (columns: incident, claims, articles, kinds)."""
    import pandas as pd

    table = claims_table(claims)
    if table.empty:
        return pd.DataFrame(columns=["incident", "claims", "articles", "kinds"])
    grouped = table.groupby("incident", sort=True)
    return pd.DataFrame(
        {
            "claims": grouped.size(),
            "articles": grouped["article"].agg(lambda s: ", ".join(dict.fromkeys(s))),
            "kinds": grouped["kind"].agg(lambda s: ", ".join(dict.fromkeys(s))),
        }
    ).reset_index()


def timeline(claims: Iterable[Claim], dates: Mapping[str, object]) -> pd.DataFrame:
    """Reported figures by article date: how each toll was reported, and revised, over time.

    Columns: series ("kind · group · incident"), kind, group, incident, date,
    source, article, low, high, qualifier; sorted by series and date. Claims from
    undated articles are left out.
    """
    import pandas as pd

    table = claims_table(claims, dates)
    table = table[table["date"].notna()]
    columns = ["series", "kind", "group", "incident", "date", "source", "article", "low", "high", "qualifier"]
    if table.empty:
        return pd.DataFrame(columns=columns)
    table = table.assign(series=table["kind"] + " · " + table["group"] + " · " + table["incident"])
    return table.sort_values(["series", "date", "source"])[columns].reset_index(drop=True)


def comparison_table(claims: Sequence[Claim], dates: Mapping[str, object] | None = None) -> pd.DataFrame:
    """The claims table plus ``status``: the agreement of the claim's (kind, group, incident)."""
    table = claims_table(claims, dates)
    status = {(a.kind, a.group, a.incident): a.status for a in agreements(claims)}
    keys = zip(table["kind"], table["group"], table["incident"])
    return table.assign(status=[status[k] for k in keys])
