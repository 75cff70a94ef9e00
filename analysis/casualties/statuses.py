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
from collections.abc import Mapping

from analysis.casualties.claims import Claim

__all__ = ["day", "figure_text", "judge", "main_figures", "outlet", "row_explanation"]


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


def figure_text(c: Claim) -> str:
    lo, hi = c.low, c.high
    if lo is not None and hi is not None:
        return f"{lo:,}" if lo == hi else f"{lo:,}–{hi:,}"
    return f"at least {lo:,}" if lo is not None else f"at most {hi:,}" if hi is not None else "?"


def outlet(c: Claim) -> str:
    return c.source or c.article


def judge(items: list[Claim], times: Mapping[Claim, dt.date | None], days: int) -> tuple[list[str], list[str]]:
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
    overstated = {c for c in dated if len({outlet(o) for o in later_lower(c)} - {outlet(c)}) >= 2}

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
        ]  # fmt: skip
        raised_same = [o for o in same if _above(o, c) and o not in unexplained]
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
        higher = earlier_higher(c)
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
        raised = [o for o in later if _above(o, c)] + raised_same
        if raised:
            last = max(raised, key=lambda o: (t(o), o.low or 0))
            statuses.append("revised")
            reasons.append(
                f"{outlet(c)} reported {figure_text(c)} on {day(when)}; later reports raised it "
                f"({figure_text(last)} by {outlet(last)}, {day(t(last))}): the course of a rising toll, not a conflict."
            )
            continue
        statuses.append("consistent")
        reasons.append(f"{outlet(c)} reported {figure_text(c)} on {day(when)}, which fits the reports around it.")
    return statuses, reasons


def row_explanation(items: list[Claim], statuses: list[str], reasons: list[str], status: str) -> str:
    if status == "single-source":
        figures = ", ".join(dict.fromkeys(figure_text(c) for c in items))
        return f"Only {outlet(items[0])} reported this toll ({figures})."
    if status == "consistent":
        outlets = list(dict.fromkeys(outlet(c) for c in items))
        figures = ", ".join(dict.fromkeys(figure_text(c) for c in items))
        return f"The {len(outlets)} outlets agree ({figures}): one toll fits every report of the same time."
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
