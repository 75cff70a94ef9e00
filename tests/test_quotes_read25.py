"""Kinds of held-out25's misses, session 28, branch read25 (issue #23). Held-out25 was spent after its blind runs
(first on main c497d52, last on 82aac35: the same counts); its direct misses, false speakers and role confusions were
printed and grouped into kinds (docs/PERFORMANCE.md, "Session 28, branch read25"). Each rule below was measured on
every quote set (`python -m tests.quotes_eval`, the whole output before and after) and kept only when no set's right
count or precision fell.

Kinds kept:
- (English) the person apposed after a subject written after the verb that named no one by the lexicon's cues: an
  indefinite noun ('“...,” said a vendor, Rutendo Muchwa.', subject_after._indefinite_noun) or a capitalised title read
  as a name's run ('"...," said Greene County Judge, Jesse Dollars.', subject_after._titled_run_apposed); and a body's
  run that "of" cut before its person's title and name ('“...,” said Arizona Department of Public Safety spokesman Bart
  Graves.', subject_after._words_with_run). Held-out25 direct en 37/46/56 -> 41/46/56; no other set moved.
- (English) a one-word (capitalised) answer, read as a work's name, that opens its paragraph, closes with its own comma,
  "!" or "?" and has its speaker written after it ('“Nuh-uh,” replied Ms. Brizendine.', direct._spoken_word); with it,
  a possessive mention resolves to its person ("the premier" after "Premier Annastacia Palaszczuk's office",
  same_person.resolve_in_article: held-out6's "Queenslander" went to "Annastacia Palaszczuk's"), and a quotation after
  "the phrase(s)" is a term, no one's words (lexicon ``title_nouns``, direct.NAMING_WORDS). Held-out25 direct en
  41/46/56 -> 43/48/56; held-out6 direct en 73/77/82 -> 74/78/82; held-out12 indirect en 60/80/92 -> 61/80/92.
- (English) verbs that report only right after a quotation's closing mark and comma (lexicon ``quote_verbs``:
  "charged", "pleaded"; postposed._postposed): '“We are tired of council’s promises ...,” charged one resident.'
  (and the paragraphs going on from it), '“Help,” pleaded Karlo.'. Made plain reporting verbs they also read "Police
  charged Tom Hill with murder" and "Ann Lee pleaded guilty" as statements (negative rows). Held-out25 direct en
  43/48/56 -> 50/55/56; no other set moved.
- (Spanish roles) neighbourhood boards and a producers' committee after a head's title are bodies of no role
  (lexicon ``role_only_cues`` unknown: "presidente del centro vecinal El Cucú", "integrante de la comisión vecinal",
  "representante del Sistema Producto Maíz"; they were read as government by "presidente"/"representante"). "vecinal"
  alone was tried and left out: held-out10 annotates "el representante vecinal" government (its roles 163 -> 158).
  Held-out25 es roles 24/43 -> 32/43; no other set moved.
- (Spanish) a noun no cue knows after the verb, before the colon of a quotation, is the verb's object when a name is
  the subject written before the verb ("Andrés Fernández, integrante de ..., expresó con claridad el contexto que
  atraviesan: “...”", preposed._preposed: the quotation went to no one). Held-out25 es direct 43/48/54 -> 44/49/54;
  no other set moved.
- (English) "he said" before anyone has spoken stands for a person named in a possessive after a person's title
  ("despite President Uhuru Kenyatta’s order ...", pronouns._named_before: a possessive was no person, and the
  quotation went to no one). Held-out25 direct en 50/55/56 -> 51/56/56; no other set moved. With it the possessive's
  run gives the person its title's role (speakers.resolve reads an owner by surname): held-out25 en roles 38/51 ->
  41/51, held-out20 en roles 43/53 -> 45/53.

Known misses (xfail rows below): "Another resident said:" (the capital "A" read as a preposition); a document as the
subject ("the petition stated"); a Spanish title after the verb describing the person just named when its cue was
written before as an adjective ("subrayó el dirigente gremial" after "la sede gremial").
"""

from __future__ import annotations

import pytest

