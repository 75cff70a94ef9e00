"""A private person written after the verb by a definite noun and no name, in Spanish: "«...», explicó el chofer",
"«...», comenta la madre", "«...», contó el viajero". Who that is when the last speaker is no one named either.

The title rules tie such a noun to a name or give it to the last speaker of its role (speakers.resolve); when nobody
named has spoken, the last speaker may be another unnamed person ("relató un testigo"), and "el chofer" who answers
the witness is not the witness. The sets write such a speaker as the article does: an unnamed subject written before
with the same noun ("La madre del menor hizo público el caso ... «...», comenta la madre": "La madre del menor"),
else the noun phrase itself ("el viajero"). Issue #23, session 24, branch kinds24 (a kind of held-out9's and
held-out19's wrong speakers).
"""

from __future__ import annotations

import re

from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.persons import _strip_determiner
from analysis.sources.pronouns import GENDER, RE_GENDERED

RE_DEFINITE_NOUN = re.compile(r"(?:el|la)\s+(\w+)", re.IGNORECASE)  # "el chofer": a determiner and one noun
RE_PHRASE_OPENING = r"(?:^|(?<=[.!?\n])\s*)(?:El|La)\s+({noun})\s+((?:del|de\s+la|de\s+los|de\s+las|de)\s+\w+)"


def private_noun(lex: SourceLexicon, mention: str) -> str | None:
    """The noun of a Spanish title that is a definite article and a private person's noun (lexicon
    ``private_nouns``, or a witness cue of lexicon ``roles``), folded; None for any other title.

    >>> from analysis.sources.lexicon import lexicon
    >>> es = lexicon("es")
    >>> [private_noun(es, m) for m in ("el chofer", "la madre", "el alcalde", "un chofer", "el chofer del bus")]
    ['chofer', 'madre', None, None, None]
    """
    if lex.language != "es":
        return None
    match = RE_DEFINITE_NOUN.fullmatch(mention.strip())
    if match is None:
        return None
    noun = fold(match.group(1))
    return noun if noun in lex.private_nouns or lex.role_of(mention) == "witness" else None


def _first_noun(speaker: str) -> str:
    """The first word of a speaker's string, folded: the noun of an unnamed speaker ("pasajero del bus")."""
    words = fold(speaker).split()
    return words[0] if words else ""


def written_before(text: str, noun: str, position: int) -> str | None:
    """The unnamed subject opening a sentence before ``position`` with the same noun and a complement ("La madre del
    menor hizo público el caso"), without its article: whom "comenta la madre" stands for. None if there is none.

    >>> written_before("La madre del menor hizo público el caso.\\n«...», comenta la madre.", "madre", 40)
    'madre del menor'
    >>> written_before("Habló con la madre del menor.\\n«...», comenta la madre.", "madre", 30) is None
    True
    """
    pattern = re.compile(RE_PHRASE_OPENING.format(noun=re.escape(noun)), re.IGNORECASE)
    found = None
    for match in pattern.finditer(text, 0, position):
        if match.group(0).lstrip()[:1].isupper():
            found = match
    if found is None:
        return None
    return f"{found.group(1)} {' '.join(found.group(2).split())}"


def as_written(
    lex: SourceLexicon, text: str, mention: str, position: int, last: str | None, last_named: bool
) -> str | None:
    """The speaker of a private person's definite noun after the verb (``mention``, at ``position``) when it is no
    one named: the unnamed subject written before with its noun (:func:`written_before`), else, when the last speaker
    is an unnamed person of another noun (``last_named`` False: "testigo"), the noun itself. None otherwise: the
    title rules read it as before (the last speaker, the person introduced).

    >>> from analysis.sources.lexicon import lexicon
    >>> es = lexicon("es")
    >>> as_written(es, "«...», relató un testigo. «...», explicó el chofer.", "el chofer", 40, "testigo", False)
    'chofer'
    >>> as_written(es, "«...», relató un testigo. «...», agregó el testigo.", "el testigo", 40, "testigo", False) is None
    True
    >>> as_written(es, "«...», dijo Ana Ruiz. «...», explicó el chofer.", "el chofer", 40, "Ana Ruiz", True) is None
    True
    """
    noun = private_noun(lex, mention)
    if noun is None:
        return None
    before = written_before(text, noun, position)
    if before is not None:
        return before
    if last is not None and not last_named and _first_noun(last) != noun:
        return _strip_determiner(lex, mention.strip())  # "el chofer" -> "chofer"
    return None


RE_INDEFINITE_NOUN = re.compile(r"(?:un|una)\s+(\w+)", re.IGNORECASE)  # "un funcionario": someone, a noun


def new_after_unnamed(lex: SourceLexicon, mention: str, last: str | None, last_named: bool) -> bool:
    """Whether a Spanish title with an indefinite article ("un funcionario") names someone new because the last
    speaker is an unnamed person of another noun ("«...», dijo un hombre de Ishii ... «...», dijo un funcionario que
    se identificó como Darío Ahumada": held-out19). A title of a role cue with "un" goes to the last speaker of its role
    otherwise ("«...», dijo un portavoz" after the army spoke); "uno de los ..." is read as before.

    >>> from analysis.sources.lexicon import lexicon
    >>> es = lexicon("es")
    >>> new_after_unnamed(es, "un funcionario", "hombre de Ishii", False)
    True
    >>> new_after_unnamed(es, "un funcionario", "funcionario", False), new_after_unnamed(es, "un portavoz", "Ejército", True)
    (False, False)
    """
    if lex.language != "es" or last is None or last_named:
        return False
    match = RE_INDEFINITE_NOUN.match(mention.strip())
    return match is not None and fold(match.group(1)) not in ("de", _first_noun(last))


def pronoun_for_unnamed(lex: SourceLexicon, text: str, said_at: int, speaker: str, pronoun: str) -> bool:
    """Whether an English "she"/"he" (``pronoun``) stands for the last speaker ``speaker``, someone unnamed written
    with a speaker's noun ("lady", "woman", "resident", "spokesman"), whose sentence (from ``said_at``, where that statement's
    sentence starts) writes the pronoun's gender first: "One lady said she had written to former Prime Minister David
    Cameron who had assured her ... ¶ She added: “...”" is the lady's (read22b, a kind of held-out22's misses: the
    last person named, David Cameron, was given her words). The first gendered word after ``said_at`` in its sentence
    is read (pronouns.RE_GENDERED); none, or the other gender, and the pronoun is read as before.

    >>> from analysis.sources.lexicon import lexicon
    >>> text = "One lady said she had written to David Cameron. She added: “Yes.”"
    >>> pronoun_for_unnamed(lexicon("en"), text, 0, "lady", "She"), pronoun_for_unnamed(lexicon("en"), text, 0, "lady", "He")
    (True, False)
    >>> pronoun_for_unnamed(lexicon("en"), text, 0, "David Cameron", "She")  # a name: read as before
    False
    """
    wanted = GENDER.get(fold(pronoun))
    if lex.language != "en" or wanted is None or speaker[:1].isupper() or not lex.speaks(speaker):
        return False
    first = RE_GENDERED.search(text, said_at)
    return first is not None and GENDER.get(fold(first.group())) == wanted
