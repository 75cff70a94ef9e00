"""Who says what: direct quotations and attributed statements, with their speaker, per article.

Direct quotations are the text between «», “”, "" or ‘’ on one line; the speaker
comes from the words around them (lexicons/sources_<lang>.yaml):

- after the quote: ``«...», dijo Peskov`` · ``"...," Powell said`` · ``«...» —afirmó el ministro—``;
- before it, in the same sentence: ``Lavrov afirmó: «...»`` · ``Maduro dijo que su Gobierno tiene una
  «comunicación diaria»`` · ``según Peskov, «...»`` · ``Grandi: «...»``;
- a pronoun ("he said", "ella dijo") or no subject ("añadió: «...»") is the last speaker;
- a quote that opens a sentence with no attribution of its own continues the last speaker
  (``settings/sources.yaml``: ``continuation_min_words``).

Indirect statements are a reporting verb with a named (or pronoun, or implied)
speaker and its clause: ``Peskov afirmó que CLAUSE`` · ``Powell said (that) CLAUSE`` ·
``según X, CLAUSE`` · ``CLAUSE, según X`` · ``CLAUSE, X said``.

A speaker is the name as written, completed from the article ("Gil" → "Yván Gil"),
or a title ("el vocero del Kremlin") tied to a name by the same cue word in the
article, else to the last speaker when their roles agree. Quotes with no speaker
found are not kept (scare quotes, titles of programmes).

>>> from analysis.corpus.records import Article
>>> from analysis.text import build
>>> text = build([Article("a", "«No daré más detalles», afirmó el portavoz, Dmitri Peskov. Y añadió que habrá más contactos.",
...                       language="es")])
>>> [(q.speaker, q.direct, q.text) for q in extract(text)]
[('Dmitri Peskov', True, 'No daré más detalles'), ('Dmitri Peskov', False, 'habrá más contactos')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import compress, count, islice

import numpy as np

from analysis import parallel
from analysis.config import load_yaml, settings
from analysis.corpus.places import places_in
from analysis.sources.lexicon import SourceLexicon, fold, lexicon
from analysis.sources.names import NameRun, canonical_names, name_index, name_runs, resolve_in_article
from analysis.text import ABBREVIATIONS, Doc, TextCorpus, stop_words

__all__ = ["Quote", "extract", "quotes_in"]

# «…» and “…” (mixed closings as published), "…", and ‘…’ whose closing mark is not an apostrophe.
# A “ closing a quote before punctuation is a typo published as is ("…así“, agregó").
# «…” closes at ” only when no » follows on the line («a “b” c» keeps its inner quote).
RE_QUOTE = re.compile(
    r"«([^«»\n]+?)(?:»|”(?![^«»\n]*»))|“([^“”«»\n]+)(?:[”»\"]|“(?=[,.;:]))|\"([^\"“”«»\n]+)[\"”]|‘([^‘\n]+?)’(?!\w)"
)
# A quotation opened at the start of a paragraph (or after a colon) and not closed on its line runs to the
# paragraph's end: the convention of quotes of several paragraphs (each opens, only the last closes).
RE_OPEN_LINE = re.compile(r"(?:\n[ \t]*|:[ \t]+)([«“\"‘])")
OPEN_TRAIL = ' \t.,;:«“"‘'
RE_CLAUSE_WORD = re.compile(r"\s+[\w$]")
RE_INVERTED = re.compile(r",\s*(?:[^,\s]+\s+){0,5}$")  # "CLAUSE, X said": the comma before the speaker
RE_NAME_TAIL = re.compile(r"\s*(?:\([^)]{1,40}\))?\s*,?\s*$")
RE_WORD = re.compile(r"\w+")
RE_QUOTE_MARK = re.compile(r"[«»“”\"]")
RE_CLOSE_PUNCT = re.compile(r"[\s,.;:]+$")
RE_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|\n")
RE_LINK = re.compile(r"\s*[,]?\s*[—–-]?\s*")
RE_CLAUSE_STOP = re.compile(r"[,.;:—–\n(«»\"“”]")
RE_CONJUNCTION = re.compile(r"(?:^|[\s,])(?:y|e|pero|and|but|then)\s*$", re.IGNORECASE)
APPOSITION = r"\s*(?:\([^)]{1,40}\))?\s*,\s*[a-záéíóúñ(][^,.;:«»\"“”\n]{2,120},\s*"
RE_APPOSITION = re.compile(APPOSITION)
ADVERB_WINDOW = 80  # characters before a verb where adverbs and clitics between speaker and verb are looked for
RE_GERUND = re.compile(r"(?:ndo|ndol[ao]s?|ing)$", re.IGNORECASE)  # "añadiendo", "calificándola", "adding"
PREPOSITIONS = frozenset({"en", "a", "con", "por", "in", "at", "with", "by", "to", "from", "desde"})
TITLE_LINKS = frozenset({"de", "del", "para", "of", "for", "at"})
# A name after one of these before a colon is an object, not the speaker ("el ataque contra Feijóo: «...»").
OBJECT_LINKS = PREPOSITIONS | TITLE_LINKS | {"contra", "sobre", "against", "about", "al"}
PERSONAL = frozenset({"he", "she", "el", "ella"})  # folded: "él" → "el"; they/it may be a body
DEMONSTRATIVE = frozenset({"este", "esta"})  # folded "éste", "ésta": the person named last ("la señora X, ésta dijo")
ARTICLES = frozenset({"el", "la", "los", "las", "the"})
RE_POST_RELATIVE = re.compile(r",\s*(?:who|quien|quienes)\b[^\n.;]{1,120}?,\s*")  # ", who once boasted ..., "
RE_AGE = re.compile(r"^(?:de\s+)?\d{1,3}\s|(?<!\w)\d{1,3}\s+(?:anos|years?\s+old)(?!\w)")  # folded descriptions
RE_COLON_QUOTE = re.compile(r"\s*:\s*[«“\"‘]")  # a colon opening a quotation ends a reported clause
RE_NEXT_STATEMENT = re.compile(
    r"(?:,\s*(?:y\s+|por lo que\s+|and\s+)?|\s+(?:y|e|and)\s+)(?:(?:también|además|also|then)\s+)?"
)
RE_LOWER_TITLE = re.compile(r"(?:\s+[a-z][\w-]*){1,4}\s+")  # "press secretary" between a body and a name
RE_TRAILING_LINK = re.compile(r"(?:\s+(?:de|del|de la|de los|de las|of|of the|for|for the))+$", re.IGNORECASE)
RE_CHAIN = re.compile(r"[ \t.,;]*")  # between two quotations that follow each other on a line
RE_LEDE_VERB = re.compile(r"\s*,?\s+(?!(?:y|e|and)\s)[a-záéíóúñ]")  # a lower-case word, not "y", after the lede's name
RE_RELATIVE = re.compile(r",\s*(?:quien|quienes|who)\b[^,]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Quote:
    """A statement in an article: who (``speaker``, normalised; ``mention`` as written, None when implied),
    their ``role``, the words (``text`` = ``article text[start:end]``), and whether they are quoted (``direct``)."""

    article: str
    speaker: str
    mention: str | None
    role: str
    text: str
    start: int
    end: int
    direct: bool

    def to_json(self) -> dict[str, object]:
        return {
            "article": self.article,
            "speaker": self.speaker,
            "mention": self.mention,
            "role": self.role,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "direct": self.direct,
        }


@dataclass(frozen=True)
class _Subject:
    """A speaker as the text gives it: a ``name``, a title ``mention``, a pronoun, or none (implied)."""

    kind: str  # "name", "title", "pronoun", "implied"
    mention: str | None
    name: str | None = None
    description: str = ""


_IMPLIED = _Subject("implied", None)


@cache
def _title_pattern(lex: SourceLexicon) -> re.Pattern[str]:
    """A speaker described by a title at the end of a text: "el portavoz del gobierno ruso"."""
    return re.compile(rf"(?:^|[\s,]){lex.determiner.pattern}([^,.;:«»\"“”()\n]{{2,80}})$", re.IGNORECASE)


@cache
def _that_pattern(lex: SourceLexicon) -> re.Pattern[str]:
    """Up to six words, then the word opening a reported clause ("informó este lunes que")."""
    return re.compile(rf"((?:\s+[^\s,.;:«»\"“”]+){{0,6}}?){lex.that.pattern}\s", re.IGNORECASE)


def _name_at_end(pre: str, runs: list[NameRun], offset: int) -> NameRun | None:
    """The name that ends ``pre`` (text ending at ``offset``), allowing "(AMLO)" and a comma after it."""
    window = max(0, len(pre) - 60)
    tail = RE_NAME_TAIL.search(pre, window)
    end = offset - (len(pre) - tail.start()) if tail else offset
    at = bisect.bisect_right(runs, end, key=_END) - 1
    return runs[at] if at >= 0 and runs[at].end == end else None


def _START(run: NameRun) -> int:
    return run.start


def _END(run: NameRun) -> int:
    return run.end


def _run_at(runs: list[NameRun], start: int) -> NameRun | None:
    """The name starting at ``start``, if any (``runs`` are in text order)."""
    at = bisect.bisect_left(runs, start, key=_START)
    return runs[at] if at < len(runs) and runs[at].start == start else None


def _subject_before(pre: str, offset: int, lex: SourceLexicon, runs: list[NameRun]) -> _Subject | None:
    """The speaker written right before a verb (``pre`` ends at ``offset``); implied when none is written.

    A speaker of a relative clause ("López Obrador, quien ha dicho que ...") is marked ``description="relative"``:
    said in passing, they do not become the article's last speaker.
    """
    subject = _written_before(pre, offset, lex, runs)
    if subject is not None and subject.kind == "name" and RE_RELATIVE.search(pre, max(0, len(pre) - 200)):
        return _Subject(subject.kind, subject.mention, subject.name, "relative")
    return subject


def _written_before(pre: str, offset: int, lex: SourceLexicon, runs: list[NameRun]) -> _Subject | None:
    """:func:`_subject_before` before a relative clause's speaker is marked."""
    window = max(0, len(pre) - ADVERB_WINDOW)  # the adverbs end the text: search only its end
    trimmed = pre[:window] + lex.adverbs.sub("", pre[window:])
    offset -= len(pre) - len(trimmed)
    opening_phrase = "," in pre[len(trimmed) :] or trimmed.rstrip().endswith(",")  # "En este sentido, ha dicho"
    pre = trimmed
    relative = RE_RELATIVE.search(pre)
    if relative:
        offset -= len(pre) - relative.start()
        pre = pre[: relative.start()]
    stripped = pre.rstrip(" ,")
    conjunction = RE_CONJUNCTION.search(stripped)
    words = stripped.split()
    if conjunction is None and words and words[-1].lower() in lex.clause_openers:
        conjunction = re.search(r"\S+$", stripped)  # "acompañó la expectativa del Presidente cuando expresó"
    if conjunction:  # "El embajador, X, se refirió a ... y precisó que": the clause's subject
        opening = _opening_subject(pre, offset, lex, runs)
        if opening is not None:
            return opening
        previous_verb = re.search(r"\S+$", stripped[: conjunction.start()])  # "X ha condenado y calificado"
        if previous_verb and lex.verb.fullmatch(previous_verb.group()):
            inner = stripped[: previous_verb.start()]
            earlier = _subject_before(inner, offset - (len(pre) - len(inner)), lex, runs)
            if earlier is not None and earlier.kind == "name":
                return earlier
        return _IMPLIED
    if not stripped.strip() or stripped.endswith((".", ";", ":", "\n")):
        return _IMPLIED
    for at in range(bisect.bisect_right(runs, offset, key=_END) - 1, -1, -1):
        run = runs[at]  # "José López, profesor de la Universidad de Madrid, valora"
        if run.end < offset - 160:
            break
        if run.end <= offset - len(pre) or not RE_APPOSITION.fullmatch(pre, len(pre) - (offset - run.end)):
            continue
        return _Subject("name", run.name, run.name)
    ending = _name_at_end(pre, runs, offset)
    before = pre[: len(pre) - (offset - ending.start)] if ending is not None else ""
    framed = ending is not None and not relative and _after_preposition(before)  # "en diálogo con RNE dijo"
    if ending is not None and not framed and not _in_title(before) and not _titled(lex, before, ending.name):
        return _Subject("name", ending.name, ending.name)
    last = stripped.split()[-1]
    if lex.pronoun.fullmatch(last):
        return _Subject("pronoun", last)
    title = _title_pattern(lex).search(stripped, max(0, len(stripped) - 100))
    if title and lex.speaks(title.group()) and not _after_preposition(stripped[: title.start() + 1]):
        head = stripped[: title.start() + 1]
        if head.rstrip().endswith(","):  # "Yanina, una de las vecinas relató": the name the title describes
            named = _name_at_end(head, runs, offset - (len(pre) - len(head)))
            ahead = head[: len(head) - (offset - (len(pre) - len(head)) - named.start)] if named else ""
            if named is not None and (not ahead.strip() or ahead.rstrip()[-1] in ",.;:"):  # opens its clause
                return _Subject("name", named.name, named.name)
        mention = title.group().strip(" ,")
        return _Subject("title", mention, None, mention)
    if opening_phrase or framed:  # "En este sentido, ha explicado que": an opening phrase, the subject implied
        return _IMPLIED
    return None


