"""What the words around a name make of it when it is no verb's subject: inside a title ("el portavoz del
Kremlin"), after a preposition ("en diálogo con RNE") or a governed noun, spoken to ("al presidente Petro"), a
territory's name, a complement inside another name's apposition, or a capitalised word opening a sentence (an
adverb, a participle: "Finalmente", "Consultado sobre ...").

Split from :mod:`analysis.sources.subjects` (session 14).
"""

from __future__ import annotations

import re

from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.names import NameRun
from analysis.sources.persons import ARTICLES, OBJECT_LINKS, PREPOSITIONS, TITLE_LINKS


def _named_again(run: NameRun, runs: list[NameRun]) -> bool:
    """Whether another run writes the same name or ends with it ("Peskov" after "Dmitri Peskov"): a capitalised
    word opening a sentence that is named nowhere else is a sentence's first word ("Empecé", "Finalmente")."""
    name, ending = run.name, " " + run.name  # made once, not once for each run read
    return any(r is not run and (r.name == name or r.name.endswith(ending)) for r in runs)


RE_SENTENCE_WORD = re.compile(r"\w{4,}(?:mente|ly)|\w{3,}[éí]")  # "Finalmente", "Finally"; "Empecé", "Salí"


def _sentence_word(run: NameRun, runs: list[NameRun], lex: SourceLexicon) -> bool:
    """Whether a one-word run is a word capitalised because it opens a sentence: an adverb or clause opener of
    the lexicon ("Asimismo", "Además", "Finally"), wherever else it is written, or, when named nowhere else in
    the article, a word of an adverb's or a verb's shape ("Finalmente", "Posiblemente"), a verb in the first person
    of the preterite ("Empecé", "Salí") or a reporting verb with its subject unwritten ("Insistió en que").
    A first name ("Yanina") is none of these.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "Finalmente llegó. Empecé a correr. Yanina habló. Asimismo, nada. Insistió en ello."
    >>> runs = name_runs(text, "es")
    >>> [(r.name, _sentence_word(r, runs, lexicon("es"))) for r in runs]
    [('Finalmente', True), ('Empecé', True), ('Yanina', False), ('Asimismo', True), ('Insistió', True)]
    """
    if " " in run.name:
        return False
    word = run.name.lower()
    adverb = lex.lead_adverbs.match(f" {word} ")
    if word in lex.clause_openers or (adverb is not None and adverb.end() == len(word) + 1):
        return True  # a listed adverb or opener is no name however often it opens a sentence ("Asimismo, indicaron")
    if not (RE_SENTENCE_WORD.fullmatch(word) or lex.verb.fullmatch(word)):
        return False
    return not _named_again(run, runs)  # asked last: it reads every run of the article


# A preposition of the person spoken to or accompanied, then at most three lower-case words (a title):
# "al presidente ", "a la ministra ", "acompañando al presidente ", "to the ", "alongside Prime Minister".
RE_ADDRESSEE = re.compile(
    r"(?:^|\s)(?:al|a(?:\s+(?:la|los|las))?|ante|junto\s+al?|to(?:\s+the)?|alongside)\s+((?:[a-záéíóúñ][\w-]*\s+){1,3})$"
)


def _addressed(before: str, lex: SourceLexicon) -> bool:
    """Whether a name right after ``before`` is the person spoken to or accompanied, behind a title: "le
    aseguró al presidente Petro", "acompañando al presidente López Obrador" (no determiner among the title's
    words: "dijo a los periodistas el portavoz Peskov" names the speaker after the object). A name right
    after the preposition is for :func:`_after_preposition`.

    >>> from analysis.sources.lexicon import lexicon
    >>> _addressed("le aseguró al presidente ", lexicon("es")), _addressed(" a los periodistas el portavoz ", lexicon("es"))
    (True, False)
    """
    match = RE_ADDRESSEE.search(before, max(0, len(before) - 60))
    if match is None:
        return False
    words = match.group(1).split()
    return lex.speaks(" ".join(words)) and not any(lex.determiner.fullmatch(w + " ") for w in words)


def _titled(lex: SourceLexicon, before: str, name: str) -> bool:
    """Whether a capitalised run is a person's title after a determiner ("El Ministro de Economía resaltó").

    >>> from analysis.sources.lexicon import lexicon
    >>> _titled(lexicon("es"), "Ayer, el ", "Ministro de Economía"), _titled(lexicon("es"), "", "Luis Caputo")
    (True, False)
    """
    words = _last_words(before, 1)
    return bool(words) and bool(lex.determiner.fullmatch(words[-1] + " ")) and bool(lex.person_title.match(name))


def _last_words(text: str, count: int) -> list[str]:
    """The last ``count`` words of ``text``: ``text.split()[-count:]``, the rest of a long text left unsplit
    (``rsplit`` from the end makes at most ``count`` cuts: its last ``count`` pieces are whole words).

    >>> _last_words("  en diálogo  con ", 2), _last_words("con", 2), _last_words(" ", 2), _last_words("a b", 1)
    (['diálogo', 'con'], ['con'], [], ['b'])
    """
    return text.rsplit(None, count)[-count:]


