"""The definite article before a title (analysis/sources/titles.py RE_DEFINITE_BEFORE), one pattern for the two
readers that had a copy each: titles._anaphoric_of_sole_speaker (on folded text) and
title_mentions._title_read_as_name (on the text as written). The copies differed on one place of every quote set's
text (blind set left out): "el  menor", two spaces after the article, which only the second read as an article.
"""

from __future__ import annotations

import pytest

from analysis.sources.titles import RE_DEFINITE_BEFORE

# (text up to the title word, whether a definite article ends it), searched from 4 characters before the word as
# both readers search it.
ROWS = [
    ("y vio que el  ", True),  # quotes_heldout8.json courts-es-radiosalta-imputada-muerte-hijo: "vio que el  menor"
    ("«Es importante», concluyó el ", True),  # title_mentions' doctest: "concluyó el Delegado"
    ("Luego.\n\nLa ", True),  # "La economista comentó que sí"
    ("la ", True),  # the text's start
    # negatives: another determiner, an article's letters ending a longer word, no space before the title
    ("Luego. Una ", False),
    ("según declaró del ", False),
    ("la bola ", False),
    ("dijo la", False),
]


@pytest.mark.parametrize(("text", "definite"), ROWS, ids=[r[0][-12:] for r in ROWS])
def test_a_definite_article_before_a_title(text: str, definite: bool) -> None:
    assert bool(RE_DEFINITE_BEFORE.search(text, max(0, len(text) - 4), len(text))) == definite
