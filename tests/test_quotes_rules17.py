"""Rules for KINDS of quote misses of held-out12, spent in session 17 (issue #23, branch read12).

Held-out12 was blind for three runs (tests/test_quotes_heldout12.py: es 0.866 / 0.738, en 0.924 / 0.787 at the
session's start); the lead spent it in session 17. Its direct misses were read and classed into kinds; a rule was
written only for a kind that is general (it reads a grammar of news writing, not one sentence), each checked on every
spent set's misses and against the still-blind held-out13's counts (no set may lose right speakers or precision).

Each rule: rows of sentences made up for the kind (they name no real event), at least one negative row (where the rule
must not apply), and the real sentence of held-out12 where the kind was missed, read from its excerpt by quotation.

Kinds:
- an English subject written after its verb as a capitalised word of affiliation or nationality, a lower-case title
  and a name: "said Australian coach Lisa Alexander", "said Labour leader Keir Starmer", "said Kremlin spokesman
  Dmitry Peskov". The first capitalised word, followed by a lower-case one, was read as the reported clause's subject
  ("said Manafort had lived"), and the quotation went to nobody (subject_after._affiliated_title_then_name).
- an English name after its verb followed by where it was said: "said Linda Taylor outside of the recreation center",
  "said parent Nancy Kennel outside the auditorium". The lower-case word after the name was read as the reported
  clause's verb ("said Manafort had lived"), and the quotation went to the last speaker or to the place named after
  it. "outside", "inside", "near", "beside", "behind" end a subject written after its verb, as "at" and "in" did
  (lexicon ``subject_ends``).
- someone not named after the verb, told by a relative clause closing the sentence: "“...,” said one parent who was
  called up to speak". The phrase's rule (frames._someone_unnamed, q13en) took at most five words and no "who", so the
  quotation went to the last speaker; the relative clause (no comma, at most twelve words) is part of who they are
  (not after a name qualifying the title: "said one Paradise resident who fled to Chico" stays "Paradise resident",
  tests/test_quotes.py).
- a Spanish subject after its verb and the medium spoken to, named after its kind: "comentó a radio Panamericana el
  pediatra X", "dijo a la cadena CNN el ministro X". The medium's lower-case words were skipped as those spoken to
  (subject_after.RE_AUDIENCE, q8rules) but its name was then read as the subject, no person, and the quotation went to
  the last speaker. The medium's name is skipped too, as after "dijo a Univision" (lexicon ``media_frames``).
- a Spanish surname that is a word of the stop list: "afirmó Carlos Bueno" was read as "Carlos" (and the speaker then
  matched no one). "bueno" is kept at a name's edge beside a word that is no stop word (lexicon ``name_words``, as the
  English "Greg Young"); "Bueno," opening a quotation or a sentence stays no name.
- a second clause joined after a quotation's comma, with its own subject and verb: "Según Serrano, el gobierno ha
  «ninguneado a la oposición», mientras que Dorado censuró que «...»". The name and verb after the comma were read as
  the first quotation's attribution ("«...», Dorado dijo"), so it went to the second clause's subject. A joining word
  ("y", "pero", "mientras", "aunque"; "and", "but", "while": lexicon ``clause_joiners``) opening what follows the
  comma opens a clause of its own; "como"/"as" do not ("«...», como dijo Gil"). "censuró" (criticised) joins the
  Spanish reporting verbs (alone it moved no set; with the joiner held-out12 gains one).
- a comma written as the low single mark "‚" (U+201A), as some outlets' publishing systems do throughout (South
  Africa's Sowetan in held-out12: "“... with his technical staff‚” Mokwena said"): the quotation's comma was not read,
  so the attribution after the closing mark was not joined to it and eight quotations went to nobody. "‚" before a
  closing mark is read as the comma it stands for (postposed._postposed, direct._before_trail). One outlet in the
  sets; a typographic kind that carries to all its text.
- a Spanish reporting verb missing from the lexicon: "«...», se quejó el comerciante" (complained); five quotations
  of one speaker went to nobody. "quejó", "quejaron" join the verbs; "quejó por" (what is complained of, no
  statement: "se quejó por el tratamiento que los medios hacen", held-out11's indirect precision fell without it)
  joins ``not_reporting``; the present "se queja" was left out (held-out9's indirect precision fell with it).
- a Spanish preterite written without its accent, as some regional outlets do: "Judith, vecina, señalo que “...”"
  (held-out12), "Conde aseguro que ..." (held-out8, indirect). "señalo", "aseguro", "afirmo", "enfatizo", "advirtio",
  "declaro" join the verbs; "expreso" was left out (held-out5's precision fell: the verb read right, its last speaker
  wrong), "preciso" too ("si es preciso").
- a name quoted after a naming word and an article: "a documentary titled the “grand scheme”". A naming word right
  before the mark ("titled “...”", "la denominada “...”") made the quotation a name (direct._titled_quotation,
  q8rules); with "the" between, it went to the sentence's subject. An article between them is passed over (a naming
  word only: "a festival the “best ever”" is no name).
"""

