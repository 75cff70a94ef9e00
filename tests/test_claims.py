"""Casualty claims: the seeds' gold, and a table of sentences in outlets' styles, Spanish and English.

The last block of the table was written after the rules, as a check on unseen
styles: 16 of its 20 sentences passed as first run; two were fixed by general
rules (auxiliaries "were found", complements "de la Policía Nacional"), and two
misses found then ("Fueron liberados 20 rehenes", "la cifra de fallecidos ya supera
los 300") have been fixed since. Known misses stay in the table, marked with
:func:`known_miss` and the reason: they count in precision and recall, so a hard
real-world row can be added without the table having to be perfect.
"""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.casualties.claim_places import named_places
from analysis.casualties.claims import KINDS, Claim, claims_in, extract
from analysis.casualties.comparable import compared_place
from analysis.casualties.events import by_story
from analysis.corpus import places
from analysis.corpus.records import Article, parse_date
from analysis.text import build

Expected = tuple[str, str, int | None, int | None]  # kind, group, low, high


def known_miss(reason: str) -> pytest.MarkDecorator:
    """A row the extractor gets wrong today, kept with its right answer: xfail with the reason.

    Strict: when a change fixes it, the row fails as XPASS until the mark is removed.
    """
    return pytest.mark.xfail(reason=reason, strict=True)


def claims_of(sentence: str, language: str) -> list[Claim]:
    return claims_in(build([Article("t", sentence, source="test", language=language)]).docs[0])


def found(sentence: str, language: str) -> list[Expected]:
    return [(c.kind, c.group, c.low, c.high) for c in claims_of(sentence, language)]


def found_and_placed(text: str, language: str) -> tuple[list[Expected], list[str | None]]:
    """(kind, group, low, high) of each claim of ``text`` and each one's place, in text order: what the rows of the
    rules tables (tests/test_claims_rules*.py, test_claims_read*.py, test_claims_lead*.py) expect."""
    claims = claims_of(text, language)
    return [(c.kind, c.group, c.low, c.high) for c in claims], [c.place for c in claims]


# (language, sentence, expected claims). Written for this table, in the styles of wire
# services, regional papers, state media and English-language outlets; grouped by what they test.
CASES = [
    # ---- Spanish claims: every qualifier, number form and kind
    pytest.param("es", "Al menos 23 personas murieron y otras 40 resultaron heridas en el derrumbe de un puente, informó la Fiscalía.",
                 [("killed", "total", 23, None), ("injured", "total", 40, 40)], id="es-al-menos-murieron-resultaron-heridas"),
    pytest.param("es", "El balance oficial eleva a 112 los fallecidos por las inundaciones.",
                 [("killed", "total", 112, 112)], id="es-eleva-a-los-fallecidos"),
    pytest.param("es", "Las autoridades confirmaron la muerte de 15 mineros tras la explosión.",
                 [("killed", "mineros", 15, 15)], id="es-la-muerte-de-mineros"),
    pytest.param("es", "Unos 300 migrantes fueron detenidos en la frontera sur durante el fin de semana.",
                 [("detained", "migrantes", 270, 330)], id="es-unos-detenidos"),
    pytest.param("es", "La policía detuvo a 47 manifestantes, según el Ministerio del Interior.",
                 [("detained", "manifestantes", 47, 47)], id="es-detuvo-a"),
    pytest.param("es", "Cerca de 2.000 familias han sido desplazadas por los combates.",
                 [("displaced", "familias", 1800, 2200)], id="es-cerca-de-miles-separador-punto"),
    pytest.param("es", "Más de 1,5 millones de personas han huido del país desde el inicio de la guerra.",
                 [("displaced", "total", 1500001, None)], id="es-mas-de-millones-decimal"),
    pytest.param("es", "Decenas de civiles murieron en el bombardeo del mercado.",
                 [("killed", "civilians", 20, 99)], id="es-decenas"),
    pytest.param("es", "Cientos de personas resultaron heridas en los disturbios.",
                 [("injured", "total", 200, 999)], id="es-cientos"),
    pytest.param("es", "Miles de familias siguen desplazadas por la violencia en el Catatumbo.",
                 [("displaced", "familias", 2000, 9999)], id="es-miles"),
    pytest.param("es", "Una docena de periodistas fueron secuestrados en la región.",
                 [("detained", "periodistas", 11, 13)], id="es-una-docena-secuestrados"),
    pytest.param("es", "Un centenar de soldados perdieron la vida en la ofensiva.",
                 [("killed", "military", 90, 110)], id="es-un-centenar"),
    pytest.param("es", "Treinta y dos mineros siguen desaparecidos tras el derrumbe.",
                 [("missing", "mineros", 32, 32)], id="es-palabras-desaparecidos"),
    pytest.param("es", "El sismo dejó 8 muertos y 50 heridos en la provincia.",
                 [("killed", "total", 8, 8), ("injured", "total", 50, 50)], id="es-muertos-y-heridos"),
    pytest.param("es", "Casi 200 personas permanecen desaparecidas después del huracán.",
                 [("missing", "total", 180, 199)], id="es-casi"),
    pytest.param("es", "Hasta 40 personas podrían haber muerto en el naufragio, según la guardia costera.",
                 [("killed", "total", None, 40)], id="es-hasta"),
    pytest.param("es", "Menos de 10 personas fueron arrestadas durante la protesta.",
                 [("detained", "total", None, 9)], id="es-menos-de"),
    pytest.param("es", "Entre 15 y 20 soldados estadounidenses murieron en el ataque.",
                 [("killed", "US", 15, 20)], id="es-entre-y-nacionalidad"),
    pytest.param("es", "El ataque causó la muerte de alrededor de 50 civiles palestinos.",
                 [("killed", "Palestinian", 45, 55)], id="es-alrededor-de"),
    pytest.param("es", "La cifra de muertos por el terremoto asciende a 1.200, informó Protección Civil.",
                 [("killed", "total", 1200, 1200)], id="es-cifra-de-muertos-asciende"),
    pytest.param("es", "Murieron al menos 30 personas, entre ellas 12 menores.",
                 [("killed", "total", 30, None), ("killed", "children", 12, 12)], id="es-verbo-antes-entre-ellas"),
    pytest.param("es", "Murieron 7 personas en Culiacán, dijo el fiscal estatal.",
                 [("killed", "total", 7, 7)], id="es-murieron-dijo"),
    pytest.param("es", "El Ejército abatió a 14 presuntos miembros de un cártel.",
                 [("killed", "miembros", 14, 14)], id="es-abatio-a"),
    pytest.param("es", "Más de 200 personas fueron evacuadas por el incendio forestal.",
                 [("displaced", "total", 201, None)], id="es-evacuadas"),
    pytest.param("es", "Los ataques israelíes dejaron 45 palestinos muertos en las últimas 24 horas, según el Ministerio de Salud de Gaza.",
                 [("killed", "Palestinian", 45, 45)], id="es-gentilicio-muertos-24-horas"),
    pytest.param("es", "Suman ya 9 los fallecidos por la ola de calor.",
                 [("killed", "total", 9, 9)], id="es-suman-los-fallecidos"),
    pytest.param("es", "Son 43 los estudiantes desaparecidos desde 2014.",
                 [("missing", "estudiantes", 43, 43)], id="es-son-los-desaparecidos"),
    pytest.param("es", "Un total de 1.350 detenidos dejó la jornada de protestas, de acuerdo con la ONG Foro Penal.",
                 [("detained", "total", 1350, 1350)], id="es-un-total-de-detenidos"),
    pytest.param("es", "El accidente dejó como saldo dos fallecidos y cuatro lesionados.",
                 [("killed", "total", 2, 2), ("injured", "total", 4, 4)], id="es-palabras-fallecidos-lesionados"),
    pytest.param("es", "Fueron detenidas 12 personas en el operativo, informó la Policía Nacional.",
                 [("detained", "total", 12, 12)], id="es-fueron-detenidas-antes"),
    pytest.param("es", "Resultaron heridos 5 agentes durante el desalojo.",
                 [("injured", "police", 5, 5)], id="es-resultaron-heridos-antes"),
    # "medio millón" is a round figure, approximate as "medio centenar" (c6read: held-out6's annotation, the blind set's)
    pytest.param("es", "El huracán provocó el desplazamiento de medio millón de personas.",
                 [("displaced", "total", 450000, 550000)], id="es-medio-millon"),
    pytest.param("es", "Más de medio centenar de personas murieron en el incendio de la discoteca.",
                 [("killed", "total", 51, None)], id="es-mas-de-medio-centenar"),
    pytest.param("es", "La explosión hirió a 25 trabajadores de la planta.",
                 [("injured", "trabajadores", 25, 25)], id="es-hirio-a"),
    pytest.param("es", "Por lo menos 9 policías murieron en la emboscada.",
                 [("killed", "police", 9, None)], id="es-por-lo-menos"),
    pytest.param("es", "Aproximadamente 400 personas fueron desplazadas por las lluvias.",
                 [("displaced", "total", 360, 440)], id="es-aproximadamente"),
    pytest.param("es", "En torno a 3.000 personas quedaron desplazadas.",
                 [("displaced", "total", 2700, 3300)], id="es-en-torno-a"),
    pytest.param("es", "Hace 20 años, el huracán Mitch mató a miles.",
                 [("killed", "total", 2000, 9999)], id="es-mato-a-miles-hace-anos"),
    pytest.param("es", "Decenas de miles de desplazados llegaron a la frontera.",
                 [("displaced", "total", 20000, 99999)], id="es-decenas-de-miles"),
    pytest.param("es", "La guerrilla secuestró a 2 mil civiles, denunció la Defensoría del Pueblo.",
                 [("detained", "civilians", 2000, 2000)], id="es-dos-mil-digitos"),
    # ---- Spanish non-claims: ages, dates, money, percentages, durations, anniversaries, equipment, crowds
    pytest.param("es", "Juan Pérez, de 64 años, murió en el acto.", [], id="es-no-edad-de-anos"),
    pytest.param("es", "La víctima, María Gómez (45 años), murió en el hospital.", [], id="es-no-edad-parentesis"),
    pytest.param("es", "El alcalde, Luis Gómez, 58, resultó herido.", [], id="es-no-edad-comas"),
    pytest.param("es", "El gobierno destinó 500 millones de dólares a la reconstrucción.", [], id="es-no-dinero"),
    pytest.param("es", "El 30% de los heridos eran menores.", [], id="es-no-porcentaje"),
    pytest.param("es", "El precio del crudo subió un 5 por ciento.", [], id="es-no-por-ciento"),
    pytest.param("es", "Las protestas cumplen ocho días en las calles.", [], id="es-no-duracion"),
    pytest.param("es", "Ambos países celebran 80 años de relaciones diplomáticas.", [], id="es-no-aniversario"),
    pytest.param("es", "La Fuerza Aérea cuenta con 150 aeronaves.", [], id="es-no-equipo"),
    pytest.param("es", "El presidente anunció la movilización de millones de milicianos.", [], id="es-no-multitud"),
    pytest.param("es", "El 3 de enero de 2026 fue un día trágico.", [], id="es-no-fecha"),
    pytest.param("es", "En 2024 murieron más personas que nunca en la ruta migratoria.", [], id="es-no-anio-antes-de-verbo"),
    pytest.param("es", "El ataque ocurrió a las 10:30 y la policía llegó a las 11.", [], id="es-no-hora"),
    pytest.param("es", "El soldado estuvo detenido ocho días.", [], id="es-no-dias-detenido"),
    pytest.param("es", "El F-16 derribó dos drones sobre la frontera.", [], id="es-no-modelo-y-drones"),
    pytest.param("es", "La marcha reunió a 50.000 personas en Caracas.", [], id="es-no-multitud-cifra"),
    pytest.param("es", "Los marineros rusos detenidos siguen en el buque.", [], id="es-no-sin-numero"),
    # ---- English claims
    pytest.param("en", "At least 27 people were killed when a bus plunged into a ravine, police said.",
                 [("killed", "total", 27, None)], id="en-at-least-were-killed"),
    pytest.param("en", "The death toll from the earthquake has risen to 2,300, officials said.",
                 [("killed", "total", 2300, 2300)], id="en-death-toll-risen-to"),
    pytest.param("en", "Dozens were wounded in the blast.", [("injured", "total", 24, 119)], id="en-dozens"),
    pytest.param("en", "Hundreds of protesters were arrested across the country.",
                 [("detained", "protesters", 200, 999)], id="en-hundreds-arrested"),
    pytest.param("en", "Nearly 1,000 people remain missing after the floods.",
                 [("missing", "total", 900, 999)], id="en-nearly-remain-missing"),
    pytest.param("en", "More than 2 million people have been displaced by the fighting, the UN said.",
                 [("displaced", "total", 2000001, None)], id="en-more-than-million"),
    pytest.param("en", "Some 40 Ukrainian soldiers died in the assault, according to Kyiv.",
                 [("killed", "Ukrainian", 36, 44)], id="en-some-nationality"),
    pytest.param("en", "Israeli strikes killed 18 Palestinians, including six children, health officials said.",
                 [("killed", "Palestinian", 18, 18), ("killed", "children", 6, 6)], id="en-killed-including"),
    pytest.param("en", "Up to 300 people may have died in the shipwreck.", [("killed", "total", None, 300)], id="en-up-to"),
    pytest.param("en", "Fewer than 50 demonstrators were detained, the interior ministry said.",
                 [("detained", "demonstrators", None, 49)], id="en-fewer-than"),
    pytest.param("en", "Two U.S. service members were killed and three others were injured in the attack.",
                 [("killed", "US", 2, 2), ("injured", "total", 3, 3)], id="en-words-us-service-members"),
    pytest.param("en", "A dozen journalists were kidnapped in 2023.", [("detained", "journalists", 11, 13)], id="en-a-dozen-kidnapped"),
    pytest.param("en", "Thirty-two miners are still missing.", [("missing", "miners", 32, 32)], id="en-thirty-two-missing"),
    pytest.param("en", "The raid left 14 dead and 30 injured, Reuters reported.",
                 [("killed", "total", 14, 14), ("injured", "total", 30, 30)], id="en-dead-and-injured"),
    pytest.param("en", "Tens of thousands have fled their homes since October.",
                 [("displaced", "total", 20000, 99999)], id="en-tens-of-thousands-fled"),
    pytest.param("en", "Between 200 and 250 migrants drowned off the coast of Libya.",
                 [("killed", "migrants", 200, 250)], id="en-between-drowned"),
    pytest.param("en", "Scores of civilians were killed in the shelling.", [("killed", "civilians", 40, 199)], id="en-scores"),
    pytest.param("en", "Over 100 people were hospitalized after the attack.", [("injured", "total", 101, None)], id="en-over-hospitalized"),
    pytest.param("en", "The blast wounded 12 police officers.", [("injured", "police", 12, 12)], id="en-wounded-before"),
    pytest.param("en", "Police arrested 35 suspects in dawn raids.", [("detained", "suspects", 35, 35)], id="en-arrested-before"),
    pytest.param("en", "Gunmen abducted 20 students from a school in Kaduna.", [("detained", "students", 20, 20)], id="en-abducted"),
    pytest.param("en", "About 70 people were injured in the stampede.", [("injured", "total", 63, 77)], id="en-about"),
    pytest.param("en", "Almost 600 people have been detained since the protests began.", [("detained", "total", 540, 599)], id="en-almost"),
    pytest.param("en", "Around 20 fishermen are missing.", [("missing", "fishermen", 18, 22)], id="en-around"),
    pytest.param("en", "As many as 70 people may have been killed.", [("killed", "total", None, 70)], id="en-as-many-as"),
    pytest.param("en", "Officials put the death toll at 87.", [("killed", "total", 87, 87)], id="en-put-the-death-toll-at"),
    # the part by how badly hurt is a claim since c9read, as every annotated set has it ("250 de ellos graves", dev;
    # "at least four of them in serious condition", held-out7; "11 of them seriously", held-out9); it was not read
    pytest.param("en", "Eleven people were injured, two of them critically.",
                 [("injured", "total", 11, 11), ("injured", "critically injured", 2, 2)], id="en-two-of-them-critically"),
    pytest.param("en", "In all, 4,000 people were evacuated from coastal towns.", [("displaced", "total", 4000, 4000)], id="en-evacuated"),
    pytest.param("en", "An estimated 3,000 Rohingya have fled to Bangladesh.", [("displaced", "rohingya", 2700, 3300)], id="en-an-estimated"),
    pytest.param("en", "A hundred and twenty prisoners were freed, and a hundred people died.", [("killed", "total", 100, 100)], id="en-a-hundred"),
    # ---- English non-claims
    pytest.param("en", "The victim, a 34-year-old man, died at the scene.", [], id="en-no-year-old"),
    pytest.param("en", "Smith, 58, was killed instantly.", [], id="en-no-age-commas"),
    pytest.param("en", "The company paid $2 million in compensation.", [], id="en-no-money"),
    pytest.param("en", "Unemployment rose to 12 percent.", [], id="en-no-percent"),
    pytest.param("en", "The ceasefire lasted 10 days.", [], id="en-no-duration"),
    pytest.param("en", "The two countries marked 50 years of diplomatic ties.", [], id="en-no-anniversary"),
    pytest.param("en", "The army deployed 300 tanks and 40 aircraft to the border.", [], id="en-no-equipment"),
    pytest.param("en", "Millions of people watched the parade.", [], id="en-no-crowd"),
    pytest.param("en", "The attack on January 3 was condemned by 40 countries.", [], id="en-no-date-countries"),
    pytest.param("en", "He was born in 1958 and died in 2020.", [], id="en-no-years"),
    pytest.param("en", "Turnout reached 60% in the capital.", [], id="en-no-turnout"),
    pytest.param("en", "She was 45 when she was kidnapped.", [], id="en-no-age-bare"),
    # ---- written after the rules, as a check on unseen styles (18 of 20 pass; see the module docstring)
    pytest.param("es", "Al menos cinco personas murieron y una decena resultaron heridas tras el paso de la tormenta.",
                 [("killed", "total", 5, None), ("injured", "total", 9, 11)], id="es-unseen-una-decena"),
    pytest.param("es", "La Cruz Roja contabiliza 230 fallecidos y más de 1.000 desaparecidos.",
                 [("killed", "total", 230, 230), ("missing", "total", 1001, None)], id="es-unseen-fallecidos-desaparecidos"),
    pytest.param("es", "Unos 15.000 venezolanos cruzaron la frontera en las últimas horas.", [], id="es-unseen-no-migration"),
    pytest.param("es", "El conflicto ha dejado más de 8 millones de desplazados internos.",
                 [("displaced", "total", 8000001, None)], id="es-unseen-desplazados-internos"),
    pytest.param("es", "Tres agentes de la Policía Nacional murieron en un ataque con explosivos.",
                 [("killed", "police", 3, 3)], id="es-unseen-long-phrase-then-verb"),
    pytest.param("es", "El Ministerio de Salud reportó 14 nuevos casos de dengue.", [], id="es-unseen-no-cases"),
    pytest.param("es", "La tasa de homicidios bajó a 12 por cada 100.000 habitantes.", [], id="es-unseen-no-rate"),
    pytest.param("es", "El tiroteo dejó un saldo de 4 muertos, entre ellos dos menores de edad.",
                 [("killed", "total", 4, 4), ("killed", "children", 2, 2)], id="es-unseen-entre-ellos"),
    pytest.param("en", "At least 12 people died and dozens more were injured when the building collapsed.",
                 [("killed", "total", 12, None), ("injured", "total", 24, 119)], id="en-unseen-dozens-more"),
    pytest.param("en", "The storm left 40,000 homes without power.", [], id="en-unseen-no-homes"),
    pytest.param("en", "Authorities said 9 migrants were found dead in a truck.", [("killed", "migrants", 9, 9)], id="en-unseen-found-dead"),
    pytest.param("en", "Rescuers pulled 15 survivors from the rubble.", [], id="en-unseen-no-survivors"),
    pytest.param("en", "The attack killed at least 25 worshippers at a mosque in Kabul.",
                 [("killed", "worshippers", 25, None)], id="en-unseen-killed-at-least"),
    pytest.param("en", "Nearly 300 people have been arrested since Friday, police said.",
                 [("detained", "total", 270, 299)], id="en-unseen-nearly-arrested"),
    pytest.param("en", "The president, 71, was taken to hospital.", [], id="en-unseen-no-age"),
    pytest.param("en", "About 1.2 million people were forced to flee their homes.",
                 [("displaced", "total", 1080000, 1320000)], id="en-unseen-forced-to-flee"),
    pytest.param("en", "Four Israeli soldiers were wounded in Gaza on Tuesday.", [("injured", "Israeli", 4, 4)], id="en-unseen-israeli"),
    pytest.param("en", "The company laid off 3,000 workers last year.", [], id="en-unseen-no-layoffs"),
    # ---- Written by a second engineer after the rules were merged (a toll set by "elevar a N la cifra" was fixed)
    pytest.param("es", "Las autoridades elevaron a 89 la cifra de muertos por las lluvias.",
                 [("killed", "total", 89, 89)], id="es-later-eleva-a-N-la-cifra"),
    pytest.param("es", "Según Protección Civil, el balance provisional es de 23 fallecidos y 150 heridos.",
                 [("killed", "total", 23, 23), ("injured", "total", 150, 150)], id="es-later-balance-provisional"),
    pytest.param("es", "El atentado, reivindicado por el ISIS, causó al menos una veintena de muertos.",
                 [("killed", "total", 20, None)], id="es-later-una-veintena"),
    pytest.param("es", "El terremoto de magnitud 7,8 dejó más de 50.000 muertos en Turquía y Siria.",
                 [("killed", "total", 50001, None)], id="es-later-magnitude-is-no-claim"),
    pytest.param("es", "El club fichó a 3 jugadores por 20 millones de euros.", [], id="es-later-no-transfers"),
    pytest.param("es", "El hospital tiene 400 camas y 1.500 empleados.", [], id="es-later-no-staff"),
    pytest.param("es", "La marcha reunió a unas 10.000 personas en el centro de Bogotá.", [], id="es-later-no-crowd"),
    pytest.param("en", "The shooting left five people dead and 18 wounded, police said.",
                 [("killed", "total", 5, 5), ("injured", "total", 18, 18)], id="en-later-left-dead-wounded"),
    pytest.param("en", "Authorities arrested 212 protesters over the weekend.",
                 [("detained", "protesters", 212, 212)], id="en-later-arrested"),
    pytest.param("en", "The plane, carrying 180 passengers, landed safely.", [], id="en-later-no-passengers"),
    pytest.param("en", "He was sentenced to 25 years in prison.", [], id="en-later-no-sentence"),
    # ---- written in session 2 for three misses: released people, qualifying toll verbs, "remain in detention"
    pytest.param("es", "Fueron liberados 20 rehenes tras la mediación de Catar.", [], id="es-released-before"),
    pytest.param("es", "Veinte rehenes fueron liberados tras semanas de negociación.", [], id="es-released-after"),
    pytest.param("es", "La policía detuvo a 20 personas y liberó a 5 horas después.",
                 [("detained", "total", 20, 20)], id="es-detained-then-released-others"),
    pytest.param("es", "Las autoridades excarcelaron a 35 presos políticos el domingo.", [], id="es-released-excarcelaron"),
    pytest.param("es", "La cifra de fallecidos ya supera los 300, según el ministerio.",
                 [("killed", "total", 301, None)], id="es-toll-supera-los"),
    pytest.param("es", "El número de muertos ronda los 200 en la región.",
                 [("killed", "total", 180, 220)], id="es-toll-ronda-los"),
    pytest.param("es", "El balance de víctimas rebasó los 1.200 tras el terremoto.",
                 [("killed", "total", 1201, None)], id="es-toll-rebaso-miles"),
    pytest.param("es", "Unos 40 periodistas siguen en prisión en el país.",
                 [("detained", "periodistas", 36, 44)], id="es-siguen-en-prision"),
    pytest.param("en", "The death toll surpassed 300 on Monday, officials said.",
                 [("killed", "total", 301, None)], id="en-toll-surpassed"),
    pytest.param("en", "The number of dead neared 90 by nightfall.", [("killed", "total", 81, 89)], id="en-toll-neared"),
    pytest.param("en", "At least 12 journalists remain in detention, the group said.",
                 [("detained", "journalists", 12, None)], id="en-remain-in-detention"),
    pytest.param("en", "Militants released 20 hostages on Sunday.", [], id="en-released-before"),
    pytest.param("en", "Five soldiers were released in a prisoner swap.", [], id="en-released-after"),
    pytest.param("en", "Police arrested 30 protesters and later released 12 of them.",
                 [("detained", "protesters", 30, 30)], id="en-arrested-then-released-some"),
    pytest.param("es", "Los rebeldes liberaron a 50 de los 200 secuestrados.",
                 [("detained", "total", 200, 200)], id="es-released-some-of-the-held"),
    pytest.param("es", "La policía liberó a 12 rehenes y detuvo a 3 secuestradores.",
                 [("detained", "secuestradores", 3, 3)], id="es-released-then-detained-group-without-stop"),
    pytest.param("es", "El número de desaparecidos supera ya los 60.",
                 [("missing", "total", 61, None)], id="es-toll-adverb-between"),
    pytest.param("en", "The death toll has already surpassed 1,000.", [("killed", "total", 1001, None)],
                 id="en-toll-adverb-surpassed"),
    pytest.param("es", "El gobierno superó los 300 kilómetros de frontera vigilada.", [], id="es-supera-no-toll"),
    pytest.param("es", "La cifra de contagios supera los 5.000 casos.", [], id="es-supera-other-toll"),
    pytest.param("es", "El sismo causó la muerte de 134 personas y heridas a más de 600.",
                 [("killed", "total", 134, 134), ("injured", "total", 601, None)], id="es-heridas-a"),
    pytest.param("es", "Unas 300 familias quedaron sin hogar tras las inundaciones.",
                 [("displaced", "familias", 270, 330)], id="es-sin-hogar"),
    pytest.param("es", "El Ministerio de Salud informó de 3 fallecidos y 27 hospitalizados.",
                 [("killed", "total", 3, 3), ("injured", "total", 27, 27)], id="es-hospitalizados"),
    pytest.param("es", "La víctima sufrió heridas a 3 kilómetros de su casa.", [], id="es-heridas-a-distance"),
    pytest.param("en", "Hundreds were feared dead after the ferry capsized.", [("killed", "total", 200, 999)],
                 id="en-feared-dead"),
    pytest.param("en", "About 2,000 people lost their homes in the fire.", [("displaced", "total", 1800, 2200)],
                 id="en-lost-their-homes"),
    pytest.param("en", "The bodies of 11 migrants were recovered off the coast of Tunisia.",
                 [("killed", "migrants", 11, 11)], id="en-bodies-of"),
    pytest.param("en", "Three aid workers were among those killed in the airstrike.",
                 [("killed", "aid workers", 3, 3)], id="en-among-those-killed"),
    pytest.param("es", "Hallaron los cuerpos sin vida de 4 personas en el río.", [("killed", "total", 4, 4)],
                 id="es-cuerpos-sin-vida-de"),
    pytest.param("es", "Dos periodistas figuran entre los muertos.", [("killed", "periodistas", 2, 2)],
                 id="es-figuran-entre-los-muertos"),
    pytest.param("en", "The bodies of the victims were flown home on 3 planes.", [], id="en-bodies-no-count"),
    # ---- known misses: the right answer, and why it is not found today
    pytest.param("es", "Más de la mitad de los 80 pasajeros murieron.", [("killed", "pasajeros", 41, 80)],
                 marks=known_miss("a share of a whole ('más de la mitad de los 80') is read as the whole: 80"),
                 id="es-share-of-a-whole"),
    pytest.param("es", "Murieron 3 de los 5 ocupantes del vehículo.", [("killed", "ocupantes", 3, 3)],
                 marks=known_miss("the whole ('de los 5 ocupantes') is read as a second toll, and not as the group"),
                 id="es-part-of-a-whole"),
    pytest.param("es", "Las víctimas mortales ya son 45.", [("killed", "total", 45, 45)], id="es-toll-copula"),
]  # fmt: skip


