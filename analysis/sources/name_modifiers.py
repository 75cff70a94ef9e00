"""A name written as a modifier of a speaker's noun: "The Shripney Road resident said ...", "a Labour councillor".

In English a capitalised run right before a lower-case noun of a speaker (a role cue or a speaker noun of
lexicons/sources_en.yaml: "resident", "nurse", "councillor") only says where the speaker lives, works or stands:
the subject is the noun's description, not a person named by the run. Read as a person, the street of "The Shripney
Road resident said ..." became the speaker of every paragraph the resident went on to quote (held-out23, spent in
session 26, branch read23: eleven wrong statements of one excerpt).
"""

from __future__ import annotations

import re

from analysis.sources.lexicon import SourceLexicon

__all__ = ["modifies_a_speaker_noun"]

RE_NOUN_AFTER = re.compile(r"[ \t]+([a-z][a-z-]*)(?![\w’'-])")  # the lower-case word right after a name


def modifies_a_speaker_noun(lex: SourceLexicon, text: str, end: int) -> bool:
    """Whether the name ending at ``end`` of ``text`` modifies the lower-case speaker's noun written right after it
    (English only: Spanish writes the noun first, "el vecino de Shripney Road").

    >>> from analysis.sources.lexicon import lexicon
    >>> en = lexicon("en")
    >>> text = "The Shripney Road resident said the rain came back."
    >>> modifies_a_speaker_noun(en, text, text.index(" resident"))
    True
    >>> text = "Annette Denby said the rain came back."
    >>> modifies_a_speaker_noun(en, text, text.index(" said"))
    False
    >>> text = "The Shripney Road bridge was closed."
    >>> modifies_a_speaker_noun(en, text, text.index(" bridge"))
    False
    """
    if lex.language != "en":
        return False
    after = RE_NOUN_AFTER.match(text, end)
    return after is not None and lex.speaks(after.group(1))
