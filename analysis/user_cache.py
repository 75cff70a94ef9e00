"""The user's cache folder: files a process computed once and the next process reads (patterns, word frequencies, languages,
the gazetteer), each named by what it was made from, written atomically, read back only when whole and ours.

Four modules keep work between processes here (``analysis/regex_cache.py``, ``analysis/corpus/word_frequency.py``,
``analysis/corpus/places.py``, ``analysis/corpus/language.py``); this module owns everything they share:

- **the folder**: ``$CONTRASTE_CACHE_DIR``, else ``$XDG_CACHE_HOME/contraste``, else ``~/.cache/contraste``;
  ``CONTRASTE_CACHE_DIR=""`` turns caching off (:func:`folder` is None and nothing is read or written);
- **versioned names** (:func:`path`): ``<kind>-<24 hex digits>.marshal``, the digits a SHA-256 of the parts the
  caller names (package versions, the digest of a source file, settings) and of the interpreter (marshal's format
  and the compiler's output differ between Python versions). Any change of a part is another file;
- **atomic writes** (:func:`store`, :func:`write_atomically`): a temporary file in the folder, then one
  ``os.replace``: a process starting meanwhile reads the whole former file or the whole new one;
- **safe loading** (:func:`load`): a file starts with :data:`MAGIC` and the SHA-256 of its payload, both checked
  before the payload is unmarshalled, so a file cut short, damaged or written by anything else is ignored (the
  caller computes again and writes it anew), never unmarshalled and never a crash;
- **removal of former versions** (:func:`prune`, on every write): only the :data:`KEEP` most recently used files
  of a kind stay (two, so that two Python versions or a changed setting do not rebuild each other's file on every
  run); files of older versions (about 6 MB a version) and temporary files of interrupted writes older than an
  hour are removed.

A folder that cannot be written (a read-only home) only means nothing is kept: the cache saves time, it never
changes a result.

>>> import tempfile
>>> where = Path(tempfile.mkdtemp()) / "example-0123456789abcdef01234567.marshal"
>>> load(where), store(where, {("es", "casa"): 5.6}), load(where)
(None, True, {('es', 'casa'): 5.6})
>>> _ = where.write_bytes(where.read_bytes()[:-1]); load(where) is None  # cut short: ignored, made again
True
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

__all__ = [
    "CACHE_ENV",
    "KEEP",
    "MAGIC",
    "files_of",
    "folder",
    "load",
    "load_dict",
    "merge",
    "path",
    "prune",
    "store",
    "write_atomically",
]

CACHE_ENV = "CONTRASTE_CACHE_DIR"
KEEP = 2  # files kept per kind: the most recently used
MAGIC = b"contraste-cache 1\n"  # the first bytes of every file written here
TEMPORARY_AGE_S = 3600  # a temporary file older than this is a write that was interrupted
_DIGEST = 32
_NAME = re.compile(r"(?P<kind>[a-z][a-z-]*)-[0-9a-f]{24}\.marshal")


def folder() -> Path | None:
    """The user's cache folder for Contraste, None when caching is off (``CONTRASTE_CACHE_DIR=""``).

    ``$CONTRASTE_CACHE_DIR``, else ``$XDG_CACHE_HOME/contraste``, else ``~/.cache/contraste``.
    """
    root = os.environ.get(CACHE_ENV)
    if root == "":
        return None
    if root is None:
        root = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "contraste")
    return Path(root)


def path(kind: str, *parts: str | bytes) -> Path | None:
    """The file of ``kind`` ("regex", "zipf", "gazetteer"...) made from ``parts``; None when caching is off.

    The name's digits are a SHA-256 of each part's SHA-256 and of this interpreter's version and marshal format.
    """
    if not re.fullmatch(r"[a-z][a-z-]*", kind):
        raise ValueError(f"a cache kind is lower-case letters and hyphens, not {kind!r}")
    root = folder()
    if root is None:
        return None
    digest = hashlib.sha256(f"{sys.version} {sys.implementation.cache_tag} marshal {marshal.version}".encode())
    for part in parts:
        digest.update(hashlib.sha256(part.encode() if isinstance(part, str) else part).digest())
    return root / f"{kind}-{digest.hexdigest()[:24]}.marshal"


def load(where: Path | None) -> Any | None:
    """The value :func:`store` kept at ``where``; None when there is none, or it is cut short, damaged or not ours.

    The header and the payload's SHA-256 are checked before anything is unmarshalled. Reading a file marks it
    used (its modification time), so :func:`prune` keeps the files in use.
    """
    if where is None:
        return None
    try:
        data = where.read_bytes()
    except OSError:
        return None
    start = len(MAGIC) + _DIGEST
    if not data.startswith(MAGIC) or hashlib.sha256(data[start:]).digest() != data[len(MAGIC) : start]:
        return None
    try:
        found = marshal.loads(data[start:])
    except (EOFError, ValueError, TypeError):  # checked bytes of another marshal format
        return None
    with contextlib.suppress(OSError):
        os.utime(where)
    return found


def load_dict(where: Path | None) -> dict[Any, Any]:
    """The dict :func:`store` kept at ``where``; {} when there is none, or it is no dict (damaged, foreign: the next
    :func:`merge` writes it anew)."""
    found = load(where)
    return found if isinstance(found, dict) else {}


def merge(where: Path | None, new: dict[Any, Any], *, limit: int) -> bool:
    """Write the entries a process made (``new``, then emptied) merged with those kept at ``where``
    (:func:`load_dict`), the file's dropped first when both together exceed ``limit`` entries; False, ``new``
    kept, when caching is off (``where`` None), and False when nothing is new or the folder cannot be written.

    >>> import tempfile
    >>> where = Path(tempfile.mkdtemp()) / "example-0123456789abcdef01234567.marshal"
    >>> new = {"a": 1}
    >>> merge(where, new, limit=2), new, merge(where, {"b": 2}, limit=2), load(where)
    (True, {}, True, {'a': 1, 'b': 2})
    >>> merge(where, {"c": 3}, limit=2), load(where)  # three entries: the file's are dropped
    (True, {'c': 3})
    """
    if not new or where is None:
        return False
    kept = load_dict(where)
    if len(kept) + len(new) > limit:
        kept = {}
    kept.update(new)
    new.clear()
    return store(where, kept)


def store(where: Path | None, value: Any) -> bool:
    """``value`` (plain data: what marshal writes) kept at ``where`` atomically, former versions of its kind
    removed (:func:`prune`); False when caching is off or the folder cannot be written."""
    if where is None:
        return False
    payload = marshal.dumps(value)
    if not write_atomically(where, MAGIC + hashlib.sha256(payload).digest() + payload):
        return False
    prune(where)
    return True


def write_atomically(where: Path, payload: bytes) -> bool:
    """``payload`` written to ``where`` through a temporary file and one rename; False (nothing written) on an
    OSError (a folder that cannot be written)."""
    temporary = None
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=where.parent, delete=False, suffix=".tmp") as handle:
            temporary = handle.name
            handle.write(payload)
        os.replace(temporary, where)
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        return False
    return True


def files_of(kind: str, root: Path | None = None) -> list[Path]:
    """The cache files of ``kind`` in ``root`` (the cache folder), most recently used first."""
    root = folder() if root is None else root
    if root is None or not root.is_dir():
        return []
    found = []
    for file in root.iterdir():
        match = _NAME.fullmatch(file.name)
        if match is not None and match["kind"] == kind:
            with contextlib.suppress(OSError):
                found.append((file.stat().st_mtime, file.name, file))
    return [file for *_, file in sorted(found, key=lambda row: (row[0], row[1]), reverse=True)]


def prune(kept: Path) -> list[Path]:
    """Remove the files of ``kept``'s kind but the :data:`KEEP` most recently used (``kept`` always stays) and
    temporary files of interrupted writes; returns what was removed."""
    match = _NAME.fullmatch(kept.name)
    if match is None:
        return []
    others = [f for f in files_of(match["kind"], kept.parent) if f != kept]
    removed = []
    for file in others[KEEP - 1 :]:
        with contextlib.suppress(OSError):
            file.unlink()
            removed.append(file)
    now = time.time()
    for file in kept.parent.glob("*.tmp"):
        with contextlib.suppress(OSError):
            if now - file.stat().st_mtime > TEMPORARY_AGE_S:
                file.unlink()
                removed.append(file)
    return removed
