"""Property tests: the claim extractor on arbitrary and adversarial text never raises, and its offsets hold."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from analysis.casualties.claims import KINDS, claims_in, extract
from analysis.corpus.records import Article
from analysis.text import build

# Pieces that trip a figure reader: digits of every size and separator, number words,
# qualifiers, kind words, punctuation, other scripts and look-alike digits.
pieces = st.sampled_from(
    [
        "0", "1", "12", "999999999999", str(10**30), "9" * 400, "1.200", "1,5", "1.234,5", "1 000", "3\u00a0000",
        "12,", ".5", "1..2", "2024", "½", "٣", "१२", "Ⅻ", "²", "𝟏𝟐",
        "cero", "un", "una", "uno", "treinta y dos", "veintiún", "cien", "mil", "millones", "millón", "medio",
        "un centenar", "una docena", "decenas de miles", "cientos", "miles de millones",
        "one", "a", "hundred", "thousand", "million", "billion", "twenty one", "half a million", "dozens",
        "al menos", "más de", "menos de", "cerca de", "casi", "hasta", "entre", "y", "at least", "more than",
        "nearly", "up to", "fewer than", "between", "and",
        "personas", "muertos", "heridos", "murieron", "fueron detenidos", "desaparecidos", "desplazados",
        "people", "killed", "were injured", "soldiers", "civiles", "cubanos", "de sus militares",
        "según la ONU", "dijo", "said", "according to", "the", "el", "la", "de", "en",
        " ", "  ", "\n", "\n\n", ". ", ", ", "-", "–", "%", "$", "€", "/", ":", "(", ")", "«", "»", '"',
        "<script>", "&amp;", "ñ", "Ü", "中文", "العربية", "Ελλάδα", "\u200b", "\ufeff", "e\u0301",
    ]
)  # fmt: skip
tricky = st.one_of(
    st.text(max_size=300), st.lists(pieces, max_size=40).map(" ".join), st.lists(pieces, max_size=40).map("".join)
)
languages = st.sampled_from(["es", "en", "und", "pt"])


def _check(claims, articles) -> None:
    texts = {a.id: a.text for a in articles}
    for claim in claims:
        text = texts[claim.article]
        assert 0 <= claim.start < claim.end <= len(text), claim
        assert 0 <= claim.sentence_start <= claim.start
        assert text[claim.sentence_start : claim.sentence_start + len(claim.text)] == claim.text
        assert claim.end <= claim.sentence_start + len(claim.text)
        assert claim.figure and claim.figure in text[claim.start : claim.end]
        assert claim.kind in KINDS
        assert claim.low is not None or claim.high is not None
        for bound in (claim.low, claim.high):
            assert bound is None or (isinstance(bound, int) and bound >= 0)
        if claim.low is not None and claim.high is not None:
            assert claim.low <= claim.high, claim


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tricky, languages)
@example("Murieron " + "9" * 400 + " personas.", "es")
@example("Murieron 999999999999 millones de personas.", "es")
@example(f"At least {10**30} people were killed.", "en")
@example("Murieron 0 personas y casi 1 herido.", "es")
@example("menos de 0 personas murieron", "es")
@example("casi cero muertos", "es")
@example("0\nMUERTO", "es")
def test_claims_in_never_raises_and_offsets_are_inside_the_article(body: str, language: str):
    articles = [Article("a", body or "x", language=language)]
    _check(claims_in(build(articles).docs[0]), articles)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(tricky, min_size=1, max_size=4), languages)
def test_extract_over_a_corpus_never_raises(bodies: list[str], language: str):
    articles = [Article(str(i), body or "x", language=language) for i, body in enumerate(bodies)]
    _check(extract(build(articles)), articles)
