"""``python -m analysis.bench --n N [--json] [--path DIR]``: time every analysis stage against a baseline.

``--sizes 1000,2000,5000 [--repeat R]`` runs it at each size in fresh processes and prints one table
(:mod:`analysis.bench.sizes`).

The corpus is :mod:`analysis.bench.synthetic` (N articles, written to a JSON Lines
file in a child process so that generating it weighs on neither the timings
nor the peak memory) or a real folder (``--path``). Each stage of
:data:`analysis.bench.stages.STAGES` runs once, in order, and is timed; a stage whose module is not
installed on this branch is reported as ``"unavailable"``, never with a
made-up time. In the same run the baseline (:mod:`analysis.bench.baseline`) does what a bare scikit-learn
script would: ``TfidfVectorizer().fit_transform(texts)`` and the exact cosine
top-10 neighbours of every article.

Peak memory is the process's peak resident set (``ru_maxrss``), read after the
analysis stages and before the baseline runs (scikit-learn is imported only then), plus the peak of each worker
process the analysis used (:mod:`analysis.parallel`): an upper bound, as the
peaks need not coincide.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import multiprocessing
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from tqdm import tqdm

from analysis import parallel
from analysis.bench.baseline import NEIGHBOURS, baseline, exact_neighbours, recall_at_k, reuse_recall
from analysis.bench.stages import PASS_OF_STAGE, STAGES, Run, SimilarityRun, Stage
from analysis.bench.synthetic import DEFAULT_SEED, PlantedPassage, generate
from analysis.collector import freeze_survivors

__all__ = ["UNAVAILABLE", "main", "run", "synthetic_file", "table"]

UNAVAILABLE = "unavailable"
# Articles per JSON Lines file of the synthetic corpus (5,000 articles ≈ 17 MB, under the loader's 50 MB limit).
FILE_ARTICLES = 5000


def _metrics(state: Run, times: dict[str, float | str], cpu: dict[str, float | str]) -> dict[str, float]:
    """Recall figures of the stages that ran (neighbours against exact search, passages against the planted
    truth) and the passages stage's speed in articles per second (wall) and per CPU second."""
    metrics: dict[str, float] = {}
    similarity = state.results.get("similarity")
    if isinstance(similarity, SimilarityRun):
        matrix = similarity.model.matrix  # type: ignore[attr-defined]
        exact = exact_neighbours(matrix, k=NEIGHBOURS)
        metrics["recall_at_10"] = recall_at_k(exact, similarity.neighbours)
    found = state.results.get("stories")
    if found is not None and hasattr(found, "stories"):
        metrics["stories"] = len(found.stories)
        wall, base = times.get("stories"), times.get("similarity")
        if isinstance(wall, float) and isinstance(base, float) and base > 0:
            metrics["stories_overhead"] = wall / base  # the share stories add to the similarity stage
    reuses = state.results.get("passages")
    if isinstance(reuses, list):
        metrics["reuse_pairs"] = len(reuses)  # pairs reported as sharing a passage (planted or not)
        if state.planted:
            metrics["reuse_recall"] = reuse_recall(state.planted, {frozenset((r.a, r.b)) for r in reuses})
        n = len(state.text.docs) if state.text is not None else 0
        wall, processor = times.get("passages"), cpu.get("passages")
        if isinstance(wall, float) and wall > 0:
            metrics["passages_articles_per_s"] = n / wall
        if isinstance(processor, float) and processor > 0:
            metrics["passages_articles_per_cpu_s"] = n / processor
    return metrics


def _peak_rss_mb() -> float:
    # Linux reports ru_maxrss in kilobytes.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _write_synthetic(n: int, seed: int, folder: str) -> tuple[str, list[tuple[str, str, str]]]:
    corpus = generate(n, seed=seed)
    # Files of FILE_ARTICLES articles: one file of 20,000 would pass the loader's file-size limit.
    target = Path(folder) / "articles"
    target.mkdir()
    records = list(corpus.records())
    for number, start in enumerate(range(0, len(records), FILE_ARTICLES)):
        with (target / f"articles-{number:03d}.jsonl").open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records[start : start + FILE_ARTICLES])
    return str(target), [(p.source, p.target, p.text) for p in corpus.planted]


def synthetic_file(n: int, folder: Path, *, seed: int = DEFAULT_SEED) -> tuple[Path, tuple[PlantedPassage, ...]]:
    """Generate the synthetic corpus in a fresh child process, write it under ``folder`` (JSON Lines files of
    ``FILE_ARTICLES`` articles in a sub-folder); that sub-folder and the ground truth."""
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=context) as pool:
        path, planted = pool.submit(_write_synthetic, n, seed, str(folder)).result()
    return Path(path), tuple(PlantedPassage(*p) for p in planted)


