"""Two articles' paragraphs laid out in rows, so that the paragraphs sharing a passage sit side by side.

Reading two versions of a story means looking across: the row holding the
copied paragraph on the left holds its copy on the right, whatever the
articles wrote around it. The rows come from the shared passages:

1. Each passage links the paragraph(s) holding it on each side (``anchors``).
2. The longest chain of anchors in the same order on both sides is kept (a
   longest non-decreasing subsequence, so a moved paragraph does not drag the
   rest out of line); anchors sharing a paragraph on either side make one row.
3. The paragraphs between two kept rows fill one unaligned row, each side's
   own paragraphs in its column.

A passage that was moved stays highlighted where it is; only the rows follow
the chain. Everything is character spans: the caller escapes and highlights.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from analysis.similarity.passages import Reuse

__all__ = ["Row", "aligned_rows", "paragraphs"]


@dataclass(frozen=True)
class Row:
    """One row of the reading view: the character span of the paragraphs shown on each side (None: nothing),
    and the numbers (from 0) of the passages that put them side by side (empty for an unaligned row)."""

    a: tuple[int, int] | None
    b: tuple[int, int] | None
    passages: tuple[int, ...] = ()


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of the non-blank lines of ``text`` (a paragraph is a line), stripped of space.

    >>> t = "Uno dos.\\n\\n  Tres.\\nCuatro"
    >>> [t[a:b] for a, b in paragraphs(t)]
    ['Uno dos.', 'Tres.', 'Cuatro']
    """
    spans, start = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            begin = start + line.index(stripped[0])
            spans.append((begin, begin + len(stripped)))
        start += len(line) + 1
    return spans


def _paragraph_of(starts: list[int], position: int) -> int:
    return max(bisect_right(starts, position) - 1, 0)


def _chain(anchors: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of ``anchors`` (sorted) whose second items never decrease (O(n²), n = passages)."""
    best = [1] * len(anchors)
    back = [-1] * len(anchors)
    for i, (_, b) in enumerate(anchors):
        for j in range(i):
            if anchors[j][1] <= b and best[j] + 1 > best[i]:
                best[i], back[i] = best[j] + 1, j
    if not anchors:
        return []
    i = max(range(len(anchors)), key=best.__getitem__)
    chain = []
    while i >= 0:
        chain.append(anchors[i])
        i = back[i]
    return chain[::-1]


def aligned_rows(text_a: str, text_b: str, reuse: Reuse) -> list[Row]:
    """Rows of the two texts' paragraphs, the paragraphs of each kept passage side by side (module docstring).

    Example: a = P1, P2(copied), P3; b = Q1, Q2, Q3(copy of P2): rows (P1 | Q1 Q2), (P2 | Q3), (P3 | nothing).

    >>> from analysis.similarity.passages import Passage
    >>> a, b = "P1\\nP2 copied\\nP3", "Q1\\nQ2\\nP2 copied"
    >>> reuse = Reuse("a", "b", (Passage(((3, 12),), ((6, 15),), "P2 copied", "P2 copied", 1.0),), 0.5, 0.5)
    >>> [(r.a and a[r.a[0]:r.a[1]], r.b and b[r.b[0]:r.b[1]], r.passages) for r in aligned_rows(a, b, reuse)]
    [('P1', 'Q1\\nQ2', ()), ('P2 copied', 'P2 copied', (0,)), ('P3', None, ())]
    """
    paras_a, paras_b = paragraphs(text_a), paragraphs(text_b)
    starts_a, starts_b = [s for s, _ in paras_a], [s for s, _ in paras_b]
    linked: dict[tuple[int, int], list[int]] = {}
    for number, passage in enumerate(reuse.passages):
        if passage.a_spans and passage.b_spans:
            where = (_paragraph_of(starts_a, passage.a_spans[0][0]), _paragraph_of(starts_b, passage.b_spans[0][0]))
            linked.setdefault(where, []).append(number)
    blocks: list[list[int]] = []  # [a first, a last, b first, b last, *passages]
    for ia, ib in _chain(sorted(linked)):
        if blocks and (blocks[-1][1] == ia or blocks[-1][3] == ib):
            block = blocks[-1]
            block[1], block[3] = max(block[1], ia), max(block[3], ib)
            block.extend(linked[(ia, ib)])
        else:
            blocks.append([ia, ia, ib, ib, *linked[(ia, ib)]])

    def span(paras: list[tuple[int, int]], first: int, last: int) -> tuple[int, int] | None:
        return (paras[first][0], paras[last][1]) if first <= last else None

    rows: list[Row] = []
    next_a = next_b = 0
    for a_first, a_last, b_first, b_last, *numbers in blocks:
        gap = Row(span(paras_a, next_a, a_first - 1), span(paras_b, next_b, b_first - 1))
        if gap.a or gap.b:
            rows.append(gap)
        rows.append(Row(span(paras_a, a_first, a_last), span(paras_b, b_first, b_last), tuple(sorted(numbers))))
        next_a, next_b = a_last + 1, b_last + 1
    tail = Row(span(paras_a, next_a, len(paras_a) - 1), span(paras_b, next_b, len(paras_b) - 1))
    if tail.a or tail.b:
        rows.append(tail)
    return rows
