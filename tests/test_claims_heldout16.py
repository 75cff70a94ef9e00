"""Casualty claims on a SIXTEENTH held-out set, ``tests/data/claims_heldout16.json`` (branch claims16h, session 28).

70 real article excerpts (35 Spanish, 35 English) of 6 deadly events in no claims or quotes file of tests/data, with
257 tolls (110 es, 147 en) annotated by hand from the text alone under the conventions of ``claims_heldout15.json``,
``claims_heldout14.json`` and ``claims_dev.json`` (their ``about`` and ``place_convention``), written out in the file's
``about`` before any run: the Tempi train collision (Greece, February-March 2023), the Grand Kartal hotel fire
(Kartalkaya, Turkey, January 2025), the Pulse nightclub fire (Kočani, North Macedonia, March 2025), the Hogar Seguro
Virgen de la Asunción children's home fire (Guatemala, March 2017), the Glória funicular derailment (Lisbon, September
2025) and the Astroworld Festival crowd crush (Houston, November 2021): tolls that rise over hours and days (and are
superseded or revised down), disagree between outlets and sources, the missing, the injured in and taken to hospital
and by condition, the dead at the scene and in hospital, the dead and injured by age, role, nationality and residence,
the evacuated, arrests; several outlets and dates on each event. The data file and this module were committed
together, before the reader ever ran on the text.

Its misses are not read while it is the blind measure, only its numbers (``tests/claims_eval.py`` refuses it: not in
``SPENT``). The scoring test (counts only, as ``tests/test_claims_heldout15.py``) is the lead's to add with the first,
blind run.
"""

from __future__ import annotations

from pathlib import Path

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
)

DATA = Path(__file__).parent / "data"
HELDOUT16 = DATA / "claims_heldout16.json"
EARLIER = {DEV, DEV_MORE, HELDOUT, BLIND, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6}
EARLIER |= {DATA / f"claims_heldout{n}.json" for n in (7, 8, 9, 10, 11, 12, 13, 14, 15)}


def test_the_sixteenth_heldout_set_is_real_and_other_events() -> None:
    """Checks the data only; it never runs the reader (the set was annotated blind)."""
    _check_heldout_set(HELDOUT16, EARLIER, excerpts=35, claims=(110, 147), events=6)
