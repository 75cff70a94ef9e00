"""A link with an undated article needs cues that agree (analysis/similarity/story_links.py, ``_undated_agree``):
a shared name or place, not a figure alone, and no two sets of countries with none in common; or a TF-IDF
cosine that reaches ``undated_link`` by itself.

Rows: made-up cue lists, then the real excerpts that showed it (tests/data, ids given) read by
:func:`analysis.similarity.cues.article_cues`.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from analysis.similarity.cues import article_cues
from analysis.similarity.story_links import _undated_agree

DATA = Path(__file__).resolve().parent / "data"


def cues(name: str, excerpt_id: str) -> list[str]:
    x = next(x for x in json.loads((DATA / name).read_text(encoding="utf-8"))["excerpts"] if x["id"] == excerpt_id)
    return article_cues(x.get("title"), x["text"], x.get("language") or "en")


def agree(a: list[str], b: list[str]) -> bool:
    return bool(_undated_agree([a, b], np.array([0]), np.array([1]))[0])


ROWS = [
    (["derna", "LY", "#11300"], ["derna", "#11300"], True),  # a name shared
    (["LY", "LY-BA", "#11300"], ["LY-BA", "#5000"], True),  # a region shared, its country named by one
    (["crocus", "#137"], ["crocus", "RU", "#137"], True),  # one names no country: nothing conflicts
    # negatives
    (["#137"], ["RU", "UA", "#137"], False),  # a figure alone
    (["#137", "#2.5"], ["#137", "#2.5", "putin"], False),  # figures alone, however many
    (["PS", "united", "nations"], ["TR", "SY", "united", "nations"], False),  # two countries' events
    (["quito", "EC"], ["quito", "PE"], False),
]


@pytest.mark.parametrize(("a", "b", "agrees"), ROWS)
def test_undated_cues_agree(a: list[str], b: list[str], agrees: bool) -> None:
    assert agree(a, b) == agrees


CROCUS_UNDATED = ("claims_dev.json", "crocus-en-infoterkiniviral-2024-03")  # its lead names no place
REAL = [
    # the undated Crocus piece and Reporte Confidencial's (undated): "Crocus" shared, Russia named by one only
    (CROCUS_UNDATED, ("claims_dev.json", "crocus-es-reporteconfidencial"), True),
    # negatives: the same piece and ABC's of 25 February 2022 on Ukraine share only the figure 137
    (CROCUS_UNDATED, ("framing_dev.json", "war-en-abcau-ukraine-2022-02-25"), False),
    # an undated piece on Gaza and one on the Turkey-Syria earthquake: Reuters and the United Nations, no country
    (
        ("quotes_dev.json", "gaza-en-palpress-2023-10"),
        ("claims_dev.json", "turkeysyria-en-thenewsgod-2023-02-06"),
        False,
    ),
]


@pytest.mark.parametrize(("a", "b", "agrees"), REAL)
def test_undated_cues_of_real_excerpts(a: tuple[str, str], b: tuple[str, str], agrees: bool) -> None:
    assert agree(cues(*a), cues(*b)) == agrees
