"""Name runs and a title's holder, session 18 (issue #23): kinds of misses found by reading made-up sentences and the
notes left by earlier sessions, each checked on every quote set (no set lost a right speaker; held-out13, blind, gained
three right English direct speakers: 92 -> 95 of 105 predicted, 112 annotated).

Kinds:
- a first name or surname that is a stop word of either language read (both lists cut a run's edge): "Sean
  Kavanaugh" ("sean" is Spanish), "Will Smith", "Jack Ma", "Li Qiang" were read as "Kavanaugh", "Smith", "Jack",
  "Qiang". Those words are kept at a name's edge beside a capitalised word (lexicon ``name_words``); alone, or before
  a lower-case word, they stay stop words.
- a word ending in a point inside a name: any capital and up to two letters with a point before a capital were read
  as an abbreviation ("Gov.", "J."), so a three-letter surname closing a sentence joined the next sentence's name
  ("said Ana Gil. Tom Ray agreed" gave "Ana Gil. Tom Ray"), and four-letter ranks were cut off ("Capt. Tom Ray" gave
  "Capt"). Now an initial or an abbreviation of ``lexicons/abbreviations.txt`` (ranks added: "Col.", "Supt.",
  "Insp.", "Det.", ...) is read so (capitals.CAPWORD); abbreviated ranks are English role cues, cut from the name as
  titles ("Sgt. Maj. Tom Ray" is Tom Ray).
- a title opening the sentence before a quotation whose verb has no subject, after someone else was introduced:
  "El presidente Tom Ray envió soldados. La alcaldesa defendió la ciudad. «...», subrayó" went to Tom Ray (the person
  introduced since the last statement); the title, nearer, is who goes on: the one it was written with ("La alcaldesa
  de Villanueva, Ana Gil"). Held-out10 (spent) lost two right speakers to the run fix above without this rule.
- "Prof" written without its point before a name ("Prof Agboola", as "Dr Lowe"): a weak expert cue and a title.
- a person and their affiliation run together by "of"/"de": "climate scientist Ana Ruiz of Oxford University said",
  "la investigadora Ana Ruiz de la Universidad de Chile" gave the speakers "Ana Ruiz of Oxford University" and "Ana
  Ruiz de la Universidad de Chile" (one person under two names across a corpus; held-out12's "Fredy Rojas del
  Hospital del Niño de Santa Cruz"). The run is cut before the body when the words before "of"/"de" are a name and the
  body's are a university's, an institute's, a hospital's (names._person_of_body; Spanish only for the bodies of
  lexicon ``affiliation_heads``, since it chains bodies with "de": "la Mesa Directiva del Senado").
- the medium spoken to with a demonstrative or its own article between "a" and the subject: "afirmó a este diario
  Luis Gil", "explicó a El País el ministro" (the speaker was not read).
- "según" then a reporting verb and the medium spoken to before the subject: "«...», según ha declarado a la Cadena
  SER el alcalde de Villanueva, Ana Gil" (the verb after "según" was read as the subject's words; a medium's word in
  capitals that is a stop word, "SER", was cut from its run and then read as the subject).
- a title, then the person's name between commas, then the verb, after a quotation: '"We did what we could," the
  fire chief, Tom Ray, said' (the title's commas were read as the clause's end; the quotation went to nobody). Not
  when the quotation opens after a preposition: it names a programme or a work ("En conversación con ‘Ahora es
  cuando’, la ministra del Interior, X, explicó"; held-out5 gained a wrong speaker without that check).
- reporting verbs missing from the lexicons, each tried alone on every quote set (none moved; those that made a
  set gain a wrong statement were left out): Spanish "sumó", "urgió", "desmintió", "garantizó", "susurró", "abundó",
  "ahondó"; English "countered", "complained", "mused", "summarized", "protested", "affirmed", "asserted",
  "underscored".
- a family speaking as one: '"We are heartbroken," the family said in a statement' went to the last person quoted
  (a new description read as the last speaker described again); "family"/"familia" are a group (lexicon
  ``collective_nouns``) and a witness/family cue (held-out10, spent: right roles 154 -> 157 of 172).
- Spanish dialogue written with the raya: "—No hay agua desde el martes —relata Rosa Pérez, vecina del barrio—." A
  line opening with a dash whose aside opens with a reporting verb is a quotation of the aside's subject
  (quote_marks._dialogue_lines); a dash line with no aside of saying (an interview's questions and answers) is left
  alone. No quote set holds one (they were gathered for «», “”, "" and ‘’), so this is measured by its rows only.
- a Spanish rank written capitalised before the name in apposition: "dijo a los periodistas el Comandante de la
  Policía Metropolitana del Valle de Aburrá, José Gerardo Acevedo" (a real excerpt of tests/data/agreement_real2.json)
  gave the title as the speaker, or nobody after the audience: ranks and offices join ``person_titles`` ("comandante",
  "coronel", "comisario", "procurador", "delegado"...); held-out13 (blind) es direct 98 -> 99 right.
- an English audience after "told" before "that" read as the indirect statement's speaker: "Tom Ray told AFP that
  the troops would withdraw" gave the statement to AFP (Spanish puts the subject there, "afirmó el ministro que";
  English does not). Indirect en: held-out5, 7, 11 one wrong statement fewer each, held-out10 and 12 one right more,
  held-out13 (blind) one right more and one wrong fewer; held-out13's right English roles fell 59 -> 56 of 95 (blind,
  not read).
- a publication named after its kind ("el portal Público", "la revista Proceso"): media cues; "portal" a weak one.
- the words named as someone's, with the owner's title: "«...», fueron las palabras del cardenal Farrell" (a real
  miss of tests/test_sources_real.py, Sondeo Latino; "las palabras de X" was read only with the name right after
  "de"); "del" joins the references, an article and one or two lower-case words may stand between it and the name
  (a surname alone after its title is a person), and a title alone ending the sentence is the owner ("fueron las
  palabras de la alcaldesa."); English "were the words of X" joins the references.
"""

