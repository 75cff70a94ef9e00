"""Figures that have a kind but are no claim of this incident (step 2b of :mod:`analysis.casualties.claims`):
superseded, increments, forecasts, tolls of another incident."""

from __future__ import annotations

import re

from analysis.casualties.cues import Cues
from analysis.casualties.kinds import Candidate
from analysis.casualties.numerals import words_value
from analysis.casualties.quantities import plain
from analysis.regex_cache import compiled

# A modal this close before a figure makes it a forecast ("could reach 20,000"); further away it is about
# something else ("El número podría aumentar en la noche, según ... la cifra de fallecidos es de 105").
FORECAST_REACH = 40


# Where a comma clause starts: "The toll could rise further(,) as 19 of those injured were in critical condition"; not
# the "as" of a qualifier ("could reach as many as 20,000") nor of a source's participle ("The previous death toll ...
# as estimated by health authorities of Derna was 5,500": the toll's own clause goes on).
RE_COMMA_CLAUSE = compiled(
    r",(?!\d)|[;—–]|\b(?:because|porque|pues|while|mientras|ya que|since)\b"
    r"|(?<!many )(?<!much )(?<!high )(?<!few )\bas\b(?!\s+(?:many|much|high|low|few|little|well|of|a|an|the)\b)"
    r"(?!\s+(?:estimated|reported|confirmed|announced|stated|counted|calculated|recorded|given)\s+by\b)",
    re.IGNORECASE,
)


# A figure right after another and "of the"/"de los|las": the whole the first is a part of ("71 de las 77 personas").
RE_WHOLE_BEFORE = compiled(r"(?P<part>[\w-]+)\s+(?:of\s+(?:the|those)|de\s+(?:los|las))\s+$", re.IGNORECASE)


def _a_whole(c: Candidate, text: str, s_start: int) -> bool:
    """A figure with no kind of its own right after another figure and "of the" / "de los|las": the whole the other
    is a part of ("Murieron 71 de las 77 personas a bordo", "Nine of the 16 people aboard": 77 and 16 were aboard),
    not a toll. A figure whose own noun names its kind stays ("three of the 12 injured": 12 injured)."""
    m = RE_WHOLE_BEFORE.search(text, max(s_start, c.figure.start - 40), c.figure.start)
    if c.phrase.kind or m is None:
        return False
    part = m.group("part")
    return part[0].isdigit() or any(words_value(part, language) is not None for language in ("es", "en"))
RE_CLAUSE_BREAK = compiled(r"[;:]|\.\s|,\s+(?:mientras|pero|while|but|and|y)\b", re.IGNORECASE)


RE_YEAR_AFTER = compiled(
    # perhaps the cause in lower-case words between ("4.200 muertes en accidentes automovilísticos en el 2002": another
    # year's toll of another cause; branch c9read)
    r"(?:\s+(?:en|in|de|of|por|by|from)\s+(?-i:[a-záéíóúñ]+)(?:\s+(?-i:[a-záéíóúñ]+)){0,3}?)?"
    r"\s*,?\s*(?:en|in|durante|during)\s+(?:(?:el|the)\s+)?(?:año\s+|year\s+)?(?P<year>1[89]\d\d|20\d\d)(?![\d.,]\d)",
    re.IGNORECASE,
)
RE_YEAR_WORD = compiled(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d.,]\d)")


RE_SINCE_BEFORE = compiled(
    r"(?:since|desde|a partir de|from)\s+(?:(?:el|the|early|late|mid|finales|principios|comienzos)\s+)*(?:(?:de|of)\s+)?(?:\w+\s+(?:de\s+)?)?$",
    re.IGNORECASE,
)


# A relative or temporal clause after a year: what follows is about the incident of that year.
RE_RELATIVE = compiled(
    r",\s*(?:when|which|where|in which|cuando|que|donde|en (?:el|la|los|las) que|el cual|la cual)\b", re.IGNORECASE
)


# Right after a figure's phrase, in its sentence: "now" opening the next clause and a figure there ("En la mañana
# teníamos cuatro muertos, ahora la cifra es arriba de los 50 muertos", "Four were dead in the morning; now the toll
# is 50"): the first figure is an earlier count (branch c6read).
RE_NOW_AFTER = compiled(
    r"[^\d.;:]{0,20}?[,;]\s*(?:(?:y|pero|and|but)\s+)?(?:ahora|now)\s+(?:(?:la|el|the)\s+)?(?:death\s+)?"
    r"(?:cifra|balance|número|saldo|total|toll|number|count|tally)\b[^\d.;]{0,30}\d",
    re.IGNORECASE,
)


