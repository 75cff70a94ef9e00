"""The framing lexicon: the matching rule on sentences of many kinds, the packaged lexicons' frames."""

from __future__ import annotations

from collections import Counter

import pytest

from analysis.corpus.records import Article
from analysis.framing.lexicon import Lexicon
from analysis.framing.lexicon_schema import default_lexicons, parse_lexicon
from analysis.text import build, fold

LEXICONS = default_lexicons()


def _counts(sentence: str, language: str, lexicon: Lexicon | None = None) -> Counter[tuple[str, str]]:
    lexicon = lexicon or LEXICONS[language]
    doc = build([Article("x", sentence, language=language)]).docs[0]
    return Counter(
        (lexicon.frames[m.frame].name, lexicon.frames[m.frame].terms[m.term].label) for m in lexicon.matches(doc)
    )


TAKING, MILITARY, HEAD, INTERIM = "taking of the president", "military action", "head of state", "interim leadership"

# (sentence, frame, term, expected count): inflections that must count, and look-alikes that must not.
SPANISH = [
    ("Denunciaron el secuestro del presidente.", TAKING, "secuestro", 1),
    ("El presidente fue secuestrado por comandos.", TAKING, "secuestro", 1),
    ("Lo secuestraron de madrugada y lo secuestran otra vez.", TAKING, "secuestro", 2),
    ("Tras la captura, las tropas capturaron a dos ministros.", TAKING, "captura", 2),
    ("La detención fue ilegal; lo detuvieron en su casa.", TAKING, "detención", 2),
    ("Los detenidos y las detenciones masivas.", TAKING, "detención", 2),
    ("Pretende detentar el poder indefinidamente.", TAKING, "detención", 0),
    ("La extracción de petróleo cayó.", TAKING, "extracción", 1),
    ("Una agresión y nuevas agresiones.", MILITARY, "agresión", 2),
    ("Los ataques aéreos y el ataque naval; atacaron la base.", MILITARY, "ataque", 3),
    ("Viajó al desierto de Atacama.", MILITARY, "ataque", 0),
    ("La operación militar y otras operaciones.", MILITARY, "operación", 2),
    ("La cooperación militar con Rusia y la cooperación energética.", MILITARY, "operación", 0),
    ("Las fuerzas siguen operativas.", MILITARY, "operación", 0),
    ("El operador telefónico subió sus tarifas.", MILITARY, "operación", 0),
    ("Un operativo militar en la frontera.", MILITARY, "operativo militar", 1),
    ("Un operativo militar en la frontera.", MILITARY, "operación", 0),
    ("La invasión del país; decidieron invadir.", MILITARY, "invasión", 2),
    ("Los bombardeos continuaron; bombardearon el puerto.", MILITARY, "bombardeo", 2),
    ("La incursión de la madrugada.", MILITARY, "incursión", 1),
    ("El presidente constitucional Nicolás Maduro.", HEAD, "presidente constitucional", 1),
    ("La presidenta constitucional habló.", HEAD, "presidente constitucional", 1),
    ("El jefe de Estado viajó; el jefe de la policía no.", HEAD, "jefe de Estado", 1),
    ("El líder opositor y los líderes regionales.", HEAD, "líder", 2),
    ("Deben lidiar con la crisis.", HEAD, "líder", 0),
    ("El régimen y los regímenes autoritarios.", HEAD, "régimen", 2),
    ("La presidenta encargada asumió; el presidente encargado también.", INTERIM, "presidenta encargada", 2),
    ("La vicepresidenta asumió la vicepresidencia.", INTERIM, "vicepresidenta", 1),
    ("Los migrantes ilegales cruzaron.", "migrants", "inmigrantes ilegales", 1),
    ("Los migrantes ilegales cruzaron.", "migrants", "migrantes", 0),
    ("Los migrantes llegaron al puerto.", "migrants", "migrantes", 1),
    ("Los refugiados durmieron en un refugio.", "migrants", "refugiados", 1),
    ("Sufrieron bajas civiles.", "casualties", "bajas", 1),
    ("Bajo la lluvia, la cifra baja.", "casualties", "bajas", 0),
    ("Denunció el bloqueo; quieren bloquear los puertos.", "sanctions", "bloqueo", 2),
    ("El bloque opositor votó con otros bloques.", "sanctions", "bloqueo", 0),
    ("Construyeron un muro y dos muros más.", "border barrier", "muro", 2),
    ("El soldado murió en el hospital.", "border barrier", "muro", 0),
    ("La valla fronteriza atraviesa el valle.", "border barrier", "valla", 1),
    ("Los gobiernos de la región y el gobierno central.", "government", "gobierno", 2),
    ("El Ejecutivo condenó las ejecuciones extrajudiciales.", "government", "ejecutivo", 1),
    ("Los guerrilleros de la guerrilla.", "armed groups", "guerrilla", 2),
]

