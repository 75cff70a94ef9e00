"""One pipeline, two engines: the local engine and a 2-worker Dask LocalCluster give identical results.

The 2,000-article synthetic corpus (planted reuse, casualty figures) goes
through :func:`analysis.engine.run.analyse` on both engines, and every output
is compared exactly: top-k neighbours, pairs, stories, passage candidates and
passages, term counts and distinctive words, claims, agreement. A worker killed
mid-run must cost time, not results. These run in CI (a LocalCluster on
127.0.0.1, worker processes), never skipped.
"""

from __future__ import annotations

import os
import signal
import threading
import time

import numpy as np
import pandas as pd
import pytest
from scipy import sparse

from analysis.bench.synthetic import generate
from analysis.casualties.agreement import agreements
from analysis.engine import open_engine
from analysis.engine.run import Analysis, agree, analyse, candidates, shared_passages, top_k
from analysis.engine.stages import block_rare_top_k, block_top_k, rare_split
from analysis.report.results import figures_claims
from analysis.similarity import passages
from analysis.similarity import tfidf as similarity
from analysis.similarity.neighbours import blockwise_top_k

N = 2000


@pytest.fixture(scope="module")
def articles():
    return generate(N).articles


@pytest.fixture(scope="module")
def local(articles) -> Analysis:
    return analyse(articles, open_engine("local"))


@pytest.fixture(scope="module")
def cluster():
    engine = open_engine("dask", workers=2, memory_limit="2GB")
    yield engine
    engine.close()


def assert_identical(a: Analysis, b: Analysis) -> None:
    pd.testing.assert_frame_equal(a.neighbours, b.neighbours, check_exact=True)
    pd.testing.assert_frame_equal(a.pairs, b.pairs, check_exact=True)
    pd.testing.assert_frame_equal(a.candidates, b.candidates, check_exact=True)
    assert a.reuses == b.reuses
    assert a.terms == b.terms
    assert a.claims == b.claims
    assert a.agreement == b.agreement
    assert a.stories == b.stories
    assert [d.stems for d in a.text.docs] == [d.stems for d in b.text.docs]
    assert [d.sentences for d in a.text.docs] == [d.sentences for d in b.text.docs]
    assert list(a.text.problems) == list(b.text.problems)


def test_the_corpus_exercises_every_output(local: Analysis) -> None:
    # Identity of empty outputs would prove nothing: each output has substance.
    assert len(local.text.docs) == N
    assert len(local.neighbours) > N and len(local.pairs) > 10
    assert len(local.candidates) > 100 and len(local.reuses) > 100
    assert len(local.terms["counts"]) > 100 and len(local.terms["distinctive"]) > 10  # type: ignore[arg-type]
    assert len(local.claims) > 50 and len(local.agreement) > 20
    assert 10 < len(local.stories.stories) < N


def test_dask_engine_gives_identical_results(local: Analysis, cluster, articles) -> None:
    from distributed import get_task_stream

    assert cluster.workers == 2
    with get_task_stream(cluster.client) as stream:
        on_dask = analyse(articles, cluster)
    assert_identical(local, on_dask)
    # The work did run on the cluster's workers: each distributed stage's function appears in the task stream.
    ran = {str(task["key"]) for task in stream.data}
    for name in ("_tokenize", "block_top_k", "shingle_split", "shingle_pairs", "align_parts", "_claims_of"):
        assert any(name in key for key in ran), (name, sorted(ran)[:20])


def test_a_worker_killed_mid_run_costs_time_not_results(local: Analysis, cluster, articles) -> None:
    client = cluster.client
    pids = client.run(os.getpid)
    killed: list[str] = []

    def kill_a_busy_worker() -> None:
        stop = time.monotonic() + 300  # bounds the thread, asserts nothing
        while time.monotonic() < stop and not killed:
            busy = [worker for worker, tasks in client.processing().items() if tasks and worker in pids]
            if busy:
                os.kill(pids[busy[0]], signal.SIGKILL)
                killed.append(busy[0])
                return
            time.sleep(0.01)

    killer = threading.Thread(target=kill_a_busy_worker, daemon=True)

    def progress(stage: str, event: str) -> None:
        if stage == "text" and event == "start":
            killer.start()

    result = analyse(articles, cluster, progress=progress)
    killer.join(timeout=5)
    assert killed, "no worker was busy to be killed"
    assert_identical(local, result)


