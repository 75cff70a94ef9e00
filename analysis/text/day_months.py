"""Day-and-month mentions: the calendar days a text writes ("el 3 de junio", "June 24, 2017", "Sept. 27", "2 mar").

THE one reader of a day and a month in text, shared by the stories (a follow-up naming its event's day,
:mod:`analysis.similarity.named_days`) and the casualty figures (which incident a claim is about,
:mod:`analysis.casualties.incidents`). Each number of one or two digits is read with the month after it ("3 de
junio", "24 June 2017", "28 de oct.") or before it ("June 24", "marzo 19", "Sept. 27, 2017"), with the year written
after them, if any. Month words are those of ``lexicons/figures_es.yaml`` and ``figures_en.yaml``, both languages at
once: Spanish datelines abbreviate months as English does ("Lima, 22 sep (EFE)", "Quito, 17 jun"), and Spanish
pages write English dates ("February 21, 2024"). A text is scanned for digits only (one character class), not for
every month's name at every position. An impossible day ("60 August", "31 de junio") is read and dropped by
:func:`resolve`, so that a day after it is still read ("climbs to 60 August 16, 2023" names 16 August 2023).

Worked example: "el 3 de junio pasado; June 24, 2017" names day 3 of month 6 (no year) and day 24 of month 6 of 2017;
in a piece of 17 July 2018 the first is 2018-06-03.

>>> [(m.day, m.month, m.year) for m in day_months("Ocurrida el 3 de junio pasado; June 24, 2017.")]
[(3, 6, None), (24, 6, 2017)]
>>> import datetime as dt
>>> resolve(3, 6, None, dt.date(2018, 7, 17)), resolve(24, 12, None, dt.date(2019, 1, 5)), resolve(31, 6, 2018, None)
(datetime.date(2018, 6, 3), datetime.date(2018, 12, 24), None)
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import NamedTuple

from analysis.regex_cache import compiled
from analysis.safe_yaml import packaged_yaml

__all__ = ["DayMonth", "day_months", "months", "resolve"]


class DayMonth(NamedTuple):
    """A day and month written in a text (``text[start:end]``), with the year written after them, if any."""

    start: int
    end: int
    day: int
    month: int
    year: int | None


@cache
def months() -> dict[str, int]:
    """Month words of both languages (lexicons/figures_es.yaml, figures_en.yaml) -> month number."""
    out: dict[str, int] = {}
    for language in ("es", "en"):
        data = packaged_yaml(f"figures_{language}")  # one parse with the casualty grammar's
        found = data.get("months", {}) if isinstance(data, dict) else {}
        out.update({str(k).lower(): int(v) for k, v in found.items()})
    return out


RE_DAY = compiled(r"(?<![\d.,])\d{1,2}(?![\d.,]?\d)")  # one or two digits: where a day may be
_YEAR_AFTER = compiled(r"(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)(?!\d)")  # "June 24, 2017"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What follows a day ("3 de junio", "24 June 2017") and what precedes one ("June", "Sept.") up to it."""
    words = "|".join(sorted(map(re.escape, months()), key=lambda w: (-len(w), w)))
    year = r"((?:19|20)\d\d)(?!\d)"
    after = compiled(rf"(?:st|nd|rd|th|º)?\s+(?:de\s+|of\s+)?({words})\b\.?(?:,?\s+(?:de\s+|del\s+)?{year})?", re.I)
    before = compiled(rf"(?<![^\W\d_])({words})\.?\s+$", re.I)
    return after, before


def day_months(text: str, start: int = 0, end: int | None = None) -> list[DayMonth]:
    """The days and months written in ``text[start:end]``, in the order of their days' digits.

    A day with a month after it is read so; else with a month ending at most 12 characters before it.
    """
    end = len(text) if end is None else end
    found = []
    table = months()
    after, before = _patterns()
    for m in RE_DAY.finditer(text, start, end):
        if (a := after.match(text, m.end(), end)) is not None:
            year = a.group(2)
            found.append(
                DayMonth(m.start(), a.end(), int(m.group()), table[a.group(1).lower()], int(year) if year else None)
            )
        elif (b := before.search(text, max(start, m.start() - 12), m.start())) is not None:
            y = _YEAR_AFTER.match(text, m.end(), end)
            year = y.group(1) if y is not None else None
            found.append(DayMonth(b.start(), y.end() if y else m.end(), int(m.group()), table[b.group(1).lower()],
                                  int(year) if year else None))  # fmt: skip
    return found


def resolve(day: int, month: int, year: int | None, anchor: dt.date | None, *, slack: int = 0) -> dt.date | None:
    """The date of a day and month: in ``year`` when written, else in the anchor's year, or the year before when
    that day would fall more than ``slack`` days after the anchor (a piece of 5 July naming "24 December" means the
    last one). None for no such day (31 June, 29 February of another year) or no year to take."""
    try:
        if year is not None:
            return dt.date(year, month, day)
        if anchor is None:
            return None
        date = dt.date(anchor.year, month, day)
        if date > anchor + dt.timedelta(days=slack):
            date = dt.date(anchor.year - 1, month, day)
        return date
    except ValueError:
        return None
