"""Who each statement is: a name completed from the article ("Gil" → "Yván Gil"), a title tied to the
name written with the same cue word ("el portavoz" → "el portavoz del Kremlin, Dmitri Peskov"), else
to the last speaker when their roles agree, a pronoun to the last person, an implied subject to the
last speaker; and each speaker's role from the cues written with them.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator, Sequence
from itertools import chain

from analysis.sources.described import _described_before_name
from analysis.sources.direct import COLON_TITLE_WORDS, _colon_title
from analysis.sources.lexicon import SourceLexicon, fold, fold_text
from analysis.sources.names import NameRun, _words, name_index, resolve_in_article
from analysis.sources.persons import (
    ARTICLES,
    DEMONSTRATIVE,
    OBJECT_LINKS,
    PERSONAL,
    TITLE_LINKS,
    _demonyms,
    _is_person,
    _is_place,
    _names_another,
    _plural,
    _role,
    _strip_determiner,
)
from analysis.sources.quote_marks import _inside
from analysis.sources.run_index import _starts
from analysis.sources.subjects import (
    RE_APPOSITION,
    _Found,
    _opening_subject,
    _previous_subject,
    _sentence_bounds,
    _Subject,
    _subject_after,
)
from analysis.sources.titles import (
    _anaphoric,
    _anaphoric_of_sole_speaker,
    _mark_bounds,
    _tie_forward,
    _tied,
    _title_word_alone,
)
from analysis.text import Doc

RE_LOWER_TITLE = re.compile(r"(?:\s+[a-z][\w-]*){1,4}\s+")  # "press secretary" between a body and a name
RE_TRAILING_LINK = re.compile(r"(?:\s+(?:de|del|de la|de los|de las|of|of the|for|for the))+$", re.IGNORECASE)
# A lower-case word right after a name (a comma between allowed) that is no relative, article, preposition nor
# conjunction: the name is a clause's subject ("Nora Giménez, repudió", "Juan Carlos Romero votó"), not an
# object with an aside ("al Presidente, Andrés Manuel López Obrador, quien ha dicho").
RE_SUBJECT_VERB = re.compile(
    r"\s*,?\s+(?!(?:quien|quienes|que|cual|cuyo|cuya|y|e|o|de|del|en|a|al|el|la|los|las|con|por|para|who|which|whose"
    r"|that|and|or|of|in|at|the|with|for)(?!\w))[a-záéíóúñ]"
)
RE_NEWCOMER_TITLE = re.compile(r"(?:un|una|uno|otro|otra)\s", re.IGNORECASE)  # "una señora": someone new (q11es)
RE_LEDE_VERB = re.compile(r"\s*,?\s+(?!(?:y|e|and)\s)[a-záéíóúñ]")  # a lower-case word, not "y", after the lede's name


def resolve(
    doc: Doc, lex: SourceLexicon, runs: list[NameRun], found: list[_Found], marks: list[tuple[int, int]]
) -> list[tuple[_Found, str, str]]:
    """Each statement found in one article with its speaker and the speaker's role (from the article's cues)."""
    if not found:  # nothing to resolve: the article's names are not indexed
        return []
    text = doc.article.text
    spellings = dict.fromkeys([r.name for r in runs])  # each spelling once, in text order
    names = name_index(spellings)
    # resolve_in_article(name, names) for each spelling (no index key is empty: an empty key finds the name itself)
    full = {name: names.get(_words(name), name) for name in spellings}
    runs_of: dict[str, list[NameRun]] = {}
    for run in runs:
        runs_of.setdefault(full[run.name], []).append(run)
    titles: dict[str, list[str]] = {}  # title mentions resolved to each speaker
    folded: str | None = None

    def described(speaker: str) -> list[str]:
        return [r.description for r in runs_of.get(speaker, [])] + titles.get(speaker, [])

    def read_in_turn(speaker: str) -> Iterator[str]:
        """:func:`described`'s descriptions, each made when :func:`_role` reads it (it stops at the first role:
        the rest of a speaker's names are not described)."""
        return chain((r.description for r in runs_of.get(speaker, ())), titles.get(speaker, ()))

    last = last_person = _lede_subject(doc, lex, runs, names)
    last_end = 0  # where the last statement given to ``last`` ends
    resolved: list[tuple[_Found, str]] = []
    passing: tuple[str, tuple[int, int]] | None = None  # the last relative clause's speaker and its sentence
    untied: dict[str, _Found] = {}  # titles standing for nobody named yet ("El técnico merengue negó que ...")
    genders: dict[str, str | None] = {}  # the gender written for each person a pronoun was tried on
    for item in found:
        if item.subject.kind == "name" and (as_read := _title_read_as_name(lex, text, item)) is not None:
            item = as_read  # "concluyó el Delegado" (q11es)
        subject, speaker, others = item.subject, None, runs
        if subject.kind == "name" and subject.name and (as_title := _title_written_as_name(lex, text, item)):
            others = [r for r in runs if r.name != subject.name]  # the title's own run stands for nobody
            holder = _tied(lex, text, others, str(as_title.mention), item.position, marks)
            if holder is None:
                subject = as_title  # tied to no name: the last speaker, as a title is ("the Prime Minister said")
            elif _full_person_name(lex, holder.name):
                subject = _Subject("name", as_title.mention, holder.name)
            else:
                others = runs  # tied to no person ("RNZ's"): the title as written, as before
            # "the Prime Minister said": the title, tied to the name written with it ("Prime Minister Scott Morrison")
        if subject.kind == "name" and subject.name:
            speaker = resolve_in_article(subject.name, names)
            if subject.mention and subject.mention.endswith(", " + subject.name):  # "dijo el ministro de X, Y, Z,
                titles.setdefault(speaker, []).append(subject.mention[: -len(subject.name) - 2])  # Ana": the title
        elif subject.kind == "title" and subject.mention and _plural(lex, subject.mention):
            speaker = RE_TRAILING_LINK.sub("", _strip_determiner(lex, subject.mention))  # "dijeron los vecinos": a
            # group, no one named; "las autoridades del [este de Libia]" cut before its place: "autoridades"
        elif subject.kind == "title" and subject.mention and _someone_new(lex, subject.mention):
            tied = _tied(lex, text, others, subject.mention, item.position, marks)  # "a police chief said": the
            # police chief named with the cue, else someone new ("“...,” a senior police officer told NAN"), not the
            # last speaker whose role it shares
            person = tied is not None and _full_person_name(lex, tied.name)  # "the Police" stands for no one new
            speaker = resolve_in_article(tied.name, names) if tied and person else _strip_determiner(lex, subject.mention)
            titles.setdefault(speaker, []).append(subject.mention)
        elif subject.kind == "title" and subject.mention:
            if folded is None:
                folded = fold_text(text)  # the whole article: not worth a place in the cache
            tied = _tied(lex, text, others, subject.mention, item.position, marks,
                         folded if len(folded) == len(text) else None)  # fmt: skip
            if _names_a_body(lex, subject.mention) and (tied is None or _is_person(lex, tied.name)):
                speaker = _strip_determiner(lex, subject.mention)  # "el ejército israelí confirmó": the body
                # itself, not a person who speaks for it nor the last speaker ("la agencia" is still ACNUR)
            elif tied is not None:
                speaker = resolve_in_article(tied.name, names)
            elif not lex.speaks(subject.mention) and RE_NEWCOMER_TITLE.match(subject.mention):
                speaker = _strip_determiner(lex, subject.mention)  # "«...», cuestionó una señora": someone new
                # described by no cue's noun (subjects._described_newcomer), not the last speaker (q11es)
            elif not lex.speaks(subject.mention):  # "«...», se alegró el suizo": a person described by no cue's
                # noun (subjects._described_person)
                described_person = _described_person_speaker(
                    lex, text, runs, item, marks, full, last_person, last, last_end
                )
                if described_person is None:
                    continue  # nobody it can stand for: no statement, as when the noun was read as no subject
                speaker = described_person  # the person introduced or speaking last
            elif (
                last is not None
                and not _names_another(lex, subject.mention, last)
                and _role(lex, read_in_turn(last))
                in (
                    lex.role_of(subject.mention),
                    "unknown",
                )
            ):
                speaker = last
            elif (
                last is None
                and (named := _introduced_before(lex, text, runs, item.position, marks, full))
                and (_role(lex, described(named) or [named]) in (lex.role_of(subject.mention), "unknown"))
            ):
                speaker = named  # nobody has spoken yet: the person introduced ("El presidente Evo Morales ...
                # «...», sostuvo el mandatario")
            elif (
                last is not None
                and _is_person(lex, last)
                and _anaphoric(lex, text, subject.mention, item.position, last_end)
            ):
                speaker = last  # "«...», remarcó el economista" after the governor Carstens spoke: a description
                # of another role that introduced nobody is the last person speaking described again
            elif (
                last is not None
                and lex.language == "es"
                and _is_person(lex, last)
                and all(said == last for _, said in resolved)
                and _anaphoric_of_sole_speaker(lex, text, subject.mention, item.position)
            ):
                speaker = last  # "la presidenta del Banco Central, Rosanna Costa, señaló ... Por otro lado, la
                # economista resaltó": the only person who has spoken, described again paragraphs later (q11es)
            else:
                speaker = _strip_determiner(lex, subject.mention)
                untied.setdefault(speaker, item)
            titles.setdefault(speaker, []).append(subject.mention)
        elif subject.kind == "pronoun" and subject.mention and fold(subject.mention) in DEMONSTRATIVE:
            speaker = (
                _latter(lex, text, runs, item.position, marks, full)
                or _named_before(lex, runs, item.position, marks, full)
                or last_person
            )
        elif subject.kind == "pronoun" and subject.mention and fold(subject.mention) in PERSONAL:
            speaker = last_person or _named_before(lex, runs, item.position, marks, full)
            if last_person is not None and (
                newcomer := _introduced_before(lex, text, runs, item.position, marks, full, since=last_end)
            ):
                speaker = newcomer
            if resolved and (reporter := _reported_just_before(doc, lex, item, *resolved[-1])):
                speaker = reporter  # "Councillor Vicki Harris, who said ... She said: “...”": the one who
                # just reported, said in passing or a title, not the last person named who spoke before
            if speaker and _pronoun_disagrees(lex, text, runs_of.get(speaker, ()), subject.mention, genders):
                other = _named_before(lex, runs, item.position, marks, full)  # "“...,” wailed Ann Lee, as she
                if other and not _pronoun_disagrees(lex, text, runs_of.get(other, ()), subject.mention, genders):
                    speaker = other  # fell. Her boyfriend, Tom Ray, stood by. “...,” he said.": not she
        elif (
            subject.description == "gerund"
            and passing is not None
            and _goes_on_in_passing(doc, lex, runs, names, passing, item.position)
        ):
            resolved.append((item, passing[0]))  # "Lavrov, quien subrayó la «...», añadiendo que ...": the gerund
            continue  # goes on from the relative clause's verb, said in passing as it was
        else:
            speaker = last
            if subject.kind == "implied":  # "Mauro Cifuentes también vivió el incendio. «...», narró": the person
                opener = _previous_subject(doc, _sentence_bounds(doc, item.position)[0], lex, runs)  # just named
                named = resolve_in_article(opener.name, names) if opener.name else None
                if named and len(named.split()) > 1 and _is_person(lex, named) and not _is_place(named, lex.language):
                    speaker = named
                elif speaker is None and (not item.direct or _verb_beside(lex, text, item.start, item.end)):
                    # nobody has spoken yet, a verb with no subject: the person introduced as a clause's subject
                    speaker = _introduced_before(lex, text, runs, item.position, marks, full)
                    if speaker is None and (mention := _title_introduced_before(doc, lex, runs, item.position)):
                        tied = _tied(lex, text, runs, mention, item.position, marks)  # else the title alone:
                        speaker = resolve_in_article(tied.name, names) if tied else _strip_determiner(lex, mention)
                        titles.setdefault(speaker, []).append(mention)  # "El entrenador no ocultó ... «...», aseguró"
                elif speaker is not None and (
                    newcomer := _introduced_before(lex, text, runs, item.position, marks, full, since=last_end or 1)
                ):  # (since the article's start when the last speaker is the lede's subject: still a clause's
                    # subject, not "uno de sus ex contrincantes, Floyd Mayweather, y no dudó": q11es)
                    speaker = newcomer  # "«...», dijo Romero. Por su parte, la senadora X, repudió ... «...»": a
                    # person introduced as a clause's subject since the last statement is who goes on
        if speaker is None:
            continue
        if subject.description == "relative":  # "X, quien ha dicho que ...": said in passing
            resolved.append((item, speaker))
            passing = (speaker, _sentence_bounds(doc, item.position))
            continue
        last, last_end = speaker, item.end
        if _is_person(lex, speaker):
            last_person = speaker
        resolved.append((item, speaker))
    if untied:
        resolved = _tie_forward(lex, text, resolved, untied, titles, described)
    roles: dict[str, str] = {}
    for _, speaker in resolved:
        if speaker not in roles:
            # described(speaker) or [speaker]: a speaker's lists of runs and titles are never empty, only absent
            known = speaker in runs_of or speaker in titles
            roles[speaker] = _role(lex, read_in_turn(speaker) if known else [speaker])
    return [(item, speaker, roles[speaker]) for item, speaker in resolved]


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


