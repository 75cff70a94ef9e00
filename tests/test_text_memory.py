"""The compact text record (issue 20, peak memory): stems kept as numbers, offsets as int32, same results.

Each Doc used to hold a tuple of stem strings and int64 offsets viewed into an array twice as long; now
its stems are read from the corpus' stem numbers and its offsets are a compact int32 array. These tests
check that what every analysis reads is what the plain computation gives.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from itertools import compress
from pathlib import Path

import numpy as np
import pytest

from analysis.corpus.records import Article
from analysis.similarity.tfidf import _term_counts, doc_ngrams, tfidf
from analysis.text import build, stem, stop_words, tokens_and_starts

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").rglob("*.txt"))


def _articles() -> list[Article]:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS[:5]]
    assert texts, "the seed articles are missing"
    return [Article(f"s{n}", t, language="es") for n, t in enumerate(texts)] + [
        Article("en", "The prisoners were freed on Monday, officials said.", language="en")
    ]


def test_stems_and_terms_read_from_numbers_equal_stemming_each_token():
    text = build(_articles())
    for doc in text.docs:
        stops = stop_words(doc.article.language)
        expected = tuple(stem(t, doc.article.language) for t in doc.tokens)
        assert doc.stems == expected
        content = [len(t) > 1 and t not in stops and not t.isdigit() for t in doc.tokens]
        assert doc.content.tolist() == content
        assert doc.terms == list(compress(expected, content))
        assert isinstance(doc.stems, tuple) and all(isinstance(s, str) for s in doc.stems)


def test_offsets_are_compact_int32_and_point_at_the_tokens():
    text = build(_articles())
    for doc in text.docs:
        tokens, starts = tokens_and_starts(doc.article.text)
        assert doc.starts.dtype == np.int32 and doc.starts.flags.c_contiguous
        assert doc.starts.base is None or doc.starts.base.nbytes == doc.starts.nbytes  # not a view of a wider array
        assert doc.starts.tolist() == starts.tolist()
        lowered = doc.article.text.lower()
        assert [lowered[a : a + len(t)] for a, t in zip(doc.starts.tolist(), doc.tokens)] == list(tokens)


def test_stem_codes_are_int32_views_shared_with_the_corpus():
    text = build(_articles())
    codes = text.stem_codes
    assert codes.codes.dtype == np.int32
    for n, doc in enumerate(text.docs):
        assert np.shares_memory(doc.stem_codes, codes.codes)
        assert doc.stem_codes.tolist() == codes.of(n).tolist()


@pytest.mark.parametrize("words", [60_000], ids=["more-stems-than-int32-pair-keys-allow"])
def test_bigram_keys_do_not_overflow_with_many_stems(words):
    # Above 46,341 distinct stems, first * n_stems + second passes 2**31: the int32 codes must be widened.
    letters = "bcdfghjklmnpqrstvwxz"
    vocab = [
        letters[n % 20] + letters[n // 20 % 20] + letters[n // 400 % 20] + "a" + letters[n // 8000 % 20] + "o"
        for n in range(words)
    ]
    assert len(set(vocab)) == words
    articles = [Article(f"a{n}", " ".join(vocab[n::3]), language="es") for n in range(3)]
    text = build(articles)
    assert len(text.stem_codes.stems) > 46_341
    counts, _, _ = _term_counts(text)
    model = tfidf(text)
    for row, doc in enumerate(text.docs):
        expected = Counter(doc_ngrams(doc))
        columns = counts[row].indices
        found = dict(zip(model.names(columns), counts[row].data.tolist()))
        assert found == dict(expected)


def test_a_pickled_article_keeps_no_utf8_copy_of_its_text():
    # pickle's own encoding of a str leaves a UTF-8 copy inside every non-ASCII str it writes: an article sent
    # to a worker would keep a second copy of its text for its whole life. Article pickles its text as bytes.
    import pickle
    import sys

    plain = "Caña " * 200
    before = sys.getsizeof(plain)
    pickle.dumps(plain)
    assert sys.getsizeof(plain) > before  # what Article avoids: this str now carries its UTF-8 form too
    for text in ("Las víctimas mortales en Perú " * 100, "plain ascii " * 50, "lone " + chr(0xD800) + " surrogate"):
        article = Article("a", text, source="El País", language="es", title="Título")
        size = sys.getsizeof(article.text)
        again = pickle.loads(pickle.dumps(article))
        assert again == article and type(again.text) is str
        assert sys.getsizeof(article.text) == size


def test_fold_keeps_only_accented_words_and_a_bounded_number():
    from analysis.text import FOLD_CACHE, _fold_accented, fold

    _fold_accented.cache_clear()
    assert [fold(w) for w in ("Casa", "VÍCTIMAS", "pingüino", "Casa")] == ["casa", "victimas", "pinguino", "casa"]
    info = _fold_accented.cache_info()
    assert (info.currsize, info.maxsize) == (2, FOLD_CACHE)  # the two accented words; ASCII words are not kept


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
def test_trimming_hands_back_heap_pages_freed_among_kept_blocks():
    # Blocks under the mmap threshold (here 4 KB) come from the heap; with every 16th kept, freeing the others
    # returns nothing to the system (the heap cannot shrink past the kept ones) until trimmed.
    script = """
import json
from analysis import parallel
parallel.return_freed_memory()
def rss():
    return next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmRSS")) / 1024
blocks = [bytearray(4000) for _ in range(40000)]
kept = blocks[::16]
del blocks
before = rss()
assert parallel.trim_freed_memory()
print(json.dumps(before - rss()))
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) > 60  # of about 150 MB freed among 10 MB kept
