"""The user's choices saved with a workspace: each setting read back as written, and each wrong one named by its path."""

from __future__ import annotations

import pytest

from analysis.corpus.workspace_settings import WorkspaceError, WorkspaceSettings, field_key, kind_of


def test_every_setting_round_trips_and_unset_ones_are_not_written() -> None:
    made = WorkspaceSettings(
        similarity_threshold=0.35,
        figure_incidents={"a1": "Sismo"},
        lexicon_name="mine.yaml",
        narrow={"story": "s1", "label": "Sismo", "start": "2026-01-02", "end": None, "sources": ["El País"]},
        frame_sets=("default", "migration"),
        figure_places={"a1@Lima": "Perú"},
    )
    assert WorkspaceSettings.from_json(made.to_json()) == made
    assert WorkspaceSettings().to_json() == {}
    assert WorkspaceSettings.from_json({"frame_sets": None, "narrow": None}) == WorkspaceSettings()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "settings: must be an object, not a list"),
        ({"colour": 1}, "settings: unknown setting 'colour' (known: similarity_threshold"),
        ({"similarity_threshold": True}, "settings.similarity_threshold: must be a number from 0 to 1, not True"),
        ({"similarity_threshold": -0.1}, "settings.similarity_threshold: must be a number from 0 to 1, not -0.1"),
        ({"figure_places": {"Lima": ""}}, "settings.figure_places['Lima']: must be a place name (text), not text"),
        ({"lexicon_name": 3}, "settings.lexicon_name: must be text, not a number"),
        ({"frame_sets": "default"}, "settings.frame_sets: 'frame_sets' must be a list of frame set names"),
        ({"narrow": ["s1"]}, "settings: 'narrow' must be an object with story, label, start, end, sources"),
        ({"narrow": {"when": "x"}}, "settings: 'narrow' has an unknown key 'when'"),
        ({"narrow": {"start": "2 de enero"}}, "settings: 'narrow.start' must be a date YYYY-MM-DD, not '2 de enero'"),
        ({"narrow": {"sources": "El País"}}, "settings: 'narrow.sources' must be a list of outlet names or null"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_a_wrong_setting_is_named_by_its_path(data: object, message: str) -> None:
    with pytest.raises(WorkspaceError) as err:
        WorkspaceSettings.from_json(data)
    assert str(err.value).startswith(message), str(err.value)


@pytest.mark.parametrize(
    ("value", "kind"),
    [({}, "an object"), ([], "a list"), ("x", "text"), (True, "true/false"), (None, "null"), (2.5, "a number")],
)
def test_kind_of_names_a_json_value(value: object, kind: str) -> None:
    assert kind_of(value) == kind


def test_field_key_quotes_a_key_within_bounds() -> None:
    assert field_key("a") == "['a']"
    assert len(field_key("k" * 10_000)) < 100
