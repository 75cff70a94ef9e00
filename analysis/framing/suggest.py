"""Competing words suggested: words that fill the same slot in the same contexts, but whose use splits the sources.

"El secuestro de Maduro" and "la captura de Maduro" name one act; which word an outlet
writes is a framing choice. Such pairs are found from the corpus itself, with no list:

1. **Candidates**: content words (``Doc.content``: no stop word, no number), one per
   stem so that "captura", "capturar" and "capturó" are one word (shown as its most
   frequent form), seen at least ``min_count`` times in ``min_articles`` articles, and
   not names (written with a capital in more than ``max_capital_share`` of their
   occurrences); the ``max_words`` most frequent.
2. **Contexts**: each occurrence of a candidate ``w`` adds the surface words around it
   within ±``window`` tokens, by position (``L1:la``, ``R1:de``, ``R2:maduro``): ``M[w, c]``.
   Function words of one class (``analysis/lexicons/context_classes.yaml``: el/la/los/las,
   de/del) are one context, so that "el secuestro del presidente" and "la captura de
   Nicolás" fill the same slot though gender and contraction differ.
   Contexts seen fewer than ``min_context_count`` times are dropped.
3. **Weights**: positive PMI with context-distribution smoothing (Levy, Goldberg &
   Dagan 2015), ``n(w) = Σ_c M[w, c]``, ``n(c) = Σ_w M[w, c]``, ``α = context_smoothing``::

       PPMI(w, c) = max(0, log(M[w, c] · Σ_c' n(c')^α / (n(w) · n(c)^α)))

4. **Same slot**: the cosine of two words' PPMI rows, ``sim(a, b) = x_a·x_b / (|x_a| |x_b|)``;
   each word keeps its ``neighbours`` closest words with ``sim ≥ min_similarity``.
5. **Split**: for each source ``s``, the Fightin' Words z-score
   (:func:`analysis.framing.distinctive.fightin_words`) of ``a`` against ``b`` in ``s``
   against all other sources: counts ``[y_a,s, y_b,s]`` against ``[y_a,rest, y_b,rest]``,
   prior ``prior_scale · [y_a, y_b]`` (the corpus counts). ``split = max_s |z_s|``: how
   surely at least one source prefers one word where the others prefer the other.
6. **Apart**: competing words are written *instead of* each other, so their sources
   differ: with ``p_a,s`` the share of a's occurrences in source ``s``,
   ``apart = 1 − Σ_s min(p_a,s, p_b,s)`` (1: no source writes both; 0: the same spread).
   "presidente" and "gobierno" share contexts and differ in rate, but every outlet writes both.
7. **Score** ``= sim · split · apart``; the ``top`` pairs are the suggestions, each with
   the contexts the two words share, the sources leaning to each, and evidence lines.

Worked example of the split: two sources, the first writes ``a`` four times and never
``b``, the second the reverse. For the first, counts [4, 0] against [0, 4], prior
[4, 4]: delta = log(8/4) − log(4/8) = 1.386, var = 1/8 + 1/4 = 0.375, z = 2.264.

>>> round(float(split_scores(np.array([[4.0], [0.0]]), np.array([[0.0], [4.0]]))[0, 0]), 3)
2.264
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import chain
from operator import itemgetter

import numpy as np
import pandas as pd
import scipy.sparse as sp
import yaml

from analysis.config import settings
from analysis.framing.distinctive import fightin_words
from analysis.framing.kwic import context_line
from analysis.text import TextCorpus

__all__ = ["Evidence", "Suggestion", "split_scores", "suggest", "suggestions_json"]


@dataclass(frozen=True)
class Evidence:
    """One occurrence of a suggested word, in context."""

    term: str
    article: str
    source: str
    left: str
    match: str
    right: str


@dataclass(frozen=True)
class Suggestion:
    """A candidate frame: two words in the same slot whose use splits the sources."""

    terms: tuple[str, str]
    similarity: float
    split: float
    apart: float
    score: float
    counts: tuple[int, int]
    sources: tuple[tuple[str, ...], tuple[str, ...]]  # the sources leaning to each word, surest first
    contexts: tuple[str, ...]  # shared contexts, "_" for the word: "la _", "_ de", "_ … maduro"
    evidence: tuple[Evidence, ...]

    def to_json(self) -> dict[str, object]:
        a, b = self.terms
        return {
            "frame": f"{a} / {b}",
            "terms": [a, b],
            "similarity": round(self.similarity, 4),
            "split": round(self.split, 4),
            "apart": round(self.apart, 4),
            "score": round(self.score, 4),
            "counts": {a: self.counts[0], b: self.counts[1]},
            "sources": {a: list(self.sources[0]), b: list(self.sources[1])},
            "contexts": list(self.contexts),
            "evidence": [e.__dict__ for e in self.evidence],
        }


def split_scores(counts_a: np.ndarray, counts_b: np.ndarray, *, prior_scale: float = 1.0) -> np.ndarray:
    """``z_s`` of word a against word b per source (rows) and pair (columns): see step 5 of the module doc.

    ``counts_a[s, p]`` and ``counts_b[s, p]`` are how often source ``s`` writes the pair's two words.
    """
    a = np.asarray(counts_a, dtype=float)
    b = np.asarray(counts_b, dtype=float)
    own = np.stack([a, b], axis=-1)
    rest = np.stack([a.sum(axis=0) - a, b.sum(axis=0) - b], axis=-1)
    prior = prior_scale * np.stack([a.sum(axis=0), b.sum(axis=0)], axis=-1)
    _, _, z = fightin_words(own, rest, prior)
    return z[..., 0]


@dataclass(frozen=True)
class _Words:
    """A corpus' tokens end to end as numbers (surface words, stems), and its candidate words (stem codes)."""

    words: np.ndarray  # each token id's word (function words of one class share an id)
    shown: np.ndarray  # each stem code's most frequent content word
    tokens: np.ndarray  # token id of every token, articles end to end
    stems: np.ndarray  # stem code of every token
    content: np.ndarray  # whether each token is a content word
    article: np.ndarray  # article number of every token
    candidates: np.ndarray  # stem codes of the candidate words, most frequent first


