"""Kinds of dev27's misses, session 27, branch dev27q (issue #23).

tests/data/quotes_dev27.json is a DEVELOPMENT set (29 real excerpts, 15 Spanish and 14 English; 161 quotations: es 67
direct + 33 indirect, en 42 direct + 19 indirect) gathered to widen what the extractor has seen: wire copy with a
dateline (Servimedia, Europa Press, EFE copies, AP, Reuters copies), Latin American regional outlets, courts and
police, business, sport round-ups and British local press. It was annotated by hand from the text alone and committed
alone (b453f3f) before the extractor ran on it; its first run (b453f3f plus its line in tests/quotes_eval.SETS, no
reader change) is a one-off blind-like estimate:
    direct   es P 0.852 R 0.776 (52/61/67);  en P 0.882 R 0.714 (30/34/42)
    indirect es P 0.742 R 0.697 (23/31/33);  en P 0.526 R 0.526 (10/19/19)
    roles of right direct speakers: es 38/52, en 22/30
Its misses were then read (`python -m tests.quotes_eval dev27 --misses es|en`) and grouped into kinds. Each rule below
was measured on every quote set (`python -m tests.quotes_eval`, before and after) and kept only when no set's right
count or precision fell (docs/PERFORMANCE.md, "Session 27, branch dev27q").

Kinds kept:
- (Spanish) "Estados" is a word of names beside a capitalised word (lexicons/sources_es.yaml ``name_words``): it is a
  stop word (a form of "estar"), so "Estados Unidos" was read as a person "Unidos", and "el mandatario" was tied to
  it. dev27 direct es 52/61/67 -> 53/61/67; no other set moved.
- (Spanish) the titles of a police chief are one office (``title_synonyms``: comisario, jefe policial, jefe de
  policía, ...): "indicó el jefe policial" after "el comisario general Claudio Vignetta" is him, not a bare title.
  dev27 direct es 53 -> 55, indirect es 23/31/33 -> 24/31/33; no other set moved.
- (both) a hyphenated surname is found by either half (same_person._surname_halves): "ha afirmado Pallete" after
  "José María Álvarez-Pallete" is him. dev27 direct es 55 -> 58; no other set moved.
- (English) a quotation signed on its own line after a spaced hyphen ('"..." - Huddersfield boss Mark Robins after
  losing') or by a team's possessive and a name ('"..." – Wigan's Roberto Martinez after a 4-0 defeat')
  (around._signed_below, same_person.owned_name). dev27 direct en 30/34/42 -> 32/34/42; no other set moved.
- (English) a quotation under a paragraph ending "The following message is from TITLE, NAME:" (a document noun, "is
  from" / "was issued by", a person's name and a colon; around._introduced_from; "message" joins the English
  ``document_nouns``). dev27 direct en 32/34 -> 33/35; no other set moved.
- (English) "CLAUSE, ..., NAME, said title NAME." (inverted_subject.only_a_speaker_after): when the words after a verb
  of saying are only lower-case title words and a person's name ending the sentence, the capitalised name before the
  verb closes the clause said and is no speaker. dev27 indirect en 10/19/19 -> 11/19/19; no other set moved.
- (both) a quoted word or phrase inside a clause whose sentence closes with ", according to / según / de acuerdo con
  PERSON-or-TITLE." is that source's (closing_source.closing_source; an outlet, a body's name or a count is not:
  "according to Reuters"). dev27 direct es 58/61/67 -> 61/64/67; no other set moved.
- (Spanish) "Según señaló X a La Voz, CLAUSE": after "según" and a verb, a link of ``audience_links`` and a
  capitalised name after the source are whom X spoke to, not a clause going on from the source
  (inverted_subject.told_to_whom). dev27 indirect es 24/31/33 -> 25/32/33; no other set moved.
- (both) a speaker written as an acronym of a name the article spells out, no person's ("The AP ... said" after "The
  Associated Press said"; acronyms.spelled_out): that name. dev27 indirect en 11/19/19 -> 15/19/19; no other set
  moved.

Tried and left out: an attribution inserted between commas ("Además, ha explicado X, CLAUSE", "El plan, señaló X,
seguirá") read as what follows it or as the whole sentence: four sets rose, four fell (dev es indirect 37 -> 36,
held-out19 37 -> 36, held-out12 en 60 -> 59). A clause holding a quotation read as "CLAUSE, X said" when four words of the writer's open it
(every spent set's Spanish indirect precision fell: dev 45 -> 61 predicted for one more right); "a juicio de" / "en
opinión de" as markers (no set moved: "a juicio de su presidente" is still not read). "state" as an English verb of saying ("agent Brickhill Properties state: “...”"): "the state"
became a speaker across the sets (blind en direct 40 -> 39, held-out14 119 -> 118, held-out22 indirect 49 -> 47).
Known misses (xfail rows): an appositive company before the verb ("Raymond Dalio, co-chief investment officer of the
world’s largest hedge fund, Bridgewater Associates, said ..."); a message's later paragraphs that lost their marks.
"""

