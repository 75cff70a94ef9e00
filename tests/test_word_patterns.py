"""The first letters' lookahead of a word list (``word_patterns.initials_regex``) changes no match, only speed.

:func:`~analysis.casualties.word_patterns.words_regex` puts it after its word boundary, so that a search fails at
a position where no entry can start at one character class, instead of trying each entry (under IGNORECASE the
regex engine cannot skip an entry by its first letter). A letter without case matches its other cases and a few
look-alikes ("ſ" for "s", the Kelvin sign for "k"): the class must let through exactly what an entry's own first
character lets through, for every code point, with and without IGNORECASE; and patterns built from the lists must
find on real coverage what they found without it.
"""

from __future__ import annotations

import re
import string
import sys
from importlib import resources

import pytest

from analysis.casualties.cues import cues_for
from analysis.casualties.slot_places import _slots, slot_starts
from analysis.casualties.word_patterns import entry_regex, initials_regex, lexicon, words_regex
from analysis.safe_yaml import load_yaml
from analysis.text import fold
from tests.mixed import mixed_corpus

EVERY_CHARACTER = "".join(map(chr, range(sys.maxunicode + 1)))
# A lookahead right after a word boundary, as words_regex writes it.
RE_LOOKAHEAD = re.compile(r"\(\?<!\[\\w\]\)\(\?=\[[^\]]*\]\)")


def _strings(value: object):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _first_characters() -> list[str]:
    """Every first character an entry of the lexicons has (folded), and some more a list could have."""
    found = {
        fold(word)[:1]
        for path in resources.files("analysis.lexicons").iterdir()
        if path.name.endswith(".yaml")
        for word in _strings(load_yaml(path.read_text(encoding="utf-8")))
    }
    return sorted((found | set(string.ascii_lowercase + string.digits + "ñçß'\"«“(¿¡$%&.,/-_#")) - {""})


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_the_lookahead_lets_through_what_the_first_character_matches(flags: int) -> None:
    characters = _first_characters()
    assert {"a", "s", "k", "v", "#"} <= set(characters)
    for c in characters:
        starts = {m.start() for m in re.compile(entry_regex(c), flags).finditer(EVERY_CHARACTER)}
        through = {m.start() for m in re.compile(initials_regex([c]), flags).finditer(EVERY_CHARACTER)}
        assert starts == through, c
    if flags:
        assert ord("ſ") in {m.start() for m in re.compile(initials_regex(["sala"]), flags).finditer(EVERY_CHARACTER)}


def test_the_lookahead_of_a_list_is_its_entries_first_characters() -> None:
    assert initials_regex(["Árbol", "ola", "estadio"]) == "(?=[aeoáéó])"
    assert initials_regex([]) == "" and initials_regex([" en", "in"]) == ""  # an entry starting with a space: none
    assert words_regex(["en", "in"]) == r"(?<![\w])(?=[eiéí])(?:[eé](?:n)|[ií](?:n))(?![\w])"


def _patterns() -> list[re.Pattern[str]]:
    """The place slots and cue patterns searched for a claim's kind and counted phrase, in both languages."""
    names = ("before", "noun", "toll_noun", "nationality")
    return [_slots()[0], *(getattr(cues_for(language), n) for language in ("es", "en") for n in names)]


def test_patterns_find_on_real_coverage_what_they_found_without_the_lookaheads() -> None:
    articles, _ = mixed_corpus(files=("claims_dev.json",))  # the dev claims excerpts and the seeds
    texts = [a.text for a in articles] + ["Murieron 3 en la ciudad de Tinguir; el sismo azotó Al Haouz y San Juan."]
    found = 0
    patterns = _patterns()
    for pattern in patterns:
        source = pattern.pattern
        if pattern is patterns[0]:  # the place slots also look ahead for where any slot may start
            assert source.startswith(slot_starts(lexicon("place_slots")) + "(?:")
            source = source.removeprefix(slot_starts(lexicon("place_slots")))
        plain_source, removed = RE_LOOKAHEAD.subn(r"(?<![\\w])", source)
        assert removed > 0, pattern.pattern[:80]
        plain = re.compile(plain_source, pattern.flags)
        for text in texts:
            ours = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            assert ours == [(m.span(), m.groupdict()) for m in plain.finditer(text)], pattern.pattern[:80]
            found += len(ours)
    assert found > 1000  # the patterns match real coverage many times: the comparison is not vacuous


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_no_character_matches_two_first_pieces(flags: int) -> None:
    """words_regex groups the entries opening with the same piece behind it (``_by_first_piece``): that keeps every
    match only if no character can open entries of two groups. Checked for every code point, for every first
    character the lexicons have."""
    seen: dict[int, str] = {}
    pieces = {entry_regex(c) for c in _first_characters()}  # "ç" folds to "c": one piece, one group
    assert len(pieces) > 30
    for piece in pieces:
        for m in re.compile(piece, flags).finditer(EVERY_CHARACTER):
            assert seen.setdefault(m.start(), piece) == piece, (hex(m.start()), seen[m.start()], piece)


def test_every_word_list_grouped_finds_what_its_plain_alternation_found() -> None:
    """Each list of the lexicons as words_regex writes it (grouped by first piece) against the plain alternation of
    its entries in the same order, on real coverage and on the lists' own entries written in capitals."""
    articles, _ = mixed_corpus(files=("claims_dev.json",))
    lists = [
        [w for w in value if isinstance(w, str)]
        for path in resources.files("analysis.lexicons").iterdir()
        if path.name.endswith(".yaml")
        for value in _lists(load_yaml(path.read_text(encoding="utf-8")))
    ]
    lists = [words for words in lists if len(words) > 1]
    text = "\n".join([a.text for a in articles] + [" ".join(w.upper() for words in lists for w in words)])
    found = 0
    for words in lists:
        unique = sorted({w.lower() for w in words if w}, key=lambda w: (-len(w), w))
        plain = r"(?<![\w])" + initials_regex(unique) + "(?:" + "|".join(map(entry_regex, unique)) + r")(?![\w])"
        grouped = re.compile(words_regex(words), re.IGNORECASE)
        ours = [m.span() for m in grouped.finditer(text)]
        assert ours == [m.span() for m in re.compile(plain, re.IGNORECASE).finditer(text)], words[:5]
        found += len(ours)
    assert len(lists) > 50 and found > 5000


def _lists(value: object):
    if isinstance(value, list):
        yield value
    if isinstance(value, dict):
        for v in value.values():
            yield from _lists(v)
