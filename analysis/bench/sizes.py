"""``python -m analysis.bench --sizes 1000,2000,...``: the bench at several sizes in one command, one table.

Each (size, repeat) runs in a fresh ``python -m analysis.bench --n N --json``
child process, one after the other, so that each pays its own fixed costs
(imports, language models, worker start-up) and its peak memory is its own
(``ru_maxrss`` never goes down in a process). The ratio of a size is the
median of its repeats' ratios: the ratio is measured against the baseline in
the same process, so it varies less than either time on a shared machine.

>>> median_of([3.0, 1.0, 2.0]), median_of([1.0, 4.0])
(2.0, 2.5)
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from collections.abc import Sequence

__all__ = ["STAGE_NAMES", "median_of", "parse_sizes", "run_sizes", "sizes_table"]

STAGE_NAMES = ("load", "text", "similarity", "passages", "terms", "figures")


def parse_sizes(text: str) -> list[int]:
    """``"1000,2000"`` → ``[1000, 2000]``; every size a whole number of at least 1.

    >>> parse_sizes("1000, 2000,5000")
    [1000, 2000, 5000]
    """
    sizes = []
    for part in text.split(","):
        part = part.strip()
        if not part.isdigit() or int(part) < 1:
            raise ValueError(f"--sizes: {part!r} is not a number of articles (expected e.g. 1000,2000,5000)")
        sizes.append(int(part))
    return sizes


def median_of(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def _one(n: int, seed: int) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", "analysis.bench", "--n", str(n), "--seed", str(seed), "--json"],
        capture_output=True, text=True, env={**os.environ, "TQDM_DISABLE": "1"},
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"bench at {n} articles failed:\n{done.stderr[-2000:]}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    report["load_average"] = os.getloadavg()[0]  # how busy the machine was (1-minute load) when it ended
    return report


def run_sizes(sizes: Sequence[int], *, repeat: int = 1, seed: int, progress: bool = True) -> list[dict[str, object]]:
    """Every report, size by size (``repeat`` runs each, in fresh processes)."""
    reports = []
    for n in sizes:
        for attempt in range(repeat):
            if progress:
                print(f"bench: {n} articles, run {attempt + 1} of {repeat}", file=sys.stderr, flush=True)
            reports.append(_one(n, seed))
            if progress:  # each report as soon as it is known: a long run can be read while it goes on
                print(json.dumps(reports[-1], ensure_ascii=False), file=sys.stderr, flush=True)
    return reports


def _seconds(value: object) -> str:
    return f"{value:.1f}" if isinstance(value, float | int) else str(value)


def sizes_table(reports: Sequence[dict[str, object]]) -> str:
    """One Markdown row per run (per-stage seconds, total, baseline, ratio, CPU ratio, peak MB, load), then each
    size's median ratio."""
    # Every stage the runs report, in their order (STAGE_NAMES first): a stage added to run.STAGES gets a column.
    names = list(dict.fromkeys([*STAGE_NAMES, *(s for r in reports for s in r["stages"])]))  # type: ignore[attr-defined]
    head = ["N", *names, "total", "baseline", "ratio", "CPU ratio", "peak MB (main + workers)", "load avg"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---:|" * len(head)]
    by_size: dict[int, list[float]] = {}
    cpu_by_size: dict[int, list[float]] = {}
    for r in reports:
        stages = r["stages"]
        assert isinstance(stages, dict)
        ratio = r["ratio"]
        by_size.setdefault(int(r["n"]), []).append(float(ratio))  # type: ignore[call-overload, arg-type]
        peak = f"{r['peak_rss_mb']:,.0f} ({r['main_peak_rss_mb']:,.0f} + {r['workers_peak_rss_mb']:,.0f})"
        cells = [f"{int(r['n']):,}", *(_seconds(stages.get(s, "")) for s in names)]  # type: ignore[call-overload]
        # CPU seconds of this process against the baseline's (the workers' CPU is not counted: a lower bound).
        cpu = float(r["total_cpu_s"]) / float(r["baseline_cpu_s"]) if r.get("baseline_cpu_s") else float("nan")  # type: ignore[arg-type]
        cpu_by_size.setdefault(int(r["n"]), []).append(cpu)  # type: ignore[call-overload]
        cells += [_seconds(r["total_s"]), _seconds(r["baseline_s"]), f"{ratio:.2f}", f"{cpu:.2f}", peak]
        cells.append(f"{r['load_average']:.1f}")
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    for n, ratios in by_size.items():
        spread = f" ({min(ratios):.2f}–{max(ratios):.2f} over {len(ratios)} runs)" if len(ratios) > 1 else ""
        lines.append(f"N = {n:,}: ratio {median_of(ratios):.2f}{spread}, CPU ratio {median_of(cpu_by_size[n]):.2f}")
    return "\n".join(lines)
