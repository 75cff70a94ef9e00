"""The claim reader's look-ups on the pipeline's tokens (``casualties.token_marks``) answer as reading the text did.

Where a figure may start, whether a sentence holds a word of a kind entry (``claims.may_count``) and where a zero
toll's negation is (``Cues.zero_gate``) are read off the tokens instead of the text: every answer must be the one the
text gives, on real coverage and on texts made to trip the tokens (dotted abbreviations, the dotless i, a capital
İ, digits of other scripts, a run too long to be a token).
"""

from __future__ import annotations

import sys

import numpy as np
import pytest

from analysis.casualties.claims import _written, claims_in, may_count
from analysis.casualties.cues import cues_for
from analysis.casualties.quantities import _grammar, figure_starts
from analysis.casualties.token_marks import _bits_of, _Classes, marks, marks_of, may_hold_kind, token_bits
from analysis.casualties.token_words import LAST_SPACE, tokens_are_words, words_of
from analysis.corpus.records import Article
from analysis.text import Doc, build
from tests.test_claims_gate import articles  # noqa: F401  (the fixture: real coverage, and joined excerpts)

TRICKY = [
    ("es", "En EE.UU. no.hubo. víctimas; no hubo víctimas mortales en 2020."),
    ("es", "De 20 a 30 personas murieron, de ٣ a ٥ resultaron heridas y de veinte a treinta desaparecieron."),
    ("es", "İstanbul: al menos 12 muertos. Entre 3 y 5 heridos."),
    ("en", "At least 12 were kılled. Between 3 and 5 were hurt; none died. U.S. officials said no one was injured."),
    ("es", "Murieron 3 personas en " + "x" * 120 + " y 4 en la ciudad."),
    ("es", "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z."
     "a.b.c.d.e.f.g.h.i.j.no.hubo. 12 muertos."),
]  # fmt: skip


def _tricky() -> list[Article]:
    return [Article(f"tricky-{n}", text, language=language) for n, (language, text) in enumerate(TRICKY)]


def _language(doc) -> str:
    return doc.article.language if doc.article.language in ("es", "en") else "es"


def _check(doc, found) -> int:
    """Compare the marks of one article with reading its text; the number of sentences the gate compared."""
    text, language = doc.article.text, _language(doc)
    lex = cues_for(language)
    # Figure starts: a subset of figure_starts' (a range's opening before no number is dropped) where the
    # figure pattern matches nothing, so the figures found are the same.
    before = doc.token_starts(figure_starts(doc.tokens, language))
    assert set(found.starts) <= set(before), doc.id
    pattern = _grammar(language).pattern
    for dropped in set(before) - set(found.starts):
        m = pattern.match(text, dropped)
        assert m is None or m.end() == dropped, (doc.id, text[dropped : dropped + 30])
    if not tokens_are_words(text):
        return 0
    # Zero tolls' negations: the candidates the gate accepts are every place its search of the text finds.
    assert [p for p in found.zeros if lex.zero_gate.match(text, p)] == [m.start() for m in lex.zero_gate.finditer(text)]
    # The kind gate: the same answer for every sentence.
    for start, end in doc.sentences:
        reach = lex.gate_reach.match(text, end)
        on_tokens = _written(found.kinds, start, end) or bool(reach and _written(found.kinds, end, reach.end()))
        assert on_tokens == may_count(text, start, end, lex), (doc.id, text[start:end])
    return len(doc.sentences)


def test_the_marks_answer_as_the_text_on_real_coverage(articles: list[Article]) -> None:  # noqa: F811
    docs = build(articles).docs
    found = marks_of(docs, [_language(d) for d in docs])
    assert sum(_check(doc, f) for doc, f in zip(docs, found)) > 1000


def test_the_marks_of_tricky_texts_answer_as_the_text() -> None:
    docs = build(_tricky()).docs
    for doc, found in zip(docs, marks_of(docs, [_language(d) for d in docs])):
        assert found == marks(doc, _language(doc))  # the corpus' marks are each article's
        _check(doc, found)
    assert not tokens_are_words(TRICKY[2][1])  # "İ" lower-cases to two characters: the text is read
    assert not tokens_are_words(TRICKY[4][1]) and not tokens_are_words(TRICKY[5][1])  # a run too long to be a token


@pytest.mark.parametrize("n", range(len(TRICKY)))
def test_claims_of_tricky_texts_are_those_of_reading_every_sentence(n: int) -> None:
    doc = build([_tricky()[n]]).docs[0]
    assert claims_in(doc) == claims_in(doc, gated=False)


def _kind_matches(doc, found) -> tuple[int, int]:
    """Every window a cue search before a figure reads (80 and 240 characters, cut anywhere) and every sentence's
    opening up to each figure: where ``may_hold_kind`` says no kind word may be, no kind pattern finds one in it.
    Returns (windows checked, windows ruled out)."""
    text, lex = doc.article.text, cues_for(_language(doc))
    if not tokens_are_words(text):
        return 0, 0
    patterns = (lex.before, lex.noun, lex.toll_noun, lex.participle)
    checked = ruled_out = 0
    for figure in found.starts:
        sentence_start = max((s for s, _ in doc.sentences if s <= figure), default=0)
        for start in (figure - 80, figure - 240, figure - 3, sentence_start):
            start = max(0, start)
            checked += 1
            if may_hold_kind(found.kinds, text, start, figure, lex.kind_words):
                continue
            ruled_out += 1
            window = text[start:figure]
            for p in patterns:
                assert not any(m.lastgroup for m in p.finditer(window)), (doc.id, window)
                assert not any(m.lastgroup for m in p.finditer(text, start, figure)), (doc.id, window)
    return checked, ruled_out


