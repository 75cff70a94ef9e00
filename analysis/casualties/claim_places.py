"""The place each claim is about (step 5 of :mod:`analysis.casualties.claims`) and the places containing it.

Places are read with the shared gazetteer (:mod:`analysis.corpus.places`). The convention (written once, in
``tests/data/claims_dev.json``'s ``place_convention``): a claim's place is the most specific place the TEXT ties
the toll to: the place named at the figure or in its list item, else in its sentence, else the article's main place
(the most specific place of its title or lead), else None. Of a place and its container written together the most
specific; a list of places, their common parent; an anaphor ("the nation"), the place it stands for; a total of an
article broken down by place, the breakdown's parent (:mod:`.claim_scope`). Datelines, landmarks, places where a
figure was said, a comparison's domain, destinations, origins, speakers' offices and possessors are no toll's place.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

from analysis.casualties import claim_scope, claim_spans
from analysis.casualties.claim_context import (
    RE_LIST_JOIN,
    RE_ORIGIN,
    capital,
    dateline,
    felt_after,
    landmark,
    office,
    origins,
    possessor,
    reported_at,
)
from analysis.casualties.quantities import lexicon, words_regex
from analysis.config import settings
from analysis.corpus import places
from analysis.corpus.records import Article
from analysis.corpus.word_frequency import zipf
from analysis.regex_cache import compiled

if TYPE_CHECKING:
    from analysis.casualties.kinds import Candidate

RE_ITEM_SEPARATOR = compiled(r"\s*[,;:—–]\s*|\s+(?:y|e|and|as well as|plus)\s+", re.IGNORECASE)


RE_PLACE_BEFORE = compiled(
    r"\s*[,:(]?\s*(?:(?:con|with|had|has|have|tiene|registra|suma|reported|report|registró)\s+)?\(?\s*$", re.IGNORECASE
)


# "17 en Georgia", "killed 12 in Ohio", "69 were in Wajima", "four each in", "dos en la localidad de X", "two each in the towns of".
RE_PLACE_AFTER = compiled(
    r"\)?\s*,?\s*(?:(?:each|apiece|cada\s+un[oa])\s+)?(?:(?:were|was|are|is|fueron|eran|son|era|fue)\s+)?(?:(?:s[óo]lo|only|just)\s+)?(?:en|in|de)\s+(?:(?:el|la|los|las|the)\s+)?"
    r"(?:(?:estados?|states?|provincias?|provinces?|regi[oó]n|regiones|regions?|condados?|county|counties|ciudad|ciudades"
    r"|city|cities|towns?|villages?|municipios?|municipalit(?:y|ies)|localidad(?:es)?|pueblos?|prefecturas?|prefectures?)"
    r"\s+(?:de\s+|of\s+)?)?$",
    re.IGNORECASE,
)


# A figure shared by every place of the list after it: "four each in Shika and Noto", "dos en cada una de",
# "one in Hakui and Shika respectively".
RE_EACH = compiled(r"\s*(?:each|apiece|cada\s+un[oa])\b", re.IGNORECASE)
RE_RESPECTIVELY = compiled(r"\s*,?\s*(?:respectively|respectivamente)\b", re.IGNORECASE)
RE_FROM_AFTER = compiled(
    r"\s*(?:(?:each|apiece|cada\s+un[oa])\s+)?(?:from|procedentes?\s+de|originari[oa]s?\s+de)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _from_at(c: Candidate, m: places.Mention, text: str) -> bool:
    """An origin named right after the figure or its phrase: "four each from China", "dos procedentes de Francia"."""
    return any(
        m.start >= stop and bool(RE_FROM_AFTER.fullmatch(text, stop, m.start)) for stop in {c.figure.end, c.phrase.end}
    )


def origin_of(c: Candidate, named: list[places.Mention], text: str) -> places.Mention | None:
    """The place a figure's people come from, named right after it: "five from Iran" (their group: Iranian)."""
    return next((m for m in named if m.start >= c.figure.end and _from_at(c, m, text)), None)


