"""Direct quotations and the speaker written around them: after the closing mark, before the opening
one in the same sentence, signed on the next line, or the speaker the quotation continues.

``«...», dijo Peskov`` · ``"...," Powell said`` · ``Lavrov afirmó: «...»`` · ``según Peskov, «...»`` ·
``Grandi: «...»``; a quote opening a sentence with no attribution of its own continues the last speaker
(``settings/sources.yaml``: ``continuation_min_words``).
"""

from __future__ import annotations

import bisect
import re
from itertools import islice

from analysis.config import settings
from analysis.sources.around import _headed_above, _named_after_reference, _names_another, _signed_below
from analysis.sources.clause_stops import _clause_stop
from analysis.sources.frames import (
    _affiliation_then_verb,
    _apposition_closes,
    _in_question,
    _lead_in_speaker,
    _someone_unnamed,
)
from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.names import HONORIFICS, NameRun
from analysis.sources.participles import _participle_speaker
from analysis.sources.persons import ARTICLES, OBJECT_LINKS, _is_person, _is_place, _plural
from analysis.sources.phrases import _head_phrase, _head_speaks
from analysis.sources.quote_marks import _is_heading, _is_title, _quote_spans
from analysis.sources.run_index import _name_at_end, _run_at, _starts
from analysis.sources.subjects import (
    _GERUND_IMPLIED,
    _IMPLIED,
    RE_APPOSITION,
    RE_RELATIVE,
    RE_RELATIVE_APPOSITION,
    _Found,
    _is_gerund,
    _opening_subject,
    _previous_subject,
    _sentence_bounds,
    _Subject,
    _subject_after,
    _subject_before,
)
from analysis.text import Doc

RE_WORD = re.compile(r"\w+")
RE_LINK = re.compile(r"\s*[,]?\s*[—–-]?\s*")
RE_POST_RELATIVE = re.compile(r",\s*(?:who|quien|quienes)\b[^\n.;]{1,120}?,\s*")  # ", who once boasted ..., "
RE_CHAIN = re.compile(r"[ \t.,;]*(?:(?:y|e|and)[ \t]+)?")  # between quotations that follow each other on a line
RE_HAS_WORD = re.compile(r"\w")
RE_POSSESSIVE_TITLE = re.compile(r"\s+(?:su|sus|his|her|its|their)\s+[^,.;:«»\"“”\n]{2,60},\s*")  # "su presidente, "
RE_FIRST_WORDS = re.compile(r"([^,;:«»\"“”\n]{1,70}?)\s+(?=\S)")
RE_COLON_END = re.compile(r":\s*$")


NAMING_WORDS = frozenset({
    "apodo", "alias", "lema", "eslogan", "consigna", "etiqueta", "hashtag",
    "slogan", "motto", "nickname", "titled", "entitled", "called", "dubbed", "named",
})  # fmt: skip


def _titled_quotation(text: str, start: int, mark_start: int, lex: SourceLexicon) -> bool:
    """Whether a quotation is the name of a work, an event or a plan after a title noun (lexicon ``title_nouns``):
    one opening in lower case after a noun ("un festival “crítico en su expresión”") describes, it names nothing
    (q8rules, a kind of held-out6's misses); after a naming word ("la denominada “muerte cruzada”", "el lema
    “...”") it is a name still.

    >>> from analysis.sources.lexicon import lexicon
    >>> text = 'un festival “crítico en su expresión” y la denominada "muerte cruzada" en el festival “Rock al Parque”'
    >>> [_titled_quotation(text, text.index(w), text.index(w) - 1, lexicon("es")) for w in ("crítico", "muerte", "Rock")]
    [False, True, True]
    """
    noun = lex.title_noun.search(text, max(0, mark_start - 40), mark_start)
    if noun is None:
        return False
    if not text[start : start + 1].islower():
        return True
    word = fold(noun.group().split()[-1]) if noun.group().split() else ""
    return word in NAMING_WORDS or word.endswith(("do", "da"))


