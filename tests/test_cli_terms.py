"""``python -m analysis terms``: the JSON contract of issue 4."""

from __future__ import annotations

import json

import pytest

from analysis.cli import main
from tests.conftest import SEED_SOURCES

SEEDS = "seeds"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(["terms", SEEDS, "--format", "json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_default_split_is_each_source_against_the_rest(capsys: pytest.CaptureFixture[str], gold_terms: dict) -> None:
    result = _run(capsys)
    assert set(result) == {"frames", "counts", "distinctive", "problems"}
    assert all(set(f) == {"frame", "terms"} for f in result["frames"])
    assert {"secuestro", "captura"} <= set(
        next(f for f in result["frames"] if f["frame"] == "taking of the president")["terms"]
    )
    assert all(set(c) == {"article", "source", "frame", "term", "count", "per_1000"} for c in result["counts"])
    secuestro = {c["article"]: c["count"] for c in result["counts"] if c["term"] == "secuestro"}
    assert secuestro == {a: n["secuestr"] for a, n in gold_terms["counts"].items() if n["secuestr"]}
    assert all(set(d) == {"term", "delta", "z", "count_a", "count_b", "group"} for d in result["distinctive"])
    assert {d["group"] for d in result["distinctive"]} == {SEED_SOURCES[a] for a in gold_terms["counts"]}  # each seed is its own source


def test_two_groups(capsys: pytest.CaptureFixture[str]) -> None:
    result = _run(capsys, "--group-a", "000_bbe06687ad217e2c,001_5cc538b1288261d0", "--group-b", "002_617b4fc88994eff6")
    rows = {d["term"]: d for d in result["distinctive"]}
    assert {d["group"] for d in result["distinctive"]} == {"A"}
    assert rows["captura"]["count_a"] == 0 and rows["captura"]["count_b"] == 3 and rows["captura"]["z"] < 0


def test_custom_lexicon(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "language: es\nframes: [{frame: toma, description: d, terms: [secuestro, captura]}]\n", encoding="utf-8"
    )
    result = _run(capsys, "--lexicon", str(path))
    assert [f["frame"] for f in result["frames"]] == ["toma"]
    assert {c["term"] for c in result["counts"]} == {"secuestro", "captura"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--group-a", "nope"], "unknown article id"),
        (["--group-b", "000_bbe06687ad217e2c"], "--group-b needs --group-a"),
        (["--lexicon", "missing.yaml"], "cannot be read"),
    ],
    ids=["unknown-id", "b-without-a", "missing-lexicon"],
)
def test_errors_exit_2_with_a_message(capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    assert main(["terms", SEEDS, "--format", "json", *args]) == 2
    assert message in capsys.readouterr().err
