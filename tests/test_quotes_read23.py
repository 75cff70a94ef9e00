"""Kinds of held-out23's misses, session 26, branch read23 (issue #23). Held-out23 was spent after its two blind runs
(counts the same on both); its direct misses and false speakers were printed and grouped into kinds
(docs/PERFORMANCE.md, "Session 26, branch read23"). Each rule below was measured on every quote set
(`python -m tests.quotes_eval`, before and after) and kept only when no set's right count or precision fell.

Kinds kept:
- (English) a capitalised name right before a speaker's lower-case noun modifies it ("The Shripney Road resident
  said ...", analysis/sources/name_modifiers.py): the subject is the description, not a person named by the run
  (held-out23: the street became the speaker of eleven paragraphs of its resident's words). A name with a holder
  after the noun ("Windies skipper Carlos Brathwaite") is the holder, as before; a noun of no speaker ("The Mill
  Lane bridge") leaves the name alone. Held-out23 direct en 57/85/95 -> 68/85/95; held-out10 indirect en
  24/41/43 -> 25/41/43; held-out18 indirect en 63/85/97 -> 63/84/97; no set fell.
- (English) a capitalised title apposed to a name ("“...,” Mary Stein, Assistant Library Director, said", "Laura
  Benfield, Head of Animal Care, adds: “...”"): the name before it speaks, and the title's run is no person introduced
  (subjects.capitalised_title_aside, read by postposed._apposition_then_verb and introduced._title_apposed_to;
  "head" joins the English person_titles). Before, the quotation after it was left to nobody or given to the
  title's run, and so were the paragraphs going on from it. Held-out23 direct en 68/85/95 -> 73/87/95; held-out17
  indirect en 58/76/95 -> 58/75/95; no set fell.
- (English) a definite title of a private person ("the nurse", "the resident": a witness's cue) stands for the last
  speaker only when that speaker was described as a private person (speakers._private_title_of_another): "Chief
  executive of NHS Wales David Sissling ... The nurse said: “...”" is the nurse's, as written (held-out23: seven
  paragraphs went to the chief executive). Held-out23 direct en 73/87/95 -> 80/87/95; no other set moved. Roles of
  right en speakers 51/73 -> 51/80: the nurse's seven are right with a witness's role (the set annotates an
  anonymous nurse 'unknown'); no right role was lost.
- (English) a title written without a determiner after the verb, then a comma and a person's full name
  ('"...," says union president, Darrell Bush.', subject_after._bare_title): the name speaks (before, the quotation
  went to nobody and the next one to the person named last). Only a speaker's word of the lexicon ends the title
  ("worker" is none: a known miss). Held-out23 direct en 80/87/95 -> 81/87/95; held-out11 indirect en 76/97/126 ->
  77/98/126; no set fell.
- (English) a paragraph opening with a title, a person's name and a comma, then the quotation, no verb (a
  round-up of reactions: 'Charnock Richard manager Ryan Donnellan, "It was abit of a reality check ..."',
  preposed._name_opening_a_reaction): the name speaks (before, the quotations went to nobody). A name with no
  title before it ('Tom Hill, "the Rocket", won') or words other than a title ('Ashton Athletic beat Avro Town,
  "..."') or a name inside a paragraph: nothing, as before. Held-out23 direct en 81/87/95 -> 87/93/95; no other set
  moved.
- (Spanish) a direct quotation with no subject followed by a plural verb of saying and no name ('«...», añadieron.',
  '“...”, reclamaron.'): a group's words (the sets annotate none), not the last person's
  (speakers._said_by_an_unnamed_group). Held-out23 direct es 41/50/54 -> 41/48/54; held-out10 es 174/192/208 ->
  174/191/208; held-out20 es 37/44/51 -> 37/43/51; held-out21 es 57/59/70 -> 57/58/70; no right count fell.
- (both) "CLAUSE, according to NAME of BODY in PLACE, TITLE.": the comma after the place closes no source there (the
  clause was read before the marker), so the words before the marker are the statement (indirect._indirect reads
  `_clause_after_source` only when the clause comes after the source). Held-out23 indirect en 22/33/36 -> 23/34/36;
  no other set moved. Its speaker keeps the body in its name ("Lincoln Sennett of Swan Honey"), which is no person,
  so the "he said" after it still goes to the person before (known miss).
- (English) one capital letter hyphened to a lower-case word ("a council U-turn", "T-shirt", "X-ray") is no name
  (names._shape): "U-turn" was tied to "the council" and became the speaker of the council's statements. Held-out23
  direct en 87/93/95 -> 88/93/95, indirect en 23/34/36 -> 24/34/36; no other set moved.
- (English) "source" is a speaker's noun (an unnamed informant: "One Labour source told i she was ...",
  lexicons/sources_en.yaml ``speaker_nouns``). Held-out5 direct en 71/74/77 -> 73/76/77, indirect en 15/32/34 ->
  16/33/34; no set fell. Held-out23's "The source said: '...'" is still lost: its first paragraph is left open in
  single straight marks, and a definite "the source" after a named person is read as that person (known misses).
"""

