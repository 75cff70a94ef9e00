"""What frames a direct quotation's attribution in English news writing (q12en, kinds of held-out6, 7 and 11's
misses): a question put to the speaker opening the sentence, whose quoted words are the asker's; a round-up's lead-in
before a colon, whose opening name speaks; an apposition after the name of an attribution closing the sentence; the
body a speaker works for between the name and the verb after a quotation; someone not named reporting a quotation
right after it ("a senior police officer told NAN"; q13en).
Read by :mod:`analysis.sources.direct`.
"""

from __future__ import annotations

import bisect
import re

from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.names import NameRun
from analysis.sources.persons import _is_person, _is_place
from analysis.sources.run_index import _run_at, _starts
from analysis.sources.subjects import _Subject

RE_ANY_MARK = re.compile(r"[«»“”\"‘’]")


def _in_question(text: str, a: int, mark_start: int, mark_end: int, sentence_end: int, lex: SourceLexicon) -> bool:
    """Whether a quotation is inside the question that opens its sentence, put to the speaker (lexicon
    ``question_openers``): "Asked if he might declare “victory” in the battle, Dr Lowe stated it might be
    “premature”" (q12en, held-out11: the asker's word, given to the speaker). The question runs to the sentence's
    first comma; a quotation after it is the speaker's.

    >>> from analysis.sources.lexicon import lexicon
    >>> text = "Asked if he might declare “victory”, Dr Lowe said it was “premature”."
    >>> [_in_question(text, 0, text.index(m), text.index(m) + 9, len(text), lexicon("en")) for m in ("“v", "“p")]
    [True, False]
    """
    if not lex.question_opener.match(text, a, mark_start):
        return False
    comma = text.find(",", a, sentence_end)
    return comma >= mark_end


RE_DOUBLE_MARK = re.compile(r"[«»“”\"]")
APPOSITION_WORDS = 16  # at most this many words in the apposition closing an attribution


def _apposition_closes(tail: str, attribution: int, aside: int, lex: SourceLexicon) -> bool:
    """Whether the last comma of a sentence's tail after a quotation opens the apposition of an attribution's name,
    written before it from the comma before: 'Typhoon Mitag was "stationary" 125 miles east of Catanduanes, said
    Prisco Nilo, the head of the country's weather bureau.' (q12en, a kind of held-out7 and 11's misses: the
    apposition was read as the attribution, which has no verb). English only; the attribution ends with the name
    and has a reporting verb and no quotation mark, the apposition (at most :data:`APPOSITION_WORDS` words)
    neither: "east, forecasters said, and the storm was slow." closes with no apposition.

    >>> from analysis.sources.lexicon import lexicon
    >>> tail = ' 125 miles east, said Ann Lee, the head of the weather bureau.'
    >>> _apposition_closes(tail, tail.index(", said"), tail.index(", the"), lexicon("en"))
    True
    >>> tail = ' east, Ann Lee said, adding that it was slow.'
    >>> _apposition_closes(tail, tail.index(", Ann"), tail.index(", adding"), lexicon("en"))
    False
    """
    if lex.language != "en":
        return False
    head, rest = tail[attribution:aside], tail[aside:]
    last = head.split()[-1:]
    return (
        bool(last)
        and last[0][:1].isupper()  # the name ends the attribution, the apposition is its
        and len(rest.split()) <= APPOSITION_WORDS
        and RE_ANY_MARK.search(head) is None
        and RE_DOUBLE_MARK.search(rest) is None  # "the World Health Organization’s programme": an apostrophe
        and lex.verb.search(head) is not None
        and lex.verb.search(rest) is None
    )


# A round-up's lead-in before a colon: "Quoting Ann Lee after 41-20 win over Duke:", "Ann Lee on defeating his brother,
# Tom:" (English; q12en, a kind of held-out6 and 11's misses).
RE_LEAD_IN_OPENING = re.compile(r"\s*(?:Quoting\s+)?")
RE_LEAD_IN_LINK = re.compile(r"\s+(?:on|after|about|following)\s")


