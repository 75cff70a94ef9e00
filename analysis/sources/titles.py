"""Which person a title stands for: a title tied to the name written with the same cue word ("el portavoz" →
"el portavoz del Kremlin, Dmitri Peskov"), a title standing for the last person who spoke though its role is
another, a title tied forward to the name of the next attribution; and the quotation bounds these readings share.
Split from :mod:`analysis.sources.speakers` (session 13), which resolves each statement's speaker with them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from analysis.sources.capitals import UPPER
from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.name_context import _in_name_phrase, _in_territory, _in_title, _sentence_word, _titled
from analysis.sources.names import NameRun
from analysis.sources.persons import (
    _cues,
    _is_place,
    _particle_only,
    _plural,
    _role,
    _same_cue,
)
from analysis.sources.quote_marks import _inside
from analysis.sources.subjects import _Found

ANAPHORA_PARAGRAPHS = 1  # paragraph breaks allowed between the last statement and a title standing for its speaker
RE_DEFINITE_SINGULAR = re.compile(r"(?:el|la|the)\s", re.IGNORECASE)
RE_BREAKS = re.compile(r"\n+")  # one paragraph break, however many line ends it takes


def _anaphoric(lex: SourceLexicon, text: str, mention: str, position: int, last_end: int) -> bool:
    """Whether a title tied to no name stands for the last person who spoke though its role is another (q8rules, a
    kind of held-out2/6/7 misses): "«...», manifestó Agustín Carstens, gobernador del Banco de México. ... «...»,
    remarcó el economista". A definite singular title of a few words ("el economista", "la experta") whose cue
    words are written nowhere before it in the article (nobody was introduced by them: "una experta del CSIC ...
    añadió la experta" is hers), at most :data:`ANAPHORA_PARAGRAPHS` paragraph break after the last statement.

    >>> from analysis.sources.lexicon import lexicon
    >>> text = "«Sí», dijo el gobernador Luis Gil.\\n«No», remarcó el economista."
    >>> _anaphoric(lexicon("es"), text, "el economista", text.index("remarcó"), text.index(".\\n"))
    True
    >>> text = "Una economista del banco habló.\\n«No», remarcó la economista."
    >>> _anaphoric(lexicon("es"), text, "la economista", text.index("remarcó"), 0)
    False
    """
    if not RE_DEFINITE_SINGULAR.match(mention) or len(mention.split()) > 4 or _plural(lex, mention):
        return False
    if len(RE_BREAKS.findall(text, last_end, position)) > ANAPHORA_PARAGRAPHS:
        return False
    words = _cues(lex, mention) or {m.group() for m in lex.speaker_noun.finditer(fold(mention))}
    if not words:
        return False
    at = text.rfind(mention, 0, position + 300)  # the title is written before the verb or after the quotation
    before = fold(text[: at if at >= 0 else position])
    return not any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", before) for word in words)


# "el"/"la" ending a text right before a word (search up to the word, from a few characters before it): a title
# written with the definite article ("la economista", "concluyó el Delegado"). Titles and title_mentions read it.
RE_DEFINITE_BEFORE = re.compile(r"(?<!\w)(?:el|la)\s+$", re.IGNORECASE)


def _anaphoric_of_sole_speaker(lex: SourceLexicon, text: str, mention: str, position: int) -> bool:
    """Whether a title tied to no name stands for the only person who has spoken so far, however many paragraphs
    after their last statement (q11es, a kind of held-out2 and 10's misses: "afirmó la gobernadora Victoria
    Rodríguez Ceja. ... la economista comentó que «...»"): a definite singular title of a few words with a role's
    cue, whose cue words were written before it only in titles of the same kind ("la economista insistió"), never
    introducing someone ("una economista del banco", "el economista Luis Gil"). The caller asks that nobody else
    has spoken (a second speaker makes the title ambiguous) and that the language is Spanish. The title must be its
    verb's subject written before it, the narrative going on about the person ("la economista comentó que"); one
    after its verb paragraphs later ("«...», remarcó el economista") stays untied (q8rules' negative row).

    >>> from analysis.sources.lexicon import lexicon
    >>> text = "Afirmó la gobernadora Ana Gil.\\n\\nLuego.\\n\\nLa economista insistió.\\n\\nLa economista comentó que sí."
    >>> _anaphoric_of_sole_speaker(lexicon("es"), text, "La economista", text.rindex("comentó"))
    True
    >>> text = "Afirmó la gobernadora Ana Gil.\\n\\nUna economista del banco habló.\\n\\nLa economista comentó que sí."
    >>> _anaphoric_of_sole_speaker(lexicon("es"), text, "La economista", text.rindex("comentó"))
    False
    """
    if not RE_DEFINITE_SINGULAR.match(mention) or len(mention.split()) > 4 or _plural(lex, mention):
        return False
    words = _cues(lex, mention)
    if not words:
        return False
    at = text.rfind(mention, max(0, position - 300), position)
    if at < 0 or RE_SENTENCE_END.search(text, at + len(mention), position):
        return False  # written after its verb (or in another sentence before it)
    before = fold(text[:at])
    for word in words:
        for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", before):
            if not RE_DEFINITE_BEFORE.search(before, max(0, match.start() - 4), match.start()):
                return False  # written before with no definite article: it may introduce someone
            if RE_NAME_AFTER.match(text, match.end()):
                return False  # "la economista Ana Gil": a person of that title was named
    return True


RE_SENTENCE_END = re.compile(r"[.!?\n]")
RE_NAME_AFTER = re.compile(rf"[\s,]+[{UPPER}]")


def _ties(lex: SourceLexicon, text: str, run: NameRun) -> frozenset[str]:
    """The cue words a name can be referred to by ("el portavoz"), none for a name inside a title.

    Kept in the run's ``__dict__`` (as :attr:`NameRun.description`): each title of an article is tied by asking
    every run of it again (``lex`` and ``text`` are the run's own: its article's).
    """
    found = run.__dict__.get("_ties")
    if found is None:
        found = run.__dict__["_ties"] = frozenset(_ties_of(lex, text, run))
    return found


def _ties_of(lex: SourceLexicon, text: str, run: NameRun) -> set[str]:
    """:func:`_ties`, computed."""
    before = text[max(0, run.start - 12) : run.start]
    if _in_title(before) or _titled(lex, before, run.name) or _in_name_phrase(before):
        return set()  # "el portavoz del Kremlin", "la representante de Atención a Víctimas": inside a title
    if before.rstrip().endswith((" y", " e", " and", " &")) and (
        RE_TITLE_PAIR_BEFORE.search(text, max(0, run.start - 60), run.start) or _body_pair_before(lex, text, run)
    ):
        return set()  # "ministro de Seguridad y Justicia": the second of a title's pair of bodies, no person
    if RE_LIST_ITEM_BEFORE.search(before) and RE_LIST_ITEM_AFTER.match(text, run.end):
        return set()  # "el ministro de Economía, Producción y Agricultura, X": a body's list, not the person
    return _cues(lex, run.description)


RE_BODY_PAIR_BEFORE = re.compile(
    rf"(?<!\w)(\w+)\s+(?:de|del|of|for)\s+(?:(?:la|el|los|las|the)\s+)?[{UPPER}][\w-]*\s+(?:y|e|and|&)\s+$"
)


def _body_pair_before(lex: SourceLexicon, text: str, run: NameRun) -> bool:
    """Whether a name is the second of a pair of offices in a body's capitalised name ("del Ministerio de
    Transportes y Comunicaciones": "Comunicaciones"), the word before "de" a body's or an office's noun (lexicon
    ``body_nouns``, ``office_words``): part of the body, described by the title before it but no person holding it
    (q10rules, a kind of held-out9's misses, with held-out4 and 8's lower-case "ministro de Seguridad y Justicia"
    read by RE_TITLE_PAIR_BEFORE; "Luis de Guindos y Ana Ruiz" keeps Ana Ruiz a person).

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "habló el titular del Ministerio de Transportes y Comunicaciones. Luis de Guindos y Ana Ruiz llegaron."
    >>> runs = {r.name: r for r in name_runs(text, "es")}
    >>> _body_pair_before(lexicon("es"), text, runs["Comunicaciones"]), _body_pair_before(lexicon("es"), text, runs["Ana Ruiz"])
    (True, False)
    """
    pair = RE_BODY_PAIR_BEFORE.search(text, max(0, run.start - 60), run.start)
    if pair is None:
        return False
    head = fold(pair.group(1))
    return head in lex.body_nouns or head in lex.office_words


def _mark_bounds(marks: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The starts and the ends of an article's quotation marks (what :func:`_inside` reads), made once for the list:
    each of an article's titles, pronouns and unwritten subjects asks them again (the last list's are kept, as
    ``run_index._bounds`` keeps the runs'; a list of another length is another list).

    >>> _mark_bounds([(0, 5), (9, 14)])
    ([0, 9], [5, 14])
    """
    global _MARK_BOUNDS
    got = _MARK_BOUNDS  # read once: another thread may replace it
    if got[0] is not marks or len(got[1]) != len(marks):
        got = _MARK_BOUNDS = (marks, [s for s, _ in marks], [e for _, e in marks])
    return got[1], got[2]


_MARK_BOUNDS: tuple[list[tuple[int, int]], list[int], list[int]] = ([], [], [])


# A title's link, a capitalised word and "y"/"and" right before a name: the name is the second of the bodies the
# title is of ("ministro de Seguridad y Justicia", "secretary of Health and Human Services"), no one it describes.
RE_TITLE_PAIR_BEFORE = re.compile(
    rf"(?<!\w)[a-záéíóúñ]+\s+(?:de|del|of|for)\s+(?:(?:la|el|los|las|the)\s+)?[{UPPER}][\w-]*\s+(?:y|e|and|&)\s+$",
)
RE_LIST_ITEM_BEFORE = re.compile(r"\w,\s*$")  # a comma right after a word before the name
RE_LIST_ITEM_AFTER = re.compile(rf"\s+(?:y|e|and)\s+[{UPPER}]")  # "y"/"e" and a capitalised word after it


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

    >>> from analysis.sources.lexicon import lexicon
    >>> text = "El ministro de Economía, Ana Ruiz, y el ministro de Producción, Luis Gil, hablaron."
    >>> from analysis.sources.names import name_runs
    >>> _tied(lexicon("es"), text, name_runs(text, "es"), "el ministro de Producción", len(text), []).name
    'Luis Gil'
    """
    cues = _cues(lex, mention)
    if not cues:
        return None
    cues |= {word for cue in cues for word in _same_cue(lex).get(cue, ())}  # "the governor" ~ "Gov. Wes Moore"
    words = {w for w in fold(mention).split() if len(w) > 3}
    starts, ends = _mark_bounds(marks)
    near = _cue_pattern(frozenset(cues))
    best, best_key = None, None
    for run in runs:
        # A run's description lies within 120 characters before it and 160 after: look for a cue there first.
        if folded is not None and not near.search(folded, max(0, run.start - 130), run.end + 170):
            continue
        if not _ties(lex, text, run) & cues or _inside(run.start, starts, ends) or _is_place(run.name, lex.language):
            continue  # a place described with the cue ("one Paradise resident who fled to Chico") is nobody
        if _title_word_alone(lex, run.name) or _office_title(lex, run.name):
            continue  # "¿Ministro, van a desbloquear?": a title word written alone is nobody the title describes
        if _modifies_in_title(mention, run.name, lex.language):
            continue  # "the Fed leader", "el senador Iván Name" read as "Iván": not who holds the title
        if _sentence_word(run, runs, lex):
            continue  # "Finalmente, añadió el presidente": a sentence's first word is described by nobody's cue
        if RE_COMPANION_BEFORE.search(text, max(0, run.start - 100), run.start):
            continue  # "Addressing a press conference along with Minister for Kashmir Affairs ... Ali Amin Gandapur, he
            # said": the one the speaker was with, not whom "the minister" stands for (session 22, read18)
        if _in_territory(lex, text[max(0, run.start - 40) : run.start]):
            continue  # "explicó la vecina ... de la calle Antonio Falcón": a street's or a place's name, nobody
            # the title describes (session 22, read18: held-out18's neighbour)
        if lex.language == "es" and RE_OBJECT_BEFORE.search(text, max(0, run.start - 5), run.start):
            continue  # "describió el vocero a Zelenski": a name after "a" is the object, the title not its own
        if lex.language == "es" and _audience_of_title(text, run, mention):
            continue  # "dijo el funcionario a la agencia Reuters": those spoken to, not whom the title describes
        if lex.language == "es" and _object_with_title_before(lex, text, run, cues):
            continue  # "El titular del MTC discrepó con José Arista": the subject's title, not the object's
        key = (len(words & set(fold(run.description).split())), run.start < position, run.start)
        if best_key is None or key > best_key:
            best, best_key = run, key
    return best


# Whom the speaker was with, then the companion's capitalised title (its links in lower case) right before a name:
# "along with Minister for Kashmir Affairs and ", "en presencia del ministro del Interior, ", "junto al alcalde ".
RE_COMPANION_BEFORE = re.compile(
    r"(?:\balong\s+with|\balongside|\btogether\s+with|\baccompanied\s+by|\bin\s+the\s+presence\s+of|\ben\s+presencia"
    r"\s+del?|\ben\s+compañía\s+del?|\bjunto\s+al?)\s+(?:(?:the|el|la|su|his|her)\s+)?"
    r"(?:(?:[A-ZÁÉÍÓÚÑ][\w'’.-]*|for|of|and|the|de|del|la|y|[a-záéíóúñ]+)[ \t]+){0,8}?,?[ \t]*$"
)
RE_AUDIENCE_TAIL = re.compile(  # "a la radio local ", "al diario ", "en declaraciones al programa " (real21q)
    r"\s+(?:(?:en\s+(?:declaraciones|una\s+entrevista|entrevista|diálogo|conversación|charla)\s+)?(?:a|al|ante)"
    r"|en\s+(?:una\s+entrevista|entrevista|diálogo|conversación|charla)\s+con)\s+[^,.;:«»\"“”\n]{0,50}"
)


def _audience_of_title(text: str, run: NameRun, mention: str) -> bool:
    """Whether a name is written among those a title speaks to, right after it in its attribution: "«...», dijo la
    autoridad a la radio local RPP", "dijo el funcionario a la agencia Reuters" (q12es, a kind of held-out11's and
    9's misses: the medium's name, read within the title's reach, was the name the title stood for).

    >>> from analysis.sources.names import name_runs
    >>> text = "«Sí», dijo el funcionario a la agencia Reuters. «No», dijo el funcionario Luis Gil."
    >>> [_audience_of_title(text, run, "el funcionario") for run in name_runs(text, "es")]
    [True, False]

    A frame may open those spoken to: "señaló el edil en declaraciones al programa Puro Cuento de Radio Plaza" (real21q,
    session 21: the programme was the speaker).

    >>> text = "«Sí», señaló el edil en declaraciones al programa Puro Cuento. «No», dijo el edil Luis Gil."
    >>> [_audience_of_title(text, run, "el edil") for run in name_runs(text, "es")]
    [True, False]
    """
    before = text[max(0, run.start - 80) : run.start]
    at = before.rfind(mention)
    return at >= 0 and RE_AUDIENCE_TAIL.fullmatch(before, at + len(mention)) is not None


def _object_with_title_before(lex: SourceLexicon, text: str, run: NameRun, cues: set[str]) -> bool:
    """Whether a name right after "con"/"contra" is that preposition's object and the title's cue (``cues``) is not
    written in an apposition after it: "El titular del MTC discrepó abiertamente con José Arista" describes the
    clause's subject, not José Arista; "se reunió con Ana Ruiz, ministra de Salud" gives Ana Ruiz her own title
    (q10rules, a kind of held-out9's misses, as "a"/"al" before a name in RE_OBJECT_BEFORE, q8rules).

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "El titular del MTC discrepó con José Arista. Se reunió con Ana Ruiz, ministra de Salud, ayer."
    >>> runs = {r.name: r for r in name_runs(text, "es")}
    >>> [_object_with_title_before(lexicon("es"), text, runs[n], c) for n, c in (("José Arista", {"titular"}),
    ...                                                                   ("Ana Ruiz", {"ministra"}))]
    [True, False]
    """
    if not RE_WITH_BEFORE.search(text, max(0, run.start - 7), run.start):
        return False
    apposition = RE_APPOSITION_WORDS.match(text, run.end)
    return apposition is None or not _cues(lex, apposition.group(1)) & cues


RE_NEXT_WORD = re.compile(r"\s+(\w+)")


def _modifies_in_title(mention: str, name: str, language: str) -> bool:
    """Whether a name written inside a title mention is only part of it, not the person holding the title: another
    capitalised word follows it there (the name is part of a longer one: "el senador Iván Name" read as "Iván"), or,
    in English, a lower-case noun it modifies ("the Fed leader", "the Booker judges"; an adverb in "-ly" ends the
    subject instead: "the Monuments Council quickly suggested").

    >>> [_modifies_in_title(m, n, "en") for m, n in (("the Fed leader", "Fed"), ("the Council quickly", "Council"))]
    [True, False]
    >>> _modifies_in_title("el senador Iván Name", "Iván", "es"), _modifies_in_title("el senador Iván Name", "Iván Name", "es")
    (True, False)
    """
    at = mention.find(name)
    if at < 0:
        return False
    after = RE_NEXT_WORD.match(mention, at + len(name))
    if after is None:
        return False
    word = after.group(1)
    return word[:1].isupper() or (language == "en" and word.islower() and not word.endswith("ly"))


RE_INDEFINITE = re.compile(r"(?:un|una|unos|unas)\s", re.IGNORECASE)  # a Spanish title introducing someone new
RE_OBJECT_BEFORE = re.compile(r"(?<!\w)(?:a|al)\s+$")  # "a"/"al" right before a name: its object
RE_WITH_BEFORE = re.compile(r"(?<!\w)(?:con|contra)\s+$")  # "discrepó con José Arista": the name is an object
RE_APPOSITION_WORDS = re.compile(r"\s*,([^.;:\n«»\"“”]{1,100})")  # ", ministra de Salud" after a name


@cache
def _cue_pattern(cues: frozenset[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)))


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

    >>> from analysis.sources.quotes import extract
    >>> from analysis.corpus.records import Article
    >>> from analysis.text import build
    >>> text = "El técnico negó que la derrota le afecte en nada. «Nadie duda de mí», zanjó Carlo Ancelotti."
    >>> [(q.speaker, q.direct) for q in extract(build([Article("a", text, language="es")]))]
    [('Carlo Ancelotti', False), ('Carlo Ancelotti', True)]
    """
    rename: dict[str, str] = {}
    for title, first in untied.items():
        if first.subject.mention and RE_INDEFINITE.match(first.subject.mention):
            continue  # "«...», ha explicado una enfermera": someone new, not the person named next (q8rules)
        paragraph_end = text.find("\n", first.position)
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        later = [(item, speaker) for item, speaker in resolved if item.position > first.position]
        for at, (item, speaker) in enumerate(later):
            if item.subject.kind != "name":
                continue
            if _listed_with_places(lex, text, speaker):
                continue  # "The Birmingham nurse told the BBC ... NHS Trusts in areas such as Birmingham and Plymouth
                # have declared": a place read as a subject is not the person a title stood for (session 23, real23e)
            # in a later paragraph, only a surname alone, never introduced ("Caamaño, aseguró"), and nobody else
            # named as a speaker between: the person the title stood for ("El economista, sostuvo que ...")
            bare = _surname_alone(lex, speaker) and all(s in (title, speaker) for _, s in later[:at])
            if (item.position < paragraph_end or bare) and _role(lex, described(speaker)) in (
                _role(lex, titles.get(title, [])),
                "unknown",
            ):
                rename[title] = speaker
                titles.setdefault(speaker, []).extend(titles.pop(title, []))
            break
    return [(item, rename.get(speaker, speaker)) for item, speaker in resolved]


def _listed_with_places(lex: SourceLexicon, text: str, word: str) -> bool:
    """Whether a one-word speaker is written as the last of a list of places ("NHS Trusts in areas such as Birmingham,
    Warwickshire, Liverpool and Plymouth have declared"): a place read as a subject, not a surname a title may stand for
    (:func:`_tie_forward`; session 23, real23e). A place's name that is also a surname, written alone ("the country's
    police commissioner said ... Bush said"), is still tied.

    >>> from analysis.sources.lexicon import lexicon
    >>> en = lexicon("en")
    >>> _listed_with_places(en, "Trusts in Leeds, Liverpool and Plymouth have declared it.", "Plymouth")
    True
    >>> _listed_with_places(en, "The commissioner said so. Bush said it again.", "Bush")
    False
    """
    for match in re.finditer(rf"(?<!\w)([A-Z][\w'’-]+)(?:,[ \t]+|[ \t]+(?:and|or|y|e|o)[ \t]+){re.escape(word)}(?!\w)", text):
        if _is_place(match.group(1), lex.language) and _is_place(word, lex.language):
            return True
    return False


def _surname_alone(lex: SourceLexicon, speaker: str) -> bool:
    """Whether a speaker is written as a surname alone: one word ("Caamaño"), or one word after its particle ("De la
    Fuente", lexicon ``surname_particles``; q10rules, a kind of held-out7's misses).

    >>> from analysis.sources.lexicon import lexicon
    >>> [_surname_alone(lexicon("es"), s) for s in ("Caamaño", "De la Fuente", "Luis de la Fuente", "Ana Gil")]
    [True, True, False, False]
    """
    words = speaker.split()
    return len(words) == 1 or _particle_only(lex, words[:-1])


RE_OFFICE_TITLE = re.compile(r"(\w+)\s+(?:of|for)\s+(?:the\s+)?\w+(?:\s+\w+)?")  # "Commissioner for Information"


def _office_title(lex: SourceLexicon, name: str) -> bool:
    """Whether an English name is a person's title and its office, no one's name: "Commissioner for Information" in
    "the state’s Commissioner for Information, Mr Gbenga Omotosho" (q12en, held-out11: "The commissioner" was tied to
    the title's own run, not to the person named after it). A person's title word (lexicon ``person_titles``), "of" or
    "for", and one or two words.

    >>> from analysis.sources.lexicon import lexicon
    >>> [_office_title(lexicon("en"), n) for n in ("Commissioner for Information", "Minister of Health")]
    [True, True]
    >>> [_office_title(lexicon("en"), n) for n in ("Centers for Disease Control", "Gbenga Omotosho", "Minister")]
    [False, False, False]
    """
    if lex.language != "en":
        return False
    office = RE_OFFICE_TITLE.fullmatch(name)
    return office is not None and lex.person_title.fullmatch(office.group(1)) is not None


@lru_cache(maxsize=1 << 12)  # an article's runs are asked again for each of its titles
def _title_word_alone(lex: SourceLexicon, name: str) -> bool:
    """Whether a name is one capitalised title word and nothing else ("Ministro" in "¿Ministro, van a desbloquear?",
    "el Delegado"): the title itself, not a person a title can be tied to (q11es, a kind of held-out10's misses).

    A person's title word: a title of :attr:`SourceLexicon.person_title` or a speaker noun ("DT"), else a role cue
    that names a person by its form, one in "-ista" ("Economista") or one of a masculine and feminine pair of cues
    ("Delegado": "delegada"); a body's or a medium's cue ("ACNUR", "Gobierno", "Pentágono", "Diario") is no title.

    >>> from analysis.sources.lexicon import lexicon
    >>> [_title_word_alone(lexicon("es"), n) for n in ("Ministro", "DT", "Delegado", "Economista")]
    [True, True, True, True]
    >>> [_title_word_alone(lexicon("es"), n) for n in ("Ministro del Castillo", "Gamero", "ACNUR", "Gobierno", "Diario")]
    [False, False, False, False, False]
    """
    if " " in name or lex.language != "es":
        return False
    folded = fold(name)
    if lex.person_title.fullmatch(name) or lex.speaker_noun.fullmatch(folded):
        return True
    if not name[1:].islower() or lex.role_of(name) == "unknown":
        return False
    other = {"o": folded[:-1] + "a", "a": folded[:-1] + "o", "r": folded + "a"}.get(folded[-1:], "")
    return folded.endswith("ista") or other in lex.role_words