from __future__ import annotations

import pytest

from tests.quotes_eval import direct_pairs as _direct
from tests.quotes_eval import real_direct_speakers as _real
from tests.quotes_eval import statements

# (text, [(speaker, words)] of every direct quotation in text order), all English
RULES17EN = [
    # Kind: an affiliation or nationality, a lower-case title and a name after the verb.
    pytest.param(
        '"We will appeal the ruling," said Labour leader Ana Gil.',
        [("Ana Gil", "We will appeal the ruling")],
        id="affiliation-title-name-after-the-verb",
    ),
    pytest.param(
        '"It was a hard game," said Canadian coach Tom Ray after the 3-1 loss.',
        [("Tom Ray", "It was a hard game")],
        id="nationality-title-name-after-the-verb",
    ),
    pytest.param(  # negative: the name after the lower-case words is no title's: the reported clause's subject
        'Mayor Ana Gil spoke first. "The bridge is safe," said Tom Ray would visit Ana Lopez.',
        [("Ana Gil", "The bridge is safe")],
        id="name-then-verb-negative",
    ),
    pytest.param(  # negative: a group after the nationality: no person named
        'Mayor Ana Gil spoke first. "The bridge is safe," said Canadian officials.',
        [("Ana Gil", "The bridge is safe")],
        id="nationality-and-a-group-negative",
    ),
    # Kind: a name after the verb, then where it was said.
    pytest.param(
        'Mayor Ana Gil spoke first. "We are tired," said parent Tom Ray outside the City Hall.',
        [("Tom Ray", "We are tired")],
        id="name-then-place-after-the-verb",
    ),
    pytest.param(
        '"The water rose fast," said Ana Gil near the Lopez Bridge.',
        [("Ana Gil", "The water rose fast")],
        id="name-then-near-a-place",
    ),
    pytest.param(  # negative: the name is the reported clause's subject, its verb after it
        'Mayor Ana Gil spoke first. "It is fine," said Tom Ray had waited outside the court.',
        [("Ana Gil", "It is fine")],
        id="name-then-its-verb-then-outside-negative",
    ),
    # Kind: someone not named, told by a relative clause.
    pytest.param(
        'Mayor Ana Gil spoke first. "The plan is fair," said a woman who lives near the plant.',
        [("woman who lives near the plant", "The plan is fair")],
        id="someone-unnamed-with-a-relative-clause",
    ),
    pytest.param(  # negative: the relative clause goes on after a comma: left to the other rules (the last speaker)
        'Mayor Ana Gil spoke first. "The plan is fair," said a man who works at the plant, adding more.',
        [("Ana Gil", "The plan is fair")],
        id="someone-unnamed-relative-goes-on-negative",
    ),
    # Kind: a second clause with its own subject after a quotation's comma.
    pytest.param(
        'Mayor Ana Gil called the plan "a failure," while Tom Ray said it was "a success".',
        [("Ana Gil", "a failure"), ("Tom Ray", "a success")],
        id="second-clause-joined-by-while",
    ),
    # Kind: a name quoted after a naming word and an article.
    pytest.param(
        "Ana Gil spoke on Monday. She says a film titled the “great betrayal” was made to discredit her.",
        [],
        id="naming-word-and-article",
    ),
    pytest.param(  # negative: no naming word: the subject's words
        "Ana Gil spoke on Monday. She says the plan is the “worst ever” for the town.",
        [("Ana Gil", "worst ever")],
        id="article-without-a-naming-word-negative",
    ),
    pytest.param(  # negative: "as" attributes the quotation before it
        'Mayor Ana Gil called the plan "a failure," as Tom Ray said.',
        [("Tom Ray", "a failure")],
        id="as-attributes-the-quotation-negative",
    ),
    # Kind: a comma written as "‚" (U+201A) before the closing mark.
    pytest.param(
        "Coach Ana Gil spoke first. “We lost‚ but we fought‚” Tom Ray said after the game.",
        [("Tom Ray", "We lost‚ but we fought")],
        id="low-mark-as-a-comma",
    ),
    pytest.param(  # negative: no attribution after the mark: nobody's words still
        "Ana Gil left early. The fans sang “we are the champions‚” and the team went home.",
        [],
        id="low-mark-as-a-comma-no-attribution-negative",
    ),
]


