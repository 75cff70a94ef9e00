"""Quote attribution on the thirteenth held-out set (tests/data/quotes_heldout13.json, issue #23).

70 real excerpts (36 Spanish, 34 English; 421 quotations: es 126 direct + 86 indirect, en 112 direct + 97 indirect),
from outlets and articles in no other data file, mostly of 2023-2025, annotated by hand from the text alone and
COMMITTED (ecaac1a, the data file alone) BEFORE the extractor ever ran on them. No rule or lexicon is changed for this
set: the first run is an honest, blind measure. It had three blind runs (sessions 16-18) and is SPENT since session 19:
out of tests/quotes_eval.BLIND_NOW, its misses printed and grouped into KINDS of construction, rules written for the
kinds (tests/test_quotes_rules19.py: made-up rows, negatives and the real sentences), never for one sentence.

Matching and scores: tests/quotes_eval.py (precision = right (quote, speaker) pairs / predicted statements,
recall = right pairs / gold statements). Floors ratchet: once measured they are the values reached; never lower
them. test_thirteenth_held_out_annotations_are_well_formed checks the file itself and never runs the extractor.
"""

from __future__ import annotations

import pytest

from tests.quotes_eval import HELD_OUT13, annotation_problems, between_marks, run
from tests.test_quotes import _check_precision_and_recall, _check_roles

# Committed before the extractor ran (ecaac1a, branch heldout13q), then added to tests/quotes_eval.SETS and BLIND_NOW
# (8ea75d4), so its misses are never printed: it measures rules written without sight of it.
# First run (blind): branch heldout13q on main 3c9404c, 2026-12-01 ~11:27 UTC (`python -m tests.quotes_eval heldout13`,
# no --misses), and the same counts again after merging main edb65fb (sources: a title's place cut from the name run,
# spellings alike but for case/accents/hyphens made one speaker):
#   direct   es precision 0.845 (98/116) recall 0.784 (98/125);  en precision 0.876 (92/105) recall 0.821 (92/112)
#   indirect es precision 0.686 (48/70)  recall 0.558 (48/86);   en precision 0.584 (52/89)  recall 0.536 (52/97)
#   roles of right direct speakers: es 90/98 (0.918), en 52/92 (0.565)
# (Held-out12's first run was direct es 0.866 / 0.738, en 0.899 / 0.741: blind sets of the same making differ by ~0.05.)
# The floors are the first run's values, rounded down. They ratchet: never lower one, except a role ratio that falls
# only because more speakers are right.
# Session 19 (spent): its misses read, rules for their kinds (tests/test_quotes_rules19.py), and one gold fix: a direct
# quotation left unannotated ('“no pasa nada”', las autoridades consultadas en el nosocomio; es direct gold 125 -> 126):
#   direct   es 0.853 / 0.792 (99/116/125) -> 0.974 / 0.881 (111/114/126); en 0.905 / 0.848 (95/105/112) -> 0.935 /
#   0.902 (101/108/112); indirect es 0.686 / 0.558 (48/70) -> 0.779 / 0.616 (53/68); en 0.614 / 0.557 (54/88) -> 0.640
#   / 0.588 (57/89); roles es 91/99 -> 103/111, en 56/95 -> 59/101. Not blind: these measure rules read from this set.
HELD_OUT13_FLOORS = {
    ("es", True): (0.98, 0.91),  # 0.983 / 0.913 (115/117, 115/126) with read20 (session 24); first run 0.845 / 0.784; 0.853 / 0.792 (99/116, 99/125) with session 18's ranks;
    # 0.974 / 0.881 (111/114, 111/126) with session 19's kinds (spent)
    ("es", False): (0.81, 0.65),  # 0.812 / 0.651 (56/69, 56/86) with read20 (session 24); 0.779 / 0.616 (53/68, 53/86) with session 19's kinds
    ("en", True): (0.93, 0.90),  # first run 0.876 / 0.821; 0.905 / 0.848 (95/105, 95/112) with session 18's name runs
    # (tests/test_quotes_rules18.py: "Sean Spicer", "Capt." and a short surname ending a sentence; still blind);
    # 0.934 / 0.884 (99/106, 99/112) with session 19's kinds (spent); 0.935 / 0.893 (100/107, 100/112) with the
    # earlier verb of the clause ("He said winds ... predicted for Friday could “...”"); 0.935 / 0.902 (101/108, 101/112)
    # with the dash aside ("Henry Cator, from ... - made up of ... - said")
    ("en", False): (0.67, 0.61),  # 0.596 / 0.546 (53/89, 53/97) with session 18's name runs; 0.614 / 0.557 (54/88,
    # 54/97) with "told AFP that" (tests/test_quotes_rules18.py); 0.636 / 0.577 (56/88, 56/97) with session 19's kinds;
    # 0.640 / 0.588 (57/89, 57/97) with the dash aside; 0.674 / 0.619 (60/89, 60/97) with read19's located names
    # (session 24: "the Northeast Monsoon" is no one "he" stands for)
}
# roles17 (session 17) raised en right roles to 56/92 = 0.609; session 18's name runs to 59/95 = 0.621; then session
# 18's "told AFP that" rule (an English audience after "told" is no indirect statement's speaker: indirect en 53 -> 54
# right, 89 -> 88 predicted here, better in five spent sets) moved three right speakers' roles: 56/95 = 0.589. Not
# read (blind); the floor lowered to what it is, the fall recorded.
# roles21 (session 21, role kinds of the spent sets): es 109/112 = 0.973, en 72/101 = 0.713
HELD_OUT13_ROLE_FLOORS = {"es": 0.97, "en": 0.71}  # session 19: es 103/111 = 0.928; en 59/99 = 0.596, then 59/101 =
# 0.584 only because two more speakers are right (the earlier verb of the clause, the dash aside): lowered for that  # right roles / right direct speakers (first run 0.918, 0.565)  # roles16 (session 16) raised right roles

