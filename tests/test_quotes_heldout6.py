"""Quote attribution on the sixth held-out set (tests/data/quotes_heldout6.json, issue #23).

60 real excerpts (43 Spanish, 17 English; 359 quotations: es 137 direct + 93 indirect, en 82 direct + 47
indirect) from outlets and articles in no other data file, annotated by hand from the text alone and COMMITTED
(478ce36, with this test and its provisional floors) BEFORE the extractor ever ran on them, and before branch
h5rules' rules for the fifth set's misses were merged. No rule or lexicon is changed for this set: it is an honest,
blind measure of the code after those rules. Only the first run is a blind measure; rules written afterwards may
only come from KINDS of misses (rows and negatives in tests/test_quotes.py), never from one sentence of this set.

Matching and scores: tests/quotes_eval.py (precision = right (quote, speaker) pairs / predicted statements,
recall = right pairs / gold statements). Floors ratchet: they are the values reached; never lower them.
test_sixth_held_out_annotations_are_well_formed checks the file itself and never runs the extractor.
"""

from __future__ import annotations

import pytest

from tests.quotes_eval import HELD_OUT6, annotation_problems, between_marks, run
from tests.test_quotes import _check_precision_and_recall, _check_roles

# First run (blind): the set and this test were committed in 478ce36 with floors of 0.0, before the extractor ever
# ran on them; the run was on the code of main ea93f2f (h5rules' rules for held-out5's kinds all merged, and overlap),
# merged into this branch as 7f4eb62 with no change to the set or to any rule, 2026-11-30 15:52 UTC.
#   direct   es precision 0.759 (63/83) recall 0.460 (63/137, 0.4598); en precision 0.803 (57/71) recall 0.695 (57/82)
#   indirect es precision 0.638 (37/58) recall 0.398 (37/93); en precision 0.571 (24/42) recall 0.511 (24/47)
#   roles of right direct speakers: es 48/63 (0.762), en 49/57 (0.860, 0.8596)
# Issue #23's target for direct speakers (>= 0.90 precision, >= 0.80 recall) is NOT met blind, in either language;
# Spanish direct recall fell well below held-out5's (0.632), mostly through the culture, court and parliament pieces.
# Annotation choices that cost points and stay as annotated (a blind set is not re-annotated after its run): "Celia
# Villalobos admite que se equivocó" was not annotated although it is a named speaker's clause (the extractor's
# statement there counts as an extra); the Queensland premier's staffer is "a staffer" (the extractor says
# "Annastacia Palaszczuk's"); two speakers together ("Doug Ford and Pierre Poilievre", "Carolina Martín y Soraya
# Peña") and partial quotations of one word ("quitó", "viajando") are hard by construction. Two right pairs are luck:
# "Northern Ontario Ford" (from "a region in Northern Ontario Ford wants to develop") matches Doug Ford's surname, and
# "Leigh" (the campaign group Looking after Leigh) matches with the role government.
# The floors were 0.0 (provisional) when the set was committed; they are now the first run's values, rounded down.
#
# Main KINDS of misses seen in the first run (no fixes here; a fix needs a row and a negative in test_quotes.py):
# - a title or description not tied to the person the text names before or after it ("El economista" / "Caamaño",
#   "el ex secretario de estado" / "Pérez" in the next paragraph, "La rectora de la San Marcos" / "Jeri Ramón",
#   "el dirigente paisa" / "Daniel Quintero Calle", "the Union Minister" / "Hardeep Singh Puri", "The Prime Minister
#   says" / "Christopher Luxon" in the next sentence, "el jerarca municipal" read as "Municipalidad de Paraíso");
# - a sentence adverb, verb or adjunct as the speaker ("Finalmente, añadió el presidente ejecutivo, ..." ->
#   "Finalmente", "Asimismo, manifestó que" -> "Asimismo", "Insistió en que ... “...»" -> "Insistió"), a hospital
#   ("el hospital Robert Reid Cabral ... militarizado" -> speaker of the college's and the staff's quotes), a team
#   or relative after a colon ("after 54-48 win over Duke:" -> "Duke", "on defeating his brother, Mark:" -> "Mark"),
#   a company ("Kenya Airways"), a place glued to a name ("Northern Ontario Ford"), a possessive ("Annastacia
#   Palaszczuk's" for "a staffer from Premier Annastacia Palaszczuk's office");
# - the speaker carried over from, or taken from, the wrong person: the councillor named in the paragraph after a
#   resident's open paragraphs ("one resident said ... He said: “...” ... In response, ... Robert Finnigan said");
#   "he accused the broadcaster" (he = Peters) -> Luxon; the embassy's open-paragraph communique -> Gungubele; the
#   object of an adjunct ("respondiendo directamente a un trino de la alcaldesa Claudia López, expresó que") -> Claudia
#   López; a speaker named after the partial quote ("es «una provocación», así lo dijo el concejal Sebastián López")
#   -> "Gobierno Nacional"; "la réplica de López" -> Quintero; the judge's "Sostuvo que" -> the prosecutor of the
#   paragraph before; "el enfermero ... insistió que" -> López-Gatell; "The President observed" -> Buhari instead of
#   Kenyatta; "But she said" -> Palaszczuk instead of Berejiklian; Poilievre's quotes -> "Northern Ontario Ford";
# - direct quotes not found: a quotation running over a line break (cut at the line, so the span does not match),
#   British open paragraphs after "He said “..." with no colon, quotations whose speaker is only in an earlier
#   sentence ("El entrenador ... aseguró", "manifestó:" / "afirmó al participar" after "el presidente del Banco
#   Central", "“...”, cuestionó." / "“...”, añade."), a quotation with no verb at all ("La inflación “está en un
#   déficit ...”"), the attribution inside the quotation ("“Es en ese momento -dijo Giménez-Bartlett- cuando ...”"),
#   the speaker in the next sentence ("“...”. Lo aseguraba este martes María Dueñas", "Y añadía:", "confesaba"),
#   unknown verbs or frames ("ha inquirido", "ha continuado:", "ha demandado", "le ha reprochado ...:", "Puri
#   questioned,", "the premier wrote", "fueron las palabras contundentes de López"), an adjunct between verb and name
#   ("expresó por la misma vía Trejoluna", "comentó en su cuenta de Twitter que \"...\""), unnamed or plural speakers
#   ("A spokesperson for the group said:", "A spokesperson added:", "El sindicato planteó que", "the two have said",
#   "Las autoras recordaron ... que"), a lost opening mark (TVN's "...”, dijo Valverde."), short partial quotations in
#   a clause ("acusado al Gobierno de \"despreciar la ley\"", "fue enfática en que ... “no es aceptable”", "que
#   explicara “en dónde está la plata de Medellín”", "“demonstrar quiénes son”", "due to “scheduling constraints.”");
# - indirect missed: the second verb of a coordinated predicate or a verb whose subject is in an earlier sentence
#   ("se refirió a ..., y aseguró que", "Eso sí enfatizo en que", "Agregó que", "Añadió que", "Insistió en que",
#   "hizo énfasis en que"), gerunds and infinitives ("valorando que", "argumentando que", "por haber dicho que",
#   "afirmó tener conocimiento de que", "claiming CLAUSE", "adding he spoke"), bodies as subjects ("la acusación
#   recordó que", "El Ministerio Público Fiscal insistió en que", "la Justicia resolvió que", "El sindicato ... advirtió
#   que", "Premier Doug Ford’s office says he", "The council ... insisted it"), attributions around the clause
#   ("según su presidente ejecutivo", "En su opinión,", "Para él,", "CLAUSE, nos explica De los Ríos", "CLAUSE, dijo a
#   EFE X"), "explicó a LU19 que" / "ratificó en 6am Hoy por Hoy de Caracol Radio que", "categorically stated that",
#   "Citing a media report the ... leader said that", "Atishi's claim that", "would only say no meeting";
# - indirect extras and span errors: the object of "urged X to" / "accused X of" / "criticised X for" / "emphasized
#   the support" / "stressed the importance" / "declared X as" / "told The Globe and Mail" read as a clause; a
#   relative "que" read as a complementizer ("está citada esa concentración que", "lo que declaró su secretaria
#   general"); "Por su parte" and a subject phrase read as the clause; a request ("pidió que se mantenga la medida
#   porque"); statements reported inside a quotation ("Hay gente que me dice que yo tengo"); "criticó que se mencionara
#   que"; clauses running on past ", los sectores populares", ", aunque confió en que", " noting that", ", amid
#   suggestions", so that the right clause is scored as an extra and a miss;
# - roles: no cue for "rectora" (expert), "El economista" not tied, "la Ministra de Empleo" and "el ex secretario de
#   estado" not tied, Cayo Lara (a deputy); "ministro de Educación" read as expert, a union's "secretario general" read
#   as military_police, a festival's "presidente ejecutivo" and a ruling party read as government, a campaign group as
#   government.
# After the rules for kinds of its misses (q7rules, HELD_OUT6_RULES in tests/test_quotes.py; not blind): direct es
# 0.971 / 0.737 (101/104, 101/137), indirect es 0.770 / 0.505 (47/61, 47/93), roles es 88/101 (0.871); English
# unchanged. The kinds of misses left are HELD_OUT6_KNOWN_MISSES (tests/test_quotes.py).
HELD_OUT6_FLOORS = {
    ("es", True): (0.98, 0.80),  # first run 0.759 / 0.4598; after the rules 0.971 / 0.737 (not blind); 0.982 / 0.781
    # (107/109, 107/137) with q8rules' rules (session 11); 0.982 / 0.796 (109/111, 109/137) with qembed (session 13);
    # 0.982 / 0.803 (110/112, 110/137) with session 19's earlier verb of the clause (tests/test_quotes_rules19.py)
    ("es", False): (0.79, 0.53),  # first run 0.638 / 0.398; after the rules 0.770 / 0.505 (not blind); 0.794 / 0.538
    # (50/63, 50/93) with q10rules (session 13: surname particles)
    # 0.915 / 0.793 (65/71, 65/82) with q11en (session 14: rules for kinds of English misses, tests/test_quotes_rules11.py)
    # 0.947 / 0.866 (71/75, 71/82) with q12en (session 15: tests/test_quotes_rules12en.py)
    ("en", True): (0.94, 0.90),  # first run 0.803 / 0.695; 0.873 / 0.756 (62/71, 62/82) with q9rules (session 12,
    # rules from kinds of held-out3-8 misses: "he said" after a newcomer, a possessive is no person); 0.948 / 0.890
    # (73/77, 73/82) with session 20's "A spokesperson added" (tests/test_quotes_rules20.py); 0.949 / 0.902 (74/78,
    # 74/82) with read25's one-word answer and possessive mention ('"Queenslander," the premier wrote.')
    # 0.634 / 0.553 (26/41, 26/47) with q11en (session 14: rules for kinds of English misses, tests/test_quotes_rules11.py)
    ("en", False): (0.63, 0.55),  # first run 0.571 / 0.511; 0.595 / 0.532 with q9rules
}
# q11en (session 14): en 57/65 = 0.877, the roles of right English speakers (lexicon cues, tests/test_quotes_rules11.py)
HELD_OUT6_ROLE_FLOORS = {"es": 0.85, "en": 0.87}  # read25: en 65/74 = 0.878; roles22: es 94/110;  # right roles / right direct speakers (first run 0.762, 0.8596;
# es 0.871 after the rules, not blind: 88/101, a right speaker more whose role, government, is annotated unknown).
# Lowered to 0.84 by q8rules (session 11) though right roles rose (88 -> 90): five more right speakers (107, was 102),
# the festival's "presidente ejecutivo" Juan Jesús Armas, whose role reads government ("presidente") where the set
# annotates unknown; a ratio, it fell with them (90/107 = 0.841).
# Lowered to 0.83 by q10rules (session 13) though right roles stayed 90: one more right speaker (108, was 107),
# Asunción de los Ríos (a surname particle read), whose title ("vicedirectora de Investigación del museo") carries no
# role cue, annotated expert; a ratio, it fell with her (90/108 = 0.833).
# English lowered to 0.82 by q12en (session 15) though right roles stayed 57: four more right speakers (69, was 65),
# Sanwo-Olu's quotation of four paragraphs (opened after "He said", quote_marks._left_open), whose title ("The
# Governor") is tied to no name, so his role reads unknown where the set annotates government (57/69 = 0.826).