from __future__ import annotations

import pytest

from tests.quotes_eval import direct_pairs, statements

SHRIPNEY = (  # real: the Bognor Regis Observer's A29 flooding report (held-out23, spent), its first paragraphs
    "HOMEOWNER Annette Denby has criticised the continued flooding of the A29.\n\n"
    "The Shripney Road resident said the recent rain saw the previous problems re-occur in spite of a week of "
    "maintenance on the road.\n\n"
    "“The rain came on Wednesday (January 30) and it just flooded the road from Sack Lane to my property just north "
    "of the Robin Hood.\n\n"
    "“The water was knee high and stretched for 300-400m,” she said."
)

NAME_MODIFIES_A_SPEAKER_NOUN = [
    pytest.param(
        SHRIPNEY,
        "en",
        [
            ("Annette Denby", "the continued flooding of the A29", False),
            (
                "Annette Denby",
                "the recent rain saw the previous problems re-occur in spite of a week of maintenance on the road",
                False,
            ),
            (
                "Annette Denby",
                "The rain came on Wednesday (January 30) and it just flooded the road from Sack Lane to "
                "my property just north of the Robin Hood",
                True,
            ),
            ("Annette Denby", "The water was knee high and stretched for 300-400m", True),
        ],
        id="real-en-shripney-road-resident",
    ),
    pytest.param(
        "Homeowner Ann Lee has criticised the council.\n\nThe Hollins Lane resident said the drains were blocked "
        "again.\n\n“The water came into the kitchen on Monday.\n\n“It was knee deep,” she said.",
        "en",
        [
            ("Ann Lee", "the drains were blocked again", False),
            ("Ann Lee", "The water came into the kitchen on Monday", True),
            ("Ann Lee", "It was knee deep", True),
        ],
        id="en-lane-resident-goes-on",
    ),
    pytest.param(
        "Shopkeeper Tom Hill has run the bakery for years.\n\nThe Hollins Lane trader said sales had fallen.\n\n"
        "“We lost a week of trade.\n\n“Nobody came,” he said.",
        "en",
        [
            ("Tom Hill", "sales had fallen", False),
            ("Tom Hill", "We lost a week of trade", True),
            ("Tom Hill", "Nobody came", True),
        ],
        id="en-lane-trader-goes-on",
        marks=pytest.mark.xfail(strict=True, reason="'trader' is no speaker's noun in lexicons/sources_en.yaml"),
    ),
    # negatives: a holder named after the noun is the speaker; a noun of no speaker leaves the name alone
    pytest.param(
        "Windies skipper Carlos Brathwaite said the team had fought.\n\n“We wanted a win,” he said.",
        "en",
        [("Carlos Brathwaite", "the team had fought", False), ("Carlos Brathwaite", "We wanted a win", True)],
        id="neg-en-skipper-with-holder",
    ),
    pytest.param(
        "The Labour councillor Ann Lee said the library must stay open.\n\n“It is the heart of the town,” she said.",
        "en",
        [("Ann Lee", "the library must stay open", False), ("Ann Lee", "It is the heart of the town", True)],
        id="neg-en-party-councillor-with-holder",
    ),
    pytest.param(
        "Tom Hill runs the bakery.\n\nThe Hollins Lane bridge was closed on Monday.\n\n“We lost a week of trade,” "
        "he said.",
        "en",
        [("Tom Hill", "We lost a week of trade", True)],
        id="neg-en-lane-bridge-no-speaker",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), NAME_MODIFIES_A_SPEAKER_NOUN)
