"""Senses excluded by data (issue 19): per-term ``not_in`` phrases and contexts, ``near`` and ``not_near`` sentence
cues, their validation, the rules added to the packaged lexicons (each with negatives: the frame sense still
counts), and frame sets."""

from __future__ import annotations

from collections import Counter

import pytest

from analysis.framing.lexicon import Lexicon
from analysis.framing.lexicon_schema import LexiconError, parse_lexicon
from analysis.framing.sets import frame_sets, parse_sets, set_lexicons
from tests.test_lexicon import LEXICONS, _counts  # (frame, term label) counts of a sentence


def _one(terms: str, language: str = "es") -> Lexicon:
    return parse_lexicon(f"language: {language}\nframes:\n  - frame: f\n    description: d\n    terms: {terms}\n")


# (sentence, language, frame, term, expected): each rule added for a false sense, and its negative.
RULES = [
    ("Sin embargo, el gobierno resistió.", "es", "sanctions", "embargo", 0),
    ("El embargo petrolero sigue; sin embargo, hay diálogo.", "es", "sanctions", "embargo", 1),
    ("De acuerdo con el ministerio, todos están de acuerdo.", "es", "negotiation", "acuerdo", 0),
    ("Firmaron un acuerdo de paz.", "es", "negotiation", "acuerdo", 1),
    ("Las personas se desplazaban en caravana y se han desplazado al norte.", "es", "migrants", "desplazados", 0),
    ("Miles de desplazados llegaron al albergue.", "es", "migrants", "desplazados", 1),
    ("Las víctimas del terrorismo de Estado marcharon.", "es", "armed groups", "terroristas", 0),
    ("Los terroristas atacaron el cuartel.", "es", "armed groups", "terroristas", 1),
    ("Hizo una captura de pantalla con el teléfono.", "es", "taking of the president", "captura", 0),
    ("La captura del líder guerrillero fue anunciada.", "es", "taking of the president", "captura", 1),
    ("El régimen fiscal simplificado y los impuestos.", "es", "government", "régimen", 0),
    ("El régimen reprimió la protesta.", "es", "government", "régimen", 1),
    ("La coalición liderada por el candidato ganó.", "es", "head of state", "líder", 0),
    ("El líder del país habló.", "es", "head of state", "líder", 1),
    ("El ministro manifestó su rechazo.", "es", "protest", "manifestantes", 0),
    ("Los manifestantes y la manifestación.", "es", "protest", "manifestantes", 2),
    ("La operación fue realizada por un equipo médico en el hospital.", "es", "military action", "operación", 0),
    ("La operación militar comenzó al alba.", "es", "military action", "operación", 1),
    ("Sufrió ataques de animales salvajes y un ataque de pánico.", "es", "military action", "ataque", 0),
    ("El ataque con misiles destruyó el puerto.", "es", "military action", "ataque", 1),
    ("Inició el trámite para la repatriación de un cuerpo.", "es", "removal of migrants", "repatriación", 0),
    ("La repatriación de los migrantes comenzó.", "es", "removal of migrants", "repatriación", 1),
    ("Los agricultores mantienen el bloqueo de carreteras.", "es", "sanctions", "bloqueo", 0),
    ("El bloqueo económico contra la isla.", "es", "sanctions", "bloqueo", 1),
    ("El fallecido presidente murió por cáncer.", "es", "casualties", "fallecidos", 0),
    ("Los fallecidos en el bombardeo fueron doce.", "es", "casualties", "fallecidos", 1),
    ("The key barrier to progress is a language barrier.", "en", "border barrier", "barrier", 0),
    ("A new barrier along the border.", "en", "border barrier", "barrier", 1),
    ("Police seized cocaine and cash worth millions.", "en", "taking of the president", "seizure", 0),
    ("Soldiers seized the president at dawn.", "en", "taking of the president", "seizure", 1),
    ("Police made arrests in a drugs operation.", "en", "military action", "operation", 0),
    ("The military operation began.", "en", "military action", "operation", 1),
    ("The opposition leader and the party leader spoke.", "en", "head of state", "leader", 0),
    ("The country's leader spoke.", "en", "head of state", "leader", 1),
    ("Heat waves and floods hit the city.", "en", "migration flow", "wave", 0),
    ("A wave of migrants reached the coast.", "en", "migration flow", "wave", 1),
    ("Riot police chased the crowd.", "en", "protest", "riots", 0),
    ("The riots spread overnight.", "en", "protest", "riots", 1),
    ("He threatened to kill the hostages.", "en", "casualties", "killed", 0),
    ("Ten people were killed.", "en", "casualties", "killed", 1),
    # Disaster coverage (issue fixmisc): a figure passed is no border barrier, rescue work no military operation,
    # an earthquake or a storm that strikes no military strike.
    ("El número de muertos superó la barrera de los mil.", "es", "border barrier", "barrera", 0),
    ("Las víctimas rebasan la barrera de los 1.000 y la barrera de 500 heridos.", "es", "border barrier", "barrera", 0),
    ("La barrera fronteriza se amplió con una barrera de acero.", "es", "border barrier", "barrera", 2),
    ("The death toll passed the 1,000 barrier.", "en", "border barrier", "barrier", 0),
    ("A rescue operation and search and rescue operations continued.", "en", "military action", "operation", 0),
    ("A military operation and air operations began.", "en", "military action", "operation", 2),
    ("Continúa la operación de salvamento y la operación humanitaria.", "es", "military action", "operación", 0),
    (
        "A strong earthquake strikes the region; the quake that strikes, the storm strikes.",
        "en",
        "military action",
        "strike",
        0,
    ),
    ("Lightning strikes and the hurricane strikes the coast.", "en", "military action", "strike", 0),
    ("The worst disaster to strike the city, the deadliest hurricane to strike the coast.", "en", "military action",
     "strike", 0),
    ("Emergency operations are underway.", "en", "military action", "operation", 0),
    (
        "Air strikes hit the city after the earthquake, and a drone strike followed.",
        "en",
        "military action",
        "strike",
        2,
    ),
    ("Subject-verb agreement is a rule of grammar.", "en", "negotiation", "agreement", 0),
    ("The two states reached an agreement.", "en", "negotiation", "agreement", 1),
]


