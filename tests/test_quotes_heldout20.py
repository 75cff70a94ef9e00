"""Quote attribution on the twentieth held-out set (tests/data/quotes_heldout20.json, issue #23).

38 real excerpts (22 Spanish, 16 English; 192 quotations: es 51 direct + 34 indirect, en 68 direct + 39 indirect),
from outlets and articles in no other data file, of 1993-2024, annotated by hand from the text alone and COMMITTED
(the data file alone, then this well-formedness test) BEFORE the extractor ever ran on them. No rule or lexicon is
changed for this set: the first run is an honest, blind measure. Rules written afterwards may only come from KINDS of
misses (rows and negatives in tests/test_quotes.py), never from one sentence of this set; while it is in
tests/quotes_eval.BLIND_NOW its misses are never printed.

Matching and scores: tests/quotes_eval.py (precision = right (quote, speaker) pairs / predicted statements,
recall = right pairs / gold statements). test_twentieth_held_out_annotations_are_well_formed checks the file itself and
never runs the extractor.
"""

from __future__ import annotations

import re

from tests.quotes_eval import HELD_OUT20, annotation_problems, between_marks

# Marks as published: «», “”, "", ‘’ and straight apostrophes (La Región's 'Mucha gente me dijo ...'); a quotation
# whose opening mark the outlet lost after a sentence (The 7th Woman's 'Kyle repeated what Hilbert had said. A loss is
# still a loss."'); a space before the closing mark ('I thought we played well. "', '... durante la pandemia” .').
_OPENING, _CLOSING = "«“\"‘'", "»”\"’'"
_CLOSES_AFTER_A_SPACE = re.compile(rf" [.,!?]?\s?[{re.escape(_CLOSING)}]")
_CLOSES = re.compile(rf"[.,!?]?[{re.escape(_CLOSING)}]")


def _placed():
    """between_marks, and two placements of this set: a closing mark after a space ('played well. "') and a
    quotation whose opening mark was lost after a sentence's end ('had said. A loss is still a loss."')."""
    base = between_marks(_OPENING, _CLOSING)

    def placed(quote: dict, before: str, after: str) -> bool:
        return (base(quote, before, after)
                or (before in _OPENING and _CLOSES_AFTER_A_SPACE.match(after) is not None)
                or (before in ".!?" and _CLOSES.match(after) is not None))  # fmt: skip

    return placed


def test_twentieth_held_out_annotations_are_well_formed():
    """Each quotation occurs in its excerpt where tests/quotes_eval.load will look for it (the first occurrence
    after the previous one of the same text and kind); a direct one sits between an opening mark (or the start of
    a paragraph) and a closing mark, ', ' or the end of a paragraph left open; roles are known ones; ids and
    addresses are unique; no address is another data file's."""

    problems, counts, data = annotation_problems(HELD_OUT20, _placed())
    assert len({ex["id"] for ex in data["excerpts"]}) == len(data["excerpts"])
    assert len({ex["url"] for ex in data["excerpts"]}) == len(data["excerpts"])
    assert problems == []
    assert counts == {("es", True): 51, ("es", False): 34, ("en", True): 68, ("en", False): 39}
    assert sum(ex["language"] == "es" for ex in data["excerpts"]) == 22
    assert sum(ex["language"] == "en" for ex in data["excerpts"]) == 16