# Rows added for issue 14, grouped by phenomenon (written for this table; no reserved event).
MORE_CASES = [
    # ---- lists of places sharing the kind of the claim before them
    pytest.param("es", "El sismo dejó 54 víctimas mortales en Sulawesi, 12 en Java y 3 en Bali.",
                 [("killed", "total", 54, 54), ("killed", "total", 12, 12), ("killed", "total", 3, 3)], id="es-lista-en-lugar"),
    pytest.param("es", "Le siguen Murcia con 40 fallecidos, Lorca con 12 y Cartagena con 2.",
                 [("killed", "total", 40, 40), ("killed", "total", 12, 12), ("killed", "total", 2, 2)], id="es-lista-lugar-con"),
    pytest.param("en", "The storm killed 30 people across the region: Florida (12), Georgia (10) and Alabama (8).",
                 [("killed", "total", 30, 30), ("killed", "total", 12, 12), ("killed", "total", 10, 10), ("killed", "total", 8, 8)], id="en-list-parentheses"),
    pytest.param("en", "At least 45 people died, 20 in Ohio, 15 in Kentucky and 10 in Indiana.",
                 [("killed", "total", 45, None), ("killed", "total", 20, 20), ("killed", "total", 15, 15), ("killed", "total", 10, 10)], id="en-list-in-place"),
    pytest.param("es", "Hubo 23 heridos en Lima, 4 en Callao y uno en Ica.",
                 [("injured", "total", 23, 23), ("injured", "total", 4, 4), ("injured", "total", 1, 1)], id="es-lista-heridos-uno"),
    pytest.param("en", "Floods killed 14 in Texas. Oklahoma had 6 and Arkansas 3.",
                 [("killed", "total", 14, 14), ("killed", "total", 6, 6), ("killed", "total", 3, 3)], id="en-list-next-sentence"),
    pytest.param("es", "En Lima viven 10 millones de personas y en Callao 1 millón.", [], id="es-lista-sin-tipo-neg"),
    pytest.param("en", "Texas has 254 counties, Ohio 88 and Indiana 92.", [], id="en-list-no-kind-neg"),
    pytest.param("es", "El alcalde de Murcia, de 54 años, visitó Lorca con 12 concejales.", [], id="es-lugar-con-numero-neg"),
    # ---- number formats of real coverage
    pytest.param("es", "Al menos 1 037 personas murieron por el sismo.", [("killed", "total", 1037, None)], id="es-miles-con-espacio"),
    pytest.param("es", "Se han contabilizado dos mil 012 personas fallecidas.", [("killed", "total", 2012, 2012)], id="es-dos-mil-digitos"),
    pytest.param("es", "El país acumula 20 mil 213 muertos.", [("killed", "total", 20213, 20213)], id="es-20-mil-213"),
    pytest.param("es", "Hubo mil 204 heridos en la capital.", [("injured", "total", 1204, 1204)], id="es-mil-204"),
    pytest.param("es", "Más de 5 mil 300 fallecidos dejó la tormenta.", [("killed", "total", 5301, None)], id="es-mas-de-5-mil-300"),
    pytest.param("es", "En 2023 300 personas murieron en las carreteras.", [("killed", "total", 300, 300)], id="es-ano-y-cifra"),
    pytest.param("es", "El edificio tiene 2 mil 500 metros cuadrados.", [], id="es-mil-metros-neg"),
    # ---- toll nouns before a copula or a verb far from the number
    pytest.param("es", "Los muertos por el terremoto que azotó el sur del país alcanzan los 2.946.",
                 [("killed", "total", 2946, 2946)], id="es-los-muertos-alcanzan"),
    pytest.param("es", "Los heridos son ya 5.674, según el último balance.", [("injured", "total", 5674, 5674)], id="es-los-heridos-son-ya"),
    pytest.param("es", "La cifra de fallecidos roza los 900.", [("killed", "total", 810, 899)], id="es-roza"),
    pytest.param("es", "La cifra provisional de muertos ya supera los 300.", [("killed", "total", 301, None)], id="es-cifra-provisional-supera"),
    pytest.param("en", "The death toll from the weekend's storms in the valley surpassed 300.",
                 [("killed", "total", 301, None)], id="en-toll-far-surpassed"),
    pytest.param("en", "The death toll soared above 5,300 on Tuesday.", [("killed", "total", 5301, None)], id="en-soared-above"),
    pytest.param("en", "The number of injuries amounts to 551.", [("injured", "total", 551, 551)], id="en-injuries-amount-to"),
    pytest.param("es", "Los muertos no fueron identificados hasta el día 12.", [], id="es-los-muertos-dia-neg"),
    # ---- nouns and verbs of tolls
    pytest.param("es", "Las autoridades registran más de 60 muertes.", [("killed", "total", 61, None)], id="es-muertes"),
    pytest.param("es", "El hospital atiende a 44 personas en estado grave.", [("injured", "seriously injured", 44, 44)], id="es-estado-grave"),
    pytest.param("es", "Otros 13 siguen en estado grave.", [("injured", "seriously injured", 13, 13)], id="es-siguen-en-estado-grave"),
    pytest.param("en", "Some 1,404 remain in critical condition.", [("injured", "critically injured", 1264, 1544)], id="en-critical-condition"),
    pytest.param("en", "At least 46 people have been confirmed dead.", [("killed", "total", 46, None)], id="en-confirmed-dead"),
    pytest.param("en", "Over 160 people are now confirmed dead.", [("killed", "total", 161, None)], id="en-now-confirmed-dead"),
    pytest.param("en", "Another 10,100 people are listed as missing.", [("missing", "total", 10100, 10100)], id="en-listed-as-missing"),
    pytest.param("en", "Hundreds of people are still feared missing.", [("missing", "total", 200, 999)], id="en-feared-missing"),
    pytest.param("es", "Al menos 1.000 personas se encuentran en refugios.", [("displaced", "total", 1000, None)], id="es-en-refugios"),
    pytest.param("es", "Unas 300 familias están en albergues.", [("displaced", "familias", 270, 330)], id="es-en-albergues"),
    pytest.param("en", "Some 380,000 have taken refuge in government shelters.", [("displaced", "total", 342000, 418000)], id="en-taken-refuge"),
    pytest.param("en", "More than 1,100 people are in shelters.", [("displaced", "total", 1101, None)], id="en-in-shelters"),
    pytest.param("es", "El refugio tiene capacidad para 300 personas.", [], id="es-refugio-capacidad-neg"),
    pytest.param("en", "The shelter has room for 300 people.", [], id="en-shelter-room-neg"),
    # ---- breakdowns
    pytest.param("en", "The dead included 19 foreigners.", [("killed", "foreigners", 19, 19)], id="en-dead-included"),
    pytest.param("en", "Among the dead were 6 firefighters.", [("killed", "firefighters", 6, 6)], id="en-among-the-dead-were"),
    pytest.param("es", "Entre los fallecidos hay tres niños.", [("killed", "children", 3, 3)], id="es-entre-los-fallecidos-hay"),
    pytest.param("en", "Three children are among those killed.", [("killed", "children", 3, 3)], id="en-are-among-those-killed"),
    pytest.param("es", "Murieron 30 personas; de ellas, 11 eran menores.", [("killed", "total", 30, 30), ("killed", "children", 11, 11)],
                 id="es-de-ellas-menores", marks=known_miss("a breakdown after a semicolon starts a new clause: the kind is not inherited")),
    pytest.param("en", "Among the survivors were 6 firefighters.", [], id="en-among-survivors-neg"),
    # ---- qualifiers
    pytest.param("en", "Rescuers found six to 10 bodies in the river.", [("killed", "total", 6, 10)], id="en-six-to-ten-bodies"),
    pytest.param("es", "Al menos hay 10 muertos en la zona.", [("killed", "total", 10, None)], id="es-al-menos-hay",
                 marks=known_miss("a qualifier separated from its number by a verb is not read")),
    # ---- not claims: superseded figures, forecasts, other incidents
    pytest.param("es", "Previamente se informó de 820 fallecidos y 672 heridos.", [], id="es-previamente-neg"),
    pytest.param("es", "Inicialmente se había reportado un total de 133 víctimas mortales.", [], id="es-inicialmente-neg"),
    pytest.param("en", "Officials initially said 150 people were injured.", [], id="en-initially-neg"),
    pytest.param("en", "The new toll is up from the initial tally of 27.", [], id="en-initial-tally-neg"),
    pytest.param("es", "Las autoridades advierten que podría haber 5.000 muertos.", [], id="es-podria-haber-neg"),
    pytest.param("en", "The mayor said the number of deaths could reach 20,000.", [], id="en-could-reach-neg"),
    pytest.param("en", "Officials fear the toll could rise above 1,000 dead.", [], id="en-could-rise-neg"),
    pytest.param("en", "It is the worst flood since 1998, when 300 people died.", [], id="en-worst-since-when-neg"),
    pytest.param("es", "Es el sismo más mortífero desde 1939, cuando murieron 32.000 personas.", [], id="es-mas-mortifero-desde-neg"),
    pytest.param("en", "It is the deadliest storm, surpassed only by Katrina, with 1,392 deaths.", [], id="en-surpassed-only-by-neg"),
    pytest.param("en", "The 911 center received 3,000 calls.", [], id="en-calls-neg"),
    pytest.param("es", "Más de 2.000 rescatistas trabajan en la zona.", [], id="es-rescatistas-neg"),
    pytest.param("en", "More than 500 rescuers searched the rubble.", [], id="en-rescuers-neg"),
    pytest.param("es", "No se han barajado los datos de 700 desaparecidos.", [], id="es-cifra-negada-neg"),
    pytest.param("en", "Hospitals moved 40 patients to other cities.", [], id="en-patients-moved-neg"),
    pytest.param("es", "El temporal dañó 1.200 edificios.", [], id="es-edificios-neg"),
    # ---- zero tolls
    pytest.param("es", "No hubo víctimas mortales.", [("killed", "total", 0, 0)], id="es-no-hubo-victimas"),
    pytest.param("en", "No deaths were reported among the crew.", [("killed", "crew", 0, 0)], id="en-no-deaths",
                 marks=known_miss("the group of a zero toll is read after 'ningún'/'no one' only, not from 'among the crew'")),
    pytest.param("es", "Ningún español ha fallecido ni ha resultado herido, según el consulado.",
                 [("killed", "Spanish", 0, 0), ("injured", "Spanish", 0, 0)], id="es-ningun-espanol"),
    pytest.param("en", "The quake had not caused any damage or casualties.",
                 [("killed", "total", 0, 0), ("injured", "total", 0, 0)], id="en-no-casualties"),
    pytest.param("en", "No one was killed in the blast.", [("killed", "total", 0, 0)], id="en-no-one-was-killed"),
    pytest.param("es", "Aún no hay reportes de posibles pérdidas humanas.", [("killed", "total", 0, 0)], id="es-no-hay-reportes"),
    pytest.param("es", "Nadie sabe cuántos muertos hay.", [], id="es-nadie-sabe-neg"),
    pytest.param("es", "No hubo clases y el colegio cerró.", [], id="es-no-hubo-clases-neg"),
    pytest.param("en", "No one knows how many died.", [], id="en-no-one-knows-neg"),
    pytest.param("en", "There were no reports of damage.", [], id="en-no-reports-neg"),
    pytest.param("en", "No new deaths were reported in the province.", [], id="en-no-new-deaths-neg"),
    pytest.param("es", "No hubo nuevos fallecidos en la provincia.", [], id="es-no-hubo-nuevos-neg"),
    # ---- clause boundaries
    pytest.param("en", "At least six people died and 20 campers were reported missing.",
                 [("killed", "total", 6, None), ("missing", "campers", 20, 20)], id="en-died-and-missing"),
    pytest.param("es", "Murieron 6 personas y 20 excursionistas siguen desaparecidos.",
                 [("killed", "total", 6, 6), ("missing", "excursionistas", 20, 20)], id="es-murieron-y-desaparecidos"),
]  # fmt: skip
CASES += MORE_CASES


# More rows for issue 14, in outlets' styles (es, en); (language, sentence, expected) per phenomenon.
_K, _I, _D, _M, _P = "killed", "injured", "detained", "missing", "displaced"
_ROWS_14: list[tuple[str, str, str, list[Expected]]] = [
    # lists of places sharing a kind
    ("list-es-1", "es", "La tormenta dejó 18 muertos: 10 en Jalisco, 5 en Colima y 3 en Nayarit.", [(_K, "total", 18, 18), (_K, "total", 10, 10), (_K, "total", 5, 5), (_K, "total", 3, 3)]),
    ("list-es-2", "es", "Hubo 40 heridos en Quito y 12 en Guayaquil.", [(_I, "total", 40, 40), (_I, "total", 12, 12)]),
    ("list-es-3", "es", "Los fallecidos se reparten así: Lima, con 9; Piura, con 4.", [(_K, "total", 9, 9), (_K, "total", 4, 4)]),
    ("list-es-4", "es", "Se contabilizan 7 desaparecidos en Chiapas y 2 en Oaxaca.", [(_M, "total", 7, 7), (_M, "total", 2, 2)]),
    ("list-es-5", "es", "Las inundaciones causaron 31 muertes en Bahía y 6 en Sergipe.", [(_K, "total", 31, 31), (_K, "total", 6, 6)]),
    ("list-es-6", "es", "Murieron 14 soldados, 9 policías y 2 civiles.", [(_K, "military", 14, 14), (_K, "police", 9, 9), (_K, "civilians", 2, 2)]),
    ("list-en-1", "en", "The tornadoes killed 22 people, 14 in Mississippi and 8 in Alabama.", [(_K, "total", 22, 22), (_K, "total", 14, 14), (_K, "total", 8, 8)]),
    ("list-en-2", "en", "Deaths by state: Kansas (4), Nebraska (3), Iowa (2).", [(_K, "total", 4, 4), (_K, "total", 3, 3), (_K, "total", 2, 2)]),
    ("list-en-3", "en", "At least 17 people were injured in Lyon and 5 in Grenoble.", [(_I, "total", 17, None), (_I, "total", 5, 5)]),
    ("list-en-4", "en", "Five deaths were confirmed, two in Cuba, two in Haiti and one in Jamaica.", [(_K, "total", 5, 5), (_K, "total", 2, 2), (_K, "total", 2, 2), (_K, "total", 1, 1)]),
    ("list-en-5", "en", "The fighting killed 12 soldiers, 4 police officers and 3 civilians.", [(_K, "military", 12, 12), (_K, "police", 4, 4), (_K, "civilians", 3, 3)]),
    ("list-en-6", "en", "About 300 people remain missing in Kerala and 40 in Karnataka.", [(_M, "total", 270, 330), (_M, "total", 40, 40)]),
    # breakdowns
    ("breakdown-es-1", "es", "Murieron 25 personas, entre ellas 8 niños.", [(_K, "total", 25, 25), (_K, "children", 8, 8)]),
    ("breakdown-es-2", "es", "Hay 60 heridos, de los cuales 12 están en estado grave.", [(_I, "total", 60, 60), (_I, "seriously injured", 12, 12)]),
    ("breakdown-es-3", "es", "Entre las víctimas hay dos periodistas.", [(_K, "periodistas", 2, 2)]),
    ("breakdown-es-4", "es", "Fallecieron 19 personas, incluidos 3 bomberos.", [(_K, "total", 19, 19), (_K, "bomberos", 3, 3)]),
    ("breakdown-en-1", "en", "Forty people died, including 11 children.", [(_K, "total", 40, 40), (_K, "children", 11, 11)]),
    ("breakdown-en-2", "en", "Among the victims were four journalists.", [(_K, "journalists", 4, 4)]),
    ("breakdown-en-3", "en", "Of the 80 injured, 9 are in critical condition.", [(_I, "total", 80, 80), (_I, "critically injured", 9, 9)]),
    ("breakdown-en-4", "en", "The dead include 7 firefighters.", [(_K, "firefighters", 7, 7)]),
    # toll nouns and verbs
    ("toll-es-1", "es", "La cifra de muertos asciende ya a 73.", [(_K, "total", 73, 73)]),
    ("toll-es-2", "es", "El número de fallecidos por las lluvias se eleva a 54, según Protección Civil.", [(_K, "total", 54, 54)]),
    ("toll-es-3", "es", "El balance de víctimas mortales alcanzó las 210.", [(_K, "total", 210, 210)]),
    ("toll-es-4", "es", "El número de desaparecidos es de 33.", [(_M, "total", 33, 33)]),
    ("toll-es-5", "es", "La cifra de heridos supera los 500.", [(_I, "total", 501, None)]),
    ("toll-es-6", "es", "El recuento oficial de muertos ronda los 1.000.", [(_K, "total", 900, 1100)]),
    ("toll-es-7", "es", "Unas 2.000 personas están albergadas en escuelas.", [(_P, "total", 1800, 2200)]),
    ("toll-es-8", "es", "Al menos 450 familias fueron evacuadas de la zona.", [(_P, "familias", 450, None)]),
    ("toll-es-9", "es", "Se registraron 14 muertes por el calor.", [(_K, "total", 14, 14)]),
    ("toll-es-10", "es", "Quince personas perdieron la vida en el incendio.", [(_K, "total", 15, 15)]),
    ("toll-es-11", "es", "Tres mineros siguen atrapados y 5 fallecieron.", [(_K, "total", 5, 5)]),
    ("toll-es-12", "es", "El accidente dejó 4 personas sin vida.", [(_K, "total", 4, 4)]),
    ("toll-en-1", "en", "The death toll has climbed to 87.", [(_K, "total", 87, 87)]),
    ("toll-en-2", "en", "The toll stands at 1,204, officials said.", [(_K, "total", 1204, 1204)]),
    ("toll-en-3", "en", "The number of injured reached 356.", [(_I, "total", 356, 356)]),
    ("toll-en-4", "en", "Some 12,000 people are in shelters.", [(_P, "total", 10800, 13200)]),
    ("toll-en-5", "en", "At least 9 hikers remain unaccounted for.", [(_M, "hikers", 9, None)]),
    ("toll-en-6", "en", "Two fishermen were confirmed dead.", [(_K, "fishermen", 2, 2)]),
    ("toll-en-7", "en", "Thousands of residents have fled their homes.", [(_P, "total", 2000, 9999)]),
    ("toll-en-8", "en", "The fire killed 68 people.", [(_K, "total", 68, 68)]),
    ("toll-en-9", "en", "More than 40 people were hospitalized.", [(_I, "total", 41, None)]),
    ("toll-en-10", "en", "Police arrested 23 people overnight.", [(_D, "total", 23, 23)]),
    ("toll-en-11", "en", "Eleven people have died and dozens are injured.", [(_K, "total", 11, 11), (_I, "total", 24, 119)]),
    ("toll-en-12", "en", "At least 150 people have been displaced.", [(_P, "total", 150, None)]),
    # qualifiers
    ("qual-es-1", "es", "Casi 300 personas murieron.", [(_K, "total", 270, 299)]),
    ("qual-es-2", "es", "Más de un centenar de personas resultaron heridas.", [(_I, "total", 101, None)]),
    ("qual-es-3", "es", "Cerca de 50 personas siguen desaparecidas.", [(_M, "total", 45, 55)]),
    ("qual-es-4", "es", "Entre 20 y 30 soldados murieron.", [(_K, "military", 20, 30)]),
    ("qual-es-5", "es", "Decenas de miles de personas han sido desplazadas.", [(_P, "total", 20000, 99999)]),
    ("qual-es-6", "es", "Medio centenar de personas fueron detenidas.", [(_D, "total", 45, 55)]),
    ("qual-es-7", "es", "Por lo menos 17 personas murieron.", [(_K, "total", 17, None)]),
    ("qual-es-8", "es", "La cifra de muertos roza los 200.", [(_K, "total", 180, 199)]),
    ("qual-en-1", "en", "Nearly 500 people died.", [(_K, "total", 450, 499)]),
    ("qual-en-2", "en", "Roughly 2,000 people were evacuated.", [(_P, "total", 1800, 2200)]),
    ("qual-en-3", "en", "Hundreds of people were injured.", [(_I, "total", 200, 999)]),
    ("qual-en-4", "en", "Dozens of people are missing.", [(_M, "total", 24, 119)]),
    ("qual-en-5", "en", "Between 40 and 60 people were killed.", [(_K, "total", 40, 60)]),
    ("qual-en-6", "en", "Upwards of 1,000 people were arrested.", [(_D, "total", 1001, None)]),
    ("qual-en-7", "en", "Fewer than 10 people were hurt.", [(_I, "total", None, 9)]),
    ("qual-en-8", "en", "The death toll neared 400.", [(_K, "total", 360, 399)]),
    # number forms
    ("form-es-1", "es", "Veintiún personas murieron.", [(_K, "total", 21, 21)]),
    ("form-es-2", "es", "Murieron 1.234 personas.", [(_K, "total", 1234, 1234)]),
    ("form-es-3", "es", "Hay 3 mil 12 heridos.", [(_I, "total", 3012, 3012)]),
    ("form-es-4", "es", "Al menos 12 400 personas fueron desplazadas.", [(_P, "total", 12400, None)]),
    ("form-es-5", "es", "Cuarenta y cinco personas murieron.", [(_K, "total", 45, 45)]),
    ("form-en-1", "en", "Twenty-one people died.", [(_K, "total", 21, 21)]),
    ("form-en-2", "en", "A dozen soldiers were wounded.", [(_I, "military", 11, 13)]),
    ("form-en-3", "en", "1,500 people were evacuated.", [(_P, "total", 1500, 1500)]),
    ("form-en-4", "en", "Half a million people have fled.", [(_P, "total", 450000, 550000)]),  # approximate (c6read)
    ("form-en-5", "en", "Two hundred people were detained.", [(_D, "total", 200, 200)]),
    # attributions and evidence do not change the count
    ("attr-es-1", "es", "Según la Cruz Roja, 45 personas murieron.", [(_K, "total", 45, 45)]),
    ("attr-es-2", "es", "El gobernador informó de 12 fallecidos.", [(_K, "total", 12, 12)]),
    ("attr-en-1", "en", "Officials said 31 people were killed.", [(_K, "total", 31, 31)]),
    ("attr-en-2", "en", "According to the UN, 2,000 people have been displaced.", [(_P, "total", 2000, 2000)]),
    # clause boundaries
    ("clause-es-1", "es", "Murieron 6 personas y 20 resultaron heridas.", [(_K, "total", 6, 6), (_I, "total", 20, 20)]),
    ("clause-es-2", "es", "Hay 12 muertos y 30 desaparecidos.", [(_K, "total", 12, 12), (_M, "total", 30, 30)]),
    ("clause-es-3", "es", "Fueron detenidas 15 personas y 3 agentes resultaron heridos.", [(_D, "total", 15, 15), (_I, "police", 3, 3)]),
    ("clause-en-1", "en", "Six people died and 20 were injured.", [(_K, "total", 6, 6), (_I, "total", 20, 20)]),
    ("clause-en-2", "en", "Three people were killed and 14 are missing.", [(_K, "total", 3, 3), (_M, "total", 14, 14)]),
    ("clause-en-3", "en", "Police detained 8 people and 2 officers were hurt.", [(_D, "total", 8, 8), (_I, "police", 2, 2)]),
    # zero tolls
    ("zero-es-1", "es", "No se registraron víctimas mortales.", [(_K, "total", 0, 0)]),
    ("zero-es-2", "es", "El sismo no dejó heridos.", [(_I, "total", 0, 0)]),
    ("zero-es-3", "es", "No hay desaparecidos, dijo el alcalde.", [(_M, "total", 0, 0)]),
    ("zero-en-1", "en", "There were no fatalities.", [(_K, "total", 0, 0)]),
    ("zero-en-2", "en", "No injuries were reported.", [(_I, "total", 0, 0)]),
    ("zero-en-3", "en", "Nobody was killed in the collapse.", [(_K, "total", 0, 0)]),
    # negatives: not claims
    ("neg-es-1", "es", "El huracán podría dejar 1.000 muertos, advirtió el experto.", []),
    ("neg-es-2", "es", "Se teme que haya 300 víctimas.", []),
    ("neg-es-3", "es", "En 1985, 10.000 personas murieron en un terremoto.", []),
    ("neg-es-4", "es", "Previamente se había informado de 40 desaparecidos.", []),
    ("neg-es-5", "es", "Los bomberos recibieron 2.300 llamadas.", []),
    ("neg-es-6", "es", "Unos 500 rescatistas buscan entre los escombros.", []),
    ("neg-es-7", "es", "El sismo derribó 3.000 viviendas.", []),
    ("neg-es-8", "es", "El hospital trasladó a 30 pacientes.", []),
    ("neg-es-9", "es", "El ejército desplegó 2.000 soldados.", []),
    ("neg-es-10", "es", "La presa tiene 40 metros de altura.", []),
    ("neg-es-11", "es", "El 80 % de las casas quedó dañado.", []),
    ("neg-es-12", "es", "A las 3 de la mañana comenzó la evacuación.", []),
    ("neg-es-13", "es", "Se necesitan 5 millones de euros.", []),
    ("neg-es-14", "es", "El terremoto de magnitud 6,8 se sintió en 4 provincias.", []),
    ("neg-es-15", "es", "Las 12 personas rescatadas están bien.", []),
    ("neg-es-16", "es", "Fueron rescatadas 40 personas con vida.", []),
    ("neg-es-17", "es", "El alcalde, de 61 años, visitó la zona.", []),
    ("neg-es-18", "es", "Se sumaron 300 voluntarios a la búsqueda.", []),
    ("neg-es-19", "es", "La ONU pidió 20 millones de dólares.", []),
    ("neg-es-20", "es", "Un aumento de 12 muertos respecto a ayer.", []),
    ("neg-en-1", "en", "The storm could kill up to 1,000 people, experts warned.", []),
    ("neg-en-2", "en", "In 2004, 230,000 people died in the tsunami.", []),
    ("neg-en-3", "en", "Rescuers pulled 40 survivors from the rubble.", []),
    ("neg-en-4", "en", "Emergency services received 3,000 calls.", []),
    ("neg-en-5", "en", "The quake damaged 2,500 buildings.", []),
    ("neg-en-6", "en", "Some 800 soldiers were deployed.", []),
    ("neg-en-7", "en", "The dam is 40 meters high.", []),
    ("neg-en-8", "en", "About 80% of homes lost power.", []),
    ("neg-en-9", "en", "At 3 a.m. the evacuation began.", []),
    ("neg-en-10", "en", "The UN appealed for $20 million.", []),
    ("neg-en-11", "en", "The 12 rescued miners are in good health.", []),
    ("neg-en-12", "en", "The mayor, 61, toured the area.", []),
    ("neg-en-13", "en", "Officials previously reported 40 deaths.", []),
    ("neg-en-14", "en", "The toll may rise above 500.", []),
    ("neg-en-15", "en", "Some 300 volunteers joined the search.", []),
    ("neg-en-16", "en", "The magnitude 7.8 quake was felt in 10 countries.", []),
    ("neg-en-17", "en", "Hospitals treated patients from 12 towns.", []),
    ("neg-en-18", "en", "It was the deadliest since 1999, when 17,000 died.", []),
    ("neg-en-19", "en", "Up from an initial count of 40, the toll rose.", []),
    ("neg-en-20", "en", "Nobody knows how many people died.", []),
    # groups: who is counted, never a stray word
    ("group-es-1", "es", "Murieron 12 mineros.", [(_K, "mineros", 12, 12)]),
    ("group-es-2", "es", "Fueron detenidos 30 manifestantes.", [(_D, "manifestantes", 30, 30)]),
    ("group-es-3", "es", "Murieron 4 turistas alemanes.", [(_K, "German", 4, 4)]),
    ("group-es-4", "es", "Resultaron heridos 7 agentes.", [(_I, "police", 7, 7)]),
    ("group-en-1", "en", "Nine Nepali workers were killed.", [(_K, "workers", 9, 9)]),
    ("group-en-2", "en", "Four Cuban nationals died.", [(_K, "Cuban", 4, 4)]),
    ("group-en-3", "en", "Twelve people were safely evacuated.", [(_P, "total", 12, 12)]),
    ("group-en-4", "en", "Six children were hurt.", [(_I, "children", 6, 6)]),
    ("subgroup-en-1", "en", "At least 154 people died; 97 were women.", [(_K, "total", 154, None), (_K, "total", 97, 97)]),
    ("subgroup-es-1", "es", "Murieron 30 personas. Tres eran extranjeros.", [(_K, "total", 30, 30), (_K, "total", 3, 3)]),
    ("subgroup-neg-en", "en", "Tickets cost 97 dollars; 40 were students.", []),
    ("age-neg-es", "es", "El alcalde, 61, murió ayer.", []),
    ("toll-after-verb-es", "es", "A 140 ascendió el número total de muertes.", [(_K, "total", 140, 140)]),
    ("feared-es", "es", "Se teme que cientos más están desaparecidas.", [(_M, "total", 200, 999)]),
    ("forecast-far-es", "es", "El número podría aumentar en la noche, según un conteo de la cadena la cifra de fallecidos es de 105.",
     [(_K, "total", 105, 105)]),
    ("forecast-near-en", "en", "Officials said the toll may reach 300.", []),
    ("superseded-comma-en", "en", "The death toll, once reported at 93, has now surged to 115.", [(_K, "total", 115, 115)]),
    ("forecast-comma-en", "en", "The toll could rise further, as 33 others remain in serious condition.", [(_I, "seriously injured", 33, 33)]),
    ("forecast-range-neg-en", "en", "The mayor said deaths could reach 18,000 to 20,000.", []),
    ("toll-decimal-en", "en", "The death toll from the 7.8 magnitude quake climbed to more than 6,300 people.", [(_K, "total", 6301, None)]),
    ("death-count-en", "en", "That brings the death count to at least 129.", [(_K, "total", 129, None)]),
    ("estimated-missing-en", "en", "About 10,000 people are estimated to be missing.", [(_M, "total", 9000, 11000)]),
]
# Known misses of _ROWS_14, with the reason (strict: a fix makes them fail until the mark goes).
_MISSES_14 = {
    # toll-es-11 ("Tres mineros siguen atrapados y 5 fallecieron") passes since c4fix: people trapped are no toll
    "neg-es-3": "without the article's date, an earlier year ('En 1985') cannot be told from the current one",
    "neg-en-2": "without the article's date, an earlier year ('In 2004') cannot be told from the current one",
}
CASES += [
    pytest.param(language, sentence, expected, id=key, marks=[known_miss(_MISSES_14[key])] if key in _MISSES_14 else [])
    for key, language, sentence, expected in _ROWS_14
]

