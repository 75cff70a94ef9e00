"""Quote attribution on the eleventh held-out set (tests/data/quotes_heldout11.json, issue #23).

75 real excerpts (42 Spanish, 33 English; 444 quotations: es 116 direct + 83 indirect, en 119 direct + 126
indirect), more English than the earlier sets, from outlets and articles in no other data file, annotated by hand from
the text alone and COMMITTED (with this test and its provisional floors of 0.0) BEFORE the extractor ever ran on them,
and before branches q11es' and q11en's quote rules were merged. No rule or lexicon is changed for this set: the first
run is an honest, blind measure. Rules written afterwards may only come from KINDS of misses (rows and negatives in
tests/test_quotes.py), never from one sentence of this set; while it is in tests/quotes_eval.BLIND_NOW its misses are
never printed.

Matching and scores: tests/quotes_eval.py (precision = right (quote, speaker) pairs / predicted statements,
recall = right pairs / gold statements). Floors ratchet: once measured they are the values reached; never lower
them. test_eleventh_held_out_annotations_are_well_formed checks the file itself and never runs the extractor.
"""

from __future__ import annotations

import pytest

from tests.quotes_eval import HELD_OUT11, annotation_problems, between_marks, run
from tests.test_quotes import _check_precision_and_recall, _check_roles

# Committed before the extractor ran; it was in tests/quotes_eval.BLIND_NOW (misses never printed) for its two blind
# runs below. SPENT since session 15 (2026-12-01, main c26dd96 + this change): its misses may now be read to write
# rules for KINDS of them, as held-out3-10's were; a twelfth set (quotes_heldout12.json) is the blind measure.

# First run (blind): the set and this test were committed in 7a38f99 with floors of 0.0, before the extractor ever
# ran on them; the run was on branch heldout11q at 7a38f99 (= main b7b6867's extractor, no change to analysis/), before
# q11es' and q11en's rules were merged, 2026-12-01 04:34 UTC (`python -m tests.quotes_eval heldout11`, no --misses):
#   direct   es precision 0.767 (69/90) recall 0.595 (69/116); en precision 0.845 (87/103) recall 0.731 (87/119)
#   indirect es precision 0.578 (37/64) recall 0.446 (37/83);  en precision 0.670 (63/94)  recall 0.500 (63/126)
#   roles of right direct speakers: es 56/69 (0.812), en 57/87 (0.655)
# Issue #23's target for direct speakers (>= 0.90 precision, >= 0.80 recall) is NOT met blind, in either language;
# Spanish direct recall (0.595) is the furthest from it. The misses are not listed here: this set measures other
# branches' rules honestly, so its misses are not shared.
# Second run, main 1e6b99f (q11en's English rules, q11es' Spanish rules and the lead's territory rule merged, all
# written from KINDS of the spent sets' misses without sight of this set), 2026-12-01 05:35 UTC: direct speakers
# UNCHANGED in both languages (es 69/90/116, en 87/103/119), though the same rules raised the spent held-out10 from
# es 0.783 / 0.712 to 0.890 / 0.817 and en 0.839 / 0.839 to 0.857 / 0.857: rules fitted to kinds of seen misses did
# not reach unseen text's direct quotations. Indirect es 0.641 / 0.494 (41/64, 41/83; +4 right), en 0.685 / 0.500
# (63/92; two fewer predicted); roles en 58/87. A general fallback (a quotation no rule attributes, of four words or
# more, given to the last speaker) was tried on ef400e3 and not kept: +5 to +8 right on spent sets, +0 here.
# The floors were 0.0 (provisional) when the set was committed; they are now the first run's values, rounded down.
# They ratchet: never lower one.
HELD_OUT11_FLOORS = {
    ("es", True): (0.92, 0.75),  # first run 0.767 / 0.595; unchanged on the second; 0.926 / 0.750 (87/94, 87/116)
    # with q12es (session 15: rules for KINDS of this set's misses once spent, tests/test_quotes_rules12es.py; not blind)
    ("es", False): (0.69, 0.54),  # 0.692 / 0.542 (45/65, 45/83) with q13es (session 15)
    # first run 0.578 / 0.446; second 0.641 / 0.494; 0.688 / 0.530 (44/64, 44/83) with q12es
    ("en", True): (1.0, 0.97),  # 1.000 / 0.975 (116/116, 116/119) with session 20's lead rules; first run 0.845 / 0.731; unchanged on the second; 0.991 / 0.958 (114/115, 114/119)
    # with q12en (session 15: rules for KINDS of this set's misses, once spent; not blind; tests/test_quotes_rules12en.py);
    # 0.991 / 0.966 (115/116, 115/119) with session 19's ” opening a sentence (tests/test_quotes_rules19.py)
    # 0.745 / 0.556 (70/94, 70/126) with q13en (session 15: "lamented" a reporting verb)
    ("en", False): (0.78, 0.61),  # read23 (session 26): 77/98/126; 0.755 / 0.563 (71/94, 71/126) with read16 (session 21); first run 0.670 / 0.500; second 0.685 / 0.500; 0.742 / 0.548 (69/93, 69/126) with q12en
}
# roles17 (session 17) raised en right roles to 93/114 = 0.816
# roles21 (session 21, role kinds of the spent sets): es 78/87 = 0.897, en 97/116 = 0.836
HELD_OUT11_ROLE_FLOORS = {"es": 0.89, "en": 0.83}  # right roles / right direct speakers (first run 0.812, 0.655)  # roles16 (session 16) raised right roles
# q12en (session 15): en 84/114 = 0.737; q12es (session 15): es 72/87 = 0.828

