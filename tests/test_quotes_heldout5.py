"""Quote attribution on the fifth held-out set (tests/data/quotes_heldout5.json, issue #23).

46 real excerpts (31 Spanish, 15 English; 280 quotations: es 106 direct + 63 indirect, en 77 direct + 34
indirect) from outlets and articles in no other data file, annotated by hand from the text alone and COMMITTED
(with this test and its provisional floors) BEFORE the extractor ever ran on them, and before branch h4rules'
rules for the fourth set's misses were merged. No rule or lexicon is changed for this set: it is an honest, blind
measure of the code after those rules. Only the first run is a blind measure; rules written afterwards may only
come from KINDS of misses (rows and negatives in tests/test_quotes.py), never from one sentence of this set.

Matching and scores: tests/quotes_eval.py (precision = right (quote, speaker) pairs / predicted statements,
recall = right pairs / gold statements). Floors ratchet: they are the values reached; never lower them.
test_fifth_held_out_annotations_are_well_formed checks the file itself and never runs the extractor.
"""

from __future__ import annotations

import re

import pytest

from tests.quotes_eval import HELD_OUT5, annotation_problems, run
from tests.test_quotes import _check_precision_and_recall, _check_roles

# First run (blind): the set and this test were committed in df2e6b6 with floors of 0.0, before the extractor ever
# ran on them; the run was on the code of main d49d82a (h4rules' rules for held-out4's kinds all merged), with this
# file and the data copied in, 2026-11-30 15:03 UTC; main f6e2c78 (overlap merged on top) gives the same numbers.
#   direct   es precision 0.744 (67/90) recall 0.632 (67/106); en precision 0.818 (54/66) recall 0.701 (54/77)
#   indirect es precision 0.655 (36/55) recall 0.571 (36/63); en precision 0.375 (12/32) recall 0.353 (12/34)
#   roles of right direct speakers: es 53/67 (0.791), en 32/54 (0.593)
# Issue #23's target for direct speakers (>= 0.90 precision, >= 0.80 recall) is NOT met blind, in either language.
# Two annotation choices cost points and stay as annotated (a blind set is not re-annotated after its run): the
# Paraguayan coach is "el conductor albinegro" as the text first names him, so "técnico" (El técnico / El
# entrenador del "Buque") scores wrong (2 direct, 1 indirect); "Lee", the article's misspelling of Sussan Ley, is
# wrong (3 indirect).
# The floors were 0.0 (provisional) when the set was committed; they are now the first run's values, rounded down.
#
# Main KINDS of misses seen in the first run (no fixes here; a fix needs a row and a negative in test_quotes.py):
# - a title or description not tied to the person the text named before ("el Subsecretario" after "su subsecretario
#   del Interior, Manuel Monsalve"; "El legislador" after "el diputado opositor Juan Guaidó"; "El técnico");
# - the speaker carried over from, or taken from, the wrong person of the sentence or paragraph before: the object of
#   "respaldó las palabras de Bordaberry y consideró que" (Larrañaga's words given to Bordaberry), the subject of the
#   reported clause ("Cosse insistió en que el Frente Amplio todavía ..." -> "Frente Amplio" for her next quotes),
#   persons named in a preceding indirect clause or inside the quotation (Salas's quotes to "Mariano González" /
#   "Pedro Castillo", Chadwick's to "Camilo Catrillanca", Weaver's statement to "Bryce Feightner"), an apposition
#   ("Tras el fallecimiento del uniformado, Alex Salazar, puntualizó ...: “...”" -> Alex Salazar), "he said" after
#   a sentence that introduces a new person ("Ray Schmidt, a farmer ..., predicted the worst." -> Marty Reeves), a
#   topic before a colon ("On Neco Williams: “...”" -> Neco Williams, then carried to the next paragraphs), a name
#   followed by an adjunct before the verb ("Tohá durante su paso por el programa ... declaró que" -> Monsalve);
# - a place, party, dateline or common word as the speaker ("Álamos" from "llegó a Los Álamos", "Aires" from the
#   "Buenos Aires, 30 ago (dpa)" dateline, "Constitución", "Bharatiya Janata Party" from "A senior minister from
#   ruling Bharatiya Janata Party", "Autumn Budget", "Labour Chancellor", "Greg" for "Dr. Greg Young"); the agency
#   glued to the name ("dijo a la agencia AFP Marco Ponce" -> "AFP Marco Ponce"), "ONG" for the NGO's coordinator;
# - direct quotes not found: curly opening with a straight closing mark (“... ," says Brian Scott. "...”), a closing
#   double prime (″), "X speaking to Match of the Day: “...”", verb + "a Reuters" / "en Twitter" + name after the
#   quote ("dijo a Reuters José De La Cruz, un enfermero", "informó en un mensaje en Twitter el diputado opositor
#   Juan Guaidó", "dijo en Twitter el exalcalde ..., el opositor Carlos Ocariz"), unknown or misspelt verbs
#   ("avanzó", "expreso que", "había anticipado que"), "He then goes on to say, “...”", the first quote of a piece
#   whose only speaker is "el conductor albinegro", short partial quotations in a clause or noun phrase
#   ("calificar de «absolutamente falso»", "que habla «un castellano bastante claro»", "se ha «empeñado»",
#   "por una «avería»", "what he labelled a \"deeply unfair\" Budget", "instantly “ready”");
# - indirect missed: "dio a entender que", "al señalar que", "declaró ante la Fiscalía, que", "ha señalado, sin
#   embargo, que", "se quejó de que", "CLAUSE, dijo." / "CLAUSE, añadió." with the speaker in the sentence before,
#   "Los recibos ..., añadió, han seguido ...", "said in a video posted on social media that", ", saying
#   CLAUSE" / "arguing CLAUSE" / "said CLAUSE" without that, "has told the court that", "X ruled that", "according to
#   a news release from X", "One of the points made by X has been that";
# - indirect extras: groups and impersonal sources ("Vecinos informaron que", "se concluye que"), the object of
#   "told" / "criticized" / "accused X of" / "praised" / "condemned it as" / "confirmed the bad news" / "pidió
#   disculpas a" / "anunció toque de queda en" read as a clause, an indirect question ("asked if"), a clause running
#   on past ", as the government has withdrawn" / "and denied that", a heading ("under the heading: “...”") and book
#   titles after "el autor de" read as quotations;
# - roles: no cue for "Opposition Leader", "Undersecretary", "Justice", "Reform UK leader", "director of the ...
#   Health Care Agency", "la Presidencia", a state electricity company (government); "antropólogo" / "etnólogo" and a
#   university president (expert); farmers, a hospital employee and a resident lawyer (witness); an extension
#   office director read as government; the NGO coordinator's role taken from the glued "AFP" (media).
# After the rules of branch h5rules (HELD_OUT5_RULES, HELD_OUT5_ROLE_RULES in tests/test_quotes.py; NOT blind: the
# rules were written for kinds of this set's misses):
#   direct   es precision 0.794 (77/97) recall 0.726 (77/106); en precision 0.866 (58/67) recall 0.753 (58/77)
#   indirect es precision 0.691 (38/55) recall 0.603 (38/63); en precision 0.412 (14/34) recall 0.412 (14/34)
#   roles of right direct speakers: es 69/77 (0.896), en 49/58 (0.845: four more right speakers, a farmer described
#   only by 'who farms ...', which no cue reads)
HELD_OUT5_FLOORS = {
    ("es", True): (0.89, 0.85),  # first run 0.744 / 0.632; after h5rules 0.794 / 0.726; 0.867 / 0.802 with q7rules;
    # 0.871 / 0.830 (88/101, 88/106) with qembed (session 13, not blind); 0.892 / 0.858 (91/102, 91/106) with q12es
    ("es", False): (0.75, 0.68),  # first run 0.655 / 0.571; after h5rules 0.691 / 0.603; 0.732 / 0.651 with q7rules;
    # 0.750 / 0.667 (42/56, 42/63) with q12es (session 15); 0.754 / 0.683 (43/57) with read12 ('se quejó de que')
    # 0.907 / 0.883 (68/75, 68/77) with q11en (session 14: rules for kinds of English misses, tests/test_quotes_rules11.py)
    # 0.920 / 0.896 (69/75, 69/77) with q12en (session 15: "Greg Young" no longer cut to "Greg", names._trim)
    # 0.947 / 0.922 (71/75, 71/77) with q13en (session 15: participles of saying, participles.py)
    # 0.959 / 0.922 (71/74, 71/77) with session 20's lead rules (an English clause is no title; tests/test_quotes_lead20.py)
    ("en", True): (0.96, 0.94),  # read23 (session 26): 73/76/77; first run 0.818 / 0.701; after h5rules 0.866 / 0.753 (not blind); 0.878 / 0.844
    # (65/74, 65/77) with q9rules (session 12: a speaker framed before a colon, "X speaking to Y: “...”")
    # 0.424 / 0.412 (14/33, 14/34) with q11en (session 14: rules for kinds of English misses, tests/test_quotes_rules11.py)
    # 0.452 / 0.412 (14/31, 14/34) with session 20's lead rules
    ("en", False): (0.48, 0.47),  # read23 (session 26): 16/33/34; first run 0.375 / 0.353; after h5rules 0.412 / 0.412 (not blind)
}
# right roles / right direct speakers: first run 0.791, 0.593; after h5rules 0.896, 0.845 (not blind); es 76/85
# (0.894) with the held-out6 rules (q7rules: "insistió en que", a party glued to a name).
# q11en (session 14): en 59/68 = 0.868, the roles of right English speakers (lexicon cues, tests/test_quotes_rules11.py)
# en lowered 0.86 -> 0.85 by q13en (session 15): right roles 60/69 -> 61/71; two more right speakers (the Madhya
# Pradesh High Court, role government with "high court" a cue; Nigel Farage's second quote, "Reform UK leader", read
# unknown where the set annotates government, as his first, already right, was): a ratio, it fell with them.
HELD_OUT5_ROLE_FLOORS = {"es": 0.93, "en": 0.92}  # roles22: en 66/71;  # es 82/91 = 0.901 with q12es (was 0.89)  # roles16 (session 16) raised right roles

