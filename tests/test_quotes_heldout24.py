"""Quote attribution on the twenty-fourth held-out set (tests/data/quotes_heldout24.json, issue #23).

36 real excerpts (18 Spanish, 18 English; 280 quotations: es 66 direct + 67 indirect, en 81 direct + 66 indirect),
from articles and events in no other data file, of about 2007-2026, annotated by hand from the text alone and
COMMITTED (the data file with this well-formedness test, nothing else) BEFORE the extractor ever ran on them. No rule
or lexicon is changed for this set: the first run is an honest, blind measure. Rules written afterwards may only come
from KINDS of misses (rows and negatives in tests/test_quotes.py), never from one sentence of this set; while it is in
tests/quotes_eval.BLIND_NOW its misses are never printed.

Matching and scores: tests/quotes_eval.py (precision = right (quote, speaker) pairs / predicted statements,
recall = right pairs / gold statements). test_twenty_fourth_held_out_annotations_are_well_formed checks the file itself
and never runs the extractor.
"""

from __future__ import annotations

import re

from tests.quotes_eval import HELD_OUT24, annotation_problems, between_marks

# Marks as published: «», “”, "" and '' (the Bridgwater Mercury's 'livid'); reversed marks that open a quotation
# (The Star's ”I have already ...”, the Mail & Guardian's ”These protests ...,”, ABC's »Solo se dedica ...») or close
# one (ABC's «no ejercer su responsabilidad«); a closing » after a space (ABC's '... en la negociación »'); paragraphs
# left open in the British style (Metro News, The Punch, Information Nigeria, News24x7 World, the Malay Mail, the
# Bridgwater Mercury, GroundUp).
_OPENING, _CLOSING = "«“\"‘'”»", "»”\"’'«"
_BETWEEN = between_marks(_OPENING, _CLOSING)


def _placed(quote: dict, before: str, after: str) -> bool:
    """quotes_eval.between_marks with reversed opening marks, and a paragraph left open whose last point is followed
    by spaces before the break.

    >>> _placed({}, "”", ",” he said")
    True
    >>> _placed({}, "»", "». ")
    True
    >>> _placed({}, "“", " today")
    False
    """
    return _BETWEEN(quote, before, after) or _BETWEEN(quote, before, re.sub(r"^([.,!?]?) +", r"\1", after))


def test_twenty_fourth_held_out_annotations_are_well_formed():
    """Each quotation occurs in its excerpt where tests/quotes_eval.load will look for it (the first occurrence
    after the previous one of the same text and kind); a direct one sits between an opening mark (or the start of
    a paragraph) and a closing mark, ', ' or the end of a paragraph left open; roles are known ones; ids and
    addresses are unique; no address is another data file's."""

    problems, counts, data = annotation_problems(HELD_OUT24, _placed)
    assert len({ex["id"] for ex in data["excerpts"]}) == len(data["excerpts"])
    assert len({ex["url"] for ex in data["excerpts"]}) == len(data["excerpts"])
    assert problems == []
    assert counts == {("es", True): 66, ("es", False): 67, ("en", True): 81, ("en", False): 66}
    assert sum(ex["language"] == "es" for ex in data["excerpts"]) == 18
    assert sum(ex["language"] == "en" for ex in data["excerpts"]) == 18
