"""The shared text pipeline: tokens, stems, stop words, sentences, surface words."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from analysis.corpus.records import Article
from analysis.text import build, sentence_spans, stem, stop_words, tokenize


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("La caña y el niño", ["la", "caña", "y", "el", "niño"]),
        ("ÉXITO Ñandú", ["éxito", "ñandú"]),
        ("EE.UU. atacó; U.S. forces", ["ee.uu.", "atacó", "u.s.", "forces"]),
        ("ruso-venezolana 3.000", ["ruso", "venezolana", "3", "000"]),
        ("", []),
    ],
    ids=["accents-enye", "upper", "dotted-abbreviations", "hyphen-number", "empty"],
)
def test_tokenize(text, expected):
    assert tokenize(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Llegó a EE.UU. el lunes. Luego volvió.", ["Llegó a EE.UU. el lunes.", "Luego volvió."]),
        ("La influencia de EE.UU. en América Latina crece.", ["La influencia de EE.UU. en América Latina crece."]),
        ("El Sr. Gil habló. La Sra. Rodríguez no.", ["El Sr. Gil habló.", "La Sra. Rodríguez no."]),
        ("Vive en la calle núm. 5 de Caracas. Es vecino.", ["Vive en la calle núm. 5 de Caracas.", "Es vecino."]),
        ("Lo dijo J. R. Pérez ayer. Nadie respondió.", ["Lo dijo J. R. Pérez ayer.", "Nadie respondió."]),
        ("El Dr. House y el Gral. Padrino llegaron.", ["El Dr. House y el Gral. Padrino llegaron."]),
        ("«¿Vendrá?», preguntó. ¡Claro! Dijo que sí.", ["«¿Vendrá?», preguntó.", "¡Claro!", "Dijo que sí."]),
        ("Murieron 32. 100 más resultaron heridos.", ["Murieron 32.", "100 más resultaron heridos."]),
        ('Dijo: "Basta." Luego calló.', ['Dijo: "Basta."', "Luego calló."]),
        ("Mr. Smith met Dr. Jones in the U.S. on Jan. 5. They spoke.", ["Mr. Smith met Dr. Jones in the U.S. on Jan. 5.", "They spoke."]),
        ("Título sin punto\n\nPrimer párrafo.", ["Título sin punto", "Primer párrafo."]),
        ("valor de 3.5 millones. fin en minúscula.", ["valor de 3.5 millones. fin en minúscula."]),
        ("", []),
    ],
    ids=[
        "eeuu-mid", "eeuu-no-break", "sr-sra", "num", "initials", "titles", "quotes-inverted",
        "digit-start", "closing-quote", "english", "paragraph", "lowercase-next", "empty",
    ],
)  # fmt: skip
def test_sentence_spans(text, expected):
    assert sentences(text) == expected


def test_sentence_spans_are_offsets_into_the_text():
    text = "  Uno dos.   Tres cuatro.\n\n Cinco. "
    for start, end in sentence_spans(text):
        assert text[start:end] == text[start:end].strip() != ""


@pytest.mark.parametrize(
    "words, language, expected",
    [
        (["secuestro", "secuestrado", "secuestraron"], "es", "secuestr"),
        (["captura", "capturado", "capturar"], "es", "captur"),
        (["kidnapping", "kidnapped"], "en", "kidnap"),
        (["capture", "captured"], "en", "captur"),
    ],
)
def test_stem_groups_inflections(words, language, expected):
    assert {stem(w, language) for w in words} == {expected}


def test_stem_unknown_language_is_identity():
    assert stem("palavra", "und") == "palavra"


def test_stop_words_from_package():
    assert {"de", "la", "que", "el"} <= stop_words("es")
    assert {"the", "of", "and"} <= stop_words("en")
    assert "secuestro" not in stop_words("es")
    assert stop_words("und") == frozenset()


def test_build_marks_content_and_maps_stems_to_words():
    articles = [
        Article("a", "El secuestro del presidente. Los secuestros siguen.", language="es"),
        Article("b", "Otro secuestro en 2026.", language="es"),
    ]
    text = build(articles)
    a, b = text.docs
    assert a.tokens[:3] == ("el", "secuestro", "del")
    assert a.terms == ["secuestr", "president", "secuestr", "sig"]
    assert b.terms == ["secuestr"]  # "otro" is a stop word, "2026" a number
    assert text.word("secuestr") == "secuestro"  # the most frequent surface form
    assert text.word("secuestr president") == "secuestro presidente"
    assert [articles[0].text[s:e] for s, e in a.spans][:2] == ["El", "secuestro"]
    assert len(a.sentences) == 2


def test_build_on_seeds_is_one_doc_per_article(seeds, seeds_text):
    assert [d.id for d in seeds_text.docs] == [a.id for a in seeds.articles]
    for doc in seeds_text.docs:
        assert len(doc.tokens) == len(doc.stems) == len(doc.content) == len(doc.spans)
    # Spanish stop words are gone from the terms, content words stay.
    terms = set(seeds_text.docs[0].terms)
    assert "de" not in terms and "kremlin" in terms


def test_each_distinct_word_is_stemmed_once(monkeypatch):
    import analysis.text.vocabulary as text_module  # where build() looks stem_words up

    stemmed: list[str] = []
    real = text_module.stem_words

    def counting(words, language):
        stemmed.extend(words)
        return real(words, language)

    monkeypatch.setattr(text_module, "stem_words", counting)
    corpus = build([Article("a", "secuestro secuestro secuestro", language="es")])
    assert stemmed == ["secuestro"]
    assert corpus.docs[0].stems == ("secuestr",) * 3


@pytest.mark.parametrize(
    "text",
    [
        "Llegó a EE.UU. el lunes. El Sr. Gil habló.\n\nOtro párrafo sin punto",
        "«¿Vendrá?», preguntó. ¡Claro! Dijo que sí.",
        "Una sola frase sin final",
        "",
        "  \n\n  ",
    ],
    ids=["abbreviations-paragraph", "quotes-marks", "one-sentence", "empty", "blank"],
)
def test_token_sentences_number_each_token_by_the_sentence_it_lies_in(text):
    doc = build([Article("x", text, language="es")]).docs[0]
    expected = [next(n for n, (a, b) in enumerate(doc.sentences) if a <= start < b) for start, _ in doc.spans]
    assert doc.token_sentences.tolist() == expected
    assert len(doc.token_sentences) == len(doc.tokens)


def test_stem_codes_number_equal_stems_alike_across_articles_and_languages():
    text = build(
        [
            Article("a", "Los presos, el preso.", language="es"),
            Article("b", "", language="es"),
            Article("c", "The prisoners", language="en"),
            Article("d", "presos", language="es"),
        ]
    )
    codes = text.stem_codes
    assert [codes.stems[codes.of(n)].tolist() for n in range(4)] == [list(d.stems) for d in text.docs]
    assert codes.of(0)[1] == codes.of(0)[3] == codes.of(3)[0]
    assert len(set(codes.stems.tolist())) == len(codes.stems)


@pytest.mark.parametrize("cached", [False, True], ids=["spans-not-computed", "spans-cached"])
@pytest.mark.parametrize(
    "text",
    [
        "El Sr. Pérez llegó a EE.UU. con 12 asesores. Luego habló.\n\nOtro párrafo: 3 heridos",
        "İstanbul'da 5 kişi öldü. İzmir'de 2 yaralı.",  # lower case of İ is two characters
        "Una frase sin final con 40 palabras",
    ],
    ids=["sentences-and-paragraph", "dotted-capital-i", "one-sentence"],
)
def test_token_starts_are_the_starts_of_the_token_spans(cached, text):
    doc = build([Article("x", text, language="es")]).docs[0]
    if cached:
        assert doc.spans
    wanted = sorted({0, 3, 5, len(doc.spans) - 1})
    assert doc.token_starts(wanted) == [doc.spans[i][0] for i in wanted]
    assert doc.token_starts([]) == []
    assert len(doc.token_starts([len(doc.tokens) - 1])) == 1  # never out of range, even when counts differ


@pytest.mark.parametrize(
    "text",
    [
        "El ministro dijo: «Llegaron 1.200 personas» — y añadió que 3_000 más esperan.",
        "Ayuda de 𝐀𝐁 Gobierno 😀 llegó a Cuba y Perú",  # past the Basic Multilingual Plane: the split reads it
        "Texto con \ud800 un sustituto suelto y ñandú",  # a lone surrogate (JSON may hold one)
        "İstanbul y Ankara",  # lower-casing changes the length
        "Llegó a EE.UU. el lunes",  # a dotted abbreviation
        "",
        "   ",
    ],
)
def test_tokens_and_offsets_whichever_way_they_are_read(text):
    # Texts in the Basic Multilingual Plane without a dotted abbreviation are read with findall and numpy
    # (analysis/text/tokens.py); the reference is the token pattern's split, whose gaps give the offsets.
    from analysis.text import RE_TOKEN_SPLIT, _tokens_and_starts

    tokens, starts, same = _tokens_and_starts(text)
    pieces = RE_TOKEN_SPLIT.split(text.lower())
    assert tokens == pieces[1::2]
    if same:
        assert starts.tolist() == [sum(map(len, pieces[:i])) for i in range(1, len(pieces), 2)]
        assert [text[a : a + len(t)].lower() for a, t in zip(starts.tolist(), tokens)] == tokens


def _vocabularies_and_counts(corpus):
    """What build() hands _surface, built here in one process: the vocabularies (stemmed), the stem codes, each
    vocabulary word's stem code and count."""
    from analysis.text.reading import _tokenize
    from analysis.text.vocabulary import _stem_codes, _Vocabulary

    (run,) = _tokenize(corpus)
    vocabularies = {}
    for language, words in run.words.items():
        vocabularies[language] = _Vocabulary(language)
        vocabularies[language].add(words)
        vocabularies[language].stem_all(spread=False)
    numbered = list(zip(corpus, run.codes))
    codes, stem_of = _stem_codes(vocabularies, numbered)
    counts = {
        language: np.bincount(
            np.concatenate([c for a, c in numbered if a.language == language]), minlength=len(v.tokens)
        )
        for language, v in vocabularies.items()
    }
    return vocabularies, counts, stem_of, codes.stems


