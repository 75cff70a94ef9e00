"""What the CLI writes on the terminal besides JSON: tables (escaped, text aligned left), warnings, errors, bars.

Every text cell, warning and error is shown with control characters escaped (``escape_controls``): file names
and article text are untrusted. Progress bars go to stderr, so JSON on stdout stays clean.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from analysis.corpus.decode import escape_controls
from analysis.corpus.records import Problem

if TYPE_CHECKING:  # pandas and tqdm are imported by the command that needs them
    import pandas as pd
    from tqdm import tqdm

PROGRESS_MIN_FILES = 50  # fewer files load in well under a second: no bar
INTERRUPTED = "interrupted (Ctrl-C): stopped before finishing; nothing more was written"
# Whether a progress bar was drawn on stderr: a message after it must start on a line of its own.
_bar_drawn: list[bool] = [False]


PROBLEMS_SHOWN_PER_KIND = 5  # warnings of one kind printed before the rest of that kind are counted in one line
RE_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")  # a value quoted in a reason ("invalid date '2023-10'")


def _problem_kind(problem: Problem) -> tuple[str, str, str]:
    """What makes two problems alike for the terminal: the same file (any line of it), stage and reason, the values
    the reason quotes left out.

    >>> _problem_kind(Problem("a.jsonl line 7", "invalid date '2023-10' (expected YYYY-MM-DD)"))
    ('a.jsonl', 'invalid date … (expected YYYY-MM-DD)', '')
    """
    return problem.file.split(" line ", 1)[0], RE_QUOTED.sub("…", problem.reason), problem.stage


def _print_problems(problems: Sequence[Problem], *, listed: str = "`--format json` lists every one") -> None:
    """Each problem as a warning on stderr, the first :data:`PROBLEMS_SHOWN_PER_KIND` of each kind; the rest of a
    kind in one line that counts them and says where all are listed (``listed``): a corpus of 10,000 rows with
    month-only dates gives five warnings and a count, not 10,000 lines.

    >>> import contextlib, io
    >>> err = io.StringIO()
    >>> with contextlib.redirect_stderr(err):
    ...     _print_problems([Problem(f"a.jsonl line {n}", f"invalid date '2023-{n:02}'") for n in range(1, 8)])
    >>> print(err.getvalue(), end="")
    warning: a.jsonl line 1: invalid date '2023-01'
    warning: a.jsonl line 2: invalid date '2023-02'
    warning: a.jsonl line 3: invalid date '2023-03'
    warning: a.jsonl line 4: invalid date '2023-04'
    warning: a.jsonl line 5: invalid date '2023-05'
    warning: a.jsonl: 2 more like this (invalid date …); `--format json` lists every one
    """
    shown: dict[tuple[str, str, str], int] = {}
    more: dict[tuple[str, str, str], int] = {}
    for problem in problems:
        kind = _problem_kind(problem)
        if shown.get(kind, 0) < PROBLEMS_SHOWN_PER_KIND:
            shown[kind] = shown.get(kind, 0) + 1
            print(f"warning: {escape_controls(str(problem))}", file=sys.stderr)
        else:
            more[kind] = more.get(kind, 0) + 1
    for (file, reason, stage), count in more.items():
        where = f"{file}: {stage}: " if stage else f"{file}: "
        print(f"warning: {escape_controls(where)}{count} more like this ({escape_controls(reason)}); {listed}", file=sys.stderr)


def _error(err: object) -> None:
    """One line on stderr; a file name or field with ESC sequences or bidi controls is shown escaped."""
    print(f"error: {escape_controls(err)}", file=sys.stderr)


def print_json(result: object) -> None:
    """A command's result on stdout as the CLI's JSON: UTF-8 as written (no ``\\u`` escapes), indented one space,
    anything JSON has no type for (a date) as its text, then a newline. ``contraste`` and ``contraste collect``
    print through it, so their output reads alike.

    >>> import datetime as dt
    >>> print_json({"título": "Perú", "date": dt.date(2026, 1, 2)})
    {
     "título": "Perú",
     "date": "2026-01-02"
    }
    """
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1, default=str)
    sys.stdout.write("\n")


def _terminal_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The table with every text cell and column name escaped for the terminal (``escape_controls``)."""
    import pandas as pd

    escaped = frame.rename(columns=escape_controls)
    for column in escaped.columns:
        if not pd.api.types.is_numeric_dtype(escaped[column]):
            escaped[column] = escaped[column].map(lambda v: escape_controls(v) if isinstance(v, str) else v)
    return escaped


def _text_table(frame: pd.DataFrame) -> str:
    """The table as text, text columns aligned left: pandas right-aligns them, which pushed every id and
    outlet name of a real corpus behind a hundred spaces (headers and numbers keep their places). A table with
    no row says so in words, not as pandas' "Empty DataFrame".

    >>> import pandas as pd
    >>> print(_text_table(pd.DataFrame(columns=["speaker", "role"])))
    (none)
    """
    import pandas as pd

    if frame.empty:
        return "(none)"
    formatters = {}
    for column in frame.columns:
        if not pd.api.types.is_numeric_dtype(frame[column]):
            cells = ["" if v is None or (isinstance(v, float) and pd.isna(v)) else str(v) for v in frame[column]]
            width = max([len(str(column)), *map(len, cells)])
            formatters[column] = lambda v, width=width: f"{'' if v is None else v!s:<{width}}"
    return frame.to_string(index=False, justify="left", formatters=formatters)


class _ProgressBar:
    """A tqdm bar on stderr while inputs load: shown when URLs are fetched or a folder holds many files."""

    def __init__(self, *, fetching: bool) -> None:
        self.fetching = fetching
        self.bar: tqdm | None = None
        self.inner: tqdm | None = None  # inside one large file: its articles' languages

    def within(self, done: int, total: int, name: str) -> None:
        """Progress inside a file of thousands of rows (``loading.load_files``' ``within``)."""
        if self.inner is None:
            from tqdm import tqdm

            label = f"languages of {escape_controls(name)[:40]}"
            self.inner = tqdm(total=total, desc=label, unit="article", file=sys.stderr)
        self.inner.update(done - self.inner.n)
        if done >= total:
            self.inner.close()
            self.inner = None

    def __call__(self, done: int, total: int, name: str) -> None:
        if self.bar is None:
            from tqdm import tqdm

            hidden = total < 2 if self.fetching else total < PROGRESS_MIN_FILES
            self.bar = tqdm(total=total, desc="loading", unit="input", file=sys.stderr, disable=hidden)
            _bar_drawn[0] = _bar_drawn[0] or not hidden
        self.bar.update(done - self.bar.n)

    def close(self) -> None:
        for bar in (self.inner, self.bar):
            if bar is not None:
                bar.close()