def run(
    source: Path,
    *,
    planted: Sequence[PlantedPassage] = (),
    stages: Sequence[Stage] = STAGES,
    overlapped: bool = True,
) -> dict[str, object]:
    """Run and time ``stages`` on the corpus at ``source``, then the baseline; the report as a JSON-able dict.

    ``overlapped``: the per-article passes of the stages run (claims, quotes, places) are read on the worker
    from the end of the text stage on, as `contraste report` does (:func:`analysis.pipeline.reading_ahead`);
    False: the sequential schedule, each stage spreading its own work when it runs.
    """
    parallel.return_freed_memory()  # as the CLI and the dashboard do
    names = {stage.name for stage in stages}
    passes = tuple(p for stage, p in PASS_OF_STAGE.items() if stage in names) if overlapped else ()
    state = Run(source, tuple(planted), passes=passes)
    times: dict[str, float | str] = {}
    cpu: dict[str, float | str] = {}
    workers_cpu: dict[str, float] = {}
    peaks: dict[str, float] = {}
    bar = tqdm(stages, desc="bench", unit="stage", leave=False, disable=None)
    began, began_cpu = time.perf_counter(), time.process_time()
    with state.ahead:
        for stage in bar:
            bar.set_postfix_str(stage.name)
            freeze_survivors()  # as `contraste report` does between sections (analysis.collector)
            start, start_cpu, start_workers = time.perf_counter(), time.process_time(), parallel.worker_cpu_s()
            try:
                state.results[stage.name] = stage.run(state)
            except ImportError as err:
                if stage.module is None or err.name != stage.module:
                    raise
                times[stage.name] = cpu[stage.name] = UNAVAILABLE
                continue
            times[stage.name] = round(time.perf_counter() - start, 4)
            cpu[stage.name] = round(time.process_time() - start_cpu, 4)
            # A worker that started or stopped during the stage: its CPU before is not known, count from 0.
            workers_cpu[stage.name] = round(max(parallel.worker_cpu_s() - start_workers, 0.0), 3)
            peaks[stage.name] = round(_peak_rss_mb(), 1)
        total = time.perf_counter() - began  # the whole analysis as run: the worker's share is inside it
        total_cpu = time.process_time() - began_cpu
    main_peak = _peak_rss_mb()
    # Worker processes (analysis.parallel) hold memory of their own: count each one's peak on top.
    workers_peak = parallel.worker_peak_rss_mb()
    peak = main_peak + workers_peak
    assert state.corpus is not None and state.text is not None, "the load and text stages must run"
    texts = [a.text for a in state.corpus.articles]
    import sklearn.feature_extraction.text  # noqa: F401  (the baseline's import, untimed: see baseline())

    start_cpu = time.process_time()
    baseline_s, _ = baseline(texts)
    baseline_cpu = time.process_time() - start_cpu
    report: dict[str, object] = {
        "n": len(texts),
        "total_s": round(total, 4),
        "baseline_s": round(baseline_s, 4),
        "ratio": round(total / baseline_s, 3) if baseline_s else None,
        "peak_rss_mb": round(peak, 1),
        "main_peak_rss_mb": round(main_peak, 1),
        "workers_peak_rss_mb": workers_peak,
        "workers": parallel.workers(),
        "baseline_peak_rss_mb": round(_peak_rss_mb(), 1),
        "stages": times,
        # CPU seconds (all threads) of the same steps: steadier than wall time on a shared machine.
        "total_cpu_s": round(total_cpu, 3),
        "baseline_cpu_s": round(baseline_cpu, 3),
        "stages_cpu": cpu,
        # The worker processes' CPU seconds during each stage (what they read ahead shows where it was read).
        "workers_cpu_s": round(sum(workers_cpu.values()), 3),
        "stages_workers_cpu": workers_cpu,
        "schedule": "overlapped" if state.overlapped else "sequential",
        # The process's peak resident memory after each stage: where the peak was reached.
        "stages_peak_rss_mb": peaks,
        "distinct_words": len(set().union(*(d.tokens for d in state.text.docs))),
        "words": sum(len(d.tokens) for d in state.text.docs),
    }
    report.update({name: round(value, 4) for name, value in _metrics(state, times, cpu).items()})
    return report