# "or" between two kinds' words: "dead or missing", "muertos o desaparecidos", "killed or injured".
# "or", or a comma right before another kind's word with no figure of its own ("Myanmar believes 13,000 dead, missing
# from cyclone", a headline's two kinds together; branch c9read)
RE_OR = compiled(r"\s+(?:or|o|u|and/or|y/o)(?=\s)|\s*,(?=\s+(?-i:[a-z])[^\W\d]+(?:\s+(?:from|after|in|por|en|tras)\b|\s*$))", re.IGNORECASE)


# "and" between two kinds' words, the second ending the counted phrase ("800 muertos y desaparecidos").
RE_AND = compiled(r"\s+(?:and|y|e)(?=\s)", re.IGNORECASE)
RE_PHRASE_ENDS = compiled(
    r"\s*(?:[,.;:)\n]|$)|\s+(?:por|en|de|del|tras|desde|in|after|from|across|at|since)\b", re.IGNORECASE
)


def _either_kind(c: Candidate, text: str, lex: Cues) -> bool:
    """A figure whose kind's word is followed by "or" and another kind's word counts two kinds together ("they've
    counted about 120 dead or missing", "thousands of people are missing or dead", "unos 120 muertos o
    desaparecidos"), or with people trapped ("Hundreds dead or trapped"): a toll of neither. "Thirty people died, or so
    officials said" (no kind after "or") stays.

    >>> bool(RE_OR.match(" or missing")), bool(RE_OR.match(" o desaparecidos")), bool(RE_OR.match(" others"))
    (True, True, False)
    """
    end = max(c.phrase.end, c.verb_end)
    # "and" and another kind's word that ends the phrase, at its end or inside it: "Ascienden a 800 los muertos y
    # desaparecidos", "Un centenar de muertos y desaparecidos en Japón" (real22c); not "12 muertos y 30 desaparecidos",
    # "killed 12 and injured dozens"
    for m in (*RE_AND.finditer(text, c.figure.end, end), RE_AND.match(text, end)):
        other = lex.noun.match(text, m.end() + 1) if m else None
        if other and other.lastgroup and other.lastgroup != c.kind and RE_PHRASE_ENDS.match(text, other.end()):
            return True
    if not (m := RE_OR.match(text, end)):
        return False
    other = lex.after.match(text, m.end()) or lex.noun.match(text, m.end() + 1)
    # or people trapped, alive ("Hundreds dead or trapped in Turkish coal mine", branch c7read)
    return bool(other and other.lastgroup and other.lastgroup != c.kind) or bool(lex.trapped.match(text, m.end()))


