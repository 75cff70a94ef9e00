"""Detect an article's language with lingua, restricted to the languages we serve."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

__all__ = ["LANGUAGES", "UNKNOWN", "detect_language", "detect_languages"]

# ISO 639-1 codes the detector chooses among. Fewer languages load faster
# (~0.1 s each) and confuse less; add one here to support it.
LANGUAGES = ("es", "en", "pt", "fr", "it", "de", "ca")
UNKNOWN = "und"
# Detection costs CPU time linear in the text's length (~1 ms per 1,000
# characters with 7 languages), and lingua is already near-certain on a
# paragraph: the first ~60 words keep 10,000 articles at about 4 s.
SAMPLE_CHARS = 400
# Below this many texts, detecting one at a time costs less than starting lingua's threads.
PARALLEL_MIN_TEXTS = 8


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*languages).with_preloaded_language_models().build()


@lru_cache(maxsize=4096)
def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or ``"und"`` when it has no recognisable words.

    >>> detect_language("El presidente fue capturado en Caracas.")
    'es'
    """
    return _code(_detector().detect_language_of(_sample(text)))


def detect_languages(texts: Sequence[str]) -> list[str]:
    """:func:`detect_language` of each text, computed by lingua on all cores at once (same results).

    >>> detect_languages(["El presidente fue capturado en Caracas.", "The president was captured.", "123"])
    ['es', 'en', 'und']
    """
    if len(texts) < PARALLEL_MIN_TEXTS:
        return [detect_language(t) for t in texts]
    return [_code(language) for language in _detector().detect_languages_in_parallel_of([_sample(t) for t in texts])]


def _code(language: Language | None) -> str:
    return UNKNOWN if language is None else language.iso_code_639_1.name.lower()


def _sample(text: str) -> str:
    """The first ``SAMPLE_CHARS`` characters of ``text``, cut back to a word boundary.

    >>> _sample("palabra " * 100)[-8:]
    ' palabra'
    """
    if len(text) <= SAMPLE_CHARS:
        return text
    cut = text.rfind(" ", 0, SAMPLE_CHARS + 1)
    return text[:cut] if cut > 0 else text[:SAMPLE_CHARS]
