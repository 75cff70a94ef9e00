"""What the Framing terms page names, computed without a running app (dashboard/framing_results.py)."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.framing_results import group_name, term_choices


@pytest.mark.parametrize(
    ("frames", "terms", "expected"),
    [
        pytest.param([], [], [], id="empty"),
        pytest.param(["toma"], ["secuestro"], ["toma › secuestro"], id="one"),
        pytest.param(
            ["toma", "toma", "ataque", "toma"],
            ["secuestro", "captura", "agresión", "secuestro"],
            ["toma › secuestro", "toma › captura", "ataque › agresión"],
            id="each-once-in-order",
        ),
        pytest.param(["a", "b"], ["x", "x"], ["a › x", "b › x"], id="same-term-two-frames"),
    ],
)
def test_term_choices(frames: list[str], terms: list[str], expected: list[str]) -> None:
    table = pd.DataFrame({"frame": frames, "term": terms, "count": range(len(frames))})
    assert term_choices(table) == expected


@pytest.mark.parametrize(
    ("picked", "expected"),
    [
        pytest.param(["El País"], "El País", id="one"),
        pytest.param(["El País", "ABC", "EFE"], "El País, ABC, EFE", id="three-named"),
        pytest.param(["El País", "ABC", "EFE", "BBC"], "4 sources", id="four-counted"),
    ],
)
def test_group_name(picked: list[str], expected: str) -> None:
    assert group_name(picked, str, many=f"{len(picked)} sources") == expected


def test_group_name_shows_members_as_the_page_names_them() -> None:
    names = {"a1": "El País · 2026-01-03 · Título"}
    assert group_name(["a1"], names.__getitem__, many="1 article") == "El País · 2026-01-03 · Título"
