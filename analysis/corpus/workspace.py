"""A saved workspace: the articles, the user's labels, lexicon and settings, in one JSON file.

A user who spent an hour labelling sources and merging incidents keeps that
work across reloads: the dashboard saves a workspace and loads it back, and the
CLI accepts the file wherever it accepts a folder.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path

from analysis.corpus.loading import Corpus, load_path
from analysis.corpus.records import Article, CorpusError, Problem, parse_date

__all__ = [
    "FORMAT",
    "Workspace",
    "WorkspaceError",
    "WorkspaceSettings",
    "from_bytes",
    "is_workspace",
    "load",
    "to_bytes",
]

FORMAT = "contraste-workspace"
VERSION = 1

Labels = dict[str, tuple[str, dt.date | None]]


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
    ``end`` ISO dates, ``sources``: a list of outlets; each may be null).

    >>> WorkspaceSettings.from_json({"similarity_threshold": 0.3}).to_json()
    {'similarity_threshold': 0.3}
    """

    similarity_threshold: float | None = None
    figure_incidents: Mapping[str, str] = field(default_factory=dict)
    lexicon_name: str | None = None
    narrow: Mapping[str, object] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        """The settings that were made, as the workspace file holds them."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        return {k: dict(v) if isinstance(v, Mapping) else v for k, v in values.items() if v is not None and v != {}}

    @classmethod
    def from_json(cls, data: Mapping[str, object], *, where: str = "settings") -> WorkspaceSettings:
        """Read the settings object of a workspace file.

        Raises:
            WorkspaceError: naming the unknown or mistyped setting.
        """
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise WorkspaceError(f"{where}: unknown setting {unknown[0]!r} (known: {', '.join(sorted(known))})")
        threshold = data.get("similarity_threshold")
        if threshold is not None and (isinstance(threshold, bool) or not isinstance(threshold, int | float)):
            raise WorkspaceError(f"{where}: 'similarity_threshold' must be a number, not {type(threshold).__name__}")
        incidents = data.get("figure_incidents") or {}
        if not isinstance(incidents, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in incidents.items()
        ):
            raise WorkspaceError(f"{where}: 'figure_incidents' must be an object of id -> incident name (text)")
        name = data.get("lexicon_name")
        if name is not None and not isinstance(name, str):
            raise WorkspaceError(f"{where}: 'lexicon_name' must be text, not {type(name).__name__}")
        return cls(None if threshold is None else float(threshold), dict(incidents), name, _narrow(data, where))


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


@dataclass(frozen=True)
class Workspace:
    """Everything a user set up: the corpus as loaded, labels (source, date) per article, lexicon YAML, settings."""

    corpus: Corpus
    labels: Labels = field(default_factory=dict)
    lexicon: str | None = None
    settings: WorkspaceSettings = field(default_factory=WorkspaceSettings)
    # The user's story edits (analysis.similarity.stories): {"merge": [[ids]], "split": [[ids]], "rename": {id: label}}.
    story_edits: dict[str, object] = field(default_factory=dict)

    def current(self) -> Corpus:
        """The corpus with the labels applied: what every analysis sees."""
        return self.corpus.relabelled(self.labels) if self.labels else self.corpus


def to_bytes(workspace: Workspace) -> bytes:
    """The workspace as UTF-8 JSON."""
    document = {
        "format": FORMAT,
        "version": VERSION,
        "articles": [{k: v for k, v in a.to_json().items() if k != "words"} for a in workspace.corpus.articles],
        "problems": [p.to_json() for p in workspace.corpus.problems],
        "labels": {
            id_: {"source": source, "date": date.isoformat() if date else None}
            for id_, (source, date) in workspace.labels.items()
        },
        "lexicon": workspace.lexicon,
        "settings": workspace.settings.to_json(),
        "story_edits": workspace.story_edits,
    }
    return json.dumps(document, ensure_ascii=False, indent=1, default=str).encode("utf-8")


def is_workspace(data: bytes) -> bool:
    """Whether the bytes look like a workspace file (cheap check of the head)."""
    head = data[:300]
    return b'"format"' in head and FORMAT.encode() in head


def _field(record: dict[str, object], key: str, where: str) -> str | None:
    value = record.get(key)
    if value is not None and not isinstance(value, str):
        raise WorkspaceError(f"{where}: '{key}' must be text or null, not {type(value).__name__}")
    return value


def _list(document: dict[str, object], key: str, name: str) -> list[object]:
    value = document.get(key) or []
    if not isinstance(value, list):
        raise WorkspaceError(f"{name}: '{key}' must be a list, not {type(value).__name__}")
    return value


def from_bytes(data: bytes, *, name: str = "workspace") -> Workspace:
    """Read a workspace file.

    Raises:
        WorkspaceError: naming the file and the field that is wrong.
    """
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise WorkspaceError(f"{name}: not a workspace file (invalid JSON: {err})") from None
    except RecursionError:  # what json.loads raises on arrays nested thousands deep
        raise WorkspaceError(f"{name}: not a workspace file (JSON nested too deeply)") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise WorkspaceError(f'{name}: not a workspace file (no "format": "{FORMAT}")')
    if document.get("version") != VERSION:
        raise WorkspaceError(
            f"{name}: workspace version {document.get('version')!r} is not supported (expected {VERSION})"
        )
    articles = []
    for i, record in enumerate(_list(document, "articles", name), start=1):
        where = f"{name}: article {i}"
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record.get("id"):
            raise WorkspaceError(f"{where}: needs an 'id' and a 'text'")
        try:
            date = parse_date(record.get("date"))
        except ValueError as err:
            raise WorkspaceError(f"{where}: {err}") from None
        articles.append(
            Article(
                id=str(record["id"]),
                text=record["text"],
                source=_field(record, "source", where) or str(record["id"]),
                date=date,
                language=_field(record, "language", where) or "und",
                title=_field(record, "title", where),
                url=_field(record, "url", where),
            )
        )
    problems = tuple(
        Problem(str(p.get("file", "")), str(p.get("reason", "")))
        for p in _list(document, "problems", name)
        if isinstance(p, dict)
    )
    labels: Labels = {}
    raw_labels = document.get("labels") or {}
    if not isinstance(raw_labels, dict):
        raise WorkspaceError(f"{name}: 'labels' must be an object of article id -> {{'source', 'date'}}")
    for id_, label in raw_labels.items():
        if not isinstance(label, dict):
            raise WorkspaceError(f"{name}: label of {id_!r} must be an object with 'source' and 'date'")
        try:
            source = _field(label, "source", f"{name}: label of {id_!r}") or id_
            labels[id_] = (source, parse_date(label.get("date")))
        except ValueError as err:
            raise WorkspaceError(f"{name}: label of {id_!r}: {err}") from None
    lexicon = document.get("lexicon")
    settings = document.get("settings")
    settings = {} if settings is None else settings
    if lexicon is not None and not isinstance(lexicon, str):
        raise WorkspaceError(f"{name}: 'lexicon' must be the lexicon's YAML text or null")
    if not isinstance(settings, dict):
        raise WorkspaceError(f"{name}: 'settings' must be an object")
    choices = WorkspaceSettings.from_json(settings, where=f"{name}: settings")
    return Workspace(Corpus(tuple(articles), problems), labels, lexicon, choices, _story_edits(document, name))


def _story_edits(document: dict[str, object], name: str) -> dict[str, object]:
    """The saved story edits, checked; absent in workspaces saved before stories existed (then none)."""
    edits = document.get("story_edits") or {}
    if edits == {}:
        return {}
    if not isinstance(edits, dict):
        raise WorkspaceError(f"{name}: 'story_edits' must be an object with 'merge', 'split' and 'rename'")
    for key in ("merge", "split"):
        groups = edits.get(key) or []
        if not isinstance(groups, list) or not all(
            isinstance(g, list) and all(isinstance(a, str) for a in g) for g in groups
        ):
            raise WorkspaceError(f"{name}: story_edits '{key}' must be a list of lists of article ids")
    rename = edits.get("rename") or {}
    if not isinstance(rename, dict) or not all(isinstance(v, str) for v in rename.values()):
        raise WorkspaceError(f"{name}: story_edits 'rename' must map article ids to labels (text)")
    return {"merge": edits.get("merge") or [], "split": edits.get("split") or [], "rename": dict(rename)}


def load(path: str | Path, **kwargs: object) -> Workspace:
    """A workspace from a workspace file, or a fresh one from any folder or file of articles.

    Raises:
        CorpusError: when nothing loads, or the workspace file is unreadable.
    """
    path = Path(path)
    if path.is_file() and path.suffix.lower() == ".json":
        data = path.read_bytes()
        if is_workspace(data):
            try:
                workspace = from_bytes(data, name=path.name)
            except WorkspaceError as err:
                raise CorpusError(str(err)) from None
            if not workspace.corpus.articles:
                raise CorpusError(f"{path}: the workspace holds no article")
            return workspace
    return Workspace(load_path(path, **kwargs))  # type: ignore[arg-type]
