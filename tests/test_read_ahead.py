"""The overlapped schedule gives the sequential schedule's results, and a worker that dies or cannot start costs
time, not results.

``parallel.map_later`` hands chunks to the worker now and gives ``fn(items)`` later; ``pipeline.reading_ahead``
uses it to read the per-article passes (claims, quotes, places) while the matrix stages run. Whatever the worker
did, the JSON must be the same bytes as the sequential schedule's.
"""

from __future__ import annotations

import json
import os
import signal
import time
from functools import partial

import pytest

from analysis import parallel, pipeline
from analysis.bench.synthetic import generate
from analysis.corpus.workspace import Workspace
from analysis.report import sections
from analysis.report.results import figures_claims, figures_json, sources_json
from analysis.text import build, stem_words

WORDS = ["secuestraron", "capturas", "operaciones", "detenidos", "agresiones", "ataques", "muertos"] * 30


@pytest.fixture
def two_workers(monkeypatch):
    monkeypatch.setenv(parallel.ENV, "2")
    yield
    parallel.shutdown()


def test_later_gives_what_the_function_gives_in_order(two_workers):
    later = parallel.map_later(partial(stem_words, language="es"), WORDS, min_items=2, max_chunk=17)
    assert later.result() == stem_words(WORDS, "es") and later.collected
    assert later.result() is later.result()  # computed once


def test_later_with_a_busy_worker_is_joined_by_this_process(two_workers):
    # The worker is busy with a first long job: the second one's chunks are all still queued when asked for, and
    # this process computes them (last ones first) instead of waiting.
    parallel.start("analysis.text")
    words = [f"operaciones{chr(97 + i % 26)}{i}ando" for i in range(6000)]
    first = parallel.map_later(partial(stem_words, language="es"), words, min_items=2, max_chunk=3000)
    second = parallel.map_later(sorted, list(range(50, 0, -1)), min_items=2, max_chunk=10)
    assert second.result() == [x for i in range(50, 0, -10) for x in sorted(range(i, i - 10, -1))]
    assert first.result() == stem_words(words, "es")


def test_an_error_in_a_later_chunk_is_raised_when_collected(two_workers):
    later = parallel.map_later(sorted, [1, 2, 3, "a"], min_items=2, max_chunk=2)
    with pytest.raises(TypeError, match="not supported"):
        later.result()


def test_small_inputs_and_one_process_send_nothing(two_workers, monkeypatch):
    monkeypatch.setattr(parallel.pool, "executor", lambda *a: pytest.fail("a pool was started"))
    assert parallel.map_later(sorted, [3, 1, 2], min_items=10).result() == [1, 2, 3]
    monkeypatch.setenv(parallel.ENV, "1")
    assert parallel.map_later(sorted, list(range(100, 0, -1)), min_items=2).result() == list(range(1, 101))


def test_a_killed_worker_costs_time_not_results(two_workers):
    parallel.start("analysis.text")
    expected = stem_words(WORDS, "es")
    later = parallel.map_later(partial(stem_words, language="es"), WORDS, min_items=2, max_chunk=5)
    for pid in list(parallel.pool._pool._processes):  # type: ignore[union-attr]
        os.kill(pid, signal.SIGKILL)
    time.sleep(0.5)
    assert later.result() == expected
    # The next work starts a new pool.
    assert parallel.map_later(partial(stem_words, language="es"), WORDS, min_items=2, max_chunk=50).result() == expected


