"""Which of several places a toll is about: the most specific of nested places, never a speaker's office, and the
parent of a breakdown (rules of :mod:`analysis.casualties.claim_places`, step 5 of :mod:`.claims`).

* **Nested places** ("el barrio de Itaewon, en Seúl, la capital de Corea del Sur", "Acapulco, México", "Libya's
  Derna", "the Al Haouz province in central Morocco"): a place and a place containing it named within
  ``nested_gap`` characters of each other (settings/places.yaml), no figure between, are one place written at two
  scales; the toll is the most specific one's (:func:`most_specific`).
* **Offices** ("el Ministerio de Salud de Rusia", "the governor of Guerrero", "Japan's foreign ministry"): the
  place names who counts, not where the counted people are (:func:`office`); words in ``lexicons/place_cues.yaml``.
* **Breakdowns** ("820 died ... most in Al Haouz (394), Taroudant (271) and Chichaoua (91)"): when an article
  gives a kind's toll place by place (figures right at two or more places), a total it ties only loosely to one of
  those places (by its sentence or the article's main place, not at its figure) and larger than that place's own
  figure is the toll of the places' common parent (:func:`breakdown_parent`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from analysis.casualties import claim_spans
from analysis.casualties.claim_context import RE_POSSESSIVE, possessive_toll
from analysis.casualties.quantities import lexicon, words_regex
from analysis.config import settings
from analysis.corpus import places
from analysis.regex_cache import compiled

RE_DIGIT = compiled(r"\d")
# A clause between two places ("Haiti, where two died in Jérémie", "Marruecos, desatando el terror en la ciudad de
# Marrakech"): two places of two clauses, not one place written at two scales.
RE_CLAUSE = compiled(
    r"\b(?:where|when|while|which|and|but|donde|cuando|mientras|que|y|pero|\w+(?:ando|iendo|ing))\b", re.IGNORECASE
)


def contains(outer: places.Mention, inner: places.Mention) -> bool:
    """Whether ``outer`` names a place containing ``inner``'s (by the gazetteer's parents; a place the gazetteer
    lacks carries the article's main place and its containers as parents).

    >>> found = places.places_in("Acapulco, México", language="es")
    >>> contains(found[1], found[0]), contains(found[0], found[1])
    (True, False)
    """
    name = claim_spans.name_key(outer.place.name)
    if outer.place.code.startswith("beyond:"):  # a sea or a continent holds the place named with it (branch cplace)
        return name != claim_spans.name_key(inner.place.name) and not inner.place.code.startswith("beyond:")
    return name != claim_spans.name_key(inner.place.name) and name in _keys(inner.place.parents)


# Parent lists recur (every pair of an article's places is compared, in every article): each is folded once.
@lru_cache(maxsize=100_000)
def _keys(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(map(claim_spans.name_key, names))


def most_specific(mentions: list[places.Mention], text: str) -> list[places.Mention]:
    """The mentions without those that only contain a nearby other one (module docstring: nested places).

    >>> text = "murieron en el barrio de Itaewon, en Seúl, la capital de Corea del Sur"
    >>> [m.text for m in most_specific(places.places_in(text, language="es"), text)]
    ['Seúl']
    >>> text = "el terremoto sacudió Marruecos, desatando el terror en la turística ciudad de Marrakech"
    >>> [m.text for m in most_specific(places.places_in(text, language="es"), text)]
    ['Marruecos', 'Marrakech']
    >>> text = "golpeó la ciudad de Bahía Blanca, en la provincia de Buenos Aires"
    >>> [m.text for m in most_specific(places.places_in(text, language="es"), text)]
    ['Bahía Blanca']
    """
    gap = settings().places.nested_gap

    def near(a: places.Mention, b: places.Mention) -> bool:
        lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
        return 0 <= hi - lo <= gap and not RE_DIGIT.search(text, lo, hi) and not RE_CLAUSE.search(text, lo, hi)

    return [
        m
        for m in mentions
        if not any(
            o is not m
            and ((contains(m, o) and not written_in(m, o, text)) or written_in(o, m, text))
            and near(m, o)
            for o in mentions
        )
    ]


def written_in(inner: places.Mention, outer: places.Mention, text: str) -> bool:
    """Whether the text writes ``inner`` inside ``outer`` right before it ("Bahía Blanca, en la provincia de Buenos
    Aires", "Brumadinho, en el estado de Minas Gerais"), whatever the gazetteer's parents say.

    >>> text = "la ruptura de un dique en Brumadinho, en el estado de Minas Gerais"
    >>> found = places.places_in(text, language="es")
    >>> written_in(found[0], found[1], text), written_in(found[1], found[0], text)
    (True, False)
    """
    if inner.end > outer.start:
        return False
    return (
        bool(_written_in().fullmatch(text, inner.end, outer.start))
        or _city_then_region(inner, outer, text)
        or _in_after_comma(inner, outer, text)
        or _named_pair(inner, outer, text)
        or _bracketed(inner, outer, text)
    )


def _named_pair(inner: places.Mention, outer: places.Mention, text: str) -> bool:
    """Two places the gazetteer lacks written as a town and its province, a comma only between and no list going on
    ("142 died in New Bataan, Compostela Valley": New Bataan is inside Compostela Valley; real22c); not two items of a
    longer list ("in Andap, New Bataan and Compostela Valley") nor one after a list's item.

    >>> def named(text, name):
    ...     at = text.index(name)
    ...     return places.Mention(at, at + len(name), name, places.Place(name, "named", "", 0, (), f"named:{name}"))
    >>> text = "In New Bataan, Compostela Valley, 142 people died."
    >>> town, province = named(text, "New Bataan"), named(text, "Compostela Valley")
    >>> written_in(town, province, text), written_in(province, town, text)
    (True, False)
    >>> text = "In Andap, New Bataan, Compostela Valley and Davao, 142 people died."
    >>> written_in(named(text, "New Bataan"), named(text, "Compostela Valley"), text)
    False
    """
    if not (
        inner.place.code.startswith("named:")
        and outer.place.code.startswith("named:")
        and RE_COMMA_ONLY.fullmatch(text, inner.end, outer.start)
    ):
        return False
    after = RE_LIST_NEXT.match(text, outer.end)
    before = RE_LIST_BEFORE.search(text, max(0, inner.start - 60), inner.start)
    return after is None and before is None


# A capitalised name and a comma (or "and") right before a place: the place is a list's item, not a town's first name.
RE_LIST_BEFORE = compiled(r"(?-i:[A-ZÁÉÍÓÚÑ])[\w’'-]*\s*(?:,|\s(?:y|e|and))\s*$", re.IGNORECASE)


RE_IN_AFTER_COMMA = compiled(r"\s*,\s*(?:en|in)\s+(?:(?:la|el|the)\s+)?", re.IGNORECASE)


def _in_after_comma(inner: places.Mention, outer: places.Mention, text: str) -> bool:
    """A place written right after another, ", en" between, is its container when the gazetteer does not say the
    reverse ("la ciudad de Christchurch, en la Isla Sur de Nueva Zelandia", "la discoteca Kiss, en la ciudad de Santa
    María": branch c7read); not a country after ", en" ("Murieron 5 en Siria, en Alepo": Alepo is in Syria).

    >>> text = "murieron 5 en Siria, en Alepo"
    >>> found = places.places_in(text, language="es")
    >>> _in_after_comma(found[0], found[1], text), _in_after_comma(found[1], found[0], text)
    (False, False)
    """
    return (
        inner.place.kind != "country"
        and bool(RE_IN_AFTER_COMMA.fullmatch(text, inner.end, outer.start))
        and not (not outer.place.code.startswith("named:") and contains(inner, outer))
    )


# A comma, perhaps after a head written after the city's name ("Cianjur district, West Java").
RE_COMMA_ONLY = compiled(r"(?:\s+(?:district|regency|city|town|municipality|distrito|municipio))?\s*,\s*", re.IGNORECASE)


def _city_then_region(inner: places.Mention, outer: places.Mention, text: str) -> bool:
    """A city written right before a region of its own country, a comma between ("Malang, East Java", "Cianjur,
    Java Occidental"), is inside it, though the gazetteer gives the city no region (branch c6read); not a city the
    gazetteer puts in another region ("Valparaíso, Maule" lists two places).

    >>> text = "the stampede in Malang, East Java"
    >>> found = places.places_in(text, language="en")
    >>> written_in(found[0], found[1], text), written_in(found[1], found[0], text)
    (True, False)
    """
    city, region = inner.place, outer.place
    if not (
        city.kind == "city"
        and region.kind == "region"
        and len(city.parents) == 1
        and bool(region.parents)
        and city.parents[-1] == region.parents[-1]
        and bool(RE_COMMA_ONLY.fullmatch(text, inner.end, outer.start))
    ):
        return False
    # not two items of a longer list ("en Caracas, Miranda, Aragua y La Guaira"); a country may follow ("Malang, East
    # Java, Indonesia")
    after = RE_LIST_NEXT.match(text, outer.end)
    return after is None or any(p.kind == "country" for p in places.gazetteer().candidates(after.group("name")))


RE_LIST_NEXT = compiled(
    r"\s*(?:,\s*(?:(?:y|e|and)\s+)?|\s+(?:y|e|and)\s+)(?P<name>(?-i:[A-ZÁÉÍÓÚÑ])[\w’'-]*(?:\s+(?-i:[A-ZÁÉÍÓÚÑ])[\w’'-]*){0,3})",
    re.IGNORECASE,
)


# A place's container in brackets right after it, perhaps with a direction or a region's word ("Kramatorsk (Donetsk
# region)", "Duisburg (western Germany)", "Duisburgo (oeste de Alemania)"; session 27, claims27dev).
RE_BRACKET_OPEN = compiled(
    r"\s*\(\s*(?:(?:el|la|the)\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central|norte|sur|este|"
    r"oeste|noreste|noroeste|sureste|suroeste|nordeste|centro)(?:-?[a-z]+)?\s+(?:(?:de|del|of)\s+)?(?:(?:la|el|the)\s+)?)?",
    re.IGNORECASE,
)
RE_BRACKET_CLOSE = compiled(
    r"(?:\s+(?:region|oblast|province|state|county|district|región|provincia|estado|departamento|distrito))?\s*\)",
    re.IGNORECASE,
)


def _bracketed(inner: places.Mention, outer: places.Mention, text: str) -> bool:
    """Whether ``outer`` is written in brackets right after ``inner``, as where it lies: "Kramatorsk (Donetsk region)"
    puts the toll in Kramatorsk, though the gazetteer knows Donetsk only as another city (session 27, claims27dev).

    >>> text = "the railway station in Kramatorsk (Donetsk region) was shelled"
    >>> found = places.places_in(text, language="en")
    >>> [m.text for m in found], _bracketed(found[0], found[1], text)
    (['Kramatorsk', 'Donetsk'], True)
    >>> text = "12 died in Kramatorsk (and 3 in Donetsk)"
    >>> found = places.places_in(text, language="en")
    >>> _bracketed(found[0], found[1], text)
    False
    """
    return bool(RE_BRACKET_OPEN.fullmatch(text, inner.end, outer.start)) and bool(
        RE_BRACKET_CLOSE.match(text, outer.end)
    )


@cache
def _written_in() -> re.Pattern[str]:
    """The words between a place and its container written after it: ", en la provincia de", ", in the state of"; or
    a town's head in apposition ("Lac-Megantic, localidad de la provincia de Quebec", "Paradise, a town in Butte
    County": branch c7read)."""
    heads = words_regex(lexicon("place_slots")["containers"])
    towns = words_regex(lexicon("place_slots")["landmark_heads"])
    apposed = (
        rf"\s*,\s*(?:(?:una|un|la|el|a|an|the)\s+)?(?:(?-i:[a-záéíóúñ])[\w-]*\s+)?(?:{towns})\s+"
        rf"(?:(?-i:[a-záéíóúñ])[\w-]*\s+)?(?:de|del|of|en|in)\s+(?:(?:la|el|the)\s+)?"
        rf"(?:(?:{heads})\s+(?:(?-i:[a-záéíóúñü]+)\s+)?(?:de|del|of)\s+(?:(?:la|el|los|las|the)\s+)?)?"
    )
    return compiled(
        rf"{apposed}|"
        rf"\s*,\s*(?:en|in)\s+(?:(?:la|el|the)\s+)?(?:{heads})\s+(?:(?-i:[a-záéíóúñü]+)\s+)?(?:de|del|of)\s+"
        r"(?:(?:la|el|los|las|the)\s+)?",
        re.IGNORECASE,
    )


def kept_anaphors(chosen: list[places.Mention], anaphoric: list[places.Mention]) -> list[places.Mention]:
    """An anaphor names its scope outright ("the country's toll"): kept even beside a place inside it."""
    return [*chosen, *(a for a in anaphoric if a not in chosen)]


def narrowed(m: places.Mention, pool: list[places.Mention], text: str) -> places.Mention:
    """The most specific place nested near ``m`` in ``pool`` ("Acapulco, Mexico, at least 58": Acapulco).

    >>> text = "Otis hit Acapulco, Mexico, killing 45."
    >>> found = places.places_in(text, language="en")
    >>> narrowed(found[1], found, text).text
    'Acapulco'
    """
    while inner := most_specific([m, *(o for o in pool if contains(m, o) or _named_pair(o, m, text))], text):
        if m in inner:
            return m
        m = min(inner, key=lambda o: abs(o.start - m.start))
    return m


def listed_parent(m: places.Mention, named: list[places.Mention], text: str) -> places.Mention | None:
    """A figure said of a list of places ("371 en Alepo, Hama, Latakia y Tartús", "dozens more in South Carolina
    and Georgia") is their common parent's toll; of places sharing none ("en Turquía y Siria"), no one place's
    (None). A place alone, or written with its container ("Acapulco, México"), is itself.

    >>> text = "Murieron 371 en Alepo, Hama y Tartús; 1.600 en Turquía y Siria; 45 en Acapulco, México."
    >>> found = places.places_in(text, language="es")
    >>> [getattr(listed_parent(found[i], found, text), "text", None) for i in (0, 3, 5)]
    ['Syria', None, 'Acapulco']
    """
    first = m
    for o in sorted((o for o in named if o.end <= m.start), key=lambda o: -o.start):
        if not claim_spans.RE_JOIN.fullmatch(text, o.end, first.start):
            break
        first = o
    chain = claim_spans.listed_after(first, named, text)
    # "72 fallecidos en Bengala Occidental y Bangladesh dio cuenta de 23": in a list right after a figure, a last item
    # followed by a verb and a figure of its own opens another clause: it is no item of the list, the place of that
    # figure (branch c6read); a list before the figure is its subject ("en Turquía y Siria llegó a 1.800")
    if (
        len(chain) >= 2
        and RE_DIGIT.search(text, max(0, chain[0].start - 60), chain[0].start)
        and RE_OWN_CLAUSE.match(text, chain[-1].end)
    ):
        if chain[-1] is m:
            return m
        chain = chain[:-1]
    if len(chain) < 2 or any(contains(a, b) or written_in(b, a, text) for a in chain for b in chain):
        return m
    # "entre las localidades de Accumoli y Amatrice, en la provincia de Rieti": the text names their container
    if written := _written_in().match(text, chain[-1].end):
        return next((o for o in named if o.start == written.end()), None) or claim_spans.common_parent(chain)
    return claim_spans.common_parent(chain)


# After a place: a lower-case word that is no link of a list or a place (a verb), then a figure before the clause
# ends ("Bangladesh dio cuenta de 23 muertos", "Bangladesh reported 23").
RE_OWN_CLAUSE = compiled(
    r"\s+(?!(?:y|e|o|and|or|con|with|en|in|de|del|of|respectivamente|respectively|each|cada|the|el|la|los|las|tras"
    r"|despu[eé]s|durante|por|para|desde|hasta|entre|sobre|a|al|after|during|since|until|for|by|at|on|from|to|over"
    r"|within|in)\b)"
    r"(?-i:[a-záéíóúñ])\w*[^,;.\d]{0,40}\d",
    re.IGNORECASE,
)
RE_POINTING = compiled(r"(?:este|esta|ese|esa|this|that)\s", re.IGNORECASE)
RE_OF_LOWER = compiled(r"\s+(?:de|of)\s+(?-i:[a-záéíóúñ])", re.IGNORECASE)  # "este estado de emergencia": no place
# ... perhaps with "todo": "en todo el país", "de toda la provincia" (branch c8read)
RE_ANAPHOR_BEFORE = compiled(r"\b(?:in|on|en|de|across|throughout|of)\s+(?:tod[oa]\s+)?$", re.IGNORECASE)
RE_BREAK = compiled(r"[,.;:()]")
# The kinds of place each anaphor of ``place_slots.yaml`` stands for (the last one named before it of those kinds).
ANAPHOR_KINDS = {
    "country": ("country",),
    "region": ("region",),
    "city": ("city", "named"),
    "district": ("named",),
    "island": ("region", "named"),
    "village": ("city", "named"),
    "there": ("country", "region", "city", "named", "area"),
}
RE_CLAUSE_OPEN = compiled(
    r"(?:^|[.,;:—–(\n\"“]|\b(?:and|but|that|because|if|when|while|as|so|y|pero|que|porque|si|cuando|said|says|say|told|added|reported|stated"
    r"|announced|confirmed|noted|explained|dijo|señaló|afirmó|indicó|informó|agregó|añadió))\s*$",
    re.IGNORECASE,
)
RE_EXISTENTIAL = compiled(
    r"\s+(?:is|are|was|were|have|has|had|will|would|may|might|remain|remains|remained|seem|seems|appear|appears|'s"
    r"|hay|había|hubo|habrá)\b",
    re.IGNORECASE,
)
RE_NOUN_AFTER = compiled(r"\s+(?:nation|country|state|city|town|province|region|naci[oó]n|pa[ií]s|estado|ciudad)\b", re.IGNORECASE)
RE_HEAD_OF = compiled(r"\s+(?:(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?)?(?-i:[A-ZÁÉÍÓÚÑ])", re.IGNORECASE)


@cache
def _anaphors() -> list[tuple[str, re.Pattern[str], tuple[str, ...]]]:
    """(anaphor, its words' pattern, the kinds of place it stands for), per anaphor of ``place_slots.yaml``."""
    lex = lexicon("place_slots")["anaphors"]
    return [
        (name, compiled(rf"\b(?:{words_regex(lex[name])})\b", re.IGNORECASE), kinds)
        for name, kinds in ANAPHOR_KINDS.items()
    ]


@cache
def _village_head() -> re.Pattern[str]:
    """A village's head right before a name ("la aldea de ", "the village of "): the head nouns of the village
    anaphors (lexicons/place_slots.yaml)."""
    heads = {words.split()[-1] for words in lexicon("place_slots")["anaphors"]["village"]}
    return compiled(rf"(?:{words_regex(heads)})\s+(?:(?:de|del|of)\s+(?:the\s+)?)?$", re.IGNORECASE)


@cache
def _anaphor_gate() -> re.Pattern[str]:
    """Every anaphor's words in one alternation: most sentences hold none, and are passed at one search."""
    lex = lexicon("place_slots")["anaphors"]
    return compiled(rf"\b(?:{words_regex([w for words in lex.values() for w in words])})\b", re.IGNORECASE)


def anaphors(text: str, start: int, end: int, named: list[places.Mention]) -> list[places.Mention]:
    """Places named by an anaphor in ``text[start:end]``: "the country", "el país", "the nation" (the last country
    named before), "the city", "la ciudad mediterránea" (the last city or town), "este distrito" (the last place the
    gazetteer lacks), each at the anaphor's span under the name of the place it stands for.

    >>> text = "Floods hit Derna in Libya. 170 died elsewhere in the nation; 3,840 in the city; 2 in the city of Sirte."
    >>> [(m.text, text[m.start:m.end]) for m in anaphors(text, 27, 105, places.places_in(text, language="en"))]
    [('Libya', 'the nation'), ('Derna', 'the city')]
    """
    if not _anaphor_gate().search(text, start, end):
        return []
    out = []
    for anaphor, pattern, kinds in _anaphors():
        for hit in pattern.finditer(text, start, end):
            # "in the country", "en ese país", "the country's death toll"; not "as the country mourned". A demonstrative
            # points back wherever it stands ("los municipios que conforman este estado": branch cplace).
            there = anaphor == "there"
            if there and RE_EXISTENTIAL.match(text, hit.end()) and RE_CLAUSE_OPEN.search(text, max(0, hit.start() - 12), hit.start()):
                continue  # "there were 12 dead", "and there are 3 missing": no place ("the toll there was" is one)
            if (
                not there
                and not RE_ANAPHOR_BEFORE.search(text, max(0, hit.start() - 20), hit.start())
                and not possessive_toll(text, hit.end())
                and not (RE_POINTING.match(hit.group()) and not RE_OF_LOWER.match(text, hit.end()))
            ):
                continue
            if RE_POSSESSIVE.match(text, hit.end()) and any(
                hit.end() < m.start <= hit.end() + 40 and not RE_BREAK.search(text, hit.end(), m.start) for m in named
            ):
                continue  # "in the country's second-largest city Durres": the place it owns is named (branch c6read)
            if RE_HEAD_OF.match(text, hit.end()) or RE_NOUN_AFTER.match(text, hit.end()):
                continue  # "in the town of Anamizu", "la ciudad de Derna": a head before a name, not an anaphor;
                # "on the island nation of Sri Lanka": a word of a longer noun
            before = [
                m
                for m in named
                if m.end <= hit.start() and m.place.kind in kinds and not m.place.code.startswith("beyond:")
            ]
            if anaphor == "country":
                before = [c for m in named if m.end <= hit.start() and (c := claim_spans.country_of(m))]
            if anaphor == "village":  # "la aldea": the place named with a village's head ("la aldea de Quejá"), else the last
                before = [m for m in before if _village_head().search(text, max(0, m.start - 24), m.start)] or before
            if before:
                last = max(before, key=lambda m: m.start)
                out.append(places.Mention(hit.start(), hit.end(), last.text, last.place))
    return sorted(out, key=lambda m: m.start)


def breakdown_parent(
    kinds: list[str],
    lows: list[int | None],
    spots: list[places.Mention | None],
    tight: list[bool],
    sentences: list[int],
) -> list[places.Mention | None]:
    """Module docstring, breakdowns: each claim's place, a total placed loosely at a place of a breakdown of its
    kind, and larger than that place's figure, moved to the breakdown's common parent. A claim of a kind with no
    breakdown ("762 injured" beside "820 dead ... Al Haouz (394), Taroudant (271)") moves with a moved total of its
    own sentence or the one before (``sentences``: each claim's sentence index).

    >>> found = places.places_in("Al Haouz, Taroudant, Al Haouz, Al Haouz", language="en")
    >>> out = breakdown_parent(["killed"] * 3 + ["injured"], [394, 271, 820, 762], found, [True, True, False, False],
    ...                        [1, 1, 0, 1])
    >>> [m.place.name for m in out]
    ['Al Haouz', 'Taroudant', 'Morocco', 'Morocco']
    """
    parts: dict[str, dict[str, tuple[places.Mention, int]]] = {}
    for kind, low, spot, at in zip(kinds, lows, spots, tight):
        if at and spot is not None and low is not None:
            known = parts.setdefault(kind, {}).get(spot.place.name)
            parts[kind][spot.place.name] = (spot, max(low, known[1] if known else 0))
    parents: dict[str, tuple[places.Mention, dict[str, int]]] = {}
    for kind, by_place in parts.items():
        if len(by_place) >= 2 and (parent := claim_spans.common_parent([s for s, _ in by_place.values()])):
            parents[kind] = (parent, {name: low for name, (_, low) in by_place.items()})
    if not parents:
        return spots
    out = list(spots)
    moved: dict[int, places.Mention] = {}  # sentence -> the parent a total of it moved to
    for i, (kind, low, spot, at) in enumerate(zip(kinds, lows, spots, tight)):
        found = parents.get(kind)
        if found and spot is not None and not at and (low or 0) > found[1].get(spot.place.name, low or 0):
            out[i] = places.Mention(spot.start, spot.end, found[0].text, found[0].place)
            moved[sentences[i]] = found[0]
    for i, (kind, spot, at) in enumerate(zip(kinds, spots, tight)):
        parent = moved.get(sentences[i]) or moved.get(sentences[i] - 1)
        if kind not in parents and parent and spot is not None and not at and contains(parent, spot):
            out[i] = places.Mention(spot.start, spot.end, parent.text, parent.place)
    return out