def test_local_engine_is_the_capabilities_own_result(local: Analysis) -> None:
    text = local.text
    index = passages.build_index(text)
    # The join on xxHash shingle hashes finds the candidates of the polynomial-hash sparse product, and the passages.
    pd.testing.assert_frame_equal(local.candidates, passages.candidate_pairs(index), check_exact=True)
    assert local.reuses == passages.corpus_reuse(index)
    assert local.agreement == agreements(local.claims)
    assert local.claims == figures_claims(text, found=local.stories)
    # Top-k by row blocks: the neighbours sparse-dot-topn finds, scores equal to rounding.
    exact = similarity.nearest_neighbours(similarity.tfidf(text), approximate=False)
    merged = local.neighbours.merge(exact, on=["i", "j"], how="outer", indicator=True)
    assert (merged["_merge"] == "both").mean() > 0.999
    both = merged[merged["_merge"] == "both"]
    np.testing.assert_allclose(both["score_x"], both["score_y"], atol=1e-9)


def test_stage_functions_on_the_seeds(seeds_text) -> None:
    engine = open_engine("local")
    model = similarity.tfidf(seeds_text)
    index, score = blockwise_top_k(model.matrix, k=3, chunk_rows=2)
    blocks = [block_top_k((s, min(s + 2, len(model))), model.matrix, k=3) for s in range(0, len(model), 2)]
    assert np.array_equal(np.concatenate([b[0] for b in blocks]), index)
    assert np.array_equal(np.concatenate([b[1] for b in blocks]), score)
    pd.testing.assert_frame_equal(
        candidates(seeds_text, engine), passages.candidate_pairs(passages.build_index(seeds_text))
    )
    _, reuses = shared_passages(seeds_text, engine)
    assert reuses == passages.corpus_reuse(passages.build_index(seeds_text))
    claims = figures_claims(seeds_text)
    assert claims and agree(claims, engine) == agreements(claims)


def test_settings_overrides_reach_the_workers(cluster, seeds_text, settings_override) -> None:
    # Alignment reads passages.min_run_words inside the task, on a worker: the driver's override must apply there.
    local = open_engine("local")
    _, plain = shared_passages(seeds_text, local)
    assert [len(r.passages) for r in plain] == [3]
    settings_override(passages={"min_run_words": 20})
    _, stricter = shared_passages(seeds_text, local)
    assert [len(r.passages) for r in stricter] == [1]  # the override matters here
    _, on_dask = shared_passages(seeds_text, cluster)
    assert on_dask == stricter
    # A per-article map too: the text pipeline's token limit, read while tokenizing on the workers.
    settings_override(limits={"max_token_chars": 5})
    article = seeds_text.docs[0].article
    with cluster.spread():
        from analysis.text import build

        on_workers = build([article] * 2500)  # over parallel.min_articles: spread over the cluster
    assert on_workers.docs[0].tokens == build([article]).docs[0].tokens
    assert max(len(t) for t in on_workers.docs[0].tokens) <= 5 < max(len(t) for t in seeds_text.docs[0].tokens)


def test_approximate_top_k_by_rare_terms(local: Analysis, cluster, settings_override) -> None:
    # Above approximate_above, rare terms propose candidates (sparse, per-article linear), scored exactly.
    settings_override(similarity={"approximate_above": 1000})
    model = similarity.tfidf(local.text)
    found = top_k(model, open_engine("local"))
    exact = similarity.nearest_neighbours(model, approximate=False)
    merged = found.merge(exact, on=["i", "j"], how="outer", indicator=True)
    assert (merged["_merge"] != "right_only").mean() > 0.95  # recall against the exact search
    both = merged[merged["_merge"] == "both"]
    np.testing.assert_allclose(both["score_x"], both["score_y"], atol=1e-9)  # exact scores of what it finds
    pd.testing.assert_frame_equal(top_k(model, cluster), found, check_exact=True)


def test_block_rare_top_k_matches_the_exact_search_when_every_term_is_rare() -> None:
    rng = np.random.default_rng(3)
    m = sparse.random(40, 30, density=0.2, random_state=rng, format="csr")
    m = sparse.csr_matrix(m.multiply(1 / np.sqrt(m.multiply(m).sum(axis=1) + 1e-12)))
    index, score = block_top_k((0, 40), m, k=3)
    rare_index, rare_score = block_rare_top_k((0, 40), rare_split(m, 40), k=3, candidates=39)
    has = score > 0
    assert np.array_equal(rare_index[has], index[has])
    np.testing.assert_allclose(rare_score, np.where(has, score, 0.0), atol=1e-12)


