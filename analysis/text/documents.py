"""What the pipeline keeps of a corpus: each article's :class:`Doc`, the corpus' :class:`StemCodes` and
:class:`TextCorpus` (built by :func:`analysis.text.build`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from analysis.corpus.records import Article, Problem, ProblemLog
from analysis.text.tokens import token_spans

__all__ = ["Doc", "StemCodes", "TextCorpus", "sentence_numbers"]

NO_STEMS = np.zeros(0, dtype=object)
NO_WORDS = np.zeros(0, dtype=np.int32)
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
    # Each token's word number in its language's vocabulary, and that vocabulary (an object array shared by the
    # language's articles): ``word_names[word_codes]`` are ``tokens``. What a property of single tokens is read
    # through: computed once per distinct word, looked up per token in numpy (casualties.token_marks). Empty in a
    # Doc not made by :func:`analysis.text.build` (then read ``tokens``).
    word_codes: np.ndarray = field(default_factory=lambda: NO_WORDS)
    word_names: np.ndarray = field(default_factory=lambda: NO_STEMS)

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

    @property
    def numbered(self) -> bool:
        """Whether the tokens come with their word numbers (``word_codes``, ``word_names``)."""
        return len(self.word_codes) == len(self.tokens) and (len(self.word_names) > 0 or not self.tokens)

    def token_starts(self, indices: Sequence[int]) -> list[int]:
        """Character offsets of the tokens at ``indices`` (clipped to the last token)."""
        if not indices or not len(self.starts):
            return [0] * len(indices)
        return self.starts[np.minimum(np.asarray(indices, dtype=np.int64), len(self.starts) - 1)].tolist()

    @cached_property
    def token_sentences(self) -> np.ndarray:
        """Sentence number (index into ``sentences``) of each token (computed on first use, then kept: int64).

        Sentences are stripped spans that end at white space, so a token lies in
        the last sentence starting at or before it.
        """
        return self.sentence_numbers(np.int64)

    def sentence_numbers(self, dtype: type[np.integer] = np.int64) -> np.ndarray:
        """:attr:`token_sentences` as a new array of ``dtype``, not kept on the Doc.

        For a caller that reads every article once (the shared passages' index, int32): kept on each Doc,
        the int64 numbers stayed in memory for the rest of the run, 8 bytes a token (80 MB at 20,000 articles).

        >>> from analysis.corpus.records import Article
        >>> from analysis.text import build
        >>> doc = build([Article("a", "Uno dos. Tres cuatro.", language="es")]).docs[0]
        >>> doc.sentence_numbers(np.int32).tolist(), "token_sentences" in doc.__dict__
        ([0, 0, 1, 1], False)
        """
        if not self.sentences:
            return np.zeros(len(self.tokens), dtype=dtype)
        firsts = np.fromiter((a for a, _ in self.sentences), dtype=np.int64, count=len(self.sentences))
        numbers = np.searchsorted(firsts, self.starts, side="right").astype(dtype)
        numbers -= 1
        return np.maximum(numbers, 0, out=numbers)


# Tokens numbered at once by :func:`sentence_numbers` (a few 8-byte temporaries each: about 30 MB).
_NUMBER_RUN = 1 << 20


def sentence_numbers(docs: Sequence[Doc], dtype: type[np.integer] = np.int32) -> tuple[np.ndarray, ...]:
    """Every Doc's :meth:`Doc.sentence_numbers`, a run of about a million tokens at a time rather than one article
    at a time (one numpy call per article was a tenth of the shared passages' index at 10,000 articles).

    A run's token and sentence starts are shifted by the characters of the articles before them (and one more
    each), so that each article's lie past the previous one's; a token's number is then how many sentences start
    at or before it, less those of the articles before and one, 0 at least (a token before its article's first
    sentence is in the first, as :meth:`Doc.sentence_numbers` counts it).

    >>> from analysis.corpus.records import Article
    >>> from analysis.text import build
    >>> docs = build([Article("a", "Uno dos. Tres cuatro.", language="es"), Article("b", "", language="es"),
    ...               Article("c", "Cinco. Seis siete.", language="es")]).docs
    >>> [n.tolist() for n in sentence_numbers(docs)] == [d.sentence_numbers(np.int32).tolist() for d in docs]
    True
    """
    numbers: list[np.ndarray] = []
    first = 0
    while first < len(docs):
        last, tokens = first, 0
        while last < len(docs) and (tokens < _NUMBER_RUN or last == first):
            tokens += len(docs[last].starts)
            last += 1
        run = docs[first:last]
        shift = np.zeros(len(run) + 1, dtype=np.int64)
        np.cumsum([len(d.article.text) + 1 for d in run], out=shift[1:])
        sentence_count = np.array([len(d.sentences) for d in run], dtype=np.int64)
        token_count = np.array([len(d.starts) for d in run], dtype=np.int64)
        firsts = np.fromiter((a for d in run for a, _ in d.sentences), dtype=np.int64, count=int(sentence_count.sum()))
        firsts += np.repeat(shift[:-1], sentence_count)
        starts = np.concatenate([d.starts for d in run]).astype(np.int64) if tokens else np.zeros(0, np.int64)
        starts += np.repeat(shift[:-1], token_count)
        # Sentences starting at or before each token: each sentence counted from the first token at or past its
        # start on (a search of the few sentence starts among the tokens, not of every token among them).
        found = np.cumsum(np.bincount(np.searchsorted(starts, firsts, side="left"), minlength=len(starts) + 1))
        found = found[: len(starts)]
        del starts
        before = np.zeros(len(run), dtype=np.int64)
        np.cumsum(sentence_count[:-1], out=before[1:])
        found -= np.repeat(before + 1, token_count)
        every = np.maximum(found, 0).astype(dtype)
        del found
        cuts = np.cumsum(token_count)[:-1]
        numbers.extend(np.split(every, cuts))
        first = last
    return tuple(numbers)


@dataclass(frozen=True, eq=False)
class StemCodes:
    """Every token's stem as a number, all articles end to end: what vectorised analyses index.

    ``codes[offsets[n]:offsets[n + 1]]`` are ``docs[n].stems`` as numbers and
    ``stems[code]`` is the stem; equal stems have equal codes, in any language.

    >>> from analysis.corpus.records import Article
    >>> from analysis.text import build
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

        >>> from analysis.text import build
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
