"""Casualty claims on a NINTH held-out set, ``tests/data/claims_heldout9.json`` (branch claims9, session 21).

40 real article excerpts (20 Spanish, 20 English) of 8 deadly events in no data file of tests/data, with 193 tolls
(91 es, 102 en) annotated by hand from the text alone under the conventions of ``claims_heldout8.json`` and
``claims_dev.json`` (its ``about`` and ``place_convention``): the Pisco (Ica) earthquake (Peru, 2007), the Freetown
(Regent) mudslide and floods (Sierra Leone, 2017), Cyclone Nargis (Myanmar, 2008), Hurricane Matthew in Haiti (2016),
the Kerala monsoon floods (India, 2018), the Barcelona and Cambrils vehicle attacks (2017), the Black Saturday
bushfires (Victoria, 2009) and the European heat wave in France (2003). The data file was committed ALONE (1473482,
"annotated before the reader ran") before this module and before the reader ever ran on it.

This module's first commit checks the data only; it never runs the reader.
"""

from __future__ import annotations

import json
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
)

HELDOUT9 = Path(__file__).parent / "data" / "claims_heldout9.json"
HELDOUT7 = Path(__file__).parent / "data" / "claims_heldout7.json"
HELDOUT8 = Path(__file__).parent / "data" / "claims_heldout8.json"


def test_the_ninth_heldout_set_is_real_and_other_events() -> None:
    """Checks the data only; it never runs the reader (the set was annotated blind)."""
    excerpts = json.loads(HELDOUT9.read_text(encoding="utf-8"))["excerpts"]
    # Every other claims file of tests/data, by name, so that a later set is checked too.
    claims_files = sorted(p for p in HELDOUT9.parent.glob("claims_*.json") if p != HELDOUT9)
    assert set(claims_files) >= {
        DEV, DEV_MORE, HELDOUT, BLIND, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8
    }  # fmt: skip
    earlier = [e for p in claims_files for e in json.loads(p.read_text(encoding="utf-8"))["excerpts"]]
    assert sum(e["language"] == "es" for e in excerpts) == 20 and sum(e["language"] == "en" for e in excerpts) == 20
    assert sum(len(e["claims"]) for e in excerpts if e["language"] == "es") == 91
    assert sum(len(e["claims"]) for e in excerpts if e["language"] == "en") == 102
    assert len({e["event"] for e in excerpts}) == 8
    assert not {e["event"] for e in excerpts} & {e["event"] for e in earlier}
    # No address of this set in any file of tests/data but this one.
    others = "".join(p.read_text(encoding="utf-8") for p in sorted(HELDOUT9.parent.glob("*.json")) if p != HELDOUT9)
    assert not [e["url"] for e in excerpts if e["url"] in others]
    assert len({e["id"] for e in excerpts}) == len(excerpts)
    assert all(e["url"].startswith("http") for e in excerpts)
    assert all(e["language"] in ("es", "en") and e["text"] and e["date"] for e in excerpts)
    assert all(c["phrase"] in e["text"] for e in excerpts for c in e["claims"])
    assert all(c["low"] is None or c["high"] is None or c["low"] <= c["high"] for e in excerpts for c in e["claims"])
    assert {c["kind"] for e in excerpts for c in e["claims"]} <= {
        "killed",
        "injured",
        "missing",
        "displaced",
        "detained",
    }
