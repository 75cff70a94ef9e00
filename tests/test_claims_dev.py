"""Casualty claims on real coverage: precision, recall and place accuracy on ``tests/data/claims_dev.json``
and on the held-out set ``tests/data/claims_heldout.json``.

The development set holds real article excerpts (several events and outlets, Spanish and
English) with every toll annotated by hand: ``claims_dev.json`` and ``claims_dev_more.json`` (seven excerpts of six
more earthquakes, added for the phenomena pass of issue 14 and annotated before the reader ran on them; its first run
scored es precision 1.000 / recall 0.682, en 0.714 / 0.909), scored as one set. The score is computed as a user would see it:
each excerpt is read as one article (``claims_in``), nothing in the rules knows the set.

Match rule: a found claim matches a gold claim of the same excerpt when the kind is the
same and the interval is the same (``low``, ``high``), or, failing that, when the qualifier
is the same and the number as stated has the same value (the documented interval of the
qualifier, whose rounding of "about" may differ by one at a bound). Each gold claim is
matched at most once, greedily in text order.

* precision = matched found claims / found claims;  recall = matched gold claims / gold claims;
* place accuracy, over matched claims whose gold place is not null (the convention the gold follows is
  written in ``claims_dev.json``'s ``place_convention`` and in :mod:`analysis.casualties.claim_places`): the
  found place is right when it is the SAME place as the gold's after normalisation through the gazetteer
  (both names resolve to a common gazetteer place: "Marruecos" and "Morocco", "Derna" and "Darnah",
  "condado de Buncombe" and "Buncombe County"), or, for a place the gazetteer lacks, when the folded names are
  equal or one is the other's leading words (a venue written shorter: "Crocus City" / "Crocus City Hall").
  A found place that contains the gold's or is contained in it (found "Acapulco", gold "Guerrero"; found
  "Mexico", gold "Acapulco") is NOT right; it is counted apart and printed as "contained".

The held-out set (two other events, Maui wildfires 2023 and the Noto earthquake 2024) was annotated by hand
before the reader ever ran on it, and no rule is written from it: it tells how the rules, tuned on the dev set,
do on coverage nobody tuned them to. Its floors are ratchets too.

The blind set ``tests/data/claims_blind.json`` (45 excerpts of 20 other events, 28 Spanish and 17 English, 190 tolls,
issue "claimsblind") was annotated by hand and committed BEFORE the reader first ran on it; its first run is the honest
estimate of the reader on text nobody tuned it to (see ``BLIND_FIRST_RUN``). Rules were fixed from its misses afterwards
(general phenomena, each with rows in tests/test_claims.py), so its later scores are no longer blind:

=========  ================================  ================================
blind      first run (blind)                 after the fixes (not blind)
=========  ================================  ================================
es (109)   P 0.846  R 0.807  place 0.376     P 0.924  R 0.890  place 0.809
en (81)    P 0.787  R 0.728  place 0.660     P 0.947  R 0.877  place 0.823
=========  ================================  ================================

(the dev set after them: es P 0.971 R 0.917 place 0.925, en P 0.971 R 0.953 place 0.948).

The third held-out set ``tests/data/claims_heldout3.json`` (19 excerpts of 10 natural disasters, 13 Spanish and 6
English, 91 tolls, branch claims3) was likewise annotated and committed before the reader first ran on it (see
``HELDOUT3_FIRST_RUN``); general rules were then fixed from its misses (rows ``h3-*`` in tests/test_claims.py), the dev,
held-out scores unchanged by them and the blind set's es precision 0.924 -> 0.933 and place 0.809 -> 0.819 (a place
written inside another, "X, en la provincia de Y", is X):

=========  ================================  ================================
held-out3  first run (blind)                 after the fixes (not blind)
=========  ================================  ================================
es (47)    P 0.822  R 0.787  place 0.730     P 0.889  R 0.851  place 0.825
en (44)    P 0.947  R 0.818  place 0.765     P 0.974  R 0.841  place 0.800
=========  ================================  ================================

The fourth held-out set ``tests/data/claims_heldout4.json`` (25 excerpts of 10 other events, 13 Spanish and 12
English, 109 tolls, branch claims4: earthquakes, wildfires, floods, a cyclone, an explosion, a mine blast, a stadium
crush and a bridge collapse) was likewise annotated and committed before the reader first ran on it (see
``HELDOUT4_FIRST_RUN``). No rule is written from it: its misses are not read, only its numbers. General rules from
kinds of the spent sets' misses (rows ``c4-*`` in tests/test_claims.py) left it unchanged:

=========  ================================  ================================
held-out4  first run (blind)                 second run (still blind)
=========  ================================  ================================
es (60)    P 0.774  R 0.683  place 0.882     P 0.774  R 0.683  place 0.882
en (49)    P 0.830  R 0.898  place 0.780     P 0.830  R 0.898  place 0.780
=========  ================================  ================================

Held-out4 is SPENT since session 15 (2026-12-01): after those two blind runs its misses may be read to write general
rules for KINDS of them (rows with negatives in tests/test_claims.py), as the blind set's and held-out3's were; a fifth
set (``claims_heldout5.json``) is the blind measure. Branch c4fix read them and fixed kinds of them (rows ``c4f-*``),
each checked on every set (none fell; dev es precision 0.979 -> 0.983; blind es 0.933 / 0.890 / 0.819 -> 0.961 / 0.899 /
0.821, en 0.947 / 0.889 / 0.823 -> 0.987 / 0.926 / 0.831; held-out3 es 0.935 / 0.915 / 0.837 -> 0.957 / 0.936 / 0.841,
en place 0.800 -> 0.829):

=========  ================================  ================================
held-out4  second run (blind)                after c4fix (not blind)
=========  ================================  ================================
es (60)    P 0.774  R 0.683  place 0.882     P 0.964  R 0.883  place 0.913
en (49)    P 0.830  R 0.898  place 0.780     P 0.957  R 0.918  place 0.881
=========  ================================  ================================

The fifth held-out set ``tests/data/claims_heldout5.json`` (32 excerpts of 11 other events, 17 Spanish and 15 English,
103 tolls, branch claims5: a pipeline explosion, a mudslide, a dam collapse, two wildfires, an earthquake and tsunami,
a train derailment, two fires, a shipwreck and a hurricane) was annotated by hand and committed with its test BEFORE the
reader first ran on it. Its misses are not read while it is the blind measure, only its numbers. First run (blind,
main fa7420b's reader = the session start's, before branches c4fix' and placefix' rules were merged):

=========  ================================
held-out5  first run (blind)
=========  ================================
es (52)    P 0.738  R 0.865  place 0.578
en (51)    P 0.826  R 0.745  place 0.806
=========  ================================

Its second run (still blind), after c4fix' rules from the spent held-out4's misses (which took held-out4 to es 0.964 /
0.883 / 0.913, en 0.957 / 0.918 / 0.881), placefix' place-name rules and the lead's "trapped" fix: es P 0.770 R 0.904
place 0.596 (61 found, place of 47), en P 0.844 R 0.745 place 0.806 (45 found): rules for kinds of one set's misses
carried to unseen text a little (es +2 right, 2 fewer wrong; en one false claim fewer); placefix moved no score.
Its third run (still blind: its misses never printed), after cplace' place rules from kinds recurring across the
spent sets: es P 0.758 R 0.904 place 0.617 (62 found, place of 47), en unchanged (0.844 / 0.745 / 0.806). Places rose;
one more claim was found in Spanish and is not a gold toll. cplace' guess at its cause (a toll repeated under a sea
and under a country in it kept as two) was a real fault and is mended (repeats._beyond, rows in tests/test_claims.py),
but it was not this claim: the floor of es precision is lowered to what was measured rather than reading the set.

The sixth held-out set ``tests/data/claims_heldout6.json`` (35 excerpts of 9 other events, 17 Spanish and 18 English,
163 tolls, branch claims6, session 17: a metro overpass collapse, four earthquakes (one with a tsunami), a bombing
campaign, a storm's landslides, a building collapse and a cyclone) was annotated by hand and committed with its
well-formedness test BEFORE the reader first ran on it (commit ac6621e). Its misses are not read while it is the blind
measure, only its numbers. First run (blind; the reader of main abe746a, 2026-12-01):

=========  ================================
held-out6  first run (blind)
=========  ================================
es (83)    P 0.846  R 0.795  place 0.587
en (80)    P 0.866  R 0.887  place 0.576
=========  ================================

Held-out6 is SPENT since session 19 (2026-12-02): after its two blind runs (the second: es 0.868 / 0.795 / 0.619, en
0.878 / 0.900 / 0.597) its misses were read (``python tests/claims_eval.py heldout6``) to write general rules for KINDS
of them (rows ``c6r-*`` with negatives in tests/test_claims.py), as held-out5's were; a seventh set is the blind measure.
One miss was an annotation error, fixed in the data and not counted as a reader gain: "Por el momento hay seis
detenidos" (Rana Plaza) is a claim of kind detained (the first annotation said "arrests", no claim; the dev set
counts "Hay 11 detenidos"), so es has 84 gold tolls; with the session start's reader that fix alone moves es to 0.882 /
0.798 / 0.625. Branch c6read's rules (place names the packages lack, cities written before their region, datelines in
capitals, destinations, island and "there" anaphors, a country's own authorities, epicentres, relatives of the toll
before, and Spanish and English word lists for kinds and exclusions), each checked on every set (none fell; the blind
set's es place 0.865 -> 0.885), took it to the scores below, in-sample, no estimate of unseen text:

=========  ================================  ================================
held-out6  second run (blind)                after c6read (not blind)
=========  ================================  ================================
es (84)    P 0.882  R 0.798  place 0.625     P 0.975  R 0.929  place 0.767
en (80)    P 0.878  R 0.900  place 0.597     P 0.936  R 0.912  place 0.838
=========  ================================  ================================

(the second run's es column with the gold fix; without it, 83 tolls: 0.868 / 0.795 / 0.619.)

Held-out5 is SPENT since session 17 (2026-12-01): after those three blind runs its misses may be read to write general
rules for KINDS of them (rows ``c5r-*`` with negatives in tests/test_claims.py), as held-out4's were; a sixth set
(``claims_heldout6.json``) is the blind measure. Branch c5read read them and fixed kinds of them (twelve commits),
each checked on every set (none fell; dev es precision 0.983 -> 0.988, en 0.976 -> 0.981; blind es recall 0.899 ->
0.908, place 0.863 -> 0.865; held-out, held-out3, held-out4 unchanged): see ``HELDOUT5_FLOORS``. Its scores after them
are in-sample, no estimate of unseen text:

=========  ================================  ================================
held-out5  third run (blind)                 after c5read (not blind)
=========  ================================  ================================
es (52)    P 0.758  R 0.904  place 0.617     P 0.961  R 0.942  place 0.939
en (51)    P 0.844  R 0.745  place 0.806     P 0.978  R 0.863  place 0.976
=========  ================================  ================================

The floors are ratchets: raise them when the extractor improves, never lower them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace

import pytest

from analysis.casualties.claims import Claim, claims_in
from analysis.casualties.quantities import find_figures
from analysis.corpus import places
from analysis.corpus.records import Article, parse_date
from analysis.text import build

DEV = Path(__file__).parent / "data" / "claims_dev.json"
# More excerpts of the development set, same schema (issue 14's phenomena pass: six more earthquakes).
DEV_MORE = Path(__file__).parent / "data" / "claims_dev_more.json"
HELDOUT = Path(__file__).parent / "data" / "claims_heldout.json"
BLIND = Path(__file__).parent / "data" / "claims_blind.json"
# The third held-out set (issue 14's measure on disaster coverage, branch claims3): annotated and committed before the
# reader first ran on it.
HELDOUT3 = Path(__file__).parent / "data" / "claims_heldout3.json"
# The fourth held-out set (branch claims4): annotated and committed before the reader first ran on it; blind for two
# runs, spent since session 15 (its misses may be read for rules on kinds of them).
HELDOUT4 = Path(__file__).parent / "data" / "claims_heldout4.json"
# The fifth held-out set (branch claims5): annotated and committed, with its test, before the reader first ran on it;
# the blind measure since session 15.
HELDOUT5 = Path(__file__).parent / "data" / "claims_heldout5.json"
# The sixth held-out set (branch claims6, session 17): annotated and committed, with its well-formedness test, before the
# reader first ran on it; blind for two runs, spent since session 19 (its misses read for rules on kinds of them).
HELDOUT6 = Path(__file__).parent / "data" / "claims_heldout6.json"
# Ratchets (measured; see the module docstring). Raise, never lower.
# Place: measured under the place convention and its scorer (places14: dev es 0.926, en 0.947; held-out es 1.000 of
# 21, en 0.900 of 40; the rules before places14 scored dev es 0.823, en 0.765, held-out es 0.667, en 0.675 on them).
# fixcas (severity parts, thresholds passed, places where a quake was felt): es precision 0.963 -> 0.967 (a threshold
# "superó la barrera de los mil, hasta los 1.037" is no claim of 1,000), en place 0.943 -> 0.948 (NationalWorld's
# "killing hundreds ... was felt from the capital Rabat to Marrakech" is Morocco's); the rest unchanged.
# claimsblind (fixes from the blind set's misses: repeats in other words are one claim, items after their origin, "Of
# the total death toll, N were ..."): es precision 0.967 -> 0.971, en precision 0.952 -> 0.971, en recall 0.948 ->
# 0.953; es recall and both places unchanged.
# claims4 (kinds of misses of the spent sets: superseded counts, elided list items, increments shared by coordinated
# figures, "Among them were", attackers and school pupils as people): es precision 0.971 -> 0.979, recall 0.917 ->
# 0.937, place 0.925 -> 0.926 (of 231); en precision 0.971 -> 0.976, recall 0.953 -> 0.967, place 0.948 -> 0.949.
# c4fix ("En febrero, 96 personas murieron ..." in a June article: another month's incident): es precision 0.979 ->
# 0.983; the rest unchanged.
# cplace (places beyond a country: "the Mediterranean Sea"; tolls of different kinds coordinated in one clause share
# its place: "255 people have died, and 811 have been injured in ... Syria"): en place 0.949 -> 0.959; es place 0.926 ->
# 0.935 ("el distrito Itaewon de Seúl ... en este distrito": Itaewon; "el Estado de México" in lexicons/places.yaml).
# c5read (another count's head between a toll noun and the figure: "el número de personas localizadas se elevó a
# 211" is no missing toll): es precision 0.983 -> 0.988.
# c5read ("about 120 dead or missing": two kinds together, a toll of neither): en precision 0.976 -> 0.981.
# c9read (a capitalised Spanish article opens the name: "at Las Colinas"): en place 0.959 -> 0.964 (of 196).
# places25 (session 25: a sentence in the paragraph of a toll of another country is that country's; a place in a
# relative describing the place before it locates it): es place 0.944 -> 0.957 (of 231).
FLOORS = {
    "es": {"precision": 0.985, "recall": 0.93, "place": 0.95},
    "en": {"precision": 0.98, "recall": 0.96, "place": 0.96},
}
HELDOUT_FLOORS = {
    "es": {"precision": 0.95, "recall": 0.92, "place": 0.95},
    # en place: 0.900 of 40 placed claims when places14 set it; the phenomena pass (issue 14) matches more held-out
    # claims (55 placed), two of them placed wrong by the place rules ("850 ... listed as missing after the Lahaina
    # wildfire, Hawaii officials said": Hawaii for Lahaina; "one missing person": Wajima for Ishikawa), no place
    # that was right changed: 0.891. The floor follows the larger denominator; raise it with the place rules.
    # claims4: a place in a clause of its own after the figure (", as authorities said they'd searched ... Lahaina")
    # and a word qualifying a place's head ("each in the prefectural cities of Wajima and Suzu"): precision 0.948 ->
    # 0.949, recall 0.887 -> 0.903, place 0.891 -> 0.911 (of 56). real22c (session 22): a region's head written
    # after its name ("Ishikawa Prefecture had reached 72", was Japan): place 0.911 -> 0.929 (52 of 56). claims12read2
    # (session 26): a fire named after its place ("the Eaton Fire") is that place: 0.929 -> 0.964 (54 of 56).
    "en": {"precision": 0.94, "recall": 0.90, "place": 0.96},
}
# The blind set's FIRST run (annotations committed before it; the honest estimate), kept as a record, not a floor.
# Five 'about' bounds of the gold were one too high from float rounding (ceil(1.1 * 50) = 56) and were corrected to the
# convention after the first run (es 0.837 / 0.798 / 0.381 with them); the reader had not changed, so this is still blind.
BLIND_FIRST_RUN = {
    "es": {"precision": 0.846, "recall": 0.807, "place": 0.376},  # 109 gold, 104 found, place of 85
    "en": {"precision": 0.787, "recall": 0.728, "place": 0.660},  # 81 gold, 75 found, place of 53
}
# After the fixes of issue "claimsblind" (no longer blind): es 0.924 / 0.890 / 0.809 of 94 placed, en 0.947 / 0.877 /
# 0.823 of 62.
# The third held-out set's FIRST run (annotations committed before it, branch claims3; the honest estimate on disaster
# coverage nobody tuned the reader to), kept as a record; its floors start at it (ratchets).
HELDOUT3_FIRST_RUN = {
    "es": {"precision": 0.822, "recall": 0.787, "place": 0.730},  # 47 gold, 45 found, place of 37
    "en": {"precision": 0.947, "recall": 0.818, "place": 0.765},  # 44 gold, 38 found, place of 34
}
# Raised by claims4 to the scores after claims3's and claims4's fixes (rounded down): es 0.935 / 0.915 / 0.837 of 43
# placed (claims4: superseded counts, "cinco más en Bihar", a relative clause after a comma, a quotation opened after
# "más de"), en 0.974 / 0.841 / 0.800 of 35.
# c4fix: en place 0.800 -> 0.829 ("authorities in neighbouring Mozambique reported 20 deaths": an office's place when it
# reports the figure); es precision 0.935 -> 0.957, recall 0.915 -> 0.936, place 0.837 -> 0.841 ("4.605 heridos,
# 20.503 refugiados": a person noun naming a state in a list of tolls).
# cplace: es place 0.841 -> 0.886 ("Petrópolis, en el estado de Río de Janeiro, ... la localidad": the state is no
# city), en place 0.829 -> 0.886 ("In neighbouring Mozambique, at least 10 people died and 14 were wounded").
HELDOUT3_FLOORS = {
    "es": {"precision": 0.95, "recall": 0.93, "place": 0.88},
    "en": {"precision": 0.97, "recall": 0.84, "place": 0.88},
}
# The fourth held-out set's FIRST run (annotations committed before it, branch claims4, reader of main b7b6867; the
# honest estimate), kept as a record; its floors start at it (rounded down; ratchets).
HELDOUT4_FIRST_RUN = {
    "es": {"precision": 0.774, "recall": 0.683, "place": 0.882},  # 60 gold, 53 found, place of 34
    "en": {"precision": 0.830, "recall": 0.898, "place": 0.780},  # 49 gold, 53 found, place of 41
}
# Its SECOND run, after claims4's rules from the spent sets' misses (held-out4's misses were never printed or read):
# es 0.774 / 0.683 / 0.882 of 34, en 0.830 / 0.898 / 0.780 of 41, the same as the first; still blind.
# c4fix (kinds of held-out4's misses once spent: a qualifier set off by commas, a dateline's year before "The death
# toll", "N more" with nothing before it to be more than): es precision 0.774 -> 0.827, recall 0.683 -> 0.717, place
# 0.882 -> 0.889 (of 36); en precision 0.830 -> 0.917; the other sets unchanged.
# c4fix, second commit (items counting others of the toll before, "y otras 28 en ..."; names before a lower-case head,
# "Summer Hill area"; bodies "retrieved from" a place; an office's place when it reports the figure; a head with no
# link, "la región Renania del Norte Westfalia"): es precision 0.827 -> 0.836, recall 0.717 -> 0.767, place 0.889 ->
# 0.897 (of 39); en place 0.780 -> 0.854.
# c4fix, third commit (a partitive opening a breakdown, "de los fallecidos, 86 se han producido en ..."; a list of
# places followed by its container; Spanish and English names of German, Italian and Belgian regions): es precision
# 0.836 -> 0.847, recall 0.767 -> 0.833, place 0.897 -> 0.907 (of 43); en place 0.854 -> 0.878.
# c4fix, fourth commit (words of kinds: "con paradero desconocido", "se hallan sin refugio", "in camps", "moved to relief
# camps", "se estima que" before a verb, "había cifrado" superseded): es precision 0.847 -> 0.869, recall 0.833 ->
# 0.883, place 0.907 -> 0.913 (of 46); en precision 0.917 -> 0.918, recall 0.898 -> 0.918, place 0.878 -> 0.881.
# c4fix, fifth commit ("más de" opens a qualifier and counts no others, so "5.000 heridos" then "más de 5.000
# resultaron heridas" is one toll; a hyphen pair is a range before a counted phrase, else a score): es precision 0.869
# -> 0.883; en precision 0.918 -> 0.938.
# c4fix, sixth commit (people trapped are alive, no toll): es precision 0.883 -> 0.898; seventh (a sentence opening
# with another month than the article's, "In July, ... hundreds of deaths", is a past incident): en precision 0.938 ->
# 0.957.
# c4fix, a quotation whose attribution calls it earlier ('", dijo inicialmente el comunicado'), bodies "no
# identificados" (a part of the dead), "además de los fallecidos" lending no kind: es precision 0.898 -> 0.964.
# cplace (names the gazetteer lacked in lexicons/places.yaml: "Ahrweiler", "Cologne"): en place 0.881 -> 0.929.
HELDOUT4_FLOORS = {
    "es": {"precision": 0.96, "recall": 0.88, "place": 0.91},
    "en": {"precision": 0.95, "recall": 0.91, "place": 0.92},
}
# The fifth held-out set's FIRST run (the annotations were committed before the reader ever ran on them; the run is
# the session start's reader, 2026-12-01 ~08:05 UTC), kept as a record.
HELDOUT5_FIRST_RUN = {
    "es": {"precision": 0.738, "recall": 0.865, "place": 0.578},  # 52 gold, 61 found, place of 45
    "en": {"precision": 0.826, "recall": 0.745, "place": 0.806},  # 51 gold, 46 found, place of 36
}
# The first run's values rounded down; they ratchet.
# c5read (kinds of its misses once spent), first commit: an island by its head ("la isla de Lampedusa", "la isla
# Ábaco"), a word qualifying a head ("la región griega de Atica"), a press conference's place, a neighbour across a
# border, a dateline "PALU, Indonesia:": es place 0.617 -> 0.915 (of 47), en place 0.806 -> 0.889 (of 36).
# c5read, second commit (how badly between an auxiliary and its participle, "left 70,000 people homeless", a
# headline's "Forest fires kill 43", vehicles and shelters as things, another count's head before the figure): en
# precision 0.844 -> 0.894, recall 0.745 -> 0.824, place 0.889 -> 0.900 (of 40); dev es precision 0.983 -> 0.988.
# c5read, third commit (a count of people with no kind breaks a list off the toll before, a report in the pluperfect
# is an earlier count, bodies identified or handed over are no toll): es precision 0.758 -> 0.887 (53 found).
# c5read, fifth commit (the lead's "Brumadinho, en el estado de Minas Gerais" makes Brumadinho the main place; a toll
# keyed to a month and repeated on a day of it is one; "las personas desaparecidas" a missing toll noun): es precision
# 0.887 -> 0.959 (49 found).
HELDOUT5_FLOORS = {
    # second run (c4fix): 0.770 / 0.904 / 0.596; third (cplace): 0.758 / 0.904 / 0.617 (see the module docstring)
    # c5read, eighth commit (a body's name after a venue noun is no place): es place 0.915 -> 0.936 (of 47); tenth
    # ("81 fueron ingresadas a centros médicos"): 0.959 / 0.904 / 0.936 -> 0.960 / 0.923 / 0.938; twelfth ("y las
    # restantes 11 en la regencia de Donggala"): 0.961 / 0.942 / 0.939; c8read (session 21: a year in a comparison's
    # apposition, "los más mortíferos registrados en Europa desde 1900, ha ascendido a 91"): 0.962 / 0.962 / 0.940
    "es": {"precision": 0.96, "recall": 0.96, "place": 0.93},
    # c5read, fourth commit ("46 of those injured in the blast have died": killed): en 0.894 / 0.824 / 0.900 -> 0.915 /
    # 0.843 / 0.902; sixth (bodies counted as more than before: "two more bodies", "A further 83 bodies"): precision
    # 0.915 -> 0.956; seventh (a spokesperson's body, where the injured are treated, an acronym's plural are no toll's
    # place; "evacuating 24,000 people"): 0.956 / 0.843 / 0.902 -> 0.957 / 0.863 / 0.976; eleventh ("120 dead or
    # missing": a toll of neither): precision 0.957 -> 0.978; c7read (held-out7's kinds: "Three patients are being
    # treated in Galveston, Texas" found, placed by the article, not where they are treated): recall 0.863 -> 0.882,
    # place 0.976 -> 0.977 (of 43)
    "en": {"precision": 0.97, "recall": 0.88, "place": 0.97},  # second run (c4fix): 0.844 / 0.745 / 0.806
}
# The sixth held-out set's FIRST run (the annotations and their data test were committed, ac6621e, before the reader
# ever ran on them; the reader of main abe746a, 2026-12-01 ~18:10 UTC), kept as a record.
HELDOUT6_FIRST_RUN = {
    "es": {"precision": 0.846, "recall": 0.795, "place": 0.587},  # 83 gold, 78 found, place of 63 (+4 contained)
    "en": {"precision": 0.866, "recall": 0.887, "place": 0.576},  # 80 gold, 82 found, place of 66 (+15 contained)
}
# The first run's values rounded down; they ratchet.
# Second run (still blind, numbers only): main after merging c5read (rules from kinds of the spent held-out5's errors)
# and places17 (nested places, islands and regions), 2026-12-01 ~19:30 UTC: es 0.868 / 0.795 / 0.619 (76 found, place
# of 63), en 0.878 / 0.900 / 0.597 (82 found, place of 67): c5read's kinds carry to unseen text a little.
# Spent since session 19; branch c6read (kinds of its misses, rows c6r-*; in-sample from here on). A gold fix first
# ("hay seis detenidos" is a detained toll; es 83 -> 84 gold): with the session start's reader es 0.868 / 0.795 / 0.619
# -> 0.882 / 0.798 / 0.625, no reader gain. Then c6read's rules: es 0.882 / 0.798 / 0.625 -> 0.975 / 0.929 / 0.767 (80
# found, place of 73, +2 contained), en 0.878 / 0.900 / 0.597 -> 0.936 / 0.912 / 0.838 (78 found, place of 68, +9
# contained; 15 contained before).
HELDOUT6_FLOORS = {
    "es": {"precision": 0.97, "recall": 0.92, "place": 0.76},
    "en": {"precision": 0.93, "recall": 0.91, "place": 0.83},
}
# claims3 (rules from the third held-out set): es precision 0.924 -> 0.933, es place 0.809 -> 0.819.
# claims4: "An estimated 120 others, including children, were captured" (en recall 0.877 -> 0.889).
# c4fix: es recall 0.890 -> 0.899 ("a otros 2 millones" after "desplazados a alrededor de 8 millones"), place 0.819 ->
# 0.821 ("El ministerio de Salud de Gaza reporta 37.431 muertos": Gaza; "la guerra entre Israel y ...": no place),
# precision 0.933 -> 0.961 ("la menor de ellos una niña de 5 meses" is a member of the toll before; "dos muertes
# adicionales" an increment).
# c4fix (people trapped are alive: "evacuated some 70 people trapped in tunnels", and so are "two Germans" included in
# them; bare items of a list by cause, "72 from landslides and flash floods, six from floodwaters"; "The two Thai
# nationals were women" describes people counted): en precision 0.947 -> 0.987, recall 0.889 -> 0.926, place 0.823 ->
# 0.831 (of 65).
# cplace: es place 0.821 -> 0.863 ("Beryl deja al menos siete muertos en el Caribe"; "los municipios que conforman
# este estado").
# c5read (a count's head, a word naming who and a kind's word: "el número de palestinos muertos ... había ascendido a
# 143"): es recall 0.899 -> 0.908, place 0.863 -> 0.865.
# c6read (a landmark right before its clause's figure, a comma between, is the toll's place: "al norte de Venezuela, dos
# personas fallecieron y cinco están desaparecidas"): es place 0.865 -> 0.885.
BLIND_FLOORS = {
    "es": {"precision": 0.96, "recall": 0.90, "place": 0.88},
    "en": {"precision": 0.98, "recall": 0.92, "place": 0.83},
}


def _value(number: str, language: str) -> int | None:
    figures = list(find_figures(number, language))
    return figures[0].value if figures else None


def _matches(found: Claim, gold: dict, language: str) -> bool:
    if found.kind != gold["kind"]:
        return False
    if (found.low, found.high) == (gold["low"], gold["high"]):
        return True
    return found.qualifier == gold["qualifier"] and _value(found.number, language) == _value(
        str(gold["number"]), language
    )


def _keys(name: str) -> frozenset[str]:
    """What a place name denotes: the codes of the gazetteer places it names, else its folded text."""
    found = places.gazetteer().candidates(name)
    return frozenset(p.code for p in found) if found else frozenset({"named:" + places.fold(name)})


def _parents(name: str) -> frozenset[str]:
    return frozenset(places.fold(q) for p in places.gazetteer().candidates(name) for q in p.parents)


def _names(name: str) -> frozenset[str]:
    return frozenset({places.fold(name)} | {places.fold(p.name) for p in places.gazetteer().candidates(name)})


def _place_right(found: Claim, gold_place: str) -> bool:
    """The same place after normalisation (see the module docstring)."""
    if not found.place:
        return False
    if _keys(found.place) & _keys(gold_place):
        return True
    a, b = places.fold(found.place), places.fold(gold_place)
    named = not places.gazetteer().candidates(found.place) and not places.gazetteer().candidates(gold_place)
    return named and (a.startswith(b + " ") or b.startswith(a + " "))


def _place_contained(found: Claim, gold_place: str) -> bool:
    """Not the same place, but one contains the other (found "Acapulco" for gold "Guerrero", or the reverse)."""
    if not found.place or _place_right(found, gold_place):
        return False
    found_parents = frozenset(places.fold(p) for p in found.parent) | _parents(found.place)
    return bool(_names(gold_place) & found_parents or _names(found.place) & _parents(gold_place))


def _score(*paths: Path) -> dict[str, dict[str, float]]:
    """Precision, recall and place accuracy per language (and "all") on annotated files, as one set."""
    excerpts = [e for path in paths for e in json.loads(path.read_text(encoding="utf-8"))["excerpts"]]
    articles = [
        Article(e["id"], e["text"], source=e["source"], language=e["language"], title=e.get("title"),
                date=parse_date(e.get("date") or ""))
        for e in excerpts
    ]  # fmt: skip
    docs = build(articles).docs
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for excerpt, doc in zip(excerpts, docs):
        language = excerpt["language"]
        found = claims_in(doc)
        unmatched = list(found)
        for gold in excerpt["claims"]:
            match = next((c for c in unmatched if _matches(c, gold, language)), None)
            for key in (language, "all"):
                counts[key]["gold"] += 1
                if match is not None:
                    counts[key]["right"] += 1
                    if gold.get("place"):
                        counts[key]["placed"] += 1
                        counts[key]["place_right"] += _place_right(match, gold["place"])
                        counts[key]["place_contained"] += _place_contained(match, gold["place"])
            if match is not None:
                unmatched.remove(match)
        for key in (language, "all"):
            counts[key]["found"] += len(found)
    result = {}
    for key, c in counts.items():
        result[key] = {
            "precision": c["right"] / c["found"] if c["found"] else 1.0,
            "recall": c["right"] / c["gold"] if c["gold"] else 1.0,
            "place": c["place_right"] / c["placed"] if c["placed"] else 1.0,
            "placed": c["placed"],
            "place_contained": c["place_contained"],
            "gold": c["gold"],
            "found": c["found"],
        }
    return result


@pytest.fixture(scope="module")
def score() -> dict[str, dict[str, float]]:
    return _score(DEV, DEV_MORE)


@pytest.fixture(scope="module")
def heldout() -> dict[str, dict[str, float]]:
    return _score(HELDOUT)


@pytest.fixture(scope="module")
def blind() -> dict[str, dict[str, float]]:
    return _score(BLIND)


@pytest.fixture(scope="module")
def heldout3() -> dict[str, dict[str, float]]:
    return _score(HELDOUT3)


@pytest.fixture(scope="module")
def heldout4() -> dict[str, dict[str, float]]:
    return _score(HELDOUT4)


@pytest.fixture(scope="module")
def heldout5() -> dict[str, dict[str, float]]:
    return _score(HELDOUT5)


@pytest.fixture(scope="module")
def heldout6() -> dict[str, dict[str, float]]:
    return _score(HELDOUT6)


@pytest.mark.parametrize(
    ("found", "parent", "gold", "right", "contained"),
    [
        ("Marruecos", (), "Morocco", True, False),
        ("Derna", ("Libya",), "Derna", True, False),
        ("condado de Buncombe", (), "Buncombe County", True, False),
        ("Crocus City", (), "Crocus City Hall", True, False),
        ("Acapulco", ("Mexico",), "Guerrero", False, False),
        ("Acapulco", ("Guerrero", "Mexico"), "Guerrero", False, True),
        ("Estados Unidos", (), "Carolina del Norte", False, True),
        ("Estados Unidos", (), "sureste de Estados Unidos", False, False),
        ("Crocus", (), "Moscow", False, False),
    ],
)
def test_how_places_are_compared(found: str, parent: tuple, gold: str, right: bool, contained: bool) -> None:
    claim = SimpleNamespace(place=found, parent=parent)
    assert (_place_right(claim, gold), _place_contained(claim, gold)) == (right, contained)  # type: ignore[arg-type]


def _print_and_check(
    label: str, measured: dict, floors: dict, capsys: pytest.CaptureFixture[str], first_run: dict | None = None
) -> None:
    """Print a set's precision, recall and place per language (and its first, blind run), then hold the floors."""
    with capsys.disabled():
        print()
        for key in ("all", "es", "en"):
            s = measured[key]
            print(f"claims {label} set [{key}]: {s['gold']} gold, {s['found']} found, precision {s['precision']:.3f}, "
                  f"recall {s['recall']:.3f}, place {s['place']:.3f} of {s['placed']} "
                  f"(+{s['place_contained']} containing or contained, not counted)")  # fmt: skip
        for language, first in (first_run or {}).items():
            print(f"claims {label} set [{language}] first (blind) run: " + ", ".join(f"{k} {v:.3f}" for k, v in first.items()))
    for language, language_floors in floors.items():
        for measure, floor in language_floors.items():
            assert measured[language][measure] >= floor, f"{label} {language} {measure} fell below its floor {floor}"


