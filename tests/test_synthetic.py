"""The synthetic benchmark corpus: deterministic, Spanish, a growing vocabulary, planted passages."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from analysis.bench.synthetic import SyntheticCorpus, generate, parameters
from analysis.corpus.language import detect_language
from analysis.corpus.loading import load_path
from analysis.text import stop_words, tokenize


@pytest.fixture(scope="module")
def corpus() -> SyntheticCorpus:
    return generate(200, seed=11)


def test_same_seed_same_corpus_other_seed_other_corpus(corpus):
    again = generate(200, seed=11)
    assert again == corpus
    other = generate(200, seed=12)
    assert [a.text for a in other.articles] != [a.text for a in corpus.articles]


@pytest.mark.parametrize("n", [1, 2, 3], ids=["one", "two", "three"])
def test_tiny_corpora(n):
    small = generate(n, seed=1)
    assert len(small) == n and all(a.text for a in small.articles)
    assert len(small.planted) == round(parameters()["reuse_pair_share"] * (n // 2))


def test_rejects_empty_corpus():
    with pytest.raises(ValueError, match="at least 1"):
        generate(0)


def test_articles_are_about_500_words_of_spanish(corpus):
    words = [len(tokenize(a.text)) for a in corpus.articles]
    p = parameters()
    assert p["words_min"] <= min(words) and max(words) <= p["words_max"] + 120  # the last sentence may overshoot
    assert 450 <= sum(words) / len(words) <= 600
    assert {a.language for a in corpus.articles} == {"es"}
    assert [detect_language(a.text) for a in corpus.articles[:10]] == ["es"] * 10
    # Stop words and punctuation come from the real templates.
    common = [w for w, _ in Counter(t for a in corpus.articles for t in tokenize(a.text)).most_common(10)]
    assert set(common) <= stop_words("es")


def test_vocabulary_grows_with_the_corpus(corpus, seeds):
    seeds_vocabulary = len({t for a in seeds.articles for t in tokenize(a.text)})
    smaller = generate(50, seed=11).distinct_words
    assert smaller < corpus.distinct_words < generate(800, seed=11).distinct_words
    # Resampling the seeds could never pass their own vocabulary; this corpus does, many times over.
    assert corpus.distinct_words > 5 * seeds_vocabulary


def test_numbers_names_and_dates_vary(corpus, seeds):
    def numbers(articles):
        return {t for a in articles for t in tokenize(a.text) if t.isdigit()}

    assert len(numbers(corpus.articles)) > 5 * len(numbers(seeds.articles))
    months = Counter(m.group(1) for a in corpus.articles for m in re.finditer(r"\d+ de (\w+)", a.text))
    assert len(months) >= 10
    dates = {a.date for a in corpus.articles}
    # Events (topics) each cover about a week of the year.
    assert len(dates) > 40 and all(dt.date(2025, 1, 1) <= d <= dt.date(2026, 1, 10) for d in dates)
    sources = Counter(a.source for a in corpus.articles)
    assert len(sources) == 20


def test_planted_passages_are_in_both_articles(corpus):
    by_id = {a.id: a for a in corpus.articles}
    assert len(corpus.planted) == 20  # 20% of 100 random pairs
    seen: set[str] = set()
    for planted in corpus.planted:
        source, target = by_id[planted.source], by_id[planted.target]
        assert planted.text in source.text and planted.text in target.text
        assert len(tokenize(planted.text)) >= 10 and "\n" not in planted.text
        assert source.date <= target.date  # the copy comes after its source
        assert not {planted.source, planted.target} & seen  # pairs are disjoint
        seen |= {planted.source, planted.target}


def test_unplanted_pairs_share_no_long_passage(corpus):
    """A planted passage is found only in its two articles, so reuse recall and precision mean something."""
    for planted in corpus.planted:
        holders = {a.id for a in corpus.articles if planted.text in a.text}
        assert holders == {planted.source, planted.target}


def test_jsonl_round_trip_detects_language(tmp_path):
    path = generate(20, seed=4).write_jsonl(tmp_path / "articles.jsonl")
    loaded = load_path(path)
    original = generate(20, seed=4)
    assert [(a.id, a.source, a.date, a.text) for a in loaded.articles] == [
        (a.id, a.source, a.date, a.text) for a in original.articles
    ]
    assert {a.language for a in loaded.articles} == {"es"} and not loaded.problems