def _opening_subject(pre: str, offset: int, lex: SourceLexicon, runs: list[NameRun]) -> _Subject | None:
    """The name that opens the clause ``pre`` as its subject ("Este lunes, el embajador ruso, X, ...")."""
    start = offset - len(pre)
    for run in islice(runs, bisect.bisect_left(runs, start, key=_START), None):
        if run.start >= offset:
            break
        head = pre[: run.start - start]
        if not re.fullmatch(
            rf"(?:[^,]{{0,40}},\s*)?(?:{lex.determiner.pattern}[^,.;:]{{0,80}}?,?\s*)?", head, re.IGNORECASE
        ):
            return None
        words = head.split()
        if (
            not words
            and " " not in run.name
            and not any(r is not run and (r.name == run.name or r.name.endswith(" " + run.name)) for r in runs)
        ):
            continue  # one capitalised word opening a sentence, named nowhere else: "Bromista con las palabras de"
        if not _in_title(head) and not (words and fold(words[-1]) in PREPOSITIONS):
            return _Subject("name", run.name, run.name)
    return None


def _subject_after(rest: str, offset: int, lex: SourceLexicon, runs: list[NameRun]) -> _Subject:
    """The speaker written right after a verb ("dijo el ministro en ..."), up to a stop word or punctuation.

    A frame naming the medium spoken to is skipped ("cuenta a Univision Noticias esta madre").
    """
    frame = lex.media_frame.match(rest)
    if frame:
        medium = _run_at(runs, offset + frame.end())
        if medium is not None:
            skip = medium.end - offset
            acronym = re.match(r"\s*\([^)]{1,12}\)", rest[skip:])
            skip += acronym.end() if acronym else 0
            offset, rest = offset + skip, rest[skip:]
    stop = RE_CLAUSE_STOP.search(rest)
    chunk = rest[: stop.start()] if stop else rest
    chunk = chunk[:200]
    ends = lex.subject_end.search(chunk, 1)
    if ends:
        chunk = chunk[: ends.start()]
    chunk = chunk.strip()
    if not chunk:
        return _IMPLIED
    lead = len(rest) - len(rest.lstrip())
    for run in islice(runs, bisect.bisect_left(runs, offset + lead, key=_START), None):
        if offset + lead <= run.start < offset + lead + len(chunk):
            if lex.language == "en" and re.match(r"\s+[a-z]", chunk[run.end - offset - lead :]):
                if lex.determiner.match(chunk) and run.start > offset + lead:
                    break  # "said one Paradise resident": the name qualifies a title
                return _IMPLIED  # "said Manafort had lived": the name is the reported clause's subject
            if not _in_title(rest[: run.start - offset]) and not _titled(lex, rest[: run.start - offset], run.name):
                return _Subject("name", run.name, run.name)
        break  # the first name at or after the chunk's start is the only one that can open it
    if lex.pronoun.fullmatch(chunk):
        return _Subject("pronoun", chunk)
    if lex.determiner.match(chunk) and lex.speaks(chunk):
        apposition = re.match(r"\s*,\s*", rest[len(chunk) + lead :]) if stop and rest[stop.start()] == "," else None
        if apposition:
            at = offset + lead + len(chunk) + apposition.end()
            named = _run_at(runs, at)
            if named is not None:
                return _Subject("name", f"{chunk}, {named.name}", named.name)
        return _Subject("title", chunk, None, chunk)
    return _IMPLIED


