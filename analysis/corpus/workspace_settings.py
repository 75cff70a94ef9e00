"""The choices a user made on the pages, saved with a workspace: a typed record, each setting checked on reading.

Also what every workspace message shares: :class:`WorkspaceError`, how a value's kind is named
(:func:`kind_of`) and how a mapping key is quoted in a field path (:func:`field_key`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import cast

from analysis.excerpt import excerpt

__all__ = ["NARROW_KEYS", "WorkspaceError", "WorkspaceSettings", "field_key", "kind_of"]


class WorkspaceError(ValueError):
    """The file is not a workspace this version can read; the message says what is wrong."""


@dataclass(frozen=True)
class WorkspaceSettings:
    """The choices a user made on the pages, saved with the workspace; None (or empty) when not made.

    ``similarity_threshold``: the Similarity page's cosine threshold (else the
    ``pair_threshold`` of settings/similarity.yaml); ``figure_incidents``: claim
    incident or article id -> incident name, the Figures page's merges;
    ``lexicon_name``: the file name of the user's framing lexicon; ``narrow``: the
    sidebar's narrowing of every page (``story`` id and its ``label``, ``start`` and
    ``end`` ISO dates, ``sources``: a list of outlets; each may be null); ``frame_sets``: the
    framing frame sets chosen on the Framing page (names checked where they are used); ``figure_places``:
    place name or "article@place" -> place name, the Figures page's merges and splits of the places tolls
    are compared under.

    >>> WorkspaceSettings.from_json({"similarity_threshold": 0.3}).to_json()
    {'similarity_threshold': 0.3}
    """

    similarity_threshold: float | None = None
    figure_incidents: Mapping[str, str] = field(default_factory=dict)
    lexicon_name: str | None = None
    narrow: Mapping[str, object] = field(default_factory=dict)
    frame_sets: tuple[str, ...] = ()
    figure_places: Mapping[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        """The settings that were made, as the workspace file holds them."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values = {k: list(v) if isinstance(v, tuple) else v for k, v in values.items()}
        return {
            k: dict(v) if isinstance(v, Mapping) else v
            for k, v in values.items()
            if v is not None and v != {} and v != []
        }

    @classmethod
    def from_json(cls, data: object, *, where: str = "settings") -> WorkspaceSettings:
        """Read the settings object of a workspace file, each setting checked.

        Raises:
            WorkspaceError: naming the path of the unknown or mistyped setting
                (``settings.figure_incidents['x']: must be an incident name (text), not a number``).
        """
        if not isinstance(data, Mapping):
            raise WorkspaceError(f"{where}: must be an object, not {kind_of(data)}")
        known = tuple(f.name for f in fields(cls))
        unknown = sorted(str(k) for k in data if k not in known)
        if unknown:
            raise WorkspaceError(f"{where}: unknown setting {excerpt(unknown[0])} (known: {', '.join(known)})")
        threshold = data.get("similarity_threshold")
        if threshold is not None and (
            isinstance(threshold, bool) or not isinstance(threshold, int | float) or not 0 <= threshold <= 1
        ):
            shown = excerpt(threshold) if isinstance(threshold, int | float) else kind_of(threshold)
            raise WorkspaceError(f"{where}.similarity_threshold: must be a number from 0 to 1, not {shown}")
        incidents = _names(data, f"{where}.figure_incidents", "incident or article id", "an incident name")
        places = _names(data, f"{where}.figure_places", "place or 'article@place'", "a place name")
        name = data.get("lexicon_name")
        if name is not None and not isinstance(name, str):
            raise WorkspaceError(f"{where}.lexicon_name: must be text, not {kind_of(name)}")
        sets = data.get("frame_sets")
        sets = [] if sets is None else sets
        if not isinstance(sets, list) or not all(isinstance(x, str) for x in sets):
            raise WorkspaceError(f"{where}.frame_sets: 'frame_sets' must be a list of frame set names (text)")
        return cls(
            None if threshold is None else float(threshold),
            dict(incidents),
            name,
            _narrow(data, where),
            tuple(sets),
            figure_places=dict(places),
        )


def _names(data: Mapping[str, object], path: str, keys: str, name: str) -> Mapping[str, str]:
    """The setting at ``path`` (its last part a key of ``data``), checked: an object of ``keys`` -> ``name``
    (non-empty text each); {} when it is missing or null."""
    found = data.get(path.rpartition(".")[2])
    found = {} if found is None else found
    if not isinstance(found, Mapping):
        raise WorkspaceError(f"{path}: must be an object of {keys} -> {name.split(' ', 1)[1]}, not {kind_of(found)}")
    for key, value in found.items():
        if not isinstance(value, str) or not value.strip():
            raise WorkspaceError(f"{path}{field_key(key)}: must be {name} (text), not {kind_of(value)}")
    return cast("Mapping[str, str]", found)  # every value checked above (keys: a JSON object's are text)


NARROW_KEYS = ("story", "label", "start", "end", "sources")


def _narrow(data: Mapping[str, object], where: str) -> dict[str, object]:
    """The saved narrowing, checked: text (or null) for story, label, start and end; a list of outlets or null."""
    narrow = data.get("narrow") or {}
    if not isinstance(narrow, Mapping):
        raise WorkspaceError(f"{where}: 'narrow' must be an object with {', '.join(NARROW_KEYS)}")
    unknown = sorted(set(narrow) - set(NARROW_KEYS))
    if unknown:
        raise WorkspaceError(f"{where}: 'narrow' has an unknown key {unknown[0]!r}")
    for key in ("story", "label", "start", "end"):
        if narrow.get(key) is not None and not isinstance(narrow[key], str):
            raise WorkspaceError(f"{where}: 'narrow.{key}' must be text or null")
    for key in ("start", "end"):
        if narrow.get(key):
            try:
                dt.date.fromisoformat(str(narrow[key]))
            except ValueError:
                raise WorkspaceError(
                    f"{where}: 'narrow.{key}' must be a date YYYY-MM-DD, not {narrow[key]!r}"
                ) from None
    sources = narrow.get("sources")
    if sources is not None and (not isinstance(sources, list) or not all(isinstance(x, str) for x in sources)):
        raise WorkspaceError(f"{where}: 'narrow.sources' must be a list of outlet names or null")
    return dict(narrow)


def kind_of(value: object) -> str:
    """How a message names the kind of a JSON value.

    >>> kind_of({}), kind_of(3), kind_of(None)
    ('an object', 'a number', 'null')
    """
    return {dict: "an object", list: "a list", str: "text", bool: "true/false", type(None): "null"}.get(
        type(value), "a number" if isinstance(value, (int, float)) else type(value).__name__
    )


def field_key(key: str) -> str:
    """A mapping key in a field path: quoted, bounded, control characters shown."""
    return "[" + excerpt(key) + "]"
