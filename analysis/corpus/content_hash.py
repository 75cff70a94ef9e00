"""An article's content hash: the same text re-spaced or re-encoded hashes the same, across runs and machines.

A collection stores an article once per content hash (:mod:`analysis.corpus.collection`); results derived
from a text are kept per content hash (:mod:`analysis.corpus.derived`, :mod:`analysis.pipeline`).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["content_hash", "normalise_text"]

RE_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """The text as hashed: Unicode NFC, every run of whitespace one space, no space at either end.

    >>> normalise_text("  Hola\\n\\n mundo ") == normalise_text("Hola mundo")
    True
    """
    return RE_SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def content_hash(text: str) -> str:
    """SHA-256 (hex) of :func:`normalise_text`: the same text re-spaced or re-encoded hashes the same, across runs.

    >>> content_hash("Hola  mundo")[:12] == content_hash("Hola mundo\\n")[:12]
    True
    >>> len(content_hash("x"))
    64
    """
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()
