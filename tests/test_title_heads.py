"""A title subject cut to the noun phrase that speaks (analysis/sources/title_heads.py; session 27, lead).

Read from `contraste sources` on the ~2,000 real excerpts of every hand-annotated set: whole clauses were shown as
speakers ("scene and set up a perimeter after a witness", "jurado escuchó a los testigos", "taxi y fue entonces cuando
los vecinos se dieron", "otra habanera frente"). Measured on every quote set (`python -m tests.quotes_eval`, before
and after): held-out8 direct es 190/200/214 -> 191/200/214, held-out18 direct es 92/100/105 -> 93/100/105, held-out11
indirect es 45/65/83 -> 45/64/83, held-out22 indirect en 49/63/71 -> 49/62/71; no set's right count fell.

Then (after the merges of roles27 and read27, which found test_quotes_roles16's kin-object-en-1 failing): a title cut
after a conjunction ("... on Monday after the mother of one of the wounded said") is someone in passing, as a nested
report is: not tied forward to the next name, and nothing goes on from it (speakers.resolve, description
"subordinate"). The mother's words had been tied to the judge named next, giving him a witness's role. Held-out19
direct es 92/101/108 -> 92/100/108; held-out7 direct en 101/105/112 -> 100/104/112: that one was right by the wrong tie
(the judge's next quotation, signed "Judge Carlos A. Samour Jr. said", was not read). So a generational suffix's point
is now the name's (names._with_suffix_point) and ends no sentence before a verb (subjects._written_before): held-out7
direct en back to 101/105/112, its right roles 93 -> 95; no other set moved.
"""

from __future__ import annotations

import pytest

from analysis.sources.lexicon import lexicon
from analysis.sources.title_heads import speaking_head
from tests.quotes_eval import statements

HEADS = [
    # after the last relative pronoun or conjunction, when a noun phrase that speaks follows
    ("en", "the eruption that Guatemalan authorities", "Guatemalan authorities"),  # real (claims held-out13's Fuego)
    ("en", "a perimeter after a witness", "a witness"),  # real (quotes held-out12, Arizona Capitol Times)
    ("en", "one who officials", "officials"),  # real (quotes held-out16, Naharnet)
    ("en", "the storm that police", "police"),
    ("es", "momento más duro para los habitantes fue cuando los bomberos", "los bomberos"),  # real (held-out19, El Comercio)
    ("es", "la visita ante la que el partido de Gobierno", "el partido de Gobierno"),  # real kind (held-out6, RPP)
    # a subject that ends with a conjunction is a clause: no speaker
    ("en", "a staunch defence of the authority’s planning process after", None),  # real (held-out22, East Lindsey)
    ("es", "la protesta de los vecinos cuando", None),
    # Spanish: a clitic or a preterite ends the subject
    ("es", "el jurado escuchó a los testigos, analizó la prueba producida y", "el jurado"),  # real (held-out11)
    ("es", "los vecinos se dieron", "los vecinos"),  # real (held-out12, after "cuando")
    ("es", "la fiscal le", "la fiscal"),
    # the words a subject never ends with
    ("es", "la jueza de revisión finalmente", "la jueza de revisión"),  # real (held-out6, Lu19)
    ("es", "otra habanera frente", "otra habanera"),  # real (held-out10, CiberCuba)
    ("es", "el exalcalde de", "el exalcalde"),  # real (held-out5: "el exalcalde de esta jurisdicción, X")
    ("en", "the mayor of", "the mayor"),
    # negatives: left as written
    ("en", "The WHO chief", "The WHO chief"),  # a body's name in capitals, no relative pronoun
    ("en", "One person who arrived by ambulance the week before", "One person who arrived by ambulance the week before"),
    ("en", "the official who led the inquiry", "the official who led the inquiry"),  # a verb after "who"
    ("es", "El abogado que había pedido una pena", "El abogado que había pedido una pena"),
    ("es", "fue el propio alcalde Rodrigo Díaz quien", "fue el propio alcalde Rodrigo Díaz quien"),  # a cleft
    ("es", "el portavoz de los bomberos", "el portavoz de los bomberos"),  # "los" is a determiner, no clitic
    ("es", "el presentador del plató", "el presentador del plató"),  # a noun in -ó, no preterite
    ("en", "the family", "the family"),
]


