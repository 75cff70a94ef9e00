"""Reading articles: each one's tokens, offsets and sentences, its words numbered per language (what a worker
process computes for :func:`analysis.text.build`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from analysis.config import settings
from analysis.corpus.records import Article, Problem, failure
from analysis.text.sentences import sentence_spans
from analysis.text.tokens import OFFSET, _kept_tokens

__all__ = ["STAGE", "Reading"]

# The stage named in the problems of articles the pipeline could not read.
STAGE = "text pipeline"


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
