"""Claim rules for the breakdown of a toll by nationality or group (mission 3, session 24, branch claims24).

The second largest kind of the spent held-out10's misses (docs/PERFORMANCE.md, "Held-out10 spent", 15 rows): the items
of a list after a toll that name a nationality or a group and no toll noun of their own ("157 muertos: 32 kenianos,
18 canadienses", "They include four French citizens, two Italians and one Spaniard") are tolls of the toll's kind, group
the nationality or group. Kept only where no claims set lost a right toll or place or gained a wrong one (every set
scored with ``tests.test_claims_dev._score`` and its error lines diffed; held-out11 blind, counts only). Each row:
the real sentence of a spent set that failed before (``-real-``), made-up sentences of the kind, and negatives (the rule
must not fire). Rows are (id, language, text, expected claims as (kind, group, low, high), their places in text order).
"""

from __future__ import annotations

import pytest

from tests.test_claims import found_and_placed

_K, _I, _D = "killed", "injured", "detained"

ROWS = [
    # An item of a list of groups that no lexicon names ("tres brigadistas", "decenas de rebeldes", "nine Ethiopians":
    # a plural, or in English a capitalised word) coordinated with an item before naming people with no kind noun nor
    # verb of its own takes the toll's kind (kinds._breakdown_item, kinds.named_group).
    ("group-item-real-es-1", "es", "Con Bizama ya se han registrado dos bomberos muertos, dos policías, tres brigadistas "
     "y tres habitantes de zonas afectadas, según datos del gobierno chileno.",
     [(_K, "bomberos", 2, 2), (_K, "police", 2, 2), (_K, "brigadistas", 3, 3), (_K, "total", 3, 3)],
     [None, None, None, None]),
    ("group-item-real-es-2", "es", "Hasta el sábado, el OSDH \"ha contabilizado 502 muertos, entre ellos 80 niños, 237 "
     "mujeres y decenas de rebeldes, en la masacre perpetrada por el régimen sirio\", cerca de Damasco.",
     # shortened: the real sentence's Guta cut (its place: poblaciones-real-es-1)
     [(_K, "total", 502, 502), (_K, "children", 80, 80), (_K, "mujeres", 237, 237), (_K, "rebeldes", 20, 99)],
     ["Syria", "Syria", "Syria", "Syria"]),
    ("group-item-en-1", "en", "The plane crashed on Sunday and 157 people died. The dead included 32 Kenyans, 18 "
     "Canadians and nine Ethiopians.",
     [(_K, "total", 157, 157), (_K, "Kenyan", 32, 32), (_K, "Canadian", 18, 18), (_K, "Ethiopian", 9, 9)],
     [None, None, None, None]),
    # right after an inclusion word ("including 32 Kenyans", "entre ellas 32 kenianos")
    ("inclusion-en-1", "en", "The crash killed 157 people, including 32 Kenyans, 18 Canadians and nine Ethiopians.",
     [(_K, "total", 157, 157), (_K, "Kenyan", 32, 32), (_K, "Canadian", 18, 18), (_K, "Ethiopian", 9, 9)],
     [None, None, None, None]),
    ("inclusion-es-1", "es", "Murieron 157 personas, entre ellas 32 kenianos, 18 canadienses y 9 etíopes.",
     [(_K, "total", 157, 157), (_K, "Kenyan", 32, 32), (_K, "Canadian", 18, 18), (_K, "Ethiopian", 9, 9)],
     [None, None, None, None]),
    # right after a colon after a toll with its own kind noun ("157 muertos: 32 kenianos")
    ("colon-es-1", "es", "El accidente del avión dejó 157 muertos: 32 kenianos, 18 canadienses, 9 etíopes y 8 "
     "británicos.",
     [(_K, "total", 157, 157), (_K, "Kenyan", 32, 32), (_K, "Canadian", 18, 18), (_K, "Ethiopian", 9, 9),
      (_K, "British", 8, 8)],
     [None, None, None, None, None]),
    # Negatives: a list of nationalities with no toll before it; a group coordinated with a toll's own kind noun
    # ("12 muertos y 300 brigadistas": what they count is not told); two clauses, the first with its own verb
    # (held-out7: "more than 260 aftershocks"); a singular ending in "s" ("país"); a part "of them" of an item before
    # ("697 de ellas damnificadas": a part of the affected families, not of the dead); a colon before something else.
    ("no-toll-neg-es-1", "es", "Al festival llegaron turistas de 12 países: 30 alemanes, 18 canadienses y 9 etíopes.",
     [], []),
    ("no-toll-neg-en-1", "en", "The festival drew visitors from 12 countries: 30 Germans, 18 Canadians and nine "
     "Ethiopians.", [], []),
    ("kind-noun-neg-es-1", "es", "Hay 12 muertos y 300 brigadistas en la zona.", [(_K, "total", 12, 12)], [None]),
    ("clauses-real-neg-en-1", "en", "Pena Nieto said in a series of tweets on Friday that more than 200 people had "
     "been injured and more than 260 aftershocks had hit the country since the initial quake.",
     [(_I, "total", 201, None)], [None]),
    ("singular-neg-es-1", "es", "El atentado dejó 255 muertos, incluidos 13 país eslavos.",
     [(_K, "total", 255, 255)], [None]),
    ("part-of-item-real-neg-es-1", "es", "La Copeco ha registrado entre la semana pasada y hoy cinco fallecidos, 1.833 "
     "familias afectadas, 697 de ellas damnificadas y once evacuadas.",
     [(_K, "total", 5, 5), (_K, "familias", 1833, 1833), ("displaced", "total", 11, 11)], [None, None, None]),
    ("colon-neg-es-1", "es", "El incendio dejó 12 muertos: los bomberos trabajaron 30 horas.",
     [(_K, "total", 12, 12)], [None]),
    ("score-neg-en-1", "en", "The final score was 3-1: 30 Germans and 18 Canadians scored in the tournament.", [], []),
    # A sentence opening "They include", "Those include", "The list includes", "Entre ellos figuraban" names a part of
    # the last toll of the sentence before (figures_*.yaml among_them, kinds.listed), and the items coordinated after
    # it take its kind too (kinds.listed_groups); a single national after a dash ("one Spaniard—all passengers—") ends
    # its item (cues single). A single right after a count of several with no kind names one of them ("two crew
    # members, a Hungarian and a Peruvian": no claim of one Peruvian; kinds.single_nationals, RE_APPOSED).
    ("they-include-real-en-1", "en", "Italian authorities released the names of nine of the 15 people confirmed dead on "
     "board Costa Concordia. They include four French citizens, two Italians and one Spaniard—all passengers—and two "
     "crew members, a Hungarian and a Peruvian.",
     [(_K, "total", 9, 9), (_K, "total", 15, 15), (_K, "French", 4, 4), (_K, "Italian", 2, 2), (_K, "Spanish", 1, 1)],
     [None, None, None, None, None]),
    ("they-include-en-1", "en", "At least 40 people were killed in the attack. They include 12 soldiers, five Kenyans "
     "and three Somalis.",
     [(_K, "total", 40, None), (_K, "military", 12, 12), (_K, "Kenyan", 5, 5), (_K, "somalis", 3, 3)],
     [None, None, None, None]),
    ("entre-ellos-es-1", "es", "Al menos 40 personas murieron en el ataque. Entre ellos figuraban 12 soldados, cinco "
     "kenianos y tres somalíes.",
     [(_K, "total", 40, None), (_K, "military", 12, 12), (_K, "Kenyan", 5, 5), (_K, "somalíes", 3, 3)],
     [None, None, None, None]),
    ("single-dash-real-en-1", "en", "According to Haitian officials, the 17 kidnapped—16 U.S. citizens and one "
     "Canadian—were abducted while visiting an orphanage by the gang.",
     [(_D, "total", 17, 17), (_D, "US", 16, 16), (_D, "Canadian", 1, 1)], ["U.S.", "U.S.", "U.S."]),
    # Negatives: "They include" after a sentence with no toll; a single after several singles of a list whose count
    # has a kind of its own (held-out9: "un ciudadano canadiense" stays a claim of one).
    ("they-include-neg-en-1", "en", "The company hired 50 new staff last year. They include 12 Germans and four "
     "Italians.", [], []),
    ("single-real-neg-es-1", "es", "Todas las víctimas mortales ya han sido a identificadas: cinco son de nacionalidad "
     "española, tres son ciudadanos italianos, dos portuguesas, uno estadounidense, una ciudadana belga, un ciudadano "
     "canadiense, una joven con doble nacionalidad argentina y española.",
     [(_K, "total", 5, 5), (_K, "total", 3, 3), (_K, "Canadian", 1, 1)], [None, None, None]),
    # "Entre los extranjeros fallecidos hay" opens a breakdown as "Entre los fallecidos hay" does (figures_es.yaml cues
    # before; held-out8). Not foreigners who are no toll ("Entre los extranjeros residentes hay").
    ("foreign-dead-real-es-1", "es", "Entre los extranjeros fallecidos hay dos tunecinos, dos belgas y un portugués.",
     [(_K, "Tunisian", 2, 2), (_K, "Belgian", 2, 2)], [None, None]),
    ("foreign-dead-neg-es-1", "es", "Entre los extranjeros residentes hay 30 alemanes, 18 canadienses y 9 etíopes.",
     [], []),
    # "las poblaciones de X" is a plural head before a list of names, as "las localidades de" (place_slots.yaml heads):
    # held-out10's "en las poblaciones de Guta oriental y occidental" (in the article, its last item is placed by it
    # there; the items before keep the article's Syria). Not "las poblaciones de la zona" (no name).
    ("poblaciones-real-es-1", "es", 'El OSDH "ha contabilizado 502 muertos en las poblaciones de Guta oriental y '
     'occidental", cerca de Damasco.', [(_K, "total", 502, 502)], ["Guta"]),
    ("poblaciones-neg-es-1", "es", "El terremoto dejó 12 muertos en Alepo; las poblaciones de la zona siguen sin luz.",
     [(_K, "total", 12, 12)], ["Alepo"]),
]


@pytest.mark.parametrize(("language", "text", "expected", "where"), [pytest.param(*row[1:], id=row[0]) for row in ROWS])
def test_claims_of_breakdowns_by_group(language: str, text: str, expected: list, where: list) -> None:
    assert found_and_placed(text, language) == (expected, where)
