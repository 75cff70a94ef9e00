"""Claim rules for kinds of the spent held-out11's misses (session 25, branch claims25).

``tests/data/claims_heldout11.json`` is spent since session 25 (tests/test_claims_heldout11.py): its errors were printed
(``python tests/claims_eval.py heldout11 -q``), the MISS and FP errors grouped into kinds, and the largest kinds got a
general rule, kept only when no spent claims set lost precision, recall or place. Each row: sentences of the kind
written for this table (``-real-``: the held-out sentence's kind, reworded), and at least one negative (the rule must
not fire, or a reading it must leave alone). Rows are (id, language, text, expected claims as (kind, group, low,
high), their places in text order).
"""

from __future__ import annotations

import pytest

from tests.test_claims import found_and_placed

_K, _I, _M = "killed", "injured", "missing"

ROWS = [
    # A list of groups by nationality, then the state of the people it is among, a figure of the whole allowed, an
    # adverb after the auxiliary allowed, no auxiliary in a headline ("are among the 157 victims", "were also among the
    # dead", "among victims of"): each item takes that kind (figures_en.yaml kinds.*.among, cues.among_regex). Not
    # "among the first", "among the passengers" (no state).
    ("among-real-en-1", "en", "Six Dutch, four Irish, nine Greek and 12 Polish nationals are among the 140 victims of "
     "a ferry sinking on Friday.",
     [(_K, "Dutch", 6, 6), (_K, "irish", 4, 4), (_K, "Greek", 9, 9), (_K, "Polish", 12, 12)], [None] * 4),
    ("among-real-en-2", "en", "11 Peruvians, 20 Bolivians among victims of bus crash",
     [(_K, "Peruvian", 11, 11), (_K, "Bolivian", 20, 20)], [None, None]),
    ("among-en-1", "en", "Three Swiss climbers were also among the dead, the guides said.",
     [(_K, "Swiss", 3, 3)], [None]),
    ("among-en-2", "en", "Two Belgian nurses were among the injured.",
     [(_I, "Belgian", 2, 2)], [None]),
    ("among-neg-en-1", "en", "Three Swiss climbers were among the first to reach the summit.", [], []),
    # an item of no people before a toll is no item of it (a lower-case plural: things)
    ("among-neg-en-3", "en", "Floods broke two dams and 12 people died.", [(_K, "total", 12, 12)], [None]),
    ("among-neg-en-2", "en", "Six Dutch and four Irish nationals were among the 140 passengers on board.", [], []),
    # A clause's "among them were" after a toll in the same sentence ("All 157 passengers were killed, the airline
    # said, among them were 32 Kenyans, ..."): its first item is a part of that toll, and the list's other items, one
    # also after where its people come from ("four people from Slovakia, three Austrians"), take the same kind
    # (kinds.among_them_items, kinds.listed_groups). Not a list after a count of things.
    ("among-them-real-en-1", "en", "All 140 passengers of the ferry died in the sinking, the coast guard said on "
     "Friday, among them were 12 Poles, nine Greeks, five people from Latvia, three Danes and two Finns.",
     [(_K, "passengers", 140, 140), (_K, "Polish", 12, 12), (_K, "Greek", 9, 9), (_K, "total", 5, 5),
      (_K, "danes", 3, 3), (_K, "finns", 2, 2)], [None] * 6),
    ("among-them-en-1", "en", "At least 40 people were injured in the blast, police said, among them are six "
     "children.",
     [(_I, "total", 40, None), (_I, "children", 6, 6)], [None, None]),
    ("among-them-neg-en-1", "en", "The storm destroyed 300 homes, officials said, among them were 40 schools.", [], []),
    # Spanish items by origin, "N de <País>" after a first item with a kind ("Entre las víctimas hay 32 de Kenia, 18 de
    # Canadá, nueve de Etiopía"): each takes its kind (kinds.origin_item, kinds.listed_groups). Not a capitalised
    # month ("el 18 de Marzo"), nor a lower-case word after "de".
    ("of-country-real-es-1", "es", "Entre los fallecidos hay 21 de Perú, 14 de Bolivia, seis de Chile y dos de Francia, "
     "detalló el ministro.",
     [(_K, "perú", 21, 21), (_K, "bolivia", 14, 14), (_K, "chile", 6, 6), (_K, "francia", 2, 2)],
     ["Perú", "Bolivia", "Chile", "Francia"]),
    ("of-country-es-1", "es", "Murieron 40 personas. Entre ellas hay 12 de Nepal y tres de Japón.",
     [(_K, "total", 40, 40), (_K, "nepal", 12, 12), (_K, "japón", 3, 3)], ["Nepal", "Nepal", "Japón"]),
    ("of-country-neg-es-1", "es", "Entre las víctimas hay 32 de Kenia; el 18 de Marzo, 20 de Abril.",
     [(_K, "kenia", 32, 32)], ["Kenia"]),
    ("of-country-neg-es-2", "es", "Entre las víctimas hay 32 de Kenia y 20 de sus familiares en Nairobi.",
     [(_K, "kenia", 32, 32)], ["Kenia"]),
    # A breakdown of a toll by place after ", with": bare figures each at a capitalised place the gazetteer may not
    # know ("34 people were killed in the attacks, with 14 at Maelbeek subway station and 20 at ...";
    # kinds.placed_items, English). Not an item with a verb of its own, nor a list with no "with".
    ("with-at-real-en-1", "en", "Police said 27 people died in the blasts, with 15 at Aldgate station and 12 at "
     "Tavistock Square.",
     [(_K, "total", 27, 27), (_K, "total", 15, 15), (_K, "total", 12, 12)], ["Aldgate", "Aldgate", "Tavistock Square"]),
    ("with-at-neg-en-1", "en", "Officials said 34 people were killed in the attacks, and 20 at Maelbeek are still in "
     "hospital.",
     [(_K, "total", 34, 34)], ["Maelbeek"]),
    ("with-at-neg-en-2", "en", "Officials said 34 people were killed on Monday, with 14 at 9 am.",
     [(_K, "total", 34, 34)], [None]),
]


@pytest.mark.parametrize(("language", "text", "expected", "where"), [pytest.param(*row[1:], id=row[0]) for row in ROWS])
def test_claims_and_places_of_held_out11_kinds(language: str, text: str, expected: list, where: list) -> None:
    assert found_and_placed(text, language) == (expected, where)
