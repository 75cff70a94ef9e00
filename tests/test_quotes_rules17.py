"""Rules for KINDS of quote misses of held-out12, spent in session 17 (issue #23, branch read12).

Held-out12 was blind for three runs (tests/test_quotes_heldout12.py: es 0.866 / 0.738, en 0.924 / 0.787 at the
session's start); the lead spent it in session 17. Its direct misses were read and classed into kinds; a rule was
written only for a kind that is general (it reads a grammar of news writing, not one sentence), each checked on every
spent set's misses and against the still-blind held-out13's counts (no set may lose right speakers or precision).

Each rule: rows of sentences made up for the kind (they name no real event), at least one negative row (where the rule
must not apply), and the real sentence of held-out12 where the kind was missed, read from its excerpt by quotation.

Kinds:
- an English subject written after its verb as a capitalised word of affiliation or nationality, a lower-case title
  and a name: "said Australian coach Lisa Alexander", "said Labour leader Keir Starmer", "said Kremlin spokesman
  Dmitry Peskov". The first capitalised word, followed by a lower-case one, was read as the reported clause's subject
  ("said Manafort had lived"), and the quotation went to nobody (subject_after._affiliated_title_then_name).
"""

from __future__ import annotations

import pytest

from tests.quotes_eval import direct_pairs as _direct
from tests.quotes_eval import real_direct_speakers as _real

# (text, [(speaker, words)] of every direct quotation in text order), all English
RULES17EN = [
    # Kind: an affiliation or nationality, a lower-case title and a name after the verb.
    pytest.param(
        '"We will appeal the ruling," said Labour leader Ana Gil.',
        [("Ana Gil", "We will appeal the ruling")],
        id="affiliation-title-name-after-the-verb",
    ),
    pytest.param(
        '"It was a hard game," said Canadian coach Tom Ray after the 3-1 loss.',
        [("Tom Ray", "It was a hard game")],
        id="nationality-title-name-after-the-verb",
    ),
    pytest.param(  # negative: the name after the lower-case words is no title's: the reported clause's subject
        'Mayor Ana Gil spoke first. "The bridge is safe," said Tom Ray would visit Ana Lopez.',
        [("Ana Gil", "The bridge is safe")],
        id="name-then-verb-negative",
    ),
    pytest.param(  # negative: a group after the nationality: no person named
        'Mayor Ana Gil spoke first. "The bridge is safe," said Canadian officials.',
        [("Ana Gil", "The bridge is safe")],
        id="nationality-and-a-group-negative",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RULES17EN)
def test_rules_for_kinds_of_english_misses(text, expected):
    assert _direct(text, "en") == expected


# Real sentences of held-out12 where the kinds were missed: (set, excerpt, a quotation's first words, speaker).
REAL17 = [
    pytest.param(
        "heldout12", "sport-en-smh-alexander-constellation-cup", "We did win", "Lisa Alexander",
        id="affiliation-title-name-heldout12",
    ),
]


@pytest.mark.parametrize(("set_name", "article", "words", "speaker"), REAL17)
def test_real_sentences_of_the_kinds(set_name, article, words, speaker):
    assert [s for text, s in _real(set_name, article).items() if text.startswith(words)] == [speaker]
