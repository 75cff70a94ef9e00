"""Attributed statements (indirect speech): "X afirmó que CLAUSE", "X said CLAUSE", "según X, CLAUSE",
"CLAUSE, según X", "CLAUSE, X said". A reporting verb is looked for only at the tokens of the text
pipeline that can start one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from functools import cache
from itertools import compress, count

from analysis.sources.inverted_subject import only_a_speaker_after, told_to_whom
from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.names import NameRun
from analysis.sources.persons import _is_person
from analysis.sources.phrases import RE_FINITE_EN
from analysis.sources.quote_marks import RE_CLOSE_PUNCT, RE_QUOTE_MARK, _inside, _opens_quote, _quote_opens_a_clause
from analysis.sources.run_index import _name_at_end, _run_at
from analysis.sources.subject_after import _subject_after
from analysis.sources.subjects import (
    _IMPLIED,
    RE_DATELINE,
    _Found,
    _gerund_subject,
    _is_gerund,
    _Subject,
    _subject_before,
    _that_pattern,
)
from analysis.text import Doc

RE_CLAUSE_WORD = re.compile(r"\s+[\w$]")
RE_COMMA_AFTER = re.compile(r"\s*,")
RE_PLURAL_VERB = re.compile(r"(?:han\s|habían\s)|\w+(?:aron|ieron|eron)\b", re.IGNORECASE)  # Spanish 3rd plural
RE_INVERTED = re.compile(r",\s*(?:[^,\s]+\s+){0,5}$")  # "CLAUSE, X said": the comma before the speaker
# A longer speaker in English wire copy: six to nine words, each capitalised or a title's link ("of", "for", "the"),
# a title and a name ("Fire Department Sr. Capt. Ruy Lozano told CNN", "Undersecretary of Defence Agustin Radiala
# Suastegui said Thursday"; real22q)
RE_INVERTED_TITLED = re.compile(r",\s*(?:(?:[A-Z][\w.'’-]*|of|for|the)\s+){6,9}$")
RE_COLON_QUOTE = re.compile(r"\s*:\s*[«“\"‘]")  # a colon opening a quotation ends a reported clause
RE_ATTRIBUTED = re.compile(r"[»”\"]\s*,\s*\S+")  # a quotation closed, a comma and a word after it
# ", aunque ha explicado que", ", pero aseguró que": a concession joined to the next statement of
# its speaker ends the clause as ", y añadió" does (real23q, session 23: "El letrado ha manifestado que no ha podido
# hablar hoy con sus clientes, aunque ha explicado que imagina que ..." read the second statement into the first)
RE_NEXT_STATEMENT = re.compile(
    r"(?:,\s*(?:y\s+|por lo que\s+|así como\s+|aunque\s+|pero\s+|and\s+)?|\s+(?:y|e|and)\s+)"
    r"(?:(?:también|además|also|then)\s+)?"
)
# "She said A, and said B", "said there is a backlog, but said the council hopes", "acknowledged A but stressed B":
# in English, "and"/"but" (a comma perhaps before, "also" after) right before a reporting verb of the same, unwritten
# subject ends the clause said and opens the next statement (read17, session 23: held-out17's councillors' reports
# read both statements as one)
RE_JOINED_STATEMENT_EN = re.compile(r"(?:,\s*|\s+)(?:and|but)\s+(?:also\s+)?")
RE_WORD_AFTER = re.compile(r"(\w+)\b")
RE_COMMA_GERUND = re.compile(r",\s*(\w{2,}(?:ando|iendo|yendo|ing))\s")  # a comma and a gerund
RE_WRITERS_REMARK = re.compile(r",\s*(?:lo que|lo cual)\s", re.IGNORECASE)  # a remark on the whole statement


@cache
def _cue_words(lex: SourceLexicon) -> frozenset[str]:
    """The tokens looked for in one pass: the words a reporting verb starts with, and for each "according to"
    marker its longest word (:func:`_marker_anchors`), not "de", "en", "in" that start several markers and a
    tenth of every text."""
    first, anchors = _marker_anchors(lex)
    return lex.verb_words | first | frozenset(anchors)


@cache
def _marker_anchors(lex: SourceLexicon) -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    """(first words of the markers whose longest word is their first, longest word → how many words before
    it each marker it is the longest word of starts).

    A marker matched at a token is that token and the next ones, one word each ("de acuerdo con" at "de" is
    the tokens "de", "acuerdo", "con": white space between, no joiner), so a marker starts ``k`` tokens before
    its longest word: looking for "acuerdo" finds every "de acuerdo con" the pattern matches.

    >>> from analysis.sources.lexicon import lexicon
    >>> _marker_anchors(lexicon("es"))[1]["acuerdo"], _marker_anchors(lexicon("en"))[1]["words"]
    ((1,), (2,))
    """
    first: set[str] = set()
    anchors: dict[str, set[int]] = {}
    for words in lex.marker_phrases:
        k = max(range(len(words)), key=lambda at: len(words[at]))  # the longest word: the least frequent
        if k == 0:
            first.add(words[0])
        else:
            anchors.setdefault(words[k], set()).add(k)
    return frozenset(first), {word: tuple(sorted(ks)) for word, ks in anchors.items()}


def _marker_starts(lex: SourceLexicon, tokens: Sequence[str], candidates: list[int]) -> list[int]:
    """The tokens where an "according to" marker may start, in text order, from the tokens of ``candidates``."""
    first, anchors = _marker_anchors(lex)
    starts = {i for i in candidates if tokens[i] in first}
    starts.update(i - k for i in candidates for k in anchors.get(tokens[i], ()) if i >= k)
    return sorted(starts)


def _hits(
    doc: Doc, pattern: re.Pattern[str], words: frozenset[str], candidates: list[int]
) -> Iterator[tuple[int, int, re.Match[str]]]:
    """Matches of ``pattern`` at the tokens of the text pipeline that are in ``words``, with their sentence span.

    ``candidates`` are the indexes of the tokens that may be in ``words`` (one pass over the tokens serves
    every pattern). Looking only where a token can start a match keeps the long verb alternation off most
    of the text.
    """
    if not doc.sentences:
        return
    tokens = doc.tokens
    found = [i for i in candidates if tokens[i] in words]
    if not found:
        return
    text, starts, sentences = doc.article.text, doc.starts, doc.sentences
    firsts = [a for a, _ in sentences]  # the sentence of a token: the last starting at or before it (as
    # ``Doc.token_sentences``, read here for the few tokens found, not computed for every token)
    for i in found:
        start = int(starts[i])
        match = pattern.match(text, start)
        if match:
            a, b = sentences[max(bisect.bisect_right(firsts, start) - 1, 0)]
            if match.end() <= b:
                yield a, b, match


def _after_determiner(lex: SourceLexicon, text: str, position: int) -> bool:
    """Whether the word before ``position`` is a determiner or a possessive ("la denuncia", "the said committee",
    "su cuenta").

    >>> from analysis.sources.lexicon import lexicon
    >>> text = "por la denuncia de robos"
    >>> _after_determiner(lexicon("es"), text, text.index("denuncia")), _after_determiner(lexicon("es"), text, 0)
    (True, False)
    """
    previous = text[max(0, position - 12) : position].split()[-1:]
    return bool(previous) and (
        lex.determiner.fullmatch(previous[0] + " ") is not None or fold(previous[0]) in lex.possessives
    )


def _clause_end(lex: SourceLexicon, text: str, start: int, end: int, *, next_statements: bool = True) -> int:
    """Where a reported clause ends: before a colon that opens a quotation ('debe seguir trabajando: "Esto
    sigue..."'), before the writer's remark on it (", lo que generó críticas"), before a gerund of what the
    speaker did next (", adding ...", ", dismissing ...", ", alegando que ...") and, with ``next_statements``,
    before the next statement of its speaker (", por lo que añadió que ...", "y añadió").

    >>> from analysis.sources.lexicon import lexicon
    >>> text = "la ciudad vive un clima de protesta, por lo que añadió que hay que cuidar el orden"
    >>> text[: _clause_end(lexicon("es"), text, 0, len(text))]
    'la ciudad vive un clima de protesta'
    """
    colon = RE_COLON_QUOTE.search(text, start, end)
    end = colon.start() if colon else end
    remark = RE_WRITERS_REMARK.search(text, start, end)  # ", lo que generó críticas": the writer's, not the speaker's
    end = remark.start() if remark else end
    for gerund in RE_COMMA_GERUND.finditer(text, start, end):  # ", dismissing ...", ", alegando que": what the
        word = gerund.group(1).lower()  # speaker did next, not part of the clause
        if word in lex.next_acts or (lex.verb.fullmatch(word) and _is_gerund(word)):
            end = gerund.start()
            break
    if not next_statements:
        return end
    for next_verb in RE_NEXT_STATEMENT.finditer(text, start, end):
        if lex.verb.match(text, next_verb.end()) and not _after_determiner(lex, text, next_verb.end()):
            return _clause(text, start, next_verb.start())[1]
    return end


def _joined_statement_end(lex: SourceLexicon, text: str, start: int, end: int) -> int:
    """Where an English clause said with no "that" ends when "and"/"but" joins the next statement of its speaker
    ("She said A, and said B", "said A but also stressed B"): before the joiner; ``end`` otherwise.

    >>> from analysis.sources.lexicon import lexicon
    >>> text = "there is a backlog, but said the council hopes to act"
    >>> text[: _joined_statement_end(lexicon("en"), text, 0, len(text))]
    'there is a backlog'
    >>> text = "the delays and added costs were unacceptable"
    >>> text[: _joined_statement_end(lexicon("en"), text, 0, len(text))]
    'the delays and added costs were unacceptable'
    """
    for joined in RE_JOINED_STATEMENT_EN.finditer(text, start, end):
        verb = RE_WORD_AFTER.match(text, joined.end())
        if verb is None or verb.group(1).lower() not in lex.joined_verbs:
            continue
        if "," not in joined.group():  # "the delays and added costs were": with no comma, only a clause's opening
            after = RE_WORD_AFTER.match(text, verb.end() + 1)  # word after the verb ("and said the", "but added
            word = after.group(1) if after else ""  # they") makes it a verb, not a participle before a noun
            if not (lex.that.match(word) or lex.determiner.fullmatch(word + " ") or lex.pronoun.fullmatch(word)
                    or fold(word) in lex.possessives):  # fmt: skip
                continue
        return _clause(text, start, joined.start())[1]
    return end


def _words_below(text: str, start: int, end: int, least: int) -> bool:
    """Whether ``text[start:end]`` has fewer than ``least`` words (``len(split()) < least``, split no further
    than needed: a clause's words are counted up to ``least``).

    >>> _words_below("dijo que sí, claro", 5, 18, 3), _words_below("dijo que sí, claro", 0, 18, 3)
    (False, False)
    >>> _words_below("  a b  ", 0, 7, 3), _words_below("", 0, 0, 1)
    (True, True)
    """
    return len(text[start:end].split(None, least - 1)) < least


def _no_clause_after(lex: SourceLexicon, tail: str) -> bool:
    """Whether the words after an English verb open no reported clause: an adjunct ("on Thursday", "in a
    statement") or a lone pronoun ("he said it.").

    >>> from analysis.sources.lexicon import lexicon
    >>> _no_clause_after(lexicon("en"), " on Thursday."), _no_clause_after(lexicon("en"), " the bank will wait.")
    (True, False)
    >>> _no_clause_after(lexicon("en"), " Thursday.")  # the sentence's end right after the day (real22q)
    True
    """
    words = tail.split()
    return bool(words) and (
        bool(lex.subject_end.fullmatch(words[0].rstrip(".!?")))
        or (bool(lex.pronoun.fullmatch(words[0])) and len(words) < 3)
    )


# After a name that follows "told": a time or place adjunct and the sentence's end, no clause ("told AAP on Monday.")
RE_OBJECT_REST = re.compile(
    r"(?:\s+(?:on|in|at|this|last|late|early|earlier|later|after|before|[A-Z]?\w+day)\b\S*)*\s*$"
)


def _object_only(text: str, start: int, end: int, runs: list[NameRun]) -> bool:
    """Whether a "clause" after a verb is only a name and an adjunct: the object of "told", not what was said.

    >>> from analysis.sources.names import name_runs
    >>> text = "he told AAP on Monday. He told Ann Lee the bank will wait."
    >>> runs = name_runs(text, "en")
    >>> _object_only(text, 8, 21, runs), _object_only(text, 32, 57, runs)
    (True, False)
    """
    run = _run_at(runs, start)
    return run is not None and run.end <= end and RE_OBJECT_REST.fullmatch(text, run.end, end) is not None


TELL_FORMS = frozenset({"told", "tells", "tell", "telling"})  # English verbs whose object is whom they tell
LABEL_FORMS = frozenset({"described", "describes", "describe", "describing", "called", "calls", "call", "calling"})
RE_OBJECT_AS = re.compile(r"\s+(?:[^\s,;:.«»\"“”]+\s+){1,5}as\s", re.IGNORECASE)  # "described it as ..."
RE_AND_SAID = re.compile(r"\band\s+(?:said|says|added|adds)\s+(?:that\s+)?", re.IGNORECASE)
SAY_FORMS = frozenset({"said", "says", "say"})  # English verbs of saying that take no object before "that"
RE_WHOM_ONLY = re.compile(
    r"\s+(?!that\b)[^\s,;:«»\"“”]+(?:\s+(?!that\b)[^\s,;:«»\"“”]+){0,5}\s*[.!]?\s*", re.IGNORECASE
)


RE_WHOM_THEN_QUOTE = re.compile(r"[^,;:.«»\"“”\n]{1,60},\s*[«\"“]")  # "told two residents, “...”"


RE_TITLE_PHRASE = re.compile(r",\s*((?:the|a|an|its|his|her|their|[a-z][\w-]*)\b[^,;:.«»\"“”\n]{0,100}),\s*$")


def _apposed_speaker(
    lex: SourceLexicon, text: str, lo: int, comma: int, runs: list[NameRun]
) -> tuple[_Subject, int] | None:
    """The person named between commas right before a verb, after a title in lower case that follows the clause
    said: "CLAUSE, the spokesman for the disaster council, Reynaldo Balido, said." -> (Reynaldo Balido, where the
    clause ends). None when no person of two words or more ends right at ``comma`` or no such title comes before it.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "The toll jumped, the spokesman for the council, John Smith, said."
    >>> subject, cut = _apposed_speaker(lexicon("en"), text, 0, text.rindex(","), name_runs(text, "en"))
    >>> subject.name, text[:cut]
    ('John Smith', 'The toll jumped')
    >>> text = "The toll jumped in Leyte, Samar, and Tacloban, said."
    >>> _apposed_speaker(lexicon("en"), text, 0, text.rindex(","), name_runs(text, "en")) is None
    True
    """
    run = _name_at_end(text[lo:comma], runs, comma)
    if run is None or len(run.name.split()) < 2 or not _is_person(lex, run.name):
        return None
    title = RE_TITLE_PHRASE.search(text, max(lo, run.start - 110), run.start)
    if title is None or lex.verb.search(title.group(1)) or not lex.speaks(title.group(1)):
        return None
    return _Subject("name", run.name, run.name), title.start()


def _told_whom(verb: str, tail: str) -> bool:
    """Whether an English verb of telling ends its sentence with only whom it told: "CLAUSE, Ann Lee told AFP.",
    "..., the mayor told reporters on Friday." (at most six words, no "that", no comma): the clause before the comma
    is what was told, the name before the verb who told it.

    >>> _told_whom("told", " AFP."), _told_whom("told", " reporters on Friday."), _told_whom("told", " AFP that it fell.")
    (True, True, False)
    >>> _told_whom("said", " AFP."), _told_whom("told", " the court, which ruled that ...")
    (False, False)

    Whom, then a comma and "adding", is whom too ("CLAUSE, Etienne Guyot told reporters, adding there were ‘...’":
    the AFP's Tarn bridge story, real22q):

    >>> _told_whom("told", " the court, adding that ...")
    True
    """
    adding = RE_THEN_ADDING.search(tail)  # "..., Guyot told reporters, adding there were ...": whom, then a gerund
    whom = tail[: adding.start()] if adding else tail
    return verb.split()[-1].lower() in TELL_FORMS and RE_WHOM_ONLY.fullmatch(whom) is not None


RE_THEN_ADDING = re.compile(r",\s*adding\b")


# A conjunction after the comma before an inverted subject opens a clause joined to the one before ("..., pero se negó
# a adelantar", "..., and urged Pakistan"), unless a back-reference follows it ("..., y así lo confirmó X") (real21q).
RE_JOINED_AFTER_COMMA = re.compile(
    r",\s*(?:mientras|pero|aunque|sino|y|e|while|but|although|and)\b(?!\s+(?:así|lo|so|thus)\b)", re.IGNORECASE
)
RE_RELATIVE_AFTER_COMMA = re.compile(r",\s*(?:quien|quienes|que|who|which)\b", re.IGNORECASE)
# Words opening a phrase that sets the topic or the circumstance of a sentence, not a reported clause.
ADJUNCT_OPENERS = frozenset(
    {"respecto", "sobre", "en", "con", "tras", "ante", "durante", "acerca", "para", "a", "al", "about", "regarding",
     "on", "in", "after", "asked", "consultado", "consultada", "preguntado", "preguntada", "during", "before",
     "following", "amid", "despite"}
)  # fmt: skip
OPENING_ADJUNCT_WORDS = 6  # at most this many words in such a phrase
RE_PURPOSE_INFINITIVE = re.compile(r"\bpara\s+\w+(?:ar|er|ir)$", re.IGNORECASE)  # "para asegurar", "para decir"
NESTED_OPENING = 20  # characters: a pronoun opening a statement and a reporting verb this near its start open it


def _opening_adjunct(clause: str) -> bool:
    """Whether a "clause" read before "X said" is only a short opening phrase ("Respecto al cepo", "Asked
    about the vote"): a reported clause says something, so it is longer or opens otherwise.

    >>> _opening_adjunct("Respecto al cepo"), _opening_adjunct("El cepo se levantará pronto")
    (True, False)
    """
    words = clause.split()
    return len(words) <= OPENING_ADJUNCT_WORDS and bool(words) and fold(words[0]) in ADJUNCT_OPENERS


# A dateline of a place in capitals (and its country) and a dash: "MANILA - ", "TACLOBAN, Philippines — ", "MADRID.- "
RE_CAPITALS_DATELINE = re.compile(
    r"[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ'’-]{2,}(?:\s+[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ'’-]+){0,3}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"
    r"\.?\s*[-–—]+\s+"
)


def _after_dateline(text: str, start: int, end: int) -> int:
    """Where a clause opening at ``start`` begins after an agency's dateline, if one opens it.

    >>> text = "LIMA, May 2 (Reuters) - The bank will wait, Ana Ruiz said."
    >>> text[_after_dateline(text, 0, len(text)) :][:13], _after_dateline("The bank (BCR) will wait.", 0, 25)
    ('The bank will', 0)
    >>> text = "Lima, 17 mar (EFE).- El ministro afirmó que no."
    >>> text[_after_dateline(text, 0, len(text)) :][:11]
    'El ministro'
    >>> [t[_after_dateline(t, 0, len(t)) :][:8] for t in ("MANILA - The toll rose, he said.", "TACLOBAN, Philippines "
    ...  "— The toll rose.", "MADRID.- El ministro dijo.", "UN - The toll rose.", "The toll - it rose.")]
    ['The toll', 'The toll', 'El minis', 'UN - The', 'The toll']
    """
    dateline = RE_DATELINE.match(text, start, end) or RE_CAPITALS_DATELINE.match(text, start, end)
    return dateline.end() if dateline else start


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` without the spaces and closing punctuation around it."""
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip(" ,:"))
    trail = RE_CLOSE_PUNCT.search(piece)
    return start + lead, (start + trail.start()) if trail else end


RE_OBJECT_TO = re.compile(r"\s+(?:the|a|an|his|her|their|its|our|them|him|people)\b[^,.;:]{0,40}?\bto\s", re.IGNORECASE)
RE_MARKER_VERB = re.compile(
    r"\s+(?:(?:ha|han|había|habían)\s+)?[a-záéíóúñ]+(?:ó|aron|ado|ido)(?=\s)"
)  # "según explicó"


RE_NEXT_WORD = re.compile(r"\s+(\w+)(?=[\s,.;])")


def _marker_reporting_verb(lex: SourceLexicon, text: str, at: int, end: int) -> re.Match[str] | None:
    """A reporting verb of the lexicon right after "según" ("según dijo, ...", "según dice X"), its match.

    >>> from analysis.sources.lexicon import lexicon
    >>> text = "según dijo, el plan sigue"
    >>> _marker_reporting_verb(lexicon("es"), text, 5, len(text)).group().strip()
    'dijo'
    """
    word = RE_NEXT_WORD.match(text, at, end)
    return word if word and lex.verb.fullmatch(word.group(1)) else None


def _object_before_that(lex: SourceLexicon, between: str) -> bool:
    """Whether the words between a verb and "que"/"that" are its object, a noun phrase naming no speaker
    ("detalló las gestiones que ..."): the word then opens a relative clause, not a reported one. A time
    ("este lunes"), a medium ("a la prensa") or another verb's phrase ("la información y entregó ...") is no object.

    >>> from analysis.sources.lexicon import lexicon
    >>> es = lexicon("es")
    >>> [_object_before_that(es, w) for w in (" las gestiones ", " este lunes ", " a la prensa ", " el ministro ")]
    [True, False, False, False]

    A date ("el pasado lunes 19 de enero": only the lexicon's ``date_words`` and ``date_links`` and numbers, at
    least one a day, a month or a number) is a time too (the seeds' 000: "informó este lunes 19 de enero que").

    >>> [_object_before_that(es, w) for w in (" el pasado 3 de enero ", " el ", " las cifras de enero ")]
    [False, True, True]
    """
    words = between.split()
    if not words or lex.adverbs.fullmatch(" " + between.strip()) or lex.media_frame.match(between.strip() + " "):
        return False
    if _is_date(lex, words):
        return False
    if lex.verb.search(between) or {"y", "e", "and"} & {w.lower() for w in words}:
        return False
    return lex.determiner.fullmatch(words[0] + " ") is not None and not lex.speaks(between)


def _is_date(lex: SourceLexicon, words: list[str]) -> bool:
    """Whether ``words`` are a date: each a number or one of the lexicon's ``date_words`` (days, months) or
    ``date_links`` ("el", "pasado", "de"), and at least one not a link ("el 19 de enero", "this Monday").

    >>> from analysis.sources.lexicon import lexicon
    >>> es = lexicon("es")
    >>> [_is_date(es, w.split()) for w in ("este lunes 19 de enero", "el 3", "el pasado", "las cifras de enero")]
    [True, True, False, False]
    """
    folded = [fold(w) for w in words]
    return all(w.isdigit() or w in lex.date_words or w in lex.date_links for w in folded) and any(
        w not in lex.date_links for w in folded
    )


RE_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


def _noun_before_verb(lex: SourceLexicon, text: str, end: int) -> bool:
    """Whether an English verb form ending at ``end`` is followed at once by a reporting verb: then it is a plural
    noun, the subject's head ("Initial reports said", "Media reports suggest", "Witness accounts claimed"), not a
    verb (session 26, lead: "Initial reports said 500 people were killed" gave the speaker "Initial").

    >>> from analysis.sources.lexicon import lexicon
    >>> text = "Initial reports said 500 died. Russia reports progress. She reports that all is well."
    >>> [_noun_before_verb(lexicon("en"), text, text.index(w) + len("x reports")) for w in ("l reports", "a reports", "e reports")]
    [True, False, False]
    """
    following = RE_NEXT_WORD.match(text, end)
    return following is not None and lex.verb.fullmatch(following.group(1)) is not None


def _indirect(doc: Doc, lex: SourceLexicon, runs: list[NameRun], marks: list[tuple[int, int]]) -> list[_Found]:
    """Attributed statements: "X afirmó que CLAUSE", "X said CLAUSE", "según X, CLAUSE", "CLAUSE, X said"."""
    text = doc.article.text
    found: list[_Found] = []
    english = lex.language == "en"
    mark_starts = [s for s, _ in marks]
    mark_ends = [e for _, e in marks]
    candidates = list(compress(count(), map(_cue_words(lex).__contains__, doc.tokens)))  # one pass, in C
    for a, b, verb in _hits(doc, lex.verb, lex.verb_words, candidates):
        if _inside(verb.start(), mark_starts, mark_ends) or _after_determiner(lex, text, verb.start()):
            continue  # "la denuncia de robos que ...": a verb form after a determiner is a noun
        if english and _noun_before_verb(lex, text, verb.end()):
            continue  # "Initial reports said ...": a verb form right before another verb is the subject's noun
        before = bisect.bisect_right(mark_ends, verb.start()) - 1  # the last quote closed before the verb
        lo = mark_ends[before] if before >= 0 and mark_ends[before] >= a else a
        tail = text[verb.end() : b]
        that = _that_pattern(lex).match(tail)
        if english and that and fold(verb.group().split()[-1]) in SAY_FORMS and _object_before_that(lex, that.group(1)):
            that = None  # "Parker said a storm that becomes so severe can be ...": "that" opens the subject's
            # relative clause; "said" takes no object, the whole clause after it is what was said (real22q)
        gerund = _is_gerund(verb.group())
        told_whom = english and lo == a and not that and _told_whom(verb.group(), tail)  # "CLAUSE, X told AFP."

        def written_before(lo: int = lo, at: int = verb.start(), gerund: bool = gerund) -> _Subject | None:
            if gerund:  # "Espinoza rechazó esta afirmación, señalando que ...": the subject of the main clause
                return _gerund_subject(text, lo, at, lex, runs)
            return _subject_before(text[lo:at], at, lex, runs)

        if that:
            start, end = _clause(text, verb.end() + that.end(), b)
            end = _clause_end(lex, text, start, end)
            if _words_below(text, start, end, 3) or (
                _opens_quote(text[start:end]) and not (english and _quote_opens_a_clause(text[start:end]))
            ):
                continue  # "dijo que «...»": the quotation stands for it; its speaker is not read twice
            between = _subject_after(that.group(1), verb.end(), lex, runs) if that.group(1).strip() else _IMPLIED
            audience = english and fold(verb.group().split()[-1]) in lex.audience_verbs
            if audience and between.kind != "implied":
                between = _IMPLIED  # "Tom Ray told AFP that ...": who hears, not who speaks (session 18)
            if between.kind == "implied" and not audience and _object_before_that(lex, that.group(1)):
                continue  # "detalló las gestiones que realizará": "que" opens a relative clause of the object
            subject = between if between.kind != "implied" else written_before()
        elif (
            english
            and not told_whom
            and not (gerund and RE_OBJECT_TO.match(tail))  # "urging the crowd to go home": object, to-infinitive
            and RE_CLAUSE_WORD.match(tail)
            and (subject := written_before()) is not None
            and subject.kind != "implied"
            and not _no_clause_after(lex, tail)  # "CLAUSE, X said on Thursday": the inverted order, read below
            and not only_a_speaker_after(text, verb.end(), b, runs)  # "CLAUSE, Y, said chief officer Ken Dale."
        ):
            start, end = _clause(text, verb.end(), b)
            end = _clause_end(lex, text, start, end, next_statements=False)  # "X said CLAUSE, adding ..."
            if verb.group().split()[-1].lower() in lex.joined_verbs:  # "X said CLAUSE, and said ...", not "X accused
                end = _joined_statement_end(lex, text, start, end)  # Y of ... and said ...": what was said follows
            if _object_only(text, start, end, runs):
                continue  # "he told CNN's Kate Bolduan.", "told AAP on Monday": whom he told, no clause
            if fold(verb.group().split()[-1]) in LABEL_FORMS and RE_OBJECT_AS.match(tail):
                joined = RE_AND_SAID.search(text, start, end)
                if joined is None and RE_QUOTE_MARK.search(text, start, end):
                    continue  # "Eric Oget described it as a ‘very important crossing point’": what the object is
                    # called, quoted: the quotation is read as direct speech and stands for it (real22q); with no
                    # quotation ("described the situation as worrying", lead20) the words are a paraphrase, kept
                if joined is not None:
                    start = joined.end()  # "Ley described Hamas's response as "..." and said the organization
                    # was ...": the clause joined by "and said" is what was said
            if verb.group().split()[-1].lower() in TELL_FORMS:
                whom = RE_WHOM_THEN_QUOTE.match(text, start, end)
                if whom:
                    continue  # "Cooper told two residents, “We'll ...”": the quotation stands for what was told
                run = _run_at(runs, start)
                if run is not None and run.end < end:
                    start = end - len(text[run.end : end].lstrip(" \t\n,"))  # "Davis tells KMA News they received
                    # ...", "told Reuters the aircraft was asked ...": the name right after the verb is whom X told
                    if _words_below(text, start, end, 3):
                        continue
            if lo != a and verb.group().split()[-1].lower() in TELL_FORMS:
                continue  # "“...,” KP Raghuvanshi told a news conference.": the quotation is what was told, the
                # words after the verb whom (q11en: 13 such statements over the spent sets, none annotated)
        else:
            if lo != a:  # a quotation closed before the verb in its sentence: no inverted clause
                continue
            near = max(lo, verb.start() - 80)  # the comma is at most five words before the verb
            inverted = RE_INVERTED.search(text, near, verb.start())
            if inverted is None and english:  # "..., Undersecretary of Defence Agustin Radiala Suastegui said"
                inverted = RE_INVERTED_TITLED.search(text, max(lo, verb.start() - 120), verb.start())
            if not inverted:  # most verbs: the speaker after them is not looked for
                continue
            after = _IMPLIED if told_whom else _subject_after(tail, verb.end(), lex, runs)
            if after.kind == "title" and not _speaker_head(lex, after.mention or ""):
                continue  # "X, calificó la notificación del Ministerio como sorpresiva": an object, no speaker
            if english and after.kind == "title" and RE_FINITE_EN.search(after.mention or ""):
                continue  # "..., and locals say the government response has been": a clause, no inverted subject
            rest = "" if told_whom else tail.strip(" .")  # "CLAUSE, X told reporters.": whom X told
            adjunct = lex.subject_end.match(rest) is not None  # "CLAUSE, Green said in the statement."
            if not (rest == "" or adjunct or after.kind != "implied"):
                continue
            cut = inverted.start()  # where the clause said ends
            if after.kind == "implied" and inverted.group().strip(", "):
                subject = _subject_before(text[lo : verb.start()], verb.start(), lex, runs)
                if subject is None or subject.kind == "implied":
                    continue
            elif (
                english
                and after.kind == "implied"
                and (apposed := _apposed_speaker(lex, text, lo, inverted.start(), runs))
            ):
                subject, cut = apposed  # "CLAUSE, the spokesman for the council, John Smith, said."
            else:
                subject = after if after.kind != "implied" else None
            if RE_RELATIVE_AFTER_COMMA.match(inverted.group()):
                continue  # "... fue Jonathan Hernández, quien pidió al partido": a relative clause, not an attribution
            if (
                fold(verb.group().split()[-1]) in RELAY_VERBS
                and _relayed(found, a, inverted.start() + 1)
                and (
                    lex.that.search(" " + text[found[-1].position : found[-1].start]) is not None
                    or fold(text[found[-1].position : found[-1].start].split()[0]) in RELAYED_SAYING
                )
            ):
                continue  # "Shibli Faraz on Friday claimed that ..., ARY News reported.": the outlet relays the
                # statement just read, as "..., según publica La Nación" does (session 22, read18)
            if RE_JOINED_AFTER_COMMA.match(inverted.group()):
                continue  # "El abogado ... planteó preguntas ..., mientras que otra abogada le cuestionó sobre ...": a
                # clause joined to the one before, not its attribution (real21q, session 21)
            start, end = _clause(text, _after_dateline(text, a, cut), cut)
            if _opening_adjunct(text[start:end]):
                continue  # "Respecto al cepo, Milei contó ...": the sentence's opening phrase, not what was said
            if RE_QUOTE_MARK.search(text, start, end):  # '"...", declaró X' is a direct quote
                continue
            clause = text[start:end].rstrip()
            if (
                subject is not None
                and subject.kind == "name"
                and clause.endswith(", " + (subject.mention or ""))  # "..., Ignacio Cosidó, ha declarado": the name
                and _title_of_name(lex, clause[: -len(subject.mention or "") - 2])  # closes the words read
            ):
                continue  # "El director general de la Policía, Ignacio Cosidó, ha declarado sobre ... que": the
                # name's title before it, not a statement (real21q, session 21: kinds read in unseen Spanish coverage)
        if (
            subject is None
            or _words_below(text, start, end, 3)
            or (_opens_quote(text[start:end]) and not (english and _quote_opens_a_clause(text[start:end])))
        ):
            continue
        if subject.kind == "implied" and RE_PLURAL_VERB.match(verb.group()):
            continue  # "Además, acusaron que ...": a group no one names, not the last speaker
        if (
            subject.kind == "pronoun"
            and found
            and found[-1].start < verb.start() <= found[-1].start + NESTED_OPENING
            and lex.pronoun.fullmatch(text[found[-1].start : verb.start()].split(None, 1)[0])
        ):
            continue  # "The adviser said he also pointed out the campaign": the pronoun and its verb open the clause
            # said; what follows them is that statement, not a second one (session 20)
        if (
            lex.language == "es"
            and found
            and found[-1].start < verb.start() < found[-1].end
            and RE_PURPOSE_INFINITIVE.search(text, max(0, verb.start() - 6), verb.end())
        ):
            continue  # "Peña ha explicado que el Gobierno ... han alzado la voz para asegurar que ...": a purpose
            # clause inside the statement just read is part of it, no statement of its own (session 20)
        found.append(_Found(verb.start(), subject, start, end, False))
    markers = _marker_starts(lex, doc.tokens, candidates)
    for a, b, marker in _hits(doc, lex.according_to, lex.marker_words, markers):
        if _inside(marker.start(), mark_starts, mark_ends):
            continue
        comma = text.find(",", marker.end(), b)
        source_at = marker.end()
        told = RE_MARKER_VERB.match(text, source_at, b) or _marker_reporting_verb(lex, text, source_at, b)
        if told and not _run_at(runs, told.end() - len(told.group().split()[-1])):
            source_at = told.end()  # "según ha concretado el presidente", "según explicó X": a verb, then the source
        subject = _subject_after(text[source_at:b], source_at, lex, runs)
        if subject.kind == "title" and lex.report_nouns:
            issuer = _report_source(text, source_at, b, subject, lex, runs)
            if issuer is None:
                continue  # "según un primer balance": a count that names no one
            subject = issuer
        if told and subject.kind == "implied" and RE_COMMA_AFTER.match(text, source_at):
            comma = source_at  # "En la capital, según dijo, el Minsa ...": as the last speaker said
        elif subject.kind != "name" and subject.kind != "title":
            continue
        comma = _comma_after_apposition(text, subject, source_at, b, comma)
        if subject.kind == "name" and comma > 0 and (after_name := RE_TITLE_AFTER_NAME.match(text, comma, b)):
            title = after_name.group(1)
            if lex.speaks(title) and not lex.verb.search(title):
                comma = after_name.end() - 1  # "According to Arif Noori, spokesperson for the provincial governor, the
                # plane crashed ...": the name's title in apposition after it is no part of what was said (real22q)
        if (
            subject.kind == "name"
            and comma > 0
            and marker.start() - a < 40  # the clause read after the source: "CLAUSE, according to Ann Lee of Acme in
            # Albion, its owner." reads no comma after the source (read23: held-out23's honey producer)
            and _clause_after_source(text, subject, source_at, comma)
            and not (told and told_to_whom(lex, text, subject, source_at, comma))  # "Según señaló X a La Voz, ..."
        ):
            continue  # "De acuerdo al Sismológico Nacional uno fue de 1.8, mientras que ...": no comma closes the
            # source; the first comma is inside the clause, which does not start there (session 20)
        if marker.start() - a < 40 and comma > 0:
            start, end = _clause(text, comma + 1, b)
        elif text[a : marker.start()].rstrip().endswith(","):
            if _relayed(found, a, marker.start()):
                continue  # "X señaló que ..., según publica La Nación": the outlet relays X's statement
            start, end = _clause(text, _after_dateline(text, a, marker.start()), text.rfind(",", a, marker.start()))
        else:
            continue
        attributed = RE_ATTRIBUTED.search(text[start:end])  # '"...", declaró Peskov, citado por X'
        if attributed and lex.verb.match(text, start + attributed.end() - len(attributed.group().split()[-1])):
            continue
        if not _words_below(text, start, end, 3) and not _opens_quote(text[start:end]):
            found.append(_Found(marker.start(), subject, start, end, False))
    return found


RE_ISSUED_BY = re.compile(r"(?:\s+[a-záéíóúñ][\w-]*){0,2}?\s+(?:de|del|of|from|by)\s+")  # "preliminar de la", "by"


def _report_source(
    text: str, at: int, end: int, subject: _Subject, lex: SourceLexicon, runs: list[NameRun]
) -> _Subject | None:
    """Who issued the count or report a source marker cites (lexicon ``report_nouns``): "según los últimos datos de
    la policía" is the police's statement, "according to a report by the Health Ministry" the ministry's; a count
    that names no issuer ("según un primer balance", "según un recuento preliminar") names no speaker: None. Any
    other subject is returned as it is (a noun after a capitalised word, "an Interior ministry toll", too).

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> es = lexicon("es")
    >>> def read(text):
    ...     found = _report_source(text, 0, len(text), _subject_after(text, 0, es, name_runs(text, "es")), es, [])
    ...     return found and (found.kind, found.mention)
    >>> read(" los últimos datos de la policía, que"), read(" un primer balance."), read(" el alcalde de Lima.")
    (('title', 'la policía'), None, ('title', 'el alcalde de Lima'))
    """
    mention = subject.mention or ""
    start = text.find(mention, at, end) if mention else -1
    words = mention.split()
    noun = next((i for i, word in enumerate(words[:4]) if fold(word) in lex.report_nouns), None)
    if start < 0 or noun is None or any(not word[:1].islower() for word in words[:noun]):
        return subject
    after = start + len(" ".join(words[: noun + 1])) + (mention[:1] == " ")
    issued = RE_ISSUED_BY.match(text, after, end)
    if issued is None:
        return None
    rest = mention[issued.end() - start :].strip(" ,")  # the issuer as the mention wrote it: the title's reading
    return _Subject("title", rest, None, rest) if rest else None  # ties it to a name as any title's


# An outlet's verbs closing a sentence after another's statement ("..., ARY News reported."), folded (read18)
RELAY_VERBS = frozenset({"reported", "reports", "publica", "publico", "reporta", "reporto"})
# ... after a statement with "that"/"que" or one of these verbs with "that" left out ("Mr Tabu said he was detained
# ..., the Fiji Times reported"), not after any verb ("after he ... described his location, the agency reported")
RELAYED_SAYING = frozenset({"said", "says", "claimed", "claims", "stated", "states"})


def _relayed(found: list[_Found], sentence_start: int, marker_start: int) -> bool:
    """Whether a source marker trailing its sentence ("..., según publica La Nación") follows a statement of the
    same sentence whose reporting verb has its own written subject, running up to the marker: the marker's source
    (an outlet, an agency, a reporter) relays that speaker's words; it is not a second speaker of the whole sentence
    (q12es, a kind of held-out11's misses: "El ministro Axel Kicillof señaló que se produjo por una “cuestión
    cambiaria”, según publica La Nación" made La Nación the speaker of the quotation and of those tied to it).
    A sentence whose statement has no such subject ("Se reportaron daños, según informó la secretaria Rosa Ruiz")
    is still the marker's source's.

    >>> from analysis.sources.subjects import _Subject
    >>> said = _Found(8, _Subject("name", "Ana Gil", "Ana Gil"), 25, 60, False)
    >>> _relayed([said], 0, 62), _relayed([said], 70, 90)
    (True, False)
    """
    return any(
        sentence_start <= item.position < marker_start <= item.end + 2 and item.subject.kind in ("name", "title")
        for item in found
    )


NAME_GOES_ON = frozenset({"y", "e", "de", "del", "la", "las", "los", "el", "and", "of", "the", "for"})


def _clause_after_source(text: str, subject: _Subject, source_at: int, comma: int) -> bool:
    """Whether words in lower case follow a marker's named source before the comma read as closing it: the clause
    goes on from the name ("De acuerdo al Sismológico Nacional uno fue de 1.8, mientras que el otro de 2.8").

    >>> from analysis.sources.subjects import _Subject
    >>> text = "Según el Sismológico Nacional uno fue de 1.8, mientras que el otro de 2.8."
    >>> _clause_after_source(text, _Subject("name", "Sismológico Nacional", "Sismológico Nacional"), 5, text.index(","))
    True
    >>> text = "Según el Sismológico Nacional, uno fue de 1.8."
    >>> _clause_after_source(text, _Subject("name", "Sismológico Nacional", "Sismológico Nacional"), 5, text.index(","))
    False
    """
    mention = subject.mention or ""
    at = text.find(mention, source_at, comma) if mention else -1
    if at < 0:
        return False
    rest = text[at + len(mention) : comma].split()
    return bool(rest) and rest[0][:1].islower() and rest[0] not in NAME_GOES_ON  # not "y Geografía (Inegi) ...":
    # the body's name goes on after the run that read it


def _comma_after_apposition(text: str, subject: _Subject, source_at: int, b: int, comma: int) -> int:
    """The comma closing a marker's source when it is a title and the name in apposition to it ("De acuerdo con el
    ayudante municipal, Eulalio García Hernández, «...»"): the one after the name, not the title's own (q11es: what
    was said starts after the name, not with it). Any other source keeps ``comma``.

    >>> from analysis.sources.subjects import _Subject
    >>> text = "De acuerdo con el ayudante, Eulalio García, hay obras."
    >>> subject = _Subject("name", "el ayudante, Eulalio García", "Eulalio García")
    >>> _comma_after_apposition(text, subject, 14, len(text), text.index(",")) == text.index(", hay")
    True
    """
    name = subject.name
    if subject.kind != "name" or not name or not subject.mention or not subject.mention.endswith(", " + name):
        return comma
    at = text.find(name, source_at, b)
    after = text.find(",", at + len(name), b) if at >= 0 else -1
    return after if after > 0 else comma


RE_TITLE_AFTER_NAME = re.compile(r",\s*((?:the\s+|a\s+|an\s+|el\s+|la\s+)?[a-z][^,;:.«»\"“”\n]{2,80}),")


RE_DATELINE_DASH = re.compile(r"^[^.]{2,40}\.-\s*")  # "MADRID/MURCIA.- " opening a clause


def _title_of_name(lex: SourceLexicon, clause: str) -> bool:
    """Whether the words read as an inverted statement before ", Name, verb" are only a speaker's title, opened by a
    determiner and holding no reporting verb: "El director general de la Policía" before ", Ignacio Cosidó, ha
    declarado" (a dateline before it left out; real21q, session 21).

    >>> from analysis.sources.lexicon import lexicon
    >>> es = lexicon("es")
    >>> [_title_of_name(es, c) for c in ("MADRID.- El director general de la Policía", "El ministro")]
    [True, True]
    >>> [_title_of_name(es, c) for c in ("La situación es grave", "El alcalde dijo que habrá cambios")]
    [False, False]
    """
    words = RE_DATELINE_DASH.sub("", clause.strip())
    return (
        len(words.split()) <= 10
        and lex.determiner.match(words) is not None
        and lex.speaks(words)
        and not lex.verb.search(words)
    )


def _speaker_head(lex: SourceLexicon, mention: str) -> bool:
    """Whether a title's head (its determiner and first noun) is a speaker's: "el portavoz del Kremlin", not "la
    notificación del Ministerio de Salud" (an object whose later words carry a cue).

    >>> from analysis.sources.lexicon import lexicon
    >>> _speaker_head(lexicon("es"), "el portavoz del Kremlin"), _speaker_head(lexicon("es"), "la notificación del Ministerio")
    (True, False)
    """
    words = mention.split()
    if len(words) > 1 and lex.determiner.fullmatch(words[0] + " "):
        words = words[1:]
    head = words[0] if words else ""
    return lex.speaks(head) or lex.person_title.fullmatch(head) is not None