def _direct(doc: Doc, lex: SourceLexicon, runs: list[NameRun]) -> tuple[list[_Found], list[tuple[int, int]]]:
    """Quotations with the subject written around them; continuations get an implied subject."""
    text, marks = doc.article.text, []
    found: list[_Found] = []
    min_words = settings().sources.continuation_min_words
    previous_end = 0
    attributed_sentence = -1  # the sentence of the last quote found, where a later quote shares its speaker
    left_open: list[int] = []  # the quotations found going on from the last speaker, their paragraph left open
    spans = _quote_spans(text, lex.language)
    for at, (mark_start, start, end, mark_end) in enumerate(spans):
        end = _before_trail(text, start, end)
        marks.append((mark_start, mark_end))
        if (
            not RE_HAS_WORD.search(text, start, end)
            or _is_title(text[start:end])
            or _is_heading(text, start, end)
            or _titled_quotation(text, start, mark_start, lex)  # 'el programa "Así somos"', 'la denominada "muerte
            # cruzada"'; 'un festival “crítico en su expresión”' describes, names no work
        ):
            continue
        a, sentence_end = _sentence_bounds(doc, mark_start)
        if _in_question(text, a, mark_start, mark_end, sentence_end, lex):
            continue  # 'Asked if he might declare “victory”, Dr Lowe said': the asker's word
        clause_start = max(a, previous_end if previous_end <= mark_start else a)
        previous_end = mark_end
        subject = _postposed(text, mark_end, lex, runs)
        if subject is not None and _relayed_by_marker(text, mark_end, sentence_end, lex):
            subject = _sentence_subject(text, a, start, mark_start, lex, runs) or subject  # "..., según publica X"
        if subject is None or subject.kind == "implied":  # 'X rememoró: «...», relató': the name written before
            before = _preposed(text, clause_start, mark_start, lex, runs)
            if subject is None or (before is not None and before.kind in ("name", "pronoun")):
                subject = before
        if subject is None or subject.description == "gerund":  # ', describing it as “...”': the clause's subject
            subject = _participle_speaker(text, a, mark_start, mark_end, sentence_end, lex, runs) or subject
        if subject is None:
            subject = _signed_below(text, mark_start, mark_end, lex, runs)
        if subject is None:
            subject = _headed_above(text, mark_start, lex, runs)
        if subject is None and not text[a:mark_start].strip(" —–-¿¡"):
            subject = _named_after_reference(text, mark_end, lex, runs)  # '«...». Así vivió Frank Moreno ...'
        if subject is None:
            subject = _closing_attribution(text, start, mark_end, sentence_end, lex, runs)
        if subject is None and attributed_sentence == a:  # 'acusó a Occidente de "especular" y ... "un ángulo"'
            subject = _IMPLIED
        if subject is None and at + 1 < len(spans) and RE_CHAIN.fullmatch(text, mark_end, spans[at + 1][0]):
            subject = _postposed(text, spans[at + 1][3], lex, runs)  # '“A”. “B”, afirmó el ministro': both his
        if subject is None:  # 'Georgieva invitó a América Latina a “aspirar a más”': the sentence's subject
            subject = _sentence_subject(text, a, start, mark_start, lex, runs)
        if subject is None and not text[:mark_start].strip(" —–-¿¡\n"):  # '“No niego ...”. El ministro X reconoció'
            subject = _named_in_next_sentence(doc, mark_end, sentence_end, lex, runs)
        if subject is None:
            opening = not text[a:mark_start].strip(" —–-¿¡")
            if not opening or len(text[start:end].split()) < min_words or _names_another(text, mark_end, lex, runs):
                continue
            subject = _previous_subject(doc, a, lex, runs)
            if text[mark_end - 1 : mark_end] not in CLOSING_MARKS:
                left_open.append(len(found))  # a paragraph left open, spoken by whoever went on: its quotation's
        attributed_sentence = a
        found.append(_Found(mark_start, subject, start, end, True))
    _attributed_below(text, found, left_open)
    return found, marks


CLOSING_MARKS = "”»\"’'″“"


def _attributed_below(text: str, found: list[_Found], left_open: list[int]) -> None:
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


RE_SUBJECT_GAP = re.compile(r"\s*(?:\([^()\n]{1,40}\))?\s*")  # after the subject's name: "(PP)"


def _after_gap(text: str, at: int) -> int:
    """Where the words after a name start, past white space and a bracket ("Ana Gil (PP) pidió" → "pidió")."""
    gap = RE_SUBJECT_GAP.match(text, at)
    return gap.end() if gap is not None else at


