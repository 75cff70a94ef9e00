"""Fixed costs: CLI commands import only what they use (measured with ``python -m analysis.bench``, not here)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("sklearn", "plotly", "kaleido", "nltk", "trafilatura", "pandas", "scipy", "dask", "distributed")

_PROBE = """
import contextlib, io, json, sys
import analysis.cli as cli
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        code = cli.main(sys.argv[1:])
    except SystemExit as exit_:
        code = exit_.code
print(json.dumps({"code": code, "chars": len(out.getvalue()),
                  "modules": sorted({m.split(".")[0] for m in sys.modules})}))
"""


def _modules_after(*argv: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *argv], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("argv", [("corpus", "seeds", "--format", "json"), ("--help",), ("corpus", "seeds")])
def test_corpus_and_help_import_nothing_heavy(argv: tuple[str, ...]) -> None:
    result = _modules_after(*argv)
    assert result["chars"] > 100  # the command ran and printed
    heavy = [m for m in HEAVY if m in result["modules"]]
    if argv[-1] != "seeds":  # the table format needs pandas, and only that
        assert heavy == []
    else:
        assert heavy == ["pandas"]


def test_figures_imports_no_charts_and_no_scikit_learn() -> None:
    # figures groups claims by story (issue 15), which needs the TF-IDF neighbours: scipy and pandas load;
    # charts, images, NLTK, the HTML extractor and scikit-learn (the weighting is similarity.tfidf's own) do not.
    result = _modules_after("figures", "seeds", "--format", "json")
    assert result["code"] == 0 and result["chars"] > 1000
    assert [m for m in ("plotly", "kaleido", "nltk", "trafilatura", "sklearn") if m in result["modules"]] == []
    assert "Stemmer" in result["modules"]  # it did run the text pipeline


def test_similarity_does_import_what_it_needs() -> None:
    # the probe would see a lazy import that never happens: the command that needs scipy must load it
    result = _modules_after("similarity", "seeds", "--format", "json")
    assert "scipy" in result["modules"] and "sparse_dot_topn" not in result["modules"]  # 5 articles: a full matrix
    assert "sklearn" not in result["modules"]