# (text, [(speaker, words)] of every direct quotation in text order), all Spanish
RULES17ES = [
    # Kind: the medium spoken to, its kind and name, then the subject after the verb.
    pytest.param(
        "La alcaldesa Ana Gil visitó el hospital. «No hay camas», comentó a radio Nacional el médico Tomás Ruiz.",
        [("Tomás Ruiz", "No hay camas")],
        id="medium-named-then-subject",
    ),
    pytest.param(
        "«Vamos a reconstruir el puente», dijo a la cadena Telesur la ministra Ana Gil.",
        [("Ana Gil", "Vamos a reconstruir el puente")],
        id="medium-with-article-named-then-subject",
    ),
    pytest.param(  # negative: the medium's name and no subject after it: the last speaker's words still
        "La alcaldesa Ana Gil visitó el hospital. «No hay camas», dijo a radio Nacional.",
        [("Ana Gil", "No hay camas")],
        id="medium-named-no-subject-negative",
    ),
    # Kind: a surname that is a stop word.
    pytest.param(
        "«Fue un partido muy duro», afirmó Tomás Bueno, quien marcó el gol.",
        [("Tomás Bueno", "Fue un partido muy duro")],
        id="surname-that-is-a-stop-word",
    ),
    pytest.param(  # negative: "Bueno," opening the quotation is no name
        "«Bueno, vamos a ver qué pasa», dijo Tomás Ruiz.",
        [("Tomás Ruiz", "Bueno, vamos a ver qué pasa")],
        id="bueno-opening-a-quotation-negative",
    ),
    # Kind: a second clause with its own subject after a quotation's comma.
    pytest.param(
        "Ana Gil dijo que el plan es «un fracaso», mientras que Tomás Ruiz censuró que «nadie fue consultado».",
        [("Ana Gil", "un fracaso"), ("Tomás Ruiz", "nadie fue consultado")],
        id="second-clause-joined-by-mientras",
    ),
    pytest.param(
        "Según Ana Gil, la obra es «un desastre», pero Tomás Ruiz afirmó que «todo va bien».",
        [("Ana Gil", "un desastre"), ("Tomás Ruiz", "todo va bien")],
        id="second-clause-joined-by-pero",
    ),
    pytest.param(  # negative: the attribution after the comma is the quotation's own
        "La alcaldesa Ana Gil habló ayer. «Todo va bien», Tomás Ruiz dijo después.",
        [("Tomás Ruiz", "Todo va bien")],
        id="attribution-after-the-comma-negative",
    ),
    # Kind: a reporting verb missing from the lexicon.
    pytest.param(
        "La alcaldesa Ana Gil habló. «No hay agua desde el lunes», se quejó el vecino Tomás Ruiz.",
        [("Tomás Ruiz", "No hay agua desde el lunes")],
        id="complained-after-the-quotation",
    ),
    # Kind: a preterite written without its accent.
    pytest.param(
        "Los vecinos no tienen agua. Marta, vecina del barrio, señalo que “hace dos meses que cortan el agua”.",
        [("Marta", "hace dos meses que cortan el agua")],
        id="preterite-without-its-accent",
    ),
    pytest.param(  # negative: the same spelling, a first person inside the quotation, changes nothing
        "La alcaldesa Ana Gil habló. «Les aseguro que el agua volverá», dijo Tomás Ruiz.",
        [("Tomás Ruiz", "Les aseguro que el agua volverá")],
        id="first-person-inside-a-quotation-negative",
    ),
]


