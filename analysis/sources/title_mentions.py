"""What a title mention is before it is tied to a person: a capitalised title read as a name ("the Prime
Minister said", "concluyó el Delegado"), someone new ("a senior police officer told"), a body ("el ejército
israelí"); and whether a name a title is tied to is a person's full name.

Split from :mod:`analysis.sources.speakers` (session 14), which resolves each statement's speaker with them.
"""

from __future__ import annotations

import dataclasses
import re

from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.persons import _is_person, _is_place, _plural, _strip_determiner
from analysis.sources.subjects import _Found, _Subject
from analysis.sources.titles import RE_DEFINITE_BEFORE, _title_word_alone

RE_THE = re.compile(r"(?<![\w-])the\s+$", re.IGNORECASE)
TITLE_AS_NAME_REACH = 200  # characters around a statement where its subject's name is looked for


def _title_written_as_name(lex: SourceLexicon, text: str, item: _Found) -> _Subject | None:
    """An English subject read as a name that is a capitalised title after "the": "the Prime Minister said", "the
    Union Minister suggested", "the Taoiseach said" (q11en, a kind of held-out6, 9 and 10's misses: the title was
    given as the speaker, or a run of the title's words taken for a name). Its last word is a person's title
    (lexicon ``person_titles``: a body's name, "the Police", "the White House", is no title), and "the" is written
    right before it near the statement; then it is a title mention, tied to the person it stands for.

    >>> from analysis.sources.lexicon import lexicon
    >>> text = "“We are ready,” the Prime Minister said. “We are ready,” Prime Minister Scott Morrison said."
    >>> found = _Found(0, _Subject("name", "Prime Minister", "Prime Minister"), 1, 13, True)
    >>> _title_written_as_name(lexicon("en"), text, found)
    _Subject(kind='title', mention='the Prime Minister', name=None, description='')
    >>> found = _Found(0, _Subject("name", "Scott Morrison", "Scott Morrison"), 1, 13, True)
    >>> _title_written_as_name(lexicon("en"), text, found) is None
    True
    """
    name = item.subject.name
    if lex.language != "en" or not name:
        return None
    if lex.person_title.fullmatch(name.split()[-1]) is None:
        return None  # "the Police said", "the White House said": a body
    lo = max(0, min(item.start, item.position) - TITLE_AS_NAME_REACH)
    at = text.find(name, lo, max(item.end, item.position) + TITLE_AS_NAME_REACH)
    while at >= 0:
        if the := RE_THE.search(text, max(0, at - 5), at):
            return _Subject("title", the.group().split()[0] + " " + name)
        at = text.find(name, at + 1, max(item.end, item.position) + TITLE_AS_NAME_REACH)
    return None


RE_INDEFINITE_EN = re.compile(r"(?:a|an|one|another)\s", re.IGNORECASE)  # "one neighbor", "another user" (q13en)


def _someone_new(lex: SourceLexicon, mention: str) -> bool:
    """Whether an English title with an indefinite article introduces someone not named ("a senior police officer
    told the News Agency", "an official said"; q11en, a kind of held-out10's misses: the title went to the last
    speaker, "the Police", whose role it shares), as a Spanish one does (titles.RE_INDEFINITE). A group ("a team
    of ...") is left to the rules of groups.

    >>> from analysis.sources.lexicon import lexicon
    >>> [_someone_new(lexicon("en"), m) for m in ("a senior police officer", "the police officer", "an official")]
    [True, False, True]
    """
    return lex.language == "en" and RE_INDEFINITE_EN.match(mention) is not None and not _plural(lex, mention)


RE_FOR_THE = re.compile(r"\s(?:for|of)\s+(?:the|this|that)\s+[a-z]")  # "a spokesperson for the group"


def _speaks_for_last_body(lex: SourceLexicon, mention: str, last: str | None) -> bool:
    """Whether an English "a spokesperson" (lexicon ``spokes_cues``; no body named in the title) speaks for the last
    speaker: a body ("Essex Police confirmed ... A spokesperson added: “...”"), or anyone the title points back to
    ("A spokesperson for the group said" after the group "Looking after Leigh" spoke). "A council spokesman said"
    after a person spoke is someone new (session 20, held-out14 spent; held-out6 writes such statements as the
    body's).

    >>> from analysis.sources.lexicon import lexicon
    >>> en = lexicon("en")
    >>> _speaks_for_last_body(en, "A spokesperson", "Essex Police"), _speaks_for_last_body(en, "A spokesperson", "Tom Ray")
    (True, False)
    >>> _speaks_for_last_body(en, "A spokesperson for the group", "Tom Ray")
    True
    >>> _speaks_for_last_body(en, "A spokesman for the SNP group", "Essex Police")  # a body named: its own
    False
    """
    words = mention.split()
    return (
        lex.language == "en"
        and last is not None
        and last[:1].isupper()
        and any(fold(word) in lex.spokes_cues for word in words[1:4])
        and not any(word[:1].isupper() for word in words[1:])
        and (not _is_person(lex, last) or RE_FOR_THE.search(mention) is not None)
    )


