"""Which place a toll is about, for comparing it: one name per place, whatever the language.

Claims carry the place as written ("Marruecos", "Morocco", "Moscú") and its containers
(``parent``). Two claims are compared only when they are about the same place, so the
place is read back through the shared gazetteer (:mod:`analysis.corpus.places`) to its one
name ("Morocco"), the candidate whose containers are the claim's.

A figure right after a **list of places** ("en Caracas, Miranda, Aragua y La Guaira,
dejando al menos 100 muertos") counts the victims of all of them: its place is the
smallest place containing every item of the list (here Venezuela), not the last item.
Items are adjacent gazetteer mentions separated only by a comma, semicolon or a
conjunction ("y", "e", "and", "&").

Only **totals** are split by place. A subgroup (Cuban nationals, children, foreigners) is
a set of people whatever place its sentence names; a nationality group's sentence often
names the nationality's country ("visitó Cuba, a propósito de la muerte de 32 de sus
militares"), not where they died. Subgroups are compared across the story's places.

A place *inside* another (a town inside its province) is compared with it as an equal
only when the incident has **one site** (:func:`one_site`: every place its totals name, of
any kind, lies on one chain of containers, and no figure shows a part and its whole);
otherwise they are two comparisons, and :func:`inside` tells when a part is larger than
its whole.

>>> from analysis.casualties.claims import Claim
>>> c = Claim("a", "s", "killed", "total", "S1", 100, None, "at least", None,
...           "Hubo ataques en Caracas, Miranda, Aragua y La Guaira, dejando al menos 100 víctimas mortales.",
...           60, 90, 0, "al menos 100", place="La Guaira", parent=("Venezuela",))
>>> compared_place(c, "es")
('Venezuela', ())
>>> inside(("Paiporta", "Valencia", "Spain"), ("Spain",))
True
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from analysis.casualties import claim_spans
from analysis.casualties.claims import Claim
from analysis.corpus import places
from analysis.regex_cache import compiled

__all__ = ["Located", "compared_place", "inside", "longer_forms", "one_site"]

RE_LIST_GAP = compiled(r"\s*[,;]?\s*(?:(?:y|e|and|&)\s+)?", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _canonical(name: str, parent: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """The gazetteer's name of a place as written and its containers. A claim's ``parent`` starts with the
    gazetteer's name when the text wrote it otherwise ("Marruecos": ("Morocco",)), else it holds the containers."""
    found = places.gazetteer().candidates(name)
    for place in found:
        if (place.name, *place.parents) == parent:  # written otherwise: the canonical name leads ``parent``
            return place.name, place.parents
        if place.parents == parent and claim_spans.name_key(place.name) == claim_spans.name_key(name):
            return place.name, place.parents
    if found and not parent:
        return found[0].name, found[0].parents
    return name, parent


def _chain(mention: places.Mention) -> tuple[str, ...]:
    return (mention.place.name, *mention.place.parents)


