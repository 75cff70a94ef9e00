"""Frames built on the Framing page (AppTest): add a frame, see counts per source and contexts, exclude a sense
from a context line in one click, save it as the workspace lexicon, add a suggested pair."""

from __future__ import annotations

import re

import yaml
from streamlit.testing.v1 import AppTest

from analysis.framing.lexicon_schema import parse_lexicon

PAGE = "framing"
BUILDER = "framing-builder"


def _button(at: AppTest, label: str):  # noqa: ANN202
    return next(b for b in at.button if b.label == label)


def _add_frame(at: AppTest, name: str, terms: str) -> None:
    at.text_input(key=f"{BUILDER}-name").set_value(name)
    at.text_input(key=f"{BUILDER}-terms").set_value(terms)
    _button(at, "Add frame").click().run()
    assert not at.exception


def _counts(at: AppTest):  # noqa: ANN202
    return next(
        d.value for d in at.dataframe if list(d.value.columns[:2]) == ["frame", "term"] and "not_in" not in d.value
    )


def test_a_frame_added_is_counted_per_source_and_shown_in_context(page: AppTest) -> None:
    _add_frame(page, "toma", "secuestro, captura")
    assert page.session_state[BUILDER] == [
        {"frame": "toma", "term": "secuestro", "forms": "", "not_in": ""},
        {"frame": "toma", "term": "captura", "forms": "", "not_in": ""},
    ]
    counts = _counts(page).set_index("term")
    assert counts.loc["secuestro"].drop("frame").sum() == 4 and counts.loc["captura"].drop("frame").max() == 3
    assert page.selectbox(key=f"{BUILDER}-kwic-term").value == "toma › secuestro"
    assert any("**secuestro**" in m.value for m in page.markdown)


def test_one_click_excludes_a_phrase_and_the_count_drops(page: AppTest) -> None:
    _add_frame(page, "toma", "captura")
    page.selectbox(key=f"{BUILDER}-kwic-term").set_value("toma › captura").run()
    before = int(_counts(page).set_index("term").loc["captura"].drop("frame").sum())
    phrase = "tras la _"
    _button(page, f"Not in “{phrase}”").click().run()
    assert not page.exception
    assert page.session_state[BUILDER][0]["not_in"] == phrase
    after = int(_counts(page).set_index("term").loc["captura"].drop("frame").sum())
    assert after == before - 1


def test_saving_makes_the_built_frames_the_lexicon_in_use(page: AppTest) -> None:
    _add_frame(page, "toma", "secuestro, captura")
    _button(page, "Use these frames (saved with the workspace)").click().run()
    assert not page.exception
    saved = page.session_state.lexicon
    lexicon = parse_lexicon(saved)
    assert lexicon.language == "es" and lexicon.terms == [("toma", "secuestro"), ("toma", "captura")]
    assert yaml.safe_load(saved)["frames"][0]["description"] == "toma (built in the app)"
    assert page.selectbox(key="framing-kwic-term").options == ["toma › secuestro", "toma › captura"]


def test_a_row_without_a_term_is_reported_not_saved(page: AppTest) -> None:
    page.session_state[BUILDER] = [{"frame": "toma", "term": "", "forms": "", "not_in": ""}]
    page.run()
    assert any("row 1: a row needs both a frame and a term" in re.sub(r"\\(.)", r"\1", e.value) for e in page.error)
    assert page.session_state.lexicon is None


def test_a_suggested_pair_is_added_in_one_click(page: AppTest) -> None:
    page.toggle(key=f"{BUILDER}-suggest").set_value(True).run()
    assert not page.exception
    _button(page, "Add as a frame").click().run()  # the first suggestion
    rows = page.session_state[BUILDER]
    assert len(rows) == 2 and rows[0]["frame"] == f"{rows[0]['term']} / {rows[1]['term']}"


def test_choosing_frame_sets_changes_the_frames_counted(page: AppTest) -> None:
    page.multiselect(key="framing-sets").set_value(["protest"]).run()
    assert not page.exception
    frames = page.dataframe[0].value
    assert frames["frame"].tolist() == ["protesters", "what happened", "policing"]
    assert page.session_state.settings["frame_sets"] == ["protest"]