# ---- issue 14, second pass: one person of a nationality listed after a claim; "among the deceased" after the phrase
_ROWS_SINGLES = [
    ("single-en-1", "en", "Three foreigners were among the dead: an American, a Briton and a Canadian.",
     [(_K, "foreigners", 3, 3), (_K, "US", 1, 1), (_K, "British", 1, 1), (_K, "Canadian", 1, 1)]),
    ("single-es-1", "es", "Entre los fallecidos hay tres extranjeros: un estadounidense, un británico y un canadiense.",
     [(_K, "extranjeros", 3, 3), (_K, "US", 1, 1), (_K, "British", 1, 1), (_K, "Canadian", 1, 1)]),
    ("single-es-2", "es", "Murieron tres extranjeros: una persona estadounidense, otra británica y otra canadiense.",
     [(_K, "extranjeros", 3, 3), (_K, "US", 1, 1), (_K, "British", 1, 1), (_K, "Canadian", 1, 1)]),
    ("single-neg-en-1", "en", "A Canadian official said 12 people died.", [(_K, "total", 12, 12)]),
    ("single-neg-es-1", "es", "Un británico dijo que 5 personas murieron.", [(_K, "total", 5, 5)]),
    ("single-neg-en-2", "en", "Twelve people died, and a Canadian journalist filmed the rescue.", [(_K, "total", 12, 12)]),
    ("among-deceased-en-1", "en", "There are three foreigners among the deceased.", [(_K, "foreigners", 3, 3)]),
    ("among-deceased-neg-en-1", "en", "Three doctors among the rescuers were praised.", []),
    # "among the missing are", "entre los heridos hay": the kind before the number
    ("among-missing-en-1", "en", "Among the missing are 18 foreign nationals, including 11 Americans.",
     [(_M, "nationals", 18, 18), (_M, "US", 11, 11)]),
    ("among-injured-es-1", "es", "Entre los heridos hay 12 niños.", [(_I, "children", 12, 12)]),
    ("among-neg-en-1", "en", "Among the rescuers were 40 firefighters.", []),
    # "as" opens a clause a forecast does not reach; the "as" of "as many as" does not
    ("as-clause-en-1", "en", "The toll could rise further as 19 of those injured were in critical condition.", [(_I, "critically injured", 19, 19)]),
    ("as-clause-neg-en-1", "en", "Officials said the toll could reach as many as 300.", []),
    # "all three were residents" says who the whole toll was: no new toll (a part of it, "97 were women", is one)
    ("all-of-en-1", "en", "Three foreigners died. All three were residents of the city.", [(_K, "foreigners", 3, 3)]),
    ("all-of-es-1", "es", "Murieron tres extranjeros. Los tres eran turistas.", [(_K, "extranjeros", 3, 3)]),
    # a part of the toll before: "tres de las víctimas", "two of the victims" take its kind
    ("partitive-es-1", "es", "Murieron 45 personas. Tres de las víctimas eran extranjeras: un estadounidense, un británico y un canadiense.",
     [(_K, "total", 45, 45), (_K, "total", 3, 3), (_K, "US", 1, 1), (_K, "British", 1, 1), (_K, "Canadian", 1, 1)]),
    ("partitive-en-1", "en", "At least 20 people died. Two of the victims were firefighters.", [(_K, "total", 20, None), (_K, "total", 2, 2)]),
    ("partitive-neg-es-1", "es", "Tres de las víctimas del fraude denunciaron al banco.", []),
    # more toll nouns and verbs of real coverage: "el número de fatalidades", "reportadas como desaparecidas"
    ("fatalidades-es-1", "es", "El número de fatalidades ha alcanzado las 219 personas.", [(_K, "total", 219, 219)]),
    ("como-desaparecidas-es-1", "es", "Se han reportado más de 200 personas como desaparecidas.", [(_M, "total", 201, None)]),
    ("como-neg-es-1", "es", "Se han registrado 200 personas como voluntarias.", []),
    # the verb after an aside: between dashes or brackets, or an inclusion between commas
    ("aside-dash-en-1", "en", "Nine people — all men from Egypt, ranging in age from 20 to 40 — were arrested on allegations of smuggling.",
     [(_D, "total", 9, 9)]),
    ("aside-inclusion-en-1", "en", "Another 121 people, including three children, are in the hospitals of Moscow.",
     [(_I, "total", 121, 121), (_I, "children", 3, 3)]),
    ("aside-inclusion-es-1", "es", "Unas 40 personas, incluidos dos menores, resultaron heridas.", [(_I, "total", 36, 44), (_I, "children", 2, 2)]),
    ("aside-neg-en-1", "en", "The ship was carrying 400 people — most of them from Syria — when it sank.", []),
    ("aside-neg-en-2", "en", "Twelve people, the mayor said, were on board.", []),
    # a counted phrase followed by "reports", "cases", "denuncias" counts things, not people
    ("things-neg-en-1", "en", "The city confirmed that 355 missing person reports have been made.", []),
    ("things-neg-es-1", "es", "La policía recibió 40 denuncias de desaparecidos.", []),
    ("things-en-1", "en", "Officials said 12 people died; reports say more.", [(_K, "total", 12, 12)]),
    # people said to come from a country: a group, never a place ("five from Iran": Iranian)
    ("origin-en-1", "en", "The foreign victims include five from Iran and two from Japan.", [(_K, "Iranian", 5, 5), (_K, "Japanese", 2, 2)]),
    ("origin-neg-en-1", "en", "Five people died in Iran.", [(_K, "total", 5, 5)]),
]
CASES += [pytest.param(language, sentence, expected, id=key) for key, language, sentence, expected in _ROWS_SINGLES]

# ---- issue 14, phenomena pass (written for this table, no reserved event; the held-out set gave causes, not rows)
_ROWS_PHENOMENA = [
    # a figure of one: "uno"/"una"/"one" alone before a place or a verb, "un"/"una"/"one" before one person
    ("one-es-1", "es", "Murió una mujer y tres personas resultaron heridas.", [(_K, "mujer", 1, 1), (_I, "total", 3, 3)]),
    ("one-es-2", "es", "Un soldado murió y otros dos resultaron heridos.", [(_K, "military", 1, 1), (_I, "total", 2, 2)]),
    ("one-es-3", "es", "El choque dejó un muerto y cuatro heridos.", [(_K, "total", 1, 1), (_I, "total", 4, 4)]),
    ("one-es-4", "es", "Hubo 12 muertos en Oaxaca y uno en Puebla.", [(_K, "total", 12, 12), (_K, "total", 1, 1)]),
    ("one-es-5", "es", "Murieron 30 personas, entre ellas un bebé.", [(_K, "total", 30, 30), (_K, "children", 1, 1)]),
    ("one-en-1", "en", "One person died and 14 were injured.", [(_K, "total", 1, 1), (_I, "total", 14, 14)]),
    ("one-en-2", "en", "Nine people died, eight in Ohio and one in Indiana.", [(_K, "total", 9, 9), (_K, "total", 8, 8), (_K, "total", 1, 1)]),
    ("one-en-3", "en", "One firefighter was killed.", [(_K, "firefighter", 1, 1)]),
    ("one-en-4", "en", "One child remains missing.", [(_M, "children", 1, 1)]),
    ("one-neg-en-1", "en", "One of the worst storms in decades hit the coast.", []),
    ("one-neg-en-2", "en", "One of the victims was a teacher.", []),
    ("one-neg-en-3", "en", "Each one of the rescuers was praised.", []),
    ("one-neg-en-4", "en", "One day after the storm, officials toured the area.", []),
    ("one-zero-en-1", "en", "No one was hurt.", [(_I, "total", 0, 0)]),
    ("one-neg-es-1", "es", "Una de las víctimas era una niña de 8 años.", []),
    ("one-neg-es-2", "es", "Cada uno de los heridos recibió atención.", []),
    ("one-neg-es-3", "es", "Sufrió una herida en la pierna.", []),
    ("one-neg-es-4", "es", "Uno de los mayores incendios del año arrasó 500 hectáreas.", []),
    ("one-neg-es-5", "es", "Un día después, el alcalde visitó la zona.", []),
    ("one-a-en-1", "en", "A 13-year-old boy died after being trapped.", [(_K, "children", 1, 1)]),
    ("one-compound-en-1", "en", "Among the dead were one exchange student and three high school teachers.",
     [(_K, "exchange student", 1, 1), (_K, "teachers", 3, 3)]),
    # ranges: "six to 10", "de 20 a 30", "entre 10 y 15"; a change ("rose from 20 to 31") is no range
    ("range-en-1", "en", "Six to 10 bodies were recovered from the river.", [(_K, "total", 6, 10)]),
    ("range-en-2", "en", "Officials said 1,200 to 1,500 people remain unaccounted for.", [(_M, "total", 1200, 1500)]),
    ("range-es-1", "es", "Entre 10 y 15 muertos dejó el derrumbe.", [(_K, "total", 10, 15)]),
    ("range-es-2", "es", "Murieron de 20 a 30 personas en el naufragio.", [(_K, "total", 20, 30)]),
    ("range-es-3", "es", "El alud causó la muerte de 8 a 10 montañeros.", [(_K, "montañeros", 8, 10)]),
    ("range-change-en-1", "en", "The death toll rose from 20 to 31.", [(_K, "total", 31, 31)]),
    ("range-change-en-2", "en", "The death toll rose by 12 to 45.", [(_K, "total", 45, 45)]),
    ("range-change-es-1", "es", "La cifra de muertos pasó de 20 a 31.", [(_K, "total", 31, 31)]),
    # a plural verb of change (Radio Santa Fe, agreement_real.json); a plural verb of no change keeps the range
    ("range-change-es-2", "es", "Igualmente elevaron de 99 a 159 el número de desaparecidos.", [(_M, "total", 159, 159)]),
    ("range-change-neg-es-1", "es", "Resultaron heridas de 20 a 30 personas en el choque.", [(_I, "total", 20, 30)]),
    ("range-neg-es-1", "es", "Los niños de 5 a 12 años fueron evacuados.", []),
    ("range-neg-en-1", "en", "The shelter is open from 9 to 5.", []),
    ("range-neg-en-2", "en", "Children aged 5 to 12 were hurt.", []),
    # quantities in quotation marks
    ("quoted-es-1", "es", "El bombardeo dejó «decenas» de muertos, según la ONG.", [(_K, "total", 20, 99)]),
    ("quoted-es-2", "es", 'Hay "cientos" de desaparecidos.', [(_M, "total", 200, 999)]),
    ("quoted-en-1", "en", "The strike killed “dozens” of civilians.", [(_K, "civilians", 24, 119)]),
    ("quoted-en-2", "en", "Officials spoke of 'hundreds' of injured.", [(_I, "total", 200, 999)]),
    ("quoted-neg-es-1", "es", "El ministro habló de «decenas» de reuniones.", []),
    ("quoted-neg-es-2", "es", "La tragedia puede haber causado «cientos» de muertos.", []),
    ("quoted-neg-en-1", "en", 'The "dozens" of rescuers worked all night.', []),
    # collective and plural quantities, a qualifier after the quantity ("un centenar largo", "100-plus")
    ("collective-es-1", "es", "Más de un millar de personas resultaron heridas.", [(_I, "total", 1001, None)]),
    ("collective-es-2", "es", "Cerca de un millar de personas murieron.", [(_K, "total", 900, 1100)]),
    ("collective-es-3", "es", "Murieron un centenar largo de personas.", [(_K, "total", 101, None)]),
    ("collective-es-4", "es", "Hay cien y pico desaparecidos.", [(_M, "total", 101, None)]),
    ("collective-en-1", "en", "Hundreds were killed in the shelling.", [(_K, "total", 200, 999)]),
    ("collective-en-2", "en", "The fire killed 100-plus people.", [(_K, "total", 101, None)]),
    ("collective-en-3", "en", "Scores of people were injured.", [(_I, "total", 40, 199)]),
    ("collective-neg-es-1", "es", "Un centenar largo de voluntarios ayudó en la búsqueda.", []),
    ("collective-neg-en-1", "en", "Hundreds of rescuers joined the search.", []),
    ("collective-apposition-es-1", "es", "Los heridos, más de un millar, fueron trasladados.", [(_I, "total", 1001, None)]),
    ("collective-definite-es-1", "es", "El número de muertes ha superado el centenar.", [(_K, "total", 101, None)]),
    # figures someone denies or rejects, and lives saved, are no claims; the rest of the sentence still is
    ("denied-es-1", "es", "El gobierno desmintió que hubiera 50 muertos.", []),
    ("denied-es-2", "es", "La policía negó que haya 12 detenidos.", []),
    ("denied-en-1", "en", "Officials denied reports of 50 dead.", []),
    ("denied-en-2", "en", "The ministry rejected claims that 300 people were killed.", []),
    ("saved-es-1", "es", "Los rescatistas salvaron 40 vidas.", []),
    ("saved-en-1", "en", "Firefighters saved 30 lives.", []),
    ("denied-clause-en-1", "en", "Officials denied the report, but confirmed 12 deaths.", [(_K, "total", 12, 12)]),
    ("denied-clause-es-1", "es", "El gobierno negó la ayuda, pero confirmó 8 muertos.", [(_K, "total", 8, 8)]),
    ("lives-en-1", "en", "The fire claimed 12 lives.", [(_K, "total", 12, 12)]),
    ("lives-es-1", "es", "El incendio se ha cobrado al menos 15 vidas.", [(_K, "total", 15, None)]),
    ("lives-es-2", "es", "El derrumbe ha costado la vida al menos a 14 mineros.", [(_K, "mineros", 14, None)]),
    ("lives-neg-es-1", "es", "El proyecto ha costado 14 millones de euros.", []),
    # bodies recovered are the dead (as in the dev gold: "78 cuerpos", "78 bodies were recovered"); bodies buried,
    # identified or handed over are not a toll
    ("bodies-es-1", "es", "Se han recuperado 30 cuerpos.", [(_K, "total", 30, 30)]),
    ("bodies-es-2", "es", "Los buzos recuperaron los cuerpos de 12 pescadores.", [(_K, "pescadores", 12, 12)]),
    ("bodies-en-1", "en", "Divers recovered 14 bodies from the lake.", [(_K, "total", 14, 14)]),
    ("bodies-neg-es-1", "es", "Se han enterrado ya 200 cadáveres.", []),
    ("bodies-neg-es-2", "es", "Fueron identificados 12 cuerpos.", []),
    ("bodies-neg-en-1", "en", "Volunteers have buried 300 bodies.", []),
    ("bodies-neg-en-2", "en", "Forty bodies were identified on Monday.", []),
    # general causes seen on the held-out set, shown here on other sentences
    ("toll-far-es-1", "es", "El balance de muertos causados por el fuerte terremoto registrado el pasado domingo en la provincia "
     "de Esmeraldas, en la costa norte del país, asciende a 14.", [(_K, "total", 14, 14)]),
    ("toll-far-neg-es-1", "es", "La cifra de muertos es incierta; el pueblo, situado a orillas del río y con casas de adobe muy "
     "antiguas, tiene 4.000 habitantes.", []),
    ("apposition-en-1", "en", "Two more people, a student and a retired teacher, died in the fire.", [(_K, "total", 2, 2)]),
    ("apposition-es-1", "es", "Dos personas, un conductor y una pasajera, resultaron heridas en el choque.", [(_I, "total", 2, 2)]),
    ("apposition-neg-es-1", "es", "Dos personas, un médico y una enfermera, atendieron a los heridos.", []),
    ("listed-missing-en-1", "en", "Some 40 people remain listed as missing.", [(_M, "total", 36, 44)]),
    ("confirmed-died-en-1", "en", "At least 20 people have been confirmed to have died.", [(_K, "total", 20, None)]),
    ("shelters-en-1", "en", "About 3,000 people are living in shelters.", [(_P, "total", 2700, 3300)]),
    ("homeless-es-1", "es", "Miles de familias quedaron sin su hogar.", [(_P, "familias", 2000, 9999)]),
    ("origin-verb-en-1", "en", "More than 500 migrants from Syria are presumed to have drowned.", [(_K, "migrants", 501, None)]),
    ("origin-verb-neg-en-1", "en", "Some 200 tourists from Spain were on board.", []),
    ("among-deceased-en-2", "en", "Officials confirmed that among the deceased are at least three children.", [(_K, "children", 3, None)]),
    # people said to be doing something are no item of a list of tolls (a figure of the non-claim sets showed it)
    ("doing-neg-en-1", "en", "Floods killed 14 people. Green said FEMA has 416 people working in Texas.", [(_K, "total", 14, 14)]),
    ("doing-neg-es-1", "es", "Murieron 14 personas. Hay 300 personas trabajando en Lima.", [(_K, "total", 14, 14)]),
    ("doing-list-es-1", "es", "Murieron 14 personas en Lima. Ica tiene 3 y Puno 2.", [(_K, "total", 14, 14), (_K, "total", 3, 3), (_K, "total", 2, 2)]),
    ("safety-en-1", "en", "The safety of 211 people remains unconfirmed.", [(_M, "total", 211, 211)]),
    ("corrected-en-1", "en", "The mayor put the number of missing at 40 on Friday, but police said on Saturday that 25 were still "
     "missing.", [(_M, "total", 25, 25)]),
]
_MISSES_PHENOMENA = {
    "one-a-en-1": "English 'a'/'an' before one person is not read as a figure of one (too common an article)",
    "one-compound-en-1": "'one' before a compound noun of no lexicon ('exchange student') is not a figure, and the cue "
    "'among the dead were' reaches only the figure right after it",
    "collective-apposition-es-1": "a toll noun and its figure in apposition between commas ('los heridos, más de un "
    "millar') are not linked",
    "collective-definite-es-1": "'el centenar' (definite article) is not read as a collective figure",
    "safety-en-1": "'the safety of N people remains unconfirmed' (Japanese officials' phrasing for missing) has no cue",
    "corrected-en-1": "a figure corrected later in its sentence ('..., but police said ... 25') is not superseded",
}
CASES += [
    pytest.param(language, sentence, expected, id=key,
                 marks=[known_miss(_MISSES_PHENOMENA[key])] if key in _MISSES_PHENOMENA else [])
    for key, language, sentence, expected in _ROWS_PHENOMENA
]  # fmt: skip

# Phenomena of the blind set (tests/data/claims_blind.json, issue "claimsblind"): what its first run missed, each fixed
# by a general rule, with a negative. Written for this table in outlet styles, not copied from the blind excerpts.
_ROWS_BLIND = [
    # a verb written with "su vida" / "pass away" / a pluperfect, a state of the hospitalised ("estables")
    ("blind-su-vida-es-1", "es", "Unos 40 soldados perdieron su vida en la emboscada.", [(_K, "military", 36, 44)]),
    ("blind-su-vida-neg-es-1", "es", "El bombero arriesgó su vida durante 3 horas.", []),
    ("blind-pass-away-en-1", "en", "The heat caused at least 30 workers to pass away.", [(_K, "workers", 30, None)]),
    ("blind-pluperfect-en-1", "en", "Twelve hikers had perished by the time rescuers arrived.", [(_K, "hikers", 12, 12)]),
    ("blind-estables-es-1", "es", "Hay 5 heridos graves y 9 estables.", [(_I, "seriously injured", 5, 5), (_I, "total", 9, 9)]),
    # a qualifier between the verb and its "a" ("mató al menos a 9"); "entre los heridos había"
    ("blind-mato-al-menos-es-1", "es", "Las autoridades informaron que el ataque mató al menos a 9 civiles.",
     [(_K, "civilians", 9, None)]),
    ("blind-entre-habia-es-1", "es", "Entre los heridos había 6 policías.", [(_I, "police", 6, 6)]),
    # missing: "unlocated", "lost contact with"
    ("blind-unlocated-en-1", "en", "In the mountains, 14 villagers remain unlocated.", [(_M, "villagers", 14, 14)]),
    ("blind-lost-contact-en-1", "en", "Authorities lost contact with 50 individuals in the national park.", [(_M, "total", 50, 50)]),
    ("blind-lost-contact-neg-en-1", "en", "Rescuers lost contact with the drone 2 hours ago.", []),
    # displaced: made to leave their homes
    ("blind-dejar-hogares-es-1", "es", "La crecida ha obligado a 3.000 familias a dejar sus hogares.", [(_P, "familias", 3000, 3000)]),
    ("blind-dejar-hogares-es-2", "es", "Son más de 20.000 personas las que se han visto obligadas a dejar sus hogares.",
     [(_P, "total", 20001, None)]),
    ("blind-dejado-desplazados-es-1", "es", "La guerra ha dejado desplazados a más de 2 millones de personas.",
     [(_P, "total", 2000001, None)]),
    ("blind-leave-homes-en-1", "en", "Floods have forced 12,000 people to leave their homes.", [(_P, "total", 12000, 12000)]),
    # a toll that tops a number; not a temperature that does
    ("blind-top-en-1", "en", "Flood injuries top 500 in the province.", [(_I, "total", 501, None)]),
    ("blind-top-neg-en-1", "en", "Temperatures top 40 degrees.", []),
    # no zero toll where the toll is not known yet
    ("blind-zero-unknown-neg-en-1", "en", "No details of the casualties were released.", []),
    ("blind-zero-unknown-neg-es-1", "es", "No hay cifras oficiales de víctimas mortales.", []),
    ("blind-zero-unknown-en-1", "en", "There were no casualties.", [(_K, "total", 0, 0), (_I, "total", 0, 0)]),
    # animals are not people
    ("blind-livestock-neg-es-1", "es", "La riada mató 300 cabezas de ganado.", []),
    ("blind-livestock-neg-en-1", "en", "The flood also killed 1,174 heads of livestock.", []),
    ("blind-livestock-es-1", "es", "La riada mató 300 cabezas de ganado y a 2 pastores.", [(_K, "pastores", 2, 2)]),
    ("blind-livestock-en-1", "en", "The floods killed 2,000 head of cattle and 3 farmers.", [(_K, "farmers", 3, 3)]),
    # items coordinated after where they come from share the verb; a bare number's origin names people
    ("blind-origin-and-en-1", "en", "Officials said 60 pilgrims from Jordan and 35 from Tunisia died of heat.",
     [(_K, "pilgrims", 60, 60), (_K, "Tunisian", 35, 35)]),
    ("blind-origin-and-neg-en-1", "en", "Officials said 60 pilgrims from Jordan and 35 from Tunisia were registered.", []),
    # a kind noun after "people and" opens another phrase, it does not name the people's kind
    ("blind-people-and-en-1", "en", "The typhoon led to the deaths of four people and injuries to 95 others.",
     [(_K, "total", 4, 4), (_I, "total", 95, 95)]),
    # a toll noun opening the sentence lends its kind to the parts that follow ("Of the total death toll, N were ...")
    ("blind-of-the-toll-en-1", "en", "Of the total death toll, 1,524 were children.", [(_K, "total", 1524, 1524)]),
    ("blind-of-the-toll-neg-en-1", "en", "Of the total budget, 40 were spent on food.", []),
    # a quoted qualifier
    ("blind-quoted-qualifier-es-1", "es", "El alcalde dijo que “aproximadamente” 24 personas murieron.", [(_K, "total", 22, 26)]),
    # bodies in autopsy are no toll; bodies recovered are
    ("blind-autopsia-neg-es-1", "es", "Se encuentran en proceso de autopsia otros 79 cuerpos.", []),
    ("blind-autopsia-es-1", "es", "Se recuperaron otros 79 cuerpos.", [(_K, "total", 79, 79)]),
    # last year's incident; not a running total since last year
    ("blind-last-year-neg-en-1", "en", "Last year, at least 240 pilgrim deaths were recorded.", []),
    ("blind-last-year-en-1", "en", "Since last year, 500 people have died.", [(_K, "total", 500, 500)]),
    ("blind-ano-pasado-neg-es-1", "es", "El año pasado murieron 240 peregrinos.", []),
    ("blind-ano-pasado-es-1", "es", "Desde el año pasado han muerto 500 personas.", [(_K, "total", 500, 500)]),
    # where the people are, between them and their verb; people said to be doing something are no list item
    ("blind-place-lead-en-1", "en", "Thirty people in Kharkiv were injured.", [(_I, "total", 30, 30)]),
    ("blind-place-lead-es-1", "es", "12 personas en Lima murieron.", [(_K, "total", 12, 12)]),
    ("blind-place-lead-neg-en-1", "en", "Thirty people in Kharkiv were interviewed.", []),
    ("blind-doing-neg-en-1", "en", "In Kharkiv, 300 people died. In Kyiv, about one million people are facing hardship.",
     [(_K, "total", 300, 300)]),
    # known misses of the blind set, kept with their right answer
    ("blind-from-cause-en-1", "en", "At least 12 people died in the storm, 72 from landslides and six from floodwaters.",
     [(_K, "total", 12, None), (_K, "total", 72, 72), (_K, "total", 6, 6)]),
    ("blind-camp-es-1", "es", "Menos de 6.000 desplazados han llegado al campamento; unos pocos cientos llegaron ayer.",
     [(_P, "total", None, 5999), (_P, "total", 200, 999)]),
    ("blind-casualties-en-1", "en", "As per the information received till now, there are 238 casualties.", [(_K, "total", 238, 238)]),
    ("blind-stable-quoted-es-1", "es", "Sobre las 34 personas hospitalizadas, señaló que 15 están en estado “grave”.",
     [(_I, "total", 34, 34), (_I, "seriously injured", 15, 15)]),
    ("blind-persons-list-es-1", "es", "Durante el fin de semana murió un niño en Tarragona y una trabajadora de 51 años en Barcelona.",
     [(_K, "children", 1, 1), (_K, "trabajadora", 1, 1)]),
]
_MISSES_BLIND = {
    # blind-from-cause-en-1 passes since c4fix: bare items of a list by cause take the toll of their sentence
    "blind-camp-es-1": "reaching a displacement camp ('han llegado al campamento') has no cue, and 'unos pocos cientos' "
    "is not read as hundreds",
    "blind-casualties-en-1": "'casualties' alone is the dead and the injured; Indian English uses it for the dead",
    "blind-stable-quoted-es-1": "a severity in quotes after a bare number ('15 están en estado “grave”') gives no kind",
    "blind-persons-list-es-1": "a second person of a list ('y una trabajadora de 51 años') is not read as a figure of one",
    "blind-livestock-es-1": "a count of animals before a count of people ('300 cabezas de ganado y a 2 pastores') breaks "
    "the verb's reach to the people",
    "blind-livestock-en-1": "a count of animals before a count of people ('2,000 head of cattle and 3 farmers') breaks "
    "the verb's reach to the people",
}
CASES += [
    pytest.param(language, sentence, expected, id=key, marks=[known_miss(_MISSES_BLIND[key])] if key in _MISSES_BLIND else [])
    for key, language, sentence, expected in _ROWS_BLIND
]  # fmt: skip

# Phenomena of the third held-out set (tests/data/claims_heldout3.json, disaster coverage, branch claims3): what its
# first run missed, each fixed by a general rule with a negative, or kept as a known miss. Written for this table in
# outlet styles, not copied from the excerpts.
_ROWS_HELDOUT3 = [
    # displaced: left without a house ("se quedaron sin casa", "han quedado sin hogar"); not a place without houses
    ("h3-sin-casa-es-1", "es", "Unas 250 familias se quedaron sin casa tras el alud.", [(_P, "familias", 225, 275)]),
    ("h3-sin-casa-es-2", "es", "Más de 3.000 personas han quedado sin hogar en la provincia.", [(_P, "total", 3001, None)]),
    ("h3-sin-casa-neg-es-1", "es", "El barrio quedó sin casas en pie tras 3 días de lluvia.", []),
    # displaced: "the evacuation of N people"; not of N schools
    ("h3-evacuation-of-en-1", "en", "The flooding forced the evacuation of at least 2 000 residents.", [(_P, "total", 2000, None)]),
    ("h3-evacuation-of-neg-en-1", "en", "Officials ordered the evacuation of 12 schools.", []),
    ("h3-evacuacion-de-neg-es-1", "es", "Se ordenó la evacuación de 12 escuelas.", []),
    # a population after a place opening a sentence is no item of the toll before; a bare figure still is
    ("h3-population-neg-es-1", "es", "Murieron 8 personas. Lima, con 9 millones de habitantes, sigue en alerta.", [(_K, "total", 8, 8)]),
    ("h3-population-neg-en-1", "en", "Nine people died. Fort Myers, with 90,000 inhabitants, is still flooded.", [(_K, "total", 9, 9)]),
    ("h3-population-es-1", "es", "Murieron 8 personas en Lima. Callao, con 3, es la segunda zona más afectada.",
     [(_K, "total", 8, 8), (_K, "total", 3, 3)]),
    # where the people are, as a word standing for a place named before ("in the state"), between them and their verb
    ("h3-in-the-state-en-1", "en", "At least 40 people in the state have died since the storm.", [(_K, "total", 40, None)]),
    ("h3-in-the-state-es-1", "es", "Al menos 12 personas en la provincia murieron.", [(_K, "total", 12, None)]),
    ("h3-in-the-state-neg-en-1", "en", "About 300 people in the county were interviewed.", []),
    # a toll repeated with its number in words and then in digits under another qualifier is one claim
    ("h3-repeat-words-en-1", "en", "Five people died in the flood. Officials later confirmed at least 5 deaths.", [(_K, "total", 5, 5)]),
    ("h3-repeat-words-es-1", "es", "Murieron dos personas. Las autoridades confirmaron al menos 2 muertos.", [(_K, "total", 2, 2)]),
    ("h3-repeat-words-neg-en-1", "en", "Five people died in the flood. At least 7 deaths were confirmed.",
     [(_K, "total", 5, 5), (_K, "total", 7, None)]),
    # a plural toll noun ("las cifras de muertos ascendieron a"); not the figures of something else
    ("h3-cifras-ascendieron-neg-es-1", "es", "Las cifras de la economía ascendieron a 233 millones.", []),
    # known misses of the third held-out set, kept with their right answer
    ("h3-relative-sin-hogar-es-1", "es", "El sismo afectó a 5.000 familias, que se han quedado sin hogar.", [(_P, "familias", 5000, 5000)]),
    ("h3-refugiados-es-1", "es", "Hay 12 muertos, 40 heridos y 2.000 refugiados.",
     [(_K, "total", 12, 12), (_I, "total", 40, 40), (_P, "refugiados", 2000, 2000)]),
    ("h3-cifras-ascendieron-es-1", "es", "Las cifras de muertos ascendieron a 233.", [(_K, "total", 233, 233)]),
    ("h3-mayoria-es-1", "es", "La mayoría de las muertes, 467, se produjeron en la capital.", [(_K, "total", 467, 467)]),
    ("h3-mas-en-es-1", "es", "Murieron 11 personas, seis en Lima y cinco más en Cusco.",
     [(_K, "total", 11, 11), (_K, "total", 6, 6), (_K, "total", 5, 5)]),
    ("h3-one-each-en-1", "en", "Two people died in Polk County and one each in Lake, Hendry and Hillsborough counties.",
     [(_K, "total", 2, 2), (_K, "total", 1, 1), (_K, "total", 1, 1), (_K, "total", 1, 1)]),
    ("h3-from-place-en-1", "en", "Three people from the hard-hit county were still missing.", [(_M, "total", 3, 3)]),
    ("h3-denuncias-es-1", "es", "Hay más de 100 denuncias de personas desaparecidas.", [(_M, "total", 101, None)]),
    ("h3-quoted-mil-es-1", "es", "El ministro aseguró que son más de “4 mil los heridos”.", [(_I, "total", 4001, None)]),
    ("h3-past-disaster-es-1", "es", "La región vivió catástrofes similares, incluida una que causó más de 900 muertes.", []),
]
_MISSES_HELDOUT3 = {
    # h3-refugiados-es-1 passes since c4fix: a person noun naming a state (status_nouns) in a list of tolls by their nouns
    "h3-mayoria-es-1": "a figure in apposition after 'la mayoría de las muertes' is not linked to the toll noun",
    "h3-one-each-en-1": "'one each in A, B and C' is one figure for several places; a claim per place is not made",
    "h3-from-place-en-1": "a counted phrase with its origin ('from the hard-hit county') before 'were still missing' "
    "is not linked to its verb",
    "h3-denuncias-es-1": "'denuncias de personas desaparecidas' counts reports (not_person), though outlets use it for "
    "the missing",
    "h3-past-disaster-es-1": "a past disaster's toll in a relative clause ('incluida una que causó más de 900 muertes') "
    "is read as the current toll",
}
CASES += [
    pytest.param(language, sentence, expected, id=key,
                 marks=[known_miss(_MISSES_HELDOUT3[key])] if key in _MISSES_HELDOUT3 else [])
    for key, language, sentence, expected in _ROWS_HELDOUT3
]  # fmt: skip


