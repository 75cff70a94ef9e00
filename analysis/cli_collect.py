"""``contraste collect ...``: build and manage a collection (a persistent article store, docs/COLLECTIONS.md).

- ``collect add COLLECTION PATH|URL... [--urls FILE]``: load through the usual loaders, store new articles,
  report duplicates (same URL or text) and every load problem per file or URL.
- ``collect feed COLLECTION FEED...``: the articles of RSS/Atom feeds, sitemaps (indexes followed) or pages that
  announce a feed (URLs or files); URLs already stored are not fetched again.
- ``collect outlets COLLECTION [--import FILE] [--export FILE]``: outlets and their aliases as CSV.
- ``collect info COLLECTION``: schema version, counts, size, integrity check.

Every result is printed as JSON with ``--format json`` (keys documented in README.md), else as lines.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from analysis.cli.output import _error, print_json
from analysis.config import settings
from analysis.corpus.collection import Collection, Ingest
from analysis.corpus.collection_schema import SCHEMA_VERSION, CollectionError, collection_file
from analysis.corpus.decode import escape_controls
from analysis.corpus.fetch import is_url
from analysis.corpus.inputs import load_inputs, read_urls_file
from analysis.corpus.outlets import COLUMNS, outlet_rows, read_outlets
from analysis.corpus.records import Article, CorpusError, Problem

__all__ = ["main"]


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"{prog} collect", description="Build and manage a collection of articles.")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="store articles from folders, files and URLs (duplicates are skipped)")
    add.add_argument(
        "collection", metavar="COLLECTION", help="a .sqlite/.db file, or a folder (collection.sqlite inside)"
    )
    add.add_argument("inputs", nargs="*", metavar="INPUT", help="folders, files, saved workspaces or http(s):// URLs")
    add.add_argument("--urls", metavar="FILE", help="a text file of article URLs, one per line (# comments)")
    timeout = settings().limits.url_timeout_seconds
    add.add_argument("--timeout", type=float, default=timeout, metavar="SECONDS", help="seconds allowed per URL")
    feed = actions.add_parser("feed", help="store the articles a feed or sitemap lists (only those not stored yet)")
    feed.add_argument("collection", metavar="COLLECTION")
    feed.add_argument("feeds", nargs="+", metavar="FEED", help="RSS/Atom feed, sitemap (index) or page: URL or file")
    feed.add_argument("--timeout", type=float, default=timeout, metavar="SECONDS", help="seconds allowed per URL")
    outlets = actions.add_parser("outlets", help="import or export outlets (name, aliases, country, ...) as CSV")
    outlets.add_argument("collection", metavar="COLLECTION")
    outlets.add_argument("--import", dest="import_file", metavar="FILE", help=f"CSV with columns {', '.join(COLUMNS)}")
    outlets.add_argument("--export", dest="export_file", metavar="FILE", help="write the outlets to this CSV file")
    info = actions.add_parser("info", help="schema version, article and outlet counts, size, integrity check")
    info.add_argument("collection", metavar="COLLECTION")
    for sub in (add, feed, outlets, info):
        sub.add_argument("--format", choices=("json", "table"), default="table", help="output format")
    return parser


def _groups(args: argparse.Namespace) -> list[list[str]]:
    """Each path alone, then the URLs together (fetched a few at a time): a bad input is its own problem."""
    urls = [item for item in args.inputs if is_url(item)] + (read_urls_file(args.urls) if args.urls else [])
    return [[item] for item in args.inputs if not is_url(item)] + ([urls] if urls else [])


def _add(args: argparse.Namespace) -> dict[str, object]:
    if not args.inputs and not args.urls:
        raise CorpusError("give at least one folder, file or URL to add, or --urls FILE")
    problems: list[Problem] = []
    added = 0
    duplicates: list[Problem] = []
    renamed: list[Problem] = []
    with Collection(args.collection, create=True) as collection:
        before = collection.count()
        for group in _groups(args):
            item = group[0] if len(group) == 1 else f"{len(group)} URLs"
            try:
                loaded = load_inputs(group, allow_private=True, timeout=args.timeout).current()
            except CorpusError as err:
                problems.append(Problem(item, str(err)))
                continue
            problems.extend(loaded.problems)
            report = _add_with_bar(collection, loaded.articles, Path(item).name if len(group) == 1 else item)
            added += report.added
            duplicates.extend(report.duplicates)
            renamed.extend(report.renamed)
        after = collection.count()
    return {
        "collection": str(collection_file(args.collection)),
        "added": added,
        "articles": after,
        "before": before,
        "duplicates": [p.to_json() for p in duplicates],
        "renamed": [p.to_json() for p in renamed],
        "problems": [p.to_json() for p in problems],
    }


def _add_with_bar(collection: Collection, articles: Sequence[Article], label: str) -> Ingest:
    """``collection.add(articles)`` with a bar on the terminal named after what is added (escaped, cut to 40)."""
    shown = escape_controls(label)[:40]
    with tqdm(total=len(articles), desc=f"adding {shown}", unit="article", file=sys.stderr) as bar:
        return collection.add(articles, total=len(articles), progress=lambda done, _t, _w: bar.update(done - bar.n))


def _feed(args: argparse.Namespace) -> dict[str, object]:
    from analysis.corpus.feeds import feed_links

    problems: list[Problem] = []
    feeds: list[dict[str, object]] = []
    added = 0
    duplicates: list[Problem] = []
    with Collection(args.collection, create=True) as collection:
        before = collection.count()
        for source in args.feeds:
            found = feed_links(source, timeout=args.timeout, allow_private=True)
            problems.extend(found.problems)
            known = collection.known_urls(found.urls)
            new = [url for url in found.urls if url not in known]
            feeds.append({"feed": source, "kind": found.kind, "urls": len(found.urls), "already_stored": len(known)})
            if not new:
                continue
            loaded = load_inputs(new, allow_private=True, timeout=args.timeout).current()
            problems.extend(loaded.problems)
            report = _add_with_bar(collection, loaded.articles, source)
            added += report.added
            duplicates.extend(report.duplicates)
        after = collection.count()
    return {
        "collection": str(collection_file(args.collection)),
        "feeds": feeds,
        "added": added,
        "articles": after,
        "before": before,
        "duplicates": [p.to_json() for p in duplicates],
        "problems": [p.to_json() for p in problems],
    }


def _outlets(args: argparse.Namespace) -> dict[str, object]:
    from analysis.present.export import table_csv

    problems: list[Problem] = []
    with Collection(args.collection, create=args.import_file is not None) as collection:
        if args.import_file:
            path = Path(args.import_file)
            try:
                data = path.read_bytes()
            except OSError as err:
                raise CorpusError(f"{path}: cannot read ({err.strerror or err})") from None
            outlets, problems = read_outlets(data, name=str(path))
            collection.put_outlets(outlets)
        rows = outlet_rows(collection.outlets())
    if args.export_file:
        Path(args.export_file).write_bytes(table_csv(pd.DataFrame(rows, columns=list(COLUMNS))))
    return {"outlets": rows, "problems": [p.to_json() for p in problems]}


def _info(args: argparse.Namespace) -> dict[str, object]:
    with Collection(args.collection) as collection:
        return {
            "collection": str(collection.file),
            "schema_version": collection.version(),
            "reads_up_to": SCHEMA_VERSION,
            "articles": collection.count(),
            "outlets": len(collection.outlets()),
            "bytes": collection.file.stat().st_size,
            "integrity": collection.integrity(),
        }


ACTIONS = {"add": _add, "feed": _feed, "outlets": _outlets, "info": _info}


def _print(result: dict[str, object]) -> None:
    for key in ("problems", "duplicates", "renamed"):
        items = result.get(key) or []
        assert isinstance(items, list)
        for item in items:
            kind = "warning" if key == "problems" else key.rstrip("s")
            print(f"{kind}: {escape_controls(item['file'])}: {escape_controls(item['reason'])}", file=sys.stderr)
    if "outlets" in result and isinstance(result["outlets"], list):
        frame = pd.DataFrame(result["outlets"], columns=list(COLUMNS))
        print(frame.map(escape_controls).to_string(index=False) if len(frame) else "no outlets")
        return
    feeds = result.get("feeds") or []
    assert isinstance(feeds, list)
    for feed in feeds:
        print(f"feed: {escape_controls(feed['feed'])} ({feed['kind']}): {feed['urls']} article URLs, "
              f"{feed['already_stored']} already stored")  # fmt: skip
    for key, value in result.items():
        if not isinstance(value, list):
            print(f"{key}: {escape_controls(value)}")
        else:
            print(f"{key}: {len(value)}")


def main(argv: Sequence[str], *, prog: str = "contraste") -> int:
    """Run ``collect ACTION ...``; returns the exit code (2 on an error, with one line on stderr)."""
    args = _parser(prog).parse_args(argv)
    try:
        result = ACTIONS[args.action](args)
    except (CollectionError, CorpusError) as err:
        _error(err)
        return 2
    if args.format == "json":
        print_json(result)
    else:
        _print(result)
    return 0
