"""Reading rows: the paragraphs a shared passage links sit on one row; moved, inserted and missing paragraphs."""

from __future__ import annotations

from analysis.corpus.records import Article
from analysis.present.align import aligned_rows, paragraphs
from analysis.similarity.compare import analyse, closest_to
from analysis.similarity.passages import build_index, shared_passages
from analysis.text import TextCorpus, build
from tests.test_passages import OTHER, SHARED


def rows_of(a: str, b: str) -> list[tuple[str | None, str | None, tuple[int, ...]]]:
    index = build_index(build([Article("a", a, language="es"), Article("b", b, language="es")]))
    reuse = shared_passages(index, 0, 1)
    return [(r.a and a[r.a[0] : r.a[1]], r.b and b[r.b[0] : r.b[1]], r.passages) for r in aligned_rows(a, b, reuse)]


def test_copied_paragraphs_share_rows_and_own_paragraphs_fill_the_gaps():
    a = "\n\n".join([OTHER[0], SHARED[0], SHARED[1], OTHER[1]])
    b = "\n".join([SHARED[0], OTHER[2], SHARED[1]])
    assert rows_of(a, b) == [
        (OTHER[0], None, ()),
        (SHARED[0], SHARED[0], (0,)),
        (None, OTHER[2], ()),
        (SHARED[1], SHARED[1], (1,)),
        (OTHER[1], None, ()),
    ]


def test_a_moved_paragraph_keeps_the_rest_aligned():
    a = "\n".join(SHARED[:4])
    b = "\n".join([SHARED[3], SHARED[0], SHARED[1], SHARED[2]])  # the last paragraph moved to the top
    rows = rows_of(a, b)
    assert [(x, y) for x, y, numbers in rows if numbers] == [(s, s) for s in SHARED[:3]]
    assert rows[-1] == (SHARED[3], None, ())  # the moved one stays where each article has it
    assert rows[0] == (None, SHARED[3], ())
    shown_a = [x for x, _, _ in rows if x]
    assert shown_a == SHARED[:4]  # every paragraph shown once, in its own order


def test_no_passage_is_one_row_of_each_text():
    assert rows_of(OTHER[0], "\n".join(OTHER[1:])) == [(OTHER[0], "\n".join(OTHER[1:]), ())]
    assert paragraphs("") == [] and rows_of("", OTHER[1]) == [(None, OTHER[1], ())]


def test_closest_article_of_a_seed(seeds_text: TextCorpus):
    comparison = analyse(seeds_text)
    assert closest_to(comparison, 0) == 1 and closest_to(comparison, 1) == 0
