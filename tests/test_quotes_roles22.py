"""Role rules of session 22 (roles22, issue #23): kinds of the spent sets' "government → unknown" and "witness →
unknown" role confusions (``python -m tests.role_confusions --rows``, every spent set: dev to held-out16), read with
the sets' conventions ("about": legislators, party leaders, mayors, ministers, national agencies and their officials
are government; residents, evacuees and tourists witness; companies and their boards unknown).

Kinds: a party's leader named by the party ("Reform UK leader Nigel Farage": role_only_cues); a state's national body
named by its kind or its name ("director regional de Senapred", "el Instituto Nacional de Estadística", "la
administración de Cianjur"; a company's "Consejo de Administración" stays unknown); parentheses between a title and
the name, an acronym or a short aside ("El senador por Formosa (UxP), José Mayans", "el diputado del Partido de
Avanzada Nacional (PAN) Manuel Conde": ``name_descriptions._before``).
Rows: (id, text, language, [(speaker, role)]) of the direct quotations; a row from a spent set names it and its
excerpt's address.
"""

from __future__ import annotations

import pytest

from analysis.corpus.records import Article
from analysis.sources.quotes import extract
from analysis.text import build

ROWS = [
    # a party's leader named by the party (was unknown)
    # held-out7 (spent), http://www.expressandstar.com/news/2010/09/13/unions-under-fire-over-strike-threats/
    ("party-en-1", 'Acting Labour leader Harriet Harman told the conference this afternoon it was "the same old nasty '
     'Tory party".', "en", [("Harriet Harman", "government")]),
    ("party-en-2", '"We will vote against it," Conservative leader Ann Lee said.', "en", [("Ann Lee", "government")]),
    ("party-en-3", '"We will vote against it," said Ann Lee, the Reform UK leader.', "en", [("Ann Lee", "government")]),
    # negatives: a union's leader, a party's spokesman stay unknown (the sets' conventions)
    ("party-neg-en-1", '"We will strike," union leader Ann Lee said.', "en", [("Ann Lee", "unknown")]),
    ("party-neg-en-2", '"We will strike," party spokesman Ann Lee said.', "en", [("Ann Lee", "unknown")]),
    # a state's national body named by its kind (was unknown)
    # held-out16 (spent), https://laserenaradio.cl/web/2025/12/16/incendio-forestal-de-san-pedro-alcanza-1-600-
    # hectareas-y-obliga-evacuacion
    ("national-es-1", "Miguel Muñoz, director regional de Senapred, resaltó que anoche se configuró un escenario muy "
     "complejo con el siniestro y ahora, hace pocas horas, de nuevo se volvió a reactivar de forma bastante fuerte. "
     "“Ayer en el incendio forestal saltamos de repente de 450 hectáreas a 1.000 y en un rato en la tarde a 1.600”.",
     "es", [("Miguel Muñoz", "government")]),
    ("national-es-2", "«Hay alerta roja», dijo Ana Ruiz, directora de la Oficina Nacional de Emergencia (Onemi).", "es",
     [("Ana Ruiz", "government")]),
    ("national-es-3", "«Los precios bajaron», dijo Ana Ruiz, directora del Instituto Nacional de Estadística.", "es",
     [("Ana Ruiz", "government")]),
    ("national-es-4", "«Hay 56 muertos», dijo Herman Suherman, responsable de la administración de Cianjur.", "es",
     [("Herman Suherman", "government")]),
    # negatives: a university's institute stays expert, a company's board unknown
    # held-out16 (spent), https://lostubos.com/2019/09/06/promete-fernandez-carbajal-41-mil-empleos-directos (was
    # government: "presidente")
    ("national-neg-es-1", "De acuerdo con la agencia Notimex, el presidente ejecutivo del Consejo de Administración de "
     "Femsa, José Antonio Fernández Carbajal, “El Diablo”, dijo que en la reunión que tuvo este jueves con el "
     "presidente le expresó la importancia de mantener un diálogo.\n“Le transmití también mi visión”, dijo Fernández "
     "Carbajal.", "es", [("José Antonio Fernández Carbajal", "unknown")]),
    ("national-neg-es-2", "«El sismo fue superficial», dijo Ana Ruiz, investigadora del Instituto de Geofísica.", "es",
     [("Ana Ruiz", "expert")]),
    # parentheses between a title and the name: an acronym or a short aside (was unknown)
    # held-out2 (spent), https://www.launion.digital/politica/con-voto-desempate-villarruel-gobierno-logro-aprobacion-
    # general-ley-bases-senado-n180507
    ("paren-es-1", "El senador por Formosa (UxP), José Mayans, habla en el Congreso y en minutos comenzará la votación: "
     "\"Milei es una suerte de resultado de las redes sociales\".", "es", [("José Mayans", "government")]),
    # held-out8 (spent), https://epicentro.gt/jefes-de-bloque-del-congreso-le-cuentan-su-version-a-oea-sobre-situacion-
    # del-pais/
    ("paren-es-2", "“La llamada indignación no es más que un mecanismo”, dijo el diputado del Partido de Avanzada "
     "Nacional (PAN) Manuel Conde.\n\nConde indicó que las convocatorias se han hecho por parte de grupos financiados. "
     "“Las turbas vandálicas llegaron al recinto”, manifestó.", "es",
     [("Manuel Conde", "government"), ("Manuel Conde", "government")]),
    # held-out9 (spent), https://cronicadecantabria.com/cr/?p=1444451
    ("paren-es-3", "El gerente general del Banco de la República (el banco central de Colombia), Rodrigo Villar, ha "
     "apuntado que la inflación se encuentra «en un punto de inflexión».\n«Teníamos la necesidad de desacelerar la "
     "economía», ha explicado Villar.", "es", [("Rodrigo Villar", "government"), ("Rodrigo Villar", "government")]),
    ("paren-es-4", "La directora de la Oficina Nacional de Emergencia (Onemi), Ana Ruiz, dijo: «Hay alerta roja».", "es",
     [("Ana Ruiz", "government")]),
    # negatives: the aside is no title; a company's acronym is a company's
    ("paren-neg-es-1", "La vecina del barrio (la más antigua), Ana Ruiz, dijo: «Nos inundamos».", "es",
     [("Ana Ruiz", "witness")]),
    ("paren-neg-es-2", "El presidente de la empresa (Femsa), Luis Gil, dijo: «Invertiremos más en el país este año».", "es",
     [("Luis Gil", "unknown")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "expected"), [pytest.param(t, lang, e, id=i) for i, t, lang, e in ROWS])
def test_the_role_shown_is_the_speakers_own(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    quotes = extract(build([Article("a", text, language=language)]))
    assert [(q.speaker, q.role) for q in quotes if q.direct] == expected
