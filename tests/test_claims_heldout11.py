"""Casualty claims on an ELEVENTH held-out set, ``tests/data/claims_heldout11.json`` (branch claims11, session 24).

32 real article excerpts (16 Spanish, 16 English) of 5 deadly events in no data file of tests/data, with 224 tolls
(111 es, 113 en) annotated by hand from the text alone under the conventions of ``claims_heldout10.json``,
``claims_heldout9.json`` and ``claims_dev.json`` (its ``about`` and ``place_convention``): the Ethiopian Airlines ET302
crash (near Bishoftu, 2019), the Tianjin port explosions (China, 2015), the Brussels bombings (Zaventem and Maelbeek,
2016), the Indian Ocean tsunami (2004-2005, country by country) and Hurricane Harvey (Texas, 2017). The data file was
committed ALONE (f63acee, "annotated before the reader ran") before this module and before the reader ever ran on it.

Scored as ``tests/test_claims_dev.py`` scores every claims set (its match rule and place rule, ``_score``). Its misses
are not read while it is the blind measure, only its numbers (``tests/claims_eval.py`` refuses it: not in ``SPENT``).
First run (blind; run once, 2026-12-03 09:33 UTC, from branch claims11 at 443f55b, which changes no reader code: the
reader of main aaf4c63, the branch's base; counts only, no miss printed):

==========  ==================================================
held-out11  first run (blind)
==========  ==================================================
es (111)    P 0.891  R 0.739  place 0.557 (92 found, 82 right, place of 79: 44, +6 contained)
en (113)    P 0.886  R 0.619  place 0.672 (79 found, 70 right, place of 67: 45, +11 contained)
all (224)   P 0.889  R 0.679  place 0.610 (171 found, 152 right, place of 146: 89, +17 contained)
==========  ==================================================

Second run (blind, counts only; 2026-12-03 09:50 UTC, branch claims11 at f2dcc23, after its rules from the spent
held-out10's errors, tests/test_claims_read10.py): es P 0.901 R 0.739 place 0.620 (91 found, 82 right, place of 79: 49,
+7 contained), en P 0.886 R 0.619 place 0.687 (79 found, 70 right, place of 67: 46, +11 contained). No miss read.

Last blind run (counts only; 2026-12-03 13:02 UTC, main 6a0cc1b, after every rule of session 24): es P 0.902 R 0.748
place 0.620 (92 found, 83 right, place of 79: 49, +7 contained), en P 0.886 R 0.619 place 0.687 (79 found, 70 right,
place of 67: 46, +11 contained). SPENT since session 25 (tests/claims_eval.SPENT): its errors may now be read to write
rules for KINDS of them; it no longer measures rules written without sight of it.

The floors are the first run rounded down; they are ratchets: raise them when the reader improves, never lower them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_claims_dev import (
    BLIND,
    DEV,
    DEV_MORE,
    HELDOUT,
    HELDOUT3,
    HELDOUT4,
    HELDOUT5,
    HELDOUT6,
    _check_heldout_set,
    _print_and_check,
    _score,
)

DATA = Path(__file__).parent / "data"
HELDOUT11 = DATA / "claims_heldout11.json"
EARLIER = {DEV, DEV_MORE, HELDOUT, BLIND, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6}
EARLIER |= {DATA / f"claims_heldout{n}.json" for n in (7, 8, 9, 10)}

# The FIRST run (the annotations were committed alone, f63acee, and the well-formedness test, 443f55b, before the
# reader ever ran on them; the reader of main aaf4c63, 2026-12-03 09:33 UTC), kept as a record.
HELDOUT11_FIRST_RUN = {
    "es": {"precision": 0.891, "recall": 0.739, "place": 0.557},  # 111 gold, 92 found, 82 right, place 44 of 79 (+6)
    "en": {"precision": 0.886, "recall": 0.619, "place": 0.672},  # 113 gold, 79 found, 70 right, place 45 of 67 (+11)
}
# The first run's exact ratios rounded down (es 82/92, 82/111, 44/79; en 70/79, 70/113, 45/67); they ratchet.
# Second run (claims11 f2dcc23, blind): es 82/91, 82/111, 49/79; en 70/79, 70/113, 46/67; the floors, rounded down.
# After places25 (session 25, the set spent: place kinds, tests/test_claim_places_read25.py): place es 50/79, en 53/67.
# Session 25, branch claims25 (rules from the spent set's errors, tests/test_claims_read11.py): es 85/94, 85/111, 49/79;
# en 98/108, 98/113, 48/68; both merged (main, session 25): es 85/94, 85/111, 50/79; en 98/108, 98/113, 55/68; the
# floors, rounded down.
HELDOUT11_FLOORS = {
    "es": {"precision": 0.90, "recall": 0.76, "place": 0.63},
    "en": {"precision": 0.90, "recall": 0.86, "place": 0.80},
}


@pytest.fixture(scope="module")
def heldout11() -> dict[str, dict[str, float]]:
    return _score(HELDOUT11)


def test_the_eleventh_heldout_set_is_real_and_other_events() -> None:
    """Checks the data only; it never runs the reader (the set was annotated blind)."""
    _check_heldout_set(HELDOUT11, EARLIER, excerpts=16, claims=(111, 113), events=5)


def test_precision_recall_and_place_on_the_eleventh_heldout_set(
    heldout11: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    _print_and_check("held-out 11", heldout11, HELDOUT11_FLOORS, capsys, HELDOUT11_FIRST_RUN)
