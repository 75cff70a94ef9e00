"""The word lists of "who speaks", per language, read from ``analysis/lexicons/sources_<lang>.yaml``.

A :class:`SourceLexicon` holds the reporting verbs, the "according to" markers,
pronouns, the words that end a speaker written after its verb, and the role cue
words, each compiled once into a regular expression that ignores case. Matching
is done on the article text itself (accents kept: "según", "dijo"), so offsets
stay those of the text pipeline.

>>> lex = lexicon("es")
>>> bool(lex.verb.search("Peskov dijo que"))
True
>>> lex.role_of("el vocero del Kremlin")
'government'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from analysis.config import settings
from analysis.safe_yaml import YamlError, load_yaml
from analysis.text import _fold_accented
from analysis.text import fold as text_fold

__all__ = ["ROLES", "SourceLexicon", "SourceLexiconError", "fold", "lexicon"]

# The roles a speaker can have; "unknown" when no cue says.
ROLES = ("government", "military_police", "international_ngo", "expert", "witness", "media", "unknown")
LANGUAGES = ("es", "en")
FIELDS = (
    "verbs",
    "according_to",
    "that",
    "pronouns",
    "determiners",
    "subject_ends",
    "adverbs",
    "name_connectors",
    "not_names",
    "person_titles",
    "clitics",
    "clause_openers",
)
OPTIONAL_FIELDS = (
    "speaker_nouns",
    "media_frames",
    "title_nouns",
    "back_references",
    "given_names",
    "label_verbs",
    "label_links",
    "next_acts",
    "joined_verbs",
    "topic_openers",
    "office_words",
    "back_clitics",
    "cue_first_names",
    "place_nouns",
    "body_nouns",
    "view_openers",
    "not_reporting",
    "reflexive_not_reporting",
    "surname_particles",
    "other_subject_openers",
    "not_acts",
    "verb_openers",
    "reflexive_openers",
    "title_synonyms",
    "date_words",
    "date_links",
    "weak_cues",
    "thing_nouns",
    "affiliation_heads",
    "collective_nouns",
    "territory_nouns",
    "question_openers",
    "object_clauses",
    "name_words",
    "document_nouns",
    "report_nouns",
    "saying_gerunds",
    "audience_verbs",
    "kin_cues",
    "object_determiners",
    "audience_links",
    "clause_joiners",
    "kin_object_links",
    "kin_partitives",
    "other_determiners",
    "private_nouns",
    "body_back_nouns",
    "unpersoning_words",
    "spokes_cues",
    "spokes_links",
    "postnominal_cues",
    "head_cues",
    "head_body_roles",
    "stacked_offices",
    "clergy_titles",
    "home_cues",
    "prenominal_cues",
    "surname_cues",
    "cue_in_phrases",
    "possessives",
    "company_nouns",
    "adjunct_participles",
    "adjunct_links",
    "accused_nouns",
    "quote_verbs",
)  # lists a lexicon may leave out (empty)
NEVER = r"(?!)"  # the pattern of an empty list: matches nothing


class SourceLexiconError(ValueError):
    """A sources lexicon file is malformed; the message names the file and the field."""


@lru_cache(maxsize=1 << 15)  # 32,768 spellings: a few MB per process; 131,072 held ~26 MB in each
def fold(text: str) -> str:
    """:func:`analysis.text.fold` (THE accent folding), memoised: names and titles recur across an article.

    Text whose lower case is all Latin letters (below U+0250, no combining mark) is folded letter by letter
    with a table made from :func:`analysis.text.fold` itself: the same result, many times faster.

    >>> fold("Mélik-Bagdasárov"), fold("AÑO Pingüino Àvila"), fold("İstanbul") == text_fold("İstanbul")
    ('melik-bagdasarov', 'año pinguino avila', True)
    """
    return _fold(text, cached=True)


_LATIN = {cp: text_fold(chr(cp)) for cp in range(0x250) if text_fold(chr(cp)) != chr(cp)}
assert all(chr(cp).lower() != chr(cp) for cp in _LATIN if cp < 0x80), "fold's ASCII shortcut: upper case only"


def fold_text(text: str) -> str:
    """:func:`fold` of a long text (an article), not memoised: the same result.

    >>> fold_text("Él dijo: «Año Pingüino Àvila»"), fold_text("“Ñandú”, dijo"), fold_text("¼ de µg")
    ('el dijo: «año pinguino avila»', '“ñandu”, dijo', '1⁄4 de μg')
    """
    return _fold(text, cached=False)


def _fold(text: str, *, cached: bool) -> str:
    """:func:`fold`'s folding. ``str.translate`` looks each non-ASCII character up in the table's dict, one Python
    integer at a time (a microsecond for an accented name, over a millisecond for an article): Latin-1 text is
    translated as bytes, in C, when every letter of it folds to one Latin-1 letter (all but "µ", "¼", "½", "¾").
    Text with a character above U+0250 is folded by :func:`analysis.text.fold` (``cached``: in its cache), unless
    its only such characters are punctuation folding leaves as is (:data:`FOLDED_AS_IS`: curly quotes, dashes).

    >>> _fold("“Ñandú” – Àvila", cached=False), _fold("“Ñandú” … Àvila", cached=False)
    ('“ñandu” – avila', '“ñandu” ... avila')
    """
    lowered = text.lower()
    if lowered.isascii():  # the table maps no lower-case ASCII letter: nothing to translate (English names)
        return lowered
    try:
        single = lowered.encode("latin-1")
    except UnicodeEncodeError:
        single = None
    if single is not None and not single.translate(None, _BYTE_PLAIN):  # no letter folds to another kind
        return single.translate(_BYTE_FOLD).decode("latin-1")
    if single is None:  # Latin-1 letters with curly quotes or dashes ("“Ñandú”"): one byte each in Windows-1252
        try:
            windows = lowered.encode("cp1252")
        except UnicodeEncodeError:
            windows = None
        if windows is not None and not windows.translate(None, _CP1252_PLAIN):
            return windows.translate(_CP1252_FOLD).decode("cp1252")
    if single is not None or max(lowered) < "\u0250":
        return lowered.translate(_LATIN)
    return text_fold(text) if cached else _fold_accented.__wrapped__(lowered)  # analysis.text.fold(text)


# _LATIN on Latin-1 text as a byte table, for the letters it maps to one Latin-1 letter: _BYTE_PLAIN are their
# bytes (a text of only those is folded by _BYTE_FOLD), the others keep their own byte there and are never used.
_BYTE_PLAIN = bytes(b for b in range(256) if len(to := _LATIN.get(b, chr(b))) == 1 and ord(to) < 256)
_BYTE_FOLD = bytes(ord(_LATIN.get(b, chr(b))) if b in _BYTE_PLAIN else b for b in range(256))
# Punctuation above U+0250 that outlets write in Latin text and :func:`analysis.text.fold` leaves as it is, alone and
# beside any character below U+0250 (no decomposition, no case, no combining class; tests/test_quotes_pass18.py
# checks every pair), each one byte of Windows-1252 (0x80-0x9F, where Latin-1 has control characters): text of
# these and Latin-1 letters is folded as bytes too, by the Latin-1 table and these bytes kept. Curly quotes sent
# every article with them the slow way, a tenth of a millisecond each (session 18).
FOLDED_AS_IS = "‘’‚“”„–—€"
_CP1252_PLAIN = bytes(b for b in _BYTE_PLAIN if not 0x80 <= b < 0xA0) + FOLDED_AS_IS.encode("cp1252")
_CP1252_FOLD = bytes(b if 0x80 <= b < 0xA0 else _BYTE_FOLD[b] for b in range(256))
assert not any(0x80 <= _BYTE_FOLD[b] < 0xA0 for b in _BYTE_PLAIN if not 0x80 <= b < 0xA0), "a letter folds to 0x80-0x9F"


def _not_reporting(phrases: list[str]) -> str:
    """A lookahead, read right after a reporting verb, refusing it when the word after it makes a phrase that says
    no speech ("cuenta con": has): each phrase's last word, after any of the verb forms it follows (one fixed-width
    lookbehind each, asked only where a verb matched).

    >>> pattern = re.compile(r"(?:cuenta|dijo)(?!\\w)" + _not_reporting(["cuenta con", "contó con"]))
    >>> [bool(pattern.match(t)) for t in ("cuenta con un 40 %", "cuenta que no", "dijo con calma")]
    [False, True, True]
    >>> _not_reporting([])
    ''
    """
    after: dict[str, list[str]] = {}
    for phrase in phrases:
        head, _, last = phrase.strip().rpartition(" ")
        if head:
            after.setdefault(last, []).append(head)
    return "".join(
        rf"(?!(?:{'|'.join(f'(?<={re.escape(h)})' for h in heads)})\s+{re.escape(last)}(?!\w))"
        for last, heads in after.items()
    )


def _not_after_se(forms: list[str]) -> str:
    """Lookbehinds, read right after a reporting verb, refusing the verb forms ``forms`` written after a reflexive
    "se" ("se refirió a": referred to; "refirió que", "«...», refirió X" report speech). Asked only where a verb
    matched, as :func:`_not_reporting`'s (one fixed-width lookbehind per form).

    >>> pattern = re.compile(r"(?:refirió|dijo)(?!\\w)" + _not_after_se(["refirió"]))
    >>> [bool(pattern.search(t)) for t in ("se refirió a la", "«Sí», refirió", "se dijo", "base refirió")]
    [False, True, True, True]
    >>> _not_after_se([])
    ''
    """
    return "".join(rf"(?<!(?<!\w)se\s{re.escape(f)})" for f in forms)


def _alternation(words: list[str]) -> str:
    """A regex alternation of ``words`` (longest first, spaces matching any white space), written as a trie.

    The patterns built from it ignore case or read folded text, so words are merged on their lower-case
    letters: ``dijo|dijeron|dice`` is ``di(?:j(?:o|eron)|ce)``. At a position the engine then tries the
    few branches of each next letter, not every word of the list (300 reporting verbs) one after another:
    the same matches, since the words that can match at a position lie on one path of the trie and the
    longer is tried first there too (a word that ends where a longer one goes on is an optional tail).

    >>> print(_alternation(["dijo", "dijeron", "dice", "dijo que"]))
    di(?:j(?:o(?:\\s+que)?|eron)|ce)
    >>> bool(re.fullmatch(_alternation(["said", "said  to"]), "said  to")), _alternation([])
    (True, '')
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for at, part in enumerate(word.split()):
            if at:
                node = node.setdefault(" ", {})
            for char in part:
                lower = char.lower()
                node = node.setdefault(lower if len(lower) == 1 else char, {})
        if node is not trie:
            node[""] = {}  # a word ends here
    return _branches(trie)


