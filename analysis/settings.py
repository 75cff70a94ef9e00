"""Thresholds and options kept in YAML data files under ``analysis/lexicons/``, not in code."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

__all__ = ["section"]


@lru_cache(maxsize=32)
def _load(name: str) -> dict[str, Any]:
    text = resources.files("analysis.lexicons").joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ValueError(f"analysis/lexicons/{name}.yaml: expected a mapping of sections")
    return data


def section(name: str, part: str) -> dict[str, Any]:
    """One section of ``analysis/lexicons/<name>.yaml`` (a copy, safe to modify).

    >>> section("similarity", "similarity")["neighbours"] > 0
    True
    """
    return dict(_load(name)[part])
