"""A body's name whose last complement joins two fields with "y": "el Ministerio de Trabajo y Seguridad Social",
"el Ministerio de Energía y Minas". The name runs stop at "y" (a list of names is two runs: "Ana Ruiz y Pedro Gómez"),
so the subject read was the second field alone ("Seguridad Social informó") or the first part ("según informó el
Ministerio de Energía"). Read27 (session 27), the Spanish form of the kind the brief calls truncated institution
names; held-out10's "según informó el Ministerio de Energía y Minas de la isla" gave "Ministerio de Energía".

Spanish only: the lexicon knows a field's words there (``office_words``: "Seguridad", "Minas", "Deportes"); English
has no such list, and "Department of Fire and Emergency Services" stays as read.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.names import NameRun
from analysis.sources.run_index import _starts

RE_FIELD_LINK = re.compile(r"[ \t]+(?:y|e)[ \t]+")  # "Energía y Minas", "Ciencia e Innovación"


def joined_body(lex: SourceLexicon, run: NameRun, runs: list[NameRun], *, forward: bool) -> NameRun | None:
    """The whole body's name when ``run`` is one part of it cut at "y": the part before "y" (``forward``: read after
    a verb, the name goes on) or the part after it (read before a verb, the name ends there). The first part is a
    body's name with a complement ("Ministerio de Energía": its first word a body's or an office's noun, lexicon
    ``names_no_person``, and a lower-case "de"/"del" in it); the second, right after " y ", has a field's word
    (``names_no_person``: "Minas", "Seguridad Social"). None otherwise: "Ana Ruiz y Pedro Gómez", "el Ministerio de
    Salud y Ana Ruiz", "Junta de Castilla y León" (no field's word: a place).

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> es = lexicon("es")
    >>> text = "El Ministerio de Trabajo y Seguridad Social informó; según el Ministerio de Energía y Minas de Cuba"
    >>> runs = name_runs(text, "es")
    >>> joined_body(es, runs[1], runs, forward=False).name, joined_body(es, runs[2], runs, forward=True).name
    ('Ministerio de Trabajo y Seguridad Social', 'Ministerio de Energía y Minas de Cuba')
    >>> text = "El Ministerio de Salud y Ana Ruiz dijeron; Ana Ruiz y Pedro Gómez dijeron"
    >>> runs = name_runs(text, "es")
    >>> [joined_body(es, r, runs, forward=f) for r in runs for f in (True, False)]
    [None, None, None, None, None, None, None, None]
    """
    if lex.language != "es":
        return None
    at = bisect.bisect_left(_starts(runs), run.start)
    other = at + 1 if forward else at - 1
    if not 0 <= other < len(runs):
        return None
    first, second = (run, runs[other]) if forward else (runs[other], run)
    if RE_FIELD_LINK.fullmatch(run.text, first.end, second.start) is None:
        return None
    words = first.name.split()
    if not lex.names_no_person(fold(words[0])) or not ({"de", "del"} & set(words[1:])):
        return None
    if not any(lex.names_no_person(fold(w)) for w in second.name.split()):
        return None
    return replace(first, name=run.text[first.start : second.end], end=second.end)