def _branches(node: dict[str, dict]) -> str:
    """The pattern of one node of :func:`_alternation`'s trie (``""`` marks a word ending there)."""
    alternatives = [(r"\s+" if key == " " else re.escape(key)) + _branches(child) for key, child in node.items() if key]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return f"(?:{body})?" if "" in node else body


@dataclass(frozen=True, eq=False)
class SourceLexicon:
    """The compiled lists of one language."""

    language: str
    verb: re.Pattern[str]  # a reporting verb, with an optional auxiliary ("ha dicho", "has said")
    according_to: re.Pattern[str]
    that: re.Pattern[str]  # the word opening a reported clause, right at the start of a string
    pronoun: re.Pattern[str]  # a whole string that is a pronoun
    determiner: re.Pattern[str]  # a determiner at the start of a string
    subject_end: re.Pattern[str]  # a word that ends a speaker written after its verb
    adverbs: re.Pattern[str]  # trailing adverbs between a speaker and its verb
    connectors: tuple[str, ...]
    not_names: frozenset[str]  # capitalised words that are never a speaker (days, months), folded
    verb_words: frozenset[str]  # the words a reporting verb can start with, lower case (a token of the pipeline)
    marker_words: frozenset[str]  # the words an "according to" marker can start with
    person_title: re.Pattern[str]  # a title of one person at the start of a string ("Ministro de Economía")
    roles: tuple[tuple[str, re.Pattern[str]], ...]  # role, its cue words (on folded text)
    role_words: frozenset[str]  # every role cue word, folded ("gov.", "governor")
    clitic: re.Pattern[str]  # unstressed pronouns before a verb, at the start of a string ("le ", "se lo ")
    clause_openers: frozenset[str]  # lower-case words after which a verb's subject is left unwritten
    speaker_noun: re.Pattern[str]  # nouns of one speaker with no role ("el técnico"), on folded text
    media_frame: re.Pattern[str]  # a frame naming the medium spoken to, at a string start ("en declaraciones a ")
    title_noun: re.Pattern[str]  # a noun ending a string whose quotation is a title ("la mesa de debate ")
    # the last word of each title noun, lower case ("debate" of "mesa de debate"): what a string ``title_noun`` finds
    # a noun in ends with, before its white space (direct._title_noun_before). By default any string may.
    title_noun_ends: tuple[str, ...] = ("",)
    marker_phrases: tuple[tuple[str, ...], ...] = ()  # each "according to" marker's words, lower case
    back_reference: re.Pattern[str] = re.compile(NEVER)  # after a quotation, words pointing back at it ("Así ")
    back_clitic: re.Pattern[str] = re.compile(NEVER)  # a sentence after a quotation opened by a clitic for it ("Lo ")
    any_role: re.Pattern[str] = re.compile(NEVER)  # any role's cue (on folded text): where none is, no role is
    given_names: frozenset[str] = frozenset()  # not_names that are also first names ("Julio Rodríguez"), folded
    cue_first_names: frozenset[str] = frozenset()  # role cues that are also first names ("Reina Rodríguez"), folded
    place_nouns: frozenset[str] = frozenset()  # nouns naming a place or building by the name after them, folded
    body_nouns: frozenset[str] = frozenset()  # head nouns of a title naming a body ("el ejército"), folded
    # a surname's lower-case particles ("de la" in "Luis de la Fuente"), each as a tuple of its folded words
    surname_particles: frozenset[tuple[str, ...]] = frozenset()
    view_opener: re.Pattern[str] = re.compile(NEVER)  # "En su opinión, ": the last speaker's view opens a sentence
    office_words: frozenset[str] = frozenset()  # capitalised words of an office's name ("Educación"), folded
    label: re.Pattern[str] = re.compile(NEVER)  # a verb labelling something, then "como"/"as", ending a string
    lead_adverbs: re.Pattern[str] = re.compile(NEVER)  # adverbs opening a string ("este lunes el ministro")
    next_acts: frozenset[str] = frozenset()  # gerunds after a reported clause of what its speaker did next, lower case
    # verbs of saying that, after "and"/"but", open the next statement of a clause's speaker, lower case (read17)
    joined_verbs: frozenset[str] = frozenset()
    topic_opener: re.Pattern[str] = re.compile(NEVER)  # words opening a topic before a colon ("On the match: «...»")
    # The last word of an adverb of ``adverbs``, a whole string: a text whose last word (after white space or a
    # comma) it is not cannot end with ``adverbs`` (see subjects._written_before). By default every word may.
    adverb_end: re.Pattern[str] = re.compile(r"(?s).*")
    # a word opening a clause with a subject of its own ("donde", "quien"): a quotation after it is not the
    # sentence's subject's (sentence_subject._sentence_subject)
    other_subject_opener: re.Pattern[str] = re.compile(NEVER)
    # words right after a sentence's subject that are no act of it: a list's link, a copula describing it, folded
    not_acts: frozenset[str] = frozenset()
    # A date between a verb and "que" ("informó el pasado lunes 19 de enero que"): its names of days and months, and
    # the words that link them ("el", "pasado", "de"), folded; a time, not the verb's object (indirect).
    date_words: frozenset[str] = frozenset()
    date_links: frozenset[str] = frozenset()
    # lower-case words a verb phrase opens with when the sentence's subject is unwritten ("no ha dudado"), lower case
    verb_openers: frozenset[str] = frozenset()
    # reflexive verbs an unwritten subject's verb phrase may open with ("se refirió al «...»"; sentence_subject), lower
    # case
    reflexive_openers: frozenset[str] = frozenset()
    # titles of one office written in turn for one holder ("el alcalde X ... explicó el regidor"), each group's words
    # folded (title_synonyms.synonym_holder)
    title_synonyms: tuple[frozenset[str], ...] = ()
    # role cues that are honorifics ("dr", "prof"): they give a role only when no other cue is written, folded
    weak_cues: frozenset[str] = frozenset()
    # nouns of things and groups that a verb of saying may have as its subject ("el informe señaló"), folded: a
    # description of no one person (described._described_person)
    thing_nouns: frozenset[str] = frozenset()
    # verbs that report only right after a quotation's closing mark and its comma ('“...,” charged one resident'):
    # elsewhere they say no speech ("police charged him", "she pleaded guilty"), so they are not ``verb``'s (read25)
    quote_verb: re.Pattern[str] = re.compile(NEVER)
    # nouns of a person a court tries or the police hold ("el acusado", "el procesado"), folded: the person a court
    # report names only by initials ("M.C.P.": initials.initials_person)
    accused_nouns: frozenset[str] = frozenset()
    # first nouns of a body a person is written with after "of"/"de" ("Ana Ruiz de la Universidad de Chile"), folded
    affiliation_heads: frozenset[str] = frozenset()
    # nouns of a group that speaks as one ("the family said"): no one person a title stands for, folded
    collective_nouns: frozenset[str] = frozenset()
    # nouns of a territory a place's name follows ("del ejido Colorado", "of Harris County"), folded: a name right
    # after one, behind "de"/"of", is the place of a title's complement, not the verb's subject
    territory_nouns: frozenset[str] = frozenset()
    question_opener: re.Pattern[str] = re.compile(NEVER)  # a question put to a speaker ("Asked if he ...,"; q12en)
    # a verb's object clause ("relató lo que el policía le contó", "recounted what the officer told her"): matched
    # whole from after the verb to a later verb; that later verb is the object's, not the sentence's (session 19)
    object_clause: re.Pattern[str] = re.compile(NEVER)
    # stop words that are words of names beside a capitalised word ("New York", "World Bank", "Greg Young"), folded
    name_words: frozenset[str] = frozenset()
    # what a body or a person issues and a verb of saying may have as its subject ("the Minority's release said"), folded
    document_nouns: frozenset[str] = frozenset()
    # a count or report a source marker may cite instead of its issuer ("según un primer balance", "según los últimos
    # datos de la policía", "according to a report by the ministry"), folded (indirect._report_source; session 20)
    report_nouns: frozenset[str] = frozenset()
    saying_gerunds: frozenset[str] = frozenset()  # participles that frame a quotation they say something of (q13en)
    audience_verbs: frozenset[str] = frozenset()  # reporting verbs whose object is who hears ("told a conference"), folded
    # kin words among the witness cues, the determiners before a cue, the prepositions that make a kin cue an object
    # ("of his brother": someone else), the numbers before such a preposition that keep it the speaker's ("one of his
    # brothers"), and the prepositions that make a medium's cue whom one spoke to ("a la agencia"), folded
    # (:func:`_object_of`)
    kin_cues: frozenset[str] = frozenset()
    object_determiners: frozenset[str] = frozenset()
    # possessives: a verb's form after one is a noun ("en su cuenta en Facebook", "his claims"), folded (session 22)
    possessives: frozenset[str] = frozenset()
    kin_object_links: frozenset[str] = frozenset()
    kin_partitives: frozenset[str] = frozenset()
    # determiners of "another" before a title ("otro paciente"): someone new, never the last speaker of its role
    # (speakers._new_private_person; read19), folded
    other_determiners: frozenset[str] = frozenset()
    # nouns of a private person with no office ("el chofer", "el viajero", "la clienta"): written after the verb with no
    # name, when the last speaker is unnamed too, the noun as written (private_persons.as_written; kinds24), folded
    private_nouns: frozenset[str] = frozenset()
    # a body's common noun as the subject of a verb of saying right after a quotation ("the company said", "dijo la
    # empresa"): the body named last before (body_behind; kinds24), folded
    body_back_nouns: frozenset[str] = frozenset()
    # words right before a name that make it a place or a thing ("into Carrig Glas", "the ... Municipal District"): no
    # person a pronoun stands for (pronouns._located; read19), folded
    unpersoning_words: frozenset[str] = frozenset()
    # nouns of one's presence or company that govern a title through "de"/"of" ("en presencia del ministro del Interior,
    # X,", "in the company of the mayor, X,"): the title's apposition is whom the speaker was with, not the subject
    # (subjects via name_context._governed_apposition; session 22, read18), folded
    company_nouns: frozenset[str] = frozenset()
    # a past participle and its preposition opening an adjunct of the verb's subject ("Consultado por la fiscal X,",
    # ", acompañado de sus letrados, X y Y,"): the names in it are no subject (subjects._participle_adjunct; real23q)
    adjunct_participle: re.Pattern[str] = re.compile(NEVER)
    audience_links: frozenset[str] = frozenset()
    clause_joiners: frozenset[str] = frozenset()  # words joining a second clause with a subject of its own
    # cues read for the role shown only (``role_only_cues``, speaker_role): bodies' names ("conaf", "nasa"), nouns of a
    # private person ("la mujer"), per role, on folded text
    body_roles: tuple[tuple[str, re.Pattern[str]], ...] = ()
    postnominal_cues: frozenset[str] = frozenset()  # cues that are adjectives after a noun ("fiscal general"), folded
    spokes_cues: frozenset[str] = frozenset()  # who speaks for a body ("spokesman"): the body's role (_spoken_for)
    # words after a spokes cue that name the body spoken for ("a spokesperson for Thames Water"), folded: with no cue
    # in that body's name, no role of the list (_spoken_for_named)
    spokes_links: frozenset[str] = frozenset()
    # titles of a body's head ("president", "chairman"): the role of a body of ``head_body_roles`` named right before
    # them ("Red Cross President", "TUC general secretary"), folded (_spoken_for)
    head_cues: frozenset[str] = frozenset()
    head_body_roles: frozenset[str] = frozenset()
    # role cues that are abbreviations with a point ("capt.", "supt."), of ``roles`` and ``role_only_cues``, honorifics
    # (``weak_cues``) left out, folded: a title before a name reads on over their point (name_descriptions._title_start)
    abbreviated_titles: frozenset[str] = frozenset()
    # government offices that win over a rank or academic title written right after them (_office_before), folded
    stacked_offices: frozenset[str] = frozenset()
    # kin cues that open a description as a priest's or a nun's title ("Father Michael Collins"): no kin, folded
    clergy_titles: frozenset[str] = frozenset()
    # cues that are other words before a word in lower case ("general", "fed"), or surnames after a capitalised word
    # ending a description ("king"), folded (_no_title_word)
    prenominal_cues: frozenset[str] = frozenset()
    # phrases that open with a role's cue and are another noun ("medio ambiente": no medium), folded (roles21)
    cue_in_phrases: tuple[str, ...] = ()
    surname_cues: frozenset[str] = frozenset()
    # words of a speaker's own home or flight after the name in its sentence ("her house", "who fled"; persons._at_home)
    home_cue: re.Pattern[str] = re.compile(NEVER)

    def names_no_person(self, folded: str) -> bool:
        """Whether a folded word is a body's, an office's or a place's noun (``body_nouns``, ``office_words``,
        ``place_nouns``: "ministerio", "educacion", "hospital"): a name it heads or opens is no person's."""
        return folded in self.body_nouns or folded in self.office_words or folded in self.place_nouns

    def role_of(self, description: str) -> str:
        """The role whose cue sits nearest the end of ``description`` (where a title meets the name).

        >>> lexicon("en").role_of("UN Relief Coordinator")
        'international_ngo'
        >>> lexicon("es").role_of("la vecina de Marrakech")
        'witness'
        """
        return _role_of(self, description)

    def speaker_role(self, description: str) -> str:
        """:meth:`role_of` of a speaker's description for the role shown with their statements: a cue naming someone
        else is left out ("Tom Hill, who raced with his brother": no family; "dijo a la agencia EFE": no outlet) and
        one who speaks for a body has the body's role ("UNICEF spokesman"). :meth:`role_of` itself, which the
        attribution rules read to tell titles from names, is left as it was, so who speaks does not change.

        >>> lexicon("en").speaker_role("who raced with his brother"), lexicon("en").role_of("who raced with his brother")
        ('unknown', 'witness')
        """
        return _speaker_role(self, description)

    def names_no_role(self, description: str) -> bool:
        """Whether the cue :meth:`speaker_role` reads nearest the end of ``description`` is one of a body of no role
        of the list (lexicon ``role_only_cues`` "unknown": a union's, a company's, an association's), not a lack of
        any cue: the description says the speaker has no role class, so no later one is read for the role shown.

        >>> es = lexicon("es")
        >>> es.names_no_role("presidente de la Asociación de Básquet"), es.names_no_role("Ana Ruiz")
        (True, False)
        >>> es.names_no_role("presidente"), es.names_no_role("vecina")
        (False, False)
        """
        return _speaker_cue(self, description) == ("unknown", True)

    def name_role(self, name: str) -> str:
        """:meth:`role_of` of a name's own words, a first name that is also a cue left out ("Reina Rodríguez
        Montilla" is no queen).

        >>> lexicon("es").name_role("Reina Rodríguez"), lexicon("es").name_role("Casa Blanca")
        ('unknown', 'government')
        """
        first, _, rest = name.partition(" ")
        return self.role_of(rest if rest and fold(first) in self.cue_first_names else name)

    def speaks(self, description: str) -> bool:
        """Whether a description names one speaker: a role cue ("el portavoz") or a speaker noun ("el técnico").

        >>> lexicon("es").speaks("el técnico"), lexicon("es").speaks("el partido")
        (True, False)
        """
        return self.role_of(description) != "unknown" or self.speaker_noun.search(fold(description)) is not None