# Kinds of misses of the spent sets (dev, held-out, blind, held-out3) fixed by branch claims4, each with a negative.
# Written for this table in outlet styles, not copied from the excerpts.
_ROWS_CLAIMS4 = [
    # superseded: earlier figures named in the plural or as a count ("las cifras previas de", "un recuento anterior
    # de"), and a source's participle ("as estimated by") does not end the toll's clause; the latest count stays
    ("c4-superseded-plural-es-1", "es", "El ministerio actualizó las cifras previas de 1.305 víctimas mortales: ya son 2.012 los fallecidos.",
     [(_K, "total", 2012, 2012)]),
    ("c4-superseded-recuento-es-1", "es", "El balance de heridos alcanza las 6.500 víctimas, dijo el ministro, quien eleva un recuento anterior de 2.430 personas.",
     [(_I, "total", 6500, 6500)]),
    ("c4-superseded-as-estimated-en-1", "en", "The previous death toll from the floods as estimated by health authorities was 5,500.", []),
    ("c4-superseded-recuento-neg-es-1", "es", "Según el último recuento, 2.430 personas murieron.", [(_K, "total", 2430, 2430)]),
    ("c4-superseded-as-estimated-neg-en-1", "en", "The death toll, as estimated by health authorities, is 5,500.",
     [(_K, "total", 5500, 5500)]),
    # a list's items with their noun or verb left out: "cinco más en Bihar" (another five), "en Guerrero a 6" (after
    # "en México llegan a 13"), "y una última en Oaxaca"; not "una última vez", nor a distance after "a"
    ("c4-list-elided-verb-es-1", "es", "En Morelos murieron 73 personas, en Puebla 45 y en Guerrero a 6.",
     [(_K, "total", 73, 73), (_K, "total", 45, 45), (_K, "total", 6, 6)]),
    ("c4-list-una-ultima-es-1", "es", "Murieron 3 personas en Lima y una última en Ica.", [(_K, "total", 3, 3), (_K, "total", 1, 1)]),
    ("c4-list-una-ultima-neg-es-1", "es", "Los rescatistas revisaron por una última vez la zona.", []),
    ("c4-list-elided-verb-neg-es-1", "es", "El camión viajaba de Lima a 60 kilómetros por hora y 3 personas murieron.",
     [(_K, "total", 3, 3)]),
    # a kind's verb in a relative clause after a comma (", que se han quedado sin hogar", ", who were injured"); not
    # of things ("5 provincias, que quedaron sin luz", "40 houses, which were destroyed")
    ("c4-comma-relative-en-1", "en", "Rescuers reached 20 people, who were injured.", [(_I, "total", 20, 20)]),
    ("c4-comma-relative-neg-es-1", "es", "El sismo dejó 300 muertos en 5 provincias, que quedaron sin luz.", [(_K, "total", 300, 300)]),
    ("c4-comma-relative-neg-en-1", "en", "Officials counted 40 houses, which were destroyed.", []),
    # a quotation opened between a qualifier and its number ("más de “4 mil los heridos”") keeps the qualifier; a
    # quoted number without one stays exact
    ("c4-quoted-open-en-1", "en", "The mayor said there were more than “400 dead” in the city.", [(_K, "total", 401, None)]),
    ("c4-quoted-open-neg-es-1", "es", "El ministro dijo: “4 mil heridos”.", [(_I, "total", 4000, 4000)]),
    # an increment after the last of coordinated figures makes all of them increments ("45 fallecidos y 144 heridos
    # más respecto al último recuento"); not a place after them, nor people who survived
    ("c4-shared-increment-es-1", "es", "El balance deja 45 fallecidos y 144 heridos más respecto al último recuento.", []),
    ("c4-shared-increment-neg-es-1", "es", "El sismo dejó 45 fallecidos y 144 heridos en Lima.",
     [(_K, "total", 45, 45), (_I, "total", 144, 144)]),
    ("c4-shared-increment-neg-en-1", "en", "The quake killed 30 people and 12 survived.", [(_K, "total", 30, 30)]),
    # a sentence opening "Among them were" / "Entre ellos se encontraban" counts a part of the toll before; not
    # "Among them," before people doing something else
    ("c4-among-them-en-1", "en", "The floods killed 300 people. Among them were at least 40 foreigners.",
     [(_K, "total", 300, 300), (_K, "foreigners", 40, None)]),
    ("c4-among-them-es-1", "es", "Las inundaciones mataron a 300 personas. Entre ellos se encontraban al menos 40 extranjeros.",
     [(_K, "total", 300, 300), (_K, "extranjeros", 40, None)]),
    ("c4-among-them-neg-en-1", "en", "The floods killed 300 people. Among them, 12 rescuers worked all night.", [(_K, "total", 300, 300)]),
    # "N others" names people: the verb after an inclusion between commas reaches it ("An estimated 120 others,
    # including children, were captured"); not things ("120 rockets, including two long-range ones")
    ("c4-others-aside-en-1", "en", "An estimated 120 others, including children, were captured.", [(_D, "total", 108, 132)]),
    ("c4-others-aside-neg-en-1", "en", "The militants fired 120 rockets, including two long-range ones, at the city.", []),
    ("c4-others-aside-neg-es-1", "es", "Se dispararon 120 cohetes, entre ellos dos de largo alcance.", []),
    # people named by their school ("one middle schooler and five high school students"); not school teams
    ("c4-school-en-1", "en", "Among those killed were one middle schooler and five high school students.",
     [(_K, "middle schooler", 1, 1), (_K, "high school students", 5, 5)]),
    ("c4-school-neg-en-1", "en", "Five high school teams were hit by the storm.", []),
    # attackers are people: an inclusion gives them the kind of the figure before ("11 personas, entre ellas cuatro
    # terroristas, han sido detenidas", "incluyendo a cuatro terroristas"); not attackers sought
    ("c4-attackers-es-1", "es", "Once personas, entre ellas cuatro terroristas, han sido detenidas.",
     [(_D, "total", 11, 11), (_D, "terroristas", 4, 4)]),
    ("c4-attackers-es-2", "es", "El FSB anunció la detención de once personas, incluyendo a cuatro terroristas que participaron en el ataque.",
     [(_D, "total", 11, 11), (_D, "terroristas", 4, 4)]),
    ("c4-attackers-en-1", "en", "Police detained 11 people, including four gunmen.", [(_D, "total", 11, 11), (_D, "gunmen", 4, 4)]),
    ("c4-attackers-neg-es-1", "es", "La policía busca a cuatro terroristas.", []),
    ("c4-among-them-neg-es-1", "es", "Murieron 300 personas. Entre ellos, 12 rescatistas trabajaron toda la noche.",
     [(_K, "total", 300, 300)]),
]
_MISSES_CLAIMS4: dict[str, str] = {}
CASES += [
    pytest.param(language, sentence, expected, id=key,
                 marks=[known_miss(_MISSES_CLAIMS4[key])] if key in _MISSES_CLAIMS4 else [])
    for key, language, sentence, expected in _ROWS_CLAIMS4
]  # fmt: skip


# Kinds of misses of the spent fourth held-out set (and the same kinds in the other spent sets) fixed by branch c4fix,
# each with a negative. Rows are real sentences of held-out4 and the dev and blind sets where one shows the kind.
_ROWS_C4FIX = [
    # a qualifier set off by commas ("dejaron, al menos, 23 muertos"; comma_qualifiers); not a comma qualifier that does
    # not open the figure ("Las lluvias, al menos, no dejaron víctimas: 3 ...", "was, at least, 12 hours long")
    ("c4f-comma-qualifier-es-1", "es", "Chile ha declarado estado de desastre en varias regiones del centro-sur después de que una "
     "devastadora ola de calor provocara incendios forestales que dejaron, al menos, 23 muertos, según cifras provisionales.",
     [(_K, "total", 23, None)]),
    ("c4f-comma-qualifier-es-2", "es", "El fuerte terremoto de magnitud 6,2 en la escala de Richter y cuyo epicentro fue ubicado entre "
     "Perugia y Riete ha golpeado durante la madrugada del miércoles el centro de Italia y ha provocado, al menos, 38 muertos, "
     "según el primer balance provisional.", [(_K, "total", 38, None)]),
    ("c4f-comma-qualifier-en-1", "en", "Rescuers said that, at least, 12 people died in the flood.", [(_K, "total", 12, None)]),
    ("c4f-comma-qualifier-neg-es-1", "es", "Las lluvias, al menos, no dejaron víctimas: 3 personas resultaron heridas.",
     [(_I, "total", 3, 3)]),
    ("c4f-comma-qualifier-neg-en-1", "en", "The storm was, at least, 12 hours long and killed 4 people.", [(_K, "total", 4, 4)]),
    # a dateline's year is no toll set by the lead's "The death toll" below it (a toll phrase after a figure never
    # crosses a line break); the toll of the lead stays
    ("c4f-dateline-year-en-1", "en", "Morbi (Gujarat), October 31, 2022\n\nThe death toll due to the collapse of a suspension "
     "bridge over the Machu river in Morbi district of Gujarat on Sunday evening has increased to 141.", [(_K, "total", 141, 141)]),
    ("c4f-dateline-year-neg-es-1", "es", "Lima, 12 de enero de 2024\n\nLa cifra de muertos asciende a 14.", [(_K, "total", 14, 14)]),
    # "N more" with no figure before it in its sentence, in a sentence naming a toll or counting bodies, is an increment
    # ("after one more person died", "dos personas más ... lo que aumenta a 26 el balance total de fallecidos", "Two more
    # bodies were pulled out"); not after a figure ("una persona murió y al menos 11 más resultaron heridas"), nor with
    # no toll and no bodies ("dozens more were killed", "hundreds more people are still unaccounted for")
    ("c4f-lone-more-en-1", "en", "In fact, the death toll increased on Monday (October 3) after one more person died.", []),
    ("c4f-lone-more-en-2", "en", "Two more bodies were pulled out of the rubble of a Shiva temple in Shimla on Tuesday, which "
     "collapsed on Monday following a cloudburst.", []),
    ("c4f-lone-more-es-1", "es", "El Gobierno chileno informó este lunes de la muerte de dos personas más en los virulentos incendios "
     "que ya han destruido cerca de 300.000 hectáreas y más de un millar de viviendas en el centro y sur del país desde hace "
     "días, lo que aumenta a 26 el balance total de fallecidos.", [(_K, "total", 26, 26)]),
    ("c4f-lone-more-neg-en-1", "en", "Roughly half the victims were in North Carolina, while dozens more were killed in South "
     "Carolina and Georgia.", [(_K, "total", 24, 119)]),
    ("c4f-lone-more-neg-en-2", "en", "Authorities report that hundreds more people are still unaccounted for, though many may "
     "simply be out of contact with their families.", [(_M, "total", 200, 999)]),
    ("c4f-lone-more-neg-es-1", "es", "Dijo que una persona murió y al menos 11 más resultaron heridas.",
     [(_K, "total", 1, 1), (_I, "total", 11, None)]),
    ("c4f-lone-more-neg-en-3", "en", "200 more people remain missing, while the death toll stands at 50.",
     [(_M, "total", 200, 200), (_K, "total", 50, 50)]),
    # an item counting others of the toll before it in its sentence ("y otras 28 en la zona ...", "otras 15 lo habrían
    # hecho en Euskirchen", "anunció otros 43") takes its kind, and its people ("8 millones de sudaneses ... a otros 2
    # millones"); not the others of things counted between ("60.759 viviendas y ... daños en otras 76.121"), nor others
    # with a verb of their own ("otras 20 fueron rescatadas")
    ("c4f-others-es-1", "es", "Protección Civil ha dicho que hasta ahora se contabilizan diez víctimas mortales en Arquata del "
     "Tronto, y otras 28 en la zona comprendida entre Amatrice y Accumoli.", [(_K, "total", 10, 10), (_K, "total", 28, 28)]),
    ("c4f-others-es-2", "es", "Los datos indican que por el momento una veintena de personas habrían muerto en la ciudad de "
     "Colonia, si bien otras 15 lo habrían hecho en Euskirchen.", [(_K, "total", 18, 22), (_K, "total", 15, 15)]),
    ("c4f-others-es-3", "es", "Según las Naciones Unidas, tal situación de inestabilidad ha dejado desplazados a alrededor de 8 "
     "millones de sudaneses, en huida a países vecinos a otros 2 millones, y en una grave escasez de alimentos a más de 25 "
     "millones.", [(_P, "Sudanese", 7200000, 8800000), (_P, "Sudanese", 2000000, 2000000)]),
    ("c4f-others-en-1", "en", "The floods killed 12 people in Lima and another 15 in Cusco.", [(_K, "total", 12, 12), (_K, "total", 15, 15)]),
    ("c4f-others-neg-es-1", "es", "El terremoto ha afectado directamente a 136.800 familias, que se han quedado sin hogar después "
     "de que el movimiento telúrico destruyera 60.759 viviendas y causara daños estructurales en otras 76.121, así como en 25 "
     "centros médicos que han registrado daños.", [(_P, "familias", 136800, 136800)]),
    ("c4f-others-neg-es-2", "es", "Murieron 3 personas y otras 20 fueron rescatadas con vida.", [(_K, "total", 3, 3)]),
    ("c4f-others-neg-en-1", "en", "Five people died and two others were rescued.", [(_K, "total", 5, 5)]),
    # a partitive opening a clause ("detalló que de los fallecidos, 86 ...", "Of the dead, 20 ..."): bare figures after it
    # are parts of that toll, of its noun's kind or, for "víctimas", of the toll before; not a partitive inside a phrase
    # ("la identificación de parte de los fallecidos, 19 más", "Además de los fallecidos, ... los 3.200"), nor
    # "victims" with no toll before
    ("c4f-partitive-es-1", "es", "Renzi detalló que de los fallecidos, 86 se han producido en las localidades de la región de "
     "Lazio, entre ellas la de Amatrice, la más afectada, mientras que 34 se han contabilizado en los municipios de la región "
     "de Las Marcas.", [(_K, "total", 86, 86), (_K, "total", 34, 34)]),
    ("c4f-partitive-es-2", "es", "Al menos 73 personas murieron. Postiglione señaló que de las 73 víctimas oficiales, 53 se han "
     "registrado entre las localidades de Accumoli y Amatrice, en la provincia de Rieti, en la región de Lacio, y las otras 20 "
     "en Arquata de Trontro, en la región de las Marcas.", [(_K, "total", 73, None), (_K, "total", 53, 53), (_K, "total", 20, 20)]),
    ("c4f-partitive-en-1", "en", "The storm killed 25 people. Of the dead, 20 were found in Lima and 5 in Cusco.",
     [(_K, "total", 25, 25), (_K, "total", 20, 20), (_K, "total", 5, 5)]),
    ("c4f-partitive-neg-es-1", "es", "La Policía Civil ha difundido este domingo una nueva lista con la identificación de parte de "
     "los fallecidos, 19 más que en el recuento del sábado.", []),
    ("c4f-partitive-neg-es-2", "es", "Además de los fallecidos, los damnificados superan los 3.200.", []),
    ("c4f-partitive-neg-en-1", "en", "Of the victims, 12 were children.", []),
    # words of kinds outlets use: "con paradero desconocido" (missing), "se hallan sin refugio", "in camps", "moved to
    # relief camps" (displaced), an estimate between the counted phrase and its verb ("Más de 30 se estima que
    # fallecieron"), a pluperfect of a toll's verb ("había cifrado ... en 78": superseded); not people merely found
    # somewhere ("se hallan en la zona", "stationed in camps"), nor an estimate opening the sentence, nor the toll set
    # in the simple past
    ("c4f-words-es-1", "es", "Más de 30 se estima que fallecieron en el distrito de Ahrweiler, el más afectado; y las autoridades "
     "de Ahrweiler confirmaron que 1.300 personas continúan con paradero desconocido, si bien esperan que muchas de ellas "
     "estuvieran de vacaciones.", [(_K, "total", 31, None), (_M, "total", 1300, 1300)]),
    ("c4f-words-es-2", "es", "Mientras, en el vecino Malawi hay casi un millón de personas perjudicadas a causa del desastre "
     "natural, y 80.000 se hallan sin refugio, de acuerdo con la Federación Internacional de la Cruz Roja.",
     [(_P, "total", 80000, 80000)]),
    ("c4f-words-en-1", "en", "Meanwhile, five families were moved to relief camps after cracks widened in subsidence-hit Joshimath.",
     [(_P, "families", 5, 5)]),
    ("c4f-words-en-2", "en", "The death toll rose to 750, with more than 110,000 people now in camps.",
     [(_K, "total", 750, 750), (_P, "total", 110001, None)]),
    ("c4f-words-en-3", "en", "Read More Cyclone Idai death toll passes 750 with more than 110,000 now in camps",
     [(_K, "total", 751, None), (_P, "total", 110001, None)]),
    ("c4f-superseded-es-1", "es", "El ministro de Salud, Hamad Hassan, había cifrado la noche del martes el número de víctimas en "
     "78, aunque se esperaba que el dato aumentara debido a lo poderoso de la onda expansiva que llegó a sentirse incluso a "
     "unas seis millas de distancia.", []),
    ("c4f-words-neg-es-1", "es", "Unas 80.000 personas se hallan en la zona.", []),
    ("c4f-words-neg-en-1", "en", "About 300 soldiers were stationed in camps near the border.", []),
    ("c4f-words-neg-es-2", "es", "Se estima que 30 personas viven en la zona.", []),
    ("c4f-superseded-neg-es-1", "es", "El ministro cifró en 78 el número de víctimas mortales.", [(_K, "total", 78, 78)]),
    # a quotation whose attribution calls it earlier ('", dijo inicialmente el comunicado'): its figures are superseded;
    # not a plain attribution, nor "initially" in another sentence
    ("c4f-quoted-superseded-es-1", "es", "\"Hasta ahora, más de 4,000 personas han resultado heridas y más de 100 han perdido "
     "la vida. Nuestros equipos todavía están llevando a cabo operaciones de búsqueda y rescate en las áreas circundantes\", "
     "dijo inicialmente el comunicado de la Cruz Roja, que ha ido actualizando al alza el número de muertos y heridos.", []),
    ("c4f-quoted-superseded-en-1", "en", "\"At least 40 people died,\" officials initially said.", []),
    ("c4f-quoted-superseded-neg-es-1", "es", "\"Hasta ahora, más de 4,000 personas han resultado heridas\", dijo el comunicado de "
     "la Cruz Roja.", [(_I, "total", 4001, None)]),
    ("c4f-quoted-superseded-neg-en-1", "en", "\"At least 40 people died,\" officials said. Initially the toll was lower.",
     [(_K, "total", 40, None)]),
    # bodies not identified are a part of the dead, no toll of their own; bodies recovered still count the dead
    ("c4f-unidentified-es-1", "es", "\"Hay 25 cuerpos no identificados pero no estamos seguros de si están dentro de los 60 "
     "desaparecidos o no\", dijo.", [(_M, "total", 60, 60)]),
    ("c4f-unidentified-neg-es-1", "es", "Se recuperaron 25 cuerpos en la playa.", [(_K, "total", 25, 25)]),
    # increment words inside the counted phrase too ("dos muertes adicionales", "bodies remain unidentified")
    ("c4f-increment-in-phrase-es-1", "es", "Este jueves se han notificado dos muertes adicionales: la de un hombre de 52 años en "
     "Castellón y la de una mujer de 53 en Alicante.", []),
    ("c4f-increment-in-phrase-en-1", "en", "Twelve bodies remain unidentified.", []),
    ("c4f-increment-in-phrase-neg-es-1", "es", "Murieron 12 personas que fueron identificadas por sus familias.",
     [(_K, "total", 12, 12)]),
    # a person noun naming a state in a list of tolls by their nouns is of that state's kind ("4.605 heridos, 20.503
    # refugiados"); not under a verb the list shares ("killed 12 people and 3 refugees"), nor with a verb of its own
    ("c4f-status-noun-es-1", "es", "Además, se registraron 231 desaparecidos, 4.605 heridos, 20.503 refugiados, 805 edificios "
     "destruidos y 146 escuelas afectadas, según los datos de la Secretaría de Gestión de Riesgos.",
     [(_M, "total", 231, 231), (_I, "total", 4605, 4605), (_P, "refugiados", 20503, 20503)]),
    ("c4f-status-noun-neg-en-1", "en", "The clashes killed 12 people and 3 refugees.", [(_K, "total", 12, 12), (_K, "refugees", 3, 3)]),
    ("c4f-status-noun-neg-es-1", "es", "Murieron 12 personas y 30 refugiados murieron.",
     [(_K, "total", 12, 12), (_K, "refugiados", 30, 30)]),
    # "the two X were Y" describes people already counted (like "all three were residents"), no part of the toll; "at
    # least four were teenagers" is one
    ("c4f-the-two-were-en-1", "en", "The crash killed 179 people. The two Thai nationals were women in their 20s and 40s.",
     [(_K, "total", 179, 179)]),
    ("c4f-the-two-were-neg-en-1", "en", "The floods killed 300 people. At least four were teenagers.",
     [(_K, "total", 300, 300), (_K, "total", 4, None)]),
    # a toll noun after "además de" / "besides" lends no kind to a later figure (others than the dead); a toll that is
    # the figure's own, or a figure with its own kind, stay
    ("c4f-besides-es-1", "es", "Según los últimos datos del Servicio Nacional de Prevención y respuesta ante Desastres "
     "(Senapred), además de los fallecidos, los servicios sanitarios han atendido hasta ahora a más de 1.260 personas, y los "
     "damnificados superan los 3.200.", []),
    ("c4f-besides-neg-es-1", "es", "Además de los 40 fallecidos, hay 300 heridos.", [(_K, "total", 40, 40), (_I, "total", 300, 300)]),
    ("c4f-besides-neg-es-2", "es", "Además de la cifra de muertos, que asciende a 45, hay 300 heridos.",
     [(_K, "total", 45, 45), (_I, "total", 300, 300)]),
    # one member of the toll before, described ("la menor de ellos una niña de 5 meses"), is no toll of its own
    ("c4f-one-of-them-es-1", "es", "Entre los heridos había 14 niños, la menor de ellos una niña de 5 meses, señaló el Servicio de "
     "Emergencias de Ucrania.", [(_I, "children", 14, 14)]),
    ("c4f-one-of-them-en-1", "en", "Five children died, the youngest one boy of two.", [(_K, "children", 5, 5)]),
    ("c4f-one-of-them-neg-es-1", "es", "Murió una niña de 5 años.", [(_K, "children", 1, 1)]),
    # two numbers joined by a hyphen: a range before a counted phrase ("10-15 people"), a score or a date otherwise
    # ("lost 3-2 to", "lost 1-2 to", "2022-10-31"); "más de" opens a qualifier, it counts no others (repeats)
    ("c4f-hyphen-score-en-1", "en", "Arema Malang lost 3-2 to Persebaya Surabaya.", []),
    ("c4f-hyphen-range-en-1", "en", "The floods killed 10-15 people.", [(_K, "total", 10, 15)]),
    ("c4f-hyphen-range-es-1", "es", "Murieron 10-15 personas en el derrumbe.", [(_K, "total", 10, 15)]),
    ("c4f-hyphen-score-neg-en-1", "en", "Arema lost 1-2 to Persebaya.", []),
    ("c4f-hyphen-date-neg-en-1", "en", "On 2022-10-31 the bridge collapsed, killing 141 people.", [(_K, "total", 141, 141)]),
    # people trapped are alive: no toll ("las decenas de personas que siguen bajo los escombros", "evacuated some 70 people
    # trapped in tunnels"); unless a killing verb right before the figure is its cue
    ("c4f-trapped-es-1", "es", "Pero el número de víctimas sigue ascendiendo cada hora debido a las decenas de personas que "
     "siguen bajo los escombros.", []),
    ("c4f-trapped-en-1", "en", "Fire authorities said they had already evacuated some 70 people trapped in tunnels near Hualien city.",
     []),
    ("c4f-trapped-neg-en-1", "en", "The fire killed 20 people trapped inside the building.", [(_K, "total", 20, 20)]),
    ("c4f-trapped-neg-es-1", "es", "Murieron 12 personas atrapadas en el edificio.", [(_K, "total", 12, 12)]),
    # the figure's own noun names its kind: the missing under the rubble are missing, the dead there dead (a real
    # sentence of tests/data/agreement_real.json, PanAm Post on the Surfside collapse)
    ("c4f-trapped-neg-es-2", "es", "Por ahora, las autoridades confirman cuatro fallecidos, 14 rescatados y al menos 159 "
     "desaparecidos entre los escombros de los 55 apartamentos que cedieron.", [(_K, "total", 4, 4), ("missing", "total", 159, None)]),
    ("c4f-trapped-neg-en-2", "en", "Rescuers found 20 bodies under the rubble of the school.", [(_K, "total", 20, 20)]),
    # an item an inclusion word lent the kind of a figure that is no claim is none either ("evacuated some 70 people
    # trapped ..., including two Germans"); the items of a claim keep it
    ("c4f-lent-rejected-en-1", "en", "Fire authorities said they had already evacuated some 70 people trapped in tunnels near "
     "Hualien city, including two Germans.", []),
    ("c4f-lent-rejected-neg-en-1", "en", "The quake killed 70 people, including two Germans.",
     [(_K, "total", 70, 70), (_K, "German", 2, 2)]),
    # bare items of a list by cause after a toll of their sentence ("72 from landslides and flash floods, six from
    # floodwaters"); not a bare number opening the next sentence, nor one before a place written as an anaphor ("More
    # than 360,000 in the state remain without power")
    ("c4f-cause-items-en-1", "en", "Among the casualties, at least 12 people died due to the storm, 72 from landslides and flash "
     "floods, six from floodwaters, and eight from the collapse of the Phong Chau Bridge in Phu Thọ on Monday.",
     [(_K, "total", 12, None), (_K, "total", 72, 72), (_K, "total", 6, 6), (_K, "total", 8, 8)]),
    ("c4f-cause-items-es-1", "es", "Murieron 20 personas, 12 a causa de deslaves y 8 tras el derrumbe del puente.",
     [(_K, "total", 20, 20), (_K, "total", 12, 12), (_K, "total", 8, 8)]),
    ("c4f-cause-items-neg-en-1", "en", "The quake killed 12 people. 40 from the rescue teams arrived.", [(_K, "total", 12, 12)]),
    ("c4f-cause-items-neg-en-2", "en", "More than 360,000 in the state remain without power as of 11 a.m. ET, more than 1,100 "
     "people have been housed in 11 different shelters.", [(_P, "total", 1101, None)]),
    # items with a verb of their own keep it, or are none: others with their place and verb ("y otras 20 en Cusco
    # resultaron heridas"), a partitive's part no longer counted ("19 fueron identificados", "20 were discharged"), a
    # number from somewhere that did something else ("20 from the village were rescued")
    ("c4f-others-neg-es-3", "es", "Murieron 5 personas en Lima y otras 20 en Cusco resultaron heridas.",
     [(_K, "total", 5, 5), (_I, "total", 20, 20)]),
    ("c4f-others-neg-en-2", "en", "Five people died in Lima and another 20 in Cusco were injured.",
     [(_K, "total", 5, 5), (_I, "total", 20, 20)]),
    ("c4f-partitive-neg-es-3", "es", "Murieron 50 personas. De los fallecidos, 19 fueron identificados.", [(_K, "total", 50, 50)]),
    ("c4f-partitive-neg-en-2", "en", "The blast injured 80 people. Of the injured, 20 were discharged.", [(_I, "total", 80, 80)]),
    ("c4f-cause-items-neg-en-3", "en", "Five people died, and 20 from the village were rescued.", [(_K, "total", 5, 5)]),
    ("c4f-cause-items-neg-es-2", "es", "Murieron 5 personas, y 20 tras el derrumbe fueron rescatadas.", [(_K, "total", 5, 5)]),
]
_MISSES_C4FIX: dict[str, str] = {
    "c4f-words-en-3": "a bare number after 'with' is blocked as an age or a date ('with 20'), so 'now in camps' is not "
    "read; the toll verb 'passes' is no toll link and the 110,000 takes the death toll's kind",
}
CASES += [
    pytest.param(language, sentence, expected, id=key,
                 marks=[known_miss(_MISSES_C4FIX[key])] if key in _MISSES_C4FIX else [])
    for key, language, sentence, expected in _ROWS_C4FIX
]  # fmt: skip

