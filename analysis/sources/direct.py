"""Direct quotations and the speaker written around them: after the closing mark, before the opening
one in the same sentence, signed on the next line, or the speaker the quotation continues.

``«...», dijo Peskov`` · ``"...," Powell said`` · ``Lavrov afirmó: «...»`` · ``según Peskov, «...»`` ·
``Grandi: «...»``; a quote opening a sentence with no attribution of its own continues the last speaker
(``settings/sources.yaml``: ``continuation_min_words``). The readings are their modules': after the closing mark
:mod:`~analysis.sources.postposed`, before the opening one :mod:`~analysis.sources.preposed`, above or below
:mod:`~analysis.sources.around`, the sentence's subject :mod:`~analysis.sources.sentence_subject`.
"""

from __future__ import annotations

import re

from analysis.config import settings
from analysis.sources.around import (
    _headed_above,
    _introduced_from,
    _named_after_reference,
    _names_another,
    _signed_below,
)
from analysis.sources.attribution import note_frame, tracing
from analysis.sources.closing_source import closing_source
from analysis.sources.frames import _in_question
from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.names import NameRun
from analysis.sources.participles import _participle_speaker
from analysis.sources.persons import _is_person
from analysis.sources.phrases import RE_FINITE_EN
from analysis.sources.postposed import _closing_attribution, _postposed
from analysis.sources.preposed import _preposed
from analysis.sources.quote_marks import _is_heading, _is_title, _quote_spans
from analysis.sources.sentence_subject import _sentence_subject, _title_subject
from analysis.sources.subjects import (
    _IMPLIED,
    _Found,
    _opening_subject,
    _previous_subject,
    _sentence_bounds,
    _Subject,
)
from analysis.text import Doc

RE_CHAIN = re.compile(r"[ \t.,;]*(?:(?:y|e|and)[ \t]+)?")  # between quotations that follow each other on a line
RE_HAS_WORD = re.compile(r"\w")
RE_NAMES_LIST = re.compile(r"[ \t]*(?:,[ \t]*|(?:,[ \t]*)?(?:y|e|o|u|and|or)[ \t]+)")  # between two names of a list


NAMING_WORDS = frozenset({
    "apodo", "alias", "lema", "eslogan", "consigna", "etiqueta", "hashtag",
    "slogan", "motto", "nickname", "titled", "entitled", "called", "dubbed", "named", "phrase", "phrases",
})  # fmt: skip


RE_ARTICLE_END = re.compile(r"\s(?:the|a|an|el|la|los|las|un|una)\s*$", re.IGNORECASE)  # "titled the "


def _titled_quotation(text: str, start: int, mark_start: int, lex: SourceLexicon) -> bool:
    """Whether a quotation is the name of a work, an event or a plan after a title noun (lexicon ``title_nouns``):
    one opening in lower case after a noun ("un festival “crítico en su expresión”") describes, it names nothing
    (q8rules, a kind of held-out6's misses); after a naming word ("la denominada “muerte cruzada”", "el lema
    “...”") it is a name still, an article between them too ('a documentary titled the “grand scheme”', read12:
    held-out12 gave it to the sentence's subject).

    >>> from analysis.sources.lexicon import lexicon
    >>> text = 'un festival “crítico en su expresión” y la denominada "muerte cruzada" en el festival “Rock al Parque”'
    >>> [_titled_quotation(text, text.index(w), text.index(w) - 1, lexicon("es")) for w in ("crítico", "muerte", "Rock")]
    [False, True, True]
    >>> text = 'a film titled the “grand scheme” and a festival the “best ever”'
    >>> [_titled_quotation(text, text.index(w), text.index(w) - 1, lexicon("en")) for w in ("grand", "best")]
    [True, False]
    """
    noun = _title_noun_before(lex, text, max(0, mark_start - 40), mark_start)
    if noun is None:
        article = RE_ARTICLE_END.search(text, max(0, mark_start - 12), mark_start)
        named = _title_noun_before(lex, text, max(0, mark_start - 40), article.start()) if article else None
        return named is not None and fold(named.group().split()[-1]) in NAMING_WORDS  # 'titled the “grand scheme”'
    if not text[start : start + 1].islower():
        return True
    word = fold(noun.group().split()[-1]) if noun.group().split() else ""
    return word in NAMING_WORDS or word.endswith(("do", "da"))


