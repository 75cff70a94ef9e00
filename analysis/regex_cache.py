"""Compiled regular expressions kept between processes: the casualty grammar is ready in 0.01 s, not 0.8 s.

Python compiles a regular expression in two steps: it parses the source and turns the tree into
the engine's code (a list of integers; pure Python, 2–200 ms for the grammar's large
alternations with accent classes such as ``[aá]``), then hands that code to the C engine
(``_sre.compile``, microseconds). ``re`` keeps its results for the life of one process only, so
every CLI call and every worker process paid the first step again: about 0.8 CPU s of the 1.7 s of
``contraste figures seeds``. :func:`compiled` keeps the first step's output (the code, the
flags, the groups) in the user's cache (:func:`cache_root`, shared with the gazetteer) and gives
it to the engine directly the next time.

The result is the same pattern: ``_sre`` patterns compare equal when their source, flags and
code are equal, and a new entry is only stored after ``compiled(...) == re.compile(...)`` held.
The file is named by a digest of the interpreter's version, the engine's ``MAGIC`` and
``CODESIZE`` (another Python writes another file) and holds a SHA-256 of its entries (a damaged
byte would otherwise give another valid program); code the engine rejects, a file cut short or
written by anything else, a missing private function (another interpreter): each falls back to
``re.compile``, so the cache only saves time, it never changes a match. New entries are written
when the process exits (one atomic replace, merged with what other processes wrote meanwhile).

Only fixed patterns (the lexicons' grammar) go through here, never patterns built from article
text or a user's word list, so the file stays bounded (``MAX_ENTRIES``).

>>> compiled(r"(?P<n>\\d+)\\s+muertos", re.I) == re.compile(r"(?P<n>\\d+)\\s+muertos", re.I)
True
>>> compiled(r"(?P<n>\\d+)\\s+muertos", re.I).search("Al menos 12 MUERTOS")["n"]
'12'
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import importlib
import marshal
import os
import re
import sys
import tempfile
from array import array
from pathlib import Path
from typing import Any

__all__ = ["CACHE_ENV", "MAX_ENTRIES", "cache_root", "compiled", "save", "write_atomically"]

CACHE_ENV = "CONTRASTE_CACHE_DIR"
MAX_ENTRIES = 5000  # about 150 fixed patterns come through here; far more means something unbounded did: start again

try:  # CPython's private compiler steps (not in typeshed); any other interpreter compiles through re every time
    import _sre

    _compiler: Any = importlib.import_module("re._compiler")
    _parser: Any = importlib.import_module("re._parser")

    _ENGINE: Any = _sre
    _TAG = f"{sys.version} {sys.implementation.cache_tag} {_sre.MAGIC} {_sre.CODESIZE}"
except (ImportError, AttributeError):  # pragma: no cover - CPython 3.11+ has them
    _ENGINE = None
    _TAG = ""

_Key = tuple[str, int]
_Entry = tuple[int, bytes, int, dict, tuple]  # final flags, code (array 'I'), groups - 1, groupindex, indexgroup

_memo: dict[_Key, re.Pattern[str]] = {}
_stored: dict[_Key, _Entry] | None = None
_new: dict[_Key, _Entry] = {}


def cache_root() -> Path | None:
    """The user's cache folder for Contraste, None when caching is off (``CONTRASTE_CACHE_DIR=""``).

    ``$CONTRASTE_CACHE_DIR``, else ``$XDG_CACHE_HOME/contraste``, else ``~/.cache/contraste``.
    """
    root = os.environ.get(CACHE_ENV)
    if root == "":
        return None
    if root is None:
        root = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "contraste")
    return Path(root)


def _file() -> Path | None:
    root = cache_root()
    if root is None or _ENGINE is None:
        return None
    return root / f"regex-{hashlib.sha256(_TAG.encode()).hexdigest()[:24]}.marshal"


def _read(path: Path | None) -> dict[_Key, _Entry]:
    """The entries kept at ``path``; {} for a missing or unreadable file (it is rewritten at exit)."""
    if path is None or not path.is_file():
        return {}
    try:
        tag, digest, payload = marshal.loads(path.read_bytes())
        if tag != _TAG or digest != hashlib.sha256(payload).digest():
            return {}
        entries = marshal.loads(payload)
    except Exception:  # cut short, damaged or not ours: start again
        return {}
    return entries if isinstance(entries, dict) else {}


def _entry(source: str, flags: int) -> _Entry:
    """What ``re._compiler.compile`` hands to the engine, without the engine step."""
    tree = _parser.parse(source, flags)
    code = _compiler._code(tree, flags)
    groupindex = dict(tree.state.groupdict)
    indexgroup = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | tree.state.flags, array("I", code).tobytes(), tree.state.groups - 1, groupindex, tuple(indexgroup)


def _engine(source: str, entry: _Entry) -> re.Pattern[str]:
    final_flags, code, groups, groupindex, indexgroup = entry
    return _ENGINE.compile(source, final_flags, array("I", code).tolist(), groups, groupindex, indexgroup)


def compiled(source: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, its code read from the user's cache when an earlier process compiled it."""
    global _stored
    flags = int(flags)
    key = (source, flags)
    found = _memo.get(key)
    if found is not None:
        return found
    if _ENGINE is None or not isinstance(source, str) or flags & re.DEBUG:
        found = re.compile(source, flags)
    else:
        if _stored is None:
            _stored = _read(_file())
        entry = _stored.get(key)
        if entry is not None:
            try:
                found = _engine(source, entry)
            except Exception:  # code the engine rejects (a damaged file): compile again below
                found = None
        if found is None:
            found = re.compile(source, flags)
            if _file() is not None:  # the cache is on: keep the code (compiled a second time, once per version)
                with contextlib.suppress(Exception):  # a private step that changed: no caching, same pattern
                    entry = _entry(source, flags)
                    if _engine(source, entry) == found:
                        _new[key] = entry
    _memo[key] = found
    return found


def save() -> None:
    """Write the entries this process compiled, merged with the file's (at exit; harmless to call twice)."""
    if not _new:
        return
    path = _file()
    if path is None:
        return
    entries = _read(path)
    if len(entries) + len(_new) > MAX_ENTRIES:
        entries = {}
    entries.update(_new)
    _new.clear()
    payload = marshal.dumps(entries)
    write_atomically(path, marshal.dumps((_TAG, hashlib.sha256(payload).digest(), payload)))


def write_atomically(path: Path, payload: bytes) -> None:
    """``payload`` written to ``path`` through a temporary file and one rename; nothing on an OSError.

    A process starting meanwhile reads the whole former file or the whole new one, never half of one; a
    folder that cannot be written (a read-only home) only means the cache is not kept.
    """
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".tmp") as handle:
            temporary = handle.name
            handle.write(payload)
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


atexit.register(save)
