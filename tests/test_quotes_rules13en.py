"""Rules for KINDS of English quote misses that recur across the spent sets (issue #23, session 15, branch q13en).

The finding this branch answers: eighteen rules written from held-out11's misses took held-out11 far and the blind
held-out12 barely (0.899/0.741 -> 0.902/0.769): rules fitted to one set's kinds do not reach unseen text. So here the
English direct misses of ALL spent sets (dev, blind, held-out .. held-out11) were pooled at 9663f3b (102 misses),
classed into kinds, and a rule was written only for a kind seen in at least three different sets, the most frequent
first (the table, with the number of sets per kind: /work/wt/q13en.READY).

Each rule: rows of sentences made up for the kind (they name no real event), at least one negative row (where the
rule must not apply), and real sentences of the spent sets where the kind was missed, one per set where possible,
read from their excerpts (tests/data/quotes_*.json) by quotation.

Kinds:
- a partial quotation inside a participle clause of saying after a comma ("..., describing it as a “political
  decision”", "after telling a federal judge his "blind loyalty" ...", "..., saying his comments referred to “none
  other than” ...", "Fellow judge Boyd Tonkin - while conceding that "..." -") or opening the sentence ("While praising
  the "small compromises" ..., Toronto Mayor Rob Ford said"): dev 2, blind 2, held-out2 1, held-out3 1, held-out5 4,
  held-out7 5, held-out9 1 misses (7 sets). The quotation had no attribution (missed) or went to the last speaker
  (a gerund's implied subject). Its speaker is the main clause's subject: the first person or body named before the
  participle (a dateline, an owner, a place, a title's first words and a pair of names left out), or the first named
  after the opening clause's comma (participles.py; lexicon ``saying_gerunds``).
- someone not named reporting a quotation right after it: "“...,” a senior police officer told the News Agency of
  Nigeria", "“...,” said one neighbor", "“...,” a social media user wrote", "“...,” wrote another Twitter user", "“...,”
  a state fire update warned": blind 1, held-out8 1, held-out9 2, held-out10 4 misses (4 sets). The quotation went to
  the last speaker or to a body or person named elsewhere with the title's cue ("Police", a Divisional Police Officer
  named further on): "a" at the attribution's start was read as a Spanish preposition, so no subject was read, and an
  indefinite title was tied to a name with its cue. An indefinite phrase ("a", "an", "one", "another" and at most
  five words, no link word, no name ending it) with a reporting verb right before or after it, closing the sentence,
  is someone new and tied to no one (frames._someone_unnamed; "one" and "another" open someone new,
  title_mentions.RE_INDEFINITE_EN).
- reporting verbs missing from the lexicon ("Duggan later credited “critical information from the community”",
  "Sutherland ... implied that Walter had taken "an over my dead body" attitude", "Puri questioned, "..."", "he
  defended", "directed them to “...”", "expressed hope that an “...”": held-out4, 5, 6, 7, 8, 9, 6 sets). Each verb
  was tried on every set: "implied", "credited" and "lamented" were added (no set falls); "revealed", "questioned",
  "defended", "directed", "demanded", "alleged", "labelled", "disclosed" and "assured" were left out, as some set's
  precision fell with each.
- a whole quotation after a participle of saying and a colon or semicolon (" ... reacted to the rulings by saying:
  “We intend to appeal ...”", "Jasmine Moulton, the CTF’s Ontario Director is quoted as saying; “...”": the blind set
  1, held-out5 1, held-out9 1; with the colon inside lead-ins held-out6 2 and held-out7 2): the participles' rule above
  reads a colon or semicolon right before the mark ("as" a link before the participle), and a body's name before a
  person's title and name ("White House press secretary Sean Spicer") is not the subject.
- (indirect) a reported clause opened by a partial quotation and going on after it ('The mayor of Mamaroneck, New
  York, said that "hundreds" of rescues have taken place', 'Beshear estimated that “best-case,” the state would see
  about 50 people dead', 'MDEQ official Bryce Feightner said "hype" was partially to blame', 'Sarma said “funds not
  admissible ...” would be made available', 'he said "the most logical" direction ...': held-out3, 4, 5, 9, 11) was
  left to the quotation (quote_marks._opens_quote). An English clause whose opening quotation has at most six words
  and at least three words after it, not "and ..." after a closing comma, is read as a statement
  (quote_marks._quote_opens_a_clause). With it, a place locating the name before it ("The mayor of Mamaroneck, New
  York, said") is no subject (subjects.RE_PLACE_ASIDE): the quotation and the clause had gone to "York City".
"""

