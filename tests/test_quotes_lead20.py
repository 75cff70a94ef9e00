"""Speakers in disaster coverage, session 20 (issue #23): kinds read in the real articles of the spent claims sets
(tests/data/claims_*.json but the blind held-out7: no quote set, their statements are not annotated), each checked
on every quote set with ``python -m tests.quotes_eval`` (blind sets counted only) and kept only when no set moved
but for the better.

Kinds:
- a listed adverb or clause opener that opens two sentences: "Asimismo, indicaron que ..." twice in one article
  (Trece, the Turkey-Syria earthquake) made "Asimismo" a name, named again, so a speaker. A word of the lexicon's
  ``adverbs`` or ``clause_openers`` is no name however often it opens a sentence (name_context._sentence_word); a
  word only of an adverb's or a verb's shape still needs to be named nowhere else ("Yanina" stays a name).
- a publication whose name opens with an article: "según diario El Mundo", "informó el canal de televisión Al
  Jazeera", "según el diario belga Le Soir" gave "Mundo", "Jazeera", "Soir". An article written with a capital
  inside a sentence now stays in the name it opens (names.NAME_ARTICLES); a sentence's first word ("La Policía
  llegó") and a place the gazetteer knows ("de Los Ángeles", whose title and apposition read as before) are cut as
  before; English "The" is left out ("The New York Times" is "the New York Times").
- "New" and "Nueva"/"Nuevo" opening a name: "New York", "New Zealand", "The New York Times", "Nueva York" were
  "York", "Zealand", "York Times" (the words are stop words, cut from a run's edge). They join the lexicons'
  ``name_words`` (kept at a name's edge beside a capitalised word; "Nueva ley aprobada" is still no name).
  Measured: held-out11 en direct 115 -> 116 right of 116 (with the next kind). Alone, it gave held-out4 en indirect
  one wrong statement ("a paper led by Sian Halcrow from the University of Otago, New Zealand claims that ... and
  suggests there is ...": "Zealand" was already the wrong speaker of the first, "New Zealand" was also given the
  second), hence the third kind.
- a place taken for whom "he"/"she" stands: "It flooded her home in New Bern, N.C. ... “...,” she told the
  Associated Press" (held-out11, once "New Bern" was read whole) gave the quotation to New Bern. The person named
  before a pronoun is no place of the gazetteer (pronouns._named_before).
- a place that says where the name before it is, in English: "the University of Otago, New Zealand claims that"
  has no subject (subjects._locates: a gazetteer place after another name and a comma, that name no place; "Miami,
  Florida" is one place). Held-out4 en indirect is back to 32 of 41. Spanish is left out: tried there too, a blind
  set (held-out15) lost one right indirect statement, counted and not read.
- a count or report cited instead of its issuer: "según un primer balance", "según un recuento preliminar", "según
  los últimos datos de la policía", "según el último informe oficial de los bomberos de X" gave the speakers "primer
  balance", "recuento preliminar", "últimos datos de la policía". A source marker's subject opening with a noun of
  the lexicons' ``report_nouns`` (after lower-case words only) is the issuer after "de"/"del"/"of"/"from"/"by", read
  as a title ("policía", "Ministerio marroquí del Interior", "Secretaría de Gestión de Riesgos"), or, with none,
  no speaker (the statement is left out: the issue asks for a named speaker) (indirect._report_source). No quote
  set moved; over the 288 spent claims excerpts 12 statements changed, each read: 11 right now, one ("Asimismo")
  left out.
- words of names that the stop lists hold: "Fuerza Aérea de Ucrania", "Estado Islámico", "State Department" were
  "Aérea de Ucrania", "Islámico", "Department"; "fuerza", "estado" (es) and "state" (en) join ``name_words``.
- an outlet's acronym read as a title: "NBC News reported" gave the speaker "News" ("NBC" is a media cue, and
  English capitalised titles are cut from a name: names._strip_title). A media cue written in capitals opens an
  outlet's name; other capitalised cues are still titles ("Labour MP Gerald Kaufman").
- "still" between the subject and its verb: "the authorities still described the situation as “worrying”" gave
  "authorities still" (added to the English ``adverbs``; "already" stays out, session 19).
- an English clause read as a title: "the storm's human toll was becoming a point of contention as local media
  reported ..." gave that whole phrase as the speaker, "... anger grew over what residents said was a lack of
  information" likewise. A title holding a conjunction or relative that opens a clause ("as", "while", "because",
  "when", "since", "although", "what", ...) is no title (subjects.RE_SUBORDINATE_EN): held-out5 en one wrong
  direct and one wrong indirect statement fewer; held-out15 (blind, counted) en direct one right more, indirect one
  wrong fewer; no set fell.
- a gerund after an attribution between commas: "Search-and-rescue efforts are continuing, Santos said, adding that
  no new flooding was expected" gave the added statement to "Search-and-rescue" (the name opening the sentence).
  The person of ", X said," or ", said X," right before the gerund is its subject (subjects._said_before_gerund);
  no set moved.
- a clause read as an inverted subject or a title: "The storm has left 70,000 people homeless, and locals say the
  government response has been “ridiculous.”" gave both the statement and the quotation to "government response has
  been". English words read as such a subject or title that hold an auxiliary or copula are a clause
  (phrases.RE_FINITE_EN; indirect and direct): held-out12 en indirect one wrong statement fewer, held-out15 (blind,
  counted) en indirect one wrong fewer; no set fell.
- the paragraph before introducing someone (branch carry's rule) took a name inside a complement: "El número de
  muertos en el atentado ... en la gran sala de conciertos Crocus City Hall, ..., según indicó el Comité de
  Investigación de Rusia. ¶ "...", dice el informe" gave the report's words to the concert hall. A name after a
  complement's link ("en", "de", "of", ...) with no comma closing the words before it introduces no one
  (speakers._paragraph_opener); no set moved.
"""

