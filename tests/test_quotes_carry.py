"""Rules for the carried speaker: kinds of the continuation errors of the spent sets (issue #23, session 20, branch
carry).

A quotation with no subject of its own ("«...», indicó", a quotation opening its sentence) goes to the last speaker
(analysis/sources/speakers.py, the "implied: last speaker" resolution of analysis/sources/attribution.py). On unseen
text that path is 0.80 precise and gives most wrong speakers (docs/PERFORMANCE.md, "Where wrong speakers come
from"). The kinds below were read from the wrong speakers of that path on the spent sets (every set of
tests/quotes_eval.SETS but held-out14, 15 and 16), with ``python -m tests.attribution_paths --by resolution --show
"implied: last speaker"``; each rule chooses another speaker rather than dropping the statement.

- **The paragraph before introduces someone.** A quotation whose sentence opens its paragraph, with no subject of
  its own, after a paragraph of one sentence quoting no one that opens with a person's full name ("Por su parte,
  Hellen Ajcip, de Visión con Valores, esperaría que ... ¶ «...», indicó"): that person, not the last speaker
  (subjects._paragraph_before_subject, speakers._paragraph_opener; held-out5, 8: 3 statements). Not a pair
  ("X and Y said"), not a place or a body, not when the paragraph before has two sentences or quotes someone, and
  only for a carried speaker (someone has spoken): read for an article's first statement too, it gave one more
  right statement in held-out3 but a shared-quote pair in tests/data/sources_real.json that its judgement, written
  before the tool ran, does not list (shared-quote precision 1.000 -> 0.900, under its floor).
- **The carried speaker is a medium that relayed.** The last speaker is a news medium (its role, from the cues
  written with it, is "media") written after a source marker in its statement's sentence ("citado por la agencia
  noticiosa Reuters", "according to the news agency Reuters"): it relayed someone's words and said nothing, so a
  quotation going on goes to the last person who spoke (speakers._relayed_by; held-out7: 1 statement). A medium
  that is the subject of its own verb ("La agencia Reuters informó que ...") is carried as before.
- **A new person opens the quotation's own sentence.** A quotation with no subject read beside it whose own
  sentence opens with a person's full name as its subject ("Onno van Manen, Save the Children’s Country Director
  in Bangladesh, called the fire “...”", "Tohá durante su paso por el programa de Canal 13 declaró que “...”,
  contó", "El primer ministro cubano, Manuel Marrero, en un discurso ... dijo que ..., añadiendo: “...”"): that
  person, not the last speaker (subjects._opening_subject; held-out, held-out5, held-out10: 3 statements). Not when
  a statement stands earlier in the sentence (its speaker goes on: "«...», señaló, ya que «...»"), nor a name after
  a preposition ("A Ana Ruiz, ...") or a place.
- **A person introduced with a relative clause since the last statement.** The last full name written between the
  last statement and the quotation is followed by a relative clause ("la tunecina Ons Jabeur, que no habla
  castellano. ¶ «...», dijo", "los que vivió Betto García, quien estaba de vacaciones en el país: «...»", "el
  viceministro de la cartera, Juan Ignacio Buffa, quien destacó que ... ¶ «...»"): the writer introduces someone,
  who speaks next (speakers._introduced_with_relative; dev, held-out9, held-out13: 3 statements). Not when a
  preposition of an object stands in the name's clause ("relevar al actual Presidente de la República, X, quien ha
  dicho ...": someone spoken of; a first version lost 7 right speakers of blind, held-out5 and held-out8 so), and
  the same check now keeps the paragraph-opener rule off such a name.
"""

from __future__ import annotations

import pytest

from tests.quotes_eval import direct_pairs as _direct
from tests.quotes_eval import real_direct_speakers

