"""The Framing terms page through Streamlit's AppTest."""

from __future__ import annotations

import json
import re

import pytest
from streamlit.testing.v1 import AppTest

PAGE = "framing"


def shown(markdown: str) -> str:
    """The text a reader sees of markdown whose characters were escaped by ``components.plain``."""
    return re.sub(r"\\(.)", r"\1", markdown)


def test_page_shows_bars_distinctive_words_and_kwic(page: AppTest) -> None:
    charts = page.get("plotly_chart")
    assert len(charts) == 2
    bars = json.loads(charts[0].proto.spec)
    assert {tuple(c[:2]) for trace in bars["data"] for c in trace["customdata"]} >= {
        ("taking of the president", "secuestro")
    }
    assert page.selectbox(key="framing-kwic-term").value == "taking of the president › secuestro"
    kwic = page.dataframe[-1].value
    assert len(kwic) == 4 and set(kwic["match"].str.lower()) == {"secuestro", "secuestrados"}


def test_choosing_a_term_and_a_query(page: AppTest) -> None:
    page.selectbox(key="framing-kwic-term").set_value("taking of the president › captura").run()
    assert set(page.dataframe[-1].value["match"]) == {"captura", "capturar", "capturó"}
    page.text_input(key="framing-kwic-query").set_value("operaci*").run()
    assert page.dataframe[-1].value["match"].tolist() == ["operación"] * 3


def test_two_groups_of_sources(page: AppTest) -> None:
    page.radio(key="framing-mode").set_value("two groups of sources").run()
    assert not page.exception
    fig = json.loads(page.get("plotly_chart")[1].proto.spec)
    assert {t["name"] for t in fig["data"]} == {"Agencia EFE (credited)", "the rest"}  # first source by name


def test_a_broken_lexicon_is_reported_and_the_packaged_one_kept(page: AppTest) -> None:
    page.get("file_uploader")[0].upload(
        "mine.yaml", b"language: es\nframes:\n  - frame: f\n    terms: [a]\n", "application/yaml"
    ).run()
    assert not page.exception
    assert any("field 'description'" in shown(e.value) for e in page.error)
    assert page.selectbox(key="framing-kwic-term").value == "taking of the president › secuestro"


def test_an_uploaded_lexicon_replaces_the_packaged_one(page: AppTest) -> None:
    yaml = "language: es\nframes:\n  - frame: toma\n    description: d\n    terms: [secuestro, captura]\n"
    page.get("file_uploader")[0].upload("mine.yaml", yaml.encode(), "application/yaml").run()
    assert not page.exception and any("mine.yaml" in shown(s.value) for s in page.success)
    assert page.selectbox(key="framing-kwic-term").options == ["toma › secuestro", "toma › captura"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"language: es\nframes: [\n  - frame", "mine.yaml: not valid YAML at line 3", id="bad-yaml"),
        pytest.param(b"- a\n- b\n", "must be a mapping with 'language' and 'frames'", id="a-list"),
        pytest.param(b"frames: []\n", "field 'language': required", id="no-language"),
        pytest.param(b"language: es\nframes: []\n", "field 'frames': must be a non-empty list", id="no-frames"),
        pytest.param(
            b"language: es\nframes:\n  - frame: f\n    description: d\n    terms: []\n",
            "frame 1 ('f'), field 'terms': must be a non-empty list of terms",
            id="empty-terms",
        ),
        pytest.param(
            b"language: es\nframes:\n  - frame: f\n    description: d\n    terms: ['', ' ']\n",
            "field 'term': must be a non-empty word or phrase",
            id="blank-terms",
        ),
        pytest.param(b"", "mine.yaml: empty: no language and no frames", id="empty-file"),
        pytest.param(b"[" * 5000, "nested too deeply", id="nested"),
        pytest.param(b"\x00\x01binary\x00", "mine.yaml: binary file", id="binary"),
    ],
)  # fmt: skip
def test_a_malformed_lexicon_gets_a_message_naming_the_problem(page: AppTest, data: bytes, message: str) -> None:
    page.get("file_uploader")[0].upload("mine.yaml", data, "application/yaml").run()
    assert not page.exception
    errors = [shown(e.value) for e in page.error]
    assert any(message in e and "The lexicon in use is unchanged." in e for e in errors), errors
    assert page.selectbox(key="framing-kwic-term").value == "taking of the president › secuestro"


def test_a_lexicon_saved_as_latin_1_is_read(page: AppTest) -> None:
    yaml = "language: es\nframes:\n  - frame: toma\n    description: d\n    terms: [detención, captura]\n"
    page.get("file_uploader")[0].upload("viejo.yaml", yaml.encode("latin-1"), "application/yaml").run()
    assert not page.exception and not page.error
    frames = page.dataframe[0].value
    assert frames.loc[frames["frame"] == "toma", "terms"].tolist() == ["detención, captura"]