from __future__ import annotations

import pytest

from analysis.sources.names import name_runs
from tests.quotes_eval import direct_pairs, indirect_pairs

ROWS = [
    # A listed adverb opening two sentences (real: tests/data/claims_dev.json, turkeysyria-es-trece-2023-02-06).
    pytest.param(
        "El terremoto provocó al menos 10.000 heridos, según las autoridades de ambos países. Asimismo, indicaron que "
        "temen que la cifra sea mayor.\nLas autoridades de Turquía mencionaron que registran 1.121 fallecidos. "
        "Asimismo, indicaron que al menos 2.834 edificios se derrumbaron.",
        "es",
        [("autoridades de ambos países", "El terremoto provocó al menos 10.000 heridos"),
         ("autoridades de Turquía", "registran 1.121 fallecidos")],
        id="asimismo-twice-real",
    ),  # fmt: skip
    pytest.param(
        "Los bomberos revisaron la zona. Asimismo, indicaron que no hay heridos. Asimismo, indicaron que el fuego "
        "está controlado.",
        "es",
        [],
        id="asimismo-twice",
    ),
    pytest.param(  # negative: a first name opening two sentences is still a name
        "Yanina llegó tarde al acto. Yanina afirmó que no habrá cambios.",
        "es",
        [("Yanina", "no habrá cambios")],
        id="first-name-twice",
    ),
    # A publication's article (real: claims_heldout4.json, italy-es-dialoguemos, germany-es-carlosmartinhuerta;
    # claims_blind.json, gaza-es-newspravda).
    pytest.param(
        "La cifra de fallecidos podría aumentar, según diario El Mundo.",
        "es",
        [("El Mundo", "La cifra de fallecidos podría aumentar")],
        id="el-mundo",
    ),
    pytest.param(
        "La cifra ascendió a 9.227, informó el canal de televisión Al Jazeera citando al Ministerio de Salud.",
        "es",
        [("Al Jazeera", "La cifra ascendió a 9.227")],
        id="al-jazeera",
    ),
    pytest.param(
        "Hay 23 muertos, según el diario belga Le Soir.",
        "es",
        [("Le Soir", "Hay 23 muertos")],
        id="le-soir",
    ),
    pytest.param(
        "The channel Al Arabiya reported that 23 people died in the fire.",
        "en",
        [("Al Arabiya", "23 people died in the fire")],
        id="al-arabiya-en",
    ),
]


