"""Casualty claims on a DEV set, ``tests/data/claims_dev27.json`` (branch claims27dev, session 27).

A DEV set, not a held-out one: readable from the start (it is in ``tests/claims_eval.SPENT``), gathered to widen the
text the claim rules are read from, as dev26 was (rules read from one set rarely transfer to blind ones). 40 real
article excerpts (20 Spanish, 20 English) of 8 deadly events in no claims file of tests/data, with 190 tolls (94 es,
96 en) annotated by hand from the text alone under held-out13's conventions (the set's ``about`` lists the decisions),
chosen for wordings the reader has seen little: the Love Parade crowd crush (Duisburg, 2010), the Koh Pich bridge
stampede (Phnom Penh, 2010; a toll revised downward), the Kramatorsk railway station strike (2022; a war's toll given
by one side), the MV Le Joola capsizing (2002; missing by nationality), the Pasta de Conchos mine explosion (2006),
the Haiti cholera epidemic (2010-2011; tolls by department), the South India heat wave (2015; tolls by state and
district) and the Bhopal gas tragedy (1984; many sources' tolls). The data file was committed alone (806d4c0) before
this module and before the reader ran on it.

First run (2026-12-03, the reader of main aa35461, before any rule read from this set):

==========  ==================================================
dev27       first run
==========  ==================================================
es (94)     P 0.921  R 0.617  place 0.667 (63 found, 58 right, place of 54: 36, +6 contained)
en (96)     P 0.946  R 0.729  place 0.721 (74 found, 70 right, place of 68: 49, +12 contained)
all (190)   P 0.934  R 0.674  place 0.697 (137 found, 128 right, place of 122: 85, +18 contained)
==========  ==================================================

Its misses were then read (``PYTHONPATH=. python tests/claims_eval.py dev27``) and grouped by kind (docs/PERFORMANCE.md,
"Session 27, branch claims27dev"). The floors are the scores rounded down; they are ratchets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_claims_dev import _check_heldout_set, _print_and_check, _score

DATA = Path(__file__).parent / "data"
DEV27 = DATA / "claims_dev27.json"
EARLIER = {DATA / f"claims_heldout{n}.json" for n in (7, 8, 9, 10, 11, 12, 13, 14)} | {DATA / "claims_dev26.json"}

DEV27_FIRST_RUN = {
    "es": {"precision": 0.921, "recall": 0.617, "place": 0.667},  # 94 gold, 63 found, 58 right, place 36 of 54 (+6)
    "en": {"precision": 0.946, "recall": 0.729, "place": 0.721},  # 96 gold, 74 found, 70 right, place 49 of 68 (+12)
}
DEV27_FLOORS = {
    "es": {"precision": 0.92, "recall": 0.61, "place": 0.66},
    "en": {"precision": 0.94, "recall": 0.72, "place": 0.72},
}


@pytest.fixture(scope="module")
def dev27() -> dict[str, dict[str, float]]:
    return _score(DEV27)


def test_the_dev27_set_is_real_and_other_events() -> None:
    _check_heldout_set(DEV27, EARLIER, excerpts=20, claims=(94, 96), events=8)


def test_precision_recall_and_place_on_the_dev27_set(dev27: dict, capsys: pytest.CaptureFixture[str]) -> None:
    _print_and_check("dev27", dev27, DEV27_FLOORS, capsys, DEV27_FIRST_RUN)