@lru_cache(maxsize=1 << 14)  # descriptions recur within an article and among a corpus' speakers
def _role_of(lex: SourceLexicon, description: str) -> str:
    """:meth:`SourceLexicon.role_of`, memoised: an article describes its speakers again and again."""
    return _nearest_role(lex, description, objects=False)


@lru_cache(maxsize=1 << 14)
def _speaker_role(lex: SourceLexicon, description: str) -> str:
    """:meth:`SourceLexicon.speaker_role`, memoised."""
    return _speaker_cue(lex, description)[0]


@lru_cache(maxsize=1 << 14)
def _speaker_cue(lex: SourceLexicon, description: str) -> tuple[str, bool]:
    """:func:`_nearest_cue` of a speaker's description (``objects``), memoised."""
    return _nearest_cue(lex, description, objects=True)


# A number, its unit and "y" right before a cue: "a sus 34 años y medio" is half a year, no medium (session 21)
RE_HALF_BEFORE = re.compile(r"(?<!\w)\d+\s+\w+\s+y\s+$")


def _nearest_role(lex: SourceLexicon, description: str, *, objects: bool) -> str:
    """:func:`_nearest_cue`'s role."""
    return _nearest_cue(lex, description, objects=objects)[0]


def _nearest_cue(lex: SourceLexicon, description: str, *, objects: bool) -> tuple[str, bool]:
    """(role, whether a cue other than an honorific gave it) of a description: the role whose cue ends nearest the
    end of ``description`` (at one end the longer cue wins), an honorific's (``weak_cues``) only when no other is
    written; a cue of ``role_only_cues`` "unknown" (a union's, a company's) gives ("unknown", True). With
    ``objects``, a cue of someone else is skipped (a kin cue governed by a preposition, a medium's after "a": :func:`_object_of`), a word of ``role_only_cues`` is a cue
    ("director of the Orange County Health Care Agency"; a private person's noun, "la mujer", unless an object), and a cue of one who speaks for a body takes the body's role
    written right before it (:func:`_spoken_for`); a cue that is an adjective after a noun is none ("la fiscal
    general": :func:`_after_noun`).

    >>> from analysis.sources.lexicon import lexicon
    >>> en = lexicon("en")
    >>> [_nearest_role(en, d, objects=True) for d in ("his brother", "who raced with his brother", "one of his brothers")]
    ['witness', 'unknown', 'witness']
    >>> [_nearest_role(en, d, objects=True) for d in ("UNICEF spokesman", "Police Department spokesperson", "spokesman")]
    ['international_ngo', 'military_police', 'government']
    >>> _nearest_role(en, "who raced with his brother", objects=False)
    'witness'
    >>> [_nearest_role(en, "director of the Orange County Health Care Agency", objects=o) for o in (True, False)]
    ['government', 'unknown']
    """
    folded = fold(description)
    best, best_end, best_start = "unknown", -1, -1
    if lex.any_role.search(folded) is None and not (objects and any(c.search(folded) for _, c in lex.body_roles)):
        return best, False  # most descriptions: no cue of any role, one scan instead of seven
    weak, weak_end = "unknown", -1  # the nearest honorific ("Dr", "Prof"): the role only when no other cue is written
    found: list[tuple[str, re.Match[str]]] = []
    for role, cue in lex.roles + lex.body_roles if objects else lex.roles:
        person = role == "witness" and any(cue is c for _, c in lex.body_roles)  # "de todos los empleados": an object
        for match in cue.finditer(folded):
            if lex.cue_in_phrases and folded.startswith(lex.cue_in_phrases, match.start()):
                continue  # "secretario de Medio Ambiente": the cue opens another noun (roles21)
            if objects and (
                (
                    (person or match.group() in lex.kin_cues)
                    and _object_of(lex, folded, match.start(), lex.kin_object_links)
                )
                or (role == "media" and _object_of(lex, folded, match.start(), lex.audience_links))
                or (role == "media" and RE_HALF_BEFORE.search(folded, max(0, match.start() - 30), match.start()))
                or (match.group() in lex.postnominal_cues and _after_noun(lex, folded, match.start()))
                or (match.group() in lex.clergy_titles and set(folded[: match.start()].split()) <= lex.clergy_titles)
                or _no_title_word(lex, description, folded, match)
            ):
                continue  # "who raced with his brother", "a la misma agencia": someone else; "fiscal general": no general;
                # "Father Michael Collins": a priest (clergy_titles, roles17); "general manager", "Stephen King"
            found.append((role, match))
            if match.group() in lex.weak_cues:
                if match.end() > weak_end:
                    weak, weak_end = role, match.end()
            elif match.end() > best_end or (match.end() == best_end and match.start() < best_start):
                best, best_end, best_start = role, match.end(), match.start()  # at one end the longer cue wins:
                # "director-general" over "general", "police commissioner" over "commissioner" (q11en)
    title = folded[best_start:best_end]
    if objects and best != "unknown" and title in lex.spokes_cues:
        best = _spoken_for(lex, folded, best_start, found) or _spoken_for_named(lex, folded, best_end) or best
    elif objects and title in lex.head_cues:  # a title of no role ("chief executive") takes any body's before it
        best = _spoken_for(lex, folded, best_start, found, bodies=lex.head_body_roles if best != "unknown" else None) or best
    elif objects and best in ("military_police", "expert") and _office_before(lex, folded, best_start, found):
        best = "government"
    return (best, True) if best_end >= 0 else (weak, False)  # a cue of no role ("unknown", role_only_cues) leaves the
    # honorific out


