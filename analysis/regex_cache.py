"""Compiled regular expressions kept between processes: the casualty grammar is ready in 0.01 s, not 0.8 s.

Python compiles a regular expression in two steps: it parses the source and turns the tree into
the engine's code (a list of integers; pure Python, 2–200 ms for the grammar's large
alternations with accent classes such as ``[aá]``), then hands that code to the C engine
(``_sre.compile``, microseconds). ``re`` keeps its results for the life of one process only, so
every CLI call and every worker process paid the first step again: about 0.8 CPU s of the 1.7 s of
``contraste figures seeds``. :func:`compiled` keeps the first step's output (the code, zlib-compressed, the
flags, the groups) in the user's cache (:mod:`analysis.user_cache`, shared with the gazetteer) and
gives it to the engine directly the next time.

**Why CPython's private internals, and how they are fenced.** ``re`` offers no public way to keep
the compiler's output: the two steps are ``re._parser.parse`` + ``re._compiler._code`` (private
modules, renamed from ``sre_parse``/``sre_compile`` in 3.11) and ``_sre.compile`` (the C engine's
private constructor, whose arguments have changed between releases). Every use of them is in ONE
function, :func:`private_compiler`, which checks them once per process on probe patterns (each
must give a pattern equal to ``re.compile``'s and match alike); when any is missing (PyPy, a
future CPython) or differs, it returns None and :func:`compiled` is plain ``re.compile`` (no
file read or written). ``tests/test_regex_cache.py`` runs that fallback with the internals removed
and with a changed one.

The result is the same pattern: ``_sre`` patterns compare equal when their source, flags and
code are equal, and a new entry is only stored after ``compiled(...) == re.compile(...)`` held.
The file is named by a digest of the interpreter's version, the engine's ``MAGIC`` and
``CODESIZE`` (another Python writes another file) and holds a SHA-256 of its entries (a damaged
byte would otherwise give another valid program); code the engine rejects or a file cut short or
written by anything else falls back to ``re.compile``, so the cache only saves time, it never
changes a match. New entries are written when the process exits (one atomic replace, merged with
what other processes wrote meanwhile; :func:`save`).

Only fixed patterns (the lexicons' grammar) go through here, never patterns built from article
text or a user's word list, so the file stays bounded (``MAX_ENTRIES``); the patterns of former versions of the
lexicons, which no process asks for again, are dropped once the file holds more than ``MAX_CODE_BYTES`` of code.

>>> compiled(r"(?P<n>\\d+)\\s+muertos", re.I) == re.compile(r"(?P<n>\\d+)\\s+muertos", re.I)
True
>>> compiled(r"(?P<n>\\d+)\\s+muertos", re.I).search("Al menos 12 MUERTOS")["n"]
'12'
"""

from __future__ import annotations

import atexit
import importlib
import re
import zlib
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from analysis import user_cache
from analysis.user_cache import CACHE_ENV as CACHE_ENV  # where it was first defined: kept importable here

__all__ = [
    "CACHE_ENV",
    "MAX_CODE_BYTES",
    "MAX_ENTRIES",
    "PrivateCompiler",
    "cache_file",
    "code_bytes",
    "compiled",
    "pending",
    "private_compiler",
    "reset",
    "save",
    "stored_patterns",
]

MAX_ENTRIES = 5000  # about 150 fixed patterns come through here; far more means something unbounded did: start again
# Bytes of code the file may hold. The packaged grammar compiles to about 7 MB, and every change of a lexicon adds
# its new alternations beside the former ones, which no process asks for again: a file of 634 entries and 53 MB
# (eight versions) cost each process 0.2 CPU s to read and check, against 0.025 s for the live ones. Past this,
# a process writing the file keeps of its former entries only those it used (:func:`save`).
MAX_CODE_BYTES = 32_000_000
PROBES = (
    (r"(?P<n>\d+)\s+(?:muertos|heridos)\b", re.IGNORECASE, "hubo 12 Muertos"),
    (r"[aá]rbol(es)?$", 0, "los árboles"),
)

_Key = tuple[str, int]
_Entry = tuple[int, bytes, int, dict, tuple]  # final flags, code (array 'I', zlib), groups - 1, groupindex, indexgroup
# The code is kept zlib-compressed: the casualty grammar's alternations are 0.5–1.6 MB of code each and shrink
# about fifteenfold, and the whole file is read into every process that compiles a pattern (main and workers).
# A file of 634 entries (stale grammars of earlier lexicons among them) held 51 MB of code, 3.4 MB compressed;
# unpacking one when it is used costs about a millisecond.
_LEVEL = 6

_memo: dict[_Key, re.Pattern[str]] = {}
_stored: dict[_Key, _Entry] | None = None
_new: dict[_Key, _Entry] = {}
_written: set[_Key] = set()  # the entries this process wrote when it cut the file down (save)


@dataclass(frozen=True)
class PrivateCompiler:
    """CPython's two private steps of ``re.compile``: ``code`` (source, flags -> the engine's input: pure Python,
    the slow step) and ``engine`` (source, that input -> the pattern: C, microseconds); ``tag`` names the
    interpreter and engine version the code is valid for."""

    tag: str
    code: Callable[[str, int], _Entry]
    engine: Callable[[str, _Entry], re.Pattern[str]]