def test_only_the_dotted_capital_i_changes_length_when_lower_cased() -> None:
    """``tokens_are_words`` looks for "İ" instead of lower-casing the text: no other code point's lower case has
    another length (str.lower maps each code point on its own; the final sigma's context changes only which sigma)."""
    longer = [c for c in map(chr, range(sys.maxunicode + 1)) if len(c.lower()) != 1]
    assert longer == ["İ"]
    assert len("ΟΔΟΣ ΚΑΙ İ".lower()) == len("ΟΔΟΣ ΚΑΙ İ") + 1


def test_the_texts_read_at_once_answer_as_each_on_its_own(articles: list[Article]) -> None:  # noqa: F811
    assert max(c for c in range(sys.maxunicode + 1) if chr(c).isspace()) == LAST_SPACE
    texts = [a.text for a in [*articles, *_tricky()]]
    assert words_of(texts) == [tokens_are_words(t) for t in texts]
    assert False in words_of(texts)  # the tricky texts: a run too long, a capital İ
    long = "y" * 100
    cases = ["", "a", long, long + "z", f"{long}\u3000{long}", f"{long}\u2028{long}", f"{long}\u200b{long}"]
    assert words_of(cases) == [tokens_are_words(t) for t in cases] == [True, True, True, False, True, True, False]
    many = ["Murieron 12 personas. " * 2000] * 30 + ["x" * 101] + ["hubo 3 heridos"] * 30  # several batches
    assert words_of(many) == [tokens_are_words(t) for t in many]


def test_a_window_without_a_kind_word_holds_no_kind_cue(articles: list[Article]) -> None:  # noqa: F811
    docs = build([*articles, *_tricky()]).docs
    counts = [_kind_matches(doc, f) for doc, f in zip(docs, marks_of(docs, [_language(d) for d in docs]))]
    checked, ruled_out = (sum(c) for c in zip(*counts))
    assert checked > 5000 and 0.2 * checked < ruled_out < checked  # the gate rules windows out, not all of them


def test_a_window_cut_inside_a_word_reads_the_part_as_a_word() -> None:
    text = "Marcó 12 goles y hubo semimuertos 4 o 5 veces."
    doc = build([Article("a", text, language="es")]).docs[0]
    found, words = marks(doc, "es"), cues_for("es").kind_words
    figure = text.index("4")
    assert found.kinds == []  # "semimuertos" is no kind word...
    assert may_hold_kind(found.kinds, text, text.index("muertos"), figure, words)  # ...but its part "muertos" is
    assert not may_hold_kind(found.kinds, text, text.index("mimuertos"), figure, words)
    assert not may_hold_kind(found.kinds, text, 0, text.index("12"), words)
    assert may_hold_kind(None, text, 0, text.index("12"), words)  # no marks: the text is read


def test_a_range_after_de_still_starts_at_its_opening() -> None:
    doc = build([Article("a", "De 20 a 30 personas murieron y de ٣ a ٥ resultaron heridas.", language="es")]).docs[0]
    claims = claims_in(doc)
    assert [(c.kind, c.low, c.high) for c in claims][:1] == [("killed", 20, 30)]


def test_no_article_and_empty_articles_have_no_marks() -> None:
    assert marks_of([], []) == []
    docs = build(
        [Article("a", "", language="es"), Article("b", "Murieron 3.", language="es"), Article("c", "", language="en")]
    ).docs
    found = marks_of(docs, ["es", "es", "en"])
    assert [len(f.starts) for f in found] == [0, 1, 0] and found[1] == marks(docs[1], "es")


def test_a_vocabulary_classified_at_once_has_the_bits_of_each_word(articles: list[Article]) -> None:  # noqa: F811
    """_Classes.of_words (plain words told apart without a classification each) against classifying every word."""
    docs = build([*articles, *_tricky()]).docs
    for language in ("es", "en"):
        words = sorted({t for d in docs for t in d.tokens})
        words += [w.upper() for w in words[:: len(words) // 500]] + ["Murieron", "EN", "Torno", "No", "DOCE", "Killed"]
        fresh, batch = _Classes(language), _Classes(language)
        assert list(batch.of_words(words)) == [fresh[w] for w in words], language
        assert sum(fresh[w] > 0 for w in words) > 200  # words with bits are there: the comparison is not vacuous


def test_the_bits_read_through_word_numbers_are_those_of_the_tokens(articles: list[Article]) -> None:  # noqa: F811
    docs = build([*articles, *_tricky()]).docs
    languages = [_language(d) for d in docs]
    assert all(d.numbered for d in docs) and len({id(d.word_names) for d in docs}) == 2  # one vocabulary a language
    by_token = token_bits([t for d in docs for t in d.tokens], "es")
    mixed = np.concatenate([token_bits(d.tokens, lang) for d, lang in zip(docs, languages)])
    assert _bits_of(docs, languages).tolist() == mixed.tolist()
    assert _bits_of(docs, ["es"] * len(docs)).tolist() == by_token.tolist()
    # A Doc without word numbers (not made by build) is read token by token, with the same marks.
    bare = [Doc(d.article, d.tokens, d.stem_codes, d.content, d.starts, d.sentences) for d in docs]
    assert not any(d.numbered for d in bare if d.tokens)
    assert marks_of(bare, languages) == marks_of(docs, languages)
