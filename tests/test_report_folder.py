"""Report folders: written whole or not at all, one run at a time, and Ctrl-C stops any command cleanly."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from analysis.bench.synthetic import generate
from analysis.report import folder
from analysis.report.document import write_dir
from tests.conftest import ROOT, SEEDS


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "analysis", *args]


def test_a_rerun_leaves_none_of_the_previous_runs_files(tmp_path: Path):
    """The issue's failure: a second run left the first run's charts in the folder."""
    out = tmp_path / "out"
    write_dir({"report.html": b"<html>1</html>", "report.json": b"{}", "charts/old-chart.png": b"png"}, out)
    write_dir({"report.html": b"<html>2</html>", "report.json": b"{}", "charts/new-chart.png": b"png"}, out)
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*")) == [
        "charts", "charts/new-chart.png", "report.html", "report.json",
    ]  # fmt: skip
    assert (out / "report.html").read_bytes() == b"<html>2</html>"
    assert [p.name for p in tmp_path.iterdir()] == ["out"], "no temporary or previous folder is left"


def test_a_failed_write_leaves_the_previous_report_as_it_was(tmp_path: Path, monkeypatch):
    out = tmp_path / "out"
    write_dir({"report.html": b"first", "report.json": b"{}"}, out)

    class Exploding(dict):
        def items(self):
            yield "report.html", b"second"
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_dir(Exploding(), out)
    assert (out / "report.html").read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_a_folder_holding_other_files_is_not_replaced(tmp_path: Path):
    (tmp_path / "mine.txt").write_text("my notes", encoding="utf-8")
    with pytest.raises(folder.ReportFolderError, match="holds other files and no report"):
        write_dir({"report.html": b"x"}, tmp_path)
    assert (tmp_path / "mine.txt").read_text(encoding="utf-8") == "my notes"


def test_a_folder_in_use_by_another_run_is_refused(tmp_path: Path):
    """The issue's failure: two runs to one --out at once mixed their corpora and both exited 0."""
    out = tmp_path / "out"
    with folder.claim(out):  # another run holds the folder
        result = subprocess.run(
            _cli("report", str(SEEDS), "--out", str(out), "--no-images", "--quiet"),
            capture_output=True, text=True, cwd=ROOT, timeout=300,
        )  # fmt: skip
        assert result.returncode == 2, result.stderr
        assert f"error: {out} is being written by another report run (process {os.getpid()})" in result.stderr
        assert not out.exists()
    result = subprocess.run(
        _cli("report", str(SEEDS), "--out", str(out), "--no-images", "--quiet", "--format", "json"),
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))


def _as_in_a_terminal() -> None:
    """In the child: Ctrl-C handled by default, as in a terminal. A shell starts background jobs with SIGINT
    ignored and children inherit that (CI run as ``… &``), so the command would never see the signal."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _interrupt_when(process: subprocess.Popen[bytes], marker: bytes, limit: float = 240) -> bytes:
    """Read the process' stderr until ``marker`` shows, then send it SIGINT (Ctrl-C); returns all of stderr."""
    assert process.stderr is not None
    seen = b""
    end = time.monotonic() + limit
    while marker not in seen and time.monotonic() < end and process.poll() is None:
        seen += os.read(process.stderr.fileno(), 4096)
    assert process.poll() is None, "the command finished before it could be interrupted"
    process.send_signal(signal.SIGINT)
    rest = process.stderr.read()
    process.wait(timeout=120)
    return seen + rest


def test_ctrl_c_during_a_report_exits_130_in_one_line_and_keeps_the_previous_report(tmp_path: Path):
    """The issue's failure: Ctrl-C printed a KeyboardInterrupt traceback and left half a report."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    articles = generate(600, seed=3).articles
    pd.DataFrame({"id": [a.id for a in articles], "source": [a.source for a in articles],
                  "text": [a.text for a in articles]}).to_csv(corpus / "articles.csv", index=False)  # fmt: skip
    out = tmp_path / "out"
    write_dir({"report.html": b"previous", "report.json": b"{}"}, out)
    process = subprocess.Popen(
        _cli("report", str(corpus), "--out", str(out), "--no-images"),
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=_as_in_a_terminal,
    )  # fmt: skip
    stderr = _interrupt_when(process, b"report").decode("utf-8", "replace")
    assert process.returncode == 130, stderr[-3000:]
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr
    last = stderr.replace("\r", "\n").strip().splitlines()[-1]
    assert last == "interrupted (Ctrl-C): stopped before finishing; nothing more was written"
    assert (out / "report.html").read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == ["corpus", "out"]