def distributed(c: Candidate, named: list[places.Mention], text: str) -> tuple[list[places.Mention], bool]:
    """The places a figure is said of each ("70 people each in Wajima and Suzu", "four each from China and
    Russia", "one in Hakui and Shika respectively"): the list of places named right after it, when "each" follows
    the figure or its phrase or "respectively" follows the list; and whether they are origins ("from").

    One claim is read per place (per origin, a group): "two each in Shika and Noto" is 2 killed in Shika and 2 in
    Noto. A list of one place, or no "each", gives ([], False).
    """
    each = any(RE_EACH.match(text, at) for at in {c.figure.end, c.phrase.end})
    after = sorted(
        (m for m in named if m.start >= c.figure.end and (_at(c, m, text) or _from_at(c, m, text))),
        key=lambda m: m.start,
    )
    if not after:
        return [], False
    chain = [after[0]]
    for m in sorted((m for m in named if m.start > chain[0].end), key=lambda m: m.start):
        if not RE_LIST_JOIN.fullmatch(text, chain[-1].end, m.start):
            break
        chain.append(m)
    if len(chain) < 2 or not (each or RE_RESPECTIVELY.match(text, chain[-1].end)):
        return [], False
    return chain, bool(RE_ORIGIN.search(text, max(0, chain[0].start - 30), chain[0].start))


NAME = r"[A-ZÁÉÍÓÚÑ][\w’'-]*(?:\s+(?:(?:al|el|de|del)\s+)?[A-ZÁÉÍÓÚÑ][\w’'-]*){0,3}"


RE_COORDINATED = compiled(rf"(?:\s*,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)(?-i:(?P<name>{NAME}))", re.IGNORECASE)


@cache
def _slots() -> tuple[re.Pattern[str], frozenset[str]]:
    """One pattern of every slot of ``lexicons/place_slots.yaml``; the group ``name`` is the place."""
    lex = lexicon("place_slots")
    head = rf"(?:{words_regex(lex['heads'])})\s+(?:{words_regex(lex['head_links'])})\s+"
    venue = rf"(?:{words_regex(lex['venues'])})\s+(?:(?:{words_regex(lex['head_links'])})\s+)?"
    after = (
        rf"(?<![\w])(?:{words_regex(lex['prepositions'])})\s+(?:(?:{words_regex(lex['articles'])})\s+)?(?:{head})?"
        rf"(?-i:(?P<name>{NAME}))"
    )
    headed = rf"(?<![\w])(?:{head})(?-i:(?P<headed>{NAME}))"
    venued = rf"(?<![\w])(?:{venue})(?-i:(?P<venue>{NAME}))"
    listed = rf"(?-i:(?P<listed>{NAME}))\s*(?:(?:{words_regex(lex['list_links'])})\s+|\(\s*)(?=\d)"
    struck = rf"(?<![\w])(?:{words_regex(lex['struck'])})\s+(?-i:(?P<struck>{NAME}))"
    return compiled(f"{after}|{headed}|{venued}|{listed}|{struck}", re.IGNORECASE), frozenset(lex["not_names"])


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(
        w.lower() for forms in lexicon("nationalities").values() for w in [*forms.get("es", []), *forms.get("en", [])]
    )