from __future__ import annotations

import pytest

from tests.quotes_eval import DEV27, annotation_problems, between_marks, run, statements
from tests.test_quotes import _check_precision_and_recall, _check_roles

# The values reached after this session's rules (ratios rounded down); they ratchet: never lower one.
DEV27_FLOORS = {
    ("es", True): (0.95, 0.91),  # first run 52/61/67 -> 61/64/67
    ("es", False): (0.78, 0.75),  # 23/31/33 -> 25/32/33
    ("en", True): (0.94, 0.78),  # 30/34/42 -> 33/35/42
    ("en", False): (0.78, 0.78),  # 10/19/19 -> 15/19/19
}
DEV27_ROLE_FLOORS = {"es": 0.72, "en": 0.75}  # 44/61, 25/33

# The one quotation the placement rule refuses: Redes de Noticias's 'Dijo que “desde febrero ... se dieron los
# terrenos. Precisó que “...' opens a mark it never closes; the quotation ends before its sentence's period.
UNCLOSED = [("local-es-concordia-vecinos-corte-illia", "desde febrero que hicimos todo el papele")]


def test_dev27_annotations_are_well_formed():
    """Each quotation occurs in its excerpt where tests/quotes_eval.load looks for it, a direct one between marks
    (or a paragraph's start and end), roles known, ids and addresses unique, no address another data file's."""
    problems, counts, data = annotation_problems(DEV27, between_marks('«“"‘”', '»”"’'))
    assert len({ex["id"] for ex in data["excerpts"]}) == len(data["excerpts"])
    assert len({ex["url"] for ex in data["excerpts"]}) == len(data["excerpts"])
    assert problems == UNCLOSED
    assert counts == {("es", True): 67, ("es", False): 33, ("en", True): 42, ("en", False): 19}
    assert sum(ex["language"] == "es" for ex in data["excerpts"]) == 15
    assert sum(ex["language"] == "en" for ex in data["excerpts"]) == 14


@pytest.fixture(scope="module")
def dev27():
    return run(DEV27)


@pytest.mark.parametrize("key", list(DEV27_FLOORS), ids=lambda k: f"{k[0]}-{'direct' if k[1] else 'indirect'}")
def test_dev27_precision_and_recall(dev27, key):
    _check_precision_and_recall("dev27", dev27, key, DEV27_FLOORS)


@pytest.mark.parametrize("language", ["es", "en"])
def test_dev27_roles_of_right_speakers(dev27, language):
    _check_roles("dev27", dev27, language, DEV27_ROLE_FLOORS)


# (text, language, [(speaker, words, direct)]): the real kind first, then sentences of our own, then the negatives.
ESTADOS_UNIDOS = [
    pytest.param(  # real: Prensa Libre's copy of a Deutsche Welle report on Bukele (dev27), shortened
        "El presidente de El Salvador, Nayib Bukele, dijo que el mandatario había viajado a Estados Unidos para pedir "
        "una reunión, según una nota de AP.\n\nDurante la misma reunión, el mandatario expresó que “el día martes la "
        "Asamblea Legislativa intentó realizar un golpe de Estado”.",
        "es",
        [
            (
                "Nayib Bukele",
                "el mandatario había viajado a Estados Unidos para pedir una reunión, según una nota de AP",
                False,
            ),
            ("Nayib Bukele", "el día martes la Asamblea Legislativa intentó realizar un golpe de Estado", True),
        ],
        id="real-mandatario-not-unidos",
    ),  # fmt: skip
    pytest.param(
        "El canciller Marcelo Ebrard viajó a Estados Unidos. «Fue una buena reunión», dijo el funcionario.",
        "es",
        [("Marcelo Ebrard", "Fue una buena reunión", True)],
        id="own-title-after-the-country",
    ),
    pytest.param(  # negative: "Estados" opening a noun phrase is no name of anyone
        "Los Estados miembros no llegaron a un acuerdo. «No hay consenso», dijo el portavoz Pedro Gil.",
        "es",
        [("Pedro Gil", "No hay consenso", True)],
        id="negative-estados-miembros",
    ),
]

