"""Speakers written above or below a quotation, or pointed back to after it: a line that is only a name over a
quotation opening its paragraph (a heading), a signature on the next line after a dash, "las palabras de X" after the
closing mark, and another's name after an attribution left unread (moved verbatim from ``direct.py``, which asks
them)."""

from __future__ import annotations

import bisect
import re
from itertools import islice

from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.names import NameRun
from analysis.sources.persons import _is_person, _is_place
from analysis.sources.run_index import _starts
from analysis.sources.same_person import owned_name
from analysis.sources.subjects import _Subject
from analysis.text import stop_words

# A comma and a word in lower case after a quotation: an attribution, read or not ("«...», inició, así, la
# respuesta Pedro Sánchez").
RE_UNREAD = re.compile(r",\s*(?!(?:y|e|and)\b)[a-záéíóúñ]")
UNREAD_REACH = 50  # characters after the comma where the subject of an attribution is written
RE_CLAUSE_END = re.compile(r"[.;:!?«“\"]|\n")
RE_REACH_STOP = re.compile(r"[.;:!?«“\"]|\n")


RE_TITLE_WORD = re.compile(r"[^\W\d_][\w.’'-]*")
RE_SIGNATURE = re.compile(r"[ \t.,;]*\n\s*[—–][ \t]*")  # the quote ends its line, the next paragraph opens with a dash
# Or the dash follows the closing mark on the quotation's own line, spaced: "‘...’ – France captain Guilhem Guirado on
# Sebastien Vahaamahina’s red card" (quote round-ups; read19)
# A spaced hyphen signs so too ('"..." - Huddersfield boss Mark Robins after losing 4-1 to Brighton'; dev27, session 27).
RE_SIGNATURE_SAME_LINE = re.compile(r"[ \t]+[—–-][ \t]+")
# What may follow the signed name besides a comma, a bracket or the line's end: a possessive or a word in lower case,
# the note's own words ("– France coach Marc Lièvremont was not a happy man ...", "– Gatland rated ...", "– Ireland
# coach Joe Schmidt on the suffocating nature ...", "– All Blacks coach Steve Hansen’s reaction to ..."; read19)
RE_SIGNED_NOTE = re.compile(r"(?:[’']s)?[ \t]+[a-z]")


RE_HEADING_REST = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*:?[ \t]*")  # after the name: "(Arsenal)", ":"


def _headed_above(text: str, mark_start: int, lex: SourceLexicon, runs: list[NameRun]) -> _Subject | None:
    """The speaker of a quotation that opens its paragraph under a line that is only a name (and a bracket):
    the layout of "what the managers said" round-ups::

        Arsene Wenger (Arsenal)

        “I can’t remember a better comeback than that.”

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "Reactions.\\n\\nAna Ruiz (Arsenal)\\n\\n“We fought.”"
    >>> _headed_above(text, text.index("“"), lexicon("en"), name_runs(text, "en")).name
    'Ana Ruiz'
    >>> text = "Reactions from Ana Ruiz.\\n\\n“We fought.”"
    >>> _headed_above(text, text.index("“"), lexicon("en"), name_runs(text, "en")) is None
    True
    """
    line_start = text.rfind("\n", 0, mark_start) + 1
    if not line_start or text[line_start:mark_start].strip():
        return None
    above_end = len(text[:line_start].rstrip())
    above_start = text.rfind("\n", 0, above_end) + 1
    first = above_start + len(text[above_start:above_end]) - len(text[above_start:above_end].lstrip())
    at = bisect.bisect_left(_starts(runs), first)
    run = runs[at] if at < len(runs) else None
    if run is None or run.start != first or not RE_HEADING_REST.fullmatch(text, run.end, above_end):
        return None
    if len(run.name.split()) < 2 or not _is_person(lex, run.name) or _is_place(run.name, lex.language):
        return None
    return _Subject("name", run.name, run.name)


# The paragraph above a quotation that says whose words follow: "The following message is from our Ward Acting
# Sergeant, Scott Bannister:" (a document noun of the lexicon, then "is/was/comes from" or "was issued by").
RE_FROM_LINK = re.compile(r"\s+(?:is|was|comes|came|has come|was issued|is issued)\s+(?:from|by)\s", re.IGNORECASE)
FROM_REACH = 60  # characters between that link and the name closing the paragraph


