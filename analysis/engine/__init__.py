"""Where the analysis runs: this process and its cores (``local``) or a Dask cluster (``dask``).

The stages are plain functions over batches of articles (or of row blocks,
shingle buckets, article pairs); an :class:`Engine` only decides where each
call runs. Both engines run the same functions on the same batches, so their
results are identical (``tests/test_engine.py``). Dask is imported only when
the Dask engine is opened: ``contraste --help`` and ``contraste corpus`` never
load it.

Four primitives are all the stages need:

- ``map_chunks(fn, items, chunk=…)``: ``fn(items)`` computed a chunk at a time
  (the per-article maps: tokenizing, claims);
- ``map_shared(fn, parts, shared)``: ``[fn(part, shared) for part in parts]`` with
  one large read-only value sent once to each worker (top-k neighbours of row
  blocks against the whole TF-IDF matrix; alignment of candidate pairs);
- ``shuffle(split, parts, combine, buckets=…)``: each part is split into
  ``buckets`` pieces by key, and bucket ``b`` combines the ``b``-th piece of every
  part (the join of shingle hashes; the group-by of claims into tolls);
- ``spread()``: while inside, :func:`analysis.parallel.map_split` (used by the
  text pipeline and the claims reader) spreads its chunks over this engine.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

__all__ = ["ENGINES", "Engine", "open_engine"]

ENGINES = ("local", "dask")


class Engine(Protocol):
    """Where stage functions run (see the module docstring)."""

    name: str
    workers: int
    dashboard: str | None  # the Dask dashboard's address, when one runs

    @property
    def scheduler(self) -> str | None:
        """The Dask scheduler's address (None for the local engine)."""
        ...

    def map_chunks(self, fn: Callable[[list[Any]], list[Any]], items: Sequence[Any], *, chunk: int) -> list[Any]: ...

    def map_shared(self, fn: Callable[[Any, Any], Any], parts: Sequence[Any], shared: Any) -> list[Any]: ...

    def shuffle(
        self,
        split: Callable[[Any, int], list[Any]],
        parts: Sequence[Any],
        combine: Callable[[list[Any]], Any],
        *,
        buckets: int,
    ) -> list[Any]: ...

    def spread(self) -> AbstractContextManager[None]: ...

    def close(self) -> None: ...


def open_engine(
    name: str = "local",
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    memory_limit: str | None = None,
) -> Engine:
    """The engine called ``name``: ``local``, or ``dask`` (a LocalCluster of ``workers`` processes of
    ``memory_limit`` each on 127.0.0.1, or the cluster whose scheduler is at ``scheduler``).

    Raises:
        ValueError: for an unknown engine name, or cluster options given to the local engine.
    """
    if name == "local":
        if scheduler is not None:
            raise ValueError("--scheduler needs --engine dask")
        from analysis.engine.local import LocalEngine

        return LocalEngine()
    if name == "dask":
        from analysis.engine.dask import DaskEngine

        return DaskEngine(scheduler=scheduler, workers=workers, memory_limit=memory_limit)
    raise ValueError(f"unknown engine {name!r}: expected one of {', '.join(ENGINES)}")
