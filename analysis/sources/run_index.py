"""Where the name runs of an article are: the run starting at an offset, the run ending a text.

Split from :mod:`analysis.sources.subjects` (session 14). ``bisect`` over the runs' starts and ends (kept for the
last list of runs read), and the tail after a name ("(AMLO)", a comma) read back from a text's end.
"""

from __future__ import annotations

import bisect
import re

from analysis.sources.names import NameRun

RE_NAME_TAIL = re.compile(r"\s*(?:\([^)]{1,40}\))?\s*,?\s*$")


def _tail_start(pre: str, window: int) -> int:
    """Where ``RE_NAME_TAIL.search(pre, window)`` starts: the white space, "(AMLO)" and comma ending ``pre``.

    Read back from the end (the regex tries every position of the window, each to the end: 6 µs a call):
    white space, a comma and white space, a bracket of 1 to 40 characters opened at its leftmost "(" after
    the last other ")", and the white space before it, none of it before ``window``.

    >>> text = "dijo Andrés López Obrador (AMLO), "
    >>> text[_tail_start(text, 0) :], _tail_start("Ana dijo", 0)
    (' (AMLO), ', 8)
    """
    at = len(pre)
    while at > window and pre[at - 1].isspace():
        at -= 1
    if at > window and pre[at - 1] == ",":
        at -= 1
        while at > window and pre[at - 1].isspace():
            at -= 1
    if at > window and pre[at - 1] == ")":
        close = at - 1
        opened = pre.find("(", max(window, pre.rfind(")", window, close) + 1, close - 41), close - 1)
        if opened >= 0:  # 1 to 40 characters inside, none of them ")"
            at = opened
            while at > window and pre[at - 1].isspace():
                at -= 1
    return at


def _name_at_end(pre: str, runs: list[NameRun], offset: int) -> NameRun | None:
    """The name that ends ``pre`` (text ending at ``offset``), allowing "(AMLO)" and a comma after it."""
    end = offset - (len(pre) - _tail_start(pre, max(0, len(pre) - 60)))
    at = bisect.bisect_right(_ends(runs), end) - 1
    return runs[at] if at >= 0 and runs[at].end == end else None


# The last list of runs read and its starts and ends: ``bisect`` over a list of ints is done in C, where a
# ``key`` function is called in Python at each step. One article's runs are looked up hundreds of times.
_BOUNDS: tuple[list[NameRun] | None, list[int], list[int]] = (None, [], [])


def _starts(runs: list[NameRun]) -> list[int]:
    """The starts of ``runs`` (``bisect`` over them finds what ``bisect(runs, x, key=lambda r: r.start)`` does)."""
    return _bounds(runs)[0]


def _ends(runs: list[NameRun]) -> list[int]:
    """The ends of ``runs`` (``bisect`` over them finds what ``bisect(runs, x, key=lambda r: r.end)`` does)."""
    return _bounds(runs)[1]


def _bounds(runs: list[NameRun]) -> tuple[list[int], list[int]]:
    global _BOUNDS
    got = _BOUNDS  # read once: another thread may replace it
    if got[0] is not runs or len(got[1]) != len(runs):
        got = _BOUNDS = (runs, [r.start for r in runs], [r.end for r in runs])
    return got[1], got[2]


def _run_at(runs: list[NameRun], start: int) -> NameRun | None:
    """The name starting at ``start``, if any (``runs`` are in text order)."""
    at = bisect.bisect_left(_starts(runs), start)
    return runs[at] if at < len(runs) and runs[at].start == start else None