# Marks as published: «», “”, "", ‘’ (The Standard), `` and '' (KFI AM 640's City News Service copy), mixed pairs
# (Nation's "...”, Tuko's “...", Univision's “...", Región Caribe's "...”), a quotation opened with ” (Infocampo, the
# Mail & Guardian) or closed with “ (Primera Edición, the Independent), paragraphs left open (British style), and a
# paragraph-initial quotation whose opening mark the outlet lost, closed by ', dijo' (El Heraldo de Chihuahua).
_OPENING, _CLOSING = '«“"‘`”', "»”\"“’'"


def test_eleventh_held_out_annotations_are_well_formed():
    """Each quotation occurs in its excerpt where tests/quotes_eval.load will look for it (the first occurrence
    after the previous one of the same text and kind); a direct one sits between an opening mark (or the start of
    a paragraph whose opening mark the outlet lost) and a closing mark, ', ' (a closing mark the outlet lost) or the
    end of a paragraph left open; roles are known ones; ids are unique; no address is another data file's."""

    problems, counts, data = annotation_problems(HELD_OUT11, between_marks(_OPENING, _CLOSING))
    assert len({ex["id"] for ex in data["excerpts"]}) == len(data["excerpts"])
    assert problems == []
    assert counts == {("es", True): 116, ("es", False): 83, ("en", True): 119, ("en", False): 126}
    assert sum(ex["language"] == "es" for ex in data["excerpts"]) >= 40
    assert sum(ex["language"] == "en" for ex in data["excerpts"]) >= 30


@pytest.fixture(scope="module")
def held_out11():
    return run(HELD_OUT11)


@pytest.mark.parametrize("key", list(HELD_OUT11_FLOORS), ids=lambda k: f"{k[0]}-{'direct' if k[1] else 'indirect'}")
def test_eleventh_held_out_precision_and_recall(held_out11, key):
    _check_precision_and_recall("held-out11", held_out11, key, HELD_OUT11_FLOORS)


@pytest.mark.parametrize("language", ["es", "en"])
def test_eleventh_held_out_roles_of_right_speakers(held_out11, language):
    _check_roles("held-out11", held_out11, language, HELD_OUT11_ROLE_FLOORS)
