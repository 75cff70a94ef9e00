"""Casualty claims on a THIRTEENTH held-out set, ``tests/data/claims_heldout13.json`` (branch claims13h, session 26).

52 real article excerpts (26 Spanish, 26 English) of 8 deadly events in no claims file of tests/data, with 245 tolls
(124 es, 121 en) annotated by hand from the text alone under the conventions of ``claims_heldout12.json``,
``claims_heldout11.json`` and ``claims_dev.json`` (its ``about`` and ``place_convention``): the Bam earthquake (Iran,
December 2003), Typhoon Haiyan / Yolanda (Philippines, November 2013), the Volcán de Fuego eruption (Guatemala, June
2018), the Surfside condominium collapse (Champlain Towers South, Florida, June 2021), the Madrid train bombings
(11-M, March 2004), the Air India flight 171 crash (Ahmedabad, June 2025), the Vargas tragedy (Venezuela, December
1999) and Hurricane Katrina (August 2005): tolls that change over hours, days and months, tolls per station, county,
town, state and country, the dead and injured by nationality, condition and where they died, several outlets on
each event. The data file was committed ALONE (e5a1fdb, "annotated before any extractor run") before this module and
before the reader ever ran on it.

Its misses are not read while it is the blind measure, only its numbers (``tests/claims_eval.py`` refuses it: not in
``SPENT``).
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
HELDOUT13 = DATA / "claims_heldout13.json"
EARLIER = {DEV, DEV_MORE, HELDOUT, BLIND, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6}
EARLIER |= {DATA / f"claims_heldout{n}.json" for n in (7, 8, 9, 10, 11, 12)}


def test_the_thirteenth_heldout_set_is_real_and_other_events() -> None:
    """Checks the data only; it never runs the reader (the set was annotated blind)."""
    _check_heldout_set(HELDOUT13, EARLIER, excerpts=26, claims=(124, 121), events=8)
