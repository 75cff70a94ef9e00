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

import pytest

from analysis.casualties.claims import KINDS, Claim, claims_in, extract
from analysis.corpus.records import Article
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
    pytest.param("es", "El huracán provocó el desplazamiento de medio millón de personas.",
                 [("displaced", "total", 500000, 500000)], id="es-medio-millon"),
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
    pytest.param("en", "Eleven people were injured, two of them critically.", [("injured", "total", 11, 11)], id="en-two-of-them-critically"),
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
    pytest.param("es", "Las víctimas mortales ya son 45.", [("killed", "total", 45, 45)],
                 marks=known_miss("a toll stated with the copula ('las víctimas ... son 45') is not read"),
                 id="es-toll-copula"),
]  # fmt: skip


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
]  # fmt: skip


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
