"""Rules for KINDS of English direct-quote misses of held-out11 and the sets before it (issue #23, session 15,
branch q12en).

Held-out11 was measured blind twice (tests/test_quotes_heldout11.py) and is now spent: its English direct misses,
grouped by kind with those of the earlier spent sets, are development data. Each rule is general (no word list of a
data set's names), written as rows of what the extractor must read: sentences made up for the kind (they name no
real event), at least one negative row per rule (where the rule must not apply), and real sentences of the spent sets
where the kind was missed, read from their excerpts (tests/data/quotes_*.json) by quotation.

Kinds (English direct misses of held-out11 on 95ebcdb, 32 of 119 gold; see /work/wt/q12en.READY for the table):
- quotations between `` and '' (wire copy typed for TeX: City News Service, AP on some sites; held-out11: six quotes
  of one article) were not read (quote_marks.RE_QUOTE; RE_OPEN_LINE for a paragraph opened with ``).
- the first paragraph of a quotation of several opened inside its line, after its attribution ('He said, “At the
  meeting ...', "the chief said. ``A significant ..."; held-out6: four quotes, held-out11: two): no closing mark on
  its line and the next paragraph opens with a mark; it was not read (quote_marks._left_open). So too one opened
  right after a quotation closed with a short attribution and never closed ('“...,” she said. “First responders are
  still working ...¶Jones said ...'; held-out4: one quote).
- paragraphs whose breaks the outlet lost: "... on Tuesday. “I’ve said before ... that. “The rise in ... people.
  “Inflation ..." (held-out11: three quotes, and a fourth given to "I’ve"): each mark after a sentence's end runs to
  the next one (quote_marks._left_open).
- a contraction with a curly apostrophe opening a sentence ("I’ve", "We’re", "Don’t") read as a name, then as the
  speaker (held-out11): the stop list spells them with a straight apostrophe (names._stop).
- a possessive full name ("Suryakumar Yadav's heart ...") completing the surname written alone later ("Suryakumar
  said"): the speaker was "Suryakumar Yadav's" (held-out11: three quotes); the possessive is now left out of the
  article's name index (same_person.name_index).
- a double-barrelled surname opening the lede alone ("Sanwo-Olu met with ..."; held-out6): no lede subject, as a
  one-word name opens none, and "He said, “...”" went to a country named before ("Kenya", completed to "Kenya
  Airways"). A hyphenated name of two capitalised parts is a person's surname (introduced.RE_DOUBLE_SURNAME).
- a quoted word in the question put to the speaker: "Asked if he might declare “victory” ..., Dr Lowe stated it might
  be “premature”" (held-out11: an extra, the asker's word given to the speaker); a quotation before the first comma
  of a sentence opened by a question (lexicon ``question_openers``) is no statement (frames._in_question).
- a round-up's lead-in before a colon: "Quoting Steve Sarkisian after 41-20 win over Syracuse: "..."", "Bob Stoops on
  defeating his brother, Mark: "..."" (held-out6: two quotes, held-out11: one): the name nearest the colon (a team,
  the person spoken of) was given the words; now the full name opening the lead-in, before "on", "after", "about",
  "following" (frames._lead_in_speaker).
- a name, two appositions and the verb after a quotation: "“...,” Miriam Vargas, a 34-year-old mother, sitting in the
  dark with her two children in Dinagat province, told AFP." (held-out11: the quotation went to a governor named
  before): one apposition only was read before the verb (postposed._apposition_then_verb, RE_SECOND_APPOSITION).
- an English title with its office after "for" ("Minister for Economy Aiyaz Sayed-Khaiyum", "the state’s Commissioner
  for Information, Mr Gbenga Omotosho"; held-out11: two quotes and five indirect statements): "for" cut the run, so
  "Economy Aiyaz Sayed-Khaiyum" was a name and "Commissioner" another, to which "The commissioner" was then tied.
  "for" now joins a name's words as "of" does (lexicon ``name_connectors``), a title "X for Y" before a name is cut
  off it as "X of Y" is (names.RE_TITLE_OF), and a run that is only a person's title and its office ("Commissioner
  for Information") is no one a title can be tied to (titles._office_title).
- a newcomer with two titles joined by "and" as a clause's subject ("NFP Leader and Opposition Professor Biman Prasad
  then raised a point of order. ¶ “...”"; held-out11): "and" before the name read as a pair of subjects, so the
  quotation after went on with the last speaker. A title's word before "and" ("Leader"; "leader" now a speaker noun
  of the lexicon) and capitalised title words after it are one person's (introduced._second_title).
- reporting verbs missing from the lexicon: "Christine Lagarde reaffirmed that the ECB will “probably raise” rates",
  "Ahmadinejad also pledged that his country "would not bend one inch"" (held-out7, 8: a quote each, and their
  indirect statements). "reiterated" left out: "The police spokesman reiterated Barde’s appeal to ..." (held-out9)
  reports a noun phrase, no statement, and was read as one.
- an attribution closing a sentence with a quotation inside it, its name followed by an apposition: 'Typhoon Mitag
  was "stationary" 125 miles east of Catanduanes, said Prisco Nilo, the head of the country's weather bureau.'
  (held-out7, 11: a quote each): the apposition after the last comma was read as the attribution, which had no verb
  (frames._apposition_closes).
- quotations between straight single marks in English ("Councillor David Vickers said the plans were 'not very
  impressive'", "NASA Administrator Charles Bolden said, 'I know today we've inspired ...'"; held-out7: two quotes,
  held-out8: two) were not read (quote_marks.RE_QUOTE_EN). Spanish left out: its outlets write scare quotes and
  nicknames so, and held-out8 and 9 lost precision when they were read.
- a quotation going on from the sentence before, whose subject is a description and whose reporting verb's clause
  names someone: "The 28-year-old explained that the success of spinners like Yuzvendra Chahal ... . “Having guys
  like Chahal ...”" (held-out11): the name after "The" within the sentence's first 60 characters was read as its
  subject; a reporting verb before the name now ends the search (subjects._previous_subject), the last speaker goes
  on. Language-neutral: every Spanish score is identical.
- a body's name, a title's word of it and a person's name opening a clause: "National Federation Party leader and
  Opposition MP Professor Biman Prasad agreed, but said ..." (held-out11: the party was the subject of the indirect
  statement, and of the "he said" after it); now the person (subjects._title_holder_after).
- words of the stop list that are words of names, cut off a run's edge: "said Dr. Greg Young, emergency room
  physician" gave "Greg" (held-out5), "the World Health Organisation (WHO) reported" gave "Health Organisation"
  (held-out8). Kept now beside a capitalised word that is no stop word (lexicon ``name_words``: "world", "young";
  names._trim); "new" left out ("New Bern", the dateline "NEW YORK" were then read as persons: dev, held-out4 and 11
  fell), "home" too (held-out6 fell). "physician" is an expert's cue, as "doctor" is.
- the body a speaker works for between the name and the verb after a quotation: '"...," Sgt. Daniel Grubbs with the
  Fort Smith Police Department told local news stations' (held-out3): the quotation was left to nobody
  (frames._affiliation_then_verb).
- a title given before to an unnamed speaker, written again: "The weather forecaster warned of “...”. ... disaster
  officer Roberto Monterola told AFP. ... “...,” the forecaster said." (held-out11: two quotes; "forecaster" was no
  cue, so the first went to nobody and the second to the last speaker). A title whose last word is that of a title
  given to one speaker before in the article stands for that speaker (speakers._title_given_before, English);
  "forecaster" a government cue beside "national weather service" (the set's forecasters are a state bureau's).
- a quotation of several paragraphs attributed at its end to a body's document: "“After falling on its own dagger
  ...¶“It is bizarre ...,” parts of the Minority's release said." (held-out11: both paragraphs went to the Majority
  Caucus, which spoke last). The possessor of a document noun (lexicon ``document_nouns``) is a verb of saying's
  subject (subjects._possessed_document); a paragraph left open with no attribution of its own takes the one of the
  next paragraph's quotation, a name or a title (direct._attributed_below). The caucuses were also made one person
  across the corpus ("Majority Caucus", "Minority Caucus": same surname and initial); full names whose first words
  differ are two now, unless one is the other's initial, abbreviation ("Cdre", "Commodore") or a spelling sharing
  three first letters ("Dmitry", "Dmitri") (same_person._first_words_agree). "caucus" a government cue.
"""

