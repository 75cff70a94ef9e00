"""A person's affiliation written right after their name, in English: "Rafael Luque of the University of Chicago",
"Lincoln Sennett of Swan Honey". The person speaks; the body they work for only places them. And a person's noun
that is no title, a member of a group ("says worker, Joe Wilkerson": :func:`names_a_group`).

Session 27 (read27), a kind of misses of spent sets: after an English reporting verb, a lower-case word right after
the first name was taken for the reported clause ("said Manafort had lived"), and "..., said study co-author Rafael
Luque of the University of Chicago." (a sentence of held-out16) had no speaker of its own: "of" and a capitalised
word after a person's name are where they work, not what was said. (Before the verb, "Ana Ruiz of Oxford University
said" is cut by :func:`analysis.sources.names._person_of_body`; cutting any "of the" there too gave "Armed Forces"
for "the Armed Forces of the Philippines said" and "Public Affairs Directorate" for "the Public Affairs Directorate of
the Ministry said", and was dropped.)
"""

from __future__ import annotations

import re

from analysis.sources.lexicon import SourceLexicon
from analysis.sources.persons import _is_person
from analysis.sources.phrases import _person_like
from analysis.text.person_groups import compared_group

# " of the University", " of Swan Honey": "of", an optional "the", then a capitalised word
RE_OF_BODY = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")


def affiliated(lex: SourceLexicon, name: str, after: str) -> bool:
    """Whether ``name``, an English person's name (two capitalised words or more, :func:`_is_person`), is followed
    by their affiliation ("of the University of Chicago", "of Swan Honey"): ``after`` is the text right after it.

    >>> from analysis.sources.lexicon import lexicon
    >>> en = lexicon("en")
    >>> affiliated(en, "Rafael Luque", " of the University of Chicago."), affiliated(en, "Ana Ruiz", " of Swan Honey")
    (True, True)
    >>> affiliated(en, "Rafael Luque", " of the discovery"), affiliated(en, "Manafort", " of the Party")
    (False, False)
    >>> affiliated(en, "National Weather Service", " of the United States")  # a body, not a person
    False
    """
    return lex.language == "en" and RE_OF_BODY.match(after) is not None and _person_like(name) and _is_person(lex, name)


def names_a_group(word: str) -> bool:
    """Whether a lower-case word is one member of a group of people that lexicons/person_groups.yaml lists (its
    singular: the list's labels are plural): a person's noun, though no title ("says worker, Joe Wilkerson").

    >>> names_a_group("worker"), names_a_group("nurse"), names_a_group("workers"), names_a_group("Monday")
    (True, True, False, False)
    """
    return word.islower() and compared_group(word) != word
