"""Shared fixtures: the seed corpus, its processed text, and the hand-made gold."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from analysis import config
from analysis.corpus.loading import Corpus, load_path
from analysis.text import TextCorpus, build

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data" / "gold"


@pytest.fixture
def settings_override() -> Iterator[Callable[..., config.Settings]]:
    """Change settings for one test: ``settings_override(similarity={"neighbours": 3})``; undone after it.

    Goes through :func:`analysis.config.override`, so every reader sees the change.
    """
    with ExitStack() as stack:
        yield lambda **sections: stack.enter_context(config.override(**sections))


@pytest.fixture(scope="session")
def seeds() -> Corpus:
    return load_path(SEEDS)


@pytest.fixture(scope="session")
def seeds_text(seeds: Corpus) -> TextCorpus:
    return build(seeds.articles)


@pytest.fixture(scope="session")
def gold_figures() -> dict:
    return json.loads((GOLD / "seeds_figures.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def gold_terms() -> dict:
    return json.loads((GOLD / "seeds_terms.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def site():
    """A web site on 127.0.0.1 serving saved news pages and failing routes (see tests/web_server.py)."""
    from tests.web_server import serve

    with serve() as running:
        yield running
