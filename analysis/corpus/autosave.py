"""Where the dashboard keeps a session's work between browser reloads: one workspace file per starting corpus.

The file lives in a user data folder, never in the code's folder:
``$CONTRASTE_DATA_DIR`` when set, else ``$XDG_DATA_HOME/contraste``, else
``~/.local/share/contraste``. Its name is derived from the corpus the dashboard
started with (``autosave-<12 hex of sha256(path)>.json``), so a dashboard started
on another folder starts from that folder, not from someone else's labels.
Writes go to a temporary file renamed into place, so a crash mid-write never
leaves half a workspace.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from analysis.corpus.workspace import Workspace, from_bytes, to_bytes
from analysis.corpus.workspace_settings import WorkspaceError

__all__ = ["DATA_DIR_VARIABLE", "data_dir", "path_for", "read", "remove", "write"]

DATA_DIR_VARIABLE = "CONTRASTE_DATA_DIR"


def data_dir() -> Path:
    """The folder where the dashboard keeps its autosaved workspaces (not created here)."""
    configured = os.environ.get(DATA_DIR_VARIABLE, "").strip()
    if configured:
        return Path(configured).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME", "").strip()
    return (Path(xdg) if xdg else Path.home() / ".local" / "share") / "contraste"


def path_for(corpus_path: str | Path, *, folder: Path | None = None) -> Path:
    """The autosave file of a dashboard started on ``corpus_path``, in ``folder`` (default :func:`data_dir`).

    >>> path_for("/news/seeds", folder=Path("/data")).name
    'autosave-0def18dc6e4e.json'
    """
    digest = hashlib.sha256(str(Path(corpus_path).expanduser().resolve()).encode()).hexdigest()[:12]
    return (folder or data_dir()) / f"autosave-{digest}.json"


def write(workspace: Workspace, path: Path) -> None:
    """Save ``workspace`` at ``path`` atomically (write a sibling temporary file, then rename).

    Raises:
        OSError: when the folder cannot be created or written (the caller tells the user).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(to_bytes(workspace))
    os.replace(temporary, path)


def read(path: Path) -> Workspace | None:
    """The workspace saved at ``path``; None when there is none.

    Raises:
        WorkspaceError: when the file exists but is not a readable workspace (named in the message).
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as err:
        raise WorkspaceError(f"{path}: cannot be read ({err.strerror})") from None
    return from_bytes(data, name=str(path))


def remove(path: Path) -> None:
    """Forget the autosaved work (nothing happens when there is none)."""
    path.unlink(missing_ok=True)