def _sentence_subject(
    text: str, a: int, start: int, mark_start: int, lex: SourceLexicon, runs: list[NameRun]
) -> _Subject | None:
    """The person whose name opens a quotation's sentence as its subject, its verb no reporting verb: "Georgieva
    invitó a América Latina a “aspirar a más”", "El presidente chileno, Gabriel Boric, decretó “el Estado de
    excepción ...”" (qembed, the largest kind of misses: the quoted words are the subject's own, though no verb
    reports them). The name opens the sentence (:func:`_opening_subject`: an opening phrase and a title may come
    first); it is a person's (a one-word name, or a place's, only as the surname of a full name of the article:
    "Otis tocó tierra" is a storm), after no body's noun ("La compañía estatal Unión Eléctrica"). Its verb comes
    right after it or after its apposition: a lower-case word that is no act of it (lexicon ``not_acts``: a list's
    link, a copula whose description is the writer's). Between that verb and the quotation no other person is
    named as a subject (:func:`_another_subject`) and no clause with another subject opens (lexicon
    ``other_subject_openers``: "donde los vecinos pedían “más ayuda”"). A quotation in the apposition ("Ana Gil,
    la “dama de hierro”, llegó") or opening in upper case is left alone. With no name opening the sentence, its
    subject may be unwritten (:func:`_unwritten_subject`).

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "Ana Gil invitó a los vecinos a “aspirar a más”. Ana Gil, la “dama de hierro”, llegó."
    >>> [getattr(_sentence_subject(text, a, text.index(w), text.index(w) - 1, lexicon("es"), name_runs(text, "es")),
    ...          "name", None) for a, w in ((0, "aspirar"), (text.index("Ana", 5), "dama"))]
    ['Ana Gil', None]
    """
    if lex.language != "es" or not text[start : start + 1].islower():
        return None  # English (where it was tried, held-out4 to 6) gave more scare quotes to a subject than it found
    subject = _opening_subject(text[a:mark_start], mark_start, lex, runs)
    if subject is None or subject.name is None:
        return _unwritten_subject(text, a, mark_start, lex, runs)
    run = _run_at(runs, text.find(subject.name, a, mark_start))
    if run is None or not _is_person(lex, run.name):
        return None
    alone = " " not in run.name or _is_place(run.name, lex.language)  # "Gil" after "Ana Gil": a person, a town too
    if alone and not any(r.name.endswith(" " + run.name) for r in runs):
        return None  # "Otis tocó tierra como un huracán “extremadamente peligroso”": no full name ends with it
    title = text[max(a, run.start - 30) : run.start].rsplit(",", 1)[-1]  # "La presidenta de la Agencia EFE, X": none
    if any(fold(word) in lex.body_nouns for word in title.split()[-3:]):
        return None  # "La compañía estatal Unión Eléctrica calcula ...": a body's name, its title says so
    at = _after_gap(text, run.end)
    if text[at : at + 1] == "," and text[: run.start].rstrip().endswith(","):
        at = _after_gap(text, at + 1)  # "El presidente chileno, Gabriel Boric, decretó"
    aside = RE_RELATIVE_APPOSITION.match(text, at) or RE_APPOSITION.match(text, at)  # "X, que ..., ...": the whole clause
    if aside is not None and aside.end() <= mark_start:
        at = aside.end()
    verb = RE_WORD.match(text, at)
    if verb is None or not verb.group().islower() or fold(verb.group()) in lex.not_acts:
        return None  # "Ana Gil y Luis Soto", "El Gordo es un “adolescente cósmico”": no act of the subject's
    between = text[verb.start() : mark_start]
    if lex.other_subject_opener.search(between):
        return None
    if _subject_named_between(text, verb.start(), mark_start, lex, runs, but=run.name):
        return None
    return _Subject("name", run.name, run.name)


RE_OPENING_PHRASE = re.compile(r"[^,.;:«»\"“”\n]{1,40},\s*")  # "Además, ", "En este sentido, "