def not_a_count(
    c: Candidate, text: str, sentence: tuple[int, int], lex: Cues, year: int | None, month: int | None = None
) -> bool:
    """Step 2b: figures that are no claim of this incident, though they have a kind.

    * **two kinds together**: a kind's word, "or" and another kind's ("120 dead or missing": :func:`_either_kind`);
    * **superseded**: a word of ``superseded`` before the figure in its clause ("Previamente se informó de 820
      fallecidos", "the initial tally of 27") or in its counted phrase ("three people earlier reported dead");
      a figure someone denies or rejects, or lives saved (``denied``: "officials denied reports of 50 dead");
    * **increment or no longer counted**: ``increment_before`` right before the figure ("an increase of 12"),
      ``increment_after`` right after its phrase ("45 fallecidos más respecto al último recuento", "ocho
      heridos fueron dados de alta");
    * **trapped**: ``trapped`` words right after the counted phrase ("las decenas de personas que siguen bajo los
      escombros", "evacuated some 70 people trapped in tunnels"), unless a killing verb right before the figure is its
      cue ("killed 20 people trapped inside") or the counted phrase's own noun names its kind ("al menos 159
      desaparecidos entre los escombros");
    * **forecast**: a word of ``forecast`` at most ``FORECAST_REACH`` characters before the figure in its clause
      ("could reach 20,000", "podría haber 5.000 muertos"); an estimate whose modal follows the figure ("40 personas podrían haber muerto") stays;
    * **another incident**: in a sentence opening with another month than the article's and a comma ("In July,
      floods ... leading to hundreds of deaths" in an August article, "En febrero, 96 personas murieron"); after "last year" / "el año pasado" in its sentence (not "since last year"); after a
      year earlier than the article's ("In 1999 ... killed 17,000"), unless the
      year starts a running total ("desde 2024") and no relative clause follows it ("since 1918, when 453 died"); before an earlier year right after its words ("que mató a
      1.833 personas en 2005"); or, in a sentence comparing with a superlative ("the
      deadliest since 1939", "el peor"), after a year or a pivot ("surpassed only by Katrina, with 1,392").
    """
    s_start, _ = sentence
    clause_start = s_start
    for m in RE_CLAUSE_BREAK.finditer(text, s_start, c.figure.start):
        clause_start = m.end()
    clause = text[max(clause_start, c.figure.start - 100) : c.figure.start]
    # Superseded and forecast words qualify a figure of their own comma clause only: "The death toll, once
    # reported at 93, has now surged to 115"; "The toll could rise further, as 33 others remain in serious condition".
    part = RE_COMMA_CLAUSE.split(clause)[-1]
    if (
        lex.superseded.search(part)
        or lex.superseded.search(text, c.figure.end, c.phrase.end)  # "Three other people earlier reported dead"
        or lex.forecast.search(part[-FORECAST_REACH:])
        or lex.increment_before.search(clause)
    ):
        return True
    after = lex.increment_after.match(text, c.phrase.end) or lex.increment_after.match(text, c.verb_end)
    if after and not (lex.increment_nouns.search(text, c.figure.end, c.phrase.end) and lex.alive_after.search(after.group())):
        return True  # not bodies "rescued": recovered, a toll (real21c: "383 cuerpos fueron rescatados en Nova Friburgo")
    if lex.increment_after.search(text, c.figure.end, c.phrase.end):
        return True  # inside the counted phrase: "dos muertes adicionales", "12 bodies remain unidentified"
    if _quoted_superseded(c, text, lex):
        return True
    if RE_NOW_AFTER.match(text, max(c.phrase.end, c.verb_end), sentence[1]):
        return True  # "En la mañana teníamos cuatro muertos, ahora la cifra es arriba de los 50": the earlier count
    if _a_whole(c, text, s_start):
        return True  # "Murieron 71 de las 77 personas a bordo": the 77 on board are the whole, not a toll
    if _either_kind(c, text, lex):
        return True  # "about 120 dead or missing": two kinds counted together, a toll of neither
    if lex.one_of_them.search(text, max(s_start, c.figure.start - 40), c.figure.start):
        return True  # "14 niños, la menor de ellos una niña de 5 meses": a member of the toll before
    trapped = lex.trapped.match(text, c.phrase.end) or lex.trapped.search(text, c.figure.end, c.phrase.end)
    if trapped and not c.phrase.kind and not (c.kind == "killed" and lex.before.search(clause)):
        return True  # "las decenas de personas que siguen bajo los escombros": alive, trapped (not "159 desaparecidos
        # entre los escombros", "20 muertos bajo los escombros": a figure whose own noun names its kind keeps it)
    before = text[s_start : c.figure.start]
    opening = lex.month_opening.match(text, s_start, c.figure.start)
    if opening and month is not None and lex.months.get(plain(opening.group("month"))) != month:
        return True  # "In July, floods ... leading to hundreds of deaths" in an August article: July's incident
    if lex.earlier_year.search(before):
        return True  # "Last year, at least 240 pilgrim deaths were recorded": another year's incident
    # a year inside a comparison's apposition between commas, closed before the figure's clause, is the comparison's
    # ("La tragedia, la más grave registrada en España desde la del monte de Oitz en 1985, se ha saldado con 153
    # muertos"; branch c8read)
    years = [m for m in RE_YEAR_WORD.finditer(before) if not _compared_aside(before, m, lex)]
    for m in years:
        earlier = year is not None and int(m.group()) < year
        # "desde 2024" starts a running total; "since 1918, when 453 people died" and "since the 2016 earthquake,
        # which led to 276 deaths" name an earlier incident whose own toll follows in a relative clause.
        running = RE_SINCE_BEFORE.search(before[: m.start()]) and not RE_RELATIVE.search(before, m.end())
        if earlier and not running:
            return True
    # "el huracán Katrina, que mató a 1.833 personas en 2005": an earlier year right after the figure's words.
    after = RE_YEAR_AFTER.match(text, max(c.phrase.end, c.verb_end))
    if after and year is not None and int(after.group("year")) < year:
        return True
    if lex.comparison.search(text, s_start, sentence[1]):
        return bool(years or lex.pivot.search(before))
    return False


