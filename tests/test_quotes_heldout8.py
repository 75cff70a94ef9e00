"""Quote attribution on the eighth held-out set (tests/data/quotes_heldout8.json, issue #23).

74 real excerpts (56 Spanish, 18 English; 431 quotations: es 214 direct + 116 indirect, en 65 direct + 36
indirect) from outlets and articles in no other data file, annotated by hand from the text alone and COMMITTED
(with this test and its provisional floors of 0.0) BEFORE the extractor ever ran on them, and before branch
q8rules' Spanish quote rules were merged. No rule or lexicon is changed for this set: the first run is an honest,
blind measure. Rules written afterwards may only come from KINDS of misses (rows and negatives in
tests/test_quotes.py), never from one sentence of this set.

Matching and scores: tests/quotes_eval.py (precision = right (quote, speaker) pairs / predicted statements,
recall = right pairs / gold statements). Floors ratchet: once measured they are the values reached; never lower
them. test_eighth_held_out_annotations_are_well_formed checks the file itself and never runs the extractor.
"""

from __future__ import annotations

import pytest

from tests.quotes_eval import HELD_OUT8, annotation_problems, between_marks, run
from tests.test_quotes import _check_precision_and_recall, _check_roles

# First run (blind): the set and this test were committed in 272c490 with floors of 0.0, before the extractor ever
# ran on them; the run was on main f0474c1 (= e9e21ca's extractor with this set merged, no change to analysis/), before
# q8rules' rules were merged, 2026-11-30 20:02 UTC.
#   direct   es precision 0.855 (159/186) recall 0.743 (159/214); en precision 0.780 (46/59 = 0.7797) recall 0.708 (46/65)
#   indirect es precision 0.730 (73/100) recall 0.629 (73/116); en precision 0.561 (23/41) recall 0.639 (23/36)
#   roles of right direct speakers: es 121/159 (0.761), en 34/46 (0.739)
# Issue #23's target for direct speakers (>= 0.90 precision, >= 0.80 recall) is NOT met blind, in either language.
# The floors were 0.0 (provisional) when the set was committed; they are now the first run's values, rounded down.
# Second run, main 5ca2869 (q8rules' first pieces, 1-1j, written without sight of this set, and qdirect's first pieces),
# 2026-11-30 20:40 UTC: direct es 0.860 (160/186) / 0.748 (160/214), en unchanged 0.780 / 0.708; indirect unchanged
# (es 0.730 / 0.629, en 0.561 / 0.639); roles es 122/160 (0.762), en unchanged 34/46. Floors raised where they rose.
# Third run, main ca0d60e (q8rules merged whole, qnames, qdirect), 2026-11-30 21:26 UTC: every score as on 5ca2869.
# The misses were not listed while this set was blind. Since session 12 it is spent: q9rules grouped its misses by
# KIND with those of held-out3-7 and wrote rules for the kinds (tests/test_quotes_rules9.py); the floors below rose.
HELD_OUT8_FLOORS = {
    # es direct: first run 0.855 / 0.743; 0.860 / 0.748 on 5ca2869; 0.878 / 0.771 (165/188,
    # 165/214) with q9rules (session 12: rules from KINDS of this set's misses, once spent; not blind); 0.882 / 0.804
    # (172/195, 172/214) with q10rules (session 13); 0.884 / 0.818 (175/198, 175/214) with qembed (session 13);
    # 0.905 / 0.841 (180/199, 180/214) with q11es (session 14); 0.915 / 0.850 (182/199, 182/214) with q12es (session 15)
    ("es", True): (0.95, 0.88),  # 0.9397 / 0.874 (187/199, 187/214) with q13es (a country is no speaker); 0.950 / 0.888
    # (190/200, 190/214) with read19's verbs (session 24: "lanzó su interrogante: «...»")
    ("es", False): (0.74, 0.65),  # first run 0.730 / 0.629; 0.740 / 0.638 with q10rules; 0.743 / 0.647 with q12es;
    # 0.745 / 0.655 (76/102, 76/116) with read12 (session 17: 'Conde aseguro que', an accentless preterite)
    # 0.950 / 0.877 (57/60, 57/65) with q11en (session 14: rules for kinds of English misses, tests/test_quotes_rules11.py)
    # 0.952 / 0.923 (60/63, 60/65) with q12en (session 15: tests/test_quotes_rules12en.py)
    # 0.968 / 0.938 (61/63, 61/65) with q13en (session 15: '“...,” said one neighbor', frames._someone_unnamed)
    ("en", True): (0.96, 0.93),  # first run 0.7797 / 0.708; 0.915 / 0.831 (54/59, 54/65) with q9rules (not blind)
    # 0.632 / 0.667 (24/38, 24/36) with q11en (session 14: rules for kinds of English misses, tests/test_quotes_rules11.py)
    # 0.684 / 0.722 (26/38, 26/36) with q12en (session 15: "reaffirmed", single straight marks)
    # 0.703 / 0.722 (26/37, 26/36) with q12en ("World Health Organisation" whole, names._trim)
    ("en", False): (0.70, 0.72),  # first run 0.561 / 0.639; 0.585 / 0.667 with q9rules
}
# q11en (session 14): en 52/57 = 0.912, the roles of right English speakers (lexicon cues, tests/test_quotes_rules11.py)
# es 148/187 = 0.791 with q13es (session 15)
# roles17 (session 17) raised en right roles to 57/61 = 0.934
HELD_OUT8_ROLE_FLOORS = {"es": 0.84, "en": 0.96}  # roles22: es 160/189, en 59/61;  # right roles / right direct speakers (first run 0.761, 0.739;  # roles16 (session 16) raised right roles
# es 0.762 on 5ca2869; es 127/165 = 0.7697, en 41/54 = 0.759 with q9rules; es 134/172 = 0.779 with q10rules; es 137/175 = 0.783 with qembed)

