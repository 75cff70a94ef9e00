"""PyStemmer (the shipped stemmer) against NLTK's Snowball (the one the lexicons were written with).

The framing lexicons match by stem, so a stemmer that splits or merges a stem
differently would change what they count. Both stemmers run the shipped
lexicons over the seeds and every real-text excerpt in tests/data; every
match must be the same (where they differed, the lexicon's ``forms`` or
``exclude`` settle it, in data). NLTK is a test dependency only.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis import text as text_module
from analysis.corpus.records import WITH_LEXICONS, Article
from analysis.framing import lexicon_schema
from analysis.text import build

snowball = pytest.importorskip("nltk.stem.snowball")

DATA = Path(__file__).parent / "data"
DEV_SETS = ("framing_dev.json", "claims_dev.json", "quotes_dev.json")


class _Nltk:
    """NLTK's Snowball stemmer behind PyStemmer's two methods."""

    def __init__(self, name: str) -> None:
        self.stemmer = snowball.SnowballStemmer(name)

    def stemWord(self, word: str) -> str:  # noqa: N802  # PyStemmer's name
        return self.stemmer.stem(word)

    def stemWords(self, words: list[str]) -> list[str]:  # noqa: N802
        return [self.stemmer.stem(w) for w in words]


def _dev_articles() -> list[Article]:
    articles = []
    for name in DEV_SETS:
        for row in json.loads((DATA / name).read_text(encoding="utf-8"))["excerpts"]:
            if row["language"] in WITH_LEXICONS:
                articles.append(
                    Article(id=f"{name}:{row['id']}", source=row["source"], text=row["text"], language=row["language"])
                )
    return articles


def _clear() -> None:
    for cached in (text_module._stemmer, text_module.stem):
        cached.cache_clear()


def _matches(articles: list[Article]) -> dict[str, list[tuple[str, str, str]]]:
    """Every lexicon match of every article: (frame, term, matched words)."""
    lexicons = {  # parsed afresh: a lexicon's stems are computed when it is parsed
        language: lexicon_schema.parse_lexicon(lexicon_schema.packaged_text(language)) for language in WITH_LEXICONS
    }
    corpus = build(articles)
    found = {}
    for doc in corpus.docs:
        lexicon = lexicons[doc.article.language]
        found[doc.article.id] = [
            (lexicon.frames[m.frame].name, lexicon.frames[m.frame].terms[m.term].label, " ".join(doc.tokens[m.start : m.end]))
            for m in lexicon.matches(doc)
        ]
    return found


def _with_nltk(monkeypatch: pytest.MonkeyPatch, articles: list[Article]) -> dict[str, list[tuple[str, str, str]]]:
    def nltk_stemmer(language: str) -> _Nltk | None:
        from analysis.corpus.records import LANGUAGES

        name = LANGUAGES[language].snowball if language in LANGUAGES else None
        return _Nltk(name) if name else None

    _clear()
    with monkeypatch.context() as patch:
        patch.setattr(text_module, "_stemmer", nltk_stemmer)
        try:
            return _matches(articles)
        finally:
            text_module.stem.cache_clear()


@pytest.fixture(scope="module")
def real_articles(seeds) -> list[Article]:
    return [a for a in seeds.articles if a.language in WITH_LEXICONS] + _dev_articles()


def test_the_real_texts_cover_both_languages(real_articles: list[Article]) -> None:
    languages = {a.language for a in real_articles}
    assert languages == set(WITH_LEXICONS)
    assert len(real_articles) > 100


def test_lexicon_matches_are_the_same_with_either_stemmer(
    real_articles: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    _clear()
    ours = _matches(real_articles)
    theirs = _with_nltk(monkeypatch, real_articles)
    _clear()
    assert sum(len(m) for m in ours.values()) > 100  # the comparison has something to compare
    differ = {key: (ours[key], theirs[key]) for key in ours if ours[key] != theirs[key]}
    assert differ == {}


def test_spanish_stems_are_nltks(real_articles: list[Article], monkeypatch: pytest.MonkeyPatch) -> None:
    words = sorted({t for d in build([a for a in real_articles if a.language == "es"]).docs for t in d.tokens})
    ours = text_module.stem_words(words, "es")
    assert ours == _Nltk("spanish").stemWords(words)
    assert len(words) > 4000


def test_the_stemmer_is_a_different_object_from_nltk() -> None:
    # the shipped pipeline uses PyStemmer, so the comparison above compares two stemmers
    _clear()
    assert type(text_module._stemmer("es")).__module__ == "Stemmer"


def test_stems_without_pystemmers_cache_are_those_with_it(real_articles: list[Article]) -> None:
    """The pipeline's stemmer keeps no cache of its own (``maxCacheSize = 0``): the same stems, word by word and in
    one call, as PyStemmer's default cached stemmer, on every word of the real texts (twice: cached answers too)."""
    import Stemmer

    from analysis.corpus.records import LANGUAGES
    from analysis.text.stems import _stemmer

    for language in WITH_LEXICONS:
        words = sorted({t for d in build([a for a in real_articles if a.language == language]).docs for t in d.tokens})
        cached = Stemmer.Stemmer(LANGUAGES[language].snowball)
        assert _stemmer(language).maxCacheSize == 0 and cached.maxCacheSize > 0
        expected = cached.stemWords(words)
        assert text_module.stem_words(words, language) == expected == cached.stemWords(words)
        assert [_stemmer(language).stemWord(w) for w in words] == expected
        assert len(words) > 2000 and sum(s != w for s, w in zip(expected, words)) > 1000
