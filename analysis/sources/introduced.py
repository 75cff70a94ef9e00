"""Who the article has introduced before a statement whose speaker is not written: the person opening the
article (its lede), the person last introduced as a clause's subject, a title introduced as a subject, the person a
described noun ("el suizo") stands for; whether a reporting verb is written beside a quotation.

Split from :mod:`analysis.sources.speakers` (session 14), which resolves each statement's speaker with them.
"""

from __future__ import annotations

import bisect
import re

from analysis.sources.around import _capitalised_title_person
from analysis.sources.described import _described_before_name
from analysis.sources.initials import initials_person
from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.name_context import _governed_apposition
from analysis.sources.names import NameRun
from analysis.sources.persons import (
    ARTICLES,
    OBJECT_LINKS,
    TITLE_LINKS,
    _demonyms,
    _is_person,
    _is_place,
    _plural,
    _strip_determiner,
)
from analysis.sources.preposed import COLON_TITLE_WORDS, _colon_title
from analysis.sources.quote_marks import _inside
from analysis.sources.run_index import _starts
from analysis.sources.same_person import resolve_in_article
from analysis.sources.subject_after import _subject_after
from analysis.sources.subjects import RE_APPOSITION, _Found, _opening_subject, capitalised_title_aside
from analysis.sources.titles import _mark_bounds
from analysis.text import Doc

RE_LOWER_TITLE = re.compile(r"(?:\s+[a-z][\w-]*){1,4}\s+")  # "press secretary" between a body and a name
# A lower-case word right after a name (a comma between allowed) that is no relative, article, preposition nor
# conjunction: the name is a clause's subject ("Nora Giménez, repudió", "Juan Carlos Romero votó"), not an
# object with an aside ("al Presidente, Andrés Manuel López Obrador, quien ha dicho").
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "sr.", "sra.", "srta."})  # folded
# An age in apposition may stand between ("Everett Evans, 45, fled Thursday": read20, a kind of held-out20's and
# held-out19's wrong speakers, "he said" went to the last speaker before him).
RE_SUBJECT_VERB = re.compile(
    r"(?:\s*,\s*\d{1,3}(?=\s*,))?"
    r"\s*,?\s+(?!(?:quien|quienes|que|cual|cuyo|cuya|y|e|o|de|del|en|a|al|el|la|los|las|con|por|para|who|which|whose"
    r"|that|and|or|of|in|at|the|with|for|by)(?!\w))[a-záéíóúñ]"
)
RE_LEDE_VERB = re.compile(r"\s*,?\s+(?!(?:y|e|and)\s)[a-záéíóúñ]")  # a lower-case word, not "y", after the lede's name


RE_AFTER_CLOSE = re.compile(r"[\s.,;!?»”\"’']*")
RE_VERB_COLON = re.compile(r"(\w+)\s*:\s*[«“\"‘]?\s*$")  # "añadió: «" right before a quotation


def _verb_beside(lex: SourceLexicon, text: str, start: int, end: int) -> bool:
    """Whether a reporting verb is written right before a quotation ("Y, al respecto, añadió: “...”") or right
    after it ("“...”, explicó."): an attribution whose subject is unwritten, not a quotation standing alone.

    >>> from analysis.sources.lexicon import lexicon
    >>> text = "Y añadió: «Vamos bien». «Nadie sabe», luego. «Todo», dijo."
    >>> [_verb_beside(lexicon("es"), text, text.index(w), text.index(w) + len(w)) for w in ("Vamos bien", "Nadie sabe", "Todo")]
    [True, False, True]
    """
    closed = RE_AFTER_CLOSE.match(text, end)
    after = closed.end() if closed else end
    clitic = lex.clitic.match(text, after)
    if lex.verb.match(text, clitic.end() if clitic else after):
        return True
    colon = RE_VERB_COLON.search(text[max(0, start - 40) : start])
    return colon is not None and lex.verb.fullmatch(colon.group(1)) is not None


# Conjunctions opening a subordinate clause whose subject is no one who speaks in the main clause (q8rules, a kind of
# held-out7's misses), and where a sentence ends.
RE_SUBORDINATE = re.compile(
    r"(?<!\w)(?:después de que|antes de que|a pesar de que|sin que|para que|hasta que|a fin de que|luego de que|tras que)"
    r"(?!\w)",
    re.IGNORECASE,
)
RE_SENTENCE_END = re.compile(r"[.;:!?\n]")


