"""Named days: the calendar days an article's text names ("el 3 de junio", "June 24", "Sept. 27"), as dates.

A follow-up weeks after an event names the day it began ("la erupción del volcán de Fuego, ocurrida el 3 de
junio pasado"; "the building that partially collapsed on June 24"): that day, close to the first articles of the
event's story, lets the follow-up join that story although it is further from them than ``max_gap_days``
(:mod:`analysis.similarity.story_links`). Days and months are read by :func:`analysis.text.day_months.day_months`
(the reader the casualty figures' incidents share: both languages' months at once); the year is the given year, when
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

from analysis.config import settings
from analysis.text.day_months import day_months, resolve

__all__ = ["named_days"]


def named_days(text: str, date: dt.date) -> list[dt.date]:
    """The days ``text`` names (its first ``follow_chars`` characters), sorted; ``date`` is the article's."""
    lead = text[: settings().stories.follow_chars]
    found = {when for m in day_months(lead) if (when := resolve(m.day, m.month, m.year, date)) is not None}
    return sorted(found)
