"""The attribution written after a quotation: right after its closing mark ("«...», dijo Peskov", "\"...,\" Powell
said", "“...,” Alice Bowman, the mission manager, announced", "“...” Solskjaer said."), or closing its sentence
after a comma further on ('There was "zero political influence" in the decision, Tombini said.').
Split from :mod:`analysis.sources.direct` (session 16), which reads a quotation's speaker with them.
"""

from __future__ import annotations

import re

from analysis.config import settings
from analysis.sources.clause_stops import _clause_stop
from analysis.sources.frames import (
    _affiliation_then_verb,
    _apposition_closes,
    _someone_unnamed,
)
from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.names import HONORIFICS, NameRun
from analysis.sources.persons import _is_person
from analysis.sources.run_index import _run_at
from analysis.sources.subject_after import _subject_after
from analysis.sources.subjects import RE_APPOSITION, _is_gerund, _Subject, _subject_before, capitalised_title_aside

RE_LINK = re.compile(r"\s*[,]?\s*[—–-]?\s*")
RE_POST_RELATIVE = re.compile(r",\s*(?:who|quien|quienes)\b[^\n.;]{1,120}?,\s*")  # ", who once boasted ..., "
RE_POSSESSIVE_TITLE = re.compile(r"\s+(?:su|sus|his|her|its|their)\s+[^,.;:«»\"“”\n]{2,60},\s*")  # "su presidente, "
RE_FIRST_WORDS = re.compile(r"([^,;:«»\"“”\n]{1,70}?)\s+(?=\S)")


RE_FINAL_COMMA = re.compile(r",\s+(?=\S)")
RE_ANY_MARK = re.compile(r"[«»“”\"‘’]")


def _closing_attribution(
    text: str, start: int, mark_end: int, sentence_end: int, lex: SourceLexicon, runs: list[NameRun]
) -> _Subject | None:
    """The speaker of an attribution that closes a quotation's sentence after a comma, further on than the closing
    mark: 'There was "zero political influence" in the decision, Tombini said.', 'La economía "ha resistido" y
    evoluciona "mejor", afirmó Georgieva.' (q9rules, a kind of misses of held-out3, 4 and 8). The attribution (from
    its comma to the sentence's end) has at most ``final_attribution_words`` words, no quotation mark, and reads
    as one written after a closing mark (a name, title or pronoun with a reporting verb, :func:`_postposed`); a
    quotation of fewer than ``continuation_min_words`` words with another quotation after it is left alone.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = 'There was "zero influence" in the decision, Tombini said. Next.'
    >>> at = text.index("zero")
    >>> _closing_attribution(text, at, at + 15, text.index("Next"), lexicon("en"), name_runs(text, "en")).name
    'Tombini'
    >>> text = 'There was "zero influence" in the decision, which the bank said was fair. Next.'
    >>> _closing_attribution(text, at, at + 15, text.index("Next"), lexicon("en"), name_runs(text, "en")) is None
    True
    """
    tail = text[mark_end:sentence_end].rstrip()
    commas = list(RE_FINAL_COMMA.finditer(tail))
    if not commas:
        return None
    comma = commas[-1]
    attribution = tail[comma.start() :]
    if len(commas) > 1 and _apposition_closes(tail, commas[-2].start(), comma.start(), lex):
        comma = commas[-2]  # ', said Prisco Nilo, the head of the country's weather bureau.': the name's apposition
        attribution = tail[comma.start() : commas[-1].start()] + "."
    if RE_ANY_MARK.search(attribution) or len(attribution.split()) > settings().sources.final_attribution_words:
        return None
    if lex.verb.search(attribution) is None:
        return None  # ", according to Reuters.": the source of the report, not who said the quoted words
    if RE_ANY_MARK.search(tail, 0, comma.start()) and len(text[start:mark_end].split()) < (
        settings().sources.continuation_min_words
    ):
        return None  # '"tienen intención" de atacar: "Estamos preparados", dijo un portavoz': a short quotation
        # before another one is no statement of the speaker closing the sentence
    if attribution[-1:] not in ".!?" and sentence_end < len(text) and text[sentence_end - 1 : sentence_end] != "\n":
        return None
    subject = _postposed(text, mark_end + comma.start(), lex, runs)
    return subject if subject is not None and subject.kind in ("name", "title", "pronoun") else None


