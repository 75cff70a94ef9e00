"""Claim rules for kinds of the spent held-out12's misses (session 25, branch claims12read).

``tests/data/claims_heldout12.json`` is spent since session 25 (tests/test_claims_heldout12.py): its errors were printed
(``python tests/claims_eval.py heldout12 -q``), the Spanish MISS errors grouped into kinds (docs/PERFORMANCE.md,
"Session 25, branch claims12read"), and the largest kind, people counted by nationality, got a general rule (one person of a
nationality), with the main-place rule its claims needed, kept only when no spent claims set lost precision, recall or
place. Each row: sentences of the kind written for this table
(``-real-``: the held-out sentence's kind, reworded), and at least one negative (the rule must not fire, or a reading
it must leave alone). Rows are (id, language, text, expected claims as (kind, group, low, high), their places in text
order).
"""

from __future__ import annotations

import pytest

from tests.test_claims import found_and_placed

_K, _I, _M = "killed", "injured", "missing"

ROWS = [
    # One person of a nationality, "un"/"una"/"one" and a singular demonym of lexicons/nationalities.yaml, before a
    # verb of its own: a figure of one of that nationality (figure_grammar.single_person_nouns). Not a demonym that is
    # also a country's name ("una china"), nor one with no verb of a kind ("un alemán ganó la carrera").
    ("one-national-real-es-1", "es", "Una rusa también murió en el ataque, informó la cancillería rusa.",
     [(_K, "Russian", 1, 1)], [None]),
    ("one-national-real-es-2", "es", "Un ucraniano perdió la vida y dos italianos resultaron heridos, según la prensa.",
     [(_K, "Ukrainian", 1, 1), (_I, "Italian", 2, 2)], [None, None]),
    ("one-national-es-1", "es", "Una francesa resultó herida de gravedad en el derrumbe.", [(_I, "French", 1, 1)],
     [None]),
    ("one-national-es-2", "es", "Murieron tres italianos y un alemán en el alud.",
     [(_K, "Italian", 3, 3), (_K, "German", 1, 1)], [None, None]),
    ("one-national-en-1", "en", "One Briton was killed in the avalanche, the Foreign Office said.",
     [(_K, "British", 1, 1)], [None]),
    ("one-national-en-2", "en", "One Canadian died and two Americans were injured in the crash.",
     [(_K, "Canadian", 1, 1), (_I, "US", 2, 2)], [None, None]),
    ("one-national-neg-es-1", "es", "Un alemán ganó la carrera, en la que murieron dos espectadores.",
     [(_K, "espectadores", 2, 2)], [None]),
    ("one-national-neg-es-2", "es", "Un francés, testigo del atentado, dijo que murieron 20 personas.",
     [(_K, "total", 20, 20)], [None]),
    ("one-national-neg-en-1", "en", "One German official said 20 people died.", [(_K, "total", 20, 20)], [None]),
    # The article's main place: a lead's place the gazetteer lacks, written around a place of the lead ("el atentado
    # de Niza, en la Riviera Francesa": a region), is neither more precise than it nor inside it
    # (article_places.main_of): a toll with no place of its own is at Niza. Not a venue written before its city ("la
    # discoteca Jet Set, en Santo Domingo": the venue stays).
    ("lead-around-real-es-1", "es", "Varios turistas murieron en el atentado de Niza, en la Riviera Francesa, que dejó "
     "84 muertos.\nDos rusos perdieron la vida, indicó el ministerio ruso.",
     [(_K, "total", 84, 84), (_K, "Russian", 2, 2)], ["Niza", "Niza"]),
    ("lead-around-neg-es-1", "es", "El incendio de la discoteca Jet Set, en Santo Domingo, dejó 20 muertos.\nDos "
     "franceses murieron, dijo la embajada.",
     [(_K, "total", 20, 20), (_K, "French", 2, 2)], ["Jet Set", "Jet Set"]),
]


@pytest.mark.parametrize(("language", "text", "expected", "where"), [pytest.param(*row[1:], id=row[0]) for row in ROWS])
def test_claims_and_places_of_held_out12_kinds(language: str, text: str, expected: list, where: list) -> None:
    assert found_and_placed(text, language) == (expected, where)
