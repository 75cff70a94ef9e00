"""Who speaks, session 23 (issue #23, branch real23q): kinds read in unseen real Spanish coverage.

Twenty Spanish excerpts no data file held (councils in Ourense and Burgos, the Lucía Pérez, Cuco, La Manada, Chapo and
Cócteles trials, Colombia's Senate, Chile's pension reform, Mexican investments, street lighting in Pilar and La Plata,
football in Rosario and the Ascenso, a works council in Jerez) are tests/data/quotes_real23.json (not blind: its misses
were read). Each kind below got a general rule, kept only when no quote set lost a right speaker or gained a wrong one
(``python -m tests.quotes_eval``, the blind sets counted only). Rows: (text, language, [(speaker, statement, direct)]):
the real sentence with its address, made-up ones, and at least one negative per kind.

- a name inside a participle's adjunct read as the verb's subject: "El abogado defensor Jeffrey Lichtman, acompañado
  de sus compañeros letrados, Eduardo Balarezo y William Purpura, declaró que apelará la decisión" gave the statement
  to Purpura (the aside holds commas, so it was no apposition); "Consultado acerca del cuestionamiento que los
  magistrados hicieron del accionar de la fiscal María Isabel Sánchez en el comienzo de la investigación sostuvo que
  ..." gave it to the prosecutor. An adjunct opened by a past participle and its preposition (``adjunct_participles``
  and ``adjunct_links`` of lexicons/sources_<lang>.yaml: "acompañado de", "consultado acerca de", "preguntado por",
  "flanked by", ...) between a comma and the comma before the verb is no subject: the words before it are read; one
  opening the clause with no comma inside and a capitalised word in it leaves the subject unwritten
  (subjects._participle_adjunct). An opening adjunct with no name ("Consultada sobre la migración indicó", held-out5)
  is read as before.
- a name inside a restrictive relative clause of the subject's title: "El abogado que había pedido una pena de prisión
  perpetua para Matías Farías y Juan Pablo Offidani le dijo a los padres ... que" gave Offidani the statement (and the
  quotation after it). A singular definite title that names a speaker, then "que" and no comma up to the verb, is the
  subject (subjects._title_with_relative); a reporting verb after the noun ("El litigante explicó que ...") is no
  relative clause (quotes_blind).
- a body written with "desde" read as nobody: "..., si allí no se presenta en Junta de Portavoces la propuesta «es
  imposible» que el alcalde la incluya en el orden del día del Pleno, han apuntado desde el Ayuntamiento." went to
  the mayor quoted before; "Desde el Partido Nacional se anunció que ..." (held-out5) to the senator quoted before.
  "desde" and an article before a body's name (its head a ``body_nouns`` word, or a name that speaks) that ends the
  attribution after a verb (a full stop, a semicolon or the end next), or that is all the clause before a verb, is
  the speaker (analysis/sources/from_body.py, read by subject_after._subject_after and subjects._written_before). A
  comma after it ("respondió desde el Congreso, donde se encuentra", held-out5) and a subject after it ("Desde el
  Ayuntamiento, el alcalde dijo") say where one spoke. Burgos's own sentence stays a known miss: "Junta de
  Portavoces" before the quotation is read as a title and wins over the attribution closing the sentence.
- the clause said taken for the paragraph's subject: "Kansas City Southern México mantendrá sus inversiones ...,
  confirmó el presidente y representante ejecutivo de ese consorcio, José Zozaya. ¶ “Creemos que sí, ...”, aseguró
  durante una breve entrevista" gave the quotation to the company (the paragraph's opening name, read as the one
  the next paragraph goes on from). When the paragraph's reporting verb comes after a comma and has a subject after
  it (a determiner or a capitalised word: "confirmó el presidente"), the name opening it is the clause's, and the
  last speaker goes on (subjects._paragraph_before_subject). "Chadwick, también en su testimonio ..., dijo que"
  (held-out5: a subject, an aside, then the verb and "que") keeps its reading.
- a concession joined to the speaker's next statement read into the first: "El letrado ha manifestado que no ha
  podido hablar hoy con sus clientes, aunque ha explicado que imagina que ..." gave the first statement the second's
  words. ", aunque" and ", pero" right before a reporting verb end the clause as ", y añadió" did
  (indirect.RE_NEXT_STATEMENT); ", pero" before other words stays in it. Spent sets es indirect +10 right (held-out3,
  7, 8, 10, 13, 18), nothing wrong gained; blind held-out17 es indirect 31/40 -> 32/40.
- "el letrado" named no one: "letrado", "letrada" (and plurals) and "penalista" are expert cues beside "abogado"
  (lexicons/sources_es.yaml), as Spanish court reporting names the lawyer again ("El letrado ha manifestado",
  "insistió el letrado").
"""

