"""Which event a casualty claim is about, once articles are grouped into stories.

A claim's event is its article's story: every claim of one story is compared with
the others of that story, whatever report date its sentence gives ("informó este
lunes", "ayer", the article's week), so report dates never split an event.
Only a claim whose **own sentence** explicitly refers to another incident is kept
apart, under its own key:

* a running total, "desde comienzos de septiembre" / "since September"
  (:mod:`analysis.casualties.incidents` keys it ``since 2025-09``): compared with
  other claims of that running total, in any story;
* a calendar date at least ``other_incident_days`` (settings/similarity.yaml,
  section ``stories``) before the story's first article ("el terremoto del
  23 de octubre de 2011" in coverage of 2023): a past incident cited for
  comparison, keyed ``earlier 2011-10-23``. A month alone counts from its last day,
  so "septiembre" in coverage from 8 September is not earlier.

A **follow-up** published weeks later ("One month after Guatemala's Fuego volcano violently erupted";
"se elevó a 116 la cifra de fallecidos por la erupción ocurrida el 3 de junio") often falls outside its
event's story: stories join articles at most ``max_gap_days`` apart. Its tolls are still that event's:
a story whose claims date their incident to a calendar day more than ``max_gap_days`` before the story
began (and less than ``other_incident_days``: no past incident cited), within two days of the first day
of exactly one earlier story that names one of its places (or their containers), is compared as that
story's incident (:func:`_continued`): a follow-up names the day its event began. Likewise a
running total "since" the day its story began ("the death toll from the June 24 disaster") is the
story's toll, not another incident.

A group's toll (Cuban nationals, children: not a total) whose text gives no place, or only the group's own
country written as who they are (``Claim.place_weak``: "visitó Cuba, a propósito de la muerte de 32 de sus
militares", :func:`.claim_places.group_country`), is placed where the other reports of its incident, kind and
group place it, when they agree on one place: where the event happened. With no such report the group's country
stays its place ("El huracán azotó Cuba y mató a 12 cubanos": Cuba).

A weekday, "ayer", the previous sentence's date, the article's event date or its
week never move a claim out of its story. Stories come from
:mod:`analysis.similarity.stories` as a plain mapping (this capability does not
import that one).

>>> import datetime as dt
>>> from analysis.casualties.claims import Claim
>>> def claim(article, key, basis):
...     return Claim(article, "s", "killed", "total", key, 5, 5, "exact", None, "", 0, 1, 0, "5", basis=basis)
>>> out = by_story(
...     [claim("a", "2026-01-19", "weekday"), claim("b", "2026-01-03", "sentence"),
...      claim("b", "since 2025-09", "since"), claim("c", "2011-10-23", "sentence")],
...     {"a": "S1", "b": "S1", "c": "S1"}, {"S1": dt.date(2026, 1, 19)})
>>> [(c.incident, c.story) for c in out]
[('S1', 'S1'), ('S1', 'S1'), ('since 2025-09', 'S1'), ('earlier 2011-10-23', 'S1')]
>>> cuban = [replace(claim("a", "S1", "weekday"), group="Cuban", place="Venezuela", parent=()),
...          replace(claim("b", "S1", "weekday"), group="Cuban", place="Cuba", place_weak=True)]
>>> [c.place for c in by_story(cuban, {"a": "S1", "b": "S1"}, {"S1": dt.date(2026, 1, 19)})]
['Venezuela', 'Venezuela']
>>> [c.place for c in by_story(cuban[1:], {"b": "S1"}, {"S1": dt.date(2026, 1, 19)})]
['Cuba']
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import replace

from analysis.casualties.claims import Claim
from analysis.config import settings
from analysis.regex_cache import compiled

__all__ = ["EARLIER", "by_story", "key_date"]

EARLIER = "earlier "
RE_KEY = compiled(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def key_date(key: str) -> dt.date | None:
    """The latest day an incident key can mean: a day, the last day of a month, 31 December of a year.

    >>> key_date("2023-09"), key_date("2011-10-23"), key_date("--09-08"), key_date("week of 2026-01-19")
    (datetime.date(2023, 9, 30), datetime.date(2011, 10, 23), None, None)
    """
    m = RE_KEY.match(key)
    if not m:
        return None
    year = int(m.group(1))
    if m.group(3):
        return dt.date(year, int(m.group(2)), int(m.group(3)))
    if m.group(2):
        month = int(m.group(2))
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(year, 12, 31)


def by_story(
    claims: Iterable[Claim],
    story_of: Mapping[str, str],
    starts: Mapping[str, dt.date | None],
    *,
    other_days: int | None = None,
) -> list[Claim]:
    """Claims with ``story`` set to their article's story and ``incident`` to that story's id, unless their
    sentence refers to another incident (module docstring). ``starts`` gives each story's first date; claims
    of articles without a story keep their date key."""
    days = settings().stories.other_incident_days if other_days is None else other_days
    claims = list(claims)
    follows = _continued(claims, story_of, starts, days)
    out = []
    for claim in claims:
        story = story_of.get(claim.article)
        if story is None:
            out.append(claim)
            continue
        incident = follows.get(story, story)
        start = starts.get(incident)
        if claim.basis == "since":
            when = _day(claim.incident[len("since ") :])
            own = when is not None and start is not None and abs((when - start).days) <= SLACK_DAYS
            incident = incident if own else claim.incident  # since the story's own first day: its toll
        elif claim.basis == "sentence":
            when = key_date(claim.incident)
            if when is not None and start is not None and (start - when).days >= days:
                incident = EARLIER + claim.incident
        out.append(replace(claim, incident=incident, story=story))
    return _placed_by_event(out)


SLACK_DAYS = 2  # an event's day and its first article's may differ by this much (a night's event, a time zone)
DATED = ("sentence", "previous", "event")  # bases whose key is a date the text gives, not the article's week


def _day(key: str) -> dt.date | None:
    """A day-precise incident key as a date; None for a month, a year, a week or anything else."""
    m = RE_KEY.match(key)
    return key_date(key) if m and m.group(3) else None


def _names(claims: Iterable[Claim]) -> set[str]:
    return {name.casefold() for c in claims for name in (c.place, *c.parent) if name}


def _continued(
    claims: list[Claim], story_of: Mapping[str, str], starts: Mapping[str, dt.date | None], other_days: int
) -> dict[str, str]:
    """Each follow-up story and the earlier story whose event it continues (module docstring).

    >>> def c(article, key, place, country="Guatemala"):
    ...     return Claim(article, "s", "killed", "total", key, 5, 5, "exact", None, "", 0, 1, 0, "5",
    ...                  basis="previous", place=place, parent=(country,))
    >>> starts = {"S1": dt.date(2018, 6, 4), "S2": dt.date(2018, 7, 5), "S3": dt.date(2018, 7, 5)}
    >>> found = [c("a", "2018-06-04", "Escuintla"), c("b", "2018-06-03", "Guatemala City"),
    ...          c("d", "2018-06-03", "Lima", "Peru")]
    >>> _continued(found, {"a": "S1", "b": "S2", "d": "S3"}, starts, 60)  # S3 names no place of S1's
    {'S2': 'S1'}
    """
    gap = settings().stories.max_gap_days
    by_story: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.article in story_of:
            by_story.setdefault(story_of[claim.article], []).append(claim)
    names = {story: _names(found) for story, found in by_story.items()}
    follows: dict[str, str] = {}
    for story, found in sorted(by_story.items()):
        start = starts.get(story)
        if start is None:
            continue
        days = {_day(c.incident) for c in found if c.basis in DATED} - {None}
        dated = {d for d in days if d is not None and gap < (start - d).days < other_days}
        earlier = {
            other for other, first in starts.items()
            if other != story and first is not None and first < start and names.get(other, set()) & names[story]
            and any(abs((d - first).days) <= SLACK_DAYS for d in dated)
        }  # fmt: skip
        if len(earlier) == 1:
            follows[story] = earlier.pop()
    for story in list(follows):  # a follow-up of a follow-up continues the first story
        seen = {story}
        while follows[story] in follows and follows[story] not in seen:
            seen.add(follows[story])
            follows[story] = follows[follows[story]]
    return follows


def _placed_by_event(claims: list[Claim]) -> list[Claim]:
    """A group's toll without a place, or placed only by its group's own country (``place_weak``), takes the one
    place the other reports of its incident, kind and group give where their text places it (module docstring); a
    total, or a group whose reports name several places or none, is left as it is."""
    where: dict[tuple[str, str, str], set[tuple[str, tuple[str, ...]]]] = {}
    for c in claims:
        if c.group != "total" and c.place and not c.place_weak:
            where.setdefault((c.incident, c.kind, c.group), set()).add((c.place, tuple(c.parent)))
    out = []
    for c in claims:
        found = where.get((c.incident, c.kind, c.group), set())
        if c.group != "total" and (not c.place or c.place_weak) and len(found) == 1:
            place, parent = next(iter(found))
            c = replace(c, place=place, parent=parent, place_weak=False)
        out.append(c)
    return out
