"""Distinctive words between groups of articles: Fightin' Words.

The log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi &
Quinn (2008), "Fightin' Words: Lexical Feature Selection and Evaluation for
Identifying the Content of Political Conflict", *Political Analysis* 16(4),
eqs. 16, 18–20. For a word ``w``, counts ``y_a``, ``y_b`` in groups a and b of
``n_a``, ``n_b`` words, and prior ``alpha_w`` (``alpha_0`` its sum over words):

    delta_w = log((y_a + alpha_w) / (n_a + alpha_0 - y_a - alpha_w))
            - log((y_b + alpha_w) / (n_b + alpha_0 - y_b - alpha_w))
    var_w   ≈ 1 / (y_a + alpha_w) + 1 / (y_b + alpha_w)
    z_w     = delta_w / sqrt(var_w)

The prior is the whole corpus' counts, ``alpha_w = prior_scale * y_w(corpus)``:
words frequent everywhere are shrunk towards no difference, and the z-score
accounts for how much evidence there is, so rare words do not top the list by
chance. Positive delta: more typical of group a. Words are the pipeline's
content stems (``Doc.terms``) shown as their most frequent surface form.

Worked example: two words, a = [3, 1], b = [1, 3], corpus [4, 4] = alpha,
alpha_0 = 8, n_a = n_b = 4. For word 0: log(7 / 5) - log(5 / 7) = 0.673,
var = 1/7 + 1/5 = 0.343, z = 0.673 / 0.586 = 1.149.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import numpy as np
import pandas as pd
import scipy.sparse as sp

from analysis.text import TextCorpus

__all__ = ["TermMatrix", "compare_groups", "fightin_words", "source_vs_rest", "term_matrix", "top_words"]

COLUMNS = ["group", "word", "stem", "count_a", "count_b", "delta", "variance", "z"]


@dataclass(frozen=True, eq=False)
class TermMatrix:
    """Content-stem counts of every article: ``counts[i, j]`` is stem ``stems[j]`` in article ``articles[i]``."""

    counts: sp.csr_matrix
    stems: np.ndarray
    articles: tuple[str, ...]
    sources: tuple[str, ...]
    words: np.ndarray  # the stems as surface words, aligned with ``stems``


def term_matrix(text: TextCorpus) -> TermMatrix:
    """Count every content stem of every article once: what ``CountVectorizer(analyzer=Doc.terms)`` gives
    (same counts, stems in the same alphabetical order), built from the pipeline's stem numbers with numpy
    instead of counting strings in a Python loop."""
    if not text.docs or not any(d.content.any() for d in text.docs):
        return TermMatrix(
            sp.csr_matrix((len(text.docs), 0), dtype=np.int64),
            np.array([], dtype=object),
            tuple(d.id for d in text.docs),
            tuple(d.article.source for d in text.docs),
            np.array([], dtype=object),
        )
    codes = text.stem_codes
    terms, ends = text.content_terms
    used = np.flatnonzero(np.bincount(terms, minlength=len(codes.stems)))  # np.unique's, without sorting every term
    # Sorted as Python strings: a fixed-width string array (astype(str)) would be as wide as the longest stem.
    names = codes.stems[used].tolist()
    order = np.asarray(sorted(range(len(names)), key=names.__getitem__), dtype=np.int64)
    stems = codes.stems[used[order]]
    column = np.zeros(len(codes.stems), dtype=np.int64)
    column[used[order]] = np.arange(len(used))
    counts = sp.csr_matrix(
        (np.ones(len(terms), dtype=np.int64), column[terms], ends), shape=(len(text.docs), len(used))
    )
    counts.sum_duplicates()
    # TextCorpus.word of each stem: a stem is one token (no space), so its surface word, looked up directly.
    surface = text.surface
    words = np.array([surface.get(s, s) if " " not in s else text.word(s) for s in stems.tolist()], dtype=object)
    return TermMatrix(counts, stems, tuple(d.id for d in text.docs), tuple(d.article.source for d in text.docs), words)


def fightin_words(
    counts_a: np.ndarray, counts_b: np.ndarray, prior: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(delta, variance, z) per word; arrays may be 2-D (one row per comparison) and broadcast.

    ``prior`` is ``alpha_w`` (see the module docstring for the formula).

    >>> d, v, z = fightin_words(np.array([3., 1.]), np.array([1., 3.]), np.array([4., 4.]))
    >>> [round(float(x), 3) for x in (d[0], v[0], z[0])]
    [0.673, 0.343, 1.149]
    """
    a = np.asarray(counts_a, dtype=float)
    b = np.asarray(counts_b, dtype=float)
    alpha = np.asarray(prior, dtype=float)
    alpha0 = alpha.sum(axis=-1, keepdims=True)
    n_a = a.sum(axis=-1, keepdims=True)
    n_b = b.sum(axis=-1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = (
            np.log(a + alpha) - np.log(n_a + alpha0 - a - alpha) - np.log(b + alpha) + np.log(n_b + alpha0 - b - alpha)
        )
        variance = 1.0 / (a + alpha) + 1.0 / (b + alpha)
        z = delta / np.sqrt(variance)
    return delta, variance, z


def _table(
    matrix: TermMatrix, groups: list[str], a: np.ndarray, b: np.ndarray, *, prior_scale: float, top: int | None = None
) -> pd.DataFrame:
    corpus = np.asarray(matrix.counts.sum(axis=0)).ravel().astype(float)
    keep = np.flatnonzero(corpus > 0)
    delta, variance, z = fightin_words(a[:, keep], b[:, keep], prior_scale * corpus[keep])
    k, v = delta.shape
    if top is None:
        rows, cells = np.repeat(np.arange(k), v), np.tile(np.arange(v), k)
    else:
        # What top_words keeps, without a row per group × word: each group's words by z (highest first, ties
        # in word order), the first ``top`` and the last ``top``, in that order.
        rows, cells = _top_cells(z, top)
    columns = keep[cells]
    return pd.DataFrame(
        {
            "group": np.asarray(groups, dtype=object)[rows],
            "word": matrix.words[columns],
            "stem": matrix.stems[columns],
            "count_a": a[rows, columns].astype(int),
            "count_b": b[rows, columns].astype(int),
            "delta": delta[rows, cells],
            "variance": variance[rows, cells],
            "z": z[rows, cells],
        },
        columns=COLUMNS,
    )


def _top_cells(z: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """(row, column) of each row's ``n`` highest and ``n`` lowest z, rows in order, each highest z first.

    A row's full order is z descending (NaN last), ties in column order; its first ``n`` and its last ``n`` (not
    repeating the first) are kept. Only the entries that can be among them are sorted: those at least as high
    as the ``n``-th highest (``np.partition``), and those at most as high as the first of the last ``n``; the
    same cells as sorting the whole row (:func:`_top_cells_sorted`, which a test compares it with), a tenth of
    the time at 2,000 articles (50,000 words a row).

    >>> rows, cells = _top_cells(np.array([[0.5, 2.0, -1.0, 2.0, 0.0]]), 2)
    >>> rows.tolist(), cells.tolist()
    ([0, 0, 0, 0], [1, 3, 4, 2])
    """
    rows, cells = [], []
    v = z.shape[1]
    first, last = min(n, v), max(n, v - n)  # the row's full order: positions [0, first) and [last, v)
    for row in range(z.shape[0]):
        key = -z[row]
        if np.isnan(key).any():  # NaN sorts last, but "<=" and ">=" below would not find it
            chosen = _top_cells_sorted(z[row : row + 1], n)[1]
        else:
            parts = []
            if first > 0:
                high = (key <= np.partition(key, first - 1)[first - 1]).nonzero()[0]  # ascending columns
                parts.append(high[np.lexsort((high, key[high]))][:first])
            if last < v:
                low = (key >= np.partition(key, last)[last]).nonzero()[0]
                parts.append(low[np.lexsort((low, key[low]))][len(low) - (v - last) :])
            chosen = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
        rows.append(np.full(len(chosen), row))
        cells.append(chosen)
    empty = np.zeros(0, dtype=np.int64)
    return (np.concatenate(rows) if rows else empty), (np.concatenate(cells) if cells else empty)


def _top_cells_sorted(z: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_top_cells` by sorting each whole row (the reference it is tested against)."""
    rows, cells = [], []
    v = z.shape[1]
    for row in range(z.shape[0]):
        order = np.lexsort((np.arange(v), -z[row]))  # z descending (NaN last), ties in column order
        chosen = np.concatenate([order[:n], order[max(n, v - n) :]])
        rows.append(np.full(len(chosen), row))
        cells.append(chosen)
    empty = np.zeros(0, dtype=np.int64)
    return (np.concatenate(rows) if rows else empty), (np.concatenate(cells) if cells else empty)


def _rows(matrix: TermMatrix, ids: Collection[str], what: str) -> np.ndarray:
    index = {a: i for i, a in enumerate(matrix.articles)}
    unknown = [i for i in ids if i not in index]
    if unknown:
        raise ValueError(f"{what}: unknown article id(s) {', '.join(sorted(unknown)[:5])}")
    if not ids:
        raise ValueError(f"{what}: no article chosen")
    return np.array(sorted({index[i] for i in ids}), dtype=int)


def compare_groups(
    matrix: TermMatrix,
    group_a: Collection[str],
    group_b: Collection[str] | None = None,
    *,
    label: str = "A",
    prior_scale: float = 1.0,
    top: int | None = None,
) -> pd.DataFrame:
    """Fightin' Words of articles ``group_a`` against ``group_b`` (default: all other articles).

    Columns: group (``label``), word, stem, count_a, count_b, delta, variance, z; one
    row per content stem of the corpus, or with ``top`` only the rows
    ``top_words(table, n=top)`` keeps (built without the others). Raises
    ValueError on unknown, empty or overlapping groups.
    """
    rows_a = _rows(matrix, group_a, "group A")
    if group_b is None:
        rows_b = np.setdiff1d(np.arange(len(matrix.articles)), rows_a)
        if not len(rows_b):
            raise ValueError("group B: every article is in group A; nothing to compare against")
    else:
        rows_b = _rows(matrix, group_b, "group B")
        shared = np.intersect1d(rows_a, rows_b)
        if len(shared):
            raise ValueError(f"groups A and B share {len(shared)} article(s), e.g. {matrix.articles[shared[0]]}")
    a = np.asarray(matrix.counts[rows_a].sum(axis=0), dtype=float)
    b = np.asarray(matrix.counts[rows_b].sum(axis=0), dtype=float)
    return _table(matrix, [label], a, b, prior_scale=prior_scale, top=top)


def source_vs_rest(matrix: TermMatrix, *, prior_scale: float = 1.0, top: int | None = None) -> pd.DataFrame:
    """Fightin' Words of each source against all other sources at once (same columns; group = source).

    One sparse product gives every source's counts; the rest is the corpus minus them.
    Empty when there are fewer than two sources. ``top`` as in :func:`compare_groups`.
    """
    names, codes = np.unique(np.array(matrix.sources, dtype=object), return_inverse=True)
    if len(names) < 2:
        return pd.DataFrame(columns=COLUMNS)
    membership = sp.csr_matrix((np.ones(len(codes)), (codes, np.arange(len(codes)))), shape=(len(names), len(codes)))
    by_source = (membership @ matrix.counts).toarray().astype(float)
    rest = by_source.sum(axis=0, keepdims=True) - by_source
    return _table(matrix, [str(n) for n in names], by_source, rest, prior_scale=prior_scale, top=top)


def top_words(table: pd.DataFrame, *, n: int = 15) -> pd.DataFrame:
    """Per group, the ``n`` words with the highest z and the ``n`` with the lowest (same columns)."""
    if table.empty:
        return table
    ranked = table.sort_values(["group", "z"], ascending=[True, False], kind="stable")
    grouped = ranked.groupby("group", sort=False)
    head, tail = grouped.head(n), grouped.tail(n)
    both = pd.concat([head, tail[~tail.index.isin(head.index)]])
    return both.sort_values(["group", "z"], ascending=[True, False], kind="stable").reset_index(drop=True)
