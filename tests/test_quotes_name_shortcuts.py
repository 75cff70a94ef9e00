"""The shortcuts of names, subjects and indirect speech give what the plain computation gives, on real text.

Every excerpt of the hand-annotated quote sets (tests/data/quotes_*.json) and the seeds, cut before each of
their words: the adverbs before a verb are searched only where the text's last word may end one, and a title
before a name is read from the last break character found back from the end; both equal the plain regex.
(Timings are measured with ``python -m analysis.bench``, never here.)
"""

from __future__ import annotations

import re

from analysis.sources import name_descriptions, subjects
from analysis.sources.lexicon import lexicon
from tests.quotes_eval import quote_texts

TEXTS = quote_texts()
RE_WORD = re.compile(r"\S+")


def _heads() -> list[tuple[str, str]]:
    """Each text cut before each of its words (the white space after the word before kept), its last 200
    characters: the adverbs end a text, a title is read from its last 120 characters."""
    return [(text[max(0, m.start() - 200) : m.start()], language) for text, language in TEXTS for m in RE_WORD.finditer(text)]  # fmt: skip


HEADS = _heads()[::3]  # a third of the cuts: every text, tens of thousands of cuts


def test_the_adverb_filter_never_hides_a_match_of_the_adverbs():
    matched = 0
    for head, language in HEADS:
        lex = lexicon(language)
        for pre in (head, head.rstrip(), head.rstrip() + ",", head + "\n"):
            found = lex.adverbs.search(pre) is not None
            matched += found
            assert not found or subjects._may_end_with_adverb(pre, lex), pre[-60:]
    assert matched > 500  # the comparison saw texts ending with adverbs ("ha", "también", "este lunes")
    assert len(HEADS) > 20_000


def test_the_adverb_filter_rejects_most_texts():
    rejected = sum(not subjects._may_end_with_adverb(head, lexicon(language)) for head, language in HEADS)
    assert rejected > len(HEADS) // 2


def test_the_last_break_is_where_the_descriptions_split_ends():
    for head, _ in HEADS:
        window = head[-120:]
        assert window[name_descriptions._last_break(window) :] == name_descriptions.RE_DESCRIPTION_BREAK.split(window)[-1]