# (text, language, [(speaker, words)] of every direct quotation in text order)
RULES = [
    # Kind: the paragraph before introduces someone.
    pytest.param(
        "«Vamos a votar», dijo el diputado Luis Soto.\n\nPor su parte, Ana Ruiz, de la bancada verde, esperaría que "
        "el pleno se reúna pronto.\n\n«Estamos a la expectativa», indicó.",
        "es",
        [("Luis Soto", "Vamos a votar"), ("Ana Ruiz", "Estamos a la expectativa")],
        id="paragraph-before-opens-with-a-name",
    ),
    pytest.param(
        "“We will vote,” said the senator Tom Ray.\n\nAnn Lee, of the green bench, hoped the house would meet soon.\n\n"
        "“We are waiting,” she added.",
        "en",
        [("Tom Ray", "We will vote"), ("Ann Lee", "We are waiting")],
        id="paragraph-before-opens-with-a-name-en",  # (a pronoun: already the person named last, as before)
    ),
    pytest.param(  # negative (the rule's limit): the paragraph before has two sentences, the last speaker goes on
        "«Vamos a votar», dijo el diputado Luis Soto.\n\nPor su parte, Ana Ruiz, de la bancada verde, esperaría una "
        "reunión. El pleno no se reunió.\n\n"
        "«Estamos a la expectativa», indicó.",
        "es",
        [("Luis Soto", "Vamos a votar"), ("Luis Soto", "Estamos a la expectativa")],
        id="paragraph-of-two-sentences-negative",
    ),
    pytest.param(  # negative: a pair opens the paragraph before
        "«Vamos a votar», dijo el diputado Luis Soto.\n\nAna Ruiz y Marta Gil esperarían una reunión del pleno.\n\n"
        "«Estamos a la expectativa», indicó.",
        "es",
        [("Luis Soto", "Vamos a votar"), ("Luis Soto", "Estamos a la expectativa")],
        id="pair-opens-the-paragraph-negative",
    ),
    pytest.param(  # negative: the paragraph before quotes someone (its words are its own statement)
        "«Vamos a votar», dijo el diputado Luis Soto.\n\nAna Ruiz pidió «calma» a los vecinos.\n\n"
        "«Estamos a la expectativa», indicó.",
        "es",
        [("Luis Soto", "Vamos a votar"), ("Ana Ruiz", "calma"), ("Ana Ruiz", "Estamos a la expectativa")],
        id="paragraph-before-quotes-negative",
    ),
    # Kind: the carried speaker is a medium that relayed.
    pytest.param(
        "«Empezó como un bramido», contó Ramón Soto.\nLas palabras de Ramón Soto, un comerciante de Manta, citado "
        "por la agencia noticiosa Reuters.\n«No hay luz», añadió.",
        "es",
        [("Ramón Soto", "Empezó como un bramido"), ("Ramón Soto", "No hay luz")],
        id="medium-that-relayed",
    ),
    pytest.param(
        "“There are injured people,” said mayor Tom Ray.\nThe port is closed, according to the news agency Reuters.\n"
        "“It will not open today.”",
        "en",
        [("Tom Ray", "There are injured people"), ("Tom Ray", "It will not open today")],
        id="medium-that-relayed-en",
    ),
    pytest.param(  # negative: the medium is its verb's subject, it speaks
        "«Hay heridos», dijo el alcalde Luis Gil.\nLa agencia Reuters informó que el puerto está cerrado.\n"
        "«El puerto no abrirá hoy», añadió.",
        "es",
        [("Luis Gil", "Hay heridos"), ("Reuters", "El puerto no abrirá hoy")],
        id="medium-that-speaks-negative",
    ),
    # Kind: a new person opens the quotation's own sentence.
    pytest.param(
        "“Experts are investigating,” said spokesman Tom Ray.\n\nAnn Lee, Save the Children’s director in the country, "
        "called the fire “another devastating blow for the people of the camp”.",
        "en",
        [("Tom Ray", "Experts are investigating"), ("Ann Lee", "another devastating blow for the people of the camp")],
        id="own-sentence-opens-with-a-name-en",
    ),
    pytest.param(
        "“Hay heridos”, dijo el alcalde Luis Gil.\nEl primer ministro, Pedro Soto, en un discurso televisado el jueves "
        "dijo que las fábricas pararon, añadiendo: “Hemos estado paralizando la actividad”.",
        "es",
        [("Luis Gil", "Hay heridos"), ("Pedro Soto", "Hemos estado paralizando la actividad")],
        id="own-sentence-opens-with-a-titled-name",
    ),
    pytest.param(  # negative: a name after a preposition opens the sentence, no subject
        "“Hay heridos”, dijo el alcalde Luis Gil.\nA Ana Ruiz, la vecina del quinto, “no la dejaron volver”, añadió.",
        "es",
        [("Luis Gil", "Hay heridos"), ("Luis Gil", "no la dejaron volver")],
        id="name-after-a-preposition-negative",
    ),
    pytest.param(  # negative: a statement earlier in the sentence: its speaker goes on
        "El fiscal Luis Miranda habló ayer.\nOtro punto que Miranda remarcó es que Juan Alves no tiene arraigo. “No hay "
        "arraigo, la vivienda donde estaba Alves no le pertenece”, señaló, ya que “tampoco Alves tiene familiares”.",
        "es",
        [("Luis Miranda", "No hay arraigo, la vivienda donde estaba Alves no le pertenece"),
         ("Luis Miranda", "tampoco Alves tiene familiares")],
        id="statement-earlier-in-the-sentence-negative",
    ),  # fmt: skip
    # Kind: a person introduced with a relative clause since the last statement.
    pytest.param(
        "«Hay heridos», dijo el alcalde Luis Gil.\n\nEn el acto también intervino la ganadora del torneo, la tunecina "
        "Ana Ruiz, que no habla castellano.\n\n«Disfruté mucho», dijo sonriendo.",
        "es",
        [("Luis Gil", "Hay heridos"), ("Ana Ruiz", "Disfruté mucho")],
        id="introduced-with-a-relative",
    ),
    pytest.param(
        "“We are safe,” said mayor Tom Ray.\n\nThose were the moments lived by Ann Lee, who was on holiday in the "
        "country: “We ran out of the airport as fast as we could.”",
        "en",
        [("Tom Ray", "We are safe"), ("Ann Lee", "We ran out of the airport as fast as we could")],
        id="introduced-with-a-relative-en",
    ),
    pytest.param(  # negative: the name with a relative is an object (someone spoken of); nor does it open the paragraph
        "«Hay heridos», dijo el alcalde Luis Gil.\n\nLa concejala aspira a relevar al actual presidente de la junta, "
        "Pedro Soto, quien ha dicho que no seguirá.\n\n«Estamos listos», dijo.",
        "es",
        [("Luis Gil", "Hay heridos"), ("Luis Gil", "Estamos listos")],
        id="relative-of-an-object-negative",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), RULES)
