"""HTML of an article with shared passages and terms highlighted, for side-by-side reading.

The article text is untrusted: every piece of it is HTML-escaped before any
markup is added, so a ``<script>`` in an article is shown as text.
"""

from __future__ import annotations

import html
from collections.abc import Collection, Sequence

from analysis.present.align import aligned_rows
from analysis.present.style import PALETTE
from analysis.similarity.passages import Reuse
from analysis.text import Doc

__all__ = ["passage_colour", "highlight_html", "reading_rows", "sentence_around", "side_by_side", "term_spans"]

# Passage backgrounds: the chart palette, translucent so text stays readable on light and dark themes.
ALPHA = 0.35
TERM_STYLE = "font-weight:600;text-decoration:underline dotted;text-underline-offset:3px"
# The sentence a table row opened: a red arrow before it and a red rule under it (over any passage colour),
# so the eye finds it in the text.
FOCUS_STYLE = "border-bottom:3px solid #d64545"
FOCUS_MARK = '<span id="focus-sentence" style="color:#d64545;font-weight:700" title="the sentence you opened">▶ </span>'



def passage_colour(number: int) -> str:
    """Background colour of passage ``number`` (the same on both sides of a pair)."""
    hex_colour = PALETTE[number % len(PALETTE)].lstrip("#")
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))
    return f"rgba({red},{green},{blue},{ALPHA})"


def term_spans(doc: Doc, features: Collection[str]) -> list[tuple[int, int]]:
    """Character spans of the content words of ``doc`` whose stem is one of ``features`` (or part of a bigram one)."""
    stems = {part for feature in features for part in feature.split(" ")}
    return [span for span, s, keep in zip(doc.spans, doc.stems, doc.content) if keep and s in stems]


def highlight_html(
    text: str,
    *,
    passages: Sequence[tuple[int, int, int]] = (),
    terms: Sequence[tuple[int, int]] = (),
    anchor: str = "",
    within: tuple[int, int] | None = None,
    focus: tuple[int, int] | None = None,
) -> str:
    """``text`` as escaped HTML, with passage spans ``(start, end, number)`` and term spans marked.

    Passages become ``<mark>`` with the colour of their number and a title
    naming it; terms become ``<span class="term">``; line breaks become ``<br>``.
    Overlapping passages keep the first given. With ``anchor``, the first mark of passage ``n`` gets
    ``id="{anchor}-passage-{n + 1}"``, so a link can jump to it. With ``within``, only that stretch of
    ``text`` is rendered (a paragraph of the reading view), a passage's id only where its first mark is.
    ``focus`` (a sentence opened from a table row) is underlined in red after a red arrow ``id="focus-sentence"``.

    >>> highlight_html("a <b> c", passages=[(0, 1, 0)], terms=[(6, 7)])
    '<mark style="background:rgba(0,114,178,0.35);color:inherit;padding:0;margin:0" title="shared passage 1">a</mark> &lt;b&gt; <span class="term" style="font-weight:600;text-decoration:underline dotted;text-underline-offset:3px">c</span>'
    """
    low, high = within or (0, len(text))
    cuts = {low, high}
    for start, end, _ in passages:
        cuts.update((start, end))
    for start, end in terms:
        cuts.update((start, end))
    if focus:
        cuts.update(focus)
    bounds = sorted(c for c in cuts if low <= c <= high)
    pieces: list[str] = []
    current: int | None = None  # the passage whose <mark> is open
    firsts: dict[int, int] = {}
    for start, _, passage in passages:
        firsts[passage] = min(start, firsts.get(passage, start))
    anchored = {number for number, start in firsts.items() if not low <= start < high}  # its id is elsewhere
    focused = False
    for start, end in zip(bounds, bounds[1:]):
        number = next((n for s, e, n in passages if s <= start and end <= e), None)
        if number != current:
            if current is not None:
                pieces.append("</mark>")
            if number is not None:
                target = f' id="{html.escape(anchor)}-passage-{number + 1}"' if anchor and number not in anchored else ""
                anchored.add(number)
                pieces.append(
                    f'<mark{target} style="background:{passage_colour(number)};color:inherit;padding:0;margin:0" '
                    f'title="shared passage {number + 1}">'
                )
            current = number
        piece = html.escape(text[start:end]).replace("\n", "<br>")
        if any(s <= start and end <= e for s, e in terms):
            piece = f'<span class="term" style="{TERM_STYLE}">{piece}</span>'
        if focus and focus[0] <= start and end <= focus[1]:
            piece = ("" if focused else FOCUS_MARK) + f'<span class="focus" style="{FOCUS_STYLE}">{piece}</span>'
            focused = True
        pieces.append(piece)
    if current is not None:
        pieces.append("</mark>")
    return "".join(pieces)


def side_by_side(doc_a: Doc, doc_b: Doc, reuse: Reuse, *, features: Collection[str] = ()) -> tuple[str, str]:
    """The two articles' HTML: passage ``n`` of ``reuse`` in colour ``n`` on both sides, ``features`` marked."""
    if (reuse.a, reuse.b) != (doc_a.id, doc_b.id):
        raise ValueError(f"the shared passages are of {reuse.a} and {reuse.b}, not {doc_a.id} and {doc_b.id}")
    marks_a = [(s, e, n) for n, p in enumerate(reuse.passages) for s, e in p.a_spans]
    marks_b = [(s, e, n) for n, p in enumerate(reuse.passages) for s, e in p.b_spans]
    return (
        highlight_html(doc_a.article.text, passages=marks_a, terms=term_spans(doc_a, features), anchor="first"),
        highlight_html(doc_b.article.text, passages=marks_b, terms=term_spans(doc_b, features), anchor="second"),
    )


def sentence_around(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence(s) of ``doc`` holding characters ``start``–``end`` (a word opens its sentence)."""
    inside = [(s, e) for s, e in doc.sentences if s < max(end, start + 1) and e > start]
    return (min(start, inside[0][0]), max(end, inside[-1][1])) if inside else (start, end)


def reading_rows(
    doc_a: Doc,
    doc_b: Doc,
    reuse: Reuse,
    *,
    features: Collection[str] = (),
    focus: tuple[str, int, int] | None = None,
) -> list[tuple[str, str, tuple[int, ...]]]:
    """The two articles as rows of highlighted paragraphs (``align.aligned_rows``): (first's HTML, second's
    HTML, passages aligning them). ``focus`` = (article id, start, end) marks the sentence holding that stretch."""
    if (reuse.a, reuse.b) != (doc_a.id, doc_b.id):
        raise ValueError(f"the shared passages are of {reuse.a} and {reuse.b}, not {doc_a.id} and {doc_b.id}")
    sides = []
    for doc, spans, anchor in (
        (doc_a, [(s, e, n) for n, p in enumerate(reuse.passages) for s, e in p.a_spans], "first"),
        (doc_b, [(s, e, n) for n, p in enumerate(reuse.passages) for s, e in p.b_spans], "second"),
    ):
        marked = sentence_around(doc, focus[1], focus[2]) if focus and focus[0] == doc.id else None
        sides.append((doc.article.text, spans, term_spans(doc, features), anchor, marked))

    def cell(side: int, within: tuple[int, int] | None) -> str:
        if within is None:
            return ""
        text, spans, terms, anchor, marked = sides[side]
        return highlight_html(text, passages=spans, terms=terms, anchor=anchor, within=within, focus=marked)

    return [(cell(0, r.a), cell(1, r.b), r.passages) for r in aligned_rows(doc_a.article.text, doc_b.article.text, reuse)]