from analysis.corpus.records import Article
from analysis.sources.quotes import extract
from analysis.text import build
from tests.quotes_eval import HELD_OUT25, run, statements
from tests.test_quotes import _check_precision_and_recall, _check_roles

SEKE = (  # real: a Zimbabwean local outlet on Seke's water cuts (held-out25, spent), two paragraphs
    "“The council employees responsible for service provision should ship out. They have failed and should vacate "
    "office for capable employees to take over,” said a disgruntled Seke resident, Terence Sibanda.\n\n"
    "The failure of the council to deal with the water shortage has enraged local business owners.\n\n"
    "“Fetching water in the wee hours of the morning means I have less time to sell my wares,” said a vendor, Rutendo "
    "Muchwa. “Water is a basic need that we can not do without.”"
)

APPOSED_AFTER_THE_VERB = [
    pytest.param(
        SEKE,
        "en",
        [
            (
                "Terence Sibanda",
                "The council employees responsible for service provision should ship out. They have failed and should "
                "vacate office for capable employees to take over",
                True,
            ),
            (
                "Rutendo Muchwa",
                "Fetching water in the wee hours of the morning means I have less time to sell my wares",
                True,
            ),
            ("Rutendo Muchwa", "Water is a basic need that we can not do without", True),
        ],
        id="real-en-said-a-vendor-name",
    ),
    pytest.param(
        "Greene County Road 223 is under water.\n\n\"I've been here five years and this is the worst I've seen,\" said "
        "Greene County Judge, Jesse Dollars.",
        "en",
        [("Jesse Dollars", "I've been here five years and this is the worst I've seen", True)],
        id="real-en-said-county-judge-comma-name",
    ),
    pytest.param(
        "The male suspect was taken into custody on Friday.\n\n“We’ve had our eyes on him for a while,” said Arizona "
        "Department of Public Safety spokesman Bart Graves.",
        "en",
        [("Bart Graves", "We’ve had our eyes on him for a while", True)],
        id="real-en-said-department-of-spokesman-name",
    ),
    pytest.param(
        "The market flooded again.\n\n“We lost all our stock,” said a local fish trader, Mary Banda.",
        "en",
        [("Mary Banda", "We lost all our stock", True)],
        id="en-said-a-local-trader-name",
    ),
    pytest.param(
        "The bridge was closed.\n\n“Nobody can cross it now,” said Lake County Commissioner, Ann Lee.",
        "en",
        [("Ann Lee", "Nobody can cross it now", True)],
        id="en-said-county-commissioner-comma-name",
    ),
    pytest.param(
        "The fire spread overnight.\n\n“It jumped the river twice,” said Bureau of Land Management spokeswoman Ann Lee.",
        "en",
        [("Ann Lee", "It jumped the river twice", True)],
        id="en-said-bureau-of-spokeswoman-name",
    ),
    # negatives: no person's name after the comma; a run ending in no title; a body's run with a verb after it
    pytest.param(
        "Tom Hill runs the stall.\n\n“We lost all our stock,” said a vendor, in tears.",
        "en",
        [("Tom Hill", "We lost all our stock", True)],
        id="neg-en-said-a-vendor-no-name",
    ),
    pytest.param(
        "The river rose.\n\n“It is the worst flood in years,” said Greene County, Arkansas.",
        "en",
        [("Greene County", "It is the worst flood in years", True)],
        id="neg-en-said-county-comma-place",
    ),
    pytest.param(
        "Hundreds were killed, according to what the Hamas Ministry of Health announced today.",
        "en",
        [("Hamas Ministry of Health", "Hundreds were killed", False)],
        id="neg-en-ministry-of-then-verb",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), APPOSED_AFTER_THE_VERB)
def test_a_person_apposed_after_the_verb(text, language, expected):
    assert statements(text, language) == expected


SCHOOL_BOARD = (  # real: a US outlet's report of a school board's open microphone (held-out25, spent), shortened
    "“We have the meeting open to the public right now,” Ms. Beede stated.\n\n“Nuh-uh,” replied Ms. Brizendine.\n\n"
    "“Great,” one other member stated because the display went darkish and was changed with the phrases “practice "
    "session in progress.”"
)