@cache
def _is_gerund(verb: str) -> bool:
    """Whether a reporting verb is a gerund ("añadiendo", "adding", "pointing out"): its subject is the clause's.

    >>> _is_gerund("pointing out"), _is_gerund("ha dicho")
    (True, False)
    """
    return any(RE_GERUND.search(word) for word in verb.split())


def _titled(lex: SourceLexicon, before: str, name: str) -> bool:
    """Whether a capitalised run is a person's title after a determiner ("El Ministro de Economía resaltó").

    >>> _titled(lexicon("es"), "Ayer, el ", "Ministro de Economía"), _titled(lexicon("es"), "", "Luis Caputo")
    (True, False)
    """
    words = before.split()
    return bool(words) and bool(lex.determiner.fullmatch(words[-1] + " ")) and bool(lex.person_title.match(name))


def _clause_stop(segment: str) -> bool:
    """Whether punctuation ends a clause in ``segment``; the full stop of an abbreviation does not
    ('"...," California Fire Capt. Scott McLean said').

    >>> _clause_stop("California Fire Capt. Scott McLean "), _clause_stop("the town. Then Ana ")
    (False, True)
    """
    for stop in RE_CLAUSE_STOP.finditer(segment):
        word = re.search(r"(\w+)$", segment[: stop.start()]) if stop.group() == "." else None
        if word is None or (word.group(1).lower() not in ABBREVIATIONS and len(word.group(1)) > 1):
            return True
    return False


def _in_name_phrase(before: str) -> bool:
    """Whether a name right after ``before`` continues a capitalised phrase across a preposition
    ("Atención a Víctimas"), unlike a name after a phrase's preposition ("according to the Ministry").

    >>> _in_name_phrase("de Atención a "), _in_name_phrase("according to the ")
    (True, False)
    """
    words = before.split()[-2:]
    return len(words) == 2 and fold(words[1]) in PREPOSITIONS and words[0][:1].isupper()


def _after_preposition(before: str) -> bool:
    """Whether a name right after ``before`` follows a preposition ("con Radio Nacional", "a la AFP").

    >>> _after_preposition("en diálogo con "), _after_preposition("Ayer, el ministro ")
    (True, False)
    """
    words = [fold(w) for w in before.split()[-2:]]
    return bool(words) and (
        words[-1] in PREPOSITIONS or len(words) > 1 and words[-1] in ARTICLES and words[-2] in PREPOSITIONS
    )


def _in_title(before: str) -> bool:
    """Whether a name right after ``before`` belongs to a title ("el portavoz del Kremlin", "spokesman for the UN")."""
    words = [fold(w) for w in before.split()[-2:]]  # only the last two words decide
    if not words:
        return False
    return words[-1] in TITLE_LINKS or len(words) > 1 and words[-1] in ARTICLES and words[-2] in TITLE_LINKS


def _sentence_bounds(doc: Doc, position: int) -> tuple[int, int]:
    """The span of the sentence of the text pipeline that holds ``position``."""
    at = bisect.bisect_right(doc.sentences, (position, len(doc.article.text) + 1)) - 1
    if at >= 0 and doc.sentences[at][0] <= position < doc.sentences[at][1]:
        return doc.sentences[at]
    return position, position