def test_a_name_modifying_a_speaker_noun_is_no_speaker(text, language, expected):
    assert statements(text, language) == expected


SECRET_WORLD = (  # real: Burnham-On-Sea.com's wildlife charity appeal (held-out23, spent), two of its paragraphs
    "Laura Benfield, Head of Animal Care, adds: “With the coming heat wave, wildlife again will be challenged to find "
    "food, which was such a huge problem last summer.”\n"
    "“With a team of experienced animal carers, the charity can only run with the support of volunteers.”"
)
BATON_ROUGE = (  # real: BRProud's reopened downtown library (held-out23, spent), its second paragraph
    "“This library is very different form the building we had before,” Mary Stein, Assistant Library Director, said. "
    "“It’s filled with light, it’s filled with spaces for people.”"
)

CAPITALISED_TITLE_APPOSED = [
    pytest.param(
        SECRET_WORLD,
        "en",
        [
            (
                "Laura Benfield",
                "With the coming heat wave, wildlife again will be challenged to find food, which was "
                "such a huge problem last summer",
                True,
            ),
            (
                "Laura Benfield",
                "With a team of experienced animal carers, the charity can only run with the support of volunteers",
                True,
            ),
        ],
        id="real-en-secret-world-head-of-animal-care",
    ),
    pytest.param(
        BATON_ROUGE,
        "en",
        [
            ("Mary Stein", "This library is very different form the building we had before", True),
            ("Mary Stein", "It’s filled with light, it’s filled with spaces for people", True),
        ],
        id="real-en-baton-rouge-assistant-library-director",
    ),
    pytest.param(
        "“The pens are full,” Ann Lee, Director of Animal Care, said.",
        "en",
        [("Ann Lee", "The pens are full", True)],
        id="en-after-director-of",
    ),
    pytest.param(
        "“The pens are full,” Ann Lee, Head of Animal Care, said. “We need help.”",
        "en",
        [("Ann Lee", "The pens are full", True), ("Ann Lee", "We need help", True)],
        id="en-after-head-of-goes-on",
    ),
    pytest.param(
        "Tom Hill, Head of Youth Services, said: “The club will stay open.”",
        "en",
        [("Tom Hill", "The club will stay open", True)],
        id="en-before-head-of",
    ),
    # negatives: a body's or a place's name apposed is no title (no speaker, as before); no verb after it, no speaker
    pytest.param(
        "“The pens are full,” Ann Lee, Casa de Moneda, said.",
        "en",
        [],
        id="neg-en-body-apposed",
    ),
    pytest.param(
        "“The pens are full,” Ann Lee, Head of Animal Care, and her son left.",
        "en",
        [],
        id="neg-en-title-then-no-verb",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), CAPITALISED_TITLE_APPOSED)
def test_a_capitalised_title_apposed_is_no_speaker(text, language, expected):
    assert statements(text, language) == expected


MORRISTON = (  # real: the South Wales Evening Post's Morriston nurses report (held-out23, spent), four paragraphs
    "Chief executive of NHS Wales David Sissling paid a visit to the hospital's A&E department last week, where he "
    "observed work and spoke to senior staff.\n\n"
    "But one worker insists that nurses were warned by senior managers not to approach Mr Sissling — a claim which is "
    "denied by Abertawe Bro Morgannwg University Health Board.\n\n"
    'The nurse said: "They made it quite clear we were not to talk to him during his visit.\n\n'
    '"Mr Sissling spoke to doctors and senior staff, but we were not allowed to do so.'
)

