"""Common words decide Spanish or English without lingua only where lingua gives the same answer."""

from __future__ import annotations

import json
from pathlib import Path

from analysis.bench.synthetic import generate
from analysis.corpus import language
from analysis.corpus.language import LOW_ACCURACY_MIN_CHARS, detect_language, detect_languages
from analysis.corpus.language_words import TABLE, confident_language, table_rows
from analysis.corpus.loading import load_path
from tests.test_language import PARAGRAPHS

DATA = Path(__file__).parent / "data"
SEEDS = Path(__file__).parent.parent / "seeds"


def _lingua(sample: str) -> str:
    """What lingua alone answers for a sample (the path the common words skip)."""
    return language._code(language._detector(len(sample) >= LOW_ACCURACY_MIN_CHARS).detect_language_of(sample))


def _real_texts() -> list[str]:
    texts = []
    for path in sorted(DATA.glob("*.json")):
        for excerpt in json.loads(path.read_text(encoding="utf-8")).get("excerpts") or []:
            texts += [excerpt["text"], excerpt.get("title") or ""]
    for folder in (SEEDS, DATA / "web"):
        texts += [a.text for a in load_path(folder).articles]
    return [t for t in texts if t]


def test_every_decision_on_real_and_synthetic_text_is_lingua_s():
    samples = sorted({language._sample(t) for t in _real_texts()})
    decided = {s: confident_language(s) for s in samples}
    disagree = [(code, _lingua(s), s[:80]) for s, code in decided.items() if code is not None and code != _lingua(s)]
    assert disagree == []
    long = [s for s in samples if len(s) >= 300]  # article openings, not titles
    share = sum(decided[s] is not None for s in long) / len(long)
    print(f"decided without lingua: {share:.3f} of {len(long)} real openings")
    assert share >= 0.9
    synthetic = [language._sample(a.text) for a in generate(300, seed=7).articles]
    codes = [confident_language(s) for s in synthetic]
    assert all(c is None or c == _lingua(s) for s, c in zip(synthetic, codes))
    assert sum(c == "es" for c in codes) >= 0.9 * len(codes)


def test_close_languages_are_never_decided_spanish_or_english():
    for code in ("ca", "pt", "it", "fr", "de"):
        for paragraph in PARAGRAPHS[code]:
            long = " ".join([paragraph] * 3)  # long enough for a decision, full of the language's common words
            assert confident_language(language._sample(long)) is None, code


def test_a_sample_of_two_languages_is_left_to_lingua_or_agrees_with_it():
    mixed = [PARAGRAPHS["es"][0] + " " + PARAGRAPHS["en"][0], PARAGRAPHS["en"][1] + " " + PARAGRAPHS["es"][1]]
    for text in mixed:
        sample = language._sample(text)
        assert confident_language(sample) in (None, _lingua(sample))
    spanish = " ".join(PARAGRAPHS["es"])
    assert confident_language(spanish) == "es" == _lingua(spanish)  # a clean one is decided


def test_batches_detect_each_distinct_sample_once_and_agree_with_one_by_one():
    texts = [" ".join(PARAGRAPHS["es"]), " ".join(PARAGRAPHS["pt"]), "Doce muertos", "123"] * 3
    language.detect_language.cache_clear()
    assert detect_languages(texts) == [detect_language(t) for t in texts] == ["es", "pt", "es", "und"] * 3


def test_the_shipped_table_is_what_wordfreq_gives():
    import analysis.lexicons

    shipped = (Path(analysis.lexicons.__file__).parent / TABLE).read_text(encoding="utf-8").splitlines()
    assert shipped == table_rows()