from __future__ import annotations

import pytest

from tests.quotes_eval import direct_pairs as _direct
from tests.quotes_eval import real_direct_speakers as _real


def _statements(text: str) -> list[tuple[str, str, bool]]:
    """(speaker, words, direct) of every statement the extractor reads in an English ``text``, in text order."""
    from analysis.corpus.records import Article
    from analysis.sources.quotes import extract
    from analysis.text import build

    return [(q.speaker, q.text, q.direct) for q in extract(build([Article("a", text, language="en")]))]

# (text, [(speaker, words)] of every direct quotation in text order), all English
RULES13EN = [
    # Kind: a partial quotation inside a participle clause of saying.
    pytest.param(
        "President Ana Gil reacted swiftly to the court's ruling, describing it as a “political decision.”",
        [("Ana Gil", "political decision")],
        id="participle-after-a-comma",
    ),
    pytest.param(
        "LONDON (AP) — Ana Gil, the former minister, was fined on Monday after telling the court her “blind loyalty” "
        "to the party led her astray.",
        [("Ana Gil", "blind loyalty")],
        id="participle-after-a-link-and-a-dateline",
    ),
    pytest.param(
        "While praising the “small compromises” of the budget, Mayor Tom Ray said taxes would stay low.",
        [("Tom Ray", "small compromises")],
        id="participle-opening-the-sentence",
    ),
    pytest.param(  # negative: a participle of no saying frames no quotation of the subject's
        "Ana Gil left the court, carrying a sign that read “justice now”.",
        [],
        id="participle-of-no-saying-negative",
    ),
    pytest.param(  # negative: a participle after no comma is a noun's ("a farmer describing"), not the subject's
        "Ana Gil met a farmer describing the storm as “a wall of water”.",
        [],
        id="participle-of-a-noun-negative",
    ),
    pytest.param(  # negative: two people joined by "and": neither is the speaker alone
        "Ana Gil and Tom Ray attacked the plan on Monday, accusing the mayor of a “breach of trust”.",
        [],
        id="participle-of-a-pair-negative",
    ),
    pytest.param(  # negative: after an opening participle, the name of a phrase that is no subject
        "While praising the “small compromises” of the budget, the new plan of Tom Ray keeps taxes low.",
        [],
        id="participle-opening-no-subject-negative",
    ),
    # Kind: someone not named reporting a quotation right after it.
    pytest.param(
        "Inspector Tom Ray said the men were held on Friday. \"We will charge them,\" a senior police officer told "
        "reporters. Police Officer Ana Gil later confirmed the arrests.",
        [("senior police officer", "We will charge them")],
        id="someone-unnamed-before-the-verb",
    ),
    pytest.param(
        "Mayor Ana Gil said the drains were cleared. \"We are no more prepared than last week,\" said one neighbor.",
        [("neighbor", "We are no more prepared than last week")],
        id="someone-unnamed-after-the-verb",
    ),
    pytest.param(  # negative: a name ends the phrase: the person named, not someone new
        "Mayor Ana Gil spoke on Monday. \"We will rebuild,\" a relieved Ana Gil said.",
        [("Ana Gil", "We will rebuild")],
        id="someone-unnamed-a-name-negative",
    ),
    pytest.param(  # negative: a phrase with a link word ("of") is left to the other rules
        "Mayor Ana Gil spoke on Monday. \"We will rebuild,\" a member of the council said.",
        [],
        id="someone-unnamed-with-a-link-negative",
    ),
    pytest.param(  # negative: the phrase after "told" is who heard the words (lexicon ``audience_verbs``)
        "Officials said three men were held. “We arrested three men on Monday,” Tom Ray, chief of the city's police, "
        "told a news conference.",
        [("Tom Ray", "We arrested three men on Monday")],
        id="someone-unnamed-an-audience-negative",
    ),
    pytest.param(
        "City Hall spokesman Tom Ray on Monday answered the critics by saying: “We intend to finish the bridge.”",
        [("Tom Ray", "We intend to finish the bridge")],
        id="participle-and-a-colon",
    ),
    pytest.param(
        "In a media release, Ana Gil, the league's director, is quoted as saying; “Taxes are not the only option.”",
        [("Ana Gil", "Taxes are not the only option")],
        id="participle-and-a-semicolon",
    ),
    pytest.param(  # negative: words after the colon before the quotation: the attribution after it speaks
        "Ana Gil ended the meeting by saying: no more talks, “we will appeal,” Tom Ray said.",
        [("Tom Ray", "we will appeal")],
        id="participle-colon-not-before-the-mark-negative",
    ),
    # Kind: reporting verbs missing from the lexicon.
    pytest.param(
        "Mayor Ana Gil later credited “quick thinking by residents” with saving the town hall.",
        [("Ana Gil", "quick thinking by residents")],
        id="verb-credited",
    ),
    pytest.param(
        "Tom Ray implied that the council had taken “a reckless gamble” with the budget.",
        [("Tom Ray", "a reckless gamble")],
        id="verb-implied",
    ),
    pytest.param(
        "Ana Gil lamented that the old bridge was “lost for good”.",
        [("Ana Gil", "lost for good")],
        id="verb-lamented",
    ),
    pytest.param(  # negative: the verb's form after a possessive is a noun ("credits"), no one reports the words
        "The film's credits list a “special thanks” to Ana Gil.",
        [],
        id="verb-form-a-noun-negative",
    ),
]


