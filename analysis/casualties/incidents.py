"""Incident keys: which event a casualty claim is about, from the dates the text mentions.

Claims are only compared within one incident. A claim's key is, first that applies:

1. a date in the claim's sentence: a "since" date ("desde comienzos de
   septiembre", "since early September") keys a running total, ``since 2025-09``,
   another incident than any one-day event; otherwise the date mentioned nearest
   before the figure (else after it), skipping report dates (a date just after an
   attribution verb: "informó este lunes 19 de enero");
2. the last date of the previous sentence;
3. the article's event date: the date mentioned most often in sentences with an
   event cue word (ataque, operación, bombardeo, strike, raid...), calendar dates
   before weekdays ("este lunes" mostly dates the report), ties to the latest,
   none after the reference date;
4. the week of the article's date, ``week of 2026-01-19`` (Monday);
5. ``undated``.

Days and months are read by :func:`analysis.text.day_months.day_months` (the reader
the stories' follow-ups share: both languages' months, the month after or before the
day); the other mentions by this module's pattern of the article's language.
Dates resolve against a :class:`Reference`: the article's date, or, when the
article has none, the latest date of the corpus. A day and month without a year
is the latest such day not after the reference (two days' slack); a month alone
is the latest such month not after it; weekdays and "ayer"/"yesterday" need the
article's own date. Keys are ISO: ``2026-01-03`` (day), ``2025-09`` (month).
Cue words live in ``lexicons/figures_*.yaml`` (``since``, ``event_cues``).

>>> import datetime as dt
>>> resolve_day_month(3, 1, None, Reference(dt.date(2026, 1, 20)))
'2026-01-03'
>>> resolve_day_month(28, 12, None, Reference(dt.date(2026, 1, 20)))
'2025-12-28'
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from analysis.casualties.quantities import lexicon, plain, words_regex
from analysis.casualties.word_patterns import initials
from analysis.corpus.records import Article
from analysis.regex_cache import compiled
from analysis.text.day_months import day_months, resolve

__all__ = ["BASES", "DateMention", "Keyer", "Reference", "UNDATED", "resolve_day_month"]

UNDATED = "undated"
# Which rule gave a claim its incident key: a "since" date or a calendar date in its own sentence, a weekday or
# "ayer" there, the previous sentence's date, the article's event date, its week, nothing.
BASES = ("since", "sentence", "weekday", "previous", "event", "week", "undated")
SLACK_DAYS = 2  # a day and month up to two days after the reference is this year's


def _key(text: str) -> str:
    """A date lexicon key: :func:`plain` text without a final full stop ("Sept." -> "sept")."""
    return plain(text).rstrip(".")


@dataclass(frozen=True)
class Reference:
    """Dates to resolve mentions against: the article's own date and the corpus fallback."""

    date: dt.date | None
    fallback: dt.date | None = None

    @property
    def anchor(self) -> dt.date | None:
        return self.date or self.fallback


@dataclass(frozen=True)
class DateMention:
    """A date mentioned in the text, resolved to an ISO key."""

    start: int
    end: int
    key: str
    since: bool
    report: bool
    explicit: bool  # a calendar date, not a weekday or "ayer"


@dataclass(frozen=True)
class _Dates:
    pattern: re.Pattern[str]
    since: re.Pattern[str]
    report: re.Pattern[str]
    event: re.Pattern[str]
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, int]


# What may stand between a "since" word and its date ("desde el 3 de junio", "since the 3rd of June").
SINCE_LINK = r"\s+(?:(?:el|la|the|de|of)\s+)?"


