"""Do the tolls agree? Claims compared by story, kind, group and place, in time.

A toll rises for days: an outlet that wrote 95 on the first evening and another that
wrote 211 a week later do not conflict. So each claim has a **report time**
(:mod:`analysis.casualties.timing`: the report date its sentence gives, else its
article's date, else unknown), and claims are compared only within one *comparison*:
the same incident (the story, or a running total / earlier incident kept apart by
:mod:`analysis.casualties.events`), kind, group and, for totals, place
(:mod:`analysis.casualties.comparable`: one name per place; a town and its region are
two comparisons, and a part larger than its whole is flagged).

Two reports are **about the same time** when their report times are at most ``d`` days
apart, ``d`` = ``same_time_days`` (settings/agreement.yaml; default 0, the same day).
For a claim c with interval [lo_c, hi_c] (None = unbounded) at time t_c, against claims
of *other* articles:

* **conflicting**: a claim of another outlet at about the same time (|t - t_c| <= d) is
  disjoint from c, no later report (t > t_c + d) reaches the higher of the two (so the
  lower cannot be an earlier count of a rising toll) and the lower is not outdated (behind
  the news is no contradiction); or lo_c is above every later report's hi and at least two
  other outlets give those later reports (a figure above the later confirmed toll; such an
  overstated figure makes no later report outdated);
* **outdated**: another outlet published lo_e > hi_c earlier (t_e < t_c - d): c is
  below a figure already out; by lo_e - hi_c, since t_e;
* **revised**: a later report (or a higher one of the same time that later reports
  confirm) raises the figure, lo_l > hi_c: the normal course of a toll;
* **consistent**: none of these;
* **single-source**: every claim of the comparison comes from one outlet.

A claim with an unknown time is consistent when it lies within what the dated claims
span, conflicting otherwise; when no claim is dated, all are of about the same time.
A comparison's status is its claims' worst: conflicting, outdated, revised, consistent.

Worked example (d = 0): A says 95 on 2 Nov, B says 211 on 3 Nov, C still says 95 on
5 Nov. A is revised (B raised it later), B consistent, C outdated (211 was out two days
before): the comparison is outdated, "C still reported 95 on 5 Nov, 2 days after 211
was published by 1 outlet".

>>> import datetime as dt
>>> def c(article, low, day):
...     return Claim(article, article.upper(), "killed", "total", "S1", low, low, "exact", None, "", 0, 1, 0, str(low))
>>> claims = [c("a", 95, 2), c("b", 211, 3), c("e", 95, 5)]
>>> times = {x: dt.date(2026, 11, day) for x, day in zip(claims, (2, 3, 5))}
>>> (row,) = agreements(claims, times)
>>> row.status, [p["status"] for p in row.series]
('outdated', ['revised', 'consistent', 'outdated'])
>>> row.explanation
'E still reported 95 on 5 Nov 2026, 2 days after 211 was published by 1 outlet (B, 3 Nov 2026).'
>>> [agreements(x, {})[0].status for x in ([c("a", 100, 1), c("b", 40, 1)], [c("a", 5, 1)])]
['conflicting', 'single-source']
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from analysis.casualties.claims import KINDS, Claim
from analysis.casualties.comparable import compared_place, inside
from analysis.config import settings

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

# Worst first: a comparison takes the first status any of its claims has.
STATUSES = ("conflicting", "outdated", "revised", "consistent", "single-source")
CLAIM_COLUMNS = [
    "article", "source", "date", "kind", "group", "place", "incident", "low", "high", "qualifier", "attributed_to",
    "figure", "text", "start", "end", "sentence_start",
]  # fmt: skip


@dataclass(frozen=True)
class Agreement:
    """One comparison: its claims' articles, the status, and the common interval when consistent.

    ``series`` holds one point per claim in report-time order: ``time`` (ISO day or None),
    ``article``, ``source``, ``low``, ``high``, ``status`` (the claim's own), ``figure``;
    ``flags`` says when a part's figure is larger than its whole's.
    """

    kind: str
    group: str
    incident: str
    articles: tuple[str, ...]
    status: str
    low: int | None
    high: int | None
    attributed_to: tuple[str, ...]  # distinct attributions: one name repeated is one count, not several
    story: str = ""
    place: str | None = None
    parents: tuple[str, ...] = ()
    explanation: str = ""
    series: tuple[dict[str, object], ...] = ()
    flags: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, object]:
        """The CLI's JSON record (the issue's contract)."""
        return {
            "kind": self.kind,
            "group": self.group,
            "incident": self.incident,
            "articles": list(self.articles),
            "status": self.status,
            "story": self.story,
            "place": self.place,
            "explanation": self.explanation,
            "flags": list(self.flags),
            "series": [{k: p[k] for k in ("time", "article", "source", "low", "high", "status")} for p in self.series],
        }


def apply_overrides(claims: Iterable[Claim], overrides: Mapping[str, str]) -> list[Claim]:
    """Claims with the user's incident edits: a plain mapping, applied in two steps.

    1. a key that is an **article id** moves that article's claims to the incident
       it names (split one article off an incident);
    2. a key that is an **incident** renames it (merge: map several incidents to one name).

    >>> from analysis.casualties.claims import KINDS, Claim
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


