"""``python -m analysis <command> PATH``: every analysis in batch, as JSON or a table.

Each command is one function taking the parsed arguments and returning the
JSON-able result; ``--format table`` prints the main table instead. Add a
command by writing its function and a line in ``COMMANDS``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from analysis.corpus import Corpus, CorpusError, load_path

__all__ = ["main"]

PROGRESS_MIN_FILES = 50  # fewer files load in well under a second: no bar


@dataclass(frozen=True)
class Command:
    """A subcommand: its help line, its extra arguments, and what it computes."""

    help: str
    run: Callable[[Corpus, argparse.Namespace], dict[str, object]]
    table: Callable[[dict[str, object]], pd.DataFrame]
    arguments: Callable[[argparse.ArgumentParser], None] = lambda parser: None


def _corpus(corpus: Corpus, args: argparse.Namespace) -> dict[str, object]:
    return corpus.to_json()


def _corpus_table(result: dict[str, object]) -> pd.DataFrame:
    rows = result["articles"]
    assert isinstance(rows, list)
    return pd.DataFrame(rows, columns=["id", "source", "date", "language", "words", "title"]).fillna("")


def _figures(corpus: Corpus, args: argparse.Namespace) -> dict[str, object]:
    from analysis.agreement import agreements
    from analysis.figures import extract
    from analysis.text import build

    claims = extract(build(corpus.articles))
    return {"claims": [c.to_json() for c in claims], "agreement": [a.to_json() for a in agreements(claims)]}


def _figures_table(result: dict[str, object]) -> pd.DataFrame:
    rows = result["claims"]
    assert isinstance(rows, list)
    columns = ["article", "kind", "group", "incident", "low", "high", "qualifier", "attributed_to"]
    return pd.DataFrame(rows, columns=columns).astype({"low": "Int64", "high": "Int64"}).fillna({"attributed_to": ""})


COMMANDS: dict[str, Command] = {
    "corpus": Command("load the articles and report load problems", _corpus, _corpus_table),
    "figures": Command("casualty figures (killed, injured, detained, missing, displaced) and their agreement", _figures, _figures_table),
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis", description="Contraste: compare news coverage across sources."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, command in COMMANDS.items():
        sub = commands.add_parser(name, help=command.help, description=command.help)
        sub.add_argument("path", metavar="PATH", help="a folder or file of articles (.txt, .csv, .json, .jsonl)")
        sub.add_argument("--format", choices=("json", "table"), default="table", help="output format (default: table)")
        command.arguments(sub)
    return parser


def _print_problems(corpus: Corpus) -> None:
    for problem in corpus.problems:
        print(f"warning: {problem.file}: {problem.reason}", file=sys.stderr)


def _load_with_progress(path: str) -> Corpus:
    """Load PATH, with a progress bar on stderr when a folder holds many files."""
    folder = Path(path)
    total = sum(1 for _ in folder.iterdir()) if folder.is_dir() else 1
    with tqdm(total=total, desc="loading", unit="file", file=sys.stderr, disable=total < PROGRESS_MIN_FILES) as bar:
        return load_path(path, progress=lambda count, name: bar.update(count - bar.n))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the process exit code (0 when at least one article loaded)."""
    args = _parser().parse_args(argv)
    command = COMMANDS[args.command]
    try:
        corpus = _load_with_progress(args.path)
    except CorpusError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    try:
        result = command.run(corpus, args)
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if args.format == "json":
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
    else:
        _print_problems(corpus)
        with pd.option_context("display.max_rows", 200, "display.max_colwidth", 60, "display.width", 160):
            print(command.table(result).to_string(index=False))
    return 0
