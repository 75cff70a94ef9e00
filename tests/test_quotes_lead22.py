"""Who speaks, session 22 (the lead, issue #23): kinds read in the spent mixed story corpus through `contraste sources`.

- "add to" is to increase, no speech: ", killing about 100 people and adding to dozens of other deaths in the region"
  made Storm Eta a speaker of the clause before it (claims held-out6, spent; The Guardian). "added to", "adds to",
  "adding to" join the English ``not_reporting``; "adding that", ", adding:" stay reporting verbs. No quote set moved
  (blind held-out17 and 18 counted only).
- the speaker of ", Mayor Tom Reed said, adding that ..." is the mayor: the gerund goes on with what the person of the
  attribution before it said (subjects._said_before_gerund) when a title of at most three words stands between the
  comma and the name (subjects._comma_then_title); it read a comma right before the name only, and "adding that"
  went to the sentence's first name (a cyclone). No quote set moved. Tried and dropped: reading the clause before
  ", X said, adding that" as said too (held-out10 en indirect +1 right, blind held-out18 en +1 wrong).
Rows: (text, language, [(speaker, statement, direct)]).
"""

from __future__ import annotations

import pytest

from analysis.corpus.records import Article
from analysis.sources.quotes import extract
from analysis.text import build

ROWS = [
    # claims held-out6 (spent), https://www.theguardian.com/world/2020/nov/06/storm-eta-death-toll-rises-as-torrential-
    # rains-trigger-mudslides
    pytest.param("The death toll from the calamitous Storm Eta in Central America has soared after the Guatemalan "
                 "military reached a remote mountainous village where torrential rains had triggered devastating "
                 "mudslides, killing about 100 people and adding to dozens of other deaths in the region.", "en", [],
                 id="adding-to-real-en"),
    pytest.param("Cyclone Ana hit the coast, destroying homes and adding to the misery of thousands.", "en", [],
                 id="adding-to-en"),
    pytest.param("The flood added to the losses of farmers, Mayor Tom Reed said.", "en",
                 [("Tom Reed", "The flood added to the losses of farmers", False)], id="added-to-inside-a-statement-en"),
    # negatives: "adding that" and ", adding:" still report
    pytest.param("Cyclone Ana hit the coast, Mayor Tom Reed said, adding that more rain was expected.", "en",
                 [("Tom Reed", "more rain was expected", False)], id="adding-that-negative-en"),
    pytest.param("Governor Ann Cole visited the shelter, adding: “We will rebuild.”", "en",
                 [("Ann Cole", "We will rebuild", True)], id="adding-colon-negative-en"),
]  # fmt: skip

TITLED = [
    pytest.param("Cyclone Ana hit the coast, Mayor Tom Reed said, adding that more rain was expected.", "en",
                 [("Tom Reed", "more rain was expected", False)], id="title-then-name-en"),
    pytest.param("Cyclone Ana hit the coast, city mayor Tom Reed said, adding that more rain was expected.", "en",
                 [("Tom Reed", "more rain was expected", False)], id="lower-title-then-name-en"),
    # negative: no attribution before the gerund, the main clause's subject speaks
    pytest.param("Pedro Gil rejected the claim, saying that the plan was legal.", "en",
                 [("Pedro Gil", "the plan was legal", False)], id="main-clause-subject-negative-en"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "expected"), ROWS)
def test_add_to_is_no_speech(text: str, language: str, expected: list[tuple[str, str, bool]]) -> None:
    quotes = extract(build([Article("a", text, language=language)]))
    assert [(q.speaker, q.text, q.direct) for q in quotes] == expected


@pytest.mark.parametrize(("text", "language", "expected"), TITLED)
def test_a_titled_attribution_before_a_gerund(text: str, language: str, expected: list[tuple[str, str, bool]]) -> None:
    quotes = extract(build([Article("a", text, language=language)]))
    assert [(q.speaker, q.text, q.direct) for q in quotes] == expected
