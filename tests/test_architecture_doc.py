"""docs/ARCHITECTURE.md draws the tree: every module of analysis/ is named in it."""

from __future__ import annotations

import re

from tests.conftest import ROOT

DOC = ROOT / "docs" / "ARCHITECTURE.md"


def _tree() -> str:
    match = re.search(r"^## The tree\n.*?```\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S | re.M)
    assert match, "docs/ARCHITECTURE.md has no tree under '## The tree'"
    return match.group(1)


def _named(tree: str) -> set[str]:
    """Paths of the tree diagram, rebuilt from its indentation (4 characters per level)."""
    paths: set[str] = set()
    stack: list[str] = []
    for line in tree.splitlines():
        found = re.match(r"^([│ ]*)(?:[├└]── )?(\S+)", line)
        if not found:
            continue
        depth = len(found.group(1)) // 4 + (1 if "──" in line else 0)
        name = found.group(2)
        stack[depth:] = [name]
        paths.add("".join(stack))
    return paths


def test_every_module_of_analysis_is_in_the_tree() -> None:
    named = _named(_tree())
    modules = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "analysis").rglob("*.py")
        if p.name != "__init__.py" and "lexicons" not in p.parts and "settings" not in p.parts
    )
    missing = [m for m in modules if m not in named]
    assert not missing, f"docs/ARCHITECTURE.md's tree does not name: {', '.join(missing)}"


def test_the_tree_names_no_module_that_does_not_exist() -> None:
    stale = sorted(p for p in _named(_tree()) if p.endswith(".py") and not (ROOT / p).exists())
    assert not stale, f"docs/ARCHITECTURE.md's tree names modules that do not exist: {', '.join(stale)}"


def test_every_package_of_analysis_is_in_the_tree() -> None:
    named = _named(_tree())
    packages = sorted(f"{p.parent.relative_to(ROOT)}/" for p in (ROOT / "analysis").rglob("__init__.py"))
    assert [p for p in packages if p not in named] == []
