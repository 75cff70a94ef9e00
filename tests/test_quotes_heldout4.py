"""Quote attribution on the fourth held-out set (tests/data/quotes_heldout4.json, issue #23).

37 real excerpts (23 Spanish, 14 English; 231 quotations: es 79 direct + 38 indirect, en 70 direct + 44
indirect) from outlets and articles in no other data file, annotated by hand and COMMITTED BEFORE the extractor
ever ran on them. No rule or lexicon was changed for this set: it is an honest, blind measure of the code as it
stood. Only the first run is a blind measure; rules written afterwards may only come from KINDS of misses
(rows and negatives in tests/test_quotes.py), never from one sentence of this set.

Matching and scores: tests/quotes_eval.py (precision = right (quote, speaker) pairs / predicted statements,
recall = right pairs / gold statements). Floors ratchet: they are the values reached; never lower them.
"""

from __future__ import annotations

import pytest

from tests.quotes_eval import HELD_OUT4, run
from tests.test_quotes import _check_precision_and_recall, _check_roles

# First run (blind; code of 6a94ac1 = main's 96d8676, no rule or lexicon changed, 2026-11-30):
#   direct   es precision 0.797 (59/74) recall 0.747 (59/79); en precision 0.921 (58/63) recall 0.829 (58/70)
#   indirect es precision 0.559 (19/34) recall 0.500 (19/38); en precision 0.707 (29/41) recall 0.659 (29/44)
#   roles of right direct speakers: es 54/59 (0.915), en 39/58 (0.672)
# Issue #23's target for direct speakers (>= 0.90 precision, >= 0.80 recall) is met blind in English, NOT in Spanish.
# The floors were 0.0 (provisional) when the set was committed; they are now the first run's values, rounded down.
#
# Main KINDS of misses seen in the first run (no fixes here; a fix needs a row and a negative in test_quotes.py):
# - a word of a ministry's or place's name read as the speaker: "ministro de Economía, Producción y Agricultura,
#   Sergio Massa" -> "Producción", "... de la Provincia: Santiago Pérez Pons" -> "Economía", "University of Otago,
#   New Zealand" -> "Zealand", "Mamaroneck, New York" -> "York City"; a place or a sentence's first word as the
#   speaker ("Piura", "Colombia", "Empecé", "Finalmente");
# - a title-only mention whose span runs on ("dijo el Presidente la noche de ayer" -> "Presidente la noche de");
# - the person addressed or accompanied taken for the speaker ("le aseguró al presidente Petro", "señor
#   presidente" inside the quote, "acompañando al presidente López Obrador");
# - a title or pronoun tied to the wrong person: "el fiscal" to the second prosecutor named, "She" / "he said"
#   after a sentence that introduces a new person ("It is a sentiment echoed by Liberal MP Dennis Jensen."), an
#   unattributed quote after "su par ... Antelo", a journalist's line in a dialogue given to the minister, a
#   statement's words ("la Oficina del Presidente emitió un comunicado destacando la "..."") to the person named
#   before;
# - direct quotes not found: colon introductions without a speaking verb ("el ministro se adelantó: “...”"),
#   "describió el caso como “...”", "con un lacónico “...”", a bare continuation ("Aunque, "...""), short
#   partial quotations inside a clause or a noun phrase ("hopeful", "zero political influence", "make some money",
#   "working around the clock"), a paragraph whose closing mark never comes;
# - indirect: Reuters' "CLAUSE, X said on Thursday, adding CLAUSE" and "X said on Friday that" missed, "según
#   dijo" / "Según el ministerio de Salud" / "informó este lunes el jefe de gabinete" missed, clauses that run on past
#   ", alegando que", ", así como señaló que", ", dismissing ...", ", lo que ...", the object of "told" / "urged"
#   read as a clause ("CNN's Kate Bolduan", "AAP on Monday"), a "que" after a long adjunct missed;
# - roles: named residents with no cue word (witness), "physicist" / "co-author" (expert), "Nationals MP", "CDC
#   Director", "seremi", a colon-introduced minister's title, and "central bank chief" read as a police chief.
#
# After the rules for those KINDS (branch h4rules, 2026-11-30; NOT BLIND: the rules were written after this set's
# misses were seen, from sentences made up for each kind, rows and negatives in tests/test_quotes.py
# HELD_OUT4_RULES, HELD_OUT4_ROLE_RULES, HELD_OUT4_INDIRECT_RULES):
#   direct   es precision 0.882 (67/76) recall 0.848 (67/79); en precision 0.921 (58/63) recall 0.829 (58/70)
#   indirect es precision 0.765 (26/34) recall 0.684 (26/38); en precision 0.775 (31/40) recall 0.705 (31/44)
#   roles of right direct speakers: es 66/67 (0.985), en 53/58 (0.914)
# Spanish direct now passes the recall target (0.80) on this set but not the precision one (0.90), and these
# numbers are not blind. Kinds still missed: a title left untied when the person is named only inside a body's
# name ("el Gobierno de X" ... "dijo el Presidente"), a surname that is an English stop word ("Name"), "el fiscal"
# tied to the wrong prosecutor, a journalist's line in an interview given to the minister, a statement's words
# given to the person named before ("la Oficina del Presidente emitió un comunicado destacando"), quotes after "con
# un lacónico", bare continuations ("Aunque, "...""), short partial quotations inside a clause ("hopeful"), "She"/"he"
# after a newly introduced person, a place after a comma read as the subject ("University of Otago, New Zealand").
HELD_OUT4_FLOORS = {
    ("es", True): (0.90, 0.88),  # 0.896 / 0.873 (69/77, 69/79) with q13es ("adelantó"; session 15); 0.909 / 0.886
    # (70/77, 70/79) with read18 (session 22: "junto al fiscal X" is a companion, not whom "el fiscal" stands for)
    # first run 0.797 / 0.747; after the held-out4 rules 0.882 / 0.848 (not blind);
    # 0.895 / 0.861 (68/76, 68/79) with q9rules (session 12, not blind)
    ("es", False): (0.85, 0.78),  # first run 0.559 / 0.500; after the rules 0.765 / 0.684, 0.771 / 0.711 with the
    # held-out6 rules (not blind); 0.857 / 0.789 (30/35, 30/38) with q9rules
    # 0.939 / 0.886 (62/66, 62/70) with q12en (session 15: a quotation opened after a closed one, left open)
    # 0.940 / 0.900 (63/67, 63/70) with q13en (session 15: "credited" a reporting verb)
    # 0.955 / 0.914 (64/67, 64/70) with q13en (a place locating the name before it is no subject)
    ("en", True): (0.95, 0.91),  # first run 0.921 / 0.829; unchanged by the rules; 0.938 / 0.871 (61/65, 61/70)
    # with q9rules
    # 0.780 / 0.727 (32/41, 32/44) with q13en (session 15: a reported clause opened by a quotation)
    ("en", False): (0.78, 0.72),  # first run 0.707 / 0.659; after the rules 0.775 / 0.705 (not blind)
}
# roles17 (session 17) raised en right roles to 61/64 = 0.953
HELD_OUT4_ROLE_FLOORS = {"es": 1.00, "en": 0.95}  # right roles / right direct speakers (first run 0.915, 0.672;
# after the rules 0.985, 0.914, not blind; es 67/67 with the held-out6 acronym and "abogados" rules)


@pytest.fixture(scope="module")
def held_out4():
    return run(HELD_OUT4)


@pytest.mark.parametrize("key", list(HELD_OUT4_FLOORS), ids=lambda k: f"{k[0]}-{'direct' if k[1] else 'indirect'}")
def test_fourth_held_out_precision_and_recall(held_out4, key):
    _check_precision_and_recall("held-out4", held_out4, key, HELD_OUT4_FLOORS)


@pytest.mark.parametrize("language", ["es", "en"])
def test_fourth_held_out_roles_of_right_speakers(held_out4, language):
    _check_roles("held-out4", held_out4, language, HELD_OUT4_ROLE_FLOORS)
