"""The faster patterns of "who speaks" and of the gazetteer's reader find what the plain ones found, on real text.

The sources lexicons compile each word list as a trie (``lexicon._alternation``) and the place reader looks
for name heads with three patterns (``place_heads._heads``): both must match exactly where the flat alternation
and the one head pattern they replace match, at every position of the seeds and of the hand-annotated
excerpts (a change of the lists in lexicons/sources_*.yaml is checked by the same test).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

import analysis.sources.lexicon as sources_lexicon
from analysis.corpus import place_heads
from analysis.corpus.loading import load_path
from analysis.sources.lexicon import fold

ROOT = Path(__file__).resolve().parents[1]
PATTERNS = ["verb", "according_to", "that", "pronoun", "determiner", "subject_end", "adverbs", "person_title",
            "clitic", "speaker_noun", "media_frame", "title_noun"]  # fmt: skip
FOLDED = {"speaker_noun"}  # read on folded text, as the role cues are


def _texts() -> list[str]:
    texts = [a.text for a in load_path(ROOT / "seeds").articles]
    for name in ("quotes_dev", "claims_dev"):
        texts += [e["text"] for e in json.loads((ROOT / "tests/data" / f"{name}.json").read_text())["excerpts"]]
    return texts


def _flat(words: list[str]) -> str:
    """The alternation the trie replaces: every word, longest first."""
    parts = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in parts)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


@pytest.mark.parametrize("language", ["es", "en"])
def test_trie_patterns_match_where_the_flat_alternations_did(texts, language):
    trie = sources_lexicon.lexicon(language)
    original = sources_lexicon._alternation
    text = (ROOT / f"analysis/lexicons/sources_{language}.yaml").read_text(encoding="utf-8")
    try:
        sources_lexicon._alternation = _flat
        flat = sources_lexicon.parse(text, origin="flat")
    finally:
        sources_lexicon._alternation = original
    pairs = [(name, getattr(flat, name), getattr(trie, name)) for name in PATTERNS]
    pairs += [(f"role {role}", old, new) for (role, old), (_, new) in zip(flat.roles, trie.roles, strict=True)]
    assert [p.pattern for _, p, _ in pairs] != [p.pattern for _, _, p in pairs]  # the trie is not the flat list
    matched = 0
    for name, old, new in pairs:
        for text in texts[:60]:
            read = fold(text) if name.startswith("role") or name in FOLDED else text
            for at in range(0, len(read), 3):
                a, b = old.match(read, at), new.match(read, at)
                assert (a and a.span()) == (b and b.span()), (name, read[at : at + 40])
                matched += a is not None
            end = len(read)  # the patterns anchored at an end ("$") are searched in a window before a position
            for stop in range(10, end, 17):
                a, b = old.search(read, max(0, stop - 80), stop), new.search(read, max(0, stop - 80), stop)
                assert (a and a.span()) == (b and b.span()), (name, read[max(0, stop - 80) : stop])
    assert matched > 1000  # the texts exercise the patterns


def test_name_heads_are_those_of_the_single_head_pattern(texts):
    def one_pattern(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
        first = place_heads.RE_WORD.search(text, start, end)
        if first is None:
            return []
        head = place_heads._token(text, first.start(), end)
        upper = text[head[0]].isupper() or place_heads.RE_ARTICLE_NAME.match(text, head[0])
        heads = [head] if upper or head[2] in place_heads.LOWER_HEADS else []
        for match in place_heads.RE_HEAD.finditer(text, first.end(), end):
            s = match.start()
            length, folded = place_heads._word_key(text[s : match.end(1)])
            if text[s].isupper() or folded in place_heads.LOWER_HEADS or place_heads.RE_ARTICLE_NAME.match(text, s):
                heads.append((s, s + length, folded))
        return heads

    rng = random.Random(7)
    lower = 0
    cases = [*texts, "Llegó al condado de Harris, luego al Condado y al cóndado; el-Fasher y al-Mukalla (Yemen)."]
    for text in cases:
        bounds = [(0, len(text))] + [tuple(sorted(rng.sample(range(len(text) + 1), 2))) for _ in range(8)]
        for start, end in bounds:
            expected = one_pattern(text, start, end)
            assert place_heads._heads(text, start, end) == expected, text[start:end][:80]
            lower += sum(not text[s].isupper() for s, _, _ in expected)
    assert lower >= 4  # lower-case heads ("condado", "el-Fasher") were among them


def test_capital_heads_class_is_the_category_class_it_replaces():
    """``CAPITAL_OR_RARE`` (a class of code points and a letter test behind it, which the engine skips through in C)
    matches every character the category class ``[^\\W\\d_a-záéíóúñüàèìòùâêîôûäëïö]`` matches, and no other."""
    old = re.compile(r"[^\W\d_a-záéíóúñüàèìòùâêîôûäëïö]")
    new = re.compile(place_heads.CAPITAL_OR_RARE)
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert [m.start() for m in new.finditer(every)] == [m.start() for m in old.finditer(every)]


@pytest.mark.parametrize("language", ["es", "en"])
def test_title_noun_gate_finds_what_the_pattern_finds(texts, language):
    """direct._title_noun_before tries the title-noun pattern only where the words end with a noun's last word
    (lower case): the same matches as the plain search, at every quotation mark and every 7th position of the texts,
    and on a few made-up cases (a noun in capitals, one written with a character case-insensitive matching takes for
    "i" or "s")."""
    from analysis.sources.direct import _title_noun_before

    lex = sources_lexicon.lexicon(language)
    cases = [*texts, "el FESTIVAL “Rock”", "la campaña  \n “Sí”", "el ſlogan “Sí”", "the SLOGAN “yes”", "the fİlm “X”"]
    found = 0
    for text in cases:
        stops = sorted({m.start() for m in re.finditer(r"[«“\"‘]", text)} | set(range(0, len(text), 7)))
        for stop in stops:
            lo = max(0, stop - 40)
            expected = lex.title_noun.search(text, lo, stop)
            got = _title_noun_before(lex, text, lo, stop)
            assert (got and got.span()) == (expected and expected.span()), text[lo:stop]
            found += expected is not None
    assert found >= 3


@pytest.mark.parametrize("language", ["es", "en"])
def test_title_noun_last_words_match_ignoring_case_only_what_lowers_to_them(language):
    """The gate of direct._title_noun_before reads the words in lower case: every character that the title-noun
    pattern (case-insensitive) takes for a letter of a noun's last word lowers to that letter, but those of
    direct.CASE_ODD (for which the pattern is always tried)."""
    from analysis.sources.direct import CASE_ODD

    letters = {c for word in sources_lexicon.lexicon(language).title_noun_ends for c in word}
    any_letter = re.compile("[" + re.escape("".join(sorted(letters))) + "]", re.IGNORECASE)
    taken = [chr(c) for c in range(0x110000) if any_letter.fullmatch(chr(c))]  # what matches one of them
    for letter in sorted(letters):
        pattern = re.compile(re.escape(letter), re.IGNORECASE)
        odd = {c for c in taken if pattern.fullmatch(c) and c.lower() != letter}
        assert odd <= CASE_ODD, (letter, odd)
    assert len(taken) > len(letters)  # the capitals, at least
