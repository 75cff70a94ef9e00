"""Who speaks: quotes and speakers measured on 44 real, hand-annotated excerpts (tests/data/quotes_dev.json).

Matching (tests/quotes_eval.py): a predicted statement matches a gold one of the same kind when their
spans overlap by at least half the longer span, each gold statement at most once; the (quote, speaker)
pair is right when the predicted speaker, folded, equals the gold speaker or contains its surname
(last word, without brackets). precision = right / predicted; recall = right / gold.

FLOORS ratchet: they are the values reached; raise them when the rules improve, never lower them.
"""

from __future__ import annotations

import pytest

from analysis.corpus.loading import load_path
from analysis.corpus.records import Article
from analysis.sources.quotes import extract
from analysis.text import build
from tests.quotes_eval import BLIND, HELD_OUT, HELD_OUT2, role_agreement, run, score

# (language, direct) -> (precision floor, recall floor), reached on 2026-11-30
# (direct: es 0.927 / 0.828, en 0.954 / 0.849; indirect: es 0.721 / 0.596, en 0.647 / 0.541); after the rules for
# the held-out and blind misses (direct: es 0.927 / 0.828, en 0.969 / 0.849; indirect: es 0.795 / 0.673,
# en 0.694 / 0.557).
FLOORS = {
    ("es", True): (0.94, 0.86),  # 0.920 / 0.852 with RECALL_RULES (quoterecall, 2026-11-30); 0.929 / 0.861 with q8rules
    # 0.946 / 0.869 (106/112, 106/122) with read15 (session 20: a term between single marks is no statement)
    ("es", False): (0.82, 0.71),  # 0.822 / 0.712 with the held-out5 rules (was 0.818 / 0.692)
    ("en", True): (0.96, 0.87),  # 0.9697 / 0.877 (64/66, 64/73) with q13en (participles.py: "after telling ...")
    # 0.735 / 0.590 (36/49, 36/61) with q11en (session 14: rules for kinds of English misses, tests/test_quotes_rules11.py)
    ("en", False): (0.73, 0.59),  # 0.720 / 0.590 with the held-out4 indirect rules (was 0.708 / 0.557)
}
TARGET = (0.90, 0.80)  # precision, recall of speakers of direct quotes (issue #23)


@pytest.fixture(scope="module")
def measured():
    _, gold, quotes, languages = run()
    results = {}
    for language, direct in FLOORS:
        results[(language, direct)], _ = score(quotes, gold, direct=direct, language=language, languages=languages)
    print()
    for (language, direct), s in results.items():
        kind = "direct  " if direct else "indirect"
        print(
            f"{language} {kind} precision {s.precision:.3f} recall {s.recall:.3f} ({s.right}/{s.predicted} predicted, "
            f"{s.right}/{s.gold} gold)"
        )
    return results


@pytest.mark.parametrize("key", list(FLOORS), ids=lambda k: f"{k[0]}-{'direct' if k[1] else 'indirect'}")
def test_precision_and_recall_do_not_fall_below_the_floor(measured, key):
    s = measured[key]
    floor_p, floor_r = FLOORS[key]
    assert s.precision >= floor_p, f"precision {s.precision:.3f} fell below {floor_p}"
    assert s.recall >= floor_r, f"recall {s.recall:.3f} fell below {floor_r}"


@pytest.mark.parametrize("language", ["es", "en"])
def test_direct_speakers_reach_the_target(measured, language):
    s = measured[(language, True)]
    assert s.precision >= TARGET[0] and s.recall >= TARGET[1]


def _quotes(text: str, language: str = "es"):
    return extract(build([Article("a", text, language=language)]))


@pytest.mark.parametrize(
    ("text", "language", "speaker", "quoted"),
    [
        ("«No daré más detalles», afirmó el portavoz, Dmitri Peskov.", "es", "Dmitri Peskov", "No daré más detalles"),
        (
            "Lavrov afirmó en rueda de prensa: «Estamos comprometidos con los acuerdos».",
            "es",
            "Lavrov",
            "Estamos comprometidos con los acuerdos",
        ),
        ("Según la ministra Ana Ruiz, «la cifra subirá esta semana».", "es", "Ana Ruiz", "la cifra subirá esta semana"),
        ("La alcaldesa Marta Gil: «No hay que alarmarse».", "es", "Marta Gil", "No hay que alarmarse"),
        ('"We are seeing loss of life," Green said.', "en", "Green", "We are seeing loss of life"),
        (
            '"It must have not been extinguished," said Mayor John Stone.',
            "en",
            "John Stone",
            "It must have not been extinguished",
        ),
        ("Rusia calificó el ataque de «inaceptable e ilegal».", "es", "Rusia", "inaceptable e ilegal"),
    ],
)
def test_each_attribution_pattern_names_the_speaker(text, language, speaker, quoted):
    direct = [q for q in _quotes(text, language) if q.direct]
    assert [(q.speaker, q.text) for q in direct] == [(speaker, quoted)]


def test_pronouns_titles_and_continuations_are_the_person_named_before():
    text = (
        "El ministro de Salud, Juan Pérez, habló ayer. «Hay 20 heridos», dijo Pérez. "
        "«Estamos trabajando sin descanso», añadió el ministro.\n\n"
        "«La situación es grave pero estable en la zona».\n\n"
        '"He is still there," he said.'
    )
    quotes = _quotes(text)
    assert {q.speaker for q in quotes} == {"Juan Pérez"}
    assert len([q for q in quotes if q.direct]) == 4
    assert {q.role for q in quotes} == {"government"}


def test_indirect_speech_is_an_attributed_statement():
    quotes = _quotes("El canciller Yván Gil informó que el encuentro permitió evaluar las consecuencias.")
    assert [(q.speaker, q.direct, q.text) for q in quotes] == [
        ("Yván Gil", False, "el encuentro permitió evaluar las consecuencias")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "El programa «Buenos Días» empezó a las ocho.",  # a title in quotes, no speaker
        "La tormenta fue clasificada como «extremadamente peligrosa» por la tarde.",  # scare quotes, no verb
        'He watched "CBS Mornings" on Monday.',
    ],
)
def test_quotes_without_a_speaker_are_not_kept(text):
    assert _quotes(text, "en" if text.startswith("He") else "es") == []


def test_a_country_is_not_merged_into_an_institution_that_names_it():
    text = (
        "El ministro del Interior de Rusia visitó Cuba. Rusia aseguró que mantendrá sus relaciones con la isla "
        "durante años."
    )
    assert {q.speaker for q in _quotes(text)} == {"Rusia"}


def test_spellings_of_one_person_become_one_speaker_across_articles():
    articles = [
        Article("a", "«Habrá contactos», dijo el portavoz del Kremlin, Dmitri Peskov.", language="es"),
        Article("b", "«No hay planes», afirmó Dmitry Peskov. «Seguiremos en contacto», dijo Peskov.", language="es"),
        Article("c", "«No hay planes», afirmó Dmitri Peskov a la prensa.", language="es"),
    ]
    assert {q.speaker for q in extract(build(articles))} == {"Dmitri Peskov"}


def test_on_the_seeds_the_named_speakers_are_found_with_their_roles():
    quotes = extract(build(load_path("seeds").articles))
    roles = {}
    for q in quotes:
        roles.setdefault(q.speaker, set()).add(q.role)
    for surname in ("Peskov", "Lavrov", "Maduro", "Gil", "Bagdasárov"):
        speakers = [s for s in roles if s.endswith(surname)]
        assert speakers, f"{surname} not found among {sorted(roles)}"
        assert all(roles[s] == {"government"} for s in speakers), {s: roles[s] for s in speakers}
    assert "Yván Gil" in roles


def test_an_opening_phrase_before_the_verb_leaves_the_subject_implied():
    text = (
        "La ministra Ana Ruiz afirmó que la situación mejora cada día. "
        "En este sentido, ha explicado que «la cifra subirá pronto»."
    )
    assert {(q.speaker, q.direct, q.text) for q in _quotes(text)} == {
        ("Ana Ruiz", False, "la situación mejora cada día"),
        ("Ana Ruiz", True, "la cifra subirá pronto"),
    }
    # With nobody named before, an implied subject has no one to stand for: nothing is attributed.
    assert _quotes("En este sentido, ha explicado que «la cifra subirá pronto».") == []


# Rules added for misses of the dev set (2026-11-30): each row a short text of the pattern, the speaker of
# each direct quote in order; then rows where the same rule must NOT fire.
RULES = [
    pytest.param(  # a quote of several paragraphs: each opens with a mark, only the last closes
        "He said: ‘The cases are complex and take years to review.\n\n‘We need help from other departments.’",
        "en",
        "",
        [],
        id="several-paragraphs",
    ),
    pytest.param(  # a clitic between the comma and the verb
        "Ana Ruiz habló en el pleno. «Usted es un campeón en lapsus», le ha dicho al líder.",
        "es",
        "",
        [("Ana Ruiz", "Usted es un campeón en lapsus")],
        id="clitic-before-verb",
    ),
    pytest.param(  # a gerund after a quote introduces the next one
        'Jamal Jarrah explained that "the wording has been adopted," pointing out that "the initiative is the only one."',
        "en",
        "",
        [("Jamal Jarrah", "the wording has been adopted"), ("Jamal Jarrah", "the initiative is the only one")],
        id="gerund-after-quote",
    ),
    pytest.param(  # a second quote of a sentence keeps the speaker of the first
        'Peskov acusó a Occidente de dedicarse a "especular" y presentar los hechos desde "un determinado ángulo".',
        "es",
        "",
        [("Peskov", "especular"), ("Peskov", "un determinado ángulo")],
        id="second-quote-same-sentence",
    ),
    pytest.param(  # an unwritten subject after a clause opener is the last speaker
        "Luis Caputo dijo que la inflación bajará. Luego acompañó al Presidente cuando expresó que la cifra "
        "«comenzará con cero en agosto».",
        "es",
        "",
        [("Luis Caputo", "comenzará con cero en agosto")],
        id="clause-opener",
    ),
    pytest.param(  # in English, "said NAME had ..." makes NAME the reported clause's subject
        'Judge Thomas Ellis, discussing the letters, said Manafort had lived an "otherwise blameless life."',
        "en",
        "",
        [("Thomas Ellis", "otherwise blameless life")],
        id="said-name-verb",
    ),
    pytest.param(  # a name after a preposition before a colon is not who speaks
        'Carlo Ancelotti habló de su futuro. Bromista con las palabras de Carvajal: "Y tiene razón, claro".',
        "es",
        "",
        [("Carlo Ancelotti", "Y tiene razón, claro")],
        id="colon-after-preposition",
    ),
    pytest.param(  # a title is the name described with most of its words
        "El ministro de Economía, Ana Ruiz, y el ministro de Producción, Luis Gil, viajaron. "
        '"No vamos a llegar al objetivo", dijo el ministro de Producción.',
        "es",
        "",
        [("Luis Gil", "No vamos a llegar al objetivo")],
        id="title-most-words",
    ),
    pytest.param(  # "that said committee": a determiner before "said" makes it no verb
        'Minister Jamal Jarrah announced after the meeting that said committee "has finalized the statement."',
        "en",
        "",
        [("Jamal Jarrah", "has finalized the statement")],
        id="said-adjective",
    ),
    pytest.param(  # the person an article opens with speaks before anyone else is named
        "Luis Caputo se animó a pronosticar la inflación. Aseguró que el dólar rondaría los 1.300 «si no "
        "hubiera estado el Banco Central».",
        "es",
        "",
        [("Luis Caputo", "si no hubiera estado el Banco Central")],
        id="lede-subject",
    ),
    pytest.param(  # NAME, who ..., VERB after a quote
        '"It was my own weakness," Cohen, who once boasted he would "take a bullet" for Trump, told the judge.',
        "en",
        "",
        [("Cohen", "It was my own weakness"), ("Cohen", "take a bullet")],
        id="name-who-verb",
    ),
    pytest.param(  # an institution goes by the acronym written after it
        "La Agencia de la ONU para los Refugiados (ACNUR) expresó su «profunda preocupación». «Muchos países "
        "ya acogen a millones de refugiados», recordó la agencia. ACNUR pidió un alto el fuego.",
        "es",
        "",
        [("ACNUR", "profunda preocupación"), ("ACNUR", "Muchos países ya acogen a millones de refugiados")],
        id="acronym",
    ),
    pytest.param(  # «…” closes at ” when no » follows on the line
        "Luis Caputo habló. Expresó que la inflación «comenzará con cero en agosto”. Y añadió “no tengo "
        "ninguna duda de que va a bajar”, en la radio.",
        "es",
        "",
        [("Luis Caputo", "comenzará con cero en agosto"), ("Luis Caputo", "no tengo ninguna duda de que va a bajar")],
        id="mixed-closing",
    ),
    pytest.param(  # “…“ before punctuation closes (a typo published as is)
        "“Es un huracán muy fuerte, de mucha intensidad“, agregó el presidente Andrés López.",
        "es",
        "",
        [("Andrés López", "Es un huracán muy fuerte, de mucha intensidad")],
        id="typo-closing",
    ),
    pytest.param(  # "he said" before anyone spoke: the person last named in full
        "Families were displaced, according to Gov. Josh Green. Green toured the town.\n\n"
        "“Some loss of life is expected,” he said.",
        "en",
        "",
        [("Josh Green", "Some loss of life is expected")],
        id="pronoun-last-named",
    ),
    pytest.param(  # a long stop-list word is a surname ("downing")
        'Outside court, his lawyer Kevin Downing said his client accepted "full responsibility for his conduct."',
        "en",
        "",
        [("Kevin Downing", "full responsibility for his conduct")],
        id="surname-in-stop-list",
    ),
    pytest.param(  # signed below: a quote filling its paragraph, the next one a dash, a title and the name
        "“The bridge will be open again before the winter.”\n\n— Harbour engineer Tomás Riera, at the council",
        "en",
        "",
        [("Tomás Riera", "The bridge will be open again before the winter")],
        id="signed-below-en",
    ),
    pytest.param(
        "«Abriremos el mercado de nuevo en marzo, con o sin ayudas.»\n—Lucía Ferrer (Asociación de Comerciantes)",
        "es",
        "",
        [("Lucía Ferrer", "Abriremos el mercado de nuevo en marzo, con o sin ayudas")],
        id="signed-below-es",
    ),
    # Rules added for misses of KINDS seen in the held-out and blind sets (2026-11-30); each has a negative below
    # or in NEGATIVES.
    pytest.param(  # a medium spoken to, before the verb, is not the speaker
        "Luis Gil habló en el Senado. Además, en diálogo con Radio Nacional dijo que «la reforma saldrá este año».",
        "es",
        "",
        [("Luis Gil", "la reforma saldrá este año")],
        id="media-frame-before-verb",
    ),
    pytest.param(  # negative: a name after an opening phrase's comma is still the subject
        "En Madrid, Ana Ruiz dijo: «Habrá reforma este mismo año».",
        "es",
        "",
        [("Ana Ruiz", "Habrá reforma este mismo año")],
        id="media-frame-before-verb-negative",
    ),
    pytest.param(  # a medium (or person) spoken to, after the verb, is skipped
        "«Tenemos mucho miedo», cuenta a Radio Sur la vecina Marta Díaz.",
        "es",
        "",
        [("Marta Díaz", "Tenemos mucho miedo")],
        id="media-frame-after-verb",
    ),
    pytest.param(
        "«Tenemos mucho miedo», dijo a Ana Ruiz el alcalde Luis Gil.",
        "es",
        "",
        [("Luis Gil", "Tenemos mucho miedo")],
        id="addressee-after-verb",
    ),
    pytest.param(  # negative: the medium written after the speaker changes nothing
        "«Tenemos mucho miedo», dijo Ana Ruiz a la prensa.",
        "es",
        "",
        [("Ana Ruiz", "Tenemos mucho miedo")],
        id="media-frame-after-verb-negative",
    ),
    pytest.param(  # a speaker noun with no role ("el técnico") stands for the last speaker
        "Carlos Ruiz dirigió el entrenamiento. «Estamos listos para el domingo», dijo el técnico.",
        "es",
        "",
        [("Carlos Ruiz", "Estamos listos para el domingo")],
        id="speaker-noun",
    ),
    pytest.param(  # 'NAME, TITLE rememoró: «...», relató': the name written before the quote
        "Ana Cortés, de 35 años, rememoró la noche: «Fue el momento más espantoso», relató.",
        "es",
        "",
        [("Ana Cortés", "Fue el momento más espantoso")],
        id="preposed-name-over-implied",
    ),
    pytest.param(  # negative: a name after the quote still wins over one before it
        "Ana Cortés llegó tarde. Luis Gil miró el mar: «Fue el momento más espantoso», relató Ana Cortés.",
        "es",
        "",
        [("Ana Cortés", "Fue el momento más espantoso")],
        id="preposed-name-over-implied-negative",
    ),
    pytest.param(  # "ésta dijo": the person named last, not the last speaker
        "El abogado Luis Gil dijo: «Pido más tiempo». Le dieron la palabra a la señora Verónica Ruiz, madre de la "
        "víctima, y ésta dijo: «No pisoteen mis derechos».",
        "es",
        "",
        [("Luis Gil", "Pido más tiempo"), ("Verónica Ruiz", "No pisoteen mis derechos")],
        id="demonstrative-pronoun",
    ),
    pytest.param(  # a quote in capitals inside its sentence is a quote, not a heading (5 words: no title)
        "«NO PASARÁN NUNCA MÁS AQUÍ», gritó Ana Ruiz.",
        "es",
        "",
        [("Ana Ruiz", "NO PASARÁN NUNCA MÁS AQUÍ")],
        id="capitals-inside-a-line",
    ),
    pytest.param(  # an implied speaker is the person who opens the previous sentence of the paragraph
        "«Perdimos todo», contó Ana Ruiz.\n\nMauro Cifuentes también vivió el incendio. «Nos enteramos tarde», narró.",
        "es",
        "",
        [("Ana Ruiz", "Perdimos todo"), ("Mauro Cifuentes", "Nos enteramos tarde")],
        id="paragraph-subject",
    ),
    pytest.param(  # ... also after a short opening phrase
        "«Perdimos todo», contó Ana Ruiz.\n\nPor su parte, Héctor Llauca, vecino de ambas, perdió su casa. «No se "
        "salva nada», relató.",
        "es",
        "",
        [("Ana Ruiz", "Perdimos todo"), ("Héctor Llauca", "No se salva nada")],
        id="paragraph-subject-opening-phrase",
    ),
    pytest.param(  # negative: a capitalised word opening the sentence is no person
        "«Perdimos todo», contó Ana Ruiz. Así lo vivió el barrio. «No se salva nada», relató.",
        "es",
        "",
        [("Ana Ruiz", "Perdimos todo"), ("Ana Ruiz", "No se salva nada")],
        id="paragraph-subject-negative-word",
    ),
    pytest.param(  # negative: a name inside a title ("El sucesor de X") is not the sentence's subject
        "El ministro de Economía, Axel Kicillof, aseguró que no habrá cambios bruscos. El sucesor de Hernán "
        "Lorenzino habló ante los medios. «Vamos a trabajar muy fuerte», indicó.",
        "es",
        "",
        [("Axel Kicillof", "Vamos a trabajar muy fuerte")],
        id="paragraph-subject-negative-title",
    ),
    pytest.param(  # the lede's subject may follow a title; a surname that is also a town (Cañas) is a person's
        "La presidenta de la Agencia EFE, Gabriela Cañas, espera volver a Cuba.\n\n«Estamos muy preocupados», dijo "
        "en declaraciones a la radio.",
        "es",
        "",
        [("Gabriela Cañas", "Estamos muy preocupados")],
        id="lede-after-title",
    ),
    pytest.param(  # a title right after a name that opens its clause describes that name
        "Mientras caminábamos por el barrio, Yanina, una de las vecinas relató «estamos felices con la lluvia».",
        "es",
        "",
        [("Yanina", "estamos felices con la lluvia")],
        id="name-comma-title-verb",
    ),
    pytest.param(  # negative: a name inside a phrase ("de Juntos por el Cambio") is not described by the title
        "Luis Ortega habló. Al rechazar las críticas de Juntos por el Cambio, el ex diputado nacional señaló que "
        "«la oposición no lee».",
        "es",
        "",
        [("Luis Ortega", "la oposición no lee")],
        id="name-comma-title-verb-negative",
    ),
    pytest.param(  # a quotation followed on its line by an attributed one shares its speaker
        "«Hoy no he hablado con ellos». «El Gobierno no lo va a permitir», afirmó el ministro Luis Gil.",
        "es",
        "",
        [("Luis Gil", "Hoy no he hablado con ellos"), ("Luis Gil", "El Gobierno no lo va a permitir")],
        id="quote-chain",
    ),
    pytest.param(  # negative: not across a line break
        "«Hoy no he hablado con ellos».\n«El Gobierno no lo va a permitir», afirmó el ministro Luis Gil.",
        "es",
        "",
        [("Luis Gil", "El Gobierno no lo va a permitir")],
        id="quote-chain-negative",
    ),
    pytest.param(  # English: the subject written before the verb wins over a name after it; the surname is the
        # article's full name (until session 18 "Sean", a Spanish stop word, was cut from it and "Spicer" stayed alone)
        'Sean Spicer spoke on Thursday. Spicer said the Department of Justice "is exploring all available options."',
        "en",
        "",
        [("Sean Spicer", "is exploring all available options")],
        id="subject-before-said",
    ),
    pytest.param(  # a name qualifying a title is not the speaker, and a place is nobody a title stands for
        '"The town is gone," said one Paradise resident who fled to Chico.',
        "en",
        "",
        [("Paradise resident", "The town is gone")],
        id="name-inside-title",
    ),
    pytest.param(  # negative: a name right after "said" is still the speaker
        '"We lost everything," said Jose Garcia, 34.',
        "en",
        "",
        [("Jose Garcia", "We lost everything")],
        id="name-inside-title-negative",
    ),
    pytest.param(  # a name after a preposition inside a title is nobody the title ties to
        "La jueza de Atención a Víctimas, Ana Ruiz, habló. «Sigan con la audiencia», dijo la representante de "
        "Atención a Víctimas.",
        "es",
        "",
        [("Ana Ruiz", "Sigan con la audiencia")],
        id="no-tie-inside-title",
    ),
    pytest.param(  # the full stop of a rank before the name ends no clause
        'The town was left "pretty much destroyed," California Fire Capt. Scott McLean said.',
        "en",
        "",
        [("Scott McLean", "pretty much destroyed")],
        id="rank-abbreviation",
    ),
    pytest.param(  # the lede's speaker after a body and a lower-case title ("White House press secretary X")
        'White House press secretary Karine Jean-Pierre on Thursday answered the ruling by saying: "We will appeal '
        'the flawed rulings."',
        "en",
        "",
        [("Karine Jean-Pierre", "We will appeal the flawed rulings")],
        id="lede-body-title-name",
    ),
    pytest.param(  # a nationality written with a capital is no one who speaks
        'South Korean prosecutors on Wednesday asked for prison, where Lee vowed to change. "Samsung sought unjust '
        'benefits," the prosecutors said.',
        "en",
        "",
        [("prosecutors", "Samsung sought unjust benefits")],
        id="nationality-is-no-speaker",
    ),
    pytest.param(  # negative: a person's name opening the lede is still its speaker
        'Ana Ruiz on Wednesday asked for prison. "Samsung sought unjust benefits," she said.',
        "en",
        "",
        [("Ana Ruiz", "Samsung sought unjust benefits")],
        id="nationality-is-no-speaker-negative",
    ),
    pytest.param(  # negative of title-names-another: a portfolio after "de" names no one else
        "El ministro de Cultura, Alejandro Salas, habló. «Habrá cambios pronto», dijo el titular de la cartera de "
        "Cultura.",
        "es",
        "",
        [("Alejandro Salas", "Habrá cambios pronto")],
        id="portfolio-title",
    ),
    pytest.param(  # negative of the link cue: "Lea" as a verb of a sentence is no link
        "La ministra Irene Vélez habló. «Lea la ley antes de opinar», dijo la ministra.",
        "es",
        "",
        [("Irene Vélez", "Lea la ley antes de opinar")],
        id="link-cue-negative",
    ),
    pytest.param(  # negative of title-noun: a colon after the noun opens words spoken, not a title
        "El ministro Luis Gil habló en la mesa de debate: «Hay que salir de la trampa de la deuda», dijo.",
        "es",
        "",
        [("Luis Gil", "Hay que salir de la trampa de la deuda")],
        id="title-noun-negative",
    ),
    pytest.param(  # a speaker of a relative clause ("X, quien ha dicho que") does not become the last speaker
        "La jefa de Gobierno, Claudia Sheinbaum, viajó a Tamaulipas. Visitó a Andrés López, quien ha dicho que "
        "habrá una encuesta. «México está listo para una presidenta», respondió.",
        "es",
        "",
        [("Claudia Sheinbaum", "México está listo para una presidenta")],
        id="relative-speaker-in-passing",
    ),
    pytest.param(  # negative: the same speaker as a main clause's subject is the last speaker
        "Andrés López ha dicho que habrá una encuesta. «México está listo para una presidenta», respondió.",
        "es",
        "",
        [("Andrés López", "México está listo para una presidenta")],
        id="relative-speaker-in-passing-negative",
    ),
    pytest.param(  # a plural title is a group: not tied to a person named before
        'Prosecutor Ana Ruiz led the team. "Samsung sought unjust benefits," the prosecutors said.',
        "en",
        "",
        [("prosecutors", "Samsung sought unjust benefits")],
        id="plural-title-group",
    ),
    pytest.param(
        "La concejala Ana Ruiz visitó el barrio. «Nadie nos avisó del incendio», dijeron los concejales.",
        "es",
        "",
        [("concejales", "Nadie nos avisó del incendio")],
        id="plural-title-group-es",
    ),
    pytest.param(  # negative: the singular title is tied to the person
        'Prosecutor Ana Ruiz led the team. "Samsung sought unjust benefits," the prosecutor said.',
        "en",
        "",
        [("Ana Ruiz", "Samsung sought unjust benefits")],
        id="plural-title-group-negative",
    ),
]