def named_places(
    text: str, known: list[places.Mention], main: places.Mention | None, language: str
) -> list[places.Mention]:
    """Places the gazetteer lacks, read from a place's slot in the text (``lexicons/place_slots.yaml``).

    A capitalised name after "en"/"in"/"at" (perhaps "the town of"), after a head ("district of Itaewon"), after a
    verb of a disaster striking it ("landslides that struck Wayanad"), or before a figure of a list ("Tinguir con 1", "Al Youssufia (1)") is a place when it overlaps no gazetteer name, does not
    start with a title or article, and one of its words is rarer than ``slot_name_zipf`` (wordfreq): "en el Crocus
    City Hall" names "Crocus City Hall"; "in March" and "en Año Nuevo" name nothing. A name of two words or more
    right after a venue noun needs no rare word: the venue says it is one ("la discoteca Jet Set"). Its parents are
    the article's main place and the places containing it.

    >>> [m.text for m in named_places("Murieron 3 en Tinguir y 2 en Enero.", [], None, "es")]
    ['Tinguir']
    >>> [m.text for m in named_places("Se derrumbó la discoteca Jet Set en la zona Sur.", [], None, "es")]
    ['Jet Set']
    """
    pattern, not_names = _slots()
    heads_after = frozenset(lexicon("place_slots")["heads_after"])
    demonyms = _demonyms()
    limit = settings().places.slot_name_zipf
    spans = [(m.start, m.end) for m in known]
    parent = (main.place.name, *main.place.parents) if main else ()
    out: list[places.Mention] = []
    # A name in a slot, and a name coordinated right after a place ("in the towns of Shika and Noto").
    queue = [
        (m.start(g), m.group(g), g == "venue")
        for m in pattern.finditer(text)
        for g in ("name", "headed", "venue", "listed", "struck")
        if m.group(g)
    ]
    # Not a name in apposition to a title ("el presidente de Corea del Sur, Yoon Suk Yeol"): a person.
    queue += [
        (c.start("name"), c.group("name"), False)
        for k in known
        if (c := RE_COORDINATED.match(text, k.end)) and not _titled(text, k.start, c)
    ]
    while queue:
        start, name, venue = queue.pop(0)
        words = name.split()
        # "Seoul's Itaewon": the place is the last possessor's thing; "Itaewon's": the name.
        for i, w in enumerate(words[:-1]):
            if w.endswith(("'s", "’s")):
                start, words = text.index(words[i + 1], start), words[i + 1 :]
                break
        words[-1] = re.sub(r"['’]s$", "", words[-1])
        while words and words[0] in not_names:
            start += text.find(words[0], start) - start + len(words[0]) + 1
            words = words[1:]
        if not words or " ".join(words).lower() in demonyms:
            continue  # "Libyan", "británicos": who, not where
        name = " ".join(words)
        end = start + len(name)
        if text[start:end] != name or any(s < end and start < e for s, e in spans):
            continue
        rare = min(zipf(w.lower(), language) for w in words) < limit
        if not rare and not (venue and len(words) > 1):
            continue
        place = _headed(words, heads_after)
        if place is not None:  # "Ishikawa Prefecture": the gazetteer's Ishikawa, written without its head
            name = " ".join(words[:-1])
            end = start + len(name)
        else:
            place = places.Place(name, "named", main.place.country if main else "", 0, parent, f"named:{name}")
        out.append(places.Mention(start, end, name, place))
        spans.append((start, end))
        if (c := RE_COORDINATED.match(text, end)) and not _titled(text, start, c):
            queue.append((c.start("name"), c.group("name"), False))
    return _longest_forms(sorted(out, key=lambda m: m.start))


def _headed(words: list[str], heads: frozenset[str]) -> places.Place | None:
    """A gazetteer place written with its head after it ("Ishikawa Prefecture", "Nanao City"): the place.

    >>> _headed(["Ishikawa", "Prefecture"], frozenset({"prefecture"})).name
    'Ishikawa'
    """
    if len(words) < 2 or words[-1].lower() not in heads:
        return None
    found = places.gazetteer().candidates(" ".join(words[:-1]))
    kind = {"prefecture": "region", "province": "region", "state": "region", "county": "county"}.get(words[-1].lower())
    return next((p for p in found if p.kind == kind), None) or (found[0] if found else None)


def _longest_forms(named: list[places.Mention]) -> list[places.Mention]:
    """One place per venue: a name that is the leading part of a longer name of the same text ("Crocus City" and
    "Crocus City Hall") is the longer one, which names it in full.

    >>> p = lambda n: places.Mention(0, len(n), n, places.Place(n, "named", "", 0, (), f"named:{n}"))
    >>> [m.text for m in _longest_forms([p("Crocus City"), p("Crocus City Hall"), p("Crocus")])]
    ['Crocus City Hall', 'Crocus City Hall', 'Crocus City Hall']
    """
    out = []
    for m in named:
        longer = [o for o in named if o.text.startswith(m.text + " ")]
        if longer:
            full = max(longer, key=lambda o: len(o.text))
            m = places.Mention(m.start, m.end, full.text, full.place)
        out.append(m)
    return out


