"""Each claim's status within one comparison, and the sentence that explains it to a reader.

The rules (consistent, revised, outdated, conflicting; "about the same time") and a worked
example are in :mod:`analysis.casualties.agreement`, which groups claims into comparisons and
calls :func:`judge` on each; this module holds the rules' code and the plain-language
explanations ("El Diario still reported 95 on 4 Nov 2026, 2 days after 211 was published by
3 outlets").

>>> import datetime as dt
>>> def c(article, low, day):
...     return Claim(article, article.upper(), "killed", "total", "S1", low, low, "exact", None, "", 0, 1, 0, "")
>>> items = [c("a", 95, 2), c("b", 211, 3)]
>>> judge(items, {items[0]: dt.date(2026, 11, 2), items[1]: dt.date(2026, 11, 3)}, 0)[0]
['revised', 'consistent']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from analysis.casualties.claims import Claim

__all__ = ["day", "figure_text", "judge", "judge_apart", "main_figures", "outlet", "row_explanation"]


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


def _count(c: Claim) -> bool:
    """A figure that states a count: a number, open above or within a factor of two ("192", "at least 159",
    "casi 200"), not an order of magnitude ("miles", "hundreds": [2,000, 9,999]). Only a count replaces a count of
    a falling kind; an order of magnitude below an earlier count is judged as any figure is (behind it).

    >>> def m(low, high):
    ...     return Claim("a", "A", "missing", "total", "S1", low, high, "exact", None, "", 0, 1, 0, "")
    >>> [_count(m(192, 192)), _count(m(159, None)), _count(m(180, 199)), _count(m(2000, 9999)), _count(m(None, 5))]
    [True, True, True, False, False]
    """
    return c.low is not None and (c.high is None or c.high <= 2 * c.low)


def _same_count(c: Claim, m: Claim) -> bool:
    """c may repeat m's count: their intervals meet, and an open one ("at least 159") only meets an open one (211
    is no repeat of "at least 159")."""
    return not _disjoint(c, m) and (m.high is not None or c.high is None)


def _falls_to(later: Claim, figure: Claim) -> bool:
    """A later report of a falling count reaches a figure from above: it starts at or below the figure's upper bound."""
    return figure.high is None or later.low is None or later.low <= figure.high


def _repeats_replaced(
    c: Claim, when: dt.date, others: list[Claim], t: Callable[[Claim], dt.date], days: int
) -> list[Claim]:
    """The reports that had replaced c's count before c was published: counts (:func:`_count`) of other outlets
    disjoint from c, more than ``days`` days before it, each after a report (any outlet) that gave a count c fits. A falling count
    (the missing) moves both ways; an outlet is behind when it prints a count that was already replaced, not
    when its figure is merely lower or higher than an earlier one (a new count).

    >>> def m(article, low, d):
    ...     return Claim(article, article.upper(), "missing", "total", "S1", low, low, "exact", None, "", 0, 1, 0, "")
    >>> a, b, c = m("a", 192, 5), m("b", 200, 8), m("c", 192, 9)
    >>> days = {a: dt.date(2018, 6, 5), b: dt.date(2018, 6, 8), c: dt.date(2018, 6, 9)}
    >>> [x.article for x in _repeats_replaced(c, days[c], [a, b], days.__getitem__, 0)]
    ['b']
    >>> _repeats_replaced(b, days[b], [a], days.__getitem__, 0)  # 200 after 192 is a new count, not behind
    []
    """
    before = [o for o in others if outlet(o) != outlet(c) and (when - t(o)).days > days and _count(o)]
    return [
        e for e in before
        if _disjoint(c, e) and any(_same_count(c, m) and (t(e) - t(m)).days > days for m in others)
    ]  # fmt: skip


def day(date: dt.date | None) -> str:
    """A date as a reader writes it: "4 Nov 2026"; "an unknown day" for None.

    >>> day(dt.date(2026, 11, 4)), day(None)
    ('4 Nov 2026', 'an unknown day')
    """
    return f"{date.day} {date.strftime('%b %Y')}" if date else "an unknown day"


def figure_text(c: Claim) -> str:
    lo, hi = c.low, c.high
    if lo is not None and hi is not None:
        return f"{lo:,}" if lo == hi else f"{lo:,}–{hi:,}"
    return f"at least {lo:,}" if lo is not None else f"at most {hi:,}" if hi is not None else "?"


def outlet(c: Claim) -> str:
    return c.source or c.article


