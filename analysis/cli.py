"""``python -m analysis <command> INPUT [INPUT...]``: every analysis in batch, as JSON or a table.

An INPUT is a folder, a file, a saved workspace or an ``http(s)://`` URL;
``--urls FILE`` adds the URLs listed in a file. The CLI fetches private and loopback addresses too (it
runs on the user's own machine); a progress bar on stderr follows the fetches.

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
from typing import TYPE_CHECKING

from analysis.config import settings
from analysis.corpus.collection import OUTLET_FIELDS, Filters
from analysis.corpus.decode import escape_controls
from analysis.corpus.fetch import is_url
from analysis.corpus.inputs import input_bytes, load_inputs
from analysis.corpus.loading import Corpus
from analysis.corpus.records import CorpusError, Problem, parse_date
from analysis.pipeline import start_workers_for

if TYPE_CHECKING:  # pandas, tqdm and every analysis are imported by the command that needs them
    import pandas as pd
    from tqdm import tqdm

    from analysis.text import TextCorpus

__all__ = ["main"]

PROGRESS_MIN_FILES = 50  # fewer files load in well under a second: no bar
INTERRUPTED = "interrupted (Ctrl-C): stopped before finishing; nothing more was written"
# Whether a progress bar was drawn on stderr: a message after it must start on a line of its own.
_bar_drawn: list[bool] = [False]


@dataclass(frozen=True)
class Command:
    """A subcommand: its help line, its extra arguments, and what it computes."""

    help: str
    run: Callable[[Corpus, argparse.Namespace], dict[str, object]]
    table: Callable[[dict[str, object]], pd.DataFrame | dict[str, pd.DataFrame]]  # several: printed under titles
    arguments: Callable[[argparse.ArgumentParser], None] = lambda parser: None


def _corpus(corpus: Corpus, args: argparse.Namespace) -> dict[str, object]:
    return corpus.to_json()


def _corpus_table(result: dict[str, object]) -> pd.DataFrame:
    import pandas as pd

    rows = result["articles"]
    assert isinstance(rows, list)
    return pd.DataFrame(rows, columns=["id", "source", "date", "language", "words", "title"]).fillna("")


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
    from analysis.corpus.collection import collection_file, is_collection

    chosen = args.workspace.selection
    if chosen is not None:
        return str(chosen.path)
    if len(args.inputs) == 1 and not args.urls and is_collection(args.inputs[0]):
        return str(collection_file(args.inputs[0]).resolve())  # INPUT is one collection
    return None


def _figures(corpus: Corpus, args: argparse.Namespace) -> dict[str, object]:
    from analysis.report.results import figures_claims, figures_json, story_map

    text = _build(corpus, args)
    found = story_map(text, edits=args.workspace.story_edits)
    settings = args.workspace.settings
    return figures_json(figures_claims(text, settings.figure_incidents, found), text, settings.figure_places)


def _figures_table(result: dict[str, object]) -> dict[str, pd.DataFrame]:
    """Two tables: every claim, then the agreement of each toll (story, kind, group, place) with its explanation."""
    import pandas as pd

    rows, agreement = result["claims"], result["agreement"]
    assert isinstance(rows, list) and isinstance(agreement, list)
    columns = ["article", "story", "kind", "group", "incident", "low", "high", "qualifier", "attributed_to"]
    claims = pd.DataFrame(rows, columns=columns).astype({"low": "Int64", "high": "Int64"}).fillna({"attributed_to": ""})
    tolls = pd.DataFrame(agreement, columns=["story", "kind", "group", "place", "status", "explanation"])
    return {"Claims": claims, "Do the tolls agree?": tolls.fillna({"place": ""})}


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


def _ids(value: str | None) -> list[str] | None:
    return None if value is None else [i.strip() for i in value.split(",") if i.strip()]


def _terms(corpus: Corpus, args: argparse.Namespace) -> dict[str, object]:
    from analysis.framing.lexicon import load_lexicon
    from analysis.framing.sets import parse_sets, set_lexicons
    from analysis.report.results import lexicons_for, terms_json

    sets = parse_sets(args.frames)
    if args.lexicon:
        lexicons = set_lexicons(sets, [load_lexicon(args.lexicon)])
    else:  # a saved workspace's lexicon, else the packaged ones
        lexicons = lexicons_for(args.workspace.lexicon, sets=sets)
    group_a, group_b = _ids(args.group_a), _ids(args.group_b)
    if group_b is not None and group_a is None:
        raise ValueError("--group-b needs --group-a")
    text = _build(corpus, args)
    if args.suggest:
        from analysis.framing.suggest import suggest, suggestions_json

        return suggestions_json(suggest(text))
    return terms_json(text, lexicons, group_a=group_a, group_b=group_b)


def _terms_table(result: dict[str, object]) -> pd.DataFrame:
    import pandas as pd

    if "suggestions" in result:
        found = result["suggestions"]
        assert isinstance(found, list)
        return pd.DataFrame(
            [
                (s["frame"], s["score"], s["similarity"], s["split"], s["apart"], "; ".join(s["contexts"]))
                for s in found
            ],
            columns=["frame", "score", "similarity", "split", "apart", "contexts"],
        )
    rows = result["counts"]
    assert isinstance(rows, list)
    return pd.DataFrame(rows, columns=["article", "source", "frame", "term", "count", "per_1000"])


def _terms_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--group-a",
        metavar="IDS",
        help="comma-separated article ids of group A (default: each source against the rest)",
    )
    parser.add_argument(
        "--group-b", metavar="IDS", help="comma-separated article ids of group B (default: every article not in A)"
    )
    parser.add_argument(
        "--lexicon", metavar="FILE", help="a YAML framing lexicon replacing the packaged one of its language"
    )
    parser.add_argument(
        "--frames",
        metavar="SET",
        default="default",
        help="frame set(s) to count, comma-separated: default, migration, protest, disaster, elections, or all",
    )
    parser.add_argument(
        "--suggest",
        action="store_true",
        help="print candidate frames found in the corpus (competing words that split the sources) instead",
    )


def _similarity(corpus: Corpus, args: argparse.Namespace) -> dict[str, object]:
    from analysis.report.results import similarity_json

    return similarity_json(_build(corpus, args), threshold=args.threshold, n_terms=args.top_terms)


def _similarity_table(result: dict[str, object]) -> pd.DataFrame:
    import pandas as pd

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
    config = settings().similarity
    parser.add_argument(
        "--threshold", type=float, default=config.pair_threshold, metavar="COSINE",
        help=f"list pairs with TF-IDF cosine at least this (0-1, default {config.pair_threshold})",
    )  # fmt: skip
    parser.add_argument(
        "--top-terms", type=int, default=config.top_terms, metavar="N",
        help=f"terms listed per pair (default {config.top_terms})",
    )  # fmt: skip


def _stories(corpus: Corpus, args: argparse.Namespace) -> dict[str, object]:
    import pandas as pd

    from analysis.report.results import story_map
    from analysis.similarity.coverage import NOT_COVERED, first_coverage
    from analysis.text import build

    found = story_map(build(corpus.articles), edits=args.workspace.story_edits)
    first = first_coverage(found, corpus.articles)
    coverage = [
        {
            "story": r.story, "source": r.source, "first": r.first.isoformat() if r.first is not None else None,
            "articles": int(r.articles), "lag_days": None if pd.isna(r.lag_days) else int(r.lag_days), "role": r.role,
        }
        for r in first[first["role"] != NOT_COVERED].itertuples()
    ]  # fmt: skip
    return {**found.to_json(), "coverage": coverage}


def _stories_table(result: dict[str, object]) -> pd.DataFrame:
    import pandas as pd

    rows = result["stories"]
    assert isinstance(rows, list)
    table = pd.DataFrame(
        [
            {
                "id": s["id"], "label": s["label"], "start": s["start"] or "", "end": s["end"] or "",
                "articles": len(s["articles"]), "outlets": len(s["sources"]), "sources": ", ".join(s["sources"]),
            }
            for s in rows
        ],
        columns=["id", "label", "start", "end", "articles", "outlets", "sources"],
    )  # fmt: skip
    return table


def _sources(corpus: Corpus, args: argparse.Namespace) -> dict[str, object]:
    from analysis.report.results import sources_json
    from analysis.text import build

    return sources_json(build(corpus.articles), args.workspace.speaker_roles, passages=not args.no_passages)


def _sources_table(result: dict[str, object]) -> pd.DataFrame:
    import pandas as pd

    rows = result["quotes"]
    assert isinstance(rows, list)
    columns = ["article", "speaker", "role", "direct", "text"]
    table = pd.DataFrame(rows, columns=columns)
    table["text"] = [t if len(t) <= 70 else t[:69] + "…" for t in table["text"]]
    return table


def _sources_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-passages", action="store_true", help="do not look for the shared passages that hold shared quotes"
    )


COMMANDS: dict[str, Command] = {
    "corpus": Command("load the articles and report load problems", _corpus, _corpus_table),
    "similarity": Command(
        "TF-IDF similarity of article pairs, the terms behind it and the passages they share",
        _similarity,
        _similarity_table,
        _similarity_arguments,
    ),
    "terms": Command(
        "framing-term counts per article and the most distinctive words (Fightin' Words)",
        _terms,
        _terms_table,
        _terms_arguments,
    ),
    "stories": Command(
        "articles grouped into stories (events): label, date span, outlets, and each article's story",
        _stories,
        _stories_table,
    ),
    "figures": Command(
        "casualty figures (killed, injured, detained, missing, displaced) and their agreement", _figures, _figures_table
    ),
    "sources": Command(
        "who speaks: quotations and attributed statements, speakers and roles per outlet, quotes shared by outlets",
        _sources,
        _sources_table,
        _sources_arguments,
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


def _print_problems(problems: Sequence[Problem]) -> None:
    for problem in problems:
        print(f"warning: {escape_controls(str(problem))}", file=sys.stderr)


def _error(err: object) -> None:
    """One line on stderr; a file name or field with ESC sequences or bidi controls is shown escaped."""
    print(f"error: {escape_controls(err)}", file=sys.stderr)


def _terminal_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The table with every text cell and column name escaped for the terminal (``escape_controls``)."""
    import pandas as pd

    escaped = frame.rename(columns=escape_controls)
    for column in escaped.columns:
        if not pd.api.types.is_numeric_dtype(escaped[column]):
            escaped[column] = escaped[column].map(lambda v: escape_controls(v) if isinstance(v, str) else v)
    return escaped


