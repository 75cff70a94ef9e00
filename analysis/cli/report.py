"""The report command: report.html, report.json, charts and tables written to --out DIR, on this machine or
(``--engine dask``) with its per-article stages on a Dask cluster; a collection's results stored in it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.cli.inputs import _build, _collection_of
from analysis.cli.output import _bar_drawn
from analysis.collector import freeze_survivors
from analysis.corpus.loading import Corpus

if TYPE_CHECKING:  # pandas and tqdm are imported by the command that needs them
    import pandas as pd


def _report(corpus: Corpus, args: argparse.Namespace) -> dict[str, object]:
    """The report; with ``--engine dask``, its per-article stages (text pipeline, claims, quotes) on a Dask cluster."""
    if args.engine == "local":
        if args.scheduler or args.workers or args.memory_limit:
            raise ValueError("--scheduler, --workers and --memory-limit need --engine dask")
        return {**_write_report(args), "engine": "local"}
    from analysis.engine import open_engine

    engine = open_engine("dask", scheduler=args.scheduler, workers=args.workers, memory_limit=args.memory_limit)
    try:
        where = f"Dask: {engine.workers} worker(s), scheduler {engine.scheduler}"
        print(where + (f", dashboard {engine.dashboard}" if engine.dashboard else ""), file=sys.stderr)
        with engine.spread():
            result = _write_report(args)
        return {
            **result,
            "engine": "dask",
            "scheduler": engine.scheduler,
            "workers": engine.workers,
            "dashboard": engine.dashboard,
        }
    finally:
        engine.close()


def _write_report(args: argparse.Namespace) -> dict[str, object]:
    from tqdm import tqdm

    from analysis.report import document as report
    from analysis.report import folder, sections, stored
    from analysis.report.results import narrowed_workspace

    workspace = narrowed_workspace(args.workspace)  # a workspace saved narrowed (dashboard sidebar) stays narrowed
    corpus = workspace.current()
    steps = 1 + len(sections.SECTIONS)  # the text pipeline, then each section; image renders are added later
    # The folder is locked for the whole run (a second run to it is refused at once), and the report is
    # written into a fresh folder next to it, moved into place only when complete.
    _bar_drawn[0] = _bar_drawn[0] or not args.quiet
    with (
        folder.claim(args.out),
        tqdm(total=steps, desc="report", unit="step", file=sys.stderr, disable=args.quiet) as bar,
    ):
        bar.set_postfix_str("text pipeline")
        text = _build(corpus, args)

        def section_started(_done: int, _total: int, name: str) -> None:
            bar.update()
            bar.set_postfix_str(name)
            # A one-shot process: what the sections before left alive (modules, the text, shared results) stays
            # to the end, and each full collection would walk it again (analysis.collector).
            freeze_survivors()

        # A collection's results are stored in it (the dashboard opening it reads them instead of computing).
        path = _collection_of(args)
        store = None if path is None else stored.Store(path, stored.content_key(corpus.articles), count=len(text.docs))
        with stored.using(store):
            parts = sections.build_sections(workspace, text, progress=section_started)
        bar.update()
        images = 0 if args.no_images else 2 * sum(len(part.charts) for part in parts)
        bar.total = steps + images
        bar.refresh()

        def rendered(done: int, total: int, name: str) -> None:
            bar.update()
            bar.set_postfix_str(name)

        files = report.render(parts, images=not args.no_images, progress=rendered)
        html = report.write_dir(files, args.out)
    result: dict[str, object] = {"out": str(Path(args.out)), "report": str(html), "files": sorted(files)}
    missing = report.missing_images(files)
    result["missing_images"] = missing
    for line in missing:
        print(f"chart image not rendered: {line}", file=sys.stderr)
    if store is not None:
        result["stored"] = store.summary()
        for note in store.problems():
            print(f"stored results: {note}", file=sys.stderr)
    return result


def _report_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out", required=True, metavar="DIR", help="folder to write report.html, report.json, charts/, tables/"
    )
    parser.add_argument("--no-images", action="store_true", help="skip PNG/SVG (no Chromium needed)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    engine = parser.add_argument_group("engine (where the analysis runs)")
    engine.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local (default): this machine; dask: a Dask cluster",
    )
    engine.add_argument("--scheduler", metavar="URL", help="with --engine dask: a running scheduler, tcp://HOST:8786")
    engine.add_argument(
        "--workers", type=_positive, metavar="N", help="with --engine dask: worker processes of a local cluster (2)"
    )
    engine.add_argument("--memory-limit", metavar="SIZE", help="with --engine dask: memory per local worker (2GB)")


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r}: expected a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r}: expected at least 1")
    return number


def _report_table(result: dict[str, object]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame({"file": result["files"]})
