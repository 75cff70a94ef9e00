"""Python's cycle collector paused while a stage makes many small objects that form no cycle (base layer: import
nothing of ours).

With a corpus of 10,000 articles in memory a full collection walks every container the process holds (about 0.23
CPU s), and readers that allocate runs, tuples and records start one every so often: the sources stage started
three (0.69 of its 1.77 CPU s). The objects are the same with or without the pause: only when memory is searched
for cycles changes (once, on leaving).

A one-shot run of the whole analysis (``contraste report``, the bench) also leaves what it keeps out of the
collector's reach between stages (:func:`freeze_survivors`): the imported modules alone (numpy, pandas, scipy:
70,000 objects) cost every full collection 30-50 ms.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["collector_paused", "freeze_survivors"]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while inside (back on after, unless it was off before).

    >>> import gc
    >>> with collector_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def freeze_survivors() -> None:
    """Leave every object alive now out of the cycle collector's passes for the rest of the process (``gc.freeze``).

    For a process that runs the analysis once and exits (the CLI's report, the bench), called between stages:
    what is alive then is the imported modules and the results later stages read, kept to the end anyway, which
    each full collection walked again (30-50 ms each at 2,000 articles, 70,000 objects of numpy, pandas and
    scipy alone; five or six of them a run). Objects are still freed when their last reference goes; only a
    cycle among frozen objects would be kept to the end. Never in a long-lived process (the dashboard), where
    such cycles would pile up.

    >>> import gc
    >>> freeze_survivors(); gc.get_freeze_count() > 0
    True
    >>> gc.unfreeze()
    """
    gc.freeze()