def _postposed(text: str, mark_end: int, lex: SourceLexicon, runs: list[NameRun]) -> _Subject | None:
    """The attribution written after a closing quote mark, if any."""
    line_end = text.find("\n", mark_end)
    window = text[mark_end : (line_end if line_end >= 0 else len(text))][:240]
    link = RE_LINK.match(window)
    assert link is not None  # every part of the pattern is optional
    rest = window[link.end() :]
    joined = bool(link.group().strip()) or text[mark_end - 2 : mark_end - 1] in ",?!"
    clitic = lex.clitic.match(rest)  # "«...», le ha dicho": a clitic may come between the comma and the verb
    verb = lex.verb.match(rest, clitic.end() if clitic else 0)
    if verb and _is_gerund(verb.group()):
        return None  # '"...," pointing out that "...": a gerund attributes what follows it, not this quote
    if verb:
        if not joined and not rest[:1].islower():
            return None
        return _subject_after(rest[verb.end() :], mark_end + link.end() + verb.end(), lex, runs)
    if not joined:
        return None
    named = _run_at(runs, mark_end + link.end())
    relative = RE_POST_RELATIVE.match(text, named.end) if named is not None else None
    if named is not None and relative and lex.verb.match(text, relative.end()):
        return _Subject("name", named.name, named.name)  # '"...," Cohen, who once boasted ..., told the judge'
    first = re.match(r"([^,.;:«»\"“”\n]{1,70}?)\s+(?=\S)", rest)
    for later in lex.verb.finditer(rest, 0, 90):
        if first is None or later.start() > 90:
            break
        subject = _subject_before(rest[: later.start()], mark_end + link.end() + later.start(), lex, runs)
        if subject is not None and subject.kind != "implied" and not _clause_stop(rest[: later.start()]):
            return subject
        break
    return None


def _preposed(
    text: str, clause_start: int, mark_start: int, lex: SourceLexicon, runs: list[NameRun]
) -> _Subject | None:
    """The attribution written before an opening quote mark in the same sentence, if any."""
    prefix = text[clause_start:mark_start]
    cue = None
    for word in RE_WORD.finditer(prefix):
        if word.group().lower() in lex.verb_words:
            verb = lex.verb.match(prefix, word.start())
            previous = prefix[: word.start()].split()[-1:]
            if verb and not (previous and lex.determiner.fullmatch(previous[0] + " ")):
                cue = ("verb", verb)  # not after a determiner: "that said committee", "lo dicho" are no verbs
    for match in lex.according_to.finditer(prefix):
        if cue is None or match.start() > cue[1].start():
            cue = ("according", match)
    if cue is None:
        colon = re.search(r":\s*$", prefix)
        if colon:  # "Grandi: «...»"; "el aeropuerto estaba lleno de gente: «...»" (the sentence's subject, or implied)
            head = prefix[: colon.start()]
            relative = RE_RELATIVE.search(head)  # "Así lo vivió Betto García, quien estaba de vacaciones:"
            run = _name_at_end(head[: relative.start()] if relative else head, runs,
                               clause_start + (relative.start() if relative else colon.start()))  # fmt: skip
            object_words = text[clause_start : run.start].split() if run is not None else []
            if object_words and fold(object_words[-1]) in OBJECT_LINKS:
                run = None  # "las palabras de Carvajal:", "el ataque contra Feijóo:": the name is not who speaks
            if run is not None and len(prefix[: colon.start()].split()) <= 12:
                return _Subject("name", run.name, run.name)
            return _opening_subject(prefix[: colon.start()], clause_start + colon.start(), lex, runs) or _IMPLIED
        return None
    kind, match = cue
    if kind == "verb" and _is_gerund(match.group()):
        return _IMPLIED
    after = _subject_after(prefix[match.end() :], clause_start + match.end(), lex, runs)
    if kind == "verb" and after.kind == "name" and lex.language == "en":  # "Spicer said the Department of Justice
        before = _subject_before(prefix[: match.start()], clause_start + match.start(), lex, runs)  # “is ...”"
        if before is not None and before.kind != "implied":  # English writes its subject before the verb
            return before
    if kind == "according" or after.kind != "implied":
        return after if after.kind != "implied" or kind == "verb" else None
    before = _subject_before(prefix[: match.start()], clause_start + match.start(), lex, runs)
    if before is None:  # "cuando expresó que «...»": a verb right after a clause opener has an unwritten subject
        words = lex.adverbs.sub("", prefix[: match.start()]).split()
        if words and words[-1].lower() in lex.clause_openers:
            return _IMPLIED
    return before


def _ties(lex: SourceLexicon, text: str, run: NameRun) -> set[str]:
    """The cue words a name can be referred to by ("el portavoz"), none for a name inside a title."""
    before = text[max(0, run.start - 12) : run.start]
    if _in_title(before) or _titled(lex, before, run.name) or _in_name_phrase(before):
        return set()  # "el portavoz del Kremlin", "la representante de Atención a Víctimas": inside a title
    return _cues(lex, run.description)


def _cues(lex: SourceLexicon, description: str) -> set[str]:
    """The role cue words in ``description`` (folded): what ties "el portavoz" to "el portavoz, Dmitri Peskov"."""
    folded = fold(description)
    return {m.group() for _, cue in lex.roles for m in cue.finditer(folded)}


def _tied(
    lex: SourceLexicon,
    text: str,
    runs: list[NameRun],
    mention: str,
    position: int,
    marks: list[tuple[int, int]],
    folded: str | None = None,
) -> NameRun | None:
    """The name a title stands for: a name written with the same cue word ("el portavoz" → "el portavoz del
    Kremlin, Dmitri Peskov"), sharing the most words of the title ("el ministro de Producción" → the minister
    of Production, not another minister), the nearest before it, else the last after it. Names inside
    quotations are not described by the writer and are left out. ``folded`` (the article folded, same length)
    lets names with no cue word near them be skipped before their description is read.

    >>> text = "El ministro de Economía, Ana Ruiz, y el ministro de Producción, Luis Gil, hablaron."
    >>> from analysis.sources.names import name_runs
    >>> _tied(lexicon("es"), text, name_runs(text, "es"), "el ministro de Producción", len(text), []).name
    'Luis Gil'
    """
    cues = _cues(lex, mention)
    if not cues:
        return None
    words = {w for w in fold(mention).split() if len(w) > 3}
    starts, ends = [s for s, _ in marks], [e for _, e in marks]
    near = _cue_pattern(frozenset(cues))
    best, best_key = None, None
    for run in runs:
        # A run's description lies within 120 characters before it and 160 after: look for a cue there first.
        if folded is not None and not near.search(folded, max(0, run.start - 130), run.end + 170):
            continue
        if not _ties(lex, text, run) & cues or _inside(run.start, starts, ends) or _is_place(run.name, lex.language):
            continue  # a place described with the cue ("one Paradise resident who fled to Chico") is nobody
        key = (len(words & set(fold(run.description).split())), run.start < position, run.start)
        if best_key is None or key > best_key:
            best, best_key = run, key
    return best


@cache
def _cue_pattern(cues: frozenset[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)))


@dataclass(frozen=True)
class _Found:
    """A statement before its speaker is resolved."""

    position: int  # where its attribution is read, for "the last speaker"
    subject: _Subject
    start: int
    end: int
    direct: bool


@cache
def _cue_words(lex: SourceLexicon) -> frozenset[str]:
    """The words a reporting verb or an "according to" marker starts with (the union made once per lexicon)."""
    return lex.verb_words | lex.marker_words


