"""Compiled patterns and word frequencies kept between processes (analysis/regex_cache.py,
analysis/corpus/word_frequency.py, ``places.name_keys``): what a second process reads is what the first
computed, damaged files are recomputed, and a process with a warm cache skips the work it saved."""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import regex_cache
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
                  "wordfreq": "wordfreq" in sys.modules, "entries": len(regex_cache._memo)}))
"""


def _figures_in(cache: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), regex_cache.CACHE_ENV: str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", _RUN_FIGURES], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_second_process_reads_the_grammar_and_word_frequencies_and_writes_the_same_figures(tmp_path: Path) -> None:
    cold = _figures_in(tmp_path)
    stored = sorted(p.name.split("-")[0] for p in tmp_path.iterdir())
    assert stored == ["gazetteer", "name", "regex", "zipf"]
    warm = _figures_in(tmp_path)
    assert cold["code"] == warm["code"] == 0
    assert warm["out"] == cold["out"] and len(json.loads(warm["out"])["claims"]) == 5  # byte for byte
    assert cold["wordfreq"] and not warm["wordfreq"]  # every word asked was remembered
    # The grammar's patterns come from the file; what is compiled is other packages' own (yaml, numpy).
    (path,) = tmp_path.glob("regex-*.marshal")
    stored = {source for source, _ in regex_cache._read(path)}
    assert cold["entries"] == warm["entries"] and len(stored) > 100
    assert len(stored & set(cold["compiles"])) > 100
    # Only short sources some other package also compiles through re ("\\s+") are compiled again.
    again = stored & set(warm["compiles"])
    assert len(again) < 5 and all(len(source) < 20 for source in again), again


def test_every_stored_pattern_is_the_one_re_compiles(tmp_path: Path) -> None:
    _figures_in(tmp_path)
    (path,) = tmp_path.glob("regex-*.marshal")
    entries = regex_cache._read(path)
    assert len(entries) > 100
    for (source, flags), entry in entries.items():
        # _sre patterns are equal when source, flags and the engine's code are equal.
        assert regex_cache._engine(source, entry) == re.compile(source, flags), source[:80]


def test_a_damaged_or_foreign_file_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(regex_cache.CACHE_ENV, str(tmp_path))
    path = regex_cache._file()
    assert path is not None
    source, flags = r"(?P<n>\d+)\s+(?:muertos|heridos)\b", int(re.IGNORECASE)
    invalid = marshal.dumps({(source, flags): (flags | int(re.UNICODE), b"\xff\xff\x00\x00", 0, {"n": 1}, (None, "n"))})
    valid = marshal.dumps({(source, flags): (flags | int(re.UNICODE), b"\x01\x00\x00\x00", 0, {"n": 1}, (None, "n"))})
    for damaged in (
        b"\x00not marshal",
        marshal.dumps(("another python", hashlib.sha256(valid).digest(), valid)),
        marshal.dumps((regex_cache._TAG, hashlib.sha256(b"other").digest(), valid)),  # a changed byte
        marshal.dumps((regex_cache._TAG, hashlib.sha256(invalid).digest(), invalid)),  # code the engine rejects
    ):
        path.write_bytes(damaged)
        monkeypatch.setattr(regex_cache, "_stored", None)
        monkeypatch.setattr(regex_cache, "_memo", {})
        monkeypatch.setattr(regex_cache, "_new", {})
        pattern = regex_cache.compiled(source, flags)
        assert pattern == re.compile(source, flags) and pattern.search("hubo 12 Muertos")["n"] == "12"
        assert list(regex_cache._new) == [(source, flags)]  # to be written again
    regex_cache.save()
    monkeypatch.setattr(regex_cache, "_stored", None)
    monkeypatch.setattr(regex_cache, "_memo", {})
    assert regex_cache.compiled(source, flags) == re.compile(source, flags)
    assert regex_cache._new == {}  # read from the rewritten file this time


def test_caching_off_or_unwritable_still_compiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regex_cache, "_stored", None)
    monkeypatch.setattr(regex_cache, "_memo", {})
    monkeypatch.setattr(regex_cache, "_new", {})
    monkeypatch.setenv(regex_cache.CACHE_ENV, "")
    assert regex_cache._file() is None
    assert regex_cache.compiled(r"\bcaso\b") == re.compile(r"\bcaso\b")
    assert regex_cache._new == {}  # nothing kept to write (and no second compile)
    regex_cache.save()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(regex_cache.CACHE_ENV, str(blocker / "cache"))
    regex_cache.save()
    assert [p.name for p in tmp_path.iterdir()] == ["a-file"]


def test_word_frequencies_are_wordfreqs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from wordfreq import zipf_frequency

    monkeypatch.setenv(regex_cache.CACHE_ENV, str(tmp_path))
    monkeypatch.setattr(word_frequency, "_known", None)
    monkeypatch.setattr(word_frequency, "_new", {})
    words = [("niza", "es"), ("Mayo", "es"), ("reading", "en"), ("Tinguir", "es"), ("casa", "fr"), ("the", "en")]
    asked = [word_frequency.zipf(w, lang) for w, lang in words]
    assert asked == [zipf_frequency(w, lang if lang in ("es", "en") else "en") for w, lang in words]
    word_frequency.save()
    monkeypatch.setattr(word_frequency, "_known", None)
    assert [word_frequency.zipf(w, lang) for w, lang in words] == asked and word_frequency._new == {}
    (path,) = tmp_path.glob("zipf-*.marshal")
    path.write_bytes(marshal.dumps({("es", "niza"): "not a number"}))  # damaged: asked again
    monkeypatch.setattr(word_frequency, "_known", None)
    assert word_frequency.zipf("niza", "es") == asked[0]


def test_name_keys_kept_on_disk_are_the_built_ones(tmp_path: Path) -> None:
    path = tmp_path / "name-keys.marshal"
    built = places.cached_name_keys(path)
    assert path.is_file() and built == places._name_keys() and built["turquia"] == "TR"
    assert places.cached_name_keys(path) == built
    path.write_bytes(marshal.dumps({"turquia": 7}))
    assert places.cached_name_keys(path) == built