from __future__ import annotations

import pytest

from tests.quotes_eval import REAL23, annotation_problems, between_marks, run, statements
from tests.test_quotes import _check_precision_and_recall, _check_roles

ROWS = [
    # Doble Llave (EFE), http://doblellave.com/defensores-del-chapo-apelaran-sentencia-condenatoria/
    pytest.param("El abogado defensor Jeffrey Lichtman, acompañado de sus compañeros letrados, Eduardo Balarezo y "
                 "William Purpura, declaró que apelará la decisión.", "es",
                 [("Jeffrey Lichtman", "apelará la decisión", False)], id="accompanied-by-names-real-es"),
    pytest.param("La alcaldesa Ana Gil, rodeada de sus concejales, Luis Pérez y Marta Ruiz, afirmó que la obra "
                 "terminará en mayo.", "es",
                 [("Ana Gil", "la obra terminará en mayo", False)], id="surrounded-by-names-es"),
    pytest.param("Tom Reed, accompanied by his lawyers, Ann Lee and Bob Hill, said the ruling would be appealed.", "en",
                 [("Tom Reed", "the ruling would be appealed", False)], id="accompanied-by-names-en"),
    # 0223, https://www.0223.com.ar/nota/2018-11-26-17-7-0--vamos-a-recurrir-la-sentencia-cuestionando-la-vision-que-
    # tuvo-el-tribunal
    pytest.param("“Tenemos siete días corridos para hacer la reserva de rigor”, señaló Gustavo Marceillac.\n\n"
                 "Consultado acerca del cuestionamiento que los magistrados hicieron del accionar de la fiscal María "
                 "Isabel Sánchez en el comienzo de la investigación sostuvo que esta comunicación ya la hizo el "
                 "Tribunal remitiendo una copia de la sentencia a la Procuración.", "es",
                 [("Gustavo Marceillac", "Tenemos siete días corridos para hacer la reserva de rigor", True),
                  ("Gustavo Marceillac", "esta comunicación ya la hizo el Tribunal remitiendo una copia de la "
                   "sentencia a la Procuración", False)], id="asked-about-name-real-es"),
    pytest.param("El ministro Luis Gil habló ayer. Preguntado por la diputada Ana Ruiz, respondió que no habrá "
                 "recortes.", "es",
                 [("Luis Gil", "no habrá recortes", False)], id="asked-by-name-comma-es"),
    # negatives: an apposition of the subject is read as before; a subject after the adjunct's comma is the subject;
    # an opening adjunct with no name in it is read as before (no statement: held-out5's "Consultada sobre ...")
    pytest.param("Ana Gil, acompañada por el alcalde Luis Pérez, declaró que apelará la decisión.", "es",
                 [("Ana Gil", "apelará la decisión", False)], id="accompanied-by-one-name-es"),
    pytest.param("Consultado por la prensa, el ministro Luis Gil sostuvo que no habrá recortes.", "es",
                 [("Luis Gil", "no habrá recortes", False)], id="asked-then-subject-negative-es"),
    pytest.param("Ana Ruiz, vecina del barrio, afirmó que la luz no funciona.", "es",
                 [("Ana Ruiz", "la luz no funciona", False)], id="apposition-no-participle-negative-es"),
    # 0223 (as above)
    pytest.param("“Tenemos siete días corridos para presentarnos”, señaló Gustavo Marceillac.\n\nEl abogado que había "
                 "pedido una pena de prisión perpetua para Matías Farías y Juan Pablo Offidani le dijo a los padres de "
                 "la adolescente que las cosas no iban a terminar tras la lectura. “Cuando a uno la sentencia no le "
                 "gusta se puede recurrir”, agregó.", "es",
                 [("Gustavo Marceillac", "Tenemos siete días corridos para presentarnos", True),
                  ("Gustavo Marceillac", "las cosas no iban a terminar tras la lectura", False),
                  ("Gustavo Marceillac", "Cuando a uno la sentencia no le gusta se puede recurrir", True)],
                 id="title-with-relative-real-es"),
    pytest.param("La vecina que llamó a Juan Pablo Offidani dijo que la calle está a oscuras.", "es",
                 [("vecina", "la calle está a oscuras", False)], id="title-with-relative-es"),
    # negatives: a thing's relative clause names no speaker; a reporting verb after the noun is the verb; a comma in
    # the clause (an apposition after the relative) is read as before
    pytest.param("La ley que aprobó el Congreso establece que los plazos se amplían.", "es", [],
                 id="thing-with-relative-negative-es"),
    pytest.param("El litigante explicó que el amparo obliga a dictar una nueva sentencia.", "es",
                 [("litigante", "el amparo obliga a dictar una nueva sentencia", False)],
                 id="title-then-verb-negative-es"),
    # Burgos Conecta, https://burgosconecta.es/burgos/ayuntamiento/fernandez-santos-propone-20190206120529-nt.html
    pytest.param("Y, de acuerdo con la normativa, si allí no se presenta en Junta de Portavoces la propuesta «es "
                 "imposible» que el alcalde la incluya en el orden del día del Pleno, han apuntado desde el "
                 "Ayuntamiento.", "es", [("Ayuntamiento", "es imposible", True)], id="from-body-after-real-es",
                 marks=pytest.mark.xfail(reason="'Junta de Portavoces' before the quotation is read as a title",
                                         strict=True)),
    # Gente d'Italia (held-out5, spent), https://www.genteditalia.org/2018/08/09/uruguay-el-voto-desde-el-exterior-el-
    # senado-dio-su-aprobacion-al-proyecto-de-ley-por-16-votos-en-28/
    pytest.param("Desde el Partido Nacional se anunció que la próxima semana se resolverá con juristas los mecanismos "
                 "para accionar contra la norma.", "es",
                 [("Partido Nacional", "la próxima semana se resolverá con juristas los mecanismos para accionar "
                   "contra la norma", False)], id="from-body-opening-real-es"),
    pytest.param("«La calle se abrirá en mayo», han explicado desde el Ayuntamiento.", "es",
                 [("Ayuntamiento", "La calle se abrirá en mayo", True)], id="from-body-after-es"),
    pytest.param("Desde la Fiscalía señalaron que el caso sigue abierto.", "es",
                 [("Fiscalía", "el caso sigue abierto", False)], id="from-body-opening-es"),
    # negatives: where one spoke (a comma after the body, a subject after it, a place), a club no body noun heads
    pytest.param("El ministro del Interior, Andrés Chadwick, respondió desde el Congreso, donde se encuentra con motivo "
                 "de la ley, a las solicitudes de renuncia.", "es", [], id="from-body-comma-where-negative-es"),
    pytest.param("Desde el Ayuntamiento, el alcalde Luis Gil dijo que la obra es imposible.", "es",
                 [("Luis Gil", "la obra es imposible", False)], id="from-body-then-subject-negative-es"),
    pytest.param("«Vamos a ganar», dijo el presidente Luis Gil desde el Palacio de Gobierno.", "es",
                 [("Luis Gil", "Vamos a ganar", True)], id="from-place-after-subject-negative-es"),
    pytest.param("«Vamos a ganar», explicaron desde el Real Madrid.", "es", [], id="from-club-negative-es"),
    # El Sol de La Laguna, https://www.elsoldelalaguna.com.mx/finanzas/kansas-city-souther-invertira-en-mexico-125-
    # mdd-4006538.html
    pytest.param("Kansas City Southern México mantendrá sus inversiones en nuestro país, las cuales ascienden a 125 "
                 "millones de dólares, confirmó el presidente y representante ejecutivo de ese consorcio, José Zozaya."
                 "\n\n“Creemos que sí, nosotros seguiremos con nuestras inversiones programadas”, aseguró durante una "
                 "breve entrevista en Palacio Nacional.", "es",
                 [("José Zozaya", "Kansas City Southern México mantendrá sus inversiones en nuestro país, las cuales "
                   "ascienden a 125 millones de dólares", False),
                  ("José Zozaya", "Creemos que sí, nosotros seguiremos con nuestras inversiones programadas", True)],
                 id="clause-said-opens-paragraph-real-es"),
    pytest.param("«Sí», dijo Luis Gil.\nPedro Sala ganará la carrera, aseguró la entrenadora Ana Ruiz.\n«Está en su "
                 "mejor momento», indicó.", "es",
                 [("Ana Ruiz", "Pedro Sala ganará la carrera", False),
                  ("Ana Ruiz", "Está en su mejor momento", True)], id="clause-said-opens-paragraph-es"),
    # negative: a subject, an aside between commas, then the verb and its clause: the subject goes on
    pytest.param("«Sí», dijo Luis Gil.\nAna Ruiz, también en su testimonio ante la Fiscalía, dijo que no sabía "
                 "nada.\n«No lo vi», indicó.", "es",
                 [("Ana Ruiz", "no sabía nada", False), ("Ana Ruiz", "No lo vi", True)],
                 id="subject-aside-verb-negative-es"),
    # elEconomista (Europa Press), http://www.eleconomista.es/espana/noticias/9099309/04/18/Tribunales-Un-abogado-de-
    # acusados-de-La-Manada-dice-que-recurriran-si-no-son-declarados-inocentes.html
    pytest.param("El letrado ha manifestado que no ha podido hablar hoy con sus clientes, aunque ha explicado que "
                 "imagina que estarán viviendo la jornada con tensión.", "es",
                 [("letrado", "no ha podido hablar hoy con sus clientes", False),
                  ("letrado", "imagina que estarán viviendo la jornada con tensión", False)],
                 id="concession-next-statement-real-es"),
    pytest.param("La ministra Ana Gil dijo que la obra se retrasó, pero aseguró que terminará en mayo.", "es",
                 [("Ana Gil", "la obra se retrasó", False), ("Ana Gil", "terminará en mayo", False)],
                 id="but-next-statement-es"),
    # negative: ", pero" before no reporting verb goes on in the clause said
    pytest.param("La ministra Ana Gil dijo que la obra se retrasó, pero la empresa pagará la multa.", "es",
                 [("Ana Gil", "la obra se retrasó, pero la empresa pagará la multa", False)],
                 id="but-clause-negative-es"),
    pytest.param("El abogado que representa a la familia, Juan Pérez, dijo que el fallo será recurrido.", "es",
                 [("Juan Pérez", "el fallo será recurrido", False)], id="title-relative-apposition-negative-es"),
]


