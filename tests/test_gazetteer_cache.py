"""The gazetteer kept on disk between processes (analysis/corpus/places.py ``cached_gazetteer``) is the one
built from the packages, a damaged file is built again, and an unwritable place only skips the cache."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from analysis.corpus import places


def test_the_cached_gazetteer_is_the_built_one_and_reads_places_alike(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "gazetteer.pickle"
    built = places.cached_gazetteer(path)  # nothing there: built and written
    assert path.is_file() and not list(path.parent.glob("*.tmp"))
    read = places.cached_gazetteer(path)  # read back
    assert read is not built and read == built == places._build()
    text = "Tres muertos en Lorca, Murcia (España); en el condado de Buncombe, Carolina del Norte."
    found = places._raw(text, 0, len(text), "es", read)
    assert found == places._raw(text, 0, len(text), "es", built)
    assert [p[0].name for _, _, p in found] == ["Lorca", "Murcia", "Spain", "Buncombe County", "North Carolina"]


def test_a_damaged_cache_file_is_built_again(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.pickle"
    path.write_bytes(b"\x80\x05not a pickle")
    built = places._build()
    assert places.cached_gazetteer(path) == built
    assert places.cached_gazetteer(path) == built  # written whole this time
    assert path.read_bytes()[:2] != b"\x80\x05n"


def test_an_unwritable_cache_only_costs_the_build(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the cache directory would be")
    assert places.cached_gazetteer(blocker / "gazetteer.pickle") == places._build()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-directory"]


def test_the_cache_file_names_what_the_build_reads(settings_override: Callable[..., object]) -> None:
    before = places.cache_file()
    if before is None:
        pytest.skip("caching is off here (CONTRASTE_CACHE_DIR is empty)")
    settings_override(places={"min_city_population": 20000})
    assert places.cache_file() != before  # another threshold: another file
