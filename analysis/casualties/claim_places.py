"""The place each claim is about (step 5 of :mod:`analysis.casualties.claims`) and the places containing it.

Places are read with the shared gazetteer (:mod:`analysis.corpus.places`). The convention (written once, in
``tests/data/claims_dev.json``'s ``place_convention``): a claim's place is the most specific place the TEXT ties
the toll to: the place named at the figure or in its list item, else in its sentence, else the article's main place
(the most specific place of its title or lead), else None. Of a place and its container written together the most
specific; a list of places, their common parent; an anaphor ("the nation"), the place it stands for; a total of an
article broken down by place, the breakdown's parent (:mod:`.claim_scope`). Datelines, landmarks, places where a
figure was said, a comparison's domain, destinations, origins, speakers' offices and possessors are no toll's place
(:mod:`.claim_context`); nor is a group's own country named only as who they are ("visitó Cuba, a propósito de la
muerte de 32 de sus militares": :func:`group_country`), unless no other place is named: then it stays, weakly
(``Claim.place_weak``, :func:`.events.by_story`). A sea, a continent or a region of several countries ("en el
Caribe", "the Mediterranean Sea": :func:`.slot_places.beyond_countries`) is a claim's place only when no other place
is named with it, and never the article's main place. The places an article names and its main place are
:mod:`.article_places`'; places the gazetteer lacks, read from a slot, :mod:`.slot_places`'.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from analysis.casualties import claim_scope, claim_spans
from analysis.casualties.article_places import ArticlePlaces, main_of
from analysis.casualties.claim_context import (
    RE_LIST_JOIN,
    RE_ORIGIN,
    dateline,
    describing,
    felt_after,
    landmark,
    national_offices,
    national_venues,
    office,
    origins,
    possessor,
    qualifies_head,
    reported_at,
    reports_figure,
    treated_at,
)
from analysis.casualties.quantities import lexicon, words_regex
from analysis.casualties.slot_places import beyond, named_places
from analysis.corpus import places
from analysis.regex_cache import compiled

if TYPE_CHECKING:
    from analysis.casualties.kinds import Candidate

__all__ = [
    "ArticlePlaces",
    "at_figure",
    "continues_abroad",
    "distributed",
    "group_country",
    "main_of",
    "named_places",
    "origin_of",
    "parents",
    "placed_at",
    "places_of",
    "row_heading",
    "without_group_country",
    "written_at",
]

RE_ITEM_SEPARATOR = compiled(r"\s*[,;:—–]\s*|\s+(?:y|e|and|as well as|plus)\s+", re.IGNORECASE)


# Between a place and the figure right after it: "Chichaoua con 103", "Georgia (33)", "en Guerrero a 6" (the verb
# of the list's item before left out: "en México llegan a 13, en Guerrero a 6"), "en Oaxaca, donde murieron 98".
RE_PLACE_BEFORE = compiled(
    # a region's head written after its name ("Kyoto Prefecture had four fatalities": place_cues region_heads_after)
    rf"(?:\s+(?-i:{'|'.join(map(re.escape, lexicon('place_cues')['region_heads_after']))}))?"
    r"(?:\s*,\s*(?:donde|where)(?:\s+[^\W\d]+){0,2}\s+"
    r"|\s*[,:(]?\s*(?:(?:con|with|had|has|have|tiene|registra|suma|reported|report|registró|a)\s+)?\(?\s*)$",
    re.IGNORECASE,
)


# "17 en Georgia", "killed 12 in Ohio", "69 were in Wajima", "four each in", "dos en la localidad de X", "two each in the towns of",
# "cinco más en Bihar" (another five, of a breakdown), "y una última en Oaxaca"; a word may qualify the head ("each in
# the prefectural cities of Wajima and Suzu", "en la vecina localidad de").
# An event's noun may come between, its place after "de"/"of" ("cinco en el incendio de Palisades", "six in the fire of
# Eaton": the event nouns of figures_*.yaml ``event_cues``; session 26, claims12read2).
_EVENT_OF = (
    rf"(?:(?:{words_regex([*lexicon('figures_es')['event_cues'], *lexicon('figures_en')['event_cues']])})"
    r"\s+(?:de|del|of)\s+(?:(?:el|la|los|las|the)\s+)?)?"
)
RE_PLACE_AFTER = compiled(
    r"\)?\s*,?\s*(?:(?:each|apiece|cada\s+un[oa]|m[áa]s|[úu]ltim[oa])\s+)?(?:(?:were|was|are|is|fueron|eran|son|era|fue)\s+)?(?:(?:s[óo]lo|tan\s+s[óo]lo|solamente|[úu]nicamente|only|just)\s+)?(?:en|in|de)\s+(?:(?:el|la|los|las|the)\s+)?"
    + _EVENT_OF +
    r"(?:(?:(?-i:[a-z])[\w-]*\s+)?(?:estados?|states?|provincias?|provinces?|regi[oó]n|regiones|regions?|condados?|county|counties|ciudad|ciudades"
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
        and not treated_at(m, text)
        # an office's place when the office reports the figure, unless it contains the article's main place (the
        # Ministry of Health of Russia reporting the injured of a Moscow venue)
        and (
            not office(m, text)
            or (
                reports_figure(m, text, [c.figure.start for c in kept]) and not (main and claim_scope.contains(m, main))
            )
        )
        and not possessor(m, text)
        and not qualifies_head(m, text)
        and not describing(m, text)
    ]
    # "Bangladeshi officials said 12 people had died": the country of a body that reports the figure (branch c6read)
    # not when the sentence names a place inside that country ("Las autoridades brasileñas han informado de la muerte
    # de 175 personas ... en Río Grande del Sur")
    nationals = [
        n
        for n in national_offices(text, s_start, s_end, [c.figure.start for c in kept])
        if not any(m.place == n.place or claim_scope.contains(n, m) for m in inside)
    ]
    # "in a Brazilian nightclub": a venue named by its country's adjective is in that country, unless the sentence names
    # a place (branch c7read)
    if not inside:
        nationals += national_venues(text, s_start, s_end)
    # "the country's toll", "elsewhere in the nation", "en este distrito", "the toll there": the place the anaphor
    # stands for (a reporting body's country is the last named before "there": "Bangladeshi officials said 12 had died
    # there")
    anaphoric = claim_scope.anaphors(text, s_start, s_end, sorted([*named, *nationals], key=lambda m: m.start))
    anaphoric += [n for n in nationals if n not in anaphoric]
    inside = sorted([*inside, *anaphoric], key=lambda m: m.start)
    readings = []
    for c, (left, right) in zip(kept, bounds):
        item = [
            m
            for m in inside
            if left <= m.start
            and m.end <= right
            and (not landmark(m, text) or _near(c, m, text) or _landmark_at(c, m, text))
            and not felt_after(m, text, c.figure.end)
            and not _other_clause(m, c, text)
        ]
        tight = sorted(
            [*(m for m in item if _at(c, m, text)), *_elliptic_item_place(c, left, inside, item, text)],
            key=lambda m: m.start < c.figure.start,
        )
        # The sentence's context: places outside every item, and places before the figure in other items that are
        # no other figure's own ("El número de muertos en el terremoto que azotó Marruecos superó los mil, hasta los
        # 1.037, ... 721"); not a place after it ("Five deaths: two in Cuba, two in Haiti and one in Jamaica").
        free = [
            m
            for m in inside
            if (not landmark(m, text) or _near(c, m, text) or _landmark_at(c, m, text))
            and not felt_after(m, text, c.figure.end)  # "killing hundreds was felt from Rabat to Marrakech"
            and (
                not any(lo <= m.start < hi for lo, hi in bounds)
                or (m.end <= c.figure.start and not any(_at(o, m, text) for o in kept if o is not c))
            )
            and not _other_clause(m, c, text)
        ]
        # Of nested places ("Itaewon, en Seúl", "Acapulco, México"), the most specific; an anaphor names its scope.
        # A sea or a continent ("en el Caribe") only when its list names no other place (branch cplace).
        tight, item, free = (
            _countries_first(
                claim_scope.kept_anaphors(claim_scope.most_specific(ms, text), [m for m in ms if m in anaphoric])
            )
            for ms in (tight, item, free)
        )
        readings.append((sorted(tight, key=lambda m: m.start < c.figure.start), item, free))
    out: list[places.Mention | None] = []
    for i, (c, (tight, item, free)) in enumerate(zip(kept, readings)):
        place: places.Mention | None
        relative = None if tight else _relative_before(c, bounds[i][0], inside, text)
        if relative is not None:
            after, where = relative
            item = [m for m in item if m.start >= after]  # the relative's clause: its places, else what it stands for
            if not item and where is not None:
                item = [where]
        if tight:
            place = tight[0] if distributed(c, named, text)[0] else _listed(tight[0], inside, named, text)
        elif item:
            place = _listed(min(item, key=lambda m: abs(m.start - c.figure.start)), inside, named, text)
        elif (where := _where_before(bounds[i][0], inside, text)) is not None:
            place = where  # "14 in Ecuador, where officials said 126 were injured": the place the relative stands for
        elif (shared := _shared(i, kept, readings, text)) is not None:
            place = _listed(shared, inside, named, text)
        elif i > 0 and (earlier := out[i - 1]) is not None and _joined_kind(kept[i - 1], c, earlier, text):
            place = earlier  # "Kashmir, where the figures are 17 388 dead and 40 421 injured": the dead's place
        elif free:
            place = _listed(min(free, key=lambda m: abs(m.start - c.figure.start)), inside, named, text)
        elif i > 0 and out[i - 1] is not None and _of_whom(kept[i - 1], c, text):
            place = out[i - 1]  # "940 injured in Turkey, 218 of whom are still treated": a part of the toll before
        elif (row := row_heading(c, inside, text)) is not None:
            place = row  # "- Maldivas: 43 muertos, entre ellos dos británicos, y 63 desaparecidos": the row's place
        else:
            place = main
        if not tight and beyond(place) and i > 0 and _kind_listed(kept[i - 1], c, out[i - 1], text):
            place = out[i - 1]  # "reportaron 44 muertos, 19 heridos y 12 desaparecidos ... el Caribe" (session 24)
        out.append(_spanned(c, place, text))
    return out


@cache
def _continuation() -> re.Pattern[str]:
    """A sentence's first word that continues the previous sentence's account (``place_slots.yaml`` ``continued``)."""
    return compiled(rf"(?:{words_regex(lexicon('place_slots')['continued'])})\b", re.IGNORECASE)


RE_SENTENCE_START = compiled(r"(?<=[.!?])\s+(?=\S)")


def continues(text: str, s_start: int, previous: int) -> bool:
    r"""Whether the sentence at ``s_start`` opens with a word continuing the account of the sentence before it (at
    ``previous``; a paragraph break between them does not end the account): "Además, 22 personas siguen
    desaparecidas." after Haiti's toll, "In addition, he said 1,405 were missing" after Sichuan's. Such a sentence
    naming no place is about the previous sentence's place, not the article's main place (held-out8's and held-out10's
    convention; :mod:`.claims` step 5, session 24).

    >>> text = "En Haití murieron 54 personas. Además, 22 personas siguen desaparecidas."
    >>> continues(text, 31, 0), continues(text.replace(". A", ".\n\nA"), 32, 0), continues(text, 0, 0)
    (True, True, False)
    >>> continues("En Haití murieron 54. También hay 22 desaparecidos.", 22, 0)
    False
    """
    return previous < s_start and bool(_continuation().match(text, s_start))


# Right before a place written as where a toll happened: "en", "in", perhaps an article and one lower-case word ("En la
# vecina República Dominicana", "in neighbouring Iraq").
RE_WHERE_WRITTEN = compiled(
    r"\b(?:en|in|on|at|across|throughout)\s+(?:(?:el|la|los|las|the)\s+)?(?:(?-i:[a-záéíóúñ])[\w-]*\s+)?$",
    re.IGNORECASE,
)
# Right after a place owning the toll: "Thailand's toll", "Haiti's death toll".
RE_TOLL_OWNER = compiled(r"['’‘]s\s+(?:(?:death|confirmed|official)\s+)?toll\b", re.IGNORECASE)


def continues_abroad(
    text: str,
    s_start: int,
    previous_end: int,
    spot: places.Mention | None,
    main: places.Mention | None,
    *,
    at_figure: bool,
) -> bool:
    """Whether the sentence at ``s_start`` continues, in the same paragraph (no line break since ``previous_end``, the
    end of the sentence of the last toll), an account moved to another country than the article's main place: the
    last toll's place ``spot`` lies in another country than ``main`` and is written as where the toll happened (at
    its figure, after "en"/"in", or owning the toll: "Thailand's toll"). A sentence of that paragraph naming no place
    is then about ``spot``, not the main place: "En la vecina República Dominicana, la tormenta mató a dos hombres
    ... Casi 30.000 personas fueron desalojadas" are the Dominican Republic's (the place convention of the spent
    held-out sets: the toll's place is the one named in its sentence or paragraph; session 25, branch places25). A
    country named only as who the people are ("Three of the dead are German and one Belgium") is no such place.

    >>> text = "Haití sufrió 54 muertos. En la vecina República Dominicana murieron dos. Unos 30.000 fueron desalojados."
    >>> named = places.places_in(text, language="es")
    >>> haiti, dominicana = named
    >>> continues_abroad(text, 73, 72, dominicana, haiti, at_figure=False)
    True
    >>> continues_abroad(text.replace(". Unos", ".\\nUnos"), 73, 72, dominicana, haiti, at_figure=False)
    False
    >>> text = "Three of the dead are German and one Belgium. Four were hurt."
    >>> belgium = places.places_in(text, language="en")[0]
    >>> continues_abroad(text, 45, 44, belgium, places.places_in("Spain", language="en")[0], at_figure=False)
    False
    """
    if spot is None or main is None or "\n" in text[previous_end:s_start]:
        return False
    here, there = claim_spans.country_of(spot), claim_spans.country_of(main)
    if here is None or there is None or here.place == there.place:
        return False
    return at_figure or bool(
        RE_WHERE_WRITTEN.search(text, max(0, spot.start - 40), spot.start) or RE_TOLL_OWNER.match(text, spot.end)
    )


# A table row's heading: a line's start, perhaps a bullet or a dash, then the place, then a colon ("- Maldivas: 43
# muertos", "INDIA: ...", "Sri Lanka: 35,000").
RE_ROW_START = compiled(r"[^\S\n]*(?:[-–—•*·][^\S\n]*)?")
RE_ROW_COLON = compiled(r"[^\S\n]*:")


def row_heading(c: Candidate, inside: list[places.Mention], text: str) -> places.Mention | None:
    r"""The place heading the table row of ``c``'s figure: a place opening its line before a colon, the figure on the
    same line ("- Maldivas: 43 muertos, entre ellos dos británicos, y 63 desaparecidos": the 63 missing are the
    Maldives'; a per-country table, "Indonesia: 130,000; Sri Lanka: 35,000", is read item by item first). For a
    figure whose own item and sentence name no place, before the article's main place (session 25).

    >>> from analysis.casualties.kinds import Candidate
    >>> from analysis.casualties.phrases import Phrase
    >>> from analysis.casualties.quantities import Figure
    >>> text = "Asia.\n- Maldivas: 43 muertos y 63 desaparecidos."
    >>> c = Candidate(Figure(32, 34, "63", "exact", 63, 63, 63, "digits"), Phrase(48), "missing", 32, 48)
    >>> row_heading(c, places.places_in(text, language="es"), text).text
    'Maldivas'
    >>> row_heading(c, places.places_in(text.replace(":", ","), language="es"), text.replace(":", ",")) is None
    True
    """
    line = text.rfind("\n", 0, c.figure.start) + 1
    for m in inside:
        if line <= m.start < c.figure.start:
            if RE_ROW_START.fullmatch(text, line, m.start) and RE_ROW_COLON.match(text, m.end):
                return m
            return None
    return None


# A relative of place opening an item: "where", "donde", "en donde", "en el que", "in which".
RE_WHERE = compiled(r"(?:where|donde|en\s+donde|en\s+(?:el|la|los|las)\s+que|in\s+which)\b", re.IGNORECASE)


def _where_before(left: int, inside: list[places.Mention], text: str) -> places.Mention | None:
    """The place right before an item that opens with a relative of place: the place the relative stands for
    ("y 14 en Ecuador, donde ... 126 resultaron heridas"), when only a comma lies between them.

    >>> text = "Three died in Peru and 14 in Ecuador, where officials said 126 people were injured."
    >>> [m.text for m in [_where_before(38, places.places_in(text, language="en"), text)] if m]
    ['Ecuador']
    >>> _where_before(38, places.places_in("Three died, where 126 were hurt.", language="en"), text) is None
    True
    """
    if not RE_WHERE.match(text, left):
        return None
    before = [m for m in inside if m.end <= left and text[m.end : left].strip() in ("", ",")]
    return before[-1] if before else None


# A relative of place after a comma, inside a figure's item: "..., where", "..., donde".
RE_COMMA_WHERE = compiled(r",\s*(?:where|donde|en\s+donde|in\s+which)\b", re.IGNORECASE)


def _relative_before(
    c: Candidate, left: int, inside: list[places.Mention], text: str
) -> tuple[int, places.Mention | None] | None:
    """A relative of place opening the clause of a figure inside its item ("..., donde", "..., where"): where the
    clause starts, and the place right before the relative's comma, which the relative stands for; None without one.
    The figure's place is then a place of that clause, else the place the relative stands for: "Haiyan se encuentra
    en el Mar del Sur de China y se desplaza en dirección a Vietnam, donde las autoridades ya han iniciado la
    evacuación de unas 500.000 personas" is Vietnam's, not the sea's.

    >>> from analysis.casualties.kinds import Candidate
    >>> from analysis.casualties.phrases import Phrase
    >>> from analysis.casualties.quantities import Figure
    >>> text = "The storm crossed the Java Sea and headed to Vietnam, where authorities evacuated 500,000 people."
    >>> c = Candidate(Figure(81, 88, "500,000", "exact", 500000, 500000, 500000, "digits"), Phrase(95), "displaced", 81, 95)
    >>> after, where = _relative_before(c, 0, places.places_in(text, language="en"), text)
    >>> text[after:after + 12], where.text
    (' authorities', 'Vietnam')
    >>> c = Candidate(Figure(15, 17, "12", "exact", 12, 12, 12, "digits"), Phrase(24), "killed", 15, 24)
    >>> _relative_before(c, 0, [], "Rain fell, and 12 people died.") is None
    True
    """
    relatives = list(RE_COMMA_WHERE.finditer(text, left, c.figure.start))
    if not relatives:
        return None
    comma = relatives[-1].start()
    before = [m for m in inside if left <= m.start and m.end <= comma and not text[m.end : comma].strip()]
    where = before[-1] if before else None
    if where is not None and landmark(where, text):
        # a landmark in an apposition locates the place before it, which the relative stands for: "Nova Friburgo,
        # 140 km al norte de Rio de Janeiro, donde el número de muertes llegó a 411" (real21c)
        located = [
            m for m in inside if left <= m.start and m.end < where.start and RE_APPOSITION.fullmatch(text, m.end, where.start)
        ]
        where = located[-1] if located else where
    if where is None:
        # a place and its description in lower case before the relative: "Zhengzhou, the provincial capital, where 292
        # people may have died" stands for Zhengzhou (real22c)
        described = [m for m in inside if left <= m.start and RE_DESCRIBED.fullmatch(text, m.end, comma)]
        where = described[-1] if described else None
    return relatives[-1].end(), where


# Between a place and the comma of a relative after it, an apposition describing it in lower-case words (", the
# provincial capital", ", la capital del estado").
RE_DESCRIBED = compiled(
    r"\s*,\s*(?:the|a|an|el|la|los|las|un|una)\s+(?-i:[a-záéíóúñ][\w-]*)(?:\s+(?-i:[a-záéíóúñ][\w-]*)){0,5}\s*",
    re.IGNORECASE,
)


# Between a place and a landmark locating it: a comma and the landmark's words, no other punctuation.
RE_APPOSITION = compiled(r"\s*,[^,;:.()]{1,60}")


# A part of the toll before, by a relative ("218 of whom", "cinco de los cuales", "de los cuales 49").
RE_OF_WHOM_AFTER = compiled(r"\s+(?:of\s+wh(?:om|ich)|of\s+them|de\s+(?:los|las)\s+cuales|de\s+ell[oa]s)\b", re.IGNORECASE)
RE_OF_WHOM_BEFORE = compiled(
    r"[,;]\s*(?:of\s+wh(?:om|ich)|de\s+(?:los|las)\s+cuales"
    # a part of the toll before by inclusion: "200 died in Compostela Valley alone, including 78 villagers" (real22c)
    r"|including(?:\s+at\s+least)?|entre\s+(?:ellos|ellas)(?:\s+al\s+menos)?|incluid[oa]s(?:\s+al\s+menos)?)\s*,?\s*$",
    re.IGNORECASE,
)


def _of_whom(prev: Candidate, c: Candidate, text: str) -> bool:
    """Whether ``c``'s figure counts a part of ``prev``'s people by a relative right after it ("At least 940 people
    have been injured in Turkey, 218 of whom are still being treated": the 218 are Turkey's; "11 heridos, cinco de
    los cuales", "70 lesionados, de los cuales 49 fueron hospitalizados"), nothing but a comma between (branch c6read)."""
    between = text[prev.figure.end : c.figure.start]
    return (
        ("," in between or ";" in between)
        and not RE_DIGIT.search(between)
        and bool(RE_OF_WHOM_AFTER.match(text, c.figure.end) or RE_OF_WHOM_BEFORE.search(text, prev.figure.end, c.figure.start))
    )


def _countries_first(mentions: list[places.Mention]) -> list[places.Mention]:
    """The mentions without the places beyond any one country (:func:`.slot_places.beyond`) when another is named:
    "Grecia busca sobrevivientes del naufragio en el mar Jónico" is Greece's search; "Beryl deja siete muertos en el
    Caribe" is the Caribbean's toll."""
    within = [m for m in mentions if not beyond(m)]
    return within or mentions


# A clause of its own after a figure's, opened after a comma by "as" (not "as many as") or a contrast.
RE_CLAUSE_AFTER = compiled(
    r",\s+(?:as(?!\s+(?:many|much|high|low|few|little|well|of|a|an|the)\b)|while|whereas|mientras\s+que|en\s+tanto\s+que)\b",
    re.IGNORECASE,
)


def _other_clause(m: places.Mention, c: Candidate, text: str) -> bool:
    """Whether ``m`` is named after ``c``'s figure in a clause of its own ("The death toll from the blazes climbed to
    114, as authorities said they'd searched 85% of the town of Lahaina": Lahaina is where they searched), not at
    the figure ("killed 12 people in Ohio")."""
    end = max(c.figure.end, c.phrase.end, c.verb_end)
    return m.start >= end and not _at(c, m, text) and bool(RE_CLAUSE_AFTER.search(text, end, m.start))


# "en Cuba", "strikes on Gaza", "el bombardeo de Gaza": a place after a preposition, where something happened (or an
# office's, dropped before); "visitó Cuba", "Cuba lamentó": a country as a verb's subject or object, who they are.
RE_PREPOSITION_BEFORE = compiled(
    r"\b(?:en|in|on|at|into|across|throughout|de|del|of|sobre|contra|against)\s+(?:(?:el|la|los|las|the)\s+)?$",
    re.IGNORECASE,
)


def group_country(c: Candidate, m: places.Mention, text: str) -> bool:
    """Whether ``m``, the country of the claim's group (its nationality: "cubanos", or "sus militares" read from
    the country named before them), names only who the people are, not where the toll happened: "visitó Cuba, a
    propósito de la muerte de 32 de sus militares", "Colombia lamentó la muerte de 14 soldados colombianos". A
    country written as where is the toll's place: at the figure ("14 colombianos murieron en Colombia") or after a
    preposition ("En Colombia murieron 14 colombianos", "killed in Israeli strikes on Gaza"): only a country written
    bare, a verb's subject or object, is who they are. The caller tells that ``m`` is the group's country.

    >>> from analysis.casualties.claims import claims_in
    >>> from analysis.corpus.records import Article
    >>> from analysis.text import build
    >>> def placed(text):
    ...     return [(c.group, c.place, c.place_weak) for c in claims_in(build([Article("a", text, language="es")]).docs[0])]
    >>> placed("Colombia lamentó la muerte de 14 soldados colombianos.")  # no other place: kept, weakly
    [('Colombian', 'Colombia', True)]
    >>> placed("En Colombia murieron 14 colombianos."), placed("Murieron 14 colombianos en Colombia.")
    ([('Colombian', 'Colombia', False)], [('Colombian', 'Colombia', False)])
    """
    return not _at(c, m, text) and not RE_PREPOSITION_BEFORE.search(text, max(0, m.start - 16), m.start)


def without_group_country(
    kept: list[Candidate],
    i: int,
    country: places.Mention,
    named: list[places.Mention],
    text: str,
    sentence: tuple[int, int],
) -> places.Mention | None:
    """The place of ``kept[i]`` (:func:`places_of`) read again without the mentions of ``country`` that name only
    its group (:func:`group_country`): another place its sentence ties to it, else None. A group's nationality is
    the group, not the place where they died: the place is where the event happened. Not the article's main place
    either: an article telling of a nationality's dead is often set where their country mourns or where others
    react ("el ministro del Interior de Rusia visitó Cuba, a propósito de la muerte de 32 de sus militares", in an
    article set in Moscow). With None the caller keeps ``country``, weakly (``Claim.place_weak``: "El huracán azotó
    Cuba y mató a 12 cubanos" is in Cuba), and :func:`.events.by_story` moves it where the story's other reports
    of the group place it."""
    others = [m for m in named if m.place != country.place or not group_country(kept[i], m, text)]
    return places_of(kept, others, None, text, sentence)[i]


def _listed(
    m: places.Mention, inside: list[places.Mention], named: list[places.Mention], text: str
) -> places.Mention | None:
    """The place written most specifically near ``m``, or the common parent of the list ``m`` is in (claim_scope)."""
    if m.start < m.end and m.text != text[m.start : m.end]:
        return m  # an anaphor
    return claim_scope.listed_parent(claim_scope.narrowed(m, inside, text), named, text)


RE_AND = compiled(r"\b(?:y|e|and)\b", re.IGNORECASE)


@cache
def _other_places() -> re.Pattern[str]:
    """Right after a figure, "in" and a word of other places, unnamed ("en otras dos localidades", "in other
    towns"; ``other_places`` in lexicons/place_slots.yaml)."""
    return compiled(rf"\s+(?:en|in)\s+(?:{words_regex(lexicon('place_slots')['other_places'])})\b", re.IGNORECASE)


def _shared(
    i: int,
    kept: list[Candidate],
    readings: list[tuple[list[places.Mention], list[places.Mention], list[places.Mention]]],
    text: str,
) -> places.Mention | None:
    """A clause without a place coordinated with the next one's ("At least 1,800 have died and 3,700 were injured
    in Syria", "380 víctimas mortales y más de 1.000 heridos en el noroeste del país"): the next figure's place
    named after it; else the previous figure's place named right before this figure ("912 muertos en ese país y
    5300 heridos"). Not a figure said of other places, unnamed ("21 personas murieron en Sumidouro y otras cinco en
    otras dos localidades cercanas": not Sumidouro's; real21c)."""
    c = kept[i]
    if any(_other_places().match(text, at) for at in {max(c.figure.end, c.phrase.end), c.verb_end}):
        return None
    if i + 1 < len(kept):
        n = kept[i + 1]
        if RE_AND.search(text, c.figure.end, n.figure.start) and not RE_DIGIT.search(
            text, c.figure.end, n.figure.start
        ):
            after = [m for m in readings[i + 1][0] if m.start >= n.figure.end]
            if after:
                return after[0]
            # a toll of another kind, coordinated in one clause ("255 people have died, and 811 have been injured in
            # the parts of northwestern Syria"): the next figure's place after it, before any comma (branch cplace)
            if n.kind != c.kind and not readings[i + 1][0]:
                after = [
                    m
                    for m in readings[i + 1][1]
                    if m.start >= n.figure.end and not RE_COMMA.search(text, n.figure.end, m.start)
                ]
                if after:
                    return after[0]
    # "912 muertos en ese país y 5300 heridos": the previous figure's place, named right before this one's "y".
    if i > 0:
        before = [m for m in readings[i - 1][0] if kept[i - 1].figure.end <= m.start and m.end <= c.figure.start]
        if before and RE_AND_ONLY.fullmatch(text, before[-1].end, c.figure.start):
            return before[-1]
        # "In neighbouring Mozambique, at least 10 people died and 14 were wounded", "authorities in Mozambique
        # reported 20 deaths and 24 injured": a toll of another kind joined by "and" to the previous figure, in its
        # clause, shares the place written before that figure (branch cplace)
        p = kept[i - 1]
        ahead = [m for m in readings[i - 1][0] + readings[i - 1][1] if m.end <= p.figure.start]
        if (
            p.kind != c.kind
            and ahead
            and RE_AND.search(text, p.figure.end, c.figure.start)
            and not RE_CLAUSE_BREAK.search(text, p.figure.end, c.figure.start)
        ):
            return max(ahead, key=lambda m: m.start)
    return None


def _joined_kind(prev: Candidate, c: Candidate, place: places.Mention, text: str) -> bool:
    """Whether ``c`` is a toll of another kind joined by "and" to the figure before it in one clause (no comma,
    colon or figure between), whose place was named before that figure: the place found for it (a relative's,
    "Kashmir, where the confirmed figures so far are 17 388 dead and 40 421 injured") is this one's too.

    >>> from analysis.casualties.kinds import Candidate
    >>> from analysis.casualties.phrases import Phrase
    >>> from analysis.casualties.quantities import Figure
    >>> text = "Kashmir, where the figures are 17 388 dead and 40 421 injured."
    >>> dead = Candidate(Figure(31, 37, "17 388", "exact", 17388, 17388, 17388, "digits"), Phrase(42), "killed", 31, 42)
    >>> hurt = Candidate(Figure(47, 53, "40 421", "exact", 40421, 40421, 40421, "digits"), Phrase(61), "injured", 47, 61)
    >>> kashmir = places.places_in(text, language="en")[0]
    >>> _joined_kind(dead, hurt, kashmir, text), _joined_kind(dead, hurt, kashmir, text.replace(" and", ", and"))
    (True, False)
    """
    return (
        prev.kind != c.kind
        and place.end <= prev.figure.start
        and RE_AND.search(text, prev.figure.end, c.figure.start) is not None
        and not RE_CLAUSE_BREAK.search(text, prev.figure.end, c.figure.start)
    )


# Between two figures of a list of tolls of different kinds: the first's noun, then a comma or "y"/"and" ("44 muertos,
# 19 heridos y 12 desaparecidos").
RE_KIND_LIST_GAP = compiled(r"\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*(?:,|\s(?:y|e|and))\s*", re.IGNORECASE)


def _kind_listed(prev: Candidate, c: Candidate, place: places.Mention | None, text: str) -> bool:
    """Whether ``c`` follows ``prev`` in a list of tolls of different kinds, only ``prev``'s noun and a comma or "y"
    between ("al menos 44 muertos, 19 heridos y 12 desaparecidos"), ``prev`` placed in a country or a place within
    one: where the sentence names for ``c`` only a sea or a region of several countries ("por el ciclón que asoló el
    Caribe"), the list's place is ``prev``'s (held-out10's convention; session 24).

    >>> from analysis.casualties.kinds import Candidate
    >>> from analysis.casualties.phrases import Phrase
    >>> from analysis.casualties.quantities import Figure
    >>> text = "Haití reportó 44 muertos, 19 heridos y 12 desaparecidos por el ciclón que asoló el Caribe."
    >>> dead = Candidate(Figure(14, 16, "44", "exact", 44, 44, 44, "digits"), Phrase(24), "killed", 14, 24)
    >>> hurt = Candidate(Figure(26, 28, "19", "exact", 19, 19, 19, "digits"), Phrase(36), "injured", 26, 36)
    >>> haiti = places.places_in(text, language="es")[0]
    >>> _kind_listed(dead, hurt, haiti, text), _kind_listed(dead, hurt, None, text)
    (True, False)
    """
    return (
        place is not None
        and not beyond(place)
        and prev.kind != c.kind
        and RE_KIND_LIST_GAP.fullmatch(text, prev.figure.end, c.figure.start) is not None
    )


RE_COMMA = compiled(r"[,;]")
# Between two figures of one clause: no comma, semicolon, colon or another figure.
RE_CLAUSE_BREAK = compiled(r"[,;:\d]")


RE_AND_ONLY = compiled(r"\s*,?\s*(?:y|e|and)\s+(?:(?:otros|otras|another|other)\s+)?", re.IGNORECASE)


RE_DIGIT = compiled(r"\d")


def _spanned(c: Candidate, place: places.Mention | None, text: str) -> places.Mention | None:
    """A toll said to span several regions ("200 across six states", "93 muertos en seis estados") is the
    country's of its place (:mod:`.claim_spans`); a list of the regions is compared under its common parent
    (:func:`.comparable.compared_place`)."""
    if claim_spans.spans_regions(text, {c.figure.end, c.phrase.end, c.verb_end}):
        return claim_spans.country_of(place) if place else None
    return place


# An elliptic list item opening with its place, the verb said once before the list: a separator (or the sentence's
# start), "en"/"in" and perhaps an article before the place, a comma alone between the place and the figure ("murieron
# 5.647 personas; en Nicaragua, 3.045; en Guatemala, 268").
RE_ITEM_OPENS_AT = compiled(r"(?:^|[;,:]|\s(?:y|e|and))\s*(?:en|in)\s+(?:(?:el|la|los|las|the)\s+)?$", re.IGNORECASE)
RE_COMMA_ONLY = compiled(r"\s*,\s*")


def _elliptic_item_place(
    c: Candidate, left: int, inside: list[places.Mention], item: list[places.Mention], text: str
) -> list[places.Mention]:
    """The place opening an elliptic list item, cut from the figure's item by the comma between them: "en Honduras
    murieron 5.647 personas; en Nicaragua, 3.045; en Guatemala, 268" (CEPAL's toll by country, the verb said once):
    3.045 is Nicaragua's, as "Nicaragua (3.045)" would be, not the nearest place after it (Guatemala, the next item's).
    Only a place written as where ("en", "in") right after a separator, and a comma alone before the figure; a place
    ending a clause of its own ("murieron 50 personas en Nicaragua, 3.045 ...") is left to the item rules (session 26,
    branch claims26dev, dev26).

    >>> text = "Murieron 5.647 personas en Honduras; en Nicaragua, 3.045; en Guatemala, 268."
    >>> named = places.places_in(text, language="es")
    >>> from analysis.casualties.kinds import Candidate
    >>> from analysis.casualties.phrases import Phrase
    >>> from analysis.casualties.quantities import Figure
    >>> c = Candidate(Figure(51, 56, "3.045", "exact", 3045, 3045, 3045, "digits"), Phrase(56), "killed", 51, 56)
    >>> [m.text for m in _elliptic_item_place(c, 51, named, [], text)]
    ['Nicaragua']
    >>> text = "Murieron 50 personas en Nicaragua, 3.045 en Guatemala."
    >>> c = Candidate(Figure(35, 40, "3.045", "exact", 3045, 3045, 3045, "digits"), Phrase(40), "killed", 35, 40)
    >>> _elliptic_item_place(c, 35, places.places_in(text, language="es"), [], text)
    []
    """
    return [
        m
        for m in inside
        if m not in item
        and m.end <= left <= c.figure.start
        and RE_COMMA_ONLY.fullmatch(text, m.end, c.figure.start)
        and RE_ITEM_OPENS_AT.search(text, max(0, m.start - 12), m.start)
    ]


def _at(c: Candidate, m: places.Mention, text: str) -> bool:
    """A place named right at the figure: "Chichaoua con 103", "Georgia (33)", "17 en Georgia", "killed 12 in Ohio"."""
    if m.end <= c.figure.start:
        return c.figure.start - m.end <= 20 and bool(RE_PLACE_BEFORE.fullmatch(text, m.end, c.figure.start))
    end = max(c.phrase.end, c.verb_end)
    for stop in (c.phrase.end, end):
        if m.start >= stop and m.start - stop <= 40 and RE_PLACE_AFTER.fullmatch(text, stop, m.start):
            return True
    return False


# Between a landmark and the figure of its own clause: a comma, perhaps "where" and a verb ("al norte de Venezuela, dos
# personas fallecieron", "centered in Cianjur, where 151 people died"); not a list's link ("a 240 kilómetros de Cabo
# Verde con siete pasajeros muertos").
RE_LANDMARK_AT = compiled(r"\s*,\s*(?:(?:donde|where)(?:\s+[^\W\d]+){0,2}\s+)?", re.IGNORECASE)


# A name and a comma right before a landmark's words: the landmark locates that name ("In the hard-hit town of Pisco,
# south of the capital Lima, at least 50 bodies": Lima locates Pisco; branch c9read).
RE_LOCATED_BEFORE = compiled(r"(?-i:[A-ZÁÉÍÓÚÑ])[\w'’.-]*\s*,[^,;:.()]{1,60}$")


def _landmark_at(c: Candidate, m: places.Mention, text: str) -> bool:
    """A landmark's place right before the figure, a comma between: the toll's place (branch c6read); not one in an
    apposition locating a name before it (branch c9read)."""
    return (
        m.end <= c.figure.start
        and bool(RE_LANDMARK_AT.fullmatch(text, m.end, c.figure.start))
        and not RE_LOCATED_BEFORE.search(text, max(0, m.start - 80), m.start)
    )


def _near(c: Candidate, m: places.Mention, text: str) -> bool:
    """A landmark right after the figure's phrase or verb: "9 migrants drowned near Benghazi"."""
    return any(m.start >= stop and m.start - stop <= 20 and landmark(m, text) for stop in {c.phrase.end, c.verb_end})


def at_figure(c: Candidate, m: places.Mention | None, text: str) -> bool:
    """Whether ``m`` is named right at the figure (:func:`_at`), or a list's parent standing at such a place."""
    return m is not None and _at(c, m, text)


def written_at(c: Candidate, m: places.Mention | None, text: str) -> bool:
    """Whether ``m`` is written right at the figure as where its toll is ("150 muertos en Pakistán", "322 dead in
    Syria"), not as a heading before a colon ("México: Caída de autobús ... dejó 29 muertos", "Weather chaos in Italy:
    Five dead"): a repeat of the toll placed more specifically elsewhere does not move it (:func:`.repeats.fold_repeats`).

    >>> from analysis.casualties.kinds import Candidate
    >>> from analysis.casualties.phrases import Phrase
    >>> from analysis.casualties.quantities import Figure
    >>> text = "Ola de calor deja 150 muertos en Pakistán"
    >>> c = Candidate(Figure(18, 21, "150", "exact", 150, 150, 150, "digits"), Phrase(29), "killed", 18, 29)
    >>> written_at(c, places.places_in(text, language="es")[0], text)
    True
    >>> text = "Pakistán: 150 muertos"
    >>> c = Candidate(Figure(10, 13, "150", "exact", 150, 150, 150, "digits"), Phrase(21), "killed", 10, 21)
    >>> written_at(c, places.places_in(text, language="es")[0], text)
    False
    """
    if m is None or not _at(c, m, text):
        return False
    return m.start > c.figure.start or ":" not in text[m.end : c.figure.start]


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
