"""The lower-case phrases around a subject: a title's head noun phrase and whether its head speaks, an adjunct
between a verb and its subject that stands alone, the person named after a body's list; the links, breaks and
word endings (participles, gerunds) they read.

Split from :mod:`analysis.sources.subjects` (session 14).
"""

from __future__ import annotations

import re

from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.names import NameRun
from analysis.sources.persons import ARTICLES
from analysis.sources.run_index import _run_at

RE_GERUND = re.compile(r"(?:ndo|ndol[ao]s?|ing)$", re.IGNORECASE)  # "añadiendo", "calificándola", "adding"
RE_PARTICIPLE = re.compile(r"\w{3}(?:ado|ada|ido|ida|ados|adas|idos|idas|ed)$")  # "organizado", "hosted"
ADJUNCT_BREAKS = frozenset({"que", "y", "e", "o", "cuando", "quien", "como", "that", "and", "or", "who", "when", "as"})


def _adjunct_alone(words: str, lex: SourceLexicon) -> bool:
    """Whether the lower-case words of an adjunct after its preposition stand alone ("primera persona", "rueda
    de prensa"), not opening a clause ("la reunión que") nor owning the name after them ("la casa de", "la casa
    del ministro": after their last link, nothing or a speaker's title).

    >>> from analysis.sources.lexicon import lexicon
    >>> [_adjunct_alone(w, lexicon("es")) for w in ("rueda de prensa ", "la casa de ", "la casa del ministro ")]
    [True, False, False]
    """
    folded = [fold(w) for w in words.split()]
    if all(w in ARTICLES for w in folded):
        return False  # "en la Biblioteca Nacional": a venue's name after its article, no adjunct before a subject
    if ADJUNCT_BREAKS.intersection(folded) or any(RE_PARTICIPLE.search(w) for w in folded):
        return False  # "en un foro organizado por el X": a participle's agent, not the subject
    links = [at for at, word in enumerate(folded) if word in PHRASE_LINKS]
    tail = folded[links[-1] + 1 :] if links else folded
    return bool(tail) and not (links and lex.speaks(" ".join(tail)))


RE_LIST_LINK = re.compile(r"\s*,\s*|\s+(?:y|e|and|&)\s+")  # between two names of one body's list
RE_LIST_END = re.compile(r"\s*[,:]\s*")  # after the list, before the person's name


def _after_body_list(rest: str, offset: int, first: NameRun, runs: list[NameRun]) -> NameRun | None:
    """The person named after a title whose body is a list of capitalised names: "el ministro de Economía,
    Producción y Agricultura, Sergio Massa" → Sergio Massa, not "Producción". ``first`` is the name after the
    title's comma; when it and the names after it close with "y"/"e" ("Producción y Agricultura"), they are the
    body's name and the person is the next name after a comma or a colon (None when there is none). A name with
    no "y" after it is the person ("el ministro de Economía, Sergio Massa").

    >>> from analysis.sources.names import name_runs
    >>> rest = " el ministro de Economía, Producción y Agricultura, Sergio Massa."
    >>> runs = name_runs(rest, "es")
    >>> _after_body_list(rest, 0, runs[1], runs).name
    'Sergio Massa'
    >>> rest = " el ministro de Economía, Sergio Massa y Ana Ruiz."
    >>> runs = name_runs(rest, "es")
    >>> _after_body_list(rest, 0, runs[1], runs).name
    'Sergio Massa'
    >>> rest = " el ministro de Economía, Producción y Agricultura."
    >>> runs = name_runs(rest, "es")
    >>> _after_body_list(rest, 0, runs[1], runs) is None
    True
    """
    text_end = offset + len(rest)
    current = first
    while not _person_like(current.name):  # a body's list holds one-word names ("Producción") or phrases
        at = current.end - offset
        link = RE_LIST_LINK.match(rest, at)
        following = _run_at(runs, current.end + (link.end() - at)) if link else None
        if link is None or following is None or following.end > text_end:
            return first
        current = following
        if link.group().strip() in ("", ","):  # a comma: the list goes on only if a "y" closes it later
            continue
        close = RE_LIST_END.match(rest, current.end - offset)  # "y Agricultura, Sergio Massa"
        return _run_at(runs, current.end + close.end() - (current.end - offset)) if close else None
    return first


def _person_like(name: str) -> bool:
    """Whether a run reads as a person's name: two words or more, all capitalised ("Sergio Massa"), unlike a
    body's word ("Producción") or phrase ("Infraestructura de la Provincia").

    >>> _person_like("Sergio Massa"), _person_like("Producción"), _person_like("Infraestructura de la Provincia")
    (True, False, False)
    """
    words = name.split()
    return len(words) > 1 and all(w[:1].isupper() for w in words)


PHRASE_LINKS = frozenset(
    {"de", "del", "a", "al", "en", "con", "para", "por", "of", "for", "to", "in", "at", "on", "from"}
)


def _head_speaks(mention: str, lex: SourceLexicon) -> bool:
    """Whether a title's cue, or a person's title (lexicon ``person_titles``: "el jefe de Estado"), is written before
    its first link ("el portavoz del Kremlin", "el nuevo ministro"), or no word stands between its determiner and
    that link ("una de las víctimas"): the title's head is the speaker.
    A cue only after the link belongs to a complement of another noun: "resaltó el trabajo de su esposa: «...»",
    "habló esta mañana con CNN Radio sobre ...: «...»" name what was spoken of or when, not who speaks (q10rules, a
    kind of held-out9's misses: the complement was taken for the speaker). Read by preposed._preposed only, for a
    title after a verb before a quotation: elsewhere a complement may be the source ("según el relato del
    funcionario").

    >>> from analysis.sources.lexicon import lexicon
    >>> titles = ("el portavoz del Kremlin", "una de las víctimas", "el jefe de Estado", "el trabajo de su esposa")
    >>> [_head_speaks(t, lexicon("es")) for t in titles + ("esta mañana con CNN Radio",)]
    [True, True, True, False, False]
    """
    words = mention.split()
    link = next((at for at, word in enumerate(words) if at and fold(word) in PHRASE_LINKS), len(words))
    head = words[:link]
    return (
        link == len(words)
        or link == 1
        or lex.speaks(" ".join(head))
        or any(lex.person_title.fullmatch(word) for word in head)  # "el jefe de Estado": the cue is two words
    )


def _head_phrase(mention: str, lex: SourceLexicon) -> str:
    """A title's first noun phrase: the words before a determiner that follows a noun with no preposition
    between ("los datos el país" → "los datos": "el país" opens the clause the source is followed by).

    >>> from analysis.sources.lexicon import lexicon
    >>> _head_phrase("los datos el país", lexicon("es")), _head_phrase("la portavoz del Gobierno", lexicon("es"))
    ('los datos', 'la portavoz del Gobierno')
    """
    words = mention.split()
    for at in range(2, len(words)):
        if lex.determiner.fullmatch(words[at] + " ") and fold(words[at - 1]) not in PHRASE_LINKS:
            return " ".join(words[:at])
    return mention


# An English auxiliary or copula: words read as a title or an inverted verb's subject that hold one are a clause
# ("..., and locals say the government response has been “ridiculous.”"), no one's title (session 20).
RE_FINITE_EN = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|been|can|could|should|must|does|did)\b", re.I)
