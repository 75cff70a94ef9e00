"""Who says what: direct quotations and attributed statements, with their speaker, per article.

Direct quotations are the text between «», “”, "" or ‘’ on one line; the speaker
comes from the words around them (lexicons/sources_<lang>.yaml):

- after the quote: ``«...», dijo Peskov`` · ``"...," Powell said`` · ``«...» —afirmó el ministro—``;
- before it, in the same sentence: ``Lavrov afirmó: «...»`` · ``Maduro dijo que su Gobierno tiene una
  «comunicación diaria»`` · ``según Peskov, «...»`` · ``Grandi: «...»``;
- a pronoun ("he said", "ella dijo") or no subject ("añadió: «...»") is the last speaker;
- a quote that opens a sentence with no attribution of its own continues the last speaker
  (``settings/sources.yaml``: ``continuation_min_words``).

Indirect statements are a reporting verb with a named (or pronoun, or implied)
speaker and its clause: ``Peskov afirmó que CLAUSE`` · ``Powell said (that) CLAUSE`` ·
``según X, CLAUSE`` · ``CLAUSE, según X`` · ``CLAUSE, X said``.

A speaker is the name as written, completed from the article ("Gil" → "Yván Gil"),
or a title ("el vocero del Kremlin") tied to a name by the same cue word in the
article, else to the last speaker when their roles agree. Quotes with no speaker
found are not kept (scare quotes, titles of programmes).

>>> from analysis.corpus.records import Article
>>> from analysis.text import build
>>> text = build([Article("a", "«No daré más detalles», afirmó el portavoz, Dmitri Peskov. Y añadió que habrá más contactos.",
...                       language="es")])
>>> [(q.speaker, q.direct, q.text) for q in extract(text)]
[('Dmitri Peskov', True, 'No daré más detalles'), ('Dmitri Peskov', False, 'habrá más contactos')]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter

import numpy as np

from analysis import parallel
from analysis.collector import collector_paused
from analysis.config import settings
from analysis.sources.corpus_names import corpus_names
from analysis.sources.direct import _direct
from analysis.sources.indirect import _indirect
from analysis.sources.lexicon import fold, lexicon
from analysis.sources.names import NameRun, name_runs
from analysis.sources.nicknames import join_nicknames
from analysis.sources.persons import _demonyms
from analysis.sources.speakers import resolve
from analysis.text import Doc, TextCorpus

__all__ = ["Quote", "extract", "quotes_in", "read_quotes", "read_quotes_and_runs"]


@dataclass(frozen=True, slots=True)
class Quote:
    """A statement in an article: who (``speaker``, normalised; ``mention`` as written, None when implied),
    their ``role``, the words (``text`` = ``article text[start:end]``), and whether they are quoted (``direct``)."""

    article: str
    speaker: str
    mention: str | None
    role: str
    text: str
    start: int
    end: int
    direct: bool

    def to_json(self) -> dict[str, object]:
        return {
            "article": self.article,
            "speaker": self.speaker,
            "mention": self.mention,
            "role": self.role,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "direct": self.direct,
        }


def quotes_in(doc: Doc) -> list[Quote]:
    """The statements of one article, speakers resolved within it (role from the article's own cues)."""
    return [Quote(*row) for row in _rows_in(doc, name_runs(doc.article.text, doc.article.language))]


def _rows_in(doc: Doc, named: list[NameRun]) -> list[QuoteRow]:
    """:func:`quotes_in`'s statements as tuples of the fields of :class:`Quote` (what :func:`extract` collects),
    ``named`` the article's name runs (:func:`analysis.sources.names.name_runs` of its whole text)."""
    text, article = doc.article.text, doc.article
    lex = lexicon(article.language)
    held = _DEMONYM  # each spelling's answer, asked here before :func:`_is_demonym` is called for a new one
    runs = join_nicknames(  # "Saúl 'Canelo' Álvarez"
        text, [run for run in named if not (held[run.name] if run.name in held else _is_demonym(run.name))]
    )
    direct, marks = _direct(doc, lex, runs)
    indirect = list({(f.start, f.end): f for f in reversed(_indirect(doc, lex, runs, marks))}.values())
    found = sorted(direct + indirect, key=lambda f: (f.position, not f.direct))
    return [
        (
            article.id,
            speaker,
            item.subject.mention,
            role,
            text[item.start : item.end],
            item.start,
            item.end,
            item.direct,
        )  # fmt: skip
        for item, speaker, role in resolve(doc, lex, runs, found, marks)
    ]


def _is_demonym(name: str) -> bool:
    """Whether a run's name is a nationality ("South Korean prosecutors said": no one who speaks), kept per spelling
    (:data:`DEMONYM_HELD` spellings, then emptied): a plain dict is asked faster than ``fold``'s cache.

    >>> _is_demonym("Surcoreano"), _is_demonym("Ana Ruiz")
    (True, False)
    """
    found = _DEMONYM.get(name)
    if found is None:
        if len(_DEMONYM) >= DEMONYM_HELD:
            _DEMONYM.clear()
        found = _DEMONYM[name] = fold(name) in _demonyms()
    return found


_DEMONYM: dict[str, bool] = {}
DEMONYM_HELD = 1 << 15


def _without_stems(doc: Doc) -> Doc:
    """``doc`` without the stems and content flags that quotes never read: half the bytes to copy to a worker."""
    return Doc(doc.article, doc.tokens, NO_CODES, NO_FLAGS, doc.starts, doc.sentences)


NO_FLAGS = np.zeros(0, dtype=bool)
NO_CODES = np.zeros(0, dtype=np.int32)


QuoteRow = tuple[str, str, str | None, str, str, int, int, bool]  # a Quote's fields, in order


def read_quotes(docs: list[Doc]) -> list[list[QuoteRow]]:
    """The statements of each article of a chunk (what a worker process computes), as plain tuples of the
    fields of :class:`Quote`: a tuple crosses between processes about three times faster than a dataclass."""
    return read_quotes_and_runs(docs)[0]


def read_quotes_and_runs(docs: list[Doc]) -> tuple[list[list[QuoteRow]], list[list[NameRun]]]:
    """:func:`read_quotes`, and the name runs each article's statements were read with
    (:func:`analysis.sources.names.name_runs` of its whole text, in order): the places pass of the same articles
    (:func:`analysis.sources.placenames.read_places`, ``runs=``) takes them rather than reading them again (a
    seventh of its time, on a worker of :mod:`analysis.pipeline`)."""
    with collector_paused():
        runs = [name_runs(doc.article.text, doc.article.language) for doc in docs]
        return [_rows_in(doc, named) for doc, named in zip(docs, runs, strict=True)], runs


def extract(text: TextCorpus, *, per_article: Sequence[list[QuoteRow]] | None = None) -> list[Quote]:
    """Every statement of the corpus, speakers normalised across it.

    Spellings of one person become one name (``same_person.canonical_names``, ``corpus_names``); a speaker
    whose role is unknown in one article takes the role other articles give them.
    Large corpora are read on every core (:func:`analysis.parallel.map_split`, settings/parallel.yaml).
    ``per_article``: what :func:`read_quotes` gave for the corpus' articles in order (``analysis.pipeline`` reads
    them on a worker while this process does other work): they are not read again, and the result is the same.
    """
    if per_article is None:
        spread = settings().parallel
        docs = list(text.docs)
        if len(docs) >= spread.min_articles:  # spread over processes: each article is copied to one
            docs = [_without_stems(doc) for doc in docs]
        per_article = parallel.map_split(
            read_quotes, docs, min_items=spread.min_articles, max_chunk=spread.chunk_articles
        )
    with collector_paused():
        texts = {doc.id: doc.article.text for doc in text.docs}
        languages = {doc.id: doc.article.language or "es" for doc in text.docs}
        return _normalised([row for found in per_article for row in found], texts, languages)


def _normalised(
    rows: list[QuoteRow], texts: dict[str, str] | None = None, languages: dict[str, str] | None = None
) -> list[Quote]:
    """:func:`extract`'s statements from the rows of every article: one spelling per person, known roles.
    ``texts`` (article id → text) ties a first name alone to a full name, and ``languages`` reads the places that
    tie a surname alone to one of several (:mod:`analysis.sources.corpus_names`)."""
    mapping = corpus_names(((row[0], row[1]) for row in rows), texts or {}, languages)
    speakers = [mapping[(row[0], row[1])] for row in rows]  # each statement's speaker, looked up once
    roles: dict[str, dict[str, int]] = {}
    for row, speaker in zip(rows, speakers):
        if row[3] != "unknown":
            counts = roles.setdefault(speaker, {})
            counts[row[3]] = counts.get(row[3], 0) + 1
    best = {speaker: max(counts.items(), key=itemgetter(1))[0] for speaker, counts in roles.items()}
    out = []
    for (article, _, mention, role, words, start, end, direct), speaker in zip(rows, speakers):
        if role == "unknown":
            role = best.get(speaker, role)
        out.append(Quote(article, speaker, mention, role, words, start, end, direct))
    return out