def judge(
    items: list[Claim], times: Mapping[Claim, dt.date | None], days: int, *, falls: bool = False
) -> tuple[list[str], list[str]]:
    """Each claim's status and the sentence explaining it (module docstring).

    ``falls``: the kind's count falls in the normal course of the news (the missing are found, alive or dead:
    ``falling_kinds`` of settings/agreement.yaml). Then a later report of any direction revises a figure, a figure
    above every later report is no overstatement, and a report is behind only when it repeats a count that an
    earlier report had already replaced (:func:`_repeats_replaced`), not merely for being below an earlier figure.
    """
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
    overstated = set() if falls else {c for c in dated if len({outlet(o) for o in later_lower(c)} - {outlet(c)}) >= 2}

    def earlier_higher(c: Claim) -> list[Claim]:
        """Figures above c that other outlets published more than ``days`` days before it (not overstated ones)."""
        when = times.get(c)
        if when is None:
            return []
        return [
            o for o in dated
            if o.article != c.article and outlet(o) != outlet(c) and (when - t(o)).days > days and _above(o, c)
            and o not in overstated
        ]  # fmt: skip

    def earlier_other(c: Claim) -> list[Claim]:
        """For a falling count: figures disjoint from c, published more than ``days`` days before it by other
        outlets after a report that gave c's count (c repeats a replaced count)."""
        when = times.get(c)
        if when is None:
            return []
        return _repeats_replaced(c, when, [o for o in dated if o.article != c.article], t, days)

    def behind(c: Claim) -> list[Claim]:
        return earlier_other(c) if falls and _count(c) else earlier_higher(c)

    stale = {c for c in dated if behind(c)}
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
                reasons.append(f"{outlet(c)} reported {figure_text(c)} on an unknown day, {where}.")
                continue
            clash = [o for o in others if outlet(o) != outlet(c) and _disjoint(c, o)]
            if clash:
                statuses.append("conflicting")
                reasons.append(f"{outlet(c)} reported {figure_text(c)} and {outlet(clash[0])} {figure_text(clash[0])}; "
                               "neither is dated and they cannot both be true.")  # fmt: skip
            else:
                statuses.append("consistent")
                reasons.append(f"{outlet(c)} reported {figure_text(c)}, which fits the other reports.")
            continue
        when = t(c)
        others = [o for o in others if times.get(o) is not None]
        later = [o for o in others if (t(o) - when).days > days]
        same = [o for o in others if abs((t(o) - when).days) <= days and outlet(o) != outlet(c)]
        # A same-day gap is no conflict when later reports reach the higher figure (the lower was an earlier
        # count) or when the lower one is behind a figure published before (it is outdated, not contradicting).
        unexplained = [
            o for o in same
            if _disjoint(c, o) and (c if _above(o, c) else o) not in stale
            and not any(_reaches(x, o if _above(o, c) else c) for x in later)
            and not (falls and any(_count(x) and _falls_to(x, c if _above(o, c) else o) for x in later))
        ]  # fmt: skip
        # a falling count's same-day gap settled later: the later reports say which count was the later one
        raised_same = [] if falls else [o for o in same if _above(o, c) and o not in unexplained]
        if unexplained:
            o = unexplained[0]
            statuses.append("conflicting")
            reasons.append(
                f"{outlet(c)} reported {figure_text(c)} and {outlet(o)} {figure_text(o)} on {day(when)}: reports of about "
                "the same time that cannot both be true" + (" (no later report settles it)." if not later else ".")
            )
            continue
        if c in overstated:
            lower = later_lower(c)
            top = max(o.high for o in lower if o.high is not None)
            outlets = len({outlet(o) for o in lower})
            statuses.append("conflicting")
            reasons.append(
                f"{outlet(c)} reported {figure_text(c)} on {day(when)}, above every later report ({outlets} outlets, "
                f"at most {top:,}): a figure above the later confirmed toll."
            )
            continue
        replaced = earlier_other(c) if falls and _count(c) else []
        if replaced:
            last = max(replaced, key=lambda o: (t(o), o.low or 0))
            gap = (when - t(last)).days
            statuses.append("outdated")
            reasons.append(
                f"{outlet(c)} still reported {figure_text(c)} on {day(when)}, {gap} day{'s' * (gap != 1)} after "
                f"{outlet(last)} gave the count as {figure_text(last)} ({day(t(last))})."
            )
            continue
        higher = [] if falls and _count(c) else earlier_higher(c)
        if higher:
            best = max(higher, key=lambda o: (o.low or 0, -t(o).toordinal()))
            first = min(t(o) for o in higher if o.low == best.low)
            gap = (when - first).days
            firsts = sorted({outlet(o) for o in higher if o.low == best.low and t(o) == first} or {outlet(best)})
            count = len({outlet(o) for o in higher if o.low is not None and best.low is not None and o.low >= best.low})
            statuses.append("outdated")
            reasons.append(
                f"{outlet(c)} still reported {figure_text(c)} on {day(when)}, {gap} day{'s' * (gap != 1)} after "
                f"{best.low:,} was published by {count} outlet{'s' * (count != 1)} ({', '.join(firsts)}, {day(first)})."
            )
            continue
        raised = [
            o for o in later if _above(o, c) or (falls and _count(o) and _disjoint(o, c) and o not in stale)
        ] + raised_same  # fmt: skip
        if raised:
            last = max(raised, key=lambda o: (t(o), o.low or 0))
            verb, course = ("changed", "a count that moves") if falls else ("raised", "a rising toll")
            statuses.append("revised")
            reasons.append(
                f"{outlet(c)} reported {figure_text(c)} on {day(when)}; later reports {verb} it "
                f"({figure_text(last)} by {outlet(last)}, {day(t(last))}): the course of {course}, not a conflict."
            )
            continue
        statuses.append("consistent")
        reasons.append(f"{outlet(c)} reported {figure_text(c)} on {day(when)}, which fits the reports around it.")
    return statuses, reasons


