"""Claim rules for kinds of the spent held-out8's misses (mission 3, session 21, branch c8read).

``tests/data/claims_heldout8.json`` is spent since session 21, after its two blind runs (tests/test_claims_heldout8.py):
its misses were printed (``python tests/claims_eval.py heldout8 -q``), grouped into kinds (Spanish recall and places
first), and each kind got a general rule, kept only when no other claims set lost a right toll or place or gained a
wrong one (every set scored with ``tests.test_claims_dev._score`` and its errors diffed, the claims of
agreement_real(2) diffed too). Each row: made-up sentences of the kind, at least one negative (the rule must not fire,
or a reading it must leave alone), and the real sentence where there is one (``-real-``; "authority-real" keeps the
sentences before it, "treated-real" a made-up lead and its sentence up to its second figure, "severity-real-es-2" and
"whole-country-real" their sentences shortened before the figures). Rows are (id, language, text, expected claims as (kind, group, low, high), their places in text order).
"""

from __future__ import annotations

import pytest

from tests.test_claims import found_and_placed

_K, _I, _M, _D = "killed", "injured", "missing", "displaced"

ROWS = [
    # A breakdown right after a toll, in a dash aside (a long or box-drawing dash needs no space after it) or in a
    # bracket: its people are a part of that toll, and a bare number "de ellos/ellas" ("of them") opening it names
    # people (kinds.inherit, figures_*.yaml of_them). Not a year or an hour in a bracket, not "COVID-19" (a figure
    # after a double hyphen is read, after a single one not), not an aside after a count that is no toll.
    ("aside-es-1", "es", "El derrumbe dejó 40 muertos —30 mineros y diez rescatistas—.",
     [(_K, "total", 40, 40), (_K, "mineros", 30, 30), (_K, "rescatistas", 10, 10)], [None, None, None]),
    ("aside-es-2", "es", "Al menos 50 personas murieron (20 de ellas en la estación central).",
     [(_K, "total", 50, None), (_K, "total", 20, 20)], [None, None]),
    ("aside-en-1", "en", "At least 40 people died (12 of them children).",
     [(_K, "total", 40, None), (_K, "children", 12, 12)], [None, None]),
    ("aside-real-es-1", "es", "Un avión de la compañía alemana Germanwings que realizaba el trayecto entre "
     "Barcelona y Dusseldorf se ha estrellado este martes en los Alpes franceses dejando 150 muertos ─144 pasajeros "
     "y seis miembros de la tripulación─.",
     [(_K, "total", 150, 150), (_K, "pasajeros", 144, 144), (_K, "miembros", 6, 6)], ["Alpes", "Alpes", "Alpes"]),
    ("aside-real-es-2", "es", "En total, al menos 128 personas han muerto (82 de ellas en la sala Bataclan) y "
     "otras 300 están heridas.",
     [(_K, "total", 128, None), (_K, "total", 82, 82), (_I, "total", 300, 300)], [None, None, None]),
    ("aside-neg-es-1", "es", "El incendio dejó 30 muertos (2015).",
     [(_K, "total", 30, 30)], [None]),
    ("aside-neg-es-2", "es", "El incendio dejó 30 muertos (a las 15.00 horas).",
     [(_K, "total", 30, 30)], [None]),
    ("aside-neg-es-3", "es", "Murieron 30 personas por COVID-19.",
     [(_K, "total", 30, 30)], [None]),
    ("aside-neg-es-4", "es", "Llegaron 30 turistas (12 de ellos alemanes).",
     [], []),
    # A part of the injured before by how badly hurt, "de ellos" then the state ("cuatro de ellos muy graves", "--80
    # de ellos en situación crítica--"): injured, of that severity. Not a state said of no people.
    ("severity-es-1", "es", "El accidente dejó 19 heridos, cuatro de ellos muy graves.",
     [(_I, "total", 19, 19), (_I, "seriously injured", 4, 4)], [None, None]),
    ("severity-real-es-1", "es", "Según el último balance, 127 personas perdieron la vida y 180 resultaron heridas "
     "--80 de ellos en situación crítica-- en varios ataques simultáneos contra locales de ocio y el estadio de "
     "fútbol de Saint Denis.",
     [(_K, "total", 127, 127), (_I, "critically injured", 180, 180), (_I, "critically injured", 80, 80)],
     [None, None, None]),
    ("severity-real-es-2", "es", "La ministra confirmaba la identificación de un avión de Spanair que se "
     "estrellaba en el aeropuerto de Barajas y que dejaba 19 heridos, cuatro de ellos muy graves.",
     [(_I, "total", 19, 19), (_I, "seriously injured", 4, 4)], ["Barajas", "Barajas"]),
    ("severity-neg-es-1", "es", "La empresa está en situación crítica desde hace 3 años.",
     [], []),
    # A year in an apposition between commas that compares ("la más grave registrada en España desde la de 1985,")
    # and closes before the figure's clause is the comparison's: the figure after it is this event's (exclusions).
    # Not when a relative opens the clause after the year ("desde 1998, cuando murieron 300": that year's toll).
    ("comparison-es-1", "es", "El incendio, el peor registrado en el país desde el de 1998, dejó 40 muertos.",
     [(_K, "total", 40, 40)], [None]),
    ("comparison-real-es-1", "es", "La tragedia aérea ocurrida ayer en Barajas, la más grave registrada en España "
     "desde la del monte vizcaíno de Oitz en 1985, se ha saldado con 153 muertos, según informó la ministra de "
     "Fomento, Magdalena Álvarez, tras contrastar los datos del pasaje facilitados por Spanair.",
     [(_K, "total", 153, 153)], ["Barajas"]),
    ("comparison-real-es-2", "es", "El número de fallecidos por los incendios del pasado lunes en la costa "
     "oriental de la región griega de Atica, los más mortíferos registrados en Europa desde 1900, ha ascendido a "
     "91, según el último informe oficial de los bomberos de este lunes.",
     [(_K, "total", 91, 91)], ["Atica"]),
    ("comparison-neg-es-1", "es", "Es el peor incendio desde 1998, cuando murieron 300 personas.",
     [], []),
    ("comparison-neg-en-1", "en", "Erdogan called it the deadliest calamity to hit the nation since the 1939 "
     "earthquake, which left more than 32,000 dead.",
     [], []),
    # People sheltering in shelters or made to be evacuated, and counts of those made to flee, are displaced. Not
    # "se refugian" alone ("se refugian del calor").
    ("displaced-real-es-1", "es", "Un total de 14,4 millones de personas tuvieron que ser evacuadas.",
     [(_D, "total", 14400000, 14400000)], [None]),
    ("displaced-real-es-2", "es", "Por otro lado, más de 160.000 personas se refugian en centros de evacuación, "
     "informa la agencia Kiodo.",
     [(_D, "total", 160001, None)], [None]),
    ("displaced-real-es-3", "es", "El número de personas obligadas a huir de sus casas aumentó a 387.000, agregó "
     "la fuente que también dio cuenta de unos 13.000 heridos.",
     [(_D, "total", 387000, 387000), (_I, "total", 11700, 14300)], [None, None]),
    ("displaced-es-1", "es", "Unas 200 familias se refugian en albergues del pueblo.",
     [(_D, "familias", 180, 220)], [None]),
    ("displaced-neg-es-1", "es", "Unas 20 personas se refugian del calor en la biblioteca.",
     [], []),
    # Whereabouts unknown ("se desconoce el paradero de unos 10.000 residentes"): missing. Not a thing's whereabouts.
    ("missing-real-es-1", "es", "En Iwate, se desconoce el paradero de unos 10.000 residentes de la localidad de "
     "Otsuchi.",
     [(_M, "residentes", 9000, 11000)], ["Iwate"]),
    ("missing-neg-es-1", "es", "Se desconoce el paradero del avión con 12 pasajeros.",
     [], []),
    # "o"/"ó" (the old accented spelling) joins a bare range ("los 200 ó 300 cadáveres", "dos o tres muertos"); a
    # verb's count is unchanged by a date's "11 o 12".
    ("range-real-es-1", "es", "«El balance debe incluir todavía los 200 ó 300 cadáveres que se encontraron en la "
     "playa de Sendai,» dijo un portavoz de la agencia.",
     [(_K, "total", 200, 300)], ["Sendai"]),
    ("range-es-1", "es", "Hubo dos o tres muertos en el choque.",
     [(_K, "total", 2, 3)], [None]),
    ("range-neg-es-1", "es", "Murieron 5 personas el 11 o 12 de marzo.",
     [(_K, "total", 5, 5)], [None]),
    # A number word written with a capital right after a preposition in lower case is a name ("un incendio en Once",
    # a district of Buenos Aires; "in Seven Oaks"). A number word in lower case, or after a Title Case heading's
    # capitalised preposition, is still a number.
    ("named-number-real-es-1", "es", "Son 175 los muertos por un tragico incendio en Once",
     [(_K, "total", 175, 175)], [None]),
    ("named-number-en-1", "en", "Five people died in a fire in Seven Oaks.",
     [(_K, "total", 5, 5)], ["Seven Oaks"]),
    ("named-number-neg-es-1", "es", "Murieron once personas en el incendio.",
     [(_K, "total", 11, 11)], [None]),
    ("named-number-neg-en-1", "en", "Fire In Buenos Aires Club Kills Seven",
     [(_K, "total", 7, 7)], ["Buenos Aires"]),
    # "en todo el país" stands for the country, as "en el país" does (claim_scope anaphors). Not "todo el país" that
    # follows no preposition.
    ("whole-country-real-es-1", "es", "Presentamos los hechos del sismo que sacudió el 12 de mayo a la provincia "
     "de Sichuan, suroeste de China:\n-La cifra de muertos llegó a 68.109 en todo el país hasta el mediodía de hoy "
     "miércoles, mientras que 364.552 personas resultaron heridas y hay 19.851 desaparecidas.",
     [(_K, "total", 68109, 68109), (_I, "total", 364552, 364552), (_M, "total", 19851, 19851)],
     ["China", "China", "China"]),
    ("whole-country-es-1", "es", "Las inundaciones azotaron Valparaíso, en Chile. Murieron 30 personas en todo el "
     "país.",
     [(_K, "total", 30, 30)], ["Chile"]),
    ("whole-country-neg-es-1", "es", "Las inundaciones azotaron Valparaíso, en Chile. Murieron 30 personas en "
     "Valparaíso, y todo el país está de luto.",
     [(_K, "total", 30, 30)], ["Valparaíso"]),
    # Where the injured are treated may be six lower-case words after "en" ("hospitalizadas en distintos centros
    # sanitarios de la Comunidad de Madrid"): no toll's place. A hospital where people died still is.
    ("treated-real-es-1", "es", "El avión se estrelló en Barajas. Álvarez explicó en rueda de prensa que otras 19 "
     "personas permanecen hospitalizadas en distintos centros sanitarios de la Comunidad de Madrid, tras morir una "
     "de las 20 inicialmente trasladadas.",
     [(_I, "hospitalized", 19, 19)], ["Barajas"]),
    ("treated-neg-es-1", "es", "Murieron 12 personas en un hospital de Gaza.",
     [(_K, "total", 12, 12)], ["Gaza"]),
    # An English authority's place may take its head, then the comma closing the apposition of the title ("Li
    # Chengyun, vice governor of Sichuan province, said ... the death toll had reached 14,866"): the region's own toll.
    # Not a Spanish title's place with the comma alone (the held-out5 governor of Minas Gerais), not a visit.
    ("authority-real-en-1", "en", "Even before China has fully tallied the dead, it faces the massive task of "
     "sustaining the living. As soldiers explored ever-more remote areas Wednesday, the accounting of the human "
     "toll continued to climb. Li Chengyun, vice governor of Sichuan province, said at a news conference Wednesday "
     "that the death toll had reached 14,866.",
     [(_K, "total", 14866, 14866)], ["Sichuan"]),
    ("authority-neg-es-1", "es", "Un sismo sacudió Brasil. Romeu Zema, gobernador del estado de Minas Gerais, "
     "informó que hay 300 desaparecidos.",
     [(_M, "total", 300, 300)], ["Brasil"]),
    ("authority-neg-en-1", "en", "Floods hit China. Li Chengyun, vice governor of Sichuan province, visited Hubei, "
     "where 12 people died.",
     [(_K, "total", 12, 12)], ["Hubei"]),
    # A name right before "Red Cross" names a body, no place ("A Kenya Red Cross report says 76 people were killed ...
    # at Westgate Mall"; places.py rule 9). "The Red Cross said ... in Kenya" keeps Kenya.
    ("red-cross-real-en-1", "en", "NAIROBI: A Kenya Red Cross report says 76 people were killed in the September "
     "21 terror attack at Westgate Mall, but only 67 bodies were identified.",
     [(_K, "total", 76, 76)], ["Westgate Mall"]),
    ("red-cross-neg-en-1", "en", "The Red Cross said 12 people died in Kenya.",
     [(_K, "total", 12, 12)], ["Kenya"]),
    # Regions counted are no people ("six other prefectures", "seis provincias"; not_person). The held-out8 sentence's
    # 413 people named before the places' list are still not read (xfail row below).
    ("regions-real-en-1", "en", "According to police, 413 people in Iwate, Miyagi, Fukushima, Tokyo and six other "
     "prefectures were confirmed dead as of 11:30 a.m. Saturday, while 784 people were reported missing.",
     [(_M, "total", 784, 784)], ["Japan"]),
    ("regions-es-1", "es", "Las lluvias afectaron a seis provincias y dejaron 12 muertos.",
     [(_K, "total", 12, 12)], [None]),
    ("regions-neg-es-1", "es", "Seis personas murieron en dos provincias.",
     [(_K, "total", 6, 6)], [None]),
]

# Known misses of these kinds, kept as rows that fail until a rule reads them.
XFAIL_ROWS = [
    # 413 people named before a list of the places they died in, the verb after the list ("413 people in Iwate, ...,
    # Tokyo and six other prefectures were confirmed dead"): the list between the people and their verb is not skipped.
    pytest.param("en", "According to police, 413 people in Iwate, Miyagi, Fukushima, Tokyo and six other prefectures "
                 "were confirmed dead as of 11:30 a.m. Saturday, while 784 people were reported missing.",
                 [(_K, "total", 413, 413), (_M, "total", 784, 784)], ["Japan", "Japan"], id="regions-real-en-413",
                 marks=pytest.mark.xfail(reason="the people's verb after a list of places is not read", strict=True)),
]


@pytest.mark.parametrize(("language", "text", "expected", "where"),
                         [pytest.param(*row[1:], id=row[0]) for row in ROWS] + XFAIL_ROWS)  # fmt: skip
def test_claims_and_places_of_held_out8_kinds(language: str, text: str, expected: list, where: list) -> None:
    assert found_and_placed(text, language) == (expected, where)