# (text, [(speaker, words, direct)] of every statement in text order): the reported clauses opened by a quotation.
STATEMENTS13EN = [
    pytest.param(
        "Governor Ann Lee estimated that “best-case,” the state would see about fifty people dead.",
        [("Ann Lee", "“best-case,” the state would see about fifty people dead", False), ("Ann Lee", "best-case", True)],
        id="clause-opened-by-a-quotation",
    ),
    pytest.param(
        "The mayor of Springfield, New Mexico, said that \"hundreds\" of rescues have taken place. Mayor Tom Ray spoke "
        "later.",
        [("Tom Ray", "\"hundreds\" of rescues have taken place", False), ("Tom Ray", "hundreds", True)],
        id="clause-opened-by-a-quotation-place-aside",
    ),
    pytest.param(  # negative: the quotation closes the clause, "and" goes on with what the speaker did
        "Governor Ann Lee said that \"we will win the vote,\" and left the hall at noon.",
        [("Ann Lee", "we will win the vote", True)],
        id="clause-closed-by-its-quotation-negative",
    ),
    pytest.param(  # negative: a whole quotation of more than six words stands for the clause
        "Governor Ann Lee said that “the storm was the worst in the history of the whole state and beyond” on Monday.",
        [("Ann Lee", "the storm was the worst in the history of the whole state and beyond", True)],
        id="clause-that-is-a-whole-quotation-negative",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS13EN)
def test_statements_of_clauses_opened_by_a_quotation(text, expected):
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), RULES13EN)
def test_rules_for_kinds_of_english_misses(text, expected):
    assert _direct(text, "en") == expected


