"""Claim rules for kinds of the spent held-out7's misses (session 20, branch c7read; mission 3, casualty figures).

``tests/data/claims_heldout7.json`` is spent since session 20, after its two blind runs (tests/test_claims_heldout7.py):
its misses were printed (``python tests/claims_eval.py heldout7 -q``), grouped into kinds, and each kind got a general
rule, kept only when no claims set lost a right toll or place or gained a wrong one. Each row: made-up sentences of the
kind, at least one negative (the rule must not fire), and the real sentence where there is one (``-real-``).
Rows are (id, language, text, expected claims as (kind, group, low, high), their places in text order).
"""

from __future__ import annotations

import pytest

from tests.test_claims import claims_of

_K, _I, _M, _D = "killed", "injured", "missing", "displaced"

ROWS = [
    # A venue's noun right before a gazetteer name, no link word between, makes the name the venue's, no place of the
    # gazetteer ("el hotel Saratoga" is no Saratoga of California); the venue is written with its noun (lower case,
    # so that a headline's "Hotel Saratoga" is the same place). Not with "de" ("el hotel de Saratoga"), and a name no
    # gazetteer has keeps the slot's reading ("la discoteca Jet Set": "Jet Set").
    ("venue-gazetteer-es-1", "es", "Una explosión en el hotel Saratoga dejó 18 muertos.", [(_K, "total", 18, 18)],
     ["hotel Saratoga"]),
    ("venue-gazetteer-es-2", "es", "Murieron 12 personas en la iglesia San Sebastián.", [(_K, "total", 12, 12)],
     ["iglesia San Sebastián"]),
    ("venue-gazetteer-real-es-1", "es", "El hotel Saratoga del centro de La Habana quedó prácticamente destruido por una "
     "explosión que dejó al menos ocho muertos, 13 desaparecidos y 30 heridos, y que las autoridades atribuyeron "
     "inicialmente a un escape de gas.", [(_K, "total", 8, None), (_M, "total", 13, 13), (_I, "total", 30, 30)],
     ["hotel Saratoga", "hotel Saratoga", "hotel Saratoga"]),
    ("venue-gazetteer-real-es-2", "es", "Hotel Saratoga de La Habana: potente explosión deja al menos 18 muertos y decenas "
     "de heridos", [(_K, "total", 18, None), (_I, "total", 20, 99)], ["hotel Saratoga", "hotel Saratoga"]),
    ("venue-gazetteer-neg-es-1", "es", "Murieron 12 personas en el hotel de Saratoga.", [(_K, "total", 12, 12)],
     ["Saratoga"]),
    ("venue-gazetteer-neg-es-2", "es", "Murieron 12 personas en la discoteca Jet Set.", [(_K, "total", 12, 12)],
     ["Jet Set"]),
]


@pytest.mark.parametrize(("language", "text", "expected", "where"),
                         [pytest.param(*row[1:], id=row[0]) for row in ROWS])  # fmt: skip
def test_claims_and_places_of_held_out7_kinds(language: str, text: str, expected: list, where: list) -> None:
    claims = claims_of(text, language)
    assert [(c.kind, c.group, c.low, c.high) for c in claims] == expected
    assert [c.place for c in claims] == where
