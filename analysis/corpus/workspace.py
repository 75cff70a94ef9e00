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
    ``lexicon_name``: the file name of the user's framing lexicon; ``frame_sets``: the
    framing frame sets chosen on the Framing page (names checked where they are used).

    >>> WorkspaceSettings.from_json({"similarity_threshold": 0.3}).to_json()
    {'similarity_threshold': 0.3}
    """

    similarity_threshold: float | None = None
    figure_incidents: Mapping[str, str] = field(default_factory=dict)
    lexicon_name: str | None = None
    frame_sets: tuple[str, ...] = ()

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
        sets = data.get("frame_sets") or []
        if not isinstance(sets, list) or not all(isinstance(x, str) for x in sets):
            raise WorkspaceError(f"{where}: 'frame_sets' must be a list of frame set names (text)")
        return cls(None if threshold is None else float(threshold), dict(incidents), name, tuple(sets))


@dataclass(frozen=True)
class Workspace:
    """Everything a user set up: the corpus as loaded, labels (source, date) per article, lexicon YAML, settings."""

    corpus: Corpus
    labels: Labels = field(default_factory=dict)
    lexicon: str | None = None
    settings: WorkspaceSettings = field(default_factory=WorkspaceSettings)

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
    return Workspace(Corpus(tuple(articles), problems), labels, lexicon, choices)


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
