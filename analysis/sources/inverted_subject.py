"""An English verb of saying whose only words after it, to the sentence's end, are a person's name and the title
in lower case before it: "..., Essential News Production System, said chief financial officer Ken Dale." The
order is inverted (the clause said comes before the comma), so the capitalised name right before the verb is the
clause's last word, not the speaker, and the words after the verb are no clause said. Issue #23, session 27,
branch dev27q (a kind of dev27's misses: the AP's wire copy gave a software's name as the speaker of its chief
financial officer's words).
"""

from __future__ import annotations

import bisect
import re

from analysis.sources.names import NameRun
from analysis.sources.run_index import _starts

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
