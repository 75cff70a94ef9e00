"""Quote attribution on the tenth held-out set (tests/data/quotes_heldout10.json, issue #23).

73 real excerpts (57 Spanish, 16 English; 453 quotations: es 208 direct + 146 indirect, en 56 direct + 43
indirect) from outlets and articles in no other data file, annotated by hand from the text alone and COMMITTED (with
this test and its provisional floors of 0.0) BEFORE the extractor ever ran on them, and before branch q10rules' quote
rules were merged. No rule or lexicon is changed for this set: the first run is an honest, blind measure. Rules
written afterwards may only come from KINDS of misses (rows and negatives in tests/test_quotes.py), never from one
sentence of this set.

Matching and scores: tests/quotes_eval.py (precision = right (quote, speaker) pairs / predicted statements,
recall = right pairs / gold statements). Floors ratchet: once measured they are the values reached; never lower
them. test_tenth_held_out_annotations_are_well_formed checks the file itself and never runs the extractor.
"""

from __future__ import annotations

import pytest

from tests.quotes_eval import HELD_OUT10, annotation_problems, between_marks, run
from tests.test_quotes import _check_precision_and_recall, _check_roles

# Committed before the extractor ran and measured blind three times (below); spent since session 14, when its misses
# may be read to write rules for KINDS of them, as held-out3-9's were (tests/quotes_eval.py: no longer in BLIND_NOW).

# First run (blind): the set and this test were committed in d559caf with floors of 0.0, before the extractor ever
# ran on them; the run was on branch heldout10q at d559caf (= main 7646aa5's extractor, no change to analysis/), before
# q10rules' rules were merged, 2026-12-01 01:48 UTC:
#   direct   es precision 0.784 (145/185) recall 0.697 (145/208); en precision 0.839 (47/56) recall 0.839 (47/56)
#   indirect es precision 0.600 (69/115) recall 0.473 (69/146); en precision 0.432 (19/44) recall 0.442 (19/43)
#   roles of right direct speakers: es 123/145 (0.848), en 27/47 (0.574)
# Issue #23's target for direct speakers (>= 0.90 precision, >= 0.80 recall) is NOT met blind, in either language.
# The misses are not listed here: this set measures other branches' rules honestly, so its misses are not shared.
# Second run, main 03d22b9 (q10rules merged: Spanish rules from KINDS of held-out3-9 misses, written without sight of
# this set), 2026-12-01 02:20 UTC: every score unchanged.
# Third run, main 040c13f (qembed merged: Spanish quotations in sentences no verb reports, from KINDS of the spent
# sets' misses, written without sight of this set), 2026-12-01 02:48 UTC: direct es 0.783 (148/189) / 0.712
# (148/208), up from 0.784 / 0.697 (three more right, four more predicted); roles es 126/148 (0.851); the rest
# unchanged. Spanish direct speakers stay far from the target blind; English precision (0.839) is under it too,
# though held-out9 met it blind for English (0.919 / 0.803). The es direct recall floor raised.
# The floors were 0.0 (provisional) when the set was committed; they are now the first run's values, rounded down.
# They ratchet: never lower one.
HELD_OUT10_FLOORS = {
    ("es", True): (0.91, 0.83),  # read23 (session 26): 174/191/208; 0.906 / 0.832 (173/191, 173/208) with read15 (session 20); first run 0.784 / 0.697; third (qembed) 0.783 / 0.712; 0.885 / 0.812 (169/191,
    # 169/208) with q11es (session 14: rules from KINDS of this set's misses, once spent; not blind); 0.890 / 0.817
    # (170/191, 170/208) with a territory's name no speaker (tests/test_quotes_territory.py); 0.891 / 0.822
    # (171/192, 171/208) with q12en (session 15: a quotation opened inside its line, quote_marks._left_open)
    ("es", False): (0.68, 0.56),  # 0.689 / 0.562 (82/119, 82/146) with read20 (session 24); 0.661 / 0.534 (78/118, 78/146) with read16 (session 21); 0.644 / 0.521 (76/118, 76/146) with q13es (session 15)
    # first run 0.600 / 0.473; 0.603 / 0.479 with a date before "que" (blind: written from the seeds); 0.638 / 0.507 with q11es
    # 0.641 / 0.514 (75/117, 75/146) with q12es (session 15)
    # 0.857 / 0.857 (48/56, 48/56) with q11en (session 14: rules for kinds of English misses, tests/test_quotes_rules11.py)
    # 0.929 / 0.929 (52/56, 52/56) with q13en (session 15: '“...,” a senior police officer told NAN', frames._someone_unnamed)
    ("en", True): (0.92, 0.92),  # first run 0.839 / 0.839
    # 0.524 / 0.512 (22/42, 22/43) with q11en (session 14: rules for kinds of English misses, tests/test_quotes_rules11.py)
    ("en", False): (0.6, 0.58),  # read23 (session 26): 25/41/43; first run 0.432 / 0.442; 0.548 / 0.535 (23/42, 23/43) with "told AFP that" (s18)
    # 0.585 / 0.558 (24/41, 24/43) with read17 (session 23: "their links appeared to come from Nepal and Bangladesh,
    # but added they were ..." ends before the next statement, tests/test_quotes_read17.py)
}
# q11en (session 14): en 42/48 = 0.875, the roles of right English speakers (lexicon cues, tests/test_quotes_rules11.py)
# roles17 (session 17) raised en right roles to 48/52 = 0.923
# roles21 (session 21, role kinds of the spent sets): es 161/173 = 0.931
HELD_OUT10_ROLE_FLOORS = {"es": 0.93, "en": 0.92}  # session 18 (a family a group and a witness cue): es 157/172;  # right roles / right direct speakers (first run 0.848, 0.574;  # roles16 (session 16) raised right roles
# es 144/169 = 0.852 with q11es)

