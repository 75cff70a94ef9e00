"""Property tests: any bytes, and any JSON shaped almost like a workspace, give a Workspace or a WorkspaceError."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.corpus.workspace import FORMAT, VERSION, Workspace, from_bytes
from analysis.corpus.workspace_settings import WorkspaceError

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=10,
)
articles = st.lists(
    st.fixed_dictionaries(
        {"id": json_values | st.text(min_size=1, max_size=5), "text": json_values | st.text(min_size=1)},
        optional={k: json_values for k in ("source", "date", "language", "title", "url")},
    )
    | json_values,
    max_size=3,
)
# A workspace header with every other field arbitrary: what a hand-edited or truncated file looks like.
documents = st.fixed_dictionaries(
    {"format": st.just(FORMAT), "version": st.just(VERSION)},
    optional={"articles": articles | json_values, "problems": json_values, "labels": json_values,
              "lexicon": json_values, "settings": json_values},
)  # fmt: skip


def _read(data: bytes) -> None:
    try:
        assert isinstance(from_bytes(data, name="w.json"), Workspace)
    except WorkspaceError as err:
        assert str(err).startswith("w.json")


@given(st.binary(max_size=500))
def test_arbitrary_bytes(data: bytes):
    _read(data)


@settings(max_examples=300, deadline=None)
@given(documents)
def test_almost_workspaces(document: dict):
    _read(json.dumps(document).encode())