@pytest.mark.parametrize(("text", "language", "expected"), ROWS)
def test_real23_kinds(text: str, language: str, expected: list[tuple[str, str, bool]]) -> None:
    assert statements(text, language) == expected


# The set read for these kinds (not blind): main 67c3daf gave direct es 62/68/78 (0.912 / 0.795), indirect es
# 16/22/26 (0.727 / 0.615), roles 55/62; this branch direct 64/68/78 (0.941 / 0.821), indirect 21/23/26
# (0.913 / 0.808), roles 58/64 (0.906). Floors are those ratios rounded down; they ratchet.
REAL23_FLOORS = {("es", True): (0.94, 0.82), ("es", False): (0.91, 0.80)}
REAL23_ROLE_FLOORS = {"es": 0.90}
_OPENING, _CLOSING = '«“"‘”', "»”\"’“'"


def test_real23_annotations_are_well_formed():
    """Each quotation occurs where tests/quotes_eval.load looks for it, between marks (Villa Elvira's closing mark
    written as an opening one, '... bastante tiempo “contó Natalia', included), with a known role; ids and addresses
    unique; no address another data file's."""
    problems, counts, data = annotation_problems(REAL23, between_marks(_OPENING, _CLOSING))
    assert len({ex["id"] for ex in data["excerpts"]}) == len(data["excerpts"]) == 20
    assert len({ex["url"] for ex in data["excerpts"]}) == 20
    assert problems == []
    assert counts == {("es", True): 78, ("es", False): 26}


@pytest.fixture(scope="module")
def real23():
    return run(REAL23)


@pytest.mark.parametrize("key", list(REAL23_FLOORS), ids=lambda k: f"{k[0]}-{'direct' if k[1] else 'indirect'}")
def test_real23_precision_and_recall(real23, key):
    _check_precision_and_recall("real23", real23, key, REAL23_FLOORS)


def test_real23_roles_of_right_speakers(real23):
    _check_roles("real23", real23, "es", REAL23_ROLE_FLOORS)