# Marks as published: «», “”, "" and mixed pairs (Cine y Teatro's «...”, Antena 2's "...” and “..."), a closing
# mark lost before ', afirmó' (A24) and a paragraph opened and never closed (El Mañana).
_OPENING, _CLOSING = '«“"', '»”"'


def test_tenth_held_out_annotations_are_well_formed():
    """Each quotation occurs in its excerpt where tests/quotes_eval.load will look for it (the first occurrence
    after the previous one of the same text and kind); a direct one sits between an opening mark (or the start of
    a paragraph whose opening mark the outlet lost) and a closing mark, ', ' (a closing mark the outlet lost) or the
    end of a paragraph left open; roles are known ones; ids are unique; no address is another data file's."""

    problems, counts, data = annotation_problems(HELD_OUT10, between_marks(_OPENING, _CLOSING))
    assert len({ex["id"] for ex in data["excerpts"]}) == len(data["excerpts"])
    assert problems == []
    assert counts == {("es", True): 208, ("es", False): 146, ("en", True): 56, ("en", False): 43}
    assert sum(ex["language"] == "es" for ex in data["excerpts"]) >= 55
    assert sum(ex["language"] == "en" for ex in data["excerpts"]) >= 15


@pytest.fixture(scope="module")
def held_out10():
    return run(HELD_OUT10)


@pytest.mark.parametrize("key", list(HELD_OUT10_FLOORS), ids=lambda k: f"{k[0]}-{'direct' if k[1] else 'indirect'}")
def test_tenth_held_out_precision_and_recall(held_out10, key):
    _check_precision_and_recall("held-out10", held_out10, key, HELD_OUT10_FLOORS)


@pytest.mark.parametrize("language", ["es", "en"])
def test_tenth_held_out_roles_of_right_speakers(held_out10, language):
    _check_roles("held-out10", held_out10, language, HELD_OUT10_ROLE_FLOORS)