def _full_person_name(lex: SourceLexicon, name: str) -> bool:
    """Whether ``name`` is a person's full name (two words or more, no place, no possessive): what a title written
    as a name may stand for ("Prime Minister Scott Morrison", not "U-turn" nor "RNZ's").

    >>> from analysis.sources.lexicon import lexicon
    >>> [_full_person_name(lexicon("en"), n) for n in ("Scott Morrison", "U-turn", "RNZ's")]
    [True, False, False]
    """
    return (
        len(name.split()) > 1 and _is_person(lex, name) and not name.endswith(("'s", "’s"))
        and not _is_place(name, lex.language)
    )  # fmt: skip


def _names_a_body(lex: SourceLexicon, mention: str) -> bool:
    """Whether a title's head noun, right after its determiner, names a body (lexicon ``body_nouns``: "el ejército
    israelí", "la Fiscalía"), not a person (q8rules, a kind of held-out7's misses).

    >>> from analysis.sources.lexicon import lexicon
    >>> [_names_a_body(lexicon("es"), m) for m in ("el ejército israelí", "la Fiscalía", "el portavoz del Ejército")]
    [True, True, False]

    A person's title written as such is none, though folded it is a body's noun: "la secretaria de Estado" (a person;
    "la Secretaría de Salud" is the body) (q12es, a kind of held-out11's misses: she was read as the body).

    >>> [_names_a_body(lexicon("es"), m) for m in ("la secretaria de Estado", "la Secretaría de Salud")]
    [False, True]
    """
    written = _strip_determiner(lex, mention).split()
    if written and lex.person_title.fullmatch(written[0]):
        return False
    words = fold(" ".join(written)).split()
    return bool(words) and (words[0] in lex.body_nouns or " ".join(words[:2]) in lex.body_nouns)


RE_CAPITALISED_COMPLEMENT = re.compile(r"(?:(?:la|las|los)\s+)?[A-ZÁÉÍÓÚÑ]")  # "de Ecuador", "de la Facultad"


def _title_read_as_name(lex: SourceLexicon, text: str, item: _Found) -> _Found | None:
    """The statement with its subject read as a title when the name it was given is one capitalised title word
    after "el"/"la" ("«...», concluyó el Delegado", "El Ministro confirmó", "añadió el DT"): a role cue or speaker
    noun (:meth:`SourceLexicon.speaks`) written with a capital is a title, tied like one to the person it describes
    ("el delegado de la CONRED, Benjamín Mathamba"), not a person of that name (q11es, a kind of held-out10's
    misses). A title word in a longer name ("el Ministro del Castillo") or with no article before it is left alone.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.subjects import _Subject
    >>> text = "«Es importante», concluyó el Delegado. «Sí», dijo Ana."
    >>> found = _Found(text.index("concluyó"), _Subject("name", "Delegado", "Delegado"), 1, 15, True)
    >>> _title_read_as_name(lexicon("es"), text, found).subject.mention
    'el Delegado'
    >>> found = _Found(text.index("dijo"), _Subject("name", "Ana", "Ana"), 41, 43, True)
    >>> _title_read_as_name(lexicon("es"), text, found) is None
    True
    """
    name = item.subject.name
    if not name:
        return None
    head, of, rest = name.partition(" de ")  # "comentó el DT de Ecuador": the title of a place or body (read21)
    if not (
        _title_word_alone(lex, name)
        or (of and RE_CAPITALISED_COMPLEMENT.match(rest) and _title_word_alone(lex, head)
            and not _names_a_body(lex, "el " + name))
    ):  # "dijo la Secretaría de Salud de Puebla": a body's name, no title
        return None
    lo = max(0, min(item.position, item.start) - 200)
    best = None
    for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text[lo : max(item.position, item.end) + 200]):
        at = lo + match.start()
        if item.start <= at < item.end:
            continue  # a word of the quotation itself
        article = RE_DEFINITE_BEFORE.search(text, max(0, at - 4), at)
        if article is not None and (best is None or abs(at - item.position) < abs(best[0] - item.position)):
            best = (at, text[article.start() : at + len(name)])
    if best is None:
        return None
    return dataclasses.replace(item, subject=_Subject("title", best[1], None, best[1]))
