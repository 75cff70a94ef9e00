"""Lazy public API for a capability package: names resolve to their module on first use.

A package's ``__init__`` lists what it exports and from which module; importing
the package costs nothing until a name is used, so ``contraste corpus`` never
imports scipy through ``analysis.similarity``.

>>> getattr_, dir_ = exports("analysis.corpus", {"Article": "records"})
>>> getattr_("Article").__name__
'Article'
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["exports"]


def exports(package: str, names: Mapping[str, str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``, exporting ``name`` from ``package.names[name]``."""

    def __getattr__(name: str) -> Any:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(f"{package}.{module}"), name)

    def __dir__() -> list[str]:
        return sorted(names)

    return __getattr__, __dir__