from __future__ import annotations

import pytest

from tests.quotes_eval import direct_pairs as _direct
from tests.quotes_eval import real_direct_speakers as _real

# (text, [(speaker, words)] of every direct quotation in text order), all English
RULES12EN = [
    # Kind: quotations between `` and ''.
    pytest.param(
        "Chief Tom Reed vowed his department will conduct a ``fair and thorough investigation.''\n``This has been "
        "our highest priority,'' the chief said.",
        [("Tom Reed", "fair and thorough investigation"), ("Tom Reed", "This has been our highest priority")],
        id="tex-marks",
    ),
    pytest.param(  # negative: two apostrophes typed as a closing mark with no `` opening it are no quotation
        "Chief Tom Reed said the rock'n'roll night was cancelled.'' The band ``will not play tonight.",
        [],
        id="tex-marks-unopened-negative",
    ),
    # Kind: the first paragraph of a quotation of several, opened after its attribution.
    pytest.param(
        "Governor Ana Gil met the council on Friday.\nShe said, “At the meeting, we received a full report on the "
        "flooding.\n“We want to assure you we are not unaware of the concerns,” the governor said.",
        [
            ("Ana Gil", "At the meeting, we received a full report on the flooding"),
            ("Ana Gil", "We want to assure you we are not unaware of the concerns"),
        ],
        id="opened-after-its-attribution",
    ),
    pytest.param(  # negative: the next paragraph opens with no mark: a mark left open by mistake, no quotation
        "Governor Ana Gil met the council on Friday.\nShe said, “At the meeting, we received a full report on the "
        "flooding.\nThe council will meet again next week.",
        [],
        id="opened-and-never-closed-negative",
    ),
    pytest.param(
        "Mayor Ana Gil said equipment was destroyed.\n“We lost one of our firetrucks,” she said. “First responders "
        "are still working to help people clean up.\nGil said the city will set a date for a clean-up event.",
        [
            ("Ana Gil", "We lost one of our firetrucks"),
            ("Ana Gil", "First responders are still working to help people clean up"),
        ],
        id="opened-after-a-closed-quotation-left-open",
    ),
    # Kind: paragraphs whose breaks the outlet lost.
    pytest.param(
        "“We must stay vigilant,” Ms Ana Gil said on Tuesday. “I’ve said before that we made progress. “The rise in "
        "rates has been painful for many people. “We believe rates are at the right level.”",
        [
            ("Ana Gil", "We must stay vigilant"),
            ("Ana Gil", "I’ve said before that we made progress"),
            ("Ana Gil", "The rise in rates has been painful for many people"),
            ("Ana Gil", "We believe rates are at the right level"),
        ],
        id="lost-paragraph-breaks",
    ),
    pytest.param(  # negative: a mark inside a sentence, the next one after it no sentence's opening: left alone
        "Ms Ana Gil said the rates were “right for now and the “path ahead” was bumpy.",
        [("Ana Gil", "path ahead")],
        id="lost-paragraph-breaks-inside-a-sentence-negative",
    ),
    # Kind: a possessive full name completing a surname written alone.
    pytest.param(
        "Ana Gil's heart is beating with joy after the final.\n“I want to be the leader,” Gil said.",
        [("Ana Gil", "I want to be the leader")],
        id="possessive-full-name",
    ),
    pytest.param(  # negative: the possessor's relative, named in full, speaks; not the possessor
        "Ana Gil's brother, Tom Gil, was at the final.\n“She wanted to be the leader,” Tom Gil said.",
        [("Tom Gil", "She wanted to be the leader")],
        id="possessive-full-name-negative",
    ),
    # Kind: a double-barrelled surname opening the lede alone.
    pytest.param(
        "Sanz-Gil met with the envoy of Kenya to discuss trade between both countries.\nHe said “We all need to come "
        "together.\n“Lagos is a hub of art and culture.”",
        [("Sanz-Gil", "We all need to come together"), ("Sanz-Gil", "Lagos is a hub of art and culture")],
        id="double-surname-lede",
    ),
    pytest.param(  # negative: one capitalised word opening the lede is no person's name
        "Officials met with the envoy of Kenya to discuss trade.\nThe envoy, Tom Reed, said “We all need to come "
        "together.”",
        [("Tom Reed", "We all need to come together")],
        id="one-word-lede-negative",
    ),
    # Kind: a quoted word in the question put to the speaker.
    pytest.param(
        "Asked if she would declare “victory” over inflation, Ms Ana Gil said it would be “premature”.",
        [("Ana Gil", "premature")],
        id="word-of-the-question",
    ),
    pytest.param(  # negative: a quotation after the question's comma is the speaker's
        "Asked about the rates, Ms Ana Gil said the board was “not declaring victory”.",
        [("Ana Gil", "not declaring victory")],
        id="word-after-the-question-negative",
    ),
    # Kind: a round-up's lead-in before a colon.
    pytest.param(
        'Quoting Tom Reed after 41-20 win over Duke: "Games aren\'t always going to go the way you draw them up."\n'
        'Ann Lee on defeating her sister, Eva: "It\'s a rotten place to be."',
        [
            ("Tom Reed", "Games aren't always going to go the way you draw them up"),
            ("Ann Lee", "It's a rotten place to be"),
        ],
        id="lead-in-name-first",
    ),
    pytest.param(  # negative: a name followed by its verb, no lead-in's link: the rule is not read
        'Quoting the coach after the win, reporter Ann Lee wrote to Tom Reed: "Games are hard."',
        [("Ann Lee", "Games are hard")],
        id="lead-in-without-a-link-negative",
    ),
    # Kind: a name, two appositions and the verb after a quotation.
    pytest.param(
        "Thousands were evacuated, according to the governor, Tom Reed.\n“We are sitting on the stairs and praying,” "
        "Ana Gil, a 34-year-old mother, sitting in the dark with her two children, told AFP.",
        [("Ana Gil", "We are sitting on the stairs and praying")],
        id="two-appositions-then-the-verb",
    ),
    pytest.param(  # negative: no verb after the second aside: no attribution is read there, the quotation is nobody's
        "Thousands were evacuated, according to the governor, Tom Reed.\n“We are praying,” Ana Gil, a mother, and "
        "her son, a student, sat on the stairs.",
        [],
        id="two-appositions-without-a-verb-negative",
    ),
    # Kind: an English title with its office after "for".
    pytest.param(
        "Minister for Economy Ana Gil told the House the budget is fair.\nThe Minister claims it shows the thinking of "
        "the opposition.\n“I have had members of the other side come to see me asking for favours.”",
        [("Ana Gil", "I have had members of the other side come to see me asking for favours")],
        id="title-for-office-before-a-name",
    ),
    pytest.param(
        "Refuting the claim, the state’s Commissioner for Information, Mr Tom Reed, argued that the state had no such "
        "powers.\nThe commissioner also explained that the briefing was designed to update residents.\n“It is meant "
        "to assure residents that we have not stopped working.”",
        [("Tom Reed", "It is meant to assure residents that we have not stopped working")],
        id="title-for-office-in-apposition",
    ),
    pytest.param(  # negative: a body's name with "for" stays the body
        "“Cases are rising in every state,” the Centers for Disease Control said in a statement.",
        [("Centers for Disease Control", "Cases are rising in every state")],
        id="body-with-for-negative",
    ),
    # Kind: a newcomer with two titles joined by "and".
    pytest.param(
        "“We decide what comes in the Order Paper,” Mr Tom Reed said.\nNFP Leader and Opposition Professor Ana Gil "
        "then raised a point of order.\n“The Attorney General should have some sense because he is the Minister for "
        "Elections.”",
        [
            ("Tom Reed", "We decide what comes in the Order Paper"),
            ("Ana Gil", "The Attorney General should have some sense because he is the Minister for Elections"),
        ],
        id="two-titles-of-a-newcomer",
    ),
    pytest.param(  # negative: a name before "and": two subjects, no one introduced; the last speaker goes on
        "“We decide what comes in the Order Paper,” Mr Tom Reed said.\nAna Lee and Opposition MP Ana Gil then raised "
        "a point of order.\n“The Attorney General should have some sense because he is the Minister for Elections.”",
        [
            ("Tom Reed", "We decide what comes in the Order Paper"),
            ("Tom Reed", "The Attorney General should have some sense because he is the Minister for Elections"),
        ],
        id="two-subjects-negative",
    ),
    # Kind: reporting verbs missing from the lexicon.
    pytest.param(
        "Ana Gil reaffirmed that the bank will “probably raise” interest rates in July. President Tom Reed also "
        'pledged that his country "would not bend one inch" on its programme.',
        [("Ana Gil", "probably raise"), ("Tom Reed", "would not bend one inch")],
        id="reaffirmed-pledged",
    ),
    pytest.param(  # negative: "reiterated" with a noun phrase after it reports no statement (left out of the verbs)
        "The police spokesman reiterated Tom Reed’s appeal to residents to “join hands” with the police.",
        [],
        id="reiterated-negative",
    ),
    # Kind: a closing attribution whose name has an apposition.
    pytest.param(
        'The typhoon was "stationary" 125 miles east of the island, said Ana Gil, the head of the country\'s weather '
        "bureau. The storm was packing winds of 109 mph.",
        [("Ana Gil", "stationary")],
        id="closing-attribution-with-apposition",
    ),
    pytest.param(  # negative: the last comma opens a clause, the attribution before it is a group's: no one's words
        'The typhoon was "stationary" 125 miles east of the island, forecasters said, and the storm was packing winds '
        "of 109 mph.",
        [],
        id="closing-attribution-then-a-clause-negative",
    ),
    # Kind: quotations between straight single marks.
    pytest.param(
        "Councillor Ana Gil said the plans were 'not very impressive' and that residents were unhappy.\nResident Tom "
        "Reed said: 'We've been working hard on this.'",
        [("Ana Gil", "not very impressive"), ("Tom Reed", "We've been working hard on this")],
        id="straight-single-marks",
    ),
    pytest.param(  # negative: apostrophes of possessives and of "rock 'n' roll" open no quotation
        "The workers' union said the players' wages were late. He likes rock 'n' roll, Ana Gil said.",
        [],
        id="straight-single-marks-apostrophes-negative",
    ),
    # Kind: a name in the reporting verb's clause of the sentence before a quotation going on.
    pytest.param(
        "“The way we batted was a revelation,” Ana Gil said.\nThe 28-year-old explained that the success of spinners "
        "like Tom Reed has vindicated the decision. “Having guys like Reed gives us an opportunity to rest the others.”",
        [
            ("Ana Gil", "The way we batted was a revelation"),
            ("Ana Gil", "Having guys like Reed gives us an opportunity to rest the others"),
        ],
        id="name-in-the-verbs-clause",
    ),
    pytest.param(  # negative: the name before the verb is the sentence's subject, whom the quotation goes on with
        "“The way we batted was a revelation,” Ana Gil said.\nThe coach Tom Reed explained that the success of the "
        "spinners has vindicated the decision. “Having guys like them gives us an opportunity to rest the others.”",
        [
            ("Ana Gil", "The way we batted was a revelation"),
            ("Tom Reed", "Having guys like them gives us an opportunity to rest the others"),
        ],
        id="name-before-the-verb-negative",
    ),
    # Kind: a body's name, a title's word of it and a person's name opening a clause.
    pytest.param(
        "In his response, National Federation Party leader and Opposition MP Professor Ana Gil agreed, but said it "
        "was the responsibility of the Opposition.\n\"Let's not confuse that,\" he said.",
        [("Ana Gil", "Let's not confuse that")],
        id="body-title-then-holder",
    ),
    pytest.param(  # negative: the body alone is the subject
        "In response, the National Federation Party agreed, but said it was the responsibility of the Opposition.\n"
        "\"Let's not confuse that,\" the party said.",
        [("National Federation Party", "Let's not confuse that")],
        id="body-alone-negative",
    ),
    # Kind: words of the stop list that are words of names.
    pytest.param(
        "The disease likely made its way here by a traveler, officials said.\n\n\"Anyone with symptoms goes in a "
        'negative air flow room," said Dr. Greg Young, emergency room physician.\n“The outbreak is contained,” the '
        "World Bank said in a statement.",
        [
            ("Greg Young", "Anyone with symptoms goes in a negative air flow room"),
            ("World Bank", "The outbreak is contained"),
        ],
        id="name-words-of-the-stop-list",
    ),
    pytest.param(  # negative: alone, opening a sentence, the word names no one; other stop words are still cut
        "“We need jobs,” Mayor Ana Gil said. Young people are leaving the town, she added: “It hurts to see them go.”"
        "\n“We will act,” The Kremlin said.",
        [("Ana Gil", "We need jobs"), ("Ana Gil", "It hurts to see them go"), ("Kremlin", "We will act")],
        id="name-words-alone-negative",
    ),
    # Kind: the body a speaker works for between the name and the verb.
    pytest.param(
        'A police chief was injured during a standoff, officials said.\n"They were basically ambushed," Sgt. Ana Gil '
        "with the Fort Smith Police Department told local news stations.",
        [("Ana Gil", "They were basically ambushed")],
        id="affiliation-then-verb",
    ),
    pytest.param(  # negative: a person after "with" is a companion, no body: the rule does not read the verb after it
        'A police chief was injured during a standoff, officials said.\n"They were basically ambushed," Sgt. Ana Gil '
        "with Tom Reed told local news stations.",
        [],
        id="affiliation-a-person-negative",
    ),
    # Kind: a title given before to an unnamed speaker, written again.
    pytest.param(
        "The weather forecaster warned of “widespread flooding and landslides” on the island.\nMore than 400 people "
        "were in the town hall, disaster officer Tom Reed told AFP.\n“Heavy rainfall may occur outside the predicted "
        "landfall zone,” the forecaster said.",
        [
            ("weather forecaster", "widespread flooding and landslides"),
            ("weather forecaster", "Heavy rainfall may occur outside the predicted landfall zone"),
        ],
        id="title-given-before",
    ),
    pytest.param(  # negative: another title's word: the title given before ("the mayor") is not this one
        "“We will open the schools,” the mayor said.\nMore than 400 people were in the town hall, disaster officer "
        "Tom Reed told AFP.\n“Heavy rainfall may occur outside the zone,” the officer said.",
        [("mayor", "We will open the schools"), ("Tom Reed", "Heavy rainfall may occur outside the zone")],
        id="title-given-before-another-word-negative",
    ),
    # Kind: a quotation of several paragraphs attributed at its end to a body's document.
    pytest.param(
        "The Majority Caucus argued that it will affect government business.\n“After falling on its own dagger in "
        "Parliament, our attention has been drawn to a mischievous statement.\n“It is bizarre that the Majority "
        "Caucus accuses the Speaker,” parts of the Minority's release said.",
        [
            ("Minority", "After falling on its own dagger in Parliament, our attention has been drawn to a mischievous "
             "statement"),
            ("Minority", "It is bizarre that the Majority Caucus accuses the Speaker"),
        ],
        id="document-of-a-body-closing-paragraphs",
    ),  # fmt: skip
    pytest.param(  # negative: a person of the body ("the Minority's leader") speaks, not its document
        "The Majority Caucus argued that it will affect government business.\n“It is bizarre that the Majority "
        "Caucus accuses the Speaker,” the Minority's leader said.",
        [("Minority's leader", "It is bizarre that the Majority Caucus accuses the Speaker")],
        id="possessive-title-negative",
    ),
    pytest.param(  # negative: a paragraph of narrative between: the open paragraph goes on with the last speaker
        "The Majority Caucus argued that it will affect government business.\n“After falling on its own dagger in "
        "Parliament, our attention has been drawn to a mischievous statement.\nThe Speaker adjourned the sitting.\n"
        "“It is bizarre that the Majority Caucus accuses the Speaker,” parts of the Minority's release said.",
        [
            ("Majority Caucus", "After falling on its own dagger in Parliament, our attention has been drawn to a "
             "mischievous statement"),
            ("Minority", "It is bizarre that the Majority Caucus accuses the Speaker"),
        ],
        id="open-paragraph-then-narrative-negative",
    ),  # fmt: skip
]


