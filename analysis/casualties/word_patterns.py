"""Lexicon files and the regexes of their entries: accent-insensitive, longest first, bounded by non-word characters.

Every casualty rule reads its word lists from ``analysis/lexicons/*.yaml`` through :func:`lexicon` and matches them
with :func:`words_regex` (an entry's vowels match with or without an accent, any run of spaces between its words);
:func:`plain` is the key the lists are looked up by ("Víctimas  MORTALES" -> "victimas mortales").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from analysis.regex_cache import compiled
from analysis.safe_yaml import packaged_yaml
from analysis.text import fold

__all__ = ["entry_regex", "first_words_regex", "initials", "initials_regex", "lexicon", "plain", "words_regex"]

RE_SPACES = compiled(r"\s+")
# What each vowel of a folded lexicon entry matches in text (ñ is not folded: it matches itself).
ACCENTS = {"a": "[aá]", "e": "[eé]", "i": "[ií]", "o": "[oó]", "u": "[uúü]"}


@cache
def lexicon(name: str) -> dict[str, Any]:
    """A YAML file of ``analysis/lexicons`` (cached; the parse shared with its other readers: ``packaged_yaml``)."""
    data = packaged_yaml(name)  # aliases refused, values counted, as every YAML read
    return data if isinstance(data, dict) else {}


def entry_regex(word: str) -> str:
    """Regex for a lexicon entry: accent-insensitive vowels (:func:`analysis.text.fold`), any run of spaces between words."""
    return "".join(_char_regex(ch) for ch in fold(word))


def _char_regex(ch: str) -> str:
    """What :func:`entry_regex` writes for one character of a folded entry (each piece matches one character)."""
    if ch in ACCENTS:
        return ACCENTS[ch]
    return r"\s+" if ch.isspace() else re.escape(ch)


def first_words_regex(words: Iterable[str]) -> str:
    r"""A pattern (to compile with IGNORECASE, as :func:`words_regex`'s) that matches at the start of every run of
    non-space characters where an entry of ``words`` may start: its first word (the pieces :func:`entry_regex`
    writes up to its first space) not followed by a word character. A text position where ``words_regex(words)``
    matches starts a run of non-space characters (up to the next space, or where the match is bounded) that this
    pattern matches on its own: each piece matches one non-space character, and after an entry's first word comes
    a space or what its ``(?![\w])`` allows. A run it does not match starts no entry: the entries' pattern need not
    be tried there. "" (matching every run) when an entry starts with a space.

    >>> bool(re.match(first_words_regex(["víctimas mortales", "muertos"]), "VICTIMAS", re.I))
    True
    >>> [bool(re.match(first_words_regex(["víctimas mortales", "muertos"]), run, re.I)) for run in ("muertos,", "muertosx")]
    [True, False]
    """
    firsts = set()
    for word in {w.lower() for w in words if w}:
        folded = fold(word)
        if not folded or folded[0].isspace():
            return ""
        first = []
        for ch in folded:
            if ch.isspace():
                break
            first.append(_char_regex(ch))
        firsts.add("".join(first))
    if not firsts:
        return r"(?!x)x"
    return "(?:" + "|".join(sorted(firsts, key=lambda f: (-len(f), f))) + r")(?![\w])"


def words_regex(words: Iterable[str]) -> str:
    """One alternation of lexicon entries, longest first, bounded by non-word characters, after a lookahead for the
    entries' first characters (:func:`initials_regex`).

    >>> bool(re.fullmatch(words_regex(["víctimas mortales"]), "victimas  mortales", re.I))
    True
    """
    unique = sorted({w.lower() for w in words if w}, key=lambda w: (-len(w), w))
    if not unique:
        return r"(?!x)x"
    # The first letters' lookahead: a search fails at most places at one character class (initials_regex).
    return r"(?<![\w])" + initials_regex(unique) + "(?:" + _by_first_piece(unique) + r")(?![\w])"


def _by_first_piece(entries: list[str]) -> str:
    """The alternation of ``entries`` (in their order) with the entries that open with the same piece of
    :func:`entry_regex` (the same folded first character) grouped behind it once: ``[aá](?:bc|d)|x(?:yz)``. The
    regex engine tries each alternative of an alternation in turn; grouped, a position whose character opens no
    entry of a group fails that group at one test instead of one per entry. The same matches: two different
    pieces match no character in common (each is one letter's case and accent forms, or one other character),
    so at any position only the entries of one group can match, and they stay in their order.

    >>> _by_first_piece(["tres", "dos", "trece", "x"])
    't(?:r[eé]s|r[eé]c[eé])|d(?:[oó]s)|x'
    """
    groups: dict[str, list[str]] = {}
    for entry in entries:
        pieces = [_char_regex(ch) for ch in fold(entry)]
        groups.setdefault(pieces[0], []).append("".join(pieces[1:]))
    return "|".join(
        first if rests == [""] else f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items()
    )


def initials_regex(words: Iterable[str]) -> str:
    """The lookahead :func:`words_regex` puts after its word boundary: the characters an entry of ``words`` may start
    with, so that a search fails where no entry can start at one character class instead of trying each entry (under
    IGNORECASE the regex engine cannot skip an entry by its first letter). "" when an entry starts with a space.

    >>> initials_regex(["estadio", "Hotel", "ñame"])
    '(?=[ehéñ])'
    """
    chars = initials(words)
    return f"(?=[{chars}])" if chars else ""


def initials(words: Iterable[str]) -> str:
    """The body of a character class of what an entry of ``words`` may start with, as :func:`entry_regex` writes
    its first character (a vowel with or without its accent); "" when an entry starts with a space or there is none.

    >>> initials(["uno", "Dos"])
    'duúü'
    """
    firsts = [fold(w)[:1] for w in words if w]
    if not firsts or any(not c or c.isspace() for c in firsts):
        return ""
    chars = {c for f in firsts for c in (ACCENTS[f][1:-1] if f in ACCENTS else f)}
    return "".join(re.escape(c) for c in sorted(chars))


def plain(text: str) -> str:
    """Lower-case, accents folded (:func:`analysis.text.fold`), single spaces: the key for lexicon look-ups.

    >>> plain("  Víctimas   MORTALES ")
    'victimas mortales'
    """
    return RE_SPACES.sub(" ", fold(text)).strip()
