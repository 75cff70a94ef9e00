"""Shared passages: sentences one article reuses verbatim or nearly so from another (wire copy, press releases).

The method follows passim (Smith, Cordell & Mullen 2015, "Computational methods
for uncovering reprinted texts in antebellum American newspapers"): an index of
hashed word n-gram *shingles* proposes candidate article pairs and candidate
sentence pairs, which are then verified.

1. Each article is its sequence of word stems (stop words included, so "de la"
   matters; stems make "recibió"/"recibio" and "Vladímir"/"Vladimir" equal).
   Every run of ``shingle_size`` words is hashed to one 64-bit integer.
2. A sparse article × shingle matrix, without boilerplate shingles (found in
   too many articles), gives by one sparse product the pairs sharing at least
   ``min_shared_shingles`` shingles: the candidate article pairs.
3. Within a pair, each shared shingle links the sentence it sits in on both
   sides; sentences linked by ``min_link_shingles`` or more shingles are
   candidate sentence pairs, and linked groups (one sentence may have been split
   in two) form candidate passages. Order does not matter, so sentences may be
   inserted, dropped or moved.
4. A candidate is a shared passage when at least ``min_run_words`` of its words
   on each side (or all of the shorter side) lie in shared shingles, and such
   words make at least ``min_score`` of it (thresholds in settings/similarity.yaml).
   Every step is a numpy operation on one pair's arrays: no word-by-word
   alignment (difflib costs milliseconds on long sentences), no all-pairs loop.
5. Passages that continue each other on both sides within a paragraph are
   joined, so that one copied paragraph counts as one passage.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy import sparse

from analysis.config import settings
from analysis.corpus.records import ProblemLog, failure
from analysis.text import TextCorpus

__all__ = [
    "Passage",
    "Reuse",
    "ShingleIndex",
    "build_index",
    "candidate_pairs",
    "corpus_reuse",
    "shared_passages",
]

# Thresholds are read from ``settings().passages`` when a function is called
# (analysis/settings/similarity.yaml), so ``config.override`` reaches them.
# The stage named in the problems of article pairs whose passages could not be compared.
STAGE = "passages"
# Odd 64-bit multiplier of the polynomial shingle hash (arithmetic wraps modulo 2**64).
HASH_BASE = np.uint64(0x9E3779B97F4A7C15)
# Shingles are counted in 2 ** HASH_GROUP_BITS groups (by their hash's top bits), to bound transient memory.
HASH_GROUP_BITS = 3
ELLIPSIS = " … "


@dataclass(frozen=True)
class Passage:
    """A passage of article a reused in article b: the sentences on each side and how alike they are.

    ``a_spans``/``b_spans`` are character spans of the sentences in each
    article's text; ``score`` is the share of their words repeated on the other side.
    """

    a_spans: tuple[tuple[int, int], ...]
    b_spans: tuple[tuple[int, int], ...]
    a_text: str
    b_text: str
    score: float


@dataclass(frozen=True)
class Reuse:
    """What two articles share: the passages, and each article's share of words reused from the other."""

    a: str
    b: str
    passages: tuple[Passage, ...]
    a_reused_share: float
    b_reused_share: float


@dataclass(frozen=True, eq=False)
class ShingleIndex:
    """Hashed word shingles of every article, and what is needed to verify candidate pairs.

    Per article ``n``: ``codes[n]`` the integer id of each word's stem,
    ``hashes[n][p]`` the hash of the shingle starting at word ``p``,
    ``token_sentence[n]`` each word's sentence number, ``sentences[n]`` the
    sentences' character spans. ``matrix`` is the binary article × shingle
    matrix of the shingles that can propose candidates (in 2 to max-df articles).
    """

    ids: tuple[str, ...]
    texts: tuple[str, ...]
    codes: tuple[np.ndarray, ...]
    hashes: tuple[np.ndarray, ...]
    token_sentence: tuple[np.ndarray, ...]
    sentences: tuple[tuple[tuple[int, int], ...], ...]
    matrix: sparse.csr_matrix
    shingle_size: int
    log: ProblemLog = field(default_factory=ProblemLog)

    def __len__(self) -> int:
        return len(self.ids)

    def position(self, article_id: str) -> int:
        """Row of an article id (ValueError naming it when absent)."""
        try:
            return self.ids.index(article_id)
        except ValueError:
            raise ValueError(f"no article with id {article_id!r} in the corpus") from None