def _disjoint(a: Claim, b: Claim) -> bool:
    return (a.high is not None and b.low is not None and b.low > a.high) or (
        b.high is not None and a.low is not None and a.low > b.high
    )


def _above(a: Claim, b: Claim) -> bool:
    """a's figure is surely above b's: lo_a > hi_b."""
    return a.low is not None and b.high is not None and a.low > b.high


def _reaches(later: Claim, figure: Claim) -> bool:
    """A later report reaches a figure: its interval ends at or above the figure's lower bound."""
    return figure.low is None or later.high is None or later.high >= figure.low


def day(date: dt.date | None) -> str:
    """A date as a reader writes it: "4 Nov 2026"; "an unknown day" for None.

    >>> day(dt.date(2026, 11, 4)), day(None)
    ('4 Nov 2026', 'an unknown day')
    """
    return f"{date.day} {date.strftime('%b %Y')}" if date else "an unknown day"


def _figure(c: Claim) -> str:
    lo, hi = c.low, c.high
    if lo is not None and hi is not None:
        return f"{lo:,}" if lo == hi else f"{lo:,}–{hi:,}"
    return f"at least {lo:,}" if lo is not None else f"at most {hi:,}" if hi is not None else "?"


def _outlet(c: Claim) -> str:
    return c.source or c.article


def _judge(items: list[Claim], times: Mapping[Claim, dt.date | None], days: int) -> tuple[list[str], list[str]]:
    """Each claim's status and the sentence explaining it (module docstring)."""
    dated = [c for c in items if times.get(c) is not None]

    def t(c: Claim) -> dt.date:
        value = times.get(c)
        assert value is not None
        return value

    def later_lower(c: Claim) -> list[Claim]:
        """Reports more than ``days`` days after c by other outlets, when every one of them is below c."""
        after = [o for o in dated if o.article != c.article and (t(o) - t(c)).days > days]
        return after if after and all(_above(c, o) for o in after) else []

    # Overstated: above every later report, which at least two other outlets give (the later confirmed toll);
    # one outlet alone below an earlier figure is behind the news (outdated), not a correction.
    overstated = {c for c in dated if len({_outlet(o) for o in later_lower(c)} - {_outlet(c)}) >= 2}

    def earlier_higher(c: Claim) -> list[Claim]:
        """Figures above c that other outlets published more than ``days`` days before it (not overstated ones)."""
        when = times.get(c)
        if when is None:
            return []
        return [
            o for o in dated
            if o.article != c.article and _outlet(o) != _outlet(c) and (when - t(o)).days > days and _above(o, c)
            and o not in overstated
        ]  # fmt: skip

    stale = {c for c in dated if earlier_higher(c)}
    statuses, reasons = [], []
    for c in items:
        others = [o for o in items if o.article != c.article]
        if times.get(c) is None:
            if dated:  # a toll rises: an undated figure above or below the dated ones may be later or earlier
                lows = [o.low for o in dated if o.low is not None]
                highs = [o.high for o in dated]
                top = None if None in highs else max(h for h in highs if h is not None)
                where = (
                    "above every dated report, so perhaps a later count"
                    if c.low is not None and top is not None and c.low > top
                    else "below every dated report, so perhaps an earlier count"
                    if c.high is not None and lows and c.high < min(lows)
                    else "within the dated reports"
                )
                statuses.append("consistent")
                reasons.append(f"{_outlet(c)} reported {_figure(c)} on an unknown day, {where}.")
                continue
            clash = [o for o in others if _outlet(o) != _outlet(c) and _disjoint(c, o)]
            if clash:
                statuses.append("conflicting")
                reasons.append(f"{_outlet(c)} reported {_figure(c)} and {_outlet(clash[0])} {_figure(clash[0])}; "
                               "neither is dated and they cannot both be true.")  # fmt: skip
            else:
                statuses.append("consistent")
                reasons.append(f"{_outlet(c)} reported {_figure(c)}, which fits the other reports.")
            continue
        when = t(c)
        others = [o for o in others if times.get(o) is not None]
        later = [o for o in others if (t(o) - when).days > days]
        same = [o for o in others if abs((t(o) - when).days) <= days and _outlet(o) != _outlet(c)]
        # A same-day gap is no conflict when later reports reach the higher figure (the lower was an earlier
        # count) or when the lower one is behind a figure published before (it is outdated, not contradicting).
        unexplained = [
            o for o in same
            if _disjoint(c, o) and (c if _above(o, c) else o) not in stale
            and not any(_reaches(x, o if _above(o, c) else c) for x in later)
        ]  # fmt: skip
        raised_same = [o for o in same if _above(o, c) and o not in unexplained]
        if unexplained:
            o = unexplained[0]
            statuses.append("conflicting")
            reasons.append(
                f"{_outlet(c)} reported {_figure(c)} and {_outlet(o)} {_figure(o)} on {day(when)}: reports of about "
                "the same time that cannot both be true" + (" (no later report settles it)." if not later else ".")
            )
            continue
        if c in overstated:
            lower = later_lower(c)
            top = max(o.high for o in lower if o.high is not None)
            outlets = len({_outlet(o) for o in lower})
            statuses.append("conflicting")
            reasons.append(
                f"{_outlet(c)} reported {_figure(c)} on {day(when)}, above every later report ({outlets} outlets, "
                f"at most {top:,}): a figure above the later confirmed toll."
            )
            continue
        higher = earlier_higher(c)
        if higher:
            best = max(higher, key=lambda o: (o.low or 0, -t(o).toordinal()))
            first = min(t(o) for o in higher if o.low == best.low)
            gap = (when - first).days
            outlets = sorted({_outlet(o) for o in higher if o.low == best.low and t(o) == first} or {_outlet(best)})
            count = len(
                {_outlet(o) for o in higher if o.low is not None and best.low is not None and o.low >= best.low}
            )
            statuses.append("outdated")
            reasons.append(
                f"{_outlet(c)} still reported {_figure(c)} on {day(when)}, {gap} day{'s' * (gap != 1)} after "
                f"{best.low:,} was published by {count} outlet{'s' * (count != 1)} ({', '.join(outlets)}, {day(first)})."
            )
            continue
        raised = [o for o in later if _above(o, c)] + raised_same
        if raised:
            last = max(raised, key=lambda o: (t(o), o.low or 0))
            statuses.append("revised")
            reasons.append(
                f"{_outlet(c)} reported {_figure(c)} on {day(when)}; later reports raised it "
                f"({_figure(last)} by {_outlet(last)}, {day(t(last))}): the course of a rising toll, not a conflict."
            )
            continue
        statuses.append("consistent")
        reasons.append(f"{_outlet(c)} reported {_figure(c)} on {day(when)}, which fits the reports around it.")
    return statuses, reasons


