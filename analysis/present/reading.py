"""Two articles laid out for reading side by side: who, when, headline and link above each text,
links that jump to each shared passage, the texts in one scroll box, aligned paragraph by paragraph.

Every piece of article metadata is untrusted and escaped here; the texts come already escaped from
``present.highlight``.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from urllib.parse import urlparse

from analysis.corpus.records import Article
from analysis.present.highlight import passage_colour
from analysis.present.names import date_text, headline, outlet

__all__ = ["reading_html"]

BOX = "border:1px solid #d9e2ec;border-radius:.5rem;padding:0 1rem .75rem 1rem;overflow:auto"
# Heads stay in view while the texts scroll under them.
HEAD = "position:sticky;top:0;z-index:1;background:var(--background-color, #fff);padding-top:.75rem"
GAP = "color:#9aa5b1;font-style:italic"
CELL = "line-height:1.6;padding:.35rem 0 .35rem .6rem;margin-bottom:.4rem;min-width:0;overflow-wrap:anywhere;"


def _link(url: str | None) -> str:
    """A link to the article's page when its address is http(s); nothing otherwise (no javascript: links)."""
    if not url or urlparse(url).scheme not in {"http", "https"}:
        return ""
    safe = html.escape(url, quote=True)
    return f'<div><a href="{safe}" target="_blank" rel="noopener noreferrer">{html.escape(url)}</a></div>'


def _head(article: Article, which: str) -> str:
    return (
        f"<div style='margin-bottom:.5rem'><div style='color:#52606d;font-size:.85rem'>{which} article</div>"
        f"<div style='font-size:1.15rem;font-weight:600'>{html.escape(headline(article, chars=160))}</div>"
        f"<div><b>{html.escape(outlet(article))}</b> · {html.escape(date_text(article.date))}"
        f" <span style='color:#9aa5b1' title='article id'>· {html.escape(article.id)}</span></div>"
        f"{_link(article.url)}</div>"
    )


def _gap_note(side: str, later: Sequence[tuple[str, str, tuple[int, ...]]]) -> str:
    """What an empty cell says, beside paragraphs of the other article that have no counterpart here: where
    this article's text goes on (beside the next passage that aligns them), or that it has ended. Without it, a
    column left blank at the top of the view reads as a text that failed to load.

    >>> _gap_note("second", [("x", "y", (1,))])
    "<span class='reading-gap' style='color:#9aa5b1;font-style:italic'>The second article goes on beside shared passage 2, below.</span>"
    >>> "ends above" in _gap_note("first", [])
    True
    """
    following = next((numbers[0] for left, right, numbers in later if numbers and (left if side == "first" else right)), None)
    say = (
        f"The {side} article goes on beside shared passage {following + 1}, below."
        if following is not None
        else f"The {side} article ends above."
    )
    return f"<span class='reading-gap' style='{GAP}'>{say}</span>"


def reading_html(
    first: Article, second: Article, rows: Sequence[tuple[str, str, tuple[int, ...]]], *, passages: int, height: int
) -> str:
    """The two articles' heads, passage links and highlighted paragraphs (``rows`` from
    ``highlight.reading_rows``, whose passage marks carry ``first-passage-n``/``second-passage-n`` ids).

    One scroll box holds both texts as rows of a two-column grid: scrolling moves them together, and the
    paragraphs a passage links sit on the same row (a tinted rule on their left), so the two stay aligned.

    >>> page = reading_html(Article("a", "x", "El <b>Diario</b>", url="javascript:alert(1)"), Article("b", "y"),
    ...                     [("x", "y", (0,))], passages=1, height=400)
    >>> "El &lt;b&gt;Diario&lt;/b&gt;" in page, "javascript:" in page, "href='#second-passage-1'" in page
    (True, False, True)
    """
    jumps = ""
    if passages:
        links = " ".join(
            f"<span style='margin-right:1rem'>Passage {n}: <a href='#first-passage-{n}'>in the first</a> · "
            f"<a href='#second-passage-{n}'>in the second</a></span>"
            for n in range(1, passages + 1)
        )
        jumps = f"<div style='margin:.5rem 0 .75rem 0;line-height:1.8'><b>Jump to a shared passage:</b> {links}</div>"
    heads = "".join(
        f"<div class='reading-head' style='{HEAD}'>{_head(article, which)}</div>"
        for article, which in ((first, "First"), (second, "Second"))
    )
    cells = []
    for at, (left, right, numbers) in enumerate(rows):
        rule = f"border-left:4px solid {passage_colour(numbers[0])};" if numbers else "border-left:4px solid transparent;"
        for side, body, other in (("first", left, right), ("second", right, left)):
            if not body and other:
                body = _gap_note(side, rows[at + 1 :])
            cells.append(f"<div class='reading-{side}' style='{CELL}{rule}'>{body}</div>")
    return (
        f"{jumps}<div class='reading' style='{BOX};max-height:{int(height)}px'>"
        f"<div style='display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);column-gap:1.5rem'>"
        f"{heads}{''.join(cells)}</div></div>"
    )
