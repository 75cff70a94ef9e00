"""The subject of a quotation's sentence when no reporting verb attributes it: the person whose name opens the
sentence, its verb no reporting verb ("Georgieva invitó a América Latina a “aspirar a más”"), or the unwritten
subject of a sentence whose verb opens it ("Además, reafirmó su compromiso con ... «cáncer de las pandillas»").
Split from :mod:`analysis.sources.direct` (session 16), which reads a quotation's speaker with them.
"""

from __future__ import annotations

import bisect
import re
from itertools import islice

from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.names import NameRun
from analysis.sources.persons import ARTICLES, OBJECT_LINKS, _is_person, _is_place
from analysis.sources.run_index import _run_at, _starts
from analysis.sources.subjects import (
    _IMPLIED,
    RE_APPOSITION,
    RE_RELATIVE_APPOSITION,
    _opening_subject,
    _Subject,
)

RE_WORD = re.compile(r"\w+")
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
        return _unwritten_subject(text, a, mark_start, lex, runs) or _title_subject(text, a, mark_start, lex, runs)
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
RE_GERUND = re.compile(r"(?:ando|iendo|yendo)$", re.IGNORECASE)  # a Spanish gerund's ending


# A sentence opened by a title and its verb: "La fiscal insistió en ... y pidió al jurado que «...»", after a short
# opening phrase ("En su turno de palabra la fiscal ...", "Después, el alcalde ..."): the determiner, the title's word,
# then a preterite's third person.
RE_TITLE_OPENING = re.compile(
    r"(?:[^,.;:«»\"“”\n]{1,40},\s*|(?:En|Durante|Tras|Ante|Por|Con|Al)\s(?:\w+\s){1,4}?)?"
    r"(?:[Ee]l|[Ll]a)\s+(\w+)\s+([a-záéíóúñ]{3,}ó)\b"
)


def _title_subject(text: str, a: int, mark_start: int, lex: SourceLexicon, runs: list[NameRun]) -> _Subject | None:
    """A title opening a quotation's sentence as its subject, its verb a preterite: "La fiscal insistió en la
    culpabilidad de los acusados y pidió al jurado popular que “no olvide a la víctima”" (read21, a kind of held-out21's
    misses; a name there is read by :func:`_sentence_subject`). The title's word is a person's title or a speaker noun;
    a reporting verb (lexicon ``verbs``) comes between it and the quotation ("La alcaldesa habló de «un mercado
    nuevo»" names a topic); no clause with a subject of its own opens there and no other person is named as a
    subject.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = ("La fiscal insistió en la culpa y pidió que «no olvide a la víctima». La casa quedó «destrozada». "
    ...         "La alcaldesa habló de «un mercado nuevo».")
    >>> [getattr(_title_subject(text, a, text.index("«", a), lexicon("es"), name_runs(text, "es")), "mention", None)
    ...  for a in (0, text.index("La casa"), text.index("La alcaldesa"))]
    ['La fiscal', None, None]
    """
    match = RE_TITLE_OPENING.match(text, a, mark_start)
    if match is None or fold(match.group(2)) in lex.not_acts:
        return None
    word = match.group(1)
    if not (lex.person_title.fullmatch(word) or lex.speaker_noun.fullmatch(fold(word))):
        return None
    if lex.verb.search(text, match.start(2), mark_start) is None:
        return None  # "La alcaldesa habló de «un mercado nuevo»": a topic's name, no one's words
    if lex.other_subject_opener.search(text, match.end(), mark_start):
        return None
    if _subject_named_between(text, match.end(), mark_start, lex, runs):
        return None
    mention = text[match.start(1) - 3 : match.end(1)].strip()
    return _Subject("title", mention, None, mention)


def _unwritten_subject(text: str, a: int, mark_start: int, lex: SourceLexicon, runs: list[NameRun]) -> _Subject | None:
    """An unwritten subject (the last speaker) of a sentence whose verb opens it, after a short opening phrase,
    and is no reporting verb: "Además, reafirmó su compromiso con la erradicación del «cáncer de las pandillas»",
    "Además, no ha dudado en calificar de «absolutamente falso» ..." (qembed, a kind of held-out3, 5 and 8's
    misses). The verb is a preterite's third person ("-ó") or opens with a word of lexicon ``verb_openers`` (a
    clitic, "no", an auxiliary) or a reflexive verb of lexicon ``reflexive_openers``; between it and the quotation no other person is named as a subject and no clause
    with a subject of its own opens (lexicon ``other_subject_openers``).

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "Además, reafirmó su lucha contra el «cáncer». Además, Ana Gil vio el «cáncer». Llegó el «plan»."
    >>> [_unwritten_subject(text, a, text.index("«", a), lexicon("es"), name_runs(text, "es")) is not None
    ...  for a in (0, text.index("Además", 5), text.index("Llegó"))]
    [True, False, False]

    A capitalised adverb of ``verb_openers`` may open the sentence with no comma, and the verb may be a reflexive one
    of a speaker's act (lexicon ``reflexive_openers``; an impersonal "se aprobó" is none) (read21, a kind of held-out19's misses: "También se refirió
    al dolo, o “clara intención ...”"); a capitalised word of no such list still opens no verb phrase:

    >>> text = "También se refirió al «dolo». También Ana Gil vio el «dolo». Todos se fueron al «bar»."
    >>> [_unwritten_subject(text, a, text.index("«", a), lexicon("es"), name_runs(text, "es")) is not None
    ...  for a in (0, text.index("También", 5), text.index("Todos"))]
    [True, False, False]

    A sentence opened by a gerund of saying and "que" goes on from the last speaker too ("Concluyendo que «no hubo
    agresión»", read21); a gerund of no saying does not ("Sabiendo que «...»"):

    >>> text = "Concluyendo que «no hubo agresión». Sabiendo que «no hubo agresión»."
    >>> [_unwritten_subject(text, a, text.index("«", a), lexicon("es"), name_runs(text, "es")) is not None
    ...  for a in (0, text.index("Sabiendo"))]
    [True, False]
    """
    at = a
    words = text[a:mark_start].split()
    if len(words) > 1 and words[0][:1].isupper() and words[0].lower() in lex.verb_openers:
        words = words[1:]  # "También se refirió al dolo, o «...»": an adverb opening the sentence with no comma (read21)
    elif len(words) > 1 and words[1] == "que" and RE_GERUND.search(words[0]) and lex.verb.fullmatch(words[0]):
        # "Concluyendo que «...»": a gerund of saying opening the sentence, its subject unwritten (read21)
        after = text.index(words[0], a) + len(words[0])  # past the gerund, capitalised and read as a name run
        other = lex.other_subject_opener.search(text, after, mark_start)
        return None if other or _subject_named_between(text, after, mark_start, lex, runs) else _IMPLIED
    else:
        opening = RE_OPENING_PHRASE.match(text, a, mark_start)
        if opening is not None:
            at = opening.end()
        words = text[at:mark_start].split()
    if not words or not words[0].islower():
        return None
    first = words[0]
    reflexive = " ".join(words[:2]) in lex.reflexive_openers  # "se refirió al «...»", not "se aprobó un «plan»" (read21)
    if not (reflexive or first in lex.verb_openers or (len(first) > 3 and first.endswith("ó"))):
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
