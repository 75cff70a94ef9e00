"""Who speaks, session 22 (issue #23, branch real22q): kinds read in unseen English wire copy and local news.

Nineteen English excerpts no quote or claims set holds (ferries off Ormoc, Haiti and Madagascar, the Tarn bridge,
Air Algerie AH5017, wildfires, tornadoes in Tennessee, Iowa, Missouri and Kentucky, a Mexican coal mine, a plane
crash in Ghazni, an Indian football coach), read through `contraste sources` (kept in /tmp/real22q, not the repository).
Rows: (text, language, [(speaker, statement, direct)]).

- "CLAUSE, X said Thursday." lost its statement: the day right before the sentence's full stop ("Thursday.") was no
  adjunct, so the words after the verb were read as a clause (indirect._no_clause_after).
- "CLAUSE, Undersecretary of Defence Agustin Radiala Suastegui said Thursday.", "..., Fire Department Sr. Capt. Ruy
  Lozano told CNN." (the lead's Haiyan reading): RE_INVERTED allows five words between the comma and the verb; six to
  nine words each capitalised or a title's link ("of", "for", "the") are a title and a name too
  (indirect.RE_INVERTED_TITLED).
- "CLAUSE, Guyot told reporters, adding there were ‘probably several missing’." lost the clause and gave the quotation
  to the speaker before: whom X told, then ", adding", ends the attribution as the sentence's end does
  (indirect._told_whom).
- "According to Arif Noori, spokesperson for the provincial governor, the plane crashed ..." opened the statement with
  the title: a lower-case phrase between commas right after the source's name that names a speaker (``speaks``) and
  holds no verb is the name's title; what was said starts after it (indirect._indirect, the markers' loop).
- "An official said ...", "An army spokesman told AFP that ..." opening their text gave nothing: the first character
  of a title's match (meant to be the space before its article) is the "A" of "An", read as the Spanish preposition
  "a" (subjects._opening_an). Sentence-initial "A" + title keeps its reading (session 19 measured that general fix and
  dropped it; only "A ... spokesman" was fixed then).
- "X told a news conference that CLAUSE" lost its statement: the words between a verb of telling ("told", "asked",
  "warned", the lexicon's ``audience_verbs``) and "that" opened by a determiner were read as an object with a relative
  clause ("detalló las gestiones que realizará"); after a verb of telling they are whom X told (indirect._indirect).
  Kept back on the branch (held-out15's en role floor fell: one more right speaker, a company chairman read as
  government), merged by the lead: spent sets en indirect +7 right and held-out15 en direct +1, no wrong one gained;
  blind held-out19 en indirect 39/58 -> 40/60 (one right, one wrong); held-out15's en role floor 0.87 -> 0.86, the
  documented exception (right roles unchanged, 92).
- "Parker said a storm that becomes so severe so quickly can be particularly challenging" lost its statement the same
  way: "said", "says", "say" take no object, so the noun phrase before "that" is the subject of the clause said and
  "that" opens its relative clause; the whole clause after the verb is read (indirect.SAY_FORMS). The rare object of
  "said" ("said a prayer that ...") is left as a known miss.
- "X tells KMA News they received ...", "X told Reuters the aircraft was asked ..." gave statements opening with whom X
  told ("KMA News they received ..."), and "X told Reuters, "..."", "Cooper told two residents, “...”" a second,
  indirect copy of the quotation: after a verb of telling with no "that", a name right after the verb is whom X told
  and the clause opens after it; whom X told then a comma and a quotation is no clause (the quotation stands for it).
- "Eric Oget described it as a ‘very important crossing point’", "Cooper described the damage as “devastating.”" gave
  the words after the verb as a statement ("it as a ‘very important ...’"): "described", "called" (and their forms)
  then at most five words and "as" name what something is called: when a double-marked quotation is in those words
  it stands for them and no statement is read; a clause joined by "and said" after it is what was said ("Ley
  described Hamas's response as "..." and said the organization was ...", held-out5). With no quotation the words
  are read as before (lead20's "the authorities still described the situation as worrying"). Left: single marks
  (‘...’, Oget's) keep the statement (RE_QUOTE_MARK reads double marks only); dropping it lost Oget's quotation, read
  only through it.
"""

from __future__ import annotations