PRIVATE_TITLE_OF_ANOTHER = [
    pytest.param(
        "“We are proud of the ward,” said Tom Hill, who runs the trust.\n\nThe nurse said: “We were told not to speak "
        "to him.”",
        "en",
        [("Tom Hill", "We are proud of the ward", True), ("nurse", "We were told not to speak to him", True)],
        id="en-the-nurse-after-a-manager",
    ),
    pytest.param(
        "“We are proud of the ward,” Tom Hill said.\n\n“We were told not to speak to him,” the nurse said.",
        "en",
        [("Tom Hill", "We are proud of the ward", True), ("nurse", "We were told not to speak to him", True)],
        id="en-the-nurse-after-the-quotation",
    ),
    # negatives: a speaker described as a private person is that person again; an office's title is the last
    # speaker as before; a title with nobody who spoke before is the person introduced, as before
    pytest.param(
        "Ann Lee, a resident of the estate, lost her car.\n\n“It was awful,” she said.\n\nThe resident said: “Nobody "
        "came to help.”",
        "en",
        [("Ann Lee", "It was awful", True), ("Ann Lee", "Nobody came to help", True)],
        id="neg-en-the-resident-described-so",
    ),
    pytest.param(
        "“It was awful,” said Ann Lee, a nurse at the hospital.\n\n“Nobody came to help,” the nurse said.",
        "en",
        [("Ann Lee", "It was awful", True), ("Ann Lee", "Nobody came to help", True)],
        id="neg-en-the-nurse-described-so",
    ),
    pytest.param(
        "“We are proud of the ward,” Tom Hill said.\n\n“We will look into it,” the spokesman said.",
        "en",
        [("Tom Hill", "We are proud of the ward", True), ("Tom Hill", "We will look into it", True)],
        id="neg-en-the-spokesman-last-speaker",
    ),
    pytest.param(
        "Ann Lee, 45, lost her car.\n\n“It was awful,” the resident said.\n\n“Nobody came to help,” she said.",
        "en",
        [("Ann Lee", "It was awful", True), ("Ann Lee", "Nobody came to help", True)],
        id="neg-en-the-resident-introduced",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), PRIVATE_TITLE_OF_ANOTHER)
def test_a_private_title_is_no_other_speaker(text, language, expected):
    assert statements(text, language) == expected


def test_the_real_nurse_is_no_chief_executive():
    """The real excerpt's direct quotations (its first paragraph also gives the chief executive an indirect statement,
    'where he observed work and spoke to senior staff': a false one, left as it is)."""
    assert direct_pairs(MORRISTON, "en") == [
        ("nurse", "They made it quite clear we were not to talk to him during his visit"),
        ("nurse", "Mr Sissling spoke to doctors and senior staff, but we were not allowed to do so"),
    ]


KILGORE = (  # real: KLTV's report of Mansfield Plumbing's Kilgore plant closing (held-out23, spent), two paragraphs
    "Tuesday morning all hopes for employees to return to their jobs were dashed when Mansfield Plumbing announced "
    "they are closing the plant.\n\n"
    '"As of right now the company notified us this morning they give us 90 days notice of their intent to close the '
    'facility," says union president, Darrell Bush.'
)

BARE_TITLE_APPOSED_AFTER_THE_VERB = [
    pytest.param(
        KILGORE,
        "en",
        [
            ("Mansfield Plumbing", "they are closing the plant", False),
            (
                "Darrell Bush",
                "As of right now the company notified us this morning they give us 90 days notice of "
                "their intent to close the facility",
                True,
            ),
        ],
        id="real-en-kilgore-says-union-president-comma-name",
    ),
    pytest.param(
        '"We will fight on," said club secretary, Ann Lee.',
        "en",
        [("Ann Lee", "We will fight on", True)],
        id="en-said-club-secretary-comma-name",
    ),
    pytest.param(
        '"We will fight on," says coach, Ann Lee, after the game.',
        "en",
        [("Ann Lee", "We will fight on", True)],
        id="en-says-coach-comma-name-comma",
    ),
    pytest.param(  # a known miss until read27: "worker" is no speaker's word of the lexicon (adding it to
        # speaker_nouns read a false indirect statement in held-out23); a group member's noun ends a bare title since
        # (subject_after._bare_title, tests/test_quotes_read27.py)
        '"This was not our fault," says worker, Joe Wilkerson.',
        "en",
        [("Joe Wilkerson", "This was not our fault", True)],
        id="en-says-worker-comma-name-known-miss",
    ),
    # negatives: no title before the comma (a time), or a determiner's title (read as before)
    pytest.param(
        '"We will fight on," said yesterday, Ann Lee.',
        "en",
        [],
        id="neg-en-said-a-time-comma-name",
    ),
    pytest.param(
        '"We will fight on," said the coach, Ann Lee.',
        "en",
        [("Ann Lee", "We will fight on", True)],
        id="neg-en-said-the-coach-comma-name-as-before",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), BARE_TITLE_APPOSED_AFTER_THE_VERB)
def test_a_bare_title_apposed_after_the_verb(text, language, expected):
    assert statements(text, language) == expected


