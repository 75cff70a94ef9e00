"""Quote attribution on the twenty-second held-out set (tests/data/quotes_heldout22.json, issue #23).

36 real excerpts (18 Spanish, 18 English; 260 quotations: es 83 direct + 51 indirect, en 55 direct + 71 indirect),
from outlets and articles in no other data file, of 2011-2025, annotated by hand from the text alone and COMMITTED (the
data file alone, 98979fb, then this well-formedness test) BEFORE the extractor ever ran on them. No rule or lexicon is
changed for this set: the first run is an honest, blind measure. Rules written afterwards may only come from KINDS of
misses (rows and negatives in tests/test_quotes.py), never from one sentence of this set; while it is in
tests/quotes_eval.BLIND_NOW its misses are never printed.

Matching and scores: tests/quotes_eval.py (precision = right (quote, speaker) pairs / predicted statements,
recall = right pairs / gold statements). test_twenty_second_held_out_annotations_are_well_formed checks the file
itself and never runs the extractor.
"""

from __future__ import annotations

from tests.quotes_eval import HELD_OUT22, annotation_problems, between_marks

# Marks as published: «», “”, "", ‘’; a quotation whose opening mark the page lost at a paragraph's start (Fútbol
# Centroamérica's 'Acá pierde el conjunto ...”, agregó'); a quotation closed by ', ”' (Bana's Elkana); paragraphs left
# open in the British style (Churnet Sound, NHS Providers, the Louth Leader, the Rotherham Advertiser, the Herald-Mail).
# The placement rule of quotes_eval.between_marks covers them all.
_OPENING, _CLOSING = "«“\"‘'", "»”\"’'"


def test_twenty_second_held_out_annotations_are_well_formed():
    """Each quotation occurs in its excerpt where tests/quotes_eval.load will look for it (the first occurrence
    after the previous one of the same text and kind); a direct one sits between an opening mark (or the start of
    a paragraph) and a closing mark, ', ' or the end of a paragraph left open; roles are known ones; ids and
    addresses are unique; no address is another data file's."""

    problems, counts, data = annotation_problems(HELD_OUT22, between_marks(_OPENING, _CLOSING))
    assert len({ex["id"] for ex in data["excerpts"]}) == len(data["excerpts"])
    assert len({ex["url"] for ex in data["excerpts"]}) == len(data["excerpts"])
    assert problems == []
    assert counts == {("es", True): 83, ("es", False): 51, ("en", True): 55, ("en", False): 71}
    assert sum(ex["language"] == "es" for ex in data["excerpts"]) == 18
    assert sum(ex["language"] == "en" for ex in data["excerpts"]) == 18
