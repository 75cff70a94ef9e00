"""The shortcuts that make quote reading cheaper give what the plain computation gives, on real text.

Every excerpt of the hand-annotated quote sets (tests/data/quotes_*.json) and the seeds: name runs read
with each run's shape kept from earlier articles equal the runs read with nothing kept; a run's
nationality check kept per spelling equals the folded look-up; the cue words a run is tied by, kept
with it, equal those computed; the marks opening a line, found from the marks back, are the pattern's
matches; reading with the cycle collector paused leaves it as it found it. On synthetic articles (whose
sentences recur): shared quotes' occurrences kept for several articles only, and tails compared a few
codes at a time, equal the plain computation. (Timings are measured with ``python -m analysis.bench``, never here.)
"""

from __future__ import annotations

import pytest

from analysis.sources import names, quote_marks, quotes, titles
from analysis.sources.lexicon import fold, lexicon
from analysis.sources.persons import _demonyms
from tests.quotes_eval import quote_texts

TEXTS = quote_texts()


def _fields(runs: list[names.NameRun]) -> list[tuple[object, ...]]:
    return [(r.name, r.start, r.end, r.title, r.language, r.description) for r in runs]


def test_the_quote_sets_are_read():
    assert len(TEXTS) >= 300 and {language for _, language in TEXTS} == {"es", "en"}


def test_name_runs_with_shapes_kept_equal_name_runs_read_afresh():
    kept = [_fields(names.name_runs(text, language)) for text, language in TEXTS]  # shapes kept from all before
    afresh = []
    for text, language in TEXTS:
        names._SHAPES.clear()  # nothing kept: every run shaped here
        afresh.append(_fields(names.name_runs(text, language)))
    assert kept == afresh
    shaped = [(r.name, r.start, r.end, r.title) for text, language in TEXTS for r in names.name_runs(text, language)]
    assert len(shaped) > 3000  # the comparison saw thousands of runs, titles and particles among them
    assert any(title for *_, title in shaped)


def test_several_words_keeps_only_runs_of_two_words_or_more():
    for text, language in TEXTS[:80]:
        every = names.name_runs(text, language)
        several = names.name_runs(text, language, several_words=True)
        assert set(several) <= set(every)  # a run's own words decide (read before it is trimmed), not where it is


def test_a_nationality_kept_per_spelling_is_the_folded_look_up():
    spellings = {r.name for text, language in TEXTS for r in names.name_runs(text, language)}
    spellings |= {"Surcoreano", "South Korean", "Venezolanos", "Ana Ruiz"}
    quotes._DEMONYM.clear()
    for _ in range(2):  # asked afresh, then kept
        assert {s for s in spellings if quotes._is_demonym(s)} == {s for s in spellings if fold(s) in _demonyms()}
    assert any(quotes._is_demonym(s) for s in spellings)


def test_a_runs_ties_kept_with_it_equal_the_ties_computed():
    tied = 0
    for text, language in TEXTS:
        lex = lexicon(language)
        for run in names.name_runs(text, language):
            first, again = titles._ties(lex, text, run), titles._ties(lex, text, run)
            assert first == again == titles._ties_of(lex, text, run)
            tied += bool(first)
    assert tied > 100  # runs written with a cue word ("el portavoz del Kremlin, Dmitri Peskov") were among them


def test_marks_opening_a_line_are_the_patterns_matches():
    texts = [text for text, _ in TEXTS] + ['a:\t\t"x', ': "', '\n"', ' "', ':"', "x\n  \t‘y", "", "«", "dijo:\n«"]
    opened = 0
    for text in texts:
        found = quote_marks._line_openers(text)
        assert found == [m.start(1) - 1 for m in quote_marks.RE_OPEN_LINE.finditer("\n" + text)]
        opened += len(found)
    assert opened > 100


@pytest.fixture(scope="module")
def synthetic_text():
    from analysis.bench.synthetic import generate
    from analysis.text import build

    return build(list(generate(300, seed=11).articles))  # sentences recur across its articles: shared heads