def test_block_top_k_of_an_empty_block() -> None:
    m = sparse.csr_matrix(np.eye(3))
    index, score = block_top_k((3, 3), m, k=2)
    assert index.shape == (0, 2) and score.shape == (0, 2)


def test_unknown_engine_and_scheduler_without_dask_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown engine 'spark'"):
        open_engine("spark")
    with pytest.raises(ValueError, match="--scheduler needs --engine dask"):
        open_engine("local", scheduler="tcp://127.0.0.1:8786")


def test_report_on_dask_names_the_cluster_and_writes_the_same_report(tmp_path, capsys) -> None:
    import json

    from analysis.cli import main
    from tests.conftest import SEEDS

    common = ["report", str(SEEDS), "--no-images", "--quiet", "--format", "json"]
    code = main(
        [*common, "--out", str(tmp_path / "dask"), "--engine", "dask", "--workers", "1", "--memory-limit", "1GB"]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    result = json.loads(captured.out)
    assert result["engine"] == "dask" and result["workers"] == 1
    assert result["scheduler"].startswith("tcp://127.0.0.1:")
    assert result["dashboard"].startswith("http://127.0.0.1:")
    assert f"Dask: 1 worker(s), scheduler {result['scheduler']}, dashboard {result['dashboard']}" in captured.err
    assert main([*common, "--out", str(tmp_path / "local")]) == 0
    assert json.loads(capsys.readouterr().out)["engine"] == "local"
    dask_json = (tmp_path / "dask" / "report.json").read_text(encoding="utf-8")
    assert dask_json == (tmp_path / "local" / "report.json").read_text(encoding="utf-8")


def test_report_on_a_collection_stores_readings_the_dashboard_reads_back(tmp_path, capsys) -> None:
    import json

    from analysis.cli import main
    from analysis.corpus.collection import Collection
    from analysis.corpus.content_hash import content_hash
    from analysis.corpus.derived import read_derived, write_derived
    from analysis.corpus.inputs import load_inputs
    from analysis.pipeline import pack_reading, unpack_reading
    from analysis.text import build
    from dashboard import cached
    from tests.conftest import seeds_collection

    path = seeds_collection(tmp_path / "news.sqlite")
    options = ["--engine", "dask", "--workers", "1", "--memory-limit", "1GB"]
    code = main(["report", str(path), "--out", str(tmp_path / "out"), "--no-images", "--quiet", *options,
                 "--format", "json"])  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0, captured.err
    # The analysis results, computed with the cluster, are stored too (tests/test_stored_results.py reads them).
    assert set(json.loads(captured.out)["stored"]["results"].values()) == {"stored"}
    with Collection(path) as stored:
        articles = stored.select().articles
        kinds = [k for (k,) in stored.db.execute("SELECT DISTINCT kind FROM derived")]
    hashes = [content_hash(a.text) for a in articles]
    assert len(kinds) == 1 and kinds[0].startswith("reading:")
    readings = read_derived(path, kinds[0], hashes)
    assert set(readings) == set(hashes)  # every article's reading, made on the cluster, is in the collection
    # The dashboard's loader reads them by content hash instead of tokenizing again: a stored reading altered on
    # purpose comes back altered, the others as the text pipeline makes them.
    tokens, starts, sentences = unpack_reading(readings[hashes[0]])
    write_derived(path, kinds[0], [(hashes[0], pack_reading([t.upper() for t in tokens], starts, sentences))])
    corpus = load_inputs([str(path)]).current()
    text = cached.text_corpus("stored-readings-test", corpus, str(path))
    assert list(text.docs[0].tokens) == [t.upper() for t in tokens] != list(build(articles[:1]).docs[0].tokens)
    assert [list(d.tokens) for d in text.docs[1:]] == [list(d.tokens) for d in build(articles).docs[1:]]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--workers", "2"], "--scheduler, --workers and --memory-limit need --engine dask"),
        (["--engine", "dask", "--memory-limit", "lots"], "--memory-limit 'lots': expected a size such as 2GB"),
        (
            ["--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"],
            "could not reach the Dask scheduler at tcp://127.0.0.1:9",
        ),
    ],
)
def test_engine_options_that_cannot_work_are_refused_with_a_message(tmp_path, capsys, options, message) -> None:
    from analysis.cli import main
    from tests.conftest import SEEDS

    code = main(["report", str(SEEDS), "--out", str(tmp_path / "out"), "--no-images", "--quiet", *options])
    assert code == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