@pytest.mark.parametrize(("text", "language", "_", "expected"), RULES)
def test_rules_added_for_misses(text, language, _, expected):
    direct = [(q.speaker, q.text) for q in _quotes(text, language) if q.direct]
    if not expected:  # rows whose speaker is only a pronoun: the quote's extent is what the rule is about
        quotes = [
            q for q in extract(build([Article("a", "David Bolt reported. " + text, language=language)])) if q.direct
        ]
        assert [(q.speaker, q.text) for q in quotes] == [
            ("David Bolt", "The cases are complex and take years to review"),
            ("David Bolt", "We need help from other departments"),
        ]
        return
    assert direct == expected


NEGATIVES = [
    # several paragraphs: a quote closed on its line is not stretched to the paragraph's end
    (
        'Ana Ruiz said: "It is complex." Then she left the room.\n\n"We need help," she added.',
        "en",
        ["It is complex", "We need help"],
    ),
    # clitic: "la" before a noun is no clitic of a verb; no verb, no attribution
    ("«Habrá contactos», la reunión terminó tarde.", "es", []),
    # second quote of a sentence: without an attributed first quote, a scare quote stays unattributed
    ('La tormenta fue "muy fuerte" y dejó un "paisaje lunar" en la costa.', "es", []),
    # clause opener: with nobody named before, the unwritten subject has no one to stand for
    ("Luego, cuando expresó que la cifra «comenzará con cero en agosto», nadie respondió.", "es", []),
    # lede subject: a place opening the article is no person
    ("Estados Unidos anunció sanciones. Aseguró que el dólar «no subirá más este año».", "es", []),
    # lede subject: one word is not enough
    ("Ayer llovió en la ciudad. Aseguró que el dólar «no subirá más este año».", "es", []),
    # name, who ..., and no reporting verb: no attribution
    ('"It was my own weakness," Cohen, who was there, left the room.', "en", []),
    # pronoun: a body or a lone surname is not whom "he" stands for
    ("The National Weather Service issued a warning. Green toured the town. “It is bad,” he said.", "en", []),
    # acronym: a person keeps the full name
    ("«Es un huracán muy fuerte», dijo Andrés Manuel López Obrador (AMLO).", "es", ["Es un huracán muy fuerte"]),
    # mixed closing: «a “b” c» keeps its inner quote
    (
        "«Nos dijeron “esperen” y seguimos esperando», contó Ana Ruiz.",
        "es",
        ["Nos dijeron “esperen” y seguimos esperando"],
    ),
    # signed below: dialogue after a quote signs nothing (a verb, a stop word or a comma before the name)
    # (the dialogue line is a quotation of its own since session 18: quote_marks._dialogue_lines; the quote above
    # it stays unsigned)
    ("«Volveremos a abrir el mercado en marzo.»\n\n—No lo sé —respondió Lucía Ferrer.", "es", ["No lo sé"]),
    ("«Volveremos a abrir el mercado en marzo.»\n\n—Dile a Lucía Ferrer que espere.", "es", []),
    # signed below: a quote inside its paragraph is not signed by the next one
    ("La alcaldesa habló de «un mercado nuevo» ayer.\n\n—Lucía Ferrer, presidenta de los comerciantes", "es", []),
    # speaker noun: a noun that names no speaker ("el partido") attributes nothing
    ("«Estamos listos para el domingo», dijo el partido.", "es", []),
    # demonstrative: with nobody named before, "ésta" stands for no one
    ("Y ésta dijo: «No pisoteen mis derechos».", "es", []),
    # heading: a quotation in capitals that fills its line is a heading, not a quotation
    ("La madre de la víctima habló ante el juez.\n“QUE NO PISOTEEN MIS DERECHOS”\nLuego se retiró.", "es", []),
    # rank abbreviation: a sentence's full stop still ends the clause, the name after it is not the speaker
    ('The town was left "pretty much destroyed," the crews found. Then Scott McLean said nothing.', "en", []),
    # lede body-title-name: lower-case words that are no title ("visitors") name no speaker
    (
        'White House visitors Ana Ruiz and Luis Gil toured the garden on Thursday, saying: "It is a beautiful place '
        'to visit."',
        "en",
        [],
    ),
    # link cue: the quotation after "Lea aquí:" / "Read more:" is another article's headline
    (
        "La ministra Irene Vélez dejó la sala. Lea aquí: “Otra vez en su lugar”: el presidente regresó la paloma.",
        "es",
        [],
    ),
    ('Mayor Ana Ruiz left the room. Read more: "Back in its place again" after the storm.', "en", []),
    # title noun: a quotation right after "la mesa de debate", "the program" is a title, not words spoken
    (
        "El ministro Luis Gil habló en la mesa de debate «Cómo salir de la trampa de la deuda», en Buenos Aires.",
        "es",
        [],
    ),
    ('Mayor Ana Ruiz appeared on the program "Face the Nation with Margaret" on Sunday.', "en", []),
    # lede: two subjects ("X, y el presidente, Y, debatieron") give no speaker to an unattributed quote
    (
        "El líder del PP, Núñez Feijóo, y el presidente, Pedro Sánchez, debatieron en el Congreso.\n\n«Usted "
        "miente sobre lo que pienso», dijo.",
        "es",
        [],
    ),
]


@pytest.mark.parametrize(("text", "language", "quoted"), NEGATIVES)
def test_rules_added_for_misses_do_not_overreach(text, language, quoted):
    found = [q for q in _quotes(text, language) if q.direct]
    assert [q.text for q in found] == quoted
    if "AMLO" in text:
        assert [q.speaker for q in found] == ["Andrés Manuel López Obrador"]


def test_a_name_after_a_preposition_is_still_the_speaker_when_none_is_before_the_colon():
    text = "Serguéi Lavrov llegó a Ginebra. Lavrov: «Estamos comprometidos con los acuerdos»."
    assert [(q.speaker, q.text) for q in _quotes(text) if q.direct] == [
        ("Serguéi Lavrov", "Estamos comprometidos con los acuerdos")
    ]


# The held-out set (tests/data/quotes_heldout.json: 8 real excerpts, 33 direct quotes, annotated before the
# extractor ran on them and never used to write rules) says how the rules generalise. Its floors ratchet too.
# reached on 2026-11-30 (es 0.500/0.333, en 0.833/0.556); en 0.833/0.833 with quotes signed below by a dash;
# es 1.000/0.800 with the rules for kinds of misses (media frames, "una de las vecinas", tied titles, links)
HELD_OUT_FLOORS = {"es": (1.00, 0.80), "en": (0.83, 0.83)}


@pytest.mark.parametrize("language", ["es", "en"])
def test_held_out_precision_and_recall(language):
    _, gold, quotes, languages = run(HELD_OUT)
    s, _ = score(quotes, gold, direct=True, language=language, languages=languages)
    print(f"\nheld-out {language} direct precision {s.precision:.3f} recall {s.recall:.3f} ({s.right}/{s.gold})")
    floor_p, floor_r = HELD_OUT_FLOORS[language]
    assert s.precision >= floor_p and s.recall >= floor_r


# The blind set (tests/data/quotes_blind.json: 43 real excerpts, 33 Spanish and 10 English, from outlets and events
# the rules never saw, 173 direct and 78 indirect statements annotated by hand before the extractor ran) said how
# the rules do on news they were not written for; rules have since been written from its misses, so it no longer
# does. Floors ratchet: the values reached.
# Before the rules of 2026-11-30 (held-out and blind misses): direct es 0.804/0.578, en 0.795/0.689;
# indirect es 0.564/0.393, en 0.524/0.500.
# After them: direct es 0.927/0.789, en 0.902/0.822; indirect es 0.674/0.554, en 0.722/0.591; roles of right
# speakers es 0.713 (0.635 before), en 0.892 (0.484 before).
BLIND_FLOORS = {  # raised with the code rules for kinds of held-out2 misses (2026-11-30)
    ("es", True): (0.97, 0.85),  # read21 (session 25): 0.973 / 0.852 (109/112, 109/128); 0.963 / 0.820 with RECALL_RULES (was 0.936 / 0.797); 0.964 / 0.836 (107/111,
    # 107/128) with qembed (session 13: quotations in sentences no verb reports, tests/test_quotes_rules_embedded.py);
    # 0.973 / 0.844 (108/111, 108/128) with q11es (session 14: tests/test_quotes_rules11es.py)
    ("es", False): (0.73, 0.64),  # 0.714 / 0.625 with the held-out6 rules (was 0.702 / 0.589 with RECALL_RULES);
    # 0.735 / 0.643 with q11es
    ("en", True): (0.93, 0.88),  # 0.905 / 0.844 (38/42, 38/45) with q13en (participles.py: "..., describing ...");
    # 0.929 / 0.867 (39/42, 39/45) with q13en's someone unnamed ('“...,” a state fire update warned'); 0.930 / 0.889
    # (40/43, 40/45) with a participle's colon ("by saying: “...”")
    # 0.833 / 0.682 (15/18, 15/22) with q11en (session 14: rules for kinds of English misses, tests/test_quotes_rules11.py)
    ("en", False): (0.88, 0.72),  # 0.750 / 0.682; 0.889 / 0.727 (16/18, 16/22) with q13en (someone unnamed)
}
# q11en (session 14): en 34/37 = 0.919, the roles of right English speakers (lexicon cues, tests/test_quotes_rules11.py)
# en lowered 0.91 -> 0.89 by q13en (session 15): right roles 35/38 -> 35/39; one more right speaker, "a state fire
# update" (someone unnamed, frames._someone_unnamed), whose role reads unknown where the set says government.
# 36/40 = 0.900 with a participle's colon (Sean Spicer): floor 0.90.
# roles17 (session 17) raised en right roles to 38/40 = 0.950
# roles21 (session 21, role kinds of the spent sets): es 99/108 = 0.917
BLIND_ROLE_FLOORS = {"es": 0.93, "en": 0.97}  # roles22: es 101/108, en 39/40;  # right roles / right speakers of direct quotes (es 78/107 with qembed;  # roles16 (session 16) raised right roles
# 79/108 with q11es)


@pytest.fixture(scope="module")
def blind():
    return run(BLIND)


