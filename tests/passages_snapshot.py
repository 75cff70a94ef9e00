"""The shared passages stage's whole output, written to one file, so that a change meant only to be faster can be
shown to find the same passages (issue #20: speed work keeps this snapshot byte-identical, or says why not).

``python -m tests.passages_snapshot OUT.json [--sizes 2000,5000] [--time 2000,10000]`` writes, for the bench's
synthetic corpora of those sizes (seed 7, written once to the system's temporary folder, as
:mod:`tests.pass_snapshot`) and for every text of tests/data/*.json and the seeds, every pair
``corpus_reuse`` reports, in its order: ids, reused shares and each passage's spans, texts and score (floats as
``repr``). Compare two snapshots with ``cmp``. ``--time`` prints the stage's CPU seconds (``build_index`` and
``corpus_reuse``, ``time.process_time``, best of 3) on synthetic corpora of those sizes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from analysis.corpus.loading import load_path
from analysis.corpus.records import Article
from analysis.similarity.passages import build_index, corpus_reuse
from analysis.text import TextCorpus, build
from tests.pass_snapshot import ROOT, data_texts, synthetic


def snapshot(text: TextCorpus) -> list[object]:
    """Every reported pair of ``text``'s passages stage, as JSON-able lists in the stage's order."""
    return [
        [
            r.a,
            r.b,
            repr(r.a_reused_share),
            repr(r.b_reused_share),
            [
                [list(map(list, p.a_spans)), list(map(list, p.b_spans)), p.a_text, p.b_text, repr(p.score)]
                for p in r.passages
            ],
        ]
        for r in corpus_reuse(build_index(text))
    ]


def cpu_seconds(text: TextCorpus) -> dict[str, float]:
    """CPU seconds of ``build_index`` and of ``corpus_reuse`` on its index (best of 3 each)."""
    best: dict[str, float] = {}
    for _ in range(3):
        start = time.process_time()
        index = build_index(text)
        middle = time.process_time()
        corpus_reuse(index)
        end = time.process_time()
        best["index"] = min(best.get("index", 1e9), middle - start)
        best["reuse"] = min(best.get("reuse", 1e9), end - middle)
    return {name: round(seconds, 3) for name, seconds in best.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.passages_snapshot", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=str, help="the JSON file to write ('-' writes none)")
    parser.add_argument("--sizes", default="2000,5000", help="synthetic corpus sizes to snapshot")
    parser.add_argument("--time", default="", help="synthetic corpus sizes to time the stage on")
    args = parser.parse_args(argv)
    if args.out != "-":
        corpora: dict[str, list[Article]] = {f"synthetic-{n}": synthetic(int(n)) for n in args.sizes.split(",") if n}
        corpora["seeds"] = list(load_path(ROOT / "seeds").articles)
        corpora["real"] = data_texts()
        snap = {}
        for name, articles in corpora.items():
            snap[name] = snapshot(build(articles))
            print(f"{name}: {len(articles)} articles, {len(snap[name])} pairs", file=sys.stderr)
        with open(args.out, "w", encoding="utf-8") as out:
            out.write(json.dumps(snap, ensure_ascii=False, sort_keys=True))
    for n in (int(n) for n in args.time.split(",") if n):
        print(f"{n} synthetic articles: {cpu_seconds(build(synthetic(n)))} CPU s", file=sys.stderr)


if __name__ == "__main__":
    main()