# Real sentences of the spent sets where the kinds were missed: (set, excerpt, a quotation's first words, speaker).
REAL13EN = [
    pytest.param(
        "dev", "court-en-ap-vindy-2018-12-12", "blind loyalty", "Michael Cohen", id="participle-dev",
    ),
    pytest.param(
        "blind", "courts-en-abc-travel-ban-ruling-2017", "political decision", "Donald Trump", id="participle-blind",
    ),
    pytest.param(
        "heldout5", "politics-en-millattimes-vijay-shah-apology-qureshi-2025", "none other than",
        "Madhya Pradesh High Court", id="participle-heldout5",
    ),
    pytest.param(
        "heldout5", "politics-en-brumdaily-reeves-defends-tax-rises-2025", "an Alice-through", "Nigel Farage",
        id="participle-after-a-body-and-title-heldout5",
    ),
    pytest.param(
        "heldout7", "culture-en-guardian-booker-judges-war-of-words-1999", "to some extent", "Boyd Tonkin",
        id="participle-heldout7",
    ),
    pytest.param(
        "heldout9", "politics-en-cbc-ford-budget-piranhas", "small compromises", "Rob Ford",
        id="participle-opening-heldout9",
    ),
    pytest.param(
        "blind", "politics-en-examiner-spicer-appeal-2017", "We intend", "Sean Spicer", id="participle-and-a-colon-blind",
    ),
    pytest.param(
        "heldout9", "politics-en-baytoday-mcdonald-federal-money", "Municipal governments", "Jasmine Moulton",
        id="participle-and-a-semicolon-heldout9",
    ),
    pytest.param(
        "blind", "disaster-en-redding-carr-fire-2018", "Unstable conditions", "state fire update",
        id="someone-unnamed-blind",
    ),
    pytest.param(
        "heldout8", "local-en-wwltv-new-orleans-neighbors-flooding", "The city knowing", "neighbor",
        id="someone-unnamed-heldout8",
    ),
    pytest.param(
        "heldout9", "disaster-en-indiatoday-ambedkarnagar-dm-zomato", "'The government is not running",
        "social media user", id="someone-unnamed-heldout9",
    ),
    pytest.param(
        "heldout10", "security-en-premiumtimes-lagos-vi-robbers", "As soon as we got", "senior police officer",
        id="someone-unnamed-heldout10",
    ),
    pytest.param(
        "heldout4", "crime-en-latimes-ap-detroit-random-shootings-2022", "critical information", "Mike Duggan",
        id="verb-credited-heldout4",
    ),
    pytest.param(
        "heldout7", "culture-en-guardian-booker-judges-war-of-words-1999", "an over my dead body", "John Sutherland",
        id="verb-implied-heldout7",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("set_name", "article", "words", "speaker"), REAL13EN)
def test_real_sentences_of_the_kinds(set_name, article, words, speaker):
    assert [s for text, s in _real(set_name, article).items() if text.startswith(words)] == [speaker]


# Real reported clauses opened by a quotation: (set, excerpt, the clause's first words, speaker).
REAL_CLAUSES13EN = [
    pytest.param(
        "heldout3", "disaster-en-paducahsun-mayfield-tornado-update-2021", "“best-case,” the state", "Andy Beshear",
        id="clause-opened-by-a-quotation-heldout3",
    ),
    pytest.param(
        "heldout4", "disaster-en-cnn-ida-mamaroneck-2021", '"hundreds" of rescues', "Tom Murphy",
        id="clause-opened-by-a-quotation-place-aside-heldout4",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("set_name", "article", "words", "speaker"), REAL_CLAUSES13EN)
def test_real_clauses_opened_by_a_quotation(set_name, article, words, speaker):
    import json

    from tests.quotes_eval import SETS

    data = json.loads(SETS[set_name].read_text(encoding="utf-8"))
    text = next(e["text"] for e in data["excerpts"] if e["id"] == article)
    assert [s for s, words_, direct in _statements(text) if not direct and words_.startswith(words)] == [speaker]
