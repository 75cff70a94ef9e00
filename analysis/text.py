"""The one text pipeline: tokens, stems, stop words and sentences, built once per corpus.

Every analysis (similarity, framing terms, figures) reads the :class:`TextCorpus`
built here instead of tokenizing again. Tokens are lower-cased runs of letters
and digits, with accents and ñ kept; dotted abbreviations such as "EE.UU." stay
one token. Stems come from the Snowball stemmer of the article's language
(PyStemmer, the Snowball project's C stemmers: Spanish stems identical to
NLTK's, 6–12× faster), computed once per unique word (stemming costs grow with
the vocabulary, not the corpus). ``surface`` maps each stem back to its most frequent word so that
results are shown as words, never as stems.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, partial
from importlib import resources
from itertools import compress, islice

import numpy as np
import Stemmer
from stop_words import get_stop_words

from analysis import parallel
from analysis.config import settings
from analysis.corpus.records import LANGUAGES, Article, Problem, ProblemLog, failure

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

# Dotted abbreviations ("EE.UU.", "U.S.") first, so they stay whole; then words.
RE_TOKEN = re.compile(r"(?:[^\W\d_]{1,4}\.){2,}|\w+")
# The same tokens as split pieces: [gap, token, gap, token, ..., gap], whose lengths give each token's offset.
RE_TOKEN_SPLIT = re.compile(f"({RE_TOKEN.pattern})")
# Where no point is followed by one to four letters and another point, no dotted abbreviation can match (it
# holds two such groups), and RE_TOKEN's tokens are its second alternative's, \w+: that split is 40 % cheaper
# (the first alternative is tried at every word), and this search, starting with a literal, nearly free.
RE_DOTTED = re.compile(r"\.[^\W\d_]{1,4}\.")
RE_WORD_SPLIT = re.compile(r"(\w+)")
# A candidate sentence end: terminal punctuation, closing quotes/brackets, space,
# then something that can start a sentence. Paragraph breaks always end one.
RE_SENTENCE_END = re.compile(r"[.!?…]+[\"'»”’)\]]*\s+(?=[\"'«“‘¿¡(\[\-—–]{0,3}\s?[^\W_a-zß-ÿ])|\n+")
RE_WORD_BEFORE = re.compile(r"(\S+)$")
# How far back to look for the word before a full stop: searching from the text's
# start made sentence splitting quadratic in the article's length.
WORD_BEFORE_WINDOW = 64

# Token offsets and stem codes are stored as int32 (4 bytes a token, not 8): an article is far below 2**31
# characters (the loader's file-size limit) and a corpus far below 2**31 distinct stems. Arithmetic on codes
# that can pass 2**31 (stem-pair keys) casts to int64 first.
OFFSET = np.int32
CODE = np.int32

# The stage named in the problems of articles the pipeline could not read.
STAGE = "text pipeline"


def _load_abbreviations() -> frozenset[str]:
    text = resources.files("analysis.lexicons").joinpath("abbreviations.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower().rstrip(".") for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


ABBREVIATIONS = _load_abbreviations()


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
    tokens, starts, same_length = _tokens_and_starts(text)
    longest = settings().limits.max_token_chars
    too_long = 0
    if tokens and max(map(len, tokens)) > longest:  # max over lengths runs in C; the filter below rarely does
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
    lowered = text.lower()
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
    return tokens, starts, len(lowered) == len(text)


def token_spans(text: str) -> list[tuple[int, int]]:
    """Character (start, end) of each token of :func:`tokens_and_starts`, in the same order."""
    longest = settings().limits.max_token_chars
    return [m.span() for m in RE_TOKEN.finditer(text) if m.end() - m.start() <= longest]


def fold(text: str) -> str:
    """Lower-case ``text`` without its accents: how words compare when accents do not matter.

    THE accent folding of the library (framing "word" terms, casualty lexicon keys
    and patterns). Every combining mark goes (á→a, ü→u, à→a, ç→c) except the
    tilde of ñ: in Spanish ñ is a letter of its own ("año" is not "ano",
    "peña" not "pena").

    Only texts with a non-ASCII letter are remembered (:func:`_fold_accented`, at most ``FOLD_CACHE``
    of them): an ASCII text costs one ``lower()``, less than a look-up in the cache, and remembering every
    word of a corpus cost each process about 46 MB at 20,000 articles (200,000 entries).

    >>> fold("Víctimas"), fold("AÑO"), fold("pingüino"), fold("Àvila")
    ('victimas', 'año', 'pinguino', 'avila')
    """
    lowered = text.lower()
    if lowered.isascii():  # no accent to remove, nothing to normalise: most words
        return lowered
    return _fold_accented(lowered)


# Folded texts with a non-ASCII character kept per process (:func:`fold`): the accented words of a few
# thousand articles; the rest are folded again when met (about a microsecond each).
FOLD_CACHE = 65_536


@lru_cache(maxsize=FOLD_CACHE)
def _fold_accented(lowered: str) -> str:
    lowered = unicodedata.normalize("NFC", lowered)
    return "ñ".join(_without_marks(unicodedata.normalize("NFKD", part)) for part in lowered.split("ñ"))


# Outside the Basic Multilingual Plane (code points from U+10000, where a few combining marks lie), a
# text is folded one character at a time: a character class with astral ranges is 8x slower to apply.
RE_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _without_marks(text: str) -> str:
    """``text`` without the characters ``unicodedata.combining`` marks (5× faster than testing each in Python)."""
    if RE_ASTRAL.search(text):
        return "".join(c for c in text if not unicodedata.combining(c))
    return _combining_marks().sub("", text)


@lru_cache(maxsize=1)
def _combining_marks() -> re.Pattern[str]:
    """A character class of every combining mark of the Basic Multilingual Plane (found on first use: 0.02 s)."""
    return re.compile("[" + "".join(re.escape(chr(c)) for c in range(0x10000) if unicodedata.combining(chr(c))) + "]")


@lru_cache(maxsize=16)
def _stemmer(language: str) -> Stemmer.Stemmer | None:
    name = LANGUAGES[language].snowball if language in LANGUAGES else None
    return Stemmer.Stemmer(name) if name else None


@lru_cache(maxsize=500_000)
def stem(word: str, language: str) -> str:
    """Snowball stem of a lower-cased word in ``language`` (the word itself when unsupported).

    >>> stem("secuestraron", "es"), stem("kidnapping", "en")
    ('secuestr', 'kidnap')
    """
    stemmer = _stemmer(language)
    return stemmer.stemWord(word) if stemmer is not None else word


@lru_cache(maxsize=16)
def stop_words(language: str) -> frozenset[str]:
    """Stop words of ``language`` from the `stop-words` package (empty when it has none)."""
    return frozenset(get_stop_words(language)) if language in LANGUAGES else frozenset()


def _is_abbreviation(word: str) -> bool:
    bare = word.strip("\"'«“(").rstrip(".").lower()
    if bare in ABBREVIATIONS:
        return True
    # Initials ("J.", "M.") and dotted abbreviations ("EE.UU.", "U.S.").
    return (len(bare) == 1 and bare.isalpha()) or ("." in bare and all(len(p) <= 4 for p in bare.split(".")))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``, stripped of surrounding space.

    A sentence ends at ., !, ?, … (and any closing quote) before a capital,
    digit, opening quote or inverted mark, unless the word before the point is
    a known abbreviation (lexicons/abbreviations.txt), an initial or a dotted
    abbreviation such as "EE.UU."; a line break always ends one.

    >>> t = "Llegó a EE.UU. el lunes. El Sr. Gil habló."
    >>> [t[a:b] for a, b in sentence_spans(t)]
    ['Llegó a EE.UU. el lunes.', 'El Sr. Gil habló.']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in RE_SENTENCE_END.finditer(text):
        at = match.start()
        # At a full stop (!, ?, …; not a line break), the word before the point, with it: the last run of
        # non-space characters up to the point (which is no space), what RE_WORD_BEFORE finds there (``split``
        # cuts at the same white space as ``\s``, in C).
        if "\n" not in match.group() and _is_abbreviation(
            text[max(0, at - WORD_BEFORE_WINDOW) : at + 1].split()[-1] + "."
        ):
            continue
        end = match.end()
        _add_span(text, start, end, spans)
        start = end
    _add_span(text, start, len(text), spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        offset = start + chunk.index(stripped[0])
        spans.append((offset, offset + len(stripped)))


NO_STEMS = np.zeros(0, dtype=object)
# The stems last made by Doc.stems and their Doc: analyses read an article's stems many times in a row (the
# framing lexicons once per occurrence they check), so one article's tuple is kept, not every article's.
_LAST_STEMS: tuple[object, tuple[str, ...]] = (None, ())


@dataclass(frozen=True, eq=False)
class Doc:
    """One article through the pipeline: its tokens, their stems, and which are content words.

    The stems are kept as numbers (``stem_codes``, a view into :attr:`TextCorpus.stem_codes`, into the
    corpus' one array ``stem_names``) and made strings when read (:attr:`stems`): a tuple of strings per
    article cost 8 bytes a token more, about 90 MB at 20,000 articles, for the few analyses that read them.
    """

    article: Article
    tokens: tuple[str, ...]
    stem_codes: np.ndarray  # each token's stem number, an index into stem_names
    content: np.ndarray  # bool per token: not a stop word, not a number, 2+ characters
    starts: np.ndarray  # character offset of each token in the article text (int32)
    sentences: list[tuple[int, int]]  # character spans of the sentences (sentence_spans)
    stem_names: np.ndarray = field(default_factory=lambda: NO_STEMS)  # the corpus' stems (StemCodes.stems)

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def stems(self) -> tuple[str, ...]:
        """Each token's stem, made from the stem numbers; the last article's are kept (:data:`_LAST_STEMS`)."""
        global _LAST_STEMS
        last = _LAST_STEMS
        if last[0] is self:
            return last[1]
        stems = tuple(self.stem_names[self.stem_codes].tolist())
        _LAST_STEMS = (self, stems)  # one assignment: a thread reading it sees the pair whole
        return stems

    @property
    def terms(self) -> list[str]:
        """Stems of the content tokens, in order: what TF-IDF and term statistics count."""
        return self.stem_names[self.stem_codes[self.content]].tolist()

    @cached_property
    def spans(self) -> list[tuple[int, int]]:
        """Character span of each token in the article text (computed on first use, from ``starts``)."""
        text = self.article.text
        if len(text.lower()) != len(text):  # lower-casing changed lengths ("İ"): find the tokens again
            return token_spans(text)
        return [(a, a + len(t)) for a, t in zip(self.starts.tolist(), self.tokens)]

    def token_starts(self, indices: Sequence[int]) -> list[int]:
        """Character offsets of the tokens at ``indices`` (clipped to the last token)."""
        if not indices or not len(self.starts):
            return [0] * len(indices)
        return self.starts[np.minimum(np.asarray(indices, dtype=np.int64), len(self.starts) - 1)].tolist()

    @cached_property
    def token_sentences(self) -> np.ndarray:
        """Sentence number (index into ``sentences``) of each token (computed on first use).

        Sentences are stripped spans that end at white space, so a token lies in
        the last sentence starting at or before it.
        """
        if not self.sentences:
            return np.zeros(len(self.tokens), dtype=np.int64)
        firsts = np.fromiter((a for a, _ in self.sentences), dtype=np.int64, count=len(self.sentences))
        return np.maximum(np.searchsorted(firsts, self.starts, side="right") - 1, 0)


@dataclass(frozen=True, eq=False)
class StemCodes:
    """Every token's stem as a number, all articles end to end: what vectorised analyses index.

    ``codes[offsets[n]:offsets[n + 1]]`` are ``docs[n].stems`` as numbers and
    ``stems[code]`` is the stem; equal stems have equal codes, in any language.

    >>> from analysis.corpus.records import Article
    >>> c = build([Article("a", "Los presos, el preso.", language="es"), Article("b", "Presos", language="es")])
    >>> codes = c.stem_codes
    >>> codes.stems[codes.codes].tolist(), codes.offsets.tolist(), len(codes.stems)
    (['los', 'pres', 'el', 'pres', 'pres'], [0, 4, 5], 3)
    """

    codes: np.ndarray
    offsets: np.ndarray
    stems: np.ndarray

    def of(self, n: int) -> np.ndarray:
        """The codes of article ``n``'s stems."""
        return self.codes[self.offsets[n] : self.offsets[n + 1]]


@dataclass(frozen=True, eq=False)
class TextCorpus:
    """The processed corpus shared by every analysis."""

    docs: tuple[Doc, ...]
    stem_codes: StemCodes
    surface: dict[str, str] = field(default_factory=dict)
    log: ProblemLog = field(default_factory=ProblemLog)

    def __len__(self) -> int:
        return len(self.docs)

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Articles some stage could not read, or read only in part, so far: each names the article, stage and reason."""
        return tuple(self.log)

    def word(self, stem_or_ngram: str) -> str:
        """The most frequent surface form of a stem, or of each stem of a space-joined n-gram."""
        return " ".join(self.surface.get(s, s) for s in stem_or_ngram.split(" "))

    @cached_property
    def content_terms(self) -> tuple[np.ndarray, np.ndarray]:
        """The content stems of every article as numbers, end to end, and where each article's run starts.

        ``terms[ends[n]:ends[n + 1]]`` are ``docs[n].terms`` as stem codes. Computed once per
        corpus: the TF-IDF counts (similarity) and the term counts of Fightin' Words (framing)
        are both built from it.

        >>> c = build([Article("a", "Los presos y el preso.", language="es"), Article("b", "Presos", language="es")])
        >>> terms, ends = c.content_terms
        >>> c.stem_codes.stems[terms].tolist(), ends.tolist()
        (['pres', 'pres', 'pres'], [0, 2, 3])
        """
        codes = self.stem_codes
        content = np.concatenate([d.content for d in self.docs]) if self.docs else np.zeros(0, dtype=bool)
        terms = codes.codes[content]
        ends = np.concatenate([[0], np.cumsum(content)])[codes.offsets]
        return terms, ends


@dataclass(frozen=True, eq=False)
class _Tokenized:
    """Articles tokenized by one process.

    Per language, its distinct words in order of first appearance; per article,
    its language, word numbers (into that language's words), token offsets and
    sentence spans.
    """

    words: dict[str, list[str]]
    languages: list[str]
    codes: list[np.ndarray]
    starts: list[np.ndarray]
    sentences: list[list[tuple[int, int]]]
    problems: list[Problem]


def _read_one(article: Article) -> tuple[list[str], np.ndarray, list[tuple[int, int]], Problem | None]:
    """One article's tokens, offsets and sentences; none and a Problem when it cannot be read."""
    try:
        tokens, offsets, long = _kept_tokens(article.text)
        sentences = sentence_spans(article.text)
    except Exception as error:  # one unreadable article must not sink the others
        return [], np.zeros(0, dtype=OFFSET), [], failure(article.id, STAGE, error)
    problem = None
    if long > 0:
        problem = Problem(
            article.id,
            f"{long} run(s) of letters or digits longer than {settings().limits.max_token_chars} characters kept in the text "
            "but not counted as words",
            STAGE,
        )
    return tokens, offsets, sentences, problem


# One article's tokens, token offsets and sentence spans, as read before (``build(known=...)``).
Reading = tuple[list[str], np.ndarray, list[tuple[int, int]]]


class _Numbering(dict[str, int]):
    """Words numbered in order of first appearance: a word not seen yet gets the next number when looked up.

    ``map(numbering.__getitem__, tokens)`` numbers a document's tokens in C, new words included
    (``__missing__`` is called only for them).

    >>> n = _Numbering(); [n[w] for w in ["b", "a", "b", "c"]], list(n)
    ([0, 1, 0, 2], ['b', 'a', 'c'])
    """

    def __missing__(self, word: str) -> int:
        number = self[word] = len(self)
        return number


def _tokenize(articles: Sequence[Article | tuple[Article, Reading | None]]) -> list[_Tokenized]:
    """Tokenize a run of articles and split their sentences (a list of one, for :func:`parallel.map_split`).

    Mapping a document's tokens to numbers is one dict lookup per token done by ``map`` in C.
    An article that cannot be read gets no tokens and a Problem naming it. An (article, reading)
    pair with a reading is not read again.
    """
    numbers: dict[str, _Numbering] = {}
    languages, codes, starts, sentences, problems = [], [], [], [], []
    for item in articles:
        article, known = item if isinstance(item, tuple) else (item, None)
        number = numbers.get(article.language)
        if number is None:
            number = numbers[article.language] = _Numbering()
        tokens, offsets, spans, problem = (*known, None) if known is not None else _read_one(article)
        if problem is not None:
            problems.append(problem)
        languages.append(article.language)
        codes.append(np.fromiter(map(number.__getitem__, tokens), dtype=np.int32, count=len(tokens)))
        starts.append(offsets)
        sentences.append(spans)
    words = {language: list(number) for language, number in numbers.items()}  # dicts keep the numbering order
    return [_Tokenized(words, languages, codes, starts, sentences, problems)]


class _Vocabulary:
    """The distinct words of one language over all runs, with their stems.

    Tokens read back through the vocabulary are shared string objects, so a
    corpus of millions of tokens holds each distinct word once.
    """

    def __init__(self, language: str) -> None:
        self.language = language
        self.number = _Numbering()
        self.tokens: list[str] = []
        self.stems: list[str] = []

    def add(self, words: list[str]) -> np.ndarray:
        """Number a run's words in this vocabulary: the run's word number -> the vocabulary's.

        The run's words are distinct and numbered in order, so the first run's numbering is kept as it is,
        and a later run's new words get the next numbers in their order (looked up in C, :class:`_Numbering`).
        """
        known = len(self.tokens)
        mapping = np.fromiter(map(self.number.__getitem__, words), dtype=np.int32, count=len(words))
        if len(self.number) > known:
            self.tokens.extend(islice(self.number, known, None))
        return mapping

    def stem_all(self, *, spread: bool) -> None:
        """Stem each word once; with ``spread``, a large vocabulary on every core."""
        if not spread:
            self.stems = stem_words(self.tokens, self.language)
            return
        self.stems = parallel.map_split(
            partial(stem_words, language=self.language), self.tokens, min_items=settings().parallel.min_words
        )

    @property
    def content(self) -> np.ndarray:
        """Content words: 2+ characters, not a stop word, not a number."""
        stops = stop_words(self.language)
        return np.fromiter(
            (len(t) > 1 and t not in stops and not t.isdigit() for t in self.tokens), dtype=bool, count=len(self.tokens)
        )


def stem_words(words: list[str], language: str) -> list[str]:
    """:func:`stem` of each word (one call into the C stemmer for the whole list; a word it fails on is its own stem)."""
    stemmer = _stemmer(language)
    if stemmer is None:
        return list(words)
    try:
        return stemmer.stemWords(words)
    except Exception:
        return [_safe_stem(w, language) for w in words]


def _safe_stem(word: str, language: str) -> str:
    try:
        return stem(word, language)
    except Exception:
        return word


def build(articles: Sequence[Article], *, known: Sequence[Reading | None] | None = None) -> TextCorpus:
    """Tokenize, stem and mark content words of every article, once.

    ``known``: beside each article, its :data:`Reading` kept from an earlier build (tokens, offsets and
    sentences of a text depend on the text alone; ``analysis.pipeline.text_of_collection`` keeps them per
    content hash), or None to read it now.

    Stems and content flags are computed once per unique (word, language)
    and looked up by number, so the Python-level cost grows with the
    vocabulary, not with the corpus length. Large corpora use every core
    (:func:`analysis.parallel.map_split`): runs of articles are tokenized in
    parallel, their vocabularies merged, and the distinct words stemmed in parallel
    (from ``min_articles`` articles and ``min_words`` words, settings/parallel.yaml).
    """
    spread = settings().parallel
    vocabularies: dict[str, _Vocabulary] = {}
    parts = []
    log = ProblemLog()
    items: Sequence[Article | tuple[Article, Reading | None]] = (
        list(zip(articles, known, strict=True)) if known is not None else articles
    )
    # Readings known are only numbered: sending them to workers would cost more than numbering them here.
    unread = len(articles) if known is None else sum(k is None for k in known)
    least = spread.min_articles if unread >= spread.min_articles else len(items) + 1
    for run in parallel.map_split(_tokenize, items, min_items=least, max_chunk=spread.chunk_articles):
        for problem in run.problems:
            log.add(problem)
        mappings = {}
        for language, words in run.words.items():
            vocabulary = vocabularies.setdefault(language, _Vocabulary(language))
            mappings[language] = vocabulary.add(words)
        for language, codes, starts, sentences in zip(run.languages, run.codes, run.starts, run.sentences):
            parts.append((mappings[language][codes], starts, sentences))
    for vocabulary in vocabularies.values():
        # Only a corpus large enough to have its workers started: starting them (1.5 s) costs more than
        # stemming the 40,000 words of 1,000 articles here.
        vocabulary.stem_all(spread=len(articles) >= spread.min_articles)
    content = {language: v.content for language, v in vocabularies.items()}
    # Object arrays of the vocabularies' own strings: indexing them by a document's word numbers (in C) gives
    # its tokens and stems as shared strings, three times faster than a lookup per token.
    word_of = {language: _objects(v.tokens) for language, v in vocabularies.items()}
    numbered = [(article, codes) for article, (codes, _, _) in zip(articles, parts)]
    stem_codes = _stem_codes(vocabularies, numbered)
    docs = []
    for n, (article, (codes, starts, sentences)) in enumerate(zip(articles, parts)):
        language = article.language
        doc_tokens = tuple(word_of[language][codes].tolist())
        doc_starts = starts.astype(OFFSET, copy=False)
        docs.append(
            Doc(
                article, doc_tokens, stem_codes.of(n), content[language][codes], doc_starts, sentences, stem_codes.stems
            )
        )
    counts = {
        language: np.bincount(
            np.concatenate([codes for a, codes in numbered if a.language == language]), minlength=len(v.tokens)
        )
        for language, v in vocabularies.items()
    }
    corpus = TextCorpus(tuple(docs), stem_codes, _surface(vocabularies, counts), log)
    del parts, numbered, counts
    parallel.trim_freed_memory()  # the runs' token lists and word numbers, freed among what the corpus keeps
    return corpus


def _objects(strings: list[str]) -> np.ndarray:
    array = np.empty(len(strings), dtype=object)
    array[:] = strings
    return array


def _stem_codes(vocabularies: dict[str, _Vocabulary], parts: list[tuple[Article, np.ndarray]]) -> StemCodes:
    """Number the distinct stems of all vocabularies and map every token's word number to its stem's."""
    number: dict[str, int] = {}
    of_word = {
        language: np.fromiter((number.setdefault(s, len(number)) for s in v.stems), dtype=CODE, count=len(v.stems))
        for language, v in vocabularies.items()
    }
    codes = [of_word[article.language][word_codes] for article, word_codes in parts]
    offsets = np.zeros(len(codes) + 1, dtype=np.int64)
    offsets[1:] = np.cumsum([len(c) for c in codes])
    stems = np.empty(len(number), dtype=object)
    stems[:] = list(number)
    return StemCodes(np.concatenate(codes) if codes else np.zeros(0, dtype=CODE), offsets, stems)


def _surface(vocabularies: dict[str, _Vocabulary], counts: dict[str, np.ndarray]) -> dict[str, str]:
    """Each stem's most frequent surface token over all languages (ties: the alphabetically first)."""
    pair_counts: Counter[tuple[str, str]] = Counter()
    for language, vocabulary in vocabularies.items():
        for pair, n in zip(zip(vocabulary.stems, vocabulary.tokens), counts[language].tolist()):
            pair_counts[pair] += n
    surface: dict[str, str] = {}
    best: dict[str, int] = {}
    for (stem_, token), n in pair_counts.items():
        if n > best.get(stem_, 0) or (n == best[stem_] and token < surface[stem_]):
            best[stem_] = n
            surface[stem_] = token
    return surface
