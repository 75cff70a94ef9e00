"""The frame sets chosen on the Framing page are a workspace setting, and the report counts them."""

from __future__ import annotations

import pytest

from analysis.corpus.loading import load_path
from analysis.corpus.workspace import Workspace
from analysis.corpus.workspace_settings import WorkspaceError, WorkspaceSettings
from analysis.framing.lexicon_schema import LexiconError
from analysis.report.sections import terms_section
from analysis.text import build


def test_frame_sets_round_trip_through_the_workspace_file() -> None:
    chosen = WorkspaceSettings.from_json({"frame_sets": ["protest", "elections"]})
    assert chosen.frame_sets == ("protest", "elections")
    assert chosen.to_json() == {"frame_sets": ["protest", "elections"]}
    assert WorkspaceSettings().to_json() == {}


@pytest.mark.parametrize("value", ["protest", [1], {"a": "b"}])
def test_mistyped_frame_sets_are_refused_naming_the_setting(value: object) -> None:
    with pytest.raises(WorkspaceError, match="'frame_sets' must be a list of frame set names"):
        WorkspaceSettings.from_json({"frame_sets": value})


def test_the_report_counts_the_chosen_sets() -> None:
    corpus = load_path("seeds")
    text = build(corpus.articles)
    default = terms_section(Workspace(corpus), text).results
    protest = terms_section(Workspace(corpus, settings=WorkspaceSettings(frame_sets=("protest",))), text).results
    assert "taking of the president" in {f["frame"] for f in default["frames"]}
    assert [f["frame"] for f in protest["frames"]] == ["protesters", "what happened", "policing"]


def test_an_unknown_saved_set_is_a_clear_error() -> None:
    corpus = load_path("seeds")
    with pytest.raises(LexiconError, match=r"frame set\(s\) \['gone'\] unknown"):
        terms_section(Workspace(corpus, settings=WorkspaceSettings(frame_sets=("gone",))), build(corpus.articles))
