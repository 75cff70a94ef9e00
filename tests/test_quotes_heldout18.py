"""Quote attribution on the eighteenth held-out set (tests/data/quotes_heldout18.json, issue #23).

67 real excerpts (38 Spanish, 29 English; 368 quotations: es 105 direct + 47 indirect, en 119 direct + 97 indirect),
from outlets and articles in no other data file, of 2003-2025, annotated by hand from the text alone and COMMITTED
(the data file alone, then this well-formedness test) BEFORE the extractor ever ran on them. No rule or lexicon is
changed for this set: the first run is an honest, blind measure. Rules written afterwards may only come from KINDS of
misses (rows and negatives in tests/test_quotes.py), never from one sentence of this set; while it is in
tests/quotes_eval.BLIND_NOW its misses are never printed.

Matching and scores: tests/quotes_eval.py (precision = right (quote, speaker) pairs / predicted statements,
recall = right pairs / gold statements). test_eighteenth_held_out_annotations_are_well_formed checks the file itself
and never runs the extractor.
"""

from __future__ import annotations

from pathlib import Path

from tests.quotes_eval import annotation_problems, between_marks

HELD_OUT18 = Path(__file__).parent / "data" / "quotes_heldout18.json"

# Marks as published: «», “”, "", ‘’; quotations opened with one mark and closed with another (“...\" in Con Nuestro
# Perú, Arroyo al Día, América TeVé and La Razón); a closing mark written as an opening one (Diario de León's
# 'inocente “', Nizh Times's 'find us, “he said', The Sun Daily's 'affected,“ he said'); a quotation opened with a
# closing mark (WAtoday's '” We’re not out of the woods yet'); a quotation ending inside a nested one closed by an
# apostrophe (Bonner's '...I wish you'd killed him,'"'); a space or a comma before a closing mark (Diario de León, the
# North Wales Pioneer, Noticias 7's 'cuartel,”' and 'ciudad,»'); paragraphs left open (the Lancashire Telegraph, the
# Argus, the North Wales Pioneer, The Sun Daily, Bernama, CKN Nigeria, Today Politics, Dairy News Australia, WAtoday).
_OPENING, _CLOSING = '«“"‘”', "»”\"’“'"


def test_eighteenth_held_out_annotations_are_well_formed():
    """Each quotation occurs in its excerpt where tests/quotes_eval.load will look for it (the first occurrence
    after the previous one of the same text and kind); a direct one sits between an opening mark (or the start of
    a paragraph) and a closing mark, ', ' or the end of a paragraph left open; roles are known ones; ids and
    addresses are unique; no address is another data file's."""

    problems, counts, data = annotation_problems(HELD_OUT18, between_marks(_OPENING, _CLOSING))
    assert len({ex["id"] for ex in data["excerpts"]}) == len(data["excerpts"])
    assert len({ex["url"] for ex in data["excerpts"]}) == len(data["excerpts"])
    assert problems == []
    assert counts == {("es", True): 105, ("es", False): 47, ("en", True): 119, ("en", False): 97}
    assert sum(ex["language"] == "es" for ex in data["excerpts"]) == 38
    assert sum(ex["language"] == "en" for ex in data["excerpts"]) == 29