def _compared_aside(before: str, year: re.Match[str], lex: Cues) -> bool:
    """Whether ``year`` stands in an apposition between commas that compares (its comma, a comparison word, the year,
    a comma) and that closes before the figure's clause, which no relative opens ("..., la más grave desde la de 1985,
    se ha saldado con 153 muertos"; not "el peor desde 1998, cuando murieron 300").

    >>> from analysis.casualties.cues import cues_for
    >>> lex, text = cues_for("es"), "La tragedia, la más grave registrada desde la de 1985, se ha saldado con "
    >>> _compared_aside(text, next(RE_YEAR_WORD.finditer(text)), lex)
    True
    >>> text = "Es el peor desde 1998, cuando murieron "
    >>> _compared_aside(text, next(RE_YEAR_WORD.finditer(text)), lex)
    False
    """
    opening = before.rfind(",", 0, year.start())
    closing = RE_ASIDE_CLOSE.match(before, year.end())
    return (
        opening >= 0
        and closing is not None
        and bool(lex.comparison.search(before, opening, year.start()))
        and not RE_RELATIVE.match(before, closing.end() - 1)
    )


# Right after a year: the comma closing its apposition (a few words may end the phrase: "en 1985 en Vizcaya,").
RE_ASIDE_CLOSE = compiled(r"[^,.;:\d]{0,30},")


def passed_threshold(candidates: list[Candidate], text: str, lex: Cues) -> None:
    """A threshold passed and then the figure it reached ("superó la barrera de los mil, hasta los 1.037", "topped
    1,000, reaching 1,037"): the threshold ("more than" under its toll verb) is no claim of its own; the figure
    reached, larger, is the toll, of the threshold's kind when it has none of its own. Marks the threshold rejected,
    in place.

    >>> from analysis.casualties.cues import cues_for
    >>> lex = cues_for("es")
    >>> lex.reached_after.search("mil, hasta los ") is not None, lex.reached_after.search("mil y ") is not None
    (True, False)
    """
    for c, d in zip(candidates, candidates[1:]):
        if (
            c.kind
            and c.figure.qualifier == "more than"
            and d.figure.low is not None
            and c.figure.low is not None
            and d.figure.low > c.figure.low
            and lex.reached_after.fullmatch(text, max(c.phrase.end, c.verb_end, c.figure.end), d.figure.start)
        ):
            d.kind = d.kind or c.kind
            c.kind, c.rejected = None, True


# Between two figures coordinated in one count: "45 fallecidos y 144 heridos (más respecto al último recuento)".
RE_COORDINATED = compiled(r"\s*(?:,\s*|\s+)?(?:y|e|and|,)\s+", re.IGNORECASE)


def shared_increment(candidates: list[Candidate], text: str, lex: Cues) -> None:
    """An increment word (``increment_shared``) after the last of coordinated figures says all of them are increments: "deja 45 fallecidos
    y 144 heridos más respecto al último recuento" adds 45 dead and 144 injured to an earlier count, neither is a
    toll. Marks the earlier figures rejected, in place.

    >>> from analysis.casualties.cues import cues_for
    >>> lex = cues_for("es")
    >>> text = "45 fallecidos y 144 heridos más respecto al último recuento"
    >>> bool(lex.increment_shared.match(text, 27)), bool(RE_COORDINATED.fullmatch(text, 13, 16))
    (True, True)
    """
    for i in range(len(candidates) - 1, 0, -1):
        c, d = candidates[i - 1], candidates[i]
        increment = d.rejected or d.kind is None
        if not (increment and lex.increment_shared.match(text, d.phrase.end)):
            continue
        if c.kind and RE_COORDINATED.fullmatch(text, max(c.phrase.end, c.figure.end), d.figure.start):
            c.kind, c.rejected = None, True


# The kinds whose "N more" adds to a toll by an event (deaths, bodies found, injuries); the missing, displaced and
# detained of "N more" are a state beside the toll.
INCREMENT_KINDS = ("killed", "injured")