@cache
def _dates(language: str, *, screened: bool = True) -> _Dates:
    """The date patterns of ``language`` but days and months (:func:`analysis.text.day_months.day_months` reads
    those); ``screened=False``: without the lookahead that rules positions out (the same matches, slower: tests
    compare both)."""
    lex = lexicon(f"figures_{language}")
    months = words_regex(lex["months"])
    year = r"(?:19|20)\d{2}(?!\d)"
    if language == "en":
        long_months = "|".join(m.capitalize() for m in lex["months"] if len(m) > 3)
        forms = rf"(?-i:(?P<month_only>(?<!\w)(?:{long_months})(?!\w)))(?:\s+(?P<year_only>{year}))?"
    else:
        forms = rf"(?P<month_only>{months})(?:\s+(?:de|del)\s+(?P<year_only>{year}))?"
    # Every form starts at a digit or at a word of the lists (since, months, weekdays, relative days): a lookahead for
    # them first rules out most positions of a text at one character class (word_patterns.initials).
    firsts = initials([*lex["since"], *lex["months"], *lex["weekdays"], *lex["relative_days"]])
    pattern = (
        (rf"(?=\d|(?<![\w])[{firsts}])" if firsts and screened else "")
        + rf"(?:(?P<since>{words_regex(lex['since'])}){SINCE_LINK})?"
        rf"(?:{forms}|(?P<weekday>{words_regex(lex['weekdays'])})|(?P<relative>{words_regex(lex['relative_days'])})"
        rf"|(?<=\s)(?P<year_alone>{year}))"
    )
    verbs = words_regex(lex["attribution"]["verbs"])
    return _Dates(
        compiled(pattern, re.IGNORECASE),
        compiled(rf"{words_regex(lex['since'])}{SINCE_LINK}$", re.IGNORECASE),
        compiled(rf"{verbs}\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE),
        compiled(words_regex(lex["event_cues"]), re.IGNORECASE),
        {_key(k): int(v) for k, v in lex["months"].items()},
        {_key(k): int(v) for k, v in lex["weekdays"].items()},
        {_key(k): int(v) for k, v in lex["relative_days"].items()},
    )


def resolve_day_month(day: int, month: int, year: int | None, reference: Reference) -> str | None:
    """ISO key of a day and month, the year taken from the reference when not given."""
    anchor = reference.anchor
    if year is None and anchor is None:
        return f"--{month:02d}-{day:02d}"
    date = resolve(day, month, year, anchor, slack=SLACK_DAYS)
    return None if date is None else date.isoformat()


def _resolve(m: re.Match[str], dates: _Dates, reference: Reference) -> str | None:
    g = m.groupdict()
    if g.get("month_only"):
        month = dates.months[_key(g["month_only"])]
        if g.get("year_only"):
            return f"{int(g['year_only']):04d}-{month:02d}"
        anchor = reference.anchor
        if anchor is None:
            return f"--{month:02d}"
        return f"{anchor.year if month <= anchor.month else anchor.year - 1:04d}-{month:02d}"
    if g.get("year_alone"):
        return g["year_alone"] if g.get("since") else None
    own = reference.date
    if own is None:
        return None
    if g.get("weekday"):
        delta = (own.weekday() - dates.weekdays[_key(g["weekday"])]) % 7
        return (own - dt.timedelta(days=delta)).isoformat()
    if g.get("relative"):
        return (own - dt.timedelta(days=dates.relative[_key(g["relative"])])).isoformat()
    return None


class Keyer:
    """Incident keys of the claims of one article (see the module docstring)."""

    def __init__(
        self, article: Article, sentences: Sequence[tuple[int, int]], language: str, reference: Reference
    ) -> None:
        self._article = article
        self._sentences = sentences
        self._text = article.text
        self._dates = _dates(language)
        self._reference = reference
        self._mentions: dict[int, list[DateMention]] = {}
        self._event: str | None = None
        self._event_done = False

    def mentions(self, index: int) -> list[DateMention]:
        """Resolved date mentions of sentence ``index`` (cached), in the order they start: its days and months,
        then the other mentions of the pattern that are no part of one."""
        if index not in self._mentions:
            start, end = self._sentences[index]
            found = []
            days = []
            for d in day_months(self._text, start, end):
                key = resolve_day_month(d.day, d.month, d.year, self._reference)
                since = self._dates.since.search(self._text, max(start, d.start - 40), d.start)
                days.append((since.start() if since else d.start, d.end))
                if key is not None:
                    found.append(self._mention(start, days[-1][0], d.end, key, since=since is not None, explicit=True))
            for m in self._dates.pattern.finditer(self._text, start, end):
                if any(m.start() < e and s < m.end() for s, e in days):
                    continue  # the month or year of a day and month
                key = _resolve(m, self._dates, self._reference)
                if key is not None:
                    explicit = not (m.group("weekday") or m.group("relative"))
                    found.append(
                        self._mention(start, m.start(), m.end(), key, since=bool(m.group("since")), explicit=explicit)
                    )
            self._mentions[index] = sorted(found, key=lambda x: x.start)
        return self._mentions[index]

    def _mention(self, sentence: int, start: int, end: int, key: str, *, since: bool, explicit: bool) -> DateMention:
        """A mention of ``text[start:end]`` in the sentence starting at ``sentence``; a report date when an
        attribution verb comes just before it."""
        report = bool(self._dates.report.search(self._text, max(sentence, start - 40), start))
        return DateMention(start, end, key, since, report, explicit)

    def event_date(self) -> str | None:
        """The article's event date: most mentioned in event sentences, ties to the latest."""
        if not self._event_done:
            anchor = self._reference.anchor
            counts: Counter[tuple[bool, str]] = Counter()
            for i, (start, end) in enumerate(self._sentences):
                if self._dates.event.search(self._text, start, end):
                    for mention in self.mentions(i):
                        if not mention.report and (anchor is None or mention.key[:10] <= anchor.isoformat()):
                            counts[(mention.explicit, "since " + mention.key if mention.since else mention.key)] += 1
            best = max(counts, key=lambda k: (k[0], counts[k], k[1])) if counts else None
            self._event = best[1] if best else None
            self._event_done = True
        return self._event

    def key(self, index: int, offset: int) -> str:
        """Incident key of a figure at ``offset`` in sentence ``index``."""
        return self.key_and_basis(index, offset)[0]

    def key_and_basis(self, index: int, offset: int) -> tuple[str, str]:
        """Incident key of a figure at ``offset`` in sentence ``index``, and which rule gave it (:data:`BASES`):
        only ``since`` and ``sentence`` keys come from the claim's own sentence."""
        mentions = [m for m in self.mentions(index) if not m.report]
        since = [m for m in mentions if m.since]
        if since:
            return "since " + since[-1].key, "since"
        if mentions:
            before = [m for m in mentions if m.end <= offset]
            chosen = before[-1] if before else mentions[0]
            return chosen.key, "sentence" if chosen.explicit else "weekday"
        previous = [m for m in self.mentions(index - 1) if not m.report] if index > 0 else []
        if previous:
            return ("since " if previous[-1].since else "") + previous[-1].key, "previous"
        event = self.event_date()
        if event:
            return event, "event"
        date = self._article.date
        if date:
            return f"week of {(date - dt.timedelta(days=date.weekday())).isoformat()}", "week"
        return UNDATED, "undated"
