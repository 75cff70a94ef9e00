"""Whether a sentence may hold a claim on its own: a word of a kind entry written in it (the claim reader's kind gate).

Before an article's first claim, the claim reader (:mod:`analysis.casualties.claims`) reads a sentence with a figure
only when a word of a kind entry (:func:`.cues.kind_words`) is written in it or right after it: read off the text
(:func:`may_count`), or off the pipeline's tokens (:func:`written` over ``token_marks.Marks.kinds``).
"""

from __future__ import annotations

import bisect

from analysis.casualties.cues import RE_WORD_RUN, Cues
from analysis.text import fold

__all__ = ["may_count", "written"]


# A character that case-insensitive patterns match as another letter, but that folding keeps (the dotless i):
# written as that letter before the kind gate looks words up, so that it finds whatever the patterns match.
_CASE_ALIKE = str.maketrans({"ı": "i"})


def may_count(text: str, start: int, end: int, lex: Cues, *, dotless: bool = True) -> bool:
    """Whether ``text[start:end]`` (a sentence) may hold a claim on its own: whether a word of a kind entry
    (:func:`.cues.kind_words`) is written in it or right after it, folded as the patterns fold it.

    A False is exact: no pattern that gives a kind can match there, so no figure of the sentence gets one
    from it (a claim earlier in the article can still lend its kind: the caller reads every sentence after
    the first claim). A True only says to read the sentence. The sentence's runs of word characters are
    folded one by one (cached), as the patterns' word boundaries cut them. ``dotless=False`` says the text has
    no dotless i (which the patterns match as "i" and lower-casing keeps), sparing a second look.

    >>> from analysis.casualties.cues import cues_for
    >>> may_count("Murieron 12 personas.", 0, 21, cues_for("es")), may_count("Marcó 12 goles.", 0, 15, cues_for("es"))
    (True, False)
    """
    # A figure that ends its sentence may set the toll named right after it ("... a 140\nascendió el número de
    # muertos", ``Cues.toll_after``): the words such a toll may take past the sentence's end are read too.
    after = lex.gate_reach.match(text, end)
    runs = RE_WORD_RUN.findall(text, start, after.end() if after else end)
    words = lex.kind_words
    if not words.isdisjoint(map(fold, runs)):
        return True
    return dotless and not words.isdisjoint(fold(run).translate(_CASE_ALIKE) for run in runs)


def written(offsets: list[int], start: int, end: int) -> bool:
    """Whether a word at one of the sorted ``offsets`` starts in ``[start, end)``: :func:`may_count` on the tokens
    (``token_marks``: a sentence and the words after it are whole words).

    >>> written([3, 40], 10, 41), written([3, 40], 10, 40)
    (True, False)
    """
    return bisect.bisect_left(offsets, start) < bisect.bisect_left(offsets, end)