def _reported_just_before(doc: Doc, lex: SourceLexicon, item: _Found, before: _Found, speaker: str) -> str | None:
    """The speaker of the statement ``before`` (the one resolved last) that ``he``/``she`` in ``item`` stands for:
    an indirect statement in the same sentence or the one before ("Councillor Vicki Harris, who said the comments
    had cut their legs. She said: “...”", "one resident said the issues had gone on too long. He said: “...”"),
    its speaker one person: a name of a person or a singular title (q11en, a kind of held-out6 and 8's misses: the
    pronoun went to the last person who had spoken before, named by a full name). English only.

    >>> from analysis.corpus.records import Article
    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.subjects import _Subject
    >>> from analysis.text import build
    >>> text = "One resident said it went on too long.\\nHe said: “It is not just me.”"
    >>> doc = build([Article("a", text, language="en")]).docs[0]
    >>> said = _Found(4, _Subject("title", "One resident"), text.index("it"), text.index("."), False)
    >>> quoted = _Found(text.index("He"), _Subject("pronoun", "He"), text.index("It"), text.index(".”"), True)
    >>> _reported_just_before(doc, lexicon("en"), quoted, said, "resident")
    'resident'
    >>> _reported_just_before(doc, lexicon("en"), quoted, said, "residents") is None  # a group
    True
    """
    if lex.language != "en" or before.direct or before.end > item.start:
        return None
    a = _sentence_bounds(doc, min(item.start, item.position))[0]
    text = doc.article.text
    previous = len(text[:a].rstrip()) - 1  # the last character of the sentence before
    if previous >= 0 and before.end < _sentence_bounds(doc, previous)[0]:
        return None  # said two sentences or more before
    if before.subject.kind == "title":
        one = not _plural(lex, speaker) and lex.role_of(speaker) not in ("unknown", "media")
    else:
        one = _is_person(lex, speaker) and not _is_place(speaker, lex.language) and lex.role_of(speaker) != "media"
    return speaker if one else None


