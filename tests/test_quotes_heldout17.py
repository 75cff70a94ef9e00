"""Quote attribution on the seventeenth held-out set (tests/data/quotes_heldout17.json, issue #23).

56 real excerpts (30 Spanish, 26 English; 312 quotations: es 72 direct + 53 indirect, en 92 direct + 95 indirect),
from outlets and articles in no other data file, of 2006-2025, annotated by hand from the text alone and COMMITTED
(with this well-formedness test) BEFORE the extractor ever ran on them. No rule or lexicon is changed for this set: the
first run is an honest, blind measure. Rules written afterwards may only come from KINDS of misses (rows and negatives
in tests/test_quotes.py), never from one sentence of this set; while it was in tests/quotes_eval.BLIND_NOW its misses
were never printed. Spent in session 23 by branch read17 after its blind runs (tests/test_quotes_read17.py).

Matching and scores: tests/quotes_eval.py (precision = right (quote, speaker) pairs / predicted statements,
recall = right pairs / gold statements). Floors ratchet: once measured they are the values reached; never lower
them. test_seventeenth_held_out_annotations_are_well_formed checks the file itself and never runs the extractor.
"""

from __future__ import annotations

import pytest

from tests.quotes_eval import HELD_OUT17, annotation_problems, between_marks, run
from tests.test_quotes import _check_precision_and_recall, _check_roles

# Committed before the extractor ran (d6ca832, branch heldout17q, the data file with its well-formedness test), then
# added to tests/quotes_eval.SETS and BLIND_NOW, so its misses are never printed: it measures rules written without
# sight of it.
# First run (blind, once): branch heldout17q on main 7985178 (the branch's base), 2026-12-02 ~14:01 UTC (`python -m
# tests.quotes_eval heldout17`, counts only, no --misses):
#   direct   es precision 0.909 (60/66)  recall 0.833 (60/72);   en precision 0.756 (62/82)  recall 0.674 (62/92)
#   indirect es precision 0.775 (31/40)  recall 0.585 (31/53);   en precision 0.688 (53/77)  recall 0.558 (53/95)
#   roles of right direct speakers: es 38/60 (0.633), en 52/62 (0.839)
# (Held-out16's first run was direct es 0.779 / 0.674, en 0.854 / 0.731; held-out15's es 0.796 / 0.812, en 0.839 /
# 0.797: blind sets of the same making differ by ~0.05 and more.)
# The floors are the first run's exact ratios rounded down (60/66 = 0.9091 -> 0.90). They ratchet: never lower one,
# except a role ratio that falls only because more speakers are right.
# Session 22, branch read18 (rules for kinds of held-out18's misses; held-out17 still blind, counted only): en direct
# 62/82/92 -> 67/82/92 (0.817 / 0.728) with the honorific opening a clause after an apposition ("A metal sculptor, Mr
# X had to ..."): floor raised.
# Session 23: real23q's ', aunque/pero' rule gave es indirect 31/40 -> 32/40 (blind, counted only); spent by branch
# read17 (out of tests/quotes_eval.BLIND_NOW; last blind count on main 8bb7719: direct es 60/66/72, en 67/82/92;
# indirect es 32/40/53, en 55/76/95; roles es 40/60, en 52/67). With read17's rules for kinds of its misses
# (tests/test_quotes_read17.py): es direct 60/66/72 -> 63/68/72, es indirect 32/40/53 -> 33/40/53, en direct 67/82/92 -> 75/85/92, en indirect
# 55/76/95 -> 58/76/95; floors raised to the values reached (no longer blind). Session 24 (read19's located names:
# "is from the Portarlington Graiguecullen Municipal District ... he said"): en direct 75/85/92 -> 76/85/92, raised.
HELD_OUT17_FLOORS = {
    ("es", True): (0.92, 0.87),
    ("es", False): (0.82, 0.62),
    ("en", True): (0.89, 0.82),
    ("en", False): (0.77, 0.61),  # read23 (session 26): 58/75/95
}
# Right roles / right direct speakers (first run 38/60 = 0.633, 52/62 = 0.839). Session 22 (read18): en 52/62 ->
# 52/67 = 0.776 only because five more speakers are right (right roles unchanged, none lost): the one exception.
# Session 23 (read17): es 40/60 -> 41/63 (0.650; Vidalín's quotation right, his role not read), en 52/67 -> 61/75
# (0.813; "The Governor of Nasarawa State, Mr. Abdulallahi Sule," read for his role): floors raised (es to 0.65, not
# to the 0.66 one of read17's commits had reached, only because one more speaker is right).
HELD_OUT17_ROLE_FLOORS = {"es": 0.65, "en": 0.81}

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


@pytest.fixture(scope="module")
def held_out17():
    return run(HELD_OUT17)


@pytest.mark.parametrize("key", list(HELD_OUT17_FLOORS), ids=lambda k: f"{k[0]}-{'direct' if k[1] else 'indirect'}")
def test_seventeenth_held_out_precision_and_recall(held_out17, key):
    _check_precision_and_recall("held-out17", held_out17, key, HELD_OUT17_FLOORS)


@pytest.mark.parametrize("language", ["es", "en"])
def test_seventeenth_held_out_roles_of_right_speakers(held_out17, language):
    _check_roles("held-out17", held_out17, language, HELD_OUT17_ROLE_FLOORS)
