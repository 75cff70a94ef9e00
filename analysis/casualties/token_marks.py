"""Where in an article a figure, a kind word or a zero toll may be: one look-up per token of the text pipeline.

The claim reader (:mod:`analysis.casualties.claims`) reads a sentence only when a figure may start in it (a digit
or a trigger word: :func:`.quantities.figure_starts`), and, before the article's first claim, only when a word of a
kind entry is written in it (:func:`.kind_gate.may_count`) or a zero toll may be ("no hubo víctimas"). All three are
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
(``max_token_chars``): :func:`.token_words.tokens_are_words`; otherwise the caller reads the text as before.

>>> from analysis.corpus.records import Article
>>> from analysis.text import build
>>> doc = build([Article("a", "Murieron 12 personas. No hubo heridos en 2020.", language="es")]).docs[0]
>>> m = marks(doc, "es")
>>> m.starts, m.kinds, m.zeros
([9, 41], [0, 12, 30], [22])
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

import numpy as np

from analysis.casualties.cues import RE_WORD_RUN, cues_for
from analysis.casualties.quantities import lexicon, trigger_words
from analysis.casualties.token_words import words_of
from analysis.text import Doc, fold

__all__ = [
    "DIGIT",
    "FOLLOWED",
    "FOLLOWER",
    "KIND",
    "Marks",
    "TRIGGER",
    "ZERO",
    "marks",
    "marks_of",
    "may_hold_kind",
    "token_bits",
]

DIGIT, TRIGGER, FOLLOWED, KIND, ZERO, FOLLOWER, RANGE, NUMBER = 1, 2, 4, 8, 16, 32, 64, 128
# The lexicon lists whose entries a figure may start with (the figure pattern's alternatives, quantities._grammar).
STARTING_LISTS = (
    "number_words", "number_articles", "qualifiers", "plural_units", "plural_determiners", "collective_articles",
    "half_words", "multipliers", "single_articles_figure", "single_alone",
)  # fmt: skip
# A character that case-insensitive patterns match as another letter, but that folding keeps (the dotless i):
# written as that letter before a word is looked up (as :func:`.kind_gate.may_count` does).
CASE_ALIKE = str.maketrans({"ı": "i"})


@dataclass(frozen=True)
class Marks:
    """What an article's tokens say: ``starts``, the character offsets of the tokens a figure may start at
    (:func:`.quantities.figure_starts`), in order; ``kinds``, the character offsets of the tokens holding a kind word, in
    order; ``zeros``, offsets where a zero toll's negation may start (every place ``Cues.zero_gate`` matches is one;
    the caller checks each). ``kinds`` and ``zeros`` stand for reading the text where ``words``: where the tokens are
    the text's words (:func:`.token_words.tokens_are_words`)."""

    starts: list[int]
    kinds: list[int]
    zeros: list[int]
    words: bool = True


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
        # A word that starts a figure only as a range's opening ("de 20 a 30"): the range's first number must follow.
        opening = {_first(w) for list_ in STARTING_LISTS for w in lex[list_]} | {
            _first(w) for w in lex["range_starts"] if len(RE_WORD_RUN.findall(w)) > 1
        }
        self.range_only = frozenset(
            form
            for w in lex["range_starts"]
            if len(RE_WORD_RUN.findall(w)) == 1 and _first(w) not in opening
            for form in (w.lower(), _first(w))
        )
        # What a range's first number may start with: a digit, or the first word of a number in words.
        self.number_firsts = frozenset(_first(w) for w in [*lex["number_words"], *lex["number_articles"]])
        # Every word a bit is given for by its own letters (a digit aside): a plain token is none of them (:meth:`of_words`).
        self.listed = frozenset(self.triggers) | self.followers | self.number_firsts | self.kind_words | self.zero_words

    def __missing__(self, token: str) -> int:
        # A token of letters and digits is one run (nearly every token): folded at once; ASCII needs no folding.
        ascii_ = token.isascii()
        if token.isalnum():
            folded = [token.lower() if ascii_ else fold(token)]
        else:
            folded = [fold(run) for run in RE_WORD_RUN.findall(token)]
        if not ascii_:
            folded += [f.translate(CASE_ALIKE) for f in folded if "ı" in f]
        bits = DIGIT if token and token[0] in "0123456789" else 0
        if token in self.triggers:
            if self.triggers[token] is not None:
                bits |= FOLLOWED
            else:
                bits |= RANGE if token in self.range_only else TRIGGER
        if token in self.followers:
            bits |= FOLLOWER
        first = folded[0] if folded else ""
        if (
            token[:1].isdecimal()
            or first in self.number_firsts
            or ("ı" in first and first.translate(CASE_ALIKE) in self.number_firsts)
        ):
            bits |= NUMBER
        if not self.kind_words.isdisjoint(folded):
            bits |= KIND
        if not self.zero_words.isdisjoint(folded):
            bits |= ZERO
        self[token] = bits
        return bits

    def of_words(self, words: Sequence[str]) -> bytes:
        """The bits of each of ``words`` (a vocabulary: each word once), as bytes. A plain word — ASCII letters and
        digits, not starting with a digit, and neither it nor its lower case in a word list (:attr:`listed`) — has
        none: its only folded form is its lower case, which no list holds, so :meth:`__missing__` would give 0. Told
        apart in a few C calls instead of a classification each (nine words in ten of a Spanish vocabulary).

        >>> list(_Classes("es").of_words(["perro", "12", "murieron", "torno", "Perro", "años", "Murieron"]))
        [0, 129, 8, 32, 0, 0, 8]
        """
        listed, get = self.listed, self.__getitem__
        return bytes(
            [
                0
                if w.isascii()
                and w.isalnum()
                and w[0] not in "0123456789"
                and w not in listed
                and w.lower() not in listed
                else get(w)
                for w in words
            ]
        )


