"""Spanish rules for KINDS of direct-quote misses that recur across the spent sets (issue #23, session 15, branch q13es).

Rules written from one set's misses did not reach unseen text (q12es: held-out11 0.767/0.595 -> 0.926/0.750, the blind
held-out12 unchanged). So the Spanish direct misses of ALL spent sets (dev, blind, heldout, heldout2 ... heldout11: 298
on main 9663f3b) were pooled and sorted into kinds, and rules are written only for kinds met in at least three
different sets, as rows: a made-up sentence of the kind (no real event), a negative row, and real sentences of the
sets where the kind was missed (one per set where possible). The kinds table is in the branch's READY file.

Kinds written here:
- a country read as the speaker of a direct quotation (held-out7, 8, 10: "felicitar a España, Portugal y Marruecos
  por ser las sedes del Mundial de Fútbol 2030: «...»", "México es un país en decadencia”, ha señalado. “Me preocupa
  ...", "agregó el ex-Selección Colombia"): no annotated direct quotation of any set has a country for its speaker;
  such a name is read as no subject, the last speaker or the person introduced goes on, unless a reporting verb is
  written right beside it ("Rusia manifestó su «absoluto rechazo»", the seeds: a government speaking)
  (nonspeakers.country_speaks_for_nobody).
- a reporting verb missing from the lexicon before quotations in three sets: "adelantar" (held-out4: "el ministro se
  adelantó: “Va a ser un índice de inflación negativo ...”"; held-out7: "El Ejército adelantó hoy que ... y que
  "tienen intención""; held-out10: "Lady Camones, adelantó que su Mesa Directiva le dará “todas las facilidades”").
  Rule: adelantó, adelanta, adelantaron, adelantado join the lexicon's ``verbs``. Read as a verb, it gave held-out3 an
  indirect statement of the second name of a pair a noun governs ("la defensa de los asesinos X y Y ya adelantó que
  apelará"): a name joined by "y" to a name a preposition or a noun's "de" governs is governed too
  (pairs.joined_to_framed; Spanish only: in English it cost held-out11 a right statement). That guard's kind was
  seen in held-out3 only; it is there so that the verb's rule costs no set anything.
"""

from __future__ import annotations

import pytest

from analysis.corpus.records import Article
from analysis.sources.quotes import extract
from analysis.text import build
from tests.quotes_eval import direct_pairs as _direct
from tests.quotes_eval import real_direct_speakers as _real

# (text, language, [(speaker, words)] of every direct quotation in text order)
RULES13ES = [
    pytest.param(
        "Luis Gil, el seleccionador, habló tras el sorteo.\n\nEl técnico quiso felicitar a España y Portugal por ser "
        "las sedes del torneo: «Es una gran alegría».",
        "es",
        [("Luis Gil", "Es una gran alegría")],
        id="a-country-is-no-speaker",
    ),
    pytest.param(  # negative: a town that is also a first name still speaks
        "«Estamos muy contentos», dijo Alicia.",
        "es",
        [("Alicia", "Estamos muy contentos")],
        id="a-town-named-like-a-person-negative",
    ),
    pytest.param(  # negative: a country a reporting verb has for its subject is a government speaking (the seeds)
        "Rusia manifestó su «absoluto rechazo» a la operación.",
        "es",
        [("Rusia", "absoluto rechazo")],
        id="a-country-as-a-verbs-subject-negative",
    ),
    pytest.param(
        "La ministra Ana Gil adelantó que su equipo dará «todas las facilidades» a la fiscal.",
        "es",
        [("Ana Gil", "todas las facilidades")],
        id="adelantar-reports",
    ),
    pytest.param(  # negative: "adelantó" with an object, no quotation: the next one is its own speaker's
        "Luis Gil adelantó el viaje.\n\n«Fue un error», dijo Ana Mar.",
        "es",
        [("Ana Mar", "Fue un error")],
        id="adelantar-an-object-negative",
    ),
]


def test_a_name_paired_with_a_governed_name_is_no_subject():
    """Negative of the verb's rule (its guard): the second name of a pair "de" governs does not speak; a name in
    apposition to the noun still does."""
    pair = "La defensa de los hermanos Luis Gil y Ana Mar ya anunció que apelará la sentencia."
    apposed = "El abogado de los hermanos, Luis Gil, adelantó ayer que apelará la sentencia."
    assert [q.speaker for q in extract(build([Article("a", pair, language="es")]))] == []
    assert [q.speaker for q in extract(build([Article("a", apposed, language="es")]))] == ["Luis Gil"]


@pytest.mark.parametrize(("text", "language", "expected"), RULES13ES)
def test_rules_for_kinds_met_in_three_sets(text, language, expected):
    assert _direct(text, language) == expected


# Real sentences of the sets where each kind was missed: (set, excerpt, the quotation's first words, speaker).
REAL13ES = [
    pytest.param(
        "heldout8", "sport-es-antena3-de-la-fuente-isco-ramos", "Es una gran alegría", "Luis de la Fuente",
        id="a-country-is-no-speaker-heldout8",
    ),
    pytest.param(
        "heldout7", "culture-es-elimparcial-fernando-del-paso-cervantes", "Me preocupa esa inmensa", "Fernando del Paso",
        id="a-country-is-no-speaker-heldout7",
    ),
    pytest.param(  # the country is dropped; the person it stood for ("el ex-Selección Colombia") is not read yet
        "heldout10", "sport-es-futbolred-asprilla-millonarios-caos", "En el resultado la sacó barata",
        "Faustino 'Tino' Asprilla",
        id="a-country-is-no-speaker-heldout10", marks=pytest.mark.xfail(reason="now unattributed", strict=True),
    ),
    pytest.param(
        "heldout4", "economy-es-hdpnoticias-perez-pons-inflacion-2023", "Va a ser un índice", "Santiago Pérez Pons",
        id="adelantar-heldout4",
    ),
    pytest.param(  # the body is written "El Ejército" (gold), read "Ejército"
        "heldout7", "conflict-es-vivajaen-efe-gaza-119-muertos", "tienen intención", "Ejército",
        id="adelantar-heldout7",
    ),
    pytest.param(
        "heldout10", "politics-es-elcomercio-camones-facilidades-fiscal", "todas las facilidades", "Lady Camones",
        id="adelantar-heldout10",
    ),
]


@pytest.mark.parametrize(("set_name", "article", "words", "speaker"), REAL13ES)
def test_real_sentences_of_the_kinds(set_name, article, words, speaker):
    assert [s for text, s in _real(set_name, article).items() if text.startswith(words)] == [speaker]