ONE_WORD_ANSWERS = [
    pytest.param(
        SCHOOL_BOARD,
        "en",
        [
            ("Beede", "We have the meeting open to the public right now", True),
            ("Brizendine", "Nuh-uh", True),
            ("other member", "Great", True),
        ],
        id="real-en-nuh-uh-replied-and-the-phrases",
    ),
    pytest.param(
        "The river kept rising on Sunday.\n\n“Help!” shouted Ann Lee.",
        "en",
        [("Ann Lee", "Help!", True)],
        id="en-help-shouted-name",
    ),
    pytest.param(  # real kind: held-out6's '"Queenslander," the premier wrote.' after "Premier Annastacia
        # Palaszczuk's office": the one-word answer is read, and the premier is the person, not her possessive
        'A staffer from Premier Ann Lee\'s office says the border stays shut.\n\n"Queenslander," the premier wrote.',
        "en",
        [("Ann Lee", "Queenslander", True)],
        id="en-one-word-the-premier-possessive-name",
    ),
    # negatives: a work's name inside a sentence; no speaker after the word; a phrase named, no one's words
    pytest.param(
        "The river kept rising on Sunday.\n\nShe watched “Meet the Press,” said Ann Lee.",
        "en",
        [],
        id="neg-en-title-inside-a-sentence",
    ),
    pytest.param(
        "The river kept rising on Sunday.\n\n“Great,” the sign read.",
        "en",
        [],
        id="neg-en-one-word-no-speaker",
    ),
    pytest.param(
        "The mayor used the phrase “a perfect storm” on Monday.",
        "en",
        [],
        id="neg-en-the-phrase",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), ONE_WORD_ANSWERS)
def test_a_one_word_answer_with_its_speaker_after_it(text, language, expected):
    assert statements(text, language) == expected


VICTORIA_FALLS = (  # real: a Zimbabwean outlet on a budget meeting's residents (held-out25, spent), shortened
    "Residents in the resort town vented their frustrations during the start of the 2018 Victoria Falls municipality "
    "budget consultative meetings on Monday.\n\n“We are tired of council’s promises that are never fulfilled,” "
    "charged one resident.\n\n“For the past three years, we have gone without water in Mfelandawonye and nothing has "
    "been done."
)

VERBS_AFTER_A_QUOTATION_ONLY = [
    pytest.param(
        VICTORIA_FALLS,
        "en",
        [
            ("resident", "We are tired of council’s promises that are never fulfilled", True),
            (
                "resident",
                "For the past three years, we have gone without water in Mfelandawonye and nothing has been done",
                True,
            ),
        ],
        id="real-en-charged-one-resident",
    ),
    pytest.param(
        "Many residents cannot reach their homes.\n\n“Help us, please,” pleaded Ann Lee.",
        "en",
        [("Ann Lee", "Help us, please", True)],
        id="en-pleaded-name",
    ),
    pytest.param(
        "The council met on Monday.\n\n“You have done nothing for us,” charged Tom Hill, a trader.",
        "en",
        [("Tom Hill", "You have done nothing for us", True)],
        id="en-charged-name-apposition",
    ),
    # negatives: the same verbs of a charge and a plea, no quotation before them, say no speech
    pytest.param(
        "Ann Lee pleaded guilty to theft on Monday.\n\nShe was charged with fraud in 2019.",
        "en",
        [],
        id="neg-en-pleaded-guilty-charged-with",
    ),
    pytest.param(
        "“We will fight this.” Police charged Tom Hill with murder.",
        "en",
        [],
        id="neg-en-police-charged-after-a-closed-quotation",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), VERBS_AFTER_A_QUOTATION_ONLY)
def test_a_verb_that_reports_only_after_a_quotation(text, language, expected):
    assert statements(text, language) == expected


def _roles(text: str, language: str) -> list[tuple[str, str]]:
    """(speaker, role) of each direct quotation the extractor reads in ``text`` alone."""
    return [(q.speaker, q.role) for q in extract(build([Article("a", text, language=language)])) if q.direct]