def _introduced_from(text: str, mark_start: int, lex: SourceLexicon, runs: list[NameRun]) -> _Subject | None:
    """The speaker of a quotation that opens its paragraph under a paragraph that ends with a colon right after a
    person's name, having said that a message (a noun of the lexicon's ``document_nouns``) is from them: a newsletter's
    or a police alert's way of giving someone's words (dev27, session 27)::

        The following message is from our Ward Acting Sergeant, Scott Bannister:

        “There has been a dramatic rise in thefts from vehicles.”

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> en = lexicon("en")
    >>> text = "The following message is from our Sergeant, Scott Bannister:\\n\\n“Thefts rose.”"
    >>> _introduced_from(text, text.index("“"), en, name_runs(text, "en")).name
    'Scott Bannister'
    >>> text = "The following message is about Scott Bannister:\\n\\n“Thefts rose.”"
    >>> _introduced_from(text, text.index("“"), en, name_runs(text, "en")) is None
    True
    """
    line_start = text.rfind("\n", 0, mark_start) + 1
    if not line_start or text[line_start:mark_start].strip() or not lex.document_nouns:
        return None
    above_end = len(text[:line_start].rstrip())
    if text[above_end - 1 : above_end] != ":":
        return None
    above_start = text.rfind("\n", 0, above_end) + 1
    at = bisect.bisect_left(_starts(runs), above_start)
    named = [r for r in islice(runs, at, None) if r.end <= above_end]
    if not named or named[-1].end != above_end - 1 or len(named[-1].name.split()) < 2:
        return None
    run = named[-1]
    links = list(RE_FROM_LINK.finditer(text, above_start, run.start))
    link = links[-1] if links else None  # the last link before the name
    if link is None or run.start - link.end() > FROM_REACH:
        return None
    words = fold(text[above_start : link.start()]).split()
    if not words or words[-1] not in lex.document_nouns or not _is_person(lex, run.name):
        return None
    return _Subject("name", run.name, run.name)


def _signed_below(
    text: str, mark_start: int, mark_end: int, lex: SourceLexicon, runs: list[NameRun]
) -> _Subject | None:
    """The speaker of a quotation that fills its paragraph, signed on the next one by a dash, a name and an
    apposition (pull quotes, "In their words" boxes)::

        “We will rebuild the bridge this year.”

        — Mayor Ana Ruiz, speaking at the town hall

    At most five words, none a stop word in lower case, may come between the dash and the name (a title: "Mayor",
    "U.S. Sen.", "Spokane physician", "All Blacks coach", "Les Bleus’ English defence coach"), and the name ends at a
    comma, a bracket or the line's end, or goes on with a note (:func:`_noted`); dialogue signs nothing ("—No lo sé
    —dijo Ana.", "—Dile a Ana, que espere."). The dash may also follow the closing mark on its line, spaced ("‘...’
    – France captain Guilhem Guirado on the red card"; read19, quote round-ups of held-out19).

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "“We will rebuild the bridge.”\\n\\n— Mayor Ana Ruiz, at the town hall"
    >>> _signed_below(text, 0, text.index("\\n"), lexicon("en"), name_runs(text, "en")).name
    'Ana Ruiz'
    """
    line_start = text.rfind("\n", 0, mark_start) + 1
    signature = RE_SIGNATURE.match(text, mark_end) or RE_SIGNATURE_SAME_LINE.match(text, mark_end)
    if signature is None or text[line_start:mark_start].strip():
        return None
    line_end = text.find("\n", signature.end())
    line_end = len(text) if line_end < 0 else line_end
    stops = stop_words(lex.language)
    for run in islice(runs, bisect.bisect_left(_starts(runs), signature.end()), None):
        title = text[signature.end() : run.start].split()  # the words before the name: a title, or else not signed
        if run.end > line_end or len(title) > 5:
            return None
        if not all(RE_TITLE_WORD.fullmatch(word) and (fold(word) not in stops or word[:1].isupper()) for word in title):
            return None
        if text[run.end : run.end + 2].strip()[:1] in ("", ",", "("):
            name = owned_name(run.name) or run.name
            return _Subject("name", name, name)
        if (noted := _noted(text, run, title, runs)) is not None:
            return _Subject("name", noted, noted)
    return None


