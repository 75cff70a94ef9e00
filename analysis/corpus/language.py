"""Detect an article's language with lingua, restricted to the languages we serve.

A sample whose common words leave no doubt that it is Spanish or English is decided without lingua
(:func:`analysis.corpus.language_words.confident_language`, 100 times cheaper; it agrees with lingua
on every text we hold); each distinct sample is given to lingua once.

Lingua's answers are kept in the user's cache (:mod:`analysis.user_cache`, keyed by a digest of the sample and
the mode, in a file of this lingua version and these languages) and written when the process exits: loading the
same articles again (the dashboard's next session, the CLI's next command on a folder) asks lingua nothing, and a
process that asks it nothing never loads its models (0.2 CPU s for the low-accuracy ones, the most of loading
2,000 articles whose few undecided samples need them). The answer read back is lingua's own, so the codes are
the same.
"""

from __future__ import annotations

import atexit
import hashlib
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # lingua is imported, and its models loaded, on the first text to detect
    from lingua import Language, LanguageDetector

from analysis import user_cache
from analysis.corpus.language_words import confident_language
from analysis.corpus.records import LANGUAGES

__all__ = ["MAX_SAMPLES", "UNKNOWN", "cache_file", "detect_language", "detect_languages", "reset", "save"]

# The detector chooses among the codes of ``records.LANGUAGES`` only: fewer languages
# load faster (~0.1 s each) and confuse less.
UNKNOWN = "und"
# Detection costs CPU time linear in the text's length (~1 ms per 1,000
# characters with 7 languages), and lingua is already near-certain on a
# paragraph: the first ~60 words keep 10,000 articles at about 4 s.
SAMPLE_CHARS = 400
# Samples this long go to lingua's low-accuracy mode (trigram models only): its
# author measured accuracy "mostly unaffected" above 120 characters
# (pemistahl/lingua-rs#119), and it loads in 0.03 s and 60 MB instead of 0.8 s
# and 250 MB. Shorter samples (titles, briefs) get the full models, loaded only then.
LOW_ACCURACY_MIN_CHARS = 120
# Below this many texts, detecting one at a time costs less than starting lingua's threads.
PARALLEL_MIN_TEXTS = 8
# Lingua's answers kept at most (18 bytes of digest and mode and a code each: about 5 MB); the file starts again past it.
MAX_SAMPLES = 200_000

_known: dict[bytes, str] | None = None  # lingua's answers read from the cache file, and this process'
_new: dict[bytes, str] = {}  # this process' answers, written at exit (:func:`save`)


def cache_file() -> Path | None:
    """Where lingua's answers of this lingua version and these languages are kept; None when caching is off."""
    version = metadata.version("lingua-language-detector")
    return user_cache.path("language", f"lingua {version}", ",".join(LANGUAGES), str(LOW_ACCURACY_MIN_CHARS))


def reset() -> None:
    """Forget the answers read or asked (those not yet written are dropped): the next detection reads the file."""
    global _known
    _known = None
    _new.clear()


def save() -> None:
    """Write the answers this process asked lingua, merged with the file's (at exit; harmless to call twice)."""
    if _new:
        user_cache.merge(cache_file(), _new, limit=MAX_SAMPLES)


atexit.register(save)


def _key(sample: str, low_accuracy: bool) -> bytes:
    digest = hashlib.blake2b(sample.encode("utf-8", "surrogatepass"), digest_size=16).digest()
    return digest + (b"L" if low_accuracy else b"H")


def _lingua(samples: list[str], low_accuracy: bool, *, one_by_one: bool = False) -> list[str]:
    """Lingua's code of each sample in one mode (``und``: none), kept answers first, the others asked at once
    (``one_by_one``: each alone, as :func:`detect_language` does)."""
    global _known
    if _known is None:
        _known = user_cache.load_dict(cache_file())  # missing, cut short or not ours: asked again
    keys = [_key(s, low_accuracy) for s in samples]
    found = [_known.get(k) for k in keys]
    asked = [n for n, code in enumerate(found) if type(code) is not str]
    if asked:
        detector = _detector(low_accuracy)
        if one_by_one:
            codes = [_code(detector.detect_language_of(samples[n])) for n in asked]
        else:
            codes = list(map(_code, detector.detect_languages_in_parallel_of([samples[n] for n in asked])))
        for n, code in zip(asked, codes, strict=True):
            found[n] = _known[keys[n]] = _new[keys[n]] = code
    return found  # type: ignore[return-value]


@lru_cache(maxsize=2)
def _detector(low_accuracy: bool) -> LanguageDetector:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in LANGUAGES]
    builder = LanguageDetectorBuilder.from_languages(*languages)
    return (
        builder.with_preloaded_language_models().with_low_accuracy_mode().build() if low_accuracy else builder.build()
    )


@lru_cache(maxsize=4096)
def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or ``"und"`` when it has no recognisable words.

    >>> detect_language("El presidente fue capturado en Caracas.")
    'es'
    """
    sample = _sample(text)
    return confident_language(sample) or _lingua([sample], len(sample) >= LOW_ACCURACY_MIN_CHARS, one_by_one=True)[0]


# With a progress callback, texts are detected this many at a time (progress after each batch).
PROGRESS_BATCH = 2000


def detect_languages(texts: Sequence[str], *, progress: Callable[[int, int], object] | None = None) -> list[str]:
    """:func:`detect_language` of each text, computed by lingua on all cores at once (same results).

    With ``progress``, texts go ``PROGRESS_BATCH`` at a time and ``progress(done, total)``
    follows each batch: the slow part of loading a file of thousands of rows.

    >>> detect_languages(["El presidente fue capturado en Caracas.", "The president was captured.", "123"])
    ['es', 'en', 'und']
    """
    if progress is not None and len(texts) > PROGRESS_BATCH:
        codes: list[str] = []
        for start in range(0, len(texts), PROGRESS_BATCH):
            codes += detect_languages(texts[start : start + PROGRESS_BATCH])
            progress(len(codes), len(texts))
        return codes
    if len(texts) < PARALLEL_MIN_TEXTS:
        return [detect_language(t) for t in texts]
    samples = [_sample(t) for t in texts]
    decided: dict[str, str | None] = {}  # each distinct sample's code, None until lingua gives it
    for sample in samples:
        if sample not in decided:
            decided[sample] = confident_language(sample)
    for low_accuracy in (True, False):
        chosen = [
            s for s, code in decided.items() if code is None and (len(s) >= LOW_ACCURACY_MIN_CHARS) == low_accuracy
        ]
        if chosen:
            decided.update(zip(chosen, _lingua(chosen, low_accuracy)))
    return [decided[s] or UNKNOWN for s in samples]


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