# Branch c5read: kinds of held-out5's misses once spent (and of the other spent sets'), each with negatives.
_ROWS_C5READ = [
    # a verb of change in the plural before "de X a Y" makes it a change, not a range, as in the singular ("elevaron de
    # 99 a 159 el número de desaparecidos" is 159); a range after no such verb stays one
    ("c5r-change-plural-es-1", "es", "Igualmente elevaron de 99 a 159 el número de desaparecidos.", [(_M, "total", 159, 159)]),
    ("c5r-change-plural-neg-es-1", "es", "Murieron de 20 a 30 personas.", [(_K, "total", 20, 30)]),
    # how badly, between an auxiliary and its participle ("are seriously wounded", "have been badly injured": a
    # subgroup of the injured when the lexicon's severity says so); not "fatally" (a death)
    ("c5r-severity-en-1", "en", "Six firefighters are seriously wounded, national broadcaster RTP said, and two are reported "
     "missing.", [(_I, "firefighters", 6, 6), (_M, "total", 2, 2)]),
    ("c5r-severity-en-2", "en", "Some 540 people have been badly injured, officials added.",
     [(_I, "seriously injured", 486, 594)]),
    ("c5r-severity-neg-en-1", "en", "Two soldiers were fatally wounded.", []),
    # "homeless" after the counted phrase, as "sin hogar" ("The storm has left 70,000 people homeless"); shelters,
    # tents, cars are things, no people ("300 homeless shelters", "18 people travelling in four cars died": not 4)
    ("c5r-homeless-en-1", "en", "The storm has left 70,000 people homeless, and locals say the government response has been "
     "slow.", [(_P, "total", 70000, 70000)]),
    ("c5r-homeless-neg-en-1", "en", "Some 300 homeless shelters were damaged.", []),
    ("c5r-things-neg-en-1", "en", "Three people died from smoke inhalation and 18 people travelling in four cars died on the road.",
     [(_K, "total", 3, 3)]),
    # a headline's present with a plural subject ("Forest fires kill 43"), not after "to", a negation or a modal
    # ("threatened to kill 43 people", "did not kill 43"); a noun's cue after "to" is still one ("led to the deaths of")
    ("c5r-present-en-1", "en", "Forest fires kill 43 in central Portugal", [(_K, "total", 43, 43)]),
    ("c5r-present-neg-en-1", "en", "Gunmen threatened to kill 43 people.", []),
    ("c5r-present-neg-en-2", "en", "The floods did not kill 43 people, officials said.", []),
    ("c5r-present-neg-en-3", "en", "The quake led to the deaths of four people and injuries to 95 others.",
     [(_K, "total", 4, 4), (_I, "total", 95, 95)]),
    # another count's head between a toll noun and the figure: the figure is that count's ("el número de personas
    # localizadas se elevó a 211" is no missing toll); a toll noun of its own nearer the figure still counts
    ("c5r-count-head-es-1", "es", "Levine Cava agregó que la cifra de desaparecidos por el derrumbe se ubica hoy en 43 mientras "
     "que el número de personas localizadas se elevó a 211.", [(_M, "total", 43, 43)]),
    ("c5r-count-head-en-1", "en", "The number of missing fell to 43, while the number of people located rose to 211.",
     [(_M, "total", 43, 43)]),
    ("c5r-count-head-neg-es-1", "es", "La cifra de fallecidos asciende a 137, mientras que el número de heridos asciende a 180.",
     [(_K, "total", 137, 137), (_I, "total", 180, 180)]),
    # a sentence counting people with no kind between a toll and a list breaks the list off the toll: the items break
    # down that count ("68 personas de seis nacionalidades estaban ingresadas ...:\n- Colombia: 1"); a list right after
    # the toll's sentence still takes its kind ("Florida had at least 19, Georgia 33")
    ("c5r-count-breaks-list-es-1", "es", "Un incendio ha dejado al menos 38 personas muertas y decenas más heridas. En total, 68 "
     "personas de seis nacionalidades estaban ingresadas en el centro, según un comunicado:\n- Colombia: 1\n- Ecuador: 1",
     [(_K, "total", 38, None), (_I, "total", 20, 99)]),
    ("c5r-count-breaks-list-neg-en-1", "en", "Hurricane Helene killed 100 people. Florida had at least 19, Georgia 33.",
     [(_K, "total", 100, 100), (_K, "total", 19, None), (_K, "total", 33, 33)]),
    # a report in the pluperfect is an earlier count ("el presidente había reportado ... que el número de fallecidos era
    # de 323", "había dicho que «... 248 cadáveres»"); in the perfect it is the count
    ("c5r-pluperfect-es-1", "es", "La semana pasada, el presidente había reportado durante una visita a Mocoa que el número de "
     "fallecidos era de 323.", []),
    ("c5r-pluperfect-es-2", "es", "Previamente, el director había dicho que «al momento tenemos registrados 248 cadáveres».", []),
    ("c5r-pluperfect-neg-es-1", "es", "El presidente ha reportado que el número de fallecidos es de 328.", [(_K, "total", 328, 328)]),
    # bodies identified or handed over, or not yet handed over, are a part of the dead, no toll of their own ("se han
    # podido identificar 59 cuerpos", "entregado 34 cadáveres", "los 33 cuerpos que no han sido entregados"); bodies
    # recovered are the toll
    ("c5r-handled-es-1", "es", "Hasta ahora se han podido identificar 59 cuerpos.", []),
    ("c5r-handled-es-2", "es", "El director precisó que han entregado 34 cadáveres a familiares.", []),
    ("c5r-handled-es-3", "es", "El responsable detalló que los 33 cuerpos que no han sido entregados aún se encuentran en "
     "proceso de identificación.", []),
    ("c5r-handled-neg-es-1", "es", "Los rescatistas han recuperado 59 cuerpos.", [(_K, "total", 59, 59)]),
    # a part of a whole named by its state takes the verb after it ("46 of those injured in the blast have died":
    # killed); a verb of the same kind, or none, keeps the whole's kind
    ("c5r-part-of-state-en-1", "en", "Mexican Health Minister Jorge Alcocer said Saturday that 46 of those injured in the blast "
     "have died in hospital.", [(_K, "total", 46, 46)]),
    ("c5r-part-of-state-es-1", "es", "Doce de los heridos murieron en el hospital.", [(_K, "total", 12, 12)]),
    ("c5r-part-of-state-neg-en-1", "en", "Three of the injured were children.", [(_I, "total", 3, 3)]),
    ("c5r-part-of-state-neg-es-1", "es", "Tres de los heridos están en estado grave.", [(_I, "seriously injured", 3, 3)]),
    # bodies counted as more than before are found since the last count, an increment, wherever they stand in the
    # sentence ("after a man died and two more bodies were discovered", "A further 83 bodies were recovered"); people
    # ("Another 25 burn victims remain hospitalized") and bodies with no "more" stay tolls
    ("c5r-bodies-more-en-1", "en", "The death toll rose to 85 on Thursday, after a 73-year-old man who was in intensive care "
     "died and two more bodies were discovered by rescue crews.", [(_K, "total", 85, 85)]),
    ("c5r-bodies-more-en-2", "en", "A further 83 bodies were recovered on Sunday after the tragedy.", []),
    ("c5r-bodies-more-neg-en-1", "en", "Another 25 burn victims remain hospitalized.", [(_I, "hospitalized", 25, 25)]),
    ("c5r-bodies-more-neg-en-2", "en", "83 bodies were recovered and 12 more people died.",
     [(_K, "total", 83, 83), (_K, "total", 12, 12)]),
    # "evacuating" before the number, as "evacuated" ("Authorities are evacuating 24,000 people"); places evacuated
    # are no people ("evacuating 12 hospitals")
    ("c5r-evacuating-en-1", "en", "Authorities on Sunday are evacuating 24,000 people in several neighbourhoods.",
     [(_P, "total", 24000, 24000)]),
    ("c5r-evacuating-neg-en-1", "en", "Crews were evacuating 12 hospitals.", []),
    # a count's head, one word naming who, and a kind's noun or participle is a toll noun ("el número de palestinos
    # muertos ... había ascendido a 143", "the number of Palestinians killed"); not a count of two kinds ("the number of
    # people dead and missing") nor of things ("el número de casas destruidas")
    ("c5r-count-who-es-1", "es", "El Ministerio de Salud anunció que el número de palestinos muertos desde el 7 de octubre en "
     "Cisjordania había ascendido a 143.", [(_K, "total", 143, 143)]),
    ("c5r-count-who-en-1", "en", "The number of Palestinians killed since October 7 has risen to 143.", [(_K, "total", 143, 143)]),
    ("c5r-count-who-neg-en-1", "en", "The number of people dead and missing due to Hurricane Otis has risen to nearly 100.", []),
    ("c5r-count-who-neg-es-1", "es", "El número de casas destruidas llegó a 300.", []),
    # admitted to hospital, after an auxiliary, is injured ("81 fueron ingresadas a centros médicos", "23 people were
    # taken to hospital"); admitted elsewhere is not ("ingresados en prisión"), nor bodies taken to a morgue
    ("c5r-admitted-es-1", "es", "El reporte indica que 68 personas murieron durante la explosión y que 81 fueron ingresadas a "
     "centros médicos en la entidad.", [(_K, "total", 68, 68), (_I, "total", 81, 81)]),
    ("c5r-admitted-en-1", "en", "23 people were taken to hospital.", [(_I, "total", 23, 23)]),
    ("c5r-admitted-neg-es-1", "es", "Doce presos fueron ingresados en prisión.", []),
    ("c5r-admitted-neg-en-1", "en", "The 23 bodies were taken to the morgue.", [(_K, "total", 23, 23)]),
    # a kind's word, "or" and another kind's count two kinds together, a toll of neither ("about 120 dead or missing",
    # "unos 120 muertos o desaparecidos"); "or" before no kind's word leaves the toll ("Thirty people died, or so ...")
    ("c5r-either-kind-en-1", "en", "They've counted about 120 dead or missing at sea alone.", []),
    ("c5r-either-kind-es-1", "es", "Hay unos 120 muertos o desaparecidos.", []),
    ("c5r-either-kind-neg-en-1", "en", "Thirty people died, or so officials said.", [(_K, "total", 30, 30)]),
]
CASES += [pytest.param(language, sentence, expected, id=key) for key, language, sentence, expected in _ROWS_C5READ]

# Session 19 (lead): vehicles and media after a figure are no people, read in the real texts of the spent quote sets
# (quotes_*.json: no claims are annotated there): "el secuestro de seis buses del Sistema Integrado de Transporte"
# (W Radio) was six detained, "FOX 8 News cameras captured a police officer" (WRNO) eight detained "news".
_ROWS_LEAD19 = [
    ("l19-vehicles-es-1", "es", "Entre los hechos vandálicos figura el secuestro de seis buses del Sistema Integrado de "
     "Transporte Público.", []),
    ("l19-media-en-1", "en", "Friday evening FOX 8 News cameras captured a police officer rescuing a woman from her car.", []),
    # negatives: people after the same verbs are still counted
    ("l19-vehicles-neg-es-1", "es", "Denunciaron el secuestro de seis conductores de buses.", [(_D, "conductores", 6, 6)]),
    ("l19-media-neg-en-1", "en", "Police captured eight suspects on Friday.", [(_D, "suspects", 8, 8)]),
    # animals are no people (AP, tests/data/quotes_heldout7.json: "Two of her dogs and nine cats died in the fire."); the
    # people beside them are
    ("l19-animals-en-1", "en", "Two of her dogs and nine cats died in the fire.", []),
    ("l19-animals-es-1", "es", "Murieron nueve gatos y dos perros en el incendio.", []),
    ("l19-animals-neg-en-1", "en", "Nine cats and two people died in the fire.", [(_K, "total", 2, 2)]),
]
CASES += [pytest.param(language, sentence, expected, id=key) for key, language, sentence, expected in _ROWS_LEAD19]
# Branch c6read: kinds of held-out6's misses once spent (and of the other spent sets'), each with negatives.
_ROWS_C6READ = [
    # bodies "another" N are more than before, an increment, as "a further" ("Rescuers retrieved another 25 bodies");
    # people "another" N are a toll ("and another 25 were injured")
    ("c6r-bodies-another-en-1", "en", "Rescuers retrieved another 25 bodies from the rubble.", []),
    ("c6r-bodies-another-neg-en-1", "en", "The quake killed 40 people and another 25 were injured.",
     [(_K, "total", 40, 40), (_I, "total", 25, 25)]),
    # bodies handed over to relatives are a part of the dead, no toll, in English as in Spanish ("have handed over 441
    # bodies": "over" is no qualifier there); bodies recovered are the toll
    ("c6r-handed-en-1", "en", "Police say they have handed over 441 bodies so far to the relatives.", []),
    ("c6r-handed-neg-en-1", "en", "Police say 441 bodies have been recovered so far.", [(_K, "total", 441, 441)]),
    # a place's size right after "nation of", "país de" is no toll ("the worst in the island nation of 21 million
    # people"); a toll after a place's head and a comma is one ("In the city of Derna, 5,000 people died")
    ("c6r-population-en-1", "en", "Despite the toll revision, the coordinated attacks remain the worst in the island nation "
     "of 21 million people since a civil war ended.", []),
    ("c6r-population-es-1", "es", "Es la peor tragedia en un país de 21 millones de habitantes, con 250 muertos.",
     [(_K, "total", 250, 250)]),
    ("c6r-population-neg-en-1", "en", "In the city of Derna, 5,000 people died.", [(_K, "total", 5000, 5000)]),
    # an earlier report named so ("El anterior reporte informaba de 162 muertos") is superseded; a new one is not
    ("c6r-earlier-report-es-1", "es", "El anterior reporte informaba de 162 muertos.", []),
    ("c6r-earlier-report-neg-es-1", "es", "El nuevo reporte informa de 252 muertos.", [(_K, "total", 252, 252)]),
    # what could happen in general ("los ciclones más potentes podían dejar miles de muertos") is no count
    ("c6r-could-es-1", "es", "Hasta hace poco, los ciclones más potentes podían dejar miles de muertos en esta región.", []),
    ("c6r-could-neg-es-1", "es", "El ciclón dejó miles de muertos en esta región.", [(_K, "total", 2000, 9999)]),
    # the conditional of reported figures before the counted phrase is a claim ("habrían muerto al menos 67 personas"),
    # as after it ("100 personas habrían muerto"); with no figure, none
    ("c6r-conditional-es-1", "es", "En Negombo, al oeste del país, habrían muerto al menos 67 personas.",
     [(_K, "total", 67, None)]),
    ("c6r-conditional-neg-es-1", "es", "Un informe dice que habrían muerto personas de varios países.", []),
    # a participle sharing a coordinated one's auxiliary ("ha matado a al menos 290 personas y herido a más de 500"); the
    # pluperfect auxiliary of "resultar" ("326 habían resultado heridas"); no figure, no claim ("ha herido a su vecino")
    ("c6r-participle-es-1", "es", "Una cadena de atentados ha matado a al menos 290 personas y herido a más de 500.",
     [(_K, "total", 290, None), (_I, "total", 501, None)]),
    ("c6r-participle-es-2", "es", "El gobernador dijo que 162 personas habían muerto y 326 habían resultado heridas.",
     [(_K, "total", 162, 162), (_I, "total", 326, 326)]),
    ("c6r-participle-neg-es-1", "es", "El atacante ha herido a su vecino.", []),
    # people taken to hospital are injured ("al menos 300 personas habían sido trasladadas al hospital"), bodies stay dead
    ("c6r-hospital-es-1", "es", "Al menos 300 personas habían sido trasladadas al hospital de la ciudad.",
     [(_I, "total", 300, None)]),
    ("c6r-hospital-neg-es-1", "es", "Los 20 cuerpos fueron trasladados al hospital.", [(_K, "total", 20, 20)]),
    # evacuating people, or making them take shelter, displaces them ("evacuar de forma preventiva a 3 millones de
    # personas", "obligó a millones de personas a refugiarse"); schools evacuated are no people
    ("c6r-evacuate-es-1", "es", "Los dos países decidieron evacuar de forma preventiva a 3 millones de personas a refugios "
     "de emergencia.", [(_P, "total", 3000000, 3000000)]),
    ("c6r-evacuate-es-2", "es", "El ciclón obligó a millones de personas a refugiarse.", [(_P, "total", 2000000, 9999999)]),
    ("c6r-evacuate-neg-es-1", "es", "Decidieron evacuar a 12 escuelas.", []),
    # "arriba de", "por encima de" are "más de" ("ahora la cifra es arriba de los 50 muertos"); of no people, no claim
    ("c6r-above-es-1", "es", "Ahora la cifra es arriba de los 50 muertos.", [(_K, "total", 51, None)]),
    ("c6r-above-neg-es-1", "es", "La temperatura subió por encima de los 40 grados.", []),
    # "touched" links a toll to its figure ("the number touched 550"); of no toll, no claim
    ("c6r-touched-en-1", "en", "The death toll after a building collapsed at Savar continued to soar as the number touched "
     "550 on Saturday morning.", [(_K, "total", 550, 550)]),
    ("c6r-touched-neg-en-1", "en", "The storm touched 12 towns.", []),
    # bodies unidentified, or dead identified, are a part of the dead, in English as in Spanish ("Thirty-two unidentified
    # bodies retrieved ... were buried", "a list of 279 dead who had been identified"); bodies retrieved, dead counted
    # are the toll
    ("c6r-identified-en-1", "en", "Thirty-two unidentified bodies retrieved from the debris were buried on May 1.", []),
    ("c6r-identified-en-2", "en", "The deputy minister read to reporters a list of 279 dead who had been identified.", []),
    ("c6r-identified-neg-en-1", "en", "Thirty-two bodies were retrieved from the debris.", [(_K, "total", 32, 32)]),
    ("c6r-identified-neg-en-2", "en", "The minister said 279 dead have been counted.", [(_K, "total", 279, 279)]),
    # fewer than feared is no zero toll ("no causó tantas víctimas mortales como se temía", "did not cause as many deaths
    # as feared"); none at all is one
    ("c6r-not-as-many-es-1", "es", "Parece que Amphan no causó tantas víctimas mortales como se temía en un principio.", []),
    ("c6r-not-as-many-en-1", "en", "The cyclone did not cause as many deaths as feared.", []),
    ("c6r-not-as-many-neg-es-1", "es", "El ciclón no causó víctimas mortales.", [(_K, "total", 0, 0)]),
    ("c6r-not-as-many-neg-en-1", "en", "The cyclone did not cause any deaths.", [(_K, "total", 0, 0)]),
    # a count followed in its sentence by "now" and the toll's new figure is the earlier one ("En la mañana teníamos
    # cuatro muertos, ahora la cifra es arriba de los 50 muertos"); "now" before another count is no revision
    ("c6r-now-es-1", "es", "“En la mañana teníamos cuatro muertos, ahora la cifra es arriba de los 50 muertos”, lamentó "
     "el presidente.", [(_K, "total", 51, None)]),
    ("c6r-now-en-1", "en", "Four people were dead in the morning; now the toll is 50.", [(_K, "total", 50, 50)]),
    ("c6r-now-neg-en-1", "en", "Four people died, and now 12 are missing.", [(_K, "total", 4, 4), (_M, "total", 12, 12)]),
    # still under medical treatment are injured, those still in hospital ("De 940 heridos, 722 han sido dados ya de alta
    # ... y 218 continúan bajo tratamiento médico"); under observation is no kind
    ("c6r-treatment-es-1", "es", "De 940 heridos, 722 han sido dados ya de alta en los hospitales y 218 continúan bajo "
     "tratamiento médico, se indica en un comunicado.", [(_I, "total", 940, 940), (_I, "hospitalized", 218, 218)]),
    ("c6r-treatment-neg-es-1", "es", "Los 20 pacientes continúan bajo observación.", []),
    # a toll's verb and "los" right before a figure with its own counted phrase qualify it ("supera ya los 708 muertos":
    # more than 708; "ronda los 300 muertos": about), as after a toll noun; no article, no object ("passed 800 bodies")
    ("c6r-link-qualified-es-1", "es", "El terremoto de magnitud 8,8 supera ya los 708 muertos, según la directora.",
     [(_K, "total", 709, None)]),
    ("c6r-link-qualified-es-2", "es", "La cifra ronda los 300 muertos.", [(_K, "total", 270, 330)]),
    ("c6r-link-qualified-neg-en-1", "en", "Rescuers passed 800 bodies to relatives.", [(_K, "total", 800, 800)]),
]
CASES += [pytest.param(language, sentence, expected, id=key) for key, language, sentence, expected in _ROWS_C6READ]

@pytest.mark.parametrize(("language", "sentence", "expected"), CASES)
def test_sentence_claims(language: str, sentence: str, expected: list[Expected]) -> None:
    assert found(sentence, language) == expected


def _scores(cases: list) -> tuple[int, int, int]:
    """(right, found, expected) claims over ``cases``; a found claim is right when it equals an expected one."""
    right = extracted = wanted = 0
    for case in cases:
        language, sentence, expected = case.values
        got = found(sentence, language)
        remaining = list(expected)
        for claim in got:
            if claim in remaining:
                remaining.remove(claim)
                right += 1
        extracted += len(got)
        wanted += len(expected)
    return right, extracted, wanted


def test_precision_and_recall_over_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    """Precision = right claims / claims found; recall = right claims / expected claims, over EVERY row,
    known misses included (leaving them out would report a perfect table)."""
    right, extracted, wanted = _scores(CASES)
    precision, recall = right / extracted, right / wanted
    misses = [case for case in CASES if case.marks]
    with capsys.disabled():
        print(f"\nclaims table: {len(CASES)} sentences ({len(misses)} known misses), {wanted} expected claims, "
              f"{extracted} found, {right} right: precision {precision:.3f}, recall {recall:.3f}")  # fmt: skip
    assert len(CASES) >= 60
    # A floor, not perfection: the rows that are not known misses are each checked exactly above.
    assert precision >= 0.9 and recall >= 0.9


ATTRIBUTIONS = [
    pytest.param("es", "Al menos 12 personas murieron, según el Ministerio de Salud.", "el Ministerio de Salud", id="es-segun"),
    pytest.param("es", "El gobernador informó que 30 personas resultaron heridas.", "El gobernador", id="es-sujeto-informo-que"),
    pytest.param("es", "Unas 40 personas murieron en el ataque, informó The New York Times.", "The New York Times", id="es-informo-medio"),
    pytest.param("es", "“Hay 15 muertos”, dijo el alcalde a la prensa.", "el alcalde", id="es-cita-dijo"),
    pytest.param("es", "Murieron 9 personas en el choque de trenes.", None, id="es-sin-atribucion"),
    pytest.param("en", "According to the Red Cross, 200 people are missing.", "the Red Cross", id="en-according-to"),
    pytest.param("en", "Twelve soldiers were killed, the army said in a statement.", "the army", id="en-x-said"),
    pytest.param("en", "Local officials said 8 people had died.", "Local officials", id="en-officials-said"),
    # Session 19 (analysis.casualties.attribution): a source, never a piece of the sentence. Real sentences of
    # tests/data (agreement_real, claims sets) first, then made-up rows of each kind and their negatives.
    pytest.param("es", "Al menos 2.012 personas han muerto, según ha informado el Ministerio del Interior del país.",
                 "el Ministerio del Interior del país", id="s19-es-segun-ha-informado"),
    pytest.param("es", "La última víctima ha sido identificada según anunciaron las autoridades más de un mes después de la catástrofe en la que murieron 98 personas.",
                 "las autoridades", id="s19-es-segun-verbo-real"),
    pytest.param("es", "El número de fallecidos aumentó a cinco tras el hallazgo de otro cadáver, informó el sábado por la noche una funcionaria local.",
                 "una funcionaria local", id="s19-es-dia-antes-real"),
    pytest.param("es", "Confirmó la cifra de 24 muertos y 121 desaparecidos, dijo la alcaldesa local el domingo.", "la alcaldesa local",
                 id="s19-es-dia-despues"),
    pytest.param("es", "En San Vicente y las Granadinas, se reportaron dos víctimas mortales.", None, id="s19-es-se-no-es-fuente"),
    pytest.param("es", "Los bomberos que trabajaban entre los escombros anunciaron que hallaron 3 cuerpos.", "Los bomberos",
                 id="s19-es-relativo"),
    pytest.param("es", "Cabe señalar que el reporte indica 12 fallecidos.", "el reporte", id="s19-es-que-sujeto-nuevo"),
    pytest.param("es", "–Los equipos de rescate confirmaron la recuperación de tres víctimas mortales más.", "Los equipos de rescate",
                 id="s19-es-raya"),
    pytest.param("es", "Desde el Gobierno federal informaron de 14 muertos.", "el Gobierno federal", id="s19-es-desde"),
    pytest.param("en", "The 26 foreign victims include five from Iran and two from the United States, officials said.", "officials",
                 id="s19-en-united-states-real"),
    pytest.param("en", "As fatalities have also been reported in South Carolina (49), Georgia (33) and Florida (20).", None,
                 id="s19-en-passive-real"),
    pytest.param("en", "The confirmed death toll rose to 58, with up to 300 people still missing, authorities said.", "authorities",
                 id="s19-en-participle-the-real"),
    pytest.param("en", "Officials earlier said 12 people had died.", "Officials", id="s19-en-trailing-adverb"),
    pytest.param("en", "Authorities had reported 12 deaths.", "Authorities", id="s19-en-perfect"),
    pytest.param("en", "Five other students have been injured, officials told the Associated Press by phone.", "officials",
                 id="s19-en-told-who-speaks"),
    pytest.param("en", "Five other students have been injured, told the Associated Press by phone.", None, id="s19-en-told-hears"),
    pytest.param("en", "Gaza Death Toll Reaches 2,670, Health Ministry Says", "Health Ministry", id="s19-en-headline-says"),
    pytest.param("en", "Twelve people died, with significant damage reported in the city.", None, id="s19-en-with-not-source"),
]  # fmt: skip


def test_a_pronoun_stands_for_the_previous_source() -> None:
    """ "it said" is the source of the article's previous attributed claim (a real pair of sentences of
    tests/data, claims_blind: the education ministry, then "it said"); with none before, no source."""
    text = ("Among those killed were five high school students, the education ministry said. Five other students have been "
            "injured, and two of them were being treated at hospitals, it said.")  # fmt: skip
    assert {c.attributed_to for c in claims_of(text, "en")} == {"the education ministry"}
    assert {c.attributed_to for c in claims_of("Five students have been injured, it said.", "en")} == {None}


@pytest.mark.parametrize(("language", "sentence", "who"), ATTRIBUTIONS)
def test_attribution(language: str, sentence: str, who: str | None) -> None:
    claims = claims_of(sentence, language)
    assert claims, "the sentence has a claim"
    assert {c.attributed_to for c in claims} == {who}


def test_claim_offsets_and_evidence_point_at_the_figure() -> None:
    text = "Primera frase sin cifras. El sismo dejó 8 muertos y 50 heridos en la provincia."
    doc = build([Article("a", text, language="es")]).docs[0]
    claims = claims_in(doc)
    assert [text[c.start : c.end] for c in claims] == ["8 muertos", "50 heridos"]
    assert all(c.text == text[c.sentence_start : c.sentence_start + len(c.text)] for c in claims)
    assert all(c.text.startswith("El sismo") for c in claims)


# Gold groups (free text) and the extractor's group vocabulary: "total" counts everyone;
# the people aboard the boats are counted as "personas", the total of that incident.
GOLD_GROUP = {
    "total (civilians and military)": "total",
    "Cuban (presidential guard)": "Cuban",
    "Cuban (military, Maduro's security ring)": "Cuban",
    "people aboard boats struck in the Caribbean and Pacific": "total",
}


def test_seeds_match_the_gold_exactly(seeds_text, gold_figures: dict) -> None:
    claims = extract(seeds_text)
    texts = {d.id: d.article.text for d in seeds_text.docs}
    unmatched = list(claims)
    for gold in gold_figures["claims"]:
        at = texts[gold["article"]].index(gold["phrase"])
        match = [
            c for c in unmatched
            if c.article == gold["article"] and c.kind == gold["kind"] and (c.low, c.high) == (gold["low"], gold["high"])
            and c.group == GOLD_GROUP[gold["group"]] and c.start < at + len(gold["phrase"]) and at < c.end
        ]  # fmt: skip
        assert len(match) == 1, f"gold claim not found once: {gold}"
        unmatched.remove(match[0])
    assert unmatched == [], "claims the gold does not have"


def test_seed_incidents_separate_the_boat_strikes_from_the_january_operation(seeds_text, gold_figures: dict) -> None:
    claims = extract(seeds_text)
    by_gold = {}
    for gold in gold_figures["claims"]:
        (claim,) = [
            c for c in claims if c.article == gold["article"] and (c.low, c.high) == (gold["low"], gold["high"])
        ]
        by_gold.setdefault(gold["incident"], set()).add(claim.incident)
    january, boats = by_gold["US operation of 3 January 2026"], by_gold["US strikes on boats since September 2025"]
    assert january == {"2026-01-03"} and boats == {"since 2025-09"}


def test_every_kind_is_reachable_in_both_languages() -> None:
    kinds = {(case.values[0], claim[0]) for case in CASES for claim in case.values[2]}
    assert kinds == {(language, kind) for language in ("es", "en") for kind in KINDS}


def test_a_language_without_a_lexicon_uses_the_spanish_one() -> None:
    assert found("Al menos 12 personas murieron.", "pt") == [("killed", "total", 12, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("0\nMUERTO", [], id="verb-in-the-next-sentence"),
        pytest.param("Llegaron 12.\nMuertos no hubo.", [], id="verb-after-a-full-stop"),
        pytest.param("Murieron " + "9" * 40 + " personas.", [], id="identifier-sized-number"),
        pytest.param("12 personas\nmurieron", [], id="kind-verb-on-the-next-line"),
    ],
)
def test_a_claim_never_reaches_past_its_sentence(text: str, expected: list) -> None:
    """Regression: the kind verb was looked for past the sentence's end, so a claim's end left its evidence."""
    claims = claims_in(build([Article("a", text, language="es")]).docs[0])
    assert [(c.figure, c.kind) for c in claims] == expected
    assert all(c.end <= c.sentence_start + len(c.text) for c in claims)


