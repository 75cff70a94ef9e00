"""What the per-article passes read, written to one file, so that a change meant only to be faster can be shown to
read the same (issues #20 and #23: speed work keeps this snapshot byte-identical, or says why not).

``python -m tests.pass_snapshot OUT.json [--passes claims,quotes,places] [--time]`` reads the casualty claims
(``casualties.claims.read_docs`` with ``claim_readings.corpus_marks``), the statements and name runs
(``sources.quotes.read_quotes_and_runs``) and the places named (``sources.placenames.read_places``) of three
corpora: the bench's synthetic corpus (2,000 articles, seed 7, written once to the system's temporary folder), the
seeds, and every text of tests/data/*.json (``excerpts`` or ``articles`` with a ``text``). Compare two snapshots
with ``cmp``. ``--time`` prints each pass' CPU seconds on the synthetic corpus (``time.process_time``, best of 3):
CPU, not wall time, because the machines this runs on are shared (docs/PERFORMANCE.md).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from analysis.corpus.loading import load_path
from analysis.corpus.records import Article
from analysis.text import build

ROOT = Path(__file__).resolve().parents[1]
PASSES = ("claims", "quotes", "places")
SYNTHETIC_N = 2000


def synthetic(n: int = SYNTHETIC_N) -> list[Article]:
    """The bench's synthetic corpus of ``n`` articles (seed 7), generated once into the temporary folder."""
    path = Path(tempfile.gettempdir()) / f"contraste-synthetic-{n}.jsonl"
    if not path.exists():
        from analysis.bench.synthetic import generate

        generate(n).write_jsonl(path)
    return list(load_path(path).articles)


def data_texts(folder: Path = ROOT / "tests" / "data") -> list[Article]:
    """Every text of the data files, as articles named ``<file stem>:<id or position>``."""
    found = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            continue
        for key in ("excerpts", "articles"):
            items = data.get(key)
            for i, item in enumerate(items if isinstance(items, list) else []):
                if isinstance(item, dict) and isinstance(item.get("text"), str):
                    found.append(
                        Article(
                            id=f"{path.stem}:{item.get('id', i)}",
                            text=item["text"],
                            source=str(item.get("source") or "x"),
                            title=str(item.get("title") or ""),
                            language=item.get("language") or "es",
                        )
                    )
    return found


def snapshot(articles: list[Article], passes: tuple[str, ...] = PASSES) -> dict[str, list[object]]:
    """What each pass reads in ``articles``, as JSON-able lists in article order."""
    from analysis.casualties.claim_readings import corpus_marks
    from analysis.casualties.claims import read_docs
    from analysis.sources.placenames import read_places
    from analysis.sources.quotes import read_quotes_and_runs

    docs = list(build(articles).docs)
    part: dict[str, list[object]] = {}
    if "claims" in passes:
        problems, claims = read_docs(list(zip(docs, corpus_marks(docs))), latest=None)[0]
        part["claims"] = [repr(c) for c in claims] + [repr(p) for p in problems]
    if "quotes" in passes or "places" in passes:
        quotes, runs = read_quotes_and_runs(docs)
        part["quotes"] = [[list(row) for row in rows] for rows in quotes]
        if "places" in passes:
            texts = [(d.article.text, d.article.language) for d in docs]
            part["places"] = [sorted((repr(k), v) for k, v in c.items()) for c in read_places(texts, runs=runs)]
    return part


def cpu_seconds(articles: list[Article], passes: tuple[str, ...] = PASSES) -> dict[str, float]:
    """Each pass' CPU seconds over ``articles`` (best of 3; places with the quotes' name runs given)."""
    from analysis.casualties.claim_readings import corpus_marks
    from analysis.casualties.claims import read_docs
    from analysis.sources.placenames import read_places
    from analysis.sources.quotes import read_quotes_and_runs

    docs = list(build(articles).docs)
    marks = corpus_marks(docs)
    _, runs = read_quotes_and_runs(docs)
    texts = [(d.article.text, d.article.language) for d in docs]
    work: dict[str, Callable[[], object]] = {
        "claims": lambda: read_docs(list(zip(docs, marks)), latest=None),
        "quotes": lambda: read_quotes_and_runs(docs),
        "places": lambda: read_places(texts, runs=runs),
    }
    best = {}
    for name in passes:
        times = []
        for _ in range(3):
            start = time.process_time()
            work[name]()
            times.append(time.process_time() - start)
        best[name] = round(min(times), 3)
    return best


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.pass_snapshot", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the JSON file to write")
    parser.add_argument("--passes", default=",".join(PASSES), help="some of claims,quotes,places")
    parser.add_argument("--time", action="store_true", help="also print each pass' CPU seconds on the synthetic corpus")
    args = parser.parse_args(argv)
    passes = tuple(p for p in args.passes.split(",") if p)
    unknown = set(passes) - set(PASSES)
    if unknown:
        parser.error(f"unknown pass(es) {sorted(unknown)}: expected some of {list(PASSES)}")
    corpora = {"synthetic": synthetic(), "seeds": list(load_path(ROOT / "seeds").articles), "real": data_texts()}
    snap = {}
    for name, articles in corpora.items():
        snap[name] = snapshot(articles, passes)
        print(f"{name}: {len(articles)} articles", file=sys.stderr)
    args.out.write_text(json.dumps(snap, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    if args.time:
        for name, seconds in cpu_seconds(corpora["synthetic"], passes).items():
            print(f"{name}: {seconds} CPU s on {SYNTHETIC_N} synthetic articles")


if __name__ == "__main__":
    main()
