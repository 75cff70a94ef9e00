"""The one text pipeline: tokens, stems, stop words and sentences, built once per corpus.

Every analysis (similarity, framing terms, figures) reads the :class:`TextCorpus`
built here instead of tokenizing again. Tokens are lower-cased runs of letters
and digits, with accents and ñ kept; dotted abbreviations such as "EE.UU." stay
one token. Stems come from the Snowball stemmer of the article's language
(PyStemmer, the Snowball project's C stemmers: Spanish stems identical to
NLTK's, 6–12× faster), computed once per unique word (stemming costs grow with
the vocabulary, not the corpus). ``surface`` maps each stem back to its most frequent word so that
results are shown as words, never as stems.

The modules, each named after what it computes: :mod:`~analysis.text.tokens` (tokens and offsets),
:mod:`~analysis.text.sentences` (sentence spans), :mod:`~analysis.text.accents` (``fold``),
:mod:`~analysis.text.stems` (stems, stop words), :mod:`~analysis.text.reading` (one article's reading, its
words numbered), :mod:`~analysis.text.documents` (``Doc``, ``StemCodes``, ``TextCorpus``) and
:mod:`~analysis.text.vocabulary` (``build``); :mod:`~analysis.text.day_months` (the days and months a text writes) is
imported from its module. Everything else is importable from ``analysis.text`` as before.
"""

from __future__ import annotations

from analysis.text.accents import FOLD_CACHE, RE_ASTRAL, _combining_marks, _fold_accented, _without_marks, fold
from analysis.text.documents import NO_STEMS, Doc, StemCodes, TextCorpus
from analysis.text.reading import STAGE, Reading, _Numbering, _read_one, _tokenize, _Tokenized
from analysis.text.sentences import (
    ABBREVIATIONS,
    RE_SENTENCE_END,
    RE_WORD_BEFORE,
    WORD_BEFORE_WINDOW,
    _add_span,
    _is_abbreviation,
    _load_abbreviations,
    sentence_spans,
)
from analysis.text.stems import _safe_stem, _stemmer, stem, stem_words, stop_words
from analysis.text.tokens import (
    CODE,
    OFFSET,
    RE_DOTTED,
    RE_TOKEN,
    RE_TOKEN_SPLIT,
    RE_WORD_SPLIT,
    _kept_tokens,
    _tokens_and_starts,
    long_tokens,
    token_spans,
    tokenize,
    tokens_and_starts,
)
from analysis.text.vocabulary import _objects, _stem_codes, _surface, _Vocabulary, build

__all__ = [
    "Doc",
    "StemCodes",
    "TextCorpus",
    "build",
    "fold",
    "sentence_spans",
    "stem",
    "stop_words",
    "tokenize",
    "tokens_and_starts",
]

# The names above are this package's, as when it was one module (``from analysis.text import ...``).
_REEXPORTED = (
    FOLD_CACHE, RE_ASTRAL, _combining_marks, _fold_accented, _without_marks, NO_STEMS, STAGE, Reading, _Numbering,
    _read_one, _tokenize, _Tokenized, ABBREVIATIONS, RE_SENTENCE_END, RE_WORD_BEFORE, WORD_BEFORE_WINDOW, _add_span,
    _is_abbreviation, _load_abbreviations, _safe_stem, _stemmer, stem_words, CODE, OFFSET, RE_DOTTED, RE_TOKEN,
    RE_TOKEN_SPLIT, RE_WORD_SPLIT, _kept_tokens, _tokens_and_starts, long_tokens, token_spans, _objects,
    _stem_codes, _surface, _Vocabulary,
)  # fmt: skip