def _in_name_phrase(before: str) -> bool:
    """Whether a name right after ``before`` continues a capitalised phrase across a preposition
    ("Atención a Víctimas"), unlike a name after a phrase's preposition ("according to the Ministry").

    >>> _in_name_phrase("de Atención a "), _in_name_phrase("according to the ")
    (True, False)
    """
    words = _last_words(before, 2)
    return len(words) == 2 and fold(words[1]) in PREPOSITIONS and words[0][:1].isupper()


def _after_preposition(before: str) -> bool:
    """Whether a name right after ``before`` follows a preposition ("con Radio Nacional", "a la AFP").

    >>> _after_preposition("en diálogo con "), _after_preposition("Ayer, el ministro ")
    (True, False)
    """
    words = [fold(w) for w in _last_words(before, 2)]
    return bool(words) and (
        words[-1] in PREPOSITIONS or len(words) > 1 and words[-1] in ARTICLES and words[-2] in PREPOSITIONS
    )


def _after_governed_noun(before: str, lex: SourceLexicon) -> bool:
    """Whether a name right after ``before`` follows a preposition's noun that names no speaker ("postulado por el
    partido Movimiento X (MORENA), dijo": the party is the agent of "postulado", not the verb's subject; q8rules,
    a kind of held-out7's misses). A speaker's title there ("con el ministro Luis Gil") is left as it was read.

    >>> from analysis.sources.lexicon import lexicon
    >>> _after_governed_noun("postulado por el partido ", lexicon("es")), _after_governed_noun("con el ministro ", lexicon("es"))
    (True, False)
    """
    words = before.split()[-3:]
    folded = [fold(w) for w in words]
    return (
        lex.language == "es"
        and len(words) == 3
        and folded[0] in PREPOSITIONS
        and folded[1] in ARTICLES
        and words[2].islower()
        and not lex.speaks(words[2])
    )


def _in_title(before: str) -> bool:
    """Whether a name right after ``before`` belongs to a title ("el portavoz del Kremlin", "spokesman for the UN")."""
    words = [fold(w) for w in _last_words(before, 2)]  # only the last two words decide
    if not words:
        return False
    return words[-1] in TITLE_LINKS or len(words) > 1 and words[-1] in ARTICLES and words[-2] in TITLE_LINKS


def _in_territory(lex: SourceLexicon, before: str) -> bool:
    """Whether a name right after ``before`` names a territory in a complement: "de"/"del"/"of" (an article
    perhaps), then a lower-case territory noun (lexicon ``territory_nouns``), as in "el agente municipal del ejido
    Colorado" or "the mayor of the town of Paradise"; such a name is a place, not a reporting verb's subject.

    >>> from analysis.sources.lexicon import lexicon
    >>> es = lexicon("es")
    >>> _in_territory(es, "el agente municipal del ejido "), _in_territory(es, "el alcalde de la comunidad ")
    (True, True)
    >>> _in_territory(es, "el portavoz del "), _in_territory(es, "el jefe de seguridad "), _in_territory(es, "del Estado ")
    (False, False, False)
    """
    words = _last_words(before, 3)
    if len(words) < 2 or not words[-1][:1].islower() or fold(words[-1]) not in lex.territory_nouns:
        return False
    link = fold(words[-2])
    if link in ARTICLES and len(words) == 3:
        link = fold(words[-3])
    return link in TITLE_LINKS


def _complement_in_apposition(pre: str, start: int) -> bool:
    """Whether the name starting at ``start`` in ``pre`` is a preposition's complement inside an apposition of an
    earlier name ("El tenista Rafa Nadal, flamante vencedor de Roland Garros, segundo 'grande' de la temporada,
    reconoció"): the lower-case words after that name's comma end with "de"/"en"/..., so the name is what the
    apposition speaks of, not the verb's subject (q11es, a kind of held-out9's misses: the tournament spoke). The
    links are Spanish (``COMPLEMENT_LINKS``): English appositions are left to the English rules.

    >>> pre = "El tenista Rafa Nadal, flamante vencedor de Roland Garros, segundo 'grande' de la temporada, "
    >>> _complement_in_apposition(pre, pre.index("Roland")), _complement_in_apposition(pre, pre.index("Rafa"))
    (True, False)
    >>> pre = "José López, profesor de la Universidad de Madrid, "
    >>> _complement_in_apposition(pre, pre.index("José"))
    False
    """
    before = pre[:start]
    comma = before.rfind(",")
    if comma < 0 or RE_LOWER_WORDS.fullmatch(before, comma + 1) is None:
        return False
    words = [fold(w) for w in _last_words(before, 2)]
    if len(words) > 1 and words[-1] in ARTICLES:
        words = words[:-1]
    return bool(words) and words[-1] in COMPLEMENT_LINKS


COMPLEMENT_LINKS = frozenset({"de", "del", "en", "a", "al", "con", "desde", "por", "para", "sobre", "contra", "tras"})