def shingle_hashes(codes: np.ndarray, k: int) -> np.ndarray:
    """Polynomial hash (mod 2**64) of every run of ``k`` consecutive codes; empty when fewer."""
    if len(codes) < k:
        return np.zeros(0, dtype=np.uint64)
    shifted = codes.astype(np.uint64)
    shifted += np.uint64(1)
    windows = np.lib.stride_tricks.sliding_window_view(shifted, k)
    hashes = np.zeros(len(windows), dtype=np.uint64)
    for m in range(k):  # in place: one array of hashes, not three, on a whole corpus' codes
        hashes *= HASH_BASE
        hashes += windows[:, m]
    return hashes


def build_index(text: TextCorpus, *, shingle_size: int | None = None) -> ShingleIndex:
    """Hash the word shingles of every article of the shared pipeline's output, once.

    ``shingle_size`` defaults to the settings' (settings/similarity.yaml, ``passages``).
    Every article's hashes are written into one array (``hashes[n]`` are views of it), which the candidate
    matrix reads whole: at 20,000 articles a copy of them would be 80 MB. Sentence numbers are int32.
    """
    if shingle_size is None:
        shingle_size = settings().passages.shingle_size
    codes = tuple(text.stem_codes.of(n) for n in range(len(text.docs)))
    ends = np.zeros(len(codes) + 1, dtype=np.int64)
    np.cumsum(np.maximum(np.diff(text.stem_codes.offsets) - shingle_size + 1, 0), out=ends[1:])
    every = _corpus_hashes(text.stem_codes.codes, text.stem_codes.offsets, ends, shingle_size)
    hashes = tuple(every[ends[n] : ends[n + 1]] for n in range(len(codes)))
    return ShingleIndex(
        ids=tuple(doc.id for doc in text.docs),
        texts=tuple(doc.article.text for doc in text.docs),
        codes=codes,
        hashes=hashes,
        token_sentence=tuple(doc.token_sentences.astype(np.int32) for doc in text.docs),
        sentences=tuple(tuple(doc.sentences) for doc in text.docs),
        matrix=_candidate_matrix(every, ends),
        shingle_size=shingle_size,
        log=text.log,
    )


# Codes hashed at once by _corpus_hashes (each a few 8-byte temporaries: about 30 MB).
_HASH_RUN = 1 << 20


def _corpus_hashes(codes: np.ndarray, offsets: np.ndarray, ends: np.ndarray, k: int) -> np.ndarray:
    """Every article's :func:`shingle_hashes` end to end (article ``n``'s from ``ends[n]`` to ``ends[n + 1]``),
    hashed a run of articles at a time: the run's codes are hashed as one sequence, and the windows that cross
    from one article into the next dropped. A shingle's hash depends on its ``k`` codes only, so each is the
    one its article alone gives; one numpy pass per run of about ``_HASH_RUN`` codes, not one per article.

    >>> codes, offsets = np.array([1, 2, 3, 4, 5, 6, 7]), np.array([0, 3, 3, 7])
    >>> ends = np.array([0, 2, 2, 5])
    >>> every = _corpus_hashes(codes, offsets, ends, 2)
    >>> every.tolist() == np.concatenate([shingle_hashes(codes[:3], 2), shingle_hashes(codes[3:], 2)]).tolist()
    True
    """
    every = np.empty(int(ends[-1]), dtype=np.uint64)
    n = len(offsets) - 1
    first = 0
    while first < n:
        last = max(int(np.searchsorted(offsets, offsets[first] + _HASH_RUN, side="right")) - 1, first + 1)
        last = min(last, n)
        run = shingle_hashes(codes[offsets[first] : offsets[last]], k)
        # Window p of the run starts at code offsets[first] + p; article m's windows start from its first code.
        lengths = ends[first + 1 : last + 1] - ends[first:last]
        starts = np.repeat(offsets[first:last] - offsets[first] - ends[first:last], lengths)
        starts += np.arange(ends[first], ends[last])
        every[ends[first] : ends[last]] = run[starts]
        first = last
    return every


