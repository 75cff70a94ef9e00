"""The counted phrase after a figure ("100 civiles muertos", "12 Cuban soldiers") and its group.

Steps 1 and 3 of :mod:`analysis.casualties.claims`: :func:`read_phrase` reads fillers, person nouns,
nationalities and kind nouns after a figure; :func:`group_of` names who is counted (step 4, who gives the
figures, is :mod:`analysis.casualties.attribution`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.casualties.cues import PHRASE_PATTERNS, Cues
from analysis.casualties.quantities import plain
from analysis.regex_cache import compiled

# Punctuation that ends a counted phrase or separates a verb from it.
RE_STOP = compiled(r"\s*[,;:()\[\]\"«»“”!?—–]|\.(?:\s|$)")


RE_WORD = compiled(r"\s*(?:-\s*)?([^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?)")


MAX_PHRASE_WORDS = 6
# The gap before a word of the phrase (spaces, a hyphen), a run of spaces, a run of non-space characters (what
# :meth:`.cues.Cues.may_start` reads).
RE_GAP = compiled(r"\s*(?:-\s*)?")
RE_SPACES = compiled(r"\s+")
RE_RUN = compiled(r"\S*")
# The bits of Cues.may_start, in the order of cues.PHRASE_PATTERNS.
NOUN, PARTICIPLE, NATIONALITY, GROUP, PERSON, NOT_PERSON, FILLER, CONJUNCTION, AFTER = (1 << i for i in range(9))
ALL = (1 << 9) - 1
assert len(PHRASE_PATTERNS) == 9


@dataclass
class Phrase:
    """What follows a figure: where the counted phrase ends and what it names."""

    end: int
    kind: str | None = None
    head: str | None = None  # "person", "unknown" or None for a bare number
    nouns: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    nationality: str | None = None
    possessive: bool = False
    not_person: bool = False
    capitalised: bool = False  # the first word of no lexicon is capitalised (a people's name: "Rohingya")


def read_phrase(text: str, pos: int, limit: int, lex: Cues, *, screened: bool = True) -> Phrase:
    """Read the counted phrase after a figure (step 1 of the module docstring).

    At each word, a lexicon's pattern is tried only where one of its entries may start (:meth:`.cues.Cues.may_start`
    of the word's run of non-space characters: most words start none); ``screened=False`` tries every pattern at
    every word, the same phrase, slower (tests compare both).
    """
    phrase = Phrase(pos)
    words = 0
    while pos < limit and words < MAX_PHRASE_WORDS:
        if RE_STOP.match(text, pos, limit):
            break
        gap = RE_GAP.match(text, pos, limit)
        at = gap.end() if gap else pos
        may = lex.may_start(RE_RUN.match(text, at, limit).group()) if screened else ALL  # type: ignore[union-attr]
        if (may & NOUN) and (m := lex.noun.match(text, at, limit)) and m.lastgroup:
            phrase.kind, phrase.head = phrase.kind or m.lastgroup, phrase.head or "person"
        elif (may & PARTICIPLE) and (m := lex.participle.match(text, at, limit)) and m.lastgroup:
            phrase.kind = phrase.kind or m.lastgroup
        elif (
            (may & NATIONALITY)
            and (m := lex.nationality.match(text, at, limit))
            and (lex.capital_demonyms or not m.group()[0].isupper())
        ):
            phrase.nationality = phrase.nationality or lex.nationalities.get(plain(m.group()))
            phrase.head = "person" if phrase.head != "unknown" or phrase.nationality else phrase.head
        elif (may & GROUP) and (m := lex.group.match(text, at, limit)):
            phrase.groups += (lex.groups[plain(m.group())],)
            phrase.head = "person"
        elif (may & PERSON) and (m := lex.person.match(text, at, limit)):
            # An unknown word before a person noun was an adjective ("presuntos miembros").
            phrase.nouns = (phrase.nouns if phrase.head == "person" else ()) + (m.group().lower(),)
            phrase.head = "person"
        elif (may & NOT_PERSON) and (m := lex.not_person.match(text, at, limit)):
            if phrase.head is None or phrase.head == "unknown":
                phrase.not_person = True
            break
        elif (may & FILLER) and (m := lex.filler.match(text, at, limit)):
            if lex.possessive.fullmatch(m.group()):
                phrase.possessive = True
        elif (may & CONJUNCTION) and (m := lex.conjunction.match(text, at, limit)):
            following = at + len(m.group())
            nxt = RE_SPACES.match(text, following, limit)
            start = nxt.end() if nxt else following
            if not any(p.match(text, start, limit) for p in (lex.group, lex.person, lex.nationality, lex.noun)):
                break
            if phrase.head == "person" and not phrase.kind and not any(
                p.match(text, start, limit) for p in (lex.group, lex.person, lex.nationality)
            ):
                break  # "the deaths of four people and injuries to 95 others": the kind noun starts another phrase
        elif _may_follow(text, pos, at, limit, lex, may, screened) and lex.after.match(text, pos, limit):
            break  # the counted phrase ends where its verb starts ("30 personas resultaron heridas")
        elif (m := RE_WORD.match(text, pos, limit)) and m.group(1).lower() not in lex.stops:
            phrase.head = phrase.head or "unknown"
            if phrase.head == "unknown" and not phrase.nouns:
                noun = m.group(1).lower()
                # A sentence's full stop is not part of the noun; a dotted abbreviation's last dot is.
                phrase.nouns = (noun[:-1] if noun.endswith(".") and "." not in noun[:-1] else noun,)
                phrase.capitalised = m.group(1)[:1].isupper()
            phrase.end = m.end()
            pos, words = m.end(), words + 1
            continue
        else:
            break
        phrase.end = m.end()
        pos, words = m.end(), words + 1
    return phrase


def _may_follow(text: str, pos: int, at: int, limit: int, lex: Cues, may: int, screened: bool) -> bool:
    """Whether ``lex.after`` (spaces, then a relative pronoun, adverb, auxiliary, participle or verb) may match at
    ``pos``: its first word starts after the spaces at ``pos``, which is ``at`` unless a hyphen came between."""
    if not screened:
        return True
    spaces = RE_SPACES.match(text, pos, limit)
    first = spaces.end() if spaces else pos
    if first == at:
        return bool(may & AFTER)
    return bool(lex.may_start(RE_RUN.match(text, first, limit).group()) & AFTER)  # type: ignore[union-attr]


def group_of(phrase: Phrase, sentence: str, offset: int, lex: Cues) -> str:
    """Step 3: nationality, possessive country, role, "total", or the noun itself."""
    if phrase.nationality:
        return phrase.nationality
    if phrase.possessive:
        countries = [m.group() for m in lex.country.finditer(sentence, 0, offset)]
        if countries:
            return lex.countries[plain(countries[-1])]
    groups = set(phrase.groups)
    if {"civilians", "military"} <= groups or "total" in groups:
        return "total"
    if len(groups) == 1:
        return groups.pop()
    if groups:
        return " and ".join(sorted(groups))
    if phrase.head == "person" and phrase.nouns:
        return " and ".join(phrase.nouns)
    if phrase.head == "unknown" and phrase.nouns and _names_people(phrase.nouns[0], phrase.capitalised):
        # a day after the figure dates it ("rose to 1,744 Monday", "300 Tuesday night"): it counts everyone
        noun = plain(phrase.nouns[0])
        return "total" if noun in lex.weekdays or noun in lex.months else phrase.nouns[0]
    return "total"


# Where the clause of a figure's words ends: the severity said after them is of this figure only ("1,204 injured,
# 721 of whom are in serious condition": 1,204 stops at the comma).
RE_CLAUSE_END = compiled(r"[,;:.()]|\s(?:y|e|and|while|mientras|but|pero)\s", re.IGNORECASE)
SEVERITY_REACH = 50  # characters after a figure's words its severity may be said in ("were in critical condition")


def severity_of(text: str, start: int, end: int, lex: Cues) -> str | None:
    """How badly the injured counted by the figure at ``text[start:end]`` (figure to verb) are hurt, when its clause
    says so: a part of the injured toll ("de los cuales 721 son de gravedad", "19 of those injured were in critical
    condition"), named by ``severity`` in ``lexicons/figures_*.yaml``; None for a toll that says nothing of it.

    >>> from analysis.casualties.cues import cues_for
    >>> text = "1,204 injured, 19 of those injured were in critical condition."
    >>> severity_of(text, 0, 13, cues_for("en")), severity_of(text, 15, 34, cues_for("en"))
    (None, 'critically injured')
    """
    stop = RE_CLAUSE_END.search(text, end, end + SEVERITY_REACH)
    found = lex.severity.search(text, start, stop.start() if stop else min(len(text), end + SEVERITY_REACH))
    return lex.severity_groups[int(found.lastgroup[1:])] if found and found.lastgroup else None


RE_NOT_A_NOUN = compiled(r".*(?:ly|ed|ing|less|ness|mente|ado|ada|ido|ida)$")


def _names_people(word: str, capitalised: bool) -> bool:
    """Whether a word of no lexicon after a figure can name who is counted: a plural noun ("campers",
    "excursionistas") or a people's name ("Rohingya"); not an adverb, a participle or an adjective ("safely",
    "confirmed", "lifeless": the claim then counts everyone, "total")."""
    return (word.endswith("s") or capitalised) and not RE_NOT_A_NOUN.fullmatch(word)
