"""Token patterns of the framing lexicons: the tests a lexicon's words compile to, and ``not_in`` contexts.

A word compiles, through the shared pipeline's :func:`analysis.text.tokenize` and
:func:`analysis.text.stem`, to one :class:`Test` per token: equal Snowball stem, equal
folded word (accents and case ignored), folded prefix (a word ending in ``*``), or any
number written in digits (``#``: "la barrera de los #" is "la barrera de los 1.000", a figure, no
border). The matching rule itself is documented in :mod:`analysis.framing.lexicon`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, NamedTuple

from analysis.text import fold, stem, tokenize

__all__ = ["NUMBER_MARK", "PREFIX_MARK", "Context", "Kind", "Test", "compile_phrase"]

Kind = Literal["stem", "word", "prefix", "number"]
PREFIX_MARK = "*"
NUMBER_MARK = "#"  # a word of a phrase that stands for any number written in digits


class Test(NamedTuple):
    """One token test of a pattern: ``kind`` compares the token's stem, folded word or folded prefix, or
    accepts a token of digits (``number``: the pipeline splits "1.000" into "1" and "000", so it is the first)."""

    kind: Kind
    value: str
    key: str  # the stem under which the pattern is indexed ("" for prefixes)

    def accepts(self, token: str, token_stem: str) -> bool:
        if self.kind == "stem":
            return token_stem == self.value
        if self.kind == "word":
            return fold(token) == self.value
        if self.kind == "number":
            return token.isdigit()
        return fold(token).startswith(self.value)


def compile_phrase(phrase: str, language: str, *, by_word: bool = False) -> tuple[Test, ...]:
    """The token tests a word or phrase compiles to in ``language`` (empty when it has no word).

    >>> [t.value for t in compile_phrase("Jefe de Estado", "es")]
    ['jef', 'de', 'estad']
    >>> [(t.kind, t.value) for t in compile_phrase("atac*", "es")]
    [('prefix', 'atac')]
    >>> [t.kind for t in compile_phrase("de los #", "es", by_word=True)]
    ['word', 'word', 'number']
    """
    tests = []
    words = phrase.split()
    for raw in words:
        if raw == NUMBER_MARK:
            tests.append(Test("number", "", ""))
            continue
        is_prefix = raw.endswith(PREFIX_MARK) and len(raw.rstrip(PREFIX_MARK)) > 0
        for token in tokenize(raw.rstrip(PREFIX_MARK) if is_prefix else raw):
            token_stem = stem(token, language)
            if is_prefix:
                tests.append(Test("prefix", fold(token), ""))
            elif by_word:
                tests.append(Test("word", fold(token), token_stem))
            else:
                tests.append(Test("stem", token_stem, token_stem))
    return tuple(tests)


class Context(NamedTuple):
    """A ``not_in`` phrase: word tests before the term, tests of the term's own words (empty for ``_``: any
    form), and tests after it. An occurrence at tokens [i, end) is excluded when all of them pass there."""

    before: tuple[Test, ...]
    slot: tuple[Test, ...]
    after: tuple[Test, ...]

    def covers(self, tokens: Sequence[str], stems: Sequence[str], start: int, end: int) -> bool:
        before, slot, after = self
        first, last = start - len(before), end + len(after)
        if first < 0 or last > len(tokens) or (slot and len(slot) != end - start):
            return False
        # Each part's tests at its own tokens (no tuple of every test and position made per occurrence).
        for at, tests in ((first, before), (start, slot), (end, after)):
            for j, test in enumerate(tests, start=at):
                if not test.accepts(tokens[j], stems[j]):
                    return False
        return True