@cache
def _classes(language: str) -> _Classes:
    return _Classes(language)


def token_bits(tokens: Sequence[str], language: str) -> np.ndarray:
    """The bits of each token (``language`` one with lexicons), as a uint8 array.

    >>> token_bits(["murieron", "12", "en", "torno", "no"], "es").tolist()
    [8, 129, 36, 32, 20]
    """
    classes = _classes(language)
    # bytes() of the look-ups runs in C: 20 % faster than numpy.fromiter over them.
    return np.frombuffer(bytes(map(classes.__getitem__, tokens)), dtype=np.uint8)


def marks(doc: Doc, language: str) -> Marks:
    """The :class:`Marks` of one processed article, in ``language`` (one with lexicons)."""
    return marks_of([doc], [language])[0]


def marks_of(docs: Sequence[Doc], languages: Sequence[str]) -> list[Marks]:
    """The :class:`Marks` of each article, in its language (one with lexicons), found over all of them at once:
    the array operations run once over the corpus' tokens, not once per article (at 2,000 articles, 0.16 s of one
    process' CPU per article, 0.05 s at once)."""
    if not docs:
        return []
    bits = _bits_of(docs, languages)
    counts = np.fromiter((len(d.tokens) for d in docs), dtype=np.int64, count=len(docs))
    ends = np.cumsum(counts)
    offsets = np.concatenate([d.starts for d in docs]).astype(np.int64) if len(bits) else np.zeros(0, dtype=np.int64)
    # Two tokens in a row, of one article: "en torno", "un centenar" (a word that starts a figure only before
    # certain words, and one of those), "de 20" (a range's opening and what a number may start with).
    own = np.ones(max(len(bits) - 1, 0), dtype=bool)
    own[(ends[(counts > 0) & (ends < len(bits))] - 1)] = False
    head, nxt = bits[:-1], bits[1:]
    followed = np.flatnonzero((head & (FOLLOWED | DIGIT) == FOLLOWED) & (nxt & FOLLOWER > 0) & own)
    ranges = np.flatnonzero((head & (RANGE | DIGIT) == RANGE) & (nxt & NUMBER > 0) & own)
    first = (ends - counts).tolist()  # each article's first token, in the corpus' numbering
    if len(followed):
        doc_of = np.searchsorted(ends, followed, side="right").tolist()
        followed = np.asarray(
            [i for i, n in zip(followed.tolist(), doc_of) if _follows(docs[n].tokens, i - first[n], languages[n])],
            dtype=np.int64,
        )
    # The tokens a figure may start at, in order (a mask, not a sort of the three lists).
    at_start = (bits & (DIGIT | TRIGGER)) > 0
    at_start[followed] = True
    at_start[ranges] = True
    starts = np.flatnonzero(at_start)
    kinds = np.flatnonzero(bits & KIND)
    zeros = np.flatnonzero(bits & ZERO)
    # Each article's share of each list: one list of the corpus' offsets, cut where each article's tokens end.
    per_doc = []
    for found in (starts, kinds, zeros):
        values, cuts = offsets[found].tolist(), [0, *np.searchsorted(found, ends).tolist()]
        per_doc.append([values[a:b] for a, b in zip(cuts, cuts[1:])])
    words = words_of([d.article.text for d in docs])
    out = [Marks(s, k, z, w) for s, k, z, w in zip(*per_doc, words)]
    doc_of = np.searchsorted(ends, zeros, side="right").tolist()
    for n in {n for i, n in zip(zeros.tolist(), doc_of) if "." in docs[n].tokens[i - first[n]]}:
        out[n] = replace(out[n], zeros=_dotted_zeros(docs[n], languages[n]))
    return out


