"""Writing a report folder whole or not at all, one run per folder at a time.

A report is written into a fresh temporary folder next to ``--out`` and moved into
place only when every file is written: an interrupted run leaves the previous
report (or nothing), never a mix, and a re-run leaves none of the previous run's
charts. While a run works towards a folder it holds a lock (``fcntl.flock`` on
``.<name>.lock`` next to it, released by the system even if the run is killed); a
second run to the same folder is refused at once with a message.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock, the folder is still replaced whole
    fcntl = None  # type: ignore[assignment]

__all__ = ["ReportFolderError", "claim", "replace_folder"]

# Files that show a folder holds a report of ours, which a new report may replace.
REPORT_FILES = ("report.html", "report.json")


class ReportFolderError(ValueError):
    """The report folder is in use by another run, or holds files that are not a report."""


@contextmanager
def claim(out: str | Path) -> Iterator[Path]:
    """Hold the lock of the report folder ``out`` for the block (its parent is created).

    Raises:
        ReportFolderError: another run holds it, or ``out`` cannot be replaced (see :func:`replace_folder`).
    """
    out = Path(out).absolute()
    _check_replaceable(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    lock_path = out.parent / f".{out.name}.lock"
    handle = lock_path.open("a+", encoding="utf-8")
    try:
        if fcntl is not None:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.seek(0)
                holder = handle.read().strip()
                raise ReportFolderError(
                    f"{out} is being written by another report run{f' (process {holder})' if holder else ''}: "
                    "wait for it to finish, or choose another --out"
                ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        yield out
    finally:
        handle.close()  # releases the lock


def _check_replaceable(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise ReportFolderError(f"{out} is a file, not a folder: choose a folder for the report")
    if out.is_dir() and any(out.iterdir()) and not any((out / name).is_file() for name in REPORT_FILES):
        raise ReportFolderError(
            f"{out} holds other files and no report: the report replaces the whole folder, "
            "so choose a new or empty folder"
        )


def replace_folder(files: Mapping[str, bytes], out: str | Path) -> Path:
    """Write ``files`` (relative path -> bytes) into a fresh folder next to ``out``, then put it in ``out``'s place.

    The previous ``out`` (a report, or empty) is replaced whole, so none of its files
    stay; when anything fails or is interrupted, the temporary folder is removed and
    ``out`` is as it was. Returns ``out``.
    """
    out = Path(out).absolute()
    _check_replaceable(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{out.name}.writing-", dir=out.parent))
    fresh.chmod(0o755)  # mkdtemp's folder is private (0700); a report folder is an ordinary one
    previous = out.parent / f".{out.name}.previous-{os.getpid()}"
    try:
        for relative, data in files.items():
            path = fresh / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        if out.exists():
            out.rename(previous)
        fresh.rename(out)
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        if previous.exists() and not out.exists():
            previous.rename(out)
        raise
    with suppress(OSError):
        shutil.rmtree(previous)
    return out
