"""Session 18's exact cuts of the quote pass (branch qpass18), each against the long way on real text.

- ``quote_marks.RE_MID_OPENER`` matches the mark first and looks behind it: the same matches as the former pattern,
  which tried its look-behind at every position;
- ``quote_marks._openers_outside`` scans only the text between the quotations: the former whole-text scan's matches
  that start outside every quotation;
- ``quote_marks.RE_QUOTE_EN``'s straight single quotation matched mark-first: the former pattern's matches;
- ``nonspeakers.names_a_country`` asks ``places_in`` only of a name whose first word opens a gazetteer name;
- the claim reader's kind patterns (``casualties.cues._kinds``, ``_tolls``) open with what every alternative asks
  first, once for all kinds: the same matches as the former alternations;
- ``lexicon.fold_text`` and ``fold`` fold a text of Latin letters and curly quotes or dashes piece by piece between
  the marks: what ``analysis.text.fold`` gives.

Texts: the seeds and every excerpt of tests/data (both languages), and random strings of marks, spaces, line breaks
and words.
"""

from __future__ import annotations

import random
import re

import pytest

from analysis.casualties.cues import KINDS, _kinds, _tolls
from analysis.casualties.quantities import lexicon as figures_lexicon
from analysis.casualties.quantities import words_regex
from analysis.corpus.places import places_in
from analysis.sources.lexicon import FOLDED_AS_IS, fold, fold_text
from analysis.sources.names import name_runs
from analysis.sources.nonspeakers import names_a_country
from analysis.sources.quote_marks import RE_MID_OPENER, RE_QUOTE, RE_QUOTE_EN, _inside, _openers_outside
from analysis.text import fold as text_fold
from tests.test_sources_shortcuts import TEXTS

KIND_PARTS = [("nouns",), ("participles",), ("toll",), ("before", "verbs"), ("before",)]
FORMER_MID_OPENER = re.compile(r"(?:(?<=\s)|^)(?:[«“\"]|``|‘‘)(?=\w)", re.MULTILINE)  # ‘‘ since session 21 (read16)


def _random_texts(count: int, seed: int = 18) -> list[str]:
    pieces = ["«", "»", "“", "”", '"', "`", "``", "''", "'", " ", "\n", "\t", "a", "Ana", "7", ".", ",", "‘", "’", "_"]
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(count)]


SAMPLES = TEXTS + _random_texts(20_000)


def test_the_mid_opener_pattern_matches_where_the_former_one_did():
    found = 0
    for text in SAMPLES:
        got = [m.span() for m in RE_MID_OPENER.finditer(text)]
        assert got == [m.span() for m in FORMER_MID_OPENER.finditer(text)], text
        found += len(got)
    assert found > 5_000


FORMER_QUOTE_EN = re.compile(
    RE_QUOTE.pattern + r"|(?<![\w'’])'([^\W\d_](?:[^'\n]|'(?=\w))+?)(?<=[\w.!?,])'(?![\w'])"
)


def test_english_quotations_match_as_the_former_pattern():
    found = 0
    for text in SAMPLES:
        got = [(m.span(), m.lastindex) for m in RE_QUOTE_EN.finditer(text)]
        assert got == [(m.span(), m.lastindex) for m in FORMER_QUOTE_EN.finditer(text)], text
        found += sum(index == RE_QUOTE_EN.groups for _, index in got)
    assert found > 50  # straight single quotations among them