def row_explanation(
    items: list[Claim], statuses: list[str], reasons: list[str], status: str, *, falls: bool = False
) -> str:
    if status == "single-source":
        figures = ", ".join(dict.fromkeys(figure_text(c) for c in items))
        return f"Only {outlet(items[0])} reported this toll ({figures})."
    if status == "consistent":
        outlets = list(dict.fromkeys(outlet(c) for c in items))
        figures = ", ".join(dict.fromkeys(figure_text(c) for c in items if not c.estimate))
        guesses = ", ".join(dict.fromkeys(figure_text(c) for c in items if c.estimate))
        if not guesses:
            return f"The {len(outlets)} outlets agree ({figures}): one toll fits every report of the same time."
        if not figures:
            return f"The {len(outlets)} outlets' estimates agree ({guesses}): no count to compare them with."
        return (
            f"The {len(outlets)} outlets agree: the counts ({figures}) fit every report of the same time; the "
            f"estimates ({guesses}) are compared with estimates only."
        )
    if status == "revised" and falls:
        return "The count changed as reports came in; no outlet repeated a count already replaced. " + next(
            r for r, s in zip(reasons, statuses) if s == "revised"
        )
    if status == "revised":
        firsts = [c for c, s in zip(items, statuses) if s == "revised"]
        low = min(firsts, key=lambda c: c.high if c.high is not None else 0)
        return (
            "The toll rose as reports came in; no outlet reported less than what was already out. "
            + reasons[items.index(low)]
        )
    return next(r for r, s in zip(reasons, statuses) if s == status)


def main_figures(items: list[Claim]) -> list[Claim]:
    """Each article's highest figure of one comparison, in the items' order: one article at one time states one
    toll per kind, group and place; its lower figures there are parts ("de ellos, 97 mujeres") or counts it
    recalls ("up from 79"), which are not compared. An article's estimate (``Claim.estimate``) is its own: the
    highest count and the highest estimate are both main figures, compared apart (:func:`judge_apart`)."""
    best: dict[tuple[str, bool], Claim] = {}
    for c in items:
        size = (c.low if c.low is not None else -1, c.high if c.high is not None else float("inf"))
        old = best.get((c.article, c.estimate))
        if old is None or size > (
            old.low if old.low is not None else -1,
            old.high if old.high is not None else float("inf"),
        ):
            best[(c.article, c.estimate)] = c
    return [c for c in items if best.get((c.article, c.estimate)) is c]


def judge_apart(
    mains: list[Claim], times: Mapping[Claim, dt.date | None], days: int, *, falls: bool = False
) -> dict[Claim, tuple[str, str]]:
    """Each main figure's status and reason, counts judged with counts and estimates with estimates (:func:`judge`):
    a count below an earlier estimate is not behind the news, nor an estimate above the later counts a conflict
    ("las autoridades locales estimaron que han muerto más de 10,000 personas" on 11 Nov, "the official death toll
    stood at 1,774" on 12 Nov). A figure alone of its sort among several outlets' figures is consistent.

    >>> def c(article, low, day, estimate=False):
    ...     return Claim(article, article.upper(), "killed", "total", "S1", low, low, "exact", None, "", 0, 1, 0, "",
    ...                  estimate=estimate)
    >>> a, b, e = c("a", 1744, 11), c("b", 2344, 13), c("e", 10000, 10, True)
    >>> times = {a: dt.date(2013, 11, 11), b: dt.date(2013, 11, 13), e: dt.date(2013, 11, 10)}
    >>> [judge_apart([e, a, b], times, 0)[x][0] for x in (e, a, b)]
    ['consistent', 'revised', 'consistent']
    """
    out: dict[Claim, tuple[str, str]] = {}
    for estimates in (False, True):
        pool = [c for c in mains if c.estimate == estimates]
        if len({outlet(c) for c in pool}) >= 2:
            statuses, reasons = judge(pool, times, days, falls=falls)
            note = "Estimates: " if estimates else ""
            out.update((c, (s, note + r)) for c, s, r in zip(pool, statuses, reasons))
            continue
        for c in pool:
            sort = "an estimate, not a count" if estimates else "a count"
            out[c] = ("consistent", f"{outlet(c)} gave {figure_text(c)}, {sort}: no other outlet gave one to compare it with.")
    return out
