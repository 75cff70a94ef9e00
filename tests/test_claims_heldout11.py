"""Casualty claims on an ELEVENTH held-out set, ``tests/data/claims_heldout11.json`` (branch claims11, session 24).

32 real article excerpts (16 Spanish, 16 English) of 5 deadly events in no data file of tests/data, with 224 tolls
(111 es, 113 en) annotated by hand from the text alone under the conventions of ``claims_heldout10.json``,
``claims_heldout9.json`` and ``claims_dev.json`` (its ``about`` and ``place_convention``): the Ethiopian Airlines ET302
crash (near Bishoftu, 2019), the Tianjin port explosions (China, 2015), the Brussels bombings (Zaventem and Maelbeek,
2016), the Indian Ocean tsunami (2004-2005, country by country) and Hurricane Harvey (Texas, 2017). The data file was
committed ALONE (f63acee, "annotated before the reader ran") before this module and before the reader ever ran on it.

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
HELDOUT11 = DATA / "claims_heldout11.json"
EARLIER = {DEV, DEV_MORE, HELDOUT, BLIND, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6}
EARLIER |= {DATA / f"claims_heldout{n}.json" for n in (7, 8, 9, 10)}


def test_the_eleventh_heldout_set_is_real_and_other_events() -> None:
    """Checks the data only; it never runs the reader (the set was annotated blind)."""
    _check_heldout_set(HELDOUT11, EARLIER, excerpts=16, claims=(111, 113), events=5)
