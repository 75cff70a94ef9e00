"""Casualty claims on a DEV set, ``tests/data/claims_dev27.json`` (branch claims27dev, session 27).

A DEV set, not a held-out one: readable from the start (it is in ``tests/claims_eval.SPENT``), gathered to widen the
text the claim rules are read from, as dev26 was (rules read from one set rarely transfer to blind ones). 40 real
article excerpts (20 Spanish, 20 English) of 8 deadly events in no claims file of tests/data, with 190 tolls (94 es,
96 en) annotated by hand from the text alone under held-out13's conventions (the set's ``about`` lists the decisions),
chosen for wordings the reader has seen little: the Love Parade crowd crush (Duisburg, 2010), the Koh Pich bridge
stampede (Phnom Penh, 2010; a toll revised downward), the Kramatorsk railway station strike (2022; a war's toll given
by one side), the MV Le Joola capsizing (2002; missing by nationality), the Pasta de Conchos mine explosion (2006),
the Haiti cholera epidemic (2010-2011; tolls by department), the South India heat wave (2015; tolls by state and
district) and the Bhopal gas tragedy (1984; many sources' tolls). The data file was committed alone (806d4c0) before
this module and before the reader ran on it.

First run (2026-12-03, the reader of main aa35461, before any rule read from this set):

==========  ==================================================
dev27       first run
==========  ==================================================
es (94)     P 0.921  R 0.617  place 0.667 (63 found, 58 right, place of 54: 36, +6 contained)
en (96)     P 0.946  R 0.729  place 0.721 (74 found, 70 right, place of 68: 49, +12 contained)
all (190)   P 0.934  R 0.674  place 0.697 (137 found, 128 right, place of 122: 85, +18 contained)
==========  ==================================================

Its misses were then read (``PYTHONPATH=. python tests/claims_eval.py dev27``) and grouped by kind (docs/PERFORMANCE.md,
"Session 27, branch claims27dev"). The floors are the scores rounded down; they are ratchets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_claims import found_and_placed
from tests.test_claims_dev import _check_heldout_set, _print_and_check, _score

DATA = Path(__file__).parent / "data"
DEV27 = DATA / "claims_dev27.json"
EARLIER = {DATA / f"claims_heldout{n}.json" for n in (7, 8, 9, 10, 11, 12, 13, 14)} | {DATA / "claims_dev26.json"}

DEV27_FIRST_RUN = {
    "es": {"precision": 0.921, "recall": 0.617, "place": 0.667},  # 94 gold, 63 found, 58 right, place 36 of 54 (+6)
    "en": {"precision": 0.946, "recall": 0.729, "place": 0.721},  # 96 gold, 74 found, 70 right, place 49 of 68 (+12)
}
# After the rules below (es P 0.923 R 0.638 place 0.643 of 56, en P 0.961 R 0.760 place 0.746 of 71): the es place
# ratio fell from 0.667 only because two newly found tolls have another place (36 right before and after); en recall
# is one below the rules' best (0.771) since "Kramatorsk (Donetsk region)" put two repeats of 50 at one place, where
# repeats.same_toll merges them (the set keeps both: another qualifier).
DEV27_FLOORS = {
    "es": {"precision": 0.92, "recall": 0.63, "place": 0.64},
    "en": {"precision": 0.96, "recall": 0.76, "place": 0.74},
}


@pytest.fixture(scope="module")
def dev27() -> dict[str, dict[str, float]]:
    return _score(DEV27)


def test_the_dev27_set_is_real_and_other_events() -> None:
    _check_heldout_set(DEV27, EARLIER, excerpts=20, claims=(94, 96), events=8)


def test_precision_recall_and_place_on_the_dev27_set(dev27: dict, capsys: pytest.CaptureFixture[str]) -> None:
    _print_and_check("dev27", dev27, DEV27_FLOORS, capsys, DEV27_FIRST_RUN)


_K, _I, _M = "killed", "injured", "missing"

# Rows for the rules written for kinds of dev27's misses: (id, language, text, expected claims as (kind, group, low,
# high), their places in text order). "-real-": the dev set's sentence kind, reworded; "-neg-": the rule must not fire.
ROWS: list[tuple[str, str, str, list, list]] = [
    # Recall. A group said to be among a kind's people in Spanish ("se encuentran entre los 19 muertos", "figuran entre
    # los heridos"), a figure of the whole allowed: figures_es.yaml among_lead / among_articles / kinds.*.among, read by
    # cues.among_regex as English's "are among the 157 victims" (claims25). The verbs list had only "se encuentran entre
    # los muertos" with nothing between, and no missing or injured.
    ("among-real-es-1", "es", "Dos estudiantes españolas se encuentran entre los 19 muertos de la tragedia de Duisburgo.",
     [(_K, "Spanish", 2, 2), (_K, "total", 19, 19)], [None, None]),
    ("among-real-es-2", "es", "La embajada confirmó que cinco turistas españoles se encuentran entre los desaparecidos del "
     "naufragio.", [(_M, "Spanish", 5, 5)], [None]),
    ("among-es-1", "es", "Tres menores figuran entre los heridos del accidente en Sevilla.", [(_I, "children", 3, 3)],
     ["Sevilla"]),
    ("among-es-2", "es", "Dos bomberos estaban entre los fallecidos.", [(_K, "bomberos", 2, 2)], [None]),
    # not a group among people of no kind (the best players, the passengers)
    ("among-neg-es-1", "es", "Dos jugadores se encuentran entre los mejores del torneo.", [], []),
    ("among-neg-es-2", "es", "Cinco españoles se encuentran entre los pasajeros del avión.", [], []),
    # Recall. Hospitalisation needed: a modal passive in Spanish ("debieron ser hospitalizadas", "tuvieron que ser
    # hospitalizadas", as the displaced's "tuvieron que ser evacuadas") and "required hospitalization", "had to be
    # hospitalised" in English (figures_*.yaml kinds.injured.verbs): an epidemic's hospitalised are injured (held-out10's
    # Karachi convention).
    ("hospitalised-real-es-1", "es", "De los 157.321 afectados, 87.639 debieron ser hospitalizadas.",
     [(_I, "total", 87639, 87639)], [None]),
    ("hospitalised-es-1", "es", "Al menos 40 personas tuvieron que ser hospitalizadas.", [(_I, "total", 40, None)],
     [None]),
    ("hospitalised-real-en-1", "en", "In Haiti, 162,651 people required hospitalization.",
     [(_I, "total", 162651, 162651)], ["Haiti"]),
    ("hospitalised-en-1", "en", "Twelve workers had to be hospitalised.", [(_I, "workers", 12, 12)], [None]),
    # not hospitalisation of no one counted, nor animals
    ("hospitalised-neg-en-1", "en", "The plan required hospitalization of 300 patients.", [], []),
    ("hospitalised-neg-es-1", "es", "Doce perros tuvieron que ser hospitalizados.", [], []),
    # Recall. The dead listed after "comprised" ("The dead comprised of one Australian woman, one Italian woman"):
    # figures_en.yaml kinds.killed.before and members_open, as "the dead included".
    ("comprised-real-en-1", "en", "The dead comprised one Australian woman, one Italian woman and one Dutch man.",
     [(_K, "Australian", 1, 1), (_K, "Italian", 1, 1), (_K, "Dutch", 1, 1)], [None, None, None]),
    ("comprised-en-1", "en", "The victims comprised two Britons and three Germans.",
     [(_K, "British", 2, 2), (_K, "German", 3, 3)], [None, None]),
    # not a crowd or a committee
    ("comprised-neg-en-1", "en", "The crowd comprised 2,000 fans.", [], []),
    ("comprised-neg-en-2", "en", "The committee consisted of 12 members.", [], []),
    # Recall. A count in brackets right after its share ("53.8% (162,651) required hospitalization and 1.7% (5,234)
    # died"): the bracket hid the verb from the count (kinds._share_bracket_verb).
    ("share-bracket-real-en-1", "en", "Of 302,401 cases, 1.7% (5,234) died.", [(_K, "total", 5234, 5234)], [None]),
    ("share-bracket-en-1", "en", "Of the 300 passengers, 10% (30) were injured.", [(_I, "total", 30, 30)], [None]),
    ("share-bracket-es-1", "es", "Del total, el 1,7% (5.234) murieron.", [(_K, "total", 5234, 5234)], [None]),
    # not a bracket after a share of no toll
    ("share-bracket-neg-en-1", "en", "Turnout was 45% (2,000) and 12 people died.", [(_K, "total", 12, 12)], [None]),
    # Precision. A part of the victims still to identify is no toll ("only three of the victims are not yet
    # identified"), as "De los fallecidos, 19 fueron identificados" was not (lexicon increment_after, now read after a
    # partitive of the victims too: kinds.listed). It came to light when "The dead comprised" read the sentence before.
    ("unidentified-part-real-en-1", "en", "The stampede killed 19 people. According to him, only three of the victims "
     "are not yet identified.", [(_K, "total", 19, 19)], [None]),
    ("unidentified-part-en-1", "en", "The stampede killed 19 people. Three of the victims were identified.",
     [(_K, "total", 19, 19)], [None]),
    # still a part of the toll when the victims are said to be someone
    ("unidentified-part-neg-en-1", "en", "The stampede killed 19 people. Three of the victims were foreigners.",
     [(_K, "total", 19, 19), (_K, "total", 3, 3)], [None, None]),
    # Places. A place's container in brackets right after it ("in Kramatorsk (Donetsk region)") only says where the
    # place lies: the toll is the place's, though the gazetteer knows Donetsk only as another city
    # (claim_scope._bracketed, read by written_in and most_specific).
    ("bracketed-region-real-en-1", "en", "As a result of the shelling of the railway station in Kramatorsk (Donetsk "
     "region) by Russian troops, some 50 people were killed.", [(_K, "total", 45, 55)], ["Kramatorsk"]),
    ("bracketed-region-en-1", "en", "Twelve people died in Kramatorsk (Donetsk region).", [(_K, "total", 12, 12)],
     ["Kramatorsk"]),
    ("bracketed-region-es-1", "es", "Diecinueve personas murieron en la fiesta de Duisburg (oeste de Alemania), que ha "
     "sumido a Europa en la consternación.", [(_K, "total", 19, 19)], ["Duisburg"]),
    # not two places of two items
    ("bracketed-region-neg-en-1", "en", "Twelve people died in Kramatorsk and three in Donetsk.",
     [(_K, "total", 12, 12), (_K, "total", 3, 3)], ["Kramatorsk", "Donetsk"]),
]

# Known misses of the same kinds, kept as rows.
XFAIL_ROWS: list[tuple[str, str, str, list, list, str]] = [
    ("share-after-count-en-1", "en", "Of the 300 passengers, 30 (10%) were injured.", [(_I, "total", 30, 30)], [None],
     "a share in brackets after the count hides its verb too"),
    ("share-bracket-of-whole-es-1", "es", "El 1,7% (5.234) de los enfermos murieron.", [(_K, "total", 5234, 5234)],
     [None], "the whole after the bracket ('de los enfermos') stands between the count and its verb"),
]


@pytest.mark.parametrize(("language", "text", "expected", "where"), [pytest.param(*row[1:], id=row[0]) for row in ROWS])
def test_claims_and_places_of_dev27_kinds(language: str, text: str, expected: list, where: list) -> None:
    assert found_and_placed(text, language) == (expected, where)


@pytest.mark.parametrize(
    ("language", "text", "expected", "where"),
    [pytest.param(*row[1:5], id=row[0], marks=pytest.mark.xfail(reason=row[5], strict=True)) for row in XFAIL_ROWS],
)
def test_known_misses_of_dev27_kinds(language: str, text: str, expected: list, where: list) -> None:
    assert found_and_placed(text, language) == (expected, where)
