"""Where in an article a figure, a kind word or a zero toll may be: one look-up per token of the text pipeline.

The claim reader (:mod:`analysis.casualties.claims`) reads a sentence only when a figure may start in it (a digit
or a trigger word: :func:`.quantities.figure_starts`), and, before the article's first claim, only when a word of a
kind entry is written in it (:func:`.claims.may_count`) or a zero toll may be ("no hubo víctimas"). All three are
properties of single words, so they are read off the tokens :func:`analysis.text.build` already made: each
distinct token of a language is classified once (:class:`_Classes`, a dict that fills itself, kept for the
process), and an article's tokens are mapped through it in C (``map``), instead of folding every word run of every
sentence again and scanning the whole text for negations.

Each token gets bits: ``DIGIT`` (it starts with a digit), ``TRIGGER`` (a figure may start at it whatever follows),
``FOLLOWED`` (a figure may start at it before certain words: "en torno", "un centenar"), ``FOLLOWER`` (it is one of
those words), ``KIND`` (one of its runs
of word characters, folded as the gate folds them, is a kind word: :func:`.cues.kind_words`), ``ZERO`` (one of its
runs folds to a first word of a zero toll's negation: ``Cues.zero_gate``).

The answers are those of the word-run reading, exactly, where the tokens are the text's runs of word characters:
a token is one run, or a dotted abbreviation ("ee.uu.") whose runs are read one by one; tokens are read from the
lower-cased text, and folding a word or its lower case gives the same (checked for every code point), so when
lower-casing keeps the text's length (tokens lie where the runs lie) and no run was too long to be a token
(``max_token_chars``): :func:`tokens_are_words`; otherwise the caller reads the text as before.

>>> from analysis.corpus.records import Article
>>> from analysis.text import build
>>> doc = build([Article("a", "Murieron 12 personas. No hubo heridos en 2020.", language="es")]).docs[0]
>>> m = marks(doc, "es")
>>> m.starts, m.kinds, m.zeros
([1, 7], [0, 12, 30], [22])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from analysis.casualties.cues import RE_WORD_RUN, cues_for
from analysis.casualties.quantities import lexicon, trigger_words
from analysis.config import settings
from analysis.text import Doc, fold

__all__ = ["DIGIT", "FOLLOWED", "FOLLOWER", "KIND", "Marks", "TRIGGER", "ZERO", "marks", "token_bits", "tokens_are_words"]

DIGIT, TRIGGER, FOLLOWED, KIND, ZERO, FOLLOWER = 1, 2, 4, 8, 16, 32
# A character that case-insensitive patterns match as another letter, but that folding keeps (the dotless i):
# written as that letter before a word is looked up (as :func:`.claims.may_count` does).
CASE_ALIKE = str.maketrans({"ı": "i"})


@dataclass(frozen=True)
class Marks:
    """What an article's tokens say: ``starts``, the indices of the tokens a figure may start at
    (:func:`.quantities.figure_starts`); ``kinds``, the character offsets of the tokens holding a kind word, in
    order; ``zeros``, offsets where a zero toll's negation may start (every place ``Cues.zero_gate`` matches is one;
    the caller checks each). ``kinds`` and ``zeros`` stand for reading the text where :func:`tokens_are_words`."""

    starts: list[int]
    kinds: list[int]
    zeros: list[int]


class _Classes(dict[str, int]):
    """Each token's bits in one language, computed on first look-up (``__missing__``) and kept."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.triggers = trigger_words(language)
        self.followers = frozenset(w for words in self.triggers.values() for w in words or ())
        self.kind_words = cues_for(language).kind_words
        lex = lexicon(f"figures_{language}")
        firsts = {w.split()[0] for w in [*lex["zero"]["negations"], *lex["zero"]["nobody"]]}
        self.zero_words = frozenset(fold(w) for w in firsts)

    def __missing__(self, token: str) -> int:
        bits = DIGIT if token and token[0] in "0123456789" else 0
        if token in self.triggers:
            bits |= TRIGGER if self.triggers[token] is None else FOLLOWED
        if token in self.followers:
            bits |= FOLLOWER
        folded = [fold(run) for run in RE_WORD_RUN.findall(token)]
        folded += [f.translate(CASE_ALIKE) for f in folded if "ı" in f]
        if not self.kind_words.isdisjoint(folded):
            bits |= KIND
        if not self.zero_words.isdisjoint(folded):
            bits |= ZERO
        self[token] = bits
        return bits


@cache
def _classes(language: str) -> _Classes:
    return _Classes(language)


def token_bits(tokens: Sequence[str], language: str) -> np.ndarray:
    """The bits of each token (``language`` one with lexicons), as a uint8 array.

    >>> token_bits(["murieron", "12", "en", "torno", "no"], "es").tolist()
    [8, 1, 36, 32, 20]
    """
    classes = _classes(language)
    # bytes() of the look-ups runs in C: 20 % faster than numpy.fromiter over them.
    return np.frombuffer(bytes(map(classes.__getitem__, tokens)), dtype=np.uint8)


def marks(doc: Doc, language: str) -> Marks:
    """The :class:`Marks` of one processed article, in ``language`` (one with lexicons)."""
    tokens = doc.tokens
    bits = token_bits(tokens, language)
    starts = np.flatnonzero(bits & (DIGIT | TRIGGER)).tolist()
    # A word that starts a figure only before certain words ("en torno", "un centenar"): where one of those follows.
    followed = np.flatnonzero((bits[:-1] & (FOLLOWED | DIGIT) == FOLLOWED) & (bits[1:] & FOLLOWER > 0)).tolist()
    if followed:
        triggers = _classes(language).triggers
        starts = sorted([*starts, *(i for i in followed if tokens[i + 1] in triggers[tokens[i]])])  # type: ignore[operator]
    offsets = doc.starts
    kinds = offsets[bits & KIND > 0].tolist()
    at = np.flatnonzero(bits & ZERO)
    zeros = offsets[at].tolist()
    if any("." in tokens[i] for i in at.tolist()):
        # A dotted abbreviation's runs start inside it ("no.es."): each run is a place the negation may start.
        runs = [[p + m.start() for m in RE_WORD_RUN.finditer(tokens[i])] if "." in tokens[i] else [p] for i, p in zip(at.tolist(), zeros)]
        zeros = [p for places in runs for p in places]
    return Marks(starts, kinds, zeros)


def tokens_are_words(text: str) -> bool:
    """Whether the tokens of ``text`` (:func:`analysis.text.build`) are its runs of word characters, bar dotted
    abbreviations: lower-casing kept its length and no run was too long to be a token (``max_token_chars``).

    >>> tokens_are_words("Murieron 12 personas."), tokens_are_words("x" * 101), tokens_are_words("İ")
    (True, False, False)
    """
    return (
        len(text.lower()) == len(text) and max(map(len, text.split()), default=0) <= settings().limits.max_token_chars
    )