GENDER = {"he": "m", "his": "m", "him": "m", "himself": "m", "mr": "m", "she": "f", "her": "f", "hers": "f",
          "herself": "f", "mrs": "f", "ms": "f"}  # fmt: skip  # English words giving a person's gender
RE_GENDERED = re.compile(r"(?<!\w)(?:he|his|him|himself|she|her|hers|herself)(?!\w)|[.!?\n]", re.IGNORECASE)
RE_HONORIFIC = re.compile(r"(?<!\w)(mr|mrs|ms)\.?\s+$", re.IGNORECASE)


def _pronoun_disagrees(
    lex: SourceLexicon, text: str, runs: Sequence[NameRun], pronoun: str | None, genders: dict[str, str | None]
) -> bool:
    """Whether "he" or "she" (``pronoun``) cannot stand for the person named by ``runs``: the text gives them the
    other gender, by "Mr"/"Mrs"/"Ms" before a run or by the first gendered pronoun after one in its sentence ("wailed
    resident Ann Lee, as she fell"; q11en, a kind of held-out7's misses, as the pronoun went to the last person who
    spoke). English only; no gender written, no disagreement. ``genders`` keeps each person's, read once.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "“No,” wailed Ann Lee, as she fell. Her friend, Tom Ray, stood by his car. Mrs Ana Ames came."
    >>> runs = {r.name: [r] for r in name_runs(text, "en")}
    >>> [_pronoun_disagrees(lexicon("en"), text, runs[n], "he", {}) for n in ("Ann Lee", "Tom Ray", "Ana Ames")]
    [True, False, True]
    """
    wanted = GENDER.get(fold(pronoun or ""))
    if lex.language != "en" or wanted is None or not runs:
        return False
    key = runs[0].name
    if key not in genders:
        genders[key] = _written_gender(text, runs)
    found = genders[key]
    return found is not None and found != wanted