def _check_precision_and_recall(label, measured, key, floors):
    """Print a set's precision and recall of (quote, speaker) for one language and kind, then hold its floor."""
    _, gold, quotes, languages = measured
    language, direct = key
    s, _ = score(quotes, gold, direct=direct, language=language, languages=languages)
    kind = "direct" if direct else "indirect"
    print(f"\n{label} {language} {kind} precision {s.precision:.3f} recall {s.recall:.3f} ({s.right}/{s.predicted} "
          f"predicted, {s.right}/{s.gold} gold)")  # fmt: skip
    floor_p, floor_r = floors[key]
    assert s.precision >= floor_p and s.recall >= floor_r


def _check_roles(label, measured, language, floors):
    """Print the share of right speakers (of direct quotes) that have the right role, then hold its floor."""
    _, gold, quotes, languages = measured
    right_roles, right = role_agreement(quotes, gold, language=language, languages=languages)
    print(f"\n{label} {language} roles {right_roles}/{right} = {right_roles / right:.3f}")
    assert right_roles / right >= floors[language]


@pytest.mark.parametrize("key", list(BLIND_FLOORS), ids=lambda k: f"{k[0]}-{'direct' if k[1] else 'indirect'}")
def test_blind_precision_and_recall(blind, key):
    _check_precision_and_recall("blind", blind, key, BLIND_FLOORS)


@pytest.mark.parametrize("language", ["es", "en"])
def test_blind_roles_of_right_speakers(blind, language):
    _check_roles("blind", blind, language, BLIND_ROLE_FLOORS)


# Rules for indirect statements added for misses of kinds seen in the blind set (2026-11-30): (text, language,
# [(speaker, clause)]), positive rows first, then the negative of each.
INDIRECT_RULES = [
    pytest.param(  # a verb form after a determiner is a noun ("la denuncia de robos que ...")
        "Los vecinos están preocupados por la denuncia de robos que surgieron tras el incendio.",
        "es",
        [],
        id="verb-after-determiner",
    ),
    pytest.param(  # negative: the same form without a determiner reports
        "Ana Ruiz denuncia que los robos surgieron tras el incendio.",
        "es",
        [("Ana Ruiz", "los robos surgieron tras el incendio")],
        id="verb-after-determiner-negative",
    ),
    pytest.param(  # a relative clause's speaker after a preposition is still its speaker
        "Visitó a Andrés López, quien ha dicho que habrá una encuesta nacional.",
        "es",
        [("Andrés López", "habrá una encuesta nacional")],
        id="relative-after-preposition",
    ),
    pytest.param(  # a reported clause ends at a colon that opens a quotation
        'Luis Gil reconoció que el equipo debe seguir trabajando: "Esto sigue siendo un proceso largo".',
        "es",
        [("Luis Gil", "el equipo debe seguir trabajando")],
        id="clause-ends-at-colon-quote",
    ),
    pytest.param(  # negative: a quotation inside the clause, after a comma, stays in it
        'Luis Gil reconoció que el equipo debe seguir trabajando, aunque "el proceso es largo".',
        "es",
        [("Luis Gil", 'el equipo debe seguir trabajando, aunque "el proceso es largo"')],
        id="clause-ends-at-colon-quote-negative",
    ),
    pytest.param(  # ... and before the next statement of its speaker
        "El concejal Luis Gil aseguró que la ciudad vive un clima de protesta, por lo que añadió que las "
        "autoridades deben cuidar el orden.",
        "es",
        [("Luis Gil", "la ciudad vive un clima de protesta"), ("Luis Gil", "las autoridades deben cuidar el orden")],
        id="clause-ends-at-next-statement",
    ),
    pytest.param(  # negative: "y que ..." continues the same statement; "la denuncia" is no verb
        "El concejal Luis Gil aseguró que la ciudad vive un clima de protesta y que la denuncia de los vecinos es "
        "justa.",
        "es",
        [("Luis Gil", "la ciudad vive un clima de protesta y que la denuncia de los vecinos es justa")],
        id="clause-ends-at-next-statement-negative",
    ),
    pytest.param(  # a clause opening with a quotation the sentence splitter cut is the direct quote's
        'Natalia Mella indicó que "salí a pie pelado de mi casa. Ahora ya no se puede vivir ahí".',
        "es",
        [],
        id="clause-opens-with-cut-quote",
    ),
    pytest.param(  # negative: a quotation inside the clause keeps the clause
        "Natalia Mella indicó que la casa «está inhabitable» desde el domingo.",
        "es",
        [("Natalia Mella", "la casa «está inhabitable» desde el domingo")],
        id="clause-opens-with-cut-quote-negative",
    ),
    pytest.param(  # a plural title cut before its place names the group ("autoridades", not "autoridades del")
        "Más de 3.300 personas fallecieron, dijeron las autoridades del este de Libia en un informe.",
        "es",
        [("autoridades", "Más de 3.300 personas fallecieron")],
        id="plural-title-cut",
    ),
    pytest.param(  # a name that is the object of the lede's first sentence is not its speaker; "authorities" plural
        "The death toll from an earthquake which rocked Central America rose to 138.\n\nThe authorities said the "
        "death toll was likely to rise further.",
        "en",
        [("authorities", "the death toll was likely to rise further")],
        id="lede-object-is-no-speaker",
    ),
    pytest.param(  # a title with a proper name of its own is not the last speaker described again
        "The quake has claimed 128 lives, according to the Cabinet Office.\n\nOf the dead, 69 were in Wajima and 38 "
        "in Suzu, according to the Ishikawa prefectural government.",
        "en",
        [
            ("Office", "The quake has claimed 128 lives"),
            ("Ishikawa prefectural government", "Of the dead, 69 were in Wajima and 38 in Suzu"),
        ],
        id="title-names-another",
    ),  # fmt: skip
    pytest.param(  # negative: a title tied to a body named after "according to the" (not inside a name phrase)
        "The toll rose to 2,000, according to the Moroccan Ministry of Interior.\n\nThe ministry said that the "
        "province of Al Haouz has the highest toll.",
        "en",
        [
            ("Moroccan Ministry of Interior", "The toll rose to 2,000"),
            ("Moroccan Ministry of Interior", "the province of Al Haouz has the highest toll"),
        ],
        id="title-names-another-negative",
    ),
    pytest.param(  # a title that stands for nobody yet goes to the person named next in its paragraph
        "El técnico también negó que la derrota le afecte en nada. «Nadie duda de mí», zanjó Carlo Ancelotti.",
        "es",
        [("Carlo Ancelotti", "la derrota le afecte en nada")],
        id="title-tied-forward",
    ),
    pytest.param(  # negative: not across paragraphs
        "El técnico también negó que la derrota le afecte en nada.\n\n«Nadie duda de mí», zanjó Carlo Ancelotti.",
        "es",
        [("técnico", "la derrota le afecte en nada")],
        id="title-tied-forward-negative",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), INDIRECT_RULES)
def test_indirect_rules_added_for_misses(text, language, expected):
    assert [(q.speaker, q.text) for q in _quotes(text, language) if not q.direct] == expected


# Role rules added for misses of the blind set (2026-11-30): (text, language, speaker, role).
ROLE_RULES = [
    pytest.param(  # with no cue word, an age written with the name marks a private person: a witness
        "«Fue el momento más espantoso», relató Ana Cortes, de 35 años, ante su casa.",
        "es",
        "Ana Cortes",
        "witness",
        id="age-es",
    ),
    pytest.param(
        '"We lost everything," said Jose Garcia, 34, who stayed.', "en", "Jose Garcia", "witness", id="age-en"
    ),
    pytest.param(  # negative: a cue word wins over the age
        '"We are rebuilding," said Mayor Jody Jones, 62, who stayed.',
        "en",
        "Jody Jones",
        "government",
        id="age-negative-cue",
    ),
    pytest.param(  # negative: no age, no cue: unknown
        "«Fue el momento más espantoso», relató Ana Cortes.", "es", "Ana Cortes", "unknown", id="age-negative-none"
    ),
]


@pytest.mark.parametrize(("text", "language", "speaker", "role"), ROLE_RULES)
def test_role_rules_added_for_misses(text, language, speaker, role):
    assert [(q.speaker, q.role) for q in _quotes(text, language)] == [(speaker, role)]


# Known misses of the blind set, kept as rows so that a fix shows (strict: an xfail that passes fails the run).
KNOWN_MISSES = [
    pytest.param(  # fixed with the held-out3 rules: a sentence opening "Para X," (a name or a speaking title)
        "Para el abogado David Leopold, estas expresiones son «despectivas».",
        "es",
        [("David Leopold", "despectivas")],
        id="para-x-attribution",
    ),
    pytest.param(
        "«Yo pido a los comerciantes que no se aprovechen», protesta Hans Witt desde Valparaíso.",
        "es",
        [("Hans Witt", "Yo pido a los comerciantes que no se aprovechen")],
        id="noun-verb",
        marks=pytest.mark.xfail(strict=True, reason="'protesta' is read as a noun far more often than as a verb"),
    ),
    pytest.param(
        "«Estamos todos pendientes de las réplicas», dice desde Santiago Raquel Cerda Quinteros.",
        "es",
        [("Raquel Cerda Quinteros", "Estamos todos pendientes de las réplicas")],
        id="place-then-name",
        marks=pytest.mark.xfail(strict=True, reason="the name reader joins 'Santiago Raquel Cerda Quinteros'"),
    ),
    pytest.param(
        "«Mi cliente está en un limbo», dice Jannette Piñeiro. «Pensamos que hay instrucciones», considera la "
        "abogada Pineiro.",
        "es",
        [("Jannette Piñeiro", "Mi cliente está en un limbo"), ("Jannette Piñeiro", "Pensamos que hay instrucciones")],
        id="spelling-without-tilde",
        marks=pytest.mark.xfail(strict=True, reason="'Pineiro' and 'Piñeiro' are not unified (ñ is kept by fold)"),
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), KNOWN_MISSES)
def test_known_misses_of_the_blind_set(text, language, expected):
    assert [(q.speaker, q.text) for q in _quotes(text, language) if q.direct] == expected


# The second held-out set (tests/data/quotes_heldout2.json: 27 real excerpts, 23 Spanish from Spain, Colombia, Mexico,
# Argentina, Chile, Peru, Bolivia and Europa Press copy, 4 English; 130 quotations: es 63 direct + 34 indirect, en 23
# direct + 10 indirect; events in no other data file) was COMMITTED (1eed3f5) before the extractor ever ran on it;
# rules were then written from its misses (below), so only its first run is a blind measure.
# First run (2026-11-30): direct es 0.622/0.444, en 0.800/0.696; indirect es
# 0.737/0.412, en 0.600/0.600; roles of right speakers es 20/28, en 14/16. Floors ratchet: the values reached.
# After the lexicon rules for kinds of its misses (HELD_OUT2_RULES): direct es 0.694/0.540, en 0.818/0.783;
# indirect es 0.762/0.471, en 0.636/0.700; roles es 26/34, en 16/18. After the code rules
# (HELD_OUT2_CODE_RULES): direct es 0.852/0.730, en 0.909/0.870; indirect es 0.870/0.588, en 0.636/0.700;
# roles es 37/46, en 18/20.
HELD_OUT2_FLOORS = {
    ("es", True): (0.91, 0.85),  # 0.879 / 0.810 with RECALL_RULES (was 0.852 / 0.730); 0.914 / 0.841 with q11es;
    # 0.915 / 0.857 (54/59/63) with read18 (session 22: "comenzó" a verb of saying, Scaloni's "comenzó el DT")
    ("es", False): (0.91, 0.64),  # 0.875 / 0.618 with the held-out4 rules ("según dijo"; was 0.870 / 0.588); 0.917 /
    # 0.647 with q11es
    ("en", True): (0.95, 0.95),  # 0.955 / 0.913 with the held-out6 rules (a title tied forward; was 0.909 / 0.870);
    # 0.957 / 0.957 (22/23, 22/23) with q12en (session 15: a quotation opened inside its line, quote_marks._left_open)
    ("en", False): (0.80, 0.80),  # 0.800 / 0.800 with the held-out6 rules (was 0.700 / 0.700)
}
HELD_OUT2_ROLE_FLOORS = {
    "es": 0.92,  # roles22: 49/53; 44/51 with the held-out6 acronym rule (was 43/51)
    "en": 1.00,  # 21/21 with the held-out6 rules (was 18/20)
}  # es 43/51 with the held-out4 role cues (was 41/51)  # right roles / right speakers of direct quotes


@pytest.fixture(scope="module")
def held_out2():
    return run(HELD_OUT2)


@pytest.mark.parametrize("key", list(HELD_OUT2_FLOORS), ids=lambda k: f"{k[0]}-{'direct' if k[1] else 'indirect'}")
def test_second_held_out_precision_and_recall(held_out2, key):
    _check_precision_and_recall("held-out2", held_out2, key, HELD_OUT2_FLOORS)


@pytest.mark.parametrize("language", ["es", "en"])
def test_second_held_out_roles_of_right_speakers(held_out2, language):
    _check_roles("held-out2", held_out2, language, HELD_OUT2_ROLE_FLOORS)


# Rules added for misses of KINDS seen in the second held-out set (2026-11-30), in the data files
# (analysis/lexicons/sources_*.yaml): (text, language, [(speaker, statement, direct)]); each positive row is
# followed by its negative.
HELD_OUT2_RULES = [
    pytest.param(  # reporting verb "argumentó"
        "Juan Carlos Romero votó a favor. «El mercado necesita esta ley», argumentó el exgobernador.",
        "es",
        [("Juan Carlos Romero", "El mercado necesita esta ley", True)],
        id="argumento",
    ),
    pytest.param(  # negative: a verb with an object and no clause or quotation reports nothing
        "El abogado argumentó la apelación con pruebas nuevas.", "es", [], id="argumento-negative"
    ),
    pytest.param(  # reporting phrases "dejó claro que", "dio por hecho que"
        "Rigoberto Urán dejó claro que “lo importante era no caerse”.",
        "es",
        [("Rigoberto Urán", "lo importante era no caerse", True)],
        id="dejo-claro",
    ),
    pytest.param("La tormenta dejó claro el cielo de la ciudad.", "es", [], id="dejo-claro-negative"),
    pytest.param(
        "Ana Ruiz dio por hecho que el volcán seguirá activo.",
        "es",
        [("Ana Ruiz", "el volcán seguirá activo", False)],
        id="dio-por-hecho",
    ),
    pytest.param("Dio por hecho el acuerdo con los vecinos.", "es", [], id="dio-por-hecho-negative"),
    pytest.param(  # imperfect forms of listed verbs: "se preguntaba el juez", "explicaba que"
        "Luis Gil habló. «¿Para qué lo proponen?», se preguntaba el juez Ana Ruiz.",
        "es",
        [("Ana Ruiz", "¿Para qué lo proponen?", True)],
        id="preguntaba",
    ),
    pytest.param("Ana Ruiz se preguntaba si la reforma saldría.", "es", [], id="preguntaba-negative"),
    pytest.param(
        "La jueza Ana Ruiz explicaba que la sala estaba llena.",
        "es",
        [("Ana Ruiz", "la sala estaba llena", False)],
        id="explicaba",
    ),
    pytest.param("El retraso del tren se explicaba por la lluvia.", "es", [], id="explicaba-negative"),
    pytest.param(  # nouns of athletes name one speaker with no role: "El ciclista colombiano aseguró que ..."
        "El ciclista colombiano aseguró que en la contrarreloj sintió algo de miedo.",
        "es",
        [("ciclista colombiano", "en la contrarreloj sintió algo de miedo", False)],
        id="athlete-noun",
    ),
    pytest.param("El ciclista colombiano ganó la etapa que terminó en París.", "es", [], id="athlete-noun-negative"),
    pytest.param(
        "The cyclist said he felt some fear in the time trial.",
        "en",
        [("cyclist", "he felt some fear in the time trial", False)],
        id="athlete-noun-en",
    ),
    pytest.param(
        "The cyclist crossed the line that marks the end of the stage.", "en", [], id="athlete-noun-en-negative"
    ),
    pytest.param(  # "smiled", "joked" closing a quotation; "afterwards", "amid" end a speaker written after the verb
        "“He was definitely very hot today,” smiled a gracious Djokovic afterwards, amid laughter.",
        "en",
        [("Djokovic", "He was definitely very hot today", True)],
        id="smiled-afterwards",
    ),
    pytest.param("Ana Ruiz smiled at the crowd and waved.", "en", [], id="smiled-negative"),
    pytest.param(
        '"It is over," joked Luis Gil amid applause.', "en", [("Luis Gil", "It is over", True)], id="joked-amid"
    ),
    pytest.param('The crowd laughed at "the joke" all night.', "en", [], id="laughed-negative"),
    pytest.param(  # "urging ... that": a request reported
        "Lawyer Ana Ruiz spoke, urging in court papers that the sentence be short.",
        "en",
        [("Ana Ruiz", "the sentence be short", False)],
        id="urging-that",
    ),
    pytest.param("Ana Ruiz left, urging the crowd to go home.", "en", [], id="urging-negative"),
]


@pytest.mark.parametrize(("text", "language", "expected"), HELD_OUT2_RULES)
def test_rules_added_for_misses_of_the_second_held_out_set(text, language, expected):
    assert [(q.speaker, q.text, q.direct) for q in _quotes(text, language)] == expected


