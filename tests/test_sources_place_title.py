"""A title's place written right before the person, with no comma ("el presidente de Guatemala Jimmy Morales"): the
person is the name, not the place run on into it (names._place_then_person). Found by reading the Sources page of
tests/data/agreement_real.json and sources_real.json as one corpus (session 16): Notiradio's mayor was
"alcaldesa del condado de Miami-Dade Daniella Levine Cava", a speaker no other article's "Daniella Levine Cava"
could join."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.corpus.records import Article
from analysis.sources.names import _place_then_person, name_runs
from analysis.sources.quotes import extract
from analysis.text import build

DATA = Path(__file__).parent / "data"


def _excerpt(file: str, key: str, article: str) -> str:
    items = json.loads((DATA / file).read_text(encoding="utf-8"))[key]
    return next(e["text"] for e in items if e["id"] == article)


# (text, language, the name run ending the title's sentence or None when no run should be cut)
RUNS = [
    # real: tests/data/agreement_real.json (Notiradio, 2021-06-27), quotes_blind.json (Punto Cero)
    ("dijo la alcaldesa del condado de Miami-Dade Daniella Levine Cava, en una conferencia de prensa.", "es",
     "Daniella Levine Cava"),
    ("El presidente de México Andrés Manuel López Obrador afirmó este miércoles que", "es",
     "Andrés Manuel López Obrador"),
    ("dijo el alcalde de Nueva York Eric Adams en rueda de prensa.", "es", "Eric Adams"),
    ("Habló el seleccionador de España Luis de la Fuente tras el partido.", "es", "Luis de la Fuente"),
    ("said the mayor of Miami-Dade County Daniella Levine Cava on Friday.", "en", "Daniella Levine Cava"),
]  # fmt: skip

# Runs after "de" that the rule must leave whole (no person follows the place): (text, the run).
WHOLE = [
    ("La rectora de Madrid Facultad de Medicina habló.", "es", "Madrid Facultad de Medicina"),  # an office's word
    ("El vuelo de Estados Unidos Costa Rica salió tarde.", "es", "Estados Unidos Costa Rica"),  # two places
    ("Viajó de Guatemala Ciudad a Antigua.", "es", "Guatemala Ciudad"),  # one word after the place
    ("Es la capital de Buenos Aires.", "es", "Buenos Aires"),  # the place alone
    ("the mayor of New York City said.", "en", "New York City"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "person"), RUNS)
def test_the_person_after_a_titles_place(text: str, language: str, person: str) -> None:
    assert person in [r.name for r in name_runs(text, language)]


@pytest.mark.parametrize(("text", "language", "run"), WHOLE)
def test_runs_left_whole(text: str, language: str, run: str) -> None:
    assert _place_then_person(text, text.index(run), run, language) == 0


def test_no_cut_without_a_link_before() -> None:
    """A run not after "de"/"of" is never asked (RE_OF_BEFORE): "Guatemala Jimmy Morales" opening a sentence."""
    assert "Guatemala Jimmy Morales" in [r.name for r in name_runs("Guatemala Jimmy Morales fue el lema.", "es")]


def test_the_real_mayor_is_one_speaker_with_the_other_articles() -> None:
    text = _excerpt("agreement_real.json", "excerpts", "surfside-es-notiradio-2021-06-27")
    quotes = extract(build([Article("n", text, source="Notiradio", language="es")]))
    assert {q.speaker for q in quotes if q.direct} == {"Daniella Levine Cava"}
    assert {q.role for q in quotes if q.direct} == {"government"}
