"""Framing lexicons read from YAML: validation errors naming file, frame, term and field; loading a file; the
packaged lexicons overridden per language; YAML bombs and huge values refused with short messages."""

from __future__ import annotations

from collections import Counter

import pytest

from analysis.framing.lexicon_schema import LexiconError, default_lexicons, load_lexicon, parse_lexicon
from tests.test_lexicon import LEXICONS, _counts


def _frame(terms: str, extra: str = "") -> str:
    return f"language: es\nframes:\n  - frame: f\n    description: d\n    terms: {terms}\n{extra}"


BAD = [
    ("language: es\nframes: [\n  - frame", "not valid YAML at line"),
    ("- a\n- b\n", "must be a mapping with 'language' and 'frames'"),
    ("frames: []\n", "field 'language': required"),
    ("language: es\nframes: []\n", "field 'frames': must be a non-empty list"),
    ("language: es\nframes: [1]\n", "frame 1: a frame is a mapping"),
    ("language: es\nframes:\n  - frame: f\n    terms: [a]\n", "frame 1 ('f'), field 'description': required"),
    (_frame("[]"), "frame 1 ('f'), field 'terms': must be a non-empty list"),
    (
        "language: es\nframes:\n  - frame: f\n    description: d\n    froms: [a]\n    terms: [a]\n",
        "unknown field(s) ['froms']",
    ),
    (_frame("[secuestro, captura, secuestro]"), "duplicate term 'secuestro'"),
    (_frame("[secuestro, secuestrado]"), "'secuestrado' matches the same words as 'secuestro'"),
    (_frame("[{term: bajas, match: exact}]"), "field 'match': must be one of"),
    (_frame("['!!!']"), "'!!!' contains no word to match"),
    (_frame("[{term: a, forms: [1]}]"), "field 'forms': must be a word or a list"),
    (_frame("[{term: a, exclud: [b]}]"), "unknown field(s) ['exclud']"),
    (_frame("[[a, b]]"), "a term is a word or a mapping"),
    (
        _frame("[a]") + "  - frame: F\n    description: d\n    terms: [b]\n",
        "frame 2 ('F'), field 'frame': duplicate frame name",
    ),
    ("language: es\nframes: [{frame: f, description: d, terms: [a]}]\nextra: 1\n", "unknown field(s) ['extra']"),
    ("", "empty: no language and no frames"),
    ("# only a comment\n", "empty: no language and no frames"),
    ("[" * 5000, "not valid YAML: nested too deeply"),
    (_frame("null"), "field 'terms': must be a non-empty list of terms, got None"),
    (_frame("['']"), "field 'term': must be a non-empty word or phrase"),
]


@pytest.mark.parametrize(("text", "message"), BAD, ids=[m.split(":")[0][:40] + f"-{n}" for n, (_, m) in enumerate(BAD)])
def test_invalid_lexicons_are_rejected_with_a_message_naming_the_problem(text: str, message: str) -> None:
    with pytest.raises(LexiconError) as err:
        parse_lexicon(text, origin="mine.yaml")
    assert message in str(err.value)
    assert str(err.value).startswith("mine.yaml")


def test_a_valid_lexicon_with_every_feature() -> None:
    text = _frame(
        "[secuestro, {term: ataque, forms: [atacar], exclude: [atacama]}, {term: bajas, match: word}, 'operaci*']"
    )
    lexicon = parse_lexicon(text)
    counts = _counts("Atacaron Atacama; el secuestro; bajas, no bajo; operaciones, no cooperación.", "es", lexicon)
    assert counts == Counter({("f", "ataque"): 1, ("f", "secuestro"): 1, ("f", "bajas"): 1, ("f", "operaci*"): 1})


def test_load_lexicon_reads_a_file_and_names_it(tmp_path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("language: en\nframes: [{frame: f}]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"^broken\.yaml, frame 1 \('f'\), field 'description'"):
        load_lexicon(path)
    path.write_text(_frame("[a, b]"), encoding="utf-8")
    assert load_lexicon(path).terms == [("f", "a"), ("f", "b")]


def test_override_replaces_only_its_language() -> None:
    mine = parse_lexicon(_frame("[secuestro]"))
    lexicons = default_lexicons([mine])
    assert lexicons["es"] is mine and lexicons["en"] is LEXICONS["en"]


BILLION_LAUGHS = "\n".join(
    ["language: es", "frames:", "- frame: f", "  description: d", "  terms:", '    - &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"    - &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]" for i in range(7)]
)


def test_yaml_aliases_are_refused_before_anything_expands_them() -> None:
    # 9**8 = 43 million strings once expanded; the message must come at once and stay short.
    with pytest.raises(LexiconError) as caught:
        parse_lexicon(BILLION_LAUGHS, origin="bomb.yaml")
    message = str(caught.value)
    assert message.startswith("bomb.yaml: line 7") and "aliases (*name) are not allowed" in message
    assert len(message) < 200


@pytest.mark.parametrize(
    "field",
    [
        "  terms: [{term: ok, forms: [[" + ", ".join(["x" * 500] * 500) + "]]}]",
        "  terms: [{term: ok, match: " + "y" * 100_000 + "}]",
        "  terms: " + "z" * 100_000,
        "  " + "w" * 100_000 + ": 1\n  terms: [ok]",
    ],
)
def test_error_messages_quote_a_bounded_excerpt(field: str) -> None:
    text = "language: es\nframes:\n- frame: f\n  description: d\n" + field
    with pytest.raises(LexiconError) as caught:
        parse_lexicon(text)
    assert len(str(caught.value)) < 400, str(caught.value)[:300]