# Known misses of the second held-out set, kept as rows so that a fix shows (strict: an xfail that passes fails).
HELD_OUT2_KNOWN_MISSES = [
    pytest.param(
        "La Guardia Civil recorrió el barrio. «Esto no es un simulacro», es el mensaje que repiten los agentes.",
        "es",
        [("agentes", "Esto no es un simulacro", True)],
        id="message-that-they-repeat",
        marks=pytest.mark.xfail(strict=True, reason="'es el mensaje que repiten X' is no attribution pattern"),
    ),
    # "title-of-another-role" ('la economista' after 'la gobernadora') is read since q8rules: a row of
    # tests/test_quotes_rules8.py (titles._anaphoric).
    pytest.param(
        "“He was very hot today,” smiled Djokovic. “He had it all.\n“I extended the match a little bit.”",
        "en",
        [
            ("Djokovic", "He was very hot today", True),
            ("Djokovic", "He had it all", True),
            ("Djokovic", "I extended the match a little bit", True),
        ],
        id="paragraph-left-open",  # read since q12en (quote_marks._left_open: opened inside its line, the next
        # paragraph opening with a mark)
    ),
    pytest.param(
        "Mukasey spoke first.\n\nThe judge said he was “a math nerd.”\n\n“That was the game,” Kaplan said.",
        "en",
        [("Kaplan", "a math nerd", True), ("Kaplan", "That was the game", True)],
        id="title-named-paragraphs-later",
        marks=pytest.mark.xfail(strict=True, reason="a title is tied forward only to a name in its own paragraph"),
    ),
    pytest.param(
        "Rosanna Costa descartó que exista una inflación “desatada”, a propósito del incremento del IPC.",
        "es",
        [("Rosanna Costa", "exista una inflación “desatada”", False), ("Rosanna Costa", "desatada", True)],
        id="clause-end-after-quote",
        marks=pytest.mark.xfail(strict=True, reason="a reported clause runs to its sentence's end past an aside"),
    ),
    pytest.param(
        "La ministra Gloria Inés Ramírez lanzó un ultimátum de que deberían aprobar los artículos hoy.",
        "es",
        [("Gloria Inés Ramírez", "deberían aprobar los artículos hoy", False)],
        id="noun-de-que",
        marks=pytest.mark.xfail(
            strict=True, reason="a noun of speech with 'de que' ('un ultimátum de que') is no verb"
        ),
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), HELD_OUT2_KNOWN_MISSES)
def test_known_misses_of_the_second_held_out_set(text, language, expected):
    assert [(q.speaker, q.text, q.direct) for q in _quotes(text, language)] == expected


# Rules added in the CODE for misses of KINDS seen in the second held-out set (2026-11-30): (text, language,
# [(speaker, statement, direct)]); each positive row is followed by its negative.
HELD_OUT2_CODE_RULES = [
    pytest.param(  # the first of two surnames is the short form of a three-word name
        "La gobernadora Victoria Rodríguez Ceja habló en la convención. Rodríguez expuso que la inflación bajará.",
        "es",
        [("Victoria Rodríguez Ceja", "la inflación bajará", False)],
        id="paternal-surname",
    ),
    pytest.param(  # negative: with no fuller name in the article the surname stays as written
        "Rodríguez expuso que la inflación bajará.",
        "es",
        [("Rodríguez", "la inflación bajará", False)],
        id="paternal-surname-negative",
    ),
    pytest.param(  # a title when nobody has spoken yet: the person introduced before it
        "Dos personas murieron en los incendios. El presidente Evo Morales dio a conocer los casos. «Tenemos dos "
        "bajas», sostuvo el mandatario.",
        "es",
        [("Evo Morales", "Tenemos dos bajas", True)],
        id="title-person-introduced",
    ),
    pytest.param(  # negative: a name after another noun ("el colegio Pilar Momo") introduces no one
        "Muchos residentes detrás del colegio Pilar Momo perdieron sus casas. «No hemos podido sacar nada», dijo la "
        "propietaria.",
        "es",
        [("propietaria", "No hemos podido sacar nada", True)],
        id="title-person-introduced-negative",
    ),
    pytest.param(  # negative: nor a name after "de la <title>"
        "La concejal respondió a las declaraciones de la alcaldesa Claudia López.\n\n«No tenemos nada que ver», dijo.",
        "es",
        [],
        id="title-after-preposition-negative",
    ),
    pytest.param(  # an attribution with no subject when nobody has spoken yet: the person introduced before
        "Después del triunfo, Lionel Scaloni enfrentó los micrófonos.\n\nY, al respecto, añadió: «Para mí sería de "
        "gran ayuda».",
        "es",
        [("Lionel Scaloni", "Para mí sería de gran ayuda", True)],
        id="implied-person-introduced",
    ),
    pytest.param(  # negative: a quotation standing alone, with no verb, is given to no one (q8rules: the person is
        # introduced in the second sentence: a first sentence's subject is the lede's speaker, introduced._lede_subject;
        # this row's first sentence was "Después del triunfo, Lionel Scaloni enfrentó ...", negative only while the
        # accented stop word "Después" was read as a name)
        "Los jugadores celebraron el triunfo. Después, Lionel Scaloni enfrentó los micrófonos.\n\n«Para mí sería de "
        "gran ayuda»",
        "es",
        [],
        id="implied-person-introduced-negative",
    ),
    pytest.param(  # "éste" is the person named right before it, even by a surname alone
        "La fiscal Marta Durántez preguntó. Se abrazó con Rubiales y éste afirmó: «La que hemos liado».",
        "es",
        [("Rubiales", "La que hemos liado", True)],
        id="demonstrative-latter",
    ),
    pytest.param(  # negative: not a name inside an apposition ("madre de Jessica")
        "Hablaron con la señora Verónica Villaseñor, madre de Jessica, y ésta dijo: «Nos pisotean».",
        "es",
        [("Verónica Villaseñor", "Nos pisotean", True)],
        id="demonstrative-latter-negative",
    ),
    pytest.param(  # a gerund's subject is the main clause's
        "Boluarte acusó un golpe, pero Espinoza rechazó esta afirmación, señalando que las personas denunciadas "
        "suelen ponerse tensas.",
        "es",
        [("Espinoza", "las personas denunciadas suelen ponerse tensas", False)],
        id="gerund-subject",
    ),
    pytest.param(  # negative: an owner ("Bankman-Fried’s attorneys") is not the subject
        "Bankman-Fried’s attorneys had urged leniency, saying he was unlikely to re-offend.",
        "en",
        [],
        id="gerund-subject-negative",
    ),
    pytest.param(  # "que" after the verb's object opens a relative clause
        "Rosanna Costa detalló las gestiones que realizará con la Convención Constitucional.",
        "es",
        [],
        id="object-before-que",
    ),
    pytest.param(  # negative: a time between the verb and "que" is no object
        "Rosanna Costa afirmó este lunes que la inflación bajará pronto.",
        "es",
        [("Rosanna Costa", "la inflación bajará pronto", False)],
        id="object-before-que-negative",
    ),
    pytest.param(  # "que," opens a clause that starts with an aside
        "Carolina Tohá aseguró este miércoles que, a diferencia de otros años, el ambiente social es distinto.",
        "es",
        [("Carolina Tohá", "a diferencia de otros años, el ambiente social es distinto", False)],
        id="que-comma",
    ),
    pytest.param("El plan que, como el anterior, fracasó tuvo un costo alto.", "es", [], id="que-comma-negative"),
    pytest.param(  # "según" then a verb, then the source
        "El volcán podría contener 20 millones de metros cúbicos, según ha concretado el presidente canario, Ángel "
        "Víctor Torres.",
        "es",
        [("Ángel Víctor Torres", "El volcán podría contener 20 millones de metros cúbicos", False)],
        id="segun-verb",
    ),
    pytest.param("Según lo previsto, la obra terminará en mayo.", "es", [], id="segun-verb-negative"),
    pytest.param(  # an abbreviated title ("Gov.") is the same cue as the full word ("the governor")
        "Maryland Gov. Wes Moore spoke. Paul Wiedefeld said six workers were missing. "
        '"Our hearts are broken," the governor said.',
        "en",
        [("Paul Wiedefeld", "six workers were missing", False), ("Wes Moore", "Our hearts are broken", True)],
        id="abbreviated-title",
    ),
    pytest.param(  # negative: another abbreviation ("Sen.") does not tie to "the governor"
        "Sen. Ana Ruiz spoke. Paul Wiedefeld said six workers were missing. "
        '"Our hearts are broken," the governor said.',
        "en",
        [("Paul Wiedefeld", "six workers were missing", False), ("Paul Wiedefeld", "Our hearts are broken", True)],
        id="abbreviated-title-negative",
    ),
    pytest.param(  # reporting verbs "expuso", "descartó" (their statements' speakers are now read right)
        "Luis Gil expuso que la inflación bajará este año.",
        "es",
        [("Luis Gil", "la inflación bajará este año", False)],
        id="expuso",
    ),
    pytest.param("El museo expuso «Los girasoles» en marzo.", "es", [], id="expuso-negative"),
    pytest.param(
        "La ministra Ana Ruiz descartó que haya recortes este año.",
        "es",
        [("Ana Ruiz", "haya recortes este año", False)],
        id="descarto",
    ),
    pytest.param("La policía descartó la hipótesis del robo.", "es", [], id="descarto-negative"),
]


@pytest.mark.parametrize(("text", "language", "expected"), HELD_OUT2_CODE_RULES)
def test_code_rules_added_for_misses_of_the_second_held_out_set(text, language, expected):
    assert [(q.speaker, q.text, q.direct) for q in _quotes(text, language)] == expected


# Rules added for the KINDS of Spanish direct-quote misses grouped over dev, blind and held-out2 (2026-11-30,
# branch quoterecall): (text, language, [(speaker, statement, direct)]); each positive row is followed by a
# negative. Before: direct es dev 0.927/0.828, blind 0.936/0.797, held-out2 0.852/0.730.
RECALL_RULES = [
    pytest.param(  # a former holder's title ("la exministra") is a title, tied to the name written with it
        "La exministra Ana Ruiz visitó la zona. El alcalde Luis Gómez llegó después. «Hay que reconstruir», dijo la "
        "exministra.",
        "es",
        [("Ana Ruiz", "Hay que reconstruir", True)],
        id="ex-title",
    ),
    pytest.param(  # negative: a word that merely starts with "ex" names no one
        "«Hay que reconstruir», dijo el exterior del edificio.", "es", [], id="ex-title-negative"
    ),
    pytest.param(  # a name after a clause opener ("En tanto que X votó") is introduced as a clause's subject
        "Varios senadores votaron en contra. En tanto que Ana María Ruiz votó a favor. «El mercado necesita esta "
        "ley», argumentó la senadora.",
        "es",
        [("Ana María Ruiz", "El mercado necesita esta ley", True)],
        id="clause-opener-introduces",
    ),
    pytest.param(  # negative: a name after a preposition ("el plan de X") introduces no one
        "Varios senadores criticaron el plan de Ana María Ruiz. «El mercado necesita esta ley», argumentó la senadora.",
        "es",
        [("senadora", "El mercado necesita esta ley", True)],
        id="clause-opener-introduces-negative",
    ),
    pytest.param(  # a quotation with no verb after a new person is introduced as a clause's subject is theirs
        "«La obra terminará en mayo», dijo Luis Gómez. Por su parte, la senadora de Unión Cívica, Marta Sol, rechazó "
        "el plan y adelantó su voto. «Es un error».",
        "es",
        [("Luis Gómez", "La obra terminará en mayo", True), ("Marta Sol", "Es un error", True)],
        id="newcomer-goes-on",
    ),
    pytest.param(  # negative: a name with an aside ("al alcalde, X, quien ...") is no clause's subject
        "«La obra terminará en mayo», dijo Luis Gómez. Por su parte, la senadora habló con el alcalde, Pedro Sánchez, "
        "quien votó en contra. «Es un error».",
        "es",
        [("Luis Gómez", "La obra terminará en mayo", True), ("Luis Gómez", "Es un error", True)],
        id="newcomer-goes-on-negative",
    ),
    pytest.param(  # a surname's particle written with a capital ("De los") joins the name (was a known blind miss)
        "Carlos De los Cobos considera que ganaron bien. «Estoy contento con el juego», explicó el técnico.",
        "es",
        [("Carlos De los Cobos", "Estoy contento con el juego", True)],
        id="capitalised-connector",
    ),
    pytest.param(  # negative: a capital "De" opening a sentence joins nothing to the name before it
        "«Estoy contento con el juego», explicó Carlos Pérez. De los Cobos nadie habló.",
        "es",
        [("Carlos Pérez", "Estoy contento con el juego", True)],
        id="capitalised-connector-negative",
    ),
]


RECALL_RULES += [
    pytest.param(  # a surname that is an English stop word once folded ("Pagés" ~ "pages") is still a name
        "El técnico Juan Pagés habló tras el partido.\n“Estamos muy contentos por lo realizado” analizó Pagés.",
        "es",
        [("Juan Pagés", "Estamos muy contentos por lo realizado", True)],
        id="accented-surname-not-stop",
    ),
    pytest.param(  # negative: a Spanish stop word with its accent ("Dónde") is still no name
        "Cuándo llegará la ayuda, se preguntan. «Hay que esperar», dijo Dónde.", "es", [], id="accented-stop-negative"
    ),
]


RECALL_RULES += [
    pytest.param(  # words pointing back at a quotation with no attribution: the person named after them
        "«Fue un minuto eterno». Así vivió Frank Moreno el terremoto en Marrakech.",
        "es",
        [("Frank Moreno", "Fue un minuto eterno", True)],
        id="back-reference",
    ),
    pytest.param(  # (was a known miss of the second held-out set, in a paragraph of its own)
        "«Hemos tenido 29 alertas activadas»\n\nCon esas palabras la vicepresidenta Carolina Tohá informaba del "
        "temporal.",
        "es",
        [("Carolina Tohá", "Hemos tenido 29 alertas activadas", True)],
        id="back-reference-next-paragraph",
    ),
    pytest.param(
        '"It was a long minute." With these words Mayor Ana Ruiz opened the session.',
        "en",
        [("Ana Ruiz", "It was a long minute", True)],
        id="back-reference-en",
    ),
    pytest.param(  # negative: no person named before the sentence ends, no speaker
        "«Fue un minuto eterno». Así, en Marrakech, la ciudad quedó en silencio.",
        "es",
        [],
        id="back-reference-negative",
    ),
    pytest.param(  # an attribution not read that names someone else: the quotation does not continue the last speaker
        "Luis Gómez habló en el pleno.\n\n«Usted miente sobre lo que pienso», inició, así, la respuesta Pedro Sánchez.",
        "es",
        [],
        id="unread-attribution-names-another",
    ),
    pytest.param(  # negative: a name far in the clause is no subject; the quotation continues the last speaker
        "Luis Gómez habló en el pleno.\n\n«Usted miente sobre lo que pienso», ha criticado el diputado durante una "
        "jornada tensa en la Audiencia Nacional.",
        "es",
        [("Luis Gómez", "Usted miente sobre lo que pienso", True)],
        id="unread-attribution-names-another-negative",
    ),
]


RECALL_RULES += [
    pytest.param(  # an aside in brackets opening a clause ("(UxP)") is no subject; the name in apposition is
        "El senador por Formosa (UxP), José Mayans, habla en el Congreso y en minutos comenzará la votación: «Milei es "
        "un resultado de las redes».",
        "es",
        [("José Mayans", "Milei es un resultado de las redes", True)],
        id="bracket-aside",
    ),
    pytest.param(  # negative: with no name but the aside and a place after "en el", no speaker
        "El senador por Formosa (UxP) habla en el Congreso y en minutos comenzará la votación: «Milei es un "
        "resultado de las redes».",
        "es",
        [],
        id="bracket-aside-negative",
    ),
    pytest.param(  # a name after a preposition and an article before a colon ("en el Congreso:") is no speaker
        "El senador José Mayans habla en el Congreso: «Milei es un resultado de las redes».",
        "es",
        [("José Mayans", "Milei es un resultado de las redes", True)],
        id="preposition-article-colon",
    ),
    pytest.param(  # negative: a name after a title and its article still speaks
        "Llegó el turno del ministro. El ministro Luis Gómez: «Estamos listos para el domingo».",
        "es",
        [("Luis Gómez", "Estamos listos para el domingo", True)],
        id="preposition-article-colon-negative",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), RECALL_RULES)
def test_rules_added_for_kinds_of_spanish_direct_misses(text, language, expected):
    assert [(q.speaker, q.text, q.direct) for q in _quotes(text, language)] == expected


