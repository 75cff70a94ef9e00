"""The local engine: every stage function runs in this process, per-article maps on this machine's cores.

``map_chunks`` is :func:`analysis.parallel.map_split` (the worker pool of
today, from ``min_articles`` items); ``map_shared`` and ``shuffle`` call their
functions here, in order, exactly as the Dask engine calls them on its workers.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from analysis import parallel
from analysis.config import settings

__all__ = ["LocalEngine"]


class LocalEngine:
    """Stage functions in this process (see :mod:`analysis.engine`).

    >>> engine = LocalEngine()
    >>> by_parity = lambda part, n: [[x for x in part if x % n == b] for b in range(n)]
    >>> engine.shuffle(by_parity, [[1, 2], [3, 4]], lambda pieces: sum(map(sum, pieces)), buckets=2)
    [6, 4]
    """

    name = "local"
    dashboard: str | None = None
    scheduler: str | None = None

    def __init__(self) -> None:
        self.workers = parallel.workers()

    def map_chunks(self, fn: Callable[[list[Any]], list[Any]], items: Sequence[Any], *, chunk: int) -> list[Any]:
        return parallel.map_split(fn, items, min_items=settings().parallel.min_articles, max_chunk=chunk)

    def map_shared(self, fn: Callable[[Any, Any], Any], parts: Sequence[Any], shared: Any) -> list[Any]:
        return [fn(part, shared) for part in parts]

    def shuffle(
        self,
        split: Callable[[Any, int], list[Any]],
        parts: Sequence[Any],
        combine: Callable[[list[Any]], Any],
        *,
        buckets: int,
    ) -> list[Any]:
        pieces = [split(part, buckets) for part in parts]
        return [combine([piece[b] for piece in pieces]) for b in range(buckets)]

    @contextlib.contextmanager
    def spread(self) -> Iterator[None]:
        yield  # map_split uses its own pool

    def close(self) -> None:
        """Nothing to stop: the worker pool stops with the process (:func:`analysis.parallel.shutdown`)."""