ROWS += [
    pytest.param(  # real: claims_heldout5.json, dorian-en-vice-2019-09-09
        "The storm has left 70,000 people homeless, and locals say the government response has been “ridiculous.”",
        "en",
        [],
        id="clause-no-inverted-subject",
    ),
    pytest.param(  # negative: an inverted title
        "The storm left many homeless, said the minister of the interior.",
        "en",
        [("minister", "The storm left many homeless")],
        id="inverted-title",
    ),
    pytest.param(  # real: claims_heldout5.json, mocoa-en-anadolu-2017-04-04
        "Search-and-rescue efforts are continuing, Santos said, adding that no new flooding was expected.",
        "en",
        [("Santos", "no new flooding was expected")],
        id="gerund-after-name-said",
    ),
    pytest.param(
        "Rescue work continues, said Santos, adding that no flooding was expected.",
        "en",
        [("Santos", "Rescue work continues"), ("Santos", "no flooding was expected")],
        id="gerund-after-said-name",
    ),
    pytest.param(  # negative: the sentence's subject goes on
        "Pedro Gil rejected the claim, saying that the plan was legal.",
        "en",
        [("Pedro Gil", "the plan was legal")],
        id="gerund-of-the-subject",
    ),
    pytest.param(  # real: claims_dev.json, helene-en-newsmax-2024-10-04
        "On Friday, NBC News reported the death toll had risen to at least 223.",
        "en",
        [("NBC News", "the death toll had risen to at least 223")],
        id="nbc-news",
    ),
    pytest.param(  # negative: a capitalised title that is no outlet's
        "Labour MP Gerald Kaufman said that the judging was pleasant.",
        "en",
        [("Gerald Kaufman", "the judging was pleasant")],
        id="mp-title",
    ),
    pytest.param(  # real: claims_blind.json, kyiv-es-elmanana-2025-07-31
        "Rusia lanzó 309 drones Shahed durante la noche, detalló la Fuerza Aérea de Ucrania.",
        "es",
        [("Fuerza Aérea de Ucrania", "Rusia lanzó 309 drones Shahed durante la noche")],
        id="fuerza-aerea",
    ),
    pytest.param(
        "The State Department said it was aware of the reports.",
        "en",
        [("State Department", "it was aware of the reports")],
        id="state-department",
    ),
    pytest.param(  # real: claims_heldout5.json, pedrogao-en-irishtimes-2017-06-19
        "There was some rainfall in central Portugal on Monday, but the authorities still described the situation "
        "as worrying.",
        "en",
        [("authorities", "the situation as worrying")],
        id="still",
    ),
    pytest.param(  # real: claims_dev.json, otis-en-voa-2023-10-29
        "But the storm's human toll was becoming a point of contention as local media reported the recovery of more "
        "bodies.",
        "en",
        [],
        id="clause-no-title",
    ),
    pytest.param(  # negative: a title's own "and"
        "The minister of health and social affairs said that the clinics would open.",
        "en",
        [("minister of health and social affairs", "the clinics would open")],
        id="title-with-and",
    ),
    pytest.param(  # real: claims_dev.json, turkeysyria-es-vntv-2023-02-06
        "Una serie de terremotos ha sacudido el sudeste de Turquía y se ha cobrado la vida de cerca de 1.600 personas, "
        "según un primer balance.",
        "es",
        [],
        id="count-naming-no-one",
    ),
    pytest.param(  # real: claims_heldout.json, maui-es-lavozdetabasco-2023-08-15
        "Los muertos por los incendios en Maui ascienden ya a 106, según los últimos datos de la policía, que comenzó "
        "a hacer públicas sus identidades.",
        "es",
        [("policía", "Los muertos por los incendios en Maui ascienden ya a 106")],
        id="count-of-the-police",
    ),
    pytest.param(  # real: claims_heldout3.json, ecuador-es-bigbangnews-2016-04-19
        "Además, se registraron 231 desaparecidos y 4.605 heridos, según los datos de la Secretaría de Gestión de "
        "Riesgos.",
        "es",
        [("Secretaría de Gestión de Riesgos", "Además, se registraron 231 desaparecidos y 4.605 heridos")],
        id="data-of-a-body",
    ),
    pytest.param(  # negative: a source marker's person or body is read as before
        "Hay 40 muertos, según el alcalde de Lima.",
        "es",
        [("alcalde de Lima", "Hay 40 muertos")],
        id="marker-title",
    ),
    pytest.param(
        "On Friday, the paper said the toll had risen, according to The New York Times.",
        "en",
        [("New York Times", "On Friday, the paper said the toll had risen")],
        id="new-york-times",
    ),
    pytest.param(
        "Hay tres muertos en Nueva York, según el alcalde Eric Adams.",
        "es",
        [("Eric Adams", "Hay tres muertos en Nueva York")],
        id="nueva-york",
    ),
    pytest.param(
        "Now, a new paper led by Sian Halcrow from the University of Otago, New Zealand claims that the research is "
        "riddled with errors.",
        "en",
        [("Sian Halcrow", "the research is riddled with errors")],
        id="place-locating-a-body-is-no-subject",
        marks=pytest.mark.xfail(reason="'led by' frames the person: the claim is left with no subject", strict=True),
    ),
    pytest.param(  # negative: a country that speaks
        "New Zealand said on Monday that it would send aid to Tonga.",
        "en",
        [("New Zealand", "it would send aid to Tonga")],
        id="country-speaks",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), ROWS)
