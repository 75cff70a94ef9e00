"""Casualty claims on a TENTH held-out set, ``tests/data/claims_heldout10.json`` (branch claims10, session 22).

44 real article excerpts (22 Spanish, 22 English) of 10 deadly events in no data file of tests/data, with 223 tolls
(101 es, 122 en) annotated by hand from the text alone under the conventions of ``claims_heldout9.json``,
``claims_heldout8.json`` and ``claims_dev.json`` (its ``about`` and ``place_convention``): the Mogadishu truck bombing
(Somalia, 2017), the Kermanshah earthquake (Iran-Iraq border, 2017), the Karachi heat wave (Pakistan, 2015), the Costa
Concordia wreck (Italy, 2012), the MV Nyerere capsizing (Lake Victoria, 2018), the Chile wildfires (2017), the West
African Ebola epidemic (2014), Peru's coastal El Niño floods and mudslides (2017), the Ghouta chemical attack (Syria,
2013) and Hurricane Sandy (the Caribbean and the US, 2012). The data file was committed ALONE (26b672c, "annotated
before the reader ran") before this module and before the reader ever ran on it.

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

HELDOUT10 = Path(__file__).parent / "data" / "claims_heldout10.json"
HELDOUT7 = Path(__file__).parent / "data" / "claims_heldout7.json"
HELDOUT8 = Path(__file__).parent / "data" / "claims_heldout8.json"
HELDOUT9 = Path(__file__).parent / "data" / "claims_heldout9.json"


def test_the_tenth_heldout_set_is_real_and_other_events() -> None:
    """Checks the data only; it never runs the reader (the set was annotated blind)."""
    _check_heldout_set(
        HELDOUT10,
        {DEV, DEV_MORE, HELDOUT, BLIND, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9},
        excerpts=22,
        claims=(101, 122),
        events=10,
    )
