"""A speaker written as an acronym of a name the article spells out: "The AP eliminated its debt and said ..." after
"The Associated Press said Wednesday ..." is The Associated Press. The acronym is the initials of the name's
capitalised words (connectors like "of", "de" left out). Issue #23, session 27, branch dev27q (a kind of dev27's
misses: the AP's wire copy on its own results).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from analysis.sources.lexicon import SourceLexicon
from analysis.sources.persons import _is_person

RE_ACRONYM = re.compile(r"[A-Z]{2,5}")
SKIPPED = frozenset({"of", "the", "and", "for", "de", "del", "la", "las", "los", "el", "y"})


def spelled_out(acronym: str, names: Iterable[str], lex: SourceLexicon) -> str | None:
    """The one name of ``names`` whose capitalised words' initials are ``acronym`` (an all-capital word of two to
    five letters) and that is no person's name, else None (none, or several).

    >>> from analysis.sources.lexicon import lexicon
    >>> en = lexicon("en")
    >>> spelled_out("AP", ["Gary Pruitt", "Associated Press"], en)
    'Associated Press'
    >>> spelled_out("IMF", ["International Monetary Fund", "IMF"], en)
    'International Monetary Fund'
    >>> spelled_out("AP", ["Ana Pérez"], en) is None  # a person's initials are no acronym of hers
    True
    """
    if not RE_ACRONYM.fullmatch(acronym):
        return None
    found = {
        name
        for name in names
        if len(words := [w for w in name.split() if w.lower() not in SKIPPED]) == len(acronym)
        and all(w[:1].isupper() for w in words)
        and "".join(w[0] for w in words) == acronym
        and not _is_person(lex, name)
    }
    return found.pop() if len(found) == 1 else None