def _in_subordinate_clause(text: str, position: int) -> bool:
    """Whether ``position`` lies in a subordinate clause opened after its sentence's main clause ("respondió ...,
    después de que ayer el jefe del BCE, Mario Draghi, supeditara"); a subordinate clause opening the sentence
    ("Después de que la ministra habló, Luis Gil respondió") leaves the main clause's subject after it.

    >>> text = "Gil respondió, después de que Ana Ruiz pidiera calma. Después de que Ana habló, Luis Gil respondió."
    >>> _in_subordinate_clause(text, text.index("Ana Ruiz")), _in_subordinate_clause(text, text.index("Luis Gil"))
    (True, False)
    """
    sentence = RE_SENTENCE_END.split(text[max(0, position - 160) : position])[-1]
    opened = RE_SUBORDINATE.search(sentence)
    return opened is not None and bool(sentence[: opened.start()].strip())


VENUE_LINKS = frozenset({"en", "desde", "in", "at", "from"})  # a name after these is a place or an event


def _title_apposed_to(lex: SourceLexicon, text: str, named: NameRun, run: NameRun) -> bool:
    """Whether ``run`` is a capitalised title apposed to the name ``named`` right before it
    (:func:`analysis.sources.subjects.capitalised_title_aside`): "Mary Stein, Assistant Library Director, said".

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "Mary Stein, Assistant Library Director, said. Mary Stein, Ana Gil, said."
    >>> runs = name_runs(text, "en")
    >>> [_title_apposed_to(lexicon("en"), text, a, b) for a, b in zip(runs, runs[1:])]
    [True, False, False]
    """
    aside = capitalised_title_aside(lex, text, named.end)
    return aside is not None and aside.start() <= run.start and run.end <= aside.end()


