"""Top-k neighbours: the exact searches against brute force and each other, the approximate one against the exact."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse
from sklearn.preprocessing import normalize

from analysis.similarity.neighbours import approximate_top_k, blockwise_top_k, exact_top_k


def _brute_force(matrix: sparse.csr_matrix, k: int) -> tuple[np.ndarray, np.ndarray]:
    dense = (matrix @ matrix.T).toarray()
    np.fill_diagonal(dense, -1.0)
    index = np.argsort(-dense, axis=1, kind="stable")[:, :k]
    return index, np.take_along_axis(dense, index, axis=1)


def _topical(n: int, topics: int, seed: int) -> sparse.csr_matrix:
    """L2-normalised rows over a vocabulary of common words (all topics) and rare ones (one topic each)."""
    rng = np.random.default_rng(seed)
    common = rng.random((n, 40)) * (rng.random((n, 40)) < 0.5)
    rare = np.zeros((n, topics * 30))
    for row, topic in enumerate(rng.integers(0, topics, n)):
        words = topic * 30 + rng.choice(30, 8, replace=False)
        rare[row, words] = rng.random(8) * 3
    return sparse.csr_matrix(normalize(np.hstack([common, rare])))


@pytest.mark.parametrize(
    "n, k, chunk_rows",
    [(30, 5, 7), (30, 5, 30), (12, 11, 4), (50, 10, 1)],
    ids=["uneven-chunks", "one-chunk", "k-is-all-others", "row-by-row"],
)
def test_exact_matches_brute_force(n, k, chunk_rows):
    matrix = _topical(n, 3, seed=n + k)
    expected_index, expected_score = _brute_force(matrix, k)
    for index, score in (blockwise_top_k(matrix, k=k, chunk_rows=chunk_rows), exact_top_k(matrix, k=k, threads=2)):
        np.testing.assert_allclose(score, expected_score)
        assert (index == expected_index).all()  # ties (none here) would go to the lower index in both


def _tfidf(n: int, seed: int):
    from analysis.bench.synthetic import generate
    from analysis.similarity.tfidf import tfidf
    from analysis.text import build

    return tfidf(build(generate(n, seed=seed).articles)).matrix


@pytest.mark.parametrize("n, k", [(300, 10), (120, 5)])
def test_sparse_dot_topn_gives_the_blockwise_neighbours_on_real_tfidf(n, k):
    matrix = _tfidf(n, seed=n)
    index, score = exact_top_k(matrix, k=k)
    reference_index, reference_score = blockwise_top_k(matrix, k=k, chunk_rows=64)
    np.testing.assert_allclose(score, reference_score, atol=1e-9, rtol=0)
    positive = reference_score > 0  # rows with fewer than k sharing a term pad with zeros: any row ties there
    assert positive.mean() > 0.9
    assert (index[positive] == reference_index[positive]).all()


def test_ties_go_to_the_lower_row_in_both_exact_searches():
    # rows 1, 2, 3 and 4 are the same vector: each one's neighbours are the other copies, lowest first,
    # and row 0 (equally close to all four) gets 1 and 2, though the product may keep 3 or 4.
    base = np.array([[1.0, 1.0, 0.0], [0.0, 1.0, 0.2], [0.0, 1.0, 0.2], [0.0, 1.0, 0.2], [0.0, 1.0, 0.2]])
    matrix = sparse.csr_matrix(normalize(base))
    expected_index, expected_score = _brute_force(matrix, 2)
    assert expected_index.tolist() == [[1, 2], [2, 3], [1, 3], [1, 2], [1, 2]]
    for threads in (1, 2):
        index, score = exact_top_k(matrix, k=2, threads=threads)
        assert index.tolist() == expected_index.tolist()
        np.testing.assert_allclose(score, expected_score)
    index, _ = blockwise_top_k(matrix, k=2, chunk_rows=2)
    assert index.tolist() == expected_index.tolist()


def test_rows_sharing_no_term_are_padded_with_the_first_other_rows_at_zero():
    matrix = sparse.csr_matrix(np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.6, 0.8], [0.0, 0.0, 1.0]]))
    index, score = exact_top_k(matrix, k=2)
    assert index.tolist() == [[1, 2], [2, 0], [3, 1], [2, 0]]
    assert score[0].tolist() == [0.0, 0.0]
    np.testing.assert_allclose(score[:, 0], [0.0, 0.6, 0.8, 0.8])


@pytest.mark.parametrize("search", ["exact", "approximate"])
@pytest.mark.parametrize("n, k, width", [(1, 10, 0), (3, 10, 2), (0, 10, 0)], ids=["single", "k-above-n", "empty"])
def test_small_inputs(search, n, k, width):
    matrix = sparse.identity(n, format="csr") if n else sparse.csr_matrix((0, 3))
    if search == "exact":
        index, score = exact_top_k(matrix, k=k)
        assert blockwise_top_k(matrix, k=k, chunk_rows=4)[0].shape == (n, width)
    else:
        index, score = approximate_top_k(matrix, k=k, candidates=5, max_df=2, chunk_rows=4)
    assert index.shape == score.shape == (n, width)


@pytest.mark.parametrize(
    "max_df", [20, 60, 400], ids=["only-topic-words-propose", "some-common", "everything-proposes"]
)
def test_approximate_finds_the_exact_neighbours_with_exact_scores(max_df):
    matrix = _topical(400, 20, seed=3)
    exact_index, exact_score = exact_top_k(matrix, k=10)
    index, score = approximate_top_k(matrix, k=10, candidates=30, max_df=max_df, chunk_rows=64)
    recall = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(exact_index.tolist(), index.tolist())])
    assert recall >= 0.95
    dense = (matrix @ matrix.T).toarray()
    np.testing.assert_allclose(score, np.take_along_axis(dense, index, axis=1))  # scores are exact cosines
    assert not (index == np.arange(400)[:, None]).any()  # never its own neighbour
    assert (np.diff(score, axis=1) <= 1e-12).all()  # most similar first
    if max_df >= 400:  # every term proposes: candidates are the exact top 30, so the top 10 is exact
        np.testing.assert_allclose(score, exact_score)


def test_approximate_misses_a_neighbour_that_shares_only_common_terms():
    # Column 0 is common (4 rows); rows 0 and 1 share only it (cosine 0.99), while row 0 shares
    # rare column 1 with row 2, weakly (cosine 0.03): only row 2 is proposed.
    rows = np.array(
        [
            [0.9, 0.1, 0.0, 0.0, 0.0],
            [0.9, 0.0, 0.0, 0.0, 0.1],
            [0.0, 0.3, 1.0, 0.0, 0.0],
            [0.0, 0.0, 1.0, 0.0, 0.0],
            [0.2, 0.0, 0.0, 1.0, 0.0],
        ]
    )
    matrix = sparse.csr_matrix(normalize(rows))
    exact_index, _ = exact_top_k(matrix, k=1)
    index, _ = approximate_top_k(matrix, k=1, candidates=1, max_df=2, chunk_rows=8)
    assert exact_index[0, 0] == 1  # cosine of rows 0 and 1 comes from the common column
    assert index[0, 0] == 2  # the rare column proposes row 2 only: the approximation's documented miss


def _approximate_on_dense_blocks(matrix: sparse.csr_matrix, *, k: int, candidates: int, max_df: int, chunk_rows: int):
    """approximate_top_k as it was before candidates were picked from the sparse product: the dense block of each
    chunk, every row's candidates by argpartition (the reference the sparse selection must equal)."""
    from analysis.similarity.neighbours import _best, _columns, _proposed

    n = matrix.shape[0]
    width = min(max(candidates, k), n - 1)
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    rare, common = _columns(matrix, df <= max_df), _columns(matrix, df > max_df)
    rare_t = rare.T.tocsr()
    index, score = np.zeros((n, k), dtype=np.int64), np.zeros((n, k))
    for start in range(0, n, chunk_rows):
        stop = min(start + chunk_rows, n)
        rows = np.arange(start, stop)
        block = np.asarray((rare[start:stop] @ rare_t).toarray())
        block[np.arange(stop - start), rows] = -1.0
        proposed = _proposed(block, width)
        partial = np.take_along_axis(block, proposed, axis=1)
        left, right = common[np.repeat(rows, width)], common[proposed.ravel()]
        scores = partial + np.asarray(left.multiply(right).sum(axis=1)).reshape(-1, width)
        scores[proposed == rows[:, None]] = -1.0
        index[start:stop], score[start:stop] = _best(proposed, scores, k)
    return index, score


@pytest.mark.parametrize("max_df", [3, 8, 20, 400])
@pytest.mark.parametrize("duplicates", [False, True])
def test_candidates_from_the_sparse_product_equal_the_dense_blocks(max_df, duplicates):
    # Rows with many rare partners (picked from the sparse product), with fewer than `candidates` (zeros tie: the
    # dense path), and copies of rows (ties at the boundary: the dense path); same neighbours, same bits.
    matrix = _topical(300, 12, seed=5)
    if duplicates:
        matrix = sparse.csr_matrix(sparse.vstack([matrix, matrix[:40], matrix[:40]]))
    kwargs = dict(k=10, candidates=30, max_df=max_df, chunk_rows=64)
    index, score = approximate_top_k(matrix, **kwargs)
    expected_index, expected_score = _approximate_on_dense_blocks(matrix, **kwargs)
    assert np.array_equal(index, expected_index)
    assert score.tobytes() == expected_score.tobytes()
