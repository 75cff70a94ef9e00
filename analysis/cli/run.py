"""The commands, their parser and ``main``: load the inputs, run the command, print JSON or its table.

Add a command by writing its functions (``analyses.py``) and a line in ``COMMANDS``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.cli import analyses
from analysis.cli.inputs import _filter_arguments, _filters
from analysis.cli.output import (
    INTERRUPTED,
    _bar_drawn,
    _error,
    _print_problems,
    _ProgressBar,
    _terminal_table,
    _text_table,
    print_json,
)
from analysis.cli.report import _report, _report_arguments, _report_table
from analysis.cli.stored import _run
from analysis.config import settings
from analysis.corpus.fetch import is_url
from analysis.corpus.inputs import input_bytes, load_inputs
from analysis.corpus.loading import Corpus
from analysis.corpus.records import CorpusError
from analysis.pipeline import start_workers_for

if TYPE_CHECKING:  # pandas is imported by the table that needs it
    import pandas as pd


@dataclass(frozen=True)
class Command:
    """A subcommand: its help line, its extra arguments, and what it computes."""

    help: str
    run: Callable[[Corpus, argparse.Namespace], dict[str, object]]
    table: Callable[[dict[str, object]], pd.DataFrame | dict[str, pd.DataFrame]]  # several: printed under titles
    arguments: Callable[[argparse.ArgumentParser], None] = lambda parser: None


COMMANDS: dict[str, Command] = {
    "corpus": Command("load the articles and report load problems", analyses._corpus, analyses._corpus_table),
    "similarity": Command(
        "TF-IDF similarity of article pairs, the terms behind it and the passages they share",
        analyses._similarity,
        analyses._similarity_table,
        analyses._similarity_arguments,
    ),
    "terms": Command(
        "framing-term counts per article and the most distinctive words (Fightin' Words)",
        analyses._terms,
        analyses._terms_table,
        analyses._terms_arguments,
    ),
    "stories": Command(
        "articles grouped into stories (events): label, date span, outlets, and each article's story",
        analyses._stories,
        analyses._stories_table,
    ),
    "figures": Command(
        "casualty figures (killed, injured, detained, missing, displaced) and their agreement",
        analyses._figures,
        analyses._figures_table,
    ),
    "sources": Command(
        "who speaks: quotations and attributed statements, speakers and roles per outlet, quotes shared by outlets",
        analyses._sources,
        analyses._sources_table,
        analyses._sources_arguments,
    ),
    "report": Command(
        "write report.html, report.json, charts and tables to --out DIR", _report, _report_table, _report_arguments
    ),
}


def program_name(argv0: str) -> str:
    """How the user ran the CLI, for usage and errors: ``contraste`` (the installed script) or ``python -m analysis``.

    >>> program_name("/venv/bin/contraste"), program_name("/repo/analysis/__main__.py")
    ('contraste', 'python -m analysis')
    """
    return "contraste" if Path(argv0).stem == "contraste" else "python -m analysis"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=program_name(sys.argv[0] if sys.argv else ""),
        description="Contraste: compare news coverage across sources.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    timeout = settings().limits.url_timeout_seconds
    for name, command in COMMANDS.items():
        sub = commands.add_parser(name, help=command.help, description=command.help)
        sub.add_argument(
            "inputs",
            nargs="*",
            metavar="INPUT",
            help="folders, files (.txt, .csv, .json, .jsonl, .html, .htm), http(s):// URLs, or a saved workspace (.json)",
        )
        sub.add_argument("--urls", metavar="FILE", help="a text file of article URLs, one per line (# comments)")
        sub.add_argument(
            "--timeout", type=float, default=timeout, metavar="SECONDS",
            help=f"seconds allowed per URL (default: {timeout:g})",
        )  # fmt: skip
        sub.add_argument("--format", choices=("json", "table"), default="table", help="output format (default: table)")
        _filter_arguments(sub)
        command.arguments(sub)
    commands.add_parser(
        "collect", help="build and manage a collection: collect add|outlets|info COLLECTION ... (see collect --help)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the process exit code (0 when at least one article loaded, 130 when interrupted).

    Ctrl-C anywhere stops the command with one line on stderr, no traceback; the
    workers are stopped, and a report being written leaves its folder as it was.
    """
    from analysis import parallel

    parallel.return_freed_memory()
    try:
        return _main(argv)
    except KeyboardInterrupt:
        parallel.kill()
        print(("\n" if _bar_drawn[0] else "") + INTERRUPTED, file=sys.stderr)
        return 130


def _main(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["collect"]:
        from analysis.cli_collect import main as collect

        return collect(argv[1:], prog=program_name(sys.argv[0] if sys.argv else ""))
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.inputs and not args.urls:
        parser.error("give at least one folder, file or URL, or --urls FILE")
    command = COMMANDS[args.command]
    try:
        start_workers_for(input_bytes(args.inputs))
        bar = _ProgressBar(fetching=bool(args.urls) or any(is_url(item) for item in args.inputs))
        try:
            args.workspace = load_inputs(
                args.inputs,
                urls_file=args.urls,
                allow_private=True,
                timeout=args.timeout,
                progress=bar,
                within=bar.within,
                filters=_filters(args),
            )
        finally:
            bar.close()
    except CorpusError as err:
        _error(err)
        return 2
    corpus = args.workspace.current()
    try:
        result, analysis_problems = _run(command, corpus, args)
    except ValueError as err:
        _error(err)
        return 2
    if args.format == "json":
        print_json(result)
        _print_problems(analysis_problems)
    else:
        import pandas as pd

        listed = "report.json lists every one" if args.command == "report" else "`--format json` lists every one"
        _print_problems([*corpus.problems, *analysis_problems], listed=listed)
        tables = command.table(result)
        titled = tables if isinstance(tables, dict) else {"": tables}
        with pd.option_context("display.max_rows", 200, "display.max_colwidth", 100, "display.width", 200):
            for n, (title, frame) in enumerate(titled.items()):
                print(("\n" if n else "") + (f"{title}\n" if title else "") + _text_table(_terminal_table(frame)))
    return 0