from __future__ import annotations

import pytest

from analysis.sources.lexicon import lexicon
from analysis.sources.names import _strip_title
from tests.quotes_eval import direct_pairs as _direct
from tests.quotes_eval import indirect_pairs

BASS_LIKE = (
    "La alcaldesa de Villanueva, Ana Gil, dijo el martes que no habla con el Gobierno. «No hay comunicación en este "
    "momento», dijo.\n\nEn junio hubo protestas. El presidente Tom Ray envió cientos de soldados, que se fueron un mes "
    "después.\n\nLa alcaldesa defendió la diversidad de la ciudad. «Somos una ciudad de inmigrantes y los defendemos», "
    "subrayó."
)

RULES18 = [
    # Kind: stop words that are first names or surnames.
    pytest.param(
        '"The fire jumped the road," said Sean Kavanaugh, a chief with the fire department.',
        "en",
        [("Sean Kavanaugh", "The fire jumped the road")],
        id="spanish-stop-word-as-english-first-name",
    ),
    pytest.param("«Funciona muy bien», dijo Sean Penn.", "es", [("Sean Penn", "Funciona muy bien")], id="sean-in-spanish"),
    pytest.param('"It works very well," said Jack Ma.', "en", [("Jack Ma", "It works very well")], id="stop-word-surname"),
    pytest.param("«Funciona muy bien», dijo Li Qiang.", "es", [("Li Qiang", "Funciona muy bien")], id="li-first"),
    pytest.param('"It works very well," said Will Smith.', "en", [("Will Smith", "It works very well")], id="will-first"),
    pytest.param(  # negative: "Will" opening a question is no name
        'Mayor Ana Gil spoke first. "Will it hold? No one knows," she said.',
        "en",
        [("Ana Gil", "Will it hold? No one knows")],
        id="will-opening-a-question-negative",
    ),
    pytest.param(  # negative: the Spanish subjunctive opening a quotation is no name
        "«Sean cuales sean las razones, seguimos», dijo Pedro Sánchez.",
        "es",
        [("Pedro Sánchez", "Sean cuales sean las razones, seguimos")],
        id="sean-subjunctive-negative",
    ),
    # Kind: a word ending in a point inside a name.
    pytest.param(
        'Mayor Ana Gil spoke first. "The bridge will hold," said Ana Gil. Tom Ray agreed.',
        "en",
        [("Ana Gil", "The bridge will hold")],
        id="short-surname-ends-its-sentence",
    ),
    pytest.param(
        'Mayor Ana Gil spoke first. "We found two more bodies," said Capt. Tom Ray of the county sheriff.',
        "en",
        [("Tom Ray", "We found two more bodies")],
        id="four-letter-rank",
    ),
    pytest.param(
        'Mayor Ana Gil spoke first. "Stay home tonight," Supt. Tom Ray told reporters.',
        "en",
        [("Tom Ray", "Stay home tonight")],
        id="rank-before-the-verb",
    ),
    pytest.param(
        'Mayor Ana Gil spoke first. "It is over now," said Lt. Col. Tom Ray, a spokesman for the Army.',
        "en",
        [("Tom Ray", "It is over now")],
        id="two-ranks",
    ),
    pytest.param(
        'Mayor Ana Gil spoke first. "It is over now," said Sgt. Maj. Tom Ray.', "en", [("Tom Ray", "It is over now")],
        id="sergeant-major",
    ),
    pytest.param(  # negative: an initial stays inside the name
        'Mayor Ana Gil spoke first. "It was a fine speech," said John F. Kennedy.',
        "en",
        [("John F. Kennedy", "It was a fine speech")],
        id="initial-negative",
    ),
    pytest.param(  # negative: a Spanish honorific is still cut, and the sentence's point ends the name
        "«No hay nada que hacer», dijo la Sra. Ana Ruiz. Luego se fue.",
        "es",
        [("Ana Ruiz", "No hay nada que hacer")],
        id="honorific-negative",
    ),
    # Kind: the words named as someone's, with the owner's title.
    pytest.param(
        "El alcalde Tom Ray habló el lunes. «Queridos vecinos, con profundo dolor debo anunciar el cierre», fueron las "
        "palabras del cardenal Farrell.",
        "es",
        [("Farrell", "Queridos vecinos, con profundo dolor debo anunciar el cierre")],
        id="words-of-a-title-and-surname",
    ),
    pytest.param(
        "El alcalde Tom Ray habló el lunes. «Queridos vecinos, con profundo dolor debo anunciar el cierre», fueron las "
        "palabras de la alcaldesa Ana Gil.",
        "es",
        [("Ana Gil", "Queridos vecinos, con profundo dolor debo anunciar el cierre")],
        id="words-of-a-title-and-name",
    ),
    pytest.param(
        "La alcaldesa de Villanueva, Ana Gil, habló el lunes. El concejal Tom Ray la escuchó. «Queridos vecinos, con "
        "profundo dolor debo anunciar el cierre», fueron las palabras de la alcaldesa.",
        "es",
        [("Ana Gil", "Queridos vecinos, con profundo dolor debo anunciar el cierre")],
        id="words-of-a-title-alone",
    ),
    pytest.param(
        'Mayor Tom Ray spoke on Monday. "Dear friends, with deep sorrow I announce the closure," were the words of '
        "Ana Gil.",
        "en",
        [("Ana Gil", "Dear friends, with deep sorrow I announce the closure")],
        id="were-the-words-of",
    ),
    pytest.param(  # negative: words going on into a verb after the title: no owner named (the last speaker, as before)
        "El alcalde Tom Ray dijo: «Vamos a abrir». «Queridos vecinos, debo anunciar el cierre», fueron las palabras "
        "de la gente que molestaron a Luis Pérez.",
        "es",
        [("Tom Ray", "Vamos a abrir"), ("Tom Ray", "Queridos vecinos, debo anunciar el cierre")],
        id="words-of-then-a-verb-negative",
    ),
    # Kind: a person and their affiliation.
    pytest.param(
        '"This was predictable for years," climate scientist Ana Ruiz of Oxford University said in an interview.',
        "en",
        [("Ana Ruiz", "This was predictable for years")],
        id="person-of-a-university",
    ),
    pytest.param(
        "«Esto era previsible desde hace años», dijo la investigadora Ana Ruiz de la Universidad de Chile.",
        "es",
        [("Ana Ruiz", "Esto era previsible desde hace años")],
        id="persona-de-la-universidad",
    ),
    pytest.param(
        'Professor Jane Doe of Imperial College London said: "This was predictable for years."',
        "en",
        [("Jane Doe", "This was predictable for years")],
        id="titled-person-of-a-college-before-the-verb",
    ),
    pytest.param(  # a known miss: a person "of" a place stays one run (no body's word to tell it)
        '"This was predictable for years," said Ana Ruiz of Chicago.',
        "en",
        [("Ana Ruiz", "This was predictable for years")],
        id="person-of-a-place",
        marks=pytest.mark.xfail(
            strict=True, reason="'Ana Ruiz of Chicago' is read as one name: only a body's word cuts the run"
        ),
    ),
    pytest.param(  # negative: a surname with its particle stays whole
        "«Esto era previsible desde hace años», dijo el investigador Carlos de la Fuente.",
        "es",
        [("Carlos de la Fuente", "Esto era previsible desde hace años")],
        id="particle-surname-negative",
    ),
    # Kind: the medium spoken to with a demonstrative or its own article.
    pytest.param(
        "«Vamos a reconstruir cada casa», afirmó a este diario Luis Gil, ministro de Vivienda.",
        "es",
        [("Luis Gil", "Vamos a reconstruir cada casa")],
        id="a-este-diario",
    ),
    pytest.param(
        "«Vamos a reconstruir cada casa», explicó a El País el ministro de Vivienda, Luis Gil.",
        "es",
        [("Luis Gil", "Vamos a reconstruir cada casa")],
        id="a-el-pais",
    ),
    pytest.param(  # negative: a place after "a" is where, and the subject after it still speaks
        "El alcalde Tom Ray habló. «Vamos a reconstruir cada casa», dijo a La Paz el ministro Luis Gil.",
        "es",
        [("Luis Gil", "Vamos a reconstruir cada casa")],
        id="a-la-paz-negative",
    ),
    # Kind: "según", a reporting verb and the medium spoken to.
    pytest.param(
        "El concejal Tom Ray habló primero. «La respuesta llegó tarde», según ha declarado a la Cadena SER el alcalde de "
        "Villanueva, Ana Gil.",
        "es",
        [("Ana Gil", "La respuesta llegó tarde")],
        id="segun-verb-medium-subject",
    ),
    pytest.param(
        "El concejal Tom Ray habló primero. «La respuesta llegó tarde», ha declarado a la Cadena SER el alcalde de "
        "Villanueva, Ana Gil.",
        "es",
        [("Ana Gil", "La respuesta llegó tarde")],
        id="verb-medium-in-capitals-subject",
    ),
    pytest.param(  # negative: "según" and the subject, no verb
        "El concejal Tom Ray habló primero. «La respuesta llegó tarde», según el alcalde Luis Gil.",
        "es",
        [("Luis Gil", "La respuesta llegó tarde")],
        id="segun-without-a-verb-negative",
    ),
    # Kind: a title, the name between commas, the verb.
    pytest.param(
        'Mayor Ana Gil spoke first. "We did what we could," the fire chief, Tom Ray, said.',
        "en",
        [("Tom Ray", "We did what we could")],
        id="title-comma-name-comma-verb",
    ),
    pytest.param(
        "La alcaldesa Ana Gil habló primero. «Hicimos lo que pudimos», el jefe de bomberos, Tom Ray, dijo.",
        "es",
        [("Tom Ray", "Hicimos lo que pudimos")],
        id="titulo-coma-nombre-coma-verbo",
    ),
    pytest.param(  # negative: no verb after the name: nobody is said to speak
        'Mayor Ana Gil spoke first. "We did what we could," the fire chief, Tom Ray, and his men left.',
        "en",
        [],
        id="title-name-no-verb-negative",
    ),
    pytest.param(  # negative: a programme's name after a preposition is no quotation of the one named after it
        "La ministra Ana Gil habló. En conversación con ‘Ahora es cuando’, la ministra del Interior, Ana Gil, explicó "
        "la situación.",
        "es",
        [],
        id="programme-name-negative",
    ),
    # Kind: reporting verbs missing from the lexicons.
    pytest.param(
        "El concejal Tom Ray habló primero. «Hay que actuar ya», sumó el ministro Luis Gil.",
        "es",
        [("Luis Gil", "Hay que actuar ya")],
        id="sumo",
    ),
    pytest.param(
        'Mayor Ana Gil spoke first. "That is simply false," countered Tom Ray, the opposition leader.',
        "en",
        [("Tom Ray", "That is simply false")],
        id="countered",
    ),
    pytest.param(  # negative: "suma" (a sum) is no verb of saying: the second quotation is nobody's, not Luis Gil's
        "El concejal Tom Ray dijo: «Hay que actuar». «Es urgente», la suma de Luis Gil llegó tarde.",
        "es",
        [("Tom Ray", "Hay que actuar")],
        id="suma-negative",
    ),
    # Kind: a family speaking as one (and a relative named between commas after a possessive, as a title is).
    pytest.param(
        'Police Chief Ana Gil spoke first. "We are heartbroken," the family said in a statement.',
        "en",
        [("family", "We are heartbroken")],
        id="the-family-said",
    ),
    pytest.param(
        "La jefa de policía Ana Gil habló primero. «Estamos destrozados», dijo la familia en un comunicado.",
        "es",
        [("familia", "Estamos destrozados")],
        id="dijo-la-familia",
    ),
    pytest.param(  # a relative named speaks as a person ("his brother" is no group; read as "the fire chief, X,")
        'Police Chief Ana Gil spoke first. "We are heartbroken," his brother, Tom Ray, said.',
        "en",
        [("Tom Ray", "We are heartbroken")],
        id="a-relative-negative",
    ),
    # Kind: Spanish dialogue with the raya.
    pytest.param(
        "El ministro Luis Gil compareció ante la prensa.\n\n—Vamos a reconstruir cada casa —dijo.",
        "es",
        [("Luis Gil", "Vamos a reconstruir cada casa")],
        id="raya-dijo",
    ),
    pytest.param(
        "—No hay agua desde el martes —relata Rosa Pérez, vecina del barrio—. Nadie vino a ayudarnos.",
        "es",
        [("Rosa Pérez", "No hay agua desde el martes")],
        id="raya-relata-nombre",
    ),
    pytest.param(  # negative: an aside with no verb of saying
        "La vecina Ana Gil habló.\n—Nada —y se fue.", "es", [], id="raya-sin-verbo-negative"
    ),
    pytest.param(  # negative: dashes inside a line are an aside, no dialogue
        "El ministro Luis Gil dijo que el plan —aprobado ayer— es bueno.", "es", [], id="raya-inciso-negative"
    ),
    # Kind: a Spanish rank written capitalised before the name in apposition.
    pytest.param(
        "Las autoridades hablaron. «Se pudieron rescatar seis personas con vida», dijo a los periodistas el Comandante "
        "de la Policía Metropolitana del Valle, Luis Gil Pérez.",
        "es",
        [("Luis Gil Pérez", "Se pudieron rescatar seis personas con vida")],
        id="capitalised-rank-apposition",
    ),
    pytest.param(  # negative: a capitalised rank with no name after it is the speaker as written
        "Las autoridades hablaron. «Se pudieron rescatar seis personas con vida», dijo el Comandante de la Policía.",
        "es",
        [("Comandante de la Policía", "Se pudieron rescatar seis personas con vida")],
        id="capitalised-rank-alone-negative",
    ),
    # Kind: a title opening a nearer sentence.
    pytest.param(
        BASS_LIKE,
        "es",
        [("Ana Gil", "No hay comunicación en este momento"), ("Ana Gil", "Somos una ciudad de inmigrantes y los defendemos")],
        id="title-nearer-than-a-newcomer",
    ),
    pytest.param(  # negative: a person introduced after the title's sentence goes on
        "La alcaldesa de Villanueva, Ana Gil, dijo el martes que no habla con el Gobierno. «No hay comunicación en este "
        "momento», dijo.\n\nLa alcaldesa defendió la diversidad de la ciudad. El concejal Tom Ray criticó después el "
        "plan de la ciudad. «Es un plan que no sirve a nadie», subrayó.",
        "es",
        [("Ana Gil", "No hay comunicación en este momento"), ("Tom Ray", "Es un plan que no sirve a nadie")],
        id="newcomer-after-the-title-negative",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), RULES18)