POLICE_CHIEF = [
    pytest.param(  # real: La Voz's report of raids in Saldán (dev27), shortened
        "Según señaló el comisario general Claudio Vignetta a La Voz, hubo 30 allanamientos en Saldán.\n"
        "Como resultado de esos procedimientos, 15 personas fueron apresadas, indicó el jefe policial.\n"
        'Algunas personas fueron apresadas por contravenciones, como "negativa a identificarse" o "escándalos", agregó '
        "el jefe policial.",
        "es",
        [
            ("Claudio Vignetta", "hubo 30 allanamientos en Saldán", False),  # told_to_whom, below
            ("Claudio Vignetta", "Como resultado de esos procedimientos, 15 personas fueron apresadas", False),
            ("Claudio Vignetta", "negativa a identificarse", True),
            ("Claudio Vignetta", "escándalos", True),
        ],
        id="real-jefe-policial",
    ),
    pytest.param(
        "El comisario mayor Juan Pérez encabezó el operativo en el barrio. «Fue un trabajo de meses», dijo el jefe "
        "policial.",
        "es",
        [("Juan Pérez", "Fue un trabajo de meses", True)],
        id="own-comisario-mayor",
    ),
    pytest.param(  # negative: two police chiefs named, no guess between them
        "El comisario Juan Pérez y el comisario Luis Gómez encabezaron el operativo. «Fue un trabajo de meses», dijo "
        "el jefe policial.",
        "es",
        [("jefe policial", "Fue un trabajo de meses", True)],
        id="negative-two-chiefs",
    ),
]

HYPHENATED_SURNAME = [
    pytest.param(  # real: El Plural on Telefónica's shareholders' meeting (dev27), shortened
        "Telefónica cumple 95 años y su presidente, José María Álvarez-Pallete, habló ante los accionistas. "
        '"Cumplimos lo que decimos", ha afirmado Pallete ante los accionistas.',
        "es",
        [("José María Álvarez-Pallete", "Cumplimos lo que decimos", True)],
        id="real-pallete",
    ),
    pytest.param(
        "La alcaldesa Ana Gil-Robles visitó la obra. «Terminaremos en mayo», dijo Robles.",
        "es",
        [("Ana Gil-Robles", "Terminaremos en mayo", True)],
        id="own-second-half",
    ),
    pytest.param(  # negative: a particle of two letters is no half of a surname
        "El presidente Abdel Fattah al-Sisi visitó la obra. «Terminaremos en mayo», dijo Sisi.",
        "es",
        [("Sisi", "Terminaremos en mayo", True)],
        id="negative-al-particle",
    ),
]

SIGNED_ROUND_UP = [
    pytest.param(  # real: a blog's round-up of managers' words after heavy defeats (dev27), shortened
        "2) Concede that the opposition were better.\n\n"
        '"You have to give Liverpool credit... but I think we were to blame for the scoreline" – Wigan\'s Roberto '
        "Martinez after a 4-0 defeat at home.\n\n4) Divert the blame.\n\n"
        '"The two goals that followed came as a result of us thinking about the misfortune we suffered" - Huddersfield '
        "boss Mark Robins after losing 4-1 to Brighton.",
        "en",
        [
            (
                "Roberto Martinez",
                "You have to give Liverpool credit... but I think we were to blame for the scoreline",
                True,
            ),
            (
                "Mark Robins",
                "The two goals that followed came as a result of us thinking about the misfortune we suffered",
                True,
            ),
        ],
        id="real-possessive-and-hyphen",
    ),  # fmt: skip
    pytest.param(
        '"We were second best and they deserved it all" – Sunderland\'s Steve Bruce, on the defeat.',
        "en",
        [("Steve Bruce", "We were second best and they deserved it all", True)],
        id="own-possessive-then-comma",
    ),
    pytest.param(  # negative: a team's possessive before no person's name signs nothing
        'Norwich boss Chris Hughton: "We were still very much in the game."\n\n'
        '"We gave it everything we had today, in front of our fans" – Wigan\'s supporters after the game.',
        "en",
        [
            ("Chris Hughton", "We were still very much in the game", True),
            ("Chris Hughton", "We gave it everything we had today, in front of our fans", True),
        ],
        id="negative-possessive-no-name",
    ),
    pytest.param(  # negative: a hyphen inside a sentence, the quotation not opening its line
        'The score was 4-0 - a heavy defeat for the side, and a "very poor" afternoon for its manager Roberto Martinez.',
        "en",
        [],
        id="negative-hyphen-in-sentence",
    ),
]