def _inside(position: int, starts: list[int], ends: list[int]) -> bool:
    """Whether ``position`` is inside one of the sorted, disjoint spans (``starts``, ``ends``)."""
    at = bisect.bisect_right(starts, position) - 1
    return at >= 0 and position < ends[at]


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
    text, starts, sentence_of = doc.article.text, doc.starts, doc.token_sentences
    for i in found:
        match = pattern.match(text, int(starts[i]))
        if match:
            a, b = doc.sentences[int(sentence_of[i])]
            if match.end() <= b:
                yield a, b, match


def _after_determiner(lex: SourceLexicon, text: str, position: int) -> bool:
    """Whether the word before ``position`` is a determiner ("la denuncia", "the said committee").

    >>> text = "por la denuncia de robos"
    >>> _after_determiner(lexicon("es"), text, text.index("denuncia")), _after_determiner(lexicon("es"), text, 0)
    (True, False)
    """
    previous = text[max(0, position - 12) : position].split()[-1:]
    return bool(previous) and lex.determiner.fullmatch(previous[0] + " ") is not None


def _clause_end(lex: SourceLexicon, text: str, start: int, end: int) -> int:
    """Where a reported clause ends: before a colon that opens a quotation ('debe seguir trabajando: "Esto
    sigue..."') and before the next statement of its speaker (", por lo que añadió que ...", "y añadió").

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


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` without the spaces and closing punctuation around it."""
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip(" ,:"))
    trail = RE_CLOSE_PUNCT.search(piece)
    return start + lead, (start + trail.start()) if trail else end


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
            return _IMPLIED if gerund else _subject_before(text[lo:at], at, lex, runs)

        if that:
            between = _subject_after(that.group(1), verb.end(), lex, runs) if that.group(1).strip() else _IMPLIED
            subject = between if between.kind != "implied" else written_before()
            start, end = _clause(text, verb.end() + that.end(), b)
            end = _clause_end(lex, text, start, end)
        elif (
            english
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
            after = _subject_after(tail, verb.end(), lex, runs)
            rest = tail.strip(" .")
            adjunct = lex.subject_end.match(rest) is not None  # "CLAUSE, Green said in the statement."
            if not inverted or lo != a or not (rest == "" or adjunct or after.kind != "implied"):
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
        if subject is None or len(text[start:end].split()) < 3 or _opens_quote(text[start:end]):
            continue
        found.append(_Found(verb.start(), subject, start, end, False))
    for a, b, marker in _hits(doc, lex.according_to, lex.marker_words, candidates):
        if _inside(marker.start(), mark_starts, mark_ends):
            continue
        comma = text.find(",", marker.end(), b)
        subject = _subject_after(text[marker.end() : b], marker.end(), lex, runs)
        if subject.kind != "name" and subject.kind != "title":
            continue
        if marker.start() - a < 40 and comma > 0:
            start, end = _clause(text, comma + 1, b)
        elif text[a : marker.start()].rstrip().endswith(","):
            start, end = _clause(text, a, text.rfind(",", a, marker.start()))
        else:
            continue
        attributed = re.search(r"[»”\"]\s*,\s*\S+", text[start:end])  # '"...", declaró Peskov, citado por X'
        if attributed and lex.verb.match(text, start + attributed.end() - len(attributed.group().split()[-1])):
            continue
        if len(text[start:end].split()) >= 3 and not _opens_quote(text[start:end]):
            found.append(_Found(marker.start(), subject, start, end, False))
    return found


def _previous_subject(doc: Doc, sentence_start: int, lex: SourceLexicon, runs: list[NameRun]) -> _Subject:
    """The person a quote continues: the name opening the previous sentence of its paragraph, else implied.

    News write "Houda Outassaf caminaba por la plaza cuando ... «Fue una sensación...»": the quote is hers.
    The name may follow a short opening phrase ("Por su parte, Héctor Llauca, vecino de ambas, ...") when it
    reads as a person (not a body, not a place of the gazetteer).
    """
    text = doc.article.text
    at = bisect.bisect_right(doc.sentences, (sentence_start, -1)) - 1  # the last sentence starting before
    while at >= 0 and doc.sentences[at][1] > sentence_start:
        at -= 1
    if at < 0 or "\n" in text[doc.sentences[at][1] : sentence_start]:
        return _IMPLIED
    a, b = doc.sentences[at]
    if RE_QUOTE.search(text, a, b):
        return _IMPLIED
    lead = lex.determiner.match(text, a)
    head_end = text.find(",", a, b)
    opened = len(text) - len(text[head_end + 1 :].lstrip()) if 0 < head_end - a <= 60 else -1
    for run in islice(runs, bisect.bisect_left(runs, a, key=_START), None):
        titled = _in_title(text[a : run.start])  # "El sucesor de Hernán Lorenzino", "El portavoz del Kremlin"
        if run.start == a or (lead and not titled and a < run.start <= (head_end if head_end > 0 else a + 60)):
            return _Subject("name", None, run.name)
        if run.start == opened and _is_person(lex, run.name) and not _is_place(run.name, lex.language):
            return _Subject("name", None, run.name)
        if run.start > a + 80:
            break
    return _IMPLIED


def _is_title(quoted: str) -> bool:
    """A short quotation in which every word is capitalised names a programme or a book ("CBS Mornings").

    >>> _is_title("CBS Mornings"), _is_title("muy fuerte")
    (True, False)
    """
    words = re.findall(r"[^\W\d_][\w'’-]*", quoted)
    return 0 < len(words) <= 4 and all(w[0].isupper() for w in words)


def _is_heading(text: str, start: int, end: int) -> bool:
    """A quotation written in capitals that fills its line is a heading ("“QUE NO PISOTEEN MIS DERECHOS”").

    >>> text = "Dijo algo.\\n“QUE NO PISOTEEN MIS DERECHOS”\\nLuego"
    >>> _is_heading(text, text.index("QUE"), text.index("”")), _is_heading("«NO» dijo", 1, 3)
    (True, False)
    """
    words = text[start:end]
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return words.isupper() and len(words.split()) >= 3 and not line.replace(words, "").strip(' «»“”"‘’.,')


def _opens_quote(clause: str) -> bool:
    """Whether a clause starts with a quotation (then the direct quote stands for it: "dijo que «...»"), also
    one the sentence splitter cut inside ('indicó que "salí a pie de mi casa. Ahora ...').

    >>> _opens_quote('"salí a pie pelado de mi casa'), _opens_quote("la cifra «subirá»")
    (True, False)
    """
    stripped = clause.strip()
    return RE_QUOTE.match(stripped) is not None or stripped[:1] in ("«", "“", '"')


def _direct(doc: Doc, lex: SourceLexicon, runs: list[NameRun]) -> tuple[list[_Found], list[tuple[int, int]]]:
    """Quotations with the subject written around them; continuations get an implied subject."""
    text, found, marks = doc.article.text, [], []
    min_words = settings().sources.continuation_min_words
    previous_end = 0
    attributed_sentence = -1  # the sentence of the last quote found, where a later quote shares its speaker
    spans = _quote_spans(text)
    for at, (mark_start, start, end, mark_end) in enumerate(spans):
        trail = RE_CLOSE_PUNCT.search(text, start, end)
        end = trail.start() if trail and trail.start() > start else end
        marks.append((mark_start, mark_end))
        if (
            not re.search(r"\w", text[start:end])
            or _is_title(text[start:end])
            or _is_heading(text, start, end)
            or lex.title_noun.search(text, max(0, mark_start - 40), mark_start)  # 'el programa "Así somos"'
        ):
            continue
        a, _ = _sentence_bounds(doc, mark_start)
        clause_start = max(a, previous_end if previous_end <= mark_start else a)
        previous_end = mark_end
        subject = _postposed(text, mark_end, lex, runs)
        if subject is None or subject.kind == "implied":  # 'X rememoró: «...», relató': the name written before
            before = _preposed(text, clause_start, mark_start, lex, runs)
            if subject is None or (before is not None and before.kind in ("name", "pronoun")):
                subject = before
        if subject is None:
            subject = _signed_below(text, mark_start, mark_end, lex, runs)
        if subject is None and attributed_sentence == a:  # 'acusó a Occidente de "especular" y ... "un ángulo"'
            subject = _IMPLIED
        if subject is None and at + 1 < len(spans) and RE_CHAIN.fullmatch(text, mark_end, spans[at + 1][0]):
            subject = _postposed(text, spans[at + 1][3], lex, runs)  # '“A”. “B”, afirmó el ministro': both his
        if subject is None:
            opening = not text[a:mark_start].strip(" —–-¿¡")
            if not opening or len(text[start:end].split()) < min_words:
                continue
            subject = _previous_subject(doc, a, lex, runs)
        attributed_sentence = a
        found.append(_Found(mark_start, subject, start, end, True))
    return found, marks


RE_TITLE_WORD = re.compile(r"[^\W\d_][\w.’'-]*")
RE_SIGNATURE = re.compile(r"[ \t.,;]*\n\s*[—–][ \t]*")  # the quote ends its line, the next paragraph opens with a dash


def _signed_below(
    text: str, mark_start: int, mark_end: int, lex: SourceLexicon, runs: list[NameRun]
) -> _Subject | None:
    """The speaker of a quotation that fills its paragraph, signed on the next one by a dash, a name and an
    apposition (pull quotes, "In their words" boxes)::

        “We will rebuild the bridge this year.”

        — Mayor Ana Ruiz, speaking at the town hall

    At most four words, none a stop word, may come between the dash and the name (a title: "Mayor", "U.S.
    Sen.", "Spokane physician"), and the name ends at a comma, a bracket or the line's end: dialogue signs
    nothing ("—No lo sé —dijo Ana.", "—Dile a Ana, que espere.").

    >>> from analysis.sources.names import name_runs
    >>> text = "“We will rebuild the bridge.”\\n\\n— Mayor Ana Ruiz, at the town hall"
    >>> _signed_below(text, 0, text.index("\\n"), lexicon("en"), name_runs(text, "en")).name
    'Ana Ruiz'
    """
    line_start = text.rfind("\n", 0, mark_start) + 1
    signature = RE_SIGNATURE.match(text, mark_end)
    if signature is None or text[line_start:mark_start].strip():
        return None
    line_end = text.find("\n", signature.end())
    line_end = len(text) if line_end < 0 else line_end
    stops = stop_words(lex.language)
    for run in islice(runs, bisect.bisect_left(runs, signature.end(), key=_START), None):
        title = text[signature.end() : run.start].split()  # the words before the name: a title, or else not signed
        if run.end > line_end or len(title) > 4:
            return None
        if not all(RE_TITLE_WORD.fullmatch(word) and fold(word) not in stops for word in title):
            return None
        if text[run.end : run.end + 2].strip()[:1] in ("", ",", "("):
            return _Subject("name", run.name, run.name)
    return None


def _quote_spans(text: str) -> list[tuple[int, int, int, int]]:
    """(mark start, words start, words end, mark end) of each quotation, in text order, none inside another.

    >>> text = 'He said: ‘It is complex, it takes years.\\n\\n‘To do it we need help.’'
    >>> [text[b:c] for _, b, c, _ in _quote_spans(text)]
    ['It is complex, it takes years', 'To do it we need help.']
    """
    spans = []
    for match in RE_QUOTE.finditer(text):
        inner = next(i for i in range(1, 5) if match.group(i) is not None)
        spans.append((match.start(), match.start(inner), match.end(inner), match.end()))
    starts = {s for s, _, _, _ in spans}
    for match in RE_OPEN_LINE.finditer("\n" + text):  # a newline before the text: its start opens a line too
        mark = match.start(1) - 1
        if mark in starts:
            continue
        line_end = text.find("\n", mark + 1)
        line_end = len(text) if line_end < 0 else line_end
        end = line_end
        while end > mark + 1 and text[end - 1] in OPEN_TRAIL:
            end -= 1
        if end > mark + 1:
            spans.append((mark, mark + 1, end, line_end))
    spans.sort(key=lambda s: (s[0], -s[3]))
    kept: list[tuple[int, int, int, int]] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][3]:
            kept.append(span)
    return kept


