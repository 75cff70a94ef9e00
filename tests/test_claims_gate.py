"""The claim reader's kind gate (``claims.may_count``) skips sentences and changes no claim.

A sentence with a figure is read only if a word of a kind entry is written in it (or the article already has a
claim): the gate only saves time. Every claim, with all its fields, must be the same with and without it, on real
coverage: the annotated dev and held-out sets, the quotes and framing excerpts, the seeds, and articles that join
a claimless excerpt to one with tolls (sentences skipped before the first claim).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analysis.casualties.claims import _reading, claims_in, may_count
from analysis.casualties.cues import cues_for
from analysis.casualties.incidents import Reference
from analysis.corpus.records import Article, parse_date
from analysis.text import build
from tests.mixed import mixed_corpus

DATA = Path(__file__).parent / "data"


def _excerpts(name: str) -> list[Article]:
    return [
        Article(f"{name}-{e['id']}", e["text"], source=e["source"], language=e["language"], title=e.get("title"),
                date=parse_date(e.get("date") or ""))
        for e in json.loads((DATA / name).read_text(encoding="utf-8"))["excerpts"]
    ]  # fmt: skip


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    mixed, _events = mixed_corpus()
    heldout = _excerpts("claims_heldout.json")
    claimless = [a for a in mixed if a.id.startswith(("framing", "quotes"))]
    with_tolls = [a for a in [*mixed, *heldout] if a.id.startswith("claims")]
    # A claimless excerpt, then tolls: the gate skips the first part's figures, then must read on.
    joined = [
        Article(f"joined-{a.id}-{b.id}", f"{a.text}\n\n{b.text}", source=b.source, date=b.date, language=b.language)
        for a, b in zip(claimless, with_tolls)
        if a.language == b.language
    ]
    return [*mixed, *heldout, *joined]


def test_the_gate_changes_no_claim_on_real_coverage(articles: list[Article]) -> None:
    docs = build(articles).docs
    found = 0
    for doc in docs:
        gated, every = claims_in(doc), claims_in(doc, gated=False)
        assert gated == every, doc.id
        found += len(every)
    assert found > 300  # the sets hold hundreds of tolls: the comparison is not vacuous


def test_the_gate_skips_sentences_with_figures_but_no_kind(articles: list[Article]) -> None:
    """The gate does rule sentences out on real text (else it would save nothing): figures of dates, ages,
    money, scores."""
    skipped = read = 0
    for doc in build(articles).docs:
        language = doc.article.language if doc.article.language in ("es", "en") else "es"
        reading = _reading(doc, Reference(doc.article.date))
        for start, end in doc.sentences:
            if any(start <= s < end for s in reading.starts):
                if may_count(doc.article.text, start, end, cues_for(language)):
                    read += 1
                else:
                    skipped += 1
    assert skipped > 100 and read > 100


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Al menos 12 personas MURIERON en el ataque."),  # upper case
        ("es", "Al menos 12 personas murieron en el ataque."),
        ("es", "La cifra de víctimas mortales asciende a 45."),  # the kind word is not the entry's first
        ("es", "A 140 ascendió el número total de muertes."),  # the toll after its number
        ("en", "The storm-related death count rose to 14."),  # a hyphenated entry
        ("en", "At least 12 were kılled."),  # a dotless i, matched as "i" by the patterns
    ],
)
def test_a_sentence_with_a_claim_passes_the_gate(language: str, text: str) -> None:
    doc = build([Article("a", text, language=language)]).docs[0]
    assert claims_in(doc, gated=False), "the example must hold a claim"
    assert may_count(text, 0, len(text), cues_for(language))
    assert claims_in(doc) == claims_in(doc, gated=False)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El equipo marcó 3 goles en 90 minutos."),
        ("es", "El presupuesto de 2025 asciende a 300 millones."),
        ("en", "The company sold 40,000 cars in 2024."),
    ],
)
def test_a_sentence_without_a_kind_word_is_skipped(language: str, text: str) -> None:
    doc = build([Article("a", text, language=language)]).docs[0]
    assert not may_count(text, 0, len(text), cues_for(language))
    assert claims_in(doc) == claims_in(doc, gated=False) == []


def test_the_counted_phrase_screen_changes_no_phrase(articles: list[Article]) -> None:
    """read_phrase tries a lexicon's pattern only at a word one of its entries may start (Cues.may_start): at every
    figure of real coverage, and at every word start of a sentence with a figure, the phrase is the one read
    trying every pattern at every word."""
    from analysis.casualties.phrases import read_phrase
    from analysis.casualties.quantities import find_figures

    compared = 0
    for doc in build(articles).docs:
        language = doc.article.language if doc.article.language in ("es", "en") else "es"
        lex, text = cues_for(language), doc.article.text
        for start, end in doc.sentences:
            positions = {f.end for f in find_figures(text, language, start=start, end=end)}
            if positions:  # and every word of a sentence with a figure: phrases read from anywhere
                positions |= {m.start() for m in RE_WORD_START.finditer(text, start, end)}
            for pos in sorted(positions):
                assert read_phrase(text, pos, end, lex) == read_phrase(text, pos, end, lex, screened=False), text[pos:end]
                compared += 1
    ruled_out = sum(1 for language in ("es", "en") for bits in cues_for(language)._may_start.values() if not bits)
    assert compared > 10_000 and ruled_out > 1_000  # the screen does rule words out: it saves work


RE_WORD_START = re.compile(r"(?<!\w)\w")


def test_the_date_patterns_lookahead_changes_no_date(articles: list[Article]) -> None:
    """The incident keys' date pattern opens with a lookahead for a digit or a list word's first letter: over every
    real text, whole and sentence by sentence, it finds the dates the pattern without it finds."""
    from analysis.casualties.incidents import _dates

    found = 0
    for doc in build(articles).docs:
        language = doc.article.language if doc.article.language in ("es", "en") else "es"
        fast, every = _dates(language).pattern, _dates(language, screened=False).pattern
        assert fast.pattern != every.pattern
        text = doc.article.text
        for start, end in [(0, len(text)), *doc.sentences]:
            got = [(m.span(), m.groupdict()) for m in fast.finditer(text, start, end)]
            assert got == [(m.span(), m.groupdict()) for m in every.finditer(text, start, end)], text[start:end]
            found += len(got)
    assert found > 500
