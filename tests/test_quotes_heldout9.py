"""Quote attribution on the ninth held-out set (tests/data/quotes_heldout9.json, issue #23).

73 real excerpts (53 Spanish, 20 English; 424 quotations: es 171 direct + 126 indirect, en 71 direct + 56
indirect) from outlets and articles in no other data file, annotated by hand from the text alone and COMMITTED (with
this test and its provisional floors of 0.0) BEFORE the extractor ever ran on them, and before branch q9rules' quote
rules were merged. No rule or lexicon is changed for this set: the first run is an honest, blind measure. Rules
written afterwards may only come from KINDS of misses (rows and negatives in tests/test_quotes.py), never from one
sentence of this set.

Matching and scores: tests/quotes_eval.py (precision = right (quote, speaker) pairs / predicted statements,
recall = right pairs / gold statements). Floors ratchet: once measured they are the values reached; never lower
them. test_ninth_held_out_annotations_are_well_formed checks the file itself and never runs the extractor.
"""

from __future__ import annotations

import pytest

from tests.quotes_eval import HELD_OUT9, annotation_problems, between_marks, run
from tests.test_quotes import _check_precision_and_recall, _check_roles

# Committed before the extractor ran (blind for session 12's rules). Since session 13 it is spent as a blind set:
# tests/quotes_eval.py prints its misses, and rules are written from KINDS of them (tests/test_quotes_rules10.py).

# First run (blind): the set and this test were committed in 2536708 with floors of 0.0, before the extractor ever
# ran on them; the run was on branch heldout9q at 2536708 (= main e0925ea's extractor, no change to analysis/), before
# q9rules' rules were merged, 2026-11-30 22:45 UTC:
#   direct   es precision 0.837 (123/147) recall 0.719 (123/171); en precision 0.855 (53/62) recall 0.746 (53/71)
#   indirect es precision 0.849 (90/106) recall 0.714 (90/126); en precision 0.661 (37/56) recall 0.661 (37/56)
#   roles of right direct speakers: es 99/123 (0.805), en 35/53 (0.660)
# Issue #23's target for direct speakers (>= 0.90 precision, >= 0.80 recall) is NOT met blind, in either language.
# The misses are not listed here: this set measures other branches' rules honestly, so its misses are not shared.
# Second run, main f41d645 (q9rules merged: rules from KINDS of held-out3-8 misses, written without sight of this set;
# health12), 2026-11-30 23:50 UTC: direct es unchanged 0.837 (123/147) / 0.719 (123/171); en 0.919 (57/62) / 0.803
# (57/71), up from 0.855 / 0.746: issue #23's target is met blind for English direct speakers, not for Spanish.
# Indirect unchanged (es 0.849 / 0.714, en 0.661 / 0.661); roles es 99/123, en 39/57 (0.684). Floors raised where
# they rose.
# The floors were 0.0 (provisional) when the set was committed; at its merge into main (bd20731) they became the
# first run's values, rounded down. They ratchet: never lower one.
HELD_OUT9_FLOORS = {
    ("es", True): (0.89, 0.78),  # first run 0.837 / 0.719; 0.871 / 0.749 (128/147, 128/171) with q10rules (session
    # 13: rules from KINDS of this set's misses, once spent; not blind); 0.872 / 0.754 (129/148, 129/171) with qembed;
    # 0.886 / 0.772 (132/149, 132/171) with q11es (session 14); 0.893 / 0.778 (133/149, 133/171) with q12es (session 15);
    # 0.893 / 0.784 (134/150, 134/171) with session 19's ” opening a sentence (tests/test_quotes_rules19.py)
    ("es", False): (0.87, 0.75),  # 0.870 / 0.746 (94/108, 94/126) with q13es (session 15); 0.880 / 0.754 (95/108,
    # 95/126) with session 19's acting office's mark ("el fiscal regional (s) Francisco Jacir")
    # first run 0.849 / 0.714; 0.858 / 0.722 with q10rules; 0.860 / 0.730 with a date before "que"; 0.869 / 0.738 with q11es
    # 0.921 / 0.817 (58/63, 58/71) with q11en (session 14: rules for kinds of English misses, tests/test_quotes_rules11.py)
    # 0.922 / 0.831 (59/64, 59/71) with q13en (session 15: participles of saying, participles.py)
    # 0.953 / 0.859 (61/64, 61/71) with q13en ('“...,” a social media user wrote', frames._someone_unnamed)
    # 0.954 / 0.873 (62/65, 62/71) with a participle's semicolon ("is quoted as saying; “...”", q13en)
    ("en", True): (0.95, 0.87),  # first run 0.855 / 0.746; 0.919 / 0.803 on f41d645
    # 0.769 / 0.714 (40/52, 40/56) with q11en (session 14: rules for kinds of English misses, tests/test_quotes_rules11.py)
    ("en", False): (0.76, 0.71),  # first run 0.661 / 0.661; 0.696 / 0.696 with q10rules (surname particles)
}
# q11en (session 14): en 52/58 = 0.897, the roles of right English speakers (lexicon cues, tests/test_quotes_rules11.py)
# roles17 (session 17) raised en right roles to 59/62 = 0.952
# roles21 (session 21, role kinds of the spent sets): es 122/135 = 0.904
HELD_OUT9_ROLE_FLOORS = {"es": 0.94, "en": 0.95}  # roles22: es 128/135;  # right roles / right direct speakers (first run 0.805, 0.660;  # roles16 (session 16) raised right roles
# en 0.684 on f41d645; es 104/128 = 0.8125 with q10rules)

# Marks as published: ” typed for an opening mark in El Espectador's copy (”Es hermoso ...”), « typed for a closing »
# in Noticias SIN's («... 690 detenidos«), single marks '...' nested in "..." in India Today's ("'The government is
# not running ...' DM ..."), a closing mark lost before ', resaltó' (EFEAgro) and an opening mark lost at the start
# of an excerpt that begins mid-article (Pico Truncado).
_OPENING, _CLOSING = "«“”\"‘'", "»”\"’'«"


def test_ninth_held_out_annotations_are_well_formed():
    """Each quotation occurs in its excerpt where tests/quotes_eval.load will look for it (the first occurrence
    after the previous one of the same text and kind); a direct one sits between an opening mark (or the start of
    a paragraph whose opening mark the outlet lost) and a closing mark, ', ' (a closing mark the outlet lost) or the
    end of a paragraph left open; roles are known ones; ids are unique; no address is another data file's."""

    problems, counts, data = annotation_problems(HELD_OUT9, between_marks(_OPENING, _CLOSING))
    assert len({ex["id"] for ex in data["excerpts"]}) == len(data["excerpts"])
    assert problems == []
    assert counts == {("es", True): 171, ("es", False): 126, ("en", True): 71, ("en", False): 56}
    assert sum(ex["language"] == "es" for ex in data["excerpts"]) >= 50
    assert sum(ex["language"] == "en" for ex in data["excerpts"]) >= 18


@pytest.fixture(scope="module")
def held_out9():
    return run(HELD_OUT9)


@pytest.mark.parametrize("key", list(HELD_OUT9_FLOORS), ids=lambda k: f"{k[0]}-{'direct' if k[1] else 'indirect'}")
def test_ninth_held_out_precision_and_recall(held_out9, key):
    _check_precision_and_recall("held-out9", held_out9, key, HELD_OUT9_FLOORS)


@pytest.mark.parametrize("language", ["es", "en"])
def test_ninth_held_out_roles_of_right_speakers(held_out9, language):
    _check_roles("held-out9", held_out9, language, HELD_OUT9_ROLE_FLOORS)