def test_carry(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert _direct(text, language) == expected


@pytest.mark.parametrize(
    ("set_name", "article", "words", "speaker"),
    [
        ("heldout8", "politics-es-prensalibre-congreso-sin-sesionar", "Estamos a la expectativa", "Hellen Ajcip"),
        ("heldout5", "politics-es-larepublica-salas-gonzalez-gabinete-2022", " Yo creo que el señor González",
         "Alejandro Salas"),
        ("heldout5", "politics-es-soychile-chadwick-no-he-pensado-renunciar-2019", "jamás hemos avalado",
         "Andrés Chadwick"),
        ("heldout7", "disaster-es-laopinion-terremoto-ecuador-testimonios", "Las calles están cuarteadas",
         "Ramón Solórzano"),
        ("heldout", "fire-en-reuters-rohingya-camp", "another devastating blow", "Onno van Manen"),
        ("heldout5", "crime-es-publimetro-toha-boric-carabineros-canete-2024", "exactamente no", "Carolina Tohá"),
        ("heldout10", "economy-es-irna-marrero-paralizando-actividad", "Hemos estado paralizando", "Manuel Marrero"),
        ("dev", "morocco-quake-es-antena3-2023-09-09", "Salimos corriendo", "Betto García"),
        ("heldout13", "sport-es-yucatan-alcaraz-jabeur-madrid-open", "Disfrutando del español", "Ons Jabeur"),
        ("heldout9", "economy-es-efeagro-buffa-emergencia-agropecuaria", "El foco de esta emergencia",
         "Juan Ignacio Buffa"),
        ("blind", "politics-es-sinembargo-sheinbaum-tamaulipas-2022", "México está listo para una Presidente",
         "Claudia Sheinbaum"),  # the negative of the relative kind: the President is spoken of
    ],
)  # fmt: skip
def test_the_real_sentences(set_name: str, article: str, words: str, speaker: str) -> None:
    """The spent sets' sentences the kinds were read from."""
    read = real_direct_speakers(set_name, article)
    assert [said for text, said in read.items() if text.startswith(words)] == [speaker]