def lone_increments(candidates: list[Candidate], text: str, sentence: tuple[int, int], lex: Cues) -> None:
    """ "N more" with nothing before it in its sentence to be more than is an increment over an earlier count, no
    toll: "the death toll increased on Monday after one more person died", "la muerte de dos personas más ..., lo que
    aumenta a 26 el balance total de fallecidos", "Two more bodies were pulled out of the rubble". It is one when its
    sentence names a toll (``toll`` nouns, the count it adds to) or it counts bodies (``increment_nouns``: found
    since the last count). "Five people died and 82 more were injured" (a figure before it), "Hundreds more are still
    unaccounted for" (no toll, no bodies) stay claims. Marks the increments rejected, in place.

    >>> from analysis.casualties.cues import cues_for
    >>> lex = cues_for("en")
    >>> bool(lex.increment_more.match(" more bodies")), bool(lex.increment_more.match(" more than 50"))
    (True, False)
    """
    s_start, s_end = sentence
    for index, c in enumerate(candidates):
        if not c.kind or any(d.kind or d.rejected for d in candidates[:index]):
            continue
        if c.kind not in INCREMENT_KINDS:
            return  # "200 more people remain missing, while the death toll stands at 50": a state, no increment
        more = lex.increment_more.match(text, c.figure.end) or lex.increment_more.match(text, c.phrase.end)
        if more is None:
            continue
        counted = (c.figure.end, max(c.phrase.end, more.end()))
        bodies = lex.increment_nouns.search(text, *counted)
        tolls = [m for m in lex.toll_noun.finditer(text, s_start, s_end) if not c.cue_start <= m.start() < c.verb_end]
        if bodies or tolls:
            c.kind, c.rejected = None, True
            return


def found_bodies(candidates: list[Candidate], text: str, lex: Cues, sentence: tuple[int, int] | None = None) -> None:
    """Bodies counted as more than before ("two more bodies were discovered", "A further 83 bodies were recovered",
    "An additional 83 bodies"): found since the last count, an increment, no toll, whatever figure comes before them
    in the sentence ("The death toll ... rose to 85 on Thursday, after a 73-year-old man ... died and two more bodies
    were discovered"). :func:`lone_increments` reads "N more" of people only with nothing before it; bodies say it
    wherever they are; "another" N bodies too ("Rescuers retrieved another 25 bodies", branch c6read). "Another 25 burn
    victims remain hospitalized" (no bodies) and "83 bodies were recovered" (no "more") stay claims. Spanish "otros" N
    bodies are more than before only where ``sentence`` names the toll they raise ("Otros dos cuerpos fueron encontrados
    ..., llevando a 37 el número de muertos"; "Se recuperaron otros 79 cuerpos" is a toll; branch c7read). Marks the
    increments rejected, in place.

    >>> from analysis.casualties.cues import cues_for
    >>> lex = cues_for("en")
    >>> [bool(lex.increment_open.search(t)) for t in ("A further 83", "An additional 83", "Another 25", "83")]
    [True, True, True, False]
    """
    for c in candidates:
        if c.kind != "killed" or c.rejected:
            continue
        more = lex.increment_more.match(text, c.figure.end) or lex.increment_more.match(text, c.phrase.end)
        opened = lex.increment_open.search(text[max(0, c.figure.start - 20) : c.figure.end])
        if not (more or opened) and sentence and lex.increment_open_toll.search(text[max(0, c.figure.start - 20) : c.figure.end]):
            opened = lex.toll_noun.search(text, *sentence)  # "otros dos cuerpos ..., llevando a 37 el número de muertos"
        if not (more or opened):
            continue
        if lex.increment_nouns.search(text, c.figure.end, max(c.phrase.end, more.end() if more else 0)):
            c.kind, c.rejected = None, True


# The end of a quotation and the attribution after it, up to the clause's end: '", dijo inicialmente el comunicado'.
RE_QUOTE_ATTRIBUTION = compiled(r"[\"”»]\s*,?\s*(?P<attribution>[^.;\n\"“”«»]{0,60})")


def _quoted_superseded(c: Candidate, text: str, lex: Cues) -> bool:
    """A figure inside a quotation whose attribution calls it earlier ('"Hasta ahora, más de 4,000 personas han
    resultado heridas y más de 100 han perdido la vida ...", dijo inicialmente el comunicado'): superseded.

    >>> from analysis.casualties.cues import cues_for
    >>> from analysis.casualties.phrases import Phrase
    >>> from analysis.casualties.quantities import Figure
    >>> text = '"Ya son 100 muertos", dijo inicialmente la Cruz Roja.'
    >>> c = Candidate(Figure(8, 11, "100", "exact", 100, 100, 100, "digits"), Phrase(19), "killed", 8, 19)
    >>> _quoted_superseded(c, text, cues_for("es")), _quoted_superseded(c, text.replace("inicialmente ", ""), cues_for("es"))
    (True, False)
    """
    start = text.rfind("\n", 0, c.figure.start) + 1
    end = text.find("\n", c.figure.end)
    end = len(text) if end < 0 else end
    before = text[start : c.figure.start]
    inside = before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”") or before.rfind("«") > before.rfind("»")
    if not inside:
        return False
    close = RE_QUOTE_ATTRIBUTION.search(text, c.figure.end, end)
    return bool(close and lex.superseded.search(close.group("attribution")))
