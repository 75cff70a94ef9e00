"""Kinds of held-out13's misses, session 19 (issue #23). Held-out13 was spent after three blind runs (sessions 16-18);
its misses were printed and grouped into kinds of construction. Each rule below was measured on every quote set and
kept only when no spent set lost a right speaker or gained a wrong one (held-out14, blind, counted only).

Kinds kept:
- a shorter spelling of a person's name made of its first two words, when the full name has four words or more:
  "Marta Eugenia Esquivel Rodríguez ... Así mismo Marta Eugenia destacó" gave "Marta Eugenia" as a second person
  (same_person._index_keys filed three-word names so, not longer ones; tests/test_quotes_rules11es.py had a negative
  row for it, "José Antonio" of "José Antonio López Guerrero", written as a caution, not from a set: it is reversed).
- "Arturo Medina" of "Félix Arturo Medina Padilla" (the second first name and the first surname, as Spanish-language
  outlets shorten a name of four words) is a key too.
- words of address written into a name before the first name: "Prime Minister Datuk Seri Anwar Ibrahim ... Anwar
  said" gave "Anwar" (the name's first-name key was "datuk"). The name's keys now skip the words of
  lexicons/name_titles.yaml (both lists), which gains the Malaysian honours "Datuk", "Dato'", "Datin", "Seri"
  (not "Tan Sri" or "Sri": "Tan" is a surname, "Sri" a first name).
- a hyphen used as a dash around an aside: "PETA -una organización ... con base en Estados Unidos- pide" made
  "Unidos-" a name and the speaker of what followed. A capitalised word's hyphen now stands only between letters
  ("Sanwo-Olu") or before a space and a capital ("Pérez- Reyes", held-out9). The aside's quotations are now nobody's (two wrong fewer): "ha informado la organización", a body
  named again by its kind, is not read (a kind left for later).
- a one-letter mark of an acting office between a title and the name: "la alcaldesa (e) Lourdes Peña del Valle"
  (Colombian "encargada"), "el fiscal regional (s) Francisco Jacir" (Chilean "subrogante", held-out9): the bracket
  broke the title off the name, so "aseguró la alcaldesa (e) de Ciénaga" found no one written with that title.
- a person named after a title that a preposition governs ("están blindando al ministro del Interior, Juan José
  Santiváñez, al no impulsar ...") read as the newcomer who says the next quotation with no subject ("«...», dijo en
  RPP"): three of Alex Flores's quotations went to the minister. Such a name is the verb's object
  (introduced._governed_title); the quotations are now nobody's, since "refirió" (Flores's verb) is no verb of the
  lexicon (three wrong fewer).
- the same name between commas after a document's signer: "The Governor, in a statement signed by his Special Adviser
  on Media and Strategy, Hon. Kayode Akinmade, said" gave the statements to the adviser (subjects reads the name's
  context with name_context._governed_apposition; "by"/"por" govern only after a document noun: "descritas como
  “cráteres” por su alcalde, X," names the speaker, held-out10). No set moved: the real excerpt's "Special Adviser"
  is no title of the lexicon ("adviser"/"advisor" as English speaker nouns were tried: held-out14, blind, gained two
  right direct speakers but its indirect English precision fell below its floor, 0.744 -> 0.733; left out), and its
  next statement is "He said “...”", a pronoun that goes to the last full name (pronouns._named_before), the adviser.
- a sentence opened with ” (typed for “) and closed with ” on its line: '“...,” Hinton told reporters. ”Why would I?
  He doesn’t deserve it.”' (Dayton Daily News) was no quotation. A ” after a sentence's end and before a capital, with
  another ” closing on its line and no mark between, now opens one (quote_marks._unopened, read only when the text
  has more closing marks than its quotations close): held-out9 es, held-out11 en and held-out13 en one right more each.
- a comma between the medium spoken to and the subject: "«...», asegura a EL PERIÓDICO DE ESPAÑA, Enrique Fernández,
  oficial del Cuerpo de Bomberos" (session 18 read "a El País el ministro", with no comma): the comma ended the
  subject before it began (subject_after: a comma then a capitalised name after the medium is skipped).
- "prosigue" (the present of "prosiguió", already a verb) set between commas: "Sin embargo, prosigue, estos recursos son
  “...”".
- a Spanish title that names someone new by its gender: "Por su parte la gobernadora de Guerrero informó que ... «...»,
  dijo" went to Martí Batres, "el jefe de Gobierno", who spoke last (a title of the same role is read as the last
  speaker described again). When the title's determiner gives a person's title ("la gobernadora": lexicon
  ``person_titles``) the other gender than every title the last speaker was written with ("el jefe"), it is not them
  (speakers._other_gender); a noun of one gender whoever it names ("la autoridad") tells nothing (held-out9 lost a
  right speaker to it before that check).
- a list of works' names: 'los singles “Buenos Aires” y “Pasa la página (Panamá)”' gave the second name to the singer
  (only the first follows the title noun). A quotation opening with a capital after a work's name and ", " or "y"
  is the list's next name (direct._direct).
- a capitalised title's run opening a sentence, the name apposed to it: "El Procurador Fiscal Federal, Arturo Medina,
  presentó hoy “...”" read the title's run as the subject (subjects._apposed_holder; session 18 read such a title after
  the verb).
- a name in a sentence's opening phrase before its subject: "Desde Palacio Nacional, Medina Padilla presentó “tres
  casos ...”" (a quotation no reporting verb attributes: the sentence's subject's, sentence_subject) found no subject,
  since the first name, the palace, did not open the sentence (subjects._opening_subject now passes over a name after
  a preposition that a comma ends).
- an English "he"/"she" opening a sentence right after one that ends with someone unnamed and private ("But the
  minister's notion was shared by a Leeds local. He told us: “...”"): the pronoun went to the minister, the last person
  who spoke. A witness's noun (lexicon roles) after "a"/"an"/"one" ending the sentence before is whom it stands for
  (speakers._unnamed_just_before), when no person named since the last statement is.
- a reporting verb's participle inside the reported clause: "He said winds from the north predicted for Friday could
  “push the fires ...”" read "predicted" as the quotation's verb, whose subject ("winds") is no one, and gave it to
  nobody. When the last verb before a quotation finds no subject and an earlier reporting verb of the same clause
  (no punctuation between, one "that"/"que" at most after it) has a name or a pronoun, and the later word is followed
  by a preposition (a participle or a noun before its complement: "predicted for", "cuenta de"; not "su colega pidió
  disculpas por su “exceso verbal”", tests/test_quotes_rules10.py), the earlier verb's subject speaks (preposed):
  held-out6 es and held-out13 en one right more each ("comentó en su cuenta de Twitter que “...”": "cuenta" is read
  as a verb).
- an aside between spaced dashes or hyphens between the subject and its verb: "Henry Cator, from the Norfolk Strategic
  Flooding Alliance - made up of agencies and partners that plan for and respond to flooding - said the work should
  make a "huge difference"" read no subject (subjects._written_before reads the words before the aside).
- one of a group named after "de los vecinos de nombre": "Por su parte, uno de los vecinos de nombre Alberto, afirmó
  que" read "de los vecinos" as a title governing the name ("respondiendo a un trino de la alcaldesa X, expresó": hers
  is the trino) and gave Alberto's words to the guard who spoke before; a partitive before "de" (lexicon
  ``kin_partitives``: "uno", "una", "otro" …) makes the name one of them, the subject (subjects._written_before).
- an agency's dateline written with a point before its dash ("Lima, 17 mar (EFE).- "): its place, named again in
  the article ("estado de emergencia en Lima"), was read as the opening subject of "y afirmó que", and of the
  quotation in it (subjects.RE_DATELINE, moved from indirect.py, now allows the point).
- "citado por" after a form of "ser" ("si es citado por el Congreso, expondrá los «logros»"): a passive's agent,
  read as a source ("según"); the same sentence's quotation went to the Congress once the dateline was mended.
- a reporting verb's object clause ("lo que", "what"; lexicon ``object_clauses``) before a colon: "Soleti relató lo
  que el policía imputado le contó en las entrevistas: «...»" gave the quotation (and the two after it) to the
  policeman; the later verb is the object clause's, and the quotation the first verb's subject's.

Kinds seen and left (see docs/PERFORMANCE.md, session 19): an English title alone naming someone new ("the fire
chief said" after another person spoke);
a body named again by its kind ("la organización"); a subjectless "dijo" after a newcomer introduced as a non-saying
verb's subject ("intervino ... Ons Jabeur"); "in a statement signed by his adviser, X" (the signer taken for the
speaker); "refirió" (tried in session 13 and left out).
"""

