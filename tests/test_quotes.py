"""Who speaks: quotes and speakers measured on 44 real, hand-annotated excerpts (tests/data/quotes_dev.json).

Matching (tests/quotes_eval.py): a predicted statement matches a gold one of the same kind when their
spans overlap by at least half the longer span, each gold statement at most once; the (quote, speaker)
pair is right when the predicted speaker, folded, equals the gold speaker or contains its surname
(last word, without brackets). precision = right / predicted; recall = right / gold.

FLOORS ratchet: they are the values reached; raise them when the rules improve, never lower them.
"""

from __future__ import annotations

import pytest

from analysis.corpus.loading import load_path
from analysis.corpus.records import Article
from analysis.sources.quotes import extract
from analysis.text import build
from tests.quotes_eval import run, score

# (language, direct) -> (precision floor, recall floor), reached on 2026-11-30
# (direct: es 0.927 / 0.828, en 0.935 / 0.795; indirect: es 0.721 / 0.596, en 0.647 / 0.541).
FLOORS = {
    ("es", True): (0.92, 0.82),
    ("es", False): (0.72, 0.59),
    ("en", True): (0.93, 0.79),
    ("en", False): (0.64, 0.54),
}
TARGET = (0.90, 0.80)  # precision, recall of speakers of direct quotes (issue #23)


@pytest.fixture(scope="module")
def measured():
    _, gold, quotes, languages = run()
    results = {}
    for language, direct in FLOORS:
        results[(language, direct)], _ = score(quotes, gold, direct=direct, language=language, languages=languages)
    print()
    for (language, direct), s in results.items():
        kind = "direct  " if direct else "indirect"
        print(
            f"{language} {kind} precision {s.precision:.3f} recall {s.recall:.3f} ({s.right}/{s.predicted} predicted, "
            f"{s.right}/{s.gold} gold)"
        )
    return results


@pytest.mark.parametrize("key", list(FLOORS), ids=lambda k: f"{k[0]}-{'direct' if k[1] else 'indirect'}")
def test_precision_and_recall_do_not_fall_below_the_floor(measured, key):
    s = measured[key]
    floor_p, floor_r = FLOORS[key]
    assert s.precision >= floor_p, f"precision {s.precision:.3f} fell below {floor_p}"
    assert s.recall >= floor_r, f"recall {s.recall:.3f} fell below {floor_r}"


@pytest.mark.parametrize(
    "language",
    [
        "es",
        pytest.param(
            "en",
            marks=pytest.mark.xfail(reason="English recall of direct quotes is 0.795 (58/73), one short", strict=True),
        ),
    ],
)
def test_direct_speakers_reach_the_target(measured, language):
    s = measured[(language, True)]
    assert s.precision >= TARGET[0] and s.recall >= TARGET[1]


def _quotes(text: str, language: str = "es"):
    return extract(build([Article("a", text, language=language)]))


@pytest.mark.parametrize(
    ("text", "language", "speaker", "quoted"),
    [
        ("«No daré más detalles», afirmó el portavoz, Dmitri Peskov.", "es", "Dmitri Peskov", "No daré más detalles"),
        (
            "Lavrov afirmó en rueda de prensa: «Estamos comprometidos con los acuerdos».",
            "es",
            "Lavrov",
            "Estamos comprometidos con los acuerdos",
        ),
        ("Según la ministra Ana Ruiz, «la cifra subirá esta semana».", "es", "Ana Ruiz", "la cifra subirá esta semana"),
        ("La alcaldesa Marta Gil: «No hay que alarmarse».", "es", "Marta Gil", "No hay que alarmarse"),
        ('"We are seeing loss of life," Green said.', "en", "Green", "We are seeing loss of life"),
        (
            '"It must have not been extinguished," said Mayor John Stone.',
            "en",
            "John Stone",
            "It must have not been extinguished",
        ),
        ("Rusia calificó el ataque de «inaceptable e ilegal».", "es", "Rusia", "inaceptable e ilegal"),
    ],
)
def test_each_attribution_pattern_names_the_speaker(text, language, speaker, quoted):
    direct = [q for q in _quotes(text, language) if q.direct]
    assert [(q.speaker, q.text) for q in direct] == [(speaker, quoted)]


def test_pronouns_titles_and_continuations_are_the_person_named_before():
    text = (
        "El ministro de Salud, Juan Pérez, habló ayer. «Hay 20 heridos», dijo Pérez. "
        "«Estamos trabajando sin descanso», añadió el ministro.\n\n"
        "«La situación es grave pero estable en la zona».\n\n"
        '"He is still there," he said.'
    )
    quotes = _quotes(text)
    assert {q.speaker for q in quotes} == {"Juan Pérez"}
    assert len([q for q in quotes if q.direct]) == 4
    assert {q.role for q in quotes} == {"government"}


def test_indirect_speech_is_an_attributed_statement():
    quotes = _quotes("El canciller Yván Gil informó que el encuentro permitió evaluar las consecuencias.")
    assert [(q.speaker, q.direct, q.text) for q in quotes] == [
        ("Yván Gil", False, "el encuentro permitió evaluar las consecuencias")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "El programa «Buenos Días» empezó a las ocho.",  # a title in quotes, no speaker
        "La tormenta fue clasificada como «extremadamente peligrosa» por la tarde.",  # scare quotes, no verb
        'He watched "CBS Mornings" on Monday.',
    ],
)
def test_quotes_without_a_speaker_are_not_kept(text):
    assert _quotes(text, "en" if text.startswith("He") else "es") == []


def test_a_country_is_not_merged_into_an_institution_that_names_it():
    text = (
        "El ministro del Interior de Rusia visitó Cuba. Rusia aseguró que mantendrá sus relaciones con la isla "
        "durante años."
    )
    assert {q.speaker for q in _quotes(text)} == {"Rusia"}


def test_spellings_of_one_person_become_one_speaker_across_articles():
    articles = [
        Article("a", "«Habrá contactos», dijo el portavoz del Kremlin, Dmitri Peskov.", language="es"),
        Article("b", "«No hay planes», afirmó Dmitry Peskov. «Seguiremos en contacto», dijo Peskov.", language="es"),
        Article("c", "«No hay planes», afirmó Dmitri Peskov a la prensa.", language="es"),
    ]
    assert {q.speaker for q in extract(build(articles))} == {"Dmitri Peskov"}


def test_on_the_seeds_the_named_speakers_are_found_with_their_roles():
    quotes = extract(build(load_path("seeds").articles))
    roles = {}
    for q in quotes:
        roles.setdefault(q.speaker, set()).add(q.role)
    for surname in ("Peskov", "Lavrov", "Maduro", "Gil", "Bagdasárov"):
        speakers = [s for s in roles if s.endswith(surname)]
        assert speakers, f"{surname} not found among {sorted(roles)}"
        assert all(roles[s] == {"government"} for s in speakers), {s: roles[s] for s in speakers}
    assert "Yván Gil" in roles


def test_an_opening_phrase_before_the_verb_leaves_the_subject_implied():
    text = (
        "La ministra Ana Ruiz afirmó que la situación mejora cada día. "
        "En este sentido, ha explicado que «la cifra subirá pronto»."
    )
    assert {(q.speaker, q.direct, q.text) for q in _quotes(text)} == {
        ("Ana Ruiz", False, "la situación mejora cada día"),
        ("Ana Ruiz", True, "la cifra subirá pronto"),
    }
    # With nobody named before, an implied subject has no one to stand for: nothing is attributed.
    assert _quotes("En este sentido, ha explicado que «la cifra subirá pronto».") == []
