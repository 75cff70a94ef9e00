"""Where the wrong direct speakers come from: every spent quote set's direct statements by the path that attributed
them (analysis/sources/attribution.py), and its errors by kind (issue #23, session 20).

``python -m tests.attribution_paths [--by frame|resolution|path|feature] [--language es|en]`` prints, over the
spent sets (every set of :data:`tests.quotes_eval.SETS` not in ``BLIND_NOW``, nor in ``ALSO_BLIND``), for each
label: statements predicted, right speaker, wrong speaker (a gold quotation's span, another speaker), extra (no gold
quotation), and precision = right / predicted. ``--errors`` prints the decomposition of each set's direct errors
(wrong speaker, extra, span mismatch, missed). ``--abstain`` measures, per spent set and language, what dropping
the statements of each criterion of :data:`CRITERIA` would give (precision, recall, F1 before and after): the
statements' speakers are read with them in place, so dropping them at the end is what an extractor abstaining there
would return. ``--abstain --blind SET`` prints only the counts of one blind set of ``BLIND_NOW`` (totals, no statement).
It never prints a blind set's statements or misses.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from analysis.sources.attribution import Path, traced
from analysis.sources.lexicon import fold, lexicon
from analysis.sources.names import name_runs
from analysis.sources.persons import _is_person
from analysis.sources.quotes import Quote, extract
from analysis.sources.title_mentions import _full_person_name
from analysis.text import build
from tests.quotes_eval import BLIND_NOW, SETS, Gold, load, overlap, score

# Sets spent by another branch while this one works, treated as blind here too (held-out14 was, until read14 merged;
# none since held-out15 was spent by branch read15, session 20).
ALSO_BLIND: tuple[object, ...] = ()


def spent() -> list[str]:
    """The names of the sets whose misses may be read."""
    return [name for name, path in SETS.items() if path not in BLIND_NOW and path not in ALSO_BLIND]


@dataclass(frozen=True)
class Outcome:
    """One predicted direct statement: its set, language, the quote, its path, and ``kind``: "right", "wrong"
    (matched to a gold quotation, another speaker) or "extra" (matched to none)."""

    set: str
    language: str
    quote: Quote
    path: Path
    kind: str
    gold: Gold | None
    text: str
    names_between: int | None  # other names written since the speaker's last statement (None: their first)
    persons_between: int | None  # of which persons' full names (two words or more, no place)


def outcomes(name: str) -> Iterator[Outcome]:
    """Each predicted direct statement of the set ``name`` with its path and whether its speaker is right."""
    articles, gold = load(SETS[name])
    with traced() as paths:
        quotes = extract(build(articles))
    languages = {a.id: a.language for a in articles}
    texts = {a.id: a.text for a in articles}
    runs = {a.id: name_runs(a.text, a.language) for a in articles}
    for language in ("es", "en"):
        s, misses = score(quotes, gold, direct=True, language=language, languages=languages)
        wrong = {id(p): g for why, p, g in misses if why == "wrong speaker"}
        extra = {id(p) for why, p, _ in misses if why == "extra"}
        for q in quotes:
            if q.direct and languages[q.article] == language:
                kind = "extra" if id(q) in extra else "wrong" if id(q) in wrong else "right"
                path = paths.get((q.article, q.start, q.end, True), Path())
                before = [p.end for p in quotes if p.article == q.article and p.end <= q.start and p.speaker == q.speaker]
                between = persons = None
                if before:
                    own = set(fold(q.speaker).split())
                    others = {r.name for r in runs[q.article]
                              if max(before) <= r.start < q.start and not own & set(fold(r.name).split())}  # fmt: skip
                    between = len(others)
                    persons = sum(_full_person_name(lexicon(language), other) for other in others)
                yield Outcome(name, language, q, path, kind, wrong.get(id(q)), texts[q.article], between, persons)


def errors(name: str) -> dict[str, Counter[str]]:
    """Per language, the set's direct errors by kind: "wrong speaker", "extra" (no gold quotation overlaps it),
    "span" (an extra overlapping a gold quotation by less than half; counted once per pair, with its missed gold
    one), "missed" (a gold quotation no prediction overlaps)."""
    articles, gold = load(SETS[name])
    quotes = extract(build(articles))
    languages = {a.id: a.language for a in articles}
    found: dict[str, Counter[str]] = {}
    for language in ("es", "en"):
        s, misses = score(quotes, gold, direct=True, language=language, languages=languages)
        counts = found[language] = Counter(right=s.right, predicted=s.predicted, gold=s.gold)
        missed = [g for why, _, g in misses if why == "missed" and g is not None]
        spanned: set[int] = set()
        for why, p, _ in misses:
            if why == "wrong speaker":
                counts["wrong speaker"] += 1
            elif why == "extra" and p is not None:
                near = [m for m in missed if m.article == p.article and overlap((p.start, p.end), (m.start, m.end)) > 0]
                if near:
                    counts["span"] += 1
                    spanned.update(id(m) for m in near)
                else:
                    counts["extra"] += 1
        counts["missed"] = sum(1 for m in missed if id(m) not in spanned)
        counts["span (gold)"] = len(spanned)
    return found


def table(rows: list[Outcome], label: Callable[[Outcome], str]) -> list[tuple[str, int, int, int, int]]:
    """(label, predicted, right, wrong, extra) per label, most predicted first."""
    counts: dict[str, Counter[str]] = {}
    for row in rows:
        counts.setdefault(label(row), Counter())[row.kind] += 1
    out = [(k, sum(c.values()), c["right"], c["wrong"], c["extra"]) for k, c in counts.items()]
    return sorted(out, key=lambda r: (-r[1], r[0]))


CRITERIA: dict[str, Callable[[Outcome], bool]] = {
    "title tied to no full person name": lambda o: o.path.resolution == "title: tied"
    and not _full_person_name(lexicon(o.language), o.quote.speaker),
    "title standing for nobody (untied)": lambda o: o.path.resolution == "title: untied",
    "last speaker, 3+ other names since": lambda o: "last" in o.path.resolution
    and o.names_between is not None
    and o.names_between >= 3,
    "title, speaker's first statement": lambda o: o.path.subject == "title" and o.names_between is None,
    "last speaker, 2+ other persons since": lambda o: "last" in o.path.resolution
    and o.persons_between is not None
    and o.persons_between >= 2,
    "last speaker, 1+ other person since": lambda o: "last" in o.path.resolution
    and o.persons_between is not None
    and o.persons_between >= 1,
    "last speaker carried, no person's name": lambda o: "last" in o.path.resolution
    and not _is_person(lexicon(o.language), o.quote.speaker),
    "last speaker carried, no full person name": lambda o: "last" in o.path.resolution
    and not _full_person_name(lexicon(o.language), o.quote.speaker),
}


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def abstain(names: list[str], *, counts_only: bool = False) -> None:
    """For each criterion, each set and language: statements dropped (right ones among them), and P, R, F1 before
    and after; with ``counts_only``, only each criterion's totals (for a blind set)."""
    rows = [o for name in names for o in outcomes(name)]
    golds: Counter[tuple[str, str]] = Counter()
    for name in names:
        articles, gold = load(SETS[name])
        languages = {a.id: a.language for a in articles}
        golds.update((name, languages[g.article]) for g in gold if g.direct)
    for criterion, drops in CRITERIA.items():
        print(f"== {criterion}")
        total: Counter[str] = Counter()
        for name in names:
            for language in ("es", "en"):
                own = [o for o in rows if o.set == name and o.language == language]
                right, dropped = sum(o.kind == "right" for o in own), [o for o in own if drops(o)]
                lost, expected = sum(o.kind == "right" for o in dropped), golds[(name, language)]
                total.update(predicted=len(own), right=right, dropped=len(dropped), lost=lost, gold=expected)
                if not dropped or counts_only or not own or not expected:
                    continue
                p0, r0 = right / len(own), right / expected
                p1, r1 = (right - lost) / max(1, len(own) - len(dropped)), (right - lost) / expected
                worse = " F1 falls" if f1(p1, r1) < f1(p0, r0) - 1e-9 else ""
                print(f"  {name:9} {language} drops {len(dropped):2} ({lost} right)  P {p0:.3f}->{p1:.3f}  "
                      f"R {r0:.3f}->{r1:.3f}  F1 {f1(p0, r0):.3f}->{f1(p1, r1):.3f}{worse}")  # fmt: skip
        t = total
        print(f"  all: drops {t['dropped']} ({t['lost']} right)  P {t['right'] / t['predicted']:.4f}->"
              f"{(t['right'] - t['lost']) / (t['predicted'] - t['dropped']):.4f}  R {t['right'] / t['gold']:.4f}->"
              f"{(t['right'] - t['lost']) / t['gold']:.4f}")  # fmt: skip


