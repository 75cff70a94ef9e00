"""The user's cache folder (analysis/user_cache.py): versioned names, atomic writes, safe loading, and the
files of former versions removed, for the three modules that keep work there (patterns, word frequencies,
the gazetteer)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from analysis import regex_cache, user_cache
from analysis.corpus import places, word_frequency


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(user_cache.CACHE_ENV, str(tmp_path / "cache"))
    regex_cache.reset()
    word_frequency.reset()
    yield tmp_path / "cache"
    regex_cache.reset()
    word_frequency.reset()


def test_the_folder_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(user_cache.CACHE_ENV, str(tmp_path))
    assert user_cache.folder() == tmp_path
    monkeypatch.delenv(user_cache.CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert user_cache.folder() == tmp_path / "xdg" / "contraste"
    monkeypatch.setenv(user_cache.CACHE_ENV, "")
    assert user_cache.folder() is None and user_cache.path("zipf", "1") is None
    assert user_cache.store(None, {"a": 1}) is False and user_cache.load(None) is None


def test_names_are_versioned_by_their_parts(folder: Path) -> None:
    one, again, other = (
        user_cache.path("zipf", "wordfreq 3.1"),
        user_cache.path("zipf", "wordfreq 3.1"),
        user_cache.path("zipf", "wordfreq 3.2"),
    )
    assert one == again != other and one is not None and other is not None
    assert one.parent == other.parent == folder and one.name.startswith("zipf-") and one.suffix == ".marshal"
    assert user_cache.path("gazetteer", b"source", "1") != user_cache.path("gazetteer", b"source", "2")
    with pytest.raises(ValueError, match="cache kind"):
        user_cache.path("../escape", "1")


def test_what_is_stored_is_loaded_and_anything_else_is_none(folder: Path) -> None:
    where = user_cache.path("zipf", "x")
    assert where is not None and user_cache.load(where) is None  # nothing yet
    value = {("es", "casa"): 5.62, ("en", "the"): 7.73}
    assert user_cache.store(where, value) and user_cache.load(where) == value
    whole = where.read_bytes()
    for damaged in (
        whole[:-1],  # cut short
        whole[:-1] + bytes([whole[-1] ^ 1]),  # one bit changed
        b"\x80\x05" + whole,  # a pickle's header: not ours
        b"",
        user_cache.MAGIC,  # the header alone
    ):
        where.write_bytes(damaged)
        assert user_cache.load(where) is None
    assert not list(folder.glob("*.tmp"))  # every write went through a temporary file and one rename


def test_former_versions_are_removed_and_the_most_recent_kept(folder: Path) -> None:
    written = []
    for version in range(4):
        where = user_cache.path("gazetteer", f"version {version}")
        assert where is not None and user_cache.store(where, [version])
        os.utime(where, (time.time() - 100 + version, time.time() - 100 + version))  # one after the other
        written.append(where)
    unrelated = user_cache.path("zipf", "any")
    assert unrelated is not None and user_cache.store(unrelated, {})
    stale_temporary = folder / "tmpabc.tmp"
    stale_temporary.write_bytes(b"an interrupted write")
    os.utime(stale_temporary, (time.time() - 2 * user_cache.TEMPORARY_AGE_S,) * 2)
    fresh_temporary = folder / "tmpdef.tmp"
    fresh_temporary.write_bytes(b"a write under way")
    newest = user_cache.path("gazetteer", "version 4")
    assert newest is not None and user_cache.store(newest, [4])
    kept = sorted(p.name for p in folder.iterdir())
    # The new file and the most recently used other one (KEEP = 2); other kinds and fresh temporaries untouched.
    assert kept == sorted([newest.name, written[3].name, unrelated.name, fresh_temporary.name])
    assert user_cache.files_of("gazetteer", folder) == [newest, written[3]]


def test_reading_marks_a_file_used_so_it_is_kept(folder: Path) -> None:
    old, other = user_cache.path("zipf", "old"), user_cache.path("zipf", "other")
    assert old is not None and other is not None
    user_cache.store(old, {})
    user_cache.store(other, {})
    for file, age in ((old, 300), (other, 200)):
        os.utime(file, (time.time() - age,) * 2)
    assert user_cache.load(old) == {}  # in use: now the most recent
    newest = user_cache.path("zipf", "new")
    assert newest is not None and user_cache.store(newest, {})
    assert sorted(p.name for p in folder.iterdir()) == sorted([old.name, newest.name])


def test_an_unwritable_folder_keeps_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(user_cache.CACHE_ENV, str(blocker / "cache"))
    where = user_cache.path("zipf", "x")
    assert where is not None and user_cache.store(where, {}) is False and user_cache.load(where) is None


def test_the_three_users_write_through_it_and_drop_their_former_versions(folder: Path) -> None:
    """A file of each kind from a former version (the old format too) is removed once two newer ones exist."""
    folder.mkdir(parents=True)
    former = [folder / f"{kind}-{'0' * 24}.marshal" for kind in ("regex", "zipf", "gazetteer", "name-keys")]
    older = [folder / f"{kind}-{'1' * 24}.marshal" for kind in ("regex", "zipf", "gazetteer", "name-keys")]
    for age, files in ((400, former), (300, older)):
        for file in files:
            file.write_bytes(b"a file of an older version")
            os.utime(file, (time.time() - age,) * 2)
    assert regex_cache.compiled(r"\bvíctimas?\b") is not None and regex_cache.pending()
    regex_cache.save()
    word_frequency.zipf("casa", "es")
    word_frequency.save()
    places.name_keys.cache_clear()
    try:
        assert places.name_keys()["turquia"] == "TR"
    finally:
        places.name_keys.cache_clear()
    names = sorted(p.name for p in folder.iterdir())
    # Each kind written anew: its newest former version stays (KEEP = 2), the oldest is gone.
    assert not any(f.exists() for f in former[:2] + former[3:])
    assert all(f.exists() for f in older[:2] + older[3:])
    assert former[2].exists()  # the gazetteer was not written in this test: nothing of it removed
    for kind in ("regex", "zipf", "name-keys"):
        assert len([n for n in names if n.rpartition("-")[0] == kind]) == 2, names
