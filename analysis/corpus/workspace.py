"""A saved workspace: the articles, the user's labels, lexicon and settings, in one JSON file.

A user who spent an hour labelling sources and merging incidents keeps that
work across reloads: the dashboard saves a workspace and loads it back, and the
CLI accepts the file wherever it accepts a folder.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from analysis.config import settings
from analysis.corpus.collection import Collection
from analysis.corpus.collection_schema import is_collection
from analysis.corpus.decode import normalize_text, show_bidi
from analysis.corpus.formats import read_records
from analysis.corpus.loading import Corpus, load_path
from analysis.corpus.records import Article, CorpusError, Problem, parse_date
from analysis.corpus.selection import Selection
from analysis.corpus.workspace_settings import WorkspaceError, WorkspaceSettings, field_key, kind_of
from analysis.excerpt import excerpt

__all__ = [
    "FORMAT",
    "Workspace",
    "from_bytes",
    "is_workspace",
    "load",
    "to_bytes",
]

FORMAT = "contraste-workspace"
VERSION = 1

Labels = dict[str, tuple[str, dt.date | None]]


@dataclass(frozen=True)
class Workspace:
    """Everything a user set up: the corpus as loaded, labels (source, date) per article, lexicon YAML, settings."""

    corpus: Corpus
    labels: Labels = field(default_factory=dict)
    lexicon: str | None = None
    settings: WorkspaceSettings = field(default_factory=WorkspaceSettings)
    # The user's story edits (analysis.similarity.stories): {"merge": [[ids]], "split": [[ids]], "rename": {id: label}}.
    story_edits: dict[str, object] = field(default_factory=dict)
    speaker_roles: dict[str, str] = field(default_factory=dict)  # the user's role per speaker (who speaks)
    # The collection and filters the corpus is: then the file refers to them instead of holding the texts.
    selection: Selection | None = None

    def current(self) -> Corpus:
        """The corpus with the labels applied: what every analysis sees."""
        return self.corpus.relabelled(self.labels) if self.labels else self.corpus


def to_bytes(workspace: Workspace) -> bytes:
    """The workspace as UTF-8 JSON."""
    chosen = workspace.selection
    document = {
        "format": FORMAT,
        "version": VERSION,
        **({"collection": chosen.to_json()} if chosen else {}),
        "articles": []
        if chosen
        else [{k: v for k, v in a.to_json().items() if k != "words"} for a in workspace.corpus.articles],
        "problems": [p.to_json() for p in workspace.corpus.problems],
        "labels": {
            id_: {"source": source, "date": date.isoformat() if date else None}
            for id_, (source, date) in workspace.labels.items()
        },
        "lexicon": workspace.lexicon,
        "settings": workspace.settings.to_json(),
        "story_edits": workspace.story_edits,
        "speaker_roles": workspace.speaker_roles,
    }
    return json.dumps(document, ensure_ascii=False, indent=1, default=str).encode("utf-8")


def is_workspace(data: bytes) -> bool:
    """Whether the bytes look like a workspace file (cheap check of the head)."""
    head = data[:300]
    return b'"format"' in head and FORMAT.encode() in head


# The schema: every field a workspace can hold, and what it must be. A message names the file and
# the path of the bad field (``mine.json: articles[2].date: ...``).
TOP_FIELDS = ("format", "version", "collection", "articles", "problems", "labels", "lexicon", "settings",
              "story_edits", "speaker_roles")  # fmt: skip
ARTICLE_TEXT_FIELDS = ("id", "text", "source", "language", "title", "url")
ARTICLE_FIELDS = (*ARTICLE_TEXT_FIELDS, "date", "words")
LABEL_FIELDS = ("source", "date")
PROBLEM_FIELDS = ("file", "reason")



def _fail(name: str, path: str, reason: str) -> WorkspaceError:
    return WorkspaceError(f"{name}: {path}: {reason}" if path else f"{name}: {reason}")


def _unknown(record: dict[str, object], known: tuple[str, ...], name: str, path: str) -> None:
    unknown = sorted(str(k) for k in record if k not in known)
    if unknown:
        shown = ", ".join(excerpt(k) for k in unknown[:5]) + (", …" if len(unknown) > 5 else "")
        raise _fail(name, path, f"unknown field(s) {shown}; expected {', '.join(known)}")


def _object(value: object, name: str, path: str, what: str) -> dict[str, object]:
    if not isinstance(value, dict):
        raise _fail(name, path, f"must be {what}, not {kind_of(value)}")
    return value


def _text(record: dict[str, object], key: str, name: str, path: str, *, required: bool = False) -> str | None:
    value = record.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        need = "required, non-empty text" if required else "must be text or null"
        raise _fail(name, f"{path}.{key}", f"{need}, not {kind_of(value)}")
    return value


def _date(record: dict[str, object], key: str, name: str, path: str) -> dt.date | None:
    value = record.get(key)
    if value is not None and not isinstance(value, str):
        raise _fail(name, f"{path}.{key}", f"must be a date YYYY-MM-DD or null, not {kind_of(value)}")
    try:
        return parse_date(value)
    except ValueError as err:
        raise _fail(name, f"{path}.{key}", excerpt(str(err), quote=False)) from None


def _list(document: dict[str, object], key: str, name: str) -> list[object]:
    value = document.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise _fail(name, key, f"must be a list, not {kind_of(value)}")
    return value


def _articles(document: dict[str, object], name: str) -> tuple[list[Article], list[Problem]]:
    """The articles, each field checked, then cleaned and limited as a file's articles are."""
    records: list[tuple[str, dict[str, object]]] = []
    first: dict[str, str] = {}
    for i, raw in enumerate(_list(document, "articles", name)):
        path = f"articles[{i}]"
        record = _object(raw, name, path, "an object with 'id' and 'text'")
        _unknown(record, ARTICLE_FIELDS, name, path)
        article_id = _text(record, "id", name, path, required=True)
        _text(record, "text", name, path, required=True)
        for key in ("source", "language", "title", "url"):
            _text(record, key, name, path)
        _date(record, "date", name, path)
        if article_id in first:
            raise _fail(
                name,
                f"{path}.id",
                f"duplicate id {excerpt(article_id)} (also {first[article_id]}.id); ids must be unique",
            )
        first[str(article_id)] = path
        records.append((f" {path}", {k: record.get(k) for k in (*ARTICLE_TEXT_FIELDS, "date")}))
    return read_records(name, records)