@pytest.mark.parametrize(("sentence", "language", "frame", "term", "expected"), RULES,
                         ids=[f"{lang}-{t}-{n}-{s[:20]}" for s, lang, _, t, n in RULES])  # fmt: skip
def test_false_senses_are_excluded_and_the_frame_sense_still_counts(
    sentence: str, language: str, frame: str, term: str, expected: int
) -> None:
    assert _counts(sentence, language)[(frame, term)] == expected


def test_not_in_phrase_literal_and_slot_forms() -> None:
    lexicon = _one("[{term: desplazados, not_in: ['se _', 'se ha* _']}, {term: embargo, not_in: [sin embargo]}]")
    assert _counts(
        "Se desplazaron; se habían desplazado; los desplazados; sin embargo, el embargo.", "es", lexicon
    ) == (Counter({("f", "desplazados"): 1, ("f", "embargo"): 1}))


def test_a_literal_not_in_phrase_compares_the_term_word_for_word() -> None:
    lexicon = _one("[{term: terroristas, not_in: [terrorismo de Estado]}]")
    counts = _counts("El terrorismo de Estado; los terroristas de Estado; el terrorismo yihadista.", "es", lexicon)
    assert counts[("f", "terroristas")] == 2  # only "terrorismo de Estado" itself is excluded


def test_near_and_not_near_look_at_the_sentence_only() -> None:
    lexicon = _one("[{term: operación, match: word, near: [militar, 'tropa*']}]")
    text = "La operación terminó. Las tropas avanzaron tras la operación. Una operación militar."
    assert _counts(text, "es", lexicon)[("f", "operación")] == 2
    lexicon = _one("[{term: seizure, forms: [seized], not_near: ['drug*', cash]}]", "en")
    assert _counts("Police seized drugs. Rebels seized the town hall.", "en", lexicon)[("f", "seizure")] == 1


BAD = [
    ("[{term: embargo, not_in: [sin bloqueo]}]", "field 'not_in': 'sin bloqueo' does not contain the term"),
    ("[{term: embargo, not_in: ['_ x _']}]", "has more than one '_'"),
    ("[{term: embargo, not_in: ['_']}]", "has no word around '_'"),
    ("[{term: embargo, not_in: [1]}]", "field 'not_in': must be a word or a list of non-empty words"),
    ("[{term: embargo, near: [dos palabras]}]", "field 'near': 'dos palabras' must be one word"),
    ("[{term: embargo, not_near: ['']}]", "field 'not_near': must be a word or a list of non-empty words"),
    ("[{term: embargo, not_inn: [x]}]", "unknown field(s) ['not_inn']"),
]


@pytest.mark.parametrize(("terms", "message"), BAD, ids=[m[:30] for _, m in BAD])
def test_invalid_sense_fields_name_file_frame_term_and_field(terms: str, message: str) -> None:
    with pytest.raises(LexiconError) as err:
        parse_lexicon(f"language: es\nframes:\n  - frame: f\n    description: d\n    terms: {terms}\n", origin="x.yaml")
    assert str(err.value).startswith("x.yaml, frame 1 ('f'), field 'terms', term 1 ('embargo')")
    assert message in str(err.value)


def test_frame_sets_are_packaged_in_both_languages() -> None:
    assert frame_sets()[0] == "default"
    assert {"migration", "protest", "disaster", "elections"} <= set(frame_sets())
    for name in frame_sets():
        lexicons = set_lexicons([name])
        assert set(lexicons) == {"es", "en"}
        assert [f.name for f in lexicons["es"].frames] == [f.name for f in lexicons["en"].frames]
        assert all(len(f.terms) >= 2 for f in lexicons["es"].frames + lexicons["en"].frames)


def test_the_default_set_is_the_packaged_lexicons() -> None:
    assert set_lexicons(["default"])["es"].frames == LEXICONS["es"].frames


def test_sets_combine_and_refuse_a_frame_name_twice() -> None:
    both = set_lexicons(["protest", "elections"])
    assert [f.name for f in both["es"].frames][:4] == ["protesters", "what happened", "policing", "contested result"]
    with pytest.raises(LexiconError, match=r"frame\(s\) \['migration flow'.*also in"):
        set_lexicons(["default", "migration"])


@pytest.mark.parametrize("value", ["nope", "", "migration,nope"])
def test_unknown_set_names_are_refused_with_the_list(value: str) -> None:
    with pytest.raises(LexiconError, match="the sets are default, "):
        parse_sets(value)


def test_all_means_every_set() -> None:
    assert parse_sets("all") == list(frame_sets())
