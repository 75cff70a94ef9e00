"""Lookaheads for the first letters of a word list (``word_patterns.initials_regex``) change no match, only speed.

The place slots (``casualties.slot_places``) put one before each list of words a slot starts with, so that a
position where no entry can start fails at one character class. Under IGNORECASE a letter matches its other cases
and a few look-alikes ("ſ" for "s", the Kelvin sign for "k"): the class must let through every character an entry's
own first letter lets through, for every code point, and the slots must find what they found without it.
"""

from __future__ import annotations

import re
import sys

import pytest

from analysis.casualties.slot_places import _slots
from analysis.casualties.word_patterns import entry_regex, initials_regex, lexicon
from analysis.text import fold
from tests.mixed import mixed_corpus

SLOT_LISTS = ("prepositions", "heads", "venues", "struck")
EVERY_CHARACTER = "".join(map(chr, range(sys.maxunicode + 1)))


@pytest.mark.parametrize("name", SLOT_LISTS)
def test_the_lookahead_lets_through_every_first_letter_of_the_list(name: str) -> None:
    words = lexicon("place_slots")[name]
    lookahead = initials_regex(words)
    assert lookahead.startswith("(?=[")
    # What each entry's first character matches (as words_regex writes it), and what the lookahead lets through.
    firsts = re.compile("|".join(entry_regex(fold(w)[0]) for w in words), re.IGNORECASE)
    passed = re.compile(lookahead, re.IGNORECASE)
    starts = {m.start() for m in firsts.finditer(EVERY_CHARACTER)}
    through = {m.start() for m in passed.finditer(EVERY_CHARACTER)}
    assert starts == through  # the same characters
    if any(fold(w)[0] == "s" for w in words):
        assert ord("ſ") in starts  # look-alikes too: the long s matches "s" without case
    assert starts >= {EVERY_CHARACTER.index(c) for w in words for c in (w[0].lower(), w[0].upper())}


def test_an_entry_starting_with_a_space_or_no_entry_gets_no_lookahead() -> None:
    assert initials_regex([]) == "" and initials_regex([" en", "in"]) == ""
    assert initials_regex(["Árbol", "ola"]) == "(?=[aoáó])"


def test_the_slots_find_what_they_found_without_the_lookaheads() -> None:
    pattern, _ = _slots()
    source = pattern.pattern
    for name in SLOT_LISTS:
        assert initials_regex(lexicon("place_slots")[name]) in source
        source = source.replace(initials_regex(lexicon("place_slots")[name]), "")
    plain = re.compile(source, pattern.flags)
    articles, _ = mixed_corpus()
    texts = [a.text for a in articles] + ["Murieron 3 en la ciudad de Tinguir; el sismo azotó Al Haouz y San Juan."]
    found = 0
    for text in texts:
        ours = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert ours == [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        found += len(ours)
    assert found > 300  # real coverage names places in slots: the comparison is not vacuous