def _postposed(text: str, mark_end: int, lex: SourceLexicon, runs: list[NameRun]) -> _Subject | None:
    """The attribution written after a closing quote mark, if any."""
    line_end = text.find("\n", mark_end)
    window = text[mark_end : (line_end if line_end >= 0 else len(text))][:240]
    link = RE_LINK.match(window)
    assert link is not None  # every part of the pattern is optional
    rest = window[link.end() :]
    inside = mark_end - (3 if text[mark_end - 2 : mark_end] in ("’’", "''") else 2)  # the last character in the marks
    joined = bool(link.group().strip()) or text[inside : inside + 1] in ",?!‚"  # (‘‘...,’’ closes with two, s. 21)
    if joined and (unnamed := _someone_unnamed(rest, lex)) is not None:
        return unnamed  # '“...,” a senior police officer told NAN': someone new, not the last speaker (q13en)
    reference = lex.back_reference.match(rest) if joined else None  # "«...», así lo dijo el concejal X"
    after_reference = len(rest) - len(rest[reference.end() :].lstrip()) if reference else 0
    clitic = lex.clitic.match(rest, after_reference)  # "«...», le ha dicho": a clitic may come before the verb
    verb = lex.verb.match(rest, clitic.end() if clitic else 0)
    if verb is None and reference is not None:
        clitic = lex.clitic.match(rest)
        verb = lex.verb.match(rest, clitic.end() if clitic else 0)
    if verb is None and joined and reference is None:
        verb = lex.quote_verb.match(rest)  # '“...,” charged one resident.': a verb that reports only here (read25)
    if verb and _is_gerund(verb.group()):
        return None  # '"...," pointing out that "...": a gerund attributes what follows it, not this quote
    if verb:
        if not joined and not rest[:1].islower():
            return None
        return _subject_after(rest[verb.end() :], mark_end + link.end() + verb.end(), lex, runs)
    if not joined:
        return _name_and_verb_alone(text, mark_end + link.end(), lex, runs)
    according = lex.according_to.match(rest)  # "«...», según su presidente ejecutivo, Juan Jesús Armas."
    if according:
        said = lex.verb.match(rest, len(rest) - len(rest[according.end() :].lstrip()))
        if said is not None and said.group().split()[-1][-1:] in "óo":  # "según ha declarado a la Cadena SER el
            according = said  # alcalde": the verb's subject, past the medium spoken to (session 18); only a past
            # form ("declaró", "ha declarado") was tried on the sets: "según dice X" is read as before
        source = _subject_after(rest[according.end() :], mark_end + link.end() + according.end(), lex, runs)
        owned = RE_POSSESSIVE_TITLE.match(rest, according.end()) if source.kind == "implied" else None
        named = _run_at(runs, mark_end + link.end() + owned.end()) if owned else None
        if named is not None and _is_person(lex, named.name):
            return _Subject("name", named.name, named.name)  # "según su presidente ejecutivo, Juan Jesús Armas"
        head = " ".join((source.mention or "").split()[:2])  # "los datos del Banco Central": data, no speaker
        return source if source.kind == "name" or (source.kind == "title" and lex.speaks(head)) else None
    named = _run_at(runs, mark_end + link.end())
    relative = RE_POST_RELATIVE.match(text, named.end) if named is not None else None
    if named is not None and relative and lex.verb.match(text, relative.end()):
        return _Subject("name", named.name, named.name)  # '"...," Cohen, who once boasted ..., told the judge'
    if named is not None and _apposition_then_verb(text, named.end, lex):
        return _Subject("name", named.name, named.name)  # '“...,” Alice Bowman, the mission manager, announced'
    if named is not None and _affiliation_then_verb(text, named.end, lex, runs):
        return _Subject("name", named.name, named.name)  # '"...," Sgt. Ann Lee with the Fort Smith Police told'
    if named is None and (addressed := _addressed_then_apposition(text, mark_end + link.end(), lex, runs)):
        return _Subject("name", addressed.name, addressed.name)  # '“...,” Mr Tom Hill, 61, said'
    if (
        named is None
        and joined
        and not _named_work(text, mark_end)
        and (titled := _title_then_named(text, mark_end + link.end(), lex, runs))
    ):
        return _Subject("name", titled.name, titled.name)  # '"...," the fire chief, Tom Ray, said' (session 18)
    opening = rest.split(None, 1)[:1]
    if opening and fold(opening[0]) in lex.clause_joiners:
        return None  # "«A», mientras que Dorado dijo que «B»": a second clause's subject, B's speaker, not A's
    first = RE_FIRST_WORDS.match(rest)  # "Dr. Matt Zahn said": an abbreviation's point
    for later in lex.verb.finditer(rest, 0, 90):
        if first is None or later.start() > 90:
            break
        subject = _subject_before(rest[: later.start()], mark_end + link.end() + later.start(), lex, runs)
        if subject is not None and subject.kind != "implied" and not _clause_stop(rest[: later.start()]):
            return subject
        break
    return None