# Rules added for KINDS of misses seen in the third held-out set (tests/data/quotes_heldout3.json, first run
# 2026-11-30; tests/test_quotes_heldout3.py): (text, language, [(speaker, statement, direct)]), each positive row
# followed by its negative. None of these sentences is from the set.
HELD_OUT3_RULES = [
    pytest.param(  # a first name that is also a calendar word ("Julio", "Domingo") opens the name before a surname
        "El portavoz Julio Martínez compareció ante la prensa. «No habrá recortes», aseguró Julio Martínez.",
        "es",
        [("Julio Martínez", "No habrá recortes", True)],
        id="calendar-first-name",
    ),
    pytest.param(  # negative: a date ("el 3 de Julio") and a weekday name no one
        "El 3 de Julio Martínez compareció. Llegó el domingo. «No habrá recortes», aseguró el portavoz.",
        "es",
        [("portavoz", "No habrá recortes", True)],
        id="calendar-first-name-negative",
    ),
    pytest.param(  # a capitalised particle opens a surname inside a sentence ("afirmó De la Torre")
        "El ministro de Industria, Carlos De la Torre, visitó la planta. «Habrá más empleo», afirmó De la Torre.",
        "es",
        [("Carlos De la Torre", "Habrá más empleo", True)],
        id="capital-particle-surname",
    ),
    pytest.param(  # negative: "De" opening a sentence is a preposition, not a name
        "El ministro Carlos Ruiz habló. «Habrá más empleo», afirmó. Luego, De Madrid llegó la noticia.",
        "es",
        [("Carlos Ruiz", "Habrá más empleo", True)],
        id="capital-particle-surname-negative",
    ),
    pytest.param(  # two apostrophes open and close a quotation in some outlets' copy
        "''Vamos a ganar este partido'', dijo el entrenador Pedro Sosa.",
        "es",
        [("Pedro Sosa", "Vamos a ganar este partido", True)],
        id="doubled-apostrophes",
    ),
    pytest.param(  # negative: apostrophes inside words quote nothing
        "El club de l'Hospitalet y el d'Aro empataron, dijo el entrenador Pedro Sosa.",
        "es",
        [("Pedro Sosa", "El club de l'Hospitalet y el d'Aro empataron", False)],
        id="doubled-apostrophes-negative",
    ),
    pytest.param(  # "según" + data ("según las cifras", "según los datos") inside a reported clause: the verb's
        # subject speaks, not "las cifras el paro"
        'La ministra Ana Ruiz apuntó que según las cifras el paro "bajará este año".',
        "es",
        [("Ana Ruiz", 'según las cifras el paro "bajará este año"', False), ("Ana Ruiz", "bajará este año", True)],
        id="segun-data-not-a-speaker",
    ),
    pytest.param(  # negative: "según" + a speaker still names who speaks
        'Según la ministra Ana Ruiz, el paro "bajará este año".',
        "es",
        [("Ana Ruiz", 'el paro "bajará este año"', False), ("Ana Ruiz", "bajará este año", True)],
        id="segun-data-not-a-speaker-negative",
    ),
    pytest.param(  # negative: "según los datos" and no reporting verb: no one speaks
        'Según los datos, el paro "bajará este año".', "es", [], id="segun-data-no-verb-negative"
    ),
    pytest.param(  # a name after "en" (a venue) does not hide the person introduced before it
        "La tenista Ana Ruiz habló en rueda de prensa en Ciudad Deportiva.\n\n«Estoy lista para la final», explicó.",
        "es",
        [("Ana Ruiz", "Estoy lista para la final", True)],
        id="venue-name-skipped",
    ),
    pytest.param(  # negative: a name after "en" is no speaker itself
        "La conferencia fue en Ana Ruiz Hall.\n\n«Estoy lista para la final», explicó.",
        "es",
        [],
        id="venue-name-negative",
    ),
    pytest.param(  # since the last statement, a person who opens a clause (after a question, and past a name
        # that is an object: "de la alcaldía Benito Juárez") is who goes on, not the institution quoted before
        "El Inegi informó que hubo 30 mil viviendas menos. El diario habló con Ana Ruiz Pérez, una sobreviviente.\n"
        "¿Cómo fue el momento?\nAna estaba en el tercer piso de un edificio de la alcaldía Benito Juárez.\n«Me llamó "
        "la atención la magnitud del sismo», comentó.",
        "es",
        [
            ("Inegi", "hubo 30 mil viviendas menos", False),
            ("Ana Ruiz Pérez", "Me llamó la atención la magnitud del sismo", True),
        ],
        id="newcomer-after-question-past-object",
    ),
    pytest.param(  # negative: with no new clause subject, an object's name does not take over from the speaker
        "«Hubo 30 mil viviendas menos», informó la ministra Ana Ruiz. La reunión fue con el alcalde de la alcaldía "
        "Benito Juárez.\n«Seguiremos trabajando», comentó.",
        "es",
        [("Ana Ruiz", "Hubo 30 mil viviendas menos", True), ("Ana Ruiz", "Seguiremos trabajando", True)],
        id="newcomer-after-question-past-object-negative",
    ),
    pytest.param(  # a nationality with its article before a name is a title: the person is introduced as subject
        "El argentino Juan Pérez ganó el torneo.\n\n«Fue un partido durísimo», explicó.",
        "es",
        [("Juan Pérez", "Fue un partido durísimo", True)],
        id="demonym-title-introduces",
    ),
    pytest.param(  # negative: after a preposition ("ante el argentino X") the name is an object, no speaker
        "La final la ganó Pedro Sosa ante el argentino Juan Pérez.\n\n«Fue un partido durísimo», explicó.",
        "es",
        [],
        id="demonym-title-introduces-negative",
    ),
    pytest.param(  # an abbreviation's point ("Dr.", "Sgt.") before the name is no stop: the name after it speaks
        '"Vaccinate your children," Dr. Ann Lee said.',
        "en",
        [("Ann Lee", "Vaccinate your children", True)],
        id="abbreviation-before-name",
    ),
    pytest.param(  # negative: a quotation's own full stop still ends it; the next sentence is no attribution
        '"Vaccinate your children." Dr. Ann Lee left the room.', "en", [], id="abbreviation-before-name-negative"
    ),
    pytest.param(  # a short aside in brackets between a name and its verb ("(D-Md.)") is passed over
        '"We will pass the bill," Sen. Ann Lee (D-Md.) said.',
        "en",
        [("Ann Lee", "We will pass the bill", True)],
        id="bracket-aside",
    ),
    pytest.param(  # negative: a bracket in another sentence makes no attribution
        '"We will pass the bill." The rally (D-Md.) ended. Ann Lee said nothing.',
        "en",
        [],
        id="bracket-aside-negative",
    ),
    pytest.param(  # a quotation that opens its paragraph under a line that is only a name (and a bracket) is
        # that person's: the layout of "what the managers said" round-ups
        "What the coaches said after the games.\n\nAnn Lee (Leeds)\n\n“We were brave and we deserved the win today.”",
        "en",
        [("Ann Lee", "We were brave and we deserved the win today", True)],
        id="name-heading-above",
    ),
    pytest.param(  # negative: a name at the end of a longer line is no heading
        "What the coaches said after the games, by Ann Lee (Leeds)\n\n“We were brave and we deserved the win today.”",
        "en",
        [],
        id="name-heading-above-negative",
    ),
    pytest.param(  # a short capitalised title with function words ("Meet the Press") is a programme, not words
        '"The economy is slowing down," Ann Lee said on NBC News’ "Meet the Press."',
        "en",
        [("Ann Lee", "The economy is slowing down", True)],
        id="title-with-function-words",
    ),
    pytest.param(  # negative: a lower-case content word keeps a short quotation words spoken
        '"Stop the war now," Ann Lee said.',
        "en",
        [("Ann Lee", "Stop the war now", True)],
        id="title-with-function-words-negative",
    ),
    pytest.param(  # a reporting verb in the passive ("was announced") attributes nothing to its subject
        "Voters will decide after a police inquiry into Downing Street was announced to be “a matter of weeks”.",
        "en",
        [],
        id="passive-verb",
    ),
    pytest.param(  # negative: the same verb in the active voice attributes its quotation
        "Ann Lee announced an inquiry into the police chief, calling it “a witch hunt”.",
        "en",
        [
            ("Ann Lee", "an inquiry into the police chief", False),  # ", calling it": her next act (held-out4 rule)
            ("Ann Lee", "a witch hunt", True),
        ],
        id="passive-verb-negative",
    ),
    pytest.param(  # English writes the subject before the verb: a title after "said" opens the reported clause
        "Mayor Ann Lee spoke. Ann Lee said the police chief would “step down next week”.",
        "en",
        [
            ("Ann Lee", "the police chief would “step down next week”", False),
            ("Ann Lee", "step down next week", True),
        ],
        id="en-subject-before-title",
    ),
    pytest.param(  # negative: with no subject before the verb, the title after it still speaks
        "The police chief said he would “step down next week”.",
        "en",
        [("police chief", "he would “step down next week”", False), ("police chief", "step down next week", True)],
        id="en-subject-before-title-negative",
    ),
    pytest.param(  # a sentence opening "Para X," (in X's view), X a name or a speaking title: the quotation is X's
        'El ministro Pedro Sosa habló del brote. Para Sosa, la tendencia es de "descenso de casos".',
        "es",
        [("Pedro Sosa", "descenso de casos", True)],
        id="para-x",
    ),
    pytest.param(  # negative: "Para" + a verb or a thing ("Para ganar,", "Para el partido ... ,") names no one
        'Para ganar, el equipo necesita "un milagro". Para el partido del domingo ante Pedro Sosa, el equipo necesita "intensidad".',
        "es",
        [],
        id="para-x-negative",
    ),
    pytest.param(  # a weekday's possessive is no name ("Friday's hearing")
        'The judge spoke during Friday\'s hearing. "It has ended for the jury," the judge said.',
        "en",
        [("judge", "It has ended for the jury", True)],
        id="weekday-possessive",
    ),
    pytest.param(  # negative: a surname that is a weekday still names its person
        'Judge Ann Friday spoke at the hearing. "It has ended for the jury," Friday said.',
        "en",
        [("Ann Friday", "It has ended for the jury", True)],
        id="weekday-possessive-negative",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), HELD_OUT3_RULES)
def test_rules_added_for_kinds_of_misses_of_the_third_held_out_set(text, language, expected):
    assert [(q.speaker, q.text, q.direct) for q in _quotes(text, language)] == expected


# Role cues added for kinds of held-out3 misses (lexicons/sources_*.yaml): (text, language, speaker, role).
HELD_OUT3_ROLE_RULES = [
    pytest.param(  # a central bank's manager is an official
        "«La inflación dejó de bajar», señaló el gerente del Banco Central, Pedro Sosa.",
        "es",
        "Pedro Sosa",
        "government",
        id="central-bank-manager",
    ),
    pytest.param(  # negative: a company's manager is not
        "«La obra sigue», dijo Pedro Sosa, gerente de una constructora.",
        "es",
        "Pedro Sosa",
        "unknown",
        id="central-bank-manager-negative",
    ),
    pytest.param(  # a government's delegate ("delegada presidencial")
        "«Tenemos 24 brigadas», sostuvo la delegada presidencial, Ana Ruiz.",
        "es",
        "Ana Ruiz",
        "government",
        id="delegada",
    ),
    pytest.param(  # legislative leaders' titles
        '"The Senate is working," Majority Leader Ann Lee said.', "en", "Ann Lee", "government", id="majority-leader"
    ),
    pytest.param(  # a title ending in "General" that is a civil office, not a rank
        '"It draws no conclusions," Paymaster General Ann Lee said.',
        "en",
        "Ann Lee",
        "government",
        id="paymaster-general",
    ),
    pytest.param(  # negative: "General" alone is a rank
        '"We were ambushed," General Ann Lee said.', "en", "Ann Lee", "military_police", id="paymaster-general-negative"
    ),
    pytest.param(  # an abbreviated rank
        '"They were waiting for us," Sgt. Ann Lee said.', "en", "Ann Lee", "military_police", id="sgt"
    ),
    pytest.param(  # an agency's director, even with "Deputy" (a sheriff's rank elsewhere) before it
        '"It is very contagious," said Health Deputy Agency Director Ann Lee.',
        "en",
        "Ann Lee",
        "government",
        id="deputy-agency-director",
    ),
    pytest.param(  # negative: "whip" inside another word is no title
        '"The team played well," said Ann Lee, the club\'s whip-smart captain.',
        "en",
        "Ann Lee",
        "unknown",
        id="whip-negative",
    ),
]


@pytest.mark.parametrize(("text", "language", "speaker", "role"), HELD_OUT3_ROLE_RULES)
def test_role_rules_added_for_misses_of_the_third_held_out_set(text, language, speaker, role):
    assert [(q.speaker, q.role) for q in _quotes(text, language)] == [(speaker, role)]


# Kinds of held-out3 misses the rules do not handle yet (strict xfail: a row passing means the kind is fixed).
HELD_OUT3_KNOWN_MISSES = [
    pytest.param(
        '"We passed the budget," Majority Leader Ann Lee said. "Those days are over," the Kentucky Republican added.',
        "en",
        [
            ("Majority Leader Ann Lee", "We passed the budget", True),
            ("Majority Leader Ann Lee", "Those days are over", True),
        ],
        id="party-member-title",
        marks=pytest.mark.xfail(strict=True, reason="'the Kentucky Republican' is read as a name, not a title"),
    ),
    pytest.param(
        "La tenista Ana Ruiz destacó en rueda de prensa, este viernes en París, que hay muchas candidatas.",
        "es",
        [("Ana Ruiz", "hay muchas candidatas", False)],
        id="clause-after-asides",
        marks=pytest.mark.xfail(strict=True, reason="asides between commas separate the verb from its 'que' clause"),
    ),
    pytest.param(
        "Pedro Sosa, vecino del sector, relató lo vivido. En tanto, la pobladora Ana Ruiz ayudó a su hermano. La "
        'chilota confesó que "no hemos dormido nada".',
        "es",
        [("Ana Ruiz", "no hemos dormido nada", True)],
        id="demonym-noun-speaker",  # a known miss until q11es: a definite noun no cue describes a person
    ),  # (described._described_person; tests/test_quotes_rules11es.py)
    pytest.param(
        "El ministro de Economía, Ana Ruiz, y su par de Planificación, Pedro Sosa, hablaron. El ministro de "
        'Planificación consideró que "la obra pública crece".',
        "es",
        [("Pedro Sosa", "la obra pública crece", True)],
        id="su-par-de",
        marks=pytest.mark.xfail(strict=True, reason="'su par de X' gives no title cue; the title goes to the minister"),
    ),
    pytest.param(
        'El ministro Pedro Sosa habló de los test. Eso sí, "vamos a validarlos" antes de su uso, aclaró el ministro.',
        "es",
        [("Pedro Sosa", "vamos a validarlos", True)],
        id="verb-after-partial-quote",  # read since q9rules (postposed._closing_attribution)
    ),
    pytest.param(
        '"They were ambushed," Sgt. Ann Lee with the Fort Smith Police Department told a local station.',
        "en",
        [("Ann Lee", "They were ambushed", True)],
        id="with-the-department",  # read since q12en (frames._affiliation_then_verb)
    ),
    pytest.param(
        '"The vote is done," Ann Lee said. After the debate, Tom Ruiz stood to make a statement. He said the plan '
        'would "help everyone".',
        "en",
        [
            ("Ann Lee", "The vote is done", True),
            ("Tom Ruiz", 'the plan would "help everyone"', False),
            ("Tom Ruiz", "help everyone", True),
        ],
        id="he-after-new-subject",  # read since q9rules (a pronoun after a newly introduced subject)
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), HELD_OUT3_KNOWN_MISSES)
def test_known_misses_of_the_third_held_out_set(text, language, expected):
    assert [(q.speaker, q.text, q.direct) for q in _quotes(text, language)] == expected


# Rules added for KINDS of misses of the fourth held-out set (tests/test_quotes_heldout4.py's header), written
# from sentences made up for them, never from that set's sentences; each has a negative row.
HELD_OUT4_RULES = [
    pytest.param(  # a title whose body is a list of names closed by 'y': the person is after the list
        "«Vamos a bajar la inflación», dijo el ministro de Economía, Producción y Agricultura, Pedro Sosa.",
        "es",
        [("Pedro Sosa", "Vamos a bajar la inflación", True)],
        id="body-list-title",
    ),
    pytest.param(  # negative: a name with no 'y' after it is the person
        "«Vamos a bajar la inflación», dijo el ministro de Economía, Pedro Sosa, en Salta.",
        "es",
        [("Pedro Sosa", "Vamos a bajar la inflación", True)],
        id="body-list-title-negative",
    ),
    pytest.param(  # the list before a name written before its verb: the title goes to the person, not to 'Comercio'
        "El ministro de Industria, Comercio y Turismo, Pedro Sosa, visitó la planta. «Habrá más empleo», afirmó el ministro.",
        "es",
        [("Pedro Sosa", "Habrá más empleo", True)],
        id="body-list-before-name",
    ),
    pytest.param(  # the list closed by a colon before the person
        "El ministro de Planificación, Economía e Infraestructura: Pedro Sosa Ruiz, habló ayer. «Habrá superávit», afirmó el ministro.",
        "es",
        [("Pedro Sosa Ruiz", "Habrá superávit", True)],
        id="body-list-colon",
    ),
    pytest.param(  # a capitalised title ends where a determiner opens the next phrase ('la noche de ayer')
        "«Fue un encuentro de unidad», dijo el Presidente la noche de ayer al término de la reunión.",
        "es",
        [("Presidente", "Fue un encuentro de unidad", True)],
        id="title-run-on",
    ),
    pytest.param(  # negative: a determiner after a preposition belongs to the title
        "«Fue un encuentro de unidad», dijo la portavoz de la Cancillería.",
        "es",
        [("portavoz de la Cancillería", "Fue un encuentro de unidad", True)],
        id="title-run-on-negative",
    ),
    pytest.param(  # a colon after a title and a verb that is no reporting verb ('se adelantó:'): the title speaks
        "El ministro de Economía, Pedro Sosa, habló en la radio con el periodista Juan Gil. «¿Habrá inflación?», preguntó Gil. El ministro se adelantó: «Va a ser un índice negativo».",
        "es",
        [("Juan Gil", "¿Habrá inflación?", True), ("Pedro Sosa", "Va a ser un índice negativo", True)],
        id="colon-title",
    ),
    pytest.param(  # negative: a subject that is no speaker's title ('La ciudad') is not the speaker
        "El ministro de Economía, Pedro Sosa, habló en la radio. La ciudad se despertó: «todo destruido».",
        "es",
        [("Pedro Sosa", "todo destruido", True)],
        id="colon-title-negative",
    ),
    pytest.param(  # a labelling verb and 'como' before a quotation ('describió el caso como «...»')
        "La fiscal Ana Ruiz habló tras el juicio. La fiscal describió el caso como “uno de los más impactantes” de su carrera.",
        "es",
        [("Ana Ruiz", "uno de los más impactantes", True)],
        id="label-verb",
    ),
    pytest.param(  # negative: a document that describes speaks no quotation
        "El informe describe la zona como «un desierto».",
        "es",
        [],
        id="label-verb-negative",
    ),
    pytest.param(  # 'califica de «...»' (was a strict xfail of held-out3)
        "Un agente vio a tres hombres con una actitud que la Policía califica de «vigilante y huidiza».",
        "es",
        [("Policía", "vigilante y huidiza", True)],
        id="califica-de",
    ),
    pytest.param(  # verbs closing a quotation in Rioplatense and Andean copy ('acotó', 'arriesgó')
        "“Cada módulo nos cuesta mucho”, acotó la ministra Rosa Gutiérrez.",
        "es",
        [("Rosa Gutiérrez", "Cada módulo nos cuesta mucho", True)],
        id="closing-verb-acoto",
    ),
    pytest.param(  # negative: the verb in another sense before a quotation, its subject no speaker
        "La nueva ley acota el gasto «a lo necesario».",
        "es",
        [],
        id="closing-verb-acoto-negative",
    ),
    pytest.param(  # a continued quote: the title opening the previous sentence, not a place after it ('en Colombia')
        "El senador Pedro Sosa habló ayer.\n\nEl congresista señaló que en Colombia hay listas cerradas. “Esta reforma está descuartizada en el tránsito de las cámaras”.",
        "es",
        [
            ("Pedro Sosa", "en Colombia hay listas cerradas", False),
            ("Pedro Sosa", "Esta reforma está descuartizada en el tránsito de las cámaras", True),
        ],
        id="place-after-subject",
    ),
    pytest.param(  # negative: a name right after the opening title is still the person continued
        "La vecina María López contó lo vivido. “Fue horrible, no pudimos dormir nada en toda la noche”.",
        "es",
        [("María López", "Fue horrible, no pudimos dormir nada en toda la noche", True)],
        id="place-after-subject-negative",
    ),
    pytest.param(  # a person accompanied or addressed behind a title ('acompañando al presidente X') is not the speaker
        "El gobernador Pedro Sosa llegó. El funcionario, quien emitió su mensaje acompañando al presidente Luis Arce, dijo que el mandato es claro, “es sumar esfuerzos”.",
        "es",
        [
            ("Pedro Sosa", "el mandato es claro, “es sumar esfuerzos”", False),
            ("Pedro Sosa", "es sumar esfuerzos", True),
        ],
        id="accompanied-title",
    ),
    pytest.param(  # negative: a name after a title that opens the clause speaks
        "Acompañado por su esposa, el presidente Luis Arce dijo que el mandato es claro, «es sumar esfuerzos».",
        "es",
        [("Luis Arce", "el mandato es claro, «es sumar esfuerzos»", False), ("Luis Arce", "es sumar esfuerzos", True)],
        id="accompanied-title-negative",
    ),
    pytest.param(  # a short surname at a sentence's end keeps no point ('preguntó Gil. Todos'): 'Gil.' was a name
        "El periodista Juan Gil habló con la ministra. «¿Habrá inflación?», preguntó Gil. Todos callaron.",
        "es",
        [("Juan Gil", "¿Habrá inflación?", True)],
        id="short-surname-point",
    ),
    pytest.param(  # negative: an abbreviation keeps its point and opens the name
        '"We will rebuild," said Gov. Josh Stein.',
        "en",
        [("Josh Stein", "We will rebuild", True)],
        id="short-surname-point-negative",
    ),
    pytest.param(  # a short adjunct between the verb and its subject ('detalla en primera persona X')
        "“Salí a los pasillos a pedir ayuda”, detalla en primera persona Francisco Pérez, uno de los vecinos afectados.",
        "es",
        [("Francisco Pérez", "Salí a los pasillos a pedir ayuda", True)],
        id="adjunct-before-subject",
    ),
    pytest.param(  # negative: a name the adjunct owns ('en la casa del ministro X') is not the speaker
        "La ministra Ana Ruiz habló. «No habrá recortes», dijo en la casa del ministro Pedro Sosa.",
        "es",
        [("Ana Ruiz", "No habrá recortes", True)],
        id="adjunct-before-subject-negative",
    ),
    pytest.param(  # a capitalised word opening a sentence inside a quotation, named nowhere else, is no one
        "Hubo un incendio en el bloque. “Mi novia me despertó. Empecé a pegar voces”, relata Francisco Pérez, vecino del bloque. “Si no hubiera estado despierta, nos quemamos todos”, continúa narrando.",
        "es",
        [
            ("Francisco Pérez", "Mi novia me despertó. Empecé a pegar voces", True),
            ("Francisco Pérez", "Si no hubiera estado despierta, nos quemamos todos", True),
        ],
        id="sentence-first-word",
    ),
    pytest.param(  # negative: a surname opening a sentence, named before in full, is still the person
        "El ministro Pedro Sosa habló ayer. Sosa recordó la crisis del año pasado. «Fue muy duro para todos nosotros»",
        "es",
        [("Pedro Sosa", "Fue muy duro para todos nosotros", True)],
        id="sentence-first-word-negative",
    ),
    pytest.param(  # negative: "in X, the governor said." is a clause's subject, not an apposition of X
        'Gov. Ann Lee spoke on Monday. "We are not done," Lee said. Crews searched for survivors in Lahaina, the '
        "governor said.",
        "en",
        [("Ann Lee", "We are not done", True), ("Ann Lee", "Crews searched for survivors in Lahaina", False)],
        id="apposition-closing-sentence-negative",
    ),
    pytest.param(  # a one-word run opening the previous sentence ("Después") is no speaker (was a held-out2 xfail)
        "Después del triunfo, Lionel Scaloni enfrentó los micrófonos. «Hay que dejarlo tranquilo», comenzó el DT.",
        "es",
        [("Lionel Scaloni", "Hay que dejarlo tranquilo", True)],
        id="began-the-coach",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), HELD_OUT4_RULES)
