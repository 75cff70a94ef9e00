"""The words of a text that may open a place name (:mod:`analysis.corpus.places` reads names only from them):
capitalised words, a lower-case head ("condado de Buncombe") and an Arabic article before a capital ("el-Fasher").

Each is a token of :data:`RE_WORD` read as a name reads it (:func:`_word_key`: a possessive outside the name, a final
point not folded). The heads are found by three patterns that each open with a letter or a literal, so the regex
engine skips in C to the next place one may match, and only their tokens are folded (:func:`_heads`); the rest of
the text, most of it, is never split.

>>> text = "Murieron 3 en el condado de Harris y en el-Fasher."
>>> _heads(text, 0, len(text))
[(0, 8, 'murieron'), (17, 24, 'condado'), (28, 34, 'harris'), (40, 50, 'el-fasher')]
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from operator import itemgetter

from analysis.corpus.gazetteer import fold
from analysis.regex_cache import compiled

__all__ = ["LOWER_HEADS", "POSSESSIVE", "RE_ARTICLE_NAME", "RE_HEAD", "RE_WORD"]

# Lower-case words that may open a name, followed by a capitalised one ("condado de Buncombe").
LOWER_HEADS = frozenset({"condado"})
POSSESSIVE = ("'s", "’s")
RE_WORD = compiled(r"[^\W\d_]+(?:['’.\-][^\W\d_]+)*\.?")


@cache
def _fold_word(word: str) -> str:
    return fold(word)


# Where the tokens of RE_WORD start: a letter neither right after a letter nor after a letter and a joiner
# (RE_WORD joins "a-b", "a.b", "a'b"). Only the starts whose word may open a name are looked for: a capital
# or a rare letter, or a "c" opening "condado" (the lower-case head) or a word with a letter beyond ASCII
# (it may fold to "condado"). Lower-case ASCII letters and accented vowels, most words, fold to no "c".
# The letter is matched first and the characters before it checked after (the engine rejects most
# positions at the letter: twice as fast as the lookbehinds first).
RE_CANDIDATE = compiled(
    r"(?:[^\W\d_a-záéíóúñüàèìòùâêîôûäëïö]|c(?:(?=(?i:ondado)(?![^\W\d_]))|(?![a-zA-Z]*(?![^\W\d_])))|[ea](?=l-[A-Z]))"
    r"(?<![^\W\d_].)(?<![^\W\d_]['’.\-].)"
)


# A name opened by a lower-case Arabic article and a hyphen ("el-Fasher", "al-Mukalla"): it may open a name too.
RE_ARTICLE_NAME = compiled(r"[ea]l-[A-ZÁÉÍÓÚ]")


# RE_CANDIDATE, then the rest of its token of RE_WORD read by a lookahead: one pass of the engine gives each
# head's start and end. The match itself stays one character long, so the search goes on at the next
# position as RE_CANDIDATE's does (a head inside a token, "Lorca_Murcia", is found too).
TOKEN_BODY = r"[^\W\d_]*(?:['’.\-][^\W\d_]+)*\.?"  # a token of RE_WORD after its first letter
TOKEN_REST = rf"(?=({TOKEN_BODY}))"
RE_HEAD = re.compile(RE_CANDIDATE.pattern + TOKEN_REST)
# RE_HEAD in three patterns that each open with a letter or a literal, so the engine skips in C to the next
# position where one can match (RE_HEAD's alternation is tried at every position: 4 times slower). A head is
# a capital or a rare letter; or a lower-case "c" opening a word of 6 to 9 letters (all a word folding to
# "condado" can be: its other "c" words are dropped as RE_HEAD's are); or "el-"/"al-" before a capital.
WORD_START = r"(?<![^\W\d_].)(?<![^\W\d_]['’.\-].)"  # after the letter: it starts a token of RE_WORD
# RE_CANDIDATE's capital or rare letter, ``[^\W\d_a-záéíóúñüàèìòùâêîôûäëïö]``, written as a class of code points
# alone (every ASCII character but A-Z, and the lower-case accented vowels and ñ, left out), then the letter test
# behind it: a class with no category in it is a table the engine skips through in C, the category class tested each
# character (the same characters, every code point compared by a test; the whole search a quarter faster).
CAPITAL_OR_RARE = r"[^\x00-@\[-`a-z{-\x7fáéíóúñüàèìòùâêîôûäëïö](?<=[^\W\d_])"
RE_CAPITAL_HEAD = compiled(CAPITAL_OR_RARE + WORD_START + TOKEN_REST)
# RE_CAPITAL_HEAD with its token matched, not looked ahead at: each match is a head's whole token, with no slice to
# cut. The search going on past the token finds the same heads: none starts inside a token (each of its letters
# follows a letter, or a letter and a joiner).
RE_CAPITAL_TOKEN = compiled(CAPITAL_OR_RARE + WORD_START + TOKEN_BODY)
RE_LOWER_HEAD = compiled(r"c(?=[^\W\d_]{5,8}(?![^\W\d_]))" + WORD_START + TOKEN_REST)
RE_ARTICLE_HEAD = compiled(r"[ea](?=l-[A-Z])" + WORD_START + TOKEN_REST)
assert all(w.startswith("c") for w in LOWER_HEADS), "RE_LOWER_HEAD finds lower-case heads opening with a c"


@lru_cache(maxsize=1 << 16)
def _word_key(word: str) -> tuple[int, str]:
    """(length, folded form) of a token of RE_WORD as a name reads it: a possessive is not part of the name
    ("Libya's Derna" names Libya: "'s" stays outside), a final point is not folded. Memoised: names recur.

    >>> _word_key("Libya's"), _word_key("U.S."), _word_key("Córdoba")
    ((5, 'libya'), (4, 'u.s'), (7, 'cordoba'))
    """
    length = len(word)
    if word.endswith(POSSESSIVE):
        word, length = word[:-2], length - 2
    return length, _fold_word(word.rstrip("."))


def _token(text: str, start: int, end: int) -> tuple[int, int, str]:
    """The token of RE_WORD starting at ``start`` (a token start): its start, end and folded form (a final
    point dropped, a possessive outside: :func:`_word_key`)."""
    match = RE_WORD.match(text, start, end)
    assert match is not None  # a token start is a letter
    length, folded = _word_key(match.group())
    return start, start + length, folded


def _heads(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The tokens of ``text[start:end]`` that may open a name: capitalised, or a lower-case head ("condado")."""
    first = RE_WORD.search(text, start, end)
    if first is None:
        return []
    # The first token starts wherever ``start`` falls (mid-word too); the others where the whole text's do.
    head = _token(text, first.start(), end)
    upper = text[head[0]].isupper() or RE_ARTICLE_NAME.match(text, head[0])  # "el-Fasher": an Arabic article
    heads = [head] if upper or head[2] in LOWER_HEADS else []
    after = first.end()
    found = [(m.start(), m.group()) for m in RE_CAPITAL_TOKEN.finditer(text, after, end)]
    lower = [(m.start(), m.end(1)) for m in RE_LOWER_HEAD.finditer(text, after, end)]
    if text.find("l-", after, end) >= 0:
        lower += [(m.start(), m.end(1)) for m in RE_ARTICLE_HEAD.finditer(text, after, end)]
    if lower:  # most are other words opening with a "c": only the lower-case heads are kept
        lower = [(s, e) for s, e in lower if _word_key(text[s:e])[1] in LOWER_HEADS or RE_ARTICLE_NAME.match(text, s)]
    if lower:  # RE_HEAD's matches, in text order (the three patterns' letters differ: no position twice)
        found = sorted(found + [(s, text[s:e]) for s, e in lower])
    # Each token's word key, looked up in C (map); the loop keeps the heads.
    keys = map(_word_key, map(itemgetter(1), found))
    heads += [
        (s, s + length, folded)
        for (s, _), (length, folded) in zip(found, keys)
        if text[s].isupper() or folded in LOWER_HEADS or RE_ARTICLE_NAME.match(text, s)
    ]
    return heads


def _around(
    head: tuple[int, int, str], by_start: dict[int, tuple[int, int, str]], by_end: dict[int, tuple[int, int, str]]
) -> tuple[list[tuple[int, int, str]], int]:
    """The capitalised words one character before and after ``head`` (where rule 5 looks), and ``head``'s index.

    A word farther away is not joined to it by one space, and a lower-case one is no part of a name: rule 5
    reads neither.
    """
    before, after = by_end.get(head[0] - 1), by_start.get(head[1] + 1)
    words = ([before] if before else []) + [head] + ([after] if after else [])
    return words, 1 if before else 0
