"""Quote attribution on the fourteenth held-out set (tests/data/quotes_heldout14.json, issue #23).

63 real excerpts (33 Spanish, 30 English; 422 quotations: es 127 direct + 66 indirect, en 134 direct + 95 indirect),
from outlets and articles in no other data file, mostly of 2016-2025, annotated by hand from the text alone and
COMMITTED (d3adcef, the data file alone) BEFORE the extractor ever ran on them. No rule or lexicon is changed for this
set: the first run is an honest, blind measure. It had three blind runs (sessions 17-19) and is SPENT since session 20:
out of tests/quotes_eval.BLIND_NOW, its misses printed and grouped into KINDS of construction, rules written for the
kinds (tests/test_quotes_rules20.py: made-up rows, negatives and the real sentences), never for one sentence. Its
blind runs stay recorded below.

Matching and scores: tests/quotes_eval.py (precision = right (quote, speaker) pairs / predicted statements,
recall = right pairs / gold statements). Floors ratchet: once measured they are the values reached; never lower
them. test_fourteenth_held_out_annotations_are_well_formed checks the file itself and never runs the extractor.
"""

from __future__ import annotations

import pytest

from tests.quotes_eval import HELD_OUT14, annotation_problems, between_marks, run
from tests.test_quotes import _check_precision_and_recall, _check_roles

# Committed before the extractor ran (d3adcef, branch heldout14q), then added to tests/quotes_eval.SETS and BLIND_NOW
# (sessions 17-19: its misses never printed, it measured rules written without sight of it; spent since session 20).
# First run (blind, once): branch heldout14q on main 8053d32, 2026-12-01 ~18:39 UTC (`python -m tests.quotes_eval
# heldout14`, counts only, no --misses):
#   direct   es precision 0.860 (92/107) recall 0.724 (92/127);  en precision 0.843 (107/127) recall 0.799 (107/134)
#   indirect es precision 0.717 (33/46)  recall 0.500 (33/66);   en precision 0.744 (61/82)   recall 0.642 (61/95)
#   roles of right direct speakers: es 80/92 (0.870), en 73/107 (0.682)
# (Held-out13's first run was direct es 0.845 / 0.784, en 0.876 / 0.821; held-out12's es 0.866 / 0.738, en 0.899 /
# 0.741: blind sets of the same making differ by ~0.05.)
# Second run (blind, counts only): main after merging enroles (English role cues from spent sets) and read12 (rules from
# the spent held-out12), 2026-12-01 ~19:45 UTC: direct UNCHANGED (es 92/107/127, en 107/127/134); indirect es 34/47/66
# (+1), en unchanged; roles es 80/92 unchanged, en 73/107 -> 87/107 (0.813: enroles' cues carry to unseen text).
# Third run (blind, counts only): main after session 19's merges (read13 and the lead's rules), 2026-12-02: unchanged
# (direct es 92/107/127, en 107/127/134; indirect es 34/47, en 61/82).
# The floors were the first run's exact ratios rounded down (92/107 = 0.8598 → 0.85). They ratchet: never lower one,
# except a role ratio that falls only because more speakers are right.
# Session 20 (spent, branch read14): its misses read, rules for their kinds (tests/test_quotes_rules20.py):
#   direct   es 0.860 / 0.724 (92/107/127) -> 0.926 / 0.787 (100/108/127); en 0.843 / 0.799 (107/127/134) -> 0.922 /
#   0.888 (119/129/134); indirect es 0.723 / 0.515 (34/47) -> 0.787 / 0.561 (37/47); en 0.744 / 0.642 (61/82) -> 0.783 /
#   0.684 (65/83); roles es 80/92 -> 84/100, en 87/107 -> 97/119. Not blind: these measure rules read from this set.
HELD_OUT14_FLOORS = {
    ("es", True): (0.92, 0.78),  # blind 0.860 / 0.724 (three runs); session 20 (spent) 0.926 / 0.787
    ("es", False): (0.78, 0.56),  # blind 0.717 / 0.500, 0.723 / 0.515; session 20 0.787 / 0.561
    ("en", True): (0.92, 0.88),  # blind 0.843 / 0.799 (three runs); session 20 0.922 / 0.888 (119/129)
    ("en", False): (0.78, 0.68),  # blind 0.744 / 0.642; session 20 0.783 / 0.684
}
# right roles / right direct speakers (first run 0.870, 0.682; second en 0.813). Session 20: es 84/100 = 0.840, lowered
# from 0.86 only because eight more speakers are right (right roles 80 -> 84); en 97/119 = 0.815.
# roles21 (session 21, role kinds of the spent sets): es 96/100 = 0.960, en 99/119 = 0.832
HELD_OUT14_ROLE_FLOORS = {"es": 0.96, "en": 0.83}

# Marks as published: «», “”, "", ‘’ (Crisol FM), mixed pairs (“..." in WAFB, the Dumbarton Reporter and the Diplomatic
# Journal; "...” in the last two), quotations closed by “ (Canal Tenis: 'sacarlo adelante“, analizó'), paragraphs left
# open (British style) and paragraphs whose opening mark the outlet lost (Teledoce, Zamora CF).
_OPENING, _CLOSING = "«“\"‘`”»'", "»”\"“’'″"


def test_fourteenth_held_out_annotations_are_well_formed():
    """Each quotation occurs in its excerpt where tests/quotes_eval.load will look for it (the first occurrence
    after the previous one of the same text and kind); a direct one sits between an opening mark (or the start of
    a paragraph whose opening mark the outlet lost) and a closing mark, ', ' (a closing mark the outlet lost) or the
    end of a paragraph left open; roles are known ones; ids are unique; no address is another data file's."""

    problems, counts, data = annotation_problems(HELD_OUT14, between_marks(_OPENING, _CLOSING))
    assert len({ex["id"] for ex in data["excerpts"]}) == len(data["excerpts"])
    assert problems == []
    assert counts == {("es", True): 127, ("es", False): 66, ("en", True): 134, ("en", False): 95}
    assert sum(ex["language"] == "es" for ex in data["excerpts"]) >= 33
    assert sum(ex["language"] == "en" for ex in data["excerpts"]) >= 30


@pytest.fixture(scope="module")
def held_out14():
    return run(HELD_OUT14)


@pytest.mark.parametrize("key", list(HELD_OUT14_FLOORS), ids=lambda k: f"{k[0]}-{'direct' if k[1] else 'indirect'}")
def test_fourteenth_held_out_precision_and_recall(held_out14, key):
    _check_precision_and_recall("held-out14", held_out14, key, HELD_OUT14_FLOORS)


@pytest.mark.parametrize("language", ["es", "en"])
def test_fourteenth_held_out_roles_of_right_speakers(held_out14, language):
    _check_roles("held-out14", held_out14, language, HELD_OUT14_ROLE_FLOORS)
