"""Property tests of the text pipeline on arbitrary strings."""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from itertools import accumulate
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.corpus.decode import normalize_text
from analysis.corpus.records import Article
from analysis.text import (
    RE_TOKEN,
    _combining_marks,
    _kept_tokens,
    build,
    fold,
    long_tokens,
    sentence_spans,
    token_spans,
    tokenize,
    tokens_and_starts,
)
from analysis.text.sentences import RE_SENTENCE_END

# Text rich in what trips splitters: points, abbreviations, quotes, digits, accents, newlines.
pieces = st.sampled_from(
    [
        "EE.UU.",
        "Sr.",
        "núm.",
        "J.",
        " ",
        "\n",
        "\n\n",
        ". ",
        "? ",
        "¡",
        "«",
        "»",
        '"',
        "3.000",
        "caña",
        "El",
        "dijo",
        "A",
        "…",
    ]
)
tricky = st.one_of(st.text(), st.lists(pieces, max_size=60).map("".join))


@settings(deadline=None)  # timings vary on a shared machine; no test here is about speed
@given(tricky)
def test_sentence_spans_are_ordered_disjoint_and_stripped(text: str):
    previous_end = 0
    for start, end in sentence_spans(text):
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        previous_end = end
    # No non-space character is lost between sentences.
    covered = "".join(text[a:b] for a, b in sentence_spans(text))
    assert "".join(covered.split()) == "".join(text.split())


@settings(deadline=None)  # timings vary on a shared machine; no test here is about speed
@given(tricky)
def test_token_spans_match_tokens(text: str):
    assert [text[a:b].lower() for a, b in token_spans(text)] == tokenize(text)


@settings(deadline=None)  # timings vary on a shared machine; no test here is about speed
@given(tricky)
def test_token_starts_are_where_the_tokens_start(text: str):
    tokens, starts = tokens_and_starts(text)
    assert tokens == tokenize(text) and len(starts) == len(tokens)
    assert all(0 <= a <= len(text) for a in starts.tolist())
    if len(text.lower()) == len(text):
        assert starts.tolist() == [a for a, _ in token_spans(text)]


@settings(max_examples=60, deadline=None)
@given(st.lists(tricky, min_size=1, max_size=4), st.sampled_from(["es", "en", "und", "pt"]))
def test_build_never_raises_and_aligns(texts, language):
    articles = [Article(str(i), normalize_text(t) or "x", language=language) for i, t in enumerate(texts)]
    corpus = build(articles)
    for doc in corpus.docs:
        assert len(doc.tokens) == len(doc.stems) == len(doc.content)
        for term in doc.terms:
            assert corpus.word(term)


def _fold_by_character(text: str) -> str:
    """The accent folding as first written: NFKD, then every character ``unicodedata.combining`` marks dropped."""
    lowered = unicodedata.normalize("NFC", text.lower())
    return "ñ".join(
        "".join(c for c in unicodedata.normalize("NFKD", part) if not unicodedata.combining(c))
        for part in lowered.split("ñ")
    )


def test_fold_removes_exactly_the_combining_marks():
    # fold() strips marks with one character class (the BMP's combining marks; astral text character by
    # character): the class holds a code point exactly when unicodedata.combining marks it.
    marks = _combining_marks()
    for code in range(0x10000):
        c = chr(code)
        assert bool(marks.fullmatch(c)) == bool(unicodedata.combining(c)), hex(code)
    for text in ("Nⁿ\U0001d165ñ\U0001e94a", "ÀÉÎÕÜ ǅ ﬁ ñ Ñ ñ", "\U00010000á"):  # astral marks, ligatures, ñ kept
        assert fold(text) == _fold_by_character(text)


@settings(deadline=None)  # timings vary on a shared machine; no test here is about speed
@given(st.one_of(tricky, st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x2FFF))))
def test_fold_is_the_character_by_character_folding(text: str):
    assert fold(text) == _fold_by_character(text)


@settings(deadline=None)  # timings vary on a shared machine; no test here is about speed
@given(
    st.lists(
        st.sampled_from(["a", "é", "1", "_", ".", " ", "ab.", "x" * 60, "ñ" * 45, "İ", "Σ", "\n", "-"]), max_size=80
    ).map("".join)
)
def test_the_pipeline_counts_every_token_over_the_limit(text: str):
    # The text pipeline counts too-long tokens from its own (lower-cased) tokens instead of scanning the text
    # again: the same count as long_tokens, which matches the text itself.
    longest = 100
    expected = sum(1 for m in RE_TOKEN.finditer(text) if m.end() - m.start() > longest)
    tokens, _, too_long = _kept_tokens(text)
    assert too_long == expected == long_tokens(text)
    assert all(len(t) <= longest for t in tokens)


def test_lower_casing_to_one_character_keeps_the_token_classes():
    # What _kept_tokens relies on: a character lower-cased to one character stays a word character, a
    # letter, a digit or a dot exactly when it was one, so tokens of the lower-cased text lie where the
    # text's own do when lower-casing keeps the length.
    classes = [re.compile(p) for p in (r"\w", r"\d", r"[^\W\d_]", r"\.")]
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        lowered = c.lower()
        if lowered != c and len(lowered) == 1:
            assert [bool(r.fullmatch(c)) for r in classes] == [bool(r.fullmatch(lowered)) for r in classes], hex(code)


