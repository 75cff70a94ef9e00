"""Do the tolls agree? Claims compared by story, kind, group and place, in time.

A toll rises for days: an outlet that wrote 95 on the first evening and another that
wrote 211 a week later do not conflict. So each claim has a **report time**
(:mod:`analysis.casualties.timing`: the report date its sentence gives, else its
article's date, else unknown), and claims are compared only within one *comparison*:
the same incident (the story, or a running total / earlier incident kept apart by
:mod:`analysis.casualties.events`), kind, group and, for totals, place
(:mod:`analysis.casualties.comparable`: one name per place; a town and its region are
two comparisons, and a part larger than its whole is flagged, unless the incident has one site
named at several levels: :func:`analysis.casualties.comparable.one_site`).

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

A **falling count** (a kind of ``falling_kinds``, settings/agreement.yaml: the missing, found alive
or among the dead as the days pass) moves both ways: 159 missing on the first day, 147 a week later
and 43 two weeks later is the course of the search, not a figure above the later confirmed toll. For
such a kind a later report revises any figure it is disjoint from, a figure above every later report
is not overstated, and a report is outdated only when it repeats a count that another outlet had
already replaced before it was published (192 on 5 June, 200 on 8 June, 192 again on 9 June), not
for being lower or higher than an earlier figure (a new count); a same-day gap is settled by a later
report that reaches either figure from its side. A group of ``falling_groups`` (those still in hospital, who
go home: 15 on 16 Aug, 9 on 19 Aug) is judged so in any kind.

An **estimate** (``Claim.estimate``: its clause says "estimated", "feared", "estimaron") is judged only against
other outlets' estimates, and a count only against counts (:func:`analysis.casualties.statuses.judge_apart`): the
"more than 10,000" local officials estimated on the second day does not make the official 1,774 of the next
outdated, nor is it a conflict once counts stay below it; a figure alone of its sort is consistent.

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

from analysis.casualties.claims import KINDS, Claim
from analysis.casualties.comparable import Located, compared_place, inside, longer_forms, one_site, part_of_more
from analysis.casualties.statuses import figure_text, judge_apart, main_figures, outlet, row_explanation
from analysis.casualties.timing import ReportTime
from analysis.config import settings
from analysis.text.person_groups import compared_group

__all__ = [
    "STATUSES",
    "Agreement",
    "row_key",
    "agreements",
    "apply_overrides",
]

# Worst first: a comparison takes the first status any of its claims has.
STATUSES = ("conflicting", "outdated", "revised", "consistent", "single-source")


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


def _common(intervals: Sequence[tuple[int | None, int | None]]) -> tuple[int | None, int | None]:
    low = max((lo for lo, _ in intervals if lo is not None), default=None)
    high = min((hi for _, hi in intervals if hi is not None), default=None)
    return (low, high) if low is None or high is None or low <= high else (None, None)


def _order(incident: str, kind: str, group: str, place: str | None) -> tuple:
    kinds = {k: i for i, k in enumerate(KINDS)}
    return (incident, kinds.get(kind, len(kinds)), kind, group != "total", group, place or "")


def row_key(row: Agreement) -> tuple:
    """Where a comparison stands in :func:`agreements`' list: by incident, kind (``KINDS`` order), totals first,
    group, place. An engine that computes comparisons in groups sorts them back with it."""
    return _order(row.incident, row.kind, row.group, row.place if row.group == "total" else None)


def _day(value: object) -> dt.date | None:
    """A report time as a day: a ``ReportTime``'s date, a date, a datetime's day; None otherwise."""
    value = value.date if isinstance(value, ReportTime) else value
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


def _edited(
    article: str, place: str | None, parents: tuple[str, ...], edits: Mapping[str, str], chains: Mapping
) -> tuple[str | None, tuple[str, ...]]:
    """The user's place edits: a place name maps to another (merge), then "article@place" (the place before or
    after the merge) moves one article's figures to another name (split). A merged place takes the containers of
    the place it joins.

    >>> _edited("a", "Hurricane", ("Utah", "United States"), {"Hurricane": "United States"}, {"United States": ()})
    ('United States', ())
    >>> _edited("a", "Seoul", ("South Korea",), {"a@Seoul": "Itaewon"}, {})
    ('Itaewon', ('South Korea',))
    """
    if not place:
        return place, parents
    merged = edits.get(place, place)
    target = edits.get(f"{article}@{merged}") or edits.get(f"{article}@{place}") or merged
    if target == place:
        return place, parents
    return target, chains.get(target, parents)


def agreements(
    claims: Iterable[Claim],
    times: Mapping[Claim, object] | None = None,
    *,
    languages: Mapping[str, str] | None = None,
    same_time_days: int | None = None,
    places: Mapping[str, str] | None = None,
) -> list[Agreement]:
    """One :class:`Agreement` per (incident, kind, group, place), sorted by them (totals first).

    ``times`` gives each claim's report time (a date, or a ``ReportTime`` of
    :func:`analysis.casualties.timing.report_times`; a claim
    missing from it has an unknown time); ``languages`` each article's language, to read place lists;
    ``places`` the user's merges and splits of places (:func:`_edited`).
    The result does not depend on the order of the claims' articles.
    """
    days = settings().agreement.same_time_days if same_time_days is None else same_time_days
    falling, falling_groups = settings().agreement.falling_kinds, settings().agreement.falling_groups

    def falls(kind: str, group: str) -> bool:  # the missing are found; those still in hospital go home
        return kind in falling or group in falling_groups

    when: dict[Claim, dt.date | None] = {c: _day(v) for c, v in (times or {}).items()}
    languages = languages or {}
    groups: dict[tuple[str, str, str, str | None], list[Claim]] = {}
    chains: dict[str | None, tuple[str, ...]] = {}
    row_chains: dict[tuple[str, str, str, str | None], tuple[str, ...]] = {}
    located: list[tuple[Claim, str | None, tuple[str, ...]]] = []
    for claim in claims:
        place: str | None = None
        parents: tuple[str, ...] = ()
        if claim.group == "total":
            place, parents = compared_place(claim, languages.get(claim.article, "es"))
            if place not in chains or (len(parents), parents) > (
                len(chains[place]),
                chains[place],
            ):  # order-independent
                chains[place] = parents
        located.append((claim, place, parents))
    known = dict(chains)
    longer = longer_forms((c.incident, place) for c, place, _ in located)
    located = [
        (c, longer[(c.incident, place)], chains.get(longer[(c.incident, place)], parents))
        if place and (c.incident, place) in longer else (c, place, parents)
        for c, place, parents in located
    ]  # fmt: skip
    sites = one_site(
        (
            Located(c.incident, c.kind, c.article, place, parents, c.low, c.high, when.get(c))
            for c, place, parents in located
            if c.group == "total" and not (place.startswith("part of ") if place else part_of_more(c))
        ),
        days=days,
        falling=frozenset(settings().agreement.falling_kinds),
    )
    for claim, place, parents in located:
        if (
            claim.group == "total"
            and (claim.incident, claim.kind, place) in sites
            and not (place is None and part_of_more(claim))
        ):
            place, parents = sites[(claim.incident, claim.kind, place)]
        elif place and place.startswith("part of ") and (claim.incident, claim.kind, place[8:]) in sites:
            site, chain = sites[(claim.incident, claim.kind, place[8:])]  # a part of a place nested into its site
            place, parents = f"part of {site}", (site, *chain)
        if places and place:
            place, parents = _edited(claim.article, place, parents, places, known)
        key = (claim.incident, claim.kind, compared_group(claim.group), place)  # "bomberos" = "firefighters"
        groups.setdefault(key, []).append(claim)
        if key not in row_chains or (len(parents), parents) > (len(row_chains[key]), row_chains[key]):
            row_chains[key] = parents  # a row's containers come from its own claims: the same in any grouping

    def row_order(key: tuple[str, str, str, str | None]) -> tuple:
        return _order(*key)

    def sort_key(c: Claim) -> tuple:
        at = when.get(c)
        return (at is None, at or dt.date.min, outlet(c), c.article, c.start, c.low or -1, c.high or -1)

    out = []
    for key in sorted(groups, key=row_order):
        incident, kind, group, place = key
        items = sorted(groups[key], key=sort_key)
        articles = tuple(sorted(dict.fromkeys(c.article for c in items)))
        mains = main_figures(items)
        if len({outlet(c) for c in items}) < 2:
            statuses, reasons = ["single-source"] * len(items), [""] * len(items)
            status = "single-source"
        else:
            judged = judge_apart(mains, when, days, falls=falls(kind, group))
            main_of = {(c.article, c.estimate): c for c in mains}
            statuses = [judged[main_of[(c.article, c.estimate)]][0] for c in items]
            reasons = [
                judged[c][1] if c in judged else
                f"{outlet(c)} also gave {figure_text(c)} in the article where it reported "
                f"{figure_text(main_of[(c.article, c.estimate)])}: "
                "a part or an earlier count it recalls, not compared."
                for c in items
            ]  # fmt: skip
            status = next(s for s in STATUSES if s in statuses)
            statuses_main = [judged[c][0] for c in mains]
            items_main, reasons_main = mains, [judged[c][1] for c in mains]
        if place is None and group != "total":
            # the place shown for a subgroup: its claims' most named place, after the user's place edits
            named = Counter(_edited(c.article, c.place, (), places or {}, {})[0] for c in items if c.place)
            shown = named.most_common(1)[0][0] if named else None
        else:
            shown = place
        series: tuple[dict[str, object], ...] = tuple(
            {
                "time": day.isoformat() if (day := when.get(c)) else None,
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
                "estimate": c.estimate,
            }  # fmt: skip
            for c, s, r in zip(items, statuses, reasons)
        )
        low, high = _common([(c.low, c.high) for c in items]) if status != "conflicting" else (None, None)
        named_sources = tuple(sorted(dict.fromkeys(c.attributed_to for c in items if c.attributed_to)))
        out.append(
            Agreement(
                kind, group, incident, articles, status, low, high, named_sources, story=items[0].story,
                place=shown, parents=row_chains.get(key, ()) if place else (),
                explanation=row_explanation(items, statuses, reasons, status) if status == "single-source"
                else row_explanation(items_main, statuses_main, reasons_main, status, falls=falls(kind, group)),
                series=series,
            )
        )  # fmt: skip
    return _flag_parts(out)


def _flag_parts(rows: list[Agreement]) -> list[Agreement]:
    """Flag a part (a town) whose figure is above its whole's (its region) reported no earlier; a whole's figure
    that is outdated (behind the news) defines no whole."""
    out = []
    for row in rows:
        flags = []
        for whole in rows:
            if (whole.incident, whole.kind, whole.group) != (row.incident, row.kind, row.group):
                continue
            if not (row.place and whole.place and inside((row.place, *row.parents), (whole.place, *whole.parents))):
                continue
            for p in (x for x in row.series if x["compared"]):
                for w in (x for x in whole.series if x["compared"] and x["status"] != "outdated"):
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
