"""Independent work spread over the machine's cores: worker processes, started once and on first use.

A stage whose work splits into independent pieces of plain data (runs of
articles to tokenize or to read figures from, distinct words to stem) hands
them to :func:`map_split`: they are cut into chunks, this process computes
every ``workers()``-th chunk while worker processes compute the others, and
the results come back in order, exactly as ``fn(items)`` would return them.
:func:`map_later` is its asynchronous counterpart: the chunks go to the workers
now, this process goes on with other work, and :meth:`Later.result` gives
``fn(items)`` later, this process joining in on the chunks no worker has started.
Small inputs (under ``min_items``) never leave the process: sending them costs
more than it saves.

Workers are *spawned* (a fresh interpreter that imports only what the work
needs), never forked: the dashboard's server has threads, and a forked copy of
a 1 GB process would hide its memory from the measurements. They are started
without the main script (:func:`_main_hidden`), so a user's script that calls
the analysis without an ``if __name__ == "__main__":`` guard is not run again
in each worker; the work sent is always a function of the ``analysis``
package. Each worker reports its peak resident memory with every result
(:func:`worker_peak_rss_mb`), so a benchmark can count it.

``CONTRASTE_WORKERS`` sets the number of processes (default: the cores this
process may run on); ``CONTRASTE_WORKERS=1`` keeps all work in this process.
"""

from __future__ import annotations

import atexit
import concurrent.futures
import concurrent.futures.process
import contextlib
import contextvars
import importlib
import multiprocessing
import os
import resource
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar

from analysis.config import settings

__all__ = [
    "Later",
    "kill",
    "map_later",
    "map_split",
    "return_freed_memory",
    "shutdown",
    "trim_freed_memory",
    "spread_by",
    "spreading",
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
_NO_POOL = (concurrent.futures.process.BrokenProcessPool, OSError, ImportError, NotImplementedError)

_lock = threading.Lock()
_pool: concurrent.futures.ProcessPoolExecutor | None = None
_peaks: dict[int, float] = {}

# Another way to spread chunks than this module's pool (analysis/engine: a Dask cluster), set by spread_by():
# called as ``spreader(fn, items, max_chunk)``, it returns what ``fn(items)`` would.
Spreader = Callable[[Callable[[list[Any]], list[Any]], list[Any], "int | None"], list[Any]]
_spreader: contextvars.ContextVar[Spreader | None] = contextvars.ContextVar("contraste_spreader", default=None)


@contextlib.contextmanager
def spread_by(spreader: Spreader) -> Iterator[None]:
    """While inside, :func:`map_split` hands work of at least ``min_items`` items to ``spreader`` instead of the pool.

    >>> with spread_by(lambda fn, items, max_chunk: fn(items[::-1])):
    ...     map_split(list, [1, 2, 3], min_items=1)
    [3, 2, 1]
    """
    token = _spreader.set(spreader)
    try:
        yield
    finally:
        _spreader.reset(token)


def spreading() -> bool:
    """Whether :func:`spread_by` set another way to spread work than this module's pool (a Dask engine).

    >>> spreading()
    False
    """
    return _spreader.get() is not None


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


def _run(fn: Callable[[list[T]], list[R]], items: list[T]) -> tuple[int, float, list[R]]:
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


# glibc's mallopt parameter number of M_MMAP_THRESHOLD (malloc.h), and the size it is fixed at: glibc's own
# starting value, 128 KiB.
_M_MMAP_THRESHOLD = -3
_MMAP_THRESHOLD = 128 * 1024
_tuned: list[bool] = []


def return_freed_memory() -> bool:
    """Have every block of 128 KiB or more that this process frees go back to the system at once (glibc only).

    glibc serves such a block (a numpy array of 16,000 floats or more) with its own memory map and unmaps it
    when freed, but each time one is freed it raises that threshold to the block's size, up to 32 MB: after the
    first large temporary array is freed, arrays up to its size come from the heap, whose freed memory stays
    with the process, in pieces too small or too scattered for the next stage's arrays. The analysis' stages
    each make and drop such arrays, so the resident memory grew by what every stage had once held. Fixing the
    threshold (``mallopt(M_MMAP_THRESHOLD, 128 KiB)``, glibc's starting value) stops the raising. Measured in
    docs/PERFORMANCE.md (peak memory at 20,000 articles). Called by the CLI, the bench, the dashboard and each
    worker; once per process. True when set (False elsewhere than glibc, where nothing is done).
    """
    if _tuned:
        return _tuned[0]
    done = False
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            done = bool(ctypes.CDLL(None).mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD))
    _tuned.append(done)
    return done