def _check_heldout_set(
    path: Path, earlier: set[Path], *, excerpts: int, claims: tuple[int, int], events: int
) -> None:
    """The well-formedness of a held-out claims set, which never runs the reader (such a set is annotated blind):
    ``excerpts`` per language, ``claims`` (es, en) tolls, ``events`` events in no other claims file (``earlier``
    names those the set was made after, so that a later one is checked too), no address in another data file,
    unique ids, every phrase in its text, intervals ordered, known kinds."""
    data = json.loads(path.read_text(encoding="utf-8"))["excerpts"]
    claims_files = sorted(p for p in path.parent.glob("claims_*.json") if p != path)
    assert set(claims_files) >= earlier
    others = [e for p in claims_files for e in json.loads(p.read_text(encoding="utf-8"))["excerpts"]]
    assert [sum(e["language"] == lang for e in data) for lang in ("es", "en")] == [excerpts, excerpts]
    assert tuple(sum(len(e["claims"]) for e in data if e["language"] == lang) for lang in ("es", "en")) == claims
    assert len({e["event"] for e in data}) == events
    assert not {e["event"] for e in data} & {e["event"] for e in others}
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(path.parent.glob("*.json")) if p != path)
    assert not [e["url"] for e in data if e["url"] in text]
    assert len({e["id"] for e in data}) == len(data)
    assert all(e["url"].startswith("http") for e in data)
    assert all(e["language"] in ("es", "en") and e["text"] and e["date"] for e in data)
    assert all(c["phrase"] in e["text"] for e in data for c in e["claims"])
    assert all(c["low"] is None or c["high"] is None or c["low"] <= c["high"] for e in data for c in e["claims"])
    assert {c["kind"] for e in data for c in e["claims"]} <= {"killed", "injured", "missing", "displaced", "detained"}