def _candidate_matrix(every: np.ndarray, ends: np.ndarray) -> sparse.csr_matrix:
    """The binary article × shingle matrix of the shingles in 2 to ``max_df`` articles (settings).

    ``every`` holds all articles' shingle hashes end to end, article ``n``'s from ``ends[n]`` to
    ``ends[n + 1]``. Most shingles are in one article only. Shingles are split into groups by
    their hash's top ``HASH_GROUP_BITS`` bits, each numbered and counted on its
    own, so the transient memory is that of one group, not of every shingle (rows as int32 and
    groups as uint8: 12 bytes a shingle less than int64 for both).
    """
    n = len(ends) - 1
    if not n:
        return sparse.csr_matrix((0, 0), dtype=np.int32)
    max_df = settings().passages.max_df
    rows = np.repeat(np.arange(n, dtype=np.int32), np.diff(ends))
    group = (every >> np.uint64(64 - HASH_GROUP_BITS)).astype(np.uint8)
    kept_rows, kept_columns, width = [], [], 0
    for g in range(2**HASH_GROUP_BITS):
        chosen = np.flatnonzero(group == g)
        # A hash table (factorize), not a sort of 64-bit hashes: the column order does not matter.
        columns, _ = pd.factorize(every[chosen])
        # A shingle found once in the corpus (most of them) is in one article: only the others are counted.
        again = np.bincount(columns)[columns] >= 2
        # Each (column, row) once, as a shingle repeated in an article counts once: sort and drop repeats
        # (np.unique hashes, and is ten times slower here).
        cells = np.sort(columns[again] * n + rows[chosen][again])
        width_of_group = int(columns.max()) + 1 if len(columns) else 0
        del chosen, columns, again
        cells = cells[np.diff(cells, prepend=-1) != 0]
        column, row = cells // n, cells % n
        del cells
        df = np.bincount(column, minlength=width_of_group)
        useful = (df >= 2) & (df <= max_df)
        keep = useful[column]
        kept_rows.append(row[keep])
        kept_columns.append((np.cumsum(useful) - 1)[column[keep]] + width)
        width += int(useful.sum())
        del column, row, keep
    del rows, group
    row, column = np.concatenate(kept_rows), np.concatenate(kept_columns)
    return sparse.csr_matrix((np.ones(len(row), dtype=np.int32), (row, column)), shape=(n, width))


def candidate_pairs(index: ShingleIndex, *, min_shared: int | None = None) -> pd.DataFrame:
    """Article pairs sharing at least ``min_shared`` non-boilerplate shingles, by one sparse product.

    ``min_shared`` defaults to ``min_shared_shingles`` (settings/similarity.yaml).

    Returns:
        Columns ``i``, ``j`` (rows, i < j), ``a``, ``b`` (ids), ``shared`` (number of shingles).
    """
    if min_shared is None:
        min_shared = settings().passages.min_shared_shingles
    m = index.matrix
    shared = sparse.triu(m @ m.T, k=1).tocoo()
    keep = shared.data >= min_shared
    i, j, s = shared.row[keep], shared.col[keep], shared.data[keep]
    ids = np.asarray(index.ids, dtype=object)
    frame = pd.DataFrame({"i": i.astype(np.int64), "j": j.astype(np.int64), "shared": s.astype(np.int64)})
    frame.insert(2, "a", ids[i] if len(i) else np.array([], dtype=object))
    frame.insert(3, "b", ids[j] if len(j) else np.array([], dtype=object))
    return frame.sort_values(["shared", "i", "j"], ascending=[False, True, True]).reset_index(drop=True)