def _problems(document: dict[str, object], name: str) -> list[Problem]:
    problems = []
    for i, raw in enumerate(_list(document, "problems", name)):
        path = f"problems[{i}]"
        record = _object(raw, name, path, "an object with 'file' and 'reason'")
        _unknown(record, PROBLEM_FIELDS, name, path)
        problems.append(Problem(_text(record, "file", name, path) or "", _text(record, "reason", name, path) or ""))
    return problems


def _labels(document: dict[str, object], name: str) -> Labels:
    raw = document.get("labels")
    if raw is None:
        return {}
    labels: Labels = {}
    for id_, label in _object(raw, name, "labels", "an object of article id -> {'source', 'date'}").items():
        path = f"labels{field_key(id_)}"
        record = _object(label, name, path, "an object with 'source' and 'date'")
        _unknown(record, LABEL_FIELDS, name, path)
        source = _text(record, "source", name, path)
        labels[id_] = (show_bidi(normalize_text(source)) if source else id_, _date(record, "date", name, path))
    return labels


def from_bytes(data: bytes, *, name: str = "workspace") -> Workspace:
    """Read a workspace file, checking every field against the schema above.

    Articles go through the same cleaning and limits as a file's (an article too long
    or empty becomes a Problem); anything of the wrong shape is refused.

    Raises:
        WorkspaceError: naming the file and the path of the field that is wrong.
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
            f"{name}: workspace version {excerpt(document.get('version'))} is not supported (expected {VERSION})"
        )
    _unknown(document, TOP_FIELDS, name, "")
    lexicon = document.get("lexicon")
    if lexicon is not None and not isinstance(lexicon, str):
        raise _fail(name, "lexicon", f"must be the lexicon's YAML text or null, not {kind_of(lexicon)}")
    raw_settings = document.get("settings")
    settings = WorkspaceSettings.from_json({} if raw_settings is None else raw_settings, where=f"{name}: settings")
    labels = _labels(document, name)
    saved_problems = _problems(document, name)
    articles, problems = _articles(document, name)
    corpus = Corpus(tuple(articles), tuple(saved_problems + problems))
    chosen = _selection(document, name)
    if chosen is not None:  # the articles are the collection's, selected again
        try:
            corpus = Corpus(chosen.load().articles, tuple(saved_problems))
        except CorpusError as err:
            raise WorkspaceError(f"{name}: refers to a collection that cannot be read: {err}") from None
    return Workspace(
        corpus,
        labels,
        lexicon,
        settings,
        story_edits=_story_edits(document, name),
        speaker_roles=_speaker_roles(document, name),
        selection=chosen,
    )


def _selection(document: dict[str, object], name: str) -> Selection | None:
    """The collection and filters a workspace refers to; absent when it holds its articles itself."""
    if document.get("collection") is None:
        return None
    try:
        return Selection.from_json(document["collection"])
    except ValueError as err:
        raise WorkspaceError(f"{name}: {err}") from None


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


def _speaker_roles(document: dict[str, object], name: str) -> dict[str, str]:
    """The user's speaker roles; absent in workspaces saved before they existed (then none)."""
    value = document.get("speaker_roles") or {}
    if not isinstance(value, dict):
        raise _fail(name, "speaker_roles", f"must be an object of speaker -> role, not {kind_of(value)}")
    for speaker, role in value.items():
        if not isinstance(role, str):
            raise _fail(name, f"speaker_roles.{field_key(speaker)}", f"must be a role name, not {kind_of(role)}")
    return dict(value)


def load(path: str | Path, **kwargs: object) -> Workspace:
    """A workspace from a workspace file, or a fresh one from any folder or file of articles.

    Raises:
        CorpusError: when nothing loads, or the workspace file is unreadable.
    """
    path = Path(path)
    if is_collection(path):
        with Collection(path) as collection:
            return Workspace(collection.select(), selection=Selection(str(collection.file.resolve())))
    # A file past the size limit is never read whole: load_path reads its first bytes and refuses it.
    if path.is_file() and path.suffix.lower() == ".json" and path.stat().st_size <= settings().limits.max_file_bytes:
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
