"""The claims and the tolls' comparisons as tables (pandas): what the figures page, the report and the CSV
downloads show.

One row per claim (:func:`claims_table`, and :func:`comparison_table` with the status of the comparison it is in:
:func:`.agreement.agreements`), per incident (:func:`incidents_table`) or per comparison (:func:`agreement_table`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from analysis.casualties.agreement import Agreement, agreements
from analysis.casualties.claims import Claim
from analysis.text.person_groups import compared_group

if TYPE_CHECKING:  # pandas (1 s of imports) only for the tables
    import pandas as pd

__all__ = [
    "AGREEMENT_COLUMNS",
    "CLAIM_COLUMNS",
    "agreement_table",
    "claims_table",
    "comparison_table",
    "incidents_table",
]

CLAIM_COLUMNS = [
    "article", "source", "date", "kind", "group", "place", "incident", "low", "high", "qualifier", "attributed_to",
    "figure", "text", "start", "end", "sentence_start", "estimate",
]  # fmt: skip


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
            "estimate": c.estimate,
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


def comparison_table(
    claims: Sequence[Claim], dates: Mapping[str, object] | None = None, *, rows: Sequence[Agreement] | None = None
) -> pd.DataFrame:
    """The claims table plus ``status``: the status of the comparison the claim is in (``rows``, by default
    :func:`agreements` with each claim's article date as its report time)."""
    table = claims_table(claims, dates)
    if rows is None:
        rows = agreements(claims, {c: (dates or {}).get(c.article) for c in claims})
    status = {(p["article"], p["at"], r.kind, r.group, r.incident): r.status for r in rows for p in r.series}
    groups = [compared_group(g) for g in table["group"]]  # a row's group is the compared name ("bomberos" -> firefighters)
    keys = zip(table["article"], table["start"], table["kind"], groups, table["incident"])
    return table.assign(status=[status.get(k, "single-source") for k in keys])


AGREEMENT_COLUMNS = ["story", "incident", "kind", "group", "place", "status", "outlets", "reports", "first", "last",
                     "explanation", "flags"]  # fmt: skip


def agreement_table(rows: Sequence[Agreement]) -> pd.DataFrame:
    """One line per comparison (columns: ``AGREEMENT_COLUMNS``): ``first``/``last`` are its earliest and latest
    report dates (None when undated), ``flags`` its part-larger-than-whole notes joined."""
    import pandas as pd

    lines = []
    for r in rows:
        times = sorted(str(p["time"]) for p in r.series if p["time"])
        lines.append({
            "story": r.story, "incident": r.incident, "kind": r.kind, "group": r.group, "place": r.place or "",
            "status": r.status, "outlets": len({p["source"] or p["article"] for p in r.series}),
            "reports": len(r.series), "first": times[0] if times else None, "last": times[-1] if times else None,
            "explanation": r.explanation, "flags": " ".join(r.flags),
        })  # fmt: skip
    return pd.DataFrame(lines, columns=AGREEMENT_COLUMNS)