def trim_freed_memory() -> bool:
    """Hand the free pages inside this process' heap back to the system now (glibc's ``malloc_trim(0)``).

    Blocks under the mmap threshold (an article's list of tokens, a sentence's copy) come from the heap;
    when a stage has freed thousands of them among blocks it keeps, their pages stay resident until reused.
    Called where a stage has just dropped much (the end of loading, of the text pipeline, of a worker's
    chunk): at 5,000 articles the loaded corpus' resident memory fell from 114 to 84 MB. It costs a walk over
    the heap's free blocks (milliseconds). True when done (False elsewhere than glibc).
    """
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        return bool(ctypes.CDLL(None).malloc_trim(0))
    except (OSError, AttributeError):
        return False


def _ready(modules: tuple[str, ...]) -> tuple[int, float, list[Any]]:
    """In a worker: import ``modules`` now, so that the first real task does not wait for them."""
    for module in modules:
        importlib.import_module(module)
    return os.getpid(), _peak_mb(), []


@contextlib.contextmanager
def _main_hidden() -> Iterator[None]:
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


def _executor(count: int, modules: tuple[str, ...] = ()) -> concurrent.futures.ProcessPoolExecutor:
    """The pool of ``count`` workers, all started now (a spawned pool starts a worker on ``submit``)."""
    global _pool
    with _lock:
        if _pool is None:
            _pool = concurrent.futures.ProcessPoolExecutor(
                count, mp_context=multiprocessing.get_context("spawn"), initializer=_quiet_on_interrupt
            )
            with _main_hidden():
                # Each submit with no idle worker starts one: ``count`` of them start ``count`` workers.
                for _ in range(count):
                    _pool.submit(_ready, modules).add_done_callback(_record)
        return _pool


def start(*modules: str) -> None:
    """Start the workers now, importing ``modules`` (a second or so), so later work need not wait.

    Call it as soon as a large corpus is known to be coming; a no-op when the workers run or there are none.
    """
    if workers() > 1:
        with contextlib.suppress(*_NO_POOL):  # map_split will do the work here
            _executor(workers() - 1, modules)


def _record(future: concurrent.futures.Future[tuple[int, float, list[Any]]]) -> None:
    if not future.cancelled() and future.exception() is None:
        pid, peak, _ = future.result()
        _peaks[pid] = max(peak, _peaks.get(pid, 0.0))


def _collect(
    fn: Callable[[list[T]], list[R]], items: list[T], future: concurrent.futures.Future[tuple[int, float, list[R]]]
) -> list[R]:
    """A worker's result (its exception, raised here); ``fn(items)`` done here if the worker died or stopped
    answering (:func:`_wait_for_workers` then killed the pool and cancelled the future)."""
    if future.cancelled():
        return fn(items)
    try:
        _record(future)
        return future.result()[2]
    except (concurrent.futures.process.BrokenProcessPool, concurrent.futures.CancelledError):
        shutdown()  # killed, out of memory: the pool starts afresh next time
        return fn(items)