def _spoken_for_named(lex: SourceLexicon, folded: str, end: int) -> str | None:
    """"unknown" when a spokes cue ending at ``end`` (the cue nearest the description's end) is followed by one of
    ``spokes_links`` and a body's name: that name holds no cue of any role (else that cue would end nearest), so the
    body is one of no role of the list, a company's or a group's ("a spokesperson for Thames Water", "A spokesperson
    for the group"); None otherwise ("a spokesman", "UNICEF spokesman", "spokesman for the ministry").

    Why (roles27, a kind of held-out14 and 17's "unknown → government" role confusions): the spokes cue alone gave
    the government's role to a water company's and an academy trust's spokespeople.

    >>> from analysis.sources.lexicon import lexicon
    >>> en = lexicon("en")
    >>> [en.speaker_role(d) for d in ("spokesperson for Thames Water", "spokesman", "spokesman for the ministry")]
    ['unknown', 'government', 'government']
    """
    words = folded[end:].split()
    return "unknown" if len(words) > 1 and words[0] in lex.spokes_links else None


def _object_of(lex: SourceLexicon, folded: str, start: int, links: frozenset[str]) -> bool:
    """Whether the cue at ``start`` of a folded description is governed by one of ``links`` (past its determiners,
    lexicon ``object_determiners``): then it names someone else, the object of the speaker's words or deeds, not the
    speaker. Kin cues with ``kin_object_links``: "Tom Hill, who raced with his brother", "tras la muerte de su hijo,
    Ana Ruiz" are no family of anyone quoted, as "his brother Tom Hill" and "Ana Ruiz, madre de la víctima" are; a
    number or "one" before the link ("uno de sus hijos, Luis", "one of his brothers") keeps the kin the speaker's.
    Media cues with ``audience_links``: "describe a la misma agencia Pedro Cruz" is told to an agency, no journalist.

    Why (roles16): the lead's known fault ("a racer speaking of his brother" read as family) and a kind of held-out3
    and 7's misses ("after the mother of one of the wounded said", "mientras acuna a su hija").

    >>> from analysis.sources.lexicon import lexicon
    >>> es = lexicon("es")
    >>> text = "tras la muerte de su hermano"
    >>> _object_of(es, text, text.index("hermano"), es.kin_object_links), _object_of(es, "su hermano", 3, es.kin_object_links)
    (True, False)
    >>> text = "uno de sus hijos"
    >>> _object_of(es, text, text.index("hijos"), es.kin_object_links)
    False
    >>> text = "describe a la misma agencia"
    >>> _object_of(es, text, text.index("agencia"), es.audience_links)
    True
    """
    words = [w.strip(",;:()") for w in folded[:start].split()]
    while words and words[-1] in lex.object_determiners:
        words.pop()
    if not words or words[-1] not in links:
        return False
    return len(words) < 2 or words[-2] not in lex.kin_partitives


