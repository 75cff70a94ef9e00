"""Quote attribution on the sixteenth held-out set (tests/data/quotes_heldout16.json, issue #23).

67 real excerpts (36 Spanish, 31 English; 350 quotations: es 89 direct + 79 indirect, en 104 direct + 78 indirect),
from outlets and articles in no other data file, mostly of 2006-2026, annotated by hand from the text alone and
COMMITTED (with this well-formedness test) BEFORE the extractor ever ran on them. No rule or lexicon is changed for this
set: the first run is an honest, blind measure. Rules written afterwards may only come from KINDS of misses (rows and
negatives in tests/test_quotes.py), never from one sentence of this set; while it was in tests/quotes_eval.BLIND_NOW
its misses were never printed. Since session 21 (branch read16) it is spent: out of BLIND_NOW, its misses read and
grouped into kinds, general rules written for them (tests/test_quotes_read16.py); its blind runs stay recorded below.

Matching and scores: tests/quotes_eval.py (precision = right (quote, speaker) pairs / predicted statements,
recall = right pairs / gold statements). Floors ratchet: once measured they are the values reached; never lower
them. test_sixteenth_held_out_annotations_are_well_formed checks the file itself and never runs the extractor.
"""

from __future__ import annotations

import pytest

from tests.quotes_eval import HELD_OUT16, annotation_problems, between_marks, run
from tests.test_quotes import _check_precision_and_recall, _check_roles

# Committed before the extractor ran (93bbf71, branch heldout16q, the data file with its well-formedness test), then
# added to tests/quotes_eval.SETS and BLIND_NOW, so its misses are never printed: it measures rules written without
# sight of it. Spent since session 21 (branch read16): the runs below are its blind record; values measured after that
# are not blind.
# First run (blind, once): branch heldout16q on main 62559b4 (the branch's base), 2026-12-02 ~12:57 UTC (`python -m
# tests.quotes_eval heldout16`, counts only, no --misses):
#   direct   es precision 0.779 (60/77)  recall 0.674 (60/89);   en precision 0.854 (76/89)  recall 0.731 (76/104)
#   indirect es precision 0.723 (47/65)  recall 0.595 (47/79);   en precision 0.721 (44/61)  recall 0.564 (44/78)
#   roles of right direct speakers: es 48/60 (0.800), en 65/76 (0.855)
# (Held-out15's first run was direct es 0.796 / 0.812, en 0.839 / 0.797; held-out14's es 0.860 / 0.724, en 0.843 /
# 0.799: blind sets of the same making differ by ~0.05 and more.) Main moved after the branch point (a57368a, the
# abstain merge, whose output is stated unchanged on every set); the set was not measured there.
# Counted (blind, counts only) in session 21 on main 4df5142 when branch read16 began, the last blind count: direct es
# 60/76/89 (0.789 / 0.674), en 77/89/104 (0.865 / 0.740); indirect es 47/65/79, en 45/62/78; roles es 48/60, en 65/77.
# The floors are the first run's exact ratios rounded down (60/77 = 0.7792 → 0.77). They ratchet: never lower one,
# except a role ratio that falls only because more speakers are right.
# Raised in session 21 (branch read16, spent: the kinds of tests/test_quotes_read16.py; not blind): direct es 73/77/89,
# en 92/97/104; indirect es 54/65/79, en 49/65/78.
HELD_OUT16_FLOORS = {
    ("es", True): (0.94, 0.82),
    ("es", False): (0.83, 0.68),
    ("en", True): (0.94, 0.88),
    ("en", False): (0.75, 0.62),
}
# Right roles / right direct speakers (first run 0.800, 0.855). English 0.85 -> 0.84 after session 20's merge of
# branch carry: one more right speaker (76 -> 77, second run) whose role is not the annotated one, the roles right
# unchanged (65): the ratio falls only because more speakers are right (the one exception to the ratchet).
# Session 21 (branch read16): es 0.80 -> 0.76 (48/60 -> 56/73) and en 0.84 -> 0.76 (65/77 -> 70/92) only because more
# speakers are right (es 60 -> 73, en 77 -> 92): right roles rose too (es 48 -> 56, en 65 -> 70), none was lost.
# Session 21's lead (a Spanish apposition left open read for the role shown): es 56 -> 58 of 73 right roles.
HELD_OUT16_ROLE_FLOORS = {"es": 0.86, "en": 0.78}  # roles22: es 63/73, en 72/92

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


@pytest.fixture(scope="module")
def held_out16():
    return run(HELD_OUT16)


@pytest.mark.parametrize("key", list(HELD_OUT16_FLOORS), ids=lambda k: f"{k[0]}-{'direct' if k[1] else 'indirect'}")
def test_sixteenth_held_out_precision_and_recall(held_out16, key):
    _check_precision_and_recall("held-out16", held_out16, key, HELD_OUT16_FLOORS)


@pytest.mark.parametrize("language", ["es", "en"])
def test_sixteenth_held_out_roles_of_right_speakers(held_out16, language):
    _check_roles("held-out16", held_out16, language, HELD_OUT16_ROLE_FLOORS)