@cache
def _titles() -> re.Pattern[str]:
    lex = lexicon("place_cues")
    return compiled(rf"\b(?:{words_regex(lex['titles'])})\b[^.;,:\n]*$", re.IGNORECASE)


def _titled(text: str, place_start: int, coordinated: re.Match[str]) -> bool:
    """A name after a place and a comma, the place after a title in the same clause ("el presidente de Corea del
    Sur, Yoon Suk Yeol", "the governor of Florida, Ron DeSantis"): the title's holder, not a second place.

    >>> text = "El presidente de Corea del Sur, Yoon Suk Yeol, visitó Seúl."
    >>> _titled(text, 17, RE_COORDINATED.match(text, 30))
    True
    """
    if not coordinated.group(0).lstrip().startswith(","):
        return False
    return bool(_titles().search(text, max(0, place_start - 120), place_start))


RE_LEAD_END = compiled(r"[.!?](?:\s|$)")


def main_of(
    text: str,
    title: list[places.Mention],
    named: list[places.Mention],
    landmarks: tuple[places.Mention, ...] = (),
    counted: list[places.Mention] | None = None,
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
    # A venue, district or town the gazetteer lacks, named in the lead, is more precise than the title's city.
    if venue := next((m for m in lead if m.place.kind == "named"), None):
        return venue
    # How often the article names each place (``counted``: also where it names a speaker's office).
    counts = Counter(claim_spans.name_key(m.text) for m in (named if counted is None else counted))
    if title or lead:
        chosen = title[0] if title else max(lead, key=lambda m: (counts[claim_spans.name_key(m.text)], -m.start))
        # One place inside it, of the title or the lead, is more specific (not a place owning a thing, "una
        # solicitud de Caracas", nor one of a list of places); a lead saying the toll spans regions ("en cinco
        # estados del sureste") keeps the country.
        inner = {
            m.place.name: m
            for m in [*title, *(m for m in lead if not _owned(m, text) and claim_scope.listed_parent(m, lead, text) is m)]
            if claim_scope.contains(chosen, m)
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
            known = [capital(m, self.article.text) or m for m in known]  # "la capital de Ucrania": Kyiv
            title = places.places_in(self.article.title or "", language=self.language)
            unknown = named_places(self.article.text, known, places.main_place([*title, *known]), self.language)
            self._named = sorted([*known, *unknown], key=lambda m: m.start)
            text = self.article.text
            counted = [
                m
                for m, origin in zip(self._named, origins(self._named, text))
                if not origin and not dateline(m, text) and not landmark(m, text) and not reported_at(m, text)
            ]
            where = [m for m in counted if not office(m, text)]
            marks = tuple(m for m in self._named if landmark(m, text))
            self._main = main_of(text, title, where, marks, counted)
        return self._named

    @property
    def main(self) -> places.Mention | None:
        _ = self.named
        return self._main


def places_of(
    kept: list[Candidate],
    named: list[places.Mention],
    main: places.Mention | None,
    text: str,
    sentence: tuple[int, int],
) -> list[places.Mention | None]:
    """Step 5: the place of each claim of a sentence.

    A sentence listing several figures is cut into items at the separator (comma, semicolon, dash, "y",
    "and") nearest each figure ("91 muertos en la provincia, | tres en Albacete | y uno en Málaga").
    A claim's place is the place named right at its figure ("tres en Albacete", "Taroudant con 321",
    "Georgia (33)", "killed 12 people in Ohio"; after the figure first); else the place of its item nearest
    the figure; else the place of the sentence outside every other item nearest the figure ("En Cuba, 12
    murieron"); else the article's main place (:func:`places.main_place`); else None.
    """
    s_start, s_end = sentence
    # A separator inside a place's name is none ("uno en San Vicente y las Granadinas y tres en Venezuela").
    names = [(m.start, m.end) for m in named if s_start <= m.start < s_end]

    def separators(a: int, b: int) -> list[re.Match[str]]:
        return [g for g in RE_ITEM_SEPARATOR.finditer(text, a, b) if not any(s < g.start() < e for s, e in names)]

    bounds = []
    for i, c in enumerate(kept):
        left, right = s_start, s_end
        if i > 0:
            prev = kept[i - 1]
            gap = separators(prev.figure.end, c.figure.start)
            left = gap[-1].end() if gap else prev.figure.end
        if i + 1 < len(kept):
            nxt = kept[i + 1]
            after = max(c.figure.end, c.verb_end if c.verb_end < nxt.figure.start else c.figure.end)
            cut = next(iter(separators(after, nxt.figure.start)), None)
            right = cut.start() if cut else nxt.figure.start
        bounds.append((left, right))
    # "five from Iran", "procedentes de Francia": where people come from, not where the toll is.
    inside = [m for m in named if s_start <= m.start < s_end]
    inside = [m for m, origin in zip(inside, origins(inside, text)) if not origin]
    # "Rabat — ...", "said in Rabat": where it was reported; "south of Marrakesh": a landmark, unless at the figure.
    inside = [
        m
        for m in inside
        if not dateline(m, text)
        and not reported_at(m, text)
        and not office(m, text)
        and not possessor(m, text)
    ]
    # "the country's toll", "elsewhere in the nation", "en este distrito": the place the anaphor stands for.
    anaphoric = claim_scope.anaphors(text, s_start, s_end, named)
    inside = sorted([*inside, *anaphoric], key=lambda m: m.start)
    readings = []
    for c, (left, right) in zip(kept, bounds):
        item = [
            m
            for m in inside
            if left <= m.start and m.end <= right and (not landmark(m, text) or _near(c, m, text))
            and not felt_after(m, text, c.figure.end)
        ]
        tight = sorted((m for m in item if _at(c, m, text)), key=lambda m: m.start < c.figure.start)
        # The sentence's context: places outside every item, and places before the figure in other items that are
        # no other figure's own ("El número de muertos en el terremoto que azotó Marruecos superó los mil, hasta los
        # 1.037, ... 721"); not a place after it ("Five deaths: two in Cuba, two in Haiti and one in Jamaica").
        free = [
            m
            for m in inside
            if (not landmark(m, text) or _near(c, m, text))
            and not felt_after(m, text, c.figure.end)  # "killing hundreds was felt from Rabat to Marrakech"
            and (
                not any(lo <= m.start < hi for lo, hi in bounds)
                or (m.end <= c.figure.start and not any(_at(o, m, text) for o in kept if o is not c))
            )
        ]
        # Of nested places ("Itaewon, en Seúl", "Acapulco, México"), the most specific; an anaphor names its scope.
        tight, item, free = (
            claim_scope.kept_anaphors(claim_scope.most_specific(ms, text), [m for m in ms if m in anaphoric])
            for ms in (tight, item, free)
        )
        readings.append((sorted(tight, key=lambda m: m.start < c.figure.start), item, free))
    out: list[places.Mention | None] = []
    for i, (c, (tight, item, free)) in enumerate(zip(kept, readings)):
        place: places.Mention | None
        if tight:
            place = tight[0] if distributed(c, named, text)[0] else _listed(tight[0], inside, named, text)
        elif item:
            place = _listed(min(item, key=lambda m: abs(m.start - c.figure.start)), inside, named, text)
        elif (shared := _shared(i, kept, readings, text)) is not None:
            place = _listed(shared, inside, named, text)
        elif free:
            place = _listed(min(free, key=lambda m: abs(m.start - c.figure.start)), inside, named, text)
        else:
            place = main
        out.append(_spanned(c, place, text))
    return out


def _listed(m: places.Mention, inside: list[places.Mention], named: list[places.Mention], text: str) -> places.Mention | None:
    """The place written most specifically near ``m``, or the common parent of the list ``m`` is in (claim_scope)."""
    if m.start < m.end and m.text != text[m.start : m.end]:
        return m  # an anaphor
    return claim_scope.listed_parent(claim_scope.narrowed(m, inside, text), named, text)


RE_AND = compiled(r"\b(?:y|e|and)\b", re.IGNORECASE)


def _shared(
    i: int,
    kept: list[Candidate],
    readings: list[tuple[list[places.Mention], list[places.Mention], list[places.Mention]]],
    text: str,
) -> places.Mention | None:
    """A clause without a place coordinated with the next one's ("At least 1,800 have died and 3,700 were injured
    in Syria", "380 víctimas mortales y más de 1.000 heridos en el noroeste del país"): the next figure's place
    named after it; else the previous figure's place named right before this figure ("912 muertos en ese país y
    5300 heridos")."""
    c = kept[i]
    if i + 1 < len(kept):
        n = kept[i + 1]
        if RE_AND.search(text, c.figure.end, n.figure.start) and not RE_DIGIT.search(text, c.figure.end, n.figure.start):
            after = [m for m in readings[i + 1][0] if m.start >= n.figure.end]
            if after:
                return after[0]
    # "912 muertos en ese país y 5300 heridos": the previous figure's place, named right before this one's "y".
    if i > 0:
        before = [m for m in readings[i - 1][0] if kept[i - 1].figure.end <= m.start and m.end <= c.figure.start]
        if before and RE_AND_ONLY.fullmatch(text, before[-1].end, c.figure.start):
            return before[-1]
    return None


RE_AND_ONLY = compiled(r"\s*,?\s*(?:y|e|and)\s+(?:(?:otros|otras|another|other)\s+)?", re.IGNORECASE)


RE_DIGIT = compiled(r"\d")


def _spanned(c: Candidate, place: places.Mention | None, text: str) -> places.Mention | None:
    """A toll said to span several regions ("200 across six states", "93 muertos en seis estados") is the
    country's of its place (:mod:`.claim_spans`); a list of the regions is compared under its common parent
    (:func:`.comparable.compared_place`)."""
    if claim_spans.spans_regions(text, {c.figure.end, c.phrase.end, c.verb_end}):
        return claim_spans.country_of(place) if place else None
    return place


def _at(c: Candidate, m: places.Mention, text: str) -> bool:
    """A place named right at the figure: "Chichaoua con 103", "Georgia (33)", "17 en Georgia", "killed 12 in Ohio"."""
    if m.end <= c.figure.start:
        return c.figure.start - m.end <= 20 and bool(RE_PLACE_BEFORE.fullmatch(text, m.end, c.figure.start))
    end = max(c.phrase.end, c.verb_end)
    for stop in (c.phrase.end, end):
        if m.start >= stop and m.start - stop <= 40 and RE_PLACE_AFTER.fullmatch(text, stop, m.start):
            return True
    return False


def _near(c: Candidate, m: places.Mention, text: str) -> bool:
    """A landmark right after the figure's phrase or verb: "9 migrants drowned near Benghazi"."""
    return any(m.start >= stop and m.start - stop <= 20 and landmark(m, text) for stop in {c.phrase.end, c.verb_end})


def at_figure(c: Candidate, m: places.Mention | None, text: str) -> bool:
    """Whether ``m`` is named right at the figure (:func:`_at`), or a list's parent standing at such a place."""
    return m is not None and _at(c, m, text)


def placed_at(c: Candidate, named: list[places.Mention], text: str) -> bool:
    """Whether a place is named right at the figure: "Chichaoua con 103", "Georgia (33)", "17 en Georgia"."""
    return any(_at(c, m, text) for m in named)


def parents(mention: places.Mention | None) -> tuple[str, ...]:
    if mention is None:
        return ()
    place = mention.place
    # A name written otherwise than the gazetteer's ("Marruecos") keeps the canonical name first.
    same = claim_spans.name_key(mention.text) == claim_spans.name_key(place.name)
    return place.parents if same else (place.name, *place.parents) if place.kind != "country" else (place.name,)