def test_rules_added_for_kinds_of_misses_of_the_fourth_held_out_set(text, language, expected):
    assert [(q.speaker, q.text, q.direct) for q in _quotes(text, language)] == expected


# Role cues added for kinds of held-out4 misses (lexicons/sources_*.yaml, name_descriptions._after): (text, language, speaker, role).
HELD_OUT4_ROLE_RULES = [
    pytest.param(  # a scientist's trade is an expert's
        '"The signal was clear," said physicist Ann Lee.', "en", "Ann Lee", "expert", id="physicist"
    ),
    pytest.param(  # an apposition opened by an article may end its sentence
        '"The signal was clear," said Ann Lee, a co-author of the study.', "en", "Ann Lee", "expert", id="co-author"
    ),
    pytest.param(  # a party's member of parliament
        '"We will not back down," Nationals MP Ann Lee said.', "en", "Ann Lee", "government", id="party-mp"
    ),
    pytest.param(  # a health agency's director
        '"The virus is spreading," CDC Director Ann Lee said.', "en", "Ann Lee", "government", id="cdc-director"
    ),
    pytest.param(  # a central bank's chief is an official, not a police chief
        '"Inflation is falling," central bank chief Ann Lee said.',
        "en",
        "Ann Lee",
        "government",
        id="central-bank-chief",
    ),
    pytest.param(  # negative: a police chief stays police
        '"The suspect fled," police chief Ann Lee said.',
        "en",
        "Ann Lee",
        "military_police",
        id="central-bank-chief-negative",
    ),
    pytest.param(  # negative: a team's captain has no rank
        '"We played well," said Ann Lee, the club\'s captain.', "en", "Ann Lee", "unknown", id="club-captain-negative"
    ),
    pytest.param(  # Chile's regional ministerial secretary
        "«La alerta sigue vigente», dijo el seremi de Salud, Pedro Sosa.", "es", "Pedro Sosa", "government", id="seremi"
    ),
    pytest.param(  # a study's co-author
        "«La señal fue clara», dijo el físico Pedro Sosa, coautor del estudio.",
        "es",
        "Pedro Sosa",
        "expert",
        id="fisico-coautor",
    ),
    pytest.param(  # "uno de los vecinos" closing the sentence
        "«Salí a pedir ayuda», relata Pedro Sosa, uno de los vecinos afectados.",
        "es",
        "Pedro Sosa",
        "witness",
        id="uno-de-los-vecinos",
    ),
    pytest.param(  # negative: an adjunct after the name, no article opening it, is no apposition
        "«No habrá recortes», dijo Pedro Sosa, en declaraciones a la radio.",
        "es",
        "Pedro Sosa",
        "unknown",
        id="uno-de-los-vecinos-negative",
    ),
]


@pytest.mark.parametrize(("text", "language", "speaker", "role"), HELD_OUT4_ROLE_RULES)
def test_role_rules_added_for_misses_of_the_fourth_held_out_set(text, language, speaker, role):
    assert [(q.speaker, q.role) for q in _quotes(text, language)] == [(speaker, role)]


# Rules for kinds of indirect misses of the fourth held-out set (analysis/sources/indirect.py, subjects.py).
HELD_OUT4_INDIRECT_RULES = [
    pytest.param(  # Reuters' 'CLAUSE, X said on Thursday, adding ...': a time after the verb, then the next act
        "The central bank will not cut rates again this year, governor Ana Ruiz said on Thursday, adding the market had misread her comments.",
        "en",
        [("Ana Ruiz", "The central bank will not cut rates again this year", False)],
        id="inverted-said-on-day",
    ),
    pytest.param(  # negative: a verb with only a time after it and no clause before reports nothing
        "The vote was close. Ana Ruiz said on Thursday.",
        "en",
        [],
        id="inverted-said-on-day-negative",
    ),
    pytest.param(  # an agency's dateline ('LIMA, May 2 (Reuters) - ') is not part of the clause
        "LIMA, May 2 (Reuters) - The central bank will not cut rates this year, governor Ana Ruiz said.",
        "en",
        [("Ana Ruiz", "The central bank will not cut rates this year", False)],
        id="dateline",
    ),
    pytest.param(  # negative: a bracket inside the clause with no dash after it stays
        "The central bank (BCR) will not cut rates this year, governor Ana Ruiz said.",
        "en",
        [("Ana Ruiz", "The central bank (BCR) will not cut rates this year", False)],
        id="dateline-negative",
    ),
    pytest.param(  # ', adding ...' after a reported clause: the speaker's next act ends the clause
        "Central bank chief Ana Ruiz said the outlook did not permit rate cuts, adding the decision responded to global uncertainty.",
        "en",
        [("Ana Ruiz", "the outlook did not permit rate cuts", False)],
        id="gerund-next-act",
    ),
    pytest.param(  # negative: ', including ...' is inside the clause
        "Ana Ruiz said prices, including fuel and food, would rise next year.",
        "en",
        [("Ana Ruiz", "prices, including fuel and food, would rise next year", False)],
        id="gerund-next-act-negative",
    ),
    pytest.param(  # ', alegando que ...' ends the clause
        "El ministro Pedro Sosa dijo que el plan sigue en pie, alegando que habrá más fondos.",
        "es",
        [("Pedro Sosa", "el plan sigue en pie", False)],
        id="gerund-next-act-es",
    ),
    pytest.param(  # negative: ', incluyendo ...' is inside the clause
        "El ministro Pedro Sosa dijo que los precios, incluyendo el combustible, subirán el año próximo.",
        "es",
        [("Pedro Sosa", "los precios, incluyendo el combustible, subirán el año próximo", False)],
        id="gerund-next-act-es-negative",
    ),
    pytest.param(  # ', lo que generó críticas': the writer's remark on the statement ends the clause
        "El ministro Pedro Sosa dijo que el plan sigue en pie, lo que generó críticas en la oposición.",
        "es",
        [("Pedro Sosa", "el plan sigue en pie", False)],
        id="writers-remark",
    ),
    pytest.param(  # negative: ', which is ...' describes a noun inside the clause
        "The prosecutors said Samsung, which is the biggest company, should set the example for others.",
        "en",
        [("prosecutors", "Samsung, which is the biggest company, should set the example for others", False)],
        id="writers-remark-negative",
    ),
    pytest.param(  # ', así como señaló que ...': a second statement of the same speaker
        "El ministro Pedro Sosa dijo que el plan sigue en pie, así como señaló que habrá más fondos para las regiones.",
        "es",
        [("Pedro Sosa", "el plan sigue en pie", False), ("Pedro Sosa", "habrá más fondos para las regiones", False)],
        id="asi-como",
    ),
    pytest.param(  # the object of 'told' with a time after it ('told AAP on Monday') is no reported clause
        '"We are not done," Ana Ruiz told AAP on Monday.',
        "en",
        [("Ana Ruiz", "We are not done", True)],
        id="told-object",
    ),
    pytest.param(  # negative: a clause after the object is still read
        "Ana Ruiz told reporters the bank would wait until June.",
        "en",
        [("Ana Ruiz", "reporters the bank would wait until June", False)],
        id="told-object-negative",
    ),
    pytest.param(  # a time between the verb and its subject ('informó este lunes el jefe de gabinete, X')
        "Los casos de dengue superan los 70.000 en todo el país, informó este lunes el jefe de gabinete, Pedro Sosa.",
        "es",
        [("Pedro Sosa", "Los casos de dengue superan los 70.000 en todo el país", False)],
        id="lead-adverb-subject",
    ),
    pytest.param(  # negative: an agent of a participle ('organizado por el X') is not the subject
        "Los casos de dengue superan los 70.000 en todo el país, informó ayer en un foro organizado por el Banco Mundial.",
        "es",
        [],
        id="lead-adverb-subject-negative",
    ),
    pytest.param(  # negative: 'Tal como dijo X, ...' is no second statement
        "Tal como dijo el ministro Pedro Sosa en la radio, el plan sigue en pie para todas las regiones.",
        "es",
        [],
        id="asi-como-negative",
    ),
    pytest.param(  # a sentence adverb before a title ('Finalmente, el fiscal indicó') is no name
        "El fiscal Pedro Sosa habló con la prensa. Finalmente, el fiscal indicó que la condena será determinada en una audiencia.",
        "es",
        [("Pedro Sosa", "la condena será determinada en una audiencia", False)],
        id="sentence-adverb-before-title",
    ),
    pytest.param(  # negative: a first name before the title still is ('Yanina, una de las vecinas relató')
        "Yanina, una de las vecinas relató que el agua llegó al techo de la casa.",
        "es",
        [("Yanina", "el agua llegó al techo de la casa", False)],
        id="sentence-adverb-before-title-negative",
    ),
    pytest.param(  # negative: a first name opening the previous sentence is still the person a quote continues
        "Yanina caminaba por la plaza cuando tembló. «Fue una sensación horrible, nunca la olvidaré»",
        "es",
        [("Yanina", "Fue una sensación horrible, nunca la olvidaré", True)],
        id="continued-quote-first-name",
    ),
    pytest.param(  # 'según dijo, ...': a reporting verb after 'según' with no source named: the last speaker
        "La ministra Ana Ruiz visitó Lima. En la capital, según dijo, el ministerio instala siete módulos en los hospitales.",
        "es",
        [("Ana Ruiz", "el ministerio instala siete módulos en los hospitales", False)],
        id="segun-dijo",
    ),
    pytest.param(  # negative: 'Según datos oficiales, ...' names no speaker
        "La ministra Ana Ruiz visitó Lima. Según datos oficiales, el ministerio instala siete módulos en los hospitales.",
        "es",
        [],
        id="segun-dijo-negative",
    ),
    pytest.param(  # a short opening phrase ('Respecto al cepo, X contó') is no reported clause
        "Respecto al cepo, Pedro Sosa contó al periodista Juan Gil, en Radio Mitre que «está mucho más cerca que lejos».",
        "es",
        [("Pedro Sosa", "está mucho más cerca que lejos", True)],
        id="opening-phrase-not-clause",
    ),
    pytest.param(  # negative: a short clause with a verb before 'X said' still is
        "The cuts will come in June, Ana Ruiz said.",
        "en",
        [("Ana Ruiz", "The cuts will come in June", False)],
        id="opening-phrase-not-clause-negative",
    ),
    pytest.param(  # '... fue X, quien pidió ...': a relative clause, no inverted attribution
        "Otro senador que se apartó de la votación fue Pedro Sosa, quien pidió al partido ser independiente.",
        "es",
        [],
        id="relative-after-name",
    ),
    pytest.param(  # negative: 'CLAUSE, sostuvo X' is
        "La reforma no representa a los verdes, sostuvo Pedro Sosa, senador del partido.",
        "es",
        [("Pedro Sosa", "La reforma no representa a los verdes", False)],
        id="relative-after-name-negative",
    ),
    pytest.param(  # a plural verb with no subject ('acusaron que') is a group, not the last speaker
        "El ministro Pedro Sosa habló ayer. Además, acusaron que para el próximo año los recursos serán menores.",
        "es",
        [],
        id="plural-verb-implied",
    ),
    pytest.param(  # negative: the singular verb goes on with the last speaker
        "El ministro Pedro Sosa habló ayer. Además, acusó que para el próximo año los recursos serán menores.",
        "es",
        [("Pedro Sosa", "para el próximo año los recursos serán menores", False)],
        id="plural-verb-implied-negative",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), HELD_OUT4_INDIRECT_RULES)
def test_indirect_rules_added_for_kinds_of_misses_of_the_fourth_held_out_set(text, language, expected):
    assert [(q.speaker, q.text, q.direct) for q in _quotes(text, language)] == expected


# Kinds of held-out4 misses the rules do not handle yet (strict xfail: a row passing means the kind is fixed).
HELD_OUT4_KNOWN_MISSES = [
    pytest.param(
        "Los gobernadores cerraron filas con el Gobierno de Luis Arce. «Fue un encuentro de unidad», dijo el Presidente.",
        "es",
        [("Luis Arce", "Fue un encuentro de unidad", True)],
        id="untied-title-body-name",
        marks=pytest.mark.xfail(
            strict=True, reason="'Gobierno de Luis Arce' is one run: no person to tie the title to"
        ),
    ),
    pytest.param(
        "El presidente del Senado, Iván Name, habló en el pleno. «Nadie lo va a tumbar», aseveró Name.",
        "es",
        [("Iván Name", "Nadie lo va a tumbar", True)],
        id="stopword-surname",
        marks=pytest.mark.xfail(strict=True, reason="a surname that is an English stop word ('Name') is cut off"),
    ),
    pytest.param(
        "Mientras, el técnico Pedro Sosa se retiró del estadio con un lacónico «dejen de molestar».",
        "es",
        [("Pedro Sosa", "dejen de molestar", True)],
        id="con-un-laconico",  # read since qembed (session 13): the person opening the sentence speaks it
    ),
    pytest.param(
        "A new paper led by Ann Lee from the University of Otago, New Zealand claims that the study is riddled with "
        "errors.",
        "en",
        [("Ann Lee", "the study is riddled with errors", False)],
        id="place-after-comma-subject",
        marks=pytest.mark.xfail(strict=True, reason="a place locating the name before it is read as the subject"),
    ),
    pytest.param(
        "El presidente Pedro Sosa habló ayer. La Oficina del Presidente emitió un comunicado destacando la «baja de "
        "la inflación».",
        "es",
        [("Oficina del Presidente", "baja de la inflación", True)],
        id="statement-of-an-office",
        marks=pytest.mark.xfail(
            strict=True, reason="a statement's words go to the person named before, not the office"
        ),
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), HELD_OUT4_KNOWN_MISSES)
def test_known_misses_of_the_fourth_held_out_set(text, language, expected):
    assert [(q.speaker, q.text, q.direct) for q in _quotes(text, language)] == expected