def _unwritten_subject(text: str, a: int, mark_start: int, lex: SourceLexicon, runs: list[NameRun]) -> _Subject | None:
    """An unwritten subject (the last speaker) of a sentence whose verb opens it, after a short opening phrase,
    and is no reporting verb: "Además, reafirmó su compromiso con la erradicación del «cáncer de las pandillas»",
    "Además, no ha dudado en calificar de «absolutamente falso» ..." (qembed, a kind of held-out3, 5 and 8's
    misses). The verb is a preterite's third person ("-ó") or opens with a word of lexicon ``verb_openers`` (a
    clitic, "no", an auxiliary); between it and the quotation no other person is named as a subject and no clause
    with a subject of its own opens (lexicon ``other_subject_openers``).

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "Además, reafirmó su lucha contra el «cáncer». Además, Ana Gil vio el «cáncer». Llegó el «plan»."
    >>> [_unwritten_subject(text, a, text.index("«", a), lexicon("es"), name_runs(text, "es")) is not None
    ...  for a in (0, text.index("Además", 5), text.index("Llegó"))]
    [True, False, False]
    """
    at = a
    opening = RE_OPENING_PHRASE.match(text, a, mark_start)
    if opening is not None:
        at = opening.end()
    words = text[at:mark_start].split()
    if not words or not words[0].islower():
        return None
    first = words[0]
    if not (first in lex.verb_openers or (len(first) > 3 and first.endswith("ó"))):
        return None
    if lex.other_subject_opener.search(text, at, mark_start):
        return None
    if _subject_named_between(text, at, mark_start, lex, runs):
        return None
    return _IMPLIED


def _subject_named_between(
    text: str, lo: int, hi: int, lex: SourceLexicon, runs: list[NameRun], *, but: str | None = None
) -> bool:
    """Whether a name starting in ``text[lo:hi]`` (other than ``but``) may be the subject of a clause of its own
    (:func:`_another_subject`): then a quotation at ``hi`` is not the sentence's subject's."""
    for other in islice(runs, bisect.bisect_left(_starts(runs), lo), None):
        if other.start >= hi:
            return False
        if other.name != but and _another_subject(text, lo, other, lex):
            return True
    return False


def _another_subject(text: str, lo: int, run: NameRun, lex: SourceLexicon) -> bool:
    """Whether a name after a sentence's verb (from ``lo``) may be the subject of a clause of its own: a person's
    name, no place, not the object of a preposition ("invitó a América Latina a", "con Luis Soto").

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "invitó a Ana Gil y Luis Soto a"
    >>> [_another_subject(text, 0, r, lexicon("es")) for r in name_runs(text, "es")]
    [False, True]
    """
    if not _is_person(lex, run.name) or _is_place(run.name, lex.language):
        return False
    links = [fold(w) for w in text[max(lo, run.start - 24) : run.start].split()[-2:]]
    governed = bool(links) and (
        links[-1] in OBJECT_LINKS or (len(links) > 1 and links[-1] in ARTICLES and links[0] in OBJECT_LINKS)
    )
    return not governed


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
    while at > start and (text[at - 1] in ",.;:" or text[at - 1].isspace()):
        at -= 1
    return at if at > start else end


def _postposed(text: str, mark_end: int, lex: SourceLexicon, runs: list[NameRun]) -> _Subject | None:
    """The attribution written after a closing quote mark, if any."""
    line_end = text.find("\n", mark_end)
    window = text[mark_end : (line_end if line_end >= 0 else len(text))][:240]
    link = RE_LINK.match(window)
    assert link is not None  # every part of the pattern is optional
    rest = window[link.end() :]
    joined = bool(link.group().strip()) or text[mark_end - 2 : mark_end - 1] in ",?!"
    if joined and (unnamed := _someone_unnamed(rest, lex)) is not None:
        return unnamed  # '“...,” a senior police officer told NAN': someone new, not the last speaker (q13en)
    reference = lex.back_reference.match(rest) if joined else None  # "«...», así lo dijo el concejal X"
    after_reference = len(rest) - len(rest[reference.end() :].lstrip()) if reference else 0
    clitic = lex.clitic.match(rest, after_reference)  # "«...», le ha dicho": a clitic may come before the verb
    verb = lex.verb.match(rest, clitic.end() if clitic else 0)
    if verb is None and reference is not None:
        clitic = lex.clitic.match(rest)
        verb = lex.verb.match(rest, clitic.end() if clitic else 0)
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
    first = RE_FIRST_WORDS.match(rest)  # "Dr. Matt Zahn said": an abbreviation's point
    for later in lex.verb.finditer(rest, 0, 90):
        if first is None or later.start() > 90:
            break
        subject = _subject_before(rest[: later.start()], mark_end + link.end() + later.start(), lex, runs)
        if subject is not None and subject.kind != "implied" and not _clause_stop(rest[: later.start()]):
            return subject
        break
    return None


