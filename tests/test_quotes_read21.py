"""Kinds of held-out21's misses, session 25, branch read21 (issue #23). Held-out21 was spent after its blind runs
(first run on main aaf4c63; counted last on main 4b47945 before any change, the same counts); its misses were printed
with those of the spent held-out19 and held-out20 and grouped into kinds of construction (docs/PERFORMANCE.md,
"Session 25, branch read21"). Each rule below was measured on every quote set (`python -m tests.quotes_eval`, before
and after) and kept only when no set's counts fell.

Kinds kept:
- (Spanish) partial quotations in a sentence whose subject is unwritten, opened by a capitalised adverb with no comma
  and a reflexive verb ("También se refirió al dolo, o “clara intensión de ...” sosteniendo que “...”", held-out19):
  sentence_subject._unwritten_subject read "Además, reafirmó" (a comma after the adverb) and "-ó" right away, not the
  adverb written alone nor a reflexive verb of a speaker's act (lexicon ``reflexive_openers``: "se refirió", "se
  mostró"; an impersonal "se aprobó" stays no one's, tests/test_quotes_rules_embedded.py's negative).
- (Spanish) a sentence opened by a gerund of saying and "que" ("Concluyendo que “no hubo agresión ilegítima ...”",
  held-out19) goes on from the last speaker; "concluyendo" joins lexicon ``verbs`` (the gerund of "concluyó").
- (Spanish) an untied title after the verb whose holder was named earlier under another title of the same office
  ("el jefe de Estado argentino, Alberto Fernández, ... «...», aseveró el mandatario", held-out21; "el alcalde Enrique
  Álvarez Barreiro ... explicó el regidor", held-out20, between straight single marks no reader takes): the one person
  named with a title of its group (lexicon ``title_synonyms``, title_synonyms.synonym_holder); two persons so titled,
  none is guessed.
- (Spanish) a capitalised title after the verb with its place or body ("comentó el DT de Ecuador", held-out12;
  "señaló el Vicedecano de la Facultad de Ciencias Exactas, ..., Carlos López", held-out8, both between straight single
  marks) was read as a person's name; it is a title (title_mentions._title_read_as_name, as "concluyó el Delegado"),
  tied as titles are; a body's name ("la Secretaría de Salud de Puebla") and a surname ("el Ministro del Castillo")
  are left as they were. "vicedecano" joins lexicon ``person_titles``.
- (Spanish) a sentence opened by a title and its preterite, its quotation after a reporting verb whose subject the
  readers leave implied ("En su turno de palabra la fiscal insistió en la culpabilidad de los dos acusados, ..., y
  pidió al jurado popular que “no olvide a la víctima”", held-out21: three partial quotations of that sentence
  missed): the title is the subject (sentence_subject._title_subject, as a name opening the sentence is read by
  _sentence_subject), unless a clause with a subject of its own opens or another person is named as a subject.
- (English roles) a witness introduced by what they saw ("said 12-year-old Donovan Potts, who saw the whole incident
  unfold", held-out21): lexicon ``home_cues`` gains "who saw", "who witnessed", "who watched"; the opposition's leader
  written without "the" ("Leader of Opposition Ralph Regenvanu", held-out21) is government as "leader of the
  opposition" is.
"""

from __future__ import annotations

import pytest

from analysis.corpus.records import Article
from analysis.sources.quotes import extract
from analysis.text import build
from tests.quotes_eval import direct_pairs as _direct


def _roles(text: str, language: str) -> dict[str, str]:
    """Speaker → role of the direct quotations the extractor reads in ``text``."""
    return {q.speaker: q.role for q in extract(build([Article("a", text, language=language)])) if q.direct}

CRETTON = (  # real: https://www.mpfchubut.gov.ar/centro-de-noticias/comodoro-rivadavia/finalizaron-los-alegatos-de-las-partes-y-manana-se-leera-el-fallo (held-out19)
    "El Dr. Marcelo Cretton consideró acreditada la autoría del hecho por parte del imputado “en virtud de los dichos "
    "de los testigos” presenciales el hecho. En cuanto a la materialidad del hecho la consideró probada con el "
    "Certificado de Defunción, como con la autopsia realizada a la víctima. También se refirió al dolo, o “clara "
    "intensión de terminar con la vida del mismo” sosteniendo que “no hubo respeto por la proporcionalidad en la "
    "pelea” ya que “como no pudo con los puños sacó el arma blanca”. Concluyendo que “no hubo agresión ilegítima por "
    "parte de Fabián González”, descartando con ello el argumento de la legítima defensa."
)

