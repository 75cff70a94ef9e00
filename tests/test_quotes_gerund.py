"""A gerund with no subject of its own after a relative clause's statement (issue #23, session 13, the lead).

The seeds' 000 writes "Las declaraciones de Peskov se producen en línea con las del canciller ruso, Serguéi Lavrov,
quien en días pasado subrayó la «...» que unen a Moscú y Caracas, añadiendo que ambos países son «fieles a los
acuerdos firmados»": the gerund hangs on the relative clause's verb ("subrayó"), so what it adds is Lavrov's. A
relative clause's speaker is said in passing and does not become the article's last speaker, so the gerund's
unwritten subject went to the last speaker (Peskov), the statement and the quotation inside it both
(speakers._goes_on_in_passing). Rows: the seeds' sentence, made-up positives, and negatives where the rule must stay
out (the relative in another sentence; a person opening the sentence whose gerund it is).
"""

from __future__ import annotations

import pytest

from analysis.corpus.records import Article
from analysis.sources.quotes import extract
from analysis.text import build

PEOPLE = "«Hay que esperar», dijo el portavoz sindical Luis Gómez.\n\n"


def _statements(text: str) -> list[tuple[str, bool, str]]:
    return [(q.speaker, q.direct, q.text) for q in extract(build([Article("a", text, language="es")]))]


def _speaker_of(text: str, words: str) -> str | None:
    return next((speaker for speaker, _, said in _statements(text) if said.startswith(words)), None)


ROWS = [
    pytest.param(
        "El vocero del Kremlin, Dmitri Peskov, informó este lunes que Rusia mantiene el contacto. «Es ilegal», dijo "
        "Peskov.\n\nLas declaraciones de Peskov se producen en línea con las del canciller ruso, Serguéi Lavrov, quien "
        "en días pasado subrayó la «larga historia de buenas y estratégicas relaciones» que unen a Moscú y Caracas, "
        "añadiendo que ambos países son «fieles a los acuerdos firmados».",
        [("ambos países son", "Serguéi Lavrov"), ("fieles a los acuerdos", "Serguéi Lavrov")],
        id="seeds-000-gerund-after-relative",
    ),
    pytest.param(
        PEOPLE + "La reunión coincidió con la visita de la ministra Ana Ruiz, quien defendió el «diálogo abierto» con "
        "los sindicatos, asegurando que el acuerdo está «muy cerca».",
        [("muy cerca", "Ana Ruiz")],
        id="made-up-gerund-after-relative",
    ),
    # Negatives: the rule stays out.
    pytest.param(
        PEOPLE + "Luis Gómez, que habló después de la ministra Ana Ruiz, quien pidió «calma», cerró el acto asegurando "
        "que el acuerdo está «muy cerca».",
        [("muy cerca", "Luis Gómez")],
        id="negative-a-person-opens-the-sentence",
    ),
    pytest.param(
        PEOPLE + "Llegó después la ministra Ana Ruiz, quien pidió «calma».\n\n«Nadie se levanta de la mesa», añadió "
        "Gómez, asegurando que el acuerdo está «muy lejos».",
        [("muy lejos", "Luis Gómez")],
        id="negative-the-relative-in-another-sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_gerund_after_a_relative_clause(text: str, expected: list[tuple[str, str]]) -> None:
    for words, speaker in expected:
        assert _speaker_of(text, words) == speaker, _statements(text)


def test_the_seeds_sentence_keeps_its_first_quotation_with_lavrov() -> None:
    """The relative clause's own quotation stays Lavrov's, and the gerund does not make him the last speaker of the
    next sentence's unwritten subject by itself (said in passing, as the relative was)."""
    text = ROWS[0].values[0]
    assert _speaker_of(text, "larga historia") == "Serguéi Lavrov"