def _matches(ha: np.ndarray, hb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every (position in a, position in b) where the same shingle starts."""
    order = np.argsort(hb, kind="stable")
    sorted_b = hb[order]
    left = np.searchsorted(sorted_b, ha, side="left")
    # Only the shingles of a found in b (few: most of an article is its own) are looked up a second time.
    found = np.flatnonzero(sorted_b[np.minimum(left, len(sorted_b) - 1)] == ha) if len(sorted_b) else left[:0]
    left = left[found]
    counts = np.searchsorted(sorted_b, ha[found], side="right") - left
    pa = np.repeat(found, counts)
    offsets = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    return pa, order[np.repeat(left, counts) + offsets]


def _links(sa: np.ndarray, sb: np.ndarray, n_a: int, n_b: int, min_link: int) -> np.ndarray:
    """Which sentence pairs are linked: by ``min_link`` shared shingles, or by one next to such a link.

    The second case catches a sentence rewritten as two (or two merged into
    one): its second half shares less, but sits next to a strong link. Lone
    weak links (one set phrase, a date) link nothing, so they cannot chain
    unrelated sentences into one passage.
    """
    weight = np.bincount(sa.astype(np.int64) * n_b + sb, minlength=n_a * n_b).reshape(n_a, n_b)
    strong = weight >= min_link
    beside = np.zeros_like(strong)
    beside[1:, :] |= strong[:-1, :]
    beside[:-1, :] |= strong[1:, :]
    beside[:, 1:] |= strong[:, :-1]
    beside[:, :-1] |= strong[:, 1:]
    return strong | ((weight > 0) & beside)


def _covered(starts: np.ndarray, length: int, k: int) -> np.ndarray:
    """Mask of the words inside at least one of the shingles starting at ``starts``."""
    diff = np.bincount(starts, minlength=length + 1)[: length + 1]
    diff -= np.bincount(starts + k, minlength=length + k + 1)[: length + 1]
    return np.cumsum(diff[:length]) > 0


def _text_of(text: str, spans: tuple[tuple[int, int], ...], numbers: list[int]) -> str:
    """The sentences' text: one stretch when they are consecutive, else pieces joined by an ellipsis."""
    if numbers == list(range(numbers[0], numbers[-1] + 1)):
        return text[spans[numbers[0]][0] : spans[numbers[-1]][1]]
    return ELLIPSIS.join(text[spans[n][0] : spans[n][1]] for n in numbers)


def shared_passages(index: ShingleIndex, a: int, b: int) -> Reuse:
    """:func:`find_shared` of rows ``a`` and ``b``; when that fails, no passage and a Problem naming both articles
    in ``index.log`` (the processed corpus' log), so that one pair never sinks the others."""
    try:
        return find_shared(index, a, b)
    except Exception as error:
        index.log.add(failure(f"{index.ids[a]} / {index.ids[b]}", STAGE, error))
        return Reuse(index.ids[a], index.ids[b], (), 0.0, 0.0)


def find_shared(index: ShingleIndex, a: int, b: int) -> Reuse:
    """The passages articles ``a`` and ``b`` (rows of the index) share, and each one's reused share.

    A word is *reused* when it lies in a shingle also found in the other
    article, inside a verified passage. A passage's score is the share of its
    words, on both sides together, that are reused (a Dice coefficient):
    ``score = (reused_a + reused_b) / (words_a + words_b)``, 1 for a verbatim
    copy. Example: a 20-word sentence copied with one word changed in the
    middle keeps 19 reused words on each side: score 38 / 40 = 0.95.
    The ``min_score`` gate applies the same ratio to the words between the first
    and the last reused word of each side, so that a copied stretch inside one
    long unpunctuated "sentence" is not diluted by the words around it.
    An article's reused share is ``reused words / words``: one shared sentence
    of 20 words, 18 of them reused, in a 100-word article gives 0.18.
    """
    config = settings().passages
    k = index.shingle_size
    n_words_a, n_words_b = len(index.codes[a]), len(index.codes[b])
    sentences_a, sentences_b = index.token_sentence[a], index.token_sentence[b]
    pa, pb = _matches(index.hashes[a], index.hashes[b])
    n_a, n_b = len(index.sentences[a]), len(index.sentences[b])
    if len(pa) == 0 or n_a == 0 or n_b == 0:
        return Reuse(index.ids[a], index.ids[b], (), 0.0, 0.0)
    # A shingle belongs to the sentence of its middle word.
    sa, sb = sentences_a[pa + k // 2], sentences_b[pb + k // 2]
    links = _links(sa, sb, n_a, n_b, config.min_link_shingles)
    kept = links[sa, sb]
    covered_a = _covered(pa[kept], n_words_a, k)
    covered_b = _covered(pb[kept], n_words_b, k)
    reused_a = np.zeros(n_words_a, dtype=bool)
    reused_b = np.zeros(n_words_b, dtype=bool)
    verified: list[_Verified] = []
    spans_a, spans_b = index.sentences[a], index.sentences[b]
    for group_a, group_b in _groups(*np.nonzero(links)):
        member_a = np.zeros(n_a, dtype=bool)
        member_a[group_a] = True
        member_b = np.zeros(n_b, dtype=bool)
        member_b[group_b] = True
        side_a, side_b = member_a[sentences_a], member_b[sentences_b]
        words_a, words_b = int(side_a.sum()), int(side_b.sum())
        runs_a, runs_b = int((covered_a & side_a).sum()), int((covered_b & side_b).sum())
        if min(runs_a, runs_b) < min(config.min_run_words, words_a, words_b):
            continue
        extent = _extent(covered_a & side_a, side_a) + _extent(covered_b & side_b, side_b)
        if (runs_a + runs_b) / extent < config.min_score:
            continue
        reused_a |= side_a & covered_a
        reused_b |= side_b & covered_b
        verified.append(_Verified(group_a, group_b, runs_a + runs_b, words_a + words_b))
    passages = [
        Passage(
            a_spans=tuple(spans_a[n] for n in v.a),
            b_spans=tuple(spans_b[n] for n in v.b),
            a_text=_text_of(index.texts[a], spans_a, v.a),
            b_text=_text_of(index.texts[b], spans_b, v.b),
            score=v.runs / v.words,
        )
        for v in _stretches(verified, index.texts[a], spans_a, index.texts[b], spans_b)
    ]
    return Reuse(
        index.ids[a],
        index.ids[b],
        tuple(passages),
        float(reused_a.sum() / n_words_a),
        float(reused_b.sum() / n_words_b),
    )


@dataclass(frozen=True)
class _Verified:
    """A verified group of linked sentences: sentence numbers on each side, reused words and words of both."""

    a: list[int]
    b: list[int]
    runs: int
    words: int


def _follows(text: str, spans: tuple[tuple[int, int], ...], last: int, first: int) -> bool:
    """Whether sentence ``first`` comes right after sentence ``last`` in the same paragraph (no line break between)."""
    return first == last + 1 and "\n" not in text[spans[last][1] : spans[first][0]]


def _stretches(
    verified: list[_Verified],
    text_a: str,
    spans_a: tuple[tuple[int, int], ...],
    text_b: str,
    spans_b: tuple[tuple[int, int], ...],
) -> list[_Verified]:
    r"""Verified groups joined into one passage when each continues the previous one on both sides, within a
    paragraph: a copied paragraph of three sentences is one passage, not three. Moved, dropped or inserted
    sentences, and paragraph breaks, keep passages apart. The joined score is over the joined words.

    >>> text = "Uno dos. Tres cuatro.\nCinco seis."
    >>> spans = ((0, 8), (9, 21), (22, 33))
    >>> [(v.a, v.b) for v in _stretches([_Verified([0], [0], 2, 4), _Verified([1], [1], 4, 4),
    ...                                  _Verified([2], [2], 4, 4)], text, spans, text, spans)]
    [([0, 1], [0, 1]), ([2], [2])]
    """
    joined: list[_Verified] = []
    for group in verified:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and _follows(text_a, spans_a, previous.a[-1], group.a[0])
            and _follows(text_b, spans_b, previous.b[-1], group.b[0])
        ):
            joined[-1] = _Verified(
                previous.a + group.a, previous.b + group.b, previous.runs + group.runs, previous.words + group.words
            )
        else:
            joined.append(group)
    return joined


def _extent(reused: np.ndarray, side: np.ndarray) -> int:
    """Words of ``side`` from its first to its last reused word (a long sentence's unshared ends do not count)."""
    where = np.flatnonzero(reused)
    return int(side[where[0] : where[-1] + 1].sum())


def _groups(links_a: np.ndarray, links_b: np.ndarray) -> list[tuple[list[int], list[int]]]:
    """Connected groups of linked sentences (sentences of a, sentences of b), in the order they start in a.

    A union-find over the few links of one pair: cheaper than a graph library call per pair.
    """
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def root(node: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for i, j in zip(links_a.tolist(), links_b.tolist()):
        parent[root(("a", i))] = root(("b", j))
    groups: dict[tuple[str, int], tuple[list[int], list[int]]] = {}
    for node in sorted(parent):  # "a" nodes first, each side in sentence order
        groups.setdefault(root(node), ([], []))[0 if node[0] == "a" else 1].append(node[1])
    return sorted(groups.values())


def corpus_reuse(index: ShingleIndex, *, min_shared: int | None = None) -> list[Reuse]:
    """Every article pair with at least one shared passage, over the candidates of :func:`candidate_pairs`."""
    candidates = candidate_pairs(index, min_shared=min_shared)
    found = (shared_passages(index, int(i), int(j)) for i, j in zip(candidates["i"], candidates["j"]))
    return [reuse for reuse in found if reuse.passages]
