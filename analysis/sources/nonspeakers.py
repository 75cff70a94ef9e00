"""Names that speak for nobody in a direct quotation: a country.

A quotation's words are a person's or a body's; a country named next to them is what they speak of or to ("felicitar
a España, Portugal y Marruecos por ser las sedes del Mundial: «...»"), and the gazetteer reads it as a country. Such
a name is read as no subject (the last speaker, or the person introduced, goes on) -- q13es, the kind of 7 misses in
three spent sets (held-out7, 8 and 10: "Portugal", "México", "Colombia"), where no annotated direct quotation of any
set has a country for its speaker.
"""

from __future__ import annotations

from functools import lru_cache

from analysis.corpus.places import places_in


@lru_cache(maxsize=1 << 10)
def names_a_country(name: str, language: str) -> bool:
    """Whether the gazetteer reads the whole of ``name`` as a country (not a city or region: "Alicia" is a town and
    a first name).

    >>> names_a_country("Portugal", "es"), names_a_country("Alicia", "es"), names_a_country("Luis de la Fuente", "es")
    (True, False, False)
    """
    return any(
        m.start == 0 and m.end == len(name) and m.place.kind == "country" for m in places_in(name, language=language)
    )
