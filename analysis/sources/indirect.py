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

from analysis.sources.lexicon import SourceLexicon
from analysis.sources.names import NameRun
from analysis.sources.quote_marks import RE_CLOSE_PUNCT, RE_QUOTE_MARK, _inside, _opens_quote
from analysis.sources.subjects import (
    _IMPLIED,
    _Found,
    _gerund_subject,
    _is_gerund,
    _run_at,
    _Subject,
    _subject_after,
    _subject_before,
    _that_pattern,
)
from analysis.text import Doc

RE_CLAUSE_WORD = re.compile(r"\s+[\w$]")
RE_INVERTED = re.compile(r",\s*(?:[^,\s]+\s+){0,5}$")  # "CLAUSE, X said": the comma before the speaker
RE_COLON_QUOTE = re.compile(r"\s*:\s*[«“\"‘]")  # a colon opening a quotation ends a reported clause
RE_ATTRIBUTED = re.compile(r"[»”\"]\s*,\s*\S+")  # a quotation closed, a comma and a word after it
RE_NEXT_STATEMENT = re.compile(
    r"(?:,\s*(?:y\s+|por lo que\s+|and\s+)?|\s+(?:y|e|and)\s+)(?:(?:también|además|also|then)\s+)?"
)


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
    """Whether the word before ``position`` is a determiner ("la denuncia", "the said committee").

    >>> from analysis.sources.lexicon import lexicon
    >>> text = "por la denuncia de robos"
    >>> _after_determiner(lexicon("es"), text, text.index("denuncia")), _after_determiner(lexicon("es"), text, 0)
    (True, False)
    """
    previous = text[max(0, position - 12) : position].split()[-1:]
    return bool(previous) and lex.determiner.fullmatch(previous[0] + " ") is not None


def _clause_end(lex: SourceLexicon, text: str, start: int, end: int) -> int:
    """Where a reported clause ends: before a colon that opens a quotation ('debe seguir trabajando: "Esto
    sigue..."') and before the next statement of its speaker (", por lo que añadió que ...", "y añadió").

    >>> from analysis.sources.lexicon import lexicon
    >>> text = "la ciudad vive un clima de protesta, por lo que añadió que hay que cuidar el orden"
    >>> text[: _clause_end(lexicon("es"), text, 0, len(text))]
    'la ciudad vive un clima de protesta'
    """
    colon = RE_COLON_QUOTE.search(text, start, end)
    end = colon.start() if colon else end
    for next_verb in RE_NEXT_STATEMENT.finditer(text, start, end):
        if lex.verb.match(text, next_verb.end()) and not _after_determiner(lex, text, next_verb.end()):
            return _clause(text, start, next_verb.start())[1]
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


def _object_before_that(lex: SourceLexicon, between: str) -> bool:
    """Whether the words between a verb and "que"/"that" are its object, a noun phrase naming no speaker
    ("detalló las gestiones que ..."): the word then opens a relative clause, not a reported one. A time
    ("este lunes"), a medium ("a la prensa") or another verb's phrase ("la información y entregó ...") is no object.

    >>> from analysis.sources.lexicon import lexicon
    >>> es = lexicon("es")
    >>> [_object_before_that(es, w) for w in (" las gestiones ", " este lunes ", " a la prensa ", " el ministro ")]
    [True, False, False, False]
    """
    words = between.split()
    if not words or lex.adverbs.fullmatch(" " + between.strip()) or lex.media_frame.match(between.strip() + " "):
        return False
    if lex.verb.search(between) or {"y", "e", "and"} & {w.lower() for w in words}:
        return False
    return lex.determiner.fullmatch(words[0] + " ") is not None and not lex.speaks(between)


