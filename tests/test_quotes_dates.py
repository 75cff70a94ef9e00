"""A date between a reporting verb and "que" is a time, not the verb's object (issue #23, session 13, the lead).

"El vocero del Kremlin, Dmitri Peskov, informó este lunes 19 de enero que Rusia sostiene ..." (the seeds' 000): the
words between the verb and "que" were read as the verb's object ("detalló las gestiones que ...", where "que" opens
a relative clause), so the statement was lost; "este lunes" alone was already a time (lexicon ``adverbs``), a date
with its day and month was not. Now a run of the lexicon's ``date_words`` (days, months), ``date_links`` ("el",
"pasado", "de") and numbers is a time (indirect._is_date). It found one more right statement in held-out7 and in
held-out9 (spent sets; the real rows below) and one in held-out10 (blind; measured after the rule, never read), with
no wrong one. Negatives: an object that names a month ("las cifras de enero") and a lone determiner stay objects.
"""

from __future__ import annotations

import pytest

from tests.quotes_eval import indirect_pairs


def _statements(text: str) -> list[tuple[str, str]]:
    return indirect_pairs(text, "es")


ROWS = [
    pytest.param(
        "El vocero del Kremlin, Dmitri Peskov, informó este lunes 19 de enero que Rusia sostiene una comunicación "
        "permanente con Venezuela.",
        [("Dmitri Peskov", "Rusia sostiene una comunicación permanente con Venezuela")],
        id="seeds-000-weekday-day-month",
    ),
    pytest.param(
        "El exministro de Salud y actual secretario de Salud de Bogotá, Gerson Bermont, dijo el pasado 12 de enero "
        "que en la ciudad solo quedaban 27 dosis de vacuna contra el covid.",
        [("Gerson Bermont", "en la ciudad solo quedaban 27 dosis de vacuna contra el covid")],
        id="held-out7-el-pasado-day-month",
    ),
    pytest.param(
        "El diputado Alvarado, informó este 23 de agosto que de 8.00 a 10.00 horas tuvieron reunión de junta "
        "directiva.",
        [("Alvarado", "de 8.00 a 10.00 horas tuvieron reunión de junta directiva")],
        id="held-out9-este-day-month",
    ),
    # Negatives: an object naming a month, a lone determiner ("el que ..." opens a relative clause).
    pytest.param(
        "La ministra Ana Ruiz detalló las cifras de enero que publicará el instituto la próxima semana.",
        [],
        id="negative-an-object-naming-a-month",
    ),
    pytest.param(
        "El técnico Luis Gómez eligió el que mejor juega con el balón.",
        [],
        id="negative-a-lone-determiner",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_date_before_que_is_a_time(text: str, expected: list[tuple[str, str]]) -> None:
    got = _statements(text)
    assert [(s, t.rstrip(".")) for s, t in got] == expected, got
