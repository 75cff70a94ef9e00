"""The CLI contract: `contraste corpus PATH --format json|table` (in-process through ``main``), and its name."""

from __future__ import annotations

import codecs
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from analysis.cli import main
from tests.conftest import ROOT, SEEDS


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]):
    """``run(*argv)``: the CLI's exit code, standard output and standard error, run in this process."""

    def call(*args: str) -> Result:
        try:
            code = main(list(args))
        except SystemExit as exit:  # argparse's usage errors
            code = exit.code if isinstance(exit.code, int) else 1
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return call


def test_corpus_json_on_seeds(run):
    result = run("corpus", str(SEEDS), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"articles", "problems"}
    assert [a["date"] for a in data["articles"]] == ["2026-01-20", None, "2026-01-26", None, "2025-11-04"]
    assert {a["language"] for a in data["articles"]} == {"es"}
    assert set(data["articles"][0]) == {"id", "source", "date", "language", "title", "url", "words", "text"}
    assert data["problems"] == []


def test_corpus_json_reports_bad_files(run, tmp_path: Path):
    (tmp_path / "good.txt").write_text("El ministro anunció nuevas medidas económicas para el país.", encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes("La caña de azúcar sube de precio otra vez.".encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes(
        codecs.BOM_UTF16_LE + "The minister announced new measures.".encode("utf-16-le")
    )
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\xff" * 100)
    result = run("corpus", str(tmp_path), "--format", "json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert len(data["articles"]) == 3
    assert {p["file"] for p in data["problems"]} == {"empty.txt", "binary.txt"}


def test_corpus_table_and_errors(run, tmp_path: Path):
    table = run("corpus", str(SEEDS))
    assert table.returncode == 0 and "000_bbe06687ad217e2c" in table.stdout and "2026-01-26" in table.stdout
    missing = run("corpus", str(tmp_path / "nope"))
    assert missing.returncode != 0 and "no such file or folder" in missing.stderr
    (tmp_path / "bad.txt").write_bytes(b"\x00")
    nothing = run("corpus", str(tmp_path), "--format", "json")
    assert nothing.returncode != 0 and "bad.txt" in nothing.stderr and nothing.stdout == ""


def test_similarity_json_on_seeds(run):
    result = run("similarity", str(SEEDS), "--format", "json", "--threshold", "0.1", "--top-terms", "3")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == ["ids", "matrix", "pairs", "pairs_total", "pairs_complete", "pairs_note", "problems"]
    assert data["pairs_complete"] is True and data["pairs_total"] == len(data["pairs"])
    assert data["problems"] == []
    assert len(data["ids"]) == 5 and len(data["matrix"]) == 5
    first = data["pairs"][0]
    assert set(first) == {"a", "b", "score", "top_terms", "shared_passages", "a_reused_share", "b_reused_share"}
    assert (first["a"][:3], first["b"][:3]) == ("000", "001") and len(first["top_terms"]) == 3
    assert any("Yván Gil recibió al embajador" in p["a_text"] for p in first["shared_passages"])
    assert all(p["score"] >= 0.1 for p in data["pairs"]) and len(data["pairs"]) == 4


def test_similarity_table_and_bad_threshold(run):
    table = run("similarity", str(SEEDS))
    assert table.returncode == 0 and "000_bbe06687ad217e2c 001_5cc538b1288261d0" in table.stdout
    bad = run("similarity", str(SEEDS), "--threshold", "2")
    assert bad.returncode == 2 and "between 0 and 1" in bad.stderr


@pytest.mark.parametrize(
    ("command", "program"),
    [
        ([sys.executable, "-m", "analysis"], "python -m analysis"),
        ([str(Path(sys.executable).with_name("contraste"))], "contraste"),
    ],
    ids=["python -m analysis", "contraste"],
)
def test_help_names_the_program_as_it_was_run(command: list[str], program: str):
    if not Path(command[0]).exists():
        pytest.skip("the contraste script is not installed in this environment (make installs it)")
    result = subprocess.run([*command, "--help"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: {program} [-h] COMMAND")
    assert "similarity" in result.stdout and "report" in result.stdout


def test_terminal_output_escapes_control_and_bidi_characters(run, tmp_path: Path):
    # A file name with an ESC colour sequence, an empty one (a warning naming it) and a source label
    # with a right-to-left override: nothing reaches the terminal raw.
    text = "El ministro anunció nuevas medidas económicas para el país y la región."
    (tmp_path / "\x1b[31mRED.txt").write_text(text, encoding="utf-8")
    (tmp_path / "\x1b[2Jempty\x07.txt").write_bytes(b"")
    record = {"text": text, "source": "Diario\u202egpj.exe", "title": "T\u2066x\u2069"}
    (tmp_path / "label.json").write_text(json.dumps(record), encoding="utf-8")
    result = run("corpus", str(tmp_path), "--format", "table")
    assert result.returncode == 0, result.stderr
    for output in (result.stdout, result.stderr):
        assert not any(c in output for c in "\x1b\x07\u202e\u2066\u2069"), output
    assert "\\x1b[31mRED" in result.stdout and "warning: \\x1b[2Jempty\\x07.txt: empty file" in result.stderr
    assert "Diario<U+202E>gpj.exe" in result.stdout  # the bidi control shown as a visible tag
    data = json.loads(run("corpus", str(tmp_path), "--format", "json").stdout)
    assert {a["source"] for a in data["articles"]} >= {"Diario<U+202E>gpj.exe"}
    missing = run("corpus", str(tmp_path / "\x1b]0;title\x07nothing"))
    assert missing.returncode == 2 and "\x1b" not in missing.stderr and "\\x1b]0;title\\x07" in missing.stderr
