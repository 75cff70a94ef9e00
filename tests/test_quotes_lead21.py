"""Speaker roles, session 21 (the lead, issue #23): a kind left between two branches merged this session.

read16 reads the speaker of a Spanish apposition left open before its verb ("Blanca Sandoval, residente del Centro
dijo", subjects._unclosed_title); roles21 reads the role of bare appositions for the role shown only. Merged, such a
speaker was right and its role "unknown" (held-out12's es roles 104 of 121). The apposition left open is now read
for the role shown too (name_descriptions.unclosed_es): held-out12 es roles 104 -> 105 of 121, held-out16 56 -> 58 of
73; no speaker moved in any set, and no other count (blind held-out17 and 18 counted only).
Rows: (text, language, [(speaker, role)]) of the direct quotations.
"""

from __future__ import annotations

import pytest

from analysis.corpus.records import Article
from analysis.sources.quotes import extract
from analysis.text import build

ROWS = [
    # held-out12 (spent), https://www.tribuna.com.mx/sonora/2024/1/3/sismo-evidencia-nulas-medidas-de-prevencion-en-la-
    # poblacion-de-guaymas-empalme-356417.html
    pytest.param('Mientras que Blanca Sandoval, residente del Centro dijo "sentí que vibró muy fuerte, estaba acostada. '
                 'Me levanté rápido asustada"', "es", [("Blanca Sandoval", "witness")], id="unclosed-real-es"),
    pytest.param("Ana López, vecina del Centro dijo «todo tembló».", "es", [("Ana López", "witness")],
                 id="unclosed-es"),
    pytest.param("Luis Gil, alcalde de la ciudad dijo «no hubo daños».", "es", [("Luis Gil", "government")],
                 id="unclosed-title-es"),
    # negatives: the apposition closed as before; no role word before the verb
    pytest.param("Juan Pérez, residente del barrio, dijo «fue terrible».", "es", [("Juan Pérez", "witness")],
                 id="closed-es"),
    pytest.param("Juan Pérez, según dijo ayer, «fue terrible».", "es", [("Juan Pérez", "unknown")], id="no-apposition-es"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "expected"), ROWS)
def test_the_role_of_an_apposition_left_open(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    quotes = extract(build([Article("a", text, language=language)]))
    assert [(q.speaker, q.role) for q in quotes if q.direct] == expected
