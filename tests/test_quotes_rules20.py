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
"""

from __future__ import annotations

import pytest

from tests.quotes_eval import direct_pairs as _direct
from tests.quotes_eval import real_direct_speakers

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
        [("Tom Ray", "It was awful")],
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
    ],
)
def test_the_real_sentences(article: str, words: str, speaker: str) -> None:
    """The held-out14 sentences the kinds were read from (spent since session 20)."""
    read = real_direct_speakers("heldout14", article)
    said = [said for text, said in read.items() if text.startswith(words)]
    assert len(said) == 1 and said[0].endswith(speaker)  # "Central Asian Affairs Nisha Desai Biswal": the title's
    # complement stays in her name's run (a kind left)
