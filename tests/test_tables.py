"""Tables as a reader works with them (analysis/present/tables.py): the closest pairs the filters keep, on a
synthetic corpus with planted reused passages."""

from __future__ import annotations

import pytest

from analysis.bench.synthetic import generate
from analysis.present.tables import chosen_pairs
from analysis.similarity.compare import analyse, describe_pairs
from analysis.similarity.tfidf import similar_pairs
from analysis.text import build


@pytest.fixture(scope="module")
def compared():
    corpus = generate(40, seed=3)
    text = build(corpus.articles)
    comparison = analyse(text)
    pairs = similar_pairs(comparison.model, threshold=0.0, matrix=comparison.matrix, neighbours=comparison.neighbours)
    sources = {a.id: a.source for a in corpus.articles}
    return comparison, text, pairs, sources


def test_without_filters_the_first_pairs_are_the_most_similar(compared):
    comparison, text, pairs, sources = compared
    found = chosen_pairs(comparison, text, pairs, sources, limit=5)
    assert [(p.a, p.b) for p in found] == [(p.a, p.b) for p in describe_pairs(comparison, text, pairs.head(5))]
    assert [p.score for p in found] == sorted((p.score for p in found), reverse=True)


def test_outlet_and_across_filters(compared):
    comparison, text, pairs, sources = compared
    outlet = sorted(set(sources.values()))[0]
    one = chosen_pairs(comparison, text, pairs, sources, outlets=[outlet], limit=10)
    assert one and all(outlet in (sources[p.a], sources[p.b]) for p in one)
    across = chosen_pairs(comparison, text, pairs, sources, across=True, limit=10)
    assert across and all(sources[p.a] != sources[p.b] for p in across)
    assert chosen_pairs(comparison, text, pairs, sources, outlets=["no such outlet"], limit=10) == ()


@pytest.mark.parametrize("limit", [1, 3, 50], ids=["one", "a few", "more-than-there-are"])
def test_shared_keeps_only_pairs_with_a_verified_passage_up_to_the_limit(compared, limit):
    comparison, text, pairs, sources = compared
    every = [p for p in describe_pairs(comparison, text, pairs) if p.reuse.passages]
    assert len(every) >= 3  # the corpus plants reused passages
    found = chosen_pairs(comparison, text, pairs, sources, shared=True, limit=limit)
    assert [(p.a, p.b) for p in found] == [(p.a, p.b) for p in every[:limit]]