def _strip_determiner(lex: SourceLexicon, mention: str) -> str:
    bare = lex.determiner.sub("", mention, count=1) if lex.determiner.match(mention) else mention
    return bare.strip(" ,")


def quotes_in(doc: Doc) -> list[Quote]:
    """The statements of one article, speakers resolved within it (role from the article's own cues)."""
    text, article = doc.article.text, doc.article
    lex = lexicon(article.language)
    demonyms = _demonyms()  # "South Korean prosecutors said": a nationality is no one who speaks
    runs = [run for run in name_runs(text, article.language) if fold(run.name) not in demonyms]
    direct, marks = _direct(doc, lex, runs)
    indirect = list({(f.start, f.end): f for f in reversed(_indirect(doc, lex, runs, marks))}.values())
    found = sorted(direct + indirect, key=lambda f: (f.position, not f.direct))
    names = name_index(dict.fromkeys(r.name for r in runs))  # each spelling once, in text order
    full = {name: resolve_in_article(name, names) for name in dict.fromkeys(r.name for r in runs)}
    runs_of: dict[str, list[NameRun]] = {}
    for run in runs:
        runs_of.setdefault(full[run.name], []).append(run)
    titles: dict[str, list[str]] = {}  # title mentions resolved to each speaker
    folded: str | None = None

    def described(speaker: str) -> list[str]:
        return [r.description for r in runs_of.get(speaker, [])] + titles.get(speaker, [])

    last = last_person = _lede_subject(doc, lex, runs, names)
    resolved: list[tuple[_Found, str]] = []
    untied: dict[str, _Found] = {}  # titles standing for nobody named yet ("El técnico merengue negó que ...")
    for item in found:
        subject, speaker = item.subject, None
        if subject.kind == "name" and subject.name:
            speaker = resolve_in_article(subject.name, names)
        elif subject.kind == "title" and subject.mention and _plural(lex, subject.mention):
            speaker = RE_TRAILING_LINK.sub("", _strip_determiner(lex, subject.mention))  # "dijeron los vecinos": a
            # group, no one named; "las autoridades del [este de Libia]" cut before its place: "autoridades"
        elif subject.kind == "title" and subject.mention:
            if folded is None:
                folded = fold.__wrapped__(text)  # the whole article: not worth a place in the cache
            tied = _tied(lex, text, runs, subject.mention, item.position, marks,
                         folded if len(folded) == len(text) else None)  # fmt: skip
            if tied is not None:
                speaker = resolve_in_article(tied.name, names)
            elif (
                last is not None
                and not _names_another(lex, subject.mention, last)
                and _role(lex, described(last))
                in (
                    lex.role_of(subject.mention),
                    "unknown",
                )
            ):
                speaker = last
            else:
                speaker = _strip_determiner(lex, subject.mention)
                untied.setdefault(speaker, item)
            titles.setdefault(speaker, []).append(subject.mention)
        elif subject.kind == "pronoun" and subject.mention and fold(subject.mention) in DEMONSTRATIVE:
            speaker = _named_before(lex, runs, item.position, marks, full) or last_person
        elif subject.kind == "pronoun" and subject.mention and fold(subject.mention) in PERSONAL:
            speaker = last_person or _named_before(lex, runs, item.position, marks, full)
        else:
            speaker = last
            if subject.kind == "implied":  # "Mauro Cifuentes también vivió el incendio. «...», narró": the person
                opener = _previous_subject(doc, _sentence_bounds(doc, item.position)[0], lex, runs)  # just named
                named = resolve_in_article(opener.name, names) if opener.name else None
                if named and len(named.split()) > 1 and _is_person(lex, named) and not _is_place(named, lex.language):
                    speaker = named
        if speaker is None:
            continue
        if subject.description == "relative":  # "X, quien ha dicho que ...": said in passing
            resolved.append((item, speaker))
            continue
        last = speaker
        if _is_person(lex, speaker):
            last_person = speaker
        resolved.append((item, speaker))
    if untied:
        resolved = _tie_forward(lex, text, resolved, untied, titles, described)
    roles: dict[str, str] = {}
    for _, speaker in resolved:
        if speaker not in roles:
            roles[speaker] = _role(lex, described(speaker) or [speaker])
    return [
        Quote(
            article.id,
            speaker,
            item.subject.mention,
            roles[speaker],
            text[item.start : item.end],
            item.start,
            item.end,
            item.direct,
        )
        for item, speaker in resolved
    ]


