"""``python -m analysis.bench.engines --sizes 2000,10000``: the whole analysis on the local engine and on Dask.

For each size, the synthetic corpus (:mod:`analysis.bench.synthetic`, planted
reuse) goes through :func:`analysis.engine.run.analyse` on the local engine
(this process and :mod:`analysis.parallel`'s worker pool) and on a Dask
LocalCluster of ``--workers`` processes of ``--memory-limit`` each; reported per
engine: start-up (the pool's first worker ready with the analysis modules
imported; the cluster up with the same imports done on every worker), wall
seconds per stage, peak resident memory of this process and of each worker,
planted-reuse recall, and whether both engines' outputs are identical.
``--engines dask`` runs Dask alone (the 100,000-article run). The corpus is
generated in this process and handed to ``analyse`` directly, so
``max_corpus_articles`` (settings/limits.yaml, a loader's limit) does not apply.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import os
import resource
import sys
import time
from collections.abc import Callable, Sequence

import numpy as np

from analysis import parallel
from analysis.bench.baseline import reuse_recall
from analysis.bench.synthetic import DEFAULT_SEED, generate
from analysis.engine import open_engine
from analysis.engine.run import Analysis, analyse
from analysis.parallel.pool import executor
from analysis.pipeline import WORKER_MODULES

__all__ = ["main", "same"]

MODULES = (*WORKER_MODULES, "analysis.engine.stages")


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _worker_peak_mb(dask_worker: object) -> float:
    """In a Dask worker: the highest resident memory its monitor sampled (every 0.5 s; the last hour).

    ``ru_maxrss`` would not do: a worker forked from a large process starts with that process' peak.
    """
    samples = dask_worker.monitor.quantities["memory"]  # type: ignore[attr-defined]
    return round(max(samples, default=0) / 2**20, 1)


def _worker_samples(dask_worker: object) -> tuple[list[float], list[float]]:
    """In a Dask worker: its monitor's (time, resident bytes) samples, to split by stage."""
    quantities = dask_worker.monitor.quantities  # type: ignore[attr-defined]
    return list(quantities["time"]), list(quantities["memory"])


def _stage_peaks(
    samples: dict[str, tuple[list[float], list[float]]], windows: dict[str, tuple[float, float]]
) -> dict[str, list[float]]:
    """Each stage's peak resident MB per worker (sorted), from the monitors' samples within its time window."""
    peaks: dict[str, list[float]] = {}
    for stage, (start, end) in windows.items():
        peaks[stage] = sorted(
            round(max((m for t, m in zip(times, memory) if start <= t <= end + 0.5), default=0) / 2**20, 1)
            for times, memory in samples.values()
        )
    return peaks