# Marks as published: “ also closes in some outlets (“...“), a space may stand inside a mark (“ obviamente ... ”).
_OPENING, _CLOSING = "«“\"‘'", "»”\"’'″“"


def test_sixth_held_out_annotations_are_well_formed():
    """Each quotation occurs in its excerpt where tests/quotes_eval.load will look for it (the first occurrence
    after the previous one of the same text and kind); a direct one sits between an opening mark (or the start of
    a paragraph whose opening mark the outlet lost) and a closing mark or the end of a paragraph left open; roles
    are known ones; ids are unique; no address is another data file's."""

    problems, counts, data = annotation_problems(HELD_OUT6, between_marks(_OPENING, _CLOSING))
    assert len({ex["id"] for ex in data["excerpts"]}) == len(data["excerpts"])
    assert problems == []
    assert counts == {("es", True): 137, ("es", False): 93, ("en", True): 82, ("en", False): 47}


@pytest.fixture(scope="module")
def held_out6():
    return run(HELD_OUT6)


@pytest.mark.parametrize("key", list(HELD_OUT6_FLOORS), ids=lambda k: f"{k[0]}-{'direct' if k[1] else 'indirect'}")
def test_sixth_held_out_precision_and_recall(held_out6, key):
    _check_precision_and_recall("held-out6", held_out6, key, HELD_OUT6_FLOORS)


@pytest.mark.parametrize("language", ["es", "en"])
def test_sixth_held_out_roles_of_right_speakers(held_out6, language):
    _check_roles("held-out6", held_out6, language, HELD_OUT6_ROLE_FLOORS)