MESSAGE_FROM = [
    pytest.param(  # real: a neighbourhood watch page's message from a ward sergeant (dev27), shortened
        "The following message is from our Ward Acting Sergeant, Scott Bannister:\n\n“There has been a dramatic rise "
        "in Theft from Motor Vehicles in the last month. There is no defined pattern to these.”",
        "en",
        [
            (
                "Scott Bannister",
                "There has been a dramatic rise in Theft from Motor Vehicles in the last month. There "
                "is no defined pattern to these",
                True,
            ),
        ],
        id="real-message-from",
    ),  # fmt: skip
    pytest.param(
        "The following statement was issued by Chief Constable Jo Farrell:\n\n“We will not rest until the people "
        "responsible for this attack are found and brought to justice.”",
        "en",
        [
            (
                "Constable Jo Farrell",
                "We will not rest until the people responsible for this attack are found and brought to justice",
                True,
            )
        ],
        id="own-statement-issued-by",
    ),  # fmt: skip
    pytest.param(  # negative: a message about someone is not theirs
        "The following message is about Scott Bannister:\n\n“He has served the ward for twenty years and will be "
        "missed by everyone who knew him.”",
        "en",
        [],
        id="negative-message-about",
    ),
]

INVERTED_TITLED_SPEAKER = [
    pytest.param(  # real: the AP's report of its 2013 results (dev27)
        "The AP’s forecast 2014 revenue gain is expected to come from increasing sales of video, photos and its video "
        "newsroom software, Essential News Production System, said chief financial officer Ken Dale.",
        "en",
        [
            (
                "Ken Dale",
                "The AP’s forecast 2014 revenue gain is expected to come from increasing sales of video, photos "
                "and its video newsroom software, Essential News Production System",
                False,
            )
        ],
        id="real-software-name-before-said",
    ),  # fmt: skip
    pytest.param(
        "Growth this year will come from video sales in the Middle East, said chief executive Ana Ruiz.",
        "en",
        [("Ana Ruiz", "Growth this year will come from video sales in the Middle East", False)],
        id="own-title-name",
    ),
    pytest.param(  # negative: a clause whose subject is a titled name
        "Ana Gil said chief executive Ken Dale will leave the company at the end of the year.",
        "en",
        [("Ana Gil", "chief executive Ken Dale will leave the company at the end of the year", False)],
        id="negative-clause-with-a-titled-subject",
    ),
    pytest.param(  # negative: an abbreviation's point is no sentence's end (held-out21's "Antonio's Aug. 27")
        "Kemp declined comment after the verdict, saying he would comment at Antonio's Aug. 27 sentencing.",
        "en",
        [("Kemp", "he would comment at Antonio's Aug. 27 sentencing", False)],
        id="negative-abbreviation",
    ),
]

CLOSING_SOURCE = [
    pytest.param(  # real: La Voz's report of raids in Saldán (dev27), shortened
        'Por otro lado, fueron incautadas entre 25 y 28 motos, cinco automóviles (dos "adulterados"), "gran cantidad de '
        'autopartes" y "poca cantidad" de cocaína, de acuerdo con el comisario general Claudio Vignetta.',
        "es",
        [
            ("Claudio Vignetta", "adulterados", True),
            ("Claudio Vignetta", "gran cantidad de autopartes", True),
            ("Claudio Vignetta", "poca cantidad", True),
            (
                "Claudio Vignetta",
                'Por otro lado, fueron incautadas entre 25 y 28 motos, cinco automóviles (dos "adulterados"), "gran '
                'cantidad de autopartes" y "poca cantidad" de cocaína',
                False,
            ),
        ],
        id="real-de-acuerdo-con",
    ),
    pytest.param(
        'The firm had "no plans" to close the plant this year, according to its owner Ana Ruiz.',
        "en",
        [("Ana Ruiz", "no plans", True), ("Ana Ruiz", 'The firm had "no plans" to close the plant this year', False)],
        id="own-according-to",
    ),
    pytest.param(  # negative: the outlet that reports is not who said the quoted words
        'The firm had "no plans" to close the plant this year, according to Reuters.',
        "en",
        [("Reuters", 'The firm had "no plans" to close the plant this year', False)],
        id="negative-outlet",
    ),
    pytest.param(  # negative: a count names no one
        'La empresa no tiene "ningún plan" de cerrar la planta, según un primer balance.',
        "es",
        [],
        id="negative-count",
    ),
]