STATEMENTS17ES = [
    pytest.param(
        "El ministro Tomás Ruiz se quejó de que los medios exageran la inflación.",
        [("Tomás Ruiz", "los medios exageran la inflación", False)],
        id="complained-that",
    ),
    pytest.param(  # negative: what is complained of is no statement
        "El ministro Tomás Ruiz se quejó por el trato que los medios dan a la inflación.",
        [],
        id="complained-of-negative",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS17ES)
def test_statements_of_spanish_kinds(text, expected):
    assert statements(text, "es") == expected


@pytest.mark.parametrize(("text", "expected"), RULES17ES)
def test_rules_for_kinds_of_spanish_misses(text, expected):
    assert _direct(text, "es") == expected


@pytest.mark.parametrize(("text", "expected"), RULES17EN)
def test_rules_for_kinds_of_english_misses(text, expected):
    assert _direct(text, "en") == expected


# Real sentences of held-out12 where the kinds were missed: (set, excerpt, a quotation's first words, speaker).
REAL17 = [
    pytest.param(
        "heldout12", "sport-en-smh-alexander-constellation-cup", "We did win", "Lisa Alexander",
        id="affiliation-title-name-heldout12",
    ),
    pytest.param(
        "heldout12", "local-en-news5-strongsville-parents-react", "Once this is all said", "Linda Taylor",
        id="name-then-place-heldout12",
    ),
    pytest.param(
        "heldout12", "local-en-fox8-strongsville-board-meeting", "This is ridiculous", "Nancy Kennel",
        id="title-name-then-place-heldout12",
    ),
    pytest.param(
        "heldout12", "local-en-fox8-strongsville-board-meeting", "Also you handle yourselves",
        "parent who was called up to speak", id="someone-unnamed-relative-heldout12",
    ),
    pytest.param(
        "heldout12", "health-es-enpelotas-ap-dengue-santa-cruz", "El hospital está lleno",
        # the person alone since session 18 (names._person_of_body: "del Hospital ..." is his affiliation)
        "Fredy Rojas", id="medium-named-then-subject-heldout12",
    ),
    pytest.param(
        "heldout12", "sport-es-espectador-uy-bolivia-empate", "Sacamos un puntazo", "Carlos Bueno",
        id="surname-that-is-a-stop-word-heldout12",
    ),
    pytest.param(
        "heldout12", "politics-es-diariocordoba-presupuesto-impugnacion", "ninguneado a la oposición", "Serrano",
        id="second-clause-first-quotation-heldout12",
    ),
    pytest.param(
        "heldout12", "politics-es-diariocordoba-presupuesto-impugnacion", "no ha llamado a nuestra puerta", "Dorado",
        id="second-clause-second-quotation-heldout12",
    ),
    pytest.param(
        "heldout12", "sport-en-sowetan-mokwena-formosinho", "First‚ let us also", "Mokwena",
        id="low-mark-as-a-comma-heldout12",
    ),
    pytest.param(
        "heldout12", "economy-es-rosario3-comerciante-pizarra-inflacion", "Es alevoso", "Juan",
        id="complained-heldout12",
    ),
    pytest.param(
        "heldout12", "local-es-palpalaaldia-barrio-sarmiento-agua", "hace dos meses que cortan", "Judith",
        id="preterite-without-its-accent-heldout12",
    ),
]


@pytest.mark.parametrize(("set_name", "article", "words", "speaker"), REAL17)
def test_real_sentences_of_the_kinds(set_name, article, words, speaker):
    assert [s for text, s in _real(set_name, article).items() if text.startswith(words)] == [speaker]
