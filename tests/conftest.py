"""Shared fixtures: the seed corpus, its processed text, the hand-made gold, settings overrides, dashboard pages."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from streamlit.testing.v1 import AppTest

from analysis import config
from analysis.corpus.loading import Corpus, load_path
from analysis.text import TextCorpus, build
from analysis.user_cache import CACHE_ENV

if TYPE_CHECKING:
    from analysis.corpus.outlets import Outlet

ROOT = Path(__file__).resolve().parent.parent
# The user cache (analysis.user_cache: patterns, word frequencies, gazetteer) of this test run: a fresh folder, so
# no test reads a file beside the repository (a user's ~/.cache/contraste); subprocesses (CLI, Streamlit) inherit it.
os.environ[CACHE_ENV] = tempfile.mkdtemp(prefix="contraste-test-cache-")
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data" / "gold"
# seeds/metadata.csv: the outlet each seed's text supports (only 002 credits one, EFE); the rest say none.
SEED_SOURCES = {
    "000_bbe06687ad217e2c": "Outlet unknown (000)",
    "001_5cc538b1288261d0": "Outlet unknown (001)",
    "002_617b4fc88994eff6": "Agencia EFE (credited)",
    "003_e2757298b54b9d5b": "Outlet unknown (003)",
    "004_2dbd488ba90dab47": "Outlet unknown (004)",
}


def seeds_collection(path: Path, outlets: Sequence[Outlet] = ()) -> Path:
    """A collection at ``path`` holding the seeds (as `contraste collect add PATH seeds` stores them), and
    ``outlets`` with their aliases."""
    from analysis.corpus.collection import Collection
    from analysis.corpus.inputs import load_inputs

    with Collection(path, create=True) as collection:
        collection.add(load_inputs([str(SEEDS)]).current().articles)
        if outlets:
            collection.put_outlets(outlets)
    return path


@pytest.fixture(autouse=True)
def private_autosave(tmp_path_factory, monkeypatch):
    """Every test's dashboard autosaves into its own empty folder, never the user's data folder."""
    monkeypatch.setenv("CONTRASTE_DATA_DIR", str(tmp_path_factory.mktemp("autosave")))


APP = str(ROOT / "dashboard" / "app.py")


def open_page(name: str | None = None, *, timeout: float = 120, session: Mapping[str, object] | None = None) -> AppTest:
    """The dashboard run in Streamlit's AppTest, on page ``dashboard/app_pages/<name>.py`` (the first page if None).

    ``session`` is put in the session state before the first run (e.g. ``{"corpus": ...}``);
    otherwise the app loads what ``dashboard.state.DEFAULT_CORPUS`` names (the seeds unless
    a test patched it). It must run without an exception.
    """
    at = AppTest.from_file(APP, default_timeout=timeout)
    for key, value in (session or {}).items():
        at.session_state[key] = value
    at.run()
    if name is not None:
        at.switch_page(f"app_pages/{name}.py")
        at.run()
    assert not at.exception, at.exception
    return at


@pytest.fixture
def page(request: pytest.FixtureRequest) -> AppTest:
    """The dashboard opened on the test module's ``PAGE`` (a page's file name without .py; None: the first page)."""
    return open_page(getattr(request.module, "PAGE", None))


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