_OPENING, _CLOSING = "«“\"‘'", "»”\"’'″"


def test_fifth_held_out_annotations_are_well_formed():
    """Each quotation occurs in its excerpt where tests/quotes_eval.load will look for it (the first occurrence
    after the previous one of the same text and kind); a direct one sits between an opening mark and a closing
    mark or the end of a paragraph left open; roles are known ones; no address is another data file's."""

    def placed(quote: dict, before: str, after: str) -> bool:
        marked = quote["quote"][0] in _OPENING  # the one quotation whose marks are kept (see the file's 'about')
        closed = re.match(rf"[.,!?]?[{_CLOSING}]|\.?(\n|$)|, ", after) is not None
        return marked or (before in _OPENING and closed)

    problems, counts, _data = annotation_problems(HELD_OUT5, placed)
    assert problems == []
    assert counts == {("es", True): 106, ("es", False): 63, ("en", True): 77, ("en", False): 34}


@pytest.fixture(scope="module")
def held_out5():
    return run(HELD_OUT5)


@pytest.mark.parametrize("key", list(HELD_OUT5_FLOORS), ids=lambda k: f"{k[0]}-{'direct' if k[1] else 'indirect'}")
def test_fifth_held_out_precision_and_recall(held_out5, key):
    _check_precision_and_recall("held-out5", held_out5, key, HELD_OUT5_FLOORS)


@pytest.mark.parametrize("language", ["es", "en"])
def test_fifth_held_out_roles_of_right_speakers(held_out5, language):
    _check_roles("held-out5", held_out5, language, HELD_OUT5_ROLE_FLOORS)