# Place of each claim (issue 14): the place named for the figure in its list item or sentence, else the
# article's main place, else None. Rows: key, language, sentence, expected claims, expected places in order.
_PLACE_ROWS: list[tuple[str, str, str, list[Expected], list[str | None]]] = [
    ("place-es-1", "es", "El sismo dejó 91 muertos en la provincia de Granada, tres en Albacete y uno en Málaga.",
     [(_K, "total", 91, 91), (_K, "total", 3, 3), (_K, "total", 1, 1)], ["Granada", "Albacete", "Málaga"]),
    ("place-es-2", "es", "En Cuba murieron 12 personas.", [(_K, "total", 12, 12)], ["Cuba"]),
    ("place-es-3", "es", "Le siguen Murcia con 40 fallecidos, Lorca con 12 y Cartagena con 2.",
     [(_K, "total", 40, 40), (_K, "total", 12, 12), (_K, "total", 2, 2)], ["Murcia", "Lorca", "Cartagena"]),
    ("place-es-4", "es", "Hay 23 heridos en Lima y 4 en Arequipa.", [(_I, "total", 23, 23), (_I, "total", 4, 4)], ["Lima", "Arequipa"]),
    ("place-es-5", "es", "Al menos 30 personas murieron en Marruecos.", [(_K, "total", 30, None)], ["Marruecos"]),
    ("place-es-6", "es", "El huracán dejó 8 muertos en Carolina del Norte.", [(_K, "total", 8, 8)], ["Carolina del Norte"]),
    ("place-es-7", "es", "Murieron 5 personas en el condado de Buncombe.", [(_K, "total", 5, 5)], ["condado de Buncombe"]),
    ("place-es-8", "es", "Las lluvias dejaron 17 muertos en Georgia y 11 en Florida.", [(_K, "total", 17, 17), (_K, "total", 11, 11)], ["Georgia", "Florida"]),
    ("place-es-9", "es", "Moscú confirmó 40 detenidos.", [(_D, "total", 40, 40)], ["Moscú"]),
    ("place-es-10", "es", "Murieron 14 personas.", [(_K, "total", 14, 14)], [None]),
    ("place-es-11", "es", "Seúl registró 150 heridos, según la policía.", [(_I, "total", 150, 150)], ["Seúl"]),
    ("place-es-12", "es", "Turquía suma 20 mil 213 muertos y Siria 4 mil 467.", [(_K, "total", 20213, 20213), (_K, "total", 4467, 4467)], ["Turquía", "Siria"]),
    ("place-es-13", "es", "En Alepo hubo 90 muertos.", [(_K, "total", 90, 90)], ["Alepo"]),
    ("place-es-14", "es", "Hay 3 desaparecidos en Derna.", [(_M, "total", 3, 3)], ["Derna"]),
    ("place-es-15", "es", "El temporal causó 2 muertes en Paz de Ariporo, en Colombia.", [(_K, "total", 2, 2)], ["Paz de Ariporo"]),
    ("place-es-16", "es", "Hubo paz y 2 heridos en mayo.", [(_I, "total", 2, 2)], [None]),
    # placefix: a name of a slot has no digit and starts a word ("22H00", "02H00 GMT" are times, no place before a
    # figure's list); a dateline with a day-first date or an agency after a comma ("Lima, 22 sep (EFE).-", "GUATEMALA
    # CITY, (Reuters) –") is where the report was filed, no toll's place
    ("place-pf-digits-es-1", "es", "La sección restante del edificio colapsado será demolida durante la noche, entre las 22H00 "
     "(02H00 GMT) y las 03H00, dijo la alcaldesa local el domingo, confirmando la cifra provisoria de 24 muertos y 121 "
     "desaparecidos.", [(_K, "total", 24, 24), (_M, "total", 121, 121)], [None, None]),
    ("place-pf-digits-neg-es-1", "es", "Murieron 4 personas en Mundakkai (2 niños) y 3 en Chooralmala.",
     [(_K, "total", 4, 4), (_K, "total", 3, 3)], ["Mundakkai", "Chooralmala"]),
    ("place-pf-dateline-en-1", "en", "GUATEMALA CITY, (Reuters) – One month after the volcano erupted, 332 people are still "
     "missing, the disaster agency said.", [(_M, "total", 332, 332)], [None]),
    ("place-pf-dateline-es-1", "es", "Lima, 22 sep (EFE).- Las lluvias dejaron 12 muertos en el norte del país.",
     [(_K, "total", 12, 12)], [None]),
    ("place-pf-dateline-neg-es-1", "es", "Lima, 12 heridos y 3 muertos dejó el choque del martes.",
     [(_I, "total", 12, 12), (_K, "total", 3, 3)], ["Lima", "Lima"]),
    ("place-en-1", "en", "Five deaths were confirmed: two in Cuba, two in Haiti and one in Jamaica.",
     [(_K, "total", 5, 5), (_K, "total", 2, 2), (_K, "total", 2, 2), (_K, "total", 1, 1)], ["Cuba", "Cuba", "Haiti", "Jamaica"]),
    ("place-en-2", "en", "The storm killed 33 people in Georgia and 11 in Tennessee.", [(_K, "total", 33, 33), (_K, "total", 11, 11)], ["Georgia", "Tennessee"]),
    ("place-en-3", "en", "At least 98 people died in Buncombe County.", [(_K, "total", 98, None)], ["Buncombe County"]),
    ("place-en-4", "en", "South Carolina (49), Georgia (33) and Florida (20) reported deaths.",
     [(_K, "total", 49, 49), (_K, "total", 33, 33), (_K, "total", 20, 20)], ["South Carolina", "Georgia", "Florida"]),
    ("place-en-5", "en", "In Morocco, at least 2,012 people died.", [(_K, "total", 2012, None)], ["Morocco"]),
    ("place-en-6", "en", "Twelve people were killed in Kharkiv.", [(_K, "total", 12, 12)], ["Kharkiv"]),
    ("place-en-7", "en", "Six people died in Nice.", [(_K, "total", 6, 6)], ["Nice"]),
    ("place-en-8", "en", "Nice to report that only 2 people were hurt.", [(_I, "total", 2, 2)], [None]),
    ("place-en-9", "en", "Hurricane Otis killed 45 people in Acapulco.", [(_K, "total", 45, 45)], ["Acapulco"]),
    ("place-en-10", "en", "Reading the report, 4 people died in Of.", [(_K, "total", 4, 4)], [None]),
    ("place-en-11", "en", "Officials in Syria said 1,042 people were injured.", [(_I, "total", 1042, 1042)], ["Syria"]),
    ("place-en-12", "en", "At least 9 migrants drowned near Benghazi.", [(_K, "migrants", 9, None)], ["Benghazi"]),
    ("place-en-13", "en", "More than 300 people were arrested in Tehran.", [(_D, "total", 301, None)], ["Tehran"]),
    ("place-en-14", "en", "The flooding displaced 12,000 people in Pakistan's Sindh province.", [(_P, "total", 12000, 12000)], ["Sindh"]),
    # an office's place says who counts, not where (claim_scope.office): no place in the sentence, no main place
    ("place-en-15", "en", "Seven people died, the Georgia Emergency Management Agency said.", [(_K, "total", 7, 7)], [None]),
    # ---- issue 14, second pass: places no gazetteer has, read from a place's slot (lexicons/place_slots.yaml)
    ("place-slot-en-1", "en", "At least 60 people were killed in the attack at Crocus City Hall.", [(_K, "total", 60, None)], ["Crocus City Hall"]),
    ("place-slot-es-1", "es", "Al menos 150 personas murieron en el barrio de Itaewon, en Seúl.", [(_K, "total", 150, None)], ["Itaewon"]),
    ("place-slot-es-2", "es", "Le siguen Taroudant con 321 fallecidos, Tinguir con 1.", [(_K, "total", 321, 321), (_K, "total", 1, 1)], ["Taroudant", "Tinguir"]),
    ("place-slot-es-3", "es", "Murieron 3 personas en la localidad de Tinguir y 2 en Aït Ourir.", [(_K, "total", 3, 3), (_K, "total", 2, 2)], ["Tinguir", "Aït Ourir"]),
    ("place-venue-es-1", "es", "Murieron 93 personas en la sala de conciertos Crocus City Hall, en las afueras de Moscú.",
     [(_K, "total", 93, 93)], ["Crocus City Hall"]),
    ("place-venue-neg-en-1", "en", "Twelve people died at the hospital in Kahului.", [(_K, "total", 12, 12)], ["Kahului"]),
    ("place-slot-neg-en-1", "en", "In March, 12 people died.", [(_K, "total", 12, 12)], [None]),
    ("place-slot-neg-en-2", "en", "In Libyan waters, 40 migrants drowned.", [(_K, "migrants", 40, 40)], [None]),
    ("place-slot-neg-es-1", "es", "En Año Nuevo murieron 12 personas.", [(_K, "total", 12, 12)], [None]),
    # ---- list items with a copula or a head: "69 were in Wajima", "in the towns of"
    ("place-copula-en-1", "en", "The toll in Ishikawa rose to 126. Of these, 69 were in Wajima and 38 in Suzu.",
     [(_K, "total", 126, 126), (_K, "total", 69, 69), (_K, "total", 38, 38)], ["Ishikawa", "Wajima", "Suzu"]),
    ("place-copula-neg-en-1", "en", "Of the 12 students, 3 were in class.", [], []),
    # ---- "each": one claim per place (per origin: per group) of the list after the figure
    ("place-each-en-1", "en", "The fires killed at least 70 people each in the cities of Mati and Rafina.",
     [(_K, "total", 70, None), (_K, "total", 70, None)], ["Mati", "Rafina"]),
    ("place-each-en-2", "en", "Among the dead were four each from China and Russia.",
     [(_K, "Chinese", 4, 4), (_K, "Russian", 4, 4)], [None, None]),
    # one claim, said of a list: the list's common parent (claim_scope.listed_parent)
    ("place-each-neg-en-1", "en", "Four people died in Ohio and Texas.", [(_K, "total", 4, 4)], ["United States"]),
    ("place-each-neg-en-2", "en", "Tickets cost 4 dollars each in Ohio and Texas.", [], []),
    # ---- the sentence's earlier place for the figures after it; the article's main place from its lead
    ("place-context-es-1", "es", "El terremoto que sacudió Marruecos dejó 1.037 muertos, y los heridos se contabilizaron en 1.204.",
     [(_K, "total", 1037, 1037), (_I, "total", 1204, 1204)], ["Marruecos", "Marruecos"]),
    ("place-lead-es-1", "es", "Un terremoto sacudió Marruecos. Los turistas de Marrakech salieron a la calle en Marrakech. Hay 2.000 muertos.",
     [(_K, "total", 2000, 2000)], ["Marruecos"]),
    ("place-context-neg-en-1", "en", "Five deaths were confirmed in Haiti, where two died in Jérémie, and one in Cuba.",
     [(_K, "total", 5, 5), (_K, "total", 2, 2), (_K, "total", 1, 1)], ["Haiti", "Jérémie", "Cuba"]),
    # ---- no place: a storm's or a person's name, a speaker, an agency (analysis/corpus/places.py rules 5 and 7)
    ("place-storm-en-1", "en", "Hurricane Helene's death toll rose to at least 215 people.", [(_K, "total", 215, None)], [None]),
    ("place-storm-neg-en-1", "en", "Six people died in Hurricane, Utah.", [(_K, "total", 6, 6)], ["Hurricane"]),
    ("place-speaker-en-1", "en", "Rodriguez said 10 people were missing.", [(_M, "total", 10, 10)], [None]),
    ("place-speaker-en-2", "en", "Four Chinese nationals were killed, Xinhua news agency reported.", [(_K, "Chinese", 4, 4)], [None]),
    ("place-speaker-neg-en-1", "en", "In Rodriguez, 4 people died.", [(_K, "total", 4, 4)], ["Rodriguez"]),
    ("place-title-es-1", "es", "El presidente de Corea del Sur, Yoon Suk Yeol, dijo que murieron 146 personas.",
     [(_K, "total", 146, 146)], [None]),
    # ---- where it was reported (a dateline, "said in") and a landmark ("south of") are not where the toll is
    ("place-dateline-en-1", "en", "Rabat — At least 2,012 people died across Morocco.", [(_K, "total", 2012, None)], ["Morocco"]),
    ("place-dateline-en-2", "en", "Amman, Sep. 10 (Petra) -- The death toll from the earthquake in Morocco exceeded 2,000.",
     [(_K, "total", 2001, None)], ["Morocco"]),
    ("place-dateline-neg-en-1", "en", "Rabat has 12 dead.", [(_K, "total", 12, 12)], ["Rabat"]),
    ("place-said-in-en-1", "en", "The minister said in Rabat that 2,012 people had died.", [(_K, "total", 2012, 2012)], [None]),
    ("place-said-in-neg-en-1", "en", "Twelve deaths were reported in Ohio.", [(_K, "total", 12, 12)], ["Ohio"]),
    ("place-landmark-en-1", "en", "The quake struck south of Marrakesh, killing 632 people.", [(_K, "total", 632, 632)], ["Morocco"]),
    ("place-landmark-es-1", "es", "Al Haouz, al sur de Marrakech, registra 542 muertos.", [(_K, "total", 542, 542)], ["Al Haouz"]),
    # ("place-en-12": "9 migrants drowned near Benghazi" is a landmark right at the figure: Benghazi.)
    # ---- a venue's shorter name is its longer one ("Crocus City" is "Crocus City Hall")
    ("place-venue-en-2", "en", "Sixty people were killed at the Crocus City Hall. The attack at the Crocus City left 115 dead.",
     [(_K, "total", 60, 60), (_K, "total", 115, 115)], ["Crocus City Hall", "Crocus City Hall"]),
    # ---- a toll said to span several regions is their common parent's (analysis/casualties/claim_spans.py)
    ("place-span-en-1", "en", "Helene hit North Carolina. The death toll surpassed 200 across six states.",
     [(_K, "total", 201, None)], ["United States"]),
    ("place-span-es-1", "es", "El huracán azotó Carolina del Norte. Hay 93 muertos en seis estados.",
     [(_K, "total", 93, 93)], ["United States"]),
    ("place-span-en-2", "en", "Floods swept Sindh. At least 300 people died in several provinces.",
     [(_K, "total", 300, None)], ["Pakistan"]),
    ("place-span-neg-en-1", "en", "In North Carolina alone, 103 died.", [(_K, "total", 103, 103)], ["North Carolina"]),
    ("place-span-neg-en-2", "en", "Six states declared emergencies; 12 died in Florida.", [(_K, "total", 12, 12)], ["Florida"]),
    # the regions' own list is their common parent's (claim_scope.listed_parent), as it is when compared
    ("place-span-neg-en-3", "en", "There were 34,297 evacuees in the three prefectures of Ishikawa, Toyama and Niigata.",
     [(_P, "total", 34297, 34297)], ["Japan"]),
    # ---- a lead naming no place over several regions of one country: the country is the main place
    ("place-regions-en-1", "en", "At least 215 people died. Hardest-hit areas include North Carolina, South Carolina and Georgia. "
     "North Carolina declared a disaster.", [(_K, "total", 215, None)], ["United States"]),
    ("place-regions-neg-en-1", "en", "At least 215 people died. North Carolina declared a disaster.",
     [(_K, "total", 215, None)], ["North Carolina"]),
    ("place-regions-neg-en-2", "en", "Floods hit North Carolina. At least 20 people died. South Carolina and Georgia were spared.",
     [(_K, "total", 20, None)], ["North Carolina"]),
    # ---- issue 14, places14: the place convention (tests/data/claims_dev.json "place_convention"; claim_scope)
    # nested places: the most specific of a place and its container written together
    ("place-nested-es-1", "es", "La estampida en el barrio de Itaewon, en Seúl, la capital de Corea del Sur, dejó 120 muertos.",
     [(_K, "total", 120, 120)], ["Itaewon"]),
    ("place-nested-en-1", "en", "A week after the hurricane hit Acapulco, Mexico, at least 58 people are still missing.",
     [(_M, "total", 58, None)], ["Acapulco"]),
    ("place-nested-en-2", "en", "Rescuers struggle to reach Libya's Derna, where 3,840 deaths were recorded.",
     [(_K, "total", 3840, 3840)], ["Derna"]),
    ("place-nested-neg-es-1", "es", "Murieron 1.037 personas por el sismo que sacudió Marruecos, desatando el terror en la ciudad de Marrakech.",
     [(_K, "total", 1037, 1037)], ["Marruecos"]),
    # offices: who counts, not where (place-en-15, place-title-es-1 above)
    ("place-office-es-1", "es", "El Ministerio de Salud de Rusia señala que hay 80 personas hospitalizadas.", [(_I, "total", 80, 80)], [None]),
    ("place-office-en-1", "en", "Two Japanese nationals died, an official at Japan's foreign ministry said.", [(_K, "Japanese", 2, 2)], [None]),
    ("place-office-neg-en-1", "en", "The minister said 12 people died in Ohio.", [(_K, "total", 12, 12)], ["Ohio"]),
    # a list of places at the figure: their common parent; none in common, no one place
    ("place-list-es-1", "es", "En Siria murieron 371 personas en Alepo, Hama, Latakia y Tartús.", [(_K, "total", 371, 371)], ["Syria"]),
    ("place-list-en-1", "en", "Roughly half died in North Carolina, while dozens more were killed in South Carolina and Georgia.",
     [(_K, "total", 24, 119)], ["United States"]),
    ("place-list-neg-es-1", "es", "La cifra de muertos en Turquía y Siria llegó a 1.800.", [(_K, "total", 1800, 1800)], [None]),
    ("place-list-neg-en-1", "en", "Thirty people died in Buncombe County, North Carolina.", [(_K, "total", 30, 30)], ["Buncombe County"]),
    # anaphors: "the nation", "the city", "ese país", "este distrito" stand for the place named before
    ("place-anaphor-en-1", "en", "Storm Daniel hit Derna in Libya. About 170 additional people were killed elsewhere in the nation.",
     [(_K, "total", 153, 187)], ["Libya"]),
    ("place-anaphor-es-1", "es", "Erdogan habló de Turquía: hubo 912 muertos en ese país y 5300 heridos.",
     [(_K, "total", 912, 912), (_I, "total", 5300, 5300)], ["Turquía", "Turquía"]),
    ("place-anaphor-neg-en-1", "en", "A series of quakes hit Wajima. Eleven people died in the town of Anamizu.",
     [(_K, "total", 11, 11)], ["Anamizu"]),
    ("place-anaphor-neg-en-2", "en", "The toll in Seoul rose to 154, officials said, as the country mourned.", [(_K, "total", 154, 154)], ["Seoul"]),
    # a clause without a place shares the coordinated clause's ("A died and B were injured in X")
    ("place-shared-en-1", "en", "At least 1,800 have died and 3,700 were injured in Syria.",
     [(_K, "total", 1800, None), (_I, "total", 3700, 3700)], ["Syria", "Syria"]),
    # a possessor owns a thing, it does not place the toll; a possessive toll does ("the country's death toll")
    ("place-possessor-en-1", "en", "Crowds gathered in Seoul. A surge killed at least 151 people in South Korea's worst disaster in years.",
     [(_K, "total", 151, None)], ["Seoul"]),
    ("place-possessor-neg-en-1", "en", "Otis hit the Mexican state of Guerrero, and the country's death toll rose to at least 39.",
     [(_K, "total", 39, None)], ["Mexico"]),
    # a comparison's domain and a destination are no place of the toll
    ("place-superlative-en-1", "en", "Fires burned in Lahaina. 114 people died, the deadliest wildfire in the United States in a century.",
     [(_K, "total", 114, 114)], ["Lahaina"]),
    ("place-superlative-es-1", "es", "Arde la isla de Maui. Los incendios, los más mortíferos en Estados Unidos, causaron 115 muertos.",
     [(_K, "total", 115, 115)], ["Maui"]),
    ("place-destination-en-1", "en", "Helene hit Georgia. The death toll reached 200 as searchers made their way toward the mountains of "
     "western North Carolina.", [(_K, "total", 200, 200)], ["Georgia"]),
    # a lead naming a place only as a landmark, a comparison's domain or a destination: its country (as "near Marrakesh")
    ("place-superlative-en-2", "en", "114 people died, the deadliest wildfire in the United States in a century.",
     [(_K, "total", 114, 114)], ["United States"]),
    ("place-superlative-neg-en-1", "en", "At least 114 people died in the United States.", [(_K, "total", 114, None)], ["United States"]),
    # a dateline naming the city and its country; a gazetteer place written with its head after it
    ("place-dateline-en-3", "en", "ACAPULCO, Mexico — At least 43 people died.", [(_K, "total", 43, None)], [None]),
    ("place-dateline-neg-en-2", "en", "Acapulco, Mexico, counted 43 dead.", [(_K, "total", 43, 43)], ["Acapulco"]),
    ("place-head-en-1", "en", "Five people died in Nanao City.", [(_K, "total", 5, 5)], ["Nanao"]),
    ("place-head-neg-en-2", "en", "Five people died in Suzu City.", [(_K, "total", 5, 5)], ["Suzu City"]),  # no gazetteer Suzu
    ("place-head-neg-en-1", "en", "At least 60 people were killed in the attack at Crocus City Hall.", [(_K, "total", 60, None)],
     ["Crocus City Hall"]),
    # names the packages lack, in places.yaml: an island named for its county, a region's exonym
    ("place-exonym-en-1", "en", "The wildfires on Maui killed 96 people.", [(_K, "total", 96, 96)], ["Maui"]),
    ("place-exonym-es-1", "es", "Murieron 79 personas frente al Peloponeso.", [(_K, "total", 79, 79)], ["Peloponeso"]),
    # blind-set phenomena (issue "claimsblind"): a Spanish-style dateline, a venue named in common words, a place a
    # disaster struck, a landmark written with its head, an authority's or attacker's country, Arabic-article names,
    # an exonym of a territory
    ("place-blind-dateline-es-1", "es", "SANTO DOMINGO. — Al menos 20 personas murieron.", [(_K, "total", 20, None)], [None]),
    ("place-blind-dateline-neg-es-1", "es", "Santo Domingo registró 20 muertos.", [(_K, "total", 20, 20)], ["Santo Domingo"]),
    ("place-blind-venue-es-1", "es", "Murieron 30 personas en la discoteca Blue Moon.", [(_K, "total", 30, 30)], ["Blue Moon"]),
    ("place-blind-venue-neg-es-1", "es", "Murieron 3 personas en el hospital General.", [(_K, "total", 3, 3)], [None]),
    ("place-blind-struck-en-1", "en", "The landslide that struck Kedarkantha killed 9 people.", [(_K, "total", 9, 9)], ["Kedarkantha"]),
    ("place-blind-struck-neg-en-1", "en", "The storm hit Monday and killed 9 people.", [(_K, "total", 9, 9)], [None]),
    ("place-blind-landmark-es-1", "es", "El autobús cayó cerca de la ciudad de Tepic, en Nayarit, y murieron 12 personas.",
     [(_K, "total", 12, 12)], ["Nayarit"]),
    ("place-blind-landmark-neg-es-1", "es", "Murieron 12 personas en la ciudad de Tepic.", [(_K, "total", 12, 12)], ["Tepic"]),
    ("place-blind-authorities-es-1", "es", "Las autoridades de Perú confirmaron 40 muertos por las lluvias en la región Piura.",
     [(_K, "total", 40, 40)], ["Piura"]),
    ("place-blind-authorities-neg-es-1", "es", "En Perú, las autoridades confirmaron 40 muertos.", [(_K, "total", 40, 40)], ["Perú"]),
    ("place-blind-agent-es-1", "es", "Los bombardeos de Rusia contra Járkov dejaron 6 muertos.", [(_K, "total", 6, 6)], ["Járkov"]),
    ("place-blind-agent-neg-es-1", "es", "Los bombardeos en Rusia dejaron 6 muertos.", [(_K, "total", 6, 6)], ["Rusia"]),
    ("place-blind-article-en-1", "en", "Drone strikes killed 15 people in el-Fasher.", [(_K, "total", 15, 15)], ["el-Fasher"]),
    ("place-blind-article-neg-en-1", "en", "Officials in al-Mansour said nothing, and 3 died in Gaza.", [(_K, "total", 3, 3)], ["Gaza"]),
    ("place-blind-exonym-es-1", "es", "Más de 60 personas murieron en la Franja de Gaza.", [(_K, "total", 61, None)], ["Franja de Gaza"]),
    # a list item whose place's name holds "y" ("San Vicente y las Granadinas"): the separator inside a name is none
    ("place-blind-name-with-y-es-1", "es", "La tormenta dejó tres muertos en Granada, uno en Trinidad y Tobago y dos en Venezuela.",
     [(_K, "total", 3, 3), (_K, "total", 1, 1), (_K, "total", 2, 2)], ["Granada", "Trinidad y Tobago", "Venezuela"]),
    ("place-blind-name-with-y-neg-es-1", "es", "Hay 23 heridos en Lima y 4 en Arequipa.", [(_I, "total", 23, 23), (_I, "total", 4, 4)],
     ["Lima", "Arequipa"]),
    # "la capital de Ucrania" is Kyiv; Ucrania alone is the country
    ("place-blind-capital-es-1", "es", "Rusia atacó la capital de Ucrania y mató a 13 personas.", [(_K, "total", 13, 13)], ["Kyiv"]),
    ("place-blind-capital-neg-es-1", "es", "Murieron 13 personas en Ucrania.", [(_K, "total", 13, 13)], ["Ucrania"]),
    # a deputy's title before "de <place>, <Name>": the name is the person holding it (held-out 3)
    ("place-h3-deputy-title-es-1", "es", "El subsecretario de Riesgos de Ecuador, Ricardo Peñaherrera, confirmó que 12 personas murieron.",
     [(_K, "total", 12, 12)], ["Ecuador"]),
    ("place-h3-deputy-title-neg-es-1", "es", "Murieron 12 personas en Ecuador, Tungurahua.", [(_K, "total", 12, 12)], ["Tungurahua"]),
    # a place written inside another after a comma ("X, en la provincia de Y") is the more specific (held-out 3)
    ("place-h3-written-in-es-1", "es", "El alud sepultó el pueblo de Chosica, en la provincia de Lima, y dejó 9 muertos.",
     [(_K, "total", 9, 9)], ["Chosica"]),
    ("place-h3-written-in-en-1", "en", "The flood hit Lismore, in the state of New South Wales, killing 4 people.", [(_K, "total", 4, 4)],
     ["Lismore"]),
    ("place-h3-written-in-neg-es-1", "es", "El alud dejó 9 muertos en Chosica, y en la provincia de Lima hubo 3 heridos.",
     [(_K, "total", 9, 9), (_I, "total", 3, 3)], ["Chosica", "Lima"]),
    # a group's nationality is the group, not the place where they died: its country named only as who they are
    # (a verb's subject or object: visited, mourning; the possessive's country) gives way to another place its
    # sentence names; with none it stays, weakly (place_weak), and the story's other reports of the group move it
    # (below). In one article alone that is a miss where the event was told in an earlier sentence (the -1/-2 rows,
    # truth: Trípoli) and right where the country is where it happened ("azotó Cuba y mató a 12 cubanos"); where it
    # happened is always the place: at the figure, after a preposition ("en Colombia", "strikes on Gaza")
    ("place-group-country-es-1", "es", "Un coche bomba estalló junto a un cuartel en Trípoli. Días después, el canciller "
     "visitó Colombia a propósito de la muerte de 14 de sus soldados.", [(_K, "Colombian", 14, 14)], ["Trípoli"]),
    ("place-group-country-es-2", "es", "Un coche bomba estalló junto a un cuartel en Trípoli. Colombia lamentó la muerte "
     "de 14 soldados colombianos.", [(_K, "Colombian", 14, 14)], ["Trípoli"]),
    ("place-group-country-en-1", "en", "A car bomb exploded next to a barracks in Tripoli. Days later the minister visited "
     "Colombia after the deaths of 14 Colombian soldiers.", [(_K, "Colombian", 14, 14)], ["Tripoli"]),
    ("place-group-country-weak-es-1", "es", "El huracán azotó Cuba y mató a 12 cubanos.", [(_K, "Cuban", 12, 12)], ["Cuba"]),
    ("place-group-country-weak-es-2", "es", "Un terremoto sacudió Perú y dejó 40 peruanos muertos.",
     [(_K, "Peruvian", 40, 40)], ["Perú"]),
    ("place-group-country-es-3", "es", "Colombia confirmó que el ataque en Trípoli mató a 14 soldados colombianos.",
     [(_K, "Colombian", 14, 14)], ["Trípoli"]),
    ("place-group-country-neg-es-1", "es", "Un coche bomba estalló en Trípoli. En Colombia murieron 14 colombianos.",
     [(_K, "Colombian", 14, 14)], ["Colombia"]),
    ("place-group-country-neg-es-2", "es", "Un coche bomba estalló en Trípoli. Catorce colombianos murieron en Colombia.",
     [(_K, "Colombian", 14, 14)], ["Colombia"]),
    ("place-group-country-neg-en-1", "en", "A car bomb exploded in Tripoli. In Colombia, 14 Colombians died in a flood.",
     [(_K, "Colombian", 14, 14)], ["Colombia"]),
    ("place-group-country-neg-es-3", "es", "Las inundaciones en Colombia mataron a 14 colombianos.", [(_K, "Colombian", 14, 14)],
     ["Colombia"]),
    ("place-group-country-neg-en-2", "en", "At least 40 Palestinians were killed in Israeli strikes on Gaza on Monday.",
     [(_K, "Palestinian", 40, None)], ["Gaza"]),
    ("place-group-country-neg-es-4", "es", "Colombia lamentó la muerte de 14 personas en las inundaciones.",
     [(_K, "total", 14, 14)], ["Colombia"]),
    # claims4: a place in a clause of its own after the figure (", as authorities searched ...", ", while ...") is not
    # its place (held-out's Maui excerpts); a place at the figure still is
    # a place right before "donde"/"where" and the figure's verb is the figure's own ("un sismo en Oaxaca, donde
    # murieron 98 personas"), also beside a breakdown naming the same place; not a place whose "where" clause ends
    # before the figure's
    ("place-c4-donde-es-1", "es", "En Morelos murieron 73 personas, en Guerrero a 6 y una última en Oaxaca. Días antes hubo un "
     "sismo en Oaxaca, donde murieron 98 personas.", [(_K, "total", 73, 73), (_K, "total", 6, 6), (_K, "total", 1, 1),
     (_K, "total", 98, 98)], ["Morelos", "Guerrero", "Oaxaca", "Oaxaca"]),
    ("place-c4-donde-en-1", "en", "Last week a quake struck Oaxaca, where 98 people died.", [(_K, "total", 98, 98)], ["Oaxaca"]),
    ("place-c4-donde-neg-es-1", "es", "Hubo un sismo en Oaxaca, donde los rescatistas trabajaron toda la noche, y murieron 98 "
     "personas en Chiapas.", [(_K, "total", 98, 98)], ["Chiapas"]),
    # where most of them come from ("la mayoría de ellas de Sudán y Egipto") is their origin, not the toll's place
    ("place-c4-origin-most-es-1", "es", "Las inundaciones mataron a 300 personas en Derna. Entre ellos había al menos 40 personas de "
     "otros países, la mayoría de ellas de Sudán y Egipto.", [(_K, "total", 300, 300), (_K, "total", 40, None)], ["Derna", "Derna"]),
    ("place-c4-origin-most-neg-es-1", "es", "Murieron 40 turistas en Cusco, la mayoría de ellos en el centro de Cusco.",
     [(_K, "turistas", 40, 40)], ["Cusco"]),
    # a word qualifying a place's head after "each in" ("each in the prefectural cities of Wajima and Suzu"): one claim
    # per place (held-out's Noto excerpt); a head with no name after it names no place
    ("place-c4-head-word-en-1", "en", "A series of quakes killed at least 70 people each in the prefectural cities of Wajima and Suzu.",
     [(_K, "total", 70, None), (_K, "total", 70, None)], ["Wajima", "Suzu"]),
    ("place-c4-head-word-es-1", "es", "Murieron 3 personas en la vecina localidad de Ica.", [(_K, "total", 3, 3)], ["Ica"]),
    ("place-c4-head-word-neg-en-1", "en", "Three people died in the old town, and Suzu reported no damage.", [(_K, "total", 3, 3)],
     [None]),
    ("place-c4-as-clause-en-1", "en", "The storm swept across Florida. The death toll climbed to 114, as rescuers said they had "
     "searched most of Tampa.", [(_K, "total", 114, 114)], ["Florida"]),
    ("place-c4-as-clause-es-1", "es", "La tormenta azotó Perú. La cifra de muertos subió a 14, mientras que los rescatistas "
     "buscaban en Arequipa.", [(_K, "total", 14, 14)], ["Perú"]),
    ("place-c4-as-clause-neg-en-1", "en", "The storm swept across Florida. At least 114 people died in Tampa, as rescuers searched "
     "the ruins.", [(_K, "total", 114, None)], ["Tampa"]),
    # c4fix (held-out4's kinds): a name before its head written in lower case is a place with no rare word ("in the
    # Summer Hill area"), not an office's ("the Wayanad district administration"); bodies "retrieved from" a place died
    # there (no origin, as "five from Iran" is)
    ("place-c4f-head-after-en-1", "en", "The bodies of 9 of the deceased were recovered from the debris of a Shiv temple in the "
     "Summer Hill area.", [(_K, "total", 9, 9)], ["Summer Hill"]),
    ("place-c4f-recovered-from-en-1", "en", "The bodies of 5 other victims were retrieved from the Fagli area.",
     [(_K, "total", 5, 5)], ["Fagli"]),
    ("place-c4f-head-after-neg-en-1", "en", "According to the Wayanad district administration, the dead include 27 children and 76 "
     "women.", [(_K, "children", 27, 27), (_K, "women", 76, 76)], [None, None]),
    ("place-c4f-recovered-from-neg-en-1", "en", "Five from Iran died in the crush.", [(_K, "Iranian", 5, 5)], [None]),
    ("place-c4f-head-after-neg-en-2", "en", "The Red Cross district office said 12 people died.", [(_K, "total", 12, 12)], [None]),
    # a place's head with no link ("la región Renania del Norte Westfalia", "del territorio de"), on one line; an office's
    # place is the toll's when the office reports the figure ("Las autoridades del territorio de Renania-Palatinado
    # reportaron 60", "El ministerio de Salud de Gaza reporta 37.431 muertos"), not when it contains the article's
    # place; a war's parties ("la guerra entre Israel y ...") are no place
    ("place-c4f-office-reports-es-1", "es", "Las autoridades del territorio de Renania-Palatinado reportaron 60 de los fallecidos "
     "y el ministerio de Interior de la región Renania del Norte Westfalia anunció otros 43.",
     [(_K, "total", 60, 60), (_K, "total", 43, 43)], ["Renania-Palatinado", "Renania del Norte Westfalia"]),
    ("place-c4f-office-reports-es-2", "es", "El ministerio de Salud de Gaza, territorio palestino gobernado por Hamás, informó el "
     "jueves de un nuevo balance de 37.431 fallecidos desde el inicio de la guerra entre Israel y el movimiento islamista "
     "palestino hace más de ocho meses.", [(_K, "total", 37431, 37431)], ["Gaza"]),
    ("place-c4f-office-reports-neg-es-1", "es", "Por otro lado, un nuevo informe del Ministerio de Salud de Rusia señala que "
     "actualmente hay 80 personas hospitalizadas como consecuencia del atentado en el Crocus City Hall.",
     [(_I, "total", 80, 80)], ["Crocus City Hall"]),
    ("place-c4f-unlinked-head-neg-en-1", "en", "Five dead in the Emilia-Romagna region\n\nTorrential rain led to the evacuation of "
     "at least 5 000 people.", [(_K, "total", 5, 5), (_P, "total", 5000, None)], ["Emilia-Romagna", "Emilia-Romagna"]),
    ("place-c4f-war-parties-en-1", "en", "At least 12 people died in the war between Israel and Hamas.", [(_K, "total", 12, None)],
     [None]),
    # a list of places followed by their container ("entre las localidades de Accumoli y Amatrice, en la provincia de
    # Rieti") is the container's (a plural head before the list reads its names); a list with none, their common
    # parent; Spanish and English names of regions pycountry lacks (places.yaml: "Las Marcas", "Rhineland-Palatinate")
    ("place-c4f-list-container-es-1", "es", "Murieron 53 personas entre las localidades de Accumoli y Amatrice, en la provincia "
     "de Rieti.", [(_K, "total", 53, 53)], ["Rieti"]),
    ("place-c4f-list-container-neg-es-1", "es", "Murieron 53 personas en Ohio y Kentucky.", [(_K, "total", 53, 53)], ["United States"]),
    ("place-c4f-exonym-es-1", "es", "Renzi detalló que de los fallecidos, 86 se han producido en las localidades de la región de "
     "Lazio, entre ellas la de Amatrice, la más afectada, mientras que 34 se han contabilizado en los municipios de la región "
     "de Las Marcas.", [(_K, "total", 86, 86), (_K, "total", 34, 34)], ["Lazio", "Las Marcas"]),
    ("place-c4f-exonym-en-1", "en", "Nearly 100 people are now confirmed dead in Rhineland-Palatinate.", [(_K, "total", 90, 99)],
     ["Rhineland-Palatinate"]),
    # cplace: a sea, a continent or a region of several countries the gazetteer lacks is written as the text writes it
    # ("en el Caribe", "the Mediterranean Sea"), only when no other place is named with it; not an adjective ("the
    # Mediterranean city"), nor part of a longer name ("Europa Press")
    ("place-cplace-beyond-es-1", "es", "Beryl deja al menos siete muertos en el Caribe y se debilita camino a Jamaica.",
     [(_K, "total", 7, None)], ["Caribe"]),
    ("place-cplace-beyond-en-1", "en", "Greece’s coast guard launched its final day of searching an area of the Mediterranean Sea "
     "where a large fishing boat packed with migrants sank and hundreds of passengers were missing and feared dead Friday.",
     [(_M, "passengers", 200, 999)], ["Mediterranean Sea"]),
    ("place-cplace-beyond-neg-es-1", "es", "La explosión de metano en una mina de carbón en Amasra, en la costa del Mar Negro de "
     "Turquía, produjo la muerte de 41 mineros, 28 resultaron heridos y 58 pudieron ser rescatados con vida.",
     [(_K, "mineros", 41, 41), (_I, "total", 28, 28)], ["Amasra", "Amasra"]),
    ("place-cplace-beyond-neg-en-1", "en", "Spokesperson of the interior ministry Lieutenant Tarek al-Kharraz on Wednesday told "
     "the AFP news agency that 3,840 deaths had been recorded in the Mediterranean city so far.",
     [(_K, "total", 3840, 3840)], [None]),
    ("place-cplace-beyond-neg-es-2", "es", "Según Europa Press, murieron 12 personas.", [(_K, "total", 12, 12)], [None]),
    # cplace: tolls of different kinds coordinated in one clause share its place, written before the first figure
    # ("In Mozambique, 10 died and 14 were wounded") or after the second ("255 have died, and 811 have been injured in
    # ... Syria"); not across a comma ("190 killed with 584 injured and 37 missing, while ... in Mozambique")
    ("place-cplace-coordinated-en-1", "en", "In neighbouring Mozambique, at least 10 people died and 14 were wounded.",
     [(_K, "total", 10, None), (_I, "total", 14, 14)], ["Mozambique", "Mozambique"]),
    ("place-cplace-coordinated-en-2", "en", "255 people have died, and 811 have been injured in the parts of northwestern Syria "
     "that the government does not control, according to the United Nations Office for the Coordination of Humanitarian "
     "Assistance (OCHA).", [(_K, "total", 255, 255), (_I, "total", 811, 811)], ["Syria", "Syria"]),
    ("place-cplace-coordinated-neg-en-1", "en", "Malawi's government said at least 190 people were killed with 584 injured and 37 "
     "missing, while authorities in neighbouring Mozambique reported 20 deaths and 24 injured.",
     [(_K, "total", 190, None), (_I, "total", 584, 584), (_M, "total", 37, 37), (_K, "total", 20, 20), (_I, "total", 24, 24)],
     [None, None, None, "Mozambique", "Mozambique"]),
    # cplace: a demonstrative anaphor points back wherever it stands ("los municipios que conforman este estado"), not
    # before "de" and a common noun ("este estado de emergencia"); a name after a region's head is the region, not its
    # namesake city ("Petrópolis, en el estado de Río de Janeiro, ... la localidad": Petrópolis is the town)
    ("place-cplace-anaphor-es-1", "es", "Defensa Civil del estado brasileño Río Grande del Sur ha informado de la muerte de al "
     "menos 90 personas. Son más de 203.800 personas las que se han visto obligadas a dejar sus hogares, con 388 de los "
     "municipios de los 497 que conforman este estado, situado en la parte más meridional de Brasil, afectados en mayor o "
     "menor medida por el temporal.", [(_K, "total", 90, None), (_P, "total", 203801, None)],
     ["Río Grande del Sur", "Río Grande del Sur"]),
    ("place-cplace-anaphor-neg-es-1", "es", "Las lluvias azotaron el estado de Río Grande del Sur. Este estado de emergencia deja "
     "12 muertos en Brasil.", [(_K, "total", 12, 12)], ["Brasil"]),
    ("place-cplace-headed-region-es-1", "es", "Un deslizamiento de tierra provocado por la acumulación de aguas torrenciales en el "
     "municipio montañoso de Petrópolis, en el estado de Río de Janeiro, y que ha arrasado con amplias zonas de la localidad, "
     "ha dejado ya al menos 176 muertos y 126 desaparecidos.", [(_K, "total", 176, None), (_M, "total", 126, 126)],
     ["Petrópolis", "Petrópolis"]),
    # cplace: a name read from a slot that runs on through "de" into a place already read ends before it ("el distrito
    # Itaewon de Seúl": Itaewon, which "este distrito" then stands for); a name whose "de" leads to no known place stays
    # whole ("Arquata del Tronto")
    ("place-cplace-name-before-known-es-1", "es", "Personas disfrazadas para fiestas de Halloween que huían en pánico, intentos "
     "desesperados por brindar primeros auxilios en las aceras, cuerpos tendidos bajo mortajas improvisadas: una celebración "
     "en el distrito Itaewon de Seúl se transformó en tragedia. Casi 150 personas murieron en una estampida cuya causa no ha "
     "sido explicada, en este distrito popular y cosmopolita de la capital surcoreana.", [(_K, "total", 135, 149)],
     ["Itaewon"]),
    ("place-cplace-name-before-known-neg-es-1", "es", "Murieron 3 personas en Arquata del Tronto.", [(_K, "total", 3, 3)],
     ["Arquata del Tronto"]),
    # cplace: names the gazetteer packages lacked (lexicons/places.yaml): "Ahrweiler", "Cologne", "el Estado de México"
    # (the state, not the country written alone)
    ("place-cplace-exonym-en-1", "en", "Police said four people had died and 70 were missing on Thursday around the "
     "wine-growing hub of Ahrweiler, in Rhineland-Palatinate state, after the Ahr River that flows into the Rhine burst its "
     "banks and brought down half a dozen houses.", [(_K, "total", 4, 4), (_M, "total", 70, 70)], ["Ahrweiler", "Ahrweiler"]),
    ("place-cplace-exonym-es-1", "es", "En Ciudad de México suman 181 personas muertas, mientras que en Morelos son 73, en "
     "Puebla 45, en el Estado de México llegan a 13, en Guerrero a 6 y una última en Oaxaca.",
     [(_K, "total", 181, 181), (_K, "total", 73, 73), (_K, "total", 45, 45), (_K, "total", 13, 13), (_K, "total", 6, 6),
      (_K, "total", 1, 1)], ["Ciudad de México", "Morelos", "Puebla", "Estado de México", "Guerrero", "Oaxaca"]),
    ("place-cplace-exonym-neg-es-1", "es", "Murieron 13 personas en México.", [(_K, "total", 13, 13)], ["México"]),
    ("place-cplace-headed-region-neg-es-1", "es", "Las lluvias azotaron la ciudad de Río de Janeiro. En la localidad murieron 4 "
     "personas.", [(_K, "total", 4, 4)], ["Río de Janeiro"]),
    # c5read (kinds of held-out5's place errors once spent): an island by its head, linked or not ("la isla de
    # Lampedusa", "the Italian island of Lampedusa", "la isla Ábaco"); a word qualifying a head before its link ("la
    # región griega de Atica"); a rare name is still needed ("la isla Grande", "el pueblo natal de Juan" name none)
    ("place-c5r-island-es-1", "es", "Un naufragio en aguas de la isla de Lampedusa ha dejado más de 130 víctimas mortales.",
     [(_K, "total", 131, None)], ["Lampedusa"]),
    ("place-c5r-island-en-1", "en", "At least 113 people died when a boat sank off the Italian island of Lampedusa.",
     [(_K, "total", 113, None)], ["Lampedusa"]),
    ("place-c5r-island-es-2", "es", "Se encontraron 37 víctimas mortales en la isla Ábaco y ocho en Gran Bahama.",
     [(_K, "total", 37, 37), (_K, "total", 8, 8)], ["Ábaco", "Gran Bahama"]),
    ("place-c5r-qualified-head-es-1", "es", "El número de muertos en la región griega de Atica llegó a 91.",
     [(_K, "total", 91, 91)], ["Atica"]),
    ("place-c5r-island-neg-es-1", "es", "Murieron 5 personas en la isla Grande.", [(_K, "total", 5, 5)], [None]),
    ("place-c5r-qualified-head-neg-es-1", "es", "Murieron 12 personas en el pueblo natal de Juan.", [(_K, "total", 12, 12)],
     [None]),
    # c5read: where a press conference was held is where figures were said, not where they are ("en una rueda de prensa
    # en Yakarta" of Sulawesi's toll); a place at the figure stays ("540 people were injured in Jakarta")
    ("place-c5r-press-es-1", "es", "Además, 540 personas resultaron heridas, según el portavoz, en una rueda de prensa en "
     "Yakarta.", [(_I, "total", 540, 540)], [None]),
    ("place-c5r-press-en-1", "en", "The agency said at a press conference in Jakarta that 540 people were injured.",
     [(_I, "total", 540, 540)], [None]),
    ("place-c5r-press-neg-en-1", "en", "540 people were injured in Jakarta, the agency said at a press conference.",
     [(_I, "total", 540, 540)], ["Jakarta"]),
    # c5read: a neighbour across a border locates a place, it is not the toll's ("en Ciudad Juárez, en la frontera con
    # Estados Unidos"); right at the figure it is ("Murieron 12 migrantes en la frontera con México")
    ("place-c5r-border-es-1", "es", "Un incendio en un centro de migrantes en Ciudad Juárez, en la frontera con Estados Unidos, "
     "ha dejado al menos 38 personas muertas.", [(_K, "total", 38, None)], ["Ciudad Juárez"]),
    ("place-c5r-border-en-1", "en", "A fire at a migrant centre in Ciudad Juarez, on the border with the United States, has "
     "killed at least 38 people.", [(_K, "total", 38, None)], ["Ciudad Juarez"]),
    ("place-c5r-border-neg-es-1", "es", "Murieron 12 migrantes en la frontera con México.", [(_K, "migrantes", 12, 12)],
     ["México"]),
    # c5read: a dateline "CITY, Country:" before a capitalised word, like its dash form, is where the report was filed
    # ("PALU, Indonesia: At least 832 people died ... Sulawesi island"); not before a figure ("Palu, Indonesia: 832
    # died" is a place and its toll)
    ("place-c5r-dateline-colon-en-1", "en", "PALU, Indonesia: At least 832 people died in the quake and tsunami that struck "
     "Sulawesi island.", [(_K, "total", 832, None)], ["Sulawesi"]),
    ("place-c5r-dateline-colon-neg-en-1", "en", "Palu, Indonesia: 832 died.", [(_K, "total", 832, 832)], ["Palu"]),
    # c5read: a spokesperson's body is an office ("said Maria Pardo Rios, spokeswoman for the Galicia region"), no
    # toll's place; a place at the figure stays ("Four people died in the Galicia region, a spokeswoman said")
    ("place-c5r-spokesperson-en-1", "en", "Seventy three people were found dead at the scene and four died in hospitals, said "
     "Maria Pardo Rios, spokeswoman for the Galicia region.", [(_K, "total", 73, 73), (_K, "total", 4, 4)], [None, None]),
    ("place-c5r-spokesperson-neg-en-1", "en", "Four people died in the Galicia region, a spokeswoman said.",
     [(_K, "total", 4, 4)], ["Galicia"]),
    # c5read: where the injured are treated is no toll's place ("remain hospitalized in facilities around the greater
    # Athens area"); a hospital where they died is ("killed 460 people in a hospital in el-Fasher")
    ("place-c5r-treated-en-1", "en", "Another 25 burn victims remain hospitalized in facilities around the greater Athens "
     "area.", [(_I, "hospitalized", 25, 25)], [None]),
    ("place-c5r-treated-neg-en-1", "en", "The violence killed 460 people in a hospital in el-Fasher.",
     [(_K, "total", 460, 460)], ["el-Fasher"]),
    # c5read: an acronym's plural in a place's slot names things ("at ICUs"); a rare name there is a place ("at Lahaina")
    ("place-c5r-acronym-en-1", "en", "Two burn victims are still in critical condition at ICUs.",
     [(_I, "critically injured", 2, 2)], [None]),
    ("place-c5r-acronym-neg-en-1", "en", "Five people died at Lahaina.", [(_K, "total", 5, 5)], ["Lahaina"]),
    # c5read: a body's name after a venue noun is no place ("una estación del Instituto Nacional de Migración (INM) de
    # Ciudad Juárez"); a venue's name is ("la discoteca Jet Set")
    ("place-c5r-organisation-es-1", "es", "Al menos 40 migrantes murieron en un incendio en una estación del Instituto "
     "Nacional de Migración (INM) de Ciudad Juárez, en el norte de México.", [(_K, "migrantes", 40, None)], ["Ciudad Juárez"]),
    ("place-c5r-organisation-neg-es-1", "es", "Murieron 12 personas en la discoteca Jet Set.", [(_K, "total", 12, 12)],
     ["Jet Set"]),
    # c5read: the rest of a toll counted apart is another item of it ("y las restantes 11 en la regencia de Donggala");
    # a regency is a place's head; "los restantes" with a verb of no kind is none ("los restantes fueron rescatados")
    ("place-c5r-rest-es-1", "es", "El portavoz señaló en una rueda de prensa en Yakarta que 821 personas murieron en Palu y las "
     "restantes 11 en la regencia de Donggala.", [(_K, "total", 821, 821), (_K, "total", 11, 11)], ["Palu", "Donggala"]),
    ("place-c5r-rest-neg-es-1", "es", "Murieron 30 personas en Palu; los restantes fueron rescatados.", [(_K, "total", 30, 30)],
     ["Palu"]),
    # c6read (kinds of held-out6's place errors once spent): provinces' and islands' names the packages lack
    # (places.yaml: "Java Occidental", "West Java", "Bengala Occidental", "Samos"); "Java" alone stays unread (a language)
    ("place-c6r-exonym-es-1", "es", "Un fuerte terremoto causó este lunes la muerte de más de 160 personas en la provincia "
     "indonesia de Java Occidental.", [(_K, "total", 161, None)], ["Java Occidental"]),
    ("place-c6r-exonym-en-1", "en", "The death toll from an earthquake in Indonesia’s West Java province rose to 268.",
     [(_K, "total", 268, 268)], ["West Java"]),
    ("place-c6r-exonym-en-2", "en", "On Samos, two teenagers died after being struck by a wall that collapsed.",
     [(_K, "children", 2, 2)], ["Samos"]),
    ("place-c6r-exonym-neg-es-1", "es", "Murieron 12 personas en Java.", [(_K, "total", 12, 12)], [None]),
    # c6read: a city written right before a region of its own country, a comma (perhaps its head) between, is inside
    # it ("Malang, East Java", "Cianjur district, West Java"), though the gazetteer gives the city no region; a city the
    # gazetteer puts in another region is listed with it ("Colombo, Batticaloa": their common parent)
    ("place-c6r-city-region-en-1", "en", "The stampede at a stadium in Malang, East Java killed 131 people.",
     [(_K, "total", 131, 131)], ["Malang"]),
    ("place-c6r-city-region-en-2", "en", "JAKARTA – The death toll from the 5.6-magnitude earthquake in Cianjur district, "
     "West Java in Indonesia on Monday has increased to 62, the agency has reported.", [(_K, "total", 62, 62)], ["Cianjur"]),
    ("place-c6r-city-region-neg-en-1", "en", "Bombs killed 12 people in Colombo, Batticaloa.", [(_K, "total", 12, 12)],
     ["Sri Lanka"]),
    # ... nor two items of a longer list (the seeds' "en Caracas, Miranda, Aragua y La Guaira"); a country may follow
    ("place-c6r-city-region-neg-es-1", "es", "Murieron 32 militares en Caracas, Miranda, Aragua y La Guaira.",
     [(_K, "military", 32, 32)], ["Venezuela"]),
    ("place-c6r-city-region-en-3", "en", "The stampede at a stadium in Malang, East Java, Indonesia killed 131 people.",
     [(_K, "total", 131, 131)], ["Malang"]),
    # c6read: a place right before the event it qualifies is the event's, no origin ("Death toll from Indonesia quake");
    # people "from" a place are still from it
    ("place-c6r-event-from-en-1", "en", "Death toll from Indonesia quake soars past 250", [(_K, "total", 251, None)],
     ["Indonesia"]),
    ("place-c6r-event-from-neg-en-1", "en", "Five people from Indonesia died in the quake.", [(_K, "total", 5, 5)], [None]),
    # c6read: in a list right after a figure, a last item followed by a verb and a figure of its own opens another
    # clause ("72 fallecidos en el estado de Bengala Occidental y Bangladesh dio cuenta de 23 muertos"); a list before
    # the figure is its subject, and a list followed by a preposition stays one ("en Alepo y Hama tras 2 días")
    ("place-c6r-own-clause-es-1", "es", "India registró 72 fallecidos en el estado de Bengala Occidental y Bangladesh dio "
     "cuenta de 23 muertos en su territorio, según balances provisorios del jueves.",
     [(_K, "total", 72, 72), (_K, "total", 23, 23)], ["Bengala Occidental", "Bangladesh"]),
    ("place-c6r-own-clause-neg-es-1", "es", "Murieron 30 personas en Alepo y Hama tras 2 días de combates.",
     [(_K, "total", 30, 30)], ["Syria"]),
    # c6read: a city in capitals opening a line before a colon is a dateline ("COLOMBO: The health ministry said");
    # a name written as usual there is a place ("Georgia: The state reported 20 deaths")
    ("place-c6r-dateline-colon-en-1", "en", "Sri Lanka lowers attacks toll to 253\nCOLOMBO: The health ministry said 485 "
     "people had been hospitalised, but only 149 remained in hospital.",
     [(_K, "total", 253, 253), (_I, "total", 485, 485), (_I, "hospitalized", 149, 149)],
     ["Sri Lanka", "Sri Lanka", "Sri Lanka"]),
    ("place-c6r-dateline-colon-neg-en-1", "en", "Georgia: The state reported 20 deaths.", [(_K, "total", 20, 20)],
     ["Georgia"]),
    # c6read: where the injured were taken is a destination ("airlifted to the Greek capital, Athens", "trasladados a
    # Valparaíso"), and "the island", "la aldea" stand for the island or village named before ("seven were
    # hospitalized on the island"); where they were injured stays ("injured in Athens and taken to hospital"), and
    # "the island nation of Sri Lanka" is no anaphor
    ("place-c6r-destination-en-1", "en", "At least 19 people were injured on Samos; two were airlifted to the Greek capital, "
     "Athens, and seven were hospitalized on the island.", [(_I, "total", 19, None), (_I, "total", 7, 7)], ["Samos", "Samos"]),
    ("place-c6r-anaphor-es-1", "es", "Un alud sepultó la aldea de Quejá. Las lluvias también golpearon Ciudad de Guatemala, "
     "y en la aldea murieron 100 personas.", [(_K, "total", 100, 100)], ["Quejá"]),
    ("place-c6r-destination-neg-en-1", "en", "Two people were injured in Athens and taken to hospital.",
     [(_I, "total", 2, 2)], ["Athens"]),
    # session 19 (lead), kinds read in the spent quote sets' real texts: a relative of place opening an item stands
    # for the place right before it ("14 fallecieron en Ecuador, donde ... 126 personas resultaron heridas", AP via
    # alrafdean.org); a dateline whose region takes the ".-" ("QUITO, ECUADOR.- Al menos una persona murió", AFP via El
    # Heraldo: the riot was in Guayaquil); a route's start and end are no toll's place ("se desplazaba de San Pedro Sula
    # hacia La Ceiba", La Tribuna); a name with one figure in brackets is a person's age, no list's place ("relató Zuly
    # Luque (25)")
    ("place-l19-where-en-1", "en", "Three died in Peru and 14 in Ecuador, where officials said 126 people were injured.",
     [(_K, "total", 3, 3), (_K, "total", 14, 14), (_I, "total", 126, 126)], ["Peru", "Ecuador", "Ecuador"]),
    ("place-l19-where-es-1", "es", "Una de las víctimas murió en Perú, mientras que otras 14 fallecieron en Ecuador, donde "
     "las autoridades también informaron que al menos 126 personas resultaron heridas.",
     [(_K, "total", 14, 14), (_I, "total", 126, None)], ["Ecuador", "Ecuador"]),
    ("place-l19-where-neg-en-1", "en", "Floods hit Peru, where 12 people died, and Ecuador.", [(_K, "total", 12, 12)], ["Peru"]),
    ("place-l19-dateline-es-1", "es", "QUITO, ECUADOR.- Al menos una persona murió en el motín registrado en una cárcel de "
     "Guayaquil.", [(_K, "total", 1, None)], ["Guayaquil"]),
    ("place-l19-route-es-1", "es", "El autobús que se desplazaba de San Pedro Sula hacia La Ceiba volcó y siete personas "
     "resultaron heridas.", [(_I, "total", 7, 7)], ["Honduras"]),  # the route's country, not one of its ends
    ("place-l19-route-neg-es-1", "es", "El autobús volcó en La Ceiba y siete personas resultaron heridas.",
     [(_I, "total", 7, 7)], ["La Ceiba"]),
    ("place-l19-age-es-1", "es", "Siete personas resultaron heridas, relató Zuly Luque (25), quien resultó con golpes.",
     [(_I, "total", 7, 7)], [None]),
    ("place-c6r-anaphor-neg-en-1", "en", "Floods hit Samos. Rescuers said 12 people died on the island nation of Sri Lanka.",
     [(_K, "total", 12, 12)], ["Sri Lanka"]),
    # c6read: a village or a city's neighbourhood by its head, linked or not ("la aldea Quejá", "la colonia Las
    # Arboledas"); the head alone names none ("en la colonia")
    ("place-c6r-head-es-1", "es", "Las autoridades calculan que al menos 100 personas habrían muerto por un alud que sepultó "
     "unas 150 viviendas de la aldea Quejá, situada al norte del país.", [(_K, "total", 100, None)], ["Quejá"]),
    # the neighbourhood's name keeps its capitalised article since c9read ("la colonia Las Arboledas", as the claims
    # sets' gold writes "Las Colinas" and "Las Ramblas"; it was "Arboledas")
    ("place-c6r-head-es-2", "es", "Los hechos ocurrieron en la colonia Las Arboledas, donde murieron 20 personas.",
     [(_K, "total", 20, 20)], ["Las Arboledas"]),
    ("place-c6r-head-neg-es-1", "es", "Murieron 5 personas en la colonia.", [(_K, "total", 5, 5)], [None]),
    # c6read: a town's administration is an office ("según un balance difundido por la administración de la ciudad de
    # Cianjur"), not "la administración" of a territory ruled ("la administración que gobierna el este de Libia")
    ("place-c6r-administration-es-1", "es", "Al menos 252 muertos dejó el sismo, según un balance difundido por la "
     "administración de la ciudad de Cianjur.", [(_K, "total", 252, None)], [None]),
    ("place-c6r-administration-neg-es-1", "es", "El ministro de aviación civil de la administración que gobierna el este "
     "de Libia informó que se han registrado más de 5300 fallecidos.", [(_K, "total", 5301, None)], ["Libia"]),
    # c6read: a part of the toll before, by a relative ("940 injured in Turkey, 218 of whom are still being treated"),
    # is that toll's place when its own clause names none; a toll of its own after a semicolon keeps the article's
    ("place-c6r-of-whom-en-1", "en", "Rescue teams in Izmir are searching. At least 940 people have been injured in Turkey, "
     "218 of whom are still being treated at hospitals, the country’s disaster agency said Sunday.",
     [(_I, "total", 940, None), (_I, "total", 218, 218)], ["Turkey", "Turkey"]),
    ("place-c6r-of-whom-neg-en-1", "en", "Rescue teams in Izmir are searching. At least 940 people have been injured in "
     "Turkey; 218 people are still missing.", [(_I, "total", 940, None), (_M, "total", 218, 218)], ["Turkey", "Izmir"]),
    # c6read: a body named by its country's adjective that reports the figure ("Bangladeshi officials earlier said 12
    # people had died there", "(AFAD) turca confirmó doce muertos") counts its country's toll, unless the sentence
    # names a place inside that country ("Las autoridades brasileñas ... en Río Grande del Sur"); not a word of no body
    ("place-c6r-national-office-en-1", "en", "Officials said two people died in India's Odisha state. Bangladeshi officials "
     "earlier said 12 people had died there.", [(_K, "total", 2, 2), (_K, "total", 12, 12)], ["Odisha", "Bangladesh"]),
    ("place-c6r-national-office-es-1", "es", "En Grecia fue la isla de Samos la zona más afectada. La Gestión de Emergencias "
     "y Desastres (AFAD) turca confirmó doce muertos y 475 heridos.", [(_K, "total", 12, 12), (_I, "total", 475, 475)],
     ["Türkiye", "Türkiye"]),
    ("place-c6r-national-office-neg-es-1", "es", "Las autoridades brasileñas han informado de la muerte de 175 personas en "
     "Río Grande del Sur.", [(_K, "total", 175, 175)], ["Río Grande del Sur"]),
    ("place-c6r-national-office-neg-en-1", "en", "Officials said two people died in India's Odisha state. Bangladeshi "
     "workers said 12 people had died there.", [(_K, "total", 2, 2), (_K, "total", 12, 12)], ["Odisha", "Odisha"]),
    # c6read: an anaphor owning a place that is named ("in the country's second-largest city Durres") is no scope, and a
    # rank naming a place by its head is no comparison's domain; an anaphor owning a part of it is ("On the country's
    # north coast"), and a superlative before a domain still ranks ("the deadliest wildfire in the United States")
    ("place-c6r-owned-place-en-1", "en", "Prime Minister Edi Rama said the toll in Albania has risen to 39. Rama said there "
     "are 16 confirmed deaths in the country’s second-largest city Durres and 23 in Thumane, a town 40 kilometres to the "
     "north.", [(_K, "total", 39, 39), (_K, "total", 16, 16), (_K, "total", 23, 23)], ["Albania", "Durres", "Thumane"]),
    ("place-c6r-owned-place-neg-en-1", "en", "Floods hit Nicaragua. On the country's north coast, two men were killed.",
     [(_K, "men", 2, 2)], ["Nicaragua"]),
    ("place-c6r-owned-place-neg-en-2", "en", "It was the deadliest wildfire in the United States in a century, with 114 dead "
     "in Lahaina.", [(_K, "total", 114, 114)], ["Lahaina"]),
    # c6read: an epicentre is a landmark ("which was centered in a town in Cianjur", "con epicentro en Cianjur"); a
    # landmark right before its clause's figure, a comma between, is the toll's place ("al norte de Venezuela, dos
    # personas fallecieron", "centered in Cianjur, where 151 people died")
    ("place-c6r-epicentre-en-1", "en", "The quake struck West Java. Around 151 people were still missing after the quake, "
     "which was centered in a town in Cianjur, a regency in densely populated West Java.", [(_M, "total", 136, 166)],
     ["West Java"]),
    ("place-c6r-epicentre-es-1", "es", "Un sismo con epicentro en Cianjur dejó 151 muertos en Java Occidental.",
     [(_K, "total", 151, 151)], ["Java Occidental"]),
    ("place-c6r-landmark-at-es-1", "es", "En San Vicente y las Granadinas, se reportó otra víctima mortal, mientras que al "
     "norte de Venezuela, dos personas fallecieron y cinco están desaparecidas.",
     [(_K, "total", 2, 2), (_M, "total", 5, 5)], ["Venezuela", "Venezuela"]),
    ("place-c6r-epicentre-neg-en-1", "en", "The quake was centered in Cianjur, where 151 people died.",
     [(_K, "total", 151, 151)], ["Cianjur"]),
    # c6read: "there", "allí" stand for the last place named before ("The death toll there rose to 12", "Allí murieron
    # 12"); the "there" of "there were" opening a clause places nothing ("Officials said there were 12 dead")
    ("place-c6r-there-en-1", "en", "Floods hit Chile. Rescuers reached Maule on Monday. The death toll there rose to 12.",
     [(_K, "total", 12, 12)], ["Maule"]),
    ("place-c6r-there-es-1", "es", "Las lluvias azotaron Chile. Los rescatistas llegaron a Maule. Allí murieron 12 personas.",
     [(_K, "total", 12, 12)], ["Maule"]),
    ("place-c6r-there-neg-en-1", "en", "Floods hit Chile. Rescuers reached Maule on Monday. Officials said there were 12 dead.",
     [(_K, "total", 12, 12)], ["Chile"]),
    # c6read: "algunos de", "dos de" after a comma open where people come from ("35 extranjeros, algunos de Estados
    # Unidos, el Reino Unido y Holanda"); "dos de ellas en Madrid" is where two of them died
    ("place-c6r-origin-es-1", "es", "Un atentado en Sri Lanka mató a 290 personas. Entre los fallecidos hay 35 extranjeros, "
     "algunos de Estados Unidos, el Reino Unido y Holanda.", [(_K, "total", 290, 290), (_K, "extranjeros", 35, 35)],
     ["Sri Lanka", "Sri Lanka"]),
    ("place-c6r-origin-neg-es-1", "es", "Murieron 12 personas, dos de ellas en Madrid.",
     [(_K, "total", 12, 12), (_K, "total", 2, 2)], ["Madrid", "Madrid"]),
    # c6read: where a speaker was visiting is where a figure was said ("durante una visita a la localidad caribeña de
    # Puerto Barrios"), a head perhaps qualified before the place; a toll at the place keeps it
    ("place-c6r-visit-es-1", "es", "Las lluvias causaron daños en Guatemala. El presidente dijo que hay 50 muertos, durante "
     "una visita a la localidad caribeña de Puerto Barrios.", [(_K, "total", 50, 50)], ["Guatemala"]),
    ("place-c6r-visit-neg-es-1", "es", "Murieron 12 personas en la localidad caribeña de Puerto Barrios.",
     [(_K, "total", 12, 12)], ["Puerto Barrios"]),

]
_WEAK_COUNTRY = ("a group's own country written bare stays its toll's place (weakly) when its sentence names no other: "
                 "the event's place in an earlier sentence is not read; the story's other reports move it (events.by_story)")
