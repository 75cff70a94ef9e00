"""What the claim reader reads of each article (:mod:`analysis.casualties.claims`): its sentences, where a figure
may start, where the words of kind entries and a zero toll's negations are (the token marks of
:mod:`analysis.casualties.token_marks`, made for the corpus at once), and the date its undated mentions are read
against. A reading is plain data: it goes to a worker process whole.

>>> from analysis.corpus.records import Article
>>> from analysis.text import build
>>> docs = build([Article("a", "Murieron 12 personas. No hubo heridos.", language="es")]).docs
>>> problems, (one,) = _readings(docs, latest_date(docs))
>>> problems, one.starts, one.kinds, one.zeros
([], [9], [0, 12, 30], [22])
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from analysis.casualties import incidents
from analysis.casualties.token_marks import Marks, marks, marks_of
from analysis.corpus.records import WITH_LEXICONS, Article, Problem, failure
from analysis.text import Doc

__all__ = ["STAGE", "corpus_marks", "latest_date"]

STAGE = "figures"


@dataclass(frozen=True)
class _Reading:
    """What reading one article's figures needs, as plain data that can go to another process."""

    article: Article
    sentences: list[tuple[int, int]]
    starts: list[int]  # offsets where a figure may start (digits, trigger words)
    reference: incidents.Reference
    # Offsets of the words of kind entries, and where a zero toll's negation may start (token_marks.Marks); read
    # instead of the text where the tokens are the text's words (token_words.tokens_are_words). None: read the text.
    kinds: list[int] | None = None
    zeros: list[int] | None = None


def _reading(doc: Doc, reference: incidents.Reference, found: Marks | None = None) -> _Reading:
    # Figures can only start at a digit or a trigger word, kind words and negations are words: the pipeline's
    # tokens tell where, one look-up per token (token_marks); ``found``: computed with the corpus' (marks_of).
    found = found or marks(doc, _language(doc))
    if not found.words:  # the tokens are not the text's words (token_words.tokens_are_words): the text is read
        return _Reading(doc.article, doc.sentences, found.starts, reference)
    return _Reading(doc.article, doc.sentences, found.starts, reference, found.kinds, found.zeros)


def _language(doc: Doc) -> str:
    return doc.article.language if doc.article.language in WITH_LEXICONS else "es"


def latest_date(docs: Sequence[Doc]) -> dt.date | None:
    """The latest article date of ``docs``: what dates without a year are resolved against (None: no date)."""
    return max((d.article.date for d in docs if d.article.date), default=None)


def corpus_marks(docs: Sequence[Doc]) -> list[Marks | None]:
    """Each article's token marks (:func:`marks_of`, all articles at once: the vectorised look-up by word number
    of the text pipeline's Docs); None for each when they cannot be made (each article is then read on its own)."""
    try:
        return list(marks_of(docs, [_language(d) for d in docs]))
    except Exception:
        return [None] * len(docs)  # each article on its own below: one that cannot be read gets a Problem


def _readings(
    docs: Sequence[Doc], latest: dt.date | None, marked: Sequence[Marks | None] | None = None
) -> tuple[list[Problem], list[_Reading]]:
    """Each article's reading (where figures, kind words and negations may be), with ``latest`` as the date
    fallback; the Problem of an article that cannot be read instead of its reading. ``marked``: the articles'
    :func:`corpus_marks`, when made before."""
    readings, problems = [], []
    for doc, its in zip(docs, corpus_marks(docs) if marked is None else marked, strict=True):
        try:
            readings.append(_reading(doc, incidents.Reference(doc.article.date, fallback=latest), its))
        except Exception as error:
            problems.append(failure(doc.id, STAGE, error))
    return problems, readings
