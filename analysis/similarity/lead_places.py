"""The places a lead names, as countries and regions, and whether two leads' places disagree.

Story links read an article's event cues (:func:`analysis.similarity.cues.article_cues`); among them are place
keys: a country (``TR``), a region (``MX-HID``) or a listed city (``london``, of ``lexicons/places.yaml``). Two
articles whose leads put their events in different countries, or in different regions of one country, are about
two events, whatever figure they share. This module is the one reading of that, used by every link that a shared
name does not carry by itself: a link across languages (:mod:`analysis.similarity.cross_language`), a link with an
undated article and a dated link that only a shared figure made
(:mod:`analysis.similarity.story_links`).

* **countries**: the country keys, the country of each region key (``MX-HID`` -> ``MX``) and of each listed city
  (``london`` -> ``GB``);
* **regions**: the region keys.

Two leads **disagree** when both name countries and share none, or both name regions of a country they share and
share none of those: a fire in London and one in Portugal; a fire in Texas and "un incendio en California".

>>> a, b = lead_places(["london", "torre", "#24"]), lead_places(["pedrogao", "PT", "PT-10", "#24"])
>>> a, b, disagree(a, b)
(LeadPlaces(countries=frozenset({'GB'}), regions=frozenset()), LeadPlaces(countries=frozenset({'PT'}), regions=frozenset({'PT-10'})), True)
>>> disagree(lead_places(["US", "US-TX"]), lead_places(["US-CA"])), disagree(lead_places(["US-TX"]), lead_places(["US"]))
(True, False)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from analysis.corpus.places import fold, name_keys
from analysis.safe_yaml import load_yaml
from analysis.similarity.cues import place_keys

__all__ = ["LeadPlaces", "city_countries", "disagree", "is_country", "is_region", "lead_places"]


@dataclass(frozen=True)
class LeadPlaces:
    """The countries and regions a lead's cues name (the module docstring)."""

    countries: frozenset[str]
    regions: frozenset[str]


def lead_places(cues: Iterable[str]) -> LeadPlaces:
    """The places among one article's cue keys (the module docstring)."""
    places, cities = place_keys(), city_countries()
    named = [c for c in cues if c in places]
    countries = {c.split("-")[0] for c in named if is_country(c) or is_region(c)}
    countries |= {cities[c] for c in named if c in cities}
    return LeadPlaces(frozenset(countries), frozenset(c for c in named if is_region(c)))


def disagree(a: LeadPlaces, b: LeadPlaces) -> bool:
    """Two leads name disjoint sets of countries, or disjoint sets of regions of a country both name."""
    if a.countries and b.countries and not a.countries & b.countries:
        return True
    for country in a.countries & b.countries:
        mine = {r for r in a.regions if r.startswith(country + "-")}
        theirs = {r for r in b.regions if r.startswith(country + "-")}
        if mine and theirs and not mine & theirs:
            return True
    return False


@cache
def is_country(key: str) -> bool:
    """A country's key: two capitals (``GB``)."""
    return len(key) == 2 and key.isupper()


@cache
def is_region(key: str) -> bool:
    """A region's key: a country's key, a hyphen and capitals or digits (``MX-HID``, ``PT-10``)."""
    head, _, tail = key.partition("-")
    return bool(tail) and is_country(head) and tail.isalnum() and tail.upper() == tail


@cache
def city_countries() -> dict[str, str]:
    """The key of each city of ``lexicons/places.yaml`` ("Londres: London, GB": ``london``) -> its country."""
    keys = name_keys()
    data = load_yaml(resources.files("analysis.lexicons").joinpath("places.yaml").read_text(encoding="utf-8"))
    out = {}
    for entries in (data or {}).values():
        for target in (entries or {}).values():
            name, comma, country = str(target).rpartition(", ")
            key = keys.get(fold(name), fold(name))
            if comma and is_country(country) and not (is_country(key) or is_region(key)):
                out[key] = country
    return out
