"""The places an article names (the gazetteer's and those read from slots) and its main place: the title's or the
lead's, read once per article and only for articles with a claim. Rules of :mod:`analysis.casualties.claim_places`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache

from stop_words import get_stop_words

from analysis.casualties import claim_scope, claim_spans
from analysis.casualties.claim_context import (
    capital,
    dateline,
    headed_region,
    landmark,
    office,
    origins,
    own_authority,
    reported_at,
    treated_at,
)
from analysis.casualties.quantities import lexicon, words_regex
from analysis.casualties.slot_places import beyond, beyond_countries, named_places
from analysis.corpus import places
from analysis.corpus.records import Article
from analysis.regex_cache import compiled

__all__ = ["ArticlePlaces", "main_of", "person_or_venue", "storm_names"]

# The lead's end: a sentence's final stop, not an abbreviation's inside a list of names (a capital before the full stop,
# a conjunction and a capitalised word after it: "Hay víctimas mortales de Alemania, EE.UU. y Marruecos"; session 26,
# claims12read2). "The death toll in the U.S. from Superstorm Sandy" still ends the lead there (held-out10's main
# place, the US, depends on it).
RE_LEAD_END = compiled(r"(?!(?<=[A-ZÁÉÍÓÚÑ])\.\s+(?:y|e|o|u|and|or)\s+(?-i:[A-ZÁÉÍÓÚÑ]))[.!?](?:\s|$)")


def storm_names(text: str) -> frozenset[str]:
    """The names ``text`` gives a storm or another event right after its head (``place_slots.yaml`` ``event_heads``,
    in any case: "el huracán Sandy", "Superstorm Sandy", "la tormenta tropical Harvey"), folded: wherever the article
    writes such a name alone ("Sandy death toll: 88 in U.S.", "las casas dañadas por Sandy") it is the storm, no place
    of the gazetteer's of that name (Sandy, Utah; session 24, held-out10's spent errors).

    >>> sorted(storm_names("El huracán Sandy dejó 11 muertos en Cuba. Sandy llegó a Nueva York como Supertormenta."))
    ['sandy']
    >>> storm_names("Murieron 11 en Sandy, Utah.")
    frozenset()
    """
    return frozenset(places.fold(m.group("name")) for m in _storm_pattern().finditer(text))


@cache
def _storm_pattern() -> re.Pattern[str]:
    heads = words_regex(lexicon("place_slots")["event_heads"])
    # one or more heads ("Tropical Storm", "tormenta tropical"), then one capitalised word: the event's name
    return compiled(rf"(?<![\w])(?:{heads})(?:\s+(?:{heads}))*\s+(?-i:(?P<name>[A-ZÁÉÍÓÚÑ][^\W\d_]+))(?![\w’'-])",
                    re.IGNORECASE)


def person_or_venue(m: places.Mention, text: str, language: str) -> bool:
    """Whether the one-word name of ``m`` (no country's) is a person's or a venue's wherever ``text`` writes it, as
    ``text`` shows once: right after an honorific ("don Concepción", "Mr. Joshi": ``place_cues.yaml``
    ``honorifics``), as a surname after a given name and before a title ("Sergio Cabañas, director de la Conred",
    "David de León, vocero": ``titles``), or, a town's name only ("the Hotel Florida" leaves the state of Florida),
    right after a venue's head with no "de" between ("el hospital Ramón y Cajal": ``venue_before``), not a station's or
    an airport's, named after their place (``venues_named_after_places``), nor a head inside a longer name ending with
    its place ("Civil Hospital Karachi"). Then "dijo Cabañas" or a headline's "en el Ramón y Cajal" names no place
    (held-out13's spent errors, session 27, claims13read), as a storm's name is the storm (:func:`storm_names`).
    Only the name's own occurrences are read: a few look-ups per place an article names.

    >>> text = "Sergio Cabañas, director de la Conred, habló. Murieron 4 en Cabañas, dijo Cabañas. Don Concepción llegó."
    >>> [person_or_venue(m, text, "es") for m in places.places_in(text, language="es")]
    [True, True, True, True]
    >>> title = "Muere una herida en el Ramón y Cajal"
    >>> text = f"{title}. El hospital Ramón y Cajal lo dijo. En León, el alcalde habló."
    >>> [(m.text, person_or_venue(m, text, "es")) for m in places.places_in(title, language="es")]
    [('Ramón', True)]
    >>> [(m.text, person_or_venue(m, text, "es")) for m in places.places_in(text, language="es")]
    [('León', False)]
    >>> text = "Civil Hospital Karachi had 110 dead; Karachi mourned."
    >>> [person_or_venue(m, text, "en") for m in places.places_in(text, language="en")]
    [False]
    """
    if " " in m.text or m.place.kind == "country":
        return False
    town = m.place.kind == "city"
    for start in _occurrences(text, m.text):
        end = start + len(m.text)
        if _honorific_before().search(text, max(0, start - 12), start):
            return True
        if town and (head := _venue_before().search(text, max(0, start - 40), start)):
            word = RE_WORD_BEFORE.search(text, max(0, head.start() - 40), head.start())
            if not (word and places.fold(word.group(1)) not in _stop_words(language)):
                return True
        if _title_after().match(text, end) and (given := RE_GIVEN_BEFORE.search(text, max(0, start - 40), start)):
            first = given.group(1)
            # "En Tacloban, el alcalde": a function word is no given name; "Nueva York, el alcalde": one place's words
            if places.fold(first) not in _stop_words(language) and not any(
                p.start == 0 and p.end > len(first) for p in places.places_in(text[given.start() : end], language=language)
            ):
                return True
    return False


def _occurrences(text: str, name: str) -> Iterator[int]:
    """Where ``text`` writes ``name`` as a whole word (found by ``str.find``: a pattern opening with a look-behind is
    tried at every character, seven times slower here)."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if not (at and (text[at - 1].isalnum() or text[at - 1] in "’'-")) and not (
            end < len(text) and (text[end].isalnum() or text[end] in "’'-")
        ):
            yield at
        at = text.find(name, end)


@cache
def _honorific_before() -> re.Pattern[str]:
    return compiled(rf"{words_regex(lexicon('place_cues')['honorifics'])}\s+$", re.IGNORECASE)


@cache
def _venue_before() -> re.Pattern[str]:
    lex = lexicon("place_cues")
    venues = [v for v in lex["venue_before"] if v not in set(lex["venues_named_after_places"])]
    return compiled(rf"{words_regex(venues)}\s+$", re.IGNORECASE)


@cache
def _title_after() -> re.Pattern[str]:
    return compiled(rf",\s+(?:(?:el|la|the|a|an)\s+)?(?:{words_regex(lexicon('place_cues')['titles'])})", re.IGNORECASE)


# The capitalised word right before a venue's head, one space between ("Civil Hospital Karachi").
RE_WORD_BEFORE = compiled(r"(?<![\w’'-])([A-ZÁÉÍÓÚÑ][^\W\d_]*) $")
# A given name before a surname, "de" maybe between ("Sergio Cabañas", "David de León").
RE_GIVEN_BEFORE = compiled(r"(?<![\w’'-])([A-ZÁÉÍÓÚÑ][^\W\d_]+)\s+(?:(?:de|del|de\s+la)\s+)?$")


@cache
def _stop_words(language: str) -> frozenset[str]:
    try:
        return frozenset(places.fold(w) for w in get_stop_words(language))
    except Exception:  # a language the stop-words package lacks
        return frozenset()


def main_of(
    text: str,
    title: list[places.Mention],
    named: list[places.Mention],
    landmarks: tuple[places.Mention, ...] = (),
    counted: list[places.Mention] | None = None,
    title_text: str = "",
) -> places.Mention | None:
    """The article's main place: a place the gazetteer lacks (a venue, district or town read from its slot) named
    in its first sentence, the lead, where news names where it happened ("la sala de conciertos Crocus City Hall"
    is more precise than the title's "Moscú"); else the first place of its title; else, of the places of the lead,
    the one the article names most often (the first on a tie); else, when the lead names a place only as a
    landmark ("an earthquake near Marrakesh"), that place's country; else the place it names most often
    (:func:`places.main_place`).

    >>> text = "Un sismo sacudió Al Haouz, al sur de Marrakech. En Marrakech hubo daños. Al Haouz suma 300 muertos."
    >>> main_of(text, [], places.places_in(text, language="es")).text
    'Al Haouz'
    """
    lead_end = RE_LEAD_END.search(text)
    lead = [m for m in named if m.start < (lead_end.start() if lead_end else len(text))]
    # A venue, district or town the gazetteer lacks, named in the lead, is more precise than the title's city; not
    # one the lead writes around another of its places ("el atentado de Niza, en la Riviera Francesa": a region;
    # claims12read).
    if venue := next(
        (m for m in lead if m.place.kind == "named" and not any(claim_scope.written_in(o, m, text) for o in lead)), None
    ):
        return venue
    # How often the article names each place (``counted``: also where it names a speaker's office).
    counts = Counter(claim_spans.name_key(m.text) for m in (named if counted is None else counted))
    if title or lead:
        chosen = title[0] if title else max(lead, key=lambda m: (counts[claim_spans.name_key(m.text)], -m.start))
        # A lead's place that is an item of a list of places ("Los atentados en Barcelona y Cambrils") stands for
        # the list: their common parent (Cataluña), as a figure said of the list is (branch c9read)
        if not title and (listed := claim_scope.listed_parent(chosen, lead, text)) is not None:
            chosen = listed
        if title:  # a title listing places: their common parent, none when they share none ("Pakistán e India")
            listed = claim_scope.listed_parent(chosen, title, title_text)
            if listed is None:
                return None
            chosen = listed
        # One place inside it, of the title or the lead, is more specific (not a place owning a thing, "una
        # solicitud de Caracas", nor one of a list of places), by the gazetteer or as the lead writes it
        # ("Brumadinho, en el estado de Minas Gerais"); a lead saying the toll spans regions ("en cinco estados del
        # sureste") keeps the country.
        inner = {
            m.place.name: m
            for m in [*title, *(m for m in lead if not _owned(m, text) and claim_scope.listed_parent(m, lead, text) is m)]
            if (claim_scope.contains(chosen, m) or claim_scope.written_in(m, chosen, text))
            and not claim_scope.written_in(chosen, m, text)  # "Niza, en la Riviera Francesa": around it (claims12read)
        }
        if len(inner) == 1:
            chosen = next(iter(inner.values()))
        end = lead_end.start() if lead_end else len(text)
        if chosen.place.kind != "country" and claim_spans.spans_in(text, 0, end):
            return claim_spans.country_of(chosen)
        return chosen
    if landmarks and landmarks[0].start < (lead_end.start() if lead_end else len(text)):
        return claim_spans.country_of(landmarks[0])
    return claim_spans.regions_country(places.main_place(named), named)


# A place right after a figure opening a dash or bracket aside ("15 muertos -14 en Barcelona y uno en Cambrils-"):
# where a part of the toll before is, no place of the whole (branch c9read).
RE_BREAKDOWN_ITEM = compiled(
    r"(?:\s-|[—–(])\s*\d[\d.,]*\s+(?:en|in|at)\s+"
    # a later item of the breakdown: "y uno en Cambrils", ", six in Marysville"
    r"(?:[^-—–()\n]{1,40}?(?:,|\sy|\se|\sand)\s+[\w.,]+\s+(?:en|in|at)\s+)?$"
)


@cache
def _company_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words of an airline's name right after and right before a place's name (``place_slots.yaml``
    ``company_after``, ``company_before``)."""
    lex = lexicon("place_slots")
    return (
        compiled(rf"\s+{words_regex(lex['company_after'])}", re.IGNORECASE),
        compiled(rf"{words_regex(lex['company_before'])}\s+$", re.IGNORECASE),
    )


def company_name(m: places.Mention, text: str) -> bool:
    """Whether a place's name is part of an airline's name ("Malaysia Airlines", "Air India"): the company's, no place
    of the article.

    >>> text = "Un avión de Malaysia Airlines cayó en Ucrania; un Boeing de Air India; la Malasia de hoy."
    >>> [(m.text, company_name(m, text)) for m in places.places_in(text, language="es")]
    [('Malaysia', True), ('Ucrania', False), ('India', True), ('Malasia', False)]
    """
    after, before = _company_words()
    return bool(after.match(text, m.end) or before.search(text, max(0, m.start - 12), m.start))


def _breakdown_item(m: places.Mention, text: str) -> bool:
    """Whether a place is the first item of a breakdown of a toll by place in an aside: the article's main place is
    the whole's, not a part's ("El doble atentado en Cataluña ha dejado 15 muertos -14 en Barcelona y uno en
    Cambrils-": Cataluña, though Barcelona is named more often).

    >>> text = "El atentado en Cataluña dejó 15 muertos -14 en Barcelona y uno en Cambrils-."
    >>> [_breakdown_item(m, text) for m in places.places_in(text, language="es")]
    [False, True, True]
    """
    return bool(RE_BREAKDOWN_ITEM.search(text[max(0, m.start - 80) : m.start]))


def _owned(m: places.Mention, text: str) -> bool:
    """A place after "de"/"of" with no place head before it owns a thing ("una solicitud de Caracas"), unlike "la
    ciudad de Derna", "la ciudad costera oriental de Derna" or "the state of Guerrero" (a head among the three
    words before "de").

    >>> text = "Pidió ayuda tras una solicitud de Caracas; en la ciudad de Derna."
    >>> [_owned(m, text) for m in places.places_in(text, language="es")]
    [True, False]
    """
    before = text[max(0, m.start - 60) : m.start]
    match = re.search(r"(\w+)(\s+(?:de|del|of)\s+(?:(?:la|el|the)\s+)?)$", before, re.IGNORECASE)
    if not match:
        return False
    heads = {w.lower() for w in lexicon("place_slots")["heads"]}
    words = re.findall(r"\w+", before[: match.start(2)].lower())[-3:]
    return not heads & set(words)


class ArticlePlaces:
    """The places an article names and its main place, read on first use: only articles with a claim need them."""

    def __init__(self, article: Article, language: str) -> None:
        self.article, self.language = article, language
        self._named: list[places.Mention] | None = None
        self._main: places.Mention | None = None

    @property
    def named(self) -> list[places.Mention]:
        if self._named is None:
            known = places.places_in(self.article.text, language=self.language)
            # "la capital de Ucrania": Kyiv; "el estado de Río de Janeiro": the state, not the city
            known = [capital(m, self.article.text) or headed_region(m, self.article.text) or m for m in known]
            # a country inside a sea's name is the sea's ("el Mar del Sur de China"): named_places reads the sea
            seas = [(m.start, m.end) for m in beyond_countries(self.article.text)]
            known = [m for m in known if not any(s <= m.start and m.end <= e for s, e in seas)]
            title = places.places_in(self.article.title or "", language=self.language)
            # an airline's name ("Malaysia Airlines", "Air India") is the company's wherever the article writes it
            known = [m for m in known if not company_name(m, self.article.text)]
            title = [m for m in title if not company_name(m, self.article.title or "")]
            # a storm's name is the storm wherever the article writes it ("Sandy death toll", session 24)
            if storms := storm_names(f"{self.article.title or ''}\n{self.article.text}"):
                known = [m for m in known if places.fold(m.text) not in storms or m.place.kind == "country"]
                title = [m for m in title if places.fold(m.text) not in storms or m.place.kind == "country"]
            # a person's or a venue's name is theirs wherever the article writes it ("dijo Cabañas", session 27)
            whole = f"{self.article.title or ''}\n{self.article.text}"
            # each name once (an article writes its places again and again)
            distinct = {m.text: m for m in [*known, *title] if " " not in m.text and m.place.kind != "country"}
            people = {name for name, m in distinct.items() if person_or_venue(m, whole, self.language)}
            if people:
                known = [m for m in known if m.text not in people]
                title = [m for m in title if m.text not in people]
            unknown = named_places(self.article.text, known, places.main_place([*title, *known]), self.language)
            self._named = sorted([*known, *unknown], key=lambda m: m.start)
            text = self.article.text
            counted = [
                m
                for m, origin in zip(self._named, origins(self._named, text))
                if not origin and not dateline(m, text) and not landmark(m, text) and not reported_at(m, text)
                and not treated_at(m, text)
            ]
            # A sea or a continent ("en el mar Jónico", "Oriente Medio") is no article's main place (branch cplace).
            where = [m for m in counted if not office(m, text) and not beyond(m) and not _breakdown_item(m, text)]
            # A lead naming no place but a governor's region is on it ("San Juan, 22 sep (PL) El gobernador de Puerto
            # Rico ... informó"; branch c7read); not beside another place ("ACAPULCO, Mexico — ... the governor of
            # hard-hit Guerrero said": Mexico)
            lead_end = RE_LEAD_END.search(text)
            if not any(m.start < (lead_end.start() if lead_end else len(text)) for m in where):
                where = [m for m in counted if (not office(m, text) or own_authority(m, text)) and not beyond(m)]
            marks = tuple(m for m in self._named if landmark(m, text))
            self._main = main_of(text, title, where, marks, counted, self.article.title or "")
        return self._named

    @property
    def read(self) -> bool:
        """Whether the places are read already: asking for them costs nothing more (what is asked first may hang
        on it, :func:`.kinds.listed`)."""
        return self._named is not None

    @property
    def main(self) -> places.Mention | None:
        _ = self.named
        return self._main
