"""Leave-one-set-out measure of a learned speaker ranker (tests/speaker_ranker.py) for the quotations the rules
leave to no one.

``python -m tests.train_speaker_ranker [--sets SET ...]``: for each spent quote set, a logistic regression trained on
the others' candidates, then the whole extractor (rules + ranker at the seam ``direct._unattributed``) run on that
set at each threshold of :data:`THRESHOLDS`; direct speakers' right / predicted / gold per set and language, against
the rules alone, and pooled. The ranker is kept in use only if some threshold gains recall with the pooled precision
no lower than the rules' (session 16: none did; README of that session's branch ``qrank``).

A candidate is a name run near a quotation no rule gives a speaker (:func:`analysis.sources.ranker.candidates`,
read with the ranker off); it is positive when the quotation overlaps a gold direct quotation by half
(tests.quotes_eval's rule) and the run's name is that quotation's speaker (``speaker_matches``), negative otherwise
(a scare quote's candidates are all negative). The blind sets (``BLIND_NOW``) are never loaded.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from unittest import mock

from analysis.corpus.records import Article
from analysis.sources import direct
from analysis.sources.quotes import Quote, extract, read_quotes
from analysis.text import build
from tests import speaker_ranker as ranker
from tests.quotes_eval import BLIND_NOW, SETS, Gold, Score, load, overlap, score, speaker_matches

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
C = 1.0  # inverse L2 strength of the logistic regression
SPENT = tuple(name for name, path in SETS.items() if path not in BLIND_NOW)


@dataclass(frozen=True)
class Row:
    """A candidate: its set, article, features and label."""

    set_name: str
    article: str
    quote: int  # where its quotation's words start
    values: tuple[float, ...]
    label: bool


@contextmanager
def _ranker(answer: Callable[..., object]) -> Iterator[None]:
    with mock.patch.object(direct, "_unattributed", answer):
        yield


def _extract(articles: list[Article]) -> list[Quote]:
    """The extractor on ``articles`` in this process (so the patched ranker is the one used)."""
    docs = list(build(articles).docs)
    return extract(build(articles), per_article=[read_quotes([doc])[0] for doc in docs])


@cache
def _loaded(set_name: str) -> tuple[list[Article], list[Gold]]:
    assert SETS[set_name] not in BLIND_NOW, set_name
    return load(SETS[set_name])


@cache
def rows_of(set_name: str) -> tuple[Row, ...]:
    """The labelled candidates of a spent set, read with the ranker off."""
    articles, gold = _loaded(set_name)
    seen: list[tuple[str, int, int, list[ranker.Candidate]]] = []

    def record(doc, lex, runs, spans, at, found):  # noqa: ANN001, ANN202
        _ms, start, end, _me = spans[at]
        end = direct._before_trail(doc.article.text, start, end)
        seen.append((doc.id, start, end, ranker.candidates(doc, lex, runs, spans, at, found)))
        return None

    with _ranker(record):
        quotes = _extract(articles)
    out = []
    for article, start, end, found in seen:
        last = [q.speaker for q in quotes if q.article == article and q.start < start]  # whom "implied" resolves to
        best = max(
            (g for g in gold if g.direct and g.article == article),
            key=lambda g: overlap((start, end), (g.start, g.end)),
            default=None,
        )
        speaker = best.speaker if best and overlap((start, end), (best.start, best.end)) >= 0.5 else None
        out += [Row(set_name, article, start, c.values, speaker is not None and speaker_matches(name, speaker))
                for c in found if (name := c.run.name if c.run is not None else (last[-1] if last else ""))]  # fmt: skip
    return tuple(out)


def train(set_names: Sequence[str]) -> ranker.Weights:
    """A logistic regression on the candidates of ``set_names`` (scikit-learn, here only)."""
    from sklearn.linear_model import LogisticRegression

    rows = [row for name in set_names for row in rows_of(name)]
    model = LogisticRegression(C=C, max_iter=5000)
    model.fit([r.values for r in rows], [r.label for r in rows])
    weights = {name: round(float(w), 4) for name, w in zip(ranker.FEATURES, model.coef_[0], strict=True)}
    return ranker.Weights(weights, round(float(model.intercept_[0]), 4), tuple(set_names))


def measure(set_name: str, weights: ranker.Weights | None, threshold: float) -> dict[str, Score]:
    """Direct speakers' scores per language of the extractor on a spent set, the ranker (``weights``, None: off)
    answering at ``threshold``."""
    articles, gold = _loaded(set_name)

    def answer(doc, lex, runs, spans, at, found):  # noqa: ANN001, ANN202
        return None if weights is None else ranker.best(ranker.candidates(doc, lex, runs, spans, at, found),
                                                        weights, threshold)  # fmt: skip

    with _ranker(answer):
        quotes = _extract(articles)
    languages = {a.id: a.language for a in articles}
    return {lang: score(quotes, gold, direct=True, language=lang, languages=languages)[0] for lang in ("es", "en")}


def _add(a: Score, b: Score) -> Score:
    return Score(a.predicted + b.predicted, a.gold + b.gold, a.right + b.right, a.matched + b.matched)


def _line(label: str, s: Score) -> str:
    return f"{label:22} P {s.precision:.3f} R {s.recall:.3f} ({s.right}/{s.predicted}/{s.gold})"


def cross_validate(set_names: Sequence[str], thresholds: Sequence[float] = THRESHOLDS) -> dict:
    """Leave-one-set-out: per set and language, the rules' scores and the rules + ranker's at each threshold."""
    table: dict = {}
    for held in set_names:
        weights = train([name for name in set_names if name != held])
        table[held] = {"rules": measure(held, None, 2.0)}
        for t in thresholds:
            table[held][t] = measure(held, weights, t)
    return table


def report(table: dict, thresholds: Sequence[float] = THRESHOLDS) -> None:
    """Prints the cross-validation table: per set (rules, then each threshold) and pooled."""
    for lang in ("es", "en"):
        pooled: dict = {}
        for held, rows in table.items():
            for key, scores in rows.items():
                pooled[key] = _add(pooled[key], scores[lang]) if key in pooled else scores[lang]
            print(_line(f"{held} {lang} rules", rows["rules"][lang]), " | ",
                  "  ".join(f"{t}: {rows[t][lang].right}/{rows[t][lang].predicted}" for t in thresholds))  # fmt: skip
        print(_line(f"POOLED {lang} rules", pooled["rules"]))
        for t in thresholds:
            print(_line(f"POOLED {lang} t={t}", pooled[t]))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.train_speaker_ranker")
    parser.add_argument("--sets", nargs="*", default=list(SPENT), help=", ".join(SPENT))
    args = parser.parse_args(argv)
    if any(name not in SPENT for name in args.sets):
        parser.error(f"only spent sets are trained on and measured here: {list(SPENT)}")
    report(cross_validate(args.sets))


if __name__ == "__main__":
    main()
