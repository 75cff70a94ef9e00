"""Compiled patterns and word frequencies kept between processes (analysis/regex_cache.py,
analysis/corpus/word_frequency.py, ``places.name_keys``): what a second process reads is what the first
computed, damaged files are recomputed, and a process with a warm cache skips the work it saved."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from analysis import regex_cache, user_cache
from analysis.corpus import places, word_frequency

ROOT = Path(__file__).resolve().parents[1]

_RUN_FIGURES = """
import contextlib, io, json, sys, time
import analysis.cli as cli
from analysis import regex_cache
from re import _compiler
compiles = []
original = _compiler.compile
_compiler.compile = lambda p, *a, **k: compiles.append(p if isinstance(p, str) else "") or original(p, *a, **k)
out = io.StringIO()
with contextlib.redirect_stdout(out):
    code = cli.main(["figures", "seeds", "--format", "json"])
print(json.dumps({"code": code, "out": out.getvalue(), "compiles": compiles,
                  "wordfreq": "wordfreq" in sys.modules, "pending": len(regex_cache.pending())}))
"""


def _run(script: str, cache: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), user_cache.CACHE_ENV: str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture
def cache_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """This process' caches in an empty folder, read anew (the modules' public reset), and reset again after."""
    monkeypatch.setenv(user_cache.CACHE_ENV, str(tmp_path))
    regex_cache.reset()
    word_frequency.reset()
    yield tmp_path
    regex_cache.reset()
    word_frequency.reset()


def test_a_second_process_reads_the_grammar_and_word_frequencies_and_writes_the_same_figures(cache_in: Path) -> None:
    cold = _run(_RUN_FIGURES, cache_in)
    stored = sorted(p.name.rpartition("-")[0] for p in cache_in.iterdir())
    assert stored == ["gazetteer", "name-keys", "regex", "zipf"]
    warm = _run(_RUN_FIGURES, cache_in)
    assert cold["code"] == warm["code"] == 0
    assert warm["out"] == cold["out"] and len(json.loads(warm["out"])["claims"]) == 5  # byte for byte
    assert cold["wordfreq"] and not warm["wordfreq"]  # every word asked was remembered
    assert warm["pending"] == 0  # nothing new to write the second time
    # The grammar's patterns come from the file; what is compiled is other packages' own (yaml, numpy).
    stored = {source for source, _ in regex_cache.stored_patterns()}
    assert len(stored) > 100
    assert len(stored & set(cold["compiles"])) > 100
    # Only short sources some other package also compiles through re ("\\s+") are compiled again.
    again = stored & set(warm["compiles"])
    assert len(again) < 5 and all(len(source) < 20 for source in again), again


def test_every_stored_pattern_is_the_one_re_compiles(cache_in: Path) -> None:
    _run(_RUN_FIGURES, cache_in)
    patterns = regex_cache.stored_patterns()
    assert len(patterns) > 100
    for (source, flags), pattern in patterns.items():
        # _sre patterns are equal when source, flags and the engine's code are equal.
        assert pattern == re.compile(source, flags), source[:80]


def test_a_damaged_or_foreign_file_is_compiled_again(cache_in: Path) -> None:
    path = regex_cache.cache_file()
    assert path is not None and path.parent == cache_in
    source, flags = r"(?P<n>\d+)\s+(?:muertos|heridos)\b", int(re.IGNORECASE)
    final = flags | int(re.UNICODE)
    for damaged in (
        lambda: path.write_bytes(b"\x00not marshal"),
        lambda: path.write_bytes(user_cache.MAGIC + b"\x00" * 32 + marshal.dumps({})),  # a checksum that differs
        lambda: path.write_bytes(path.read_bytes()[:-3]),  # cut short
        lambda: user_cache.store(path, ["not", "a", "dict"]),  # ours, but not entries
        lambda: user_cache.store(path, {(source, flags): (final, b"\xff\xff\x00\x00", 0, {"n": 1}, (None, "n"))}),
    ):
        user_cache.store(path, {})
        damaged()  # the last: code the engine rejects
        regex_cache.reset()
        pattern = regex_cache.compiled(source, flags)
        assert pattern == re.compile(source, flags) and pattern.search("hubo 12 Muertos")["n"] == "12"
        assert regex_cache.pending() == [(source, flags)]  # to be written again
    regex_cache.save()
    regex_cache.reset()
    assert regex_cache.compiled(source, flags) == re.compile(source, flags)
    assert regex_cache.pending() == []  # read from the rewritten file this time


def test_patterns_of_former_versions_are_dropped_past_the_bound(cache_in: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A file grown past MAX_CODE_BYTES keeps, when a process writes it, the entries that process used and made.
    path = regex_cache.cache_file()
    assert path is not None
    used, stale, new = r"\bmuert[oa]s\b", r"\bheridos?\b", r"\bdesaparecid[oa]s\b"
    steps = regex_cache.private_compiler()
    assert steps is not None
    entries = {(source, 0): steps.code(source, 0) for source in (used, stale)}
    user_cache.store(path, entries)
    monkeypatch.setattr(regex_cache, "MAX_CODE_BYTES", regex_cache.code_bytes(entries) + 1)
    regex_cache.reset()
    assert regex_cache.compiled(used) == re.compile(used) and regex_cache.pending() == []  # read from the file
    assert regex_cache.compiled(new) == re.compile(new) and regex_cache.pending() == [(new, 0)]
    regex_cache.save()
    assert sorted(user_cache.load_dict(path)) == sorted([(used, 0), (new, 0)])
    # Under the bound the file's entries are all kept, as before.
    monkeypatch.setattr(regex_cache, "MAX_CODE_BYTES", 10**9)
    regex_cache.reset()
    regex_cache.compiled(stale)
    regex_cache.save()
    assert sorted(user_cache.load_dict(path)) == sorted([(used, 0), (new, 0), (stale, 0)])
    # A file read over the bound is written again at exit even with nothing new: only what was used stays.
    monkeypatch.setattr(regex_cache, "MAX_CODE_BYTES", 1)
    regex_cache.reset()
    regex_cache.compiled(new)
    assert regex_cache.pending() == []
    regex_cache.save()
    assert sorted(user_cache.load_dict(path)) == [(new, 0)]
    writes: list[object] = []
    store = user_cache.store
    monkeypatch.setattr(user_cache, "store", lambda where, value: writes.append(value) or True)
    regex_cache.save()  # nothing new, nothing more used: not written again (claims.extract saves on every call)
    assert writes == []
    monkeypatch.setattr(user_cache, "store", store)
    regex_cache.reset()
    assert regex_cache.compiled(stale) == re.compile(stale)  # dropped: compiled again, and kept again
    assert regex_cache.pending() == [(stale, 0)]


def test_caching_off_or_unwritable_still_compiles(
    tmp_path: Path, cache_in: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(user_cache.CACHE_ENV, "")
    assert regex_cache.cache_file() is None and user_cache.folder() is None
    assert regex_cache.compiled(r"\bcaso\b") == re.compile(r"\bcaso\b")
    assert regex_cache.pending() == []  # nothing kept to write (and no second compile)
    regex_cache.save()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(user_cache.CACHE_ENV, str(blocker / "cache"))
    regex_cache.reset()
    assert regex_cache.compiled(r"\bcosa\b") == re.compile(r"\bcosa\b")
    regex_cache.save()
    assert [p.name for p in tmp_path.iterdir()] == ["a-file"]


_WITHOUT_INTERNALS = """
import json, re, sys
{change}
from analysis import regex_cache
source = r"(?P<n>\\d+)\\s+(?:muertos|heridos)\\b"
pattern = regex_cache.compiled(source, re.I)
regex_cache.save()
print(json.dumps({{"off": regex_cache.private_compiler() is None, "file": regex_cache.cache_file() is None,
                  "equal": pattern == re.compile(source, re.I), "n": pattern.search("hubo 12 Muertos")["n"],
                  "pending": regex_cache.pending()}}))
