"""Quote attribution on the twelfth held-out set (tests/data/quotes_heldout12.json, issue #23).

73 real excerpts (42 Spanish, 31 English; 454 quotations: es 149 direct + 105 indirect, en 108 direct + 92 indirect),
from outlets and articles in no other data file, annotated by hand from the text alone and COMMITTED (with this test
and its provisional floors of 0.0) BEFORE the extractor ever ran on them. No rule or lexicon is changed for this set:
the first run is an honest, blind measure. Rules written afterwards may only come from KINDS of misses (rows and
negatives in tests/test_quotes.py), never from one sentence of this set; while it was in tests/quotes_eval.BLIND_NOW
its misses were never printed. Since session 17 it is SPENT: its misses are read to write rules for KINDS of them
(tests/test_quotes_rules17.py); its three blind runs stay recorded below.

Matching and scores: tests/quotes_eval.py (precision = right (quote, speaker) pairs / predicted statements,
recall = right pairs / gold statements). Floors ratchet: once measured they are the values reached; never lower
them. test_twelfth_held_out_annotations_are_well_formed checks the file itself and never runs the extractor.
"""

from __future__ import annotations

import pytest

from tests.quotes_eval import HELD_OUT12, annotation_problems, between_marks, run
from tests.test_quotes import _check_precision_and_recall, _check_roles

# Committed before the extractor ran (2088c9a, branch heldout12q, merged in cc419e8), with floors of 0.0; in
# tests/quotes_eval.BLIND_NOW, so its misses are never printed: it measures rules written without sight of it.
# First run (blind): main cc419e8, whose quote extractor is the session start's (c26dd96: no change to analysis/sources
# since), before branches q12es' and q12en's rules (written from the spent held-out11's misses) were merged,
# 2026-12-01 ~07:55 UTC (`python -m tests.quotes_eval heldout12`, no --misses):
#   direct   es precision 0.866 (110/127) recall 0.738 (110/149); en precision 0.899 (80/89) recall 0.741 (80/108)
#   indirect es precision 0.709 (61/86)   recall 0.581 (61/105);  en precision 0.700 (56/80) recall 0.609 (56/92)
#   roles of right direct speakers: es 80/110 (0.727), en 58/80 (0.725)
# (Held-out11's first run was es 0.767 / 0.595, en 0.845 / 0.731: blind sets of the same making differ by 0.1.)
# Second run (blind): main 67ff34b, after q12en's English and q12es' Spanish rules (from kinds of the spent held-out11's
# misses, which took held-out11 to en 0.991 / 0.958 and es 0.926 / 0.750), 2026-12-01 ~08:15 UTC:
#   direct   es UNCHANGED 0.866 / 0.738 (110/127/149); en 0.902 (83/92) / 0.769 (83/108): +3 right
#   indirect unchanged in both languages; roles es 80/110, en 59/83
# Rules fitted to one set's kinds moved unseen English a little and unseen Spanish not at all (as held-out11's second
# run showed last session).
# Third run (blind): main 05ff8b2 + later, after q13es' Spanish and q13en's English rules for kinds recurring in >= 3
# spent sets (pooled spent Spanish direct 1358 -> 1367 right, English 768 -> 788) and the lead's age-aside rule, found
# reading another real corpus (tests/data/sources_real.json: '“...,” Cardinal Kevin Farrell, 77, said'), 09:20 UTC:
#   direct es UNCHANGED 110/127/149; en 0.924 (85/92) / 0.787 (85/108): +2, both from the age-aside rule (q13en's and
#   q13es' rules moved nothing here); indirect unchanged; roles es 80/110, en 61/85
# The floors are the first run's values, rounded down, raised with the second run's. They ratchet: never lower one,
# except a role ratio that falls only because more speakers are right (en: 58/80 -> 59/83, right roles rose).
# SPENT since session 17 (read12): its misses were read and rules written for kinds of them
# (tests/test_quotes_rules17.py), 2026-12-01 18:51 UTC: direct es 0.909 (120/132) / 0.805 (120/149), en 0.971 (99/102)
# / 0.917 (99/108); indirect es 0.713 (62/87) / 0.590 (62/105), en unchanged; roles es 92/120, en 72/99. No longer a
# blind measure: held-out13 is.
HELD_OUT12_FLOORS = {
    ("es", True): (0.90, 0.81),  # blind runs 0.866 / 0.738 (three); read12 (spent) 0.909 / 0.805; read16 0.910 / 0.812
    ("es", False): (0.71, 0.60),  # blind 0.709 / 0.581; read12 0.713 / 0.590; read16 0.716 / 0.600 (63/88, 63/105)
    ("en", True): (0.99, 0.93),  # first run 0.899 / 0.741; second 0.902 / 0.769; third 0.924 / 0.787; read12 0.971 / 0.917;
    # 0.990 / 0.935 (101/102, 101/108) with session 20's "A hospital spokesperson said" (tests/test_quotes_rules20.py)
    ("en", False): (0.76, 0.66),  # 0.713 / 0.620 (57/80, 57/92) with "told AFP that" (session 18); 0.722 / 0.620
    # (57/79) with session 20's lead rules; 0.725 / 0.630 (58/80) with session 20's "A spokesperson" (read14) too;
    # 0.762 / 0.663 (61/80, 61/92) with read25's possessive mention resolved to its person (session 28)
}
# roles21 (session 21, role kinds of the spent sets): es 104/120 = 0.867, en 82/101 = 0.812
HELD_OUT12_ROLE_FLOORS = {"es": 0.88, "en": 0.83}  # roles22: es 107/121, en 84/101;  # right roles / right direct speakers (first run 0.727, 0.725;  # roles16 (session 16) raised right roles
# second en 59/83 = 0.711: three more right speakers, one more right role; read12: es 92/120 = 0.767, en 72/99 = 0.727;
# with enroles merged (session 17): en 78/99 = 0.788; session 20: en 78/101 = 0.772, lowered to 0.77 only because two
# more speakers are right ("A hospital spokesperson", whose role the set annotates otherwise), right roles unchanged)

