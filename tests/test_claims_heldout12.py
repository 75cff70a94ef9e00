"""Casualty claims on a TWELFTH held-out set, ``tests/data/claims_heldout12.json`` (branch claims12h, session 25).

44 real article excerpts (22 Spanish, 22 English) of 5 deadly events in no data file of tests/data, with 211 tolls
(116 es, 95 en) annotated by hand from the text alone under the conventions of ``claims_heldout11.json``,
``claims_heldout9.json`` and ``claims_dev.json`` (its ``about`` and ``place_convention``): the Los Angeles wildfires
(Palisades and Eaton fires, January-April 2025), the Nice truck attack (Promenade des Anglais, July 2016), the Kashmir
earthquake (Pakistan and India, October-November 2005), the Lorca earthquake (Murcia, May 2011) and the Marmolada
glacier collapse (Dolomites, July 2022): mostly natural disasters, tolls that change over hours and days, tolls per
fire, town, district, region and country, several outlets on each event. The data file was committed ALONE (c51da05,
"annotated before the reader ran") before this module and before the reader ever ran on it.

Scored as ``tests/test_claims_dev.py`` scores every claims set (its match rule and place rule, ``_score``). Its misses
are not read while it is the blind measure, only its numbers (``tests/claims_eval.py`` refuses it: not in ``SPENT``).
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
HELDOUT12 = DATA / "claims_heldout12.json"
EARLIER = {DEV, DEV_MORE, HELDOUT, BLIND, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6}
EARLIER |= {DATA / f"claims_heldout{n}.json" for n in (7, 8, 9, 10, 11)}


def test_the_twelfth_heldout_set_is_real_and_other_events() -> None:
    """Checks the data only; it never runs the reader (the set was annotated blind)."""
    _check_heldout_set(HELDOUT12, EARLIER, excerpts=22, claims=(116, 95), events=5)
