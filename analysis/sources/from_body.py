"""The body a statement is said to come from, written with "desde": "«...», han apuntado desde el Ayuntamiento",
"Desde el Ministerio de Salud explicaron que ...". Spanish writes a body's unnamed spokespeople so: the verb is
plural or impersonal and has no subject of its own, and the body is the speaker (real23q, session 23: kinds read in
unseen Spanish coverage; before, the last speaker was given the statement, or none was read).

Only a body the lexicon knows is read (a body noun heads its name, "Ayuntamiento", "Dirección de Tráfico"; or the
name names a speaker, "Casa Blanca"), and only when the name ends the attribution (a stop or the text's end after
it, not a comma): "dijo desde el Palacio Nacional el presidente", "respondió desde el Congreso, donde" name where
one spoke, not who.
"""

from __future__ import annotations

import re

from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.names import NameRun
from analysis.sources.run_index import _run_at

RE_FROM_BODY_AFTER = re.compile(r"[ \t]+desde[ \t]+(?:el|la|los|las)[ \t]+", re.IGNORECASE)  # after the verb
RE_FROM_BODY_OPENING = re.compile(r"[ \t]*desde[ \t]+(?:el|la|los|las)[ \t]+", re.IGNORECASE)  # opening the clause
RE_ENDS_ATTRIBUTION = re.compile(r"[ \t]*(?:[.;\n]|$)")  # a comma may go on with where ("desde el Congreso, donde")


def body_from(
    lex: SourceLexicon, text: str, offset: int, runs: list[NameRun], *, opening: bool = False
) -> NameRun | None:
    """The body's name run right after "desde" + an article at the start of ``text`` (which starts at ``offset`` in
    the article): after a reporting verb, or (``opening``) before it, when the name ends ``text``'s attribution
    (a full stop, a semicolon, a line's or the text's end right after it; before a verb, the end of ``text``) and
    names a body. Spanish only. "Andrés Chadwick, respondió desde el Congreso, donde se encuentra" (held-out5) names
    where he spoke: a comma after the body is no end.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> es = lexicon("es")
    >>> def read(text, **kw):
    ...     run = body_from(es, text, 0, name_runs(text, "es"), **kw)
    ...     return run.name if run else None
    >>> read(" desde el Ayuntamiento."), read(" desde la Dirección de Tráfico;"), read("Desde el Ministerio de Salud ", opening=True)
    ('Ayuntamiento', 'Dirección de Tráfico', 'Ministerio de Salud')
    >>> read(" desde el Palacio Nacional el presidente."), read(" desde el Real Madrid."), read(" desde el Ayuntamiento.", opening=True)
    (None, None, None)
    >>> read(" desde el Congreso, donde se encuentra") is None
    True
    """
    if lex.language != "es":
        return None
    lead = (RE_FROM_BODY_OPENING if opening else RE_FROM_BODY_AFTER).match(text)
    run = _run_at(runs, offset + lead.end()) if lead is not None else None
    if run is None:
        return None
    after = run.end - offset
    if opening and text[after:].strip():
        return None  # "Desde el Ayuntamiento, el alcalde dijo": a subject follows
    if not opening and not RE_ENDS_ATTRIBUTION.match(text, after):
        return None
    head = fold(run.name.split()[0])
    return run if head in lex.body_nouns or lex.speaks(run.name) else None