def test_statements(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert indirect_pairs(text, language) == expected


NAMES = [
    pytest.param("Hay 23 muertos, según La Jornada.", "es", ["La Jornada"], id="mid-sentence-article"),
    # negatives: an article opening a sentence, a place the gazetteer knows, English "The"
    pytest.param("La Policía llegó al lugar.", "es", ["Policía"], id="sentence-first-article"),
    pytest.param("La alcaldesa de Los Ángeles, Karen Bass, habló.", "es", ["Ángeles", "Karen Bass"], id="known-place"),
    pytest.param("The mayor of Los Angeles spoke.", "en", ["Angeles"], id="known-place-en"),
    pytest.param("It was reported by The New York Times.", "en", ["New York Times"], id="english-the"),
    pytest.param("Hay 3 muertos en Nueva York. Nueva ley aprobada.", "es", ["Nueva York"], id="nueva"),
    pytest.param("New rules were announced in New Zealand.", "en", ["New Zealand"], id="new"),
]


@pytest.mark.parametrize(("text", "language", "expected"), NAMES)
def test_name_runs(text: str, language: str, expected: list[str]) -> None:
    assert [r.name for r in name_runs(text, language)] == expected


def test_whom_she_stands_for_is_no_place() -> None:
    """Real: tests/data/quotes_heldout11.json, disaster-en-globalnews-florence-new-bern (spent)."""
    text = (
        "Tropical storm Florence left a few nasty surprises for Leigh Bell.\nIt flooded her home in New Bern, N.C., "
        "with water.\n“Don’t know where the boat came from,” she told the Associated Press on Sunday."
    )
    assert direct_pairs(text, "en") == [("Leigh Bell", "Don’t know where the boat came from")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Now, a new paper led by Sian Halcrow from the University of Otago, New Zealand claims that the research "
            "is riddled with errors, and suggests there is “no evidence” of anomalies.",
            marks=pytest.mark.xfail(reason="the coordinated verb ('and suggests') still reads the place as its subject",
                                    strict=True),
        ),
        "A team of the University of Otago, New Zealand claims that the mummy looks normal.",
    ],
)
def test_a_place_locating_a_body_is_no_speaker(text: str) -> None:
    """Real: tests/data/quotes_heldout4.json, science-en-kprmedia-atacama-mummy-study-2018 (spent)."""
    assert all(speaker != "New Zealand" for speaker, _ in indirect_pairs(text, "en") + direct_pairs(text, "en"))


def test_a_clause_before_a_quotation_is_no_speaker() -> None:
    """Real: tests/data/claims_heldout5.json, dorian-en-vice-2019-09-09."""
    text = "The storm has left 70,000 people homeless, and locals say the government response has been “ridiculous.”"
    assert all(not speaker.startswith("government") for speaker, _ in direct_pairs(text, "en"))


def test_a_name_in_a_complement_introduces_no_one() -> None:
    """Real: tests/data/claims_dev.json, crocus-es-paginauno-2024-03-23."""
    text = (
        "El número de muertos en el atentado terrorista en la gran sala de conciertos Crocus City Hall, ubicada en "
        "la provincia de Moscú, es de 93 personas, según indicó el Comité de Investigación de Rusia.\n"
        "\"Por el momento se establece que el número de muertos es de 93 personas\", dice el informe."
    )
    assert [speaker for speaker, _ in direct_pairs(text, "es")] == ["Comité de Investigación de Rusia"]