def _lead_in_speaker(text: str, start: int, colon: int, lex: SourceLexicon, runs: list[NameRun]) -> _Subject | None:
    """The person whose full name opens a lead-in before a colon, right after "Quoting" or before "on", "after",
    "about" and what the words are about: "Quoting Steve Sarkisian after 41-20 win over Syracuse: "..."", "Bob Stoops
    on defeating his brother, Mark: "..."" (q12en, round-ups of coaches' words, held-out6 and 11: the name nearest
    the colon, a team or the person spoken of, was given the words). English only.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = 'Quoting Ann Lee after 41-20 win over Duke: "We won." Ann Lee spoke to Tom Ray: "Fine."'
    >>> _lead_in_speaker(text, 0, text.index(":"), lexicon("en"), name_runs(text, "en")).name
    'Ann Lee'
    >>> at = text.index("Ann Lee spoke")
    >>> _lead_in_speaker(text, at, text.index(":", at), lexicon("en"), name_runs(text, "en")) is None
    True
    """
    if lex.language != "en":
        return None
    opening = RE_LEAD_IN_OPENING.match(text, start, colon)
    first = opening.end() if opening is not None else start
    at = bisect.bisect_left(_starts(runs), first)
    run = runs[at] if at < len(runs) else None
    if run is None or run.start != first or run.end >= colon:
        return None
    name = run.name  # "Quoting Ann Lee": "quoting" opens no name (lexicon ``not_names``)
    if RE_LEAD_IN_LINK.match(text, run.end, colon) is None:
        return None
    if len(name.split()) < 2 or not _is_person(lex, name) or _is_place(name, lex.language):
        return None
    return _Subject("name", name, name)


RE_AFFILIATION = re.compile(r"[ \t]+(?:with|of|from)[ \t]+(?:the[ \t]+)?")  # "Ann Lee with the Police Department"


def _affiliation_then_verb(text: str, end: int, lex: SourceLexicon, runs: list[NameRun]) -> bool:
    """Whether an English name ending at ``end``, right after a quotation, is followed by the body it works for and a
    reporting verb: '"...," Sgt. Daniel Grubbs with the Fort Smith Police Department told local news stations'
    (q12en, held-out3: the quotation was left to nobody). "with", "of" or "from", the body's name (one name run,
    no person's) and the verb right after it.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = '"No," Ann Lee with the Fort Smith Police Department told reporters. "Yes," Ann Lee with Tom Ray left.'
    >>> runs = name_runs(text, "en")
    >>> [_affiliation_then_verb(text, text.index(" with", at), lexicon("en"), runs) for at in (0, 60)]
    [True, False]
    """
    if lex.language != "en":
        return False
    link = RE_AFFILIATION.match(text, end)
    body = _run_at(runs, link.end()) if link is not None else None
    if body is None or _is_person(lex, body.name):
        return False  # "Ann Lee with Tom Ray left": a companion
    return text[body.end : body.end + 1] == " " and lex.verb.match(text, body.end + 1) is not None


# Someone not named written right after a quotation: an indefinite determiner and at most five words of what they are
# ("a senior police officer", "another Twitter user"), before or after the reporting verb (q13en).
RE_INDEFINITE_WORDS = r"(?:an?|one|another)\s+((?:[\w-]+\s+){0,4}?[\w-]+)"
RE_INDEFINITE_BEFORE = re.compile(rf"{RE_INDEFINITE_WORDS}\s+$", re.IGNORECASE)
RE_DETERMINER_EN = re.compile(r"(?:an?|one|another)\s+", re.IGNORECASE)
RE_PHRASE_WORD = re.compile(r"[\w-]+\s+")  # a word of the phrase and the space after it
RE_INDEFINITE_AFTER = re.compile(rf"\s*{RE_INDEFINITE_WORDS}\s*(?:[.,;!?]|$)", re.IGNORECASE)
# The same phrase then a relative clause closing the sentence, who the person is: "said one parent who was called up
# to speak." (read12, held-out12): at most twelve words after "who", no comma, quotation mark or second clause.
RE_INDEFINITE_RELATIVE = re.compile(
    rf"\s*{RE_INDEFINITE_WORDS}\s+who\s+(?:[\w'’-]+\s+){{0,11}}[\w'’-]+\s*(?:[.!?](?:\s|$)|$)", re.IGNORECASE
)
INDEFINITE_LINKS = frozenset({"of", "in", "on", "at", "from", "with", "for", "to", "who", "that", "and", "or"})