def _introduced_before(
    lex: SourceLexicon,
    text: str,
    runs: list[NameRun],
    position: int,
    marks: list[tuple[int, int]],
    full: dict[str, str],
    *,
    since: int = 0,
) -> str | None:
    """The person last named before ``position`` (and after ``since``) by a full name (as :func:`_named_before`) when that name is a
    clause's subject: it opens a sentence or clause, follows a title or a reporting verb ("El presidente Evo
    Morales dio ...", "Después del triunfo, Lionel Scaloni enfrentó ..."). Whom a title or an unwritten subject
    stands for when nobody has spoken yet. A name after another noun ("el colegio Pilar Momo"), after a
    preposition's title ("de la alcaldesa Claudia López"), in a pair of subjects ("X, y el presidente, Y") or a
    possessive names no one who speaks.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "La ministra del Trabajo, Gloria Inés Ramírez, defendió el plazo. Vive cerca del colegio Pilar Momo."
    >>> runs = name_runs(text, "es")
    >>> full = {r.name: r.name for r in runs}
    >>> _introduced_before(lexicon("es"), text, runs, text.index("defendió"), [], full)
    'Gloria Inés Ramírez'
    >>> _introduced_before(lexicon("es"), text, runs, len(text), [], full) is None
    True
    >>> text = "El tenista Rafael Nadal habló en Roland Garros. «Estoy bien», explicó."
    >>> runs = name_runs(text, "es")
    >>> _introduced_before(lexicon("es"), text, runs, text.index("«"), [], {r.name: r.name for r in runs})
    'Rafael Nadal'
    """
    starts, ends = _mark_bounds(marks)
    after = bisect.bisect_left(_starts(runs), position)  # runs[:after] start before ``position``
    if after < len(runs) and runs[after].start < since:
        return None  # a name at or after ``position`` but before ``since`` (read last to first, it stops the search)
    for at, run in zip(range(after - 1, -1, -1), reversed(runs[:after]), strict=True):
        if run.start < since:
            return None
        if at and _title_apposed_to(lex, text, runs[at - 1], run):
            continue  # "Mary Stein, Assistant Library Director, said": the title's run is no one (read23)
        if (
            since
            and not RE_SUBJECT_VERB.match(text, run.end)
            and not _titled_in_new_paragraph(lex, text, run, since)
            and not _subject_of_apposition(lex, text, run)
            and not _named_among(lex, text, run)
        ):
            continue  # since a statement: only a name that is a clause's subject introduces who goes on
        if _inside(run.start, starts, ends):
            continue
        name = full.get(run.name, run.name)
        if len(name.split()) < 2 or not _is_person(lex, name) or set(fold(name).split()) & TITLE_LINKS:
            continue
        if name.endswith(("'s", "’s")) or _is_place(name, lex.language):
            if since:
                continue
            return None
        before = text[max(0, run.start - 40) : run.start].rstrip()
        if lex.language == "es" and _in_subordinate_clause(text, run.start):
            continue  # "respondió Rajoy, después de que ... Mario Draghi, supeditara": a subordinate clause's subject
        words = before.split()
        opener = before[: -len(words[-1])].rstrip() if words and fold(words[-1]) in HONORIFICS else None
        if opener is not None and (not opener or opener[-1] in ".,;:?!\n"):  # "A metal sculptor, Mr St Leon had to
            before, words = opener, words[:-1]  # remove": the honorific opening the clause is the name's (read18);
            # "said Mr Ahern would make" is the reported clause's subject, as before (held-out15)
        word = words[-1] if words else ""
        if fold(word) in VENUE_LINKS:
            continue  # "habló en conferencia de prensa en Roland Garros": a venue, not who else may speak
        if {"y", "e", "and"} & {fold(w.strip(",")) for w in words[-4:]} and not _second_title(lex, words + run.title.split()):
            return None
        ahead = [fold(w) for w in words[-3:-1]]
        if (
            lex.speaks(word)
            and ahead
            and (ahead[-1] in OBJECT_LINKS or ahead[-1] in ARTICLES and ahead[0] in OBJECT_LINKS)
        ):
            if before.endswith(",") and _title_opens_clause(words):
                pass  # "De esta manera el presidente del Gobierno, Mariano Rajoy, respondió": the subject's title
            elif since:  # "se encontraba en ... de la alcaldía Álvaro Obregón": since a statement, an object is
                continue  # passed over for the clause's subject before it
            else:
                return None
        elif _governed_apposition(lex, before, text[run.end : run.end + 1]):
            if since:  # "están blindando al ministro del Interior, Juan José Santiváñez,": the title's person is
                continue  # the verb's object, not who goes on (session 19)
            return None
        opens = (
            not before
            or before[-1] in ".,;:?!\n"  # "¿Cómo fue?\nLucía se encontraba ...": after a question too
            or (lex.speaks(word) and not lex.determiner.fullmatch(word + " "))
            or lex.verb.fullmatch(word) is not None
            or fold(word) in lex.clause_openers  # "En tanto que Juan Carlos Romero votó a favor", "But Cllr X"
            or (since and _titled_in_new_paragraph(lex, text, run, since))
            or (since and _subject_of_apposition(lex, text, run))
            or (since and _named_among(lex, text, run))
            or _described_before_name(lex, before)  # "el manager capitalino José Alguacil ofreció" (q11es)
            or (
                fold(word) in _demonyms()
                and len(words) > 1
                and lex.determiner.fullmatch(words[-2] + " ") is not None
                and not (len(words) > 2 and fold(words[-3]) in OBJECT_LINKS | {"ante", "frente", "versus", "vs."})
            )
        )  # "el español Rafael Nadal destacó": a nationality with its article is a title ("ante el canadiense X" no)
        if not opens and since:
            continue
        return name if opens else None
    return None


def _second_title(lex: SourceLexicon, words: list[str]) -> bool:
    """Whether the words before an English name end with a second title of the same person, joined to the first by
    "and": "NFP Leader and Opposition Professor Biman Prasad", "Leader of Government in Parliament and Agriculture
    Minister Inia Seruiratu" (q12en, held-out11: read as two subjects, so the person introduced was nobody). The
    words after "and" (with the title the name's run holds) are capitalised and a title's, and the word before
    "and" is a title's ("Leader", lexicon ``speaker_nouns``), not a name's ("Ann Lee and Opposition MP Tom Ray" are
    two).

    >>> from analysis.sources.lexicon import lexicon
    >>> [_second_title(lexicon("en"), s.split()) for s in ("NFP Leader and Opposition Professor", "Ann Lee and MP")]
    [True, False]
    """
    if lex.language != "en" or "and" not in words[-4:]:
        return False
    at = len(words) - 1 - words[::-1].index("and")
    second = words[at + 1 :]
    return (
        bool(second)
        and at > 0
        and all(w[:1].isupper() for w in second)
        and lex.speaks(words[at - 1])
        and lex.speaks(" ".join(second))
    )


