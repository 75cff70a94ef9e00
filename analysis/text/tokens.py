"""Tokens of a text and where each starts: lower-cased runs of letters and digits, dotted abbreviations whole.

Tokens are lower-cased runs of letters and digits, with accents and ñ kept; dotted abbreviations such as
"EE.UU." stay one token. One regex split gives the tokens and the gaps between them, whose lengths add up to
each token's offset.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress

import numpy as np

from analysis.config import settings

__all__ = ["CODE", "OFFSET", "long_tokens", "token_spans", "tokenize", "tokens_and_starts"]

# Dotted abbreviations ("EE.UU.", "U.S.") first, so they stay whole; then words.
RE_TOKEN = re.compile(r"(?:[^\W\d_]{1,4}\.){2,}|\w+")
# The same tokens as split pieces: [gap, token, gap, token, ..., gap], whose lengths give each token's offset.
RE_TOKEN_SPLIT = re.compile(f"({RE_TOKEN.pattern})")
# Where no point is followed by one to four letters and another point, no dotted abbreviation can match (it
# holds two such groups), and RE_TOKEN's tokens are its second alternative's, \w+: that split is 40 % cheaper
# (the first alternative is tried at every word), and this search, starting with a literal, nearly free.
RE_DOTTED = re.compile(r"\.[^\W\d_]{1,4}\.")
RE_WORD_SPLIT = re.compile(r"(\w+)")
RE_WORD = re.compile(r"\w+")
RE_LETTERS = re.compile(r"[^\W\d_]+")  # what RE_TOKEN's dotted abbreviations are made of, between their points
BMP = 0x10000
SPACE = np.uint32(ord(" "))


@lru_cache(maxsize=1)
def _word_characters() -> np.ndarray:
    """True for each code point of the Basic Multilingual Plane that ``\\w`` matches (a bool array), read from the
    regex engine itself: what RE_WORD's matches are made of. Made on first use (0.02 s).

    >>> table = _word_characters()
    >>> table[[ord("ñ"), ord("_"), ord("7"), ord(" "), ord("-")]].tolist()
    [True, True, True, False, False]
    """
    table = np.zeros(BMP, dtype=bool)
    every = "".join(map(chr, range(BMP)))
    table[[m.start() for m in re.finditer(r"\w", every)]] = True
    return table


@lru_cache(maxsize=1)
def _spaced_characters() -> np.ndarray:
    """Each code point of the Basic Multilingual Plane as itself when ``\\w`` matches it, else as a space (a uint32
    array): a text's code points taken through it are its words with every other character made a space, one look-up
    per character (``np.where`` over the text took twice as long).

    >>> _spaced_characters()[[ord("ñ"), ord("-"), ord("7")]].tolist()
    [241, 32, 55]
    """
    return np.where(_word_characters(), np.arange(BMP, dtype=np.uint32), SPACE).astype(np.uint32)


# Token offsets and stem codes are stored as int32 (4 bytes a token, not 8): an article is far below 2**31
# characters (the loader's file-size limit) and a corpus far below 2**31 distinct stems. Arithmetic on codes
# that can pass 2**31 (stem-pair keys) casts to int64 first.
OFFSET = np.int32
CODE = np.int32


def tokenize(text: str) -> list[str]:
    """Lower-cased word tokens of ``text``.

    >>> tokenize("El Sr. Pérez visitó EE.UU. y España")
    ['el', 'sr', 'pérez', 'visitó', 'ee.uu.', 'y', 'españa']
    """
    return RE_TOKEN.findall(text.lower())


def tokens_and_starts(text: str) -> tuple[list[str], np.ndarray]:
    """:func:`tokenize`'s tokens and the character offset in ``text`` where each starts (an int32 array).

    One regex split gives both: the tokens and the gaps between them, whose
    lengths add up to the offsets (faster than a match object per token).
    Tokens longer than ``max_token_chars`` (settings/limits.yaml) are left out:
    they stay in the text, but no array of tokens or stems is ever as wide as
    they are (see :func:`long_tokens`).

    >>> tokens, starts = tokens_and_starts("El Sr. Pérez, en EE.UU.")
    >>> tokens, starts.tolist()
    (['el', 'sr', 'pérez', 'en', 'ee.uu.'], [0, 3, 7, 14, 17])
    >>> tokens_and_starts("a " + "x" * 5000 + " b")[0]
    ['a', 'b']
    """
    tokens, starts, _ = _kept_tokens(text)
    return tokens, starts


def _kept_tokens(text: str) -> tuple[list[str], np.ndarray, int]:
    """:func:`tokens_and_starts`, and how many tokens were too long (:func:`long_tokens`, found without a second scan).

    Tokens are read from the lower-cased text; when lower-casing kept its length, every character was
    lower-cased to one character of the same classes (letter, digit, word character: a test checks every
    code point), so those tokens lie where the text's own tokens lie and have their lengths.
    """
    tokens, starts, same_length, widest = _read_tokens(text)
    longest = settings().limits.max_token_chars
    too_long = 0
    if widest < 0 and tokens:  # not measured as the tokens were read: max over lengths runs in C
        widest = max(map(len, tokens))
    if widest > longest:  # the filter below rarely runs
        keep = [len(t) <= longest for t in tokens]
        too_long = len(tokens) - sum(keep)
        tokens = list(compress(tokens, keep))
        starts = starts[np.asarray(keep, dtype=bool)]
    return tokens, starts, too_long if same_length else long_tokens(text)


def long_tokens(text: str) -> int:
    """How many runs of letters or digits in ``text`` are longer than a token may be (``max_token_chars``).

    >>> long_tokens("a " + "1" * 5000 + " b " + "z" * 101)
    2
    """
    longest = settings().limits.max_token_chars
    # A token lies within one run of non-space characters: with no such run longer than the limit (nearly
    # every article), there is nothing to count, and a split in C answers that without a match per token.
    if max(map(len, text.split()), default=0) <= longest:
        return 0
    return sum(1 for m in RE_TOKEN.finditer(text) if m.end() - m.start() > longest)


def _tokens_and_starts(text: str) -> tuple[list[str], np.ndarray, bool]:
    """The tokens of ``text``, where each starts, and whether lower-casing kept the text's length."""
    return _read_tokens(text)[:3]


