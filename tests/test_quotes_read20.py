"""Kinds of held-out20's misses and wrong speakers, session 24, branch read20 (issue #23). Held-out20 was spent after
its blind runs (first run on main 71f3c53; counted last on main ec76d68 before any change); its misses were printed
and grouped into kinds of construction (docs/PERFORMANCE.md, "Held-out20 spent"), and each kind was looked for in the
other spent sets before a rule was written. Each rule below was measured on every quote set (every statement of every
spent set dumped before and after) and kept only when no spent set lost a right speaker, statement or role; the blind
held-out21 was counted only, never used to choose.

Kinds kept:
- (Spanish) "refirió" reports speech ("“...”, refirió María Álvarez, moradora del lugar", held-out20; "refirió el
  secretario de Salud", held-out15; "refirió el comandante Juan Carlos Subercaseaux", held-out7; "Alex Flores refirió
  que", held-out13), but "se refirió a" (referred to) says nothing: that reading is in most spent sets. Tried in q10rules
  (session 15) and left out for a wrong speaker in blind or held-out9; now lexicon ``verbs`` gains "refirió" and
  lexicon ``reflexive_not_reporting`` refuses it right after "se" (lexicon._not_after_se). "refirieron" was left out:
  a group of judges named one by one got one judge (held-out11).
- (Spanish) a title after a group's plural in "-es" ("Las autoridades municipales explicaron que ... El edil refirió
  que ...", held-out15) went to the group: persons._plural read a plural cue only by its last "s" ("autoridade"), so
  "autoridades" was no group and the singular title took it as the last speaker of its role. "-es" is read too
  ("autoridad"); a partitive ("una de los familiares", held-out11) is one person.
- (English) a newcomer named with an age in apposition ("Everett Evans, 45, fled Thursday ... ¶ "...," he said",
  held-out20) was no clause's subject (introduced.RE_SUBJECT_VERB wanted a lower-case word right after the name or its
  comma), so "he said" went to the sheriff who spoke before; the age between commas may now stand between.
- (Spanish) "morador(a)", a resident, is a witness's cue as "poblador" is ("María Álvarez, moradora del lugar",
  held-out20; "Anaís Guerrero, una moradora del lugar", held-out18).
- (Spanish) "acusar a X de «...»" labels with the subject's words (lexicon ``label_verbs`` since q8rules: "acusó",
  "acusado"); the infinitive and the subjunctive were missing ("Fue después de que Ortiz acusase al regidor de “no
  trabajar” y de haberse “escondido ...”", held-out20). "volvió a acusar al alcalde de “no trabajar”" there too is
  still missed: its subject ("el presidente del Grupo Municipal Popular, Juancho Ortiz , subió el tono y volvió a
  acusar") is not found so far back. Held-out6's "ha acusado al Gobierno de "..."" (missed) and held-out18's "les ha
  acusado de “achantarse”" are of the kind, read through "acusado" and not moved.
"""

from __future__ import annotations

import pytest

from tests.quotes_eval import direct_pairs as _direct
from tests.quotes_eval import statements as _statements

REFIRIO20 = [
    # Kind: "refirió" after a quotation, or before "que".
    pytest.param(  # real: https://chimbotenlinea.com/node/4509 (held-out20)
        "Ellos aseguran haber presentado a las autoridades constantes reclamos por el mismo problema. Y hasta ahora "
        "sólo han intentado remediarlo por sus propios medios.\n“Ya estamos cansados de reclamar y que el alcalde no "
        "nos haga caso, ahora solo nos queda organizarnos y evitar que nos perjudiquemos más”, refirió María Álvarez, "
        "moradora del lugar.",
        "es",
        ("María Álvarez", "Ya estamos cansados de reclamar y que el alcalde no nos haga caso, ahora solo nos queda "
         "organizarnos y evitar que nos perjudiquemos más"),
        id="refirio-maria-alvarez-real",
    ),
    pytest.param(  # made up
        "«No habrá más cortes de agua este verano», refirió el gerente de la empresa, Pedro Salas.",
        "es",
        ("Pedro Salas", "No habrá más cortes de agua este verano"),
        id="refirio-gerente-made-up",
    ),
]


@pytest.mark.parametrize(("text", "language", "pair"), REFIRIO20)
def test_read20_refirio(text, language, pair):
    """Each row's quotation is read with its speaker."""
    assert pair in _direct(text, language)


def test_read20_se_refirio_a_is_no_statement():
    """Negative: "se refirió a" (referred to) reports nothing; the quotation after the colon is still the subject's."""
    text = (  # made up, as "Milei ... se refirió a la inflación" (held-out4)
        "La ministra Ana Pérez se refirió a la inflación de marzo. Luego habló de los salarios: «No alcanzan», dijo."
    )
    found = _statements(text, "es")
    assert not any("inflación" in words for _speaker, words, _direct in found)
    assert ("Ana Pérez", "No alcanzan", True) in found


PLURAL_ES20 = [
    pytest.param(  # real: https://zonacentronoticias.com/2022/05/alcalde-de-cuernavaca-anuncia-que-no-se-permitiran-mas-abusos-por-parte-de-la-ronda-de-ocotepec (held-out15)
        "el alcalde José Luis Urióstegui Salgado confirmó que ya se presentaron dos denuncias en contra de quien "
        "resulte responsable.\nLas autoridades municipales explicaron que el hecho se suscitó a raíz de que el "
        "ayudante de Ocotepec autorizó una licencia de construcción.\nEl edil refirió que son varios abusos "
        "registrados por la comunidad que ya no serán permitidos.",
        ("José Luis Urióstegui Salgado", "son varios abusos registrados por la comunidad que ya no serán permitidos",
         False),
        id="edil-after-autoridades-real",
    ),
    pytest.param(  # made up
        "El alcalde Juan Ramos Vega dijo que la obra sigue. Las autoridades locales afirmaron que no hay fondos. "
        "El edil aseguró que buscará un crédito.",
        ("Juan Ramos Vega", "buscará un crédito", False),
        id="edil-after-autoridades-made-up",
    ),
]