def _apposition_then_verb(text: str, end: int, lex: SourceLexicon) -> bool:
    """Whether an English name ending at ``end``, right after a quotation, is followed by its apposition and a
    reporting verb: '“We have a healthy spacecraft,” Alice Bowman, the mission operations manager, announced' (q11en,
    a kind of held-out7's misses: the apposition's commas were read as the clause's end, and the quotation was left
    to nobody). Two appositions may come before the verb: '“...,” Miriam Vargas, a 34-year-old mother, sitting in
    the dark with her two children, told AFP' (q12en, held-out11). The apposition may be an age alone, as English
    news write it: '“...,” Cardinal Kevin Farrell, 77, said' (tests/data/sources_real.json). No verb right after the
    apposition ("Ann Lee, a resident, and her son left"; "Ann Lee, 34, and her son left"), no speaker.

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
    """
    if text[at - 3 : at].strip()[:1] not in (".", "!", "?") or at >= len(text) or not text[at].isupper():
        return None
    named = _run_at(runs, at)
    if named is None or not _is_person(lex, named.name):
        return None
    gap = text[named.end : named.end + 1]
    verb = lex.verb.match(text, named.end + 1) if gap == " " else None
    if verb is None or RE_SENTENCE_CLOSE.match(text, verb.end()) is None:
        return None
    return _Subject("name", named.name, named.name)


# A sentence opening "in X's view" ("Para X, ...", "Para el ministro, ..."): the quotation in it is X's.
RE_IN_VIEW_OF = re.compile(r"\s*(?:[^,.;:«»\"“”\n]{1,30},\s*)?[Pp]ara\s+(?=\S)")  # also "Sin embargo, para X,"
# Before a reporting verb, these make it passive: what "was announced" is no speaker.
PASSIVE_AUXILIARIES = frozenset({"was", "were", "been", "being", "is", "are", "fue", "fueron", "sido", "siendo"})


