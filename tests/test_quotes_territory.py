"""A place named in a title's complement is no speaker; a Mexican village's elected officer is an official (issue #23,
session 14, the lead, from the Sources page of a real mixed corpus: the spent held-out8-10 sets loaded together).

"«...», expresó el agente municipal del ejido Colorado, Enoc Santiago Solano" gave the quotation to "Colorado" (a
name right after "el agente municipal del ejido" read as the verb's subject) with the role of the police ("agente").
Rule (``name_context._in_territory``, lexicon ``territory_nouns``): a name right after "de"/"del"/"of", perhaps an
article, and a lower-case territory noun ("del ejido", "de la comunidad", "of the town of") is a place in a
complement: the verb's subject is the title, and the name in apposition after it speaks. Role: "agente municipal" is
a government cue (it ends after "agente", the police cue, so it wins).
"""

from __future__ import annotations

import pytest

from analysis.sources.lexicon import lexicon
from tests.quotes_eval import direct_pairs, real_direct_speakers

QUOTE = "“Queremos diálogo, déjennos entrar”"

ROWS = [
    pytest.param(f"{QUOTE}, expresó el agente municipal del ejido Colorado, Enoc Santiago Solano.", "es",
                 "Enoc Santiago Solano", id="ejido"),
    pytest.param(f"{QUOTE}, dijo el comisario de la comunidad San Isidro, Pedro Ruiz Gil.", "es", "Pedro Ruiz Gil",
                 id="de-la-comunidad"),
    pytest.param("“We want talks,” said the mayor of the town of Paradise, Greg Bolin.", "en", "Greg Bolin",
                 id="of-the-town-of"),
    # negatives: no territory noun before the name, which speaks or holds the title as before
    pytest.param(f"{QUOTE}, dijo el jefe de seguridad Juan Pérez.", "es", "Juan Pérez", id="office-not-territory"),
    pytest.param(f"{QUOTE}, dijo el alcalde de Puebla, Eduardo Rivera.", "es", "Eduardo Rivera", id="de-place"),
    pytest.param(f"{QUOTE}, dijo el portavoz del Kremlin, Dmitri Peskov.", "es", "Dmitri Peskov", id="del-body"),
    pytest.param(f"{QUOTE}, afirmó Ana Gil, vecina del barrio.", "es", "Ana Gil", id="territory-after-the-name"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "speaker"), ROWS)
def test_a_name_after_a_territory_noun_is_no_speaker(text, language, speaker):
    assert [s for s, _words in direct_pairs(text, language)] == [speaker]


@pytest.mark.parametrize(
    ("description", "role"),
    [
        ("el agente municipal del ejido Colorado", "government"),
        ("los subagentes municipales", "government"),
        ("el agente de policía", "military_police"),  # negative: a police officer stays one
        ("los agentes", "military_police"),
    ],
)
def test_a_municipal_agent_is_an_official(description, role):
    assert lexicon("es").role_of(description) == role


def test_the_real_sentence():
    """held-out10 (spent since session 14), Versiones (México): the agent of the ejido speaks."""
    speakers = real_direct_speakers("heldout10", "local-es-versiones-agentes-obras-carranza")
    assert [s for text, s in speakers.items() if text.startswith("Queremos diálogo")] == ["Enoc Santiago Solano"]