ANONYMOUS_SOURCE = [
    pytest.param(  # real: the i's report of Rachel Reeves's budget response (held-out5, spent)
        "The leader of the Opposition also traditionally leads the Budget response but Ms Reeves had to deputise at "
        "the last minute.\n\nOne Labour source told i she was instantly “ready” for the task and “put her mark on "
        "it” by reacting to announcements as well as taking on Sir Keir’s planned speech.",
        "en",
        [("Labour source", "ready"), ("Labour source", "put her mark on it")],
        id="real-en-one-labour-source-told-i",
    ),
    pytest.param(
        "The vote was held on Monday.\n\nOne Tory source said the plan was “dead” and would be dropped.",
        "en",
        [("Tory source", "dead")],
        id="en-one-tory-source-said",
    ),
    pytest.param(  # known miss: a definite "the source" after a named person is read as that person
        "Judge Tom Hill resigned on Monday.\n\nThe source said: “The case was going badly.”",
        "en",
        [("source", "The case was going badly")],
        id="en-the-source-after-a-named-person-known-miss",
        marks=pytest.mark.xfail(strict=True, reason="the title is read as the person named before (title: anaphoric)"),
    ),
    # negatives: the source of a thing is no speaker
    pytest.param(
        "“It was a leak,” Ann Lee said.\n\nThe source of the leak was never found.\n\n“We are still looking,” she said.",
        "en",
        [("Ann Lee", "It was a leak"), ("Ann Lee", "We are still looking")],
        id="neg-en-the-source-of-a-leak",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), ANONYMOUS_SOURCE)
def test_an_anonymous_source_speaks(text, language, expected):
    assert direct_pairs(text, language) == expected


NWCFL = (  # real: the North West Counties league's managers' reactions (held-out23, spent), three paragraphs
    '1874 Northwich manager Wayne Goodison, "An outstanding performance from our players today. Our play in '
    "possession was terrific.\n\n"
    '"That said at 2-0 we had to work hard to stay on top but ultimately the players got the reward for the effort '
    'they displayed."\n\n'
    'Charnock Richard manager Ryan Donnellan, "It was abit of a reality check yesterday and we were well beaten."'
)

REACTION_ROUND_UP = [
    pytest.param(
        NWCFL,
        "en",
        [
            (
                "Wayne Goodison",
                "An outstanding performance from our players today. Our play in possession was terrific",
            ),
            (
                "Wayne Goodison",
                "That said at 2-0 we had to work hard to stay on top but ultimately the players got the reward for the "
                "effort they displayed",
            ),
            ("Ryan Donnellan", "It was abit of a reality check yesterday and we were well beaten"),
        ],
        id="real-en-nwcfl-manager-name-comma-quotation",
    ),
    pytest.param(
        'Results from Saturday.\n\nTown manager Ann Lee, "We were beaten fairly and must improve."',
        "en",
        [("Ann Lee", "We were beaten fairly and must improve")],
        id="en-town-manager-name-comma-quotation",
    ),
    # negatives: a nickname after a bare name, words other than a title, a name inside a paragraph
    pytest.param(
        'Results from Saturday.\n\nTom Hill, "the Rocket", won again on Saturday.',
        "en",
        [],
        id="neg-en-name-comma-nickname",
    ),
    pytest.param(
        'Results from Saturday.\n\nAshton Athletic beat Avro Town, "a very good side", on Saturday.',
        "en",
        [],
        id="neg-en-clause-before-name-comma",
    ),
    pytest.param(
        'Results from Saturday. Town manager Ann Lee, "We were beaten fairly and must improve."',
        "en",
        [],
        id="neg-en-inside-a-paragraph",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), REACTION_ROUND_UP)
def test_a_name_opening_a_reaction(text, language, expected):
    assert direct_pairs(text, language) == expected


QUILMES = (  # real: El Sol's report of Quilmes Oeste's power cuts (held-out23, spent), two of its sentences
    "«Qué mal vivir así», acotó la vecina Florencia.\nLos vecinos de Villa Alcira, en Bernal, también sufrieron cortes "
    "de energía eléctrica durante el sábado. «Pese a los numerosos y reiterados reclamos a Edesur y al Ente Regulador "
    "de la Electricidad nadie da respuesta», añadieron."
)

