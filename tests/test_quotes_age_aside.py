"""An age alone between commas after a speaker's name, and the role it gives (the lead, session 15, from the real
corpus of tests/data/sources_real.json: '“...,” Cardinal Kevin Farrell, 77, said' was read as no statement, and an
age with a cardinal's name as a witness)."""

from __future__ import annotations

import pytest

from analysis.corpus.records import Article
from analysis.sources.quotes import extract
from analysis.text import build
from tests.quotes_eval import direct_pairs

ROWS = [
    # an age alone as the name's apposition before the verb, after a quotation (English news' way to write an age)
    ("age-aside-en-1", "“We are sad about it,” Cardinal Kevin Farrell, 77, said in a statement.",
     [("Cardinal Kevin Farrell", "We are sad about it")]),
    ("age-aside-en-2", "“The water came in so fast,” Maria Lopez, 34, told reporters on Sunday.",
     [("Maria Lopez", "The water came in so fast")]),
    # negatives: no reporting verb after the age; the age of someone else in the sentence
    ("age-aside-neg-en-1", "“We are sad about it,” Kevin Farrell, 77, and his son left the church.", []),
    ("age-aside-neg-en-2", "“It is over,” the coach said after Ann Lee, 19, scored twice.", [("coach", "It is over")]),
]  # fmt: skip
# A word of address opening the name ("Mr", "Sir") after a quotation: the run starts after it (direct.
# _addressed_then_apposition, roles16; a known miss until then). Negative: no verb after the age.
ADDRESSED = [
    pytest.param("“We lost everything,” Mr Tom Hill, 61, said.", [("Tom Hill", "We lost everything")],
                 id="age-aside-en-mr"),
    pytest.param("“It was a privilege,” Sir David Attenborough, 98, told the audience.",
                 [("David Attenborough", "It was a privilege")], id="age-aside-en-sir"),
    pytest.param("“We lost everything,” Mr Tom Hill, 61, and his son left.", [], id="age-aside-neg-en-mr"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in ROWS] + ADDRESSED)
def test_an_age_alone_between_the_name_and_the_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert direct_pairs(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("“We are sad about it,” Cardinal Kevin Farrell, 77, said in a statement.", "unknown"),
        ("Archbishop Paul Gallagher, 70, said: “We are in mourning for him.”", "unknown"),
        ("“It was a privilege,” Sir David Attenborough, 98, told the audience.", "unknown"),
        ("“Our work goes on,” Bishop John Arnold, 69, told the congregation.", "unknown"),
        # negatives: an age alone still marks a private person quoted as a witness
        ("“The water came in so fast,” Maria Lopez, 34, told reporters on Sunday.", "witness"),
        ("Tom Hill, 61, said: “We lost everything in the flood.”", "witness"),
        ("“We lost everything in the flood,” Mr Tom Hill, 61, said.", "witness"),
    ],
)
def test_a_cleric_or_a_knight_with_an_age_is_no_witness_by_it(text: str, role: str) -> None:
    quotes = extract(build([Article("a", text, language="en")]))
    assert [q.role for q in quotes if q.direct] == [role]
