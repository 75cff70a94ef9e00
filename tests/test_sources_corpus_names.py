"""One name per person across a corpus (analysis/sources/corpus_names.py): the rules' rows, each with negatives.

Rows are statements of real articles (tests/data/sources_real.json, the coverage of one story by many outlets),
cut to the sentence that names the speaker.
"""

from __future__ import annotations

import pytest

from analysis.corpus.records import Article
from analysis.sources.corpus_names import corpus_names, untitled
from analysis.sources.quotes import extract
from analysis.text import build


def speakers(*articles: tuple[str, str, str]) -> dict[str, set[str]]:
    """Article id → the speakers the corpus of these (id, text, language) articles gives its statements."""
    found: dict[str, set[str]] = {}
    for quote in extract(build([Article(i, text, language=lang) for i, text, lang in articles])):
        found.setdefault(quote.article, set()).add(quote.speaker)
    return found


KLIF = (
    "klif",
    "“Dearest brothers and sisters, with deep sorrow I must announce the death of our Holy Father, Francis,” "
    "Cardinal Kevin Farrell said.",
    "en",
)
ELDIARIO = (
    "eldiario",
    "“Queridos hermanos y hermanas, con profundo dolor debo anunciar la muerte de nuestro Santo Padre Francisco”, "
    "dijo el cardenal Kevin Farrell.",
    "es",
)
EXPANSION = (
    "expansion",
    "\"Yo no dejaba de decirle 'No, es uno de mis amigos obispos'\", contó Farrell al diario.",
    "es",
)
DAILYSTORI = (
    "dailystori",
    "“His entire life was dedicated to the service of the Lord and of his Church,” Cardinal Farrell said in his "
    "statement.",
    "en",
)


def test_a_title_written_into_the_name_is_one_person_with_the_name_without_it():
    found = speakers(KLIF, ELDIARIO, EXPANSION, DAILYSTORI)
    assert set().union(*found.values()) == {"Kevin Farrell"}, found


def test_negative_another_person_of_the_same_surname_stays_apart():
    actor = ("actor", "“I was lucky,” Colin Farrell said of the film.", "en")
    found = speakers(KLIF, ELDIARIO, actor)
    assert found["actor"] == {"Colin Farrell"} and found["klif"] == {"Kevin Farrell"}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Cardinal Kevin Farrell", "Kevin Farrell"),
        ("Cardinal Farrell", "Farrell"),
        ("Father Michael Collins", "Michael Collins"),
        # negatives: a word of address before a first name keeps it when one word would be left; a description's
        # lower-case noun is no title
        ("Pope Francis", "Pope Francis"),
        ("Sister Mary", "Sister Mary"),
        ("padre de la víctima", "padre de la víctima"),
        ("hermano de Jenni Hermoso", "hermano de Jenni Hermoso"),
    ],
)
def test_untitled(name, expected):
    assert untitled(name) == expected


MDZ = (
    "mdz",
    "Once años más tarde, Márquez completó el trazado en 1m36.917s. Al respecto de la pelea deportiva que vivió con "
    'su consanguíneo, Marc dijo: "Fue una victoria muy difícil porque Álex empujó muchísimo".',
    "es",
)
CRASH = (
    "crash",
    "Asked after the race, Marc Marquez replied: “Not always. When you pass 20 years old, it’s equal!”",
    "en",
)
DAILYSUPERCARS = (
    "supercars",
    "Tras la carrera, Álex Márquez se mostró satisfecho. “Soy un piloto que siempre da el cien por cien”, declaró.",
    "es",
)
SPEEDCAFE = ("speedcafe", "“I knew that there was some value in saving a lot of tyres here,” said Alex.", "en")


def test_a_first_name_alone_is_the_full_name_whose_surname_its_article_writes():
    found = speakers(MDZ, CRASH, DAILYSUPERCARS)
    assert found["mdz"] == found["crash"] == {"Marc Marquez"}


def test_negative_brothers_sharing_the_surname_stay_two_and_a_first_name_with_no_surname_stays():
    found = speakers(MDZ, CRASH, DAILYSUPERCARS, SPEEDCAFE)
    assert found["supercars"] == {"Álex Márquez"} and found["crash"] == {"Marc Marquez"}
    assert found["speedcafe"] == {"Alex"}  # Speedcafe names no Márquez: nothing ties "Alex" to Álex Márquez