def test_the_dev_set_is_real_and_varied() -> None:
    excerpts = [e for path in (DEV, DEV_MORE) for e in json.loads(path.read_text(encoding="utf-8"))["excerpts"]]
    assert len(excerpts) >= 70
    assert all(e["url"].startswith("http") for e in json.loads(DEV_MORE.read_text(encoding="utf-8"))["excerpts"])
    assert len({e["event"] for e in excerpts}) >= 7
    assert {e["language"] for e in excerpts} == {"es", "en"}


def test_precision_recall_and_place_on_the_dev_set(score: dict, capsys: pytest.CaptureFixture[str]) -> None:
    _print_and_check("dev", score, FLOORS, capsys)


def test_the_heldout_set_is_real_and_other_events() -> None:
    heldout = json.loads(HELDOUT.read_text(encoding="utf-8"))["excerpts"]
    dev_events = {e["event"] for path in (DEV, DEV_MORE) for e in json.loads(path.read_text(encoding="utf-8"))["excerpts"]}
    assert len(heldout) >= 20
    assert {e["language"] for e in heldout} == {"es", "en"}
    assert not {e["event"] for e in heldout} & dev_events
    assert all(e["url"].startswith("http") for e in heldout)


def test_precision_recall_and_place_on_the_heldout_set(heldout: dict, capsys: pytest.CaptureFixture[str]) -> None:
    _print_and_check("held-out", heldout, HELDOUT_FLOORS, capsys)


