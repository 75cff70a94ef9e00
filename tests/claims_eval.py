"""Every error of the claim reader on an annotated claims set, for reading its misses by hand (branch c4fix).

``python tests/claims_eval.py heldout4 [-q]`` prints, per excerpt of ``tests/data/claims_<name>.json``, its gold tolls
and the claims found (``-q``: only the excerpts with an error), then each error with its sentence: MISS (a gold toll no
claim matches), FP (a claim matching no gold toll), WRONGPLACE and CONTAINED (a matched claim whose place is not the
gold's; CONTAINED when one contains the other). Matching and places are judged as tests/test_claims_dev.py scores them.
Only for SPENT sets (held-out5 since session 17, held-out6 since session 19, held-out7 since session 20, held-out8
since session 21, held-out9 since session 22, held-out10 since session 24, held-out11 and held-out12 since session 25,
held-out13 and held-out14 since session 27): a blind set's errors are never printed, and a set is blind until it is
listed in ``SPENT`` (a new held-out set is refused by default).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from analysis.casualties.claims import claims_in
from analysis.corpus.records import Article, parse_date
from analysis.text import build
from tests.test_claims_dev import _matches, _place_contained, _place_right

DATA = Path(__file__).parent / "data"
# The claims sets whose errors may be printed; any other name (the next held-out set, while it is the blind measure) is
# refused. Held-out7 spent since session 20 (branch c7read), after its two blind runs (tests/test_claims_heldout7.py);
# held-out8 spent in session 21 by branch c8read, after its two blind runs (tests/test_claims_heldout8.py); held-out9
# spent in session 22 by branch c9read, after its two blind runs (tests/test_claims_heldout9.py); held-out10 spent in
# session 24 by branch claims11, after its blind runs (tests/test_claims_heldout10.py); held-out11 spent in session 25
# after its last blind run on main 6a0cc1b (tests/test_claims_heldout11.py); held-out12 spent in session 25 after its two blind runs
# (tests/test_claims_heldout12.py); held-out13 spent in session 27 by branch claims13read, after its two blind runs
# (tests/test_claims_heldout13.py); held-out14 spent in session 27 by branch claims14read, after its two blind runs
# counted last on main e95353c (tests/test_claims_heldout14.py). The next held-out set is the blind measure.
SPENT = (
    "dev",
    "dev_more",
    "heldout",
    "blind",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    # A DEV set, readable from the start (session 26, branch claims26dev): gathered to be read, never a blind measure.
    "dev26",
    # A DEV set, readable from the start (session 27, branch claims27dev): gathered to be read, never a blind measure.
    "dev27",
)


def _sentence(text: str, phrase: str) -> str:
    """The line or sentence of ``text`` holding ``phrase`` ("?" when it is not there)."""
    at = text.find(phrase)
    if at < 0:
        return "?"
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [e for e in (text.find(". ", at + len(phrase)), text.find("\n", at + len(phrase))) if e >= 0]
    return text[start : min(ends, default=len(text)) + 1].strip()


def errors(name: str, *, quiet: bool = False) -> list[str]:
    """The report's lines for the set ``claims_<name>.json``."""
    excerpts = json.loads((DATA / f"claims_{name}.json").read_text(encoding="utf-8"))["excerpts"]
    articles = [
        Article(e["id"], e["text"], source=e["source"], language=e["language"], title=e.get("title"),
                date=parse_date(e.get("date") or ""))
        for e in excerpts
    ]  # fmt: skip
    out: list[str] = []
    for excerpt, doc in zip(excerpts, build(articles).docs):
        text, language = excerpt["text"], excerpt["language"]
        found = claims_in(doc)
        unmatched = list(found)
        lines = []
        for gold in excerpt["claims"]:
            match = next((c for c in unmatched if _matches(c, gold, language)), None)
            if match is None:
                lines.append(f"  MISS [{gold['kind']}] {gold['qualifier']} {gold['number']} place={gold.get('place')} "
                             f":: {gold['phrase']!r}\n      S: {_sentence(text, gold['phrase'])}")  # fmt: skip
                continue
            unmatched.remove(match)
            if gold.get("place") and not _place_right(match, gold["place"]):
                tag = "CONTAINED" if _place_contained(match, gold["place"]) else "WRONGPLACE"
                lines.append(f"  {tag} [{gold['kind']}] {gold['number']} gold={gold['place']} found={match.place} "
                             f":: {gold['phrase']!r}\n      S: {match.text}")  # fmt: skip
        for c in unmatched:
            lines.append(f"  FP [{c.kind}] {c.qualifier} {c.number} ({c.low},{c.high}) place={c.place} "
                         f":: {text[c.start : c.end]!r}\n      S: {c.text}")  # fmt: skip
        if lines or not quiet:
            out.append(f"== {name} {excerpt['id']} ({language})")
            if not quiet:
                out += [f"  gold [{g['kind']}] {g['qualifier']} {g['number']} place={g.get('place')} :: {g['phrase']!r}"
                        for g in excerpt["claims"]]  # fmt: skip
                out += [f"  found [{c.kind}] {c.qualifier} {c.number} place={c.place} :: {text[c.start : c.end]!r}"
                        for c in found]  # fmt: skip
            out += lines
    return out


if __name__ == "__main__":
    names = [a for a in sys.argv[1:] if not a.startswith("-")]
    for set_name in names:
        if set_name not in SPENT:
            sys.exit(f"claims_{set_name}.json is not a spent set (tests/claims_eval.SPENT): its errors are not printed")
        print("\n".join(errors(set_name, quiet="-q" in sys.argv)))
