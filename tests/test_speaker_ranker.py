"""The measure of a learned speaker ranker (tests/speaker_ranker.py, tests/train_speaker_ranker.py): its baseline is
the extractor's own, it never reads a blind set, its cross-validation runs, and the ranker it trains reads real rows
of the spent sets as the session-16 table says (not shipped: no threshold kept the rules' precision)."""

from __future__ import annotations

import pytest

from analysis.corpus.records import Article
from analysis.sources.lexicon import lexicon
from analysis.sources.names import name_runs
from analysis.sources.quote_marks import _quote_spans
from analysis.text import build
from tests import speaker_ranker as ranker
from tests import train_speaker_ranker as train
from tests.quotes_eval import BLIND_NOW, SETS, run, score

THRESHOLD = 0.6  # the pooled-F1 threshold of the session-16 cross-validation


@pytest.fixture(scope="module")
def weights() -> ranker.Weights:
    return train.train(list(train.SPENT))


def test_baseline_is_the_extractor() -> None:
    """With the ranker off, the harness scores a set as tests.quotes_eval does (the seam changes nothing)."""
    articles, gold, quotes, languages = run(SETS["heldout"])
    expected = {lang: score(quotes, gold, direct=True, language=lang, languages=languages)[0] for lang in ("es", "en")}
    assert train.measure("heldout", None, 2.0) == expected


def test_blind_sets_are_never_read() -> None:
    assert not any(SETS[name] in BLIND_NOW for name in train.SPENT)
    blind = [name for name, path in SETS.items() if path in BLIND_NOW]
    if not blind:
        pytest.skip("no quote set is blind now (held-out24, the last, spent in session 27; the next one joins BLIND_NOW)")
    for name in blind:
        with pytest.raises(AssertionError):
            train._loaded(name)
        with pytest.raises(SystemExit):
            train.main(["--sets", name])


def test_cross_validation_runs_on_a_slice() -> None:
    table = train.cross_validate(["heldout", "heldout2"], thresholds=(THRESHOLD,))
    assert set(table) == {"heldout", "heldout2"}
    for rows in table.values():
        for lang in ("es", "en"):
            assert rows[THRESHOLD][lang].gold == rows["rules"][lang].gold
            assert rows[THRESHOLD][lang].predicted >= rows["rules"][lang].predicted  # the ranker only adds speakers
    assert train.train(["heldout2"]).trained_on == ("heldout2",)


def test_labels() -> None:
    """A spent set's candidates hold positives (the gold speaker named near a dropped quotation) and negatives."""
    rows = train.rows_of("heldout9")
    assert any(r.label for r in rows) and not all(r.label for r in rows)
    assert all(len(r.values) == len(ranker.FEATURES) for r in rows)


def _best(text: str, language: str, weights: ranker.Weights) -> str | None:
    doc = next(iter(build([Article("a", text, language=language)]).docs))
    spans = _quote_spans(text, language)
    found = ranker.candidates(doc, lexicon(language), name_runs(text, language), spans, 0, [])
    subject = ranker.best(found, weights, THRESHOLD)
    return None if subject is None else subject.name


RANKED = [
    pytest.param(  # heldout6 (spent): the subject of "comentó ... que", a clause away from the quotation
        'De otro lado, el alcalde de Medellín, Aníbal Gaviria, comentó en su cuenta de Twitter que "Medellinizarse es lo '
        'que quieren muchas ciudades del mundo que nos visitan para aprender de nosotros".',
        "es", "Aníbal Gaviria", id="es-subject-of-reporting-verb",
        marks=pytest.mark.xfail(reason="scored 0.54 < 0.6 once held-out14 (spent in session 20) joined the training "
                                "sets; 0.65 without it, whichever rules read the sets"),
    ),
    pytest.param(  # heldout9 (spent): a film's title, no one's words
        "El cineasta guatemalteco César Díaz ganó este sábado el premio Cámara de Oro a la mejor ópera prima de la 72 "
        'edición del Festival de Cannes por "Nuestras madres".',
        "es", None, id="es-title-of-a-work",
    ),
    pytest.param(  # heldout6 (spent): terms defined, no one's words
        "Peters objected to questioning over his party's proposal to define the term \"woman\" as \"an adult human "
        'biological female".',
        "en", None, id="en-term-defined",
    ),
    pytest.param(  # blind (spent): "believing that" is no reporting verb, and the ranker stays under the threshold
        "Scott StJohn, 42, an entrepreneur and fitness company owner, was evacuated from his home in Malibu on Friday "
        "morning with his family, believing that “there was no way the fire was going to reach all the way down to "
        "the beach.”",
        "en", "Scott StJohn", id="en-belief-of-the-subject",
        marks=pytest.mark.xfail(reason="scored 0.53 < 0.6: a belief's clause, too rare among the spent sets' rows"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "expected"), RANKED)
def test_ranked_rows(text: str, language: str, expected: str | None, weights: ranker.Weights) -> None:
    assert _best(text, language, weights) == expected
