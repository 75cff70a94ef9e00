"""Which reading attributed each statement: a debug hook that changes nothing the extractor returns.

A statement's speaker comes from two steps: where its subject was read (:func:`analysis.sources.direct._direct`:
after the closing mark, before the opening one, the sentence's subject, a quotation going on from the last
speaker, ...: the *frame*), then who that subject stands for (:func:`analysis.sources.speakers.resolve`: a name as
written, a title tied to a name, a title or a pronoun given to the last speaker, ...: the *resolution*). Inside
:func:`traced`, each step notes its label for each statement; outside it, noting costs one context-variable read.
Used by ``tests/attribution_paths.py`` to measure precision per path (issue #23, session 20).

>>> from analysis.corpus.records import Article
>>> from analysis.sources.quotes import extract
>>> from analysis.text import build
>>> with traced() as paths:
...     quotes = extract(build([Article("a", "«No daré más detalles», afirmó Dmitri Peskov.", language="es")]))
>>> paths[("a", 1, 21, True)]
Path(frame='after', subject='name', resolution='name')
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

__all__ = ["Path", "note_frame", "note_resolution", "traced"]

Key = tuple[str, int, int, bool]  # (article id, start, end, direct): one statement


@dataclass(frozen=True)
class Path:
    """How one statement was attributed: ``frame`` (where its subject was read; "" for an indirect statement),
    ``subject`` (the subject's kind as read: name, title, pronoun, implied), ``resolution`` (the branch of
    :func:`analysis.sources.speakers.resolve` that gave its speaker)."""

    frame: str = ""
    subject: str = ""
    resolution: str = ""


_trace: contextvars.ContextVar[dict[Key, Path] | None] = contextvars.ContextVar("contraste_paths", default=None)


@contextmanager
def traced() -> Iterator[dict[Key, Path]]:
    """Collects the :class:`Path` of every statement read in this block (in this process), by (article id, start,
    end, direct)."""
    paths: dict[Key, Path] = {}
    token = _trace.set(paths)
    try:
        yield paths
    finally:
        _trace.reset(token)


def note_frame(article: str, start: int, end: int, direct: bool, frame: str) -> None:
    """Notes where the subject of a statement was read (nothing outside :func:`traced`)."""
    paths = _trace.get()
    if paths is not None:
        key = (article, start, end, direct)
        paths[key] = replace(paths.get(key, Path()), frame=frame)


def note_resolution(article: str, start: int, end: int, direct: bool, subject: str, resolution: str) -> None:
    """Notes the subject's kind and the branch of ``resolve`` that gave a statement its speaker (nothing outside
    :func:`traced`)."""
    paths = _trace.get()
    if paths is not None:
        key = (article, start, end, direct)
        paths[key] = replace(paths.get(key, Path()), subject=subject, resolution=resolution)


def tracing() -> bool:
    """Whether a :func:`traced` block is collecting (so a caller builds its labels only then)."""
    return _trace.get() is not None