LABELS: dict[str, Callable[[Outcome], str]] = {
    "frame": lambda o: o.path.frame,
    "resolution": lambda o: o.path.resolution,
    "path": lambda o: f"{o.path.frame} / {o.path.resolution}",
    "subject": lambda o: o.path.subject,
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.attribution_paths")
    parser.add_argument("--by", choices=list(LABELS), default="path")
    parser.add_argument("--language", choices=["es", "en"])
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--show", help="print the wrong and extra statements of this label")
    parser.add_argument("--abstain", action="store_true")
    blind = [name for name, path in SETS.items() if path in BLIND_NOW]
    parser.add_argument("--blind", choices=blind, help="this blind set's counts only (no --show)")
    args = parser.parse_args(argv)
    if args.blind and args.show:
        parser.error("--show prints statements: never of a blind set")
    names = [args.blind] if args.blind else spent()
    if args.abstain:
        abstain(names, counts_only=bool(args.blind))
        return
    if args.errors:
        total: Counter[str] = Counter()
        print(f"{'set':9} lang  right/pred/gold  wrong-speaker extra span missed")
        for name in names:
            for language, c in errors(name).items():
                total.update(c)
                print(f"{name:9} {language}   {c['right']:4}/{c['predicted']:4}/{c['gold']:4}   {c['wrong speaker']:5} "
                      f"{c['extra']:5} {c['span']:4} {c['missed']:5}")  # fmt: skip
        print(f"{'all':9}      {total['right']:4}/{total['predicted']:4}/{total['gold']:4}   {total['wrong speaker']:5} "
              f"{total['extra']:5} {total['span']:4} {total['missed']:5}")  # fmt: skip
        return
    rows = [o for name in names for o in outcomes(name) if args.language in (None, o.language)]
    label = LABELS[args.by]
    print(f"{'label':58} pred right wrong extra  P")
    for key, predicted, right, wrong, extra in table(rows, label):
        print(f"{key[:58]:58} {predicted:4} {right:5} {wrong:5} {extra:5}  {right / predicted:.3f}")
    right = sum(o.kind == "right" for o in rows)
    print(f"{'all':58} {len(rows):4} {right:5}  P {right / len(rows):.3f}")
    if args.show:
        for o in rows:
            if label(o) == args.show and o.kind != "right":
                around = o.text[max(0, o.quote.start - 200) : o.quote.end + 100].replace("\n", " ¶ ")
                gold = o.gold.speaker if o.gold else None
                print(f"  {o.kind} {o.set} {o.language}: predicted {o.quote.speaker!r}, gold {gold!r}\n      {around}")


if __name__ == "__main__":
    main()