# Text rich in what the cheaper paths of the pipeline decide on: points between short runs of letters (dotted
# abbreviations or not), white space of every kind before a point, words longer than the look-back window.
dotted = st.lists(
    st.sampled_from(
        [
            "a.",
            "EE.",
            "uu.",
            "abcde.",
            "x",
            ".",
            "..",
            " ",
            "\u00a0",
            "\u2003",
            "\x1c",
            "\t",
            "\n",
            "1.",
            "ñ.",
            "Sr.",
            "B",
            "_",
            "á",
        ]
    )
    | st.text(alphabet="ab.", max_size=70),
    max_size=40,
).map("".join)


def _sentence_spans_by_regex(text: str) -> list[tuple[int, int]]:
    """sentence_spans as first written: the word before each point found by a regex search (RE_WORD_BEFORE)."""
    from analysis.text import RE_SENTENCE_END, RE_WORD_BEFORE, WORD_BEFORE_WINDOW, _add_span, _is_abbreviation

    spans: list[tuple[int, int]] = []
    start = 0
    for match in RE_SENTENCE_END.finditer(text):
        if match.group().strip() and "\n" not in match.group():
            before = RE_WORD_BEFORE.search(text, max(0, match.start() - WORD_BEFORE_WINDOW), match.start() + 1)
            if before and _is_abbreviation(before.group(1) + "."):
                continue
        _add_span(text, start, match.end(), spans)
        start = match.end()
    _add_span(text, start, len(text), spans)
    return spans


@settings(deadline=None)  # timings vary on a shared machine; no test here is about speed
@given(st.one_of(tricky, dotted, st.text()))
def test_sentence_spans_equal_the_regex_search_of_the_word_before(text: str):
    assert sentence_spans(text) == _sentence_spans_by_regex(text)


@settings(deadline=None)  # timings vary on a shared machine; no test here is about speed
@given(st.one_of(tricky, dotted, st.text()))
def test_tokens_are_the_full_patterns_whichever_split_reads_them(text: str):
    # A text without ".x." (one to four letters between points) is split by \w+ alone (RE_DOTTED): the same
    # tokens and offsets as the full token pattern's split, whose gaps' lengths give the offsets.
    from analysis.text import RE_TOKEN_SPLIT, _tokens_and_starts

    tokens, starts, _ = _tokens_and_starts(text)
    pieces = RE_TOKEN_SPLIT.split(text.lower())
    assert tokens == pieces[1::2]
    if len(text.lower()) == len(text):
        assert starts.tolist() == [sum(map(len, pieces[:i])) for i in range(1, len(pieces), 2)]


# RE_SENTENCE_END as first written (a leading lookahead, then the alternation): the reference its faster form is
# compared with.
RE_SENTENCE_END_AS_WRITTEN = re.compile(
    r"(?=[.!?…\n])(?:[.!?…]+[\"'»”’)\]]*\s+(?=[\"'«“‘¿¡(\[\-—–]{0,3}\s?[^\W_a-zß-ÿ])|\n+)"
)
ends = st.one_of(tricky, st.lists(st.sampled_from([".", "!", "?", "…", "\n", " ", "\t", "»", ")", "¿", "a", "B", "—", "é", "_", "1"]), max_size=40).map("".join))  # fmt: skip


@settings(deadline=None)
@given(ends)
def test_the_sentence_end_pattern_finds_what_its_written_form_finds(text: str):
    expected = [(m.span(), m.group()) for m in RE_SENTENCE_END_AS_WRITTEN.finditer(text)]
    assert [(m.span(), m.group()) for m in RE_SENTENCE_END.finditer(text)] == expected


def _real_texts(seeds) -> list[str]:
    """The seeds' texts and every excerpt of tests/data's annotated sets."""
    texts = [a.text for a in seeds.articles]
    for path in sorted((Path(__file__).parent / "data").glob("*_*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        texts += [e["text"] for e in data["excerpts"]] if isinstance(data, dict) and "excerpts" in data else []
    return texts


def test_the_sentence_end_pattern_finds_what_its_written_form_finds_on_real_text(seeds):
    texts = _real_texts(seeds)
    found = 0
    for text in texts:
        expected = [m.span() for m in RE_SENTENCE_END_AS_WRITTEN.finditer(text)]
        assert [m.span() for m in RE_SENTENCE_END.finditer(text)] == expected
        found += len(expected)
    assert len(texts) > 300 and found > 3000


def test_tokens_read_in_numpy_are_the_token_patterns_on_real_text(seeds):
    # The texts without a dotted abbreviation are read off their code points (_tokens_and_starts' first branch); the
    # reference is the token pattern's split, whose gaps give the offsets. Each text also with a dotted
    # abbreviation after it (the split branch), and with a line of symbols and spaces of every kind.
    from analysis.text import RE_TOKEN_SPLIT, _tokens_and_starts

    odd = " \t\x1c\x85\u2028\u3000\u00a0_x_ 3,5 «¿» — ’s \ud800 ñ\u0301 Ⅻ ²"
    texts = _real_texts(seeds)
    read = 0
    for text in [t for base in texts for t in (base, f"{base}\n{odd}", f"{base} EE.UU.")]:
        tokens, starts, same = _tokens_and_starts(text)
        pieces = RE_TOKEN_SPLIT.split(text.lower())
        assert tokens == pieces[1::2]
        if same:
            assert starts.tolist() == list(accumulate(map(len, pieces), initial=0))[1 : len(pieces) : 2]
        read += len(tokens)
    assert len(texts) > 300 and read > 100_000
