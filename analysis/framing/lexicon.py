"""Framing lexicons: load and validate them, and find their terms in a processed article.

A lexicon (``analysis/lexicons/<language>.yaml``; the schema is documented at the
top of ``es.yaml``) lists *frames*: one referent each, named by competing terms
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

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import numpy as np

from analysis.corpus.records import WITH_LEXICONS
from analysis.excerpt import excerpt
from analysis.framing.patterns import Context, Test, compile_phrase
from analysis.safe_yaml import YamlError, load_yaml
from analysis.text import Doc, fold

__all__ = [
    "Frame",
    "Lexicon",
    "LexiconError",
    "Match",
    "Term",
    "compile_phrase",
    "default_lexicons",
    "load_lexicon",
    "packaged_text",
    "parse_lexicon",
]

FRAME_KEYS = frozenset({"frame", "description", "terms"})
TERM_KEYS = frozenset({"term", "forms", "exclude", "match", "not_in", "near", "not_near"})
SLOT = "_"
MATCH_MODES = ("stem", "word")


class LexiconError(ValueError):
    """A lexicon file that cannot be used; the message names the file, frame and field."""


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


def _names(keys: Iterable[object]) -> str:
    """Unknown field names for a message: a few, each quoted within bounds."""
    names = sorted(map(str, keys))
    return "[" + ", ".join(excerpt(k) for k in names[:5]) + (", …" if len(names) > 5 else "") + "]"


def _where(origin: str, frame: int | None = None, name: object = None, field: str | None = None) -> str:
    place = origin or "lexicon"
    if frame is not None:
        place += f", frame {frame + 1}" + (f" ({excerpt(name)})" if isinstance(name, str) and name else "")
    if field:
        place += f", field {field!r}"
    return place


def _text_list(value: object, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(f"{where}: must be a word or a list of non-empty words, got {excerpt(value)}")
    return value


def _parse_term(item: object, language: str, where: str) -> Term:
    spec: dict[str, object] = {"term": item} if isinstance(item, str) else item if isinstance(item, dict) else {}
    if not spec:
        raise LexiconError(f"{where}: a term is a word or a mapping with 'term', got {excerpt(item)}")
    unknown = set(spec) - TERM_KEYS
    if unknown:
        named = f" ({excerpt(spec['term'])})" if isinstance(spec.get("term"), str) else ""
        raise LexiconError(f"{where}{named}: unknown field(s) {_names(unknown)}; a term has {sorted(TERM_KEYS)}")
    label = spec.get("term")
    if not isinstance(label, str) or not label.strip():
        raise LexiconError(f"{where}, field 'term': must be a non-empty word or phrase, got {excerpt(label)}")
    mode = spec.get("match", "stem")
    if mode not in MATCH_MODES:
        raise LexiconError(
            f"{where} ({excerpt(label)}), field 'match': must be one of {list(MATCH_MODES)}, got {excerpt(mode)}"
        )
    patterns = []
    for phrase in [label, *_text_list(spec.get("forms"), f"{where} ({excerpt(label)}), field 'forms'")]:
        pattern = compile_phrase(phrase, language, by_word=mode == "word")
        if not pattern:
            raise LexiconError(f"{where} ({excerpt(label)}): {excerpt(phrase)} contains no word to match")
        if pattern not in patterns:
            patterns.append(pattern)
    exclude = frozenset(
        fold(w) for w in _text_list(spec.get("exclude"), f"{where} ({excerpt(label)}), field 'exclude'")
    )
    where_not = f"{where} ({excerpt(label)}), field 'not_in'"
    contexts = tuple(_context(p, patterns, language, where_not) for p in _text_list(spec.get("not_in"), where_not))
    near = {
        field: _cue_words(spec.get(field), language, f"{where} ({excerpt(label)}), field {field!r}")
        for field in ("near", "not_near")
    }
    return Term(label.strip(), tuple(patterns), exclude, contexts, near["near"], near["not_near"])


def _cue_words(value: object, language: str, where: str) -> tuple[Test, ...]:
    """The single words of a ``near`` or ``not_near`` list, compared exactly (``*`` for a prefix)."""
    tests = []
    for word in _text_list(value, where):
        compiled = compile_phrase(word, language, by_word=True)
        if len(compiled) != 1:
            raise LexiconError(f"{where}: {excerpt(word)} must be one word (the sentence is searched word by word)")
        tests.append(compiled[0])
    return tuple(tests)


def _context(phrase: str, patterns: list[tuple[Test, ...]], language: str, where: str) -> Context:
    """A ``not_in`` phrase compiled: split at ``_``, or at the first place one of the term's patterns matches."""
    words = phrase.split()
    if words.count(SLOT) > 1:
        raise LexiconError(
            f"{where}: {excerpt(phrase)} has more than one {SLOT!r}; write {SLOT!r} once, where the term goes"
        )
    if SLOT in words:
        k = words.index(SLOT)
        before = compile_phrase(" ".join(words[:k]), language, by_word=True)
        after = compile_phrase(" ".join(words[k + 1 :]), language, by_word=True)
        if not before and not after:
            raise LexiconError(f"{where}: {excerpt(phrase)} has no word around {SLOT!r}")
        return Context(before, (), after)
    tests = compile_phrase(phrase, language, by_word=True)
    for k in range(len(tests)):
        for pattern in patterns:
            span = tests[k : k + len(pattern)]
            if len(span) == len(pattern) and all(
                p.accepts(t.value, t.key) if t.kind == "word" else False for p, t in zip(pattern, span, strict=True)
            ):
                return Context(tests[:k], span, tests[k + len(pattern) :])
    raise LexiconError(
        f"{where}: {excerpt(phrase)} does not contain the term; write the phrase with the term in it "
        f"('sin embargo') or with {SLOT!r} where the term goes ('se {SLOT}')"
    )


