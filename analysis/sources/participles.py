"""Who speaks a quotation written inside a participle clause of saying, in English (q13en: partial quotations in
reported speech, the largest kind of English misses; this one in dev, blind, held-out2, 3, 5, 7 and 9): "President
Ann Lee reacted swiftly to the ruling, describing it as a “political decision”" and "While praising the “small
compromises” of the budget, Mayor Tom Ray said ..." The participle's subject is the main clause's: the first person
or body named in the clause before the participle, or, when the participle opens the sentence, the first named after
its clause's comma. Lexicon ``saying_gerunds``: gerunds that say something of what they quote (describing, accusing,
calling, characterising, saying, telling ...).
Read by :mod:`analysis.sources.direct`.
"""

from __future__ import annotations

import bisect
import re

from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.name_context import _after_preposition
from analysis.sources.names import NameRun
from analysis.sources.persons import _is_person, _is_place
from analysis.sources.run_index import _starts
from analysis.sources.subjects import _Subject

RE_WORDS = re.compile(r"[^\W\d_]+")
RE_BREAK = re.compile(r"[.;:!?«»“”\"]|\n")  # nothing of this between the participle and its quotation
RE_LEAD_IN = re.compile(r"[ \t]*[:;][ \t]*\n?[ \t]*$")  # "saying: ", "saying;", "saying:" ending its line
RE_PAIR = re.compile(r",?\s+(?:and|&)\s+[A-Z]")  # a second name joined to the first
# a dateline opening the sentence: "NEW YORK (AP) — ", "ABC News(WASHINGTON) — "
RE_DATELINE = re.compile(r"[^\n—–]{0,40}?\b[A-Z]{2,}[A-Z ,.]*\)?\s*[—–]\s*")
RE_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]")
CLAUSE_LINKS = frozenset({"while", "after", "before", "by", "when", "as"})  # before a participle: "quoted as saying"


def _participle_speaker(
    text: str, a: int, mark_start: int, mark_end: int, sentence_end: int, lex: SourceLexicon, runs: list[NameRun]
) -> _Subject | None:
    """The main clause's subject of a participle of saying that frames the quotation at ``mark_start`` (sentence
    ``a``-``sentence_end``), or None.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "President Ann Lee reacted swiftly to the ruling, describing it as a “political decision”."
    >>> _participle_speaker(text, 0, text.index("“"), text.index("”") + 1, len(text), lexicon("en"),
    ...                     name_runs(text, "en")).name
    'Ann Lee'
    >>> text = "While praising the “small compromises” of the budget, Mayor Tom Ray said taxes would stay."
    >>> _participle_speaker(text, 0, text.index("“"), text.index("”") + 1, len(text), lexicon("en"),
    ...                     name_runs(text, "en")).name
    'Tom Ray'
    >>> text = "Ann Lee left the court, carrying a sign that read “justice now”."  # a participle of no saying
    >>> _participle_speaker(text, 0, text.index("“"), text.index("”") + 1, len(text), lexicon("en"),
    ...                     name_runs(text, "en")) is None
    True
    """
    if not lex.saying_gerunds:
        return None
    words = list(RE_WORDS.finditer(text, a, mark_start))
    for at, word in enumerate(words):
        lead_in = RE_LEAD_IN.search(text, word.end(), mark_start)  # "by saying: “...”": the colon introduces it
        if RE_BREAK.search(text, word.end(), lead_in.start() if lead_in else mark_start):
            continue  # a quotation or a sentence's end between the participle and the quotation
        if fold(word.group()) not in lex.saying_gerunds:
            continue
        previous = fold(words[at - 1].group()) if at else ""
        opens = at == 0 or (at == 1 and previous in CLAUSE_LINKS)
        if opens:  # "While praising the “...” of the budget, Mayor Tom Ray said": the name after the clause
            comma = text.find(",", mark_end, sentence_end)
            return _subject_in(text, comma + 1, sentence_end, lex, runs, lead=40, capitalised=True) if comma > 0 else None
        if previous not in CLAUSE_LINKS and "," not in text[word.start() - 3 : word.start()]:
            continue  # a participle after a comma or a link (", describing it as", "after telling"): not "a man
            # describing"
        return _subject_in(text, a, word.start(), lex, runs)
    return None