def _cpu_s() -> float:
    """CPU seconds (user + system) of this process so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _workers_cpu_s(client: object) -> float:
    """CPU seconds of every Dask worker process so far, summed (0 without a client)."""
    if client is None:
        return 0.0
    return float(sum(client.run(_cpu_s).values()))  # type: ignore[attr-defined]


def _imported(modules: tuple[str, ...]) -> float:
    for module in modules:
        importlib.import_module(module)
    return _peak_mb()


def same(a: Analysis, b: Analysis) -> bool:
    """Whether every output of two runs is identical (what tests/test_engine.py asserts)."""
    return bool(
        a.neighbours.equals(b.neighbours)
        and a.pairs.equals(b.pairs)
        and a.candidates.equals(b.candidates)
        and a.reuses == b.reuses
        and a.terms == b.terms
        and a.claims == b.claims
        and a.agreement == b.agreement
        and a.stories == b.stories
    )


def _progress(
    engine: str,
    n: int,
    windows: dict[str, tuple[float, float]] | None = None,
    main_peaks: dict[str, float] | None = None,
    cpu: dict[str, dict[str, float]] | None = None,
    client: object = None,
) -> Callable[[str, str], None]:
    """Each stage's start and end on stderr with the time and load average: a run cut short still tells.
    ``windows`` gets each stage's (start, end) in ``time.time()`` seconds, ``main_peaks`` this process' peak
    resident MB at each stage's end, ``cpu`` each stage's CPU seconds in this process ("main") and in the
    Dask workers of ``client`` together ("workers"): less disturbed by other load on the machine than wall time."""
    began: dict[str, float] = {}
    cpu_began: dict[str, tuple[float, float]] = {}

    def report(stage: str, event: str) -> None:
        now = time.perf_counter()
        if event == "start":
            if cpu is not None:
                cpu_began[stage] = (_cpu_s(), _workers_cpu_s(client))
            began[stage] = time.perf_counter()
            return
        if cpu is not None:
            main, workers = cpu_began[stage]
            cpu[stage] = {"main": round(_cpu_s() - main, 2), "workers": round(_workers_cpu_s(client) - workers, 2)}
        if windows is not None:
            windows[stage] = (time.time() - (now - began[stage]), time.time())
        if main_peaks is not None:
            main_peaks[stage] = _peak_mb()
        load = " ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"[{engine} n={n}] {stage}: {now - began[stage]:.1f} s (load {load}, main peak {_peak_mb()} MB)"
              + (f", CPU s {cpu[stage]}" if cpu is not None else ""), file=sys.stderr, flush=True)  # fmt: skip

    return report


def _local_start() -> float:
    began = time.perf_counter()
    if parallel.workers() > 1:
        pool = executor(parallel.workers() - 1, MODULES)
        pool.submit(os.getpid).result()  # queued behind the workers' imports
    return round(time.perf_counter() - began, 2)


def _summary(result: Analysis, planted: set[frozenset[str]], planted_list: Sequence[object]) -> dict[str, object]:
    found = {frozenset((r.a, r.b)) for r in result.reuses}
    return {
        "seconds": result.seconds,
        "total_s": round(sum(result.seconds.values()), 2),
        "reuse_recall": round(reuse_recall(planted_list, found), 4),  # type: ignore[arg-type]
        "reuse_pairs": len(result.reuses),
        "claims": len(result.claims),
        "stories": len(result.stories.stories),
    }


def measure(n: int, *, engines: Sequence[str], workers: int, memory_limit: str, seed: int) -> dict[str, object]:
    """One size: both engines' start-up, stage times, peaks, recall; identical outputs when both ran."""
    corpus = generate(n, seed=seed)
    planted = {frozenset((p.source, p.target)) for p in corpus.planted}
    report: dict[str, object] = {"n": n, "load_average": list(np.round(os.getloadavg(), 2))}
    results: dict[str, Analysis] = {}
    if "local" in engines:
        report["local_start_s"] = _local_start()
        results["local"] = analyse(corpus.articles, open_engine("local"), progress=_progress("local", n))
        report["local"] = {
            **_summary(results["local"], planted, corpus.planted),
            "main_peak_mb": _peak_mb(),
            "pool_workers_peak_mb": parallel.worker_peak_rss_mb(),
        }
        parallel.shutdown()
    if "dask" in engines:
        began = time.perf_counter()
        engine = open_engine("dask", workers=workers, memory_limit=memory_limit)
        engine.client.run(_imported, MODULES)  # type: ignore[attr-defined]
        report["dask_start_s"] = round(time.perf_counter() - began, 2)
        try:
            main_before = _peak_mb()
            started_with = set(engine.client.scheduler_info()["workers"])  # type: ignore[attr-defined]
            windows: dict[str, tuple[float, float]] = {}
            main_peaks: dict[str, float] = {}
            cpu: dict[str, dict[str, float]] = {}
            progress = _progress("dask", n, windows, main_peaks, cpu, engine.client)  # type: ignore[attr-defined]
            results["dask"] = analyse(corpus.articles, engine, progress=progress)
            peaks = engine.client.run(_worker_peak_mb)  # type: ignore[attr-defined]
            samples = engine.client.run(_worker_samples)  # type: ignore[attr-defined]
            # A worker past its memory limit is killed by its nanny and restarted under a new address.
            restarted = len(started_with - set(peaks))
            report["dask"] = {
                **_summary(results["dask"], planted, corpus.planted),
                "main_peak_mb": _peak_mb(),
                "main_peak_before_mb": main_before,
                "worker_peaks_mb": sorted(peaks.values()),
                "workers_restarted": restarted,
                "stage_worker_peaks_mb": _stage_peaks(samples, windows),
                "stage_main_peaks_mb": main_peaks,
                "stage_cpu_s": cpu,
                "workers": workers,
                "memory_limit": memory_limit,
            }
        finally:
            engine.close()
    if len(results) == 2:
        report["identical"] = same(results["local"], results["dask"])
    report["load_average_after"] = list(np.round(os.getloadavg(), 2))
    results.clear()
    gc.collect()
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.bench.engines", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000", help="synthetic corpus sizes, comma-separated (default: 2000)")
    parser.add_argument("--engines", default="local,dask", help="local,dask (default), or one of them")
    parser.add_argument("--workers", type=int, default=2, help="Dask workers (default: 2)")
    parser.add_argument("--memory-limit", default="3GB", help="memory per Dask worker (default: 3GB)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    for size in (int(s) for s in args.sizes.split(",")):
        report = measure(size, engines=engines, workers=args.workers, memory_limit=args.memory_limit, seed=args.seed)
        print(json.dumps(report, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
