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
from dataclasses import replace

from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.names import NameRun
from analysis.sources.run_index import _run_at

RE_FROM_BODY_AFTER = re.compile(r"[ \t]+desde[ \t]+(?:el|la|los|las)[ \t]+", re.IGNORECASE)  # after the verb
# opening the clause, perhaps after a short opening phrase and its comma ("Así, desde el PP", "Por ello, desde el
# Ministerio Público", "En ese contexto, desde el Gobierno"; read27)
RE_FROM_BODY_OPENING = re.compile(
    r"[ \t]*(?:[^\W\d_][^\W\d_ \t]*(?:[ \t]+[^\W\d_]+){0,3}[ \t]*,[ \t]*)?desde[ \t]+(?:el|la|los|las)[ \t]+",
    re.IGNORECASE,
)
# What may stand between an opening body and its verb (read27): an adjective of the body ("desde el Gobierno porteño
# anunciaron"), kept in its name, or one or two words between commas ("Desde el Ejecutivo, además, aseguraron").
RE_BODY_ADJECTIVE = re.compile(r"[ \t]+([a-záéíóúñü]{4,})[ \t]*")
RE_BODY_ASIDE = re.compile(r"[ \t]*,[ \t]*[a-záéíóúñ]+(?:[ \t]+[a-záéíóúñ]+)?[ \t]*,[ \t]*")
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
        kept = _body_before_verb(lex, text, after, run)  # "Desde el Ayuntamiento, el alcalde dijo": a subject
        if kept is None:  # follows; an adjective or an aside between commas does not (read27)
            return None
        run = kept
    if not opening and not RE_ENDS_ATTRIBUTION.match(text, after):
        return None
    head = fold(run.name.split()[0])
    return run if head in lex.body_nouns or lex.speaks(run.name) else None


def _body_before_verb(lex: SourceLexicon, text: str, after: int, run: NameRun) -> NameRun | None:
    """The body ``run`` opening a clause with "desde", when what follows it up to the verb (``text[after:]``, the
    end of ``text`` being the verb's start) is one adjective of the body ("desde el Gobierno porteño anunciaron":
    the run, its name with the adjective) or one or two words between commas ("Desde el Ejecutivo, además,
    aseguraron": the run); None for anything else ("Desde el Ayuntamiento, el alcalde dijo", "Desde el Gobierno le
    ..."): a subject or a clitic follows. :func:`body_from` then asks whether the run names a body, as for any.
    Read27, kinds of misses of spent sets (held-out10, held-out13, held-out22), each read as no statement.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> es = lexicon("es")
    >>> def read(text):
    ...     run = body_from(es, text, 0, name_runs(text, "es"), opening=True)
    ...     return run.name if run else None
    >>> read("Desde el Gobierno porteño "), read("Desde el Ejecutivo, además, "), read("Así, desde el Ministerio Público ")
    ('Gobierno porteño', 'Ejecutivo', 'Ministerio Público')
    >>> read("Desde el Ayuntamiento, el alcalde "), read("Desde el Gobierno también se "), read("Desde el Gobierno le ")
    (None, None, None)
    """
    rest = text[after:]
    aside = RE_BODY_ASIDE.fullmatch(rest)
    if aside is not None and not any(lex.determiner.fullmatch(w + " ") for w in rest.strip(" ,").split()):
        return run
    adjective = RE_BODY_ADJECTIVE.fullmatch(rest)
    word = adjective.group(1) if adjective is not None else ""
    if not word or lex.verb.fullmatch(word) or lex.pronoun.fullmatch(word) or lex.adverbs.search(f" {word} "):
        return None  # "Desde el Gobierno ellos ...", "... también ...": no adjective of the body
    return replace(run, name=f"{run.name} {word}", end=run.end + adjective.end(1) if adjective else run.end)