# Marks as published: «», “”, "", ‘’, mixed pairs ("...” in Infobae's EFE copy, "... , ” in BBC News), a quotation
# closed by a double prime ″ (Primera Hora), one closed by “ (The Sun of Malaysia: 'this year,“ he said'), one opened
# with ” (Dayton Daily News: '”Why would I? ...'), a space before a closing mark (Gestión: 'Interior” , señaló') and
# paragraphs left open (British style).
_OPENING, _CLOSING = "«“\"‘`”»'", "»”\"“’'″"


def test_thirteenth_held_out_annotations_are_well_formed():
    """Each quotation occurs in its excerpt where tests/quotes_eval.load will look for it (the first occurrence
    after the previous one of the same text and kind); a direct one sits between an opening mark (or the start of
    a paragraph whose opening mark the outlet lost) and a closing mark, ', ' (a closing mark the outlet lost) or the
    end of a paragraph left open; roles are known ones; ids are unique; no address is another data file's."""

    problems, counts, data = annotation_problems(HELD_OUT13, between_marks(_OPENING, _CLOSING))
    assert len({ex["id"] for ex in data["excerpts"]}) == len(data["excerpts"])
    assert problems == []
    assert counts == {("es", True): 126, ("es", False): 86, ("en", True): 112, ("en", False): 97}  # es direct 125 until
    # session 19's gold fix ('“no pasa nada”', left unannotated)
    assert sum(ex["language"] == "es" for ex in data["excerpts"]) >= 36
    assert sum(ex["language"] == "en" for ex in data["excerpts"]) >= 34


@pytest.fixture(scope="module")
def held_out13():
    return run(HELD_OUT13)


@pytest.mark.parametrize("key", list(HELD_OUT13_FLOORS), ids=lambda k: f"{k[0]}-{'direct' if k[1] else 'indirect'}")
def test_thirteenth_held_out_precision_and_recall(held_out13, key):
    _check_precision_and_recall("held-out13", held_out13, key, HELD_OUT13_FLOORS)


@pytest.mark.parametrize("language", ["es", "en"])
def test_thirteenth_held_out_roles_of_right_speakers(held_out13, language):
    _check_roles("held-out13", held_out13, language, HELD_OUT13_ROLE_FLOORS)
