"""The worker processes: how many, started once and on first use, killed or stopped, what they use.

Workers are *spawned* (a fresh interpreter that imports only what the work
needs), never forked: the dashboard's server has threads, and a forked copy of
a 1 GB process would hide its memory from the measurements. They are started
without the main script (:func:`main_hidden`), so a user's script that calls
the analysis without an ``if __name__ == "__main__":`` guard is not run again
in each worker; the work sent is always a function of the ``analysis``
package. Each worker reports its peak resident memory with every result
(:func:`worker_peak_rss_mb`), so a benchmark can count it.

``CONTRASTE_WORKERS`` sets the number of processes (default: the cores this
process may run on); ``CONTRASTE_WORKERS=1`` keeps all work in this process.
How work is cut into chunks and spread over them: :mod:`analysis.parallel.chunks`.
"""

from __future__ import annotations

import atexit
import concurrent.futures
import concurrent.futures.process
import contextlib
import importlib
import multiprocessing
import os
import resource
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from analysis.parallel.memory import return_freed_memory, trim_freed_memory

__all__ = [
    "ENV",
    "NO_POOL",
    "executor",
    "kill",
    "main_hidden",
    "record_peak",
    "run_chunk",
    "shutdown",
    "start",
    "worker_cpu_s",
    "worker_peak_rss_mb",
    "workers",
]

T = TypeVar("T")
R = TypeVar("R")

ENV = "CONTRASTE_WORKERS"

# What starting or using the pool can raise when worker processes cannot run here (no /dev/shm for its
# semaphores, a sandbox that forbids new processes) or one died: the work is then done in this process.
NO_POOL = (concurrent.futures.process.BrokenProcessPool, OSError, ImportError, NotImplementedError)

_lock = threading.Lock()
_pool: concurrent.futures.ProcessPoolExecutor | None = None
_peaks: dict[int, float] = {}


def workers() -> int:
    """Processes to spread work over: ``CONTRASTE_WORKERS`` if set, else the cores available (at least 1).

    Raises:
        ValueError: when ``CONTRASTE_WORKERS`` is not a whole number of at least 1.
    """
    raw = os.environ.get(ENV, "").strip()
    if raw:
        try:
            value = int(raw)
        except ValueError:
            raise ValueError(f"{ENV}={raw!r}: expected a whole number of processes (1 = no workers)") from None
        if value < 1:
            raise ValueError(f"{ENV}={raw!r}: expected at least 1 (1 = no workers)")
        return value
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def run_chunk(fn: Callable[[list[T]], list[R]], items: list[T]) -> tuple[int, float, list[R]]:
    """In a worker: ``fn(items)``, with the worker's pid and peak memory."""
    result = fn(items)
    trim_freed_memory()  # what the chunk dropped, before the next one comes
    return os.getpid(), _peak_mb(), result


def _quiet_on_interrupt() -> None:
    """In a worker: ignore Ctrl-C (the terminal sends it to every process); the main process stops the workers.

    Also :func:`return_freed_memory`, as in the main process.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    return_freed_memory()


def _ready(modules: tuple[str, ...]) -> tuple[int, float, list[Any]]:
    """In a worker: import ``modules`` now, so that the first real task does not wait for them."""
    for module in modules:
        importlib.import_module(module)
    return os.getpid(), _peak_mb(), []


@contextlib.contextmanager
def main_hidden() -> Iterator[None]:
    """While processes start, hide ``__main__``'s module name and path: spawn would import it in each worker."""
    main = sys.modules.get("__main__")
    saved: dict[str, Any] = {n: main.__dict__[n] for n in ("__spec__", "__file__") if main and n in main.__dict__}
    try:
        if main is not None:
            main.__dict__.pop("__file__", None)
            main.__dict__["__spec__"] = None
        yield
    finally:
        if main is not None:
            main.__dict__.pop("__spec__", None)
            main.__dict__.update(saved)


def executor(count: int, modules: tuple[str, ...] = ()) -> concurrent.futures.ProcessPoolExecutor:
    """The pool of ``count`` workers, all started now (a spawned pool starts a worker on ``submit``)."""
    global _pool
    with _lock:
        if _pool is None:
            _pool = concurrent.futures.ProcessPoolExecutor(
                count, mp_context=multiprocessing.get_context("spawn"), initializer=_quiet_on_interrupt
            )
            with main_hidden():
                # Each submit with no idle worker starts one: ``count`` of them start ``count`` workers.
                for _ in range(count):
                    _pool.submit(_ready, modules).add_done_callback(record_peak)
        return _pool


def start(*modules: str) -> None:
    """Start the workers now, importing ``modules`` (a second or so), so later work need not wait.

    Call it as soon as a large corpus is known to be coming; a no-op when the workers run or there are none.
    """
    if workers() > 1:
        with contextlib.suppress(*NO_POOL):  # chunks.map_split will do the work here
            executor(workers() - 1, modules)


def record_peak(future: concurrent.futures.Future[tuple[int, float, list[Any]]]) -> None:
    """Note the peak memory a worker reported with a result (:func:`run_chunk`), for :func:`worker_peak_rss_mb`."""
    if not future.cancelled() and future.exception() is None:
        pid, peak, _ = future.result()
        _peaks[pid] = max(peak, _peaks.get(pid, 0.0))


def kill() -> None:
    """Kill the workers at once (a stopped process ignores everything but SIGKILL); they start again on next use.

    Their unfinished chunks' futures are cancelled or broken: :func:`analysis.parallel.chunks.map_split`
    does those chunks here.
    """
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is None:
        return
    # Python 3.11's pool thread, finding a killed worker, sets an error on every future still in its table and
    # stops at the first cancelled one (InvalidStateError; 3.12 skips them) before it closes its queues: the
    # process then hung at exit, a queue's feeder thread writing to the dead worker (python/cpython#94777).
    # Futures cancelled here (map_split's chunks no worker started) leave that table first; the rest get
    # BrokenProcessPool, which nobody reads: map_split does their chunks here.
    pending = getattr(pool, "_pending_work_items", None)
    if isinstance(pending, dict):
        for key, item in list(pending.items()):
            if item.future.cancelled():
                pending.pop(key, None)
    # The executor has no public way to kill its processes: its ``_processes`` map is the only handle on them.
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.kill()
    pool.shutdown(wait=False)


def worker_cpu_s() -> float:
    """CPU seconds (user and system) the running workers have used since they started (Linux; 0.0 elsewhere):
    what they add to this process' own ``time.process_time()``. Workers that stopped are no longer counted."""
    with _lock:
        pool = _pool
    if pool is None:
        return 0.0
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    total = 0.0
    for pid in list(getattr(pool, "_processes", None) or {}):
        with contextlib.suppress(OSError, ValueError, IndexError):
            # /proc/PID/stat: the fields after the command's closing parenthesis; utime and stime are the 12th, 13th.
            fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
            total += (int(fields[11]) + int(fields[12])) / ticks
    return round(total, 3)


def worker_peak_rss_mb() -> float:
    """Sum of the peak resident memory (MB) each worker reported so far: what they add to this process' own."""
    return round(sum(_peaks.values()), 1)


def shutdown() -> None:
    """Stop the workers (they start again on next use)."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


atexit.register(shutdown)