def _noted(text: str, run: NameRun, title: list[str], runs: list[NameRun]) -> str | None:
    """The name signing a quotation below (:func:`_signed_below`) when it goes on with a note of the editor's in lower
    case, not a comma: "– France coach Marc Lièvremont was not a happy man ...", "– Ireland coach Joe Schmidt on the
    suffocating nature of the All Blacks", "– All Blacks coach Steve Hansen’s reaction to ..." (the name without its
    possessive). The name is a person's only after a title in lower case ("coach", "captain", "wing"), two words or
    more, or, right after the dash, the surname of a person named before ("– Gatland rated ...", after "Warren
    Gatland"): a place that opens the line ("— Spokane physician John Gollhofer, ...") is no one. None otherwise.

    >>> from analysis.sources.names import name_runs
    >>> text = "“We lost.” – Wales coach Warren Gatland on the game.\\n“We won.” – Gatland rated the team."
    >>> runs = {r.name: r for r in name_runs(text, "en")}
    >>> _noted(text, runs["Warren Gatland"], ["Wales", "coach"], list(runs.values()))
    'Warren Gatland'
    >>> _noted(text, runs["Gatland"], [], list(runs.values()))
    'Gatland'
    >>> _noted("– Spokane physician", name_runs("– Spokane physician", "en")[0], [], []) is None
    True
    """
    name = run.name[:-2] if run.name.endswith(("’s", "'s")) else run.name  # "Steve Hansen’s reaction"
    if not name or (name == run.name and RE_SIGNED_NOTE.match(text, run.end) is None):
        return None
    if not title and (owned := owned_name(name)) is not None:
        return owned  # "– Wigan's Roberto Martinez after a 4-0 defeat at home": the team's possessive is a title
    if title:  # a title in lower case ("coach") or a team's possessive ("– Wigan's Roberto Martinez after a 4-0
        # defeat at home"; dev27, session 27)
        titled = title[-1][:1].islower() or title[-1].endswith(("’s", "'s"))
        return name if titled and len(name.split()) >= 2 else None
    surname = len(name.split()) == 1 and any(
        len(earlier.name.split()) >= 2 and earlier.name.split()[-1] == name for earlier in runs if earlier.end <= run.start
    )
    return name if surname else None


RE_OWNER_LINK = re.compile(r"\s(?:de|del|of)$", re.IGNORECASE)  # a reference ending with "de": "las palabras de"
# The owner's title between "de" and their name: "las palabras de la alcaldesa Ana Gil", "del cardenal Farrell",
# an article and one or two lower-case words.
RE_OWNER_TITLE = re.compile(r"\s*((?:(?:el|la|los|las|the)\s+)?(?:[^\W\d_A-ZÁÉÍÓÚÑ][\w-]*\s+){1,2})")
RE_OWNER_TITLE_ALONE = re.compile(  # the title with no name after it, ending the sentence: "de la alcaldesa."
    r"\s*((?:(?:el|la|los|las|the)\s+)?[^\W\d_A-ZÁÉÍÓÚÑ][\w-]*(?:\s+[^\W\d_A-ZÁÉÍÓÚÑ][\w-]*)?)\s*(?:[.;\n]|$)"
)
BACK_REFERENCE_REACH = 160  # characters after the words pointing back where the speaker's name may be


def _named_after_reference(text: str, mark_end: int, lex: SourceLexicon, runs: list[NameRun]) -> _Subject | None:
    """The person named after words that point back at a quotation opening its sentence ("«...». Así vivió Frank
    Moreno el terremoto", "«...», con esta pregunta de Alberto Núñez Feijóo comenzó la sesión", "«...».¶¶Con
    esas palabras la vicepresidenta de Chile, Carolina Tohá, informaba", or a clitic standing for it before a
    reporting verb, ``lex.back_clitic``: "«...». Lo aseguraba este martes María Dueñas"): the first name of a
    person (two words or more; a place is skipped) before that sentence ends. No name, no speaker.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "«Fue un minuto eterno». Así vivió Frank Moreno el terremoto en Marrakech."
    >>> _named_after_reference(text, text.index("»") + 1, lexicon("es"), name_runs(text, "es")).name
    'Frank Moreno'
    >>> text = "«Fue un minuto eterno». Así, en Marrakech, todo quedó en silencio."
    >>> _named_after_reference(text, text.index("»") + 1, lexicon("es"), name_runs(text, "es")) is None
    True
    """
    reference = lex.back_reference.match(text, mark_end)
    if reference is None:  # "«...». Lo aseguraba este martes María Dueñas": a clitic for it and a reporting verb
        clitic = lex.back_clitic.match(text, mark_end)
        reference = lex.verb.match(text, clitic.end()) if clitic else None
        if reference is None:
            return None
    reach = text[reference.end() : reference.end() + BACK_REFERENCE_REACH]
    stop = RE_REACH_STOP.search(reach)
    limit = reference.end() + (stop.start() if stop else len(reach))
    owner = RE_OWNER_LINK.search(reference.group())  # "las palabras de X": the owner is written right after "de"
    titled = _owner_title(text, reference.end(), lex) if owner else None
    for run in islice(runs, bisect.bisect_left(_starts(runs), reference.end()), None):
        between = text[reference.end() : run.start]
        if run.end > limit or (owner and between.strip() and not (titled and between.strip() == titled.strip())):
            return _Subject("title", titled.strip()) if titled else None  # "Las palabras de la concejala molestaron
            # a X": X owns no words; the title alone is its owner ("fueron las palabras de la alcaldesa")
        if _is_person(lex, run.name) and not _is_place(run.name, lex.language) and (len(run.name.split()) > 1 or titled):
            return _Subject("name", run.name, run.name)  # a surname after its title: "del cardenal Farrell"
        person = _capitalised_title_person(lex, run.name)
        if person is not None:  # "Con esas palabras, el Fiscal General Diego Escoda avaló la decisión del Tribunal
            return _Subject("name", person, person)  # Oral": the title is capitalised in the run (s. 20, read15)
    return _Subject("title", titled.strip()) if titled else None


