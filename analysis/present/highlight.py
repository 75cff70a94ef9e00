"""HTML of an article with shared passages and terms highlighted, for side-by-side reading.

The article text is untrusted: every piece of it is HTML-escaped before any
markup is added, so a ``<script>`` in an article is shown as text.
"""

from __future__ import annotations

import html
from collections.abc import Collection, Sequence

from analysis.present.style import PALETTE
from analysis.similarity.passages import Reuse
from analysis.text import Doc

__all__ = ["passage_colour", "highlight_html", "side_by_side", "term_spans"]

# Passage backgrounds: the chart palette, translucent so text stays readable on light and dark themes.
ALPHA = 0.35
TERM_STYLE = "font-weight:600;text-decoration:underline dotted;text-underline-offset:3px"


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
) -> str:
    """``text`` as escaped HTML, with passage spans ``(start, end, number)`` and term spans marked.

    Passages become ``<mark>`` with the colour of their number and a title
    naming it; terms become ``<span class="term">``; line breaks become ``<br>``.
    Overlapping passages keep the first given. With ``anchor``, the first mark of passage ``n`` gets
    ``id="{anchor}-passage-{n + 1}"``, so a link can jump to it.

    >>> highlight_html("a <b> c", passages=[(0, 1, 0)], terms=[(6, 7)])
    '<mark style="background:rgba(0,114,178,0.35);color:inherit;padding:0;margin:0" title="shared passage 1">a</mark> &lt;b&gt; <span class="term" style="font-weight:600;text-decoration:underline dotted;text-underline-offset:3px">c</span>'
    """
    cuts = {0, len(text)}
    for start, end, _ in passages:
        cuts.update((start, end))
    for start, end in terms:
        cuts.update((start, end))
    bounds = sorted(c for c in cuts if 0 <= c <= len(text))
    pieces: list[str] = []
    current: int | None = None  # the passage whose <mark> is open
    anchored: set[int] = set()
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