def test_the_blind_set_is_real_and_other_events() -> None:
    blind = json.loads(BLIND.read_text(encoding="utf-8"))["excerpts"]
    others = {e["event"] for path in (DEV, DEV_MORE, HELDOUT) for e in json.loads(path.read_text(encoding="utf-8"))["excerpts"]}
    assert sum(e["language"] == "es" for e in blind) >= 20 and sum(e["language"] == "en" for e in blind) >= 12
    assert len({e["event"] for e in blind}) >= 15
    assert not {e["event"] for e in blind} & others
    assert all(e["url"].startswith("http") for e in blind)


def test_precision_recall_and_place_on_the_blind_set(blind: dict, capsys: pytest.CaptureFixture[str]) -> None:
    _print_and_check("blind", blind, BLIND_FLOORS, capsys, BLIND_FIRST_RUN)


def test_the_third_heldout_set_is_real_and_other_events() -> None:
    excerpts = json.loads(HELDOUT3.read_text(encoding="utf-8"))["excerpts"]
    others = {e["event"] for path in (DEV, DEV_MORE, HELDOUT, BLIND) for e in json.loads(path.read_text(encoding="utf-8"))["excerpts"]}
    assert sum(e["language"] == "es" for e in excerpts) >= 10 and sum(e["language"] == "en" for e in excerpts) >= 5
    assert sum(len(e["claims"]) for e in excerpts) >= 60
    assert len({e["event"] for e in excerpts}) >= 8
    assert not {e["event"] for e in excerpts} & others
    assert all(e["url"].startswith("http") for e in excerpts)
    assert all(c["phrase"] in e["text"] for e in excerpts for c in e["claims"])


