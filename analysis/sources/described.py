"""A person described by a noun phrase instead of a name: "El suizo explicó", "se alegró el suizo", "el manager
capitalino" before a name, "cuestionó una señora" (someone new); Spanish only.

Split from :mod:`analysis.sources.subjects` (session 14).
"""

from __future__ import annotations

import re

from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.phrases import ADJUNCT_BREAKS, PHRASE_LINKS, RE_GERUND

RE_DESCRIBED = re.compile(r"[\s,]*(?:el|la)\s+([a-záéíóúñü]{3,})(?:\s+([a-záéíóúñü]{3,}))?\s*", re.IGNORECASE)
PRENOMINAL = frozenset(
    {"propio", "propia", "mismo", "misma", "nuevo", "nueva", "antiguo", "antigua", "citado", "citada"}
)
RE_PLURAL_NOUN = re.compile(r"(?:[aeiou]s|[^aeiouáéíóú\s]es)$")  # "isleños", "mujeres"; not "el francés"
RE_CLAUSE_OPENS = re.compile(r"(?:^|[.;:!?\n,«»\"“”]|(?<!\w)(?:y|e|pero|aunque|mientras|luego|después|también))\s*$")


def _described_person(lex: SourceLexicon, mention: str, before: str) -> bool:
    """Whether a definite singular noun phrase the lexicon knows as no speaker's cue is a reporting verb's subject
    describing a person (q11es, a kind of misses of held-out3, 6, 8, 9 and 10: "El suizo explicó que", "El persecutor
    destacó que", "se alegró el suizo", "ha inquirido la conservadora", "El hombre dijo"): "el"/"la" and one lower-case
    noun, perhaps one adjective after it ("el deportista tapatío"), the noun none of the lexicon's ``thing_nouns``
    (documents, figures, groups: "el informe", "la cifra", "el sector"), ``body_nouns`` nor ``place_nouns``, the
    adjective no link ("de", "que"); opening its clause (``before``, the text before it, ends a sentence, a comma or a
    conjunction). Spanish only: "the" + any noun is read by the English rules.

    >>> from analysis.sources.lexicon import lexicon
    >>> es = lexicon("es")
    >>> [_described_person(es, m, "Ayer.") for m in (" El suizo", " el deportista tapatío", " La conservadora")]
    [True, True, True]
    >>> [_described_person(es, m, "Ayer.") for m in (" El informe", " la cifra oficial", " el sector", " el ministerio")]
    [False, False, False, False]
    >>> _described_person(es, " el partido", "Tras ver"), _described_person(es, " el hombre", "Tras ver")
    (False, False)
    """
    if lex.language != "es":
        return False
    match = RE_DESCRIBED.fullmatch(mention)
    if match is None or RE_CLAUSE_OPENS.search(before) is None:
        return False
    noun, adjective = fold(match.group(1)), fold(match.group(2) or "")
    if noun in PRENOMINAL:
        noun, adjective = adjective, ""  # "el propio reportaje", "el nuevo técnico": the noun is the second word
    if noun in lex.thing_nouns or noun in lex.body_nouns or noun in lex.place_nouns or noun in lex.date_words:
        return False  # "el informe", "el ministerio", "el hospital", "dijo el lunes"
    if f"{noun} {adjective}" in lex.thing_nouns or RE_PLURAL_NOUN.search(match.group(1)):
        return False  # "la cifra oficial"; "dijo el isleños": a group (or a slip), no one person
    if adjective and (adjective in PHRASE_LINKS or adjective in ADJUNCT_BREAKS or lex.verb.fullmatch(adjective)):
        return False
    return not lex.verb.fullmatch(noun) and not RE_GERUND.search(noun)


RE_AND_AFTER = re.compile(r"\s+(?:y|e)\s", re.IGNORECASE)


