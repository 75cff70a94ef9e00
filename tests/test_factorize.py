"""``tfidf.factorize`` numbers values as ``pandas.factorize`` does, with or without pandas (small inputs)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.similarity import tfidf


@pytest.mark.parametrize("size", [0, 1, 7, 1_000, 50_000])
def test_small_inputs_are_numbered_as_pandas_numbers_them(size: int) -> None:
    rng = np.random.default_rng(size)
    numbers = rng.integers(0, max(size // 3, 1), size=size)
    words = np.array([f"w{n}" for n in rng.integers(0, max(size // 5, 1), size=size)], dtype=object)
    for values in (numbers, words):
        codes, uniques = tfidf.factorize(values)
        want_codes, want_uniques = pd.factorize(values)
        assert codes.tolist() == want_codes.tolist()
        assert list(uniques) == list(want_uniques)


def test_large_inputs_go_through_pandas_with_the_same_result() -> None:
    values = np.random.default_rng(3).integers(0, 1_000, size=tfidf.SMALL_FACTORIZE + 5)
    codes, uniques = tfidf.factorize(values)
    small_codes, small_uniques = tfidf.factorize(values[: tfidf.SMALL_FACTORIZE - 1])
    assert codes[: tfidf.SMALL_FACTORIZE - 1].tolist() == small_codes.tolist()
    assert uniques[: len(small_uniques)].tolist() == small_uniques.tolist()
    assert codes.tolist() == pd.factorize(values)[0].tolist()