_PLACE_MISSES = {
    "place-group-country-es-1": _WEAK_COUNTRY,
    "place-group-country-es-2": _WEAK_COUNTRY,
    "place-group-country-en-1": _WEAK_COUNTRY,
    "place-en-4": "a list whose kind noun comes after it ('... and Florida (20) reported deaths') is not read",
}
CASES += [
    pytest.param(language, sentence, expected, id=key, marks=[known_miss(_PLACE_MISSES[key])] if key == "place-en-4" else [])
    for key, language, sentence, expected, _ in _PLACE_ROWS
]


@pytest.mark.parametrize(
    ("language", "sentence", "places"),
    [
        pytest.param(language, sentence, where, id=key, marks=[known_miss(_PLACE_MISSES[key])] if key in _PLACE_MISSES else [])
        for key, language, sentence, _, where in _PLACE_ROWS
    ],
)
def test_claim_places(language: str, sentence: str, places: list[str | None]) -> None:
    assert [c.place for c in claims_of(sentence, language)] == places


@pytest.mark.parametrize(
    ("language", "sentence", "compared"),
    [
        pytest.param("es", "Más de 200 personas murieron en los estados de Carolina del Norte y del Sur, Georgia, Florida, "
                     "Tennessee y Virginia.", "United States", id="list-after-es-1"),
        pytest.param("en", "Four people died in Ohio and Texas.", "United States", id="list-after-en-1"),
        pytest.param("en", "There were 34,297 evacuees in the three prefectures of Ishikawa, Toyama and Niigata.", "Japan",
                     id="list-after-en-2"),
        pytest.param("en", "Thirty people died in Buncombe County, North Carolina.", "Buncombe County", id="list-after-neg-en-1"),
        pytest.param("en", "The fires killed at least 70 people each in the cities of Mati and Rafina.", "Mati",
                     id="list-after-neg-en-2"),
        pytest.param("en", "Twelve people died in Florida. Georgia and Ohio were spared.", "Florida", id="list-after-neg-en-3"),
    ],
)
def test_compared_place_of_a_toll_over_a_list_of_regions_is_their_common_parent(
    language: str, sentence: str, compared: str
) -> None:
    """A figure right before a list of places ("in Ohio and Texas") counts the dead of all of them: it is compared
    under their common parent; not a place and its container, nor a list said of each place."""
    assert compared_place(claims_of(sentence, language)[0], language)[0] == compared


