"""Who wrote an article: the byline ("Por Ana Gómez", "By John Smith") and the agency credit (EFE, AFP, AP, Reuters, Europa Press).

A wire story is credited in its dateline ("MADRID, 3 mar (EFE).-"), in a sign-off
("... — AFP") or in the byline ("Redacción / Europa Press"). Only those places are
read, and only in a credit's form (in parentheses, opening a line, or signed off after a dash):
an agency named in a sentence ("según informó Reuters") is a source of a quote, not
the article's credit. Agency names and their spellings live in ``analysis/lexicons/agencies.yaml``.

>>> agency_credit("MADRID, 3 mar (EFE).- El Gobierno aprobó hoy la reforma.")
'EFE'
>>> agency_credit("El ministro habló con la prensa durante una hora sobre la reforma.") is None
True
>>> agency_credit("La huelga sigue, según informó Reuters a primera hora.") is None
True
>>> agency_credit("Los mercados cerraron en alza tras el anuncio del banco central. — AFP")
'AFP'

>>> byline_of("Por Ana Gómez\\nEl Gobierno aprobó hoy la reforma.")
'Ana Gómez'
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from analysis.safe_yaml import load_yaml

__all__ = ["agency_credit", "agency_names", "byline_of"]

DATELINE_CHARS = 200  # a dateline and byline fit in the first 200 characters
SIGNOFF_CHARS = 120  # "— AFP", "(Reuters)" at the very end
MAX_BYLINE_WORDS = 8  # "Por Ana Gómez y Luis Pérez" is a byline; a sentence is not
RE_BYLINE = re.compile(r"^\s*(?:Por|By|Por:|By:)\s+([^\n.]{2,80}?)\s*(?:\n|$)", re.MULTILINE)


@cache
def _agencies() -> tuple[tuple[str, re.Pattern[str]], ...]:
    text = resources.files("analysis.lexicons").joinpath("agencies.yaml").read_text(encoding="utf-8")
    found = []
    for entry in load_yaml(text)["agencies"]:
        alternatives = "|".join(re.escape(p) for p in sorted(entry["patterns"], key=len, reverse=True))
        found.append((str(entry["name"]), re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")))
    return tuple(found)


@cache
def _credits() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """How a text credits an agency: in parentheses ("MADRID (EFE).-", "(Reuters)"), alone on a line or
    opening one ("EFE.- ..."), or signed off after a dash or slash at the very end ("... — AFP")."""
    found = []
    for name, word in _agencies():
        w = word.pattern
        forms = (
            rf"\(\s*{w}\s*\)",
            rf"(?:^|\n)\s*{w}\s*(?:$|\n|\.-|\s[-—–|])",
            rf"[—–/-]\s*{w}\s*\.?\s*$",
        )
        found.append((name, re.compile("|".join(forms))))
    return tuple(found)


@cache
def agency_spellings() -> tuple[str, ...]:
    """Every spelling of every agency in the data file, longest first (for patterns that try the longer first).

    >>> agency_spellings()[-1], "Reuters" in agency_spellings()
    ('AP', True)
    """
    text = resources.files("analysis.lexicons").joinpath("agencies.yaml").read_text(encoding="utf-8")
    spellings = {str(p) for entry in load_yaml(text)["agencies"] for p in entry["patterns"]}
    return tuple(sorted(spellings, key=lambda s: (-len(s), s)))


def agency_names() -> tuple[str, ...]:
    """The agencies credited, in the data file's order.

    >>> agency_names()[:2]
    ('EFE', 'AFP')
    """
    return tuple(name for name, _ in _agencies())


def agency_credit(text: str, *, byline: str | None = None) -> str | None:
    """The agencies credited by the byline, dateline or sign-off of ``text`` (``"EFE, AFP"`` when several), else None.

    >>> agency_credit("Texto largo de la noticia sobre la reunión del consejo. (Reuters)")
    'Reuters'
    >>> agency_credit("x", byline="Redacción / Europa Press")
    'Europa Press'
    """
    places = [text[:DATELINE_CHARS], text[-SIGNOFF_CHARS:]]
    credited = [
        name
        for (name, word), (_, credit) in zip(_agencies(), _credits(), strict=True)
        if (byline and word.search(byline)) or any(credit.search(place) for place in places)
    ]
    return ", ".join(credited) or None


def byline_of(text: str) -> str | None:
    """The byline on the first lines of ``text`` ("Por Ana Gómez" / "By John Smith"), else None.

    >>> byline_of("By John Smith and Mary Jones\\nThe council met today.")
    'John Smith and Mary Jones'
    >>> byline_of("Por la mañana llovió mucho en toda la ciudad y los alrededores del puerto") is None
    True
    """
    match = RE_BYLINE.search(text[:DATELINE_CHARS])
    if match is None:
        return None
    name = match.group(1).strip()
    words = name.split()
    # A byline is names: most words capitalised ("Ana Gómez y Luis Pérez"), few of them.
    capitalised = sum(1 for w in words if w[:1].isupper())
    if len(words) > MAX_BYLINE_WORDS or capitalised < max(1, (len(words) + 1) // 2):
        return None
    return name