def table(report: dict[str, object]) -> str:
    """The report as a plain-text table: one row per stage, then the totals."""
    n = int(report["n"])  # type: ignore[call-overload]
    stages = report["stages"]
    assert isinstance(stages, dict)
    cpu = report["stages_cpu"]
    assert isinstance(cpu, dict)
    workers = report.get("stages_workers_cpu", {})
    assert isinstance(workers, dict)
    rows = [("stage", "seconds", "cpu s", "worker cpu s", "ms/article")]

    def row(name: str, wall: object, processor: object, worker: object) -> tuple[str, str, str, str, str]:
        if not isinstance(wall, float):
            return (name, str(wall), "", "", "")
        other = f"{worker:.3f}" if isinstance(worker, float | int) else ""
        return (name, f"{wall:.3f}", f"{processor:.3f}", other, f"{1000 * wall / n:.3f}")

    rows += [row(name, value, cpu[name], workers.get(name)) for name, value in stages.items()]
    rows.append(row("total", report["total_s"], report["total_cpu_s"], report.get("workers_cpu_s")))
    rows.append(row("baseline", report["baseline_s"], report["baseline_cpu_s"], None))
    width = [max(len(r[c]) for r in rows) for c in range(5)]
    lines = [f"{r[0]:<{width[0]}}  " + "  ".join(f"{r[c]:>{width[c]}}" for c in (1, 2, 3, 4)) for r in rows]
    lines.insert(1, "-" * len(lines[0]))
    extra = [
        "ratio", "schedule", "peak_rss_mb", "main_peak_rss_mb", "workers_peak_rss_mb", "workers", "baseline_peak_rss_mb",
        "distinct_words", "words",
        "recall_at_10", "reuse_recall", "reuse_pairs", "passages_articles_per_s", "passages_articles_per_cpu_s",
        "without_sources_s", "sources_added_s", "sources_added_share",
    ]  # fmt: skip
    lines.append("")
    lines += [f"{key}: {report[key]}" for key in extra if key in report]
    return "\n".join([f"articles: {n}", *lines])


SOURCES_STAGES = ("sources", "places")


def _sources_added(report: dict[str, object], args: argparse.Namespace) -> dict[str, object]:
    """What the sources and places stages add to the whole analysis' wall time: the same bench without them, in a
    fresh process (its own start-up and caches), right after this one. ``sources_added_share`` is the added time
    over the time without them (issue #23: at most 0.15 at 10,000 articles)."""
    command = [sys.executable, "-m", "analysis.bench", "--n", str(args.n), "--seed", str(args.seed), "--json"]
    command += ["--skip", ",".join(sorted({*SOURCES_STAGES, *(s for s in args.skip.split(",") if s.strip())}))]
    command += ["--path", str(args.path)] if args.path is not None else []
    command += ["--sequential"] if args.sequential else []
    done = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "TQDM_DISABLE": "1"})
    if done.returncode != 0:
        raise RuntimeError(f"bench without sources and places failed:\n{done.stderr[-2000:]}")
    without = float(json.loads(done.stdout.strip().splitlines()[-1])["total_s"])
    added = float(report["total_s"]) - without  # type: ignore[arg-type]
    return {
        "without_sources_s": round(without, 4),
        "sources_added_s": round(added, 4),
        "sources_added_share": round(added / without, 3) if without > 0 else None,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="synthetic articles to generate (default: 1000)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default: {DEFAULT_SEED})")
    parser.add_argument("--path", type=Path, help="benchmark a real folder or file of articles instead")
    parser.add_argument("--json", action="store_true", help="print the report as JSON on the last line")
    parser.add_argument(
        "--sizes", metavar="N,N,...", help="synthetic corpora of these sizes, each in a fresh process: one table"
    )
    parser.add_argument("--repeat", type=int, default=1, help="with --sizes: runs per size (default: 1)")
    parser.add_argument(
        "--sequential",
        action="store_true",
        help="each stage in turn (no per-article passes read on the worker during the matrix stages)",
    )
    parser.add_argument("--skip", metavar="STAGE,...", default="", help="leave these stages out (e.g. sources,places)")
    parser.add_argument(
        "--sources-added",
        action="store_true",
        help="also run without the sources and places stages (a fresh process): what they add to the total",
    )
    args = parser.parse_args(argv)
    skipped = {name.strip() for name in args.skip.split(",") if name.strip()}
    unknown = skipped - {stage.name for stage in STAGES}
    if unknown or skipped & {"load", "text"}:
        parser.error(f"--skip: {sorted(unknown or skipped & {'load', 'text'})}: not a stage that can be left out")
    stages = [stage for stage in STAGES if stage.name not in skipped]
    if args.n < 1:
        parser.error("--n must be at least 1")
    if args.sizes is not None:
        from analysis.bench.sizes import parse_sizes, run_sizes, sizes_table

        try:
            sizes = parse_sizes(args.sizes)
        except ValueError as err:
            parser.error(str(err))
        if args.repeat < 1:
            parser.error("--repeat must be at least 1")
        reports = run_sizes(sizes, repeat=args.repeat, seed=args.seed)
        print(sizes_table(reports))
        if args.json:
            print(json.dumps(reports, ensure_ascii=False))
        return 0
    planted: tuple[PlantedPassage, ...] = ()
    with tempfile.TemporaryDirectory(prefix="contraste-bench-") as folder:
        if args.path is not None:
            source, planted = args.path, ()
        else:
            source, planted = synthetic_file(args.n, Path(folder), seed=args.seed)
        report = run(source, planted=planted, stages=stages, overlapped=not args.sequential)
    if args.sources_added:
        report.update(_sources_added(report, args))
    print(table(report))
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