@pytest.mark.parametrize("pattern", [RE_QUOTE, RE_QUOTE_EN])
def test_openers_outside_the_quotations_are_the_whole_scan_s_outside_them(pattern):
    kept = 0
    for text in SAMPLES:
        spans = [(m.start(), 0, 0, m.end()) for m in pattern.finditer(text)]
        starts, ends = [s[0] for s in spans], [s[3] for s in spans]
        expected = [m.span() for m in FORMER_MID_OPENER.finditer(text) if not _inside(m.start(), starts, ends)]
        assert [m.span() for m in _openers_outside(text, spans)] == expected, text
        kept += len(expected)
    assert kept > 1_000


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_country_is_read_only_from_a_name_that_may_open_a_place(language):
    names = {run.name for text in TEXTS for run in name_runs(text, language)}
    names |= {"Portugal", "Estados Unidos", "EE.UU.", "U.S.", "México", "Alicia", "  Cuba", "Reino Unido", "Gaza"}
    gated = {name: names_a_country(name, language) for name in names}
    names_a_country.cache_clear()
    read = {
        name: any(
            m.start == 0 and m.end == len(name) and m.place.kind == "country" for m in places_in(name, language=language)
        )
        for name in names
    }
    assert gated == read
    assert sum(read.values()) >= 5


def test_marks_folded_as_is_fold_alone_and_beside_any_latin_character():
    """Every pair of a mark of ``FOLDED_AS_IS`` and a character below U+0250 (either order, and two marks) folds
    as its two characters apart: no decomposition, case or composition joins them."""
    latin = [chr(cp) for cp in range(0x250)]
    for mark in FOLDED_AS_IS:
        assert text_fold(mark) == mark
        for other in latin + list(FOLDED_AS_IS):
            assert text_fold(mark + other) == mark + text_fold(other), (mark, other)
            assert text_fold(other + mark) == text_fold(other) + mark, (other, mark)


def test_texts_with_curly_quotes_and_dashes_fold_as_the_library_folds():
    rng = random.Random(1818)
    pieces = [*FOLDED_AS_IS, *"AÑñáÀüÜçÇµ¼İıſß", "a", "Ana", " ", "\n", "…", "″", "\u0301", "ﬁ", "Ω", "x"]
    samples = TEXTS + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))) for _ in range(30_000)]
    marked = 0
    for text in samples:
        expected = text_fold(text)
        assert fold_text(text) == expected, text
        assert fold.__wrapped__(text) == expected, text
        marked += any(mark in text for mark in FOLDED_AS_IS) and max(text.lower()) >= "\u0250"
    assert marked > 5_000



def _former_kinds(lex: dict, *parts: str) -> str:
    return "|".join(f"(?P<{k}>{words_regex([w for p in parts for w in lex['kinds'][k].get(p) or []])})" for k in KINDS)


def _former_tolls(lex: dict) -> str:
    heads = words_regex(lex["count_heads"])
    return "|".join(
        f"(?P<{k}>{words_regex(lex['kinds'][k].get('toll') or [])}"
        f"|(?:{heads})\\s+[^\\W\\d_]+\\s+(?:{words_regex([*(lex['kinds'][k].get('nouns') or []), *(lex['kinds'][k].get('participles') or [])])})"
        r"(?!\s+(?:and|or|y|e|o|u)\s))"
        for k in KINDS
    )


@pytest.mark.parametrize("language", ["es", "en"])
def test_kind_patterns_opening_once_for_all_kinds_match_as_the_former_ones(language):
    lex = figures_lexicon(f"figures_{language}")
    pairs = [(_tolls(lex), _former_tolls(lex))]
    pairs += [(_kinds(lex, *parts), _former_kinds(lex, *parts)) for parts in KIND_PARTS]
    rng = random.Random(3)
    words = [w for k in KINDS for p in ("nouns", "toll", "participles") for w in lex["kinds"][k].get(p) or []]
    words += list(lex["count_heads"]) + ["de", "of", "personas", "people", "y", "and", ",", "3", "Muertos", "xheridos"]
    samples = TEXTS + [" ".join(rng.choice(words) for _ in range(rng.randint(1, 8))) for _ in range(3_000)]
    matched = 0
    for new, former in pairs:
        new_re, former_re = re.compile(new, re.IGNORECASE), re.compile(former, re.IGNORECASE)
        for text in samples:
            got = [(m.span(), m.lastgroup) for m in new_re.finditer(text)]
            assert got == [(m.span(), m.lastgroup) for m in former_re.finditer(text)], (former[:60], text)
            matched += len(got)
    assert matched > 1_000
