"""Verifying candidate pairs in batches (passage_batch.find_shared_batch) finds, pair by pair, what find_shared finds.

The reference is ``find_shared`` of each pair (passage_verify.py, one pair's arrays at a time); the batch must give
equal Reuse records (passages, spans, texts, scores and shares) on every candidate pair, and on pairs that share
nothing, an article without sentences, and batches cut anywhere.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from analysis.bench.synthetic import generate
from analysis.config import override
from analysis.corpus.records import Article
from analysis.similarity import passages as passages_module
from analysis.similarity.passage_batch import Unsupported, find_shared_batch
from analysis.similarity.passage_verify import find_shared
from analysis.similarity.passages import build_index, candidate_pairs, corpus_reuse, shared_passages
from analysis.text import TextCorpus, build

COPIED = (
    "El ministro de Economía anunció este martes un paquete de medidas para contener la inflación de los alimentos. "
    "Según el comunicado oficial, las medidas incluyen un congelamiento temporal de los precios durante seis meses."
)


@pytest.fixture(scope="module")
def synthetic_index():
    return build_index(build(list(generate(300, seed=3).articles)))


def every_pair(index) -> tuple[list[int], list[int]]:
    n = len(index)
    pairs = [(i, j) for i in range(n) for j in range(n) if i != j]
    return [i for i, _ in pairs], [j for _, j in pairs]


def test_every_candidate_pair_of_a_synthetic_corpus(synthetic_index):
    candidates = candidate_pairs(synthetic_index)
    rows_a, rows_b = candidates["i"].tolist(), candidates["j"].tolist()
    assert len(rows_a) > 50
    batch = find_shared_batch(synthetic_index, rows_a, rows_b)
    assert batch == [find_shared(synthetic_index, a, b) for a, b in zip(rows_a, rows_b)]
    assert sum(bool(r.passages) for r in batch) > 20


def test_pairs_in_both_orders_and_pairs_sharing_nothing(seeds_text: TextCorpus):
    index = build_index(seeds_text)
    rows_a, rows_b = every_pair(index)
    batch = find_shared_batch(index, rows_a, rows_b)
    assert batch == [find_shared(index, a, b) for a, b in zip(rows_a, rows_b)]
    assert any(r.passages for r in batch) and any(not r.passages for r in batch)


def test_an_article_without_sentences_and_an_empty_batch():
    articles = [Article("a", COPIED), Article("vacío", ""), Article("b", "Otra cosa. " + COPIED), Article("c", "…")]
    index = build_index(build(articles))
    rows_a, rows_b = every_pair(index)
    assert find_shared_batch(index, rows_a, rows_b) == [find_shared(index, a, b) for a, b in zip(rows_a, rows_b)]
    assert find_shared_batch(index, [], []) == []


def test_corpus_reuse_cut_into_small_batches_is_the_same(synthetic_index, monkeypatch):
    whole = corpus_reuse(synthetic_index)
    monkeypatch.setattr(passages_module, "BATCH_WORDS", 3000)
    assert corpus_reuse(synthetic_index) == whole
    candidates = candidate_pairs(synthetic_index)
    reference = [shared_passages(synthetic_index, a, b) for a, b in zip(candidates["i"], candidates["j"])]
    assert whole == [r for r in reference if r.passages]


@pytest.mark.parametrize(
    "changed",
    [
        {"min_link_shingles": 1},
        {"min_link_shingles": 4},
        {"min_run_words": 0, "min_score": 0.0},
        {"min_run_words": 40},
        {"min_score": 0.9},
    ],
    ids=["link-1", "link-4", "no-gates", "run-40", "score-0.9"],
)
def test_other_thresholds(synthetic_index, changed):
    candidates = candidate_pairs(synthetic_index)
    rows_a, rows_b = candidates["i"].tolist(), candidates["j"].tolist()
    with override(passages=changed):
        batch = find_shared_batch(synthetic_index, rows_a, rows_b)
        assert batch == [find_shared(synthetic_index, a, b) for a, b in zip(rows_a, rows_b)]


def test_an_index_without_repeated_shingles_is_verified_pair_by_pair(synthetic_index):
    bare = replace(synthetic_index, repeated=None)
    with pytest.raises(Unsupported):
        find_shared_batch(bare, [0], [1])
    assert corpus_reuse(bare) == corpus_reuse(synthetic_index)


def test_a_failing_batch_is_verified_pair_by_pair_and_a_failing_pair_is_a_problem(synthetic_index, monkeypatch):
    whole = corpus_reuse(synthetic_index)
    bad = whole[0]

    def failing(index, a, b):
        if (index.ids[a], index.ids[b]) == (bad.a, bad.b):
            raise RuntimeError("boom on purpose")
        return find_shared(index, a, b)

    def batch_failing(*args):
        raise RuntimeError("batch boom")

    monkeypatch.setattr(passages_module, "find_shared_batch", batch_failing)
    monkeypatch.setattr(passages_module, "find_shared", failing)
    before = len(list(synthetic_index.log))
    assert corpus_reuse(synthetic_index) == whole[1:]
    problems = list(synthetic_index.log)[before:]
    assert len(problems) == 1 and bad.a in problems[0].file and "boom on purpose" in problems[0].reason


@pytest.mark.parametrize("run", [1 << 20, 50, 1], ids=["one-run", "runs-of-50-tokens", "one-article-runs"])
def test_sentence_numbers_of_a_corpus_are_each_docs(seeds_text: TextCorpus, monkeypatch, run):
    """documents.sentence_numbers (the index's, a run of articles at a time) equals Doc.sentence_numbers."""
    import numpy as np

    from analysis.text import documents

    monkeypatch.setattr(documents, "_NUMBER_RUN", run)
    extra = [Article("vacío", ""), Article("sin punto", "palabras sin punto final"), Article("c", "  " + COPIED)]
    docs = list(seeds_text.docs) + list(build(extra).docs) + list(build(list(generate(20, seed=5).articles)).docs)
    found = documents.sentence_numbers(docs)
    assert len(found) == len(docs)
    for doc, numbers in zip(docs, found):
        assert numbers.dtype == np.int32 and numbers.tolist() == doc.sentence_numbers(np.int32).tolist()