@pytest.mark.parametrize(("text", "statement"), PLURAL_ES20)
def test_read20_spanish_plural_in_es_is_a_group(text, statement):
    """A singular title after a group named with a plural in "-es" is the last person of its role, not the group."""
    assert statement in _statements(text, "es")


def test_read20_partitive_is_one_person():
    """"una de los familiares" is one person, not the group that spoke before ("los familiares de los jóvenes", now
    a group too: held-out11; on main the group took her words, a right speaker by the set's matching all the same)."""
    text = (  # real, cut: held-out11's La Unión (courts-es-launion-mezcaleria-sentencia)
        "Al término de la audiencia de ayer, los familiares de los jóvenes sostuvieron que no quedó comprobada su "
        "responsabilidad.\n“Es increíble lo que pasó”, dijo una de los familiares al ser entrevistada afuera de la "
        "Sala de Juicios Orales."
    )
    speakers = [speaker for speaker, words in _direct(text, "es") if words == "Es increíble lo que pasó"]
    assert speakers and speakers[0] != "familiares de los jóvenes" and "familiares" in speakers[0]


AGE20 = [
    # Kind: a newcomer named with an age in apposition, a clause's subject, then "he said" (held-out20; held-out19's
    # "Karen Cross, 47, from Balcombe, said she ..." is of the same making, read through another path).
    pytest.param(  # real: http://www.tampabay.com/news/nation/150-homes-burned-in-deadly-california-wildfire-officials-say/2283167
        "An elderly couple apparently were overcome by smoke as they tried to flee, Sheriff Donny Youngblood said. "
        "Their bodies were found Friday, but their names hadn't been released.\n\nEverett Evans, 45, fled Thursday as "
        "the fire came down a mountain with a roar toward his South Lake mobile home.\n\n\"When you hear a freight "
        "train, it's time to leave. You could hear it, you could see it, you could smell it,\" he said.",
        "en",
        ("Everett Evans", "When you hear a freight train, it's time to leave. You could hear it, you could see it, "
         "you could smell it"),
        id="age-apposition-evans-real",
    ),
    pytest.param(  # made up
        "Mayor Ann Booth said the road would reopen. Paul Grant, 61, watched the water rise from his porch.\n"
        "\"We lost everything,\" he said.",
        "en",
        ("Paul Grant", "We lost everything"),
        id="age-apposition-made-up",
    ),
]


@pytest.mark.parametrize(("text", "language", "pair"), AGE20)
def test_read20_age_apposition_introduces_a_subject(text, language, pair):
    """A name, an age between commas and a verb: the clause's subject, whom the next "he said" stands for."""
    assert pair in _direct(text, language)


def test_read20_age_apposition_before_a_relative_negative():
    """Negative: a name with an age before "who" is no clause's subject; "he said" stays the last speaker's."""
    text = (  # made up
        "The suspect fled, Sheriff Donny Youngblood said. Deputies are looking for Jacob Henson, 25, who ran into the "
        "woods.\n\"We will find him,\" he said."
    )
    assert ("Donny Youngblood", "We will find him") in _direct(text, "en")


def test_read20_moradora_is_a_witness():
    """"X, moradora del lugar": a resident, a witness (lexicon roles), as "pobladora"."""
    from analysis.corpus.records import Article
    from analysis.sources.quotes import extract
    from analysis.text import build

    text = "«Ya estamos cansados de reclamar», dijo María Álvarez, moradora del lugar."
    quotes = extract(build([Article("a", text, language="es")]))
    assert [(q.speaker, q.role) for q in quotes] == [("María Álvarez", "witness")]


ACCUSE20 = [
    pytest.param(  # real: https://www.diariodecadiz.es/cadiz/Pleno-municipal-Cadiz-Apoyo-Institucion_0_1477652223.html
        "“No se escude usted en el PSOE y si quiere presentar una moción de censura, sea valiente y preséntela usted”, "
        "le respondió el alcalde en una de las dos únicas intervenciones que tuvo. Fue después de que Ortiz acusase al "
        "regidor de “no trabajar” y de haberse “escondido en su cocina durante la pandemia”, manifestaciones que "
        "provocaron una llamada al orden por parte del presidente de la sesión plenaria.",
        ("Ortiz", "no trabajar"),
        id="acusase-de-real",
    ),
    pytest.param(  # made up
        "El concejal Luis Gil habló del pleno. Fue después de que Gil acusara al alcalde de «robar a los vecinos», "
        "algo que molestó.",
        ("Luis Gil", "robar a los vecinos"),
        id="acusara-de-made-up",
    ),
]


@pytest.mark.parametrize(("text", "pair"), ACCUSE20)
def test_read20_accusing_infinitive_and_subjunctive(text, pair):
    """"acusar"/"acusase" a X de «...»: the label is the subject's words."""
    assert pair in _direct(text, "es")


def test_read20_acusar_without_a_label_negative():
    """Negative: "acusar" with no quotation labels nothing; the next quotation is its own speaker's."""
    text = "La portavoz Ana Ruiz pidió acusar formalmente al juez. «No hay pruebas», dijo Luis Gil."
    assert _direct(text, "es") == [("Luis Gil", "No hay pruebas")]
