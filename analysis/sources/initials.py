"""A person a Spanish court report names only by initials ("M.C.P."), and whom a noun of the accused stands for.

Court and police reports in Spain write the accused's and the victim's names as initials; the story then calls the
accused "el acusado", "el procesado" (lexicon ``accused_nouns``). Such a noun with no name is the one person named by
initials as a clause's subject ("cuando M.C.P. conducía su vehículo"), not the victim named as an object ("divisó a
J.J.G.C."). Read by :func:`analysis.sources.introduced._described_person_speaker` (read22b, a kind of held-out22's
misses: the accused's ten quotations went to "escrito de la Fiscalía", then to "acusado").
"""

from __future__ import annotations

import re

from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.persons import OBJECT_LINKS, PREPOSITIONS

# Two to five capital initials, each with its point, as a clause's subject: a lower-case word next ("M.C.P. conducía")
RE_INITIALS_SUBJECT = re.compile(r"(?<![\w.])((?:[A-ZÁÉÍÓÚÑ]\.){2,5})[ \t]+(?=[a-záéíóúñ])")
RE_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def initials_person(lex: SourceLexicon, text: str, mention: str) -> str | None:
    """The initials of the one person ``text`` names by initials as a clause's subject, when ``mention`` is a noun of
    the accused ("el procesado"); None when the noun is another, or when no one or more than one person is so named.
    Initials after a preposition ("divisó a J.J.G.C. y") name an object, no subject.

    >>> from analysis.sources.lexicon import lexicon
    >>> es = lexicon("es")
    >>> text = "Cuando M.C.P. conducía su vehículo, divisó a J.J.G.C. y lo siguió."
    >>> initials_person(es, text, "el procesado"), initials_person(es, text, "el suizo")
    ('M.C.P.', None)
    >>> initials_person(es, "M.C.P. conducía y J.G. caminaba.", "el acusado") is None  # two of them
    True
    """
    words = fold(mention).split()
    if not words or words[-1] not in lex.accused_nouns or len(words) > 2:
        return None
    found = set()
    for match in RE_INITIALS_SUBJECT.finditer(text):
        before = RE_WORD_BEFORE.search(text, max(0, match.start() - 20), match.start())
        if before is not None and fold(before.group(1)) in OBJECT_LINKS | PREPOSITIONS:
            continue  # "divisó a J.J.G.C.", "la denuncia de J.G.": an object or a complement
        found.add(match.group(1))
    return found.pop() if len(found) == 1 else None