@cache
def private_compiler() -> PrivateCompiler | None:
    """The private steps of this interpreter's ``re.compile``, or None when any is missing or differs.

    The ONLY place that touches ``_sre``, ``re._parser`` and ``re._compiler`` : they are not public API and may change in any Python release. Before use they are checked on
    :data:`PROBES`: each must give the pattern ``re.compile`` gives (``_sre`` patterns are equal when source, flags
    and code are) and find the same match. Any exception or difference: None, and every pattern is compiled by
    ``re.compile``.
    """
    try:
        import _sre

        compiler: Any = importlib.import_module("re._compiler")  # CPython 3.11+ (sre_compile before: not used)
        parser: Any = importlib.import_module("re._parser")
        engine_compile: Any = _sre.compile
        tag = f"{_sre.MAGIC} {_sre.CODESIZE} zlib"  # "zlib": the code is kept compressed (earlier files: not)

        def code(source: str, flags: int) -> _Entry:
            tree = parser.parse(source, flags)
            program = compiler._code(tree, flags)
            groupindex = dict(tree.state.groupdict)
            indexgroup: list[str | None] = [None] * tree.state.groups
            for name, index in groupindex.items():
                indexgroup[index] = name
            final = flags | tree.state.flags
            packed = zlib.compress(array("I", program).tobytes(), _LEVEL)
            return final, packed, tree.state.groups - 1, groupindex, tuple(indexgroup)

        def engine(source: str, entry: _Entry) -> re.Pattern[str]:
            final, program, groups, groupindex, indexgroup = entry
            code = array("I", zlib.decompress(program)).tolist()
            return engine_compile(source, final, code, groups, groupindex, indexgroup)

        for source, flags, sample in PROBES:
            made, expected = engine(source, code(source, int(flags))), re.compile(source, flags)
            found, wanted = made.search(sample), expected.search(sample)
            if made != expected or found is None or wanted is None or found.span() != wanted.span():
                return None
    except Exception:  # noqa: BLE001 - missing, renamed or changed internals: plain re.compile
        return None
    return PrivateCompiler(tag, code, engine)


def cache_file() -> Path | None:
    """Where the compiled patterns of this interpreter are kept; None when caching is off or the private steps
    are unavailable (:func:`private_compiler`)."""
    steps = private_compiler()
    return None if steps is None else user_cache.path("regex", steps.tag)


def compiled(source: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, its code read from the user's cache when an earlier process compiled it."""
    global _stored
    flags = int(flags)
    key = (source, flags)
    found = _memo.get(key)
    if found is not None:
        return found
    steps = private_compiler()
    if steps is None or not isinstance(source, str) or flags & re.DEBUG:
        found = re.compile(source, flags)
    else:
        if _stored is None:
            _stored = user_cache.load_dict(cache_file())
        entry = _stored.get(key)
        if entry is not None:
            try:
                found = steps.engine(source, entry)
            except Exception:  # noqa: BLE001 - code the engine rejects (a damaged entry): compile again below
                found = None
        if found is None:
            found = re.compile(source, flags)
            if cache_file() is not None:  # the cache is on: keep the code (compiled a second time, once per version)
                try:
                    entry = steps.code(source, flags)
                    if steps.engine(source, entry) == found:
                        _new[key] = entry
                except Exception:  # noqa: BLE001,S110 - a pattern the private steps cannot redo: not kept
                    pass
    _memo[key] = found
    return found


def pending() -> list[tuple[str, int]]:
    """The (source, flags) this process compiled and will write at exit (:func:`save`)."""
    return list(_new)


def reset() -> None:
    """Forget what this process compiled, read and has yet to write: the next :func:`compiled` reads the file."""
    global _stored, _written
    _memo.clear()
    _new.clear()
    _stored = None
    _written = set()


def stored_patterns() -> dict[tuple[str, int], re.Pattern[str]]:
    """Every pattern kept in this interpreter's file, made from its stored code (entries the engine rejects
    left out); {} when there is none."""
    steps = private_compiler()
    found = {}
    for (source, flags), entry in user_cache.load_dict(cache_file()).items():
        try:
            found[(source, flags)] = steps.engine(source, entry)  # type: ignore[union-attr]
        except Exception:  # noqa: BLE001,S112 - damaged: not a stored pattern
            continue
    return found


def code_bytes(entries: dict[_Key, _Entry]) -> int:
    """Bytes of compiled code ``entries`` hold (what :data:`MAX_CODE_BYTES` bounds).

    >>> code_bytes({("a", 0): (32, b"\\x11" * 12, 0, {}, (None,))})
    12
    """
    return sum(len(entry[1]) for entry in entries.values())


def save() -> None:
    """Write the entries this process compiled, merged with the file's (at exit, and by callers that may not reach
    it; harmless to call twice).

    Past :data:`MAX_CODE_BYTES` of code, the file's entries this process did not use are dropped (patterns of
    former versions of the lexicons, mostly). A file read over that bound is written again with what this process
    used and made, from what it holds already (the big file is not read a second time: 150 MB more at once), even
    with nothing new, and again when it has used more since. A pattern dropped that another command still uses is
    compiled and kept again by that command's next process.
    """
    global _written
    where = cache_file()
    if where is None:
        return
    if _stored is not None and code_bytes(_stored) > MAX_CODE_BYTES:
        used = {key for key in _memo if key in _stored}
        if not _new and used <= _written:
            return
        kept = {key: _stored[key] for key in used}
        kept.update(_new)
        if user_cache.store(where, kept):
            _written = set(kept)
            _new.clear()
        return
    if not _new:
        return
    kept = user_cache.load_dict(where)
    if code_bytes(kept) + code_bytes(_new) > MAX_CODE_BYTES:
        kept = {key: entry for key, entry in kept.items() if key in _memo}  # what this process used
    elif len(kept) + len(_new) > MAX_ENTRIES:
        kept = {}
    kept.update(_new)
    _new.clear()
    user_cache.store(where, kept)


atexit.register(save)