UNNAMED_GROUP = [
    pytest.param(QUILMES, "es", [("Florencia", "Qué mal vivir así")], id="real-es-quilmes-anadieron"),
    pytest.param(
        "«No hay luz», explicó la vecina Ana Gil.\nLos comerciantes también sufrieron cortes. «Perdimos toda la "
        "mercadería», contaron.",
        "es",
        [("Ana Gil", "No hay luz")],
        id="es-contaron-after-a-person",
    ),
    # negatives: a singular verb goes on from the last person; a plural verb with the names after it is theirs
    pytest.param(
        "«No hay luz», explicó la vecina Ana Gil. «Perdimos toda la mercadería», añadió.",
        "es",
        [("Ana Gil", "No hay luz"), ("Ana Gil", "Perdimos toda la mercadería")],
        id="neg-es-anadio-singular",
    ),
    pytest.param(
        "«No hay luz», explicó la vecina Ana Gil. «Perdimos toda la mercadería», señalaron Luis Paz y Eva Ruiz.",
        "es",
        [("Ana Gil", "No hay luz"), ("Luis Paz", "Perdimos toda la mercadería")],
        id="neg-es-plural-with-names",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), UNNAMED_GROUP)
def test_an_unnamed_group_is_no_last_person(text, language, expected):
    assert direct_pairs(text, language) == expected


MAINE = (  # real: the Portland Press Herald's drought and fall honey crop (held-out23, spent), one sentence
    "The state doesn’t keep data on the total honey harvest, and federal numbers reveal little in a state largely made "
    "up of small producers, according to Lincoln Sennett of Swan Honey in Albion, Maine’s largest retail honey "
    "producer."
)

ACCORDING_TO_AFTER_THE_CLAUSE = [
    pytest.param(
        MAINE,
        "en",
        [
            (
                "Lincoln Sennett of Swan Honey",
                "The state doesn’t keep data on the total honey harvest, and federal numbers reveal little in a state "
                "largely made up of small producers",
                False,
            )
        ],
        id="real-en-maine-according-to-name-of-body-in-place-title",
    ),
    pytest.param(
        "Federal numbers reveal little about the harvest this year, according to Ann Lee of Acme Honey in Albion, the "
        "largest producer.",
        "en",
        [("Ann Lee of Acme Honey", "Federal numbers reveal little about the harvest this year", False)],
        id="en-according-to-name-of-body-in-place-title",
    ),
    # negative: a source read before its clause, with words after it before the comma, is still no statement
    pytest.param(
        "De acuerdo al Sismológico Nacional uno fue de 1.8, mientras que el otro de 2.8.",
        "es",
        [],
        id="neg-es-de-acuerdo-al-clause-goes-on",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), ACCORDING_TO_AFTER_THE_CLAUSE)
def test_according_to_after_the_clause(text, language, expected):
    assert statements(text, language) == expected


WHALSAY = (  # real: The Shetland Times's Whalsay ferry timetable (held-out23, spent), its first and last sentences
    "Changes to Whalsay’s ferry timetable sparked controversy this week – causing a council U-turn on some of its "
    "sailings.\n"
    "The council also admitted there was not a backup vessel in place if the Hendra or Filla was to break down during "
    "this period.\n"
    "“We currently do not have a spare ferry, so we would consider the options at the time,” it added."
)

LETTER_WORD_IS_NO_NAME = [
    pytest.param(
        WHALSAY,
        "en",
        [("council", "We currently do not have a spare ferry, so we would consider the options at the time")],
        id="real-en-whalsay-council-u-turn",
    ),
    pytest.param(
        "The council said bookings were suspended after a council U-turn on the sailings.\n“We currently do not have "
        "a spare ferry,” it added.",
        "en",
        [("council", "We currently do not have a spare ferry")],
        id="en-u-turn-then-it-added",
    ),
    # negatives: hyphened names stay names
    pytest.param(
        "“We have listened to our staff,” said Jean-Pierre Dupont, after the U-turn.",
        "en",
        [("Jean-Pierre Dupont", "We have listened to our staff")],
        id="neg-en-jean-pierre",
    ),
    pytest.param(
        "“We have listened,” Ann Lee-Smith said.", "en", [("Ann Lee-Smith", "We have listened")], id="neg-en-lee-smith"
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), LETTER_WORD_IS_NO_NAME)
def test_a_letter_hyphened_to_a_word_is_no_name(text, language, expected):
    assert direct_pairs(text, language) == expected