@pytest.mark.parametrize(("language", "mention", "expected"), HEADS, ids=[row[1][:40] for row in HEADS])
def test_speaking_head(language: str, mention: str, expected: str | None) -> None:
    assert speaking_head(lexicon(language), mention) == expected


STATEMENTS = [
    pytest.param(
        "Capitol Police arrived on the scene around 4:30 p.m. and set up a perimeter after a witness reported seeing "
        "the suspect shaking the front door of the building.",
        "en",
        [("witness", "seeing the suspect shaking the front door of the building", False)],
        id="real-en-perimeter-after-a-witness",
    ),
    pytest.param(
        "Two days after the eruption that Guatemalan authorities say left at least 72 dead, families waited.",
        "en",
        [("Guatemalan authorities", "left at least 72 dead, families waited", False)],
        id="real-en-eruption-that-authorities-say",
    ),
    pytest.param(
        "The council leader has launched a staunch defence of the planning process after claims the views of "
        "local people are totally ignored.",
        "en",
        [],
        id="real-en-after-claims-no-speaker",
    ),
    pytest.param(
        "«¿Cómo es posible que falte agua para la población?», preguntó otra habanera frente a las cámaras.",
        "es",
        [("otra habanera", "¿Cómo es posible que falte agua para la población?", True)],
        id="real-es-habanera-frente-a-las-camaras",
    ),
    pytest.param(
        "Llamó un taxi y fue entonces cuando los vecinos se dieron cuenta de lo que estaba pasando y llamaron a la "
        "policía.",
        "es",
        [],
        id="real-es-darse-cuenta-is-no-speech",
        marks=pytest.mark.xfail(
            strict=True, reason="'cuenta' (contar) is read as a verb of saying in 'se dieron cuenta de lo que'"
        ),
    ),
    pytest.param(  # held-out7 (spent), AP: the mother's words are hers, and nothing goes on from her
        "CENTENNIAL, Colo. (AP) -- The judge who oversaw the trial gave an impassioned defense of the jury on Monday "
        "after the mother of one of the wounded said the life sentence showed more concern for Holmes than for the "
        "victims.\n\n“You can't claim there was no justice,” Samour said.",
        "en",
        [
            ("mother of one of the wounded", "the life sentence showed more concern for Holmes than for the victims", False),
            ("Samour", "You can't claim there was no justice", True),
        ],
        id="real-en-after-the-mother-said",
    ),
    pytest.param(  # the same paragraph as AP wrote it: a generational suffix with its point before the verb
        "“You can't claim there was no justice,” Judge Carlos A. Samour Jr. said in an unusual speech.",
        "en",
        [("Carlos A. Samour Jr.", "You can't claim there was no justice", True)],
        id="en-jr-before-the-verb",
    ),
    pytest.param(  # negative: a sentence's point before a verb is still a stop
        "“We will appeal,” the lawyer said. Later the court met. Judge Ann Ray said nothing more.",
        "en",
        [("lawyer", "We will appeal", True)],
        id="neg-en-sentence-point-before-name",
    ),
    # negatives: statements read as before
    pytest.param(
        "En conversación con nuestro medio, fue el propio alcalde Rodrigo Díaz quien confirmó que fueron cinco las "
        "casas afectadas.",
        "es",
        [("Rodrigo Díaz", "fueron cinco las casas afectadas", False)],
        id="neg-es-cleft-quien",
    ),
    pytest.param(
        "“We're concerned by the increase,” said Dr Tedros. The WHO chief said a team of experts is on the ground.",
        "en",
        [("Tedros", "We're concerned by the increase", True), ("Tedros", "a team of experts is on the ground", False)],
        id="neg-en-who-in-capitals",
    ),
    pytest.param(
        "El portavoz de los bomberos dijo que el fuego está controlado.",
        "es",
        [("portavoz de los bomberos", "el fuego está controlado", False)],
        id="neg-es-determiner-los",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), STATEMENTS)
def test_statements(text: str, language: str, expected: list[tuple[str, str, bool]]) -> None:
    assert statements(text, language) == expected
