"""Names that speak for nobody in a direct quotation: a country no reporting verb has for its subject.

A quotation's words are a person's or a body's; a country named next to them is what they speak of or to ("felicitar
a España, Portugal y Marruecos por ser las sedes del Mundial: «...»"), and the gazetteer reads it as a country. Such
a name is read as no subject (the last speaker, or the person introduced, goes on) -- q13es, the kind of 7 misses in
three spent sets (held-out7, 8 and 10: "Portugal", "México", "Colombia"), where no annotated direct quotation of any
set has a country for its speaker. A country written as a reporting verb's subject ("Rusia manifestó su «absoluto
rechazo ...»", the seeds) is a government speaking, and stays the speaker.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.corpus.places import may_open_a_place, places_in
from analysis.sources.lexicon import SourceLexicon


@lru_cache(maxsize=1 << 10)
def names_a_country(name: str, language: str) -> bool:
    """Whether the gazetteer reads the whole of ``name`` as a country (not a city or region: "Alicia" is a town and
    a first name).

    >>> names_a_country("Portugal", "es"), names_a_country("Alicia", "es"), names_a_country("Luis de la Fuente", "es")
    (True, False, False)
    """
    if not may_open_a_place(name):  # most names: their first word opens no name of the gazetteer (no reading)
        return False
    return any(
        m.start == 0 and m.end == len(name) and m.place.kind == "country" for m in places_in(name, language=language)
    )


RE_WORD_BEFORE = re.compile(r"(\w+)[\s,]*$")
REACH = 300  # characters around the quotation where the country's name is looked for


def country_speaks_for_nobody(lex: SourceLexicon, text: str, name: str, position: int) -> bool:
    """Whether ``name``, the speaker read for the quotation whose mark opens at ``position``, is a country
    (:func:`names_a_country`) that no reporting verb written right after it or right before it has for its subject,
    within :data:`REACH` characters of the quotation.

    >>> from analysis.sources.lexicon import lexicon
    >>> text = "Felicitó a España y Portugal: «Es una alegría». Rusia manifestó su «rechazo»."
    >>> [country_speaks_for_nobody(lexicon("es"), text, n, text.index(m)) for n, m in (("Portugal", "«Es"),
    ...  ("Rusia", "«rec"))]
    [True, False]
    """
    if not names_a_country(name, lex.language):
        return False
    lo = max(0, position - REACH)
    at = text.find(name, lo, position + REACH)
    while at >= 0:
        after = text[at + len(name) : at + len(name) + 60]
        before = RE_WORD_BEFORE.search(text, max(0, at - 40), at)
        if lex.verb.match(after.lstrip(" ,")) or (before is not None and lex.verb.fullmatch(before.group(1))):
            return False
        at = text.find(name, at + len(name), position + REACH)
    return True