ENGLISH = [
    ("The kidnapping of the president by US forces.", TAKING, "kidnapping", 1),
    ("He was kidnapped at night; the kidnappers fled.", TAKING, "kidnapping", 2),
    ("The capture of Maduro; troops captured his wife.", TAKING, "capture", 2),
    ("Soldiers seized the president during the seizure.", TAKING, "seizure", 2),
    ("He was detained, and his detention was illegal.", TAKING, "detention", 2),
    ("The military operation and later operations.", MILITARY, "operation", 2),
    ("Military cooperation; the tour operator.", MILITARY, "operation", 0),
    ("Airstrikes and a military strike; the strikers marched.", MILITARY, "strike", 2),
    ("The leaders met; a question of leadership.", HEAD, "leader", 1),
    ("The acting president spoke.", INTERIM, "acting president", 1),
    ("The vice president and the vice-president.", INTERIM, "vice president", 2),
    ("Two dead before the deadline.", "casualties", "dead", 1),
    ("Illegal aliens and illegal immigrants.", "migrants", "illegal immigrants", 2),
]


@pytest.mark.parametrize(
    ("sentence", "frame", "term", "expected"), SPANISH, ids=[f"es-{t}-{n}-{s[:24]}" for s, _, t, n in SPANISH]
)
def test_spanish_terms_match_inflections_not_lookalikes(sentence: str, frame: str, term: str, expected: int) -> None:
    assert _counts(sentence, "es")[(frame, term)] == expected


@pytest.mark.parametrize(
    ("sentence", "frame", "term", "expected"), ENGLISH, ids=[f"en-{t}-{n}-{s[:24]}" for s, _, t, n in ENGLISH]
)
def test_english_terms_match_inflections_not_lookalikes(sentence: str, frame: str, term: str, expected: int) -> None:
    assert _counts(sentence, "en")[(frame, term)] == expected


def test_no_token_counts_twice_in_one_frame_but_frames_are_independent() -> None:
    counts = _counts("El régimen de Caracas.", "es")
    assert counts[(HEAD, "régimen")] == 1 and counts[("government", "régimen")] == 1
    assert sum(n for (frame, _), n in counts.items() if frame == "migrants") == 0


@pytest.mark.parametrize("language", ["es", "en"])
def test_packaged_lexicons_have_the_required_frames(language: str) -> None:
    lexicon = LEXICONS[language]
    names = [f.name for f in lexicon.frames]
    assert {TAKING, MILITARY, HEAD, INTERIM} <= set(names)
    assert len(names) >= 10
    assert all(len(f.terms) >= 2 for f in lexicon.frames)


def test_spanish_and_english_share_frame_names() -> None:
    assert [f.name for f in LEXICONS["es"].frames] == [f.name for f in LEXICONS["en"].frames]


def test_required_spanish_terms_are_present() -> None:
    frames = {f.name: set(f.labels) for f in LEXICONS["es"].frames}
    assert {"secuestro", "captura", "detención", "arresto", "aprehensión", "extracción"} <= frames[TAKING]
    assert {"agresión", "ataque", "operación", "incursión", "invasión", "bombardeo"} <= frames[MILITARY]
    assert {"presidente constitucional", "mandatario", "líder", "dictador", "régimen"} <= frames[HEAD]
    assert {"presidenta encargada", "vicepresidenta", "presidenta interina"} <= frames[INTERIM]


@pytest.mark.parametrize(
    ("word", "folded"),
    [("Víctimas", "victimas"), ("AÑO", "año"), ("Peña", "peña"), ("naïve", "naive"), ("Àvila", "avila"), ("", "")],
)
def test_fold(word: str, folded: str) -> None:
    assert fold(word) == folded


def test_prefix_terms_cost_does_not_grow_with_words_times_prefixes(monkeypatch) -> None:
    # 2,000 prefix terms on a text of 2,000 distinct words: the matcher must not test every word
    # against every prefix (4 million tests); it looks up each word's leading slices instead.
    from analysis.framing import lexicon as module

    letters = "bcdfghjklmnpqrstvz"
    prefixes = [f"{a}{b}{c}q" for a in letters for b in letters for c in letters][:2000]
    terms = ", ".join(f"'{p}*'" for p in prefixes)
    lexicon = parse_lexicon(f"language: es\nframes:\n- frame: f\n  description: d\n  terms: [{terms}]")
    words = [f"{a}{b}{c}xyz" for a in letters for b in letters for c in letters][:2000]
    doc = build([Article("x", " ".join(words + ["bcdqaa", "bcdqbb"]), language="es")]).docs[0]
    calls = 0
    fold, accepts = module.fold, module.Test.accepts

    def counting_fold(word: str) -> str:
        nonlocal calls
        calls += 1
        return fold(word)

    def counting_accepts(self, token: str, token_stem: str) -> bool:
        nonlocal calls
        calls += 1
        return accepts(self, token, token_stem)

    monkeypatch.setattr(module, "fold", counting_fold)
    monkeypatch.setattr(module.Test, "accepts", counting_accepts)
    found = lexicon.matches(doc)
    assert [lexicon.frames[0].terms[m.term].label for m in found] == ["bcdq*", "bcdq*"]
    assert calls < 20 * len(doc.tokens), calls
