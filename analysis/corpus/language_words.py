"""Decide Spanish or English from common words alone, when they overwhelm every other language (no lingua).

Lingua costs about 0.45 CPU ms per article sample (400 characters, low-accuracy mode), most of
the loading of a large file. A news paragraph of 60 words in Spanish or English holds some 35
of the few hundred commonest words of its language, and those words alone tell it apart: each
word ``w`` of ``lexicons/language_words.tsv`` (the ``TOP`` commonest words of each language of
``records.LANGUAGES``, with wordfreq's Zipf frequency of each in every language, floored at
``FLOOR``) adds ``zipf(w, language)`` to each language's score. Zipf is log10 of a word's
frequency per billion words, so two scores' difference is the log10 likelihood ratio of the
two languages under a unigram model of those words:

    score(L) = Σ_w zipf(w, L)      margin = score(best) − score(runner-up)

The best language is decided only when it is Spanish or English (the languages whose real
texts we verify it on), the sample is at least ``min_chars`` long, holds ``min_words`` words of
the table, and the margin is at least ``min_margin`` (settings/language.yaml): odds of 10^15 to
one. Anything else goes to lingua. On every text of tests/data, the seeds, the web pages and
the synthetic corpora of 2,000 and 10,000 articles the decision agrees with lingua
(tests/test_language_words.py); the synthetic Spanish articles' margins run from 7.6 to ~60
(median 31), so about 98 % are decided here.

>>> sample = ("El gobierno anunció este lunes que las lluvias de la semana pasada dejaron a miles de "
...           "familias sin casa y que los equipos de rescate siguen trabajando en la zona, según informó "
...           "la agencia de protección civil en un comunicado publicado por la noche.")
>>> confident_language(sample)
'es'
>>> confident_language("Os bombeiros disseram que não há feridos e que o incêndio já está controlado.") is None
True
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import numpy as np

from analysis.config import settings
from analysis.corpus.records import LANGUAGES

__all__ = ["DECIDED", "FLOOR", "TOP", "confident_language", "scores", "table_rows"]

# The languages decided here; any other best language goes to lingua.
DECIDED = ("es", "en")
# Each language's commonest words (letters only) in the table, and the Zipf frequency a word rarer
# than wordfreq lists (or absent from a language) counts as.
TOP = 300
FLOOR = 1.0
TABLE = "language_words.tsv"
RE_WORD = re.compile(r"[^\W\d_]+")


@cache
def _table() -> tuple[tuple[str, ...], dict[str, int], np.ndarray]:
    """The table's languages, each word's row number (from 1; row 0 is zeros) and the Zipf matrix."""
    text = resources.files("analysis.lexicons").joinpath(TABLE).read_text(encoding="utf-8")
    lines = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    languages = tuple(lines[0][1:])
    rows = lines[1:]
    matrix = np.zeros((len(rows) + 1, len(languages)))
    matrix[1:] = [[float(v) for v in row[1:]] for row in rows]
    return languages, {row[0]: n for n, row in enumerate(rows, start=1)}, matrix


def scores(sample: str) -> tuple[dict[str, float], int]:
    """Each language's score (the sum of its Zipf frequencies of the sample's words in the table) and how many
    of the sample's words are in the table.

    >>> found, words = scores("the rain and the wind")  # "rain" and "wind" are not among the commonest words
    >>> words, max(found, key=found.get)
    (3, 'en')
    """
    languages, number, matrix = _table()
    rows = [n for n in map(number.get, RE_WORD.findall(sample.lower())) if n]
    total = matrix[rows].sum(axis=0)
    return dict(zip(languages, total.tolist())), len(rows)


def confident_language(sample: str) -> str | None:
    """Spanish or English when the sample's common words leave no doubt (module docstring), else None (ask lingua)."""
    limits = settings().language
    if len(sample) < limits.min_chars:
        return None
    found, words = scores(sample)
    if words < limits.min_words:
        return None
    ranked = sorted(found.items(), key=lambda item: -item[1])
    (best, top), (_, second) = ranked[0], ranked[1]
    return best if best in DECIDED and top - second >= limits.min_margin else None


def table_rows() -> list[str]:
    """The lines of ``lexicons/language_words.tsv`` made from the installed wordfreq (a test checks the file
    is current; ``python -m analysis.corpus.language_words > analysis/lexicons/language_words.tsv`` writes it)."""
    import wordfreq

    languages = list(LANGUAGES)
    words: set[str] = set()
    for language in languages:
        words.update([w for w in wordfreq.top_n_list(language, 2 * TOP) if w.isalpha()][:TOP])
    lines = ["# " + __doc__.splitlines()[0] if __doc__ else "#", "word\t" + "\t".join(languages)]
    for word in sorted(words):
        values = (max(wordfreq.zipf_frequency(word, language), FLOOR) for language in languages)
        lines.append(word + "\t" + "\t".join(f"{v:.2f}" for v in values))
    return lines


if __name__ == "__main__":
    print("\n".join(table_rows()))