def _wait_for_workers(
    futures: Sequence[concurrent.futures.Future[Any]], own_seconds: float
) -> set[concurrent.futures.Future[Any]]:
    """Wait for the workers' chunks, at most ``max(stall_seconds, stall_factor × own_seconds)`` in all.

    ``own_seconds`` is the longest this process took for one chunk: a worker's chunk
    of the same size should take about as long. A worker that has not answered by
    then is stopped (SIGSTOP), stuck or starved: every worker is killed (a new pool
    starts on next use) and the chunks it held are done here, as for a killed worker.
    Returns the futures that did not answer.
    """
    spread = settings().parallel
    limit = max(spread.stall_seconds, spread.stall_factor * own_seconds)
    _done, pending = concurrent.futures.wait(futures, timeout=limit)
    if pending:
        kill()
    return pending


def kill() -> None:
    """Kill the workers at once (a stopped process ignores everything but SIGKILL); they start again on next use.

    Their unfinished chunks' futures are cancelled or broken: :func:`map_split` does those chunks here.
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


def map_split(
    fn: Callable[[list[T]], list[R]], items: Sequence[T], *, min_items: int, max_chunk: int | None = None
) -> list[R]:
    """``fn(list(items))``, computed in chunks spread over every core when there are at least ``min_items`` items.

    ``fn`` must be a module-level function (or a ``functools.partial`` of one)
    that returns one list per chunk; the lists are joined in order. Chunks
    have at most ``max_chunk`` items (default: one chunk per core), so that
    each process holds one chunk's data at a time. This process takes every
    ``workers()``-th chunk and the workers the others; chunks the workers have
    not started when this process is done, it does too. An exception in a
    worker is raised here, as if ``fn`` had run in this process.

    >>> map_split(sorted, [3, 1, 2], min_items=10)
    [1, 2, 3]
    """
    items = list(items)
    spreader = _spreader.get()
    if spreader is not None and len(items) >= min_items:
        return spreader(fn, items, max_chunk)
    count = min(workers(), len(items))
    if count <= 1 or len(items) < min_items:
        return fn(items)
    size = -(-len(items) // count)
    size = min(size, max_chunk) if max_chunk else size
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    try:
        pool = _executor(workers() - 1)
        theirs = {n: pool.submit(_run, fn, chunk) for n, chunk in enumerate(chunks) if n % count}
    except _NO_POOL:
        shutdown()  # a worker died since the last call, or no process can start here: all of it here
        return fn(items)
    results: dict[int, list[R]] = {}
    try:
        with _handing_over_often():
            own = 0.0
            for n in range(0, len(chunks), count):
                began = time.monotonic()
                results[n] = fn(chunks[n])
                own = max(own, time.monotonic() - began)
            _gather(fn, chunks, theirs, results, own)
    except BaseException:
        for future in theirs.values():
            future.cancel()
        raise
    return [r for n in range(len(chunks)) for r in results[n]]


@contextlib.contextmanager
def _handing_over_often() -> Iterator[None]:
    """While inside, this thread hands the GIL over every ``switch_interval`` seconds (settings/parallel.yaml).

    The pool's threads move chunks and results through pipes, each step waiting for the GIL this thread holds
    while it computes: hand it over often, or a worker waits seconds for its next chunk.
    """
    switch = sys.getswitchinterval()
    sys.setswitchinterval(settings().parallel.switch_interval)
    try:
        yield
    finally:
        sys.setswitchinterval(switch)


def _gather(
    fn: Callable[[list[T]], list[R]],
    chunks: list[list[T]],
    theirs: dict[int, concurrent.futures.Future[tuple[int, float, list[R]]]],
    results: dict[int, list[R]],
    own: float,
) -> None:
    """The chunks handed to the workers (``theirs``, by chunk number) put in ``results``: those no worker has
    started yet (a worker still starting, or slower) are done here, last ones first; then the workers' are
    waited for (:func:`_wait_for_workers`, ``own`` the longest this process took for one chunk) and a silent
    worker's chunks are done here too."""
    for n in sorted(theirs, reverse=True):
        if n not in results and theirs[n].cancel():
            began = time.monotonic()
            results[n] = fn(chunks[n])
            own = max(own, time.monotonic() - began)
    silent = _wait_for_workers([f for n, f in theirs.items() if n not in results], own)
    for n, future in theirs.items():
        if n not in results:
            results[n] = fn(chunks[n]) if future in silent else _collect(fn, chunks[n], future)


