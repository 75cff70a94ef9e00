"""Property tests: arbitrary bytes never make the loaders raise anything but documented errors."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.config import override
from analysis.corpus.decode import (
    MIXED,
    RE_CONTROL,
    DecodeError,
    _check_controls,
    _normalize,
    decode_bytes,
    decode_report,
    is_blank,
    normalize_text,
)
from analysis.corpus.loading import SUFFIXES, _within_limits, load_files, read_file
from analysis.corpus.records import Article

names = st.sampled_from(SUFFIXES + (".pdf", "", ".TXT")).map(lambda suffix: f"file{suffix}")
# Bytes that look like text files of every format, and plain noise.
contents = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=500).map(lambda t: t.encode("utf-8")),
    st.text(max_size=200).map(lambda t: t.encode("utf-16")),
    st.lists(st.text(max_size=40), max_size=5).map(lambda cells: ("text,source\n" + "\n".join(cells)).encode()),
    st.text(max_size=200).map(lambda t: ('{"text": ' + repr(t) + "}").encode()),
    # Nesting deeper than Python's recursion limit.
    st.tuples(st.sampled_from([b"[", b'{"text": ', b"[{", b"- "]), st.integers(900, 60_000)).map(lambda p: p[0] * p[1]),
)


@given(st.binary(max_size=4000))
def test_decode_returns_text_or_decode_error(data: bytes):
    try:
        assert isinstance(decode_bytes(data), str)
    except DecodeError as err:
        assert str(err)


@given(st.text())
def test_normalize_text_is_idempotent_nfc_and_stripped(text: str):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert once == once.strip() and "\n\n\n" not in once


# Text made mostly of the characters normalize_text cares about, so that clean and unclean texts both occur.
spaced = st.text(alphabet=st.sampled_from([*"ab ñ\n\n\r\t.", "\u00a0", "\u0085", "\u2028", "\u200b", "\u0301", "\x1c"]))


@settings(max_examples=500)
@given(st.one_of(spaced, st.text()))
def test_the_clean_text_shortcut_changes_nothing(text: str):
    # normalize_text returns a clean text as it is: exactly what the full normalisation would give.
    assert normalize_text(text) == _normalize(text)


@settings(max_examples=200, deadline=None)
@given(names, contents)
def test_read_file_never_raises_and_never_drops_silently(name: str, data: bytes):
    articles, problems = read_file(name, data)
    for article in articles:
        assert article.text and article.text == normalize_text(article.text)
        assert article.id and article.source
    for problem in problems:
        assert problem.file.startswith(name) and problem.reason
    if not articles:
        assert problems  # a file that gives nothing always says why


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(names, contents), max_size=6))
def test_load_files_ids_are_unique(files):
    corpus = load_files(files)
    ids = [a.id for a in corpus.articles]
    assert len(ids) == len(set(ids))


def _cut_by_counting(articles: list[Article], max_articles: int, max_words: int) -> int:
    """Where the corpus limits cut ``articles``, every article's words counted (the loader skips counting
    when the texts' lengths show the word limit cannot be reached)."""
    words = 0
    for n, article in enumerate(articles):
        words += article.words
        if n >= max_articles or words > max_words:
            return n
    return len(articles)


@given(
    st.lists(st.text(alphabet="ab .,\n1ñ", max_size=30), max_size=12),
    st.integers(0, 14),
    st.integers(0, 60),
)
def test_corpus_limits_cut_where_counting_every_word_would(texts: list[str], max_articles: int, max_words: int):
    articles = [Article(str(n), t) for n, t in enumerate(texts)]
    problems: list = []
    with override(limits={"max_corpus_articles": max_articles, "max_corpus_words": max_words}):
        kept = _within_limits(articles, problems)
    cut = _cut_by_counting(articles, max_articles, max_words)
    assert [a.id for a in kept] == [str(n) for n in range(cut)]
    assert [p.file for p in problems] == ([str(cut)] if cut < len(articles) else [])


def test_the_quick_clean_test_finds_what_the_regex_finds():
    # normalize_text's quick test (RE_ODD_CHARACTER and four substrings) stands for RE_NEEDS_WORK: the class
    # holds exactly the characters of RE_NEEDS_WORK's two character branches, on every code point.
    import re

    from analysis.corpus.decode import NEEDS_WORK_PAIRS, RE_CONTROL, RE_NEEDS_WORK, RE_ODD_CHARACTER

    other_space = re.compile(r"[^\S \n]")
    for code in range(0x110000):
        c = chr(code)
        expected = bool(RE_CONTROL.match(c) or other_space.match(c))
        assert bool(RE_ODD_CHARACTER.match(c)) == expected, hex(code)
        assert bool(RE_NEEDS_WORK.search(c)) == expected, hex(code)
    for text in ("a  b", "a \nb", "a\n b", "a\n\n\nb", "a\n\nb c"):
        assert bool(RE_NEEDS_WORK.search(text)) == any(pair in text for pair in NEEDS_WORK_PAIRS)


@settings(max_examples=500)
@given(st.one_of(spaced, st.text()))
def test_is_blank_is_the_normalised_text_being_empty(text: str):
    # is_blank decides on the first character that is not white space when it can: the same answer as removing
    # every control character and stripping (its former body), and as normalising.
    assert is_blank(text) == (not RE_CONTROL.sub("", text).strip()) == (not normalize_text(text))


def test_the_white_space_test_of_is_blank_is_str_isspace():
    # RE_VISIBLE's \S is what str.strip() keeps, on every code point.
    from analysis.corpus.decode import RE_VISIBLE

    for code in range(0x110000):
        c = chr(code)
        assert bool(RE_VISIBLE.match(c)) == (not c.isspace()), hex(code)


def _former_decode_report(data: bytes) -> tuple[str, str | None]:
    # decode_report before it kept its own UTF-8 reading (it decoded the bytes again in decode_bytes).
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        boms = (b"\xef\xbb\xbf", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"\xff\xfe", b"\xfe\xff")
        if not any(data.startswith(bom) for bom in boms) and b"\x00" not in data:
            from analysis.corpus.decode import RE_UTF8_SEQUENCE

            if RE_UTF8_SEQUENCE.search(data):
                text = data.decode("utf-8", errors="contraste-cp1252")
                _check_controls(text)
                return text, MIXED
    return decode_bytes(data), None


def _outcome(read, data: bytes) -> object:
    try:
        return read(data)
    except DecodeError as err:
        return ("error", str(err))


boms = st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"])


@settings(max_examples=500)
@given(
    boms,
    st.one_of(
        st.binary(max_size=300),
        st.text(max_size=200).map(lambda t: t.encode("utf-8")),
        st.text(max_size=100).map(lambda t: t.encode("utf-16-le")),
        st.lists(st.sampled_from(["ñ".encode(), "ñ".encode("cp1252"), b"a", b" ", b"\x00", b"\x01", b"\x0b"]), max_size=60).map(b"".join),
    ),
)
def test_decode_report_reads_as_before(bom: bytes, body: bytes):
    data = bom + body
    assert _outcome(decode_report, data) == _outcome(_former_decode_report, data)