def _preposed(
    text: str, clause_start: int, mark_start: int, lex: SourceLexicon, runs: list[NameRun]
) -> _Subject | None:
    """The attribution written before an opening quote mark in the same sentence, if any."""
    prefix = text[clause_start:mark_start]
    cue = verb_cue = None
    # Whether any word is a verb's, asked in C (most prefixes have none), before the words are read one by one.
    verbs = () if lex.verb_words.isdisjoint(map(str.lower, RE_WORD.findall(prefix))) else RE_WORD.finditer(prefix)
    for word in verbs:
        if word.group().lower() in lex.verb_words:
            verb = lex.verb.match(prefix, word.start())
            previous = prefix[: word.start()].rsplit(None, 1)[-1:]  # the last word (split()[-1:], reading the end)
            if (
                verb
                and not (previous and lex.determiner.fullmatch(previous[0] + " "))
                and not (previous and fold(previous[0]) in PASSIVE_AUXILIARIES)
            ):  # not after a determiner ("that said committee", "lo dicho"), nor a passive ("was announced")
                cue = verb_cue = ("verb", verb)
    for match in lex.according_to.finditer(prefix):
        if cue is None or match.start() > cue[1].start():
            source = (
                None
                if verb_cue is None
                else _subject_after(prefix[match.end() :], clause_start + match.end(), lex, runs)
            )
            if source is not None and (
                source.kind == "implied"
                or (source.kind == "title" and source.mention and not lex.speaks(_head_phrase(source.mention, lex)))
            ):
                continue  # "apuntó que según los datos el país «...»": data, not a speaker; the verb's subject is
            cue = ("according", match)
    if cue is None and verb_cue is not None:
        cue = verb_cue
    if cue is None and (label := lex.label.search(prefix)):  # "la fiscal describió el caso como «...»"
        labeller = _subject_before(prefix[: label.start()], clause_start + label.start(), lex, runs)
        if labeller is not None:
            return labeller
    if cue is None and lex.view_opener.match(prefix):
        return _IMPLIED  # "En su opinión, las voces ... «...»": the view of the person last quoted
    if cue is None and (view := RE_IN_VIEW_OF.match(prefix)):
        source = _subject_after(prefix[view.end() :], clause_start + view.end(), lex, runs)
        viewed = prefix[view.end() :].lstrip()
        mention = source.mention or ""
        named = source.kind == "name" or (source.kind == "title" and bool(mention) and lex.speaks(mention))
        at = viewed.find(mention, 0, 60) if named and mention else -1
        if at >= 0 and viewed[at + len(mention) :][:1] == ",":
            return source  # "Para el abogado David Leopold, estas expresiones son «despectivas»": in X's view
    if cue is None:
        colon = RE_COLON_END.search(prefix)
        if colon:  # "Grandi: «...»"; "el aeropuerto estaba lleno de gente: «...»" (the sentence's subject, or implied)
            head = prefix[: colon.start()]
            if lex.topic_opener.match(head):
                return _IMPLIED  # "On the new signing: “...”": a topic, the last speaker goes on
            lead_in = _lead_in_speaker(text, clause_start, clause_start + colon.start(), lex, runs)
            if lead_in is not None:
                return lead_in  # "Quoting Ann Lee after the win over Duke:": the name opening the lead-in
            relative = RE_RELATIVE.search(head)  # "Así lo vivió Betto García, quien estaba de vacaciones:"
            run = _name_at_end(head[: relative.start()] if relative else head, runs,
                               clause_start + (relative.start() if relative else colon.start()))  # fmt: skip
            object_words = text[clause_start : run.start].split() if run is not None else []
            links = [fold(w) for w in object_words[-2:]]
            if links and (
                links[-1] in OBJECT_LINKS or (len(links) > 1 and links[-1] in ARTICLES and links[0] in OBJECT_LINKS)
            ):
                run = None  # "las palabras de Carvajal:", "el ataque contra Feijóo:", "habla en el Congreso:": the
                # name is not who speaks
            if run is not None and len(prefix[: colon.start()].split()) <= 12:
                return _Subject("name", run.name, run.name)
            framed = _framed_speaker(text, clause_start, clause_start + colon.start(), lex, runs)
            if framed is not None:
                return framed
            opening = _opening_subject(prefix[: colon.start()], clause_start + colon.start(), lex, runs)
            return opening or _colon_title(prefix[: colon.start()], lex) or _IMPLIED
        return None
    kind, match = cue
    if kind == "verb" and _is_gerund(match.group()):
        return _GERUND_IMPLIED  # ", calificándola de «ilegal»": the last speaker, or the relative clause's it goes on
    if kind == "verb" and lex.that.fullmatch(" " + match.group().rsplit(None, 1)[-1]):
        after = _IMPLIED  # "insistió en que el Frente Amplio «...»": after the verb's "que", the clause, no speaker
    else:
        after = _subject_after(prefix[match.end() :], clause_start + match.end(), lex, runs)
        if after.kind == "title" and after.mention and not _head_speaks(after.mention, lex):
            after = _IMPLIED  # "resaltó el trabajo de su esposa: «...»": what was spoken of, the subject is unwritten
    if (
        kind == "verb" and after.kind in ("name", "title") and lex.language == "en"
    ):  # "Spicer said the Department of Justice
        before = _subject_before(prefix[: match.start()], clause_start + match.start(), lex, runs)  # “is ...”"
        if before is not None and before.kind != "implied":  # English writes its subject before the verb
            return before
    if kind == "according" and after.kind == "implied" and lex.view_opener.match(prefix):
        return _IMPLIED  # "Según sus palabras, los rusos no tienen nada de «algo humano»": the last speaker's view
    if kind == "according" or after.kind != "implied":
        return after if after.kind != "implied" or kind == "verb" else None
    before = _subject_before(prefix[: match.start()], clause_start + match.start(), lex, runs)
    if before is None:  # "cuando expresó que «...»": a verb right after a clause opener has an unwritten subject
        words = lex.adverbs.sub("", " " + prefix[: match.start()]).split()
        if not words or words[-1].lower() in lex.clause_openers:
            return _IMPLIED  # "Por último reconoció: «...»": only adverbs before the verb, an unwritten subject
        if lex.according_to.fullmatch(words[-1]):
            return _IMPLIED  # "Un discurso que, según ha advertido, «...»": an aside whose subject is unwritten
            # (qembed, a kind of held-out7 and 9's misses), the last speaker
    return before