def test_shared_quote_occurrences_in_several_articles_are_those_of_every_key(synthetic_text):
    from analysis.report import shared_quotes as sq

    codes = synthetic_text.stem_codes.codes
    k = 5
    # Keys of 5 to 40 codes taken from the corpus, so each occurs; long ones have heads that open many windows.
    keys = list(dict.fromkeys(tuple(codes[s : s + k + s % 36].tolist()) for s in range(0, len(codes) - 45, 211)))
    every = sq._occurrences(synthetic_text, keys, k)
    several = sq._occurrences(synthetic_text, keys, k, several_articles=True)
    wanted = {key: places for key, places in every.items() if len({a for a, _ in places}) > 1}
    assert several.keys() >= wanted.keys() and list(wanted) == [key for key in several if key in wanted]
    assert all(several[key] == places for key, places in wanted.items())
    assert len(wanted) > 10 and len(every) > len(several)  # both kinds were met


def test_a_tail_compared_a_few_codes_at_a_time_is_the_whole_tail_compared(synthetic_text):
    import numpy as np

    from analysis.report.shared_quotes import _matching_tail

    codes = synthetic_text.stem_codes.codes
    k = 5
    starts = np.arange(0, len(codes) - 60, 7)
    matched = 0
    for s in range(0, len(codes) - 60, 1999):
        key = tuple(codes[s : s + k + 1 + s % 50].tolist())
        rows = np.flatnonzero((codes[starts[:, None] + np.arange(k)] == key[:k]).all(axis=1))
        tail = codes[starts[rows][:, None] + np.arange(k, len(key))]
        whole = rows[(tail == np.asarray(key[k:], dtype=codes.dtype)).all(axis=1)]
        assert _matching_tail(codes, starts, rows, key, k).tolist() == whole.tolist()
        matched += len(whole)
    assert matched > 0


def test_keys_sharing_a_head_found_by_their_filed_tails_are_every_whole_match(synthetic_text, monkeypatch):
    """Many keys opening with one recurring head (the synthetic sentences') take the filed-tails path of
    ``_occurrences``; each key's places are every place its whole codes occur inside one article, in corpus order;
    and the quotes' codes (one gather) are each article's codes between the quote's tokens."""
    import numpy as np
    from numpy.lib.stride_tricks import sliding_window_view

    from analysis.report import shared_quotes as sq
    from analysis.sources.quotes import Quote

    stem_codes = synthetic_text.stem_codes
    codes, offsets = stem_codes.codes, stem_codes.offsets
    k = 4
    heads, counts = np.unique(sliding_window_view(codes, k), axis=0, return_counts=True)
    common = {tuple(head) for head in heads[counts > 3 * sq.FEW_WINDOWS].tolist()}
    keys = list(
        dict.fromkeys(
            tuple(codes[s : s + k + 1 + s % 9].tolist())
            for s in range(0, len(codes) - 20, 7)
            if tuple(codes[s : s + k].tolist()) in common
        )
    )[:300]
    assert len(keys) > 50 and len({key[:k] for key in keys}) < len(keys) / 2  # several keys per head
    filed = []
    by_tail = sq._windows_by_tail
    monkeypatch.setattr(sq, "_windows_by_tail", lambda *args: filed.append(args[-1]) or by_tail(*args))
    found = sq._occurrences(synthetic_text, keys, k)
    assert filed  # the path was taken
    for key in keys:
        at = np.flatnonzero((sliding_window_view(codes, len(key)) == np.asarray(key)).all(axis=1))
        article = np.searchsorted(offsets, at, side="right") - 1
        inside = at + len(key) <= offsets[article + 1]
        whole = list(zip(article[inside].tolist(), (at - offsets[article])[inside].tolist()))
        assert found.get(key, []) == whole, key
    made = [
        Quote(doc.id, "x", None, "unknown", "", int(doc.starts[a]), int(doc.starts[b]) + 1, True)
        for doc in synthetic_text.docs[:40]
        for a, b in [(0, 5), (3, 4), (2, 11)]
        if len(doc.starts) > 11
    ]
    got = sq._quote_codes(synthetic_text, made)
    number = {doc.id: n for n, doc in enumerate(synthetic_text.docs)}
    for at, quote in enumerate(made):
        doc = synthetic_text.docs[number[quote.article]]
        lo, hi = np.searchsorted(doc.starts, [quote.start, quote.end]).tolist()
        assert got[at] == tuple(stem_codes.of(number[quote.article])[lo:hi].tolist())
