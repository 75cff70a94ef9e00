"""Keyword in context: every occurrence of a framing term, a frame, or any word, stem or phrase.

Occurrences are found on the pipeline's tokens (see :mod:`analysis.framing.lexicon` for the
matching rule) and cut from the article text with ``Doc.spans``, so the context is
the original text, with its case, accents and punctuation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import pandas as pd

from analysis.corpus.records import failure
from analysis.framing.lexicon import Lexicon, Match, Test, compile_phrase
from analysis.text import Doc, TextCorpus, fold

__all__ = ["KWIC_COLUMNS", "kwic_query", "kwic_terms"]

# The stage named in the problems of articles whose occurrences could not be listed.
STAGE = "keyword in context"
KWIC_COLUMNS = ["article", "source", "frame", "term", "left", "match", "right", "start", "end"]


def _line(doc: Doc, start: int, end: int, window: int) -> tuple[str, str, str, int, int]:
    text = doc.article.text
    begin, stop = doc.spans[start][0], doc.spans[end - 1][1]
    left_words = text[max(0, begin - window) : begin].split()
    right_words = text[stop : stop + window].split()
    # Drop a word cut in half by the window.
    if (
        begin - window > 0
        and left_words
        and not text[begin - window - 1].isspace()
        and not text[begin - window].isspace()
    ):
        left_words = left_words[1:]
    if (
        stop + window < len(text)
        and right_words
        and not text[stop + window - 1].isspace()
        and not text[stop + window].isspace()
    ):
        right_words = right_words[:-1]
    left, right = " ".join(left_words), " ".join(right_words)
    return left, text[begin:stop], right, begin, stop


def kwic_terms(
    text: TextCorpus,
    lexicons: Mapping[str, Lexicon],
    *,
    frame: str | None = None,
    term: str | None = None,
    window: int = 60,
) -> pd.DataFrame:
    """Occurrences of lexicon terms with ``window`` characters of context each side.

    ``frame`` and ``term`` filter by name (both None: every term). Columns:
    article, source, frame, term, left, match, right, start, end (character
    offsets of the match in the article text).
    """
    # Match only the frames asked for: whole frames, so overlaps resolve as in the counts.
    wanted = {
        language: replace(
            lex,
            frames=tuple(
                f for f in lex.frames if (frame is None or f.name == frame) and (term is None or term in f.labels)
            ),
        )
        for language, lex in lexicons.items()
    }
    rows = []
    for doc in text.docs:
        lexicon = wanted.get(doc.article.language)
        if lexicon is None or not lexicon.frames:
            continue
        try:  # one unreadable article must not sink the others: a Problem names it
            found = [(m, lexicon.frames[m.frame], _line(doc, m.start, m.end, window)) for m in lexicon.matches(doc)]
        except Exception as error:
            text.log.add(failure(doc.id, STAGE, error))
            continue
        for m, f, line in found:
            label = f.terms[m.term].label
            if (frame is None or f.name == frame) and (term is None or label == term):
                rows.append((doc.id, doc.article.source, f.name, label, *line))
    return pd.DataFrame(rows, columns=KWIC_COLUMNS)


def kwic_query(text: TextCorpus, query: str, *, window: int = 60, by_word: bool = False) -> pd.DataFrame:
    """Occurrences of any word or phrase, in any inflection, with context (same columns; frame empty).

    The query is stemmed in each article's language, so "secuestro" finds
    "secuestraron"; a stem works too ("secuestr"). End a word with ``*`` to match
    every word starting with it ("operaci*": operación, operaciones, never
    cooperación). ``by_word`` matches the exact words only (accents ignored).
    """
    if not query.strip():
        return pd.DataFrame(columns=KWIC_COLUMNS)
    compiled: dict[str, tuple[Test, ...]] = {}
    rows: list[tuple[object, ...]] = []
    for doc in text.docs:
        language = doc.article.language
        if language not in compiled:
            compiled[language] = compile_phrase(query, language, by_word=by_word)
        pattern = compiled[language]
        if not pattern:
            return pd.DataFrame(columns=KWIC_COLUMNS)
        try:
            lines = [_line(doc, m.start, m.end, window) for m in _find(doc, pattern)]
        except Exception as error:
            text.log.add(failure(doc.id, STAGE, error))
            continue
        rows.extend((doc.id, doc.article.source, "", query.strip(), *line) for line in lines)
    return pd.DataFrame(rows, columns=KWIC_COLUMNS)


def _find(doc: Doc, pattern: tuple[Test, ...]) -> list[Match]:
    first, n = pattern[0], len(pattern)
    tokens, stems = doc.tokens, doc.stems
    # Candidate starts by a C-speed scan: equal stems, or the distinct tokens with the prefix.
    if first.kind == "prefix":
        hits = {t for t in set(tokens) if fold(t).startswith(first.value)}
        starts = [i for i, t in enumerate(tokens) if t in hits] if hits else []
    else:
        starts = [i for i, s in enumerate(stems) if s == first.key]
    found: list[Match] = []
    for i in starts:
        fits = i >= (found[-1].end if found else 0) and i + n <= len(tokens)
        if fits and all(t.accepts(tokens[j], stems[j]) for j, t in zip(range(i, i + n), pattern, strict=True)):
            found.append(Match(0, 0, i, i + n))
    return found