def _subject_of_apposition(lex: SourceLexicon, text: str, run: NameRun) -> bool:
    """Whether an English name opening a sentence or a paragraph is its clause's subject after an apposition: "Ray
    Schmidt, a farmer who has grown wheat for 57 years, looked out ..." introduces who goes on (q11en, a kind of
    held-out5's misses: the quotation after it went to the person who spoke before); "Ana Gil, a nurse, and her
    son" gives no verb after the apposition, nor a name inside a sentence ("We met Ray Schmidt, a farmer, ...").

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "“No.”\\nRay Schmidt, a farmer who grows wheat, looked out. Ana Gil, a nurse, and her son left."
    >>> [_subject_of_apposition(lexicon("en"), text, run) for run in name_runs(text, "en")]
    [True, False]
    """
    if lex.language != "en" or RE_SENTENCE_OPEN.search(text, max(0, run.start - 40), run.start) is None:
        return False
    aside = RE_APPOSITION.match(text, run.end)
    return aside is not None and RE_SUBJECT_VERB.match(text, run.end + len(aside.group().rstrip()) - 1) is not None


# "Among them is ", "One of those evacuated was ": a sentence opening with who is among a group, then the verb "to be"
RE_AMONG_IS = re.compile(r"(?:^|[.!?\n][\s”’\"']*)(?:among|one of)\s[^.!?\n]{1,60}?\s(?:is|was)\s+$", re.IGNORECASE)


def _named_among(lex: SourceLexicon, text: str, run: NameRun) -> bool:
    """Whether an English name is introduced as one of a group, right after "is"/"was" ending a sentence's opening
    "among ..." or "one of ...": "Among them is Peter Lavis, 68, who evacuated two nights ago ... “...,” he told AFP"
    (session 21, held-out16 spent: "he" went to the person who spoke before).

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "Crews came. Among them is Peter Lavis, 68, who left. It rose over the town of Darren Klemm."
    >>> {run.name: _named_among(lexicon("en"), text, run) for run in name_runs(text, "en") if " " in run.name}
    {'Peter Lavis': True, 'Darren Klemm': False}
    """
    return lex.language == "en" and RE_AMONG_IS.search(text, max(0, run.start - 80), run.start) is not None


RE_SENTENCE_OPEN = re.compile(r"(?:^|[.!?\n][\s”’\"']*|\n)\s*$")  # where a sentence or a paragraph opens


def _title_opens_clause(words: list[str]) -> bool:
    """Whether the title ending ``words`` (the words before a name and its comma) opens with an article that no
    preposition governs: "De esta manera el presidente del Gobierno," is a subject's title (q8rules), "se reunió
    con el ministro del Interior," an object's.

    >>> _title_opens_clause("De esta manera el presidente del Gobierno,".split())
    True
    >>> _title_opens_clause("se reunió con el ministro del Interior,".split())
    False
    """
    at = max((i for i, w in enumerate(words) if fold(w) in ARTICLES), default=-1)
    return at >= 0 and (at == 0 or fold(words[at - 1]) not in OBJECT_LINKS)


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
        if (
            run is not None
            and not head.rstrip().endswith(",")
            and not lex.speaks(head)
            and not (lex.determiner.fullmatch(head) and _capitalised_title_person(lex, run.name))
        ):
            run = None  # "The death toll from an earthquake which rocked Central America": an object
    if run is not None and not _is_person(lex, run.name):  # "White House press secretary Sean Spicer reacted"
        at = bisect.bisect_right(_starts(runs), run.start)
        after = runs[at] if at < len(runs) else None
        title = text[run.end : after.start] if after is not None else ""
        if after is not None and RE_LOWER_TITLE.fullmatch(title) and lex.speaks(title):
            run = after
    if run is None or not (len(run.name.split()) > 1 or RE_DOUBLE_SURNAME.fullmatch(run.name)):
        return None  # one word: a body, a place or anyone ("Officials"); a double surname ("Sanwo-Olu") is a person's
    if not RE_LEDE_VERB.match(text, run.end):
        return None  # "X, y el presidente Y, protagonizaron": two subjects, neither is the lede's speaker
    titled = _capitalised_title_person(lex, run.name) if not _is_person(lex, run.name) else None
    if titled is not None and not _is_place(titled, doc.article.language):
        return resolve_in_article(titled, names)  # "El Gobernador Nicolás García presidió": the title capitalised in
        # the run (session 22, read18: held-out18's governor)
    if not _is_person(lex, run.name) or _is_place(run.name, doc.article.language):
        return None
    return resolve_in_article(run.name, names)