def _capitalised_title_person(lex: SourceLexicon, run: str) -> str | None:
    """The person's name ending a run that opens with a capitalised title (a role cue: "Fiscal General Diego Escoda"
    is the prosecutor Diego Escoda): its last two or three words when they are a person's name; None otherwise.

    >>> from analysis.sources.lexicon import lexicon
    >>> [_capitalised_title_person(lexicon("es"), r) for r in ("Fiscal General Diego Escoda", "Tribunal Oral")]
    ['Diego Escoda', None]
    """
    words = run.split()
    for size in (2, 3):
        head, tail = " ".join(words[:-size]), " ".join(words[-size:])
        if head and lex.role_of(head) != "unknown" and _is_person(lex, tail) and not _is_place(tail, lex.language):
            return tail
    return None


def _owner_title(text: str, at: int, lex: SourceLexicon) -> str | None:
    """The title written between "las palabras de" and its owner: an article and one or two lower-case words
    followed by a capital (the owner's name), or, with no name after it, words that name one speaker
    (``lex.speaks``: "fueron las palabras de la alcaldesa.").

    >>> from analysis.sources.lexicon import lexicon
    >>> text = "», fueron las palabras del cardenal Farrell."
    >>> _owner_title(text, text.index(" cardenal"), lexicon("es")), _owner_title(" la alcaldesa.", 0, lexicon("es"))
    ('cardenal ', 'la alcaldesa')
    >>> _owner_title(" la concejala molestaron a Luis Pérez", 0, lexicon("es")) is None  # words going on into a verb
    True
    """
    found = RE_OWNER_TITLE.match(text, at)
    if found is not None and text[found.end() : found.end() + 1].isupper():
        return found.group(1)
    alone = RE_OWNER_TITLE_ALONE.match(text, at)
    if alone is None:
        return None
    title = alone.group(1)
    return title if lex.speaks(title) else None


def _names_another(text: str, mark_end: int, lex: SourceLexicon, runs: list[NameRun]) -> bool:
    """Whether a clause after a quotation's comma that was not read as an attribution names a person (two words
    or more) within its first ``UNREAD_REACH`` characters, where a subject is written: "«...», inició, así, la
    respuesta Pedro Sánchez". Someone is said to speak, so the quotation does not continue the last speaker.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "«Usted miente», inició, así, la respuesta Pedro Sánchez. «Es grave», insistió después."
    >>> runs = name_runs(text, "es")
    >>> _names_another(text, text.index("»") + 1, lexicon("es"), runs), _names_another(text, len(text) - 23, lexicon("es"), runs)
    (True, False)
    """
    unread = RE_UNREAD.match(text, mark_end)
    if unread is None:
        return False
    stop = RE_CLAUSE_END.search(text, unread.end(), unread.end() + UNREAD_REACH)
    limit = stop.start() if stop else unread.end() + UNREAD_REACH
    return any(
        unread.end() <= run.start and run.end <= limit and len(run.name.split()) > 1 and _is_person(lex, run.name)
        for run in islice(runs, bisect.bisect_left(_starts(runs), unread.end()), None)
        if run.start < limit
    )