def _names_another(lex: SourceLexicon, mention: str, speaker: str) -> bool:
    """Whether a title carries a proper name that is not the speaker's ("the Ishikawa prefectural government"
    after "Cabinet Office" spoke): then it is not the last speaker described again. A capitalised title word
    ("El Ministro"), a nationality or a portfolio after a preposition ("el vocero del Kremlin", "de Cultura")
    names no one else.

    >>> es, en = lexicon("es"), lexicon("en")
    >>> _names_another(en, "the Ishikawa prefectural government", "Cabinet Office")
    True
    >>> _names_another(es, "El Ministro de Economía", "Luis Caputo"), _names_another(es, "el vocero del Kremlin", "Peskov")
    (False, False)
    """
    words = mention.split()[1:]  # the determiner may be capitalised
    own = set(fold(speaker).split())
    for at, word in enumerate(words):
        if not word[:1].isupper() or fold(word) in own or fold(word) in _demonyms():
            continue
        if lex.person_title.match(word) or lex.role_of(word) != "unknown":
            continue
        previous = fold(words[at - 1]) if at else ""
        if previous in TITLE_LINKS or previous in PREPOSITIONS or previous in ARTICLES and at > 1:
            continue
        return True
    return False


def _plural(lex: SourceLexicon, mention: str) -> bool:
    """Whether a title names a group ("los vecinos", "the prosecutors"): no one person it can be tied to.

    >>> _plural(lexicon("es"), "los vecinos"), _plural(lexicon("en"), "the prosecutors"), _plural(lexicon("en"), "the mayor")
    (True, True, False)
    """
    words = fold(mention).split()
    if len(words) > 6:  # a long stretch the title pattern took ("the first quake was ... and survivors")
        return False
    if words and words[0] in ("los", "las", "unos", "unas"):
        return True
    return any(
        cue.endswith("s") and lex.role_of(cue[:-3] + "y" if cue.endswith("ies") else cue[:-1]) != "unknown"
        for cue in _cues(lex, mention)
    )


def _tie_forward(
    lex: SourceLexicon,
    text: str,
    resolved: list[tuple[_Found, str]],
    untied: dict[str, _Found],
    titles: dict[str, list[str]],
    described: Callable[[str], list[str]],
) -> list[tuple[_Found, str]]:
    """Titles that stood for nobody named before them, given to the person named in the next attribution of
    the same paragraph when their roles agree: "El técnico merengue negó que ... «...», zanjó Ancelotti".

    >>> from analysis.corpus.records import Article
    >>> from analysis.text import build
    >>> text = "El técnico negó que la derrota le afecte en nada. «Nadie duda de mí», zanjó Carlo Ancelotti."
    >>> [(q.speaker, q.direct) for q in extract(build([Article("a", text, language="es")]))]
    [('Carlo Ancelotti', False), ('Carlo Ancelotti', True)]
    """
    rename: dict[str, str] = {}
    for title, first in untied.items():
        paragraph_end = text.find("\n", first.position)
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        for item, speaker in resolved:
            if item.position <= first.position or item.subject.kind != "name":
                continue
            if item.position < paragraph_end and _role(lex, described(speaker)) in (
                _role(lex, titles.get(title, [])),
                "unknown",
            ):
                rename[title] = speaker
                titles.setdefault(speaker, []).extend(titles.pop(title, []))
            break
    return [(item, rename.get(speaker, speaker)) for item, speaker in resolved]


def _named_before(
    lex: SourceLexicon, runs: list[NameRun], position: int, marks: list[tuple[int, int]], full: dict[str, str]
) -> str | None:
    """The person last named before ``position`` outside quotations, by a full name (two words or more, as
    written or completed from the article): whom "he said" stands for when nobody has spoken yet
    ("... according to the study by watchdog David Bolt. ... He said: ‘...’").

    >>> from analysis.sources.names import name_runs
    >>> text = "Lahaina burned, Gov. Josh Green said. Green spoke from Honolulu. He said: “It hurts.”"
    >>> runs = name_runs(text, "en")
    >>> _named_before(lexicon("en"), runs, text.index("He said"), [], {r.name: r.name for r in runs} | {"Green": "Josh Green"})
    'Josh Green'
    """
    starts, ends = [s for s, _ in marks], [e for _, e in marks]
    for run in reversed(runs):
        if run.start >= position or _inside(run.start, starts, ends):
            continue
        name = full.get(run.name, run.name)
        if len(name.split()) > 1 and _is_person(lex, name) and not set(fold(name).split()) & TITLE_LINKS:
            return name
    return None


