"""A name joined by "y" to a name a preposition or a governed noun frames is framed too: "la defensa de los asesinos
Facundo Oscar Mancilla y Eduardo Javier Acosta ya adelantó que ...": both are governed by "de", neither is the
verb's subject (q13es: read alone, "Eduardo Javier Acosta" had the statement of his defence).
"""

from __future__ import annotations

import bisect
import re

from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.name_context import _after_governed_noun, _after_preposition
from analysis.sources.names import NameRun
from analysis.sources.persons import ARTICLES
from analysis.sources.run_index import _ends

RE_AND_END = re.compile(r"\s+(?:y|e)\s+$", re.IGNORECASE)


def joined_to_framed(pre: str, offset: int, run: NameRun, lex: SourceLexicon, runs: list[NameRun]) -> bool:
    """Whether the name ``run`` (ending at or before ``offset``, the end of ``pre``) follows "y" after another name
    that follows a preposition or a governed noun (name_context._after_preposition, _after_governed_noun).

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "La defensa de los hermanos Luis Gil y Ana Mar ya adelantó que apelará."
    >>> runs = name_runs(text, "es")
    >>> pre = text[: text.index(" ya")]
    >>> joined_to_framed(pre, len(pre), runs[-1], lexicon("es"), runs)
    True
    >>> text = "El ministro Luis Gil y Ana Mar adelantaron que apelarán."
    >>> runs = name_runs(text, "es")
    >>> pre = text[: text.index(" adelantaron")]
    >>> joined_to_framed(pre, len(pre), runs[-1], lexicon("es"), runs)
    False
    """
    if lex.language != "es":
        return False  # tried on English too: held-out11 lost a right indirect statement
    start = len(pre) - (offset - run.start)  # the run's start within ``pre``
    joint = RE_AND_END.search(pre[max(0, start - 5) : start])
    if joint is None or start < 0:
        return False
    joint_at = max(0, start - 5) + joint.start()  # where the white space before "y" starts, within ``pre``
    at = bisect.bisect_right(_ends(runs), offset - len(pre) + joint_at) - 1
    if at < 0 or runs[at].end != offset - len(pre) + joint_at:
        return False  # no name right before "y"
    first = len(pre) - (offset - runs[at].start)
    if first < 0:
        return False
    before = pre[:first]
    return _after_preposition(before) or _after_governed_noun(before, lex) or _of_a_noun(before, lex)


def _of_a_noun(before: str, lex: SourceLexicon) -> bool:
    """Whether a name right after ``before`` follows "de", an article and a lower-case noun that names no speaker
    ("de los asesinos ", "del hermano "): the noun's complement, as _after_governed_noun reads "por el partido".

    >>> from analysis.sources.lexicon import lexicon
    >>> _of_a_noun("La defensa de los hermanos ", lexicon("es")), _of_a_noun("con el ministro ", lexicon("es"))
    (True, False)
    """
    words = before.split()[-3:]
    folded = [fold(w) for w in words]
    if len(words) == 3 and folded[0] == "de" and folded[1] in ARTICLES:
        noun = words[2]
    elif len(words) >= 2 and folded[-2] == "del":
        noun = words[-1]
    else:
        return False
    return lex.language == "es" and noun.isalpha() and noun.islower() and not lex.speaks(noun)
