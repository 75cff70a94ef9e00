"""The Dask engine: the same stage functions on a ``dask.distributed`` cluster.

A ``LocalCluster`` of worker *processes* on 127.0.0.1 by default (``workers``,
each held to ``memory_limit``; one thread each, as the stages hold the GIL), or
the cluster whose scheduler is at ``scheduler`` (``tcp://HOST:8786``, started
there with ``dask scheduler`` and ``dask worker``; every worker must have this
package installed). Dask does the scheduling, the transfers between workers
and the recovery: a worker that dies mid-run has its tasks run again elsewhere
(its pieces of data are recomputed from the task graph), so a lost worker costs
time, not results.

- ``map_chunks`` cuts the items into chunks of ``chunk`` and maps ``fn`` over them as
  futures (the chunks travel in the task graph, so a lost one is recomputed), each
  result fetched and released on its worker as soon as it is done;
- ``map_shared`` scatters the shared value to every worker once, then maps
  ``fn(part, shared)`` as futures;
- ``shuffle`` maps ``split`` over the parts as futures, and bucket ``b``'s
  ``combine`` is a task over the ``b``-th piece of each: Dask moves each piece
  from the worker that split it to the one that combines it (the shuffle of a join).

Worker processes run with ``CONTRASTE_WORKERS=1``: a stage function never
starts a pool of its own inside a Dask worker. Every task carries the settings
record in force in this process when the work was asked for (about 2 KB), and
runs inside :func:`analysis.config.applied` of it: a ``config.override`` here
reaches the workers, local or remote, as it reaches the local engine.
"""

from __future__ import annotations

import contextlib
import logging
import operator
import warnings
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from analysis import parallel
from analysis.config import Settings, applied, settings

__all__ = ["DEFAULT_MEMORY_LIMIT", "DEFAULT_WORKERS", "Configured", "DaskEngine"]

DEFAULT_WORKERS = 2
DEFAULT_MEMORY_LIMIT = "2GB"


def _dashboard_available() -> bool:
    try:
        import bokeh  # noqa: F401  (the Dask dashboard needs it)
    except ImportError:
        return False
    return True


class Configured:
    """``fn`` called inside :func:`analysis.config.applied` of ``record`` (pickled with the task to a worker).

    Named after ``fn`` so that the task's key names the stage function (Dask's dashboard, task streams).

    >>> from analysis.config import override
    >>> with override(similarity={"neighbours": 3}):
    ...     task = Configured(lambda: settings().similarity.neighbours, settings())
    >>> task(), settings().similarity.neighbours != 3
    (3, True)
    """

    def __init__(self, fn: Callable[..., Any], record: Settings) -> None:
        from dask.utils import funcname

        self.fn, self.record = fn, record
        self.__name__ = funcname(fn)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        with applied(self.record):
            return self.fn(*args, **kwargs)


class DaskEngine:
    """Stage functions on a Dask cluster (see the module docstring)."""

    name = "dask"

    def __init__(
        self, *, scheduler: str | None = None, workers: int | None = None, memory_limit: str | None = None
    ) -> None:
        from distributed import Client, LocalCluster

        self.cluster = None
        if memory_limit is not None:
            from dask.utils import parse_bytes

            try:
                parse_bytes(memory_limit)
            except (ValueError, TypeError):
                raise ValueError(f"--memory-limit {memory_limit!r}: expected a size such as 2GB or 500MB") from None
        if scheduler is not None:
            try:
                self.client = Client(scheduler, set_as_default=False, timeout="15s")
            except (OSError, TimeoutError, ValueError) as error:
                raise ValueError(f"could not reach the Dask scheduler at {scheduler}: {error}") from None
        else:
            self.cluster = LocalCluster(
                n_workers=workers or DEFAULT_WORKERS,
                threads_per_worker=1,
                processes=True,
                memory_limit=memory_limit or DEFAULT_MEMORY_LIMIT,
                host="127.0.0.1",
                dashboard_address="127.0.0.1:0" if _dashboard_available() else None,
                silence_logs=logging.ERROR,
                env={parallel.ENV: "1"},
            )
            self.client = Client(self.cluster, set_as_default=False)
        self.client.wait_for_workers(1)
        self.workers = len(self.client.scheduler_info()["workers"])
        self.dashboard: str | None = self.client.dashboard_link if _dashboard_available() else None

    @property
    def scheduler(self) -> str:
        """The scheduler's address (``tcp://127.0.0.1:PORT`` for a LocalCluster)."""
        return str(self.client.scheduler_info()["address"])

    def map_chunks(self, fn: Callable[[list[Any]], list[Any]], items: Sequence[Any], *, chunk: int) -> list[Any]:
        from distributed import as_completed

        items = list(items)
        if not items:
            return fn(items)
        size = max(1, chunk)
        task = Configured(fn, settings())
        with warnings.catch_warnings():
            # The items travel in the task graph (tens of MB for 10,000 articles), and Dask warns of it; kept so
            # on purpose: a chunk in the graph is recomputed when its worker dies, a scattered one is lost.
            warnings.filterwarnings("ignore", message="Sending large graph", category=UserWarning)
            futures = self.client.map(task, [items[s : s + size] for s in range(0, len(items), size)], pure=False)
        where = {future.key: n for n, future in enumerate(futures)}
        results: list[Any] = [None] * len(futures)
        # Each chunk's result is fetched as soon as it is done and released on its worker, so a worker holds
        # the results of the chunks in hand, not of every chunk it did (at 50,000 articles the text stage's
        # results held until the end took a worker to 1.5 GB).
        done = as_completed(futures, loop=self.client.loop, with_results=True)
        futures.clear()
        for future, result in done:
            results[where[future.key]] = result
            del future, result
        return [x for result in results for x in result]

    def map_shared(self, fn: Callable[[Any, Any], Any], parts: Sequence[Any], shared: Any) -> list[Any]:
        if not parts:
            return []
        handle = self.client.scatter(shared, broadcast=True, hash=False)
        futures = self.client.map(Configured(fn, settings()), list(parts), [handle] * len(parts), pure=False)
        return list(self.client.gather(futures))  # the futures, and the scattered value, go when dropped

    def shuffle(
        self,
        split: Callable[[Any, int], list[Any]],
        parts: Sequence[Any],
        combine: Callable[[list[Any]], Any],
        *,
        buckets: int,
    ) -> list[Any]:
        client = self.client
        record = settings()
        split, combine = Configured(split, record), Configured(combine, record)
        split_parts = client.map(split, list(parts), [buckets] * len(parts), pure=False)
        combined = [
            client.submit(combine, [client.submit(operator.getitem, f, b, pure=False) for f in split_parts], pure=False)
            for b in range(buckets)
        ]
        return list(client.gather(combined))

    def _spreader(self, fn: Callable[[list[Any]], list[Any]], items: list[Any], max_chunk: int | None) -> list[Any]:
        chunk = max_chunk or -(-len(items) // max(1, self.workers))
        return self.map_chunks(fn, items, chunk=chunk)

    @contextlib.contextmanager
    def spread(self) -> Iterator[None]:
        with parallel.spread_by(self._spreader):
            yield

    def close(self) -> None:
        """Disconnect; stop the LocalCluster when this engine started one (a remote cluster keeps running)."""
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