def _no_title_word(lex: SourceLexicon, description: str, folded: str, match: re.Match[str]) -> bool:
    """Whether a cue is another word of its spelling: one of ``prenominal_cues`` followed by a word in lower case is an
    adjective or a verb's part ("the general public", "fed up with", "the local business association", "chief
    scientific adviser"), not the title written before a name ("General Ann Lee", "a local", "police chief Tom Hill");
    one of ``surname_cues`` capitalised, ending the description alone or after a capitalised word that is no cue or
    determiner, is a surname ("Stephen King", "King"), not the title ("The King", "Supreme Court Justice").

    Why (roles17): English cue words keyed on words that mean something else in context (a resident "fed up with the
    noise" was government, "head of the local business association" a witness, "the government's chief scientific
    adviser" police).

    >>> from analysis.sources.lexicon import lexicon
    >>> en = lexicon("en")
    >>> [en.speaker_role(d) for d in ("a resident fed up with the noise", "General Ann Lee", "Stephen King", "The King")]
    ['witness', 'military_police', 'unknown', 'government']
    """
    cue = match.group()
    if cue not in lex.prenominal_cues and cue not in lex.surname_cues:
        return False
    words = description.split()
    at = len(folded[: match.end()].split())  # the words up to the cue's end: the next word's index
    if cue in lex.prenominal_cues and at < len(words) and words[at][:1].isalpha() and words[at][:1].islower():
        return True
    if cue not in lex.surname_cues or at != len(words) or " " in cue or not words[at - 1][:1].isupper():
        return False
    if at == 1:
        return True  # "King" alone, a mention by the surname ("King said"); a title has its determiner ("the King")
    before = words[at - 2]  # "Stephen King", not "The judge" (a determiner) nor "the judge" (no capital)
    return (
        before[:1].isupper()
        and fold(before) not in lex.object_determiners
        and lex.any_role.search(fold(before)) is None
    )


