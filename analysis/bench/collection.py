"""``python -m analysis.bench.collection --n 100000``: build a synthetic collection and time what a user waits for.

Reports (docs/PERFORMANCE.md): ingest time of ``n`` synthetic articles (``bench.synthetic``: ``--distinct`` generated
texts, the rest numbered variants of them) through
:meth:`Collection.add`; the store's size on disk against the texts' UTF-8 size; adding 1,000 more
through the real loader (a JSON Lines file: decoding, language detection, then the store) and
re-adding the same 1,000 (all duplicates: only those 1,000 are processed, never the stored ``n``);
filter latencies (date range, outlet, full-text, each as a count and as the working corpus) and peak memory.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from analysis.bench.synthetic import DEFAULT_SEED, generate
from analysis.corpus.collection import Collection, Filters
from analysis.corpus.inputs import load_inputs

__all__ = ["main", "run"]

MORE = 1_000
DISTINCT = 5_000  # distinct generated texts; the rest are numbered variants of them


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _size(file: Path) -> int:
    return sum(p.stat().st_size for p in file.parent.glob(file.name + "*"))


def _timed(call: object) -> tuple[float, object]:
    start = time.perf_counter()
    result = call()  # type: ignore[operator]
    return time.perf_counter() - start, result


def run(n: int, folder: Path, *, seed: int = DEFAULT_SEED, distinct: int = DISTINCT) -> dict[str, object]:
    """Build a collection of ``n`` synthetic articles in ``folder`` and measure it; the figures as a dict."""
    distinct = min(n, distinct)
    started = time.perf_counter()
    synthetic = generate(distinct + MORE, seed=seed)
    generating = time.perf_counter() - started
    base = synthetic.articles[:distinct]
    # Past ``distinct``, article i is a distinct article's text with " (i)" appended: a new content hash
    # and id, the same size and vocabulary (generating 100,000 distinct texts takes minutes on a loaded machine).
    articles = [
        base[i] if i < distinct else replace(base[i % distinct], id=f"{base[i % distinct].id}-{i}",
                                             text=f"{base[i % distinct].text} ({i})")
        for i in range(n)
    ]  # fmt: skip
    more = [replace(a, id=f"more-{a.id}") for a in synthetic.articles[distinct:]]
    text_bytes = sum(len(a.text.encode("utf-8")) for a in articles)
    report: dict[str, object] = {"n": n, "distinct_texts": distinct, "generate_s": round(generating, 2), "texts_mb": round(text_bytes / 1e6, 1)}
    with Collection(folder / "bench.sqlite", create=True) as collection:
        seconds, ingest = _timed(lambda: collection.add(articles))
        report["ingest_s"] = round(seconds, 2)
        report["ingest_per_s"] = round(n / seconds)
        report["stored"] = ingest.added  # type: ignore[attr-defined]
        collection.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        report["store_mb"] = round(_size(collection.file) / 1e6, 1)
        report["store_vs_texts"] = round(_size(collection.file) / text_bytes, 2)
        lines = folder / "more.jsonl"
        lines.write_text("".join(json.dumps({"id": a.id, "source": a.source, "date": str(a.date), "text": a.text},
                                            ensure_ascii=False) + "\n" for a in more), encoding="utf-8")  # fmt: skip
        seconds, loaded = _timed(lambda: load_inputs([str(lines)]).current())
        report["more_load_s"] = round(seconds, 2)
        seconds, added = _timed(lambda: collection.add(loaded.articles))  # type: ignore[attr-defined]
        report["more_store_s"] = round(seconds, 2)
        report["more_added"] = added.added  # type: ignore[attr-defined]
        seconds, again = _timed(lambda: collection.add(loaded.articles))  # type: ignore[attr-defined]
        report["more_again_s"] = round(seconds, 2)
        report["more_again_duplicates"] = len(again.duplicates)  # type: ignore[attr-defined]
        first = min(a.date for a in articles if a.date)
        month = Filters(since=first, until=first.replace(day=28))
        word = max(articles[0].text.split(), key=len).strip(".,;:«»\"'()")
        filters = {"date": month, "source": Filters(sources=(articles[0].source,)), "query": Filters(query=f'"{word}"')}
        for name, chosen in filters.items():
            seconds, count = _timed(lambda chosen=chosen: collection.count(chosen))
            report[f"filter_{name}_count_ms"] = round(seconds * 1000, 1)
            report[f"filter_{name}_matches"] = count
            seconds, corpus = _timed(lambda chosen=chosen: collection.select(chosen))
            report[f"filter_{name}_corpus_ms"] = round(seconds * 1000, 1)
            report[f"filter_{name}_loaded"] = len(corpus.articles)  # type: ignore[attr-defined]
        report["integrity"] = collection.integrity()
    report["peak_rss_mb"] = round(_peak_rss_mb())
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.bench.collection", description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles in the collection (default 100,000)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--distinct", type=int, default=DISTINCT, help=f"distinct generated texts (default {DISTINCT:,})")
    parser.add_argument("--dir", metavar="FOLDER", help="where to build it (default: a temporary folder, removed)")
    args = parser.parse_args(argv)
    if args.dir:
        Path(args.dir).mkdir(parents=True, exist_ok=True)
        report = run(args.n, Path(args.dir), seed=args.seed, distinct=args.distinct)
    else:
        with tempfile.TemporaryDirectory() as folder:
            report = run(args.n, Path(folder), seed=args.seed, distinct=args.distinct)
    json.dump(report, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