def _row_explanation(items: list[Claim], statuses: list[str], reasons: list[str], status: str) -> str:
    if status == "single-source":
        outlet = _outlet(items[0])
        figures = ", ".join(dict.fromkeys(_figure(c) for c in items))
        return f"Only {outlet} reported this toll ({figures})."
    if status == "consistent":
        outlets = len({_outlet(c) for c in items})
        return f"{outlets} outlets' reports fit together: one count fits the reports of each time."
    if status == "revised":
        firsts = [c for c, s in zip(items, statuses) if s == "revised"]
        low = min(firsts, key=lambda c: c.high if c.high is not None else 0)
        return (
            "The toll rose as reports came in; no outlet reported less than what was already out. "
            + reasons[items.index(low)]
        )
    return next(r for r, s in zip(reasons, statuses) if s == status)


def _main_figures(items: list[Claim]) -> list[Claim]:
    """Each article's highest figure of one comparison, in the items' order: one article at one time states one
    toll per kind, group and place; its lower figures there are parts ("de ellos, 97 mujeres") or counts it
    recalls ("up from 79"), which are not compared."""
    best: dict[str, Claim] = {}
    for c in items:
        size = (c.low if c.low is not None else -1, c.high if c.high is not None else float("inf"))
        old = best.get(c.article)
        if old is None or size > (
            old.low if old.low is not None else -1,
            old.high if old.high is not None else float("inf"),
        ):
            best[c.article] = c
    return [c for c in items if best.get(c.article) is c]


def _common(intervals: Sequence[tuple[int | None, int | None]]) -> tuple[int | None, int | None]:
    low = max((lo for lo, _ in intervals if lo is not None), default=None)
    high = min((hi for _, hi in intervals if hi is not None), default=None)
    return (low, high) if low is None or high is None or low <= high else (None, None)


