"""text/person_groups.py: one name per group of people across languages, in the agreement table."""

from __future__ import annotations

import pytest

from analysis.casualties.agreement import agreements
from analysis.casualties.claims import Claim
from analysis.casualties.word_patterns import lexicon, plain
from analysis.text.person_groups import compared_group


def _claim(article: str, group: str, low: int, source: str) -> Claim:
    return Claim(article, source, "killed", group, "S1", low, low, "exact", None, "x", 0, 1, 0, str(low))


@pytest.mark.parametrize(
    ("group", "compared"),
    [
        ("bomberos", "firefighters"),
        ("Bombero", "firefighters"),
        ("firemen", "firefighters"),
        ("pasajeros", "passengers"),
        ("tripulantes", "crew"),
        ("crew members", "crew"),
        ("periodistas", "journalists"),
        ("reporters", "journalists"),
        ("mineros", "miners"),
        ("extranjeros", "foreigners"),
        ("turistas", "tourists"),
        ("médicos", "doctors"),
        ("medicos", "doctors"),  # accents do not matter
        ("reclusos", "prisoners"),
        ("inmates", "prisoners"),
        # negatives: groups that are already one name, or that the list lacks, stay as written
        ("total", "total"),
        ("Cuban", "Cuban"),
        ("children", "children"),
        ("excursionistas", "excursionistas"),
        ("seriously injured", "seriously injured"),
        ("bomberos voluntarios", "bomberos voluntarios"),  # a whole phrase only, not a word inside it
    ],
)
def test_compared_group(group: str, compared: str) -> None:
    assert compared_group(group) == compared


def test_the_list_names_each_word_once_and_leaves_the_five_groups_and_nationalities_alone() -> None:
    """A word in two groups would make the comparison depend on the file's order; a word of the five groups of
    figures_<lang>.yaml or of nationalities.yaml is already one name there."""
    data = lexicon("person_groups")
    words = [plain(w) for forms in data.values() for ws in forms.values() for w in ws]
    assert len(words) == len(set(words))
    assert all(set(forms) <= {"es", "en"} and forms.get("es") and forms.get("en") for forms in data.values())
    five = {plain(w) for lang in ("es", "en") for ws in lexicon(f"figures_{lang}")["groups"].values() for w in ws}
    nationalities = {plain(w) for forms in lexicon("nationalities").values() for lang in ("es", "en")
                     for w in forms.get(lang, [])}  # fmt: skip
    assert not set(words) & five
    assert not set(words) & nationalities


def test_a_group_written_in_two_languages_is_one_comparison() -> None:
    """A Spanish outlet's 12 bomberos and an English one's 21 firefighters, the same day: one row, a conflict; a
    group of another name stays its own row."""
    claims = [
        _claim("a", "bomberos", 12, "El Diario"),
        _claim("b", "firefighters", 21, "The Daily"),
        _claim("c", "turistas", 3, "El Diario"),
    ]
    rows = {(row.group, row.status) for row in agreements(claims)}
    assert rows == {("firefighters", "conflicting"), ("tourists", "single-source")}


def test_the_claims_table_shows_the_status_of_the_row_a_claim_is_compared_in() -> None:
    """The claims table keeps each group as written and gives it its comparison's status (not "single-source")."""
    from analysis.casualties.toll_tables import comparison_table

    claims = [_claim("a", "bomberos", 12, "El Diario"), _claim("b", "firefighters", 21, "The Daily")]
    table = comparison_table(claims)
    assert list(zip(table["group"], table["status"])) == [("bomberos", "conflicting"), ("firefighters", "conflicting")]
