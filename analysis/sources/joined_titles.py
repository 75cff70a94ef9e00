"""Two capitalised titles joined by "and" before a person's name, after an English reporting verb: "said Waterville
Police Chief and Emergency Manager John Manning" is John Manning's. Read27 (session 27), a kind of misses of spent
sets named in issue #23 ("a capitalised title right before a name after the verb"): held-out8's quotation went to
"Waterville Police Chief", the first title's run, the name run being cut at "and".
"""

from __future__ import annotations

import bisect

from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.names import NameRun
from analysis.sources.persons import _is_person
from analysis.sources.run_index import _starts


def person_after_joined_titles(lex: SourceLexicon, run: NameRun, runs: list[NameRun]) -> str | None:
    """The person named after two capitalised titles joined by "and", ``run`` being the first title's run (its
    last word a person's title, lexicon ``person_titles``): the next run, right after " and ", holds the second
    title's words, its last a person's title, then a person's name of two words or more (:func:`_is_person`); or a
    title cue opened it ("Deputy Mayor Ann Lee") and its name is a person's.
    English only; None for anything else ("said Ana Ruiz and Tom Hill", "said Police Chief and Mayor").

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> def read(text):
    ...     runs = name_runs(text, "en")
    ...     return person_after_joined_titles(lexicon("en"), runs[0], runs)
    >>> read("said Waterville Police Chief and Emergency Manager John Manning.")
    'John Manning'
    >>> read("said Fire Chief and Deputy Mayor Ann Lee.")
    'Ann Lee'
    >>> read("said Police Chief Ana Ruiz and Tom Hill."), read("said Ana Ruiz and Tom Hill."), read("said Police Chief and Mayor.")
    (None, None, None)
    """
    if lex.language != "en" or lex.person_title.fullmatch(fold(run.name.rsplit(None, 1)[-1])) is None:
        return None
    index = bisect.bisect_right(_starts(runs), run.start)
    after = runs[index] if index < len(runs) else None
    if after is None or run.text[run.end : after.start] != " and ":
        return None
    if after.title and lex.person_title.fullmatch(fold(after.title.rsplit(None, 1)[-1])):
        return after.name if _is_person(lex, after.name) else None  # "Deputy Mayor Ann Lee": a title cue opened it
    words = after.name.split()
    titles = [i for i, w in enumerate(words) if lex.person_title.fullmatch(fold(w))]
    if not titles or len(words) - titles[-1] - 1 < 2:
        return None
    person = " ".join(words[titles[-1] + 1 :])
    return person if _is_person(lex, person) else None