def test_precision_recall_and_place_on_the_third_heldout_set(heldout3: dict, capsys: pytest.CaptureFixture[str]) -> None:
    _print_and_check("held-out 3", heldout3, HELDOUT3_FLOORS, capsys, HELDOUT3_FIRST_RUN)


def test_the_fourth_heldout_set_is_real_and_other_events() -> None:
    excerpts = json.loads(HELDOUT4.read_text(encoding="utf-8"))["excerpts"]
    others = {
        e["event"]
        for path in (DEV, DEV_MORE, HELDOUT, BLIND, HELDOUT3)
        for e in json.loads(path.read_text(encoding="utf-8"))["excerpts"]
    }
    assert sum(e["language"] == "es" for e in excerpts) >= 12 and sum(e["language"] == "en" for e in excerpts) >= 12
    assert sum(len(e["claims"]) for e in excerpts) >= 90
    assert len({e["event"] for e in excerpts}) >= 10
    assert not {e["event"] for e in excerpts} & others
    assert all(e["url"].startswith("http") for e in excerpts)
    assert all(c["phrase"] in e["text"] for e in excerpts for c in e["claims"])


def test_precision_recall_and_place_on_the_fourth_heldout_set(heldout4: dict, capsys: pytest.CaptureFixture[str]) -> None:
    _print_and_check("held-out 4", heldout4, HELDOUT4_FLOORS, capsys, HELDOUT4_FIRST_RUN)