def _read_tokens(text: str) -> tuple[list[str], np.ndarray, bool, int]:
    """:func:`_tokens_and_starts`, and the longest token's length when read with the tokens (runs of word characters
    read off the code points: their ends are found with their starts), else -1 (measured by the caller)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        # The tokens are the runs of word characters (\\w+), read off the text's code points in numpy
        # (:func:`_word_characters`): each starts where a word character follows a character that is not one (or
        # the text's start), and they are what ``str.split`` cuts out of the text with every other character made a
        # space (no word character is white space, every white space is another character): two passes in C, twice
        # as fast as ``RE_WORD.findall``, the same tokens. Dotted abbreviations are then runs joined
        # (:func:`_join_dotted`). Past the Basic Multilingual Plane, the split below.
        points = np.frombuffer(lowered.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        if not len(points) or points.max() < BMP:
            words = np.zeros(len(points) + 2, dtype=bool)  # False before the text and after it
            np.take(_word_characters(), points, out=words[1:-1])
            # Where a run of word characters starts and where it ends, alternately: each run's length, in C.
            edges = np.flatnonzero(words[1:] != words[:-1])
            starts, ends = edges[0::2], edges[1::2]
            widest = int((ends - starts).max()) if len(ends) else 0
            starts = starts.astype(OFFSET)
            spaced = np.take(_spaced_characters(), points)
            tokens = spaced.tobytes().decode("utf-32-le", "surrogatepass").split()
            if RE_DOTTED.search(lowered):
                runs = tokens
                tokens, starts = _join_dotted(lowered, points, tokens, starts, ends)
                widest = widest if tokens is runs else -1  # runs joined: a dotted token may be longer
            return tokens, starts, True, widest
    pieces = (RE_TOKEN_SPLIT if RE_DOTTED.search(lowered) else RE_WORD_SPLIT).split(lowered)
    tokens = pieces[1::2]
    if len(lowered) == len(text):
        lengths = np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces))
        # A compact int32 copy: the strided view would keep the gaps' offsets too (16 bytes a token, not 4).
        starts = (np.cumsum(lengths) - lengths)[1::2].astype(OFFSET)
    else:
        # Lower-casing changed the length ("İ" becomes two characters): find the tokens on the original text;
        # where their count differs, tokens past its last one get its offset.
        found = [m.start() for m in RE_TOKEN.finditer(text)] or [0]
        starts = np.asarray([found[min(i, len(found) - 1)] for i in range(len(tokens))], dtype=OFFSET)
    return tokens, starts, len(lowered) == len(text), -1


def _join_dotted(
    lowered: str, points: np.ndarray, tokens: list[str], starts: np.ndarray, ends: np.ndarray | None = None
) -> tuple[list[str], np.ndarray]:
    """The runs of word characters of ``lowered`` (``tokens`` at ``starts``; ``points``: its code points) with
    RE_TOKEN's dotted abbreviations made one token each.

    RE_TOKEN reads a text from each run's start (a match ends at a run's end or at the point after one), trying
    ``(?:[^\\W\\d_]{1,4}\\.){2,}`` first: a run of one to four letters (word characters but digits and "_") and
    the point right after it, as many as follow one another (greedily), at least two. So a dotted token is a longest
    chain of such runs, each starting right after the previous one's point, of two runs or more; any other run is
    a token on its own (a test compares both with RE_TOKEN's split on real text and random strings). ``ends``: one
    past each run, when known.

    >>> tokens, starts = tokens_and_starts("En ee.uu. y a.b, abcde.fg.hi. u.s.a.x")
    >>> tokens, starts.tolist()
    (['en', 'ee.uu.', 'y', 'a', 'b', 'abcde', 'fg.hi.', 'u.s.a.', 'x'], [0, 3, 10, 12, 14, 17, 23, 30, 36])
    """
    size = len(points)
    if ends is None:  # one past each run
        ends = starts + np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens))
    # Runs of at most four characters with a point right after them; then those of them that the next such run
    # follows right after the point; then, of these few, those of letters only (no digit, no "_").
    dotted = (ends - starts <= 4) & (ends < size)
    dotted[dotted] = points[ends[dotted]] == ord(".")
    link = dotted[:-1] & dotted[1:] & (starts[1:] == ends[:-1] + 1)
    if not link.any():
        return tokens, starts
    for run in {k for i in np.flatnonzero(link).tolist() for k in (i, i + 1)}:
        if not RE_LETTERS.fullmatch(tokens[run]):
            dotted[run] = False
    link = dotted[:-1] & dotted[1:] & (starts[1:] == ends[:-1] + 1)
    if not link.any():
        return tokens, starts
    joined = np.concatenate(([False], link))  # runs that go into the token of the run before them
    heads = np.flatnonzero(link & ~joined[:-1])  # the first run of each chain
    keep = ~joined
    position = np.cumsum(keep) - 1  # where each kept run's token lies among the kept ones
    # Each chain's last run: the first run from its head on that links to none.
    tails = np.flatnonzero(~np.append(link, False))
    last = tails[np.searchsorted(tails, heads)]
    out = list(compress(tokens, keep.tolist()))
    for at, start, end in zip(position[heads].tolist(), starts[heads].tolist(), (ends[last] + 1).tolist()):
        out[at] = lowered[start:end]
    return out, starts[keep]


def token_spans(text: str) -> list[tuple[int, int]]:
    """Character (start, end) of each token of :func:`tokens_and_starts`, in the same order."""
    longest = settings().limits.max_token_chars
    return [m.span() for m in RE_TOKEN.finditer(text) if m.end() - m.start() <= longest]
