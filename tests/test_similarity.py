"""TF-IDF similarity: the seeds' closest pair, exact values, invariants, top terms and the large-corpus path."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy import sparse

from analysis.corpus.records import Article
from analysis.similarity import tfidf as similarity
from analysis.similarity.tfidf import (
    SimilarityError,
    cosine_matrix,
    doc_ngrams,
    heatmap_articles,
    nearest_neighbours,
    pairs_from_matrix,
    similar_pairs,
    submatrix,
    tfidf,
    top_terms,
)
from analysis.text import TextCorpus, build

ECONOMY_ES = (
    "El Banco Central elevó la tasa de interés de referencia en medio punto porcentual para contener la inflación, "
    "que alcanzó el doce por ciento anual en marzo según el instituto de estadística."
)
FOOTBALL_ES = (
    "El delantero marcó dos goles en el segundo tiempo y su equipo remontó el partido ante un estadio lleno, "
    "que celebró la clasificación a la final del campeonato."
)
ECONOMY_EN = (
    "The central bank raised its benchmark interest rate by half a point to curb inflation, "
    "which reached twelve percent a year in March according to the statistics office."
)
FOOTBALL_EN = (
    "The striker scored twice in the second half and his team came back to win in front of a packed stadium "
    "that celebrated reaching the cup final."
)


def corpus(*texts: str, language: str = "es") -> TextCorpus:
    return build([Article(f"t{n}", text, language=language) for n, text in enumerate(texts)])


def test_seeds_000_001_is_the_most_similar_pair(seeds_text: TextCorpus):
    pairs = similar_pairs(tfidf(seeds_text), threshold=0.0)
    assert (pairs.loc[0, "a"][:3], pairs.loc[0, "b"][:3]) == ("000", "001")
    assert pairs.loc[0, "score"] > pairs.loc[1, "score"] + 0.05
    assert len(pairs) == 10 and pairs["score"].is_monotonic_decreasing


def test_seed_matrix_is_symmetric_in_unit_range_with_unit_diagonal(seeds_text: TextCorpus):
    matrix = cosine_matrix(tfidf(seeds_text))
    assert matrix.shape == (5, 5)
    assert np.allclose(matrix, matrix.T)
    assert matrix.min() >= 0.0 and matrix.max() <= 1.0
    assert np.array_equal(np.diag(matrix), np.ones(5))


@pytest.mark.parametrize(
    ("texts", "language"),
    [
        ((ECONOMY_ES, ECONOMY_ES, FOOTBALL_ES), "es"),
        ((ECONOMY_EN, FOOTBALL_EN, ECONOMY_EN), "en"),
        ((ECONOMY_ES, ECONOMY_ES.upper(), FOOTBALL_ES), "es"),
    ],
    ids=["spanish", "english", "case-insensitive"],
)
def test_identical_texts_score_one(texts: tuple[str, ...], language: str):
    matrix = cosine_matrix(tfidf(corpus(*texts, language=language)))
    same = [i for i, t in enumerate(texts) if t.lower() == texts[0].lower()]
    assert matrix[same[0], same[1]] == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("a", "b", "language"),
    [(ECONOMY_ES, FOOTBALL_ES, "es"), (ECONOMY_EN, FOOTBALL_EN, "en")],
    ids=["spanish", "english"],
)
def test_unrelated_texts_score_near_zero(a: str, b: str, language: str):
    matrix = cosine_matrix(tfidf(corpus(a, b, language=language)))
    assert matrix[0, 1] < 0.05


def test_hand_computed_cosine_and_term_contributions():
    # N = 2. "cat" is in both (idf = ln(3/3) + 1 = 1); "dog", "mouse" and the bigrams in one
    # (idf = ln(3/2) + 1). Each vector: [1, w, w] with w = ln 1.5 + 1, shared part only "cat".
    text = corpus("cat dog", "cat mouse", language="en")
    model = tfidf(text)
    w = math.log(1.5) + 1
    expected = 1 / (1 + 2 * w * w)
    assert cosine_matrix(model)[0, 1] == pytest.approx(expected)
    terms = top_terms(model, text, 0, 1)
    assert [(t.term, t.feature) for t in terms] == [("cat", "cat")]
    assert terms[0].weight == pytest.approx(expected)


def test_top_terms_are_words_sorted_and_add_up_to_the_cosine(seeds_text: TextCorpus):
    model = tfidf(seeds_text)
    everything = top_terms(model, seeds_text, 0, 1, n=100_000)
    assert sum(t.weight for t in everything) == pytest.approx(cosine_matrix(model)[0, 1])
    weights = [t.weight for t in everything]
    assert weights == sorted(weights, reverse=True)
    shown = {t.term for t in top_terms(model, seeds_text, 0, 1, n=15)}
    assert {"canciller", "embajador"} <= shown  # surface words, not the stems "cancill", "embaj"
    assert top_terms(model, seeds_text, 0, 1) == top_terms(model, seeds_text, 1, 0)


def test_shared_products_are_scipys_elementwise_product(seeds_text: TextCorpus, synthetic_text: TextCorpus):
    """top_terms reads a pair's shared columns off the rows' arrays: the same columns and products, bit for bit,
    as ``x[i].multiply(x[j])`` (which it replaced), for every pair of the seeds and of 40 synthetic articles."""
    from analysis.similarity.tfidf import _shared_products

    for text, rows in ((seeds_text, len(seeds_text.docs)), (synthetic_text, 40)):
        x = tfidf(text).matrix
        for i in range(rows):
            for j in range(rows):
                product = x[i].multiply(x[j]).tocsr()
                columns, values = _shared_products(x, i, j)
                assert columns.tolist() == product.indices.tolist()
                assert values.tolist() == product.data.tolist()


def test_analyzer_reads_content_stems_and_their_bigrams():
    doc = corpus("Los ministros de Economía anunciaron medidas.").docs[0]
    assert doc_ngrams(doc) == doc.terms + [f"{a} {b}" for a, b in zip(doc.terms, doc.terms[1:])]
    assert "los" not in doc_ngrams(doc) and "de" not in doc_ngrams(doc)


def test_neighbours_match_the_dense_top_k(seeds_text: TextCorpus):
    model = tfidf(seeds_text)
    matrix = cosine_matrix(model)
    for k in (1, 2, 4):
        found = nearest_neighbours(model, k=k, chunk_rows=2)  # several chunks
        expected = set()
        for i in range(5):
            row = matrix[i].copy()
            row[i] = -1
            for j in np.argsort(-row, kind="stable")[:k]:
                expected.add((min(i, int(j)), max(i, int(j))))
        assert set(zip(found["i"], found["j"])) == expected
        assert np.allclose(found["score"], [matrix[i, j] for i, j in zip(found["i"], found["j"])])
    assert len(nearest_neighbours(model, k=4)) == 10


def test_above_the_dense_threshold_no_matrix_only_neighbours(seeds_text: TextCorpus, settings_override):
    settings_override(similarity={"dense_max_articles": 3})
    model = tfidf(seeds_text)
    with pytest.raises(SimilarityError, match="above the 3"):
        cosine_matrix(model)
    pairs = similar_pairs(model, threshold=0.2)
    assert list(zip(pairs["a"].str[:3], pairs["b"].str[:3])) == [("000", "001")]


def test_pairs_from_matrix_threshold_and_order():
    matrix = np.array([[1.0, 0.3, 0.7], [0.3, 1.0, 0.3], [0.7, 0.3, 1.0]])
    pairs = pairs_from_matrix(matrix, ["x", "y", "z"], threshold=0.3)
    assert list(zip(pairs["a"], pairs["b"], pairs["score"])) == [("x", "z", 0.7), ("x", "y", 0.3), ("y", "z", 0.3)]
    assert pairs_from_matrix(matrix, ["x", "y", "z"], threshold=0.8).empty


@pytest.mark.parametrize("seed", range(6))
def test_pairs_from_matrix_equals_reading_the_whole_upper_triangle(seed):
    # The former reading (every i < j of np.triu_indices) is the reference: same pairs, scores and order,
    # on random matrices with ties, values exactly at the threshold, NaN and an asymmetric lower triangle.
    rng = np.random.default_rng(seed)
    n = int(rng.integers(0, 40))
    matrix = rng.choice([0.0, 0.2, 0.3, 0.5, 0.5, 1.0, np.nan], size=(n, n))
    ids = [f"a{k:02d}" for k in range(n)]
    i, j = np.triu_indices(n, k=1)
    s = matrix[i, j]
    keep = s >= 0.3
    expected = pd.DataFrame({"i": i[keep], "j": j[keep], "score": s[keep]}).sort_values(
        ["score", "i", "j"], ascending=[False, True, True], kind="stable"
    )
    found = pairs_from_matrix(matrix, ids, threshold=0.3)
    assert found["i"].tolist() == expected["i"].tolist()
    assert found["j"].tolist() == expected["j"].tolist()
    assert found["score"].tolist() == expected["score"].tolist()
    assert found["a"].tolist() == [ids[k] for k in expected["i"]]


def test_no_content_word_is_an_error_and_one_article_has_no_pair():
    with pytest.raises(SimilarityError, match="no article has a content word"):
        tfidf(corpus("de la que el", "y en los"))
    single = tfidf(corpus(ECONOMY_ES))
    assert similar_pairs(single, threshold=0.0).empty
    assert nearest_neighbours(single).empty


def test_submatrix_and_heatmap_articles(seeds_text: TextCorpus):
    model = tfidf(seeds_text)
    assert np.allclose(submatrix(model, [0, 1, 3]), cosine_matrix(model)[np.ix_([0, 1, 3], [0, 1, 3])])
    pairs = similar_pairs(model, threshold=0.0)
    assert heatmap_articles(pairs, 5, limit=10) == [0, 1, 2, 3, 4]
    assert heatmap_articles(pairs, 5, limit=3) == [0, 1, 2]  # 000-001 first, then 000-002


@pytest.fixture(scope="module")
def synthetic_text() -> TextCorpus:
    from analysis.bench.synthetic import generate

    return build(list(generate(300, seed=11).articles))


@pytest.mark.parametrize("which", ["seeds", "synthetic", "two-languages"])
def test_tfidf_equals_the_vectorizer_over_doc_ngrams(which, seeds_text, synthetic_text):
    from sklearn.feature_extraction.text import TfidfVectorizer

    text = {
        "seeds": seeds_text,
        "synthetic": synthetic_text,
        "two-languages": build(
            [Article("es", ECONOMY_ES, language="es"), Article("en", ECONOMY_EN, language="en"),
             Article("empty", "de la que", language="es"), Article("es2", FOOTBALL_ES, language="es")]
        ),
    }[which]  # fmt: skip
    model = tfidf(text)
    vectorizer = TfidfVectorizer(analyzer=doc_ngrams, sublinear_tf=True, dtype=np.float64)
    expected = vectorizer.fit_transform(text.docs)
    order = np.argsort(model.features.astype(str))
    assert model.features[order].tolist() == vectorizer.get_feature_names_out().tolist()
    assert abs(model.matrix[:, order] - expected).max() < 1e-12


def test_approximate_neighbours_agree_with_the_exact_ones(synthetic_text):
    model = tfidf(synthetic_text)
    exact = nearest_neighbours(model, approximate=False)
    approximate = nearest_neighbours(model, approximate=True)
    exact_pairs = set(zip(exact["i"], exact["j"]))
    found = set(zip(approximate["i"], approximate["j"]))
    assert len(exact_pairs & found) >= 0.95 * len(exact_pairs)
    scores = dict(zip(zip(exact["i"], exact["j"]), exact["score"]))
    assert all(
        abs(scores[p] - s) < 1e-9
        for p, s in zip(zip(approximate["i"], approximate["j"]), approximate["score"])
        if p in scores
    )
    assert approximate["score"].is_monotonic_decreasing


def test_the_size_decides_which_search_runs(seeds_text, monkeypatch, settings_override):
    calls = []
    monkeypatch.setattr(
        similarity,
        "approximate_top_k",
        lambda *a, **k: calls.append("approximate") or similarity.exact_top_k(a[0], k=k["k"]),
    )
    settings_override(similarity={"approximate_above": 4})
    nearest_neighbours(tfidf(seeds_text))
    assert calls == ["approximate"]
    settings_override(similarity={"approximate_above": 5})
    nearest_neighbours(tfidf(seeds_text))
    assert calls == ["approximate"]


def test_pairs_above_the_neighbour_count_are_all_listed_and_the_listing_says_how(settings_override):
    # Above the dense limit, 15 identical articles have 14 neighbours each at cosine 1.0, more than
    # the 10 kept per article: all 105 pairs must be listed, and the JSON must say how they were found.
    from analysis.corpus.loading import Article
    from analysis.report.results import similarity_json
    from analysis.text import build

    same = "El gobierno regional anunció un plan de vivienda pública para las familias desplazadas por la sequía."
    words = [
        "río",
        "puerto",
        "mercado",
        "escuela",
        "hospital",
        "cosecha",
        "tren",
        "museo",
        "fábrica",
        "puente",
        "estadio",
        "biblioteca",
    ]
    others = [
        f"La {a} y el {b} cerraron por la huelga de {c} en la provincia."
        for a, b, c in zip(words, words[3:] + words[:3], words[6:] + words[:6])
    ]
    articles = [Article(f"same-{n}", same, language="es") for n in range(15)]
    articles += [Article(f"other-{n}", t, language="es") for n, t in enumerate(others)]
    text = build(articles)
    small = similarity_json(text, threshold=0.99)
    settings_override(similarity={"dense_max_articles": 10})
    large = similarity_json(text, threshold=0.99)
    assert "matrix" not in large and len(small["pairs"]) == 105
    assert sorted((p["a"], p["b"]) for p in large["pairs"]) == sorted((p["a"], p["b"]) for p in small["pairs"])
    assert small["pairs_complete"] is True and small["pairs_total"] == 105
    assert large["pairs_total"] == 105 and large["pairs_complete"] is False
    assert "nearest neighbours" in large["pairs_note"] and "was compared with every article" in large["pairs_note"]


@pytest.mark.parametrize("which", ["seeds", "synthetic", "random"])
def test_tfidf_weights_are_scikit_learns_bit_for_bit(which, seeds_text, synthetic_text):
    # tfidf_weights repeats TfidfTransformer's float operations in its order (rows' squares added left to
    # right, the longest rows one at a time): not close, equal.
    from sklearn.feature_extraction.text import TfidfTransformer

    from analysis.similarity.tfidf import _term_counts, tfidf_weights

    if which == "random":  # rows of 0 to 3,000 terms, empty rows, counts up to 40
        rng = np.random.default_rng(5)
        lengths = np.concatenate([rng.integers(0, 60, 300), [0, 0, 3000, 2500, 2500, 1200, 900, 40]])
        rows = np.repeat(np.arange(len(lengths)), lengths)
        columns = np.concatenate([rng.choice(5000, n, replace=False) for n in lengths])
        counts = sparse.csr_matrix((rng.integers(1, 40, len(rows)), (rows, columns)), shape=(len(lengths), 5000))
    else:
        counts = _term_counts(seeds_text if which == "seeds" else synthetic_text)[0]
    ours = tfidf_weights(counts)
    theirs = sparse.csr_matrix(TfidfTransformer(sublinear_tf=True).fit_transform(counts))
    assert np.array_equal(ours.indptr, theirs.indptr) and np.array_equal(ours.indices, theirs.indices)
    assert ours.data.tobytes() == theirs.data.tobytes()


@pytest.mark.parametrize("block_rows", [1, 7, 50, 228, 1000])
def test_cosine_matrix_by_blocks_is_the_whole_product_bit_for_bit(block_rows: int) -> None:
    # The blocks above the diagonal and their transposes (similarity.tfidf._gram) against scipy's whole product,
    # on real text: the dev excerpts of many events, in two languages (exact floats, not close ones).
    from analysis.similarity.tfidf import _gram
    from tests.mixed import mixed_corpus

    articles, _ = mixed_corpus()
    x = similarity.tfidf(build(articles)).matrix
    assert x.shape[0] > 200 and x.has_sorted_indices
    whole = (x @ x.T).toarray()
    blocked = _gram(x, block_rows=block_rows)
    assert blocked.dtype == np.float64 and np.array_equal(blocked, whole)
    assert np.array_equal(blocked, blocked.T)  # exactly symmetric: the terms two rows share, in one order


def test_cosine_matrix_of_unsorted_rows_is_the_whole_product() -> None:
    from analysis.similarity.tfidf import _gram

    x = sparse.csr_matrix(
        (np.array([0.6, 0.8, 0.3, 0.1, 0.5]), np.array([2, 0, 1, 2, 0]), np.array([0, 2, 5])), shape=(2, 3)
    )
    assert not x.has_sorted_indices
    assert np.array_equal(_gram(x, block_rows=1), (x @ x.T).toarray())


def test_top_terms_name_only_the_contenders_and_keep_the_whole_sort(seeds_text: TextCorpus):
    """top_terms names only the terms at least as large as the n-th largest product: the same terms, in the same
    order, as sorting every shared term by (product descending, name), ties at the n-th place included."""
    from dataclasses import replace

    from analysis.similarity.tfidf import TermWeight, _shared_products

    def reference(model, text, i, j, n):  # type: ignore[no-untyped-def]
        columns, values = _shared_products(model.matrix, i, j)
        names = np.array(model.names(columns), dtype=object)
        order = np.lexsort((names, -values))[:n]
        return [TermWeight(text.word(str(names[o])), float(values[o]), str(names[o])) for o in order]

    model = tfidf(seeds_text)
    # Every product the same: the names alone decide which n are shown.
    flat = model.matrix.copy()
    flat.data[:] = 0.5
    for m in (model, replace(model, matrix=flat)):
        for i in range(len(seeds_text.docs)):
            for j in range(len(seeds_text.docs)):
                for n in (0, 1, 2, 5, 1000):
                    assert top_terms(m, seeds_text, i, j, n=n) == reference(m, seeds_text, i, j, n)
