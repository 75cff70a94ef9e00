"""Two kinds met reading the CLI's `sources` output on a real corpus (claims held-out12's texts), session 26, lead
(issue #23). Each rule was measured on every quote set (`python -m tests.quotes_eval`, before and after) and kept
only because no set's counts fell.

- (Spanish) "limitarse a" before an infinitive of saying: "El ministerio del Interior se ha limitado a señalar que 18
  personas se encuentran en estado crítico" (pulzo, Nice 2016) gave the speaker "ministerio del Interior se"; a
  lower-case body or title ran on through the clitic and the auxiliary. "limitó a", "limitado a", ... join the
  lexicon's ``adverbs`` (the words allowed between a speaker and its verb), as "se" and "ha" are.
- (Spanish) a report nested in the last speaker's words: "Y que, según indicó, Boluarte Zegarra se limitó a
  señalar que declarará ante la Fiscalía" (held-out2, inside Alejandro Cavero's words) made Boluarte the last
  speaker, and Cavero's next quotation ("..., expresó.") went to her: a speaker named after "según <verb>," in the same
  sentence speaks in passing (subjects._said_in_passing), as one in a relative clause does.
"""

from __future__ import annotations

import pytest

from analysis.corpus.records import Article
from analysis.sources.quotes import extract
from analysis.text import build


def _speakers(text: str, language: str = "es") -> list[tuple[str, bool]]:
    """(speaker, direct) of every statement read in ``text``, in order."""
    return [(q.speaker, q.direct) for q in extract(build([Article("a", text, language=language)]))]


PULZO = (  # real: pulzo.com, 15 July 2016 (Nice attack; claims held-out12's text, spent)
    "El ministerio del Interior se ha limitado a señalar que, además de los fallecidos, 18 personas se encuentran en "
    "estado crítico, 50 tenían heridas leves y otras 120 personas habían tenido que ser atendidas por los servicios de "
    "urgencia."
)

CAVERO = (  # real: exitosa.pe, 2024 (quotes held-out2, spent)
    "Desde las instalaciones del Palacio Legislativo, el parlamentario Alejandro Cavero indicó que la mandataria no "
    "aclaró las dudas de la ciudadanía sobre los señalamientos en su contra. Y que, según indicó, Boluarte Zegarra se "
    "limitó a señalar que declarará ante la Fiscalía de la Nación.\n\n\"La ciudadanía no ha terminado con un mensaje "
    "claro de la presidenta. Lo que ha creado es más confusión\", expresó."
)

LIMITED = [
    (PULZO, "ministerio del Interior"),
    ("La oficina del alcalde se ha limitado a señalar que hay dos heridos.", "oficina del alcalde"),
    ("El ministerio de Sanidad se limitó a señalar que no hay víctimas.", "ministerio de Sanidad"),
    ("Los vecinos se limitaron a decir que no vieron nada.", "vecinos"),
    ("«No hay nada más», se limitó a decir el alcalde.", "alcalde"),
]


@pytest.mark.parametrize(("text", "speaker"), LIMITED)
def test_limitarse_a_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    assert [s for s, _ in _speakers(text)] == [speaker]


def test_limitarse_a_negative_a_limit_that_is_no_verb_phrase() -> None:
    # Negative: "limitó a" followed by no verb of saying reads no statement at all.
    assert _speakers("El Gobierno limitó a dos el número de visitas por persona.") == []


def test_nested_report_does_not_take_the_next_quotation() -> None:
    assert _speakers(CAVERO)[-1] == ("Alejandro Cavero", True)


def test_nested_report_negative_a_source_named_after_segun() -> None:
    # Negative: "según" with a named source (no verb after it) is an attribution, not a nested report: the named
    # speaker of the next sentence goes on as the last speaker.
    text = (
        "Según Ana Ruiz, la obra empezará en mayo. Luis Gil afirmó que el presupuesto está cerrado.\n\n"
        "«No habrá más cambios», añadió."
    )
    assert _speakers(text)[-1] == ("Luis Gil", True)
