"""Time similarity + shared passages on the seeds and on a synthetic corpus resampled from their sentences.

Usage: python -m bench.similarity [N_ARTICLES]   (default 2000)

The synthetic corpus: each article is ~500 words of seed sentences with their
words shuffled (one topic, shared vocabulary, no shared wording), and one in
five copies 3-8 sentences verbatim from an earlier article, at random places.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from analysis.compare import analyse, close_pairs
from analysis.corpus import Article, load_path
from analysis.passages import build_index, candidate_pairs, corpus_reuse
from analysis.similarity import PAIR_THRESHOLD, nearest_neighbours, tfidf
from analysis.text import build

ROOT = Path(__file__).resolve().parent.parent
REUSE_SHARE = 0.2  # articles that copy sentences from an earlier one
LISTED = 0.5  # cosine threshold of the pairs listed (the synthetic articles all share one topic)


def synthetic(n: int, *, seed: int = 0) -> list[Article]:
    rng = random.Random(seed)
    seeds = load_path(ROOT / "seeds").articles
    sentences = [a.text[s:e] for a in seeds for s, e in build([a]).docs[0].sentences]
    articles: list[list[str]] = []
    for k in range(n):
        # ~500 words: seed sentences with their words shuffled, so articles share vocabulary but not wording.
        chosen = []
        while sum(len(c.split()) for c in chosen) < 500:
            words = rng.choice(sentences).split()
            rng.shuffle(words)
            chosen.append(" ".join(words))
        if k and rng.random() < REUSE_SHARE:
            # Wire copy: 3-8 sentences of an earlier article, verbatim, inserted at random places.
            source = articles[rng.randrange(k)]
            for sentence in rng.sample(source, min(len(source), rng.randint(3, 8))):
                chosen.insert(rng.randrange(len(chosen) + 1), sentence)
        articles.append(chosen)
    return [Article(f"s{k:05d}", " ".join(chosen), language="es") for k, chosen in enumerate(articles)]


def timed(label: str, fn):
    start = time.perf_counter()
    result = fn()
    print(f"  {label:<42} {time.perf_counter() - start:8.3f} s")
    return result


def baseline(articles: list[Article]) -> None:
    """The reference: bare scikit-learn TF-IDF on raw text, then each article's top-10 cosines."""
    x = TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2)).fit_transform([a.text for a in articles])
    for start in range(0, x.shape[0], 500):
        block = cosine_similarity(x[start : start + 500], x)
        np.argpartition(-block, min(10, x.shape[0] - 1), axis=1)


def run(articles: list[Article], name: str, threshold: float) -> None:
    words = sum(a.words for a in articles)
    print(f"{name}: {len(articles)} articles, {words:,} words")
    timed("baseline: bare TfidfVectorizer + top-10", lambda: baseline(articles))
    text = timed("text pipeline (build)", lambda: build(articles))
    start = time.perf_counter()
    comparison = timed("analyse (tfidf + matrix + index + candidates)", lambda: analyse(text))
    pairs = timed(
        f"close_pairs(threshold={threshold}) with terms+passages",
        lambda: close_pairs(comparison, text, threshold=threshold),
    )
    print(f"  {'similarity + passages total':<42} {time.perf_counter() - start:8.3f} s  ({len(pairs)} pairs)")
    model = timed("tfidf alone", lambda: tfidf(text))
    timed("top-10 neighbours (chunked)", lambda: nearest_neighbours(model, k=10))
    start = time.perf_counter()
    index = timed("shingle index", lambda: build_index(text))
    candidates = timed("candidate pairs", lambda: candidate_pairs(index))
    found = timed("corpus_reuse (candidates verified)", lambda: corpus_reuse(index))
    seconds = time.perf_counter() - start
    print(
        f"  passage detection: {len(candidates):,} candidate pairs, {len(found):,} with passages, "
        f"{len(articles) / seconds:,.0f} articles/s"
    )


if __name__ == "__main__":
    run(list(load_path(ROOT / "seeds").articles), "seeds", PAIR_THRESHOLD)
    run(synthetic(int(sys.argv[1]) if len(sys.argv) > 1 else 2000), "synthetic", LISTED)
