"""Quote attribution on the twenty-sixth held-out set (tests/data/quotes_heldout26.json, issue #23).

46 real excerpts (25 Spanish, 21 English; 267 quotations: es 83 direct + 49 indirect, en 85 direct + 50 indirect),
from articles and events in no other data file, of about 1998-2025, annotated by hand from the text alone and
COMMITTED (the data file with this well-formedness test, nothing else) BEFORE the extractor ever ran on them. No rule or lexicon
is changed for this set: the first run is an honest, blind measure. Rules written afterwards may only come from KINDS
of misses (rows and negatives in tests/test_quotes.py), never from one sentence of this set; while it is in
tests/quotes_eval.BLIND_NOW its misses are never printed.

Matching and scores: tests/quotes_eval.py (precision = right (quote, speaker) pairs / predicted statements,
recall = right pairs / gold statements). test_twenty_sixth_held_out_annotations_are_well_formed checks the file itself
and never runs the extractor; the set is registered in tests/quotes_eval.SETS and BLIND_NOW by the lead, who runs it
blind.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.quotes_eval import annotation_problems, between_marks

HELD_OUT26 = Path(__file__).parent / "data" / "quotes_heldout26.json"

# Marks as published: «», “”, "" and '' (the Daily Mail's coroner; a quoted word in single marks: The Independent's
# 's*** goal'); a reversed closing mark (Canarias7's '... de la fachada«'); paragraphs left open in the British style
# (Express & Star's Mark Lewis, the Burnley Express's Austin, Proceso's López Rabadán, whose open paragraph ends in '…').
_OPENING, _CLOSING = "«“\"‘'”»", "»”\"’'«"
_BETWEEN = between_marks(_OPENING, _CLOSING)


def _placed(quote: dict, before: str, after: str) -> bool:
    """quotes_eval.between_marks with reversed opening marks, and a closing mark (or a paragraph's end) after spaces.

    >>> _placed({}, "“", " ”.")
    True
    >>> _placed({}, "«", "», continuó")
    True
    >>> _placed({}, "“", " today")
    False
    """
    return _BETWEEN(quote, before, after) or _BETWEEN(quote, before, re.sub(r"^([.,!?]?) +", r"\1", after))


def test_twenty_sixth_held_out_annotations_are_well_formed():
    """Each quotation occurs in its excerpt where tests/quotes_eval.load will look for it (the first occurrence
    after the previous one of the same text and kind); a direct one sits between an opening mark (or the start of
    a paragraph) and a closing mark, ', ' or the end of a paragraph left open; roles are known ones; every speaker
    mention is written in its excerpt; ids and addresses are unique; no address is another data file's."""

    problems, counts, data = annotation_problems(HELD_OUT26, _placed)
    excerpts = data["excerpts"]
    assert len({ex["id"] for ex in excerpts}) == len(excerpts)
    assert len({ex["url"] for ex in excerpts}) == len(excerpts)
    assert problems == []
    assert [
        (ex["id"], q["speaker_mention"])
        for ex in excerpts
        for q in ex["quotes"]
        if q["speaker_mention"] is not None and q["speaker_mention"] not in ex["text"]
    ] == []
    assert all(set(ex) >= {"id", "topic", "language", "source", "date", "url", "text", "quotes"} for ex in excerpts)
    assert counts == {("es", True): 83, ("es", False): 49, ("en", True): 85, ("en", False): 50}
    assert sum(counts.values()) == 267 >= 200
    assert sum(ex["language"] == "es" for ex in excerpts) == 25
    assert sum(ex["language"] == "en" for ex in excerpts) == 21