RE_OPENING_MARK = re.compile(r"[«“\"‘]")
RE_LINK_BEFORE = re.compile(r"(?<![\w-])(?:con|en|a|al|de|del|with|on|in|to|of|from|by|for)\s+$", re.IGNORECASE)


def _named_work(text: str, mark_end: int) -> bool:
    """Whether the quotation closing at ``mark_end`` opens right after a preposition: the name of a programme, a
    work or a medium ("En conversación con ‘Ahora es cuando’, la ministra del Interior, X, explicó"), no words
    spoken.

    >>> text = "En conversación con ‘Ahora es cuando’, la ministra, Ana Gil, explicó. “Ya está”, la ministra, Ana Gil, dijo."
    >>> [_named_work(text, text.index(m) + 1) for m in ("’", "”")]
    [True, False]
    """
    opening = -1
    for found in RE_OPENING_MARK.finditer(text, max(0, mark_end - 400), mark_end - 1):
        opening = found.start()
    return opening >= 0 and RE_LINK_BEFORE.search(text, max(0, opening - 25), opening) is not None


RE_TITLE_BEFORE_NAME = re.compile(r"(?:the|el|la|his|her|their|su)\s+[^,.;:«»\"“”\n]{2,60}?,\s*")  # "the fire chief, "


def _title_then_named(text: str, at: int, lex: SourceLexicon, runs: list[NameRun]) -> NameRun | None:
    """The person named between commas after their title, right after a quotation, before a reporting verb:
    '"We did what we could," the fire chief, Tom Ray, said' (the title's commas were read as the clause's end and the
    quotation was left to nobody). The title names one speaker (``lex.speaks``); the name is a person's. None
    otherwise ("the town, Villanueva, said to be ...": a place; "the chief, Tom Ray, and his men left": no verb).

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "the fire chief, Tom Ray, said. the fire chief, Tom Ray, and his men left."
    >>> runs = name_runs(text, "en")
    >>> [getattr(_title_then_named(text, at, lexicon("en"), runs), "name", None) for at in (0, text.index("the", 5))]
    ['Tom Ray', None]
    """
    title = RE_TITLE_BEFORE_NAME.match(text, at)
    if title is None or not lex.speaks(title.group().rstrip(" ,")):
        return None
    named = _run_at(runs, title.end())
    if named is None or len(named.name.split()) < 2 or not _is_person(lex, named.name):
        return None
    after = RE_FINAL_COMMA.match(text, named.end)
    return named if after is not None and lex.verb.match(text, after.end()) is not None else None


def _apposition_then_verb(text: str, end: int, lex: SourceLexicon) -> bool:
    """Whether an English name ending at ``end``, right after a quotation, is followed by its apposition and a
    reporting verb: '“We have a healthy spacecraft,” Alice Bowman, the mission operations manager, announced' (q11en,
    a kind of held-out7's misses: the apposition's commas were read as the clause's end, and the quotation was left
    to nobody). Two appositions may come before the verb: '“...,” Miriam Vargas, a 34-year-old mother, sitting in
    the dark with her two children, told AFP' (q12en, held-out11). The apposition may be an age alone, as English
    news write it: '“...,” Cardinal Kevin Farrell, 77, said' (tests/data/sources_real.json). It may be a
    capitalised title (:func:`analysis.sources.subjects.capitalised_title_aside`: '“...,” Mary Stein, Assistant
    Library Director, said', held-out23, spent in session 26: the quotation was left to nobody). No verb right after
    the apposition ("Ann Lee, a resident, and her son left"; "Ann Lee, 34, and her son left"), no speaker.

    >>> from analysis.sources.lexicon import lexicon
    >>> text = "Ann Lee, the mission manager, said. Ann Lee, a resident, and her son left."
    >>> [_apposition_then_verb(text, at, lexicon("en")) for at in (7, text.index(", a resident"))]
    [True, False]
    """
    if lex.language != "en":
        return False
    aside = RE_APPOSITION.match(text, end) or RE_AGE_ASIDE.match(text, end)  # "Kevin Farrell, 77, said"
    if aside is not None and lex.verb.match(text, aside.end()) is None:
        aside = RE_SECOND_APPOSITION.match(text, aside.end())  # "Ann Lee, a mother, sitting in the dark, told AFP"
    if aside is None:
        aside = capitalised_title_aside(lex, text, end)  # "Mary Stein, Assistant Library Director, said" (read23)
    return aside is not None and lex.verb.match(text, aside.end()) is not None


