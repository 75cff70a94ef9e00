"""What a stored result (:mod:`analysis.report.stored`) depends on, as digests: its articles (:func:`content_key`),
the settings but where and how results are shown, every packaged word list (plus the user's own lexicon and frame
sets, for a result made with them), and the code (:data:`~analysis.report.result_codec.FORMAT` and the source of
every module of ``analysis``: any code change makes every stored result stale: conservative, never wrong).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from analysis.config import settings
from analysis.report.result_codec import FORMAT

__all__ = ["content_key", "key_parts", "when"]

ANALYSIS = Path(__file__).resolve().parents[1]  # the package whose code and word lists the keys digest


def content_key(articles: Sequence[Any]) -> str:
    """A digest of every field of every article, in order: the key of a working corpus' results.

    >>> from analysis.corpus.records import Article
    >>> one = Article("a", "El País", None, "es", "t", None, "Texto.")
    >>> content_key([one]) == content_key([one]) != content_key([one, one])
    True
    """
    digest = hashlib.sha256()
    for a in articles:
        digest.update(json.dumps([a.id, a.source, str(a.date), a.language, a.title, a.url, a.text]).encode())
    return digest.hexdigest()


@cache
def _code_key() -> str:
    digest = hashlib.sha256(f"format {FORMAT}".encode())
    for file in sorted(ANALYSIS.rglob("*.py")):
        digest.update(file.relative_to(ANALYSIS).as_posix().encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()[:16]


def _lexicons_key(extra: str) -> str:
    root = ANALYSIS / "lexicons"
    digest = hashlib.sha256()
    for file in sorted(root.rglob("*")):
        if file.is_file() and file.suffix in {".yaml", ".txt"}:
            digest.update(file.relative_to(root).as_posix().encode() + b"\0" + file.read_bytes())
    digest.update(extra.encode())
    return digest.hexdigest()[:16]


def _settings_key() -> str:
    chosen = {f.name: getattr(settings(), f.name) for f in dataclasses.fields(settings())}
    return hashlib.sha256(
        repr({k: v for k, v in chosen.items() if k not in {"parallel", "display"}}).encode()
    ).hexdigest()[:16]


def key_parts(*, extra: str = "") -> dict[str, str]:
    """What a result depends on besides its articles: ``settings``, ``lexicons`` (with ``extra``: the user's
    lexicon and frame sets, for a result made with them) and ``code`` digests."""
    return {"settings": _settings_key(), "lexicons": _lexicons_key(extra), "code": _code_key()}


def when(made: str) -> str:
    """A row's ``made`` time as a reader reads it.

    >>> when("2026-11-30T05:47:08.123456+00:00")
    '2026-11-30 05:47 UTC'
    """
    return made[:16].replace("T", " ") + " UTC"
