"""Keyword in context: offsets that point into the original text, and the three kinds of query."""

from __future__ import annotations

import pytest

from analysis.corpus.records import Article
from analysis.framing.kwic import kwic_query, kwic_terms
from analysis.framing.lexicon_schema import default_lexicons
from analysis.text import TextCorpus, build

LEXICONS = default_lexicons()
TEXT = "Rusia condenó el SECUESTRO del presidente. Los comandos lo secuestraron; la cooperación militar sigue. La operación fue breve."


@pytest.fixture(scope="module")
def one() -> TextCorpus:
    return build([Article("a", TEXT, source="Diario", language="es")])


def test_offsets_and_context_come_from_the_original_text(one: TextCorpus) -> None:
    lines = kwic_terms(one, LEXICONS, term="secuestro", window=20)
    cut = kwic_terms(one, LEXICONS, term="secuestro", window=18)
    assert lines["match"].tolist() == ["SECUESTRO", "secuestraron"]
    for row in lines.itertuples():
        assert TEXT[row.start : row.end] == row.match
        assert TEXT[: row.start].endswith(row.left + " ") and TEXT[row.end :].lstrip().startswith(row.right)
    assert lines.iloc[0]["left"] == "Rusia condenó el"
    assert lines.iloc[0]["right"] == "del presidente. Los"  # exactly 20 characters
    assert cut.iloc[0]["right"] == "del presidente."  # "Los" would be cut by the window: dropped whole
    narrow = kwic_terms(one, LEXICONS, term="secuestro", window=14)
    assert narrow.iloc[0]["left"] == "condenó el"  # the "ia" of "Rusia" is dropped
    assert set(lines["source"]) == {"Diario"} and set(lines["frame"]) == {"taking of the president"}


def test_frame_filter_lists_every_term_of_the_frame(one: TextCorpus) -> None:
    lines = kwic_terms(one, LEXICONS, frame="military action")
    assert lines["match"].tolist() == ["operación"]


@pytest.mark.parametrize(
    ("query", "matches"),
    [
        ("secuestro", ["SECUESTRO", "secuestraron"]),
        ("secuestr", ["SECUESTRO", "secuestraron"]),
        ("operaci*", ["operación"]),
        ("cooperación militar", ["cooperación militar"]),
        ("del presidente", ["del presidente"]),
        ("", []),
        ("...", []),
        ("invasión", []),
    ],
    ids=["word", "stem", "prefix-not-cooperacion", "phrase", "phrase-with-stop-word", "empty", "no-word", "absent"],
)
def test_query(one: TextCorpus, query: str, matches: list[str]) -> None:
    assert kwic_query(one, query)["match"].tolist() == matches


def test_query_is_stemmed_in_each_article_language() -> None:
    text = build(
        [Article("es", "Los ataques siguen.", language="es"), Article("en", "The attacks go on.", language="en")]
    )
    assert kwic_query(text, "ataque")["article"].tolist() == ["es"]
    assert kwic_query(text, "attack")["article"].tolist() == ["en"]


def test_seed_kwic_for_captura(seeds_text: TextCorpus) -> None:
    lines = kwic_terms(seeds_text, LEXICONS, term="captura")
    assert len(lines) == 3 and set(lines["article"]) == {"002_617b4fc88994eff6"}
    assert {m.lower() for m in lines["match"]} == {"captura", "capturar", "capturó"}