# A double-barrelled surname written alone ("Sanwo-Olu met with ...", "Sayed-Khaiyum said"; q12en, held-out6).
RE_DOUBLE_SURNAME = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")
TITLE_INTRODUCED_REACH = 3  # sentences before a statement where the title introduced as a subject is looked for


def _title_introduced_before(doc: Doc, lex: SourceLexicon, runs: list[NameRun], position: int) -> str | None:
    """The title of one speaker introduced as a sentence's subject before ``position`` when nobody is named
    there: whom a verb with no subject stands for when nobody has spoken yet and the article gives a title, no
    name ("El entrenador no ocultó su felicidad. «...», aseguró" → "El entrenador"; "Así lo expresó el presidente
    del Banco Central, quien ... reconoció que «...»" → "el presidente del Banco Central"). The sentence of
    ``position`` (up to it) and the ``TITLE_INTRODUCED_REACH`` - 1 before it are read, nearest first; a person
    named there (two words or more) or a group's title ("los vecinos") stops the search: no title is guessed.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> from analysis.corpus.records import Article
    >>> from analysis.text import build
    >>> text = "El entrenador no ocultó su felicidad. «Fue un mérito de todos», aseguró."
    >>> doc = build([Article("a", text, language="es")]).docs[0]
    >>> _title_introduced_before(doc, lexicon("es"), name_runs(text, "es"), text.index("«"))
    'El entrenador'
    >>> text = "Los vecinos no ocultaron su enfado. «Fue un desastre», aseguró."
    >>> doc = build([Article("a", text, language="es")]).docs[0]
    >>> _title_introduced_before(doc, lexicon("es"), name_runs(text, "es"), text.index("«")) is None
    True
    """
    text = doc.article.text
    at = bisect.bisect_right(doc.sentences, (position, len(text))) - 1
    for a, b in reversed(doc.sentences[max(0, at - TITLE_INTRODUCED_REACH + 1) : at + 1]):
        end = min(b, position)
        starts = _starts(runs)
        inside = runs[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, end)]
        if any(" " in r.name and _is_person(lex, r.name) for r in inside):
            return None  # a person named: whom the verb stands for is theirs to say (_introduced_before)
        mention = _sentence_title(text[a:end], a, lex, runs)
        if mention is not None:
            return mention if lex.speaks(mention) and not _plural(lex, mention) else None
    return None


RE_OPENING_PHRASE = re.compile(r"[^,.;:«»“”\"\n]{1,30},\s*")  # "Por otro lado, " before a sentence's subject


def _sentence_title(sentence: str, offset: int, lex: SourceLexicon, runs: list[NameRun]) -> str | None:
    """The title that is a sentence's subject: after its first reporting verb ("Así lo expresó el presidente
    del Banco Central"), else opening it (after a short opening phrase) before its verb phrase ("El entrenador
    no ocultó", "El economista, sostuvo que")."""
    verb = lex.verb.search(sentence)
    if verb is not None:
        after = _subject_after(sentence[verb.end() :], offset + verb.end(), lex, runs)
        if after.kind == "title" and after.mention:
            return after.mention
    opening = RE_OPENING_PHRASE.match(sentence)
    head = sentence[opening.end() :] if opening and not lex.determiner.match(sentence) else sentence
    segment, comma, rest = head.partition(",")
    words = segment.split()
    if comma and 1 < len(words) <= COLON_TITLE_WORDS and lex.determiner.fullmatch(words[0] + " "):
        return segment.strip() if lex.verb.match(rest.lstrip()) else None  # "El economista, sostuvo que"
    title = _colon_title(" ".join(words[: 2 * COLON_TITLE_WORDS]), lex)
    return title.mention if title is not None else None


def _titled_in_new_paragraph(lex: SourceLexicon, text: str, run: NameRun, since: int) -> bool:
    """Whether a name is written right after a speaker's title ("la directora Mabel Lozano, que recogió ...") in
    a paragraph that opens after ``since`` (the last statement): the article turns to a new person, who goes on
    even where the name is no clause's subject.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "«Sí», dijo Ana Ruiz.\\n\\nEstá también la directora Mabel Lozano, que recogió el premio."
    >>> run = name_runs(text, "es")[-1]
    >>> _titled_in_new_paragraph(lexicon("es"), text, run, 19), _titled_in_new_paragraph(lexicon("es"), text, run, 30)
    (True, False)
    """
    if text.find("\n", since, run.start) < 0:  # no paragraph opened since (read in place, not copied)
        return False
    words = text[max(0, run.start - 30) : run.start].split()
    title = words[-1] if words else ""
    return bool(title) and (lex.speaks(title) or lex.person_title.fullmatch(title) is not None)


