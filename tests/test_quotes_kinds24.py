"""Kinds of misses that recur across the spent quote sets, session 24, branch kinds24 (issue #23): the kinds branch
read19 listed as not fixed (docs/PERFORMANCE.md, "Held-out19 spent"), in the brief's order. Each rule was measured on
every quote set and kept only when no spent set lost a right speaker or statement and the blind held-out20 and
held-out21 (counts only) did not fall; every statement of every spent set was dumped before and after each rule.

Kinds fixed:
- (Spanish) a private person written after the verb by a definite noun, no name, when nobody named speaks last:
  "«...», relató un testigo. ... «...», explicó el chofer" (held-out19) gave the driver's words to the witness, and
  "«...», relató un pasajero del bus ... «...», contó el viajero" (held-out9; gold "el viajero") to the passenger. The
  speaker is the noun as written, or an unnamed subject written before with the same noun ("La madre del menor hizo
  público el caso ... «...», comenta la madre", held-out19: it went to "Noticias", a medium misread as a name).
  private_persons.as_written; lexicon ``private_nouns`` (no office: "chofer", "viajero", "clienta"), and those
  nouns join the witness cues of lexicon ``role_only_cues`` for the role shown.
- (Spanish) an indefinite noun with a one-word name after "de": "«...», dijo un hombre de Ishii, cual si fuera quien
  decide" (held-out19) read no subject (described.RE_NEWCOMER knew "del"/"de la" only); with it, "un funcionario"
  after him is someone new, not "the last speaker of its role" (private_persons.new_after_unnamed).
- (English) a body named before behind a common noun: '“...,” the company said in a statement' after "Boeing had
  improved its initial offer" (held-out19: the union's), '“...,” the agency said' after "DoH received news ..."
  (held-out9: the assistant secretary's). The body named last before the quotation (body_behind; lexicon
  ``body_back_nouns``), when no subject was read there.
"""

from __future__ import annotations

import pytest

from tests.quotes_eval import direct_pairs as _direct
from tests.quotes_eval import real_direct_speakers

REAL = [
    # Kind: a private person's definite noun after the verb, the last speaker unnamed.
    pytest.param(  # real: https://www.tintarojasdl.com.bo/triple-colision-en-el-kilometro-11-de-la-doble-via-a-la-guardia-no-hubo-heridos
        "heldout19",
        "traffic-es-tintarojas-la-guardia-colision",
        "Lo que pasó es que me fallaron los frenos. Para no chocar a ese auto blanco, tuve que girar hacia el otro lado",
        "chofer",  # was "testigo"; the gold writes "Uno de los conductores" (the sentence before): still a miss
        id="explico-el-chofer-real",
    ),
    pytest.param(  # real: https://www.reduno.com.bo/noticias/pense-que-caimos-al-barranco-flota-impacto-contra-una-camioneta-no-respeto-semaforo-2023519114236
        "heldout9",
        "accident-es-reduno-flota-urus-sacaba",
        "Soy el pasajero 38 y me llevé el susto de la vida, me estoy yendo asustado. Sentí el impacto cuando quería "
        "pestañar, ahora estamos en plena carretera, esperando otra flota para retornar a Santa Cruz. Gracias a Dios "
        "todos estamos ilesos, no hubo muertos. Pasó por la imprudencia del conductor (...) Estábamos para dormir, "
        "cuando de repente sentimos que golpe, pensé que caímos a un barranco",
        "viajero",  # was "pasajero del bus", the last speaker
        id="conto-el-viajero-real",
    ),
    pytest.param(  # real: http://netnoticias.mx/2018-08-16-1e290292/jueza-que-libero-a-violador-nocreyoen-el-testimonio-de-la-victima-fiscalia/
        "heldout19",
        "courts-es-netnoticias-juarez-jueza-absolutoria",
        "Las pruebas fueron tomadas hasta un día después",
        "madre del menor",  # was "Noticias"
        id="comenta-la-madre-real",
    ),
    # Kind: "un hombre de Ishii" (an indefinite noun, "de" and a name).
    pytest.param(  # real: https://www.smnoticias.com/noticias/79725
        "heldout19",
        "local-es-smnoticias-mirador-altube-asfalto",
        "Nos comprometemos a hacer el asfalto",
        "hombre de Ishii",  # was no statement
        id="dijo-un-hombre-de-ishii-real",
    ),
    pytest.param(  # real: the same article; "un funcionario" is someone new, not the man of Ishii (read as before;
        # without new_after_unnamed it went to him. The gold's Darío Ahumada, named after "que se identificó como", is
        # a kind left)
        "heldout19",
        "local-es-smnoticias-mirador-altube-asfalto",
        "No prometo el asfalto, te digo que se va a realizar",
        "funcionario",
        id="un-funcionario-after-him-real",
    ),
    # Kind: "the company said", "the agency said": the body named before.
    pytest.param(  # real: https://see.news/boeing-makes-best-last-offer-to-end-workers-strike-37916
        "heldout19",
        "labour-en-seenews-boeing-best-last-offer",
        "We initially presented the offer to the union and later shared the details with our workers transparently,",
        "Boeing",  # was "Union"
        id="the-company-said-boeing-real",
    ),
    pytest.param(  # real: https://www.bworldonline.com/editors-picks/2020/03/09/282709/govt-confirms-14-more-coronavirus-cases/
        "heldout9",
        "health-en-bworld-philippines-14-cases",
        "DoH is also currently in coordination with concerned local government units and centers for health "
        "development for localized response and implementation of infection prevention and control measures,",
        "Department of Health (DoH)",  # was "Maria Rosario S. Vergeire", the official named just before
        id="the-agency-said-doh-real",
    ),
    # Negative, real: a paragraph opening "The company said ..." after a quotation is no attribution of it.
    pytest.param(  # real: http://sharechat.co.nz/article/983cd21e/appliances-disappoints-market.html
        "heldout15",
        "business-en-sharechat-fp-appliances-result",
        "I don't think people are negative on the stock ... it has had a long upside and the result came in as "
        "expected.",
        "David Lane",
        id="the-company-opens-next-paragraph-real-negative",
    ),
]


