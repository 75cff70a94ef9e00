"""Named days: the calendar days an article's text names ("el 3 de junio", "June 24", "Sept. 27"), as dates.

A follow-up weeks after an event names the day it began ("la erupción del volcán de Fuego, ocurrida el 3 de
junio pasado"; "the building that partially collapsed on June 24"): that day, close to the first articles of the
event's story, lets the follow-up join that story although it is further from them than ``max_gap_days``
(:mod:`analysis.similarity.story_links`). Only a day and a month are read (months of
``lexicons/figures_es.yaml`` and ``figures_en.yaml``, both languages at once); the year is the given year, when
given, else the article's own, or the year before when that day would fall after the article (a piece of 5 July
naming "24 December" means the last one). Only the first ``follow_chars`` characters (title included) are read.

Worked example: an article of 17 July 2018 naming "3 de junio" and "June 24, 2017" names 2018-06-03 and
2017-06-24; "31 de junio" is no day.

>>> import datetime as dt
>>> [d.isoformat() for d in named_days("Ocurrida el 3 de junio pasado; June 24, 2017; 31 de junio.",
...                                     dt.date(2018, 7, 17))]
['2017-06-24', '2018-06-03']
>>> [d.isoformat() for d in named_days("The storm of Dec. 24 killed 5.", dt.date(2019, 1, 5))]
['2018-12-24']
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from importlib import resources

from analysis.config import settings
from analysis.regex_cache import compiled
from analysis.safe_yaml import load_yaml

__all__ = ["named_days"]


@cache
def _months() -> dict[str, int]:
    """Month words of both languages (lexicons/figures_es.yaml, figures_en.yaml) -> month number."""
    out: dict[str, int] = {}
    for language in ("es", "en"):
        text = resources.files("analysis.lexicons").joinpath(f"figures_{language}.yaml").read_text(encoding="utf-8")
        data = load_yaml(text)
        months = data.get("months", {}) if isinstance(data, dict) else {}
        out.update({str(k).lower(): int(v) for k, v in months.items()})
    return out


RE_DAY = compiled(r"(?<![\d.,])\d{1,2}(?![\d.,]?\d)")  # one or two digits: where a day may be
_YEAR_AFTER = compiled(r"(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)(?!\d)")  # "June 24, 2017"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What follows a day ("3 de junio", "24 June 2017") and what precedes one ("June", "Sept.") up to it."""
    months = "|".join(sorted(map(re.escape, _months()), key=lambda w: (-len(w), w)))
    year = r"((?:19|20)\d\d)(?!\d)"
    after = compiled(rf"(?:st|nd|rd|th|º)?\s+(?:de\s+|of\s+)?({months})\b\.?(?:,?\s+(?:de\s+|del\s+)?{year})?", re.I)
    before = compiled(rf"(?<![^\W\d_])({months})\.?\s+$", re.I)
    return after, before


def named_days(text: str, date: dt.date) -> list[dt.date]:
    """The days ``text`` names (its first ``follow_chars`` characters), sorted; ``date`` is the article's.

    Each number of one or two digits is read with the month after it or before it: a text is scanned for digits
    only (one character class), not for every month's name at every position.
    """
    found = set()
    months = _months()
    after, before = _patterns()
    lead = text[: settings().stories.follow_chars]
    for m in RE_DAY.finditer(lead):
        month, year = None, None
        if (a := after.match(lead, m.end())) is not None:
            month, year = a.group(1), a.group(2)
        elif (b := before.search(lead, max(0, m.start() - 12), m.start())) is not None:
            month = b.group(1)
            if (y := _YEAR_AFTER.match(lead, m.end())) is not None:
                year = y.group(1)
        if month is None:
            continue
        try:
            when = dt.date(int(year) if year else date.year, months[month.lower()], int(m.group()))
            if not year and when > date:
                when = dt.date(date.year - 1, when.month, when.day)
        except ValueError:  # 31 June, 29 February of another year
            continue
        found.add(when)
    return sorted(found)