def _described_after(lex: SourceLexicon, chunk: str, rest: str) -> bool:
    """:func:`_described_person` of a subject written after its verb ("se alegró el suizo", ``chunk``, cut from
    ``rest``), unless "y"/"e" goes on from it: "dijo la actriz y modelo japonesa Ai Hashimoto" is one title of the
    name after it, not a person described alone.

    >>> from analysis.sources.lexicon import lexicon
    >>> es = lexicon("es")
    >>> _described_after(es, "el suizo", " el suizo, que tuvo"), _described_after(es, "la actriz", " la actriz y modelo Ai")
    (True, False)
    """
    at = rest.find(chunk)
    return _described_person(lex, chunk, "") and not (at >= 0 and RE_AND_AFTER.match(rest, at + len(chunk)))


RE_DESCRIPTION_ENDING = re.compile(r"(?:^|(?<=[\s,]))(?:el|la)\s+[a-záéíóúñü]+(?:\s+[a-záéíóúñü]+)?\s*$", re.IGNORECASE)


def _described_before_name(lex: SourceLexicon, before: str) -> bool:
    """Whether ``before`` (the text right before a name) ends with a definite noun phrase describing a person that
    opens its clause (:func:`_described_person`): "Previo a este encuentro, el manager capitalino" before "José
    Alguacil ofreció declaraciones" introduces him as the clause's subject, as a title would (q11es, a kind of
    held-out10's misses). "tras ver el partido" before a name does not.

    >>> from analysis.sources.lexicon import lexicon
    >>> es = lexicon("es")
    >>> _described_before_name(es, "Previo a este encuentro, el manager capitalino")
    True
    >>> _described_before_name(es, "Tras ver el partido"), _described_before_name(es, "Mientras, el informe")
    (False, False)
    """
    match = RE_DESCRIPTION_ENDING.search(before, max(0, len(before) - 60))
    return match is not None and _described_person(lex, match.group(), before[: match.start()])


RE_NEWCOMER = re.compile(
    r"(?:un|una|otro|otra|(?:uno|una)\s+de\s+(?:los|las))\s+([a-záéíóúñü]{3,})(?:\s+([a-záéíóúñü]{3,}))?"
    r"(?:\s+(?:del|de\s+la|de\s+los|de\s+las)\s+([a-záéíóúñü]{3,})"  # "uno de los voceros del sindicato" (q12es)
    r"|\s+de\s+(?-i:[A-ZÁÉÍÓÚÑ])[a-záéíóúñü]{2,})?",  # "dijo un hombre de Ishii": one place's or body's name (kinds24)
    re.IGNORECASE,
)


def _described_newcomer(lex: SourceLexicon, chunk: str, rest: str) -> bool:
    """Whether the subject after a verb is someone new, described by an indefinite noun phrase no cue knows: "cuestionó
    una señora", "preguntó otra habanera", "expresó uno de los entrevistados" (q11es, a kind of held-out10's misses: the
    statement went to the last speaker). The noun (singular of a plural after "uno de los") is none of the lexicon's
    ``thing_nouns``, body or place nouns ("informó un comunicado", "dijo una fuente"); Spanish only; no "y"/"e" goes on
    from it (:func:`_described_after`). The speaker is the description itself (speakers.resolve: an indefinite
    title is never the last speaker described again).

    >>> from analysis.sources.lexicon import lexicon
    >>> es = lexicon("es")
    >>> [_described_newcomer(es, c, " " + c + ".") for c in ("una señora", "otra habanera", "uno de los entrevistados")]
    [True, True, True]
    >>> [_described_newcomer(es, c, " " + c + ".") for c in ("un comunicado", "una fuente", "uno de los informes")]
    [False, False, False]
    """
    match = RE_NEWCOMER.fullmatch(chunk) if lex.language == "es" else None
    if match is None:
        return False
    at = rest.find(chunk)
    if at >= 0 and RE_AND_AFTER.match(rest, at + len(chunk)):
        return False
    noun, adjective = fold(match.group(1)), fold(match.group(2) or "")
    singulars = {noun, noun[:-1], noun[:-2]} if " de " in fold(chunk) else {noun}  # "informes", "entrevistados"
    nouns = lex.thing_nouns | lex.body_nouns | lex.place_nouns | lex.date_words
    if singulars & nouns:
        return False
    if adjective and (adjective in PHRASE_LINKS or adjective in ADJUNCT_BREAKS or lex.verb.fullmatch(adjective)):
        return False
    return not lex.verb.fullmatch(noun) and not RE_GERUND.search(noun)