RE_FRAME_GERUND = re.compile(r"[ \t]+(\w+(?:ing|ndo))[ \t]+(?:to|with|a|al|con|ante)\s", re.IGNORECASE)


def _framed_speaker(text: str, start: int, end: int, lex: SourceLexicon, runs: list[NameRun]) -> _Subject | None:
    """The person named before a colon with a gerund's frame after the name and no reporting verb: "Brighton
    manager Ann Lee speaking to Sky Sports: “...”" (q9rules, a kind of held-out5 misses: the name at the
    colon, the medium spoken to, is an object). The first person (a full name) in ``text[start:end]`` followed by a
    gerund and the preposition of whom it is spoken to.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "Brighton manager Ann Lee speaking to Sky Sports: “Not ideal.”"
    >>> _framed_speaker(text, 0, text.index(":"), lexicon("en"), name_runs(text, "en")).name
    'Ann Lee'
    >>> text = "The reporter of Sky Sports speaking to Ann Lee: “Not ideal.”"
    >>> _framed_speaker(text, 0, text.index(":"), lexicon("en"), name_runs(text, "en")) is None
    True
    """
    for run in runs[bisect.bisect_left(_starts(runs), start) :]:
        if run.end > end:
            return None
        frame = RE_FRAME_GERUND.match(text, run.end)
        if frame is not None and frame.end() <= end and _is_gerund(frame.group(1)):
            links = [fold(w) for w in text[max(start, run.start - 12) : run.start].split()[-2:]]
            if links and (links[-1] in OBJECT_LINKS or (links[-1] in ARTICLES and links[:1] == ["of"])):
                return None  # "The reporter of Sky Sports speaking to ...": a name governed by a noun, no speaker
            if len(run.name.split()) > 1 and _is_person(lex, run.name) and not _is_place(run.name, lex.language):
                return _Subject("name", run.name, run.name)
            return None
    return None


# Words after a title that open its verb phrase when no reporting verb is written before a colon: clitics,
# negation, auxiliaries ("el ministro se adelantó:", "the minister was blunt:").
VERB_PHRASE_OPENERS = frozenset({"se", "le", "les", "lo", "me", "nos", "no", "ya", "was", "is", "had", "has"})
COLON_TITLE_WORDS = 8  # at most this many words in the title, and as many in the verb phrase after it


def _colon_title(head: str, lex: SourceLexicon) -> _Subject | None:
    """The title opening the clause before a colon with no reporting verb: "Luego, el ministro se adelantó:
    «...»" → "el ministro" (tied to the minister named before). The clause after its opening phrase starts
    with a determiner; the title ends where the verb phrase opens (a clitic, "no", an auxiliary, or a verb in
    the preterite, "-ó"); it must be a speaker's title (``lex.speaks``), so "la ciudad quedó así:" is nobody.

    >>> from analysis.sources.lexicon import lexicon
    >>> _colon_title("Luego, el ministro se adelantó", lexicon("es")).mention
    'el ministro'
    >>> _colon_title("la ciudad quedó así", lexicon("es")) is None
    True
    """
    words = head.rsplit(",", 1)[-1].split()
    if not words or len(words) > 2 * COLON_TITLE_WORDS or not lex.determiner.fullmatch(words[0] + " "):
        return None
    for at, word in enumerate(words[1 : COLON_TITLE_WORDS + 1], start=1):
        lower = word.lower()
        if lower in VERB_PHRASE_OPENERS or (lex.language == "es" and len(lower) > 3 and lower.endswith("ó")):
            mention = " ".join(words[:at])
            if at > 1 and lex.speaks(mention) and not _plural(lex, mention):
                return _Subject("title", mention, None, mention)
            return None
    return None