def _someone_unnamed(rest: str, lex: SourceLexicon) -> _Subject | None:
    """Someone not named who reports a quotation, written right after it (``rest``: the attribution after its comma):
    "“...,” a senior police officer told the News Agency of Nigeria", "“...,” a social media user wrote", "“...,” said
    one neighbor", "“...,” wrote another Twitter user" (q13en, a kind of the blind set's, held-out8, 9 and 10's misses:
    the quotation went to the last speaker or to a body named before). A relative clause closing the sentence after
    the phrase is part of who they are: "“...,” said one parent who was called up to speak" (read12, held-out12: it
    went to the last speaker). The indefinite phrase (no link word in it: "a
    member of the council" is left to the other rules) with a reporting verb right after or right before it, that
    closing the sentence; a title mention, someone new (title_mentions._someone_new). English only.

    >>> from analysis.sources.lexicon import lexicon
    >>> [_someone_unnamed(r, lexicon("en")).mention for r in ("a senior police officer told NAN.", "said one neighbor.")]
    ['a senior police officer', 'one neighbor']
    >>> _someone_unnamed("said one parent who was called up to speak.", lexicon("en")).mention
    'one parent who was called up to speak'
    >>> _someone_unnamed("said one parent who, like many, was angry.", lexicon("en")) is None
    True
    >>> [_someone_unnamed(r, lexicon("en")) for r in ("a member of the council said.", "said a source, adding ...",
    ...                                                 "a relieved Ann Lee said.", "told a news conference.")]
    [None, None, None, None]
    """
    if lex.language != "en" or not rest[:1].isalpha():
        return None
    phrase = None
    opening = RE_DETERMINER_EN.match(rest)
    for word in RE_PHRASE_WORD.finditer(rest, opening.end() if opening else 0, 80 if opening else 0):
        if lex.verb.match(rest, word.end()) is not None:
            phrase = RE_INDEFINITE_BEFORE.match(rest[: word.end()])  # "a senior police officer " + "told"
            break
    verb = lex.verb.match(rest) if phrase is None else None
    if verb is not None and fold(verb.group().split()[-1]) in lex.audience_verbs:
        return None  # "told a news conference": who heard the words
    after = RE_INDEFINITE_AFTER.match(rest, verb.end()) if verb is not None else None
    if after is not None and rest[after.end() - 1 : after.end()] not in (",", ";"):
        phrase = after  # not "said a source, adding that ...": the attribution goes on, left to the other rules
    relative = RE_INDEFINITE_RELATIVE.match(rest, verb.end()) if verb is not None else None
    if relative is not None and not relative.group(1).islower():
        relative = None  # "said one Paradise resident who fled": a name qualifying the title, read after the verb
    phrase = relative or phrase  # "said one parent who was called up to speak.": who they are, to the sentence's end
    if phrase is None:
        return None
    words = phrase.group(1).split()
    if not words[-1].islower() or any(fold(w) in INDEFINITE_LINKS or lex.verb.fullmatch(w) for w in words):
        return None  # "a relieved Ana Gil said": a name; "a member of the council said": a phrase with a link
    mention = phrase.group().strip(" \t.,;!?")
    return _Subject("title", mention, None, "unnamed")
