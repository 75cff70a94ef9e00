"""Framing lexicons read from YAML: the schema checked field by field, a message naming file, frame, term and
field for anything wrong; the packaged lexicons (``analysis/lexicons/<language>.yaml``).

The schema is documented at the top of ``analysis/lexicons/es.yaml``; what a term matches is
:mod:`analysis.framing.lexicon`'s rule. Each term and each of its ``forms``, ``not_in``, ``near`` and ``not_near``
entries is compiled here into token tests (:func:`analysis.framing.patterns.compile_phrase`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path

from analysis.corpus.records import WITH_LEXICONS
from analysis.excerpt import excerpt
from analysis.framing.lexicon import Frame, Lexicon, Term
from analysis.framing.patterns import Context, Test, compile_phrase
from analysis.safe_yaml import YamlError, load_yaml
from analysis.text import fold

__all__ = [
    "SLOT",
    "LexiconError",
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