# Rules added for KINDS of misses seen in the fifth held-out set's blind run (tests/test_quotes_heldout5.py), each
# from sentences written here, never from that set: (text, language, [(speaker, quotation, direct)]), each rule's
# rows followed by its negative.
HELD_OUT5_RULES = [
    pytest.param(  # "avanzó" reports (lexicons/sources_es.yaml verbs)
        "«Habrá más fondos», avanzó el ministro de Hacienda, Pedro Sosa.",
        "es",
        [("Pedro Sosa", "Habrá más fondos", True)],
        id="verb-avanzo",
    ),
    pytest.param(  # "había anticipado que": a pluperfect of a new verb
        "El alcalde Pedro Sosa había anticipado que «no habrá cortes de agua este verano».",
        "es",
        [("Pedro Sosa", "no habrá cortes de agua este verano", True)],
        id="verb-anticipado",
    ),
    pytest.param(  # negative: the same verbs with no statement
        "El proyecto avanzó en el Senado y anticipó un debate largo.",
        "es",
        [],
        id="verb-avanzo-negative",
    ),
    pytest.param(  # negative: the impersonal present "se anticipa que" is not listed (nobody speaks)
        "En la Cámara se anticipa que el partido votará en contra.",
        "es",
        [],
        id="verb-anticipa-impersonal-negative",
    ),
    pytest.param(  # an agency glued to the speaker's name is the medium spoken to (names._agency_lead)
        "«No hay camas suficientes», dijo a Reuters Ana Ruiz, una enfermera del hospital.",
        "es",
        [("Ana Ruiz", "No hay camas suficientes", True)],
        id="agency-glued",
    ),
    pytest.param(  # "a la agencia EFE" as a media frame, the agency glued to the name after it
        "«No hay camas suficientes», dijo a la agencia EFE Ana Ruiz, enfermera del hospital.",
        "es",
        [("Ana Ruiz", "No hay camas suficientes", True)],
        id="agency-frame-glued",
    ),
    pytest.param(  # negative: the agency alone is no speaker; the person named before goes on
        "La ministra Ana Ruiz visitó el hospital. «No hay camas suficientes», dijo a la agencia EFE.",
        "es",
        [("Ana Ruiz", "No hay camas suficientes", True)],
        id="agency-frame-negative",
    ),
    pytest.param(  # negative: a person spoken to is not cut like an agency
        "«No hay camas suficientes», dijo a Pedro Sosa la ministra Ana Ruiz.",
        "es",
        [("Ana Ruiz", "No hay camas suficientes", True)],
        id="agency-glued-negative",
    ),
    pytest.param(  # a channel between the verb and the speaker ("en un mensaje en Twitter")
        "«Votaremos en contra», informó en un mensaje en Twitter el diputado Pedro Sosa.",
        "es",
        [("Pedro Sosa", "Votaremos en contra", True)],
        id="channel-frame",
    ),
    pytest.param(
        "«Votaremos en contra», dijo en Twitter la senadora Ana Ruiz.",
        "es",
        [("Ana Ruiz", "Votaremos en contra", True)],
        id="channel-frame-short",
    ),
    pytest.param(  # negative: a place after "en" with no speaker after it: the person named before goes on
        "La ministra Ana Ruiz visitó la zona. «No hay camas suficientes», dijo en Bruselas.",
        "es",
        [("Ana Ruiz", "No hay camas suficientes", True)],
        id="channel-frame-negative",
    ),
    pytest.param(  # a double prime closing a quotation (quote_marks.RE_QUOTE)
        "“We will rebuild the bridge,″ said Mayor John Clark.",
        "en",
        [("John Clark", "We will rebuild the bridge", True)],
        id="double-prime-close",
    ),
    pytest.param(  # negative: a double prime inside «» is an inch mark, the quotation goes on
        "«La pantalla de 6″ es pequeña», dijo Ana Ruiz.",
        "es",
        [("Ana Ruiz", "La pantalla de 6″ es pequeña", True)],
        id="double-prime-negative",
    ),
    pytest.param(  # a curly opening closed by a straight mark after a comma, then a straight pair closed by ”
        '“We have been counting the votes all day," says Ann Lee. "We think we won.”',
        "en",
        [("Ann Lee", "We have been counting the votes all day", True), ("Ann Lee", "We think we won", True)],
        id="mixed-marks",
    ),
    pytest.param(  # negative: straight marks inside a curly quotation, no punctuation before them, stay inside
        '“He called it "a farce" and left,” said Ann Lee.',
        "en",
        [("Ann Lee", 'He called it "a farce" and left', True)],
        id="mixed-marks-negative",
    ),
    pytest.param(  # a topic before a colon ("On X:") is not who speaks: the last speaker goes on (topic_openers)
        'Ann Lee, the coach, spoke after the game.\n"We were poor today," she said.\nOn John Clark: “He is a good player.”',
        "en",
        [("Ann Lee", "We were poor today", True), ("Ann Lee", "He is a good player", True)],
        id="topic-colon",
    ),
    pytest.param(
        "El técnico Pedro Sosa habló tras el partido.\nSobre Juan Pérez: «Es un gran jugador».",
        "es",
        [("Pedro Sosa", "Es un gran jugador", True)],
        id="topic-colon-es",
    ),
    pytest.param(  # negative: a name opening the line, the topic after it: the name speaks
        "Coach Ann Lee spoke after the game.\nJohn Clark on the coach: “She is a good coach.”",
        "en",
        [("John Clark", "She is a good coach", True)],
        id="topic-colon-negative",
    ),
    pytest.param(  # a capitalised title later in the text stands for the person named with it (person_titles)
        "El subsecretario del Interior, Pedro Sosa, visitó la zona. «No hay camas suficientes», dijo el Subsecretario.",
        "es",
        [("Pedro Sosa", "No hay camas suficientes", True)],
        id="capitalised-title-tie",
    ),
    pytest.param(
        "El diputado opositor Pedro Sosa visitó la zona. «No votaremos el presupuesto», afirmó el Legislador.",
        "es",
        [("Pedro Sosa", "No votaremos el presupuesto", True)],
        id="capitalised-description-tie",
    ),
    pytest.param(
        'The coach, John Clark, spoke after the match. "We were poor today," said the Coach.',
        "en",
        [("John Clark", "We were poor today", True)],
        id="capitalised-coach-tie",
    ),
    pytest.param(  # negative: nobody named with the title: the title is the speaker
        "«Habrá más fondos», dijo el Subsecretario.",
        "es",
        [("Subsecretario", "Habrá más fondos", True)],
        id="capitalised-title-negative",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), HELD_OUT5_RULES)
def test_rules_added_for_kinds_of_misses_of_the_fifth_held_out_set(text, language, expected):
    assert [(q.speaker, q.text, q.direct) for q in _quotes(text, language)] == expected


HELD_OUT5_KNOWN_MISSES = [
    pytest.param(
        '“He said "no." Then he left,” said Ann Lee.',
        "en",
        [("Ann Lee", 'He said "no." Then he left', True)],
        id="straight-inside-curly-after-point",
        marks=pytest.mark.xfail(strict=True, reason="a straight mark after a point and before a space closes “"),
    ),
    pytest.param(
        "Brighton manager Ann Lee speaking to Sky Sports: “It is not an ideal start.”",
        "en",
        [("Ann Lee", "It is not an ideal start.", True)],
        id="club-title-speaking-to",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the quotation's final point is left out (the speaker, Ann Lee, is read since q9rules' framed "
            "speaker: tests/test_quotes_rules9.py)",
        ),
    ),
    pytest.param(
        "A senior minister from the ruling Labour Party said: “We will rebuild the bridge.”",
        "en",
        [("senior minister", "We will rebuild the bridge.", True)],
        id="party-after-from",
        marks=pytest.mark.xfail(strict=True, reason="the party after 'from the ruling' is read as the speaker"),
    ),
    pytest.param(
        "La ministra Ana Ruiz visitó la zona. «No hay camas suficientes», dijo en Bruselas Pedro Sosa, su asesor.",
        "es",
        [("Pedro Sosa", "No hay camas suficientes", True)],
        id="place-glued-to-name",
        marks=pytest.mark.xfail(strict=True, reason="'Bruselas Pedro Sosa' is one run: a place glued to the name"),
    ),
    pytest.param(
        "La ministra Ana Ruiz habló con el diputado Pedro Sosa. «Habrá más fondos», dijo la Ministra.",
        "es",
        [("Ana Ruiz", "Habrá más fondos", True)],
        id="title-tie-later-name",
        marks=pytest.mark.xfail(strict=True, reason="the title is tied to the later name of the sentence before"),
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), HELD_OUT5_KNOWN_MISSES)
def test_known_misses_of_the_fifth_held_out_set(text, language, expected):
    assert [(q.speaker, q.text, q.direct) for q in _quotes(text, language)] == expected


# Role cues added for kinds of held-out5 role misses (lexicons/sources_*.yaml roles; name_descriptions._before drops the agency
# spoken to): (text, language, speaker, role).
HELD_OUT5_ROLE_RULES = [
    pytest.param(
        "«No hay camas», dijo Ana Ruiz, una enfermera del hospital.", "es", "Ana Ruiz", "witness", id="nurse-es"
    ),
    pytest.param(
        '"We ran out of beds," said Ann Lee, a nurse at the hospital.', "en", "Ann Lee", "witness", id="nurse-en"
    ),
    pytest.param(
        "«Es un rito antiguo», explicó el antropólogo Pedro Sosa.", "es", "Pedro Sosa", "expert", id="anthropologist"
    ),
    pytest.param(
        '"It is an old rite," said anthropologist Ann Lee.', "en", "Ann Lee", "expert", id="anthropologist-en"
    ),
    pytest.param("La Presidencia informó que «no habrá cambios».", "es", "Presidencia", "government", id="presidencia"),
    pytest.param(
        '"We will fight this," Opposition Leader Ann Lee said.', "en", "Ann Lee", "government", id="opposition-leader"
    ),
    pytest.param(  # the agency spoken to is not the speaker's trade
        "«No hay camas», dijo a Reuters Ana Ruiz.", "es", "Ana Ruiz", "unknown", id="agency-spoken-to-no-role"
    ),
    pytest.param(  # negative: a word near a cue is no cue ("nursery" is not "nurse")
        '"We ran out of beds," said Ann Lee, who runs a nursery.', "en", "Ann Lee", "unknown", id="nursery-negative"
    ),
    pytest.param(  # negative: a verb of farming is no farmer's cue
        '"The crops are gone," said Ann Lee, who farms near the river.', "en", "Ann Lee", "unknown", id="farms-negative"
    ),
]


@pytest.mark.parametrize(("text", "language", "speaker", "role"), HELD_OUT5_ROLE_RULES)
def test_role_rules_added_for_misses_of_the_fifth_held_out_set(text, language, speaker, role):
    assert [(q.speaker, q.role) for q in _quotes(text, language)] == [(speaker, role)]


