"""Whom a pronoun stands for: "he"/"she" for the one who reported just before, unless the text gives that
person the other gender ("Mr", "her"); the person last named by a full name; "éste"/"ésta" for the person named
right before it.

Split from :mod:`analysis.sources.speakers` (session 14), which resolves each statement's speaker with them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.names import POSSESSIVES, NameRun
from analysis.sources.persons import TITLE_LINKS, _is_person, _is_place, _plural
from analysis.sources.quote_marks import _inside
from analysis.sources.run_index import _starts
from analysis.sources.subjects import _Found, _sentence_bounds
from analysis.sources.titles import _mark_bounds
from analysis.text import Doc


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
    """The gender the text writes for the person of ``runs`` (see :func:`_pronoun_disagrees`), None if none, or if
    two of their mentions write different ones: "a meeting with US Assistant Secretary ... Nisha Desai Biswal at his
    office" (the subject's office) and "Nisha Desai Biswal told reporters that she came" (session 20, held-out14)."""
    found = None
    for run in runs:
        honorific = RE_HONORIFIC.search(text, max(0, run.start - 5), run.start)
        word = honorific.group(1) if honorific else None
        if word is None:
            after = RE_GENDERED.search(text, run.end, run.end + 160)
            word = after.group() if after and after.group()[0].isalpha() else None
        if word is not None:
            if found is not None and GENDER[fold(word)] != found:
                return None
            found = GENDER[fold(word)]
    return found


def _runs_before(runs: list[NameRun], position: int, marks: list[tuple[int, int]]) -> Iterator[NameRun]:
    """The name runs before ``position`` outside the quotations ``marks``, the nearest first: whom "he said" or
    "éste" may stand for (:func:`_named_before`, :func:`_latter`).

    >>> from analysis.sources.names import name_runs
    >>> text = "Ana Gil habló. «Luis Paz miente», dijo. Éste"
    >>> [r.name for r in _runs_before(name_runs(text, "es"), len(text), [(15, 31)])]
    ['Ana Gil']
    """
    starts, ends = _mark_bounds(marks)
    for run in reversed(runs[: bisect.bisect_left(_starts(runs), position)]):
        if not _inside(run.start, starts, ends):
            yield run


RE_KIN_BEFORE = re.compile(r"(?:^|\s)(?:her|his|their|su|sus)\s+(\w+)\s+$", re.IGNORECASE)


def _kin_named(lex: SourceLexicon, run: NameRun) -> bool:
    """Whether a one-word name is given right after a possessive and a kin word ("Anne lives with her son Alan, 77,
    who fears ...": whom "He said" stands for; session 20, branch read15): the kinship says a person is named.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> [_kin_named(lexicon("en"), r) for r in name_runs("She lives with her son Alan. Leeds won.", "en")]
    [True, False]
    """
    before = RE_KIN_BEFORE.search(run.text, max(0, run.start - 30), run.start)
    return before is not None and fold(before.group(1)) in lex.kin_cues


RE_THE_BEFORE = re.compile(r"(?<=[^\s.!?\n])\s+The\s+$")  # "... of The Glades Lake": a capitalised "The" mid-sentence


def _thing_named(run: NameRun) -> bool:
    """Whether a name is written after a capitalised "The" inside a sentence ("The retrofit of The Glades Lake
    boardwalk would be nixed"): the name of a thing, a work or a place (a person's name takes no article), so it is
    no one "he said" stands for (session 23, branch real23e: Your Local Examiner's shire president's quotations went
    to "Glades Lake"). A "The" opening a sentence is the sentence's.

    >>> from analysis.sources.names import name_runs
    >>> [_thing_named(r) for r in name_runs("The retrofit of The Glades Lake boardwalk stops. The Ana Ruiz case.", "en")]
    [True, False]
    """
    return RE_THE_BEFORE.search(run.text, max(0, run.start - 12), run.start) is not None


