"""The layers of docs/ARCHITECTURE.md, enforced by reading every import (an ast scan, nothing is run).

From the bottom: ``config`` (and ``lazy``, ``safe_yaml``, ``excerpt``) import nothing of ours but each other; ``parallel``
imports config; ``corpus`` imports only config/parallel; ``text`` imports corpus
records, config and parallel; the capabilities (similarity, framing, casualties, sources)
import text/corpus/config/parallel and never each other; ``present`` may import
the capabilities; report, bench, cli and pipeline may import anything of
``analysis``. ``analysis`` never imports ``dashboard`` or streamlit, and a page
of the dashboard never imports another page. A string naming a module of
``analysis`` (to import or start it by name) obeys the same rules, so the loader
cannot start downstream modules by name.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ANALYSIS = sorted((ROOT / "analysis").rglob("*.py"))
PAGES = sorted((ROOT / "dashboard" / "app_pages").glob("*.py"))

BASE = {"config", "lazy", "user_cache", "regex_cache", "safe_yaml", "excerpt", "collector"}  # import nothing of ours but the base
CAPABILITIES = {"similarity", "framing", "casualties", "sources"}
TOP = {"report", "bench", "cli", "cli_collect", "engine", "pipeline", "__main__", "__init__"}
# Data packages (YAML and word lists), read through importlib.resources by anyone.
DATA = {"lexicons", "settings"}
# What each layer may import, besides itself, the data packages and the base.
ALLOWED: dict[str, set[str]] = {
    "config": set(),
    "lazy": set(),
    "regex_cache": set(),
    "user_cache": set(),
    "safe_yaml": set(),
    "excerpt": set(),
    "parallel": set(),
    "corpus": {"parallel"},
    "text": {"corpus.records", "parallel"},
    **{name: {"corpus", "text", "parallel"} for name in CAPABILITIES},
    "present": {"corpus", "text", "parallel", *CAPABILITIES},
}
RE_MODULE_NAME = re.compile(r"analysis(?:\.\w+)+")


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, tree: ast.Module) -> list[tuple[int, str]]:
    """(line, dotted module) of every import, relative ones resolved, ``from a import b`` as a.b when b is a module."""
    package = _module(path) if path.name == "__init__.py" else _module(path).rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                is_module = (ROOT / Path(*candidate.split("."))).with_suffix(".py").exists() or (
                    ROOT / Path(*candidate.split("."))
                ).is_dir()
                found.append((node.lineno, candidate if is_module else base))
    return found


def _named_modules(tree: ast.Module) -> list[tuple[int, str]]:
    """(line, name) of every string that is exactly a dotted module name of ``analysis``."""
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and RE_MODULE_NAME.fullmatch(node.value)
    ]


def _layer(module: str) -> str:
    """The layer of a dotted module of ``analysis``: its first component below ``analysis``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _allowed(importer: str, imported: str) -> bool:
    layer, target = _layer(importer), _layer(imported)
    if layer in TOP or target in BASE | DATA or target == layer:
        return True
    if layer == "__init__":  # a package's lazy exports
        return True
    below = {"config", *ALLOWED.get(layer, set())}
    inside = ".".join(imported.split(".")[1:])
    return any(inside == rule or inside.startswith(rule + ".") for rule in below)


def violations(path: Path, source: str | None = None) -> list[str]:
    """Every forbidden import or module name in one file of ``analysis`` (or ``source`` as if it were that file)."""
    tree = ast.parse(path.read_text(encoding="utf-8") if source is None else source)
    importer = _module(path)
    where = path.relative_to(ROOT)
    problems = []
    for line, imported in _imports(path, tree):
        root = imported.split(".")[0]
        if root in ("dashboard", "streamlit"):
            problems.append(f"{where}:{line}: analysis imports {imported}")
        elif root == "analysis" and imported != "analysis" and not _allowed(importer, imported):
            problems.append(f"{where}:{line}: the {_layer(importer)} layer imports {imported}")
    for line, name in _named_modules(tree):
        if not _allowed(importer, name):
            problems.append(f"{where}:{line}: the {_layer(importer)} layer names the module {name!r}")
    return problems


@pytest.mark.parametrize("path", ANALYSIS, ids=[str(p.relative_to(ROOT)) for p in ANALYSIS])
def test_analysis_imports_only_what_lies_below(path: Path) -> None:
    found = violations(path)
    assert not found, "\n".join(found)


@pytest.mark.parametrize("path", PAGES, ids=[p.name for p in PAGES])
def test_a_page_never_imports_another_page(path: Path) -> None:
    others = {_module(p) for p in PAGES} - {_module(path)}
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bad = [f"line {line}: {name}" for line, name in _imports(path, tree) if name in others or name == "dashboard.app_pages"]
    assert not bad, f"dashboard/app_pages/{path.name} imports another page: {', '.join(bad)}"


@pytest.mark.parametrize(
    ("module", "source", "message"),
    [
        ("analysis/corpus/extra.py", "from analysis.text import build\n", "the corpus layer imports analysis.text"),
        ("analysis/corpus/extra.py", "X = ('analysis.casualties.claims',)\n", "names the module 'analysis.casualties"),
        ("analysis/similarity/extra.py", "from analysis.framing import counts\n", "imports analysis.framing.counts"),
        ("analysis/text/tokens.py", "from analysis.corpus.loading import Corpus\n", "imports analysis.corpus.loading"),
        ("analysis/config.py", "from analysis import parallel\n", "the config layer imports analysis.parallel"),
        ("analysis/present/extra.py", "import streamlit as st\n", "analysis imports streamlit"),
        ("analysis/report/extra.py", "from dashboard import state\n", "analysis imports dashboard.state"),
    ],
)
def test_a_forbidden_import_is_caught(module: str, source: str, message: str) -> None:
    """The scan itself: each rule broken once, in a file's text as if it were at that place in the tree."""
    path = ROOT / module
    original = path.read_text(encoding="utf-8") if path.exists() else ""
    found = violations(path, original + source)
    assert any(message in problem for problem in found), found


def test_allowed_imports_pass() -> None:
    assert _allowed("analysis.present.highlight", "analysis.similarity.passages")
    assert _allowed("analysis.cli", "analysis.report.results")
    assert _allowed("analysis.framing.kwic", "analysis.text")
    assert not _allowed("analysis.casualties.claims", "analysis.framing.lexicon")