from __future__ import annotations

import pytest

from analysis.sources.name_descriptions import _before
from analysis.sources.same_person import resolve_in_article
from tests.quotes_eval import direct_pairs as _direct
from tests.quotes_eval import real_direct_speakers

RULES19 = [
    # Kind: the first two words of a longer name.
    pytest.param(
        "La presidenta ejecutiva Ana María Gil Ruiz habló primero. Así mismo Ana María destacó que hay presas. «Esto "
        "es gravísimo», comentó.",
        "es",
        [("Ana María Gil Ruiz", "Esto es gravísimo")],
        id="two-first-names-of-four",
    ),
    pytest.param(  # the second first name and the first surname: the same person ("Arturo Medina")
        "La investigadora María Ana Gil Ruiz habló. El ministro Tom Ray llegó. «Esto es gravísimo», comentó Ana Gil.",
        "es",
        [("María Ana Gil Ruiz", "Esto es gravísimo")],
        id="second-first-name-and-first-surname",
    ),
    pytest.param(  # negative: the first name and the second surname are no spelling of the name
        "La investigadora María Ana Gil Ruiz habló. El ministro Tom Ray llegó. «Esto es gravísimo», comentó María Ruiz.",
        "es",
        [("María Ruiz", "Esto es gravísimo")],
        id="first-name-and-second-surname-negative",
    ),
    # Kind: words of address before the first name.
    pytest.param(
        'KUALA LUMPUR: Prime Minister Datuk Seri Anwar Ibrahim spoke on Monday. Mayor Tom Ray agreed. "We are ready," '
        "Anwar said.",
        "en",
        [("Datuk Seri Anwar Ibrahim", "We are ready")],
        id="datuk-seri",
    ),
    pytest.param(
        'Prime Minister Sir Keir Starmer spoke on Monday. Mayor Tom Ray agreed. "We are ready," Keir said.',
        "en",
        [("Sir Keir Starmer", "We are ready")],
        id="sir-first-name",
    ),
    pytest.param(  # negative: a word of address with one word after it is the name ("Lady Gaga")
        'Mayor Tom Ray spoke first. "I love this city," said Lady Gaga.',
        "en",
        [("Lady Gaga", "I love this city")],
        id="lady-gaga-negative",
    ),
    # Kind: a hyphen used as a dash around an aside.
    pytest.param(
        "La organización Amigos del Río -una entidad con base en Estados Unidos- pide a Luis Gil que cambie el nombre, "
        "«ya que podría ofender», dijo Ana Ruiz.",
        "es",
        [("Ana Ruiz", "ya que podría ofender")],
        id="hyphen-aside",
    ),
    pytest.param(  # negative: a hyphen before a space and a capital joins a surname typed apart ("Pérez- Reyes")
        "El alcalde Tom Ray habló. «Es un buen plan», dijo el congresista Raúl Pérez- Reyes.",
        "es",
        [("Raúl Pérez- Reyes", "Es un buen plan")],
        id="hyphen-then-capital-negative",
    ),
    pytest.param(  # negative: a hyphen between letters stays in the name
        'The governors met in Lagos. "We are ready," said Babajide Sanwo-Olu.',
        "en",
        [("Babajide Sanwo-Olu", "We are ready")],
        id="hyphenated-surname-negative",
    ),
    # Kind: an acting office's mark between a title and the name.
    pytest.param(
        "El secretario Luis Gil habló. La medida fue reconocida por la alcaldesa (e) Ana Gil. «Es grande para "
        "nosotros», aseguró la alcaldesa (e) de Ciénaga.",
        "es",
        [("Ana Gil", "Es grande para nosotros")],
        id="alcaldesa-e",
    ),
    # Kind: a person named after a title that a preposition governs is no newcomer who goes on.
    pytest.param(
        "El congresista de la Bancada Socialista Alex Flores refirió que miembros de Fuerza Popular y la Bancada "
        "Magisterial están blindando al ministro del Interior, Juan José Santiváñez, al no impulsar las denuncias."
        "\n\n«He presentado una denuncia», dijo en RPP.",
        "es",
        # not the minister: Flores, since "refirió" is a verb of the lexicon (read20, session 24; nobody was read before)
        [("congresista de la Bancada Socialista Alex Flores", "He presentado una denuncia")],
        id="al-ministro-del-interior",
    ),
    pytest.param(  # negative: a title opening its clause is the subject's
        "La alcaldesa de Villanueva, Rosa Pérez, pidió calma.\n\n«No hay seguridad», agregó.",
        "es",
        [("Rosa Pérez", "No hay seguridad")],
        id="title-opening-its-clause-negative",
    ),
    # Kind: a document's signer named in an aside between a title subject and its verb.
    pytest.param(
        'Governor Ana Gil spoke first. The Governor, in a statement signed by his spokesman, Tom Ray, said: "We are '
        'with Borno."',
        "en",
        [("Ana Gil", "We are with Borno")],
        id="statement-signed-by-his-spokesman",
    ),
    pytest.param(  # negative: a name after an opening phrase's comma, with no comma after it, is the subject
        'Governor Ana Gil spoke first. In a letter to the minister, Tom Ray said: "We are with Borno."',
        "en",
        [("Tom Ray", "We are with Borno")],
        id="letter-to-the-minister-negative",
    ),
    # Kind: a sentence opened with ” (typed for “) and closed with ” on its line.
    pytest.param(
        "Mayor Ana Gil spoke first. “We will rebuild,” Gil told reporters. ”Why would I wait? The city deserves it.”",
        "en",
        [("Ana Gil", "We will rebuild"), ("Ana Gil", "Why would I wait? The city deserves it")],
        id="reversed-opening-mark",
    ),
    pytest.param(  # negative: a ” inside a sentence, after a word, opens nothing
        "Mayor Ana Gil spoke first. “We will rebuild,” Gil told reporters. The plan, known as ”Green City” in the "
        "papers, failed.",
        "en",
        [("Ana Gil", "We will rebuild")],
        id="reversed-mark-mid-sentence-negative",
    ),
    # Kind: a comma between the medium spoken to and the subject.
    pytest.param(
        "El alcalde Tom Ray habló. «Vamos a reconstruir», dijo a El País, Luis Gil, ministro de Vivienda.",
        "es",
        [("Luis Gil", "Vamos a reconstruir")],
        id="medium-comma-subject",
    ),
    pytest.param(
        "Es crucial contar con tres fases clave “la planificación y el análisis”, asegura a EL PERIÓDICO DE ESPAÑA, "
        "Enrique Fernández, oficial del Cuerpo de Bomberos.",
        "es",
        [("Enrique Fernández", "la planificación y el análisis")],
        id="medium-in-capitals-comma-subject",
    ),
    pytest.param(  # negative: the sentence ends after the medium; the next one's name is no subject
        "El alcalde Tom Ray habló. «Vamos a reconstruir», dijo a El País. Luis Gil llegó después.",
        "es",
        [("Tom Ray", "Vamos a reconstruir")],
        id="medium-then-point-negative",
    ),
    # Kind: a verb of going on between commas.
    pytest.param(
        "El oficial Luis Gil habló. «Hay que planificar», dijo. Sin embargo, prosigue, estos recursos son «sostenibles "
        "hasta cierto punto, pero no más».",
        "es",
        [("Luis Gil", "Hay que planificar"), ("Luis Gil", "sostenibles hasta cierto punto, pero no más")],
        id="prosigue",
    ),
    pytest.param(  # negative: "prosigue" of a thing ("el juicio prosigue") names no speaker
        "El juez Tom Ray habló. El juicio prosigue mañana. «Es una vergüenza», dijo la fiscal Ana Gil.",
        "es",
        [("Ana Gil", "Es una vergüenza")],
        id="el-juicio-prosigue-negative",
    ),
    # Kind: a Spanish title of the other gender than every title the last speaker was written with.
    pytest.param(
        "El jefe de Gobierno, Tom Ray, detalló que hubo dos sismos. «Seguiremos informando», escribió. Por su parte la "
        "gobernadora de Guerrero informó que se activaron los protocolos. «Hemos activado los protocolos», dijo a la "
        "ciudadanía.",
        "es",
        [("Tom Ray", "Seguiremos informando"), ("gobernadora de Guerrero", "Hemos activado los protocolos")],
        id="title-of-the-other-gender",
    ),
    pytest.param(  # negative: the same title's gender is the last speaker described again
        "La ministra de Salud, Ana Gil, detalló que hubo dos casos. «Seguiremos informando», escribió. Por su parte la "
        "ministra informó que se activaron los protocolos. «Hemos activado los protocolos», dijo.",
        "es",
        [("Ana Gil", "Seguiremos informando"), ("Ana Gil", "Hemos activado los protocolos")],
        id="title-of-the-same-gender-negative",
    ),
    pytest.param(  # negative: a noun of one gender whoever it names ("la autoridad")
        "El fiscal jefe, Tom Ray, detalló que hubo dos detenidos. «Seguiremos informando», dijo. «Son once en total», "
        "indicó la autoridad.",
        "es",
        [("Tom Ray", "Seguiremos informando"), ("Tom Ray", "Son once en total")],
        id="la-autoridad-negative",
    ),
    # Kind: the next name of a list of works.
    pytest.param(
        "El cantante Luis Gil habló. Ya se han adelantado los singles “Buenos Aires” y “Pasa la página (Panamá)”, tras "
        "los que saldrá una balada.",
        "es",
        [],
        id="list-of-works",
    ),
    pytest.param(  # negative: words in lower case after a work's name and "y" are a quotation
        "El cantante Luis Gil habló del álbum “El viaje” y “es lo mejor que he hecho en años”, según dijo.",
        "es",
        [("Luis Gil", "es lo mejor que he hecho en años")],
        id="work-then-quotation-negative",
    ),
    # Kind: a capitalised title's run opening the sentence, the name apposed to it.
    pytest.param(
        "El Procurador Fiscal Federal, Arturo Medina, presentó hoy “tres casos en donde los jueces han evitado el "
        "avance”.",
        "es",
        [("Arturo Medina", "tres casos en donde los jueces han evitado el avance")],
        id="capitalised-title-comma-name-comma",
    ),
    pytest.param(  # negative: a body's name opening the sentence with a list after it names no one
        "El Ministerio de Salud, Educación y Cultura presentó hoy “tres casos en donde los jueces han evitado el "
        "avance”.",
        "es",
        [],
        id="body-list-negative",
    ),
    # Kind: a name in the opening phrase before the sentence's subject.
    pytest.param(
        "Desde Palacio Nacional, Medina Padilla presentó “tres casos en donde los jueces han evitado el avance”.",
        "es",
        [("Medina Padilla", "tres casos en donde los jueces han evitado el avance")],
        id="opening-phrase-place",
    ),
    pytest.param(
        "Con Ana Gil, el ministro Tom Ray presentó “tres casos en donde los jueces han evitado el avance”.",
        "es",
        [("Tom Ray", "tres casos en donde los jueces han evitado el avance")],
        id="opening-phrase-person-then-titled-subject",
    ),
    pytest.param(  # negative: the opening phrase's name is no subject when none follows
        "Junto a Ana Gil, presentó “tres casos en donde los jueces han evitado el avance”.",
        "es",
        [],
        id="opening-phrase-name-alone-negative",
    ),
    # Kind: "he"/"she" opening the sentence after one that ends with someone unnamed and private.
    pytest.param(
        'Mayor Tom Ray said the plan was "politically motivated". But his view was shared by a Leeds local. He told us: '
        "“People are dying and this is ridiculous.”",
        "en",
        [("Tom Ray", "politically motivated"), ("Leeds local", "People are dying and this is ridiculous")],
        id="shared-by-a-local-he-told-us",
    ),
    pytest.param(  # negative: a body unnamed is no one "he" stands for
        'Mayor Tom Ray said the plan was "politically motivated". The plan was approved by a committee. He told us: '
        "“People are dying and this is ridiculous.”",
        "en",
        [("Tom Ray", "politically motivated"), ("Tom Ray", "People are dying and this is ridiculous")],
        id="approved-by-a-committee-negative",
    ),
    pytest.param(  # negative: the pronoun does not open its sentence
        'Mayor Tom Ray said the plan was "politically motivated". His view was shared by a local. After a pause, he '
        "told us: “People are dying and this is ridiculous.”",
        "en",
        [("Tom Ray", "politically motivated"), ("Tom Ray", "People are dying and this is ridiculous")],
        id="pronoun-inside-its-sentence-negative",
    ),
    # Kind: a reporting verb's participle inside the reported clause, which has no subject of its own.
    pytest.param(
        "Fire officer Mike Westwick spoke first. He said winds from the north predicted for Friday could “push the "
        "fires in directions we don’t want them to go.”",
        "en",
        [("Mike Westwick", "push the fires in directions we don’t want them to go")],
        id="participle-in-the-reported-clause",
    ),
    pytest.param(  # negative: clauses inside the reported clause ("que ... que ... que"): nothing taken back
        "El concejal Luis López habló. López indicó que le pidió a Quintero que se retractara de las acusaciones que "
        "el alcalde ha dicho sobre el supuesto “cartel que se robó la ciudad”.",
        "es",
        [("Luis López", "cartel que se robó la ciudad")],  # a known miss (the mayor's words): before session 27
        # the speaker was the whole "acusaciones que el alcalde"; cut to "el alcalde" (title_heads), the title is tied
        # to the last speaker of its role, as any title is (a subordinate clause's title kept apart cost held-out10)
        id="clauses-inside-negative",
    ),
    # Kind: an aside between spaced dashes or hyphens between the subject and its verb.
    pytest.param(
        'Mayor Tom Ray spoke first. Henry Cator, from the Norfolk Alliance - made up of agencies that plan for flooding '
        '- said the work should make a "huge difference".',
        "en",
        [("Henry Cator", "huge difference")],
        id="dash-aside-after-apposition",
    ),
    pytest.param(
        'Mayor Tom Ray spoke first. Henry Cator - a farmer - said the work should make a "huge difference".',
        "en",
        [("Henry Cator", "huge difference")],
        id="dash-aside-after-name",
    ),
    pytest.param(  # negative: a name inside the aside is no subject
        'Mayor Tom Ray spoke first. The plan - approved by Ana Gil - said the work should make a "huge difference".',
        "en",
        [],
        id="name-inside-the-aside-negative",
    ),
    # Kind: one of a group, named ("uno de los vecinos de nombre Alberto"), is the subject, not a title's object.
    pytest.param(
        "El guardia Mauricio Ruiz habló. «Se movió la tierra», dijo. Por su parte, uno de los vecinos de nombre "
        "Alberto, afirmó que el ruido era nuevo. «Yo llevo cinco años aquí y es la segunda vez», afirmó.",
        "es",
        [("Mauricio Ruiz", "Se movió la tierra"), ("Alberto", "Yo llevo cinco años aquí y es la segunda vez")],
        id="uno-de-los-vecinos-de-nombre",
    ),
    pytest.param(  # negative: a title's person after "de" in an opening phrase is its object (q-rule kept)
        "El ministro Tom Ray habló. «Hay que actuar», dijo. Luego, respondiendo a un trino de la alcaldesa Claudia "
        "López, expresó que «no hay plan».",
        "es",
        [("Tom Ray", "Hay que actuar"), ("Tom Ray", "no hay plan")],
        id="trino-de-la-alcaldesa-negative",
    ),
    # Kind: an agency's dateline with a point before its dash, its place named again later.
    pytest.param(
        "Lima, 17 mar (EFE).- El ministro del Interior de Perú, Juan José Santiváñez, descartó que piense renunciar y "
        "afirmó que expondrá los «logros» de la Policía.\n\nEl ministro declaró el estado de emergencia en Lima.",
        "es",
        [("Juan José Santiváñez", "logros")],
        id="efe-dateline",
    ),
    pytest.param(  # negative: with no dateline the article's first name is its subject as before
        "Lima Pérez recibió al ministro y afirmó que fue un «honor».\n\nLima Pérez celebró.",
        "es",
        [("Lima Pérez", "honor")],
        id="no-dateline-negative",
    ),
    # Kind: "citado por" after a form of "ser": a passive's agent, not a source.
    pytest.param(
        "El ministro Juan José Santiváñez afirmó que, si es citado por el Congreso, expondrá los «logros» de la Policía.",
        "es",
        [("Juan José Santiváñez", "logros")],
        id="es-citado-por",
    ),
    pytest.param(  # negative: "citado por" after a comma still names the source
        "El ministro Luis Gil habló. El técnico Tom Ray, citado por el diario Marca, prometió «ganar la liga».",
        "es",
        [("Tom Ray", "ganar la liga")],
        id="citado-por-source-negative",
    ),
    # Kind: a reporting verb's object clause.
    pytest.param(
        "La abogada Ana Gil habló. Gil relató lo que el policía imputado le contó en las entrevistas: «El viernes "
        "pasado él fue víctima de un robo».",
        "es",
        [("Ana Gil", "El viernes pasado él fue víctima de un robo")],
        id="relato-lo-que",
    ),
    pytest.param(
        'Lawyer Ana Gil spoke first. Gil recounted what Officer Tom Ray told her: "Last Friday he was the victim of a '
        'robbery."',
        "en",
        [("Ana Gil", "Last Friday he was the victim of a robbery")],
        id="recounted-what",
    ),
    pytest.param(  # negative: "que" opens a content clause; its subject's words follow the colon
        "La abogada Ana Gil habló. Gil dijo que el policía Tom Ray le contó: «Fue víctima de un robo».",
        "es",
        [("Tom Ray", "Fue víctima de un robo")],
        id="dijo-que-negative",
    ),
    pytest.param(  # negative: "that" likewise
        'Lawyer Ana Gil spoke first. Gil said that Officer Tom Ray told her: "Last Friday he was robbed."',
        "en",
        [("Tom Ray", "Last Friday he was robbed")],
        id="said-that-negative",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), RULES19)
