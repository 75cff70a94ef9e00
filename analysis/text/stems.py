"""Snowball stems (PyStemmer, the Snowball project's C stemmers) and stop words of a language.

PyStemmer gives Spanish stems identical to NLTK's, 6–12× faster; the pipeline stems each distinct word
once (:func:`stem_words`), so stemming costs grow with the vocabulary, not the corpus.
"""

from __future__ import annotations

from functools import lru_cache

import Stemmer
from stop_words import get_stop_words

from analysis.corpus.records import LANGUAGES

__all__ = ["stem", "stem_words", "stop_words"]


@lru_cache(maxsize=16)
def _stemmer(language: str) -> Stemmer.Stemmer | None:
    """The language's Snowball stemmer, without PyStemmer's own cache of stems: the pipeline stems each distinct word
    once (:func:`stem_words`) and :func:`stem` keeps its answers, so that cache (10,000 words by default) only cost a
    look-up and an insertion per word, and a purge whenever full: stemming a 59,000-word vocabulary took 0.11 CPU s
    with it, 0.03 without (the same stems: a test compares them)."""
    name = LANGUAGES[language].snowball if language in LANGUAGES else None
    if not name:
        return None
    stemmer = Stemmer.Stemmer(name)
    stemmer.maxCacheSize = 0
    return stemmer


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
