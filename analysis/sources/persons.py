"""What a speaker reads as: a person or a body, a group, a place, its role; the word sets attribution reads.

A speaker is a person ("Josh Green") unless a role cue, a connector or a nationality
says it is a body ("National Weather Service", "South Korean"); a title naming a group
("los vecinos") has no one person to be tied to; the role is the first cue of the
speaker's descriptions, else "witness" when an age is written with the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources

from analysis.corpus.places import may_open_a_place, places_in
from analysis.safe_yaml import load_yaml
from analysis.sources.lexicon import NEVER, SourceLexicon, fold
from analysis.sources.names import HONORIFICS, POSSESSIVES, NameRun

PREPOSITIONS = frozenset({"en", "a", "con", "por", "in", "at", "with", "by", "to", "from", "desde"})
TITLE_LINKS = frozenset({"de", "del", "para", "of", "for", "at"})
# A name after one of these before a colon is an object, not the speaker ("el ataque contra Feijóo: «...»").
OBJECT_LINKS = PREPOSITIONS | TITLE_LINKS | {"contra", "sobre", "against", "about", "al"}
PERSONAL = frozenset({"he", "she", "el", "ella"})  # folded: "él" → "el"; they/it may be a body
DEMONSTRATIVE = frozenset({"este", "esta"})  # folded "éste", "ésta": the person named last ("la señora X, ésta dijo")
ARTICLES = frozenset({"el", "la", "los", "las", "the"})
HOME_WINDOW = 200  # characters after a name read for its sentence's words of a home (_at_home)
NO_HOME_CUE = (NEVER, rf"(?<!\w)(?:{NEVER})(?!\w)")  # the home-cue pattern of a lexicon with none (lexicon.build)
RE_SENTENCE_END = re.compile(r"[.!?\n]\s|[“”\"«»]")  # where a name's sentence (or the words before a quotation) ends
RE_AGE = re.compile(
    # a word of address may open it ("Mr 61 Tom Hill": '“...,” Mr Tom Hill, 61, said'; roles16); "Sir" is no witness
    # by an age (_addressed)
    rf"^(?:de\s+|(?:{'|'.join(re.escape(w) for w in sorted(HONORIFICS, key=len, reverse=True))})\.?\s+)?\d{{1,3}}\s"
    # a number a preposition follows is no age: "la semilla número 1 del evento, Tomás" (roles21, held-out14)
    r"(?!(?:de|del|en|a|al|por|para|of|in|at|on|for|to)\s)"
    r"|(?<!\w)\d{1,3}\s+(?:anos|years?\s+old)(?!\w)"
    r"|(?<!\w)aged\s+\d{1,3}(?!\w)"  # "Stephen Thompson, aged 52," (q11en; "the 47-year-old Inzaghi" is a coach too)
)  # folded descriptions


# A street address written as the apposition of a name, British style: "Pat Burns, of North Street, has said" marks a
# resident, as an age does (roles21, a kind of held-out15's role misses: the sets' residents are witnesses).
RE_STREET_ADDRESS = re.compile(
    r"(?:^|\s)of\s+(?:\d{1,4}\s+)?(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:Street|Road|Avenue|Lane|Close|Crescent|Terrace|Drive|Grove|Gardens|Place|Court|Square|Row|Walk)(?!\w)"
)


def _strip_determiner(lex: SourceLexicon, mention: str) -> str:
    bare = lex.determiner.sub("", mention, count=1) if lex.determiner.match(mention) else mention
    return bare.strip(" ,")


@lru_cache(maxsize=1 << 14)
def _is_place(name: str, language: str) -> bool:
    """Whether the gazetteer reads the whole name as a place ("Estados Unidos"); a surname that is also a
    town ("Claudia López", "Gabriela Cañas") leaves the name a person's.

    >>> _is_place("Estados Unidos", "es"), _is_place("Claudia López", "es")
    (True, False)
    """
    if not may_open_a_place(name):  # most names: their first word opens no place name (no reading at all)
        return False
    return any(m.start == 0 and m.end == len(name) for m in places_in(name, language=language))


@lru_cache(maxsize=1 << 12)  # a speaker is asked about again at each of their statements (within an article)
def _is_person(lex: SourceLexicon, name: str) -> bool:
    """Whether a speaker reads as a person ("Josh Green"), not a body ("National Weather Service", "la policía")
    nor a nationality ("South Korean prosecutors said"). A surname's particle written with a capital inside the
    name ("Carlos De los Cobos") is no link of a body's name, nor one in lower case between a person's
    words (:func:`_particle_surname`: "Luis de la Fuente").

    >>> from analysis.sources.lexicon import lexicon
    >>> _is_person(lexicon("en"), "Josh Green"), _is_person(lexicon("en"), "South Korean")
    (True, False)
    """
    words = fold(name).split()
    return (
        bool(words)
        and name[:1].isupper()
        and not name.endswith(POSSESSIVES)  # "the World Health Organization’s program": a possessive, no one
        and (
            not {fold(w) for i, w in enumerate(name.split()) if not (i and w in {"De", "Del"})} & TITLE_LINKS
            or _particle_surname(lex, name)
        )
        and lex.name_role(name) == "unknown"
        and fold(name) not in _demonyms()
    )


def _particle_surname(lex: SourceLexicon, name: str) -> bool:
    """Whether a name's only lower-case words are one surname particle (lexicon ``surname_particles``: "de la")
    between capitalised words, with no body's, office's or place's noun before it (lexicon ``body_nouns``,
    ``office_words``, ``place_nouns``) and no place after it: "Luis de la Fuente", "Fernando del Paso", "María del
    Mar Sánchez" are persons; "Banco de la Nación", "Ministerio de Salud", "Tour de Francia" are not.

    Why (q10rules, a kind of held-out2, 7, 8 and 9's misses): such a person read as a body opened no article as
    its subject and stood for no "he"/"dijo" after it, so their statements went to someone named before them.

    >>> from analysis.sources.lexicon import lexicon
    >>> names = ("Luis de la Fuente", "María del Mar Sánchez", "Banco de la Nación", "Tour de Francia", "Luis y Gil")
    >>> [_particle_surname(lexicon("es"), n) for n in names]
    [True, True, False, False, False]
    >>> [_particle_surname(lexicon("es"), n) for n in ("De la Fuente", "Del Paso", "De Madrid")]
    [True, True, False]
    """
    words = name.split()
    if _particle_only(lex, words[:-1]):  # "De la Fuente", "Del Paso": a surname alone, written with its particle
        return words[-1][:1].isupper() and not _is_place(words[-1], lex.language)
    lower = [i for i, w in enumerate(words) if not w[:1].isupper()]
    if not lower or lower[0] == 0 or lower[-1] == len(words) - 1 or len(lower) != lower[-1] - lower[0] + 1:
        return False  # no particle, or one opening or ending the name, or two apart ("Luis de Gil de Ruiz")
    if tuple(fold(words[i]) for i in lower) not in lex.surname_particles:
        return False
    if any(lex.names_no_person(fold(w)) for w in words[: lower[0]]):
        return False
    return not _is_place(" ".join(words[lower[-1] + 1 :]), lex.language)


def _particle_only(lex: SourceLexicon, words: list[str]) -> bool:
    """Whether ``words`` are one surname particle, its first word capitalised or not ("De la", "del"; lexicon
    ``surname_particles``): what a surname written alone with its particle opens with ("De la Fuente").

    >>> from analysis.sources.lexicon import lexicon
    >>> [_particle_only(lexicon("es"), w.split()) for w in ("De la", "del", "Luis de", "")]
    [True, True, False, False]
    """
    return bool(words) and tuple(fold(w) for w in words) in lex.surname_particles


@cache
def _demonyms() -> frozenset[str]:
    """Nationality adjectives and demonyms of ``lexicons/nationalities.yaml`` (both languages), folded."""
    text = resources.files("analysis.lexicons").joinpath("nationalities.yaml").read_text(encoding="utf-8")
    data = load_yaml(text)
    return frozenset(fold(w) for entry in data.values() for key in ("es", "en") for w in entry.get(key, []))


def _role(lex: SourceLexicon, descriptions: Iterable[str]) -> str:
    """The first role the descriptions of a speaker give, in text order; "unknown" when none does.

    With no cue word, an age written with the name ("Ana Cortes, de 35 años", "Jose Garcia, 34,") marks a
    private person quoted as a witness: news give the age of residents and victims, not a title.

    >>> from analysis.sources.lexicon import lexicon
    >>> _role(lexicon("es"), ["de 35 años Ana Cortes"]), _role(lexicon("en"), ["34 Jose Garcia"])
    ('witness', 'witness')
    >>> _role(lexicon("en"), ["Gov. 62 Josh Green"]), _role(lexicon("es"), ["Ana Cortes"])
    ('government', 'unknown')
    >>> _role(lexicon("en"), ["aged 52 Stephen Thompson"]), _role(lexicon("en"), ["the 47-year-old Ann Lee"])
    ('witness', 'unknown')
    >>> _role(lexicon("en"), ["77 Cardinal Kevin Farrell"]), _role(lexicon("en"), ["98 Sir David Attenborough"])
    ('unknown', 'unknown')
    >>> _role(lexicon("en"), ["Mr 61 Tom Hill"]), _role(lexicon("en"), ["Sir 98 David Attenborough"])
    ('witness', 'unknown')

    A street address written with the name ("Pat Burns, of North Street,") marks a resident too.

    >>> _role(lexicon("en"), ["of North Street Pat Burns"]), _role(lexicon("en"), ["of the North Street Trust Ann Lee"])
    ('witness', 'unknown')
    """
    read = []  # ``descriptions`` may be made as they are read: after the first with a role none is needed
    for description in descriptions:
        role = lex.speaker_role(description)
        if role != "unknown":
            return role
        read.append(description)
    if any(RE_AGE.search(fold(description)) for description in read) and not _addressed(read):
        return "witness"
    if any(RE_STREET_ADDRESS.search(description) for description in read):
        return "witness"  # "Pat Burns, of North Street," (roles21)
    return "unknown"


def _shown_role(lex: SourceLexicon, descriptions: Iterable[str]) -> str:
    """:func:`_role` for the role shown with a speaker's statements, where a description whose nearest cue names a
    body of no role of the list (lexicon ``role_only_cues`` "unknown": "El presidente de la Asociación de Básquet de
    Esquina, Mariano Aranda") ends the reading: a later "como presidente" is the same office, no state's.

    Why (roles27, a kind of the sets' "unknown → government" confusions): :func:`_role` read on past such a
    description, and the first later cue of any role won.

    >>> from analysis.sources.lexicon import lexicon
    >>> es = lexicon("es")
    >>> said = ["El presidente de la Asociación de Básquet", "presidente"]
    >>> _shown_role(es, said), _role(es, said)
    ('unknown', 'government')
    >>> _shown_role(es, ["Ana Ruiz", "presidente"])
    'government'
    """
    read: list[str] = []
    for description in descriptions:
        if lex.names_no_role(description):
            return _role(lex, read) if read else "unknown"
        read.append(description)
    return _role(lex, read)


def _at_home(lex: SourceLexicon, text: str, runs: Iterable[NameRun]) -> bool:
    """Whether the sentence of one of a speaker's names goes on, after the name, to the speaker's own home or flight
    (lexicon ``home_cues``: "her house", "his home", "who fled", "evacuated"): a private person who lived what the
    story tells, a witness by the sets' conventions (residents of fires and floods, evacuees). Read only for a speaker
    no cue gives a role, for the role shown (speakers.resolve).

    Why (roles17, a kind of held-out4, 7 and 11's role misses): "Cathy Fallon described the fire that destroyed her
    house", "said Alexander Palmer, who is getting some help ... after his house was flooded", "said Santore, who
    fled with her husband" gave no role: the words are past the apposition a description reads.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import NameRun
    >>> text = "Cathy Fallon described the fire that destroyed her house. The mayor said his house stood."
    >>> _at_home(lexicon("en"), text, [NameRun("Cathy Fallon", 0, 12)]), _at_home(lexicon("en"), text, [])
    (True, False)
    >>> text = "Ann Lee said the fire destroyed 300 homes."
    >>> _at_home(lexicon("en"), text, [NameRun("Ann Lee", 0, 7)])
    False
    >>> text = "Ricardo Díaz se despertó en su casa de San Bernardo. Luego"
    >>> _at_home(lexicon("es"), text, [NameRun("Ricardo Díaz", 0, 12)])
    True
    >>> text = "Naishtat se refirió a la situación que vive la industria."
    >>> _at_home(lexicon("es"), text, [NameRun("Naishtat", 0, 8)])
    False
    """
    if lex.home_cue.pattern in NO_HOME_CUE:  # a lexicon with no home cues: none to look for
        return False
    for run in runs:
        after = text[run.end : run.end + HOME_WINDOW]
        sentence = RE_SENTENCE_END.split(after, 1)[0]
        if lex.home_cue.search(fold(sentence)):
            return True
    return False


@cache
def _no_age_witness() -> frozenset[str]:
    """Words of address of the clergy and of honour (``lexicons/name_titles.yaml`` ``no_age_witness``), folded."""
    text = resources.files("analysis.lexicons").joinpath("name_titles.yaml").read_text(encoding="utf-8")
    return frozenset(fold(str(w)) for w in load_yaml(text)["no_age_witness"])


def _addressed(descriptions: Iterable[str]) -> bool:
    """Whether a description writes a word of address of the clergy or of honour ("Cardinal", "Sir", "el obispo"):
    such a person, written with an age, is not a witness by that age."""
    words = _no_age_witness()
    return any(w.strip(",") in words for description in descriptions for w in fold(description).split())


def _names_another(lex: SourceLexicon, mention: str, speaker: str) -> bool:
    """Whether a title carries a proper name that is not the speaker's ("the Ishikawa prefectural government"
    after "Cabinet Office" spoke): then it is not the last speaker described again. A capitalised title word
    ("El Ministro"), a nationality or a portfolio after a preposition ("el vocero del Kremlin", "de Cultura")
    names no one else.

    >>> from analysis.sources.lexicon import lexicon
    >>> es, en = lexicon("es"), lexicon("en")
    >>> _names_another(en, "the Ishikawa prefectural government", "Cabinet Office")
    True
    >>> _names_another(es, "El Ministro de Economía", "Luis Caputo"), _names_another(es, "el vocero del Kremlin", "Peskov")
    (False, False)
    >>> _names_another(es, "el congresista de Cambio Radical", "David Luna")
    False
    >>> _names_another(es, "la senadora de la Alianza Verde Angélica Lozano", "Gustavo Petro")
    True
    """
    words = mention.split()[1:]  # the determiner may be capitalised
    own = set(fold(speaker).split())
    complement = False  # right after a capitalised complement's first word, opened after a link ("de Cambio")
    for at, word in enumerate(words):
        if complement and word[:1].isupper():
            complement = False  # "el congresista de Cambio Radical": the complement's second word (session 21); a
            continue  # third is read ("la senadora del Partido de la Alianza Verde Angélica Lozano" names her)
        complement = False
        if not word[:1].isupper() or fold(word) in own or fold(word) in _demonyms():
            continue
        if lex.person_title.match(word) or lex.role_of(word) != "unknown":
            continue
        previous = fold(words[at - 1]) if at else ""
        if previous in TITLE_LINKS or previous in PREPOSITIONS or previous in ARTICLES and at > 1:
            complement = True
            continue
        return True
    return False


def _plural(lex: SourceLexicon, mention: str) -> bool:
    """Whether a title names a group ("los vecinos", "the prosecutors"): no one person it can be tied to.

    >>> from analysis.sources.lexicon import lexicon
    >>> _plural(lexicon("es"), "los vecinos"), _plural(lexicon("en"), "the prosecutors"), _plural(lexicon("en"), "the mayor")
    (True, True, False)
    >>> _plural(lexicon("en"), "the family"), _plural(lexicon("es"), "la familia")
    (True, True)
    >>> _plural(lexicon("es"), "autoridades municipales"), _plural(lexicon("es"), "una de los familiares")
    (True, False)
    """
    words = fold(mention).split()
    if len(words) > 6:  # a long stretch the title pattern took ("the first quake was ... and survivors")
        return False
    if words and words[0] in ("los", "las", "unos", "unas"):
        return True
    if words[:2] in (["una", "de"], ["uno", "de"], ["one", "of"]):
        return False  # "una de los familiares": one of a group, one person (held-out11)
    if lex.collective_nouns.intersection(words):
        return True  # "the family said", "dijo la familia": a group speaking as one, not the last person (session 18)
    return any(
        cue.endswith("s")
        and (
            lex.role_of(cue[:-3] + "y" if cue.endswith("ies") else cue[:-1]) != "unknown"
            or (cue.endswith("es") and lex.role_of(cue[:-2]) != "unknown")  # "autoridades": "autoridad" (read20)
        )
        for cue in _cues(lex, mention)
    )


def _cues(lex: SourceLexicon, description: str) -> set[str]:
    """The role cue words in ``description`` (folded): what ties "el portavoz" to "el portavoz, Dmitri Peskov"."""
    folded = fold(description)
    if lex.any_role.search(folded) is None:  # no role's cue anywhere (:attr:`SourceLexicon.any_role`)
        return set()
    return {m.group() for _, cue in lex.roles for m in cue.finditer(folded)}


def _abbreviates(short: str, full: str) -> bool:
    """Whether a cue word abbreviates another ("gov." → "governor"): "Gov. Wes Moore" is "the governor".

    >>> _abbreviates("gov.", "governor"), _abbreviates("rep.", "representative"), _abbreviates("gov.", "gov.")
    (True, True, False)
    """
    return short.endswith(".") and full != short and not full.endswith(".") and full.startswith(short[:-1])


@cache
def _same_cue(lex: SourceLexicon) -> dict[str, frozenset[str]]:
    """Each role cue word → the cue words it abbreviates or is abbreviated by, made once per lexicon (in each
    worker process).

    Only a word ending in a point abbreviates (:func:`_abbreviates`), and a word ending in one is abbreviated
    by none: so each abbreviation is compared with every word, not every word with every word (the same pairs;
    the English lexicon has 10 abbreviations among 261 words, the Spanish none among 331: 0.02 s saved a worker).

    >>> from analysis.sources.lexicon import lexicon
    >>> same = _same_cue(lexicon("en"))
    >>> "governor" in same["gov."], "gov." in same["governor"], same["gov."] == same["gov."] - {"gov."}
    (True, True, True)
    """
    words = lex.role_words
    shortened: dict[str, set[str]] = {w: set() for w in words}
    for short in (w for w in words if w.endswith(".")):
        for full in words:
            if _abbreviates(short, full):
                shortened[short].add(full)
                shortened[full].add(short)
    return {w: frozenset(others) for w, others in shortened.items()}