# Rules added for kinds of misses of the sixth held-out set (tests/data/quotes_heldout6.json, after its blind run).
HELD_OUT6_RULES = [
    pytest.param(  # only adverbs before the verb ("Por último", lexicons/sources_es.yaml adverbs): the last speaker
        "La ministra Ana Ruiz habló en el Senado. «Habrá fondos», afirmó. Por último reconoció: «El año fue duro».",
        "es",
        [("Ana Ruiz", "Habrá fondos", True), ("Ana Ruiz", "El año fue duro", True)],
        id="adverb-opener-por-ultimo",
    ),
    pytest.param(
        "El alcalde Luis Gil visitó el barrio. «Habrá agua», dijo. A continuación explicó: «Las obras terminan hoy».",
        "es",
        [("Luis Gil", "Habrá agua", True), ("Luis Gil", "Las obras terminan hoy", True)],
        id="adverb-opener-a-continuacion",
    ),
    pytest.param(  # negative: a name after the opener is who speaks, not the last speaker
        "La ministra Ana Ruiz habló en el Senado. «Habrá fondos», afirmó. Más tarde Luis Gil reconoció: «No alcanza».",
        "es",
        [("Ana Ruiz", "Habrá fondos", True), ("Luis Gil", "No alcanza", True)],
        id="adverb-opener-then-name-negative",
    ),
    pytest.param(  # negative: a title after the opener
        "La ministra Ana Ruiz habló. «Habrá fondos», afirmó. Por último el alcalde Luis Gil reconoció: «No alcanza».",
        "es",
        [("Ana Ruiz", "Habrá fondos", True), ("Luis Gil", "No alcanza", True)],
        id="adverb-opener-then-title-negative",
    ),
    pytest.param(  # an office glued to the name (lexicons/sources_es.yaml office_words): the person, not the office
        "«Este problema se ha tornado político», dijo el ministro de Educación Edgar Pary.",
        "es",
        [("Edgar Pary", "Este problema se ha tornado político", True)],
        id="office-glued-to-name-after",
    ),
    pytest.param(
        "La secretaria de Salud Pública Ana María Ruiz dijo que la vacuna llegará en marzo.",
        "es",
        [("Ana María Ruiz", "la vacuna llegará en marzo", False)],
        id="office-glued-to-name-indirect",
    ),
    pytest.param(  # introduced with the office glued, then a verb with no subject: the person introduced
        "El ministro de Educación Edgar Pary pidió diálogo.\n\n«Este problema se ha tornado político», dijo.",
        "es",
        [("Edgar Pary", "Este problema se ha tornado político", True)],
        id="office-glued-to-name-introduced",
    ),
    pytest.param(  # negative: an office's words alone stay one name (the body speaks)
        "«Los pagos siguen», informó Seguridad Social.",
        "es",
        [("Seguridad Social", "Los pagos siguen", True)],
        id="office-alone-negative",
    ),
    pytest.param(  # negative: one word after the office is no person's full name, the run is kept
        "«Hay fondos», dijo Hacienda Central.",
        "es",
        [("Hacienda Central", "Hay fondos", True)],
        id="office-and-one-word-negative",
    ),
    # A sentence's first word, capitalised and named nowhere else, is no speaker: an adverb ("Asimismo,
    # manifestó que") or a reporting verb with its subject unwritten ("Insistió en que") (name_context._sentence_word).
    pytest.param(
        "El rector Fernando Barrios habló en Arequipa.\n\nAsimismo, manifestó que informó del caso a la Asamblea.",
        "es",
        [("Fernando Barrios", "informó del caso a la Asamblea", False)],
        id="sentence-adverb-not-a-name",
    ),
    pytest.param(
        "El dirigente Francisco Jiménez habló. Insistió en que el Gobierno fue electo. «Es más, tiene voluntad "
        "política para afrontar los problemas», mencionó.",
        "es",
        [("Francisco Jiménez", "Es más, tiene voluntad política para afrontar los problemas", True)],
        id="sentence-verb-not-a-name",
    ),
    pytest.param(  # negative: a surname alone before the comma is still who speaks
        "El rector Fernando Barrios habló en Arequipa.\n\nMacri, manifestó que informó del caso a la Asamblea.",
        "es",
        [("Macri", "informó del caso a la Asamblea", False)],
        id="surname-before-comma-negative",
    ),
    # Nobody named and nobody has spoken yet: a verb with no subject is the title introduced as a sentence's
    # subject in the sentences before it (introduced._title_introduced_before).
    pytest.param(
        "El entrenador no ocultó su felicidad. «El mérito ha sido de los futbolistas», aseguró.",
        "es",
        [("entrenador", "El mérito ha sido de los futbolistas", True)],
        id="title-introduced-opening",
    ),
    pytest.param(
        "El presidente del Banco Central habló ayer en Rosario.\nPor otro lado, manifestó: «No hemos llegado de la "
        "forma planeada».",
        "es",
        [("presidente del Banco Central", "No hemos llegado de la forma planeada", True)],
        id="title-introduced-next-paragraph",
    ),
    pytest.param(
        "Así lo expresó la presidenta del Banco Central, quien además, reconoció que la inflación fue «muy elevada».",
        "es",
        [
            ("presidenta del Banco Central", "la inflación fue «muy elevada»", False),
            ("presidenta del Banco Central", "muy elevada", True),
        ],
        id="title-introduced-after-verb",
    ),
    pytest.param(  # negative: a group's title is no one speaker
        "Los vecinos no ocultaron su enfado. «Fue un desastre para todos», aseguró.",
        "es",
        [],
        id="title-introduced-plural-negative",
    ),
    pytest.param(  # negative: a subject that is no speaker's title
        "La ciudad quedó a oscuras. «Fue un desastre para todos», aseguró.",
        "es",
        [],
        id="title-introduced-not-a-speaker-negative",
    ),
    pytest.param(  # negative: a person named in between: the title is not guessed over them
        "El entrenador no ocultó su felicidad. El hincha Pedro Sosa llegó tarde. «Fue un mérito de todos», aseguró.",
        "es",
        [("Pedro Sosa", "Fue un mérito de todos", True)],
        id="title-introduced-name-between-negative",
    ),
    # A closing mark that is the first mark of its paragraph (quote_marks._unopened): the opening mark was lost.
    pytest.param(  # with an attribution after it, the paragraph up to the mark is the quotation
        "El concejal Luis Gil habló en la sesión.\n\nUna vez más sin consultar con este consejo, las decisiones se "
        "toman sin nosotros”, dijo Gil.",
        "es",
        [("Luis Gil", "Una vez más sin consultar con este consejo, las decisiones se toman sin nosotros", True)],
        id="lost-opening-mark-attributed",
    ),
    pytest.param(  # the paragraph after one that ran open is the same quotation (its second opening mark lost)
        "Ana Ruiz, ministra del Interior: “Para hoy está planificado despejar las rutas.\nSi no atienden al "
        "llamado, tendremos que despejar”.",
        "es",
        [
            (
                "Ana Ruiz",
                "Para hoy está planificado despejar las rutas.\nSi no atienden al llamado, tendremos que despejar",
                True,
            )
        ],
        id="lost-second-opening-mark",
    ),
    pytest.param(  # negative: no attribution and no open paragraph before: a stray mark makes no quotation
        "El concejal Luis Gil habló en la sesión.\n\nUna vez más sin consultar con este consejo, las decisiones se "
        "toman sin nosotros”.",
        "es",
        [],
        id="lost-opening-mark-unattributed-negative",
    ),
    pytest.param(  # negative: a quotation opened after its speaker's colon is not run on into another's
        "Ana Ruiz, ministra del Interior: “Para hoy está planificado despejar las rutas.\n\nLuego se verá qué pasa "
        "con los bloqueos”, dijo un vecino.",
        "es",
        [
            ("Ana Ruiz", "Para hoy está planificado despejar las rutas", True),
            ("vecino", "Luego se verá qué pasa con los bloqueos", True),
        ],
        id="lost-opening-mark-other-speaker-negative",
    ),
    # Reporting verbs of held-out6 misses (lexicons/sources_es.yaml verbs).
    pytest.param(
        "«Es más, tiene voluntad política», mencionó el dirigente Francisco Jiménez.",
        "es",
        [("Francisco Jiménez", "Es más, tiene voluntad política", True)],
        id="verb-menciono",
    ),
    pytest.param(
        "«¿Puede explicarme los detalles de ese mensaje?», ha inquirido la portavoz Ana Ruiz.",
        "es",
        [("Ana Ruiz", "¿Puede explicarme los detalles de ese mensaje?", True)],
        id="verb-ha-inquirido",
    ),
    pytest.param(  # negative: a verb of saying nothing ("no profundizó") is not added
        "Sobre el traslado de pacientes, Illa no profundizó en exceso.",
        "es",
        [],
        id="no-profundizo-negative",
    ),
    # A clitic standing for the quotation before, then a reporting verb and a name (lexicons back_clitics).
    pytest.param(
        "«Habrá nueva novela, pero no puedo adelantar nada». Lo aseguraba este martes María Dueñas antes de subir "
        "al escenario. Y añadía: «Busco una novela que me envuelva».",
        "es",
        [
            ("María Dueñas", "Habrá nueva novela, pero no puedo adelantar nada", True),
            ("María Dueñas", "Busco una novela que me envuelva", True),
        ],
        id="back-clitic-lo-verb",
    ),
    pytest.param(  # negative: "Lo" with no reporting verb after it points at nothing said
        "«Habrá nueva novela, pero no puedo adelantar nada». Lo cierto es que María Dueñas subió al escenario.",
        "es",
        [],
        id="back-clitic-no-verb-negative",
    ),
    # "según X" after a quotation (postposed._postposed): X speaks when X is a name or a speaker's title.
    pytest.param(
        "«Habrá contactos con Washington», según el portavoz del Kremlin, Dmitri Peskov.",
        "es",
        [("Dmitri Peskov", "Habrá contactos con Washington", True)],
        id="postposed-segun",
    ),
    pytest.param(  # negative: data are no speaker
        "La cifra es «muy elevada» en el mes, según los datos del mercado.",
        "es",
        [],
        id="postposed-segun-data-negative",
    ),
    # Two quotations joined by "y" before one attribution are both its speaker's (direct.RE_CHAIN).
    pytest.param(
        "Permite tener «escritores más conocidos» y «aumentar el listado de autores», dijo a EFE Nicolás Melini.",
        "es",
        [
            ("Nicolás Melini", "escritores más conocidos", True),
            ("Nicolás Melini", "aumentar el listado de autores", True),
        ],
        id="chain-with-y",
    ),
    pytest.param(  # negative: a quotation joined by "y" to a quotation with no attribution gets none
        "Es un festival «crítico» y «sin miedo» para los autores invitados.",
        "es",
        [],
        id="chain-with-y-unattributed-negative",
    ),
    # "in X's view" after an opening phrase ("Sin embargo, para X, ...", preposed.RE_IN_VIEW_OF).
    pytest.param(
        "Sin embargo, para Daniel Sánchez, esta novela es «la mejor de sus películas».",
        "es",
        [("Daniel Sánchez", "la mejor de sus películas", True)],
        id="in-view-of-after-opening-phrase",
    ),
    pytest.param(  # negative: "para" with a purpose, no comma after the name
        "Sin embargo, para Daniel Sánchez la gala fue «la mejor de sus noches».",
        "es",
        [],
        id="in-view-of-purpose-negative",
    ),
    # An adjunct with "por" between the verb and the name (subject_after.RE_ADJUNCT).
    pytest.param(
        "«Viva la diversidad en el cine», expresó por la misma vía Gerardo Trejoluna.",
        "es",
        [("Gerardo Trejoluna", "Viva la diversidad en el cine", True)],
        id="adjunct-por",
    ),
    # A relative clause with commas between the name and its verb (subjects.RE_RELATIVE_APPOSITION).
    pytest.param(
        "La directora Mabel Lozano habló. Lozano, que quizá fue la más aplaudida, por su compromiso, aseguró que "
        "utiliza el cine «como una herramienta social».",
        "es",
        [
            ("Mabel Lozano", "utiliza el cine «como una herramienta social»", False),
            ("Mabel Lozano", "como una herramienta social", True),
        ],
        id="relative-with-commas",
    ),
    # A person introduced after a title in a new paragraph goes on after another speaker (speakers.
    # _titled_in_new_paragraph); "Momentos" opening a sentence is no name (lexicons not_names).
    pytest.param(
        "«Habrá nueva novela», dijo la escritora María Dueñas.\n\nEstá también la directora Mabel Lozano, que "
        "recogió el premio. Momentos antes, confesaba que prepara un documental.",
        "es",
        [("María Dueñas", "Habrá nueva novela", True), ("Mabel Lozano", "prepara un documental", False)],
        id="titled-newcomer-new-paragraph",
    ),
    pytest.param(  # negative: in the same paragraph, a name after a title is not a new speaker
        "«Habrá nueva novela», dijo la escritora María Dueñas. Está también la directora Mabel Lozano, que "
        "recogió el premio. Momentos antes, confesaba que prepara un documental.",
        "es",
        [("María Dueñas", "Habrá nueva novela", True), ("María Dueñas", "prepara un documental", False)],
        id="titled-newcomer-same-paragraph-negative",
    ),
    # A name after a noun of a place or building (lexicons place_nouns) is no speaker.
    pytest.param(
        "El hospital Luis Gil Pérez se mantuvo militarizado. «No vamos a aceptar ningún tipo de sanción».",
        "es",
        [],
        id="building-name-not-a-speaker",
    ),
    pytest.param(  # negative: a speaker's noun before the name
        "El médico Luis Gil Pérez se mantuvo en su puesto. «No vamos a aceptar ningún tipo de sanción».",
        "es",
        [("Luis Gil Pérez", "No vamos a aceptar ningún tipo de sanción", True)],
        id="building-name-speaker-noun-negative",
    ),
    pytest.param(  # a coordinator is a speaker's noun (lexicons speaker_nouns)
        "El portavoz Luis Gil habló. «Rechazamos la militarización», protestó la coordinadora del Comité, Ana Ruiz.",
        "es",
        [("Ana Ruiz", "Rechazamos la militarización", True)],
        id="coordinator-speaks",
    ),
    # "CLAUSE, verb TITLE": a title whose head noun is no speaker's is the verb's object (indirect._speaker_head).
    pytest.param(
        "El alcalde de Paraíso, Luis Gil, calificó la notificación del Ministerio de Salud como sorpresiva.",
        "es",
        [],
        id="object-title-not-a-speaker",
    ),
    pytest.param(  # negative: a speaker's head noun
        "La inflación bajará en el segundo semestre del año, dijo la ministra de Economía.",
        "es",
        [("ministra de Economía", "La inflación bajará en el segundo semestre del año", False)],
        id="object-title-speaker-head-negative",
    ),
    # A title that stood for nobody named goes to a surname alone, never introduced, that speaks next in a later
    # paragraph with no other speaker between (titles._tie_forward).
    pytest.param(
        "El economista, sostuvo que el aumento no llegó a impactar en la inflación.\n«La política económica nunca "
        "hizo algo para bajarla», precisó.\nCaamaño, aseguró que va a ser difícil escapar del 6% de inflación.",
        "es",
        [
            ("Caamaño", "el aumento no llegó a impactar en la inflación", False),
            ("Caamaño", "La política económica nunca hizo algo para bajarla", True),
            ("Caamaño", "va a ser difícil escapar del 6% de inflación", False),
        ],
        id="title-tied-forward-to-bare-surname",
    ),
    pytest.param(  # negative: another speaker between
        "El economista, sostuvo que el aumento no llegó a impactar en la inflación.\nLa ministra Ana Ruiz dijo que "
        "habrá fondos para todos los jubilados.\nCaamaño, aseguró que va a ser difícil escapar del 6% de inflación.",
        "es",
        [
            ("economista", "el aumento no llegó a impactar en la inflación", False),
            ("Ana Ruiz", "habrá fondos para todos los jubilados", False),
            ("Caamaño", "va a ser difícil escapar del 6% de inflación", False),
        ],
        id="title-tied-forward-speaker-between-negative",
    ),
    pytest.param(  # negative: a full name is a person introduced, not the title's
        "El economista, sostuvo que el aumento no llegó a impactar en la inflación.\nPedro Caamaño, aseguró que va "
        "a ser difícil escapar del 6% de inflación.",
        "es",
        [
            ("economista", "el aumento no llegó a impactar en la inflación", False),
            ("Pedro Caamaño", "va a ser difícil escapar del 6% de inflación", False),
        ],
        id="title-tied-forward-full-name-negative",
    ),
    # A verb phrase ending in "que" ("insistió en que") is followed by the clause, never by its subject.
    pytest.param(
        "La exministra Carolina Cosse habló.\n\nCosse insistió en que el Frente Amplio todavía «no ha tomado "
        "posición», pero añadió: «Nadie descarta tomar acciones».",
        "es",
        [("Carolina Cosse", "no ha tomado posición", True), ("Carolina Cosse", "Nadie descarta tomar acciones", True)],
        id="verb-phrase-ending-in-que",
    ),
    pytest.param(  # negative: a subject after a verb with no "que" is still read
        "Afirmó el ministro Luis Gil en el Senado: «Habrá fondos para todos».",
        "es",
        [("Luis Gil", "Habrá fondos para todos", True)],
        id="verb-then-subject-negative",
    ),
    # A party's name glued before a person's ends before the person (lexicons office_words).
    pytest.param(
        "«La elección no puede pasar por encima de la Constitución», sostuvo el senador Pedro Bordaberry.\n\n"
        "Luego, el senador del Partido Nacional Jorge Larrañaga respaldó a Bordaberry y consideró que la propuesta "
        "«no es una ley, sino un engendro».",
        "es",
        [
            ("Pedro Bordaberry", "La elección no puede pasar por encima de la Constitución", True),
            ("Jorge Larrañaga", "la propuesta «no es una ley, sino un engendro»", False),
            ("Jorge Larrañaga", "no es una ley, sino un engendro", True),
        ],
        id="party-glued-to-name",
    ),
    pytest.param(  # negative: the party alone speaks
        "«No votaremos el presupuesto», anunció el Partido Nacional.",
        "es",
        [("Partido Nacional", "No votaremos el presupuesto", True)],
        id="party-alone-negative",
    ),
    # Words pointing back and a clitic between the quotation's comma and the verb: "«...», así lo dijo X".
    pytest.param(
        "Para la mayoría de los concejales, la llegada de Petro es «una provocación», así lo dijo el concejal "
        "Sebastián López.",
        "es",
        [("Sebastián López", "una provocación", True)],
        id="asi-lo-dijo-after-quote",
    ),
    pytest.param(  # negative: no reporting verb after "así lo"
        "La llegada de Petro es «una provocación», así lo entienden los vecinos del barrio.",
        "es",
        [],
        id="asi-lo-no-verb-negative",
    ),
    # A name after "de" and a speaker's title, in a phrase opening the sentence, is no subject (its owner's object).
    pytest.param(
        "El concejal Luis Gil habló.\nLuego, respondiendo a un trino de la alcaldesa Claudia López, expresó que «la "
        "respuesta no puede ser un cuadro».",
        "es",
        [("Luis Gil", "la respuesta no puede ser un cuadro", True)],
        id="object-of-opening-phrase",
    ),
    pytest.param(  # negative: the title and name open the clause
        "El concejal Luis Gil habló.\nLuego, en la sede del partido, la alcaldesa Claudia López expresó que «la "
        "respuesta no puede ser un cuadro».",
        "es",
        [("Claudia López", "la respuesta no puede ser un cuadro", True)],
        id="object-of-opening-phrase-negative",
    ),
    # "según" and a possessive title before the name, after a quotation.
    pytest.param(
        "El festival debe ser «crítico en su expresión y sin miedo», según su presidente ejecutivo, Juan Jesús Armas.",
        "es",
        [("Juan Jesús Armas", "crítico en su expresión y sin miedo", True)],
        id="segun-possessive-title-name",
    ),
    # A sentence opened with the view of the person last quoted (lexicons view_openers): the quotation is theirs.
    pytest.param(
        "«Hay que cuidar a los autores», dijo Juan Armas.\nEn su opinión, las voces de autores poco conocidos deben "
        "encontrar en el festival un «espacio donde quejarse».",
        "es",
        [("Juan Armas", "Hay que cuidar a los autores", True), ("Juan Armas", "espacio donde quejarse", True)],
        id="view-opener",
    ),
    pytest.param(  # negative: an opinion of someone named is not the last speaker's
        "«Hay que cuidar a los autores», dijo Juan Armas.\nEn opinión de los editores, las voces de autores poco "
        "conocidos deben encontrar en el festival un «espacio donde quejarse».",
        "es",
        [("Juan Armas", "Hay que cuidar a los autores", True)],
        id="view-opener-of-others-negative",
    ),
]


# Kinds of held-out6 misses left (no rule yet): the expected reading, xfail with the reason.
HELD_OUT6_KNOWN_MISSES = [
    pytest.param(
        "«Es en ese momento -dijo Ana Ruiz- cuando acaba el libro», añadió la autora en Barcelona.",
        "es",
        [("Ana Ruiz", "Es en ese momento -dijo Ana Ruiz- cuando acaba el libro", True)],
        id="attribution-inside-quotation",
        marks=pytest.mark.xfail(strict=True, reason="the attribution between dashes inside the quotation is not read"),
    ),
    pytest.param(
        "«No vamos a aceptar ningún tipo de sanción» contra el personal, dijo el médico Pedro Sing.",
        "es",
        [("Pedro Sing", "No vamos a aceptar ningún tipo de sanción", True)],
        id="complement-between-quote-and-verb",  # read since q9rules (postposed._closing_attribution)
    ),
    pytest.param(
        "El economista Luis Gil habló.\nLa inflación «está en un déficit que termina financiado con emisión».",
        "es",
        [("Luis Gil", "está en un déficit que termina financiado con emisión", True)],
        id="quotation-with-no-verb",
        marks=pytest.mark.xfail(strict=True, reason="a quotation in a sentence with no reporting verb is nobody's"),
    ),
    # "fueron-las-palabras-de" ("«...», fueron las palabras de X") is read since q8rules: a row of
    # tests/test_quotes_rules8.py (lexicon back_references).
    # "acusar-de" ("ha acusado al Gobierno de «...»") is read since q8rules: a row of tests/test_quotes_rules8.py
    # (lexicon label_verbs).
]


@pytest.mark.parametrize(("text", "language", "expected"), HELD_OUT6_KNOWN_MISSES)
def test_known_misses_of_the_sixth_held_out_set(text, language, expected):
    assert [(q.speaker, q.text, q.direct) for q in _quotes(text, language) if q.direct] == expected


@pytest.mark.parametrize(("text", "language", "expected"), HELD_OUT6_RULES)
def test_rules_added_for_kinds_of_misses_of_the_sixth_held_out_set(text, language, expected):
    assert [(q.speaker, q.text, q.direct) for q in _quotes(text, language)] == expected


# Role cues and descriptions added for kinds of held-out6 role misses: (text, language, speaker, role) of each
# statement. A body's acronym in brackets between a title and the name is part of the title (name_descriptions._before).
HELD_OUT6_ROLE_RULES = [
    pytest.param(
        "La rectora de la Universidad Nacional Mayor (UNMSM), Ana Ruiz, aclaró que no hay clases.",
        "es",
        [("Ana Ruiz", "expert")],
        id="acronym-inside-title",
    ),
    pytest.param(  # the title ties a later mention to the person described with it
        "La rectora de la Universidad Nacional Mayor (UNMSM), Ana Ruiz, aclaró que no hay clases. El decano Luis "
        "Gil dijo que la toma sigue. «Hay calma», dijo la rectora.",
        "es",
        [("Ana Ruiz", "expert"), ("Luis Gil", "unknown"), ("Ana Ruiz", "expert")],
        id="acronym-inside-title-tie",
    ),
    pytest.param(  # a lawyers' association's former president is a lawyer ("abogados")
        "El expresidente de la Asociación de Abogados (AILA), David Leopold, dijo que la ley es clara.",
        "es",
        [("David Leopold", "expert")],
        id="lawyers-association",
    ),
    pytest.param(  # an apposition ending at the colon before a quotation describes the speaker
        "Ana Ruiz, ministra del Interior: «Habrá cortes de ruta».",
        "es",
        [("Ana Ruiz", "government")],
        id="apposition-before-colon",
    ),
    pytest.param(  # negative: a clause with a reporting verb before the colon is no apposition ("radio": media)
        "El abogado Luis Gil, relató a la radio local: «Cuando arrancó el juicio no había pruebas».",
        "es",
        [("Luis Gil", "expert")],
        id="clause-before-colon-negative",
    ),
    pytest.param(  # a first name that is also a role cue (lexicons cue_first_names) is no title
        "«Estamos sin luz desde el lunes», dijo Reina Rodríguez Montilla, vecina de Petare, a la prensa.",
        "es",
        [("Reina Rodríguez Montilla", "witness")],
        id="cue-word-as-first-name",
    ),
    pytest.param(  # negative: the cue in lower case before the name is a title
        "«Habrá una recepción en palacio», dijo la reina Letizia Ortiz.",
        "es",
        [("Letizia Ortiz", "government")],
        id="cue-word-as-title-negative",
    ),
    pytest.param(  # negative: an aside in brackets in lower case is no acronym: the title ends there
        "La rectora de la Universidad Nacional Mayor (en huelga), Ana Ruiz, aclaró que no hay clases.",
        "es",
        [("Ana Ruiz", "unknown")],
        id="aside-in-brackets-negative",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), HELD_OUT6_ROLE_RULES)
def test_role_rules_added_for_misses_of_the_sixth_held_out_set(text, language, expected):
    assert [(q.speaker, q.role) for q in _quotes(text, language)] == expected
