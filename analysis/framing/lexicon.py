"""A framing lexicon (frames, their competing terms) and where its terms occur in a processed article.

A lexicon (``analysis/lexicons/<language>.yaml``; the schema is documented at the
top of ``es.yaml``, read and checked by :mod:`analysis.framing.lexicon_schema`) lists *frames*: one referent each, named by competing terms
("secuestro" / "captura" / "detención"). Every term and each of its ``forms`` is
compiled, through the shared pipeline's :func:`analysis.text.tokenize` and
:func:`analysis.text.stem`, into a sequence of token tests, and matched on a
:class:`analysis.text.Doc`'s tokens and stems. The matching rule:

* **stem** (default): a token matches a word of the term when their Snowball stems
  are equal, so any inflection the stemmer conflates counts (secuestro, secuestrado,
  secuestraron → ``secuestr``). Equality, not a prefix test: tokens are whole words,
  so "cooperación" (``cooper``) is never an "operación", and a short stem such as
  ``lid`` (líder) does not swallow "lidiar" (``lidi``). Where Snowball gives a verb
  and its noun different stems (detención ``detencion`` / detenidos ``deten``, ataque
  ``ataqu`` / atacar ``atac``), the lexicon lists the verb in ``forms``; where an
  unrelated word shares a stem (bloquear ``bloqu`` / bloque, a political bloc) it
  lists that word in ``exclude``.
* **word**: the listed words only, accents and case ignored (bajas, not bajo;
  operación, not operativas).
* A word written with a final ``*`` matches every word starting with it, accents
  ignored (``atac*``): for users who prefer prefixes, at their own risk.

A phrase matches consecutive tokens. Within a frame, where two terms overlap the
longest wins ("inmigrantes ilegales" rather than "inmigrantes"), so no token is
counted twice in one frame; frames are counted independently of each other.

Senses that must not count are excluded by data, per term, with ``not_in``: a list of
phrases an occurrence must not lie inside. Their words are compared exactly (accents
and case ignored; ``*`` ends a prefix; ``#`` is any number written in digits), and ``_``
stands for any form of the term:

* a fixed expression that contains the term: ``sin embargo`` (however), ``de acuerdo con``
  (according to), ``terrorismo de Estado`` (an accusation against a state);
* a context pattern around the term: ``se _`` (the reflexive "se desplazaban", they were
  travelling, is not "desplazados"), ``_ de pantalla`` (a screenshot is no "captura"),
  ``_ de los #`` (a figure passed, "la barrera de los 1.000", is no border barrier).

An occurrence of the term is dropped when one of its ``not_in`` phrases matches the
tokens around it with the term in the phrase's slot: "Sin embargo, ..." gives no
embargo, "el embargo petrolero" still does.

For a word whose senses differ by topic rather than by fixed phrase, ``near`` and
``not_near`` look at the occurrence's sentence (one sense per collocation): with
``near`` the occurrence counts only when another word of its sentence is one of the
listed words ("operación" only beside militar, tropas, misiles...), with ``not_near``
it does not count when one is there ("seized" beside drugs, cash, cocaine). Words are
compared exactly (accents and case ignored), ``*`` ends a prefix.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple

import numpy as np

from analysis.framing.patterns import Context, Test
from analysis.text import Doc, fold

__all__ = ["Frame", "Lexicon", "Match", "Term"]


@dataclass(frozen=True)
class Term:
    """One competing term: its label and the patterns (token-test sequences) that count as it."""

    label: str
    patterns: tuple[tuple[Test, ...], ...]
    exclude: frozenset[str] = frozenset()  # folded words never counted, though they share a stem
    not_in: tuple[Context, ...] = ()  # phrases an occurrence must not lie inside
    near: tuple[Test, ...] = ()  # one of these words must be in the occurrence's sentence
    not_near: tuple[Test, ...] = ()  # none of these words may be in the occurrence's sentence

    def excluded(self, doc: Doc, start: int, end: int, *, stems: Sequence[str] | None = None) -> bool:
        """Whether the occurrence at tokens [start, end) of ``doc`` is a sense the lexicon excludes.

        ``stems``: the doc's stems when the caller has them (any sequence indexable like ``doc.stems``).
        """
        tokens = doc.tokens
        stems = doc.stems if stems is None else stems
        if fold(tokens[start]) in self.exclude or any(c.covers(tokens, stems, start, end) for c in self.not_in):
            return True
        if not self.near and not self.not_near:
            return False
        sentences = doc.token_sentences
        first = int(np.searchsorted(sentences, sentences[start], side="left"))
        last = int(np.searchsorted(sentences, sentences[start], side="right"))
        words = tokens[first:start] + tokens[end:last]  # the sentence's other tokens

        def around() -> list[str]:  # their stems, made only when a cue is a stem
            return [stems[j] for j in (*range(first, start), *range(end, last))]

        return (bool(self.near) and not _cues(self.near).seen(words, around)) or (
            bool(self.not_near) and _cues(self.not_near).seen(words, around)
        )


class _Cues(NamedTuple):
    """A ``near``/``not_near`` list's tests by kind, so that a sentence is tested with set look-ups: ``seen`` is
    ``any(t.accepts(tokens[j], stems[j]) for j in around for t in tests)``, one look-up per word instead of one
    call per word and test (2.5 million calls on the 10,000 articles of the bench)."""

    stems: frozenset[str]
    words: frozenset[str]
    prefixes: tuple[str, ...]
    number: bool

    def seen(self, words: Sequence[str], stems: Callable[[], Sequence[str]]) -> bool:
        """Whether one of ``words`` (tokens; ``stems()`` gives their stems) passes one of the tests.

        >>> from analysis.framing.patterns import compile_phrase
        >>> cues = _cues(compile_phrase("misil* tropas #", "es", by_word=True))
        >>> cues.seen(["las"], lambda: ["las"]), cues.seen(["las", "tropas"], lambda: ["las", "trop"])
        (False, True)
        >>> cues.seen(["misiles"], lambda: ["misil"]), cues.seen(["3"], lambda: ["3"])
        (True, True)
        """
        if self.words or self.prefixes:
            folded = set(map(fold, words))
            if not self.words.isdisjoint(folded):
                return True
            if self.prefixes and any(f.startswith(self.prefixes) for f in folded):
                return True
        if self.number and any(map(str.isdigit, words)):
            return True
        return bool(self.stems) and not self.stems.isdisjoint(stems())


@lru_cache(maxsize=4096)
def _cues(tests: tuple[Test, ...]) -> _Cues:
    """The :class:`_Cues` of a tuple of tests (kept per tuple: a term's lists are compiled once)."""
    return _Cues(
        frozenset(t.value for t in tests if t.kind == "stem"),
        frozenset(t.value for t in tests if t.kind == "word"),
        tuple(t.value for t in tests if t.kind == "prefix"),
        any(t.kind == "number" for t in tests),
    )


@dataclass(frozen=True)
class Frame:
    """One referent and the competing terms that name it."""

    name: str
    description: str
    terms: tuple[Term, ...]

    @property
    def labels(self) -> list[str]:
        return [t.label for t in self.terms]


Entry = tuple[int, int, tuple[Test, ...]]  # frame index, term index, pattern


class Match(NamedTuple):
    """One occurrence: frame and term indices in the lexicon, and the token span [start, end)."""

    frame: int
    term: int
    start: int
    end: int


@dataclass(frozen=True)
class Lexicon:
    """A validated lexicon for one language."""

    language: str
    frames: tuple[Frame, ...]
    origin: str = ""

    @cached_property
    def _index(self) -> tuple[dict[str, list[Entry]], dict[str, list[Entry]]]:
        # Patterns by the stem of their first token (looked up once per distinct stem
        # of a Doc), and prefix-first patterns by their folded prefix (looked up once per
        # leading slice of each distinct word: a dictionary walk, like a trie's). Longest first.
        by_stem: dict[str, list[Entry]] = {}
        by_prefix: dict[str, list[Entry]] = {}
        for f, frame in enumerate(self.frames):
            for t, term in enumerate(frame.terms):
                for pattern in term.patterns:
                    entry = (f, t, pattern)
                    if pattern[0].kind == "prefix":
                        by_prefix.setdefault(pattern[0].value, []).append(entry)
                    else:
                        by_stem.setdefault(pattern[0].key, []).append(entry)
        for entries in [*by_stem.values(), *by_prefix.values()]:
            entries.sort(key=lambda e: -len(e[2]))
        return by_stem, by_prefix

    def _prefix_entries(self, words: Iterable[str]) -> dict[str, list[Entry]]:
        """The prefix patterns whose prefix starts each of ``words`` (only the words that have some).

        Cost: one dictionary look-up per leading slice of each distinct word, up to the longest
        prefix, whatever the number of prefix terms (not words × prefixes).

        >>> from analysis.framing.lexicon_schema import parse_lexicon
        >>> lex = parse_lexicon("language: es\\nframes:\\n- frame: f\\n  description: d\\n  terms: [atac*, at*]")
        >>> {w: [lex.frames[0].terms[t].label for _, t, _ in e] for w, e in lex._prefix_entries(["atacar", "bota"]).items()}
        {'atacar': ['atac*', 'at*']}
        """
        by_prefix = self._index[1]
        if not by_prefix:
            return {}
        longest = max(map(len, by_prefix))
        found: dict[str, list[Entry]] = {}
        for word in words:
            folded = fold(word)
            entries = [e for n in range(1, min(len(folded), longest) + 1) for e in by_prefix.get(folded[:n], ())]
            if entries:
                found[word] = sorted(entries, key=lambda e: (-len(e[2]), e[0], e[1]))
        return found

    @property
    def stem_keys(self) -> frozenset[str]:
        """The stems that start a pattern: a token with another stem starts no match but a prefix pattern's."""
        return frozenset(self._index[0])

    def matches(
        self, doc: Doc, *, starts: Iterable[int] | None = None, stems: Sequence[str] | None = None
    ) -> list[Match]:
        """Every occurrence of every term in ``doc``, non-overlapping within each frame, in text order.

        Cost: one set intersection per document, a few look-ups per distinct word for
        prefix terms, then work only at candidate tokens. ``starts`` (the tokens whose stem is one of
        :attr:`stem_keys`, in order) and ``stems`` (the doc's stems, or anything indexable like them) may be
        given by a caller that found them for a whole corpus at once (:func:`analysis.framing.counts.occurrences`).
        """
        by_stem = self._index[0]
        tokens = doc.tokens
        if starts is None:
            stems = doc.stems
            hits = by_stem.keys() & set(stems)
            starts = [i for i, s in enumerate(stems) if s in hits] if hits else []
        elif stems is None:
            stems = doc.stems
        prefixed = self._prefix_entries(set(tokens)) if self._index[1] else {}
        if prefixed:
            starts = sorted(set(starts) | {i for i, tok in enumerate(tokens) if tok in prefixed})
        found: list[Match] = []
        for i in starts:
            candidates = by_stem.get(stems[i], [])
            if tokens[i] in prefixed:
                candidates = sorted([*candidates, *prefixed[tokens[i]]], key=lambda e: -len(e[2]))
            for f, t, pattern in candidates:
                end = i + len(pattern)
                if end > len(tokens):
                    continue
                # A first test of kind "stem" passes here: the pattern was found under this token's stem.
                rest = pattern[1:] if pattern[0].kind == "stem" else pattern
                if all(
                    test.accepts(tokens[j], stems[j]) for j, test in zip(range(end - len(rest), end), rest)
                ) and not self.frames[f].terms[t].excluded(doc, i, end, stems=stems):
                    found.append(Match(f, t, i, end))
        return _longest_per_frame(found)

    @property
    def terms(self) -> list[tuple[str, str]]:
        """(frame, term) of every term, in lexicon order."""
        return [(frame.name, term.label) for frame in self.frames for term in frame.terms]


def _longest_per_frame(found: list[Match]) -> list[Match]:
    """Greedy left-to-right, longest-first: no two kept matches of one frame share a token."""
    kept: list[Match] = []
    reach: dict[int, int] = {}
    for m in sorted(found, key=lambda m: (m.start, -(m.end - m.start), m.frame, m.term)):
        if m.start >= reach.get(m.frame, 0):
            kept.append(m)
            reach[m.frame] = m.end
    return kept
