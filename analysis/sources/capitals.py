"""The capital letters and capitalised words a name is written with: UPPER (a character class of capitals), CAPWORD
("Peskov", "Gov." before a capital, "T.S."), FIRST_CAPWORD (CAPWORD read from its capital first). Split from
:mod:`analysis.sources.names` (session 16) so that the modules reading around a name need not import it.
"""

from __future__ import annotations

UPPER = "A-ZÁÉÍÓÚÑÜÀÈÌÒÙÂÊÎÔÛÇÄËÏÖ"
# A capitalised word; a short one may end in a point when a capital follows ("Gov. Josh", "T.S. Ellis").
CAPWORD = rf"(?:[{UPPER}]\w{{0,2}}\.(?=[ \t]*[{UPPER}])|[{UPPER}][\w'’\-]*|[{UPPER}]\.(?:[{UPPER}]\.)+)"
# CAPWORD not right after a letter or a joiner, its capital matched first and what precedes it checked after:
# the same matches, with most positions of the text rejected at their first character (twice as fast).
FIRST_CAPWORD = rf"[{UPPER}](?<![\w'’-].)(?:\w{{0,2}}\.(?=[ \t]*[{UPPER}])|[\w'’\-]*|\.(?:[{UPPER}]\.)+)"
