"""A nickname in quotation marks between a name and a surname, made one name with them: "Saúl 'Canelo' Álvarez" →
"Saúl Canelo Álvarez". Split from :mod:`analysis.sources.names` (session 16), whose runs it joins.
"""

from __future__ import annotations

import re

from analysis.sources.capitals import UPPER
from analysis.sources.names import NameRun

# A nickname in quotation marks between a name and a surname: "Saúl 'Canelo' Álvarez", 'Víctor Hugo "Brasil" Serrano'
NICKNAME_OPENINGS = tuple(f" {mark}" for mark in "'\"‘’“”«")  # a space and a quotation mark right after a name
RE_NICKNAME = re.compile(rf"\s+['\"‘’“”«]([{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*)?)['\"‘’“”»]\s+")


def join_nicknames(text: str, runs: list[NameRun]) -> list[NameRun]:
    """``runs`` with a name, a nickname in quotation marks and a surname made one run: "Saúl 'Canelo' Álvarez" →
    "Saúl Canelo Álvarez" (q11es, a kind of misses of held-out8 and 10: the first name and the surname were two
    runs, the lede's subject was read as nobody and another name spoke; "Canelo" or "Álvarez" alone now resolve to
    the whole name). The name before is one to three capitalised words, the surname one or two; a run inside the
    marks (the nickname read as a name) is dropped.

    >>> from analysis.sources.names import name_runs
    >>> text = "El boxeador Saúl 'Canelo' Álvarez habló. Víctor Hugo “Brasil” Serrano calló. Ana Gil y Luis Paz."
    >>> [r.name for r in join_nicknames(text, name_runs(text, "es"))]
    ['Saúl Canelo Álvarez', 'Víctor Hugo Brasil Serrano', 'Ana Gil', 'Luis Paz']
    """
    if not any(text.startswith(NICKNAME_OPENINGS, run.end) for run in runs):  # most articles: no mark after a name
        return runs
    joined: list[NameRun] = []
    at = 0
    while at < len(runs):
        run = runs[at]
        nickname = RE_NICKNAME.match(text, run.end)
        after = at + 1
        if nickname is not None and len(run.name.split()) <= 3:
            while after < len(runs) and runs[after].start < nickname.end():
                after += 1  # the nickname's own run
            surname = runs[after] if after < len(runs) else None
            if surname is not None and surname.start == nickname.end() and len(surname.name.split()) <= 2:
                name = f"{run.name} {nickname.group(1)} {surname.name}"
                joined.append(NameRun(name, run.start, surname.end, run.title, run.language, text))
                at = after + 1
                continue
        joined.append(run)
        at += 1
    return joined