ADVERB_OPENED21 = [
    # Kind: an unwritten subject's sentence opened by an adverb with no comma, a reflexive clitic before the verb.
    pytest.param(CRETTON, ("Marcelo Cretton", "clara intensión de terminar con la vida del mismo"), id="tambien-se-real"),
    pytest.param(CRETTON, ("Marcelo Cretton", "no hubo respeto por la proporcionalidad en la pelea"), id="same-sentence"),
    pytest.param(  # made up
        "La ministra Ana Gil Soto presentó el plan de obras. También se mostró “muy satisfecha” con el acuerdo.",
        ("Ana Gil Soto", "muy satisfecha"),
        id="tambien-se-mostro-made-up",
    ),
    pytest.param(  # made up
        "La ministra Ana Gil Soto presentó el plan de obras. Además calificó el acuerdo de “histórico”.",
        ("Ana Gil Soto", "histórico"),
        id="ademas-no-comma-made-up",
    ),
]


@pytest.mark.parametrize(("text", "pair"), ADVERB_OPENED21)
def test_read21_adverb_opened_unwritten_subject(text, pair):
    """Each row's partial quotation goes to the speaker the sentence goes on from."""
    assert pair in _direct(text, "es")


@pytest.mark.parametrize(
    "text",
    [
        # made up: a capitalised word that is no adverb of verb_openers opens a sentence with a subject of its own
        "La ministra Ana Gil Soto presentó el plan de obras. Todos se fueron al “bar” de la esquina.",
        # made up: the adverb opens a sentence whose subject is another person, named
        "La ministra Ana Gil Soto presentó el plan de obras. También Luis Ramos Díaz se mostró “muy satisfecho”.",
        # made up: an impersonal "se" (no verb of lexicon reflexive_openers) has no speaker
        "La ministra Ana Gil Soto presentó el plan de obras. También se aprobó un “plan de choque” para el campo.",
    ],
    ids=["todos-se", "tambien-named", "tambien-impersonal-se"],
)
def test_read21_adverb_opened_negative(text):
    """Negative: no statement of the last speaker where the sentence has another subject."""
    assert not any(speaker == "Ana Gil Soto" for speaker, _words in _direct(text, "es"))


GERUND_OPENED21 = [
    # Kind: a sentence opened by a gerund of saying and "que", its subject the last speaker's.
    pytest.param(CRETTON, ("Marcelo Cretton", "no hubo agresión ilegítima por parte de Fabián González"), id="real"),
    pytest.param(  # made up
        "El intendente Carlos Ruiz Paz defendió la tasa vial ante los vecinos. Añadiendo que “las obras llegarán a "
        "todos los barrios”, cerró su discurso.",
        ("Carlos Ruiz Paz", "las obras llegarán a todos los barrios"),
        id="anadiendo-made-up",
    ),
]


@pytest.mark.parametrize(("text", "pair"), GERUND_OPENED21)
def test_read21_gerund_opened_sentence(text, pair):
    assert pair in _direct(text, "es")


def test_read21_gerund_of_no_saying_is_no_statement():
    """Negative: a gerund that says nothing ("Sabiendo que") opens no statement of the last speaker."""
    text = (  # made up
        "El intendente Carlos Ruiz Paz defendió la tasa vial ante los vecinos. Sabiendo que “no hay fondos”, el "
        "concejo votó en contra."
    )
    assert not any(speaker == "Carlos Ruiz Paz" and "fondos" in words for speaker, words in _direct(text, "es"))


