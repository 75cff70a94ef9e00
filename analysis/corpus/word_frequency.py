"""How common a word is (wordfreq's Zipf scale), remembered between processes so wordfreq loads only for new words.

The place rules ask wordfreq whether a one-word name is a common word ("Nice", "Mayo") and
whether a name in a place's slot is a rare one ("Tinguir"). Answering the first question of a
process costs about 0.3 CPU s: importing wordfreq (with ftfy and langcodes), locating its data
(``locate`` walks the call stack) and reading the language's word list. Each answer is a
number that depends only on the word, the language and wordfreq's version, so it is kept in
the user's cache (:mod:`analysis.user_cache`) and a process that asks only known words never
imports wordfreq. New answers are written when the process exits; the file is started again
past ``MAX_WORDS`` words.

>>> zipf("the", "en") > 7 > zipf("Tinguir", "es")
True
>>> zipf("casa", "fr") == zipf("casa", "en")  # wordfreq's lists here: Spanish and English, other languages as English
True
"""

from __future__ import annotations

import atexit
from importlib import metadata
from pathlib import Path

from analysis import user_cache

__all__ = ["MAX_WORDS", "cache_file", "pending", "reset", "save", "zipf"]

MAX_WORDS = 200_000  # about 6 MB; a corpus' capitalised names and the gazetteer's one-word names stay far below

_known: dict[tuple[str, str], float] | None = None
_new: dict[tuple[str, str], float] = {}


def cache_file() -> Path | None:
    """Where the answers of this wordfreq version are kept; None when caching is off."""
    return user_cache.path("zipf", f"wordfreq {metadata.version('wordfreq')}")


def pending() -> list[tuple[str, str]]:
    """The (language, word) this process asked wordfreq and will write at exit (:func:`save`)."""
    return list(_new)


def reset() -> None:
    """Forget the answers this process read or asked (those not yet written are dropped): the next :func:`zipf`
    reads the file again."""
    global _known
    _known = None
    _new.clear()


def zipf(word: str, language: str) -> float:
    """wordfreq's ``zipf_frequency(word, language)`` ("best" list), English for a language other than es and en."""
    global _known
    key = (language if language in ("es", "en") else "en", word)
    if _known is None:
        _known = user_cache.load_dict(cache_file())  # missing, cut short or not ours: asked again
    found = _known.get(key)
    if type(found) is not float:  # not asked yet (or a damaged file)
        from wordfreq import zipf_frequency  # 0.3 s: only for a word no process asked

        found = _known[key] = _new[key] = zipf_frequency(word, key[0])
    return found


def save() -> None:
    """Write the words this process asked wordfreq, merged with the file's (at exit; harmless to call twice)."""
    if _new:
        user_cache.merge(cache_file(), _new, limit=MAX_WORDS)


atexit.register(save)