def _text_table(frame: pd.DataFrame) -> str:
    """The table as text, text columns aligned left: pandas right-aligns them, which pushed every id and
    outlet name of a real corpus behind a hundred spaces (headers and numbers keep their places)."""
    import pandas as pd

    formatters = {}
    for column in frame.columns:
        if not pd.api.types.is_numeric_dtype(frame[column]):
            cells = ["" if v is None or (isinstance(v, float) and pd.isna(v)) else str(v) for v in frame[column]]
            width = max([len(str(column)), *map(len, cells)])
            formatters[column] = lambda v, width=width: f"{'' if v is None else v!s:<{width}}"
    return frame.to_string(index=False, justify="left", formatters=formatters)


class _ProgressBar:
    """A tqdm bar on stderr while inputs load: shown when URLs are fetched or a folder holds many files."""

    def __init__(self, *, fetching: bool) -> None:
        self.fetching = fetching
        self.bar: tqdm | None = None
        self.inner: tqdm | None = None  # inside one large file: its articles' languages

    def within(self, done: int, total: int, name: str) -> None:
        """Progress inside a file of thousands of rows (``loading.load_files``' ``within``)."""
        if self.inner is None:
            from tqdm import tqdm

            label = f"languages of {escape_controls(name)[:40]}"
            self.inner = tqdm(total=total, desc=label, unit="article", file=sys.stderr)
        self.inner.update(done - self.inner.n)
        if done >= total:
            self.inner.close()
            self.inner = None

    def __call__(self, done: int, total: int, name: str) -> None:
        if self.bar is None:
            from tqdm import tqdm

            hidden = total < 2 if self.fetching else total < PROGRESS_MIN_FILES
            self.bar = tqdm(total=total, desc="loading", unit="input", file=sys.stderr, disable=hidden)
            _bar_drawn[0] = _bar_drawn[0] or not hidden
        self.bar.update(done - self.bar.n)

    def close(self) -> None:
        for bar in (self.inner, self.bar):
            if bar is not None:
                bar.close()


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
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
        _print_problems(analysis_problems)
    else:
        import pandas as pd

        _print_problems([*corpus.problems, *analysis_problems])
        tables = command.table(result)
        titled = tables if isinstance(tables, dict) else {"": tables}
        with pd.option_context("display.max_rows", 200, "display.max_colwidth", 100, "display.width", 200):
            for n, (title, frame) in enumerate(titled.items()):
                print(("\n" if n else "") + (f"{title}\n" if title else "") + _text_table(_terminal_table(frame)))
    return 0
