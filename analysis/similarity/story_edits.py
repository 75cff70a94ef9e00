"""The user's edits of the stories: renamed, merged and split stories, as saved in a workspace, and applied.

Edits are a plain mapping, ``{"merge": [[article ids]], "split": [[article ids]], "rename": {article: label}}``, kept
by article id (not story id) so they follow the stories when the clustering changes (:mod:`.stories`). Malformed
parts are read as absent; article ids not in the corpus are ignored.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from analysis.similarity.stories import Story

__all__ = ["StoryEdits", "apply_edits", "merge", "rename", "renames", "split"]

# User edits as saved in a workspace: {"merge": [[article ids]], "split": [[article ids]], "rename": {article: label}}.
StoryEdits = Mapping[str, object]


def apply_edits(group: np.ndarray, ids: Sequence[str], edits: StoryEdits) -> np.ndarray:
    """Apply the user's merges (stories of the listed articles become one), then splits (the listed
    articles leave their stories as a new one). Article ids not in the corpus are ignored: a workspace
    edited on a larger corpus still opens."""
    position = {a: p for p, a in enumerate(ids)}
    group = group.copy()
    fresh = int(group.max()) + 1 if len(group) else 0
    for members in _groups(edits, "merge"):
        rows = [position[a] for a in members if a in position]
        if len(rows) > 1:
            target = group[rows[0]]
            group[np.isin(group, group[rows])] = target
    for members in _groups(edits, "split"):
        rows = [position[a] for a in members if a in position]
        if rows:
            group[rows] = fresh
            fresh += 1
    return group


def rename(edits: StoryEdits, story: Story, label: str) -> dict[str, object]:
    """``edits`` with ``story`` renamed ``label`` (an empty label brings back the computed one).

    The name is saved on the story's first article, so it follows the story when the clustering changes.

    >>> from analysis.similarity.stories import Story
    >>> s = Story("S1", "a, b", None, None, None, ("x", "y"), ())
    >>> rename({}, s, "Derna floods")["rename"]
    {'x': 'Derna floods'}
    """
    names = {k: v for k, v in renames(edits).items() if k not in story.articles}
    if label.strip():
        names[story.articles[0]] = label.strip()
    return {**_copy(edits), "rename": names}


def merge(edits: StoryEdits, chosen: Sequence[Story]) -> dict[str, object]:
    """``edits`` with the ``chosen`` stories made one (saved as one article of each).

    >>> from analysis.similarity.stories import Story
    >>> a = Story("S1", "a", None, None, None, ("x",), ())
    >>> b = Story("S2", "b", None, None, None, ("y", "z"), ())
    >>> merge({}, [a, b])["merge"]
    [['x', 'y']]
    """
    out = _copy(edits)
    if len(chosen) > 1:
        out["merge"] = [*_groups(out, "merge"), [s.articles[0] for s in chosen]]
    return out


def split(edits: StoryEdits, articles: Sequence[str]) -> dict[str, object]:
    """``edits`` with ``articles`` taken out of their stories into a new one.

    >>> split({}, ["y"])["split"]
    [['y']]
    """
    out = _copy(edits)
    if articles:
        out["split"] = [*_groups(out, "split"), list(articles)]
    return out


def _groups(edits: StoryEdits, key: str) -> list[list[str]]:
    """The ``merge`` or ``split`` lists of article ids of the edits (none when absent or malformed)."""
    value = edits.get(key) or []
    return [[str(a) for a in g] for g in value if isinstance(g, list)] if isinstance(value, list) else []


def renames(edits: StoryEdits) -> dict[str, str]:
    """The ``rename`` mapping of the edits: article id -> the name of its story."""
    value = edits.get("rename") or {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, Mapping) else {}


def _copy(edits: StoryEdits) -> dict[str, object]:
    return {"merge": _groups(edits, "merge"), "split": _groups(edits, "split"), "rename": renames(edits)}