def _indirect(doc: Doc, lex: SourceLexicon, runs: list[NameRun], marks: list[tuple[int, int]]) -> list[_Found]:
    """Attributed statements: "X afirmó que CLAUSE", "X said CLAUSE", "según X, CLAUSE", "CLAUSE, X said"."""
    text, found = doc.article.text, []
    english = lex.language == "en"
    mark_starts = [s for s, _ in marks]
    mark_ends = [e for _, e in marks]
    candidates = list(compress(count(), map(_cue_words(lex).__contains__, doc.tokens)))  # one pass, in C
    for a, b, verb in _hits(doc, lex.verb, lex.verb_words, candidates):
        if _inside(verb.start(), mark_starts, mark_ends) or _after_determiner(lex, text, verb.start()):
            continue  # "la denuncia de robos que ...": a verb form after a determiner is a noun
        before = bisect.bisect_right(mark_ends, verb.start()) - 1  # the last quote closed before the verb
        lo = mark_ends[before] if before >= 0 and mark_ends[before] >= a else a
        tail = text[verb.end() : b]
        that = _that_pattern(lex).match(tail)
        gerund = _is_gerund(verb.group())

        def written_before(lo: int = lo, at: int = verb.start(), gerund: bool = gerund) -> _Subject | None:
            if gerund:  # "Espinoza rechazó esta afirmación, señalando que ...": the subject of the main clause
                return _gerund_subject(text, lo, at, lex, runs)
            return _subject_before(text[lo:at], at, lex, runs)

        if that:
            start, end = _clause(text, verb.end() + that.end(), b)
            end = _clause_end(lex, text, start, end)
            if _words_below(text, start, end, 3) or _opens_quote(text[start:end]):
                continue  # "dijo que «...»": the quotation stands for it; its speaker is not read twice
            between = _subject_after(that.group(1), verb.end(), lex, runs) if that.group(1).strip() else _IMPLIED
            if between.kind == "implied" and _object_before_that(lex, that.group(1)):
                continue  # "detalló las gestiones que realizará": "que" opens a relative clause of the object
            subject = between if between.kind != "implied" else written_before()
        elif (
            english
            and not (gerund and RE_OBJECT_TO.match(tail))  # "urging the crowd to go home": object, to-infinitive
            and RE_CLAUSE_WORD.match(tail)
            and (subject := written_before()) is not None
            and subject.kind != "implied"
        ):
            word = tail.split()[0]
            if lex.subject_end.fullmatch(word) or lex.pronoun.fullmatch(word) and len(tail.split()) < 3:
                continue
            start, end = _clause(text, verb.end(), b)
        else:
            near = max(lo, verb.start() - 80)  # the comma is at most five words before the verb
            inverted = RE_INVERTED.search(text, near, verb.start())
            if not inverted or lo != a:  # most verbs: the speaker after them is not looked for
                continue
            after = _subject_after(tail, verb.end(), lex, runs)
            rest = tail.strip(" .")
            adjunct = lex.subject_end.match(rest) is not None  # "CLAUSE, Green said in the statement."
            if not (rest == "" or adjunct or after.kind != "implied"):
                continue
            if after.kind == "implied" and inverted.group().strip(", "):
                subject = _subject_before(text[lo : verb.start()], verb.start(), lex, runs)
                if subject is None or subject.kind == "implied":
                    continue
            else:
                subject = after if after.kind != "implied" else None
            start, end = _clause(text, a, inverted.start())
            if RE_QUOTE_MARK.search(text, start, end):  # '"...", declaró X' is a direct quote
                continue
        if subject is None or _words_below(text, start, end, 3) or _opens_quote(text[start:end]):
            continue
        found.append(_Found(verb.start(), subject, start, end, False))
    markers = _marker_starts(lex, doc.tokens, candidates)
    for a, b, marker in _hits(doc, lex.according_to, lex.marker_words, markers):
        if _inside(marker.start(), mark_starts, mark_ends):
            continue
        comma = text.find(",", marker.end(), b)
        source_at = marker.end()
        told = RE_MARKER_VERB.match(text, source_at, b)
        if told and not _run_at(runs, told.end() - len(told.group().split()[-1])):
            source_at = told.end()  # "según ha concretado el presidente", "según explicó X": a verb, then the source
        subject = _subject_after(text[source_at:b], source_at, lex, runs)
        if subject.kind != "name" and subject.kind != "title":
            continue
        if marker.start() - a < 40 and comma > 0:
            start, end = _clause(text, comma + 1, b)
        elif text[a : marker.start()].rstrip().endswith(","):
            start, end = _clause(text, a, text.rfind(",", a, marker.start()))
        else:
            continue
        attributed = RE_ATTRIBUTED.search(text[start:end])  # '"...", declaró Peskov, citado por X'
        if attributed and lex.verb.match(text, start + attributed.end() - len(attributed.group().split()[-1])):
            continue
        if not _words_below(text, start, end, 3) and not _opens_quote(text[start:end]):
            found.append(_Found(marker.start(), subject, start, end, False))
    return found