NEIGHBOURHOOD_BOARDS = [
    pytest.param(  # real: a Paraná outlet on neighbourhood boards (held-out25, spent), shortened
        "Durante el encuentro, los vecinos describieron una situación que consideran cada vez más preocupante. Andrés "
        "Fernández, integrante de la comisión vecinal La Santiagueña, expresó con claridad el contexto que atraviesan: "
        "“En principio, estamos viviendo tiempos muy difíciles donde la calle se nota que hay una creciente "
        "inseguridad”.",
        "es",
        [("Andrés Fernández", "unknown")],
        id="real-es-integrante-comision-vecinal-expreso-el-contexto",
    ),
    pytest.param(  # real: El Diario de Carlos Paz (held-out25, spent), shortened
        "Dante Monfrinotti, presidente del centro vecinal El Cucú, expresó a EL DIARIO: «En toda esta zona de la "
        "costanera, venimos teniendo muchos problemas».",
        "es",
        [("Dante Monfrinotti", "unknown")],
        id="real-es-presidente-del-centro-vecinal",
    ),
    pytest.param(
        "Ana Gil, representante del Sistema Producto Café en la región, recordó las pérdidas. «Sin seguro no podemos "
        "volver a sembrar», dijo.",
        "es",
        [("Ana Gil", "unknown")],
        id="es-representante-del-sistema-producto",
    ),
    pytest.param(
        "Luis Pérez, presidente de la comisión vecinal de Barrio Norte, describió la situación del barrio: «Pedimos "
        "más luz en las calles».",
        "es",
        [("Luis Pérez", "unknown")],
        id="es-presidente-comision-vecinal-describio-la-situacion",
    ),
    # negatives: "vecinal" alone stays as it was read (held-out10 annotates "el representante vecinal" government); a
    # head's title of the town is government; a noun after the verb speaks when no name is the subject before it
    pytest.param(
        "Luis Pérez, presidente municipal de Barrio Norte, recordó las obras. «Pedimos más luz en las calles», dijo.",
        "es",
        [("Luis Pérez", "government")],
        id="neg-es-presidente-municipal",
    ),
    pytest.param(
        "Tras reunirse con Luis Pérez, explicó el técnico: «Vamos a ganar el domingo».",
        "es",
        [("técnico", "unknown")],
        id="neg-es-a-noun-after-the-verb-with-no-name-subject-before",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), NEIGHBOURHOOD_BOARDS)
def test_a_neighbourhood_board_and_the_object_after_the_verb(text, language, expected):
    assert _roles(text, language) == expected


KENYA_NURSES = (  # real: a Kenyan outlet on the nurses' strike (held-out25, spent), its first paragraphs
    "Nurses yesterday said more counties are expected to join their strike on Monday despite President Uhuru "
    "Kenyatta’s order that they resume work by tomorrow.\n\nThe President directed the nurses to report to work "
    "tomorrow or face dismissal by the county governments and the Health ministry.\n\n“Any nurse who fails to report "
    "to work will be dismissed. The government will be at liberty to take any action as they deem appropriate,” he "
    "said."
)

A_PRONOUN_FOR_A_TITLED_POSSESSIVE = [
    pytest.param(
        KENYA_NURSES,
        "en",
        [
            (
                "Uhuru Kenyatta",
                "Any nurse who fails to report to work will be dismissed. The government will be at liberty to take "
                "any action as they deem appropriate",
                True,
            )
        ],
        id="real-en-he-said-after-president-possessive",
    ),
    pytest.param(
        "Workers ignored President Ann Lee’s plan for the depot.\n\n“It cannot go on like this,” she said.",
        "en",
        [("Ann Lee", "It cannot go on like this", True)],
        id="en-she-said-after-president-possessive",
    ),
    # negative: a body's possessive with no person's title names no one a pronoun stands for
    pytest.param(
        "Workers ignored the World Health Organization’s plan for the clinics.\n\n“It cannot go on like this,” she "
        "said.",
        "en",
        [],
        id="neg-en-body-possessive",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), A_PRONOUN_FOR_A_TITLED_POSSESSIVE)
