"""The whole analysis on an engine: every stage in order, the same functions on the local or the Dask engine.

:func:`analyse` runs, on ``engine`` (:mod:`analysis.engine`):

====================  =============================================================  ============
stage                 what                                                           where
====================  =============================================================  ============
text                  :func:`analysis.text.build` (tokens, sentences; stems)          per-article map
similarity            TF-IDF (:func:`analysis.similarity.tfidf.tfidf`) here, then      row blocks
                      each article's top-k neighbours (:func:`stages.block_top_k`;
                      above ``approximate_above``, :func:`stages.block_rare_top_k`)
                      and the pairs above the threshold
stories               :func:`analysis.similarity.stories.stories` on the top-k table  this process
passages              candidates by a join on xxHash shingle hashes, then alignment    shuffle, pairs
                      of each candidate pair
terms                 term counts and distinctive words (``report.results.terms_json``) this process
claims                :func:`analysis.report.results.figures_claims`                  per-article map
agreement             claims grouped by (kind, group, incident)                       shuffle
====================  =============================================================  ============

"this process" stages run on what the distributed stages gathered (the
top-k table, the claims), which is small next to the corpus.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TypeVar

import numpy as np
import pandas as pd

from analysis.casualties.agreement import Agreement, row_key
from analysis.casualties.claims import Claim
from analysis.config import settings
from analysis.corpus.records import Article, ProblemLog
from analysis.engine import Engine, stages
from analysis.report.results import figures_claims, lexicons_for, terms_json
from analysis.similarity import tfidf as similarity
from analysis.similarity.passages import Reuse, ShingleIndex
from analysis.similarity.stories import StoryMap, stories
from analysis.text import TextCorpus, build

__all__ = ["Analysis", "STAGES", "analyse"]

STAGES = ("text", "similarity", "stories", "passages", "terms", "claims", "agreement")
T = TypeVar("T")
# Articles per partition of the per-article maps, rows per block of the top-k search, pairs per alignment task.
ALIGN_PAIRS = 2000
# Buckets of the shingle join and of the claims group-by (each one task).
BUCKETS = 8


@dataclass(frozen=True, eq=False)
class Analysis:
    """Every output of :func:`analyse`, and each stage's wall seconds."""

    text: TextCorpus
    neighbours: pd.DataFrame  # top-k pairs i < j (tfidf.PAIR_COLUMNS), each pair once
    pairs: pd.DataFrame  # pairs above the similarity threshold
    stories: StoryMap
    candidates: pd.DataFrame  # i, j, a, b, shared
    reuses: list[Reuse]
    terms: dict[str, object]
    claims: list[Claim]
    agreement: list[Agreement]
    seconds: dict[str, float] = field(default_factory=dict)


Progress = Callable[[str, str], None]  # (stage, "start" | "done")


def analyse(
    articles: Sequence[Article], engine: Engine, *, k: int | None = None, progress: Progress | None = None
) -> Analysis:
    """Run every stage (see the module docstring) on ``engine``; ``progress(stage, "start"|"done")`` as they go."""
    seconds: dict[str, float] = {}
    report = progress or (lambda _stage, _event: None)

    def timed(name: str, work: Callable[[], T]) -> T:
        report(name, "start")
        began = time.perf_counter()
        result = work()
        seconds[name] = round(time.perf_counter() - began, 3)
        report(name, "done")
        return result

    def text_stage() -> TextCorpus:
        with engine.spread():
            return build(articles)

    text = timed("text", text_stage)

    def similarity_stage() -> tuple[similarity.TfidfModel, pd.DataFrame, pd.DataFrame]:
        model = similarity.tfidf(text)
        neighbours = top_k(model, engine, k=k)
        return model, neighbours, similarity.similar_pairs(model, neighbours=neighbours) if len(model) else neighbours

    model, neighbours, pairs = timed("similarity", similarity_stage)
    found = timed("stories", lambda: stories(text, model, neighbours=neighbours))
    found_pairs, reuses = timed("passages", lambda: shared_passages(text, engine))
    terms = timed("terms", lambda: terms_json(text, lexicons_for(None)))

    def claims_stage() -> list[Claim]:
        with engine.spread():
            return figures_claims(text, found=found)

    claims = timed("claims", claims_stage)
    agreement = timed("agreement", lambda: agree(claims, engine))
    return Analysis(text, neighbours, pairs, found, found_pairs, reuses, terms, claims, agreement, seconds)


def top_k(model: similarity.TfidfModel, engine: Engine, *, k: int | None = None) -> pd.DataFrame:
    """Each article's ``k`` nearest neighbours (``neighbours`` of settings/similarity.yaml), by row blocks of
    ``chunk_rows`` on ``engine``: a pairs table i < j with score > 0, each pair once, most similar first.

    Up to ``approximate_above`` articles the search is exact (:func:`stages.block_top_k`, the whole matrix shared);
    above, the rare terms (in at most ``engine_candidate_max_df`` articles, a fixed number) propose ``candidates``
    per article, scored exactly (:func:`stages.block_rare_top_k`), so a block costs what its articles' rare terms
    reach, bounded whatever N (the dense search of ``similarity.nearest_neighbours`` is N per article).
    """
    config = settings().similarity
    k = config.neighbours if k is None else k
    n = len(model)
    blocks = [(start, min(start + config.chunk_rows, n)) for start in range(0, n, config.chunk_rows)]
    if n > config.approximate_above:
        max_df = config.engine_candidate_max_df
        search = partial(stages.block_rare_top_k, k=k, candidates=config.candidates)
        found = engine.map_shared(search, blocks, stages.rare_split(model.matrix, max_df))
    else:
        found = engine.map_shared(partial(stages.block_top_k, k=k), blocks, model.matrix)
    if not found:
        return similarity._pairs_frame(model.ids, *(np.zeros(0, dtype=np.int64),) * 2, np.zeros(0))
    index, scores = np.concatenate([f[0] for f in found]), np.concatenate([f[1] for f in found])
    return similarity.top_k_pairs(model.ids, index, scores)


