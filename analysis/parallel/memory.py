"""Memory a process frees, handed back to the system: large blocks at once, the heap's free pages on demand.

The analysis' stages each make and drop large temporary arrays and many small objects; without these two
calls (glibc only) the resident memory of a process grows by what every stage once held. Called by the CLI,
the bench, the dashboard and each worker process (:mod:`analysis.parallel.pool`).
"""

from __future__ import annotations

import contextlib
import sys

__all__ = ["return_freed_memory", "trim_freed_memory"]

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
