"""build(): the corpus' vocabularies (each distinct word once per language, stemmed once), its stem codes
and surface words, and every article's :class:`~analysis.text.documents.Doc`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import partial
from itertools import islice

import numpy as np

from analysis import parallel
from analysis.config import settings
from analysis.corpus.records import Article, ProblemLog
from analysis.text.documents import Doc, StemCodes, TextCorpus
from analysis.text.reading import Reading, _Numbering, _tokenize
from analysis.text.stems import stem_words, stop_words
from analysis.text.tokens import CODE, OFFSET

__all__ = ["build"]


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
    stem_codes, stem_of_word = _stem_codes(vocabularies, numbered)
    docs = []
    for n, (article, (codes, starts, sentences)) in enumerate(zip(articles, parts)):
        language = article.language
        vocabulary_words = word_of[language]
        doc_starts = starts.astype(OFFSET, copy=False)
        docs.append(
            Doc(
                article,
                tuple(vocabulary_words[codes].tolist()),
                stem_codes.of(n),
                content[language][codes],
                doc_starts,
                sentences,
                stem_codes.stems,
                codes,
                vocabulary_words,
            )
        )
    counts = {
        language: np.bincount(
            np.concatenate([codes for a, codes in numbered if a.language == language]), minlength=len(v.tokens)
        )
        for language, v in vocabularies.items()
    }
    corpus = TextCorpus(tuple(docs), stem_codes, _surface(vocabularies, counts, stem_of_word, stem_codes.stems), log)
    del parts, numbered, counts
    parallel.trim_freed_memory()  # the runs' token lists and word numbers, freed among what the corpus keeps
    return corpus


def _objects(strings: list[str]) -> np.ndarray:
    array = np.empty(len(strings), dtype=object)
    array[:] = strings
    return array


def _stem_codes(
    vocabularies: dict[str, _Vocabulary], parts: list[tuple[Article, np.ndarray]]
) -> tuple[StemCodes, dict[str, np.ndarray]]:
    """Number the distinct stems of all vocabularies and map every token's word number to its stem's; and, per
    language, each vocabulary word's stem code."""
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
    return StemCodes(np.concatenate(codes) if codes else np.zeros(0, dtype=CODE), offsets, stems), of_word


def _surface(
    vocabularies: dict[str, _Vocabulary],
    counts: dict[str, np.ndarray],
    stem_of: dict[str, np.ndarray],
    names: np.ndarray,
) -> dict[str, str]:
    """Each stem's most frequent surface token over all languages (ties: the alphabetically first), keyed in the
    order of the stem codes (``stem_of``: each vocabulary word's stem code, :func:`_stem_codes`; ``names``: the
    stems, by code).

    Sorted in numpy by stem, then count (one word and its count per row; a (stem, word) pair of two languages is
    one row, its counts added); only stems whose top count two words share are decided in Python. The same
    answer as counting every pair in Python (:func:`_surface_by_pairs`, which a test compares it with).

    >>> c = build([Article("a", "Los presos, el preso. Presos", language="es"), Article("b", "preso", language="en")])
    >>> c.surface["pres"], c.surface["preso"]
    ('presos', 'preso')
    """
    tokens = [t for v in vocabularies.values() for t in v.tokens]
    if not tokens:
        return {}
    stems = np.concatenate([stem_of[language] for language in vocabularies]).astype(np.int64)
    n = np.concatenate([counts[language] for language in vocabularies]).astype(np.int64)
    if len(vocabularies) > 1:  # a word may be in two languages with one stem: one pair, its counts added
        ids = _Numbering()
        words = np.fromiter(map(ids.__getitem__, tokens), dtype=np.int64, count=len(tokens))
        _, first, inverse = np.unique(stems * len(ids) + words, return_index=True, return_inverse=True)
        n = np.bincount(inverse.ravel(), weights=n).astype(np.int64)
        stems = stems[first]
        tokens = [tokens[i] for i in first.tolist()]
    order = np.lexsort((-n, stems))  # by stem, then count, highest first
    ordered, top = stems[order], n[order]
    begins = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    group = np.cumsum(np.concatenate(([True], ordered[1:] != ordered[:-1]))) - 1
    tied = np.bincount(group[top == top[begins][group]], minlength=len(begins))  # words sharing the top count
    chosen = [tokens[i] for i in order[begins].tolist()]
    for g in np.flatnonzero(tied > 1).tolist():
        start = int(begins[g])
        chosen[g] = min(tokens[i] for i in order[start : start + int(tied[g])].tolist())
    return dict(zip(names[ordered[begins]].tolist(), chosen))


def _surface_by_pairs(vocabularies: dict[str, _Vocabulary], counts: dict[str, np.ndarray]) -> dict[str, str]:
    """:func:`_surface` by counting every (stem, word) pair in Python: the reference it is tested against."""
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