def _after_noun(lex: SourceLexicon, folded: str, start: int) -> bool:
    """Whether the cue at ``start`` of a folded description follows a word that is no determiner (lexicon
    ``object_determiners``): then a cue of ``postnominal_cues`` is an adjective of that noun ("la fiscal general de
    Perú", "el director general"), not a title of its own ("el general Juan Pérez").

    >>> from analysis.sources.lexicon import lexicon
    >>> es = lexicon("es")
    >>> [_after_noun(es, t, t.index("general")) for t in ("la fiscal general de peru", "el general juan perez", "general")]
    [True, False, False]
    """
    words = folded[:start].split()
    return bool(words) and words[-1].strip(",;:()") not in lex.object_determiners and words[-1][-1:].isalpha()


def _office_before(lex: SourceLexicon, folded: str, start: int, found: list[tuple[str, re.Match[str]]]) -> bool:
    """Whether a government office of ``stacked_offices`` is written right before the rank or academic title at
    ``start`` (only spaces between): one who holds the office speaks as its holder, the rank or degree is his own
    ("Interim Prime Minister Commodore Frank Bainimarama", "Opposition MP Professor Biman Prasad").

    Why (roles17, a kind of held-out7 and 11's role misses; the sets' conventions: "armies' political heads" and
    legislators are government). "Police Commissioner Gen. Ann Lee" is no such stack: "police commissioner" is a
    police cue, no office of the list.

    >>> from analysis.sources.lexicon import lexicon
    >>> en = lexicon("en")
    >>> text = "opposition mp professor biman prasad"
    >>> _office_before(en, text, text.index("professor"), [(r, m) for r, c in en.roles for m in c.finditer(text)])
    True
    """
    return any(
        role == "government" and match.group() in lex.stacked_offices and not folded[match.end() : start].strip()
        for role, match in found
        if match.end() <= start
    )


def _spoken_for(
    lex: SourceLexicon,
    folded: str,
    start: int,
    found: list[tuple[str, re.Match[str]]],
    *,
    bodies: frozenset[str] | None = None,
) -> str | None:
    """The role of the body one speaks for: the cue of another kind nearest before the spokes cue at ``start``
    ("UNICEF spokesman", "Police Department spokesperson"), at most ``settings().sources.spokes_gap_words`` words
    before it (the rest of the body's name); None when there is none, or when ``bodies`` is given and the body's role
    is none of them (a head's title, ``head_cues``: "Red Cross President" heads an international body, "TUC general
    secretary" a union (role_only_cues "unknown"), while "Army Secretary" is still a government's office).

    Why (roles16, a kind of the dev set, held-out7 and 9's role misses): "UNICEF spokesman James Elder" and
    "Minneapolis Police Department spokesperson John Elder" were government, the role of "spokesman" alone.

    >>> from analysis.sources.lexicon import lexicon
    >>> en = lexicon("en")
    >>> text = "police department spokesman"
    >>> [_spoken_for(en, text, text.index("spokesman"), [(r, m) for r, c in en.roles for m in c.finditer(text)])]
    ['military_police']

    A head's title (``head_cues``) is no body (roles21: "Cathay Pacific Chief Executive" read its "Chief" as police):
    "UN official spokesman" speaks for the UN, not for "official".

    >>> text = "un official spokesman"
    >>> [_spoken_for(en, text, text.index("spokesman"), [(r, m) for r, c in en.roles for m in c.finditer(text)])]
    ['international_ngo']
    """
    gap = settings().sources.spokes_gap_words
    before = [
        (match.end(), -match.start(), role)  # the nearest; at one end the longer ("police department")
        for role, match in found
        if match.end() <= start
        and match.group() not in lex.spokes_cues
        and match.group() not in lex.weak_cues
        and match.group() not in lex.head_cues  # a head's title is no body: "Cathay Pacific Chief Executive" (roles21)
        and len(folded[match.end() : start].split()) <= gap
    ]
    role = max(before)[2] if before else None
    return role if bodies is None or role in bodies else None


