"""Kinds of held-out14's misses, session 20 (issue #23). Held-out14 was spent after three blind runs (sessions 17-19);
its misses were printed and grouped into kinds of construction. Each rule below was measured on every quote set and
kept only when no spent set lost a right speaker or gained a wrong one (held-out15, blind, counted only at the start
and the end).

Kinds kept:
- two mentions of one person that write different genders: "after a meeting with US Assistant Secretary of State ...
  Nisha Desai Biswal at his secretariat office" (the subject's office) and "Nisha Desai Biswal told reporters that she
  came": the first "his" made her a man, so her "she said" went to the last full name before it, "United States"
  (pronouns._written_gender now tells no gender when two mentions disagree).
- an English participle opening a sentence before its complement: "Responding to a question, the minister said ...
  “There is no scope for any hide and seek.”" made "Responding" a name, the subject of the sentence, and the speaker of
  the quotations after it. One capitalised word ending in "ing", at a sentence's start, with a preposition or a
  determiner after it, is no name (names.RE_PARTICIPLE_OPENING; lexicon ``not_names`` had "Quoting" alone). Not "King
  of Spain", nor a name before its verb ("Fielding said").
- an acronym between commas before the verb, apposed to the name before it: "Enrique Zamora, presidente de la
  Asociación de Productores y Exportadores de Nicaragua, APEN, calificó de un “buen comienzo”" and "cllr Alex Kerr,
  SNP, said the comment had been “absolutely disgusting”" gave the acronym (and the next quotation) as the speaker. The
  words before it are read (subjects.RE_ACRONYM_ASIDE), when the word before its comma is capitalised (a name's last
  word); after a noun ("The party, SNP, said") the acronym is the subject.
- an English opening phrase of time read as the clause said: "During the meeting, the adviser stressed on some key
  issues" gave "During the meeting" as the adviser's statement (the inverted "CLAUSE, X said" reading).
  indirect.ADJUNCT_OPENERS had "durante", not "during": it gains "during", "before", "following", "amid", "despite"
  (not "at": "At least ten people died, the mayor said" is a statement).
- a pronoun and a reporting verb opening an indirect statement: "The adviser said he also pointed out the highly
  exaggerated media campaign" and "... he emphasized the importance on ..." gave a second statement, the clause after
  the inner verb. A statement whose subject is a pronoun opening the statement just read, its verb within 20
  characters of that start, is the same statement (indirect._indirect); not "she wants a bridge and he said it was too
  expensive" (the pronoun does not open it).
- dotted initials opening a name: "J.T. Ricketson, special agent in charge ..." was read "T. Ricketson" (a single
  initial "J." was tried first, then the plain word "J"); capitals.CAPWORD tries dotted initials before them, when a
  capitalised word follows ("U.S. officials" stays no run). dev en right roles 55 -> 58 (the runs' descriptions).
- "A spokesman for X said:" (a known bug left by session 19): the capital "A" opening the title was read as the
  Spanish preposition "a" (subjects: the slice before the title took the title's first letter), so the title was no
  subject and the statement nobody's or the last speaker's. Fixed narrowly (subjects._spokes_opening): an English
  title opening with "A" and a spokes noun (lexicon ``spokes_cues``); the general fix lost right speakers in
  held-out6, dev and held-out13 (session 19's measure, again here). With it, "a spokesperson" naming no body speaks
  for the last speaker when that is a body, or when the title points back to it ("for the group")
  (title_mentions._speaks_for_last_body): held-out6 writes "Essex Police confirmed ... A spokesperson added" as the
  police's words; "A council spokesman said" after a person spoke is someone new (held-out14).
- a name inside a relative clause of place or possession in the subject's apposition (a known bug left by session 19):
  "Daniella Levine-Cava, alcaldesa del condado, donde estaba el Champlain Towers South, edificio que se derrumbó, dijo
  «...»" gave the building. The words before ", donde"/", where"/", cuyo"/", whose" are read (subjects.
  RE_PLACE_RELATIVE); with no comma before "donde" the name is the subject as before. No set moved.
- a purpose clause inside a Spanish indirect statement: "Peña ha explicado que el Gobierno y el presidente Luis
  Abinader han alzado la voz al mundo para asegurar que la solución ..." read "para asegurar que" as a second
  statement whose subject was the whole clause before it ("Gobierno y el presidente Luis Abinader han alzado la voz
  al mundo para", a body's title), then the speaker of the next "«La frontera está segura», declaró". A "para" +
  infinitive reporting verb inside the statement just read is part of it (indirect.RE_PURPOSE_INFINITIVE); outside
  one ("El ministro viajó a Ginebra para asegurar que ...") it is still a statement.
- a title's noun phrase before "y que" in an apposition: "Esther Alcocer Koplowitz, presidenta del Grupo FCC y que
  controla el 3,2% del Grupo," gave her no description (the apposition's relative clause left only "presidenta ...
  y", which no article opens), so "La presidenta ha destacado" was tied to nobody and gave "presidenta" as the speaker
  of three statements. A head opened by a speaking noun before "y"/"and" is the description
  (name_descriptions.RE_TITLE_THEN_AND); not "de Madrid y que vive allí".
- a calendar word that is also a name ending a Spanish name as a surname: "Pablo Colio Abril" was "Pablo Colio"
  (lexicon ``given_names``: "abril", "julio", "domingo" opened a name already; names._trim now keeps one ending a name
  of two words or more). "el 3 de Abril" is still none. No set moved.
- a name apposed to a title a preposition governs, read as the previous sentence's opener: "El mandatario también
  desmintió al presidente de Colombia, Gustavo Petro, quien afirmó ... Dijo que “...”" gave the president's words to
  Petro (subjects._previous_subject took the name after the sentence's first comma). Such a name is the verb's
  object (name_context._governed_apposition, session 19), not whom "Dijo" continues.
- "de acuerdo al" as a Spanish source marker (lexicon ``according_to`` had "de acuerdo a", which "al" never matched):
  "De acuerdo al doctor Pablo Salinas, neurólogo ..., esta es “una enfermedad autoinmune ...”" was nobody's, so
  "explica el especialista" went to the viróloga who spoke before. With it, a marker's named source followed by
  words in lower case before the first comma ("De acuerdo al Sismológico Nacional uno fue de 1.8, mientras que el
  otro de 2.8": no comma closes the source) gives no clause from that comma (indirect._clause_after_source; held-out13
  gained that wrong statement otherwise); a body's name going on ("y Geografía (Inegi) antes del ...") is left as
  it was read (held-out3 lost three right speakers with it).
- a quotation inside a question put to the speaker, an adverb after "asked": "Asked directly if she agreed the streets
  were “filthy”, the SNP council leader replied: “...”" gave "filthy" (the asker's word) to the leader. Lexicon
  ``question_openers`` gains "asked directly/specifically/again/later if/whether/about" (frames._in_question, q12en);
  "Asked directly, the mayor said the streets were “filthy”" has no question and is the mayor's.
- "adviser"/"advisor" as English speaker nouns: "Foreign Affairs Adviser Md Touhid Hossain ... the adviser said the
  remark is "completely unwarranted"" had no speaker. Tried in session 19 and left out (held-out14, then blind, lost
  English indirect precision: the two statements of the kinds above); with them, no set gains a wrong statement.

Kinds tried and left out, and kinds seen and left: docs/PERFORMANCE.md, "Held-out14 spent: rules for kinds of its
misses (issue #23, session 20, branch read14)".
"""