class Later(Generic[R]):
    """Work handed to the workers by :func:`map_later`: :meth:`result` gives what ``fn(items)`` gives.

    The chunks are queued for the workers when made; this process goes on with other work meanwhile and, when
    it asks for the result, computes the chunks no worker has started yet, last ones first (the workers take
    them first ones first), then waits for the ones the workers hold. A worker that died or stopped answering
    costs time, not results (as in :func:`map_split`); an exception in a chunk is raised here.
    """

    def __init__(
        self,
        fn: Callable[[list[T]], list[R]],
        chunks: list[list[T]],
        futures: dict[int, concurrent.futures.Future[tuple[int, float, list[R]]]],
    ) -> None:
        self._fn = fn
        self._chunks = chunks
        self._futures = futures  # chunk number -> the pool's future; none: every chunk is done here
        self._result: list[R] | None = None
        self._collected = False

    @property
    def collected(self) -> bool:
        """Whether :meth:`result` has been computed."""
        return self._collected

    def forget(self) -> None:
        """Let go of the result (the caller keeps what it needs of it): :meth:`result` gives ``[]`` from now on."""
        if self._collected:
            self._result = []

    def result(self) -> list[R]:
        """``fn(items)``: the workers' chunks, and those no worker started, computed here now (once)."""
        if self._result is None:
            results = self._join()
            self._result = [r for n in range(len(self._chunks)) for r in results[n]]
            self._collected = True
            self._chunks, self._futures = [], {}  # what was sent and received is not needed any more
        return self._result

    def cancel(self) -> None:
        """The result will not be asked for: the chunks no worker has started are dropped."""
        for future in self._futures.values():
            future.cancel()

    def _join(self) -> dict[int, list[R]]:
        fn, chunks, futures = self._fn, self._chunks, self._futures
        # Nothing sent (small input, no workers): every chunk here. Else the workers take chunks first ones
        # first and this process the last ones, until they meet.
        results = {n: fn(chunk) for n, chunk in enumerate(chunks) if n not in futures}
        try:
            with _handing_over_often():
                _gather(fn, chunks, futures, results, 0.0)
        except BaseException:
            self.cancel()
            raise
        return results


def map_later(
    fn: Callable[[list[T]], list[R]], items: Sequence[T], *, min_items: int, max_chunk: int | None = None
) -> Later[R]:
    """:func:`map_split` of ``fn`` over ``items``, started now and collected later (:meth:`Later.result`).

    Every chunk (at most ``max_chunk`` items, default one per core) is queued for the workers at once, so they
    work while this process does something else; :meth:`Later.result` then gives exactly ``fn(list(items))``.
    Fewer than ``min_items`` items, no workers (``CONTRASTE_WORKERS=1``, a pool that cannot start) or another
    spreader (:func:`spread_by`): nothing is sent, and :meth:`Later.result` computes it all then, as
    :func:`map_split` would.

    >>> later = map_later(sorted, [3, 1, 2], min_items=10)
    >>> later.result()
    [1, 2, 3]
    """
    items = list(items)
    count = min(workers(), len(items))
    if _spreader.get() is not None or count <= 1 or len(items) < min_items:
        return Later(fn, [items], {})
    size = max_chunk or -(-len(items) // count)
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    try:
        pool = _executor(workers() - 1)
        with _main_hidden():
            futures = {n: pool.submit(_run, fn, chunk) for n, chunk in enumerate(chunks)}
    except _NO_POOL:
        shutdown()  # a worker died since the last call, or no process can start here: all of it here, later
        return Later(fn, [items], {})
    return Later(fn, chunks, futures)


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
