"""What the text writes with a name, its description: the title before it ("el portavoz del Kremlin, Dmitri Peskov",
"la ministra de Salud Ana Ruiz") and the apposition after it ("Christian Flores, un meteorólogo de la Fuerza Aérea,";
"Ray Schmidt, a farmer who has grown wheat"), where :attr:`analysis.sources.names.NameRun.description` finds the
cues of a speaker's role. Split from :mod:`analysis.sources.names` (session 16).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.corpus.credit import agency_spellings
from analysis.sources.capitals import UPPER
from analysis.sources.lexicon import SourceLexicon, fold, lexicon

DESCRIPTION_WORDS = 10
# A body's acronym, or the body named again by an article's noun phrase, in parentheses ending a title before a
# name and its comma ("La rectora de la Universidad X (UNMSM), Ana Ruiz", "El senador por Formosa (UxP), José
# Mayans", "El gerente general del Banco de la República (el banco central de Colombia), Rodrigo Villar": roles22, a
# kind of held-out2 and 9's role misses); another aside ends the title ("(en huelga)")
RE_ACRONYM_END = re.compile(rf"\s*\((?:[{UPPER}][\w.-]{{1,11}}|(?:el|la|los|las|the)\s[^()\n]{{1,60}})\)$")
# A one-letter mark of an acting office between a title and the name ("la alcaldesa (e) Lourdes Peña", Colombian
# "encargada"; "(i)" interim): the title is still the name's (session 19).
# A party's or a body's acronym there too, with no comma ("el diputado del Partido de Avanzada Nacional (PAN) Manuel
# Conde": roles22, a kind of held-out8's role misses).
RE_INTERIM_END = re.compile(rf"\s*\((?:[a-zA-Z]\.?|[{UPPER}]\w{{0,8}}[{UPPER}]\w{{0,8}})\)\s$")  # no "(Volodymyr) "
# A word of address with its point after an apposed title's comma ("The Governor of Nasarawa State, Mr. Abdulallahi
# Sule"): its point broke the title off, with its role (read17, held-out17's governor).
RE_HONORIFIC_AFTER_COMMA = re.compile(r",\s*(?:Mr|Mrs|Ms|Dr|Sr|Sra|Srta)\.\s+$")
RE_WORD_CHAR = re.compile(r"[^\W\d]")
RE_THAT = re.compile(r"\b(?:que|that)\b")  # words of a title or apposition kept as a name's description
RE_DESCRIPTION_BREAK = re.compile(r"[.;:!?\n«»\"“”()]|,(?=[^,]*$)")  # where a title before a name ends
# Up to the last character of RE_DESCRIPTION_BREAK's, read back from the end (:func:`_last_break`).
RE_TO_LAST_BREAK = re.compile(r"(?s).*[.;:!?\n«»\"“”(),]")
# ", ministro de Gobernación," or, before a quotation, ", ministro de Gobernación: “...”"
RE_APPOSITION_AFTER = re.compile(r"\s*(?:\([^)]{1,60}\))?\s*,\s*([^,.;:\n«»\"“”]{3,120})(?=[,)]|:\s*[«“\"])")
RE_RELATIVE_WORD = re.compile(r"\b(?:que|that|who|quien)\b")
# The last names of a body's list closed by "y"/"e" ("Producción y Agricultura") and one item of such a list.
# A body's list may end with a comma before "y" ("de Justicia, Seguridad, y Derechos Humanos, Aníbal Fernández"):
# its last item is then "y Derechos Humanos" (q8rules, a kind of held-out7's role misses).
RE_BODY_LIST_END = re.compile(
    rf"\s*(?:[{UPPER}][\w-]*(?:\s+(?:de|del|la|las|los|[{UPPER}][\w-]*))*\s+)?(?:y|e)\s+[{UPPER}][\w\s-]*"
)
RE_BODY_LIST_ITEM = re.compile(
    rf"\s*(?:(?:y|e)\s+)?[{UPPER}][\w-]*(?:\s+(?:de|del|la|las|los|y|e|[{UPPER}][\w-]*))*\s*"
)


def _before(text: str, start: int, language: str) -> str:
    """The title written before a name: "el canciller Yván Gil", "El vocero del Kremlin, Dmitri Peskov".

    It stops at punctuation, at a reporting verb and at "que"/"that", so "El secretario dijo que el IPC"
    does not make "IPC" a secretary.
    """
    head = text[max(0, start - 120) : start]
    honorific = RE_HONORIFIC_AFTER_COMMA.search(head) if head.endswith(". ") else None
    head = head[: honorific.start() + 1] + " " if honorific else head  # "The Governor of X, Mr. Y": the title is his
    marker = RE_INTERIM_END.search(head) if head.endswith(") ") else None
    head = head[: marker.start()] + " " if marker else head  # "la alcaldesa (e) Lourdes Peña": the title is hers
    bare = head.rstrip()  # a comma after a word ends the head: "El vocero del Kremlin, " → "El vocero del Kremlin"
    if bare.endswith(",") or (bare.endswith(":") and RE_BODY_LIST_END.search(bare[:-1].rsplit(",", 1)[-1])):
        word = bare[:-1].rstrip()  # ": " too after a body's list ("de Economía e Infraestructura: Ana Ruiz")
        acronym = RE_ACRONYM_END.search(word) if word.endswith(")") else None
        word = word[: acronym.start()] if acronym else word  # "La rectora de la Universidad X (UNMSM), Ana Ruiz"
        head = word if word and RE_WORD_CHAR.match(word[-1]) else head
    lex = lexicon(language)
    piece = head[_title_start(lex, head) :]
    if RE_BODY_LIST_END.fullmatch(piece):  # "El ministro de Economía, Producción y Agricultura, Sergio Massa"
        items = head.split(",")
        while len(items) > 1 and RE_BODY_LIST_ITEM.fullmatch(items[-1]):
            items.pop()  # the list's names: the title that opens it is before them
        piece = RE_DESCRIPTION_BREAK.split(",".join(items))[-1] + " " + head[len(",".join(items)) + 1 :].strip()
    verbs = [] if lex.verb_words.isdisjoint(piece.lower().split()) else [m.end() for m in lex.verb.finditer(piece)]
    cut = max(verbs + [m.end() for m in RE_THAT.finditer(piece)] + [0])
    bare = piece.rstrip()
    spoken_to = _agency_tail().search(bare, cut) if bare.endswith(agency_spellings()) else None
    piece = bare[: spoken_to.start()] if spoken_to else piece  # "dijo a Reuters Ana Ruiz": the medium is not hers
    return " ".join(piece[cut:].split()[-DESCRIPTION_WORDS:])


def _title_start(lex: SourceLexicon, head: str) -> int:
    """Where the title before a name starts: after the last break (:func:`_last_break`), unless that break is the
    point of a title's abbreviation (a role cue ending in ".": "Capt.", "Supt."), which the title reads on over.

    Why (roles17, a kind of the blind set's role misses, "Sacramento Fire Department Capt. Dave Lauchner"): a
    four-letter abbreviation is no word of the name's run, and its point broke the title off, with its role.

    >>> from analysis.sources.lexicon import lexicon
    >>> head = "Sacramento Fire Department Capt. "
    >>> head[_title_start(lexicon("en"), head) :], head[_last_break(head) :]
    ('Sacramento Fire Department Capt. ', ' ')
    >>> head = "It was late. "
    >>> head[_title_start(lexicon("en"), head) :]
    ' '
    """
    start = _last_break(head)
    while start and head[start - 1] == "." and fold(head[:start].rsplit(None, 1)[-1]) in lex.abbreviated_titles:
        start = _last_break(head[: start - 1])
    return start


def _last_break(head: str) -> int:
    """Where the last piece of ``RE_DESCRIPTION_BREAK.split(head)`` starts, without splitting the rest.

    Every match of the pattern is one character: each of ``.;:!?\\n«»"“”()`` and the last comma (a comma with
    no comma after it). The last piece starts after the last such character, the one the greedy ``.*`` of
    ``RE_TO_LAST_BREAK`` backs off to from the end.

    >>> heads = ["El vocero, del Kremlin, ", "Dijo (ayer) el ministro", "sin pausa", "a, b.\\n"]
    >>> [h[_last_break(h) :] == RE_DESCRIPTION_BREAK.split(h)[-1] for h in heads]
    [True, True, True, True]
    """
    found = RE_TO_LAST_BREAK.match(head)
    return found.end() if found else 0


@cache
def _agency_tail() -> re.Pattern[str]:
    """A news agency spoken to, ending the words before a name ("a la agencia AFP ", "a Reuters "): no title."""
    spellings = "|".join(re.escape(s) for s in agency_spellings())
    return re.compile(rf"\b(?:a|al|to)\s+(?:la\s+)?(?:agencia\s+(?:de\s+noticias\s+)?)?(?:{spellings})$")


def _after(text: str, end: int, language: str = "es") -> str:
    """An apposition after a name: ", un meteorólogo de la Fuerza Aérea Mexicana," up to the next comma; one
    opened by an article may also end its sentence (", a co-author of the new study.", ", a physicist who
    led the study." up to its relative word).

    >>> _after("said Ann Lee, a co-author of the study. Then", 12, "en"), _after("dijo Ana, a la salida.", 8, "es")
    ('a co-author of the study', '')
    >>> _after("in Lahaina, the governor said.", 10, "en")
    ''
    >>> _after("Ana Ruiz, ministra del Interior: «Habrá cortes».", 8), _after("Ana Ruiz, relató a la radio: «Sí».", 8)
    ('ministra del Interior', '')
    >>> _after("Álex Tapia, un militar ecuatoriano que vivía allí, salió.", 10), _after("Ana, que vivía allí, salió.", 3)
    ('un militar ecuatoriano', '')
    >>> _after("Ray Schmidt, a farmer who has grown wheat for 57 years, looked out", 11, "en")
    'a farmer'
    >>> _after("Aeronáutica Civil — the country's aviation administration — confirmed", 17, "en")
    "the country's aviation administration"
    >>> _after("Ana Ruiz — who said nothing — left", 8, "en"), _after("Ana Ruiz — dijo — y se fue", 8, "es")  # verbs
    ('', '')

    """
    window = text[end : end + 160]
    aside = RE_DASH_APPOSITION.match(window)  # " — the Colombian government's aviation administration — "
    if aside and not lexicon(language).verb.search(aside.group(2)):
        return " ".join(aside.group(2).split()[:DESCRIPTION_WORDS])
    match = RE_APPOSITION_AFTER.match(window)
    relative = RE_RELATIVE_WORD.search(match.group(1)) if match else None
    head = match.group(1)[: relative.start()] if match and relative else ""
    if head and (RE_ARTICLE_NOUN.match(head) or language == "en" and RE_ARTICLE_NOUN_EN.match(head)):
        # ", un militar ecuatoriano que vivía en el edificio," (q8rules), ", a farmer who has grown wheat," (q11en): the
        return " ".join(head.split()[:DESCRIPTION_WORDS])  # noun phrase before the relative describes the name
    titled = RE_TITLE_THEN_AND.match(head) if head else None
    if titled is not None and lexicon(language).speaks(head.split(None, 1)[0]):
        # ", presidenta del Grupo FCC y que controla el 3,2% del Grupo,": a title's noun, then "y que" and a clause
        return " ".join(titled.group(1).split()[:DESCRIPTION_WORDS])  # (session 20)
    if not match or match.group(1)[:1].isupper() or relative:
        final = RE_APPOSITION_FINAL[language == "en"].match(window)
        if final is None and language == "en" and not match:
            final = RE_APPOSITION_BARE_FINAL.match(window)
            if final is None and (title := RE_APPOSITION_TITLE_FINAL.match(window)):
                # ", IFRC President.": a capitalised title ending the sentence, when a role's cue ends it (roles17)
                final = title if lexicon(language).speaker_role(title.group(1)) != "unknown" else None
        if final is None or lexicon(language).verb.search(final.group(1)):
            return ""  # "in Lahaina, the governor said.": a clause's subject, not an apposition
        words = RE_RELATIVE_WORD.split(final.group(1), 1)[0]
        return " ".join(words.split()[:DESCRIPTION_WORDS])
    if window[match.end() : match.end() + 1] == ":" and lexicon(language).verb.search(match.group(1)):
        return ""  # "X, relató esta tarde a Radio Fueguina: «...»": the clause before the quotation, no apposition
    return " ".join(match.group(1).split()[:DESCRIPTION_WORDS])


def bare_final_es(window: str) -> str:
    """A Spanish apposition with no article ending its sentence, when a role's cue is in its words before a "en", "a",
    "al" or "con" (what follows them is where or to whom it was said): ", vecino del lugar.", ", experto en comercio
    exterior.", ", director del Instituto Geofísico ecuatoriano en entrevista con la radio FM Mundo."; else "".

    Read for the role shown only (speakers.resolve, a speaker no description gives a role), not in a name's
    description: read there, it moved who speaks (dev and held-out12 lost right speakers).

    Why (roles21, a kind of held-out11, 12 and 14's role misses): Spanish read such an apposition only when an article
    opened it (", la madre de la víctima."), so "dijo Sergio Leiva, vecino del lugar." gave no role.

    >>> bare_final_es(", vecino del lugar. Los vecinos"), bare_final_es(", experto en comercio exterior.")
    ('vecino del lugar', 'experto')
    >>> bare_final_es(", según informó.")
    ''
    >>> bare_final_es(", agente medioambiental en el Servicio de Galicia (PLADIGA).")
    'agente medioambiental'
    """
    final = RE_APPOSITION_BARE_FINAL_ES.match(window)
    if final is None:
        return ""
    words = RE_BARE_FINAL_CUT.split(final.group(1), 1)[0]
    lex = lexicon("es")
    if lex.verb.search(words) or lex.speaker_role(words) == "unknown":
        return ""
    return " ".join(words.split()[:DESCRIPTION_WORDS])


def unclosed_es(window: str) -> str:
    """A Spanish apposition left open before its verb of saying, its closing comma left out (", residente del Centro
    dijo", ", presidente del concejo deliberante dijo que"): its words before the verb, when its first word is a
    speaker's (a role cue or a speaker noun) and a role's cue is in them; else "". Read for the role shown only, as
    :func:`bare_final_es`: the speaker is read by :func:`analysis.sources.subjects._unclosed_title` (session 21:
    read16 found such speakers, whose role stayed unknown).

    >>> unclosed_es(", residente del Centro dijo “sentí que vibró”"), unclosed_es(", presidente del concejo dijo que")
    ('residente del Centro', 'presidente del concejo')
    >>> unclosed_es(", según dijo ayer"), unclosed_es(", dijo")
    ('', '')
    """
    clause = RE_OPEN_CLAUSE.match(window)
    if clause is None:
        return ""
    lex = lexicon("es")
    verb = lex.verb.search(clause.group(1))
    words = clause.group(1)[: verb.start()].strip() if verb else ""
    if not words or not lex.speaks(words.split()[0]) or lex.speaker_role(words) == "unknown":
        return ""
    return " ".join(words.split()[:DESCRIPTION_WORDS])


def capitalised_title_es(window: str) -> str:
    """A Spanish apposition between commas (or ending its sentence) opened by a title written with a capital, a word
    of ``person_titles`` (", Secretario de Obras y Servicios Públicos de la Municipalidad,"), up to its "en", "a", "al"
    or "con"; else "". A capitalised apposition is not a description's (it may be another name: "Ana Ruiz, Luis Gil
    y ..."): read for the role shown only, as :func:`bare_final_es`.

    Why (roles21, a kind of held-out14's role misses): "Eduardo Alonso, Secretario de Obras y Servicios Públicos de
    la Municipalidad, no solo destacó ..." gave no role.

    >>> capitalised_title_es(", Secretario de Obras de la Municipalidad, dijo"), capitalised_title_es(", Luis Gil, y")
    ('Secretario de Obras de la Municipalidad', '')
    """
    found = RE_CAPITALISED_TITLE_ES.match(window)
    if found is None:
        return ""
    words = RE_BARE_FINAL_CUT.split(found.group(1), 1)[0]
    lex = lexicon("es")
    if lex.person_title.fullmatch(words.split()[0]) is None or lex.verb.search(words):
        return ""
    return " ".join(words.split()[:DESCRIPTION_WORDS])


# A Spanish apposition opened by a capitalised word, between commas or ending its sentence (roles21).
RE_CAPITALISED_TITLE_ES = re.compile(
    r"\s*,\s*([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:\s[^,.;:\n«»\"“”()]{1,120}?)?)(?=,|\.(?:\s|$)|$)"
)


# A Spanish apposition ending its sentence with no article (its first word in lower case, no preposition, conjunction
# or gerund opening it), and the words that end its title ("en entrevista con la radio", "a Reuters"): roles21. A
# body's acronym in parentheses may stand before its point (", agente medioambiental en el Servicio ... de Galicia
# (PLADIGA)."; roles27, a kind of held-out18's role misses).
RE_APPOSITION_BARE_FINAL_ES = re.compile(
    r"\s*,\s*((?!(?:según|en|a|al|de|del|con|por|para|tras|desde|durante|mientras|cuando|donde|que|quien|y|e|o|pero"
    r"|aunque|como|sin|ante|sobre|entre|hasta|ya|no|también|además|luego|hoy|ayer)\b)(?![a-záéíóúñ]+(?:ando|endo)\b)"
    r"[a-záéíóúñ][^,.;:\n«»\"“”()]{3,120}?)(?=(?:\s\([A-ZÁÉÍÓÚÑ][\w.-]{1,11}\))?(?:\.(?:\s|$)|$))"
)
RE_BARE_FINAL_CUT = re.compile(r"\s(?:en|a|al|con)\s")
# A comma after a name, then words in lower case up to the next mark (unclosed_es looks for the verb in them).
RE_OPEN_CLAUSE = re.compile(r"\s*,\s*([a-záéíóúñ][^,.;:\n«»\"“”()]{2,120})")


# An aside between two dashes of one kind right after a name, read as an apposition between commas (session 19).
RE_DASH_APPOSITION = re.compile(r"\s*([—–])\s*([^—–\n«»\"“”()]{3,120}?)\s*\1")
# A title's noun phrase with no article before "y"/"and" and a relative word: "presidenta del Grupo FCC y "
RE_TITLE_THEN_AND = re.compile(r"([a-záéíóúñ][^,]*?)\s+(?:y|and)\s+$")
# An apposition's noun phrase opened by an indefinite article, before a relative word: "un militar ecuatoriano "
RE_ARTICLE_NOUN = re.compile(r"(?:un|una)\s+[a-záéíóúñ][\w-]*(?:\s+[a-záéíóúñ][\w-]*){0,3}\s+$")
RE_ARTICLE_NOUN_EN = re.compile(r"(?:a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+$")  # "a farmer " before "who"
# An apposition opened by an article and ending its sentence, Spanish then English: ", la madre de la víctima."
RE_APPOSITION_FINAL = (
    re.compile(r"\s*,\s*((?:un|una|uno|el|la)\s[^,.;:\n«»\"“”()]{3,120}?)(?=\.(?:\s|$)|$)"),
    re.compile(r"\s*,\s*((?:a|an|the)\s[^,.;:\n«»\"“”()]{3,120}?)(?=\.(?:\s|$)|$)"),
)
# In English an apposition ending its sentence may also open with its title's noun, no article (q9rules): ", executive
# director of the World Health Organization’s health emergencies program." (a preposition, conjunction or gerund
# opening it makes it a clause's adjunct: ", according to the Ishikawa prefectural government.").
# ... or be a capitalised title ending with its cue: ", IFRC President.", ", UNICEF Executive Director." (roles17).
RE_APPOSITION_TITLE_FINAL = re.compile(rf"\s*,\s*([{UPPER}][^,.;:\n«»\"“”()]{{1,60}}?)(?=\.(?:\s|$)|$)")
RE_APPOSITION_BARE_FINAL = re.compile(
    r"\s*,\s*((?!(?:according|as|in|at|on|from|to|for|with|by|of|after|before|during|while|when|where|which|who"
    r"|and|but|or|than|then|not|just|only|even|also)\b)(?![a-z]+ing\b)[a-z][^,.;:\n«»\"“”()]{3,120}?)(?=\.(?:\s|$)|$)"
)


# An aside between hyphens after a name, the hyphens against its words ("dijo Sonia Álvarez -mamá de Javier Trogliero-
# con la voz temblorosa"; roles22, a kind of held-out8's role misses): dashes are read by RE_DASH_APPOSITION
RE_HYPHEN_APPOSITION = re.compile(r"\s+-(?=\S)([^-\n«»\"“”()]{3,80}?)(?<=\S)-(?=[\s,.;:])")


def hyphen_aside_es(window: str) -> str:
    """A Spanish aside between hyphens right after a name (" -mamá de Javier Trogliero- "), when a role's cue is in
    its words and no verb; else "". Read for the role shown only, as :func:`bare_final_es`.

    >>> hyphen_aside_es(" -mamá de Javier Trogliero- con la voz"), hyphen_aside_es(" -dijo ayer- que no")
    ('mamá de Javier Trogliero', '')
    >>> hyphen_aside_es("-Ruiz dijo que"), hyphen_aside_es(" - vecina - dijo")
    ('', '')
    """
    aside = RE_HYPHEN_APPOSITION.match(window)
    if aside is None:
        return ""
    words = aside.group(1)
    lex = lexicon("es")
    if lex.verb.search(words) or lex.speaker_role(words) == "unknown":
        return ""
    return " ".join(words.split()[:DESCRIPTION_WORDS])


@cache
def _abroad_es() -> re.Pattern[str]:
    """:func:`national_abroad_es`'s pattern, of the nationalities of ``lexicons/nationalities.yaml``."""
    from analysis.sources.persons import _demonyms

    spanish = sorted((d for d in _demonyms() if d.isalpha() or " " in d), key=len, reverse=True)
    return re.compile(rf"\s*,\s*(?:(?:un|una|otro|otra)\s+)?(?:{'|'.join(map(re.escape, spanish))})\s+(?:en|que)\b")


def national_abroad_es(window: str) -> bool:
    """Whether a Spanish apposition after a name is a nationality, then where the person is or what they did there
    (", española en México", ", otra española en México", ", español que asistía a un congreso en Marrakech"): a
    private person abroad who lived what the story tells, a witness by the sets' conventions (residents, tourists).
    Not a nationality written before a name ("el colombiano Jonathan Barbosa": sportspeople are written so too).
    Read for the role shown only (roles22, a kind of the dev set and held-out3's role misses).

    >>> national_abroad_es(", española en México."), national_abroad_es(", español que asistía a un congreso")
    (True, True)
    >>> national_abroad_es(", español, ganó en París"), national_abroad_es(", en España")
    (False, False)

    The pattern opens with white space and a comma: a window whose first other character is ASCII and no comma
    (folded, only its case changes) has none, and is not folded (three in five on the synthetic corpus).

    >>> national_abroad_es(" y una española en México"), national_abroad_es("\u00a0, española en México")
    (False, True)
    """
    first = window.lstrip()[:1]
    if first != "," and first.isascii():
        return False
    return _abroad_es().match(fold(window)) is not None
