"""A command's result on a collection's articles: stored in the collection (``analysis.report.stored``) and
printed from there, the same bytes, while fresh; the problems of the articles a stage could not read, listed."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.cli.inputs import _collection_of
from analysis.corpus.loading import Corpus
from analysis.corpus.records import Problem

if TYPE_CHECKING:
    from analysis.cli.run import Command


def _computed(command: Command, corpus: Corpus, args: argparse.Namespace) -> tuple[dict[str, object], list[Problem]]:
    """The command's result, with the articles an analysis stage could not read (listed, never silently missing)."""
    args.text = None
    result = command.run(corpus, args)
    analysis_problems = list(args.text.problems) if args.text is not None else []
    if args.text is not None and "problems" not in result:
        result["problems"] = [p.to_json() for p in analysis_problems]
    return result, analysis_problems


def _run(command: Command, corpus: Corpus, args: argparse.Namespace) -> tuple[dict[str, object], list[Problem]]:
    """:func:`_computed`; on a collection's articles (one collection INPUT, or a workspace's selection), the
    result stored in the collection when fresh, else computed and stored (``analysis.report.stored``).

    The whole result is stored (as the JSON the command prints, under ``cli:COMMAND:OPTIONS``, OPTIONS a digest of
    the command's options and the workspace's choices), so a second call prints the same bytes without analysing;
    while computing, the report's own stored results (claims, quotes, stories...) are read and written too, so
    ``contraste report`` and the dashboard share them. A stale or damaged result is computed again (a note on stderr).
    """
    path = _collection_of(args) if args.command in STORED_COMMANDS else None
    if path is None:
        return _computed(command, corpus, args)
    from analysis.report import stored

    store = stored.Store(path, stored.content_key(corpus.articles), count=len(corpus.articles))

    def compute() -> dict[str, object]:
        with stored.using(store):
            result, problems = _computed(command, corpus, args)
        # As printed (dates and numbers as json.dumps writes them): stored or not, the same bytes.
        as_printed = json.loads(json.dumps(result, ensure_ascii=False, default=str))
        return {"result": as_printed, "problems": [p.to_json() for p in problems]}

    found = store.get(f"cli:{args.command}:{_options_key(args)}", compute)
    for note in store.problems():
        print(f"stored results: {note}", file=sys.stderr)
    problems = found["problems"]
    assert isinstance(problems, list)
    return found["result"], [Problem(p["file"], p["reason"], p.get("stage", "")) for p in problems]  # type: ignore[return-value]


# Commands whose result is stored with a collection (``corpus`` is the articles themselves; ``report`` stores its parts).
STORED_COMMANDS = frozenset({"similarity", "terms", "stories", "figures", "sources"})


# Arguments that do not change a command's result (the articles are keyed by their content).
_NOT_OPTIONS = frozenset({"inputs", "urls", "workspace", "text", "format", "timeout", "command"})


def _options_key(args: argparse.Namespace) -> str:
    """A digest of what the result depends on besides the articles, settings, lexicons and code: the command's
    options, a ``--lexicon`` file's text, and the workspace's lexicon, choices, story edits and speaker roles."""
    import contextlib
    import hashlib

    options = {k: v for k, v in vars(args).items() if k not in _NOT_OPTIONS}
    if getattr(args, "lexicon", None):
        with contextlib.suppress(OSError):  # unreadable: the command names the file and the reason itself
            options["lexicon"] = Path(args.lexicon).read_text(encoding="utf-8", errors="replace")
    workspace = args.workspace
    options["workspace"] = [
        workspace.lexicon, workspace.settings.to_json(), workspace.story_edits, workspace.speaker_roles,
    ]  # fmt: skip
    text = json.dumps(options, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]
