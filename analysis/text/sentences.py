"""Sentence spans of a text: terminal punctuation before a capital, known abbreviations excepted."""

from __future__ import annotations

import re
from importlib import resources

__all__ = ["ABBREVIATIONS", "sentence_spans"]

# A candidate sentence end: terminal punctuation, closing quotes/brackets, space,
# then something that can start a sentence. Paragraph breaks always end one:
#     [.!?…]+["'»”’)\]]*\s+(?=["'«“‘¿¡(\[\-—–]{0,3}\s?[^\W_a-zß-ÿ])  |  \n+
# Written to start with the class of the characters a match can start with, consumed ([.!?…\n]; the lookbehinds
# then tell which alternative it began): a pattern whose first item is a character class is searched by skipping,
# in C, to the next character of that class; a leading lookahead, or an alternation, is tried at every position
# (2.2x slower over the bench's texts; the same matches: a test compares them with the form above).
RE_SENTENCE_END = re.compile(
    r"[.!?…\n](?:(?<=\n)\n*|(?<!\n)[.!?…]*[\"'»”’)\]]*\s+(?=[\"'«“‘¿¡(\[\-—–]{0,3}\s?[^\W_a-zß-ÿ]))"
)
RE_WORD_BEFORE = re.compile(r"(\S+)$")
# How far back to look for the word before a full stop: searching from the text's
# start made sentence splitting quadratic in the article's length.
WORD_BEFORE_WINDOW = 64


def _load_abbreviations() -> frozenset[str]:
    text = resources.files("analysis.lexicons").joinpath("abbreviations.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower().rstrip(".") for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


ABBREVIATIONS = _load_abbreviations()


def _is_abbreviation(word: str) -> bool:
    bare = word.strip("\"'«“(").rstrip(".").lower()
    if bare in ABBREVIATIONS:
        return True
    # Initials ("J.", "M.") and dotted abbreviations ("EE.UU.", "U.S.").
    return (len(bare) == 1 and bare.isalpha()) or ("." in bare and all(len(p) <= 4 for p in bare.split(".")))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``, stripped of surrounding space.

    A sentence ends at ., !, ?, … (and any closing quote) before a capital,
    digit, opening quote or inverted mark, unless the word before the point is
    a known abbreviation (lexicons/abbreviations.txt), an initial or a dotted
    abbreviation such as "EE.UU."; a line break always ends one.

    >>> t = "Llegó a EE.UU. el lunes. El Sr. Gil habló."
    >>> [t[a:b] for a, b in sentence_spans(t)]
    ['Llegó a EE.UU. el lunes.', 'El Sr. Gil habló.']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in RE_SENTENCE_END.finditer(text):
        at, end = match.span()
        # At a full stop (!, ?, …; not a line break), the word before the point, with it: the last run of
        # non-space characters up to the point (which is no space), what RE_WORD_BEFORE finds there (``rsplit``
        # cuts at the same white space as ``\s``, in C, once, from the right).
        if text.find("\n", at, end) < 0 and _is_abbreviation(
            text[max(0, at - WORD_BEFORE_WINDOW) : at + 1].rsplit(None, 1)[-1] + "."
        ):
            continue
        _add_span(text, start, end, spans)
        start = end
    _add_span(text, start, len(text), spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        offset = start + chunk.index(stripped[0])
        spans.append((offset, offset + len(stripped)))