def test_the_fifth_heldout_set_is_real_and_other_events() -> None:
    """Checks the data only; it never runs the reader (the set was annotated blind)."""
    excerpts = json.loads(HELDOUT5.read_text(encoding="utf-8"))["excerpts"]
    earlier = [
        e for path in (DEV, DEV_MORE, HELDOUT, BLIND, HELDOUT3, HELDOUT4) for e in json.loads(path.read_text(encoding="utf-8"))["excerpts"]
    ]  # fmt: skip
    assert sum(e["language"] == "es" for e in excerpts) >= 14 and sum(e["language"] == "en" for e in excerpts) >= 14
    assert sum(len(e["claims"]) for e in excerpts) >= 100
    assert len({e["event"] for e in excerpts}) >= 10
    assert not {e["event"] for e in excerpts} & {e["event"] for e in earlier}
    assert not {e["url"] for e in excerpts} & {e["url"] for e in earlier}
    assert len({e["id"] for e in excerpts}) == len(excerpts)
    assert all(e["url"].startswith("http") for e in excerpts)
    assert all(c["phrase"] in e["text"] for e in excerpts for c in e["claims"])


def test_precision_recall_and_place_on_the_fifth_heldout_set(heldout5: dict, capsys: pytest.CaptureFixture[str]) -> None:
    _print_and_check("held-out 5", heldout5, HELDOUT5_FLOORS, capsys, HELDOUT5_FIRST_RUN)