def test_a_pronoun_for_a_person_named_in_a_titled_possessive(text, language, expected):
    assert [s for s in statements(text, language) if s[2]] == expected


def test_a_titled_possessive_gives_its_person_the_title_role():
    """The person named only in a possessive after a title ("President Uhuru Kenyatta’s order") has the title's role:
    the possessive's run is the person's by surname (speakers.resolve; before, only an owner's name indexed whole,
    "Mr Cameron’s", was): held-out25's Kenyatta read unknown, and held-out20 en roles 43/53 -> 45/53 with it."""
    assert _roles(KENYA_NURSES, "en") == [("Uhuru Kenyatta", "government")]
    assert _roles("Workers ignored the union’s plan.\n\nTom Hill spoke. “It cannot go on,” he said.", "en") == [
        ("Tom Hill", "unknown")
    ]


KNOWN_MISSES = [
    pytest.param(  # "Another" opens the title with a capital "A", read as the Spanish preposition "a" (session 19's
        # known bug); "another" as a determiner read it, but held-out15 and held-out17 en indirect gained wrong
        # statements ("another asked whether ...", read25): left out
        "Residents met the council on Monday.\n\nAnother resident said: “You never fulfil your promises.”",
        "en",
        [("Another resident", "You never fulfil your promises", True)],
        id="xfail-en-another-resident-said",
        marks=pytest.mark.xfail(strict=True, reason="'Another' read as the preposition 'a' + 'nother'"),
    ),
    pytest.param(  # a document as the subject: the petition's words are no one's (held-out25 annotates none); the last
        # person named goes on
        "Ann Lee chairs the board.\n\n“Parents were tuned in to learn if we will be sending our kids back to school "
        "soon,” the petition stated.",
        "en",
        [],
        id="xfail-en-the-petition-stated",
        marks=pytest.mark.xfail(strict=True, reason="a document subject goes to the last person named"),
    ),
    pytest.param(  # a title after the verb describing the person just named, whose cue ("gremial") was written before
        # as an adjective ("la sede gremial"): titles._anaphoric refuses a cue written before (held-out25's Allende)
        "La decisión se tomó en la sede gremial, encabezada por el secretario general de la entidad, José Allende. "
        "«También reclamamos por la falta de apertura de la mesa salarial», subrayó el dirigente gremial, diputado "
        "provincial y convencional constituyente.",
        "es",
        [("José Allende", "También reclamamos por la falta de apertura de la mesa salarial", True)],
        id="xfail-es-subrayo-el-dirigente-gremial-after-sede-gremial",
        marks=pytest.mark.xfail(strict=True, reason="the title's cue was written before as an adjective"),
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), KNOWN_MISSES)
def test_known_misses(text, language, expected):
    assert statements(text, language) == expected


@pytest.fixture(scope="module")
def held_out25():
    return run(HELD_OUT25)


# Held-out25 read after its rules (spent; branch read25, session 28): es direct 0.898 / 0.815 (44/49/54), en direct
# 0.911 / 0.911 (51/56/56), indirect unchanged (es 26/40/39, en 32/52/54); roles es 33/44, en 41/51. Its blind floors
# stay in tests/test_quotes_heldout25.py; these hold what the rules read, rounded down.
READ25_FLOORS = {
    ("es", True): (0.89, 0.81),
    ("es", False): (0.65, 0.66),
    ("en", True): (0.91, 0.91),
    ("en", False): (0.61, 0.59),
}
READ25_ROLE_FLOORS = {"es": 0.75, "en": 0.80}


@pytest.mark.parametrize("key", list(READ25_FLOORS), ids=lambda k: f"{k[0]}-{'direct' if k[1] else 'indirect'}")
def test_held_out25_read_after_its_rules(held_out25, key):
    _check_precision_and_recall("held-out25 (read)", held_out25, key, READ25_FLOORS)


@pytest.mark.parametrize("language", ["es", "en"])
def test_held_out25_roles_read_after_its_rules(held_out25, language):
    _check_roles("held-out25 (read)", held_out25, language, READ25_ROLE_FLOORS)