def test_full_names_whose_first_words_differ_are_two():
    from analysis.sources.same_person import canonical_names

    assert canonical_names(["Majority Caucus", "Majority Caucus", "Minority Caucus"])["Minority Caucus"] == (
        "Minority Caucus"
    )
    spellings = ["Commodore Frank Bainimarama", "Cdre Bainimarama", "Cdre Bainimarama", "Dmitri Peskov", "Dmitry Peskov"]
    assert canonical_names(spellings)["Commodore Frank Bainimarama"] == "Cdre Bainimarama"  # negative: an abbreviation
    assert canonical_names(spellings + ["Dmitri Peskov"])["Dmitry Peskov"] == "Dmitri Peskov"  # and a spelling


def test_a_physician_is_an_expert():
    from analysis.sources.lexicon import lexicon
    from analysis.sources.persons import _role

    assert _role(lexicon("en"), ["emergency room physician Greg Young"]) == "expert"


@pytest.mark.parametrize(("text", "expected"), RULES12EN)
def test_rules_for_kinds_of_english_misses(text, expected):
    assert _direct(text, "en") == expected


# Real sentences of the spent sets where the kinds were missed: (set, excerpt, a quotation's first words, speaker).
REAL12EN = [
    pytest.param(
        "heldout11", "courts-en-kfi-corona-chief-costco-shooting", "fair, impartial", "George Johnstone",
        id="tex-marks-heldout11",
    ),
    pytest.param(
        "heldout11", "courts-en-kfi-corona-chief-costco-shooting", "A significant amount of resources",
        "George Johnstone", id="tex-marks-opened-after-attribution-heldout11",
    ),
    pytest.param(
        "heldout4", "disaster-en-newsbreak-st-louis-county-flooding-2022", "First responders are still working",
        "Ella Jones", id="opened-after-a-closed-quotation-left-open-heldout4",
    ),
    pytest.param(
        "heldout11", "courts-en-independent-sanwo-olu-attack-rumours", "At the meeting, we received",
        "Babajide Sanwo-Olu", id="opened-after-its-attribution-heldout11",
    ),
    pytest.param(
        "heldout6", "international-en-echonews-sanwoolu-kenya", "At this difficult moment", "Sanwo-Olu",
        id="double-surname-lede-heldout6",
    ),
    pytest.param(
        "heldout11", "economy-en-replay-bullock-right-level", "The rise in interest rates", "Michele Bullock",
        id="lost-paragraph-breaks-heldout11",
    ),
    pytest.param(
        "heldout11", "economy-en-replay-bullock-right-level", "We believe we have rates", "Michele Bullock",
        id="contraction-no-name-heldout11",
    ),
    pytest.param(
        "heldout11", "sport-en-rediff-suryakumar-asalanka-super-over", "Like I said before the series",
        "Suryakumar Yadav", id="possessive-full-name-heldout11",
    ),
    pytest.param(
        "heldout11", "sport-en-footballscoop-harbaugh-sarkisian", "Games aren't always", "Steve Sarkisian",
        id="lead-in-heldout11",
    ),
    pytest.param(
        "heldout6", "sport-en-footballscoop-postgame-quotes", "It's a rotten place", "Bob Stoops",
        id="lead-in-heldout6",
    ),
    pytest.param(
        "heldout11", "disaster-en-lngnorthernbc-typhoon-kalmaegi", "Currently, heavy rains", "Miriam Vargas",
        id="two-appositions-heldout11",
    ),
    pytest.param(
        "heldout11", "health-en-tribune-omotosho-lockdown", "It is meant to assure", "Gbenga Omotosho",
        id="title-for-office-heldout11",
    ),
    pytest.param(
        "heldout11", "politics-en-fbc-sayed-khaiyum-favours", "I have had on numerous occasions",
        "Aiyaz Sayed-Khaiyum", id="title-for-office-before-a-name-heldout11",
    ),
    pytest.param(
        "heldout11", "politics-en-fbc-sayed-khaiyum-favours", "The Honorable Attorney General", "Biman Prasad",
        id="two-titles-of-a-newcomer-heldout11",
    ),
    pytest.param(
        "heldout8", "economy-en-24newsbulletin-sintra-central-bankers", "probably raise", "Christine Lagarde",
        id="reaffirmed-heldout8",
    ),
    pytest.param(
        "heldout7", "politics-en-eastday-mottaki-nuclear-suspension", "would not bend one inch",
        "Mahmoud Ahmadinejad", id="pledged-heldout7",
    ),
    pytest.param(
        "heldout11", "disaster-en-foxnews-typhoon-mitag-nilo", "stationary", "Prisco Nilo",
        id="closing-attribution-with-apposition-heldout11",
    ),
    pytest.param(
        "heldout7", "health-en-medicallyprime-who-ryan-not-ready", "just not ready", "Mike Ryan",
        id="closing-attribution-with-apposition-heldout7",
    ),
    pytest.param(
        "heldout8", "local-en-expressandstar-sedgley-homes-designs", "bitter pill to swallow", "Dave Keasey",
        id="straight-single-marks-heldout8",
    ),
    pytest.param(
        "heldout11", "sport-en-thehindu-kohli-clean-sweep", "Having guys like Chahal", "Virat Kohli",
        id="name-in-the-verbs-clause-heldout11",
    ),
    pytest.param(
        "heldout11", "politics-en-fijitimes-ministerial-statements", "Let's not confuse that", "Biman Prasad",
        id="body-title-then-holder-heldout11",
    ),
    pytest.param(
        "heldout5", "health-en-nbcla-orange-county-measles-2014", "Anyone that comes to the hospital", "Greg Young",
        id="name-words-of-the-stop-list-heldout5",
    ),
    pytest.param(
        "heldout3", "crime-en-buzzfeed-arkansas-deputy-ambushed-2016", "Immediately when three officers",
        "Daniel Grubbs", id="affiliation-then-verb-heldout3",
    ),
    pytest.param(
        "heldout11", "disaster-en-thenewssg-typhoon-man-yi-catanduanes", "Regardless of the exact landfall point",
        "weather forecaster", id="title-given-before-heldout11",
    ),
    pytest.param(
        "heldout11", "politics-en-modernghana-minority-speaker-bagbin", "After falling on its own dagger",
        "Minority Caucus",
        id="document-of-a-body-closing-paragraphs-heldout11",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("set_name", "article", "words", "speaker"), REAL12EN)
def test_real_sentences_of_the_kinds(set_name, article, words, speaker):
    assert [s for text, s in _real(set_name, article).items() if text.startswith(words)] == [speaker]
