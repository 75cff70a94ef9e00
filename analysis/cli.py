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

import pandas as pd

from analysis.compare import analyse, close_pairs, comparison_json
from analysis.corpus import Corpus, CorpusError, load_path
from analysis.similarity import PAIR_THRESHOLD, TOP_TERMS
from analysis.text import build

__all__ = ["main"]


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


def _similarity(corpus: Corpus, args: argparse.Namespace) -> dict[str, object]:
    text = build(corpus.articles)
    comparison = analyse(text)
    return comparison_json(comparison, close_pairs(comparison, text, threshold=args.threshold, n_terms=args.top_terms))


def _similarity_table(result: dict[str, object]) -> pd.DataFrame:
    pairs = result["pairs"]
    assert isinstance(pairs, list)
    rows = [
        {
            "a": p["a"],
            "b": p["b"],
            "score": p["score"],
            "passages": len(p["shared_passages"]),
            "a_reused": p["a_reused_share"],
            "b_reused": p["b_reused_share"],
            "top_terms": ", ".join(t["term"] for t in p["top_terms"][:5]),
        }
        for p in pairs
    ]
    return pd.DataFrame(rows, columns=["a", "b", "score", "passages", "a_reused", "b_reused", "top_terms"])


def _similarity_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--threshold", type=float, default=PAIR_THRESHOLD, metavar="COSINE",
        help=f"list pairs with TF-IDF cosine at least this (0-1, default {PAIR_THRESHOLD})",
    )  # fmt: skip
    parser.add_argument(
        "--top-terms", type=int, default=TOP_TERMS, metavar="N",
        help=f"terms listed per pair (default {TOP_TERMS})",
    )  # fmt: skip


COMMANDS: dict[str, Command] = {
    "corpus": Command("load the articles and report load problems", _corpus, _corpus_table),
    "similarity": Command(
        "TF-IDF similarity of article pairs, the terms behind it and the passages they share",
        _similarity,
        _similarity_table,
        _similarity_arguments,
    ),  # fmt: skip
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the process exit code (0 when at least one article loaded)."""
    args = _parser().parse_args(argv)
    command = COMMANDS[args.command]
    try:
        corpus = load_path(args.path)
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
