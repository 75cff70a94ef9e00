"""The capital letters and capitalised words a name is written with: UPPER (a character class of capitals), CAPWORD
("Peskov", "Gov." before a capital, "T.S."), FIRST_CAPWORD (CAPWORD read from its capital first). Split from
:mod:`analysis.sources.names` (session 16) so that the modules reading around a name need not import it.

A word ending in a point is part of a name only as an initial ("John F. Kennedy") or as one of the abbreviations of
``lexicons/abbreviations.txt`` ("Capt. John Miller", "Lt. Col. Tom Ray", "Sra. Ruiz"). Until session 18 any capital
and up to two letters with a point before a capital were read so: a three-letter surname ending a sentence joined
the next sentence's name ("said Ana Gil. Tom Ray agreed" gave the speaker "Ana Gil. Tom Ray"), and four-letter
titles were cut from theirs ("Capt. John Miller" gave "Capt").

>>> import re
>>> [m.group() for m in re.finditer(CAPWORD, "said Ana Gil. Tom Ray and Capt. John F. Kennedy of the U.S. Army")]
['Ana', 'Gil', 'Tom', 'Ray', 'Capt.', 'John', 'F.', 'Kennedy', 'U.S.', 'Army']
"""

from __future__ import annotations

import re

from analysis.text.sentences import ABBREVIATIONS

UPPER = "A-ZÁÉÍÓÚÑÜÀÈÌÒÙÂÊÎÔÛÇÄËÏÖ"


def _tails() -> str:
    """The letters after an abbreviation's capital, each behind a check of that capital ("(?<=C)(?:apt|dr)" for
    "Capt." and "Cdr."): the one-word abbreviations of ``lexicons/abbreviations.txt``, read after their first letter.

    >>> "(?<=C)(?:apt" in _tails(), "(?<=G)(?:" in _tails()
    (True, True)
    """
    by_first: dict[str, set[str]] = {}
    for word in ABBREVIATIONS:
        if word.isalpha() and len(word) > 1:
            by_first.setdefault(word[0].upper(), set()).add(re.escape(word[1:]))
    return "|".join(
        rf"(?<={first})(?:{'|'.join(sorted(tails, key=lambda t: (-len(t), t)))})" for first, tails in sorted(by_first.items())
    )


_TAILS = _tails()
# A capitalised word (a hyphen only between its letters, "Sanwo-Olu", or before a space and a capital, "Pérez- Reyes"
# typed for "Pérez-Reyes"; not the dash of "Estados Unidos- pide", an aside written with hyphens, session 19); an initial or a known abbreviation may end in a point when a capital follows ("Gov. Josh",
# "J. Smith"), and dotted initials before a name are one word ("T.S. Ellis", "J.T. Ricketson": tried before a single
# initial and a plain word, which read "J.T." as "J" and "T." and the name as "T. Ricketson"; session 20). The abbreviations are tried only where a point
# follows within six characters (most capitalised words: none), so their look-behinds cost nothing elsewhere.
CAPWORD = rf"(?:[{UPPER}](?=\w{{0,5}}\.)(?:{_TAILS})?\.(?![{UPPER}]\.)(?=[ \t]*[{UPPER}])|[{UPPER}]\.(?:[{UPPER}]\.)+(?=[ \t]+[{UPPER}])|[{UPPER}][\w'’]*(?:-[\w'’]+)*(?:-(?=[ \t][{UPPER}]))?)"
# CAPWORD not right after a letter or a joiner, its capital matched first and what precedes it checked after:
# the same matches, with most positions of the text rejected at their first character (twice as fast).
FIRST_CAPWORD = rf"[{UPPER}](?<![\w'’-].)(?:(?=\w{{0,5}}\.)(?:{_TAILS})?\.(?![{UPPER}]\.)(?=[ \t]*[{UPPER}])|\.(?:[{UPPER}]\.)+(?=[ \t]+[{UPPER}])|[\w'’]*(?:-[\w'’]+)*(?:-(?=[ \t][{UPPER}]))?)"