# Marks as published: ‘ opens inside " in Página/12's copy ("‘No, yo no voy a ir con vos’"), ' opens and closes in
# Diario de Cuyo's and the Express & Star's, ’’ closes in Political Economist's, « typed for » closes in Atardecer's
# («operativamente desarticuladas«), a space may stand inside a closing mark ('Cámara ”').
_OPENING, _CLOSING = "«“\"‘'", "»”\"’'«"


def test_eighth_held_out_annotations_are_well_formed():
    """Each quotation occurs in its excerpt where tests/quotes_eval.load will look for it (the first occurrence
    after the previous one of the same text and kind); a direct one sits between an opening mark (or the start of
    a paragraph whose opening mark the outlet lost) and a closing mark or the end of a paragraph left open; roles are
    known ones; ids are unique; no address is another data file's."""

    problems, counts, data = annotation_problems(HELD_OUT8, between_marks(_OPENING, _CLOSING))
    assert len({ex["id"] for ex in data["excerpts"]}) == len(data["excerpts"])
    assert problems == []
    assert counts == {("es", True): 214, ("es", False): 116, ("en", True): 65, ("en", False): 36}
    assert sum(ex["language"] == "es" for ex in data["excerpts"]) >= 45
    assert sum(ex["language"] == "en" for ex in data["excerpts"]) >= 15


@pytest.fixture(scope="module")
def held_out8():
    return run(HELD_OUT8)


@pytest.mark.parametrize("key", list(HELD_OUT8_FLOORS), ids=lambda k: f"{k[0]}-{'direct' if k[1] else 'indirect'}")
def test_eighth_held_out_precision_and_recall(held_out8, key):
    _check_precision_and_recall("held-out8", held_out8, key, HELD_OUT8_FLOORS)


@pytest.mark.parametrize("language", ["es", "en"])
def test_eighth_held_out_roles_of_right_speakers(held_out8, language):
    _check_roles("held-out8", held_out8, language, HELD_OUT8_ROLE_FLOORS)
