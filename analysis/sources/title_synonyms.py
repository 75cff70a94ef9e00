"""The holder of an office written under another title of it: "«...», explicó el regidor" after "el alcalde Enrique
Álvarez Barreiro decidió ...", "aseveró el mandatario" after "el jefe de Estado argentino, Alberto Fernández". The
title after the verb was tied to no name (speakers.resolve's "title: untied") and went out as a bare title; the
article had named its holder under another title of the same office (lexicon ``title_synonyms``). Issue #23, session
25, branch read21 (a kind of held-out20 and held-out21's misses; "Spanish title after the verb whose holder was named
earlier under another title" in the session-24 notes).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.names import NameRun
from analysis.sources.persons import _strip_determiner
from analysis.sources.title_mentions import _full_person_name

TITLE_WORDS = 6  # the words right before a name that may hold its title
TITLE_REACH = 80  # characters before a name read for those words


def synonym_holder(
    lex: SourceLexicon, text: str, mention: str, runs: Sequence[NameRun], position: int, full: Mapping[str, str]
) -> str | None:
    """The one person named before ``position`` the last :data:`TITLE_WORDS` words before whose name (after the
    name before it, commas aside) hold a title of the group of ``mention`` (its first words after the determiner);
    None when the mention's title is in no group, or none or several persons are named so (no guess between two):
    "entre el presidente de Whirlpool, Joao Brega, y el jefe de Estado argentino, Alberto Fernández" titles only
    Alberto Fernández as the head of state.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> es = lexicon("es")
    >>> text = "El alcalde Enrique Álvarez Barreiro decidió cambiar el lugar. «Vendrá mucha gente», explicó el regidor."
    >>> runs = name_runs(text, "es")
    >>> synonym_holder(es, text, "el regidor", runs, text.index("«"), {r.name: r.name for r in runs})
    'Enrique Álvarez Barreiro'
    >>> synonym_holder(es, text, "el vecino", runs, text.index("«"), {r.name: r.name for r in runs}) is None
    True
    >>> text = "El alcalde Enrique Álvarez Barreiro y el alcalde Juan Ramos Vega hablaron. «Vendrá gente», dijo el edil."
    >>> runs = name_runs(text, "es")
    >>> synonym_holder(es, text, "el edil", runs, text.index("«"), {r.name: r.name for r in runs}) is None
    True
    """
    if not lex.title_synonyms:
        return None
    words = fold(_strip_determiner(lex, mention)).split()
    group = next(
        (g for g in lex.title_synonyms if any(" ".join(words[:n]) in g for n in (3, 2, 1) if len(words) >= n)), None
    )
    if group is None:
        return None
    holders = set()
    previous_end = 0
    for run in runs:
        if run.start >= position:
            break
        head = text[max(previous_end, run.start - TITLE_REACH) : run.start]
        previous_end = run.end
        before = fold(head).replace(",", " ").split()[-TITLE_WORDS:]
        titled = any(" ".join(before[i : i + n]) in group for n in (1, 2, 3) for i in range(len(before) - n + 1))
        if titled and _full_person_name(lex, run.name):
            holders.add(full.get(run.name, run.name))
    return holders.pop() if len(holders) == 1 else None