def _bits_of(docs: Sequence[Doc], languages: Sequence[str]) -> np.ndarray:
    """The bits of every token of ``docs``, end to end (uint8): through each language vocabulary's bits, made once per
    distinct word and indexed by the articles' word numbers in numpy (``Doc.word_codes``), instead of a look-up per
    token (at 2,000 synthetic articles, 14 % of the figures stage). An article without word numbers, or whose
    vocabulary has a word that cannot be classified, is looked up token by token, as :func:`token_bits` does.

    >>> from analysis.corpus.records import Article
    >>> from analysis.text import build
    >>> docs = build([Article("a", "Murieron 12.", language="es"), Article("b", "No hubo 3.", language="es")]).docs
    >>> _bits_of(docs, ["es", "es"]).tolist() == token_bits([*docs[0].tokens, *docs[1].tokens], "es").tolist()
    True
    """
    tables: dict[tuple[int, str], np.ndarray | None] = {}
    chosen: list[np.ndarray | None] = []
    for doc, language in zip(docs, languages):
        table = None
        if doc.numbered:
            key = (id(doc.word_names), language)
            if key not in tables:
                try:
                    tables[key] = np.frombuffer(_classes(language).of_words(doc.word_names.tolist()), dtype=np.uint8)
                except Exception:  # one article's odd word must not change how the others are read
                    tables[key] = None
            table = tables[key]
        chosen.append(table)
    first = chosen[0] if chosen else None
    if first is not None and all(table is first for table in chosen):  # one vocabulary and language: one look-up
        return first[np.concatenate([doc.word_codes for doc in docs])]
    parts = [
        table[doc.word_codes] if table is not None else token_bits(doc.tokens, language)
        for doc, language, table in zip(docs, languages, chosen)
    ]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint8)


def _follows(tokens: tuple[str, ...], i: int, language: str) -> bool:
    """Whether the token after ``tokens[i]`` is one it starts a figure before ("en" before "torno")."""
    following = _classes(language).triggers[tokens[i]]
    return following is not None and tokens[i + 1] in following


def _dotted_zeros(doc: Doc, language: str) -> list[int]:
    """Where a negation may start in an article with dotted abbreviations, whose runs start inside them ("no.es.")."""
    classes = _classes(language)
    out: list[int] = []
    for token, at in zip(doc.tokens, doc.starts.tolist()):
        if classes[token] & ZERO:
            out.extend([at + m.start() for m in RE_WORD_RUN.finditer(token)] if "." in token else [at])
    return out


def _first(entry: str) -> str:
    """The first run of word characters of a lexicon entry, folded: the first token it can be written as."""
    runs = RE_WORD_RUN.findall(fold(entry))
    return runs[0] if runs else ""


def may_hold_kind(kinds: list[int] | None, text: str, start: int, end: int, words: frozenset[str]) -> bool:
    """Whether a kind entry's match may lie in ``text[start:end]`` read on its own (a slice, or a match bounded to it),
    given ``kinds`` (:attr:`Marks.kinds`, where :func:`.token_words.tokens_are_words`; None: True, read the text)
    and the language's kind words ``words`` (:attr:`.cues.Cues.kind_words`).

    A kind entry matches only where its kind word (:func:`.cues.kind_words`) is written whole, so a False is exact
    when no kind word's token starts in the span, none written across ``start`` runs into it (tokens hold no
    space), the part of a word the span starts inside is no kind word (a slice reads it as a word: "semimuertos"
    cut after "semi" reads "muertos"), and the span does not end inside a word. A True only says to match.
    Spares the cue searches of a figure's window (:func:`.kinds.kind_of`) and of a list's opening
    (:func:`.kinds.listed`) where no kind word is near.

    >>> text, words = "Hubo 3 heridos. Marcó 12 goles; semimuertos 4.", frozenset({"heridos", "muertos"})
    >>> may_hold_kind([7], text, 0, 15, words), may_hold_kind([7], text, 16, 31, words)
    (True, False)
    >>> may_hold_kind([7], text, 9, 15, words), may_hold_kind([7], text, 36, 45, words)
    (True, True)
    >>> may_hold_kind([7], text, 34, 45, words)
    False
    """
    if kinds is None:
        return True
    i = bisect_left(kinds, start)
    if i < len(kinds) and kinds[i] < end:
        return True
    if _cut(text, end):
        return True
    if _cut(text, start):
        part = RE_WORD_RUN.match(text, start, end)
        folded = fold(part.group()) if part else ""
        if folded in words or ("ı" in folded and folded.translate(CASE_ALIKE) in words):
            return True
    # The last kind word before the span runs into it when no space lies between its start and the span's.
    return i > 0 and not any(c.isspace() for c in text[kinds[i - 1] : start])


def _cut(text: str, at: int) -> bool:
    """Whether ``at`` falls inside a run of word characters (as regular expressions' ``\\w`` reads them)."""
    return 0 < at < len(text) and _word(text[at - 1]) and _word(text[at])


def _word(c: str) -> bool:
    return c.isalnum() or c == "_"