from __future__ import annotations

import json

import pytest

from analysis.corpus.records import Article
from analysis.sources.name_descriptions import _after
from analysis.sources.names import name_runs
from analysis.sources.quotes import extract
from analysis.text import build
from tests.quotes_eval import SETS, real_direct_speakers
from tests.quotes_eval import direct_pairs as _direct
from tests.quotes_eval import indirect_pairs as _indirect

RULES20 = [
    # Kind: two mentions of one person writing different genders tell none.
    pytest.param(
        "Minister Tom Ray spoke after a meeting with Senator Ana Gil at his office. Ana Gil told reporters that she "
        "came to express the support of the United States. “We are here to help,” she said.",
        "en",
        [("Ana Gil", "We are here to help")],
        id="mentions-disagree-on-gender",
    ),
    pytest.param(  # negative: two mentions that agree still send "he" past her to the man
        "“No,” wailed Ann Lee, as she fell. Later Ann Lee said that she was hurt. Her friend, Tom Ray, stood by his "
        "car. “It was awful,” he said.",
        "en",
        # "No," opening the text with its speaker after it is her words since read25 (direct._spoken_word)
        [("Ann Lee", "No"), ("Tom Ray", "It was awful")],
        id="mentions-agree-on-gender-negative",
    ),
    # Kind: an English participle opening a sentence is no name.
    pytest.param(
        "Foreign Minister Ana Gil spoke on Monday. “We are ready,” she told reporters. Responding to a question, the "
        "minister said the media had been kept informed. “There is no scope for any hide and seek.”",
        "en",
        [("Ana Gil", "We are ready"), ("Ana Gil", "There is no scope for any hide and seek")],
        id="responding-to-a-question",
    ),
    pytest.param(
        "Mayor Tom Ray spoke first. Speaking at the summit, Gil said it takes time. “The city is like an old car.”",
        "en",
        [("Gil", "The city is like an old car")],
        id="speaking-at-the-summit",
    ),
    pytest.param(  # negative: a name ending in "ing" before its verb
        'Mayor Tom Ray spoke first. Fielding said the city "is like an old car".',
        "en",
        [("Fielding", "is like an old car")],
        id="fielding-said-negative",
    ),
    # Kind: "adviser" a speaker noun.
    pytest.param(
        "Foreign Affairs Adviser Tom Ray met the envoys on Monday. Speaking about the vote, the adviser said the remark "
        'is "completely unwarranted".',
        "en",
        [("Foreign Affairs Adviser Tom Ray", "completely unwarranted")],
        id="the-adviser-said",
    ),
    pytest.param(  # negative: an adviser named in apposition is the speaker, not the last one who spoke
        'Mayor Ana Gil spoke on Monday. "We are ready," she said. A financial adviser, Tom Ray, said: "The city has no '
        'money."',
        "en",
        [("Ana Gil", "We are ready"), ("Tom Ray", "The city has no money")],
        id="a-financial-adviser-negative",
    ),
    # Kind: "A spokesman ..." opening a sentence.
    pytest.param(
        'Lord Provost Tom Ray said the motion was out of order. A council spokesman said: "The Lord Provost ruled on '
        'it." A spokesman for the SNP council group said: "The leader spoke for an hour."',
        "en",
        [
            ("council spokesman", "The Lord Provost ruled on it"),
            ("spokesman for the SNP council group", "The leader spoke for an hour"),
        ],
        id="a-spokesman-for",
    ),
    pytest.param(
        'Essex Police confirmed the report on Monday. A spokesperson added: "No investigation has been launched."',
        "en",
        [("Essex Police", "No investigation has been launched")],
        id="a-spokesperson-after-a-body",
    ),
    pytest.param(
        'The group Friends of Leigh said the council was "embarrassing". A spokesperson for the group said: "They '
        'keep wasting money."',
        "en",
        [("Friends of Leigh", "embarrassing"), ("Friends of Leigh", "They keep wasting money")],
        id="a-spokesperson-for-the-group",
    ),
    pytest.param(  # negative: another title after "A" keeps its reading (none here, as before)
        'Lord Provost Tom Ray said the motion was out of order. A council official said: "The Lord Provost ruled on '
        'it."',
        "en",
        [],
        id="a-council-official-negative",
    ),
    # Kind: a title's noun phrase before "y que" in an apposition describes the name.
    pytest.param(
        "El acto fue presidido por Ana Gil Ruiz, presidenta del Grupo FCC y que controla el 3,2% del Grupo, y por "
        "Luis Colio Abril, consejero delegado. La presidenta ha destacado que, en tiempos de incertidumbre, «la "
        "cohesión es nuestra fortaleza».",
        "es",
        [("Ana Gil Ruiz", "la cohesión es nuestra fortaleza")],
        id="presidenta-y-que-controla",
    ),
    # Kind: a name apposed to a governed title is no opener of the previous sentence.
    pytest.param(
        "El presidente Tom Ray habló del canal. El mandatario también desmintió al presidente de Colombia, Ana Gil "
        "Ruiz, quien afirmó el lunes que el canal estaba cerrado. Dijo que “su equipo no le dio la información”.",
        "es",
        [("Tom Ray", "su equipo no le dio la información")],
        id="desmintio-al-presidente-de-colombia",
    ),
    pytest.param(  # negative: a name opening the sentence after a phrase is its subject
        "El presidente Tom Ray habló del canal. Por su parte, Ana Gil Ruiz, ministra de Colombia, afirmó el lunes que "
        "el canal estaba cerrado. Dijo que “su equipo no le dio la información”.",
        "es",
        [("Ana Gil Ruiz", "su equipo no le dio la información")],
        id="por-su-parte-name-negative",
    ),
    # Kind: "de acuerdo al" names a source.
    pytest.param(
        "La viróloga Ana Gil aclara que “no es contagioso”. ¿Qué es esta enfermedad? De acuerdo al doctor Tom Ray, "
        "neurólogo de la Clínica Quilín, esta es “una enfermedad autoinmune”.\nEn esta línea, explica el "
        "especialista, consiste en una “reacción autoinmune de las defensas”.",
        "es",
        [
            ("Ana Gil", "no es contagioso"),
            ("Tom Ray", "una enfermedad autoinmune"),
            ("Tom Ray", "reacción autoinmune de las defensas"),
        ],
        id="de-acuerdo-al-doctor",
    ),
    # Kind: a name inside a relative clause of place in the subject's apposition.
    pytest.param(
        "Daniella Levine-Cava, alcaldesa del condado, donde estaba el Champlain Towers South, edificio que se "
        "derrumbó, dijo «hay que seguir buscando».",
        "es",
        [("Daniella Levine-Cava", "hay que seguir buscando")],
        id="donde-estaba-el-edificio",
    ),
    pytest.param(
        "Ana Gil, alcaldesa del condado, donde está el Puente Grande, dijo «hay que seguir buscando».",
        "es",
        [("Ana Gil", "hay que seguir buscando")],
        id="donde-esta-el-puente",
    ),
    pytest.param(  # negative: no comma before "donde": the name is the subject as before
        "El alcalde Tom Ray habló. Luego visitó el barrio donde vive Ana Gil, dijo «hay que seguir buscando».",
        "es",
        [("Ana Gil", "hay que seguir buscando")],
        id="donde-without-comma-negative",
    ),
    # Kind: a question put to the speaker with an adverb after "asked".
    pytest.param(
        "Mayor Ana Gil spoke on Monday. Asked directly if she agreed the streets were “filthy”, the mayor replied: “I "
        "don’t think that everywhere is filthy.”",
        "en",
        [("Ana Gil", "I don’t think that everywhere is filthy")],
        id="asked-directly-if",
    ),
    pytest.param(  # negative: no question after "asked directly"
        "Mayor Ana Gil spoke on Monday. Asked directly, the mayor said the streets were “filthy”.",
        "en",
        [("Ana Gil", "filthy")],
        id="asked-directly-comma-negative",
    ),
    # Kind: an acronym between commas before the verb, apposed to the name before it.
    pytest.param(
        "El ministro Tom Ray habló. Por su parte, Ana Gil, presidenta de la Asociación de Productores de Nicaragua, "
        "APEN, calificó de un “buen comienzo” el anuncio.",
        "es",
        [("Ana Gil", "buen comienzo")],
        id="apposition-then-acronym",
    ),
    pytest.param(
        'Mayor Tom Ray spoke first. Alex Kerr, SNP, said: "The comment was disgusting."',
        "en",
        [("Alex Kerr", "The comment was disgusting")],
        id="name-then-party-acronym",
    ),
    pytest.param(  # negative: after a noun the acronym is the subject
        'Mayor Tom Ray spoke first. The party, SNP, said: "The comment was disgusting."',
        "en",
        [("SNP", "The comment was disgusting")],
        id="noun-then-acronym-negative",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), RULES20)