import pytest

from tests.quotes_eval import statements

ROWS = [
    # CTV News (AP), https://republicofmining.com/2022/08/05/efforts-intensify-to-reach-trapped-coal-miners-in-mexico-
    # associated-press-ctv-news-august-4-2022/
    pytest.param("The miners are trapped between two 200-foot deep mine shafts more than half flooded with water, "
                 "Undersecretary of Defence Agustin Radiala Suastegui said Thursday.", "en",
                 [("Agustin Radiala Suastegui", "The miners are trapped between two 200-foot deep mine shafts more "
                   "than half flooded with water", False)], id="said-thursday-real-en",
                 marks=pytest.mark.xfail(reason="the statement is read; 'Undersecretary of Defence' stays in the name",
                                         strict=True)),
    pytest.param("The road was closed, Mayor Tom Reed said Thursday.", "en",
                 [("Tom Reed", "The road was closed", False)], id="said-thursday-en"),
    pytest.param("The road was closed, Ann Lee said Monday.", "en",
                 [("Ann Lee", "The road was closed", False)], id="said-monday-en"),
    # negatives: a clause after the day is still read; a day inside the clause said is no adjunct of the verb
    pytest.param("Ann Lee said Thursday that the road was closed.", "en",
                 [("Ann Lee", "the road was closed", False)], id="said-day-that-en"),
    pytest.param("Ann Lee said the road was closed Thursday.", "en",
                 [("Ann Lee", "the road was closed Thursday", False)], id="said-clause-ending-on-a-day-en"),
    # Reuters (reprinted), https://ngessakinollo.blogspot.com/2014/07/missing-air-algerie-flight-has-crashed.html
    pytest.param("An Air Algerie representative in Burkina Faso, Kara Terki, told a news conference that all the "
                 "passengers on the plane were in transit, either for Europe, the Middle East or Canada.", "en",
                 [("Kara Terki", "all the passengers on the plane were in transit, either for Europe, the Middle "
                   "East or Canada", False)], id="told-a-news-conference-that-real-en"),
    pytest.param("Tom Reed told the residents that the road was closed.", "en",
                 [("Tom Reed", "the road was closed", False)], id="told-the-residents-that-en"),
    pytest.param("Ann Lee warned the villagers that more rain was coming.", "en",
                 [("Ann Lee", "more rain was coming", False)], id="warned-the-villagers-that-en"),
    # negative: after a verb that tells nobody, a determiner's noun before "que" is still its object
    pytest.param("La ministra Ana Gil detalló las gestiones que realizará el Gobierno.", "es", [],
                 id="object-before-que-negative-es"),
    # NewsTalk 94.1, https://newstalk941.com/12-houses-significantly-damaged-one-injured-in-dekalb-county
    pytest.param("Parker said a storm that becomes so severe so quickly can be particularly challenging to prepare "
                 "for.", "en",
                 [("Parker", "a storm that becomes so severe so quickly can be particularly challenging to prepare for",
                   False)], id="said-subject-with-relative-real-en"),
    pytest.param("Ann Lee said the bridge that collapsed was checked in May.", "en",
                 [("Ann Lee", "the bridge that collapsed was checked in May", False)], id="said-the-bridge-that-en"),
    # negatives: a time before "that" still opens the clause after it; an object of "said" is not known
    pytest.param("Ann Lee said on Monday that the bridge was checked.", "en",
                 [("Ann Lee", "the bridge was checked", False)], id="said-on-monday-that-en"),
    pytest.param("Ann Lee said a prayer that the storm would pass.", "en", [], id="said-a-prayer-that-en",
                 marks=pytest.mark.xfail(reason="'a prayer' is the object of 'said': read as the clause's subject",
                                         strict=True)),
    # KMA Land, https://www.kmaland.com/news/ef-2-tornado-touches-down-damages-house-in-harrison-county-wednesday/
    # article_88443738-2252-11ee-a9b3-47c24159a832.html
    pytest.param("Harrison County Emergency Management Director Phillip Davis tells KMA News they received the first "
                 "severe thunderstorm and tornado warnings around 5:20 a.m. for the northernmost portions of his "
                 "county.", "en",
                 [("Harrison County Emergency Management Director Phillip Davis", "they received the first severe "
                   "thunderstorm and tornado warnings around 5:20 a.m. for the northernmost portions of his county",
                   False)], id="tells-medium-clause-real-en"),
    # NewsBytes, https://newsbytesapp.com/news/world/afghanistan-passenger-plane-crashes-in-taliban-territory/story
    pytest.param("Ariana's acting CEO Mirwais Mirzakwal told Reuters, \"There has been an airline crash but it doesn't "
                 "belong to Ariana.\"", "en",
                 [("CEO Mirwais Mirzakwal", "There has been an airline crash but it doesn't belong to Ariana", True)],
                 id="told-medium-comma-quote-real-en"),
    # Sioux City Journal (AP), https://siouxcityjournal.com/news/national/cooper-seeking-improved-warning-system-after-
    # deadly-tornado/article_db61b676-f27f-5373-89eb-f1c6d78b99c8.html
    pytest.param("Speaking to residents in the community, Cooper told two residents, “We'll marshal as many of the "
                 "state resources as we can get and need to help you.”", "en",
                 [("Cooper", "We'll marshal as many of the state resources as we can get and need to help you", True)],
                 id="told-whom-comma-quote-real-en"),
    pytest.param("Tom Reed told Reuters the road would reopen on Monday.", "en",
                 [("Tom Reed", "the road would reopen on Monday", False)], id="told-medium-clause-en"),
    # negatives: "told X that" reads as before; a noun after "told" is no name, and no statement is read (known miss)
    pytest.param("Tom Reed told Reuters that the road would reopen.", "en",
                 [("Tom Reed", "the road would reopen", False)], id="told-medium-that-en"),
    pytest.param("Tom Reed told reporters the road would reopen.", "en",
                 [("Tom Reed", "the road would reopen", False)], id="told-reporters-clause-en",
                 marks=pytest.mark.xfail(reason="whom X told is skipped only when it is a name: no statement",
                                         strict=True)),
    # Sioux City Journal (AP), as above
    pytest.param("On his tour, Cooper described the damage as “devastating.”", "en",
                 [("Cooper", "devastating", True)], id="described-as-real-en"),
    # The Borneo Post (AFP), https://www.theborneopost.com/2019/11/19/girl-dies-several-feared-missing-as-french-river-
    # bridge-collapses/
    pytest.param("The mayor of Mirepoix-sur-Tarn Eric Oget described it as a ‘very important crossing point’ for "
                 "people going to work in Toulouse on the other side of the river.", "en",
                 [("Eric Oget", "very important crossing point", True)], id="described-as-single-quotes-real-en",
                 marks=pytest.mark.xfail(reason="single marks: the statement 'it as a ‘...’' is still read",
                                         strict=True)),
    pytest.param("Eric Oget described it as a “very important crossing point” for people.", "en",
                 [("Eric Oget", "very important crossing point", True)], id="described-as-double-quotes-en"),
    pytest.param("Mayor Ann Lee called the plan a disaster and said the council would vote against it.", "en",
                 [("Ann Lee", "the council would vote against it", False)], id="called-and-said-en",
                 marks=pytest.mark.xfail(reason="'called X Y' with no 'as' is read as a clause", strict=True)),
    pytest.param("Mayor Ann Lee described the plan as reckless and said the council would vote against it.", "en",
                 [("Ann Lee", "the council would vote against it", False)], id="described-as-and-said-en"),
    # negative: "described how ..." is a clause said
    pytest.param("Mayor Ann Lee described how the roof was torn off.", "en",
                 [("Ann Lee", "how the roof was torn off", False)], id="described-how-en"),
    # the lead's Typhoon Haiyan reading (session 22; no set)
    pytest.param("Six people were rescued from the building, Fire Department Sr. Capt. Ruy Lozano told CNN.", "en",
                 [("Ruy Lozano", "Six people were rescued from the building", False)], id="long-title-told-cnn-en"),
    pytest.param("The bridge will stay closed, State Police Lt. Col. Ana Maria Gil said.", "en",
                 [("Ana Maria Gil", "The bridge will stay closed", False)], id="long-title-said-en"),
    pytest.param("The bridge will stay closed, Regional Director of Public Works Ana Maria Gil said.", "en",
                 [("Ana Maria Gil", "The bridge will stay closed", False)], id="long-title-of-said-en",
                 marks=pytest.mark.xfail(reason="the statement is read; a title with 'of' stays in the name",
                                         strict=True)),
    # negative: six words in lower case between the comma and the verb are no title
    pytest.param("The road was closed for hours, many of the people living near the bridge said.", "en", [],
                 id="long-lower-case-subject-negative-en"),
    # The Borneo Post (AFP), as above
    pytest.param("The body of the dead girl was pulled from the water, Toulouse prosecutor Dominique Alzeari said at "
                 "the scene. Over 60 rescue workers, including divers, and 40 police were taking part in the search for "
                 "survivors, Etienne Guyot told reporters, adding there were ‘probably several missing’.", "en",
                 [("Dominique Alzeari", "The body of the dead girl was pulled from the water", False),
                  ("Etienne Guyot", "Over 60 rescue workers, including divers, and 40 police were taking part in the "
                   "search for survivors", False),
                  ("Etienne Guyot", "probably several missing", True)], id="told-reporters-adding-real-en"),
    pytest.param("The road was closed, Tom Reed told AFP, adding that it would reopen on Monday.", "en",
                 [("Tom Reed", "The road was closed", False), ("Tom Reed", "it would reopen on Monday", False)],
                 id="told-afp-adding-that-en"),
    # negative: "said, adding" is left as the lead measured it (the clause before it not read: blind held-out18 cost)
    pytest.param("The road was closed, Tom Reed said, adding that it would reopen.", "en",
                 [("Tom Reed", "it would reopen", False)], id="said-adding-negative-en"),
    # known miss: a relative clause after whom X told
    pytest.param("The road was closed, Tom Reed told the court, which ruled that it would reopen.", "en",
                 [("Tom Reed", "The road was closed", False)], id="told-the-court-which-negative-en",
                 marks=pytest.mark.xfail(reason="known miss: whom X told then a relative clause", strict=True)),
    # NewsBytes, as above
    pytest.param("According to Arif Noori, spokesperson for the provincial governor, the plane crashed at 1:10 pm "
                 "local time due to technical reasons.", "en",
                 [("Arif Noori", "the plane crashed at 1:10 pm local time due to technical reasons", False)],
                 id="according-to-name-title-real-en"),
    pytest.param("Según Juan Pérez, portavoz de la Policía Nacional, el puente cayó por la crecida.", "es",
                 [("Juan Pérez", "el puente cayó por la crecida", False)], id="segun-name-title-es"),
    # negatives: a phrase between commas inside the clause that names no speaker stays in it
    pytest.param("According to Ana Gil, the road was closed, the worst closure in years, and nobody was hurt.", "en",
                 [("Ana Gil", "the road was closed, the worst closure in years, and nobody was hurt", False)],
                 id="according-to-apposition-in-clause-negative-en"),
    pytest.param("Según Juan Pérez, el puente cayó por la crecida, la peor del siglo, y nadie murió.", "es",
                 [("Juan Pérez", "el puente cayó por la crecida, la peor del siglo, y nadie murió", False)],
                 id="segun-apposition-in-clause-negative-es"),
    pytest.param("An army spokesman said that contact with the aircraft was lost.", "en",
                 [("army spokesman", "contact with the aircraft was lost", False)], id="an-army-spokesman-en"),
    pytest.param("An official said that contact with the aircraft was lost.", "en",
                 [("official", "contact with the aircraft was lost", False)], id="an-official-en"),
    # Reuters (reprinted), https://optimusj.blogspot.com/2014/07/air-algerie-flight-ah5017-crashes.html: "source"
    # named no speaker (a known miss until session 26, branch read23: "source" joined the English speaker_nouns)
    pytest.param("An airline source told AFP that contact with the aircraft was lost while it was over northern Mali.",
                 "en", [("airline source", "contact with the aircraft was lost while it was over northern Mali",
                         False)], id="an-airline-source-real-en"),
    # negative: the Spanish preposition "a" before a title is still no subject
    pytest.param("A la ministra Ana Gil le preguntaron por el puente.", "es", [], id="a-la-ministra-negative-es"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "expected"), ROWS)
def test_statements_of_the_kinds(text: str, language: str, expected: list[tuple[str, str, bool]]) -> None:
    assert statements(text, language) == expected
