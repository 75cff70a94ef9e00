"""A toll said to span several regions belongs to their common parent, not to one of them.

"The death toll surpassed 200 across six states", "93 muertos en seis estados", "más de 200 personas en los
estados de Carolina del Norte y del Sur, Georgia, Florida, Tennessee y Virginia": the figure counts the dead of
every region at once, so it is the country's toll (the regions' common parent), not the first region's nor the
article's main place's. A region named right at the figure alone ("In North Carolina alone, 103 died", "12 died
in Florida") keeps its place (:mod:`analysis.casualties.claim_places`).

Three readings use it: "across six states" after the figure makes the claim's place the country of the place it
would otherwise get (:func:`spans_regions`, :func:`country_of`); a list of regions right after the figure keeps
the first as the claim's place as written but is compared under the list's common parent
(:func:`listed_after`, :func:`common_parent`, used by :func:`.comparable.compared_place`); and an article whose
lead names no place but whose text names several regions of one country has that country as its main place
(:func:`regions_country`), not its most named region.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from analysis.casualties.quantities import lexicon, words_regex
from analysis.corpus import places
from analysis.regex_cache import compiled


@lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """:func:`analysis.corpus.places.fold` of a place name, kept: the same names are compared again and again (every
    pair of an article's places, in every article)."""
    return places.fold(name)


@cache
def _span() -> re.Pattern[str]:
    lex = lexicon("place_slots")
    return compiled(
        r"\s*(?:(?:people|personas|deaths|muertes|muertos|dead)\s+)?"
        rf"(?:{words_regex(lex['span_prepositions'])})\s+(?:(?:the|los|las|at\s+least|al\s+menos)\s+)?"
        rf"(?:\d+|{words_regex(lex['span_counts'])})\s+(?:[\w-]+\s+)?(?:{words_regex(lex['span_regions'])})"
        # not the regions' list ("the three prefectures of Ishikawa, Toyama and Niigata"): compared_place's
        r"(?!\s+(?:of|de|del)\s+(?-i:[A-ZÁÉÍÓÚ]))",
        re.IGNORECASE,
    )


def spans_regions(text: str, stops: set[int]) -> bool:
    """Whether "across six states", "en seis estados", "in several provinces" follows the figure (at one of its
    ``stops``: the figure's, phrase's or verb's end); "six Southeastern states" allows one word between.

    >>> text = "The toll surpassed 200 across six states."
    >>> spans_regions(text, {22}), spans_regions("12 died in Florida.", {2})
    (True, False)
    """
    return any(_span().match(text, stop) for stop in stops)


def spans_in(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says something spans several regions anywhere ("murieron en seis estados").

    >>> spans_in("Helene dejó 60 muertos en cinco estados del sureste.", 0, 52)
    True
    """
    return bool(_span().search(text, start, end))


# Between two places of one list: a comma, "and"/"y", an article, and a second name sharing the first's noun
# ("Carolina del Norte y del Sur", "North and South Carolina").
RE_JOIN = compiled(
    r"(?:\s+(?:y|e|and)\s+del?\s+[A-ZÁÉÍÓÚ]\w+)?\s*(?:,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)"
    r"(?:(?:the|el|la|los|las)\s+)?",
    re.IGNORECASE,
)


def listed_after(first: places.Mention, named: list[places.Mention], text: str) -> list[places.Mention]:
    """The list of places starting at ``first``: each next place joined to the previous one by a comma or "and".

    >>> text = "200 died in Ohio, Texas and Utah. Iowa"
    >>> found = places.places_in(text, language="en")
    >>> [m.text for m in listed_after(found[0], found, text)]
    ['Ohio', 'Texas', 'Utah']
    """
    chain = [first]
    for m in sorted((m for m in named if m.start > first.end), key=lambda m: m.start):
        if not RE_JOIN.fullmatch(text, chain[-1].end, m.start):
            break
        chain.append(m)
    return chain


def common_parent(mentions: list[places.Mention]) -> places.Mention | None:
    """The innermost place containing every one of several places (at the first one's span), or None when they
    share none.

    Each place's chain is (name, parents...), innermost first; the common parent is the first name of the longest
    common tail: Ohio (Ohio, United States) and Texas (Texas, United States) give United States; Buncombe County
    and Wake County (…, North Carolina, United States) give North Carolina.

    >>> found = places.places_in("Ohio, Texas", language="en")
    >>> common_parent(found).text
    'United States'
    """
    chains = [(m.place.name, *m.place.parents) for m in mentions]
    if len(chains) < 2:
        return None
    tail: list[str] = []
    for names in zip(*(reversed(c) for c in chains)):
        if len(set(names)) > 1:
            break
        tail.insert(0, names[0])
    if not tail:
        return None
    if tail[0] in {c[0] for c in chains}:  # a place and its container: "Buncombe County, North Carolina"
        return None
    kinds = {"country": 0, "region": 1, "county": 2, "city": 3}
    candidates = sorted(
        (p for p in places.gazetteer().candidates(tail[0]) if p.name == tail[0] and p.parents == tuple(tail[1:])),
        key=lambda p: kinds.get(p.kind, 4),
    )
    first = mentions[0]
    return places.Mention(first.start, first.end, candidates[0].name, candidates[0]) if candidates else None


def country_of(m: places.Mention) -> places.Mention | None:
    """The country of a place, as a mention at the place's span: where a lead's landmark lies ("an earthquake near
    Marrakesh": Morocco).

    >>> text = "A quake near Marrakesh killed 600."
    >>> country_of(places.places_in(text, language="en")[0]).text
    'Morocco'
    """
    if m.place.kind == "country":
        return m
    name = m.place.parents[-1] if m.place.parents else ""
    country = next((p for p in places.gazetteer().candidates(name) if p.kind == "country"), None)
    return places.Mention(m.start, m.end, country.name, country) if country else None


def regions_country(main: places.Mention | None, named: list[places.Mention]) -> places.Mention | None:
    """A lead naming no place over an article naming several regions of one country ("Hardest-hit areas include
    North Carolina, South Carolina and Georgia"): the article is about the country, not its most named region.

    >>> found = places.places_in("Helene hit. North Carolina, South Carolina and Georgia. North Carolina.", language="en")
    >>> regions_country(places.main_place(found), found).text
    'United States'
    """
    if main is None or main.place.kind != "region":
        return main
    country = main.place.parents[-1:] if main.place.parents else ()
    regions = {m.place.name for m in named if m.place.kind == "region" and m.place.parents[-1:] == country}
    return country_of(main) if len(regions) >= 2 else main