def test_rules20(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert _direct(text, language) == expected


INDIRECT20 = [
    # Kind: an opening phrase of time is no statement.
    pytest.param(
        "Mayor Ana Gil met the envoy. During the meeting, the mayor stressed on some key issues like border killings.",
        "en",
        [],
        id="during-the-meeting",
    ),
    pytest.param(
        "Mayor Ana Gil met the envoy. Before the vote, Gil said on Monday.",
        "en",
        [],
        id="before-the-vote",
    ),
    pytest.param(  # negative: a short statement opening with "At" is one
        "Mayor Ana Gil met the envoy. At least ten people died, the mayor said.",
        "en",
        [("Ana Gil", "At least ten people died")],
        id="at-least-ten-negative",
    ),
    # Kind: a purpose clause ("para asegurar que") inside a Spanish statement is part of it.
    pytest.param(
        "La vicepresidenta Ana Gil habló. Gil ha explicado que el Gobierno y el presidente Tom Ray han alzado la voz "
        "al mundo para asegurar que la solución no está aquí.",
        "es",
        [
            (
                "Ana Gil",
                "el Gobierno y el presidente Tom Ray han alzado la voz al mundo para asegurar que la solución no "
                "está aquí",
            )
        ],
        id="para-asegurar-inside",
    ),
    pytest.param(  # negative: outside a statement, "para asegurar que" reports one
        "La vicepresidenta Ana Gil habló. El ministro Tom Ray viajó a Ginebra para asegurar que la solución no está "
        "aquí.",
        "es",
        [("Tom Ray", "la solución no está aquí")],
        id="para-asegurar-outside-negative",
    ),
    # Kind: a marker's source with no comma closing it: the first comma is inside the clause.
    pytest.param(
        "Se reportaron dos sismos. Según el Sismológico Nacional uno fue de intensidad de 1.8, mientras que el otro "
        "de 2.8.",
        "es",
        [],
        id="source-without-comma",
    ),
    pytest.param(  # negative: a comma closing the source
        "Se reportaron dos sismos. Según el Sismológico Nacional, uno fue de intensidad de 1.8 y el otro de 2.8.",
        "es",
        [("Sismológico Nacional", "uno fue de intensidad de 1.8 y el otro de 2.8")],
        id="source-then-comma-negative",
    ),
    # Kind: a pronoun and a reporting verb opening a statement open it; no second statement.
    pytest.param(
        "Mayor Ana Gil spoke on Monday. The mayor said he also pointed out the exaggerated media campaign in India.",
        "en",
        [("Ana Gil", "he also pointed out the exaggerated media campaign in India")],
        id="said-he-also-pointed-out",
    ),
    pytest.param(  # negative: a pronoun inside the statement, not opening it, says a second one
        "Mayor Ana Gil spoke on Monday. The mayor said she wants a new bridge and he said it was too expensive.",
        "en",
        [("Ana Gil", "she wants a new bridge and he said it was too expensive"), ("Ana Gil", "it was too expensive")],
        id="pronoun-inside-negative",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), INDIRECT20)
def test_indirect20(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert _indirect(text, language) == expected


@pytest.mark.parametrize(
    ("article", "words", "speaker"),
    [
        ("security-en-morningbell-khan-biswal-terrorism", "Secretary asked me to come", "Nisha Desai Biswal"),
        ("security-en-morningbell-khan-biswal-terrorism", "We are committed", "Nisha Desai Biswal"),
        ("politics-en-dailystar-hasan-mahmud-myanmar-bgp", "There is no scope", "Hasan Mahmud"),
        ("politics-en-dailystar-hasan-mahmud-myanmar-bgp", "BNP is like an old car", "Hasan Mahmud"),
        ("business-es-100noticias-empresarios-mercado-cuba", "buen comienzo", "Enrique Zamora"),
        ("business-es-100noticias-empresarios-mercado-cuba", "Esto podría", "Enrique Zamora"),
        ("politics-en-glasgowtimes-mcaveety-apology", "absolutely disgusting", "Alex Kerr"),
        ("politics-en-dailyasianage-touhid-diplomats-meeting", "completely unwarranted", "Md Touhid Hossain"),
        ("crime-en-ledgerenquirer-peach-county-deputy", "When they arrived", "J.T. Ricketson"),
        ("politics-en-dumbartonreporter-aitken-no-confidence", "The Lord Provost ruled", "council spokesman"),
        ("politics-es-eltitular-pena-frontera-haiti", "La frontera está segura", "Raquel Peña"),
        ("economy-es-metrolibre-cortizo-canal-lagos", "al presidente Petro", "Laurentino Cortizo"),
        ("health-es-glabmedia-guillain-barre-salinas", "una enfermedad autoinmune que", "Pablo Salinas"),
        ("health-es-glabmedia-guillain-barre-salinas", "Como se trata", "Pablo Salinas"),
        ("business-es-hispanidad-fcc-junta-alcocer-colio", "nuestra diversificación", "Esther Alcocer Koplowitz"),
        (
            "politics-en-dumbartonreporter-aitken-no-confidence",
            "For the best part",
            "spokesman for the SNP council group",
        ),
    ],
)
def test_the_real_sentences(article: str, words: str, speaker: str) -> None:
    """The held-out14 sentences the kinds were read from (spent since session 20)."""
    read = real_direct_speakers("heldout14", article)
    said = [said for text, said in read.items() if text.startswith(words)]
    assert len(said) == 1 and said[0].endswith(speaker)  # "Central Asian Affairs Nisha Desai Biswal": the title's
    # complement stays in her name's run (a kind left)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("He helped.\nJ.T. Ricketson, special agent in charge, said it.", ["J.T. Ricketson"]),
        ("Then J.T. Ricketson said it. T.S. Ellis agreed.", ["J.T. Ricketson", "T.S. Ellis"]),
        ("Gov. Josh Green and J. Smith spoke.", ["Josh Green", "J. Smith"]),  # negative: single initials as before
        ("U.S. officials said it.", []),  # negative: dotted letters before a lower-case word are no name
    ],
)
def test_dotted_initials(text: str, names: list[str]) -> None:
    assert [r.name for r in name_runs(text, "en")] == names