def test_surface_words_sorted_in_numpy_are_those_of_counting_pairs(seeds):
    """_surface (numpy, ties in Python) against counting every (stem, word) pair in Python, on the seeds and every
    annotated excerpt (Spanish and English), also read as French and as no language: words shared by languages,
    pairs of one stem in two of them ("12"), many ties of counts."""
    from analysis.text.vocabulary import _surface, _surface_by_pairs

    articles = list(seeds.articles)
    for path in sorted((Path(__file__).parent / "data").glob("*_*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "excerpts" in data:
            articles += [Article(f"{path.stem}:{e['id']}", e["text"], language=e["language"]) for e in data["excerpts"]]
    articles += [Article(f"{a.id}:fr", a.text, language="fr") for a in articles[:40]]
    articles += [Article(f"{a.id}:und", a.text[:300], language="und") for a in articles[40:80]]
    for corpus in (articles, [a for a in articles if a.language == "es"], articles[:3]):
        vocabularies, counts, stem_of, names = _vocabularies_and_counts(corpus)
        expected = _surface_by_pairs(vocabularies, counts)
        found = _surface(vocabularies, counts, stem_of, names)
        assert list(found.items()) == list(expected.items())  # the same words, keyed in the same order
        assert len(expected) > (100 if len(corpus) > 3 else 10)
    assert len(_vocabularies_and_counts(articles)[0]) == 4  # es, en, fr, und
    assert build(articles).surface == _surface_by_pairs(*_vocabularies_and_counts(articles)[:2])