def _addressed_then_apposition(text: str, at: int, lex: SourceLexicon, runs: list[NameRun]) -> NameRun | None:
    """The English name after a word of address (``names.HONORIFICS``: "Mr", "Mrs", "Sir") at ``at``, right after a
    quotation, when its apposition and a reporting verb follow (:func:`_apposition_then_verb`): '“We lost
    everything,” Mr Tom Hill, 61, said'. The run starts after the word of address (names._trim drops it), where the
    rules after a quotation did not look for it (the lead's known miss, tests/test_quotes_age_aside.py). None when no
    word of address, no name after it, or no apposition and verb ('“...,” Mr Tom Hill, 61, and his son left').

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "“We lost everything,” Mr Tom Hill, 61, said."
    >>> _addressed_then_apposition(text, text.index("Mr"), lexicon("en"), name_runs(text, "en")).name
    'Tom Hill'
    """
    address = RE_ADDRESS.match(text, at) if lex.language == "en" else None
    named = _run_at(runs, address.end()) if address else None
    return named if named is not None and _apposition_then_verb(text, named.end, lex) else None


# A capitalised word of address and the space after it, before a name: "Mr ", "Mrs. ", "Sir "
RE_ADDRESS = re.compile(
    rf"(?:{'|'.join(re.escape(w[:1].upper() + w[1:]) for w in sorted(HONORIFICS, key=len, reverse=True))})\.?[ \t]+"
)
RE_AGE_ASIDE = re.compile(r"\s*,\s*\d{1,3}\s*,\s*")  # an age alone between commas after a name: ", 77, "
RE_SECOND_APPOSITION = re.compile(r"[a-z][^,.;:«»\"“”\n]{2,120},\s*")  # a second aside, after the first's comma
RE_SENTENCE_CLOSE = re.compile(r"[ \t]*[.!?](?:\s|$)")
RE_TITLE_GAP = re.compile(r"[ \t]+(?=[A-ZÁÉÍÓÚÑ])")  # the space between a title and the capitalised name after it


def _name_and_verb_alone(text: str, at: int, lex: SourceLexicon, runs: list[NameRun]) -> _Subject | None:
    """The speaker of a sentence that is only a name and a reporting verb, right after a quotation closed with
    its own point: "“... that pleased me.” Solskjaer said." (q9rules, held-out8: the quotation ends its sentence,
    so no comma joins the attribution). A name followed by more than its verb ("“...”. Solskjaer said that ...")
    opens a sentence of its own and is left alone.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "“We won.” Ann Lee said.\\n“We lost.” Ann Lee said the team was tired."
    >>> runs = name_runs(text, "en")
    >>> _name_and_verb_alone(text, text.index("Ann"), lexicon("en"), runs).name
    'Ann Lee'
    >>> _name_and_verb_alone(text, text.rindex("Ann"), lexicon("en"), runs) is None
    True

    A title written before the name opens the sentence and is no part of the name's run ("“...” Cr Parker stated.",
    the Australian councillor's title; held-out24, session 27, read24): the name after it is read.

    >>> text = "“We won.” Mayor Ann Lee said.\\n“We lost.” Mayor Ann Lee said the team was tired."
    >>> runs = name_runs(text, "en")
    >>> _name_and_verb_alone(text, text.index("Mayor"), lexicon("en"), runs).name
    'Ann Lee'
    >>> _name_and_verb_alone(text, text.rindex("Mayor"), lexicon("en"), runs) is None
    True
    """
    if text[at - 3 : at].strip()[:1] not in (".", "!", "?") or at >= len(text) or not text[at].isupper():
        return None
    named = _run_at(runs, at)
    if (
        named is None
        and (title := lex.person_title.match(text, at))
        and (space := RE_TITLE_GAP.match(text, title.end()))
    ):
        named = _run_at(runs, space.end())  # "“...” Cr Parker stated.": a title is cut from the name's run (read24)
    if named is None or not _is_person(lex, named.name):
        return None
    gap = text[named.end : named.end + 1]
    verb = lex.verb.match(text, named.end + 1) if gap == " " else None
    if verb is None or RE_SENTENCE_CLOSE.match(text, verb.end()) is None:
        return None
    return _Subject("name", named.name, named.name)