def _written_gender(text: str, runs: Sequence[NameRun]) -> str | None:
    """The gender the text writes for the person of ``runs`` (see :func:`_pronoun_disagrees`), None if none."""
    for run in runs:
        honorific = RE_HONORIFIC.search(text, max(0, run.start - 5), run.start)
        word = honorific.group(1) if honorific else None
        if word is None:
            after = RE_GENDERED.search(text, run.end, run.end + 160)
            word = after.group() if after and after.group()[0].isalpha() else None
        if word is not None:
            return GENDER[fold(word)]
    return None


RE_INDEFINITE_EN = re.compile(r"(?:a|an)\s", re.IGNORECASE)


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


def _goes_on_in_passing(
    doc: Doc,
    lex: SourceLexicon,
    runs: list[NameRun],
    names: dict[tuple[str, ...], str],
    passing: tuple[str, tuple[int, int]],
    position: int,
) -> bool:
    """Whether a gerund with no subject of its own at ``position`` goes on from the relative clause last said in
    passing (``passing``: its speaker and sentence): "Las declaraciones de Peskov se producen en línea con las del
    canciller ruso, Serguéi Lavrov, quien subrayó la «...» que unen a Moscú y Caracas, añadiendo que ambos países
    son «...»" → Lavrov, not the last speaker (Peskov). A gerund hangs on the nearest verb before it; the rule
    holds when the relative statement stands in the gerund's sentence and the person opening that sentence, if
    any, is the relative's speaker: in "Luis Gómez, que habló tras la ministra Ana Ruiz, quien pidió «calma», cerró
    el acto asegurando que ..." the gerund is Gómez's, and the rule stays out (the seeds' 000, session 13).

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.text import build
    >>> from analysis.corpus.records import Article
    >>> from analysis.sources.names import name_runs
    >>> text = "El acto cerró con la ministra Ana Ruiz, quien pidió «calma», añadiendo que todo irá bien."
    >>> doc = build([Article("a", text, language="es")]).docs[0]
    >>> runs = name_runs(text, "es")
    >>> bounds = _sentence_bounds(doc, 0)
    >>> _goes_on_in_passing(doc, lexicon("es"), runs, {}, ("Ana Ruiz", bounds), text.index("añadiendo"))
    True
    >>> text = "Luis Gómez, que habló tras Ana Ruiz, quien pidió «calma», cerró asegurando que todo irá bien."
    >>> doc = build([Article("a", text, language="es")]).docs[0]
    >>> runs, bounds = name_runs(text, "es"), _sentence_bounds(doc, 0)
    >>> _goes_on_in_passing(doc, lexicon("es"), runs, {}, ("Ana Ruiz", bounds), text.index("asegurando"))
    False
    """
    speaker, bounds = passing
    if bounds != _sentence_bounds(doc, position):
        return False
    opening = _opening_subject(doc.article.text[bounds[0] : position], position, lex, runs)
    return opening is None or opening.name is None or resolve_in_article(opening.name, names) == speaker


