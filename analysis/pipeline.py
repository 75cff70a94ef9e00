"""What the whole analysis needs before it runs: worker processes, started early for large inputs.

Worker processes take a second or two to start and import the text pipeline and
the claims reader; for an input large enough to be spread over them
(``settings/parallel.yaml``: ``start_bytes``), the caller that is about to run the
analysis starts them before loading, so that the start overlaps reading the files.
Loading itself knows nothing of what comes after it.
"""

from __future__ import annotations

from analysis import parallel
from analysis.config import settings

__all__ = ["WORKER_MODULES", "start_workers_for"]

# The modules whose functions run on workers (imported there once, when they start).
WORKER_MODULES = ("analysis.text", "analysis.casualties.claims", "analysis.sources.quotes")


def start_workers_for(input_bytes: int) -> bool:
    """Start the workers when ``input_bytes`` of input will be analysed; True if that size calls for them.

    >>> start_workers_for(0)
    False
    """
    if input_bytes < settings().parallel.start_bytes:
        return False
    parallel.start(*WORKER_MODULES)
    return True