WHIRLPOOL = (  # real: https://todoenunclick.com/whirlpool-invertira-usd40-millones-en-argentina (held-out21)
    "Este plan de inversiones es el segundo que sella Argentina en febrero, después de que el "
    "laboratorio farmacéutico Richmond anunciara un proyecto quinquenal de inversiones cotizado en 80 "
    "millones de dólares para tecnología, capacitación profesional y ampliación de la capacidad "
    "productiva.\n"
    "La compañía de electrodomésticos estadounidense Whirlpool, una de las mayores del mundo en su "
    "sector, anunció este lunes un plan de inversiones por valor de 40 millones de dólares para "
    "construir una nueva planta en Argentina, lo que generará “mil nuevos puestos de trabajo entre "
    "directos e indirectos”.\n"
    "Según un comunicado de Presidencia, este dinero se destinará al desarrollo de un espacio productivo "
    "de 30.000 metros cuadrados, con tecnología “de última generación” para la producción de lavadoras "
    "de “alta capacidad de carga”.\n"
    "Esta planta, que será “la más moderna” de América Latina, desarrollará un total de 300.000 unidades "
    "mediante “procesos sustentables” para la protección del medioambiente.\n"
    "De la producción total de este centro, dos tercios estarán destinados para la exportación, con la "
    "intención de que la empresa pueda generar una balanza comercial positiva a partir del 2023, según "
    "el texto del comunicado.\n"
    "La construcción de esta nueva planta se culminará en un plazo de entre 18 y 24 meses, creando mil "
    "nuevos puestos de trabajo gracias a la “fabricación propia” y al “desarrollo de proveedores "
    "locales”.\n"
    "Este acuerdo se anunció tras una videoconferencia entre el presidente de Whirlpool Latinoamérica, "
    "Joao Brega, y el jefe de Estado argentino, Alberto Fernández, quien afirmó que “se abren buenas "
    "perspectivas para la industria argentina a partir de los anuncios de inversiones”.\n"
    "“El desarrollo de las empresas es el desarrollo del país”, aseveró el mandatario en declaraciones "
    "recogidas en el comunicado de Presidencia."
)

SYNONYM21 = [
    # Kind: an untied title after the verb, its holder named before under another title of the office.
    pytest.param(WHIRLPOOL, ("Alberto Fernández", "El desarrollo de las empresas es el desarrollo del país"), id="real"),
    pytest.param(  # made up
        "La reunión fue entre el presidente de la empresa, Juan Brega Soto, y el jefe de Estado, Alberto Fernández "
        "Ruiz.\n«El plan crea empleo», indicó el Ministerio de Economía en un comunicado.\n«El desarrollo de las "
        "empresas es el desarrollo del país», aseveró el mandatario.",
        ("Alberto Fernández Ruiz", "El desarrollo de las empresas es el desarrollo del país"),
        id="mandatario-made-up",
    ),
    pytest.param(  # made up
        "El intendente Carlos Paz Ruiz recorrió el barrio Las Dalias.\n«La tasa es ilegal», señaló la Defensoría del "
        "Pueblo en un comunicado.\n«Los vecinos me lo plantean todos los días», respondió el jefe comunal.",
        ("Carlos Paz Ruiz", "Los vecinos me lo plantean todos los días"),
        id="jefe-comunal-made-up",
    ),
]


@pytest.mark.parametrize(("text", "pair"), SYNONYM21)
def test_read21_title_synonym_holder(text, pair):
    assert pair in _direct(text, "es")


def test_read21_title_synonym_two_holders_negative():
    """Negative: two persons named with a title of the office: the title after the verb is no one's guess."""
    text = (  # made up
        "El alcalde Enrique Soto Barreiro y la alcaldesa vecina, Marta Ruiz Gil, firmaron el convenio.\n«Es un día "
        "histórico», explicó el regidor."
    )
    speakers = [speaker for speaker, words in _direct(text, "es") if "histórico" in words]
    assert "Enrique Soto Barreiro" not in speakers and "Marta Ruiz Gil" not in speakers


ROLES21 = [
    pytest.param(  # real: https://www.fox17online.com/2014/09/11/police-perimeter-set-up-on-grand-rapids-ne-side (held-out21)
        "“Well I was sitting on my friend’s porch, and we heard a bunch of sirens. We got off the front step, and we saw "
        "a bunch of police officers coming, and they were chasing after a man,” said 12-year-old Donovan Potts, who saw "
        "the whole incident unfold.",
        ("Donovan Potts", "witness"),
        id="who-saw-real",
    ),
    pytest.param(  # made up
        "\"The car hit the wall and burst into flames,\" said Maria Lopez, who witnessed the crash from her car.",
        ("Maria Lopez", "witness"),
        id="who-witnessed-made-up",
    ),
    pytest.param(  # made up, as the Daily Post (Vanuatu) writes the title
        "“We boycotted the session because the rules were breached,” said Leader of Opposition Ralph Regenvanu.",
        ("Ralph Regenvanu", "government"),  # the title is now read as a title, apart from the name
        id="leader-of-opposition-made-up",
    ),
]


@pytest.mark.parametrize(("text", "speaker_role"), ROLES21)
def test_read21_roles(text, speaker_role):
    speaker, role = speaker_role
    assert _roles(text, "en").get(speaker) == role


