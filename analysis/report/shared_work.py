"""What the sections of one report compute once and share: the similarity comparison's vectors and the stories.

The similarity comparison's TF-IDF model and cosine matrix or top-k neighbours (0.4 s at 2,000 articles) serve
the stories and the similarity section; the stories (per the workspace's story edits) serve the stories and
figures sections. Inside :func:`sharing` (:func:`analysis.report.sections.build_sections`) each is made once;
outside, each call makes its own.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator
from dataclasses import dataclass, field

from analysis.corpus.workspace import Workspace
from analysis.report.results import story_map
from analysis.report.stored import result
from analysis.similarity.compare import Basis, basis
from analysis.similarity.stories import StoryMap
from analysis.text import TextCorpus

__all__ = ["sharing", "stories", "vectors"]


@dataclass
class _Shared:
    """What the sections of one report share (:func:`sharing`): the similarity comparison's TF-IDF model and
    cosine matrix or top-k neighbours, made once for the stories and the similarity section (0.4 s at 2,000
    articles), and the stories, made once for the stories and figures sections."""

    text: TextCorpus
    vectors: Basis | None = None
    stories: list[tuple[object, StoryMap]] = field(default_factory=list)  # (the user's edits, their stories)


_SHARED: contextvars.ContextVar[_Shared | None] = contextvars.ContextVar("contraste_report_shared", default=None)


@contextlib.contextmanager
def sharing(text: TextCorpus) -> Iterator[None]:
    """While inside, :func:`vectors` and :func:`stories` of ``text`` are made once; on leaving they are let go."""
    token = _SHARED.set(_Shared(text))
    try:
        yield
    finally:
        _SHARED.reset(token)


def vectors(text: TextCorpus) -> Basis:
    """The similarity :func:`~analysis.similarity.compare.basis` of ``text`` (top-k neighbours stored with a
    collection), once per report."""
    shared = _SHARED.get()
    if shared is None or shared.text is not text:
        return basis(text, through=result)
    if shared.vectors is None:
        shared.vectors = basis(text, through=result)
    return shared.vectors


def stories(workspace: Workspace, text: TextCorpus) -> StoryMap:
    """:func:`~analysis.report.results.story_map` of ``text`` with the workspace's story edits, once per report,
    on the similarity comparison's vectors."""
    edits = workspace.story_edits
    shared = _SHARED.get()
    if shared is None or shared.text is not text:
        return story_map(text, edits=edits, vectors=lambda: vectors(text))
    for known, found in shared.stories:
        if known == edits:
            return found
    found = story_map(text, edits=edits, vectors=lambda: vectors(text))
    shared.stories.append((edits, found))
    return found
