"""Competing words suggested from the corpus (analysis/framing/suggest.py): planted pairs are found, the seeds'
secuestro/captura is, and the CLI prints the suggestions as JSON."""

from __future__ import annotations

import json
import random

import pytest

from analysis.cli import main
from analysis.corpus.loading import load_path
from analysis.corpus.records import Article
from analysis.framing.suggest import suggest
from analysis.text import build

# (word of group A, word of group B, templates with {w} for the word): each pair has its own slot.
PLANTED = [
    ("secuestro", "captura", ["Tras el {w} de {name}, el gabinete se reunió en {place}.",
                              "Los diplomáticos condenaron el {w} de {name} ante la prensa."]),
    ("régimen", "gobierno", ["El {w} de {name} anunció nuevas medidas económicas en {place}.",
                             "Portavoces del {w} venezolano negaron las acusaciones."]),
    ("ilegales", "migrantes", ["Cientos de {w} cruzaron la frontera cerca de {place} durante la noche.",
                               "Las autoridades detuvieron a varios {w} que viajaban hacia el norte."]),
    ("agresión", "operación", ["La {w} militar contra {place} comenzó de madrugada.",
                               "Tras la {w} militar, {name} pidió calma a la población."]),
    ("vándalos", "manifestantes", ["Los {w} levantaron barricadas en el centro de {place}.",
                                   "Decenas de {w} marcharon hacia la plaza principal."]),
    ("dictador", "mandatario", ["El {w} {name} ordenó cerrar las fronteras.",
                                "Según el {w}, la economía crecerá este año en {place}."]),
    ("masacre", "enfrentamiento", ["La {w} en las afueras de {place} dejó varios muertos.",
                                   "Testigos describieron la {w} ocurrida en la zona rural."]),
    ("invasores", "soldados", ["Los {w} avanzaron hacia {place} con tanques y artillería.",
                               "Columnas de {w} fueron vistas en la carretera principal."]),
    ("saqueo", "reparto", ["El {w} de alimentos en {place} duró toda la jornada.",
                           "Vecinos grabaron el {w} de víveres en el mercado."]),
    ("propaganda", "información", ["La {w} oficial sobre {place} circuló en las redes.",
                                   "Los periodistas analizaron la {w} difundida por {name}."]),
]
FILLER = [
    "La reunión terminó sin acuerdos y los participantes regresaron a {place}.",
    "{name} viajará la próxima semana a {place} para una visita oficial.",
    "El clima en {place} fue soleado durante toda la semana.",
    "Las elecciones regionales se celebrarán en octubre, según {name}.",
    "El precio del petróleo subió en los mercados internacionales.",
    "Los estudiantes volvieron a clases en {place} tras las vacaciones.",
]
NAMES = ["Pérez", "Gómez", "Rodríguez", "Fernández", "López", "Martínez"]
PLACES = ["Caracas", "Bogotá", "Quito", "Lima", "La Paz", "Santiago"]


def planted_corpus(seed: int = 7, sources_per_group: int = 3, articles_per_source: int = 8) -> list[Article]:
    """Two groups of sources writing the same templates, group A with the first word of each pair, B the second."""
    rng = random.Random(seed)
    articles = []
    for group in (0, 1):
        for s in range(sources_per_group):
            source = f"{'AB'[group]}{s}"
            for n in range(articles_per_source):
                sentences = []
                for a, b, templates in rng.sample(PLANTED, 6):
                    sentences.append(rng.choice(templates).format(w=(a, b)[group], name=rng.choice(NAMES),
                                                                  place=rng.choice(PLACES)))
                sentences += [rng.choice(FILLER).format(name=rng.choice(NAMES), place=rng.choice(PLACES))
                              for _ in range(4)]
                rng.shuffle(sentences)
                articles.append(Article(f"{source}-{n}", " ".join(sentences), source=source, language="es"))
    return articles


def test_planted_competing_pairs_are_recalled_in_the_top_20() -> None:
    found = {frozenset(s.terms) for s in suggest(build(planted_corpus()), top=20)}
    planted = {frozenset((a, b)) for a, b, _ in PLANTED}
    recall = len(found & planted) / len(planted)
    assert recall >= 0.8, f"recall {recall:.2f}; missed {[tuple(p) for p in planted - found]}"


def test_recall_holds_on_another_draw() -> None:
    found = {frozenset(s.terms) for s in suggest(build(planted_corpus(seed=11, articles_per_source=6)), top=20)}
    assert len(found & {frozenset((a, b)) for a, b, _ in PLANTED}) >= 8


def test_each_suggestion_names_the_sources_leaning_to_each_word_and_shows_evidence() -> None:
    best = suggest(build(planted_corpus()), top=20)
    pair = next(s for s in best if set(s.terms) == {"secuestro", "captura"})
    leaning = dict(zip(pair.terms, pair.sources))
    assert set(leaning["secuestro"]) <= {"A0", "A1", "A2"} and set(leaning["captura"]) <= {"B0", "B1", "B2"}
    assert pair.apart == 1.0 and pair.split > 1 and pair.similarity > 0.5
    assert any(c.startswith("el/la _") or c.startswith("_ de/del") for c in pair.contexts)
    assert {e.term for e in pair.evidence} == {"secuestro", "captura"}
    assert all(e.match.lower() in {"secuestro", "captura"} for e in pair.evidence)


def test_words_every_source_writes_alike_are_not_suggested() -> None:
    """Planted words used by both groups (no split) are not suggested against each other."""
    articles = [
        Article(a.id, a.text.replace("captura", "secuestro"), source=a.source, language="es")
        for a in planted_corpus()
    ]
    found = {frozenset(s.terms) for s in suggest(build(articles), top=20)}
    assert not any("secuestro" in p and "captura" in p for p in found)


def test_one_source_gives_no_suggestion() -> None:
    articles = [Article(a.id, a.text, source="same", language="es") for a in planted_corpus()]
    assert suggest(build(articles)) == []


def test_on_the_seeds_secuestro_and_captura_are_suggested() -> None:
    found = [set(s.terms) for s in suggest(build(load_path("seeds").articles))]
    assert {"secuestro", "captura"} in found


def test_cli_prints_suggestions_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["terms", "seeds", "--suggest", "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"suggestions", "problems"} and len(result["suggestions"]) == 20
    first = result["suggestions"][0]
    assert set(first) == {"frame", "terms", "similarity", "split", "apart", "score", "counts", "sources", "contexts",
                          "evidence"}
    scores = [s["score"] for s in result["suggestions"]]
    assert scores == sorted(scores, reverse=True)
