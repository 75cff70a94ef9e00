"""Fightin' Words (Monroe, Colaresi & Quinn 2008) against values computed by hand."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from analysis.corpus.records import Article
from analysis.framing.distinctive import compare_groups, fightin_words, source_vs_rest, term_matrix, top_words
from analysis.text import TextCorpus, build
from tests.conftest import SEED_SOURCES


@pytest.fixture(scope="module")
def small() -> TextCorpus:
    # Content stems (stop words dropped): a1 = guerra guerra paz, a2 = guerra acuerdo, b1 = paz paz acuerdo acuerdo.
    return build(
        [
            Article("a1", "La guerra y la guerra, paz.", source="A", language="es"),
            Article("a2", "Guerra, acuerdo.", source="A", language="es"),
            Article("b1", "Paz, paz; acuerdo y acuerdo.", source="B", language="es"),
        ]
    )


def test_hand_computed_example(small: TextCorpus) -> None:
    table = compare_groups(term_matrix(small), ["a1", "a2"], ["b1"]).set_index("word")
    # Group A counts: guerra 3, paz 1, acuerdo 1 (n_a = 5). Group B: guerra 0, paz 2, acuerdo 2 (n_b = 4).
    # Prior = corpus counts: alpha = guerra 3, paz 3, acuerdo 3; alpha_0 = 9.
    # guerra: omega_a = (3 + 3) / (5 + 9 - 3 - 3) = 6 / 8; omega_b = (0 + 3) / (4 + 9 - 0 - 3) = 3 / 10
    #         delta = log(0.75) - log(0.3) = log(2.5) = 0.916291; var = 1/6 + 1/3 = 0.5; z = 0.916291 / 0.707107 = 1.295831
    # paz:    omega_a = (1 + 3) / (5 + 9 - 1 - 3) = 4 / 10; omega_b = (2 + 3) / (4 + 9 - 2 - 3) = 5 / 8
    #         delta = log(0.4) - log(0.625) = log(0.64) = -0.446287; var = 1/4 + 1/5 = 0.45; z = -0.446287 / 0.670820 = -0.665285
    assert table.loc["guerra", ["count_a", "count_b"]].tolist() == [3, 0]
    assert table.loc["guerra", "delta"] == pytest.approx(math.log(2.5))
    assert table.loc["guerra", "variance"] == pytest.approx(0.5)
    assert table.loc["guerra", "z"] == pytest.approx(1.295831, abs=1e-6)
    assert table.loc["paz", "delta"] == pytest.approx(math.log(0.64))
    assert table.loc["paz", "variance"] == pytest.approx(0.45)
    assert table.loc["paz", "z"] == pytest.approx(-0.665285, abs=1e-6)
    assert table.loc["acuerdo", "delta"] == pytest.approx(table.loc["paz", "delta"])  # same counts as paz


def test_swapping_groups_negates_delta_and_z(small: TextCorpus) -> None:
    matrix = term_matrix(small)
    ab = compare_groups(matrix, ["a1", "a2"], ["b1"]).set_index("stem")
    ba = compare_groups(matrix, ["b1"], ["a1", "a2"]).set_index("stem")
    np.testing.assert_allclose(ab["z"], -ba.loc[ab.index, "z"])
    np.testing.assert_allclose(ab["variance"], ba.loc[ab.index, "variance"])


def test_identical_groups_give_zero() -> None:
    delta, variance, z = fightin_words(np.array([2.0, 5.0]), np.array([2.0, 5.0]), np.array([4.0, 10.0]))
    assert np.allclose(delta, 0) and np.allclose(z, 0) and (variance > 0).all()


def test_more_evidence_means_larger_z_for_the_same_ratio() -> None:
    _, _, z_small = fightin_words(np.array([2.0, 1.0]), np.array([1.0, 2.0]), np.array([3.0, 3.0]))
    _, _, z_large = fightin_words(np.array([200.0, 100.0]), np.array([100.0, 200.0]), np.array([300.0, 300.0]))
    assert z_large[0] > z_small[0] > 0


def test_source_vs_rest_equals_each_pairwise_comparison(seeds_text: TextCorpus) -> None:
    matrix = term_matrix(seeds_text)
    every = source_vs_rest(matrix)
    assert set(every["group"]) == {d.article.source for d in seeds_text.docs}
    for source in [SEED_SOURCES["000_bbe06687ad217e2c"], SEED_SOURCES["004_2dbd488ba90dab47"]]:
        ids = [d.id for d in seeds_text.docs if d.article.source == source]
        alone = compare_groups(matrix, ids, label=source).set_index("stem")
        mine = every[every["group"] == source].set_index("stem")
        np.testing.assert_allclose(mine["z"], alone.loc[mine.index, "z"])
        assert (
            mine["count_a"] + mine["count_b"] == alone.loc[mine.index, "count_a"] + alone.loc[mine.index, "count_b"]
        ).all()


def test_seed_words_that_frame_differently_stand_out(seeds_text: TextCorpus) -> None:
    table = source_vs_rest(term_matrix(seeds_text))
    top = top_words(table, n=5)
    best_of_002 = set(top[(top["group"] == SEED_SOURCES["002_617b4fc88994eff6"]) & (top["z"] > 0)]["word"])
    assert "captura" in best_of_002
    assert set(top["word"]) <= set(table["word"])
    assert "de" not in set(table["word"])  # stop words are not compared


@pytest.mark.parametrize(
    ("group_a", "group_b", "message"),
    [
        (["nope"], None, "unknown article id"),
        ([], None, "no article chosen"),
        (["a1"], ["a1", "b1"], "share 1 article"),
        (["a1", "a2", "b1"], None, "every article"),
    ],
    ids=["unknown", "empty", "overlap", "nothing-left"],
)
def test_bad_groups_are_rejected(
    small: TextCorpus, group_a: list[str], group_b: list[str] | None, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        compare_groups(term_matrix(small), group_a, group_b)


def test_one_source_gives_an_empty_table() -> None:
    text = build([Article("x", "guerra y paz", source="S", language="es")])
    assert source_vs_rest(term_matrix(text)).empty


def test_top_words_keeps_both_ends_per_group() -> None:
    table = pd.DataFrame(
        {
            "group": ["g"] * 5,
            "word": list("abcde"),
            "stem": list("abcde"),
            "count_a": 1,
            "count_b": 1,
            "delta": 0.0,
            "variance": 1.0,
            "z": [3.0, 1.0, 0.0, -1.0, -2.0],
        }
    )
    assert top_words(table, n=1)["word"].tolist() == ["a", "e"]
    assert top_words(table, n=10)["word"].tolist() == list("abcde")


@pytest.mark.parametrize("which", ["seeds", "synthetic"])
def test_term_matrix_equals_count_vectorizer_over_doc_terms(which, seeds_text):
    from sklearn.feature_extraction.text import CountVectorizer

    from analysis.bench.synthetic import generate
    from analysis.text import build

    text = seeds_text if which == "seeds" else build(list(generate(80, seed=2).articles))
    matrix = term_matrix(text)
    vectorizer = CountVectorizer(analyzer=lambda d: d.terms, lowercase=False)
    expected = vectorizer.fit_transform(text.docs)
    assert matrix.stems.tolist() == vectorizer.get_feature_names_out().tolist()
    assert (matrix.counts != expected).nnz == 0 and matrix.counts.dtype == expected.dtype


@pytest.mark.parametrize("n", [1, 5, 40, 10_000])
def test_top_rows_are_what_top_words_keeps_of_the_full_table(seeds_text: TextCorpus, n: int) -> None:
    from analysis.bench.synthetic import generate

    for text in (seeds_text, build(list(generate(60, seed=3).articles))):
        matrix = term_matrix(text)
        pd.testing.assert_frame_equal(
            source_vs_rest(matrix, top=n), top_words(source_vs_rest(matrix), n=n), check_dtype=False
        )
        group = [d.id for d in text.docs[:2]]
        pd.testing.assert_frame_equal(
            compare_groups(matrix, group, top=n), top_words(compare_groups(matrix, group), n=n), check_dtype=False
        )


def test_top_rows_keep_ties_in_word_order() -> None:
    # Four words, all tied: the first n and the last n in word order, like a stable sort.
    text = build(
        [
            Article("a", "alfa beta gama delta", source="A", language="es"),
            Article("b", "épsilon", source="B", language="es"),
        ]
    )
    matrix = term_matrix(text)
    pd.testing.assert_frame_equal(
        compare_groups(matrix, ["a"], top=1), top_words(compare_groups(matrix, ["a"]), n=1), check_dtype=False
    )


def test_top_cells_by_partition_are_those_of_the_sorted_rows() -> None:
    # distinctive._top_cells sorts only the cells that can be kept; the reference sorts each whole row. Real z
    # (each outlet against the rest, on the dev excerpts of many events and outlets), then rows made to tie
    # (few distinct values), NaN, rows shorter than 2n.
    from analysis.framing.distinctive import _top_cells, _top_cells_sorted
    from tests.mixed import mixed_corpus

    articles, _ = mixed_corpus()
    table = source_vs_rest(term_matrix(build(articles)))
    z = table.pivot_table(index="group", columns="stem", values="z", sort=True).to_numpy()
    assert z.shape[0] > 5 and z.shape[1] > 1000
    rng = np.random.default_rng(7)
    tied = rng.choice([-1.5, 0.0, 0.25, 2.0], size=(6, 300))
    with_nan = rng.normal(size=(3, 50))
    with_nan[1, [3, 9]] = np.nan
    for matrix in (z, tied, with_nan, rng.normal(size=(2, 25))):
        for n in (0, 1, 10, 20):
            fast, reference = _top_cells(matrix, n), _top_cells_sorted(matrix, n)
            assert fast[0].tolist() == reference[0].tolist() and fast[1].tolist() == reference[1].tolist()
