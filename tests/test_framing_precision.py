"""Lexicon precision on real text: every occurrence the packaged frame sets count in
tests/data/framing_dev.json is judged by hand in tests/data/framing_judgements.json.

Precision per frame is recomputed here from the current matcher; an occurrence that
nobody judged fails the test (a new term or form must be judged before it ships), and
each set must keep precision >= 0.95 over all its frames.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from analysis.corpus.records import Article
from analysis.framing.sets import frame_sets, set_lexicons
from analysis.text import TextCorpus, build

DATA = Path(__file__).parent / "data"
MIN_PRECISION = 0.95


@pytest.fixture(scope="module")
def dev() -> TextCorpus:
    excerpts = json.loads((DATA / "framing_dev.json").read_text(encoding="utf-8"))["excerpts"]
    return build([Article(e["id"], e["text"], source=e["source"], language=e["language"]) for e in excerpts])


@pytest.fixture(scope="module")
def judged() -> dict[tuple[str, str, str, int], bool]:
    rows = json.loads((DATA / "framing_judgements.json").read_text(encoding="utf-8"))["judgements"]
    return {(r["set"], r["excerpt"], r["frame"], r["start"]): r["correct"] for r in rows}


def occurrences(text: TextCorpus, name: str) -> list[tuple[str, str, str, int, str]]:
    """(set, excerpt, frame, character start, matched text) of every occurrence set ``name`` counts."""
    found = []
    for language, lexicon in set_lexicons([name]).items():
        for doc in text.docs:
            if doc.article.language != language:
                continue
            for m in lexicon.matches(doc):
                start, end = doc.spans[m.start][0], doc.spans[m.end - 1][1]
                found.append((name, doc.id, lexicon.frames[m.frame].name, start, doc.article.text[start:end]))
    return found


def precision(text: TextCorpus, judged: dict, name: str) -> tuple[dict[str, tuple[int, int]], list]:
    """{frame: (correct, counted)} for set ``name``, and the occurrences nobody judged."""
    right: Counter[str] = Counter()
    counted: Counter[str] = Counter()
    missing = []
    for name_, excerpt, frame, start, match in occurrences(text, name):
        verdict = judged.get((name_, excerpt, frame, start))
        if verdict is None:
            missing.append((excerpt, frame, start, match))
            continue
        counted[frame] += 1
        right[frame] += verdict
    return {f: (right[f], counted[f]) for f in counted}, missing


@pytest.mark.parametrize("name", frame_sets())
def test_every_counted_occurrence_is_judged_and_precision_holds(dev: TextCorpus, judged: dict, name: str) -> None:
    per_frame, missing = precision(dev, judged, name)
    assert not missing, f"occurrences of set {name!r} not judged in framing_judgements.json: {missing[:10]}"
    right = sum(r for r, _ in per_frame.values())
    counted = sum(n for _, n in per_frame.values())
    assert counted >= 20, f"set {name!r} counts only {counted} occurrences in the dev excerpts: too few to measure"
    worst = sorted((r / n, f) for f, (r, n) in per_frame.items())[:3]
    assert right / counted >= MIN_PRECISION, f"set {name!r}: precision {right}/{counted}; worst frames {worst}"


def test_the_fixes_remove_false_senses_the_old_lexicons_counted(dev: TextCorpus, judged: dict) -> None:
    """The judgements keep the false senses the pre-issue-19 lexicons counted ("sin embargo", "de acuerdo con",
    "se desplazaban", "terrorismo de Estado", screenshots as "captura"); none is counted any more."""
    now = {(n, e, f, s) for n, e, f, s, _ in occurrences(dev, "default")}
    old_false = {k for k, ok in judged.items() if k[0] == "default" and not ok}
    assert len(old_false) > 100
    still = old_false & now
    assert len(still) <= 0.15 * len(old_false), f"{len(still)} of {len(old_false)} false senses still counted"