def test_the_sixth_heldout_set_is_real_and_other_events() -> None:
    """Checks the data only; it never runs the reader (the set was annotated blind)."""
    excerpts = json.loads(HELDOUT6.read_text(encoding="utf-8"))["excerpts"]
    earlier = [
        e
        for path in (DEV, DEV_MORE, HELDOUT, BLIND, HELDOUT3, HELDOUT4, HELDOUT5)
        for e in json.loads(path.read_text(encoding="utf-8"))["excerpts"]
    ]
    assert sum(e["language"] == "es" for e in excerpts) >= 15 and sum(e["language"] == "en" for e in excerpts) >= 15
    assert sum(len(e["claims"]) for e in excerpts) >= 150
    assert len({e["event"] for e in excerpts}) >= 9
    assert not {e["event"] for e in excerpts} & {e["event"] for e in earlier}
    assert not {e["url"] for e in excerpts} & {e["url"] for e in earlier}
    assert len({e["id"] for e in excerpts}) == len(excerpts)
    assert all(e["url"].startswith("http") for e in excerpts)
    assert all(c["phrase"] in e["text"] for e in excerpts for c in e["claims"])
    assert all(c["low"] is None or c["high"] is None or c["low"] <= c["high"] for e in excerpts for c in e["claims"])


def test_precision_recall_and_place_on_the_sixth_heldout_set(heldout6: dict, capsys: pytest.CaptureFixture[str]) -> None:
    _print_and_check("held-out 6", heldout6, HELDOUT6_FLOORS, capsys, HELDOUT6_FIRST_RUN)
