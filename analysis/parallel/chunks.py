"""Independent work spread over the worker processes in chunks, with the result one process would give.

A stage whose work splits into independent pieces of plain data (runs of
articles to tokenize or to read figures from, distinct words to stem) hands
them to :func:`map_split`: they are cut into chunks, this process computes
every ``workers()``-th chunk while worker processes (:mod:`analysis.parallel.pool`)
compute the others, and the results come back in order, exactly as ``fn(items)``
would return them. :func:`map_later` is its asynchronous counterpart: the chunks
go to the workers now, this process goes on with other work, and
:meth:`Later.result` gives ``fn(items)`` later, this process joining in on the
chunks no worker has started. Small inputs (under ``min_items``) never leave the
process: sending them costs more than it saves.
"""

from __future__ import annotations

import concurrent.futures
import concurrent.futures.process
import contextlib
import contextvars
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar

from analysis.config import settings
from analysis.parallel import pool
from analysis.parallel.pool import workers

__all__ = ["Later", "Spreader", "map_later", "map_split", "spread_by", "spreading"]

T = TypeVar("T")
R = TypeVar("R")

# Another way to spread chunks than the worker pool (analysis/engine: a Dask cluster), set by spread_by():
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
    """Whether :func:`spread_by` set another way to spread work than the worker pool (a Dask engine).

    >>> spreading()
    False
    """
    return _spreader.get() is not None


def _collect(
    fn: Callable[[list[T]], list[R]], items: list[T], future: concurrent.futures.Future[tuple[int, float, list[R]]]
) -> list[R]:
    """A worker's result (its exception, raised here); ``fn(items)`` done here if the worker died or stopped
    answering (:func:`_wait_for_workers` then killed the pool and cancelled the future)."""
    if future.cancelled():
        return fn(items)
    try:
        pool.record_peak(future)
        return future.result()[2]
    except (concurrent.futures.process.BrokenProcessPool, concurrent.futures.CancelledError):
        pool.shutdown()  # killed, out of memory: the pool starts afresh next time
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
        pool.kill()
    return pending


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
        executor = pool.executor(workers() - 1)
        theirs = {n: executor.submit(pool.run_chunk, fn, chunk) for n, chunk in enumerate(chunks) if n % count}
    except pool.NO_POOL:
        pool.shutdown()  # a worker died since the last call, or no process can start here: all of it here
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
        executor = pool.executor(workers() - 1)
        with pool.main_hidden():
            futures = {n: executor.submit(pool.run_chunk, fn, chunk) for n, chunk in enumerate(chunks)}
    except pool.NO_POOL:
        pool.shutdown()  # a worker died since the last call, or no process can start here: all of it here, later
        return Later(fn, [items], {})
    return Later(fn, chunks, futures)
