"""Speakers as the text names them: runs of capitalised words, the title written with them, one name per person.

No NER model installs here, so a name is what news writing makes of one: a run
of capitalised words ("Dmitri Peskov", "T.S. Ellis", "Ministerio de Economía"),
joined by the lexicon's connectors ("de", "of"), without stop words ("El",
"Según"). A title cue at its head is dropped ("Federal Reserve Chair Jerome
Powell" → "Jerome Powell") and kept as its description, as is an apposition
("el portavoz del Kremlin, Dmitri Peskov,"; "Christian Flores, un meteorólogo
de la Fuerza Aérea,"): the description gives the role and ties a later "el
portavoz" to the person.

One name per person, in an article and across the corpus, is :mod:`analysis.sources.same_person`'s; the title and
apposition written with a name, :mod:`analysis.sources.name_descriptions`'; a nickname joined to its name,
:mod:`analysis.sources.nicknames`'.

>>> [n.name for n in name_runs("Dijo el canciller ruso, Serguéi Lavrov, en Moscú.", "es")]
['Serguéi Lavrov', 'Moscú']
>>> [n.name for n in name_runs("La Agencia de la ONU para los Refugiados (ACNUR) y Andrés López Obrador (AMLO)", "es")]
['ACNUR', 'ACNUR', 'Andrés López Obrador', 'AMLO']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from analysis.corpus.credit import agency_spellings
from analysis.corpus.places import gazetteer, places_in
from analysis.sources.capitals import CAPWORD, FIRST_CAPWORD, UPPER
from analysis.sources.lexicon import fold, lexicon
from analysis.sources.name_descriptions import _after, _before
from analysis.text import ABBREVIATIONS, stop_words

__all__ = ["NameRun", "name_runs"]

HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sr.", "sra.", "dr.", "don", "doña", "sir"})
TITLE_HEADS = (
    "Minister",
    "Secretary",
    "Director",
    "Head",
    "Chief",
    "Governor",
    "Ambassador",
    "Chairman",
    "Chair",
    "Mayor",
)
RE_TITLE_OF = re.compile(rf"(.*?\b(?:{'|'.join(TITLE_HEADS)})\s+(?:of|for)\s+(?:the\s+)?\S+)\s+(?=\S+\s+\S)")
# Particles of a surname that some write with a capital inside a name ("Carlos De los Cobos", "Lucas Del Valle"):
# between two capitalised words they join the name as their lower-case forms do.
CAPITAL_PARTICLES = frozenset({"de", "del"})
POSSESSIVES = ("'s", "’s")
CONNECTORS = frozenset({"de", "del", "la", "las", "los", "of", "the", "for", "y", "and", "para"})
# A capitalised stop word ends a run only when short ("Peskov Y", "Gil Ayer"): long stop-list entries are
# surnames too ("Kevin Downing": "downing" is in the English stop list).
TRAILING_STOP_CHARS = 5
RE_ACRONYM = re.compile(rf"\s*\(([{UPPER}]{{2,10}})\)")
RE_BRACKETED_ACRONYM = re.compile(rf"\(([{UPPER}]{{2,10}})\)")  # RE_ACRONYM's brackets, wherever they are
RE_NONSPACE = re.compile(r"\S+")
RE_OF = re.compile(r"(?:of|de|del)\b")
RE_SPACES = re.compile(r"\s+")
RE_SHORT_LAST = re.compile(rf"(?:^|\s)([{UPPER}]\w{{1,2}})\.$")  # a short last word with a point: "Gil." or "Dr."
RE_SUFFIX = re.compile(r"(?:[IVX]+|Jr\.?|\(.*\))")  # a word after a surname: "II", "Jr.", "(AMLO)"
GENERATIONAL = (" Jr", " Sr")  # a generational suffix ending a name, written with a point ("Samour Jr. said")
# An English participle opening a sentence before its complement ("Responding to a question on BNP, Hasan said";
# "Speaking at the summit, ..."): one capitalised word ending in "ing", a preposition or determiner after it. Not "King
# of", nor a name before its verb ("Manning said").
RE_PARTICIPLE_OPENING = re.compile(
    r"\s+(?:to|on|at|about|from|with|in|after|for|before|during|the|a|an|his|her|their|its|this|these|those)\s"
)


@dataclass(frozen=True)
class NameRun:
    """A name in the text: ``name`` without its title, the span of the whole run, and what the text says it is."""

    name: str
    start: int
    end: int
    title: str = ""  # a title cue that opened the run ("Federal Reserve Chair")
    language: str = field(default="es", compare=False)
    text: str = field(default="", repr=False, compare=False)  # the article's text (a reference, not a copy)

    @property
    def description(self) -> str:
        """Title before it, apposition after it, and the run's own words: where its role cues are.

        Computed on first use: only the runs of speakers and of titles to resolve need it. Kept in the
        instance's ``__dict__`` by hand: ``functools.cached_property`` takes a lock, one for every instance,
        at each first read (a tenth of the speakers' cost).
        """
        found = self.__dict__.get("_description")
        if found is None:
            run = self.text[self.start : self.end]
            first, _, rest = run.partition(" ")
            if rest and fold(first) in lexicon(self.language).cue_first_names:
                run = rest  # "Reina Rodríguez": a first name, no cue of a role
            parts = (
                _before(self.text, self.start, self.language),
                self.title,
                _after(self.text, self.end, self.language),
                run,
            )
            found = self.__dict__["_description"] = " ".join(p for p in parts if p)
        return found


@cache
def _name_pattern(language: str) -> re.Pattern[str]:
    words = lexicon(language).connectors
    words += tuple(c[:1].upper() + c[1:] for c in words if c.split()[0] in CAPITAL_PARTICLES)  # "Carlos De los Cobos"
    connectors = "|".join(re.escape(c) for c in sorted(words, key=len, reverse=True))
    return re.compile(rf"{FIRST_CAPWORD}(?:(?:[ \t]+(?:{connectors}))?[ \t]+{CAPWORD}|-{CAPWORD})*(?![\w'’-])")


@cache
def _stops(language: str) -> frozenset[str]:
    """Words that never start or end a name: stop words of Spanish and English, days, months."""
    words = stop_words(language) | stop_words("en" if language == "es" else "es")
    return words | {fold(w) for w in words} | lexicon(language).not_names  # folded too: "Además" is "ademas"


def _trim(run: str, start: int, language: str) -> tuple[str, int, int] | None:
    """``run`` without leading and trailing stop words and connectors ("The Kremlin" → "Kremlin").

    A first name that is also a calendar word opens the name when a name word follows ("Julio Rodríguez",
    "Julio De Vido"); a weekday's possessive is no name ("Friday's").

    >>> _trim("The Kremlin", 0, "en"), _trim("Kevin Downing", 10, "en"), _trim("Juan Pagés", 0, "es")
    (('Kremlin', 4, 11), ('Kevin Downing', 10, 23), ('Juan Pagés', 0, 10))
    >>> _trim("Julio Rodríguez", 0, "es"), _trim("Julio De Vido", 0, "es"), _trim("Julio", 0, "es")
    (('Julio Rodríguez', 0, 15), ('Julio De Vido', 0, 13), None)
    >>> _trim("Friday's", 0, "en")
    """
    words = run.split()
    first, last = 0, len(words) - 1
    while first <= last and _edge(words[first], language)[0]:
        if first < last and _opens_name(words, first, _stops(language), language):
            break
        first += 1
    while last >= first and _edge(words[last], language)[1]:
        if language == "es" and last > first and fold(words[last]) in lexicon(language).given_names:
            break  # "Pablo Colio Abril": a calendar word that is also a name ends a name as a surname (session 20)
        last -= 1
    if first > last:
        return None
    if first or last < len(words) - 1:  # "New York City", "Greg Young": stop words that are words of names (q12en)
        kept = lexicon(language).name_words
        while first > 0 and fold(words[first - 1]) in kept:
            first -= 1
        while last < len(words) - 1 and fold(words[last + 1]) in kept:
            last += 1
    if first == 0 and last == len(words) - 1:  # most runs: nothing to trim
        return run, start, start + len(run)
    spans = [m.span() for m in RE_NONSPACE.finditer(run)]
    a, b = spans[first][0], spans[last][1]
    return run[a:b], start + a, start + b


@lru_cache(maxsize=1 << 13)  # 8,192 words: about 2 MB per process; a name's words recur within a few articles
def _edge(word: str, language: str) -> tuple[bool, bool]:
    """(whether ``word`` opening a run is cut from it, whether ending a run it is) for :func:`_trim`: a stop word
    or an honorific opens no name, a short stop word ends none. Memoised: a run is new, its words are not.

    >>> _edge("El", "es"), _edge("Sr.", "es"), _edge("Kevin", "en"), _edge("Downing", "en")
    ((True, True), (True, False), (False, False), (True, False))
    """
    stop = _stop(word, _stops(language), language)
    return EDGES[stop or fold(word) in HONORIFICS][stop and len(word) <= TRAILING_STOP_CHARS]


EDGES = (((False, False), (False, True)), ((True, False), (True, True)))  # the four answers, one tuple each


def _opens_name(words: list[str], at: int, stops: frozenset[str], language: str) -> bool:
    """Whether ``words[at]``, a stop word, is a first name here: one of the lexicon's given names followed by a
    name word, or by a capitalised particle and a name word ("Julio De Vido")."""
    if fold(words[at]) not in lexicon(language).given_names:
        return False
    following = words[at + 1 :]
    if following and fold(following[0]) in CAPITAL_PARTICLES and following[0][:1].isupper():
        following = following[1:]
    return bool(following) and not _stop(following[0], stops, language)


def _stop(word: str, stops: frozenset[str], language: str) -> bool:
    """Whether a capitalised word opening or ending a run is a stop word: its folded form is one, unless it is
    a stop word only of the other language and an accent written on it makes it a word of this one ("Pagés" is
    no English "pages"; "Dónde" is still "donde").

    >>> stops = _stops("es")
    >>> _stop("Ayer", stops, "es"), _stop("Dónde", stops, "es"), _stop("Pagés", stops, "es")
    (True, True, False)
    """
    folded, lower = fold(word), word.lower()
    if "’" in folded:  # "I’ve", "We’re", "Don’t": the stop list spells its contractions with a straight apostrophe
        folded, lower = folded.replace("’", "'"), lower.replace("’", "'")
    if folded not in stops:
        return folded[-2:] in POSSESSIVES and folded[:-2] in stops  # "Friday's brief hearing"
    return lower == folded or lower in stops or folded in _native_stops(language)


@cache
def _native_stops(language: str) -> frozenset[str]:
    """The stop words of ``language`` itself, folded."""
    return frozenset(fold(w) for w in stop_words(language))


def _strip_title(run: str, language: str) -> tuple[str, str]:
    """(name, title): the words after the last title cue that starts the run, when a capitalised word follows.

    >>> _strip_title("Federal Reserve Chair Jerome Powell", "en")
    ('Jerome Powell', 'Federal Reserve Chair')
    >>> _strip_title("Minister of Information Jamal Jarrah", "en")
    ('Jamal Jarrah', 'Minister of Information')
    >>> _strip_title("Universidad Autónoma de Madrid", "es")
    ('Universidad Autónoma de Madrid', '')
    >>> _strip_title("Ministry of Lands", "en"), _strip_title("NBC News", "en")
    (('Ministry of Lands', ''), ('NBC News', ''))
    """
    if language != "en":  # Spanish writes titles in lower case, outside the name: a capitalised cue is an institution
        return run, ""
    folded = fold(run)
    cut = 0
    for role, cue in lexicon(language).roles:
        for match in cue.finditer(folded):
            if role == "media" and run[match.start() : match.end()].isupper():
                continue  # "NBC News", "CBS News": an outlet's acronym opens its name, no title
            rest = run[match.end() :].lstrip()
            if rest[:1].isupper() and match.end() > cut and not RE_OF.match(rest):
                cut = match.end()
    if not cut:  # "Minister of Information Jamal Jarrah": a title, "of" and one word, then the name
        found = RE_TITLE_OF.match(run)
        if found and lexicon(language).role_of(found.group(1)) != "unknown":
            return run[found.end() :], found.group(1)
        return run, ""
    return run[cut:].strip(" ."), run[:cut].strip()


def _office_end(run: str, language: str) -> int:
    """Where the person starts in a run that opens with an office's capitalised words (lexicon ``office_words``)
    and goes on with two words or more that are none of them; 0 for any other run.

    >>> run = "Educación Edgar Pary"
    >>> run[_office_end(run, "es") :], _office_end("Seguridad Social", "es"), _office_end("Educación Pary", "es")
    ('Edgar Pary', 0, 0)
    >>> run = "Salud Pública Ana María Ruiz"
    >>> run[_office_end(run, "es") :], _office_end("Economía y Finanzas", "es")
    ('Ana María Ruiz', 0)
    """
    office = lexicon(language).office_words
    if not office:
        return 0
    words = run.split()
    at = 0
    while at < len(words) and (fold(words[at]) in office or (at and fold(words[at]) in CONNECTORS)):
        at += 1
    while at and fold(words[at - 1]) in CONNECTORS:  # "Educación y" before a name: the office ends before "y"
        at -= 1
    if not at or len(words) - at < 2 or fold(words[at]) in CONNECTORS:
        return 0
    return [m.start() for m in RE_NONSPACE.finditer(run)][at]


@cache
def _agency_lead() -> re.Pattern[str]:
    """A news agency's name (analysis/lexicons/agencies.yaml) glued before two capitalised words or more: the
    medium spoken to, written right before the speaker ("dijo a la agencia EFE Ana Ruiz").

    >>> [bool(_agency_lead().match(r)) for r in ("Reuters Ana Ruiz", "EFE Ana", "Europa Press Madrid")]
    [True, False, False]
    """
    spellings = "|".join(re.escape(s) for s in agency_spellings())
    return re.compile(rf"(?:{spellings})\s+(?=[A-ZÁÉÍÓÚÑ][\w.'’-]*\s+[A-ZÁÉÍÓÚÑ])")


RE_LETTER_WORD = re.compile(r"[A-Z]-[a-z]+")  # a capital letter hyphened to a lower-case word, alone: "U-turn"


def _shape(run: str, language: str) -> tuple[str, str, int, int] | None:
    """(name, title, start, end within ``run``) of a capitalised run, None when only stop words: runs recur
    ("Estados Unidos", "Maduro"), so :func:`name_runs` keeps each spelling's shape (:data:`SHAPES_HELD`).

    >>> _shape("U-turn", "en") is None, _shape("Jean-Pierre", "en")[0]
    (True, 'Jean-Pierre')
    """
    trimmed = _trim(run, 0, language)
    if trimmed is None or RE_LETTER_WORD.fullmatch(run):
        return None  # "a council U-turn", "T-shirt", "X-ray": one capital letter, a hyphen, a word: no name (read23)
    piece, a, b = trimmed
    # Each test below first asks, in C, whether its pattern can match (most runs: none can).
    glued = _agency_lead().match(piece) if piece.startswith(agency_spellings()) else None
    if glued:  # "dijo a Reuters Ana Ruiz": the agency spoken to, then the person
        piece, a = piece[glued.end() :], a + glued.end()
    short = RE_SHORT_LAST.search(piece) if piece.endswith(".") else None
    if short and short.group(1).lower() not in ABBREVIATIONS:  # "preguntó Gil. El ministro": the sentence's point
        piece, b = piece[:-1], b - 1
    name, title = _strip_title(piece, language)
    office = not title and fold(piece.split(None, 1)[0]) in lexicon(language).office_words  # _office_end's start
    cut = _office_end(piece, language) if office else 0
    if cut:  # "el ministro de Educación Edgar Pary": the office's words, then the person the run is
        name, a = piece[cut:], a + cut
    if not name or name.lower() == name:
        return None
    return name, title, a, b


def name_runs(
    text: str, language: str, *, start: int = 0, end: int | None = None, several_words: bool = False
) -> list[NameRun]:
    """Every name in ``text[start:end]`` with its title and apposition (offsets in ``text``).

    ``several_words``: only the runs of two words or more (the full names a surname is read from); a run
    written as one word ("Peskov", "Mélik-Bagdasárov") never names more than one.
    """
    found: list[NameRun] = []
    end = len(text) if end is None else end
    # An acronym follows a name in brackets ("(ACNUR)"): in a text without one, no run looks for one.
    brackets = "(" in text and RE_BRACKETED_ACRONYM.search(text, start) is not None
    particles = "De l" in text  # "De la ", "De las ", "De los " before a run (:data:`ARTICLE_PARTICLES`)
    shapes = _SHAPES.get(language)
    if shapes is None or len(shapes) >= SHAPES_HELD:  # full: emptied at once (no per-call bookkeeping, as an LRU's)
        shapes = _SHAPES[language] = {}
    for match in _name_pattern(language).finditer(text, start, end):
        run = match.group()
        if several_words and " " not in run and "\t" not in run:
            continue
        shape = shapes.get(run, MISSING)
        if shape is MISSING:
            shape = shapes[run] = _kept_shape(run, language)
        if shape is None and not particles:  # only stop words, and no "De la" before it (below): no name
            continue
        at = match.start()
        if (
            language == "en"
            and run.endswith("ing")
            and " " not in run
            and RE_PARTICIPLE_OPENING.match(text, match.end())
            and (at == 0 or text[max(0, at - 2) : at] in (". ", "\n", "? ", "! ") or text[at - 1] == "\n")
        ):
            continue  # "Responding to a question, the minister said": a participle opening the sentence, no name
        opened = (
            _article_particle(text, at, run, language)
            if particles and text.endswith(ARTICLE_PARTICLES, max(0, at - 7), at)
            else -1
        )
        if shape is None:
            if opened < 0:
                continue
            shape = (run, "", 0, len(run), False)  # a stop word after "De la" that is a surname ("De la Fuente indicó")
        name, title, a, b, plain = shape
        if plain and opened < 0 and not brackets:  # most runs: none of the readings below can apply (see _kept_shape)
            named = new_run(NameRun)
            set_fields(named, "__dict__", {"name": name, "start": at, "end": b + at, "title": title,
                                           "language": language, "text": text})  # fmt: skip
            found.append(named)
            continue
        if name.count(" ") > 1 and RE_OF_BEFORE.search(text, max(0, at - 6), at) and (
            cut := _place_then_person(text, at, run, language)
        ) > a:
            name, a = run[cut:b], cut  # "el presidente de Guatemala Jimmy Morales": the title's place, then the person
        if (
            a
            and not title
            and run[:a] in NAME_ARTICLES
            and RE_MID_SENTENCE.search(text, max(0, at - 3), at)
            and not gazetteer().candidates(run[:b])
            and not gazetteer().candidates(name)
        ):
            name, a = run[:b], 0  # "según diario El Mundo", "el canal Al Jazeera": the publication's article
        if a and not title and run.startswith("De") and _particle_opens(run[:a], text, at):
            name, a = run[:a] + name, 0  # "señaló De Vido": the particle is the surname's
        if opened >= 0:  # "De la Fuente indicó", "explica De los Ríos": the surname with its particle
            name, a = text[opened : at + b], opened - at
        if (
            (" of " in name or " de" in name)
            and (cut := _person_of_body(name, language))
            and (own := run.find(name, a)) >= 0  # where the name starts in the run (after a title written in it)
        ):
            # "Ana Ruiz of Oxford University": the person, then the body (session 18)
            found.append(_made_run(name[:cut], a + at, own + cut + at, title, language, text))
            body = RE_BODY_AFTER.match(name, cut)
            assert body is not None  # _person_of_body cut before it
            name, a, title = name[body.end() :], own + body.end(), ""
        acronym = RE_ACRONYM.match(text, b + at) if brackets else None
        if acronym and set(fold(name).split()) & CONNECTORS:  # "la Agencia de la ONU para los Refugiados (ACNUR)"
            name = acronym.group(1)  # an institution goes by its acronym afterwards; a person keeps the name
        found.append(_made_run(name, a + at, b + at, title, language, text))
    if any(suffix in text for suffix in GENERATIONAL):  # "Judge Carlos A. Samour Jr. said": the suffix's point is the name's
        found = [_with_suffix_point(run, text) for run in found]
    return found


def _with_suffix_point(run: NameRun, text: str) -> NameRun:
    """``run`` with the point of a generational suffix that ends it ("Jr.", "Sr."), which the name pattern leaves
    out: the verb right after it is then right after the name ('“...,” Carlos A. Samour Jr. said', session 27).

    >>> [(r.name, r.end) for r in name_runs("“No,” Carlos A. Samour Jr. said.", "en")]
    [('Carlos A. Samour Jr.', 26)]
    """
    if not run.name.endswith(GENERATIONAL) or not text.startswith(".", run.end):
        return run
    return _made_run(run.name + ".", run.start, run.end + 1, run.title, run.language, run.text)


def _made_run(name: str, start: int, end: int, title: str, language: str, text: str) -> NameRun:
    """``NameRun(name, start, end, title, language, text)``, its fields set in one step (:data:`new_run`)."""
    named = new_run(NameRun)
    set_fields(named, "__dict__", {"name": name, "start": start, "end": end, "title": title,
                                   "language": language, "text": text})  # fmt: skip
    return named


RE_OF_BEFORE = re.compile(r"(?<!\w)(?:de|del|of)\s+$")  # a complement's link right before a run
RE_BODY_AFTER = re.compile(r"\s+(?:of|de|del)\s+(?:(?:the|la|las|los|el)\s+)?")  # "of the", "de la" before a body


def _person_of_body(name: str, language: str) -> int:
    """Where a person's name ends in a run that goes on with "of"/"de" and a body's name: "Ana Ruiz of Oxford
    University", "John Smith of the Brookings Institution", "Ana Ruiz de la Universidad de Chile" are a person and
    their affiliation, run together because the link joins capitalised words ("Ministry of Health"). The person: two
    capitalised words or more, no connector, no body's word; the body: in English a word of a body, an office or a
    place (``names_no_person``: "University", "College", "Hospital") among its words, in Spanish a first word of
    ``affiliation_heads`` ("Universidad", "Instituto", "Hospital"). 0 for any other run: "Ministry of Health",
    "Carlos de la Fuente", "María de los Ángeles Ruiz", "Mesa Directiva del Senado".

    >>> [_person_of_body(n, "en") for n in ("Ana Ruiz of Oxford University", "Ministry of Health", "Ana Ruiz of Chicago")]
    [8, 0, 0]
    >>> [_person_of_body(n, "es") for n in ("Ana Ruiz de la Universidad de Chile", "Carlos de la Fuente",
    ...                                    "Mesa Directiva del Senado")]
    [8, 0, 0]
    """
    link = RE_BODY_AFTER.search(name)
    if link is None:
        return 0
    person, body = name[: link.start()].split(), name[link.end() :].split()
    lex = lexicon(language)
    if len(person) < 2 or not all(w[:1].isupper() for w in person) or not body or not body[0][:1].isupper():
        return 0
    if any(fold(w) in CONNECTORS or lex.names_no_person(fold(w)) for w in person):
        return 0
    if language == "en":
        return link.start() if any(lex.names_no_person(fold(w)) for w in body) else 0
    return link.start() if fold(body[0]) in lex.affiliation_heads else 0  # Spanish chains bodies with "de": "Mesa
    # Directiva del Senado" (held-out11) is one body, so only a body a person belongs to is cut off


def _place_then_person(text: str, at: int, run: str, language: str) -> int:
    """Where a person starts in the run ``run`` at ``text[at]`` that opens with a place (the gazetteer's, read from
    up to 40 characters before the run: "condado de Miami-Dade", "Nueva York") and goes on with a capitalised word
    that opens no body's, office's or place's name and another capitalised word: the place is the complement of the
    title written before it, with no comma after it ("el presidente de Guatemala Jimmy Morales", "the mayor of
    Miami-Dade County Daniella Levine Cava"; a real excerpt of tests/data/agreement_real.json read the mayor as
    "Miami-Dade Daniella Levine Cava"). 0 for any other run: "Buenos Aires", "Guatemala Ciudad" (one word after the
    place), "Madrid Facultad de Medicina" (an office's or body's word), "Estados Unidos Costa Rica" (two places).
    :func:`name_runs` asks it only of runs of three words or more after "de", "del" or "of".

    >>> text = "dijo el alcalde de Nueva York Eric Adams y el rector de Madrid Facultad de Medicina"
    >>> at = text.index("Nueva")
    >>> text[at + _place_then_person(text, at, "Nueva York Eric Adams", "es") :].split(" y")[0]
    'Eric Adams'
    >>> _place_then_person(text, text.index("Madrid"), "Madrid Facultad de Medicina", "es")
    0
    """
    lex = lexicon(language)
    cut = 0
    for place in places_in(text, language=language, start=max(0, at - 40), end=at + len(run)):
        if place.end <= at or place.start > at:
            continue
        rest = run[place.end - at :]
        words = rest.split()
        if not rest[:1].isspace() or len(words) < 2 or not words[0][:1].isupper():
            continue
        if fold(words[0]) in CONNECTORS or lex.names_no_person(fold(words[0])):
            continue
        if sum(w[:1].isupper() for w in words) < 2:
            continue
        if any(m.end == at + len(run) for m in places_in(text, language=language, start=place.end, end=at + len(run))):
            continue  # "Estados Unidos Costa Rica": two places
        cut = max(cut, len(run) - len(rest.lstrip()))
    return cut


def _kept_shape(run: str, language: str) -> tuple[str, str, int, int, bool] | None:
    """:func:`_shape` of a run and whether it is plain: nothing trimmed off its front (``start`` 0), one space at most
    in its name, no " of " nor " de" in it. For a plain run, and no "De la" right before it and no bracket in the
    article, none of :func:`name_runs`' later readings can apply (each needs a trimmed front, two spaces, " of "/" de",
    an article particle or an acronym in brackets): it is kept as shaped with no more tests (most runs, session 27).
    A rule added to :func:`name_runs` that can change a plain run must clear ``plain`` for the runs it reads.

    >>> _kept_shape("Ana Ruiz", "es"), _kept_shape("El Mundo", "es")[4], _kept_shape("Ana Ruiz de Oxford", "es")[4]
    (('Ana Ruiz', '', 0, 8, True), False, False)
    """
    shape = _shape(run, language)
    if shape is None:
        return None
    name, _, a, _ = shape
    return (*shape, not a and name.count(" ") <= 1 and " of " not in name and " de" not in name)


# Each language's capitalised runs → :func:`_kept_shape`, emptied when it holds SHAPES_HELD (a few MB per process).
_SHAPES: dict[str, dict[str, tuple[str, str, int, int, bool] | None]] = {}
SHAPES_HELD = 1 << 15
MISSING = ("", "", -1, -1, False)  # no shape looked up yet (None is a shape: only stop words); compared by identity


def _particle_opens(head: str, text: str, start: int) -> bool:
    """Whether ``head``, the words trimmed off the front of a run at ``start``, is a capitalised surname particle
    ("De", "Del") written inside a sentence: "señaló De Vido" names De Vido, "De Madrid salió" opens a sentence.

    >>> text = "Lo dijo De Vido. De Madrid salió."
    >>> _particle_opens("De ", text, text.index("De Vido")), _particle_opens("De ", text, text.index("De Madrid"))
    (True, False)
    """
    if head.rstrip() not in ("De", "Del"):
        return False
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return bool(before) and before[-1] not in '.!?¡¿\n:«“"‘—(' and start > 0


# A surname's capitalised particle with its article ("De la Fuente", "De los Ríos"): the name pattern joins
# only lower-case connectors between capitalised words, so "De" and the surname are two runs.
ARTICLE_PARTICLES = ("De la ", "De las ", "De los ")
# An article written with a capital inside a sentence belongs to the name it opens ("según diario El Mundo", "el canal
# Al Jazeera", "Le Soir"); opening a sentence it is cut as any stop word ("La Policía llegó"), as it is before a
# place the gazetteer knows with or without it ("de Los Ángeles": the places and titles read "Ángeles" as before).
# English "The" is left out: "The New York Times" and "the New York Times" are one name.
NAME_ARTICLES = frozenset({"El ", "La ", "Los ", "Las ", "Le ", "Les ", "Al ", "Il "})
RE_MID_SENTENCE = re.compile(r"[a-záéíóúñü,][ \t]+$")  # a lower-case word or a comma right before the run
RE_SPACES_AFTER = re.compile(r"[ \t]*")


def _article_particle(text: str, start: int, run: str, language: str) -> int:
    """Where the surname a one-word run at ``start`` ends begins when a capitalised particle and its article stand
    before it ("De la Fuente indicó", "explica De los Ríos."), else -1 (the run is no such surname).

    Inside a sentence the capital says a surname (as "señaló De Vido"); opening a sentence, "De la" is read as
    one only before a reporting verb (lexicon ``verbs``, a clitic allowed before it): the name is the subject of
    an attribution ("De la Fuente indicó"), not a phrase's start ("De la Moncloa salió un comunicado"). The run is
    one word, and no body's, office's or place's noun (lexicon ``body_nouns``, ``office_words``, ``place_nouns``:
    "explica De la Policía"); "De la Casa Blanca" is two words.
    Why (q10rules, a kind of held-out6, 7 and 8's misses): the surname alone went unread, so a title before it
    ("el entrenador de la Roja") stood for nobody and the statements after it for no one named.

    >>> text = "Ganó. De la Fuente indicó que sí, explica De los Ríos. Dijo De la Policía. De la Moncloa salió."
    >>> [text[_article_particle(text, text.index(w), w, "es") :][:12] for w in ("Fuente", "Ríos")]
    ['De la Fuente', 'De los Ríos.']
    >>> [_article_particle(text, text.index(w), w, "es") for w in ("Policía", "Moncloa")]
    [-1, -1]
    """
    if " " in run or "\t" in run:
        return -1
    lex = lexicon(language)
    folded = fold(run.rstrip("."))
    if lex.names_no_person(folded):
        return -1
    head = text.rfind("De l", max(0, start - 7), start)
    if head < 0:
        return -1
    if not _particle_opens("De", text, head):  # opening a sentence: a reporting verb must follow
        spaces = RE_SPACES_AFTER.match(text, start + len(run))
        after = spaces.end() if spaces else start + len(run)
        clitic = lex.clitic.match(text, after)
        if not lex.verb.match(text, clitic.end() if clitic else after):
            return -1
    return head


# A frozen dataclass sets each field through ``object.__setattr__`` (a fifth of the time of :func:`name_runs`);
# the instance's ``__dict__`` filled at once holds the same fields: equal, hashed and printed alike.
new_run = object.__new__
set_fields = object.__setattr__
