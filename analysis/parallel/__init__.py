"""Independent work spread over the machine's cores: worker processes, started once and on first use.

A stage whose work splits into independent pieces of plain data (runs of
articles to tokenize or to read figures from, distinct words to stem) hands
them to :func:`map_split`, which gives exactly what ``fn(items)`` would, or to
:func:`map_later`, its asynchronous counterpart. Small inputs (under
``min_items``) never leave the process: sending them costs more than it saves.
``CONTRASTE_WORKERS`` sets the number of processes (default: the cores this
process may run on); ``CONTRASTE_WORKERS=1`` keeps all work in this process.

The modules, each named after what it computes: :mod:`~analysis.parallel.chunks` (work cut into chunks and
spread, the results in order: ``map_split``, ``map_later``, ``spread_by``), :mod:`~analysis.parallel.pool` (the
worker processes: how many, started, killed, stopped, their CPU and peak memory) and
:mod:`~analysis.parallel.memory` (freed memory handed back to the system). Everything is importable from
``analysis.parallel`` as before.
"""

from __future__ import annotations

from analysis.parallel.chunks import Later, map_later, map_split, spread_by, spreading
from analysis.parallel.memory import return_freed_memory, trim_freed_memory
from analysis.parallel.pool import ENV, kill, shutdown, start, worker_cpu_s, worker_peak_rss_mb, workers

__all__ = [
    "ENV",
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