def test_read21_who_saw_a_report_is_no_witness_negative():
    """Negative: "who saw" is read only for a speaker no cue gives a role: a spokesman who saw a report is still
    government's."""
    text = (  # made up
        "\"The figures are worrying,\" said Health Ministry spokesman Tom Hill Baker, who saw the report on Monday."
    )
    assert _roles(text, "en").get("Tom Hill Baker") == "government"


TITLE_OF21 = [
    pytest.param(  # made up, as El Bocón writes it (held-out12: "comentó el DT de Ecuador", https://elbocon.pe/futbol-peruano/seleccion-peruana/peru-vs-ecuador-en-directo-la-tricolor-ratoneo-ante-la-seleccion-peruana-el-dt-de-los-nortenos-responde-video-192933/)
        "El técnico de los norteños, Jorge Célico, dio la clásica conferencia de prensa tras su victoria.\n«Ellos son "
        "el futuro de nuestro fútbol, no me cabe duda», comentó el DT de Ecuador.",
        ("Jorge Célico", "Ellos son el futuro de nuestro fútbol, no me cabe duda"),
        id="dt-de-made-up",
    ),
    pytest.param(  # made up, as Diario de Cuyo writes it (held-out8, https://www.diariodecuyo.com.ar/sanjuan/El-nuevo-telescopio-del-Cesco-descubrio-2-estrellas-20160902-0009.html)
        "«Es un honor para la facultad», señaló el Vicedecano de la Facultad de Ciencias Exactas, Carlos López Paz.",
        ("Carlos López Paz", "Es un honor para la facultad"),
        id="vicedecano-de-la-made-up",
    ),
]


@pytest.mark.parametrize(("text", "pair"), TITLE_OF21)
def test_read21_capitalised_title_of_a_place_or_body(text, pair):
    assert pair in _direct(text, "es")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # real (held-out13, https://oncenoticias.digital/salud/crecen-385-casos-de-dengue-en-mexico-en-2024/367556,
        # shortened): a body's name opened by a title's word is the body
        ("«Por parte de la Secretaría de Bienestar, empoderar a los beneficiarios», dijo la Secretaría de Salud de "
         "Puebla.", "Secretaría de Salud de Puebla"),
        ("«Es un honor», dijo el Ministro del Castillo.", "Ministro del Castillo"),  # made up: "del", a surname's
    ],
    ids=["body-negative", "surname-negative"],
)
def test_read21_capitalised_title_of_negative(text, speaker):
    assert [s for s, _words in _direct(text, "es")] == [speaker]


FISCAL = (  # real: https://lanuevacronica.com/actualidad/fiscal-senala-dos-acusados-como-responsables-agresion-brutal-asesinato-mujer-en-cembranos_168670_102.html (held-out21)
    "En su turno de palabra la fiscal insistió en la culpabilidad de los dos acusados, un varón de unos 60 años y su "
    "expareja sentimental y compañera de trabajo de la fallecida, y pidió al jurado popular que “no olvide a la "
    "víctima”, una mujer de solo 20 años que aseguró que fue agredida de una manera “brutal” antes de que ambos le "
    "quitaran la vida, envolvieran su cuerpo y lo ataran “con cinta aislante”."
)

TITLE_SUBJECT21 = [
    pytest.param(FISCAL, ("fiscal", "no olvide a la víctima"), id="fiscal-real"),
    pytest.param(FISCAL, ("fiscal", "con cinta aislante"), id="fiscal-real-same-sentence"),
    pytest.param(  # made up
        "El entrenador reconoció los errores del equipo y pidió a la afición que “no deje de creer”.",
        ("entrenador", "no deje de creer"),
        id="entrenador-made-up",
    ),
    pytest.param(  # made up
        "Después, la ministra recorrió la zona afectada y calificó la situación de “dramática”.",
        ("ministra", "dramática"),
        id="ministra-opening-phrase-made-up",
    ),
]


@pytest.mark.parametrize(("text", "pair"), TITLE_SUBJECT21)
def test_read21_title_opening_the_sentence(text, pair):
    assert pair in _direct(text, "es")


@pytest.mark.parametrize(
    "text",
    [
        "La casa del vecino quedó “destrozada” tras el temporal.",  # made up: no title's word
        "La fiscal citó al testigo Juan Pérez Gil y este contó que “vio todo desde la ventana”.",  # made up: another
        # person named as a subject between
    ],
    ids=["no-title", "another-subject"],
)
def test_read21_title_opening_the_sentence_negative(text):
    assert not any(speaker == "fiscal" or "casa" in speaker for speaker, _words in _direct(text, "es"))