# The characters that case-insensitive matching takes for an ASCII letter and that ``str.lower`` does not turn into it:
# "İ" and "ı" match "i", "ſ" matches "s" (every other letter of the title nouns matches what lowers to it).
CASE_ODD = frozenset("İıſ")


def _title_noun_before(lex: SourceLexicon, text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``lex.title_noun.search(text, lo, hi)``: a title noun ending ``text[lo:hi]`` before its white space. Most
    quotations follow no such noun: the words before the white space end with none of the nouns' last words
    (``lex.title_noun_ends``, in lower case), and the pattern is not tried at each of the 40 characters. Where a
    character matches a letter only ignoring case (:data:`CASE_ODD`) the pattern is tried.

    >>> from analysis.sources.lexicon import lexicon
    >>> text = "el programa “Así somos” y dijo “Así somos” en el FESTIVAL “Rock”"
    >>> [_title_noun_before(lexicon("es"), text, 0, text.index(w) - 1) is not None for w in ("Así", "somos” en", "Rock")]
    [True, False, True]
    """
    words = text[lo:hi].rstrip()  # a regex's ``\s`` is ``str.isspace``; the callers read 40 characters at most
    if words.lower().endswith(lex.title_noun_ends) or not (words.isascii() or CASE_ODD.isdisjoint(words)):
        return lex.title_noun.search(text, lo, hi)
    return None


# A verb defining the quoted term right after it ('“Hold and secure” means no-one may enter'; '«Tolerancia cero»
# significa'): the quotation names a term (session 20, branch read15).
RE_DEFINED_TERM = re.compile(r"[ \t]+(?:means|meant|refers to|stands for|significa|significaba|se refiere a)\b")
RE_TERM_BEFORE = re.compile(r"[a-záéíóúñ][ \t]$")


def _single_marked_term(text: str, mark_start: int, start: int, end: int) -> bool:
    """Whether the quotation is a Spanish term between single marks inside a sentence: ‘…’ around one or two words,
    after a word in lower case ("del conjunto ‘ché’", "dio detalles sobre el ‘cinematográfico’ intento", "los 22
    ‘slams’"). Spanish outlets mark nicknames, loans and scare terms so; the spent sets annotate none of them as
    someone's words (held-out15's four, held-out10's "El estratega ‘samario’"; dev's "promete ‘total
    transparencia’" was a wrong speaker). Session 20, branch read15.

    >>> t = "Habló del conjunto ‘ché’. ‘Vamos a ganar’, dijo."
    >>> [_single_marked_term(t, t.index(m), t.index(m) + 1, t.index(m) + 1 + n) for m, n in (("‘ché", 3), ("‘Vamos", 13))]
    [True, False]
    """
    return (
        text.startswith("‘", mark_start)
        and RE_TERM_BEFORE.search(text, max(0, mark_start - 2), mark_start) is not None
        and len(text[start:end].split()) <= 2
    )

def _direct(doc: Doc, lex: SourceLexicon, runs: list[NameRun]) -> tuple[list[_Found], list[tuple[int, int]]]:
    """Quotations with the subject written around them; continuations get an implied subject."""
    text, marks = doc.article.text, []
    found: list[_Found] = []
    min_words = settings().sources.continuation_min_words
    previous_end = 0
    attributed_sentence = -1  # the sentence of the last quote found, where a later quote shares its speaker
    left_open: list[int] = []  # the quotations found going on from the last speaker, their paragraph left open
    spans = _quote_spans(text, lex.language)
    titled_end = -1  # where the last quotation read as a work's name ends
    for at, (mark_start, start, end, mark_end) in enumerate(spans):
        end = _before_trail(text, start, end)
        marks.append((mark_start, mark_end))
        if RE_DEFINED_TERM.match(text, mark_end) and len(text[start:end].split()) <= 4:
            continue  # '“Hold and secure” means no-one is permitted ...': a term defined, no one's words (s. 20)
        if lex.language == "es" and _single_marked_term(text, mark_start, start, end):
            continue  # "el conjunto ‘ché’", "el ‘cinematográfico’ intento": a term marked, no one's words (s. 20)
        if (
            not RE_HAS_WORD.search(text, start, end)
            or (_is_title(text[start:end]) and not _spoken_word(text, mark_start, start, mark_end, lex, runs))
            or _is_heading(text, start, end)
            or _titled_quotation(text, start, mark_start, lex)  # 'el programa "Así somos"', 'la denominada "muerte
            # cruzada"'; 'un festival “crítico en su expresión”' describes, names no work
        ):
            titled_end = mark_end
            continue
        if titled_end >= 0 and RE_NAMES_LIST.fullmatch(text, titled_end, mark_start) and text[start : start + 1].isupper():
            titled_end = mark_end  # 'los singles “Buenos Aires” y “Pasa la página (Panamá)”': the list's next name
            continue  # (session 19)
        a, sentence_end = _sentence_bounds(doc, mark_start)
        if _in_question(text, a, mark_start, mark_end, sentence_end, lex):
            continue  # 'Asked if he might declare “victory”, Dr Lowe said': the asker's word
        clause_start = max(a, previous_end if previous_end <= mark_start else a)
        previous_end = mark_end
        # ``frame``: which reading gave the subject, a label for attribution.traced only (the output never reads it)
        subject, frame = _postposed(text, mark_end, lex, runs), "after"
        if subject is not None and _relayed_by_marker(text, mark_end, sentence_end, lex):
            relayed = _sentence_subject(text, a, start, mark_start, lex, runs)  # "..., según publica X"
            subject, frame = (relayed, "relayed") if relayed else (subject, frame)
        if subject is None or subject.kind == "implied":  # 'X rememoró: «...», relató': the name written before
            before = _preposed(text, clause_start, mark_start, lex, runs)
            if before is not None and before.kind == "title" and _a_clause(lex, before.mention):
                before = None  # 'locals say the government response has been "ridiculous."': a clause, no title
            if subject is None or (before is not None and before.kind in ("name", "pronoun")):
                subject, frame = before, "before"
            if subject is not None and subject.kind == "implied" and text[start : start + 1].islower():
                titled = _title_subject(text, a, mark_start, lex, runs)  # "La fiscal insistió ... y pidió que
                subject, frame = (titled, "title subject") if titled else (subject, frame)  # «...»" (read21)
        if subject is None or subject.description == "gerund":  # ', describing it as “...”': the clause's subject
            participle = _participle_speaker(text, a, mark_start, mark_end, sentence_end, lex, runs)
            subject, frame = (participle, "participle") if participle else (subject, frame)
        if subject is None:
            subject, frame = _signed_below(text, mark_start, mark_end, lex, runs), "signed below"
        if subject is None:
            subject, frame = _headed_above(text, mark_start, lex, runs), "headed above"
        if subject is None:
            subject, frame = _introduced_from(text, mark_start, lex, runs), "introduced from"
        if subject is None and not text[a:mark_start].strip(" —–-¿¡"):  # '«...». Así vivió Frank Moreno ...'
            subject, frame = _named_after_reference(text, mark_end, lex, runs), "named after"
        if subject is None:
            subject, frame = _closing_attribution(text, start, mark_end, sentence_end, lex, runs), "closing"
        if subject is None:  # 'fueron incautadas ... "poca cantidad" de cocaína, de acuerdo con el comisario.'
            subject, frame = closing_source(text, mark_end, sentence_end, lex, runs), "closing source"
        if subject is None and attributed_sentence == a:  # 'acusó a Occidente de "especular" y ... "un ángulo"'
            subject, frame = _IMPLIED, "same sentence"
        if subject is None and at + 1 < len(spans) and RE_CHAIN.fullmatch(text, mark_end, spans[at + 1][0]):
            subject, frame = _postposed(text, spans[at + 1][3], lex, runs), "chained"  # '“A”. “B”, afirmó el ministro'
        if subject is None:  # 'Georgieva invitó a América Latina a “aspirar a más”': the sentence's subject
            subject, frame = _sentence_subject(text, a, start, mark_start, lex, runs), "sentence subject"
        if subject is None and not text[:mark_start].strip(" —–-¿¡\n"):  # '“No niego ...”. El ministro X reconoció'
            subject, frame = _named_in_next_sentence(doc, mark_end, sentence_end, lex, runs), "next sentence"
        if subject is None:
            opening = not text[a:mark_start].strip(" —–-¿¡")
            if not opening or len(text[start:end].split()) < min_words or _names_another(text, mark_end, lex, runs):
                subject, frame = _unattributed(doc, lex, runs, spans, at, found), "unattributed"
                if subject is None:
                    continue
            else:
                subject, frame = _previous_subject(doc, a, lex, runs), "continuation"
                if text[mark_end - 1 : mark_end] not in CLOSING_MARKS:
                    left_open.append(len(found))  # a paragraph left open, spoken by whoever went on: its quotation's
        attributed_sentence = a
        found.append(_Found(mark_start, subject, start, end, True))
        if tracing():
            note_frame(doc.article.id, start, end, True, frame)
    _attributed_below(text, found, left_open, doc.article.id)
    return found, marks


CLOSING_MARKS = "”»\"’'″“"


def _spoken_word(
    text: str, mark_start: int, start: int, mark_end: int, lex: SourceLexicon, runs: list[NameRun]
) -> bool:
    """Whether a short capitalised quotation, read as a work's name (``quote_marks._is_title``: "Great", "Nuh-uh",
    "Help"), is someone's words: it opens its paragraph, its own comma, "!" or "?" closes it inside the marks, and a
    speaker is written right after it ('“Nuh-uh,” replied Ms. Brizendine.', '“Help,” pleaded Karlo.'; held-out25, spent
    in session 28, read25: a one-word answer went to no one). A name inside a sentence ('the show “Meet the Press,”
    said Ann Lee'), or with no speaker after it ('“Help,” the sign read.'), is left a title.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> def read(text):
    ...     at = text.index("“")
    ...     return _spoken_word(text, at, at + 1, text.index("”") + 1, lexicon("en"), name_runs(text, "en"))
    >>> read("Next.\\n“Great,” said Ann Lee."), read("We watched “Meet the Press,” said Ann Lee.")
    (True, False)
    >>> read("Next.\\n“Great” is the word."), read("Next.\\n“Great,” the sign read.")
    (False, False)
    """
    if text[text.rfind("\n", 0, mark_start) + 1 : mark_start].strip():
        return False
    if text[start:mark_end].rstrip(CLOSING_MARKS + " ")[-1:] not in (",", "!", "?"):
        return False
    subject = _postposed(text, mark_end, lex, runs)
    return subject is not None and subject.kind in ("name", "title", "pronoun")


def _unattributed(
    doc: Doc,
    lex: SourceLexicon,
    runs: list[NameRun],
    spans: list[tuple[int, int, int, int]],
    at: int,
    found: list[_Found],
) -> _Subject | None:
    """The speaker of the quotation ``spans[at]`` when no rule reads one: none, and it is dropped (a scare quote, a
    title, a fragment whose speaker is written too far off to read by rule). The seam where a learned ranker of the
    names around it was measured (tests/train_speaker_ranker.py, session 16: no threshold gained recall without
    losing precision across the spent sets, so nothing is read here).

    >>> _unattributed(None, None, [], [], 0, []) is None  # type: ignore[arg-type]
    True
    """
    return None


def _attributed_below(text: str, found: list[_Found], left_open: list[int], article: str = "") -> None:
    """Gives a paragraph left open with no attribution of its own (read as going on from the last speaker) the
    speaker of the next paragraph's quotation when that one is attributed by a name or a title: the convention of a
    quotation of several paragraphs, whose attribution may close its last ("“After falling on its own dagger ...
    ¶ “It is bizarre ...,” parts of the Minority's release said."; q12en, held-out11). From the last paragraph back,
    so a chain of open paragraphs takes the attribution that closes it.

    >>> from analysis.sources.subjects import _IMPLIED, _Subject
    >>> text = "“We act.\\n“We win,” Ana Gil said."
    >>> found = [_Found(0, _IMPLIED, 1, 7, True), _Found(9, _Subject("name", "Ana Gil", "Ana Gil"), 10, 16, True)]
    >>> _attributed_below(text, found, [0])
    >>> found[0].subject.name
    'Ana Gil'
    """
    for at in reversed(left_open):
        if at + 1 >= len(found):
            continue
        item, below = found[at], found[at + 1]
        if below.subject.kind not in ("name", "title") or text[item.end : below.position].strip(" \t\n.,;:«“\"‘"):
            continue
        found[at] = _Found(item.position, below.subject, item.start, item.end, item.direct)
        note_frame(article, item.start, item.end, item.direct, "paragraph below")


def _a_clause(lex: SourceLexicon, mention: str | None) -> bool:
    """Whether an English title read before a quotation holds an auxiliary or a copula ("the government response
    has been"): the words are a clause the quotation ends, no one's title (indirect.RE_FINITE_EN; session 20)."""
    return lex.language == "en" and RE_FINITE_EN.search(mention or "") is not None


RE_OWN_SENTENCE_END = re.compile(r"[\s.!?…]*")  # what may follow a quotation that is its whole sentence
NEXT_SENTENCE_REACH = 200  # characters of the next sentence where its reporting verb is looked for


def _named_in_next_sentence(
    doc: Doc, mark_end: int, sentence_end: int, lex: SourceLexicon, runs: list[NameRun]
) -> _Subject | None:
    """The speaker of a quotation that opens the article as a sentence of its own, with no attribution: the person
    named as the subject of a reporting verb in the next sentence ("“No niego que haya precios que sean elevados”. El
    ministro de Economía, Axel Kicillof, reconoció ayer el aumento"; q12es, a kind of held-out11's misses). The name
    opens that sentence (:func:`_opening_subject`: a title may come first) and is a person's of two words or more;
    a next sentence with no reporting verb, or opened by no name, gives no one.

    >>> from analysis.text import build
    >>> from analysis.corpus.records import Article
    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> for text in ("«No niego nada». El ministro Luis Gil reconoció ayer el aumento.",
    ...              "«No niego nada». El ministro Luis Gil viajó ayer a Roma."):
    ...     doc = build([Article("a", text, language="es")]).docs[0]
    ...     found = _named_in_next_sentence(doc, 15, 16, lexicon("es"), name_runs(text, "es"))
    ...     print(found.name if found else None)
    Luis Gil
    None
    """
    text = doc.article.text
    close = RE_OWN_SENTENCE_END.match(text, mark_end)
    if close is None or close.end() < sentence_end or close.end() >= len(text):
        return None  # the quotation's sentence goes on after it: not a sentence of its own
    b, e = _sentence_bounds(doc, close.end())
    verb = lex.verb.search(text, b, min(e, b + NEXT_SENTENCE_REACH))
    if verb is None:
        return None
    subject = _opening_subject(text[b : verb.start()], verb.start(), lex, runs)
    if subject is None or subject.name is None or " " not in subject.name or not _is_person(lex, subject.name):
        return None
    return subject


RE_LAST_COMMA = re.compile(r".*,\s*", re.DOTALL)


def _relayed_by_marker(text: str, mark_end: int, sentence_end: int, lex: SourceLexicon) -> bool:
    """Whether the attribution closing a quotation's sentence is a source marker ("..., según publica La Nación"):
    a sentence whose own subject says the quoted words ("El ministro Axel Kicillof señaló que se produjo por una
    “cuestión cambiaria”, según publica La Nación") is that subject's, the marker's source relaying them (q12es, a
    kind of held-out11's misses); with no such subject the marker's source stays the speaker.

    >>> from analysis.sources.lexicon import lexicon
    >>> text = "habló de una “crisis”, según publica La Nación. Y de un “plan”, dijo Gil."
    >>> _relayed_by_marker(text, text.index("”") + 1, text.index(".") + 1, lexicon("es"))
    True
    >>> _relayed_by_marker(text, text.rindex("”") + 1, len(text), lexicon("es"))
    False
    """
    comma = RE_LAST_COMMA.match(text, mark_end, sentence_end)
    return comma is not None and lex.according_to.match(text, comma.end(), sentence_end) is not None


def _before_trail(text: str, start: int, end: int) -> int:
    """Where a quotation's words end before the white space and ``,.;:`` closing them ("dijo: «Basta.»" → "Basta"),
    unless nothing else is quoted: where ``quote_marks.RE_CLOSE_PUNCT.search(text, start, end)`` starts (the run of
    those characters reaching ``end``; a regex's ``\\s`` is ``str.isspace``), read back from the end: a character or
    two, where the search reads the whole quotation.

    >>> text = "«Basta. »"
    >>> _before_trail(text, 1, 8), _before_trail("«...»", 1, 4), _before_trail("«Sí»", 1, 3)
    (6, 4, 3)
    """
    at = end
    while at > start and (text[at - 1] in ",.;:‚" or text[at - 1].isspace()):
        at -= 1
    return at if at > start else end