def test_rules18(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert _direct(text, language) == expected


def test_prof_without_its_point_is_a_title() -> None:
    assert _strip_title("Prof Tom Ray", "en") == ("Tom Ray", "Prof")
    assert _strip_title("Tom Ray", "en") == ("Tom Ray", "")  # negative
    assert lexicon("en").role_of("Prof") == "expert"


@pytest.mark.parametrize(
    ("description", "role"),
    [
        ("el portal Público", "media"),
        ("el portal católico Aleteia", "media"),
        ("la revista Proceso", "media"),
        ("un vecino que habló desde el portal de su casa", "witness"),  # negative: a doorway; the neighbour's cue wins
        ("el portal de la catedral", "media"),  # alone, "portal" is read as the site: the weak cue's known cost
    ],
)
def test_a_publication_named_after_its_kind(description: str, role: str) -> None:
    """'informó el portal Público', 'Según el portal católico Aleteia' (tests/test_sources_real.py, publico-portal and
    aleteia-portal; misses until session 18): 'portal' is a weak media cue (lexicon ``weak_cues``), so another cue
    written with it wins."""
    assert lexicon("es").role_of(description) == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom Ray told AFP that the troops would withdraw.", [("Tom Ray", "the troops would withdraw")]),
        ("The spokesman, Tom Ray, told Reuters that the troops would withdraw.", [("Tom Ray", "the troops would withdraw")]),
        # negative: a person told: the subject before the verb still speaks, the person after it only hears
        ("The mayor, Ana Gil, told Tom Ray that the bridge was safe.", [("Ana Gil", "the bridge was safe")]),
    ],
)
def test_an_audience_after_told_is_no_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    assert indirect_pairs(text, "en") == expected