def _listed(claim: Claim, language: str) -> tuple[str, tuple[str, ...]] | None:
    """The smallest place containing a list of places the claim's place ends, right before its figure."""
    figure_at = claim.start - claim.sentence_start
    mentions = [m for m in places.places_in(claim.text, language=language) if m.end <= figure_at]
    runs: list[list[places.Mention]] = []
    for m in mentions:
        if runs and RE_LIST_GAP.fullmatch(claim.text[runs[-1][-1].end : m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in runs:
        if len(run) < 2 or not any(m.text == claim.place for m in run):
            continue
        chains = [_chain(m) for m in run]
        common = [name for name in chains[0] if all(name in chain for chain in chains[1:])]
        if common:
            chain = chains[0]
            return common[0], chain[chain.index(common[0]) + 1 :]
    return _listed_after(claim, language, figure_at)


RE_EACH = compiled(r"\b(?:each|apiece|cada|respectively|respectivamente)\b", re.IGNORECASE)


def _listed_after(claim: Claim, language: str, figure_at: int) -> tuple[str, tuple[str, ...]] | None:
    """The smallest place containing a list of places that starts with the claim's place, right after its figure
    ("más de 200 personas en los estados de Carolina del Norte y del Sur, Georgia, Florida, Tennessee y
    Virginia": United States; :mod:`.claim_spans`). Not a list said of each place ("70 each in Mati and Rafina":
    one claim per place), nor a place and its container ("en el condado de Buncombe, Carolina del Norte")."""
    after = [m for m in places.places_in(claim.text, language=language) if m.start > figure_at]
    first = next((m for m in after if m.text == claim.place), None)
    if first is None or first.start - figure_at > 80 or RE_EACH.search(claim.text, figure_at, first.start):
        return None
    run = claim_spans.listed_after(first, after, claim.text)
    if len(run) < 2:
        return None
    if RE_EACH.match(claim.text[run[-1].end :].lstrip(" ,")):
        return None
    common = claim_spans.common_parent(run)
    return (common.place.name, common.place.parents) if common else None


def compared_place(claim: Claim, language: str = "es") -> tuple[str | None, tuple[str, ...]]:
    """The place a claim is compared under, and its containers (module docstring); ``(None, ())`` when none."""
    if not claim.place:
        return None, ()
    listed = _listed(claim, language) if claim.text else None
    name, parents = listed if listed is not None else _canonical(claim.place, tuple(claim.parent))
    if claim.group == "total" and part_of_more(claim):
        return f"part of {name}", (name, *parents)
    return name, parents


RE_MORE = compiled(r"(?:\s+[\w-]+)?\s+(?:more|additional|further|más|adicionales)\b", re.IGNORECASE)
RE_ELSEWHERE = compiled(
    r"[^.;]{0,60}\b(?:elsewhere|en\s+otras\s+partes|en\s+otras\s+localidades|otras\s+localidades)\b", re.IGNORECASE
)


def part_of_more(claim: Claim) -> bool:
    """A toll said to be in addition to another ("dozens more were killed in South Carolina and Georgia", "170
    additional individuals were killed elsewhere in the nation", "170 personas más"): a part of its place's toll or
    an increment, compared apart ("part of <place>", inside it), never as the place's whole toll. "More" after
    another figure of the sentence ("79 murieron y cientos más están desaparecidos") is more than that figure.

    >>> from dataclasses import replace
    >>> from analysis.casualties.claims import Claim
    >>> c = Claim("a", "s", "killed", "total", "S1", 24, 119, "dozens", None,
    ...           "Half were in North Carolina, while dozens more were killed in Georgia.", 34, 60, 0, "dozens")
    >>> part_of_more(c), compared_place(replace(c, place="Georgia", parent=("United States",)), "en")
    (True, ('part of Georgia', ('Georgia', 'United States')))
    """
    at = claim.text.find(claim.figure, max(0, claim.start - claim.sentence_start))
    if at < 0:
        return False
    end = at + len(claim.figure)
    # "79 murieron y cientos más están desaparecidos": more than another figure of the sentence, not a part.
    more = bool(RE_MORE.match(claim.text, end)) and not re.search(r"\d", claim.text[:at])
    return more or bool(RE_ELSEWHERE.match(claim.text, end))


def inside(part: Sequence[str], whole: Sequence[str]) -> bool:
    """Whether the place ``part`` (its name then its containers) lies inside ``whole`` (likewise), not equal."""
    return bool(part) and bool(whole) and part[0] != whole[0] and whole[0] in part[1:]


def longer_forms(located: Iterable[tuple[str, str | None]]) -> dict[tuple[str, str], str]:
    """One place per venue within a story: a place the gazetteer lacks whose name is the leading part of another
    place's name of the same incident ("Crocus City" and "Crocus City Hall") is compared under the longer name; one
    the gazetteer lacks written with and without its accents or in other capitals ("Alausí" and "Alausi", real21c)
    under its spelling with the most accents (the longest in UTF-8; then the greatest).

    ``located`` holds (incident, place) pairs; the result maps the shorter pairs to the longer name (the longest
    when several).

    >>> longer_forms([("S7", "Crocus City"), ("S7", "Crocus City Hall"), ("S8", "Crocus City"), ("S7", "Moscow")])
    {('S7', 'Crocus City'): 'Crocus City Hall'}
    >>> longer_forms([("S1", "Alausi"), ("S1", "Alausí"), ("S2", "Alausi")])
    {('S1', 'Alausi'): 'Alausí'}
    """
    names: dict[str, set[str]] = {}
    for incident, place in located:
        if place:
            names.setdefault(incident, set()).add(place)
    out: dict[tuple[str, str], str] = {}
    for incident, found in names.items():
        for name in found:
            longer = [o for o in found if o.startswith(name + " ")]
            if longer and not places.gazetteer().candidates(name):
                out[(incident, name)] = max(longer, key=lambda o: (len(o), o))
        spellings: dict[str, list[str]] = {}
        for name in found:
            if name not in out and not places.gazetteer().candidates(name):
                spellings.setdefault(claim_spans.name_key(name), []).append(name)
        for same in spellings.values():
            kept = max(same, key=lambda o: (len(o.encode()), o))
            out.update({(incident, name): kept for name in same if name != kept})
    return out


class Located(NamedTuple):
    """A total's comparison key before places nest: its incident, kind, article, compared place (and containers),
    its interval (``None`` = unbounded) and its report day (``None`` = unknown)."""

    incident: str
    kind: str
    article: str
    place: str | None
    parents: tuple[str, ...]
    low: int | None
    high: int | None
    day: dt.date | None = None


def _disjoint(a: Located, b: Located) -> bool:
    return (a.high is not None and b.low is not None and a.high < b.low) or (
        b.high is not None and a.low is not None and b.high < a.low
    )


def _whole_above_its_parts(
    placed: list[Located], chains: dict[str, tuple[str, ...]], days: int, falling: frozenset[str] = frozenset()
) -> bool:
    """Rule 2b of :func:`one_site`: a larger place's figure that every report of a place inside it, of that day or
    later, stays below ("290 in Italy" on 24 Aug; "200", then "230 in Amatrice"): the smaller place is a part of
    that whole. A rising toll of one site reaches it (4 in Surfside on 25 Jun, 24 in the United States on 5 Jul,
    98 in Surfside on 26 Jul). Per kind and place, the highest upper bound of the reports of each day or later
    (suffix maxima over days), so each whole's figure is one look-up. A count of a ``falling`` kind (the missing:
    found alive or among the dead, settings/agreement.yaml falling_kinds) is read the other way: its site's EARLIER
    reports are the high ones (159 missing in Surfside on 25 Jun, 156 in Miami on 27 Jun, 152 and 147 in Surfside
    after), so a larger place's figure is a whole only above every report of a place inside it of that day or
    before (prefix maxima)."""
    by: dict[tuple[str, str], list[tuple[dt.date, float]]] = {}
    for x in placed:
        if x.day is not None and x.place is not None:
            by.setdefault((x.kind, x.place), []).append((x.day, float("inf") if x.high is None else x.high))
    tops: dict[tuple[str, str], tuple[list[dt.date], list[float]]] = {}
    for key, reports in by.items():
        reports.sort()
        dates = [d for d, _ in reports]
        highs = [h for _, h in reports]
        if key[0] in falling:
            for i in range(1, len(highs)):
                highs[i] = max(highs[i], highs[i - 1])
        else:
            for i in range(len(highs) - 2, -1, -1):
                highs[i] = max(highs[i], highs[i + 1])
        tops[key] = (dates, highs)
    for w in placed:
        if w.day is None or w.low is None or w.place is None:
            continue
        for inner in (name for name in chains if w.place in chains[name]):
            dates, highs = tops.get((w.kind, inner), ([], []))
            if w.kind in falling:
                at = bisect_right(dates, w.day + dt.timedelta(days=days)) - 1
                if at >= 0 and highs[at] < w.low:
                    return True
                continue
            at = bisect_left(dates, w.day - dt.timedelta(days=days))
            if at < len(dates) and highs[at] < w.low:
                return True
    return False


def one_site(
    located: Iterable[Located], *, days: int = 0, falling: frozenset[str] = frozenset()
) -> dict[tuple[str, str, str | None], tuple[str, tuple[str, ...]]]:
    """Places of one incident's tolls that name ONE site at several levels, mapped to the place they are compared under.

    Outlets name a single-site disaster (a building, a bridge, a crash site) at the level their readers know: the
    town, its county or city, its state, its country ("derrumbe en Surfside", "edificio en Miami", "Florida",
    "Estados Unidos"). Kept apart, its tolls fall into one comparison per level and no outlet is compared with the
    others. Rule, for each incident, over the totals of all its kinds (the site is the incident's, not a kind's):

    1. the places must lie on **one chain of containers**: the most specific place's containers hold every other
       place (Surfside < Miami < Florida < United States). Two places neither of which contains the other (two towns,
       two states a hurricane crossed) mean the incident spans several places, whose tolls are parts of a larger
       place's whole: nothing nests (the part-larger-than-whole flag of :mod:`.agreement` stays the check between
       them);
    2. **no article breaks a toll down** over two of those places: one article giving disjoint figures of one kind
       for two of them ("200 died in Amatrice; the national toll is 290") says they are a part and its whole; nor
       do outlets between them (2b, :func:`_whole_above_its_parts`): a larger place's figure above every report of a
       place inside it of that day or later (``days``: settings/agreement.yaml same_time_days; for a ``falling``
       kind, of that day or before) is a whole of parts;
    3. then every toll of the chain is compared under its **site**: the place named by the most articles, the more
       specific on a tie (a place misread in one article's aside does not take the story's tolls away from the
       place every other outlet names);
    4. a total with **no place** (``place`` None: its article names the site only in a dateline, an office or not
       at all) is the site's too, when every placed total of its incident is (a single place counts).

    Nothing joins when the places do not nest: a placeless toll of a story over several towns may be any of them. A
    place the gazetteer does not nest (a town with no county) cannot be joined by rule 1: the rule only joins what
    the gazetteer's containers say, never by distance or by name. Computed from the claims' own containers, once
    per incident: no gazetteer look-up.

    Worked example (Surfside, June-July 2021, killed; tests/data/agreement_real.json): 8 claims in Surfside
    (containers Miami, Florida, United States) from 6 articles, 5 and 9 in Miami (2 articles), 24 and 98 in the
    United States (2), 97 and "casi un centenar" (90-99) in Florida (2), and 16, 4, 79 and 97 with no place. Rule 1:
    one chain. Rule 2: the one article with two places (98 in the United States, 90-99 in Florida) gives figures
    that overlap; no figure of a larger place stays above every later report of a place inside it (24 in the
    United States on 5 Jul: Surfside's 86 and 98 follow). Rule 3: Surfside is named by the most articles (6), so
    all 18 claims are compared under Surfside, where before they made five comparisons.

    >>> rows = [Located("S1", "killed", a, p, c, n, n) for a, p, c, n in [
    ...     ("a", "Surfside", ("Miami", "Florida", "United States"), 4), ("b", "Surfside", ("Miami", "Florida",
    ...     "United States"), 18), ("c", "Miami", ("Florida", "United States"), 9),
    ...     ("d", "United States", (), 98)]]
    >>> sorted(one_site(rows).items())[0]
    (('S1', 'killed', 'Miami'), ('Surfside', ('Miami', 'Florida', 'United States')))
    >>> one_site(rows + [Located("S1", "missing", "e", None, (), 79, 79)])[("S1", "missing", None)][0]
    'Surfside'
    >>> one_site(rows + [Located("S1", "injured", "e", "Hialeah", ("Florida", "United States"), 2, 2)])
    {}
    >>> one_site(rows + [Located("S1", "killed", "d", "Surfside", ("Miami", "Florida", "United States"), 40, 40)])
    {}
    >>> missing = [Located("S3", "missing", a, p, c, n, n, dt.date(2021, 6, d)) for a, p, c, n, d in [
    ...     ("a", "Surfside", ("Miami",), 159, 25), ("b", "Miami", (), 156, 27), ("c", "Surfside", ("Miami",), 147, 30)]]
    >>> one_site(missing, falling=frozenset({"missing"}))[("S3", "missing", "Miami")][0]
    'Surfside'
    >>> one_site(missing)  # read as a rising count, 156 in Miami stays above every later Surfside report
    {}
    >>> day = dt.date(2016, 8, 24)
    >>> one_site([Located("S2", "killed", "a", "Amatrice", ("Lazio", "Italy"), 200, 200, day),
    ...           Located("S2", "killed", "b", "Italy", (), 290, 290, day)])
    {}
    """
    by_incident: dict[str, list[Located]] = {}
    for x in located:
        by_incident.setdefault(x.incident, []).append(x)
    out: dict[tuple[str, str, str | None], tuple[str, tuple[str, ...]]] = {}
    for incident, items in by_incident.items():
        placed = [x for x in items if x.place is not None]
        chains: dict[str, tuple[str, ...]] = {}
        for x in placed:
            name = x.place or ""
            if name not in chains or (len(x.parents), x.parents) > (len(chains[name]), chains[name]):
                chains[name] = x.parents
        if not chains:
            continue
        leaf = max(chains, key=lambda name: (len(chains[name]), name))
        if any(name != leaf and name not in chains[leaf] for name in chains):
            continue  # rule 1: two places side by side
        per_article: dict[tuple[str, str], list[Located]] = {}
        for x in placed:
            per_article.setdefault((x.article, x.kind), []).append(x)
        if any(a.place != b.place and _disjoint(a, b) for xs in per_article.values() for a in xs for b in xs):
            continue  # rule 2: an article breaks a toll down
        if _whole_above_its_parts(placed, chains, days, falling):
            continue  # rule 2b: outlets break it down
        articles = {name: len({x.article for x in placed if x.place == name}) for name in chains}
        site = max(chains, key=lambda name: (articles[name], len(chains[name]), name))
        for x in items:
            if x.place != site:
                out[(incident, x.kind, x.place)] = (site, chains[site])
    return out
