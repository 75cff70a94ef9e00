"""Quote attribution on the sixteenth held-out set (tests/data/quotes_heldout16.json, issue #23).

67 real excerpts (36 Spanish, 31 English; 350 quotations: es 89 direct + 79 indirect, en 104 direct + 78 indirect),
from outlets and articles in no other data file, mostly of 2006-2026, annotated by hand from the text alone and
COMMITTED (with this well-formedness test) BEFORE the extractor ever ran on them. No rule or lexicon is changed for this
set: the first run is an honest, blind measure. Rules written afterwards may only come from KINDS of misses (rows and
negatives in tests/test_quotes.py), never from one sentence of this set; while it is in tests/quotes_eval.BLIND_NOW
its misses are never printed.

Matching and scores: tests/quotes_eval.py (precision = right (quote, speaker) pairs / predicted statements,
recall = right pairs / gold statements). test_sixteenth_held_out_annotations_are_well_formed checks the file itself and
never runs the extractor.
"""

from __future__ import annotations

from tests.quotes_eval import HELD_OUT16, annotation_problems, between_marks

# Marks as published: «», “”, "", ‘’ (Margaret Hall's 'inappropriate'), doubled single marks ‘‘...’’ (Stock & Land),
# quotations opened with one mark and closed with another («...” in Cadena Máxima, "...” in Estrategia & Negocios,
# “..." in Tribal Football, «...« in Pórtico Noticias: hence « among the closing marks), an opening mark lost at the
# start of the page (Briefly) and paragraphs left open (Info7, Radio Caibarién, TVNZ, the Texas Tribune, Tribal
# Football, SaskToday, The New Daily, PerthNow, Stock & Land, the cricket blog).
_OPENING, _CLOSING = "«“\"‘`”»'", "»”\"“’'″«"


def test_sixteenth_held_out_annotations_are_well_formed():
    """Each quotation occurs in its excerpt where tests/quotes_eval.load will look for it (the first occurrence
    after the previous one of the same text and kind); a direct one sits between an opening mark (or the start of
    a paragraph whose opening mark the outlet lost) and a closing mark, ', ' (a closing mark the outlet lost) or the
    end of a paragraph left open; roles are known ones; ids are unique; no address is another data file's."""

    problems, counts, data = annotation_problems(HELD_OUT16, between_marks(_OPENING, _CLOSING))
    assert len({ex["id"] for ex in data["excerpts"]}) == len(data["excerpts"])
    assert len({ex["url"] for ex in data["excerpts"]}) == len(data["excerpts"])
    assert problems == []
    assert counts == {("es", True): 89, ("es", False): 79, ("en", True): 104, ("en", False): 78}
    assert sum(ex["language"] == "es" for ex in data["excerpts"]) == 36
    assert sum(ex["language"] == "en" for ex in data["excerpts"]) == 31