TOLD_TO_WHOM = [
    pytest.param(  # real: La Voz's report of raids in Saldán (dev27)
        "Según señaló el comisario general Claudio Vignetta a La Voz, entre las 10 y las 13 de este viernes se llevaron "
        "adelante aproximadamente 30 allanamientos en Saldán.",
        "es",
        [
            (
                "Claudio Vignetta",
                "entre las 10 y las 13 de este viernes se llevaron adelante aproximadamente 30 allanamientos en Saldán",
                False,
            )
        ],
        id="real-segun-senalo-a-la-voz",
    ),
    pytest.param(
        "Según dijo la ministra Ana Gil a Radio Mitre, el plan de obras seguirá este año.",
        "es",
        [("Ana Gil", "el plan de obras seguirá este año", False)],
        id="own-segun-dijo-a-radio",
    ),
    pytest.param(  # negative: "a los vecinos les falta" goes on from the source: no comma closes it there
        "Según señaló Ana Gil a los vecinos les falta trabajo, y eso se nota.",
        "es",
        [],
        id="negative-clause-goes-on",
    ),
]

ACRONYM = [
    pytest.param(  # real: the AP's report of its 2013 results (dev27), shortened
        "NEW YORK (AP) — The Associated Press said Wednesday that it posted a net profit of $3.3 million in 2013.\n\n"
        "The AP eliminated its long-term debt and said it expects a small amount of revenue growth this year.",
        "en",
        [
            ("Associated Press", "it posted a net profit of $3.3 million in 2013", False),
            ("Associated Press", "it expects a small amount of revenue growth this year", False),
        ],
        id="real-the-ap",
    ),
    pytest.param(
        "The International Monetary Fund ramped up pressure on Britain on Wednesday. The IMF said the new plan would "
        "raise inequality across the country.",
        "en",
        [("International Monetary Fund", "the new plan would raise inequality across the country", False)],
        id="own-imf",
    ),
    pytest.param(  # negative: a person's initials are no acronym of hers
        "Ana Pérez, the mayor, spoke on Monday. AP said the mayor would resign before the end of the year.",
        "en",
        [("AP", "the mayor would resign before the end of the year", False)],
        id="negative-a-persons-initials",
    ),
]

KNOWN_MISSES = [
    pytest.param(  # real: Reuters' copy on the IMF and Moody's (dev27): the company in the apposition is read
        "Raymond Thomas Dalio, co-chief investment officer of the world’s largest hedge fund, Bridgewater Associates, "
        "said he could not believe the mistakes being made by the government.",
        "en",
        [("Raymond Thomas Dalio", "he could not believe the mistakes being made by the government", False)],
        id="xfail-apposed-company",
        marks=pytest.mark.xfail(
            reason="known miss: a company apposed to a person's title before the verb", strict=True
        ),
    ),
    pytest.param(  # real: the ward sergeant's message goes on in paragraphs that lost their marks (dev27)
        "The following message is from our Ward Acting Sergeant, Scott Bannister:\n\n“There has been a rise in thefts."
        "\n\nI am developing an operation to combat the rise.\n\nI would be grateful if you could pass on a request.”",
        "en",
        [
            ("Scott Bannister", "There has been a rise in thefts", True),
            ("Scott Bannister", "I am developing an operation to combat the rise", True),
            ("Scott Bannister", "I would be grateful if you could pass on a request", True),
        ],
        id="xfail-paragraphs-without-marks",
        marks=pytest.mark.xfail(reason="known miss: a quotation's middle paragraphs have no marks", strict=True),
    ),
]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    ESTADOS_UNIDOS + POLICE_CHIEF + HYPHENATED_SURNAME + SIGNED_ROUND_UP + MESSAGE_FROM + INVERTED_TITLED_SPEAKER
    + CLOSING_SOURCE + TOLD_TO_WHOM + ACRONYM + KNOWN_MISSES,
)  # fmt: skip
def test_dev27_kinds(text, language, expected):
    assert statements(text, language) == expected
