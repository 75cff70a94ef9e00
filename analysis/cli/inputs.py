"""What a command analyses: the collection filters of its arguments, the collection its articles come from,
and their reading by the text pipeline (kept in that collection, shared with the dashboard)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from analysis.corpus.collection import Filters
from analysis.corpus.loading import Corpus
from analysis.corpus.outlets import OUTLET_FIELDS
from analysis.corpus.records import parse_date

if TYPE_CHECKING:
    from analysis.text import TextCorpus


def _build(corpus: Corpus, args: argparse.Namespace) -> TextCorpus:
    """The text pipeline's output, kept on ``args`` so that its problems (articles a stage could not read) are shown.

    For a collection's articles, each article's reading is read back from the collection by content hash when it
    was made before, and the new ones are stored there (:func:`analysis.pipeline.text_of_collection`): the
    dashboard opening that collection then reads them instead of tokenizing again (``--engine dask`` included).
    """
    from analysis.pipeline import text_of_collection
    from analysis.text import build

    stored = _collection_of(args)
    args.text = build(corpus.articles) if stored is None else text_of_collection(corpus.articles, stored)
    return args.text


def _collection_of(args: argparse.Namespace) -> str | None:
    """The collection the analysed articles come from (a workspace's selection, or INPUT when it is one
    collection), where their readings and the report's results are kept; None for other inputs."""
    from analysis.corpus.collection_schema import collection_file, is_collection

    chosen = args.workspace.selection
    if chosen is not None:
        return str(chosen.path)
    if len(args.inputs) == 1 and not args.urls and is_collection(args.inputs[0]):
        return str(collection_file(args.inputs[0]).resolve())  # INPUT is one collection
    return None


def _filter_arguments(parser: argparse.ArgumentParser) -> None:
    """What part of a collection INPUT is analysed (docs/COLLECTIONS.md); other inputs are not filtered."""
    group = parser.add_argument_group("collection filters (an INPUT that is a collection)")
    group.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="articles dated on or after this day")
    group.add_argument("--until", type=_date, metavar="YYYY-MM-DD", help="articles dated on or before this day")
    group.add_argument(
        "--source", action="append", default=[], metavar="OUTLET",
        help="an outlet, by name or alias (repeat for several)",
    )  # fmt: skip
    group.add_argument("--query", metavar="TEXT", help='full-text search: words (all of them), "a phrase", OR, NOT')
    group.add_argument(
        "--outlet", action="append", default=[], type=_outlet_field, metavar="FIELD=VALUE",
        help=f"outlets whose field ({', '.join(OUTLET_FIELDS)}) has this value, e.g. ownership=state (repeatable; "
        "values of one field are alternatives)",
    )  # fmt: skip


def _outlet_field(value: str) -> tuple[str, str]:
    name, _, wanted = value.partition("=")
    if name.strip() not in OUTLET_FIELDS or not wanted.strip():
        raise argparse.ArgumentTypeError(
            f"{value!r}: give FIELD=VALUE with FIELD one of {', '.join(OUTLET_FIELDS)} (e.g. ownership=state)"
        )
    return name.strip(), wanted.strip()


def _date(value: str) -> object:
    try:
        return parse_date(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _filters(args: argparse.Namespace) -> Filters:
    fields: dict[str, list[str]] = {}
    for name, wanted in args.outlet:
        fields.setdefault(name, []).append(wanted)
    return Filters(
        since=args.since, until=args.until, sources=tuple(args.source), query=args.query,
        outlet_fields=tuple((name, tuple(values)) for name, values in fields.items()),
    )  # fmt: skip
