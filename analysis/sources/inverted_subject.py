"""Who the words right after a verb of saying are when they are no clause said. An English verb whose only words
after it, to the sentence's end, are a person's name and the title in lower case before it: "..., Essential News
Production System, said chief financial officer Ken Dale." The order is inverted (the clause said comes before the
comma), so the capitalised name right before the verb is the clause's last word, not the speaker. And a Spanish
"según" with a verb whose source is followed by whom it spoke to ("Según señaló el comisario general Claudio
Vignetta a La Voz, CLAUSE"): the audience, not a clause going on from the source. Issue #23, session 27, branch
dev27q (kinds of dev27's misses: the AP's wire copy gave a software's name as the speaker of its chief financial
officer's words; La Voz's police chief's count was lost).
"""

from __future__ import annotations

import bisect
import re

from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.names import NameRun
from analysis.sources.run_index import _starts
from analysis.sources.subjects import _Subject

TITLE_WORDS = 5  # lower-case words at most between the verb and the name ("chief financial officer")
RE_TITLE_WORD = re.compile(r"[a-z][a-z.’'-]*")


def only_a_speaker_after(text: str, verb_end: int, end: int, runs: list[NameRun]) -> bool:
    """Whether ``text[verb_end:end]`` (the words after a verb of saying, to its sentence's end) is only a person's
    name of two words or more with up to :data:`TITLE_WORDS` lower-case words before it: the speaker of an inverted
    attribution, no clause.

    >>> from analysis.sources.names import name_runs
    >>> def after(text):
    ...     at = text.index(" said ") + 5 if " said " in text else text.index(" saying ") + 7
    ...     return only_a_speaker_after(text, at, len(text), name_runs(text, "en"))
    >>> after("Sales will come from its software, Essential News, said chief financial officer Ken Dale.")
    True
    >>> after("Sales will come from its software, Essential News, said Ken Dale.")
    True
    >>> after("Ana Gil said chief executive Ken Dale will leave.")  # a clause with a name as its subject
    False
    >>> after("Ana Gil said the company hired Ken Dale.")
    False
    >>> after("Kemp declined, saying he would comment at Antonio's Aug. 27 sentencing.")  # the name ends no sentence
    False
    """
    at = bisect.bisect_left(_starts(runs), verb_end)
    for run in runs[at:]:
        if run.start >= end:
            return False
        title = text[verb_end : run.start].split()
        if len(title) > TITLE_WORDS or not all(RE_TITLE_WORD.fullmatch(w) for w in title):
            return False
        if title and title[0] in ("the", "a", "an"):
            return False  # "said the company hired Ken Dale": a clause's subject, not a title
        return len(run.name.split()) >= 2 and text[run.end : end].strip(" .\t\n") == ""
    return False


RE_AUDIENCE = re.compile(r"\s*(\w+)\s+(?:(?:la|el|los|las)\s+)?[A-ZÁÉÍÓÚÑ][^,;:.]{0,40}$")


def told_to_whom(lex: SourceLexicon, text: str, subject: _Subject, source_at: int, comma: int) -> bool:
    """Whether the words between a marker's source and the comma closing it are whom the source spoke to ("Según
    señaló el comisario general Claudio Vignetta a La Voz, CLAUSE": a link of the lexicon's ``audience_links`` and
    a capitalised name), not the clause going on from the source; read only after a marker followed by a verb of
    saying ("según señaló", "según dijo"). Issue #23, session 27, branch dev27q (a kind of dev27's misses).

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.subjects import _Subject
    >>> text = "Según señaló el comisario Ana Gil a La Voz, hubo 30 allanamientos."
    >>> told_to_whom(lexicon("es"), text, _Subject("name", "Ana Gil", "Ana Gil"), 13, text.index(","))
    True
    >>> text = "Según señaló el comisario Ana Gil a la gente le falta trabajo, hubo 30 allanamientos."
    >>> told_to_whom(lexicon("es"), text, _Subject("name", "Ana Gil", "Ana Gil"), 13, text.index(","))
    False
    """
    mention = subject.mention or ""
    at = text.find(mention, source_at, comma) if mention else -1
    if at < 0:
        return False
    audience = RE_AUDIENCE.match(text, at + len(mention), comma)
    return audience is not None and fold(audience.group(1)) in lex.audience_links