def _names_a_body(lex: SourceLexicon, mention: str) -> bool:
    """Whether a title's head noun, right after its determiner, names a body (lexicon ``body_nouns``: "el ejército
    israelí", "la Fiscalía"), not a person (q8rules, a kind of held-out7's misses).

    >>> from analysis.sources.lexicon import lexicon
    >>> [_names_a_body(lexicon("es"), m) for m in ("el ejército israelí", "la Fiscalía", "el portavoz del Ejército")]
    [True, True, False]
    """
    words = fold(_strip_determiner(lex, mention)).split()
    return bool(words) and (words[0] in lex.body_nouns or " ".join(words[:2]) in lex.body_nouns)


def _named_before(
    lex: SourceLexicon, runs: list[NameRun], position: int, marks: list[tuple[int, int]], full: dict[str, str]
) -> str | None:
    """The person last named before ``position`` outside quotations, by a full name (two words or more, as
    written or completed from the article): whom "he said" stands for when nobody has spoken yet
    ("... according to the study by watchdog David Bolt. ... He said: ‘...’").

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "Lahaina burned, Gov. Josh Green said. Green spoke from Honolulu. He said: “It hurts.”"
    >>> runs = name_runs(text, "en")
    >>> _named_before(lexicon("en"), runs, text.index("He said"), [], {r.name: r.name for r in runs} | {"Green": "Josh Green"})
    'Josh Green'
    """
    starts, ends = _mark_bounds(marks)
    for run in reversed(runs[: bisect.bisect_left(_starts(runs), position)]):  # the runs before ``position``
        if _inside(run.start, starts, ends):
            continue
        name = full.get(run.name, run.name)
        if len(name.split()) > 1 and _is_person(lex, name) and not set(fold(name).split()) & TITLE_LINKS:
            return name
    return None


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
    for run in reversed(runs[:after]):
        if run.start < since:
            return None
        if (
            since
            and not RE_SUBJECT_VERB.match(text, run.end)
            and not _titled_in_new_paragraph(lex, text, run, since)
            and not _subject_of_apposition(lex, text, run)
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
        word = words[-1] if words else ""
        if fold(word) in VENUE_LINKS:
            continue  # "habló en conferencia de prensa en Roland Garros": a venue, not who else may speak
        if {"y", "e", "and"} & {fold(w.strip(",")) for w in words[-4:]}:
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
        opens = (
            not before
            or before[-1] in ".,;:?!\n"  # "¿Cómo fue?\nLucía se encontraba ...": after a question too
            or (lex.speaks(word) and not lex.determiner.fullmatch(word + " "))
            or lex.verb.fullmatch(word) is not None
            or word in lex.clause_openers  # "En tanto que Juan Carlos Romero votó a favor"
            or (since and _titled_in_new_paragraph(lex, text, run, since))
            or (since and _subject_of_apposition(lex, text, run))
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


def _latter(
    lex: SourceLexicon,
    text: str,
    runs: list[NameRun],
    position: int,
    marks: list[tuple[int, int]],
    full: dict[str, str],
) -> str | None:
    """Whom "éste" / "ésta" (the latter) stands for: the person named right before it, by any spelling ("se
    abrazó con Rubiales y éste afirmó": Rubiales, though the article never gives his full name); not a name
    inside an apposition ("la señora X, madre de Jessica, ésta dijo").

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "La fiscal Marta Durántez preguntó. Se abrazó con Rubiales y éste afirmó: «Ganamos»."
    >>> runs = name_runs(text, "es")
    >>> _latter(lexicon("es"), text, runs, text.index("éste"), [], {r.name: r.name for r in runs})
    'Rubiales'
    """
    starts, ends = _mark_bounds(marks)
    for run in reversed(runs[: bisect.bisect_left(_starts(runs), position)]):  # the runs before ``position``
        if _inside(run.start, starts, ends):
            continue
        if position - run.end > 60:
            return None
        if fold(text[max(0, run.start - 12) : run.start]).split()[-1:] in ([w] for w in TITLE_LINKS):
            continue
        name = full.get(run.name, run.name)
        return name if _is_person(lex, name) and not _is_place(name, lex.language) else None
    return None


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
        if run is not None and not head.rstrip().endswith(",") and not lex.speaks(head):
            run = None  # "The death toll from an earthquake which rocked Central America": an object
    if run is not None and not _is_person(lex, run.name):  # "White House press secretary Sean Spicer reacted"
        at = bisect.bisect_right(_starts(runs), run.start)
        after = runs[at] if at < len(runs) else None
        title = text[run.end : after.start] if after is not None else ""
        if after is not None and RE_LOWER_TITLE.fullmatch(title) and lex.speaks(title):
            run = after
    if run is None or len(run.name.split()) < 2 or not RE_LEDE_VERB.match(text, run.end):
        return None  # "X, y el presidente Y, protagonizaron": two subjects, neither is the lede's speaker
    if not _is_person(lex, run.name) or _is_place(run.name, doc.article.language):
        return None
    return resolve_in_article(run.name, names)


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


RE_DEFINITE_BEFORE = re.compile(r"(?<!\w)(?:el|la)\s+$", re.IGNORECASE)


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
    if not name or not _title_word_alone(lex, name):
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
    subject read by subjects._described_person) stands for in a direct statement (q11es): the person introduced as a
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
    """
    if not item.direct:
        return None
    if last is None:  # nobody has spoken yet: as for a verb with no subject beside its quotation
        beside = _verb_beside(lex, text, item.start, item.end)
        return _introduced_before(lex, text, runs, item.position, marks, full) if beside else None
    newcomer = _introduced_before(lex, text, runs, item.position, marks, full, since=last_end)
    return newcomer or last_person or last