# A former holder of a title is written with it and speaks as one: "el exgobernador", "la ex-ministra", "the
# ex-president". The prefix is part of the cue, so "el exgobernador" ties to the name written with that word,
# not to the governor in office.
EX = "(?:ex-?)?"


def _words(data: dict[str, object], key: str, where: str) -> list[str]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise SourceLexiconError(f"{where}: '{key}' must be a list of words (quote yes/no/on/off)")
    return value


def parse(text: str, *, origin: str) -> SourceLexicon:
    """Compile a sources lexicon from its YAML text; ``origin`` names it in errors.

    Raises:
        SourceLexiconError: naming the file and the missing or malformed field.
    """
    try:
        data = load_yaml(text)
    except YamlError as err:
        raise SourceLexiconError(f"{origin}: not valid YAML ({err})") from None
    if not isinstance(data, dict) or not isinstance(data.get("language"), str):
        raise SourceLexiconError(f"{origin}: expected a mapping with a 'language'")
    lists = {key: _words(data, key, origin) for key in FIELDS}
    lists |= {key: _words(data, key, origin) if key in data else [] for key in OPTIONAL_FIELDS}
    roles = data.get("roles")
    if not isinstance(roles, dict):
        raise SourceLexiconError(f"{origin}: 'roles' must map a role to its cue words")
    unknown = set(roles) - set(ROLES)
    if unknown:
        raise SourceLexiconError(f"{origin}: unknown role(s) {sorted(unknown)}; roles are {list(ROLES)}")
    cues = tuple(
        (role, re.compile(rf"(?<!\w){EX}(?:{_alternation([fold(w) for w in _words(roles, role, origin)])})(?![\w-])"))
        for role in ROLES
        if role in roles
    )
    bodies = data.get("role_only_cues") or {}
    if not isinstance(bodies, dict) or set(bodies) - set(ROLES):
        raise SourceLexiconError(f"{origin}: 'role_only_cues' must map roles of {list(ROLES)} to lists of words")
    body_cues = tuple(
        (role, re.compile(rf"(?<!\w)(?:{_alternation([fold(w) for w in _words(bodies, role, origin)]) or NEVER})(?![\w-])"))
        for role in ROLES
        if role in bodies
    )
    every_cue = [fold(w) for role in ROLES if role in roles for w in _words(roles, role, origin)]
    # A role with no word matches the empty string: then the union proves nothing and matches everywhere.
    union = "" if any(not _words(roles, role, origin) for role in roles) else _alternation(every_cue) or NEVER
    aux = r"(?:(?:ha|han|había|habían|habría|has|have|had|will|would)\s+)?"
    return SourceLexicon(
        language=data["language"],
        verb=re.compile(
            rf"(?<!\w){aux}(?:{_alternation(lists['verbs'])})(?!\w){_not_after_se(lists['reflexive_not_reporting'])}"
            rf"{_not_reporting(lists['not_reporting'])}",
            re.IGNORECASE,
        ),
        according_to=re.compile(rf"(?<!\w)(?:{_alternation(lists['according_to'])})(?!\w)", re.IGNORECASE),
        that=re.compile(rf"\s*(?:{_alternation(lists['that'])})(?!\w)", re.IGNORECASE),
        pronoun=re.compile(rf"(?:{_alternation(lists['pronouns'])})", re.IGNORECASE),
        determiner=re.compile(rf"(?:{_alternation(lists['determiners'])})\s+", re.IGNORECASE),
        # a word in capitals is an acronym, no word ending a subject ("said WHO senior officer X": the WHO, not "who")
        subject_end=re.compile(
            rf"(?<!\w)(?!(?-i:[A-Z]{{2,}})(?!\w))(?:{_alternation(lists['subject_ends'])})(?!\w)", re.IGNORECASE
        ),
        adverbs=re.compile(rf"(?:[\s,]+(?:{_alternation(lists['adverbs'])}))+\s*$", re.IGNORECASE),
        connectors=tuple(lists["name_connectors"]),
        not_names=frozenset(fold(w) for w in lists["not_names"]),
        verb_words=frozenset(w.split()[0].lower() for w in lists["verbs"] if w.strip()),
        quote_verb=re.compile(rf"(?<!\w)(?:{_alternation(lists['quote_verbs']) or NEVER})(?!\w)", re.IGNORECASE),
        marker_words=frozenset(w.split()[0].lower() for w in lists["according_to"] if w.strip()),
        marker_phrases=tuple(tuple(w.lower().split()) for w in lists["according_to"] if w.strip()),
        person_title=re.compile(rf"(?:{_alternation(lists['person_titles'])})(?!\w)", re.IGNORECASE),
        roles=cues,
        body_roles=body_cues,
        role_words=frozenset(fold(w) for role in ROLES if role in roles for w in _words(roles, role, origin)),
        clitic=re.compile(rf"(?:(?:{_alternation(lists['clitics'])})\s+)*" if lists["clitics"] else "", re.IGNORECASE),
        clause_openers=frozenset(w.lower() for w in lists["clause_openers"]),
        speaker_noun=re.compile(
            rf"(?<!\w){EX}(?:{_alternation([fold(w) for w in lists['speaker_nouns']]) or NEVER})(?!\w)"
        ),
        media_frame=re.compile(rf"\s*(?:{_alternation(lists['media_frames']) or NEVER})\s+", re.IGNORECASE),
        title_noun=re.compile(rf"(?<!\w)(?:{_alternation(lists['title_nouns']) or NEVER})\s*$", re.IGNORECASE),
        title_noun_ends=tuple(sorted({w.split()[-1].lower() for w in lists["title_nouns"] if w.strip()})),
        back_reference=re.compile(
            rf"[ \t.,;]*\n?\s*(?:{_alternation(lists['back_references']) or NEVER})(?!\w)", re.IGNORECASE
        ),
        back_clitic=re.compile(rf"[ \t]*\.\s+(?:{_alternation(lists['back_clitics']) or NEVER})\s+", re.IGNORECASE),
        # The roles' patterns as one: it matches where any of them does (a cue of one role is a word of the
        # union), so a text it finds nothing in has no role cue at all.
        any_role=re.compile(rf"(?<!\w){EX}(?:{union})(?![\w-])" if union else ""),
        given_names=frozenset(fold(w) for w in lists["given_names"]),
        cue_first_names=frozenset(fold(w) for w in lists["cue_first_names"]),
        place_nouns=frozenset(fold(w) for w in lists["place_nouns"]),
        body_nouns=frozenset(fold(w) for w in lists["body_nouns"]),
        surname_particles=frozenset(tuple(fold(w).split()) for w in lists["surname_particles"] if w.strip()),
        view_opener=re.compile(rf"\s*(?:{_alternation(lists['view_openers']) or NEVER})\s*,", re.IGNORECASE),
        office_words=frozenset(fold(w) for w in lists["office_words"]),
        next_acts=frozenset(w.lower() for w in lists["next_acts"]),
        joined_verbs=frozenset(w.lower() for w in lists["joined_verbs"]),
        topic_opener=re.compile(rf"\W*(?:{_alternation(lists['topic_openers']) or NEVER})\s", re.IGNORECASE),
        adverb_end=re.compile(
            rf"(?:{_alternation([w.split()[-1] for w in lists['adverbs'] if w.strip()]) or NEVER})", re.IGNORECASE
        ),
        not_acts=frozenset(fold(w) for w in lists["not_acts"]),
        date_words=frozenset(fold(w) for w in lists["date_words"]),
        date_links=frozenset(fold(w) for w in lists["date_links"]),
        weak_cues=frozenset(fold(w) for w in lists["weak_cues"]),
        verb_openers=frozenset(w.lower() for w in lists["verb_openers"]),
        reflexive_openers=frozenset(w.lower() for w in lists["reflexive_openers"]),
        title_synonyms=tuple(frozenset(fold(w.strip()) for w in group.split("|")) for group in lists["title_synonyms"]),
        thing_nouns=frozenset(fold(w) for w in lists["thing_nouns"]),
        accused_nouns=frozenset(fold(w) for w in lists["accused_nouns"]),
        affiliation_heads=frozenset(fold(w) for w in lists["affiliation_heads"]),
        collective_nouns=frozenset(fold(w) for w in lists["collective_nouns"]),
        territory_nouns=frozenset(fold(w) for w in lists["territory_nouns"]),
        question_opener=re.compile(rf"\s*(?:{_alternation(lists['question_openers']) or NEVER})\s", re.IGNORECASE),
        object_clause=re.compile(
            rf"\s+(?:{_alternation(lists['object_clauses']) or NEVER})\s[^,.;:«»\"“”\n]*", re.IGNORECASE
        ),
        name_words=frozenset(fold(w) for w in lists["name_words"]),
        document_nouns=frozenset(fold(w) for w in lists["document_nouns"]),
        report_nouns=frozenset(fold(w) for w in lists["report_nouns"]),
        saying_gerunds=frozenset(fold(w) for w in lists["saying_gerunds"]),
        audience_verbs=frozenset(fold(w) for w in lists["audience_verbs"]),
        kin_cues=frozenset(fold(w) for w in lists["kin_cues"]),
        object_determiners=frozenset(fold(w) for w in lists["object_determiners"]),
        possessives=frozenset(fold(w) for w in lists["possessives"]),
        audience_links=frozenset(fold(w) for w in lists["audience_links"]),
        clause_joiners=frozenset(fold(w) for w in lists["clause_joiners"]),
        kin_object_links=frozenset(fold(w) for w in lists["kin_object_links"]),
        kin_partitives=frozenset(fold(w) for w in lists["kin_partitives"]),
        other_determiners=frozenset(fold(w) for w in lists["other_determiners"]),
        private_nouns=frozenset(fold(w) for w in lists["private_nouns"]),
        body_back_nouns=frozenset(fold(w) for w in lists["body_back_nouns"]),
        unpersoning_words=frozenset(fold(w) for w in lists["unpersoning_words"]),
        company_nouns=frozenset(fold(w) for w in lists["company_nouns"]),
        adjunct_participle=re.compile(
            rf"(?:{_alternation(lists['adjunct_participles']) or NEVER})\s+(?:{_alternation(lists['adjunct_links']) or NEVER})\s",
            re.IGNORECASE,
        ),
        spokes_cues=frozenset(fold(w) for w in lists["spokes_cues"]),
        head_cues=frozenset(fold(w) for w in lists["head_cues"]),
        spokes_links=frozenset(fold(w) for w in lists["spokes_links"]),
        head_body_roles=frozenset(lists["head_body_roles"]),
        stacked_offices=frozenset(fold(w) for w in lists["stacked_offices"]),
        clergy_titles=frozenset(fold(w) for w in lists["clergy_titles"]),
        prenominal_cues=frozenset(fold(w) for w in lists["prenominal_cues"]),
        cue_in_phrases=tuple(fold(w) for w in lists["cue_in_phrases"]),
        surname_cues=frozenset(fold(w) for w in lists["surname_cues"]),
        home_cue=re.compile(rf"(?<!\w)(?:{_alternation([fold(w) for w in lists['home_cues']]) or NEVER})(?!\w)"),
        abbreviated_titles=frozenset(
            fold(w)
            for table in (roles, bodies)
            for role in ROLES
            if role in table
            for w in _words(table, role, origin)
            if w.endswith(".") and w not in lists["weak_cues"]  # "Dr.": an honorific, no title (names read it)
        ),
        postnominal_cues=frozenset(fold(w) for w in lists["postnominal_cues"]),
        other_subject_opener=re.compile(
            rf"(?<!\w)(?:{_alternation(lists['other_subject_openers']) or NEVER})(?!\w)", re.IGNORECASE
        ),
        lead_adverbs=re.compile(rf"(?:[\s,]+(?:{_alternation(lists['adverbs'])})(?!\w))+(?=[\s,])", re.IGNORECASE),
        label=re.compile(
            rf"(?<!\w)(?:{_alternation(lists['label_verbs']) or NEVER})(?!\w)[^,.;:!?«»“”\"\n]{{0,60}}?"
            rf"(?<!\w)(?:{_alternation(lists['label_links']) or NEVER})\s*$",
            re.IGNORECASE,
        ),
    )


@cache
def lexicon(language: str) -> SourceLexicon:
    """The packaged lexicon of ``language``; Spanish for a language without one ("und", "pt").

    The language of an article decides which verbs and cue words apply.
    """
    name = language if language in LANGUAGES else "es"
    path = f"sources_{name}.yaml"
    text = resources.files("analysis.lexicons").joinpath(path).read_text(encoding="utf-8")
    return parse(text, origin=f"analysis/lexicons/{path}")