def _parse_frame(item: object, number: int, language: str, origin: str) -> Frame:
    if not isinstance(item, dict):
        raise LexiconError(
            f"{_where(origin, number)}: a frame is a mapping with {sorted(FRAME_KEYS)}, got {excerpt(item)}"
        )
    name = item.get("frame")
    unknown = set(item) - FRAME_KEYS
    if unknown:
        raise LexiconError(
            f"{_where(origin, number, name)}: unknown field(s) {_names(unknown)}; a frame has {sorted(FRAME_KEYS)}"
        )
    for field in ("frame", "description"):
        if not isinstance(item.get(field), str) or not item[field].strip():
            raise LexiconError(f"{_where(origin, number, name, field)}: required, a non-empty text")
    terms_spec = item.get("terms")
    if not isinstance(terms_spec, list) or not terms_spec:
        raise LexiconError(
            f"{_where(origin, number, name, 'terms')}: must be a non-empty list of terms, got {excerpt(terms_spec)}"
        )
    terms: list[Term] = []
    owner: dict[tuple[Test, ...], str] = {}
    for t, spec in enumerate(terms_spec):
        term = _parse_term(spec, language, f"{_where(origin, number, name, 'terms')}, term {t + 1}")
        if term.label.lower() in {x.label.lower() for x in terms}:
            raise LexiconError(f"{_where(origin, number, name, 'terms')}: duplicate term {excerpt(term.label)}")
        for pattern in term.patterns:
            if pattern in owner and owner[pattern] != term.label:
                raise LexiconError(
                    f"{_where(origin, number, name, 'terms')}: {excerpt(term.label)} matches the same words as "
                    f"{excerpt(owner[pattern])} (both are {excerpt(' '.join(x.value for x in pattern))} once stemmed); keep one"
                )
            owner[pattern] = term.label
        terms.append(term)
    return Frame(str(name).strip(), str(item["description"]).strip(), tuple(terms))


def parse_lexicon(text: str, *, origin: str = "") -> Lexicon:
    """A :class:`Lexicon` from YAML text, or a :class:`LexiconError` saying where and what is wrong.

    >>> lex = parse_lexicon("language: es\\nframes:\\n- frame: f\\n  description: d\\n  terms: [secuestro]")
    >>> lex.terms
    [('f', 'secuestro')]
    """
    try:
        data = load_yaml(text)  # aliases refused, values counted: nothing is expanded
    except YamlError as err:
        raise LexiconError(f"{origin or 'lexicon'}: {err}") from None
    if data is None:
        raise LexiconError(f"{origin or 'lexicon'}: empty: no language and no frames")
    if not isinstance(data, dict):
        raise LexiconError(
            f"{origin or 'lexicon'}: must be a mapping with 'language' and 'frames', got {type(data).__name__}"
        )
    language = data.get("language")
    if not isinstance(language, str) or not language.strip():
        raise LexiconError(f"{_where(origin, field='language')}: required, an ISO 639-1 code such as 'es' or 'en'")
    unknown = set(data) - {"language", "frames"}
    if unknown:
        raise LexiconError(
            f"{origin or 'lexicon'}: unknown field(s) {_names(unknown)}; expected 'language' and 'frames'"
        )
    frames_spec = data.get("frames")
    if not isinstance(frames_spec, list) or not frames_spec:
        raise LexiconError(f"{_where(origin, field='frames')}: must be a non-empty list of frames")
    frames = [_parse_frame(item, n, language.strip().lower(), origin) for n, item in enumerate(frames_spec)]
    names = [f.name.lower() for f in frames]
    for n, name in enumerate(names):
        if name in names[:n]:
            raise LexiconError(f"{_where(origin, n, frames[n].name, 'frame')}: duplicate frame name")
    return Lexicon(language.strip().lower(), tuple(frames), origin)


def load_lexicon(path: str | Path) -> Lexicon:
    """The lexicon in a YAML file (see :func:`parse_lexicon`)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise LexiconError(f"{path}: cannot be read: {err}") from None
    return parse_lexicon(text, origin=path.name)


def packaged_text(language: str) -> str:
    """The YAML text of the packaged lexicon of ``language`` (a starting point for users' own)."""
    return resources.files("analysis.lexicons").joinpath(f"{language}.yaml").read_text(encoding="utf-8")


@lru_cache(maxsize=4)
def _packaged(language: str) -> Lexicon:
    return parse_lexicon(packaged_text(language), origin=f"{language}.yaml")


def default_lexicons(overrides: Iterable[Lexicon] = ()) -> dict[str, Lexicon]:
    """The packaged lexicons by language (es, en), with ``overrides`` replacing theirs."""
    lexicons: Mapping[str, Lexicon] = {lang: _packaged(lang) for lang in WITH_LEXICONS}
    return {**lexicons, **{lex.language: lex for lex in overrides}}
