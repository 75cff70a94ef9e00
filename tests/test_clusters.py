"""Hierarchical clustering: leaf order keeps similar articles together; flat clusters; input checks."""

from __future__ import annotations

import numpy as np
import pytest

from analysis.similarity.clusters import clusters, leaf_order, tree
from analysis.similarity.tfidf import cosine_matrix, tfidf
from analysis.text import TextCorpus

# Two blocks: {0, 2, 4} close to each other, {1, 3} close to each other, blocks far apart.
BLOCKS = np.array(
    [
        [1.0, 0.1, 0.8, 0.1, 0.7],
        [0.1, 1.0, 0.1, 0.9, 0.2],
        [0.8, 0.1, 1.0, 0.1, 0.75],
        [0.1, 0.9, 0.1, 1.0, 0.1],
        [0.7, 0.2, 0.75, 0.1, 1.0],
    ]
)


def test_leaf_order_puts_each_block_side_by_side():
    order = leaf_order(BLOCKS)
    assert sorted(order) == [0, 1, 2, 3, 4]
    positions = {article: n for n, article in enumerate(order)}
    assert max(positions[i] for i in (0, 2, 4)) - min(positions[i] for i in (0, 2, 4)) == 2
    assert abs(positions[1] - positions[3]) == 1


def test_average_linkage_heights_are_mean_distances():
    linkage = tree(np.array([[1.0, 0.9, 0.1], [0.9, 1.0, 0.1], [0.1, 0.1, 1.0]]))
    assert linkage[:, 2] == pytest.approx([0.1, 0.9])


@pytest.mark.parametrize(
    ("min_similarity", "expected"),
    [(0.5, [1, 2, 1, 2, 1]), (0.95, [1, 2, 3, 4, 5]), (0.0, [1, 1, 1, 1, 1])],
    ids=["two-blocks", "all-apart", "all-together"],
)
def test_flat_clusters(min_similarity: float, expected: list[int]):
    assert clusters(BLOCKS, min_similarity=min_similarity) == expected


def test_seed_order_keeps_000_and_001_adjacent(seeds_text: TextCorpus):
    order = leaf_order(cosine_matrix(tfidf(seeds_text)))
    assert abs(order.index(0) - order.index(1)) == 1


@pytest.mark.parametrize("matrix", [np.ones((2, 3)), np.ones(3)], ids=["not-square", "one-dimensional"])
def test_tree_rejects_bad_input(matrix: np.ndarray):
    with pytest.raises(ValueError, match="square"):
        tree(matrix)


def test_one_or_no_article():
    assert leaf_order(np.ones((1, 1))) == [0] and leaf_order(np.ones((0, 0))) == []
    assert clusters(np.ones((1, 1)), min_similarity=0.5) == [1]
