"""Quote attribution on the seventeenth held-out set (tests/data/quotes_heldout17.json, issue #23).

56 real excerpts (30 Spanish, 26 English; 312 quotations: es 72 direct + 53 indirect, en 92 direct + 95 indirect),
from outlets and articles in no other data file, of 2006-2025, annotated by hand from the text alone and COMMITTED
(with this well-formedness test) BEFORE the extractor ever ran on them. No rule or lexicon is changed for this set: the
first run is an honest, blind measure. Rules written afterwards may only come from KINDS of misses (rows and negatives
in tests/test_quotes.py), never from one sentence of this set; while it is in tests/quotes_eval.BLIND_NOW its misses
are never printed.

Matching and scores: tests/quotes_eval.py (precision = right (quote, speaker) pairs / predicted statements,
recall = right pairs / gold statements). test_seventeenth_held_out_annotations_are_well_formed checks the file itself
and never runs the extractor.
"""

from __future__ import annotations

from pathlib import Path

from tests.quotes_eval import annotation_problems, between_marks

HELD_OUT17 = Path(__file__).parent / "data" / "quotes_heldout17.json"

# Marks as published: «», “”, "", ‘’ (Ahearn's ‘utter waste of time’, MacGrath's ‘completely unfair and untrue,’),
# quotations opened with one mark and closed with another ("...” in the Western People, the Dundalk Democrat and The
# Scotsman), a space before a closing mark (Búsqueda), an opening mark lost at the start of a paragraph (the Brown Tex
# Farms copy) and paragraphs left open (Spokane, the Oamaru Mail, Nathan Guy, the Western People, Ofori-Atta, Sule,
# Kaunda, Odendaal, Forbes, Oppong-Nkrumah).
_OPENING, _CLOSING = '«“"‘', '»”"’'


def test_seventeenth_held_out_annotations_are_well_formed():
    """Each quotation occurs in its excerpt where tests/quotes_eval.load will look for it (the first occurrence
    after the previous one of the same text and kind); a direct one sits between an opening mark (or the start of
    a paragraph whose opening mark the outlet lost) and a closing mark, ', ' (a closing mark the outlet lost) or the
    end of a paragraph left open; roles are known ones; ids are unique; no address is another data file's."""

    problems, counts, data = annotation_problems(HELD_OUT17, between_marks(_OPENING, _CLOSING))
    assert len({ex["id"] for ex in data["excerpts"]}) == len(data["excerpts"])
    assert len({ex["url"] for ex in data["excerpts"]}) == len(data["excerpts"])
    assert problems == []
    assert counts == {("es", True): 72, ("es", False): 53, ("en", True): 92, ("en", False): 95}
    assert sum(ex["language"] == "es" for ex in data["excerpts"]) == 30
    assert sum(ex["language"] == "en" for ex in data["excerpts"]) == 26