def _lede_subject(doc: Doc, lex: SourceLexicon, runs: list[NameRun], names: dict[tuple[str, ...], str]) -> str | None:
    """The person an article opens with as the subject of its first sentence ("Luis Caputo se animó a
    pronosticar…"): who an unattributed statement before any named speaker is ("Aseguró que «…»").

    Only a full name (two words or more) that opens the text, is followed by a lower-case word, and reads
    as a person, not a body or a place ("Estados Unidos", the gazetteer's countries and cities).
    """
    text = doc.article.text
    lead = len(text) - len(text.lstrip())
    run = runs[0] if runs and runs[0].start == lead else None
    if run is None and doc.sentences:  # "La presidenta de la Agencia EFE, Gabriela Cañas, espera ..."
        a, b = doc.sentences[0]
        opening = _opening_subject(text[a:b], b, lex, runs)
        run = next((r for r in runs if opening is not None and r.name == opening.name and a <= r.start < b), None)
        head = text[a : run.start] if run is not None else ""
        if run is not None and not head.rstrip().endswith(",") and not lex.speaks(head):
            run = None  # "The death toll from an earthquake which rocked Central America": an object
    if run is not None and not _is_person(lex, run.name):  # "White House press secretary Sean Spicer reacted"
        at = bisect.bisect_right(runs, run.start, key=_START)
        after = runs[at] if at < len(runs) else None
        title = text[run.end : after.start] if after is not None else ""
        if after is not None and RE_LOWER_TITLE.fullmatch(title) and lex.speaks(title):
            run = after
    if run is None or len(run.name.split()) < 2 or not RE_LEDE_VERB.match(text, run.end):
        return None  # "X, y el presidente Y, protagonizaron": two subjects, neither is the lede's speaker
    if not _is_person(lex, run.name) or _is_place(run.name, doc.article.language):
        return None
    return resolve_in_article(run.name, names)


@lru_cache(maxsize=1 << 14)
def _is_place(name: str, language: str) -> bool:
    """Whether the gazetteer reads the whole name as a place ("Estados Unidos"); a surname that is also a
    town ("Claudia López", "Gabriela Cañas") leaves the name a person's.

    >>> _is_place("Estados Unidos", "es"), _is_place("Claudia López", "es")
    (True, False)
    """
    return any(m.start == 0 and m.end == len(name) for m in places_in(name, language=language))


def _is_person(lex: SourceLexicon, name: str) -> bool:
    """Whether a speaker reads as a person ("Josh Green"), not a body ("National Weather Service", "la policía")
    nor a nationality ("South Korean prosecutors said").

    >>> _is_person(lexicon("en"), "Josh Green"), _is_person(lexicon("en"), "South Korean")
    (True, False)
    """
    words = fold(name).split()
    return (
        bool(words)
        and name[:1].isupper()
        and not set(words) & TITLE_LINKS
        and lex.role_of(name) == "unknown"
        and fold(name) not in _demonyms()
    )


@cache
def _demonyms() -> frozenset[str]:
    """Nationality adjectives and demonyms of ``lexicons/nationalities.yaml`` (both languages), folded."""
    text = resources.files("analysis.lexicons").joinpath("nationalities.yaml").read_text(encoding="utf-8")
    data = load_yaml(text)
    return frozenset(fold(w) for entry in data.values() for key in ("es", "en") for w in entry.get(key, []))


def _role(lex: SourceLexicon, descriptions: list[str]) -> str:
    """The first role the descriptions of a speaker give, in text order; "unknown" when none does.

    With no cue word, an age written with the name ("Ana Cortes, de 35 años", "Jose Garcia, 34,") marks a
    private person quoted as a witness: news give the age of residents and victims, not a title.

    >>> _role(lexicon("es"), ["de 35 años Ana Cortes"]), _role(lexicon("en"), ["34 Jose Garcia"])
    ('witness', 'witness')
    >>> _role(lexicon("en"), ["Gov. 62 Josh Green"]), _role(lexicon("es"), ["Ana Cortes"])
    ('government', 'unknown')
    """
    for description in descriptions:
        role = lex.role_of(description)
        if role != "unknown":
            return role
    if any(RE_AGE.search(fold(description)) for description in descriptions):
        return "witness"
    return "unknown"


def _without_stems(doc: Doc) -> Doc:
    """``doc`` without the stems and content flags that quotes never read: half the bytes to copy to a worker."""
    return Doc(doc.article, doc.tokens, NO_CODES, NO_FLAGS, doc.starts, doc.sentences)


NO_FLAGS = np.zeros(0, dtype=bool)
NO_CODES = np.zeros(0, dtype=np.int32)


QuoteRow = tuple[str, str, str | None, str, str, int, int, bool]  # a Quote's fields, in order


def _quotes_of(docs: list[Doc]) -> list[list[QuoteRow]]:
    """The statements of each article of a chunk (what a worker process computes), as plain tuples of the
    fields of :class:`Quote`: a tuple crosses between processes about three times faster than a dataclass."""
    return [
        [(q.article, q.speaker, q.mention, q.role, q.text, q.start, q.end, q.direct) for q in quotes_in(doc)]
        for doc in docs
    ]


def extract(text: TextCorpus) -> list[Quote]:
    """Every statement of the corpus, speakers normalised across it.

    Spellings of one person become one name (``names.canonical_names``); a speaker
    whose role is unknown in one article takes the role other articles give them.
    Large corpora are read on every core (:func:`analysis.parallel.map_split`, settings/parallel.yaml).
    """
    spread = settings().parallel
    docs = list(text.docs)
    if len(docs) >= spread.min_articles:  # spread over processes: each article is copied to one
        docs = [_without_stems(doc) for doc in docs]
    per_article = parallel.map_split(_quotes_of, docs, min_items=spread.min_articles, max_chunk=spread.chunk_articles)
    rows = [row for found in per_article for row in found]
    mapping = canonical_names(row[1] for row in rows)
    roles: dict[str, dict[str, int]] = {}
    for row in rows:
        if row[3] != "unknown":
            counts = roles.setdefault(mapping[row[1]], {})
            counts[row[3]] = counts.get(row[3], 0) + 1
    out = []
    for article, speaker, mention, role, words, start, end, direct in rows:
        speaker = mapping[speaker]
        if role == "unknown" and speaker in roles:
            role = max(roles[speaker].items(), key=lambda kv: kv[1])[0]
        out.append(Quote(article, speaker, mention, role, words, start, end, direct))
    return out
