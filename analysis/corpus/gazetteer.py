"""THE gazetteer's records: a :class:`Place`, a :class:`Mention` of one in a text, the :class:`Gazetteer` (folded
names to their places) and :func:`fold`, the key of a name. Built by :mod:`analysis.corpus.gazetteer_build`, kept
between processes by :mod:`analysis.corpus.gazetteer_cache`, read in a text by :mod:`analysis.corpus.places`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["KIND_RANK", "Gazetteer", "Mention", "Place", "PlaceNames", "fold"]

KIND_RANK = {"country": 3, "area": 2, "region": 2, "county": 1, "city": 0}


@dataclass(frozen=True)
class Place:
    """A place of the gazetteer: ``parents`` are the places containing it, innermost first, its country last."""

    name: str
    kind: str  # country | region | county | city | area (a region of several countries: no country, no parents)
    country: str  # ISO 3166-1 alpha-2 ("" for an area)
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