@pytest.mark.parametrize(("set_name", "article", "words", "speaker"), REAL)
def test_real_rows(set_name: str, article: str, words: str, speaker: str) -> None:
    read = real_direct_speakers(set_name, article)
    matches = [said for text, said in read.items() if text.startswith(words) or words.startswith(text)]
    assert matches == [speaker]


MADE_UP = [
    pytest.param(
        "Hubo un choque en la avenida.\n“Dicen que venía discutiendo”, relató un testigo.\n"
        "“Me fallaron los frenos”, explicó el chofer.",
        "es",
        [("testigo", "Dicen que venía discutiendo"), ("chofer", "Me fallaron los frenos")],
        id="chofer-after-a-witness",
    ),
    pytest.param(  # negative: the same noun again is the same person
        "Hubo un choque en la avenida.\n“Dicen que venía discutiendo”, relató un testigo.\n"
        "“Fue muy rápido”, agregó el testigo.",
        "es",
        [("testigo", "Dicen que venía discutiendo"), ("testigo", "Fue muy rápido")],
        id="the-same-noun-again-negative",
    ),
    pytest.param(  # negative: a named speaker last: the description is read as before (the person)
        "Ana Ruiz manejaba el camión.\n“Me fallaron los frenos”, explicó Ana Ruiz.\n“No vi nada”, agregó la mujer.",
        "es",
        [("Ana Ruiz", "Me fallaron los frenos"), ("Ana Ruiz", "No vi nada")],
        id="a-named-speaker-last-negative",
    ),
    pytest.param(  # negative: the noun is no sentence's subject before ("con la madre del menor"): as before
        "El fiscal Pedro Gómez habló con la madre del menor.\n“Las pruebas fueron tardías”, comenta la madre.",
        "es",
        [("madre", "Las pruebas fueron tardías")],
        id="the-noun-as-an-object-negative",
    ),
    pytest.param(
        "Acme Corp raised its offer on Friday.\n“It is not enough,” said union leader John Smith.\n"
        "Acme Corp had improved its first offer.\n“We negotiated in good faith,” the company said in a statement.",
        "en",
        [("John Smith", "It is not enough"), ("Acme Corp", "We negotiated in good faith")],
        id="the-company-said",
    ),
    pytest.param(  # negative: a person named last is no body; no body named, the quotation is read as before
        "The workers rejected the offer, their leader John Smith said.\n“We negotiated in good faith,” the company said.",
        "en",
        [("John Smith", "We negotiated in good faith")],
        id="no-body-named-negative",
    ),
    pytest.param(  # negative: a sentence's first word capitalised is no body's name ("Union officials", held-out19)
        "Union officials rejected the offer on Friday.\n“We negotiated in good faith,” the company said.",
        "en",
        [],
        id="a-capitalised-first-word-negative",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), MADE_UP)
def test_made_up_rows(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert _direct(text, language) == expected
