"""Where punctuation ends a clause: the first stop in a segment, and whether any does; the full stop of an
abbreviation ("Dr.", "Capt.") and a short aside in brackets ("(R-Okla.)") are none.

Split from :mod:`analysis.sources.subjects` (session 14).
"""

from __future__ import annotations

import re

from analysis.text import ABBREVIATIONS

RE_CLAUSE_STOP = re.compile(r"[,.;:—–\n(«»\"“”]")
RE_SHORT_ASIDE = re.compile(r"(?<=\w) \([^()\n]{1,12}\)(?= )")  # "Lankford (R-Okla.) said", "Nadal (N.2), "
RE_LAST_WORD = re.compile(r"(\w+)$")  # the word right before a point


def _first_stop(segment: str) -> re.Match[str] | None:
    """The first punctuation that ends a clause in ``segment``, passing over an abbreviation's full stop
    ("said Dr. Handler." stops at the last point, not at "Dr.").

    >>> [m.start() for m in [_first_stop("Dr. Handler. Then"), _first_stop("the town. Then")]]
    [11, 8]
    """
    first = RE_CLAUSE_STOP.search(segment)
    if first is None or first.group() != ".":  # most segments: no point to look behind
        return first
    for stop in RE_CLAUSE_STOP.finditer(segment, first.start()):
        word = RE_LAST_WORD.search(segment, 0, stop.start()) if stop.group() == "." else None
        if word is None or (word.group(1).lower() not in ABBREVIATIONS and len(word.group(1)) > 1):
            return stop
    return None



def _clause_stop(segment: str) -> bool:
    """Whether punctuation ends a clause in ``segment``; the full stop of an abbreviation does not
    ('"...," California Fire Capt. Scott McLean said').

    A short aside in brackets after a name is no stop either ('"...," Sen. James Lankford (R-Okla.) said').

    >>> _clause_stop("California Fire Capt. Scott McLean "), _clause_stop("the town. Then Ana ")
    (False, True)
    >>> _clause_stop("Sen. James Lankford (R-Okla.) "), _clause_stop("the vote (it failed). Then Ana ")
    (False, True)
    """
    segment = RE_SHORT_ASIDE.sub(lambda m: " " * len(m.group()), segment)
    for stop in RE_CLAUSE_STOP.finditer(segment):
        word = RE_LAST_WORD.search(segment[: stop.start()]) if stop.group() == "." else None
        if word is None or (word.group(1).lower() not in ABBREVIATIONS and len(word.group(1)) > 1):
            return True
    return False
