"""The benchmark run: stage handling, the report's keys, the command's options, and small runs end to end."""

from __future__ import annotations

import json

import pytest

from analysis.bench import run as bench
from analysis.bench.run import UNAVAILABLE, run
from analysis.bench.stages import STAGES, Stage
from analysis.bench.synthetic import generate
from tests.conftest import SEEDS

REPORT_KEYS = {
    "n", "total_s", "baseline_s", "ratio", "peak_rss_mb", "stages", "distinct_words",
    "total_cpu_s", "stages_cpu", "workers_cpu_s", "stages_workers_cpu", "schedule",
}  # fmt: skip


@pytest.fixture(scope="module")
def small_file(tmp_path_factory):
    corpus = generate(60, seed=5)
    return corpus.write_jsonl(tmp_path_factory.mktemp("bench") / "articles.jsonl"), corpus


def _missing(state):
    import analysis.no_such_capability  # noqa: F401


def test_stage_of_a_missing_module_is_unavailable(small_file):
    path, corpus = small_file
    stages = [*STAGES[:2], Stage("future", _missing, "analysis.no_such_capability")]
    report = run(path, planted=corpus.planted, stages=stages)
    assert report["stages"]["future"] == UNAVAILABLE
    # The whole run's wall time: the stages that ran, and the attempt at the one that could not.
    assert report["total_s"] >= report["stages"]["load"] + report["stages"]["text"]
    assert report["n"] == 60 and report["distinct_words"] == corpus.distinct_words


def test_a_broken_import_inside_a_stage_is_not_hidden(small_file):
    path, _ = small_file
    stages = [*STAGES[:2], Stage("broken", _missing, "analysis.something_else")]
    with pytest.raises(ImportError):
        run(path, stages=stages)


def test_small_run_prints_table_and_json_last_line(capsys):
    assert bench.main(["--n", "120", "--json"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    report = json.loads(lines[-1])
    assert report.keys() >= REPORT_KEYS
    assert report["n"] == 120 and report["distinct_words"] > 3000
    assert report["ratio"] == pytest.approx(report["total_s"] / report["baseline_s"], rel=0.01)
    assert all(isinstance(report["stages"][stage.name], float) for stage in STAGES)  # every stage is wired
    assert report["recall_at_10"] == 1.0  # 120 articles: the exact search
    assert report["reuse_recall"] >= 0.95 and report["passages_articles_per_s"] > 0
    assert report["reuse_pairs"] >= report["reuse_recall"] * 12  # 120 articles: 12 planted pairs
    assert report["peak_rss_mb"] > 0 and set(report["stages_peak_rss_mb"]) == {s.name for s in STAGES}
    assert lines[0] == "articles: 120" and any(line.startswith("baseline") for line in lines)


def test_path_option_benchmarks_a_real_folder(capsys):
    assert bench.main(["--path", str(SEEDS), "--json"]) == 0
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert report["n"] == 5 and "reuse_recall" not in report


def test_above_the_thresholds_neighbours_are_approximate_and_recall_is_measured(
    small_file, monkeypatch, settings_override
):
    from analysis.similarity import tfidf as similarity

    path, corpus = small_file
    # 60 articles: above "dense" and "approximate"; only terms in ≤ 20 articles propose candidates.
    settings_override(similarity={"dense_max_articles": 20, "approximate_above": 20, "candidate_max_df_floor": 20})
    calls = []
    search = similarity.approximate_top_k
    monkeypatch.setattr(similarity, "approximate_top_k", lambda *a, **k: calls.append(k["max_df"]) or search(*a, **k))
    report = run(path, planted=corpus.planted)
    assert calls == [20] and 0.9 <= report["recall_at_10"] <= 1.0
    assert report["reuse_recall"] == 1.0


def test_workers_memory_is_added_to_the_peak(small_file, monkeypatch, settings_override):
    from analysis import parallel

    path, corpus = small_file
    monkeypatch.setenv(parallel.ENV, "2")
    monkeypatch.setattr(parallel.pool, "_peaks", {})
    settings_override(parallel={"min_articles": 10, "min_words": 10})  # 60 articles: spread anyway
    try:
        report = run(path, planted=corpus.planted)
    finally:
        parallel.shutdown()
    assert report["workers"] == 2 and report["workers_peak_rss_mb"] > 50
    assert report["peak_rss_mb"] == pytest.approx(report["main_peak_rss_mb"] + report["workers_peak_rss_mb"], abs=0.2)


def test_sizes_run_each_size_in_its_own_process_and_print_one_table(capsys):
    from analysis.bench.run import main

    assert main(["--sizes", "40,60", "--json"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    reports = json.loads(out[-1])
    assert [r["n"] for r in reports] == [40, 60]
    assert all(r["ratio"] == pytest.approx(r["total_s"] / r["baseline_s"], rel=0.01) for r in reports)
    rows = [line for line in out if line.startswith("| 40 |") or line.startswith("| 60 |")]
    assert len(rows) == 2
    head = next(line for line in out if line.startswith("| N |"))
    assert all(f" {stage} |" in head for stage in reports[0]["stages"])  # every stage run has its column
    assert " CPU ratio |" in head
    assert any(line.startswith("N = 60: ratio") for line in out)


def test_sizes_must_be_numbers():
    from analysis.bench.run import main

    with pytest.raises(SystemExit):
        main(["--sizes", "1000,many"])


def test_the_overlapped_schedule_reads_ahead_on_the_worker_and_finds_the_same(
    small_file, monkeypatch, settings_override
):
    from analysis import parallel

    path, corpus = small_file
    monkeypatch.setenv(parallel.ENV, "2")
    settings_override(parallel={"min_articles": 10, "min_words": 10, "ahead_chunk_articles": 7})
    try:
        overlapped = run(path, planted=corpus.planted)
        sequential = run(path, planted=corpus.planted, overlapped=False)
    finally:
        parallel.shutdown()
    assert overlapped["schedule"] == "overlapped" and sequential["schedule"] == "sequential"
    assert isinstance(overlapped["stages"]["read_ahead"], float)
    assert overlapped["workers_cpu_s"] > 0 and set(overlapped["stages_workers_cpu"]) == {s.name for s in STAGES}
    for key in ("stories", "reuse_pairs", "reuse_recall", "recall_at_10", "words", "distinct_words"):
        assert overlapped[key] == sequential[key]


def test_sources_added_runs_the_bench_again_without_sources_and_places(capsys):
    assert bench.main(["--n", "80", "--json", "--sources-added"]) == 0
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert report["without_sources_s"] > 0
    assert report["sources_added_s"] == pytest.approx(report["total_s"] - report["without_sources_s"], abs=0.001)
    assert report["sources_added_share"] == pytest.approx(
        report["sources_added_s"] / report["without_sources_s"], abs=0.001
    )


def test_skip_names_a_stage_that_can_be_left_out(capsys):
    assert bench.main(["--n", "40", "--json", "--skip", "sources,places", "--sequential"]) == 0
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert "sources" not in report["stages"] and "places" not in report["stages"]
    assert report["schedule"] == "sequential"
    for bad in ("text", "sorces"):
        with pytest.raises(SystemExit):
            bench.main(["--n", "40", "--skip", bad])