def test_negative_a_first_name_fitting_two_full_names_stays():
    rows = [("a", "Marc"), ("b", "Marc Márquez"), ("c", "Marc Gasol")]
    texts = {"a": "Márquez y Gasol hablaron. Marc dijo: «Nada»."}
    assert corpus_names(rows, texts)[("a", "Marc")] == "Marc"


def test_negative_a_lower_case_noun_is_no_first_name():
    rows = [("a", "ejército"), ("b", "ejército israelí")]
    texts = {"a": "El ejército israelí atacó. El ejército dijo que ..."}
    assert corpus_names(rows, texts)[("a", "ejército")] == "ejército"


# Spellings alike but for case, accents and hyphens (same_person._one_spelling), from tests/data/agreement_real.json
# read with sources_real.json as one corpus (session 16): Firehouse and Campeche Hoy write "Levine-Cava", CNN en
# Español and La Opinión "Levine Cava"; Prensa Libre "CONRED", another outlet "Conred".
FIREHOUSE = (
    "firehouse",
    "Miami-Dade Mayor Daniella Levine-Cava said Friday morning that the number of people who are unaccounted for "
    "increased to 159.",
    "en",
)
LAOPINION = (
    "laopinion",
    "“Este es un asombroso y desgarrador número que nos afecta a todos”, dijo la alcaldesa de Miami-Dade, Daniella "
    "Levine Cava.",
    "es",
)
OPINION_AGAIN = (
    "cnn",
    "La alcaldesa del condado, Daniella Levine Cava, dijo que al menos nueve personas murieron.",
    "es",
)


def test_a_hyphen_or_a_space_between_two_surnames_is_one_person():
    found = speakers(FIREHOUSE, LAOPINION, OPINION_AGAIN)
    assert set().union(*found.values()) == {"Daniella Levine Cava"}, found


def test_case_and_accents_alone_make_no_other_speaker():
    rows = [("a", "CONRED"), ("a", "CONRED"), ("b", "Conred"), ("c", "Marc Marquez"), ("d", "Marc Márquez")]
    names = corpus_names(rows, {})
    assert names[("b", "Conred")] == "CONRED"
    assert names[("c", "Marc Marquez")] == names[("d", "Marc Márquez")]


def test_a_capitalised_spelling_is_shown_before_a_noun_in_lower_case():
    rows = [("a", "ejército"), ("a", "ejército"), ("b", "Ejército")]
    assert {corpus_names(rows, {})[r] for r in rows} == {"Ejército"}


def test_negative_names_spelled_differently_stay_apart():
    rows = [("a", "Daniella Levine-Cava"), ("b", "Daniella Levine"), ("c", "José Luis Martín"),
            ("d", "José Luis Martínez"), ("e", "ONU Mujeres"), ("f", "ONU")]  # fmt: skip
    names = corpus_names(rows, {})
    assert len({names[r] for r in rows}) == 6, names


# A surname alone with several full names of that surname in the corpus (corpus_names._by_company): the one whose
# articles name the countries its article names. Real sentences of tests/data/sources_real.json (the Iberian
# blackout) and agreement_real.json (Volcán de Fuego), read as one corpus in session 16.
NEWSON6 = (
    "newson6",
    "Guatemala's Volcan de Fuego exploded shortly before noon. Eddy Sanchez, director of the country's seismology "
    "and volcanology institute, said the flows reached temperatures of about 1,300 degrees.",
    "en",
)
OLIVEPRESS = (
    "olivepress",
    "Spain's Prime Minister Pedro Sánchez said a ‘strong oscillation’ in the European electricity system triggered "
    "the collapse of the grid in Spain and Portugal.",
    "en",
)
CATALAN = (
    "catalan",
    "Sources from the Spanish cabinet point out that a phenomenon of this nature has never happened before in Spain. "
    "Air traffic saw some delays, but Sánchez said the vast majority are already operational again.",
    "en",
)


def test_a_surname_alone_is_the_full_name_quoted_on_its_articles_countries():
    found = speakers(NEWSON6, OLIVEPRESS, CATALAN)
    assert found["catalan"] == {"Pedro Sánchez"} and found["newson6"] == {"Eddy Sanchez"}, found


def test_negative_two_full_names_of_one_country_leave_the_surname_alone():
    other = ("other", "Spain's Health Minister Carolina Sánchez said hospitals in Spain ran on generators.", "en")
    found = speakers(NEWSON6, OLIVEPRESS, CATALAN, other)
    assert found["catalan"] == {"Sánchez"}, found  # Pedro and Carolina Sánchez both speak of Spain: no choice
