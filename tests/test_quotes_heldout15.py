"""Quote attribution on the fifteenth held-out set (tests/data/quotes_heldout15.json, issue #23).

61 real excerpts (31 Spanish, 30 English; 383 quotations: es 96 direct + 72 indirect, en 118 direct + 97 indirect),
from outlets and articles in no other data file, mostly of 2010-2025, annotated by hand from the text alone and
COMMITTED (312cc4b, the data file alone) BEFORE the extractor ever ran on them. No rule or lexicon is changed for this
set: the first run is an honest, blind measure. Rules written afterwards may only come from KINDS of misses (rows and
negatives in tests/test_quotes.py), never from one sentence of this set; while it was in tests/quotes_eval.BLIND_NOW
its misses were never printed. Since session 20 (branch read15) it is spent: out of BLIND_NOW, its misses read and
grouped into kinds, general rules written for them (tests/test_quotes_rules20b.py); its blind runs stay recorded below.

Matching and scores: tests/quotes_eval.py (precision = right (quote, speaker) pairs / predicted statements,
recall = right pairs / gold statements). Floors ratchet: once measured they are the values reached; never lower
them. test_fifteenth_held_out_annotations_are_well_formed checks the file itself and never runs the extractor.
"""

from __future__ import annotations

import pytest

from tests.quotes_eval import HELD_OUT15, annotation_problems, between_marks, run
from tests.test_quotes import _check_precision_and_recall, _check_roles

# Committed before the extractor ran (312cc4b, branch heldout15q), then added to tests/quotes_eval.SETS and BLIND_NOW,
# so its misses were never printed while it measured rules written without sight of it (sessions 19-20). Spent since
# session 20 (branch read15): the runs below are its blind record; values measured after that are not blind.
# First run (blind, once): branch heldout15q on main e64955a (the branch's base), 2026-12-02 ~08:11 UTC (`python -m
# tests.quotes_eval heldout15`, counts only, no --misses):
#   direct   es precision 0.796 (78/98)  recall 0.812 (78/96);   en precision 0.839 (94/112) recall 0.797 (94/118)
#   indirect es precision 0.730 (46/63)  recall 0.639 (46/72);   en precision 0.667 (54/81)  recall 0.557 (54/97)
#   roles of right direct speakers: es 63/78 (0.808), en 76/94 (0.809)
# (Held-out14's first run was direct es 0.860 / 0.724, en 0.843 / 0.799; held-out13's es 0.845 / 0.784, en 0.876 /
# 0.821: blind sets of the same making differ by ~0.05.)
# Second run (blind, counts only): main after session 19's merges (read13's rules from the spent held-out13, the lead's
# rules of agreement_real(2)), 2026-12-02 ~09:05 UTC: direct es 79/98/96 (0.806 / 0.823, one right more), indirect es
# 47/63/72 (one right more), roles es 64/79; English unchanged.
# Counted (blind, counts only) in session 20 on main 7985178 when branch read15 began, the last blind count: direct es
# 79/98/96, en 95/112/118 (0.848 / 0.805); indirect es 47/63/72, en 54/79/97; roles es 64/79, en 78/95.
# The floors are the first run's exact ratios rounded down (78/98 = 0.7959 → 0.79), raised to the second run's. They ratchet: never lower one,
# except a role ratio that falls only because more speakers are right.
# Spent (session 20, branch read15: rules for kinds of its misses, tests/test_quotes_rules20b.py; not blind): direct es
# 0.883 / 0.865 (83/94/96), en 0.946 / 0.890 (105/111/118); indirect es 0.762 / 0.667 (48/63/72), en 0.700 / 0.577
# (56/80/97); roles es 68/83, en 78/105 (the en role floor 0.80 -> 0.74 only because ten more speakers are right:
# Pat Burns "of North Street", a resident no cue word names, and "her son Alan"; right roles 78 -> 78).
HELD_OUT15_FLOORS = {
    ("es", True): (0.88, 0.86),
    ("es", False): (0.76, 0.68),  # 0.766 / 0.681 (49/64, 49/72) with read20 (session 24)
    ("en", True): (0.94, 0.88),
    ("en", False): (0.70, 0.57),
}
# roles21 (session 21, role kinds of the spent sets): es 81/83 = 0.976, en 91/105 = 0.867
# Session 22: roles22 raised en to 0.87 (92/105); the lead then merged real22q's "X told a news conference that" rule,
# which makes one more right speaker (Chairman Mike Harding, a company's, read as government: gold unknown) with right
# roles unchanged (92/106 = 0.868): the documented exception, a role ratio that falls only because more speakers are
# right.
HELD_OUT15_ROLE_FLOORS = {"es": 1.00, "en": 0.86}  # right roles / right direct speakers (first run 0.808, 0.809)

# Marks as published: «», “”, "", ‘’ (the Darwen resident), quotations closed by “ (BioBioChile: 'Hola, soy Jannik
# (Sinner)“, dijo'), a quotation opened with " among “-opened paragraphs (Darwen) and paragraphs left open (British
# style: Darwen, Derry, Barrow, Evening Mail, CAPA, 2GB, BobojayTV; MDZ's prosecutor).
_OPENING, _CLOSING = "«“\"‘`”»'", "»”\"“’'″"


def test_fifteenth_held_out_annotations_are_well_formed():
    """Each quotation occurs in its excerpt where tests/quotes_eval.load will look for it (the first occurrence
    after the previous one of the same text and kind); a direct one sits between an opening mark (or the start of
    a paragraph whose opening mark the outlet lost) and a closing mark, ', ' (a closing mark the outlet lost) or the
    end of a paragraph left open; roles are known ones; ids are unique; no address is another data file's."""

    problems, counts, data = annotation_problems(HELD_OUT15, between_marks(_OPENING, _CLOSING))
    assert len({ex["id"] for ex in data["excerpts"]}) == len(data["excerpts"])
    assert len({ex["url"] for ex in data["excerpts"]}) == len(data["excerpts"])
    assert problems == []
    assert counts == {("es", True): 96, ("es", False): 72, ("en", True): 118, ("en", False): 97}
    assert sum(ex["language"] == "es" for ex in data["excerpts"]) == 31
    assert sum(ex["language"] == "en" for ex in data["excerpts"]) == 30


@pytest.fixture(scope="module")
def held_out15():
    return run(HELD_OUT15)


@pytest.mark.parametrize("key", list(HELD_OUT15_FLOORS), ids=lambda k: f"{k[0]}-{'direct' if k[1] else 'indirect'}")
def test_fifteenth_held_out_precision_and_recall(held_out15, key):
    _check_precision_and_recall("held-out15", held_out15, key, HELD_OUT15_FLOORS)


@pytest.mark.parametrize("language", ["es", "en"])
def test_fifteenth_held_out_roles_of_right_speakers(held_out15, language):
    _check_roles("held-out15", held_out15, language, HELD_OUT15_ROLE_FLOORS)