def _title_named(lex: SourceLexicon, run: NameRun) -> bool:
    """Whether a one-word name is written right after a person's title ("President Coales immediately swept in",
    lexicon ``person_titles``): the title says a person is named by a surname, as a kin word does
    (:func:`_kin_named`; session 23, branch real23e).

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> [_title_named(lexicon("en"), r) for r in name_runs("President Coales came. At Leeds, Coales spoke.", "en")]
    [True, False, False]
    """
    return len(run.name.split()) == 1 and lex.person_title.search(run.title) is not None


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

    A person's title before a possessive name makes it a person's ("despite President Uhuru Kenyatta’s order that
    they resume work. ... “...,” he said.": held-out25, spent in session 28, read25: the quotation went to no one); a
    possessive with no title is read as before ("the World Health Organization’s program": no one).

    >>> text = "The strike defied President Ann Lee’s order. The WHO’s Tom Hill wrote. “Go back,” he said."
    >>> runs = name_runs(text, "en")
    >>> _named_before(lexicon("en"), runs, text.index("“Go"), [], {r.name: r.name for r in runs})
    'Tom Hill'
    >>> _named_before(lexicon("en"), runs, text.index("The WHO"), [], {r.name: r.name for r in runs})
    'Ann Lee'
    """
    for run in _runs_before(runs, position, marks):
        name = full.get(run.name, run.name)
        if run.title and name.endswith(POSSESSIVES):
            name = full.get(name[:-2], name[:-2])  # "President Uhuru Kenyatta’s order": the person (read25)
        if (
            (len(name.split()) > 1 or _kin_named(lex, run) or _title_named(lex, run))
            and not _thing_named(run)
            and _is_person(lex, name)
            and not set(fold(name).split()) & TITLE_LINKS
            and not _is_place(name, lex.language)  # "her home in New Bern, N.C. ... she told": no place speaks
            and not _located(lex, run)
        ):
            return name
    return None


def _located(lex: SourceLexicon, run: NameRun) -> bool:
    """Whether the word right before a name makes it a place or a thing, no person a pronoun may stand for (lexicon
    ``unpersoning_words``: "going into Carrig Glas in Stradbally", "is from the Portarlington Graiguecullen Municipal
    District"; read19, a kind of held-out17's and held-out19's wrong speakers: "he said" went to that name, the last
    of two words, when the man speaking had no written gender).

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "Ann Lee said units are going into Carrig Glas in Stradbally."
    >>> [(r.name, _located(lexicon("en"), r)) for r in name_runs(text, "en")]
    [('Ann Lee', False), ('Carrig Glas', True), ('Stradbally', True)]
    """
    before = run.text[max(0, run.start - 12) : run.start].split()
    return bool(before) and fold(before[-1]) in lex.unpersoning_words


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
    for run in _runs_before(runs, position, marks):
        if position - run.end > 60:
            return None
        if fold(text[max(0, run.start - 12) : run.start]).split()[-1:] in ([w] for w in TITLE_LINKS):
            continue
        name = full.get(run.name, run.name)
        return name if _is_person(lex, name) and not _is_place(name, lex.language) else None
    return None


# A name's apposition (commas around words in lower case first), then a gerund: "X, the chief executive of Y, tweeting"
RE_APPOSED_GERUND = re.compile(r"(?:\s*,\s*[a-z][^,.;:«»\"“”\n]{2,120})?\s*,\s*([a-z]+ing)\b")


def _speaking_since(
    lex: SourceLexicon, text: str, runs: list[NameRun], position: int, since: int, marks: list[tuple[int, int]]
) -> str | None:
    """The person named by a full name since the last statement (``since``) and before ``position``, whose name (and
    its apposition) a gerund of saying follows ("prompted by Sarah-Jane Marsh, the chief executive of Birmingham
    Women’s and Children’s trust, tweeting on Tuesday about ...": lexicon ``saying_gerunds``): whom an English
    "he"/"she" right after stands for, not the last person who spoke (read22b, a kind of held-out22's wrong
    speakers: a tweet's writer written before the quotation). The last full name only; None if it is followed by no
    such gerund.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "Tom Ray said so. It was prompted by Ana Gil, the trust's chief, tweeting about it. “No,” she said."
    >>> _speaking_since(lexicon("en"), text, name_runs(text, "en"), text.index("“"), 16, [])
    'Ana Gil'
    >>> text = "Tom Ray said so. It was prompted by Ana Gil, the trust's chief, on Tuesday. “No,” she said."
    >>> _speaking_since(lexicon("en"), text, name_runs(text, "en"), text.index("“"), 16, []) is None
    True
    """
    if lex.language != "en":
        return None
    starts, ends = _mark_bounds(marks)
    for run in reversed(runs[: bisect.bisect_left(_starts(runs), position)]):
        if run.start < since:
            return None
        if _inside(run.start, starts, ends) or len(run.name.split()) < 2 or not _is_person(lex, run.name):
            continue
        gerund = RE_APPOSED_GERUND.match(text, run.end)
        return run.name if gerund is not None and fold(gerund.group(1)) in lex.saying_gerunds else None
    return None