def _subject_in(
    text: str, lo: int, hi: int, lex: SourceLexicon, runs: list[NameRun], lead: int = 80, capitalised: bool = False
) -> _Subject | None:
    """The first name in ``text[lo:hi]`` written within ``lead`` characters of ``lo`` that may be a clause's subject:
    no place, no owner ("Tom's"), after no preposition, and no reporting verb before it; with ``capitalised``, only
    capitalised words before it (its title: "Toronto Mayor Rob Ford", not "the new plan of Rob Ford")."""
    dateline = RE_DATELINE.match(text, lo, hi)
    lo = dateline.end() if dateline else lo
    first = bisect.bisect_left(_starts(runs), lo)
    for at, run in enumerate(runs[first:], first):
        if run.end > hi or run.start > lo + lead:
            return None
        before = text[lo : run.start]
        if RE_BREAK.search(before):
            return None  # the clause's subject is written before any quotation in it
        following = runs[at + 1] if at + 1 < len(runs) else None
        if following and _title_between(text[run.end : following.start], lex):
            continue  # "Fellow judge Boyd Tonkin", "Reform UK leader Nigel Farage": a title's words before the name
        if following and _body_of_title(text[run.end : following.start], run, following, lex):
            continue  # "White House press secretary Sean Spicer": the body the person's title names
        if lex.verb.search(before) or (capitalised and RE_LOWER_WORD.search(before)):
            return None
        if (
            run.name.endswith(("'s", "’s"))
            or run.name.isupper()  # a dateline ("WASHINGTON —")
            or text[run.start - 1 : run.start] == "("  # an agency's ("WASHINGTON (ABC News) —")
            or _is_place(run.name, lex.language)
            or _after_preposition(before)
            or fold(run.name) in lex.not_names
        ):
            continue
        if RE_PAIR.match(text, run.end):
            return None  # "Natasha Walter and Shena Mackay launched ...": two speakers, none of them alone
        return _Subject("name", run.name, run.name)
    return None


def _title_between(gap: str, lex: SourceLexicon) -> bool:
    """Whether ``gap``, between two names, is one to three words of a title ("leader", "judge"): the first name is
    the title's body or its first word, not the subject ("Reform UK leader Nigel Farage").

    >>> from analysis.sources.lexicon import lexicon
    >>> [_title_between(gap, lexicon("en")) for gap in (" leader ", " UK leader ", " met the ", " UK ", " editor ")]
    [True, True, False, False, True]
    """
    words = gap.split()
    if not (0 < len(words) <= 3 and gap[:1].isspace() and gap[-1:].isspace()):
        return False
    titles = [
        w
        for w in words
        if w.islower()
        and (fold(w) in lex.role_words or lex.speaker_noun.fullmatch(fold(w)) or lex.speaker_role(w) != "unknown")
    ]  # a role shown only is a title's word too: "Advertiser editor Doug Melloy" (read22b)
    abbreviations = [w for w in words if w.isupper() and len(w) <= 5]  # "Reform UK leader": the body's last word
    return bool(titles) and len(titles) + len(abbreviations) == len(words)


def _body_of_title(gap: str, run: NameRun, following: NameRun, lex: SourceLexicon) -> bool:
    """Whether the name ``run`` is a body whose person's title and name follow it (``gap`` between them): "White House
    press secretary Sean Spicer". At most four words between, no comma, no reporting verb, and a person after them.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> runs = name_runs("White House press secretary Sean Spicer", "en")
    >>> _body_of_title(" press secretary Sean ", runs[0], runs[-1], lexicon("en"))
    True
    """
    return (
        len(gap.split()) <= 4 and "," not in gap and lex.verb.search(gap) is None
        and not _is_person(lex, run.name) and _is_person(lex, following.name)
    )  # fmt: skip