def test_a_groups_toll_its_text_does_not_place_is_where_its_story_places_it() -> None:
    """A group's country named only as who they are places its toll weakly (place-group-country rows); the story's
    other reports of that group's toll place it, when they agree on one place. Not when they disagree, and never a
    total."""
    texts = {
        "a": "Un coche bomba en Trípoli mató a 14 soldados colombianos.",
        "b": "Colombia lamentó la muerte de 14 soldados colombianos.",
        "c": "Murieron 20 personas en Trípoli.",
        "d": "La cifra de muertos llegó a 20.",
    }
    docs = build([Article(k, t, source=k, language="es") for k, t in texts.items()]).docs
    claims = [c for d in docs for c in claims_in(d)]
    assert [(c.article, c.group, c.place, c.place_weak) for c in claims] == [
        ("a", "Colombian", "Trípoli", False), ("b", "Colombian", "Colombia", True), ("c", "total", "Trípoli", False),
        ("d", "total", None, False),
    ]  # fmt: skip
    one_story = {k: "S1" for k in texts}
    placed = by_story(claims, one_story, {"S1": dt.date(2026, 2, 1)})
    assert [(c.article, c.place) for c in placed] == [("a", "Trípoli"), ("b", "Trípoli"), ("c", "Trípoli"), ("d", None)]
    # Two reports placing the group's toll in two places: the unplaced one is left unplaced.
    other = claims_in(build([Article("e", "Un ataque en Bengasi mató a 14 soldados colombianos.", language="es")]).docs[0])
    assert [c.place for c in other] == ["Bengasi"]
    apart = by_story([*claims, *other], {**one_story, "e": "S1"}, {"S1": dt.date(2026, 2, 1)})
    assert [(c.article, c.place) for c in apart if c.group == "Colombian"] == [("a", "Trípoli"), ("b", "Colombia"), ("e", "Bengasi")]
    # No other report of the group: its own country stays ("El huracán azotó Cuba y mató a 12 cubanos"); a place
    # written where it happened is never moved by another report.
    alone = by_story(claims[1:2], {"b": "S1"}, {"S1": dt.date(2026, 2, 1)})
    assert [c.place for c in alone] == ["Colombia"]
    written = claims_in(build([Article("f", "En Colombia murieron 14 soldados colombianos.", language="es")]).docs[0])
    assert [c.place_weak for c in written] == [False]
    kept = by_story([*claims, *written], {**one_story, "f": "S1"}, {"S1": dt.date(2026, 2, 1)})
    assert [(c.article, c.place) for c in kept if c.group == "Colombian"] == [("a", "Trípoli"), ("b", "Colombia"), ("f", "Colombia")]


def test_claim_parents_name_the_places_containing_it() -> None:
    (county,) = claims_of("At least 98 people died in Buncombe County.", "en")
    assert county.parent == ("North Carolina", "United States")
    (town,) = claims_of("Murieron 5 personas en Lorca.", "es")
    assert town.parent == ("Región de Murcia", "Spain")  # its first-level region (gazetteer_build._first_levels)
    (country,) = claims_of("Al menos 30 personas murieron en Marruecos.", "es")
    assert country.parent == ("Morocco",)


def test_a_repeated_figure_is_one_claim_with_every_mention() -> None:
    text = "Al menos 12 personas murieron en Lima. La policía confirmó que al menos 12 personas murieron."
    (claim,) = claims_of(text, "es")
    assert [text[s:e] for s, e in claim.mentions] == ["Al menos 12 personas murieron", "al menos 12 personas murieron"]
    assert claim.number == "12" and claim.figure == "Al menos 12"


def test_an_earlier_year_right_after_the_figure_is_another_incident() -> None:
    """'el huracán Katrina, que mató a 1.833 personas en 2005' in a 2024 article: a toll of another incident;
    the article's own year, or no date to compare with, keeps the claim."""

    def dated(sentence: str, date: str | None) -> list[tuple[str, int | None]]:
        article = Article("t", sentence, source="test", language="es", date=parse_date(date) if date else None)
        return [(c.kind, c.low) for c in claims_in(build([article]).docs[0])]

    assert dated("Es el peor desde el huracán Katrina, que mató a 1.833 personas en 2005.", "2024-10-03") == []
    assert dated("El huracán mató a 12 personas en 2024.", "2024-10-03") == [("killed", 12)]
    assert dated("El huracán mató a 12 personas en 2005.", None) == [("killed", 12)]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("en", "It was the largest loss of life in a flood since 1953, when 1,836 people died in the Netherlands.", []),
        ("en", "The quake is the first to kill so many since the 2011 tsunami, which left 18,500 dead.", []),
        ("es", "Es el primer sismo con tantas víctimas desde el de 1985, en el que murieron 10.000 personas.", []),
        ("es", "No se veía algo así desde 1999, cuando el río se llevó a 30 personas y dejó 200 heridos.", []),
        ("en", "Since 2014, at least 300 people have died crossing the border.", [("killed", 300)]),
        ("es", "Desde 2020, 45 personas han muerto en la ruta.", [("killed", 45)]),
    ],
)  # fmt: skip
def test_a_year_after_since_then_a_relative_clause_is_another_incident(
    language: str, sentence: str, expected: list[tuple[str, int]]
) -> None:
    """ "since 1953, when 1,836 people died": the relative clause after the year tells that earlier incident's toll
    (in a 2024 article); "since 2014, at least 300 have died" is a running total of this one."""
    article = Article("t", sentence, source="test", language=language, date=parse_date("2024-05-01"))
    assert [(c.kind, c.low) for c in claims_in(build([article]).docs[0])] == expected


def test_a_repeated_figure_placed_only_by_the_article_is_one_claim() -> None:
    """The second "93" names no place (the article's main place, the venue of its lead, stands in): it is the same
    claim as the first, placed in its sentence, not a second toll."""
    text = (
        "El número de muertos en la sala de conciertos Crocus City Hall, ubicada en Moscú, es de 93 personas. "
        "Por el momento el número de muertos es de 93 personas."
    )
    (claim,) = claims_of(text, "es")
    assert claim.place == "Crocus City Hall" and len(claim.mentions) == 2  # the most specific of nested places
    # Two places named for the figure are two claims ("93 en Moscú" and "93 en Kazán" are different tolls).
    assert len(claims_of("Murieron 93 personas en Moscú. Murieron 93 personas en Kazán.", "es")) == 2


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a headline's toll, then the lead's in other words and a more specific place: one claim, the lead's place
        ("es", "Bolivia: Caída de bus deja unos 29 muertos\n\nUnas 29 personas murieron el miércoles en el municipio de "
         "Colomi, en Bolivia.", [("killed", 27, "Colomi")]),
        # "mueren 17" then "al menos 17"; "63 migrantes" then "63 personas"
        ("es", "Mueren 17 personas en un choque. Al menos 17 personas fallecieron en la carretera.", [("killed", 17, None)]),
        ("es", "Mueren 63 migrantes en el Atlántico. Un total de 63 personas ha muerto.", [("killed", 63, "Atlántico")]),
        ("en", "Heat killed at least 577 pilgrims in Makkah. The toll has risen to 577.", [("killed", 577, "Makkah")]),
        # not one toll: other places side by side, other numbers, two groups, one sentence's two figures
        ("es", "Murieron 12 personas en Georgia. Murieron 12 personas en Florida.", [("killed", 12, "Georgia"), ("killed", 12, "Florida")]),
        ("es", "Deja más de 180 muertos. Hay 184 muertos.", [("killed", 181, None), ("killed", 184, None)]),
        ("en", "Four Chinese nationals died. Four Russian nationals died too.", [("killed", 4, None), ("killed", 4, None)]),
        ("en", "The fires killed at least 70 people each in the cities of Mati and Rafina.", [("killed", 70, "Mati"), ("killed", 70, "Rafina")]),
        # c4fix: "más de" and "more than" open a qualifier, they do not count others ("5.000 heridos", then "más de 5.000
        # resultaron heridas" is one toll); "otros 5.000" and "5,000 more" still count others
        ("es", "La explosión ha causado hasta el momento 154 muertos y 5.000 heridos. De acuerdo con el último balance oficial "
         "difundido el viernes por el Ministerio de Salud, 154 personas han fallecido y más de 5.000 resultaron heridas.",
         [("killed", 154, None), ("injured", 5000, None)]),
        ("en", "The blast injured 5,000 people. Officials said more than 5,000 were hurt.", [("injured", 5000, None)]),
        ("es", "El sismo dejó más de 200 heridos. Otros 200 resultaron heridos el martes.",
         [("injured", 201, None), ("injured", 200, None)]),
        # c5read: the lead writing a place inside its container makes the inner one the article's main place
        # ("Brumadinho, en el estado de Minas Gerais"): the toll repeated later without a place is the same one; a lead
        # naming the container alone keeps it
        ("es", "Al menos 9 personas murieron tras la ruptura de un dique minero en Brumadinho, en el estado de Minas Gerais. "
         "Romeu Zema, gobernador del estado de Minas Gerais, dijo que las probabilidades son mínimas. Ya se contabilizaron 9 "
         "cuerpos y hay 300 personas desaparecidas.", [("killed", 9, "Brumadinho"), ("missing", 300, "Brumadinho")]),
        ("es", "Al menos 9 personas murieron en el estado de Minas Gerais. Ya se contabilizaron 9 cuerpos y hay 300 personas "
         "desaparecidas.", [("killed", 9, "Minas Gerais"), ("missing", 300, "Minas Gerais")]),
        # c5read: "las personas desaparecidas" names the missing toll as "las personas heridas" the injured's (the 69 is
        # missing, the same toll as the lead's); the dead's toll noun before it no longer lends its kind
        ("es", "Un total de 69 personas continúan desaparecidas en Mocoa. \"La cifra de fallecidos es de 328 de los cuales 295 "
         "han sido entregados, y (la de) las personas desaparecidas ha disminuido a 69\", informó la UNGRD.",
         [("missing", 69, "Mocoa"), ("killed", 328, "Mocoa")]),
    ],
)
def test_a_toll_repeated_in_other_words_is_one_claim(language: str, text: str, expected: list) -> None:
    """repeats.same_toll: the same kind and number, a group or everyone, nested places, one week, other sentences."""
    assert [(c.kind, c.low, c.place) for c in claims_of(text, language)] == expected


@pytest.mark.parametrize(("month", "expected"), [("abril", 1), ("marzo", 2)])
def test_a_toll_keyed_to_a_month_and_repeated_on_a_day_of_it_is_one_claim(month: str, expected: int) -> None:
    """repeats._same_time (branch c5read): "el alud que dejó 328 muertos a comienzos de abril" (keyed 2017-04) and "La
    cifra de fallecidos es de 328" keyed by the report's day (2017-04-24) are one toll; a month before the report's is
    another incident's (two claims)."""
    text = (f"Un total de 69 personas continúan desaparecidas tras el alud que dejó 328 muertos a comienzos de {month} en "
            "Mocoa, según el último reporte oficial, divulgado este lunes.\n\"La cifra de fallecidos es de 328\", informó la "
            "UNGRD en un comunicado.")  # fmt: skip
    doc = build([Article("m", text, source="test", language="es", date=dt.date(2017, 4, 24))]).docs[0]
    assert sum(c.kind == "killed" for c in claims_in(doc)) == expected


def test_a_name_in_apposition_to_a_title_is_a_person_not_a_place() -> None:
    """"el presidente de Corea del Sur, Yoon Suk Yeol": the title's holder; without a title, a list of places."""
    titled = "El presidente de Corea del Sur, Yoon Suk Yeol, visitó Seúl."
    listed = "Hubo daños en Corea del Sur, Itaewon y Mapo."
    for text, expected in ((titled, []), (listed, ["Itaewon", "Mapo"])):
        known = places.places_in(text, language="es")
        assert [m.text for m in named_places(text, known, None, "es")] == expected


def test_the_main_place_is_a_venue_of_the_lead_else_the_title_place() -> None:
    def placed(text: str, title: str) -> list[tuple[str, str | None]]:
        article = Article("t", text, source="test", language="es", title=title)
        return [(c.kind, c.place) for c in claims_in(build([article]).docs[0])]

    lead = "Un comando atacó la sala de conciertos Crocus City Hall el viernes. Hay 100 heridos."
    assert placed(lead, "Ataque terrorista en Moscú") == [("injured", "Crocus City Hall")]
    # One place of the lead inside the title's is more specific; a place outside it does not outrank the title's.
    assert placed("Un terremoto sacudió Marrakech. Hay 2.000 muertos.", "Terremoto en Marruecos") == [("killed", "Marrakech")]
    assert placed("Un terremoto sacudió Argelia. Hay 2.000 muertos.", "Terremoto en Marruecos") == [("killed", "Marruecos")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A possessive is not part of the name ("Libya's Derna" names Libya and Derna); an abbreviation keeps its stop.
        ("en", "Rescuers struggle to get to Libya's Derna.", [("Libya", "Libya"), ("Derna", "Darnah")]),
        ("en", "It was the deadliest storm to hit the U.S. mainland.", [("U.S.", "United States")]),
        ("es", "Murieron 93 personas en EE.UU. y en Siria.", [("EE.UU.", "United States"), ("Siria", "Syria")]),
        # not a place: a storm's name before its possessive, a word that is no abbreviation
        ("en", "Hurricane Helene's death toll rose. Let us know.", []),
    ],
)
def test_gazetteer_reads_possessives_and_abbreviations(language: str, text: str, expected: list) -> None:
    assert [(m.text, m.place.name) for m in places.places_in(text, language=language)] == expected


def test_a_total_of_an_article_broken_down_by_place_is_the_parent_toll() -> None:
    """claim_scope.breakdown_parent: "820 ... in the Al Haouz region" beside "Al Haouz (394), Taroudant (271) and
    Chichaoua (91)" is Morocco's toll (larger than Al Haouz's own figure); without a breakdown it stays Al Haouz."""
    broken = ("The death toll from the earthquake that struck the Al Haouz region has risen to 820. Most fatalities "
              "occurred in the regions of Al Haouz (394), Taroudant (271) and Chichaoua (91).")  # fmt: skip
    assert [(c.low, c.place) for c in claims_of(broken, "en")] == [
        (820, "Morocco"), (394, "Al Haouz"), (271, "Taroudant"), (91, "Chichaoua")
    ]  # fmt: skip
    alone = "The death toll from the earthquake that struck the Al Haouz region has risen to 820."
    assert [(c.low, c.place) for c in claims_of(alone, "en")] == [(820, "Al Haouz")]


@pytest.mark.parametrize(
    ("sentence", "compared"),
    [
        ("Roughly half died in North Carolina, while dozens more were killed in South Carolina and Georgia.",
         "part of United States"),
        ("Storm Daniel hit Derna in Libya. About 170 additional people were killed elsewhere in the nation.", "part of Libya"),
        # not parts: "more" than another figure of its sentence, and a plain toll
        ("At least 79 migrants died off Greece and hundreds more are missing in Greece.", "Greece"),
        ("At least 98 people died in North Carolina.", "North Carolina"),
    ],
)
def test_a_toll_in_addition_to_another_is_compared_as_a_part(sentence: str, compared: str) -> None:
    """comparable.part_of_more: "dozens more", "170 additional ... elsewhere" count part of a place's dead: compared
    apart ("part of ..."), never as the place's whole toll."""
    assert compared_place(claims_of(sentence, "en")[-1], "en")[0] == compared


# ---- Parts of an injured toll by severity, thresholds passed, places where a quake was felt (fixcas; written for
# this table, not taken from the dev set). A part ("de los cuales 12 están en estado grave", "14 of whom were in
# critical condition") is its own group, never a second total; a threshold passed before the figure it reached is no
# claim ("superó la barrera de los 500, hasta los 523"); a severity or a threshold said of someone else is no part.
_ROWS_PARTS = [
    ("part-severity-es-1", "es", "El derrumbe dejó 58 heridos, de los cuales 12 están en estado grave.",
     [(_I, "total", 58, 58), (_I, "seriously injured", 12, 12)]),
    ("part-severity-es-2", "es", "Hubo 40 heridos, 6 de ellos en estado crítico, según Protección Civil.",
     [(_I, "total", 40, 40), (_I, "critically injured", 6, 6)]),
    ("part-severity-es-3", "es", "Entre los 90 lesionados, 15 permanecen en estado grave y 3 en estado crítico.",
     [(_I, "total", 90, 90), (_I, "seriously injured", 15, 15), (_I, "critically injured", 3, 3)]),
    ("part-severity-es-4", "es", "La explosión hirió a 75 personas. De ellas, 8 resultaron gravemente heridas.",
     [(_I, "total", 75, 75), (_I, "seriously injured", 8, 8)]),
    ("part-severity-en-1", "en", "The blast injured 75 people, 14 of whom were in critical condition.",
     [(_I, "total", 75, 75), (_I, "critically injured", 14, 14)]),
    ("part-severity-en-2", "en", "Officials said 31 of the injured were in serious condition.",
     [(_I, "seriously injured", 31, 31)]),
    ("part-severity-en-3", "en", "The blast injured 75 people. Among them, 8 were seriously injured.",
     [(_I, "total", 75, 75), (_I, "seriously injured", 8, 8)]),
    ("part-severity-neg-es-1", "es", "El accidente dejó 58 heridos, y el conductor está grave.", [(_I, "total", 58, 58)]),
    ("part-severity-neg-es-2", "es", "Un total de 58 personas resultaron heridas y fueron trasladadas al hospital.",
     [(_I, "total", 58, 58)]),
    ("part-severity-neg-en-1", "en", "The crash injured 75 people, and the driver remains in critical condition.",
     [(_I, "total", 75, 75)]),
    ("threshold-es-1", "es", "La cifra de muertos superó la barrera de los 500, hasta los 523.", [(_K, "total", 523, 523)]),
    ("threshold-es-2", "es", "El número de fallecidos rebasó la barrera de los 200.", [(_K, "total", 201, None)]),
    ("threshold-en-1", "en", "The death toll topped 300, reaching 312 on Sunday.", [(_K, "total", 312, 312)]),
    ("threshold-en-2", "en", "The death toll surpassed 300.", [(_K, "total", 301, None)]),
    ("threshold-neg-es-1", "es", "La cifra de muertos superó los 500 y los heridos son 40.",
     [(_K, "total", 501, None), (_I, "total", 40, 40)]),
    ("threshold-neg-en-1", "en", "The death toll passed 300, with 12 people still missing.",
     [(_K, "total", 301, None), (_M, "total", 12, 12)]),
]
CASES += [pytest.param(language, sentence, expected, id=key) for key, language, sentence, expected in _ROWS_PARTS]

# (language, text, place of each claim): where a quake was felt, after its toll in the clause, is not the toll's place.
_ROWS_FELT = [
    ("felt-en-1", "en", "An earthquake struck Peru on Sunday. The quake, killing 120 people, was felt from the capital Lima "
     "to Arequipa.", ["Peru"]),
    ("felt-es-1", "es", "Un terremoto sacudió Perú el domingo. El sismo, que dejó 120 muertos, se sintió en Lima y Arequipa.",
     ["Perú"]),
    ("felt-neg-en-1", "en", "An earthquake struck Peru on Sunday. The quake was felt in neighbouring Ecuador, where 3 people "
     "died.", ["Ecuador"]),
    ("felt-neg-es-1", "es", "Un terremoto sacudió Perú el domingo. El sismo se sintió en Ecuador, donde murieron 3 personas.",
     ["Ecuador"]),
]
# c6read: "felt-neg-es-1" ("se sintió en Ecuador, donde murieron 3") was a known miss until a landmark right before its
# clause's figure, a comma between, became the toll's place (claim_places._landmark_at).
_FELT_MISSES: dict[str, str] = {}


@pytest.mark.parametrize(
    ("language", "text", "where"),
    [
        pytest.param(language, text, where, id=key, marks=[known_miss(_FELT_MISSES[key])] if key in _FELT_MISSES else [])
        for key, language, text, where in _ROWS_FELT
    ],
)
def test_a_place_where_a_quake_was_felt_after_its_toll_is_not_the_tolls(language: str, text: str, where: list) -> None:
    assert [c.place for c in claims_of(text, language)] == where


@pytest.mark.parametrize(
    ("language", "text", "codes"),
    [
        # c4fix: Spanish and English names of regions pycountry lacks (lexicons/places.yaml), so that a toll of
        # "Renania-Palatinado" and one of "Rhineland-Palatinate" are one place; a common word written in lower case
        # stays none ("las marcas de la tragedia")
        ("es", "En la región de Las Marcas y en Renania-Palatinado hubo muertos.", ["IT-57", "DE-RP"]),
        ("en", "Floods hit Rhineland-Palatinate and North Rhine-Westphalia.", ["DE-RP", "DE-NW"]),
        ("es", "La luz del día reveló las marcas de la tragedia.", []),
    ],
)
def test_region_names_pycountry_lacks_are_places(language: str, text: str, codes: list) -> None:
    assert [m.place.code for m in places.places_in(text, language=language)] == codes


@pytest.mark.parametrize(
    ("language", "text", "date", "expected"),
    [
        # c4fix: a sentence opening with another month than the article's and a comma is that month's past incident
        # (held-out4's Himachal excerpt, the dev set's Pylos excerpt); the article's own month, a month with a day, or
        # no date to compare with, keep the claim
        ("en", "In July, floods, landslides and mudslides devastated Himachal Pradesh and Uttarakhand after devastating "
         "volumes of rain leading to hundreds of deaths.", "2023-08-15", []),
        ("es", "En febrero, 96 personas murieron cuando su embarcación de madera se estrelló contra las rocas en la costa "
         "italiana de Calabria durante una tormenta.", "2023-06-14", []),
        ("en", "In August, floods killed 60 people in Himachal Pradesh.", "2023-08-15", [("killed", 60)]),
        ("en", "On July 30, floods killed 60 people in Himachal Pradesh.", "2023-08-02", [("killed", 60)]),
        ("es", "En febrero, 96 personas murieron en el naufragio.", None, [("killed", 96)]),
    ],
)
def test_a_sentence_opening_with_another_month_is_a_past_incident(
    language: str, text: str, date: str | None, expected: list
) -> None:
    article = Article("t", text, source="test", language=language, date=parse_date(date) if date else None)
    assert [(c.kind, c.low) for c in claims_in(build([article]).docs[0])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one toll written twice, first under a sea, then under the country in it: one claim, the country's (lead,
        # session 15: cplace's seas and continents as places left such repeats as two claims)
        ("El huracán Beryl dejó siete muertos en el Caribe. En Granada, las autoridades confirmaron siete muertos tras "
         "el paso del huracán.", [("killed", 7, "Granada")]),
        # negatives: other figures, or the same figure in two countries of one sea, stay apart
        ("El huracán Beryl dejó siete muertos en el Caribe. En Granada, las autoridades confirmaron tres muertos.",
         [("killed", 7, "Caribe"), ("killed", 3, "Granada")]),
        ("Hurricane Beryl killed three people in Grenada. Three people were killed in Barbados, officials said.",
         [("killed", 3, "Grenada"), ("killed", 3, "Barbados")]),
    ],
)
def test_a_toll_repeated_under_a_sea_and_under_a_place_in_it_is_one(text: str, expected: list) -> None:
    language = "en" if text.startswith("Hurricane") else "es"
    found = claims_in(build([Article("a", text, language=language)]).docs[0])
    assert [(c.kind, c.low, c.place) for c in found] == expected