def test_rules19(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert _direct(text, language) == expected


def test_a_longer_name_s_first_two_words() -> None:
    assert resolve_in_article("Marta Eugenia", ["Marta Eugenia Esquivel Rodríguez"]) == "Marta Eugenia Esquivel Rodríguez"
    assert resolve_in_article("Anwar", ["Datuk Seri Anwar Ibrahim"]) == "Datuk Seri Anwar Ibrahim"
    assert resolve_in_article("Arturo Medina", ["Félix Arturo Medina Padilla"]) == "Félix Arturo Medina Padilla"
    assert resolve_in_article("Marta Rodríguez", ["Marta Eugenia Esquivel Rodríguez"]) == "Marta Rodríguez"  # negative


def test_an_acting_office_s_mark() -> None:
    text = "Fue reconocida por la alcaldesa (e) Ana Gil"
    assert _before(text, text.index("Ana"), "es") == "Fue reconocida por la alcaldesa"
    text = "Fue reconocida por la alcaldesa (2024) Ana Gil"  # negative: a year in brackets still breaks the title off
    assert _before(text, text.index("Ana"), "es") == ""


@pytest.mark.parametrize(
    ("article", "words", "speaker"),
    [
        ("health-es-amprensa-esquivel-citas-ccss", "Esto es gravísimo", "Marta Eugenia Esquivel Rodríguez"),
        ("disasters-en-thesun-anwar-monsoon-floods", "I thank the Deputy Prime Minister 1", "Datuk Seri Anwar Ibrahim"),
        ("politics-es-seguimiento-cienaga-objeciones", "Realmente nos muestra", "Lourdes Peña del Valle"),
        ("crime-es-diariouno-soleti-policia-lujan", "El viernes pasado él fue víctima", "Susana Soleti"),
        ("crime-es-diariouno-soleti-policia-lujan", "Él mismo me explicó", "Susana Soleti"),
        ("crime-es-diariouno-soleti-policia-lujan", "Vio que estaba la puerta", "Susana Soleti"),
    ],
)
def test_the_real_sentences(article: str, words: str, speaker: str) -> None:
    """The held-out13 sentences the kinds were read from (spent since session 19)."""
    read = real_direct_speakers("heldout13", article)
    assert [said for text, said in read.items() if text.startswith(words)] == [speaker]


def test_the_real_aside_written_with_hyphens() -> None:
    read = real_direct_speakers("heldout13", "culture-es-vivalafarandula-peta-chayanne-torero")
    assert not any(said.endswith("-") for said in read.values())