def test_a_title_before_y_que() -> None:
    text = "Ana Ruiz, presidenta del Grupo FCC y que controla el 3,2% del Grupo, dijo"
    assert _after(text, 8, "es") == "presidenta del Grupo FCC"
    assert _after("Ana Ruiz, de Madrid y que vive allí, dijo", 8, "es") == ""  # negative: no title


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("y por Luis Colio Abril, consejero delegado.", ["Luis Colio Abril"]),
        ("Plácido Domingo cantó.", ["Plácido Domingo"]),
        ("Llegó el 3 de Abril.", []),  # negative: a date
    ],
)
def test_a_calendar_surname(text: str, names: list[str]) -> None:
    assert [r.name for r in name_runs(text, "es")] == names


def test_the_real_nested_statement() -> None:
    """'... he emphasized the importance on fostering more "people-centric engagement"': one statement, not two."""
    data = json.loads(SETS["heldout14"].read_text(encoding="utf-8"))
    ex = next(e for e in data["excerpts"] if e["id"] == "politics-en-diplomaticjournal-touhid-hasina-statements")
    quotes = extract(build([Article(ex["id"], ex["text"], source=ex["source"], language=ex["language"])]))
    statements = [q.text for q in quotes if not q.direct]
    assert any(said.startswith("he emphasized the importance") for said in statements)
    assert not any(said.startswith("the importance on fostering") for said in statements)
