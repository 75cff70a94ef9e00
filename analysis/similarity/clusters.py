"""Hierarchical clustering of articles by similarity: the dendrogram's leaf order for the heatmap."""

from __future__ import annotations

import numpy as np

__all__ = ["clusters", "leaf_order", "tree"]

# Optimal leaf ordering (Bar-Joseph et al. 2001) costs O(n³): only for small matrices.
OPTIMAL_ORDER_MAX = 300


def tree(similarity: np.ndarray) -> np.ndarray:
    """scipy's average-linkage (UPGMA) tree of a similarity matrix, on distances ``1 − cosine``.

    Average linkage merges the two clusters with the smallest mean pairwise
    distance (Sokal & Michener 1958). Example: with cos(a, b) = 0.9 and
    cos(a, c) = cos(b, c) = 0.1, a and b merge first at distance 0.1, then c
    joins at distance 0.9.

    Raises:
        ValueError: when the matrix is not square or has fewer than 2 articles.
    """
    # scipy's clustering is imported here, when a tree is made: it imports scipy.spatial (0.3 CPU s), which
    # commands that never draw a heatmap (figures, terms) need not pay for.
    from scipy.cluster.hierarchy import linkage
    from scipy.spatial.distance import squareform

    if similarity.ndim != 2 or similarity.shape[0] != similarity.shape[1]:
        raise ValueError(f"expected a square similarity matrix, got shape {similarity.shape}")
    if similarity.shape[0] < 2:
        raise ValueError("clustering needs at least 2 articles")
    distance = 1.0 - np.clip(similarity, 0.0, 1.0)
    distance = (distance + distance.T) / 2
    np.fill_diagonal(distance, 0.0)
    condensed = squareform(distance, checks=False)
    return linkage(condensed, method="average", optimal_ordering=len(similarity) <= OPTIMAL_ORDER_MAX)


def leaf_order(similarity: np.ndarray) -> list[int]:
    """Row indexes in dendrogram leaf order, so that similar articles sit side by side.

    >>> s = np.array([[1, .1, .9], [.1, 1, .1], [.9, .1, 1]])
    >>> leaf_order(s) in ([0, 2, 1], [2, 0, 1], [1, 0, 2], [1, 2, 0])
    True
    """
    from scipy.cluster.hierarchy import leaves_list

    if len(similarity) < 2:
        return list(range(len(similarity)))
    return [int(i) for i in leaves_list(tree(similarity))]


def clusters(similarity: np.ndarray, *, min_similarity: float) -> list[int]:
    """Flat cluster number of each article: the tree cut where average similarity drops below ``min_similarity``.

    Articles in one cluster were merged at average distance ``<= 1 − min_similarity``;
    numbers start at 1.

    >>> clusters(np.array([[1, .1, .9], [.1, 1, .1], [.9, .1, 1]]), min_similarity=0.5)
    [1, 2, 1]
    """
    from scipy.cluster.hierarchy import fcluster

    if len(similarity) < 2:
        return [1] * len(similarity)
    labels = fcluster(tree(similarity), t=1.0 - min_similarity, criterion="distance")
    # Number clusters in order of first appearance, so results read the same run after run.
    first: dict[int, int] = {}
    return [first.setdefault(int(label), len(first) + 1) for label in labels]