@cache
def context_classes() -> dict[str, dict[str, str]]:
    """Per language, each function word's class, written as the class' first two words.

    >>> context_classes()["es"]["del"], context_classes()["es"]["las"]
    ('de/del', 'el/la')
    """
    text = resources.files("analysis.lexicons").joinpath("context_classes.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    return {lang: {w: "/".join(ws[:2]) for ws in classes.values() for w in ws} for lang, classes in data.items()}


def _token_ids(text: TextCorpus, article: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every token as a number (hashing in C), function words of a class merged within their language."""
    tokens, words = pd.factorize(np.array(list(chain.from_iterable(d.tokens for d in text.docs)), dtype=object))
    words = np.asarray(words, dtype=object)
    index = {w: i for i, w in enumerate(words.tolist())}
    language = np.array([d.article.language for d in text.docs], dtype=object)[article] if len(article) else article
    for lang, classes in context_classes().items():
        remap = np.arange(len(words))
        for word, label in classes.items():
            if word in index:
                if label not in index:
                    index[label] = len(words)
                    words = np.append(words, label)
                    remap = np.append(remap, len(remap))
                remap[index[word]] = index[label]
        mask = language == lang
        tokens[mask] = remap[tokens[mask]]
    return tokens, words


def _capitalised(text: TextCorpus, content: np.ndarray) -> np.ndarray:
    """Whether each content token is written with a capital first letter in its article."""
    firsts = "".join(
        "".join(itemgetter(*d.starts[d.content].tolist())(d.article.text)) if d.content.sum() > 1
        else "".join(d.article.text[i] for i in d.starts[d.content].tolist())
        for d in text.docs
    )  # fmt: skip
    lower = firsts.lower()
    if len(lower) != len(firsts):  # a letter whose lower case is longer ("İ"): compare one by one
        return np.array([c != c.lower() for c in firsts], dtype=bool)
    codes = np.frombuffer(firsts.encode("utf-32-le"), dtype=np.uint32)
    return codes != np.frombuffer(lower.encode("utf-32-le"), dtype=np.uint32)


def _words(text: TextCorpus) -> _Words:
    cfg = settings().suggest
    codes = text.stem_codes
    lengths = np.diff(codes.offsets)
    article = np.repeat(np.arange(len(text.docs)), lengths)
    content = np.concatenate([d.content for d in text.docs]) if text.docs else np.zeros(0, dtype=bool)
    tokens, words = _token_ids(text, article)
    stems = codes.codes.astype(np.int64)
    size = len(codes.stems)
    inside = stems[content]
    total = np.bincount(inside, minlength=size)
    spread = np.bincount(np.unique(article[content] * size + inside) % size, minlength=size)
    capital = np.bincount(inside[_capitalised(text, content)], minlength=size)
    # Each stem's most frequent content word: (stem, word) pairs counted, the commonest first per stem.
    pairs, counts = np.unique(inside * len(words) + tokens[content], return_counts=True)
    order = np.lexsort((-counts, pairs // len(words)))
    first = order[np.r_[True, np.diff((pairs // len(words))[order]) != 0]] if len(order) else order
    shown = np.full(size, "", dtype=object)
    shown[pairs[first] // len(words)] = words[pairs[first] % len(words)]
    shape = np.array([len(w) >= 3 and w.isalpha() for w in shown.tolist()], dtype=bool)
    eligible = (
        (total >= cfg.min_count) & (spread >= cfg.min_articles) & (capital <= cfg.max_capital_share * total) & shape
    )
    chosen = np.flatnonzero(eligible)
    chosen = chosen[np.argsort(-total[chosen], kind="stable")][: cfg.max_words]
    return _Words(words, shown, tokens, stems, content, article, chosen)


def _rows(words: _Words) -> np.ndarray:
    """Each token's candidate row (its stem's place among the candidates), -1 for the others and non-content."""
    row_of = np.full(len(words.shown), -1, dtype=np.int64)
    row_of[words.candidates] = np.arange(len(words.candidates))
    return np.where(words.content, row_of[words.stems], -1)


def _contexts(words: _Words) -> tuple[sp.csr_matrix, np.ndarray]:
    """PPMI-weighted, row-normalised context vectors of the candidates, and the context codes of the columns."""
    cfg = settings().suggest
    centre = _rows(words)
    offsets = [o for o in range(-cfg.window, cfg.window + 1) if o]
    rows, codes = [], []
    n = len(words.tokens)
    for slot, offset in enumerate(offsets):
        here = np.arange(max(0, -offset), n - max(0, offset))
        keep = here[(centre[here] >= 0) & (words.article[here] == words.article[here + offset])]
        rows.append(centre[keep])
        codes.append(words.tokens[keep + offset] * len(offsets) + slot)
    if not rows or not sum(len(r) for r in rows):
        return sp.csr_matrix((len(words.candidates), 0)), np.zeros(0, dtype=np.int64)
    columns, inverse = np.unique(np.concatenate(codes), return_inverse=True)
    counts = sp.csr_matrix(
        (np.ones(len(inverse)), (np.concatenate(rows), inverse)), shape=(len(words.candidates), len(columns))
    )
    counts.sum_duplicates()
    seen = np.asarray(counts.sum(axis=0)).ravel()
    keep = np.flatnonzero(seen >= cfg.min_context_count)
    counts, columns, seen = counts[:, keep].tocsr(), columns[keep], seen[keep]
    n_w = np.asarray(counts.sum(axis=1)).ravel()
    smoothed = seen**cfg.context_smoothing
    coo = counts.tocoo()
    pmi = np.log(coo.data * smoothed.sum() / (n_w[coo.row] * smoothed[coo.col]))
    positive = pmi > 0
    weights = sp.csr_matrix((pmi[positive], (coo.row[positive], coo.col[positive])), shape=counts.shape)
    norms = np.sqrt(np.asarray(weights.multiply(weights).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.diags(1.0 / norms) @ weights, columns


def _pairs(vectors: sp.csr_matrix) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row a, row b, cosine) of each word's ``neighbours`` closest words, one row per unordered pair."""
    cfg = settings().suggest
    cosine = (vectors @ vectors.T).toarray()
    np.fill_diagonal(cosine, -1.0)
    k = min(cfg.neighbours, max(cosine.shape[0] - 1, 0))
    if k == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    nearest = np.argpartition(-cosine, k - 1, axis=1)[:, :k]
    a = np.repeat(np.arange(cosine.shape[0]), k)
    b = nearest.ravel()
    sims = cosine[a, b]
    keep = sims >= cfg.min_similarity
    low, high = np.minimum(a[keep], b[keep]), np.maximum(a[keep], b[keep])
    pairs = np.unique(low * cosine.shape[0] + high)
    a, b = pairs // cosine.shape[0], pairs % cosine.shape[0]
    return a, b, cosine[a, b]


def _context_label(code: int, offsets: list[int], words: np.ndarray) -> str:
    """A context as text: "_" for the word, a class of function words as its members ("el/la")."""
    word, slot = divmod(int(code), len(offsets))
    offset = offsets[slot]
    gap = " … " if abs(offset) > 1 else " "
    return f"{words[word]}{gap}_" if offset < 0 else f"_{gap}{words[word]}"


def suggest(text: TextCorpus, *, top: int | None = None) -> list[Suggestion]:
    """The ``top`` (default from settings) competing-word pairs of ``text``, best first (see the module doc).

    Empty when the corpus has fewer than two sources or no two words share a slot.
    """
    cfg = settings().suggest
    top = cfg.top if top is None else top
    names = sorted({d.article.source for d in text.docs})
    if len(names) < 2:
        return []
    words = _words(text)
    vectors, columns = _contexts(words)
    if vectors.shape[1] == 0:
        return []
    a, b, sims = _pairs(vectors)
    if not len(a):
        return []
    # Source × candidate counts of the candidates' occurrences.
    source_of = {name: n for n, name in enumerate(names)}
    article_source = np.array([source_of[d.article.source] for d in text.docs], dtype=np.int64)
    rows = _rows(words)
    found = rows >= 0
    cells = article_source[words.article[found]] * len(words.candidates) + rows[found]
    per_source = np.bincount(cells, minlength=len(names) * len(words.candidates)).reshape(len(names), -1)
    per_source = per_source.astype(float)
    z = split_scores(per_source[:, a], per_source[:, b], prior_scale=cfg.prior_scale)
    split = np.nanmax(np.abs(z), axis=0)
    apart = 1.0 - np.minimum(_shares(per_source[:, a]), _shares(per_source[:, b])).sum(axis=0)
    score = sims * split * apart
    order = np.lexsort((b, a, -score))[:top]
    offsets = [o for o in range(-cfg.window, cfg.window + 1) if o]
    out = []
    for p in order.tolist():
        i, j = int(a[p]), int(b[p])
        wa, wb = str(words.shown[words.candidates[i]]), str(words.shown[words.candidates[j]])
        shared = vectors[i].multiply(vectors[j]).tocoo()
        best = shared.col[np.argsort(-shared.data, kind="stable")][: cfg.contexts_shown]
        leaning = tuple(
            tuple(names[s] for s in np.argsort(-sign * z[:, p], kind="stable") if sign * z[s, p] > 0)
            for sign in (1, -1)
        )
        out.append(
            Suggestion(
                terms=(wa, wb),
                similarity=float(sims[p]),
                split=float(split[p]),
                apart=float(apart[p]),
                score=float(score[p]),
                counts=(int(per_source[:, i].sum()), int(per_source[:, j].sum())),
                sources=leaning,  # type: ignore[arg-type]
                contexts=tuple(_context_label(columns[c], offsets, words.words) for c in best.tolist()),
                evidence=_evidence(text, words, (int(words.candidates[i]), int(words.candidates[j])), leaning),
            )
        )
    return out


def _shares(counts: np.ndarray) -> np.ndarray:
    """Each column divided by its sum (the share of a word's occurrences in each source).

    >>> _shares(np.array([[3.0], [1.0]])).ravel().tolist()
    [0.75, 0.25]
    """
    total = counts.sum(axis=0, keepdims=True)
    return counts / np.where(total > 0, total, 1.0)


def _evidence(
    text: TextCorpus, words: _Words, ids: tuple[int, int], leaning: tuple[tuple[str, ...], ...]
) -> tuple[Evidence, ...]:
    """Up to ``evidence_lines`` occurrences of each word, from the sources leaning to it first, one per source."""
    cfg = settings().suggest
    starts = text.stem_codes.offsets
    lines: list[Evidence] = []
    for word_id, sources in zip(ids, leaning):
        rank = {s: n for n, s in enumerate(sources)}
        hits = np.flatnonzero((words.stems == word_id) & words.content)
        first: dict[int, int] = {}
        for token, n in zip(hits.tolist(), words.article[hits].tolist()):
            first.setdefault(n, token - int(starts[n]))  # the article's first occurrence, as a token index
        order = sorted(first, key=lambda n: (rank.get(text.docs[n].article.source, len(rank)), n))
        used: set[str] = set()
        for n in order:
            doc = text.docs[n]
            if doc.article.source in used:
                continue
            at = first[n]
            left, match, right, _, _ = context_line(doc, at, at + 1, 60)
            lines.append(Evidence(str(words.shown[word_id]), doc.id, doc.article.source, left, match, right))
            used.add(doc.article.source)
            if len(used) >= cfg.evidence_lines:
                break
    return tuple(lines)


def suggestions_json(suggestions: list[Suggestion]) -> dict[str, object]:
    """``{"suggestions": [...]}`` as ``terms PATH --suggest`` prints it."""
    return {"suggestions": [s.to_json() for s in suggestions]}
