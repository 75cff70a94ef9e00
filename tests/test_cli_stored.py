"""Single CLI commands on a collection (analysis/cli/stored.py ``_run``): the first call computes and stores its result in
the collection, the next prints the stored one (the same bytes), a stale or damaged one is computed again and
says why, options and the workspace's choices key it, and what the command computed is shared with the report
and the dashboard (``analysis.report.stored``)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.corpus.collection import Collection
from analysis.corpus.inputs import load_inputs
from analysis.report import stored
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def articles() -> list:
    return list(load_inputs([str(SEEDS)]).current().articles)


@pytest.fixture
def news(tmp_path: Path, articles: list) -> Path:
    path = tmp_path / "news.sqlite"
    with Collection(path, create=True) as collection:
        collection.add(articles)
    return path


def _cli(capsys, *argv: str) -> tuple[str, str]:
    code = main([*argv, "--format", "json"] if "--format" not in argv else list(argv))
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return captured.out, captured.err


def _rows(path: Path) -> dict[str, bytes]:
    with sqlite3.connect(path) as db:
        return {name: data for name, data in db.execute("SELECT name, data FROM results WHERE name LIKE 'cli:%'")}


def _set(path: Path, name: str, data: bytes, *, checksum: bool = True) -> None:
    with sqlite3.connect(path) as db:
        digest = hashlib.sha256(data).hexdigest() if checksum else "0" * 64
        db.execute("UPDATE results SET data = ?, checksum = ? WHERE name = ?", (data, digest, name))


@pytest.mark.parametrize("command", ["figures", "similarity", "sources", "terms", "stories"])
def test_a_second_call_prints_the_stored_result_byte_for_byte(news: Path, capsys, command: str) -> None:
    first, _ = _cli(capsys, command, str(news))
    assert json.loads(first)  # a real result
    (name,) = _rows(news)
    assert name.startswith(f"cli:{command}:")
    assert _cli(capsys, command, str(news)) == (first, "")  # read back: the same bytes, nothing to say
    # Altered on purpose (checksum made to match): what is printed is what is stored, not computed.
    data = json.loads(zlib.decompress(_rows(news)[name]))
    data["result"]["altered"] = "read from the collection"
    _set(news, name, zlib.compress(json.dumps(data).encode()))
    again, err = _cli(capsys, command, str(news))
    assert json.loads(again) == {**json.loads(first), "altered": "read from the collection"}
    assert "stored results" not in err


def test_stale_and_damaged_results_are_computed_again_and_say_why(news: Path, capsys, settings_override) -> None:
    first, _ = _cli(capsys, "figures", str(news))
    (name,) = _rows(news)
    _set(news, name, b"cut sh", checksum=False)  # a partial write
    again, err = _cli(capsys, "figures", str(news))
    assert again == first and f"{name}: damaged, {news}" in err and "checksum does not match" in err
    _set(news, name, zlib.compress(b'["not", "the result"]'))  # whole, but not a result
    again, err = _cli(capsys, "figures", str(news))
    assert again == first and f"{name}: damaged" in err
    assert _cli(capsys, "figures", str(news)) == (first, "")  # stored whole again: read, nothing said
    settings_override(stories={"max_span_days": 3})  # another setting: stale, computed with it
    changed, err = _cli(capsys, "figures", str(news))
    assert f"{name}: stale, the settings changed" in err
    assert json.loads(changed)["claims"]  # computed again (the same five claims here)


def test_options_and_the_collection_filters_key_the_result(news: Path, capsys) -> None:
    default, _ = _cli(capsys, "similarity", str(news))
    strict, _ = _cli(capsys, "similarity", str(news), "--threshold", "0.9")
    assert len(_rows(news)) == 2 and default != strict
    assert json.loads(strict)["pairs"] == [p for p in json.loads(default)["pairs"] if p["score"] >= 0.9]
    assert _cli(capsys, "similarity", str(news))[0] == default
    # Other articles (a filter): another corpus, its own result.
    fewer, _ = _cli(capsys, "similarity", str(news), "--query", "Caracas")
    assert len(json.loads(fewer)["ids"]) == 4 and len(_rows(news)) == 3


def test_the_table_format_reads_the_stored_result_too(news: Path, capsys) -> None:
    table, _ = _cli(capsys, "sources", str(news), "--format", "table")
    as_json, _ = _cli(capsys, "sources", str(news))  # the format is no option: the same stored result
    assert len(_rows(news)) == 1 and json.loads(as_json)["quotes"]
    assert _cli(capsys, "sources", str(news), "--format", "table")[0] == table


def test_what_a_command_computed_is_shared_with_the_report_and_the_dashboard(news: Path, capsys) -> None:
    _cli(capsys, "figures", str(news))
    with Collection(news) as collection:
        articles = list(collection.select().articles)  # the working corpus, in the collection's order
    store = stored.Store(news, stored.content_key(articles), count=len(articles), write=False)

    def never() -> object:
        raise AssertionError("computed, though the figures command stored it")

    assert store.get("claims", never) and store.get("stories", never).stories
    assert {n.state for n in store.notes.values()} == {"read"}


def test_other_inputs_store_nothing(tmp_path: Path, capsys) -> None:
    _cli(capsys, "figures", str(SEEDS))
    assert not list(SEEDS.glob("*.sqlite")) and not list(tmp_path.iterdir())
