"""Pairs with terms and passages: the seeds' ranking, the JSON contract, the large-corpus path."""

from __future__ import annotations

import pytest

from analysis.similarity.compare import (
    analyse,
    close_pairs,
    comparison_json,
    heatmap_view,
    pair,
    pairs_table,
    passages_table,
)
from analysis.text import TextCorpus

PAIR_KEYS = {"a", "b", "score", "top_terms", "shared_passages", "a_reused_share", "b_reused_share"}


def test_close_pairs_on_seeds(seeds_text: TextCorpus):
    comparison = analyse(seeds_text)
    pairs = close_pairs(comparison, seeds_text, threshold=0.0)
    assert len(pairs) == 10
    assert [p.score for p in pairs] == sorted((p.score for p in pairs), reverse=True)
    assert (pairs[0].a[:3], pairs[0].b[:3]) == ("000", "001") and len(pairs[0].reuse.passages) == 3
    assert all(p.reuse.passages == () for p in pairs[1:])
    assert len(close_pairs(comparison, seeds_text, threshold=0.2)) == 1
    assert len(close_pairs(comparison, seeds_text, threshold=0.0, limit=4)) == 4
    with pytest.raises(ValueError, match="between 0 and 1"):
        close_pairs(comparison, seeds_text, threshold=1.5)


def test_json_contract(seeds_text: TextCorpus):
    comparison = analyse(seeds_text)
    data = comparison_json(comparison, close_pairs(comparison, seeds_text, threshold=0.1))
    assert list(data) == ["ids", "matrix", "pairs"]
    assert data["ids"] == list(seeds_text_ids(seeds_text))
    assert len(data["matrix"]) == 5 and all(len(row) == 5 for row in data["matrix"])
    first = data["pairs"][0]
    assert set(first) == PAIR_KEYS
    assert set(first["top_terms"][0]) == {"term", "weight"}
    assert set(first["shared_passages"][0]) == {"a_text", "b_text", "score"}
    assert [p["score"] for p in data["pairs"]] == sorted((p["score"] for p in data["pairs"]), reverse=True)
    assert all(p["score"] >= 0.1 for p in data["pairs"])


def seeds_text_ids(text: TextCorpus) -> list[str]:
    return [d.id for d in text.docs]


def test_matrix_omitted_above_the_dense_threshold(seeds_text: TextCorpus, settings_override):
    settings_override(similarity={"dense_max_articles": 4})
    comparison = analyse(seeds_text)
    assert comparison.matrix is None and comparison.neighbours is not None
    data = comparison_json(comparison, close_pairs(comparison, seeds_text, threshold=0.2))
    assert list(data) == ["ids", "pairs"]
    assert [(p["a"][:3], p["b"][:3]) for p in data["pairs"]] == [("000", "001")]
    ids, matrix = heatmap_view(comparison)
    assert sorted(ids) == seeds_text_ids(seeds_text) and matrix.shape == (5, 5)


def test_any_pair_in_either_order(seeds_text: TextCorpus):
    comparison = analyse(seeds_text)
    forward, backward = pair(comparison, seeds_text, 0, 1), pair(comparison, seeds_text, 1, 0)
    assert forward.score == pytest.approx(backward.score) and forward.a == backward.b
    assert [p.a_text for p in forward.reuse.passages] == [p.b_text for p in backward.reuse.passages]
    assert len(passages_table(forward)) == 3 and list(passages_table(forward)["passage"]) == [1, 2, 3]
    with pytest.raises(ValueError, match="two different"):
        pair(comparison, seeds_text, 2, 2)


def test_heatmap_view_is_in_leaf_order(seeds_text: TextCorpus):
    ids, matrix = heatmap_view(analyse(seeds_text))
    assert abs([i[:3] for i in ids].index("000") - [i[:3] for i in ids].index("001")) == 1
    assert matrix[ids.index(ids[0]), ids.index(ids[0])] == 1.0


def test_pairs_table_columns(seeds_text: TextCorpus):
    comparison = analyse(seeds_text)
    table = pairs_table(close_pairs(comparison, seeds_text, threshold=0.2))
    assert list(table.columns) == ["a", "b", "score", "top_terms", "passages", "a_reused_share", "b_reused_share"]
    assert "canciller" in table.loc[0, "top_terms"]