def test_without_worker_processes_the_later_work_is_done_here(two_workers, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("[Errno 38] Function not implemented")

    parallel.shutdown()
    monkeypatch.setattr(parallel.pool.multiprocessing, "get_context", refuse)
    later = parallel.map_later(partial(stem_words, language="es"), WORDS, min_items=2, max_chunk=10)
    assert later.result() == stem_words(WORDS, "es")


def test_inside_another_spreader_nothing_is_read_ahead(two_workers, seeds_text):
    with parallel.spread_by(lambda fn, items, max_chunk: fn(items)):
        assert pipeline.read_ahead(seeds_text, min_articles=0) is None
    with pytest.raises(ValueError, match="unknown per-article pass"):
        pipeline.read_ahead(seeds_text, passes=("claims", "stems"), min_articles=0)


def _report_json(workspace: Workspace, articles) -> str:
    built = sections.build_sections(workspace, build(articles))
    return json.dumps([(s.key, s.results) for s in built], ensure_ascii=False, sort_keys=True, default=str)


def test_the_seeds_report_is_the_same_read_ahead(two_workers, monkeypatch, settings_override, seeds):
    # Five articles, runs of two: the worker and this process each read some of them.
    settings_override(parallel={"min_articles": 1, "ahead_chunk_articles": 2})
    made = []
    read_ahead = pipeline.read_ahead
    monkeypatch.setattr(pipeline, "read_ahead", lambda *a, **k: made.append(read_ahead(*a, **k)) or made[-1])
    workspace = Workspace(seeds)
    overlapped = _report_json(workspace, seeds.articles)
    assert len(made) == 1 and made[0] is not None and made[0].later.collected, "the report read ahead"
    monkeypatch.setenv(parallel.ENV, "1")  # no worker: nothing read ahead, each stage in turn
    assert _report_json(workspace, seeds.articles) == overlapped
    assert made[1] is None
    assert '"speaker": "Dmitri Peskov"' in overlapped  # the seeds' quotes are there (not two empty reports)


def _figures_and_sources(text) -> str:
    figures = figures_json(figures_claims(text), text)
    found = sources_json(text)
    problems = [p.to_json() for p in text.problems]
    return json.dumps([figures, found, problems], ensure_ascii=False, sort_keys=True, default=str)


def test_a_large_corpus_is_the_same_read_ahead(two_workers, monkeypatch, settings_override, seeds):
    # The seeds (claims, quotes, places) among 1,500 synthetic articles, in runs of 300.
    settings_override(parallel={"min_articles": 1000, "ahead_chunk_articles": 300})
    articles = [*seeds.articles, *generate(1500, seed=7).articles]
    text = build(articles)
    with pipeline.reading_ahead(text) as ahead:
        assert ahead is not None and pipeline.ahead_of(text, "quotes") is ahead
        overlapped = _figures_and_sources(text)
    assert ahead.later.collected
    monkeypatch.setenv(parallel.ENV, "1")
    sequential = _figures_and_sources(build(articles))
    assert sequential == overlapped
    assert '"kind": "killed"' in sequential and '"speaker": "Dmitri Peskov"' in sequential


def test_a_worker_killed_while_reading_ahead_costs_time_not_results(two_workers, settings_override, seeds):
    settings_override(parallel={"min_articles": 1, "ahead_chunk_articles": 1})
    parallel.start(*pipeline.WORKER_MODULES)
    text = build(seeds.articles)
    with pipeline.reading_ahead(text) as ahead:
        assert ahead is not None
        for pid in list(parallel.pool._pool._processes):  # type: ignore[union-attr]
            os.kill(pid, signal.SIGKILL)
        time.sleep(0.5)  # the pool has found its worker dead
        overlapped = _figures_and_sources(text)
    sequential = _figures_and_sources(build(seeds.articles))  # the pool starts afresh
    assert sequential == overlapped


def test_a_pass_is_given_once_then_read_again_by_its_stage(two_workers, settings_override, seeds):
    settings_override(parallel={"min_articles": 1, "ahead_chunk_articles": 2})
    text = build(seeds.articles)
    with pipeline.reading_ahead(text, passes=("quotes",)) as ahead:
        assert ahead is not None and pipeline.take_ahead(text, "claims") is None  # not read ahead
        first = pipeline.take_ahead(text, "quotes")
        assert first and pipeline.take_ahead(text, "quotes") is None  # let go once given
        assert ahead.later.result() == []  # the runs are not held twice
    assert pipeline.take_ahead(text, "quotes") is None  # outside: nothing read ahead
    from analysis.sources.quotes import extract

    assert extract(text, per_article=first) == extract(text)