"""


@pytest.mark.parametrize(
    "change",
    [
        "import _sre; del _sre.MAGIC",  # a private name gone (another interpreter, another version)
        "sys.modules['re._compiler'] = None",  # a private module gone (re keeps its own reference)
        # A parser that gives another tree than re's own: the probes catch it.
        "import types; fake = types.ModuleType('re._parser'); real = sys.modules['re._parser']\n"
        "fake.parse = lambda source, flags: real.parse('x', flags); sys.modules['re._parser'] = fake",
    ],
)
def test_without_the_private_internals_patterns_come_from_re_compile(tmp_path: Path, change: str) -> None:
    found = _run(_WITHOUT_INTERNALS.format(change=change), tmp_path)
    assert found == {"off": True, "file": True, "equal": True, "n": "12", "pending": []}
    assert list(tmp_path.iterdir()) == []  # nothing read or written


def test_with_the_private_internals_the_probes_pass() -> None:
    steps = regex_cache.private_compiler()
    assert steps is not None  # CPython 3.11+: the fast path is the one tested above
    source, flags = r"(?P<n>\d+)\s+muertos", int(re.IGNORECASE)
    assert steps.engine(source, steps.code(source, flags)) == re.compile(source, flags)


def test_word_frequencies_are_wordfreqs(cache_in: Path) -> None:
    from wordfreq import zipf_frequency

    words = [("niza", "es"), ("Mayo", "es"), ("reading", "en"), ("Tinguir", "es"), ("casa", "fr"), ("the", "en")]
    asked = [word_frequency.zipf(w, lang) for w, lang in words]
    assert asked == [zipf_frequency(w, lang if lang in ("es", "en") else "en") for w, lang in words]
    word_frequency.save()
    word_frequency.reset()
    assert [word_frequency.zipf(w, lang) for w, lang in words] == asked and word_frequency.pending() == []
    path = word_frequency.cache_file()
    assert path is not None and path.is_file()
    user_cache.store(path, {("es", "niza"): "not a number"})  # ours, but damaged: asked again
    word_frequency.reset()
    assert word_frequency.zipf("niza", "es") == asked[0] and word_frequency.pending() == [("es", "niza")]


def test_name_keys_kept_on_disk_are_the_built_ones(tmp_path: Path) -> None:
    path = tmp_path / "name-keys-0123456789abcdef01234567.marshal"
    built = places.cached_name_keys(path)
    assert path.is_file() and built == places._name_keys() and built["turquia"] == "TR"
    assert places.cached_name_keys(path) == built
    user_cache.store(path, {"turquia": 7})
    assert places.cached_name_keys(path) == built