def agreements(
    claims: Iterable[Claim],
    times: Mapping[Claim, object] | None = None,
    *,
    languages: Mapping[str, str] | None = None,
    same_time_days: int | None = None,
) -> list[Agreement]:
    """One :class:`Agreement` per (incident, kind, group, place), sorted by them (totals first).

    ``times`` gives each claim's report time (a date, or a ``ReportTime`` of
    :func:`analysis.casualties.timing.report_times`; a claim
    missing from it has an unknown time); ``languages`` each article's language, to read place lists.
    The result does not depend on the order of the claims' articles.
    """
    days = settings().agreement.same_time_days if same_time_days is None else same_time_days
    times = {c: getattr(v, "date", v) for c, v in (times or {}).items()}  # a ReportTime or a date
    languages = languages or {}
    groups: dict[tuple[str, str, str, str | None], list[Claim]] = {}
    chains: dict[str | None, tuple[str, ...]] = {}
    for claim in claims:
        place: str | None = None
        if claim.group == "total":
            place, parents = compared_place(claim, languages.get(claim.article, "es"))
            chains.setdefault(place, parents)
        groups.setdefault((claim.incident, claim.kind, claim.group, place), []).append(claim)
    kinds = {k: i for i, k in enumerate(KINDS)}

    def row_order(key: tuple[str, str, str, str | None]) -> tuple:
        return (key[0], kinds.get(key[1], len(kinds)), key[1], key[2] != "total", key[2], key[3] or "")

    def sort_key(c: Claim) -> tuple:
        when = times.get(c)
        return (when is None, when or dt.date.min, _outlet(c), c.article, c.start, c.low or -1, c.high or -1)

    out = []
    for key in sorted(groups, key=row_order):
        incident, kind, group, place = key
        items = sorted(groups[key], key=sort_key)
        articles = tuple(sorted(dict.fromkeys(c.article for c in items)))
        mains = _main_figures(items)
        if len({_outlet(c) for c in items}) < 2:
            statuses, reasons = ["single-source"] * len(items), [""] * len(items)
            status = "single-source"
        else:
            judged = dict(zip(mains, zip(*_judge(mains, times, days))))
            main_of = {c.article: c for c in mains}
            statuses = [judged[main_of[c.article]][0] for c in items]
            reasons = [
                judged[c][1] if c in judged else
                f"{_outlet(c)} also gave {_figure(c)} in the article where it reported {_figure(main_of[c.article])}: "
                "a part or an earlier count it recalls, not compared."
                for c in items
            ]  # fmt: skip
            status = next(s for s in STATUSES if s in statuses)
            statuses_main = [judged[c][0] for c in mains]
            items_main, reasons_main = mains, [judged[c][1] for c in mains]
        if place is None and group != "total":
            named = Counter(c.place for c in items if c.place)
            shown = named.most_common(1)[0][0] if named else None
        else:
            shown = place
        series = tuple(
            {
                "time": times[c].isoformat() if times.get(c) else None,  # type: ignore[union-attr]
                "article": c.article,
                "source": c.source,
                "low": c.low,
                "high": c.high,
                "status": s,
                "figure": c.figure,
                "reason": r,
                "text": c.text,
                "start": c.start - c.sentence_start,
                "end": c.end - c.sentence_start,
                "compared": c in mains,
                "at": c.start,
            }  # fmt: skip
            for c, s, r in zip(items, statuses, reasons)
        )
        low, high = _common([(c.low, c.high) for c in items]) if status != "conflicting" else (None, None)
        named_sources = tuple(sorted(dict.fromkeys(c.attributed_to for c in items if c.attributed_to)))
        out.append(
            Agreement(
                kind, group, incident, articles, status, low, high, named_sources, story=items[0].story,
                place=shown, parents=chains.get(place, ()) if place else (),
                explanation=_row_explanation(items, statuses, reasons, status) if status == "single-source"
                else _row_explanation(items_main, statuses_main, reasons_main, status), series=series,
            )
        )  # fmt: skip
    return _flag_parts(out, times, days)


def _flag_parts(rows: list[Agreement], times: Mapping[Claim, dt.date | None], days: int) -> list[Agreement]:
    """Flag a part (a town) whose figure is above its whole's (its region) reported no earlier."""
    out = []
    for row in rows:
        flags = []
        for whole in rows:
            if (whole.incident, whole.kind, whole.group) != (row.incident, row.kind, row.group):
                continue
            if not (row.place and whole.place and inside((row.place, *row.parents), (whole.place, *whole.parents))):
                continue
            for p in (x for x in row.series if x["compared"]):
                for w in (x for x in whole.series if x["compared"]):
                    same_or_later = p["time"] is None or w["time"] is None or str(w["time"]) >= str(p["time"])
                    if same_or_later and p["low"] is not None and w["high"] is not None and p["low"] > w["high"]:  # type: ignore[operator]
                        flags.append(
                            f"{p['source'] or p['article']} gave {p['low']:,} for {row.place}, more than the {w['high']:,} "
                            f"{w['source'] or w['article']} gave for {whole.place}, which contains it."
                        )
                        break
                else:
                    continue
                break
        out.append(replace(row, flags=tuple(flags)) if flags else row)
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