# Marks as published: «», “”, "", ‘’, single straight quotes (El Bocón), reversed guillemets and mixed pairs
# (Proceso Digital's '» ...»' and '“...»'), a quotation opened with ” (The Guardian of Nigeria), one closed by a double
# prime ″ (La Nación of Paraguay) or by “ (The Media Times), paragraphs left open (British style), a stray mark inside a
# quotation (Espectador.com), and a paragraph-initial quotation whose opening mark the outlet lost, closed by ”
# (Imagen Informativa).
_OPENING, _CLOSING = "«“\"‘`”»'", "»”\"“’'″"


def test_twelfth_held_out_annotations_are_well_formed():
    """Each quotation occurs in its excerpt where tests/quotes_eval.load will look for it (the first occurrence
    after the previous one of the same text and kind); a direct one sits between an opening mark (or the start of
    a paragraph whose opening mark the outlet lost) and a closing mark, ', ' (a closing mark the outlet lost) or the
    end of a paragraph left open; roles are known ones; ids are unique; no address is another data file's."""

    problems, counts, data = annotation_problems(HELD_OUT12, between_marks(_OPENING, _CLOSING))
    assert len({ex["id"] for ex in data["excerpts"]}) == len(data["excerpts"])
    assert problems == []
    assert counts == {("es", True): 149, ("es", False): 105, ("en", True): 108, ("en", False): 92}
    assert sum(ex["language"] == "es" for ex in data["excerpts"]) >= 40
    assert sum(ex["language"] == "en" for ex in data["excerpts"]) >= 30


@pytest.fixture(scope="module")
def held_out12():
    return run(HELD_OUT12)


@pytest.mark.parametrize("key", list(HELD_OUT12_FLOORS), ids=lambda k: f"{k[0]}-{'direct' if k[1] else 'indirect'}")
def test_twelfth_held_out_precision_and_recall(held_out12, key):
    _check_precision_and_recall("held-out12", held_out12, key, HELD_OUT12_FLOORS)


@pytest.mark.parametrize("language", ["es", "en"])
def test_twelfth_held_out_roles_of_right_speakers(held_out12, language):
    _check_roles("held-out12", held_out12, language, HELD_OUT12_ROLE_FLOORS)