RE_LOWER_WORDS = re.compile(r"\s*(?:[a-záéíóúñü][\w'-]*\s+){1,8}")  # lower-case words only, after a comma


RE_PARTICIPLE_OPENING = re.compile(r"\w{3,}(?:ado|ada|ido|ida|ados|adas|idos|idas)")
RE_LINK_AFTER = re.compile(r"\s+(?:sobre|por|acerca|respecto|ante|tras|en|a|al|acerca)\s", re.IGNORECASE)


def _participle_opening(text: str, run: NameRun, runs: list[NameRun], lex: SourceLexicon) -> bool:
    """Whether a one-word run opening a sentence is a participle and a preposition opening its complement
    ("Consultado sobre la existencia de otros grupos, Pérez fue categórico", "Preguntado por sus referentes, ..."),
    not a name (q11es, a kind of held-out8's misses: the quotation after went to "Consultado"). Spanish only; a
    surname in "-ado" named again in the article ("Luis Machado ... Machado por su parte calló") stays a name.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "Consultado sobre los grupos, Pérez fue categórico. Luis Machado llegó. Machado por su parte calló."
    >>> runs = name_runs(text, "es")
    >>> [(r.name, _participle_opening(text, r, runs, lexicon("es"))) for r in runs if " " not in r.name]
    [('Consultado', True), ('Pérez', False), ('Machado', False)]
    """
    return (
        lex.language == "es"
        and " " not in run.name
        and RE_PARTICIPLE_OPENING.fullmatch(run.name) is not None
        and RE_LINK_AFTER.match(text, run.end) is not None
        and not _named_again(run, runs)
    )


TITLE_JOINERS = frozenset({"and", "y", "e", "on"})  # inside a capitalised title: "Adviser on Media and Strategy"
AGENT_LINKS = frozenset({"by", "por"})  # a passive's agent: governed only as a document's signer
GOVERNED_TITLE_WORDS = 10  # words before a name's comma read for a title and the preposition governing it


def _governed_apposition(lex: SourceLexicon, before: str, after: str) -> bool:
    """Whether a name between commas is the apposition of a title that a preposition governs: "blindando al ministro
    del Interior, Juan José Santiváñez, al no ...", "in a statement signed by his Special Adviser on Media and
    Strategy, Hon. Kayode Akinmade, said" (session 19, kinds of held-out13's misses: the minister and the adviser were
    read as who spoke). ``before`` is the text before the name, ``after`` the character after it (a comma: an
    apposition closed; "In a letter to the minister, Tom Ray said" names the subject). The title is its speaker noun
    (lexicon ``speaker_nouns`` or a role cue), a determiner or possessive before it, capitalised words around it and
    their links; the preposition is one of an object ("al", "a", "by", "to", "with", "for", ...). Not after
    "según"/"according to": the person whose statement that is.

    >>> from analysis.sources.lexicon import lexicon
    >>> es, en = lexicon("es"), lexicon("en")
    >>> _governed_apposition(es, "están blindando al ministro del Interior, ", ","), _governed_apposition(es, "Ayer, el ministro del Interior, ", ",")
    (True, False)
    >>> _governed_apposition(en, "The Governor, in a statement signed by his Chief Press Secretary, ", ",")
    True
    >>> _governed_apposition(en, "In a letter to the minister, ", " "), _governed_apposition(en, "according to his spokesman, ", ",")
    (False, False)
    """
    if after != "," or not before.rstrip().endswith(","):
        return False
    words = [w.rstrip(",") for w in before.split()[-GOVERNED_TITLE_WORDS:]]
    head = None
    for at in range(len(words) - 1, -1, -1):  # the title's speaker noun: only the title's words after it
        word = words[at]
        if lex.speaks(word) and (word.islower() or lex.language == "en"):
            head = at
            break
        if not (word[:1].isupper() or fold(word) in TITLE_LINKS or fold(word) in ARTICLES or word in TITLE_JOINERS):
            return False
    if head is None:
        return False
    at = head - 1
    while at >= 0 and words[at][:1].isupper() and lex.language == "en":
        at -= 1  # "his Special Adviser", "the Deputy Minister"
    if at >= 0 and (fold(words[at]) in lex.object_determiners or fold(words[at]) in ARTICLES):
        at -= 1  # "al ministro", "a su portavoz", "by his spokesman"
    if at < 0:
        return False
    link = fold(words[at])
    if link in TITLE_LINKS and at > 0 and fold(words[at - 1]) in lex.company_nouns:
        return lex.according_to.search(before[-100:]) is None  # "en presencia del ministro del Interior, X,": whom
        # the speaker was with (session 22, read18: held-out18's representative and minister)
    if link in AGENT_LINKS and not any(fold(w) in lex.document_nouns for w in words[max(0, at - 4) : at]):
        return False  # "descritas como “cráteres” por su alcalde, X,": a passive's agent speaks; "a statement
        # signed by his spokesman, X," is the document's signer, not who it speaks for
    return link in OBJECT_LINKS and link not in TITLE_LINKS and lex.according_to.search(before[-100:]) is None
