"""Framing-term counts against the hand counts of the seeds, and rates that compare honestly."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus.records import Article
from analysis.framing.counts import article_counts, dominant_terms, frames_table, occurrences, source_counts
from analysis.framing.lexicon_schema import default_lexicons, parse_lexicon
from analysis.text import TextCorpus, build

LEXICONS = default_lexicons()
TAKING, MILITARY = "taking of the president", "military action"
# The gold's hand-counted stems and the lexicon term that covers each.
GOLD_TERMS = {
    "secuestr": (TAKING, "secuestro"),
    "captur": (TAKING, "captura"),
    "deten": (TAKING, "detención"),
    "agresi": (MILITARY, "agresión"),
    "incursi": (MILITARY, "incursión"),
    "operaci": (MILITARY, "operación"),
    "atac": (MILITARY, "ataque"),
}


@pytest.fixture(scope="module")
def seed_counts(seeds_text: TextCorpus) -> pd.DataFrame:
    return article_counts(seeds_text, LEXICONS)


def _gold_rows(gold: dict) -> list[tuple[str, str, int]]:
    return [(article, stem, n) for article, stems in gold["counts"].items() for stem, n in stems.items()]


def test_every_gold_cell_is_covered(gold_terms: dict) -> None:
    assert {stem for _, stem, _ in _gold_rows(gold_terms)} == set(GOLD_TERMS)


def test_counts_equal_the_hand_counts(seed_counts: pd.DataFrame, gold_terms: dict) -> None:
    indexed = seed_counts.set_index(["article", "frame", "term"])["count"]
    got = {(a, s): int(indexed[(a, *GOLD_TERMS[s])]) for a, s, _ in _gold_rows(gold_terms)}
    assert got == {(a, s): n for a, s, n in _gold_rows(gold_terms)}


def test_cooperacion_is_never_an_operacion(seeds_text: TextCorpus) -> None:
    assert all("cooperación" in d.tokens for d in seeds_text.docs)  # all five seeds use it (8 times in all)
    found = occurrences(seeds_text, LEXICONS)
    operations = found[found["term"] == "operación"]
    for row in operations.itertuples():
        doc = next(d for d in seeds_text.docs if d.id == row.article)
        assert doc.tokens[row.start] in {"operación", "operaciones"}


def test_counts_are_the_full_grid_with_rates(seed_counts: pd.DataFrame, seeds_text: TextCorpus) -> None:
    terms = len(LEXICONS["es"].terms)
    assert len(seed_counts) == len(seeds_text.docs) * terms
    row = seed_counts[(seed_counts["article"] == "002_617b4fc88994eff6") & (seed_counts["term"] == "captura")].iloc[0]
    assert row["words"] == len(seeds_text.docs[2].tokens) == 518
    assert row["per_1000"] == pytest.approx(1000 * 3 / 518)


def _corpus(*rows: tuple[str, str, str]) -> TextCorpus:
    return build([Article(i, text, source=source, language="es") for i, source, text in rows])


def test_source_rates_are_pooled_over_the_source_words() -> None:
    # Source A: 2 secuestro in 10 + 1 in 10 words -> 3 / 20 words = 150 per 1,000; B: 1 captura in 5 words.
    text = _corpus(
        ("a1", "A", "secuestro y secuestro uno dos tres cuatro cinco seis siete"),
        ("a2", "A", "secuestro uno dos tres cuatro cinco seis siete ocho nueve"),
        ("b1", "B", "la captura uno dos tres"),
    )
    sources = source_counts(article_counts(text, LEXICONS)).set_index(["source", "term"])
    assert sources.loc[("A", "secuestro"), "count"] == 3
    assert sources.loc[("A", "secuestro"), "words"] == 20
    assert sources.loc[("A", "secuestro"), "per_1000"] == pytest.approx(150.0)
    assert sources.loc[("B", "captura"), "per_1000"] == pytest.approx(200.0)
    assert sources.loc[("B", "secuestro"), "per_1000"] == 0


@pytest.mark.parametrize(
    ("text", "term", "share"),
    [
        ("secuestro secuestro captura", "secuestro", 2 / 3),
        ("secuestro captura", "captura / secuestro", 0.5),
        ("nada que ver", "", 0.0),
    ],
    ids=["clear-winner", "tie", "none"],
)
def test_dominant_term(text: str, term: str, share: float) -> None:
    lexicon = parse_lexicon("language: es\nframes: [{frame: f, description: d, terms: [captura, secuestro]}]")
    sources = source_counts(article_counts(_corpus(("x", "S", text)), {"es": lexicon}))
    row = dominant_terms(sources).iloc[0]
    assert sorted(row["term"].split(" / ")) == sorted(term.split(" / ")) and row["share"] == pytest.approx(share)


def test_articles_without_a_lexicon_for_their_language_are_left_out() -> None:
    text = build(
        [
            Article("es1", "el secuestro", source="S", language="es"),
            Article("fr1", "l'enlèvement", source="F", language="fr"),
        ]
    )
    counts = article_counts(text, LEXICONS)
    assert set(counts["article"]) == {"es1"}


def test_english_articles_use_the_english_lexicon() -> None:
    text = build(
        [
            Article(
                "en1",
                "The kidnapping of the president. US forces captured him; they seized the palace.",
                source="S",
                language="en",
            )
        ]
    )
    counts = article_counts(text, LEXICONS).set_index("term")["count"]
    assert (counts["kidnapping"], counts["capture"], counts["seizure"]) == (1, 1, 1)


def test_frames_table_merges_languages_by_frame() -> None:
    table = frames_table(LEXICONS).set_index("frame")
    assert {"secuestro", "kidnapping"} <= set(table.loc[TAKING, "terms"])
    only_es = frames_table(LEXICONS, languages={"es"}).set_index("frame")
    assert "kidnapping" not in only_es.loc[TAKING, "terms"]


def test_without_zeros_the_table_is_the_nonzero_rows_in_the_same_order(seeds_text: TextCorpus) -> None:
    english = "The kidnapping of the president was an aggression. The capture, a military operation, an attack."
    text = build([*(d.article for d in seeds_text.docs), Article("en-1", english, source="Wire", language="en")])
    full = article_counts(text, LEXICONS)
    nonzero = article_counts(text, LEXICONS, zeros=False)
    expected = full[full["count"] > 0].reset_index(drop=True)
    assert len(nonzero) > 20 and set(nonzero["language"]) == {"es", "en"}
    pd.testing.assert_frame_equal(nonzero, expected, check_dtype=False)
    empty = article_counts(build([Article("x", "Nada que contar aquí.", language="es")]), LEXICONS, zeros=False)
    assert empty.empty and list(empty.columns) == list(full.columns)


@pytest.mark.parametrize("sets", [("default",), ("migration", "protest"), ("disaster", "elections")])
def test_occurrences_found_for_the_whole_corpus_equal_matching_each_article(seeds_text: TextCorpus, sets) -> None:
    # occurrences() finds the candidate tokens of every article at once on stem numbers and reads stems lazily;
    # Lexicon.matches(doc) alone finds them from the article's own stems: the same matches, in the same order.
    from analysis.framing.sets import set_lexicons

    lexicons = set_lexicons(sets)
    real = json.loads((Path(__file__).parent / "data" / "framing_dev.json").read_text(encoding="utf-8"))["excerpts"]
    texts = [d.article for d in seeds_text.docs] + [
        Article(e["id"], e["text"], language=e["language"], source=e["source"]) for e in real
    ] + [Article("fr1", "Un article en français, sans lexique.", language="fr", source="F")]  # fmt: skip
    text = build(texts)
    found = occurrences(text, lexicons)
    expected = []
    for doc in text.docs:
        lexicon = lexicons.get(doc.article.language)
        for m in lexicon.matches(doc) if lexicon else []:
            frame = lexicon.frames[m.frame]
            expected.append((doc.id, frame.name, frame.terms[m.term].label, m.start, m.end))
    assert len(expected) > 50
    assert list(zip(found["article"], found["frame"], found["term"], found["start"], found["end"])) == expected