def shingle_index(text: TextCorpus, *, shingle_size: int | None = None) -> ShingleIndex:
    """The passages' index of ``text`` with stable shingle hashes (xxHash64 of stems); no candidate matrix
    (the candidates come from the join)."""
    from scipy import sparse

    k = settings().passages.shingle_size if shingle_size is None else shingle_size
    words = stages.stem_hashes(text.stem_codes.stems.tolist())
    codes = tuple(text.stem_codes.of(n) for n in range(len(text.docs)))
    return ShingleIndex(
        ids=tuple(d.id for d in text.docs),
        texts=tuple(d.article.text for d in text.docs),
        codes=codes,
        hashes=tuple(stages.shingle_hashes(words[c], k) for c in codes),
        token_sentence=tuple(d.token_sentences for d in text.docs),
        sentences=tuple(tuple(d.sentences) for d in text.docs),
        matrix=sparse.csr_matrix((len(codes), 0), dtype=np.int32),
        shingle_size=k,
        log=ProblemLog(),
    )


def candidates(text: TextCorpus, engine: Engine, *, min_shared: int | None = None) -> pd.DataFrame:
    """Article pairs sharing at least ``min_shared`` shingles found in 2 to ``max_df`` articles (settings), by the
    join of :func:`stages.shingle_split` / :func:`stages.shingle_pairs`: the columns and order of
    :func:`analysis.similarity.passages.candidate_pairs`."""
    from scipy import sparse

    config = settings().passages
    min_shared = config.min_shared_shingles if min_shared is None else min_shared
    n = len(text.docs)
    words = stages.stem_hashes(text.stem_codes.stems.tolist())
    rows = [(r, words[text.stem_codes.of(r)]) for r in range(n)]
    chunk = settings().parallel.chunk_articles
    parts = [rows[s : s + chunk] for s in range(0, n, chunk)]
    found = engine.shuffle(
        partial(stages.shingle_split, shingle_size=config.shingle_size),
        parts,
        partial(stages.shingle_pairs, n=n, max_df=config.max_df),
        buckets=BUCKETS,
    )
    i = np.concatenate([f[0] for f in found]) if found else np.zeros(0, dtype=np.int64)
    j = np.concatenate([f[1] for f in found]) if found else np.zeros(0, dtype=np.int64)
    s = np.concatenate([f[2] for f in found]) if found else np.zeros(0, dtype=np.int64)
    total = sparse.coo_matrix((s, (i, j)), shape=(n, n)).tocsr().tocoo()  # a pair's counts over buckets, summed
    keep = total.data >= min_shared
    i, j, s = total.row[keep].astype(np.int64), total.col[keep].astype(np.int64), total.data[keep].astype(np.int64)
    ids = np.asarray([d.id for d in text.docs], dtype=object)
    frame = pd.DataFrame({"i": i, "j": j, "shared": s})
    frame.insert(2, "a", ids[i] if len(i) else np.array([], dtype=object))
    frame.insert(3, "b", ids[j] if len(j) else np.array([], dtype=object))
    return frame.sort_values(["shared", "i", "j"], ascending=[False, True, True]).reset_index(drop=True)


def shared_passages(text: TextCorpus, engine: Engine) -> tuple[pd.DataFrame, list[Reuse]]:
    """The candidate pairs (:func:`candidates`) and the reuses among them, aligned ``ALIGN_PAIRS`` pairs a task
    (each task carrying only its pairs' articles); problems go to ``text``'s log."""
    found = candidates(text, engine)
    pairs = list(zip(found["i"].tolist(), found["j"].tolist()))
    index = shingle_index(text)
    # Each task gets only its pairs' articles (pair_index), not the whole index on every worker.
    parts = [stages.pair_index(index, pairs[s : s + ALIGN_PAIRS]) for s in range(0, len(pairs), ALIGN_PAIRS)]
    reuses: list[Reuse] = []
    for part_reuses, problems in engine.map_chunks(stages.align_parts, parts, chunk=1):
        reuses.extend(part_reuses)
        for problem in problems:
            text.log.add(problem)
    return found, reuses


def agree(claims: Sequence[Claim], engine: Engine) -> list[Agreement]:
    """:func:`analysis.casualties.agreement.agreements` of ``claims`` as a group-by on ``engine``: the same list."""
    numbered = list(enumerate(claims))
    chunk = settings().parallel.chunk_articles
    parts = [numbered[s : s + chunk] for s in range(0, len(numbered), chunk)]
    buckets = engine.shuffle(stages.claims_split, parts, stages.claims_agreements, buckets=BUCKETS)
    return sorted((a for bucket in buckets for _, a in bucket), key=row_key)  # the order agreements() gives