def _opens_article(text: str, start: int) -> bool:
    """Whether the quotation whose words start at ``start`` opens the article: only marks and white space before it.

    >>> _opens_article("«Fue duro», dijo el técnico.", 1), _opens_article("Ayer: «Fue duro», dijo.", 7)
    (True, False)
    """
    return not text[:start].strip(" \n«“\"‘—–-¿¡")


def _a_document(lex: SourceLexicon, speaker: str) -> bool:
    """Whether a speaker is a document, its first word one of the lexicon's ``thing_nouns`` ("escrito de la
    Fiscalía", "informe policial"): no person a description can stand for.

    >>> from analysis.sources.lexicon import lexicon
    >>> [_a_document(lexicon("es"), s) for s in ("escrito de la Fiscalía", "Ministerio de Salud", "Ana Gil", "vecinos")]
    [True, False, False, False]
    """
    words = fold(speaker).split()
    return bool(words) and words[0] in lex.thing_nouns


def _described_person_speaker(
    lex: SourceLexicon,
    text: str,
    runs: list[NameRun],
    item: _Found,
    marks: list[tuple[int, int]],
    full: dict[str, str],
    last_person: str | None,
    last: str | None,
    last_end: int,
) -> str | None:
    """Whom a definite noun no role cue nor speaker noun is ("el suizo", "el persecutor", "la conservadora": a
    subject read by described._described_person) stands for in a direct statement (q11es): the person introduced as a
    clause's subject since the last statement, else the last person who spoke, else the last speaker (a person
    written with a title in the name: "el Fiscal Javier Calisto"); before anyone has spoken, the person introduced
    before when the verb is beside the quotation ("«...», manifestó el jerarca"), as for an unwritten subject. Its
    role says nothing, so no role need agree (a noun with a cue is tied by the title rules). None otherwise ("El
    hombre dijo que «...»" may be anyone the story is about) and for an indirect statement: no statement is read
    then, as before the rule.

    >>> from analysis.sources.quotes import extract
    >>> from analysis.corpus.records import Article
    >>> from analysis.text import build
    >>> text = "Roger Federer ganó en Melbourne.\\n«No había razón para el pánico», se alegró el suizo."
    >>> [q.speaker for q in extract(build([Article("a", text, language="es")])) if q.direct]
    ['Roger Federer']

    When no person has spoken yet and a document spoke last, the description is the speaker as written: a person is
    not the document read before (read22).

    >>> text = "Según el escrito de la Fiscalía, el conductor huyó.\\n«Yo no huí», ha relatado el procesado."
    >>> [q.speaker for q in extract(build([Article("a", text, language="es")])) if q.direct]
    ['procesado']
    """
    if not item.direct:
        return None
    accused = initials_person(lex, text, item.subject.mention or "")
    if accused is not None:  # "cuando M.C.P. conducía ... «...», ha relatado el procesado": the one person named by
        return accused  # initials as a subject (read22b)
    if last is None:  # nobody has spoken yet: as for a verb with no subject beside its quotation
        beside = _verb_beside(lex, text, item.start, item.end)
        if not beside:
            return None
        introduced = _introduced_before(lex, text, runs, item.position, marks, full)
        if introduced is None and item.subject.mention and _opens_article(text, item.start):
            return _strip_determiner(lex, item.subject.mention)  # "«...», manifestó el conductor albinegro" opening
            # the article: nobody is written before it, so the description is the speaker (q12es)
        return introduced
    newcomer = _introduced_before(lex, text, runs, item.position, marks, full, since=last_end)
    if newcomer is None and last_person is None and _a_document(lex, last) and item.subject.mention:
        return _strip_determiner(lex, item.subject.mention)  # "según el escrito de la Fiscalía, ... «...», ha
        # relatado el procesado": a document spoke last, and a person is described; the description as written,
        # not the document (read22, a kind of held-out22's misses)
    return newcomer or last_person or last
