"""Two articles laid out for reading side by side: who, when, headline and link above each text,
links that jump to each shared passage, the texts in two scroll boxes.

Every piece of article metadata is untrusted and escaped here; the texts come already escaped from
``present.highlight``.
"""

from __future__ import annotations

import html
from urllib.parse import urlparse

from analysis.corpus.records import Article
from analysis.present.names import date_text, headline, outlet

__all__ = ["reading_html"]

BOX = "flex:1;min-width:0;border:1px solid #d9e2ec;border-radius:.5rem;padding:.75rem 1rem;overflow:auto"


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


def reading_html(first: Article, second: Article, body_a: str, body_b: str, *, passages: int, height: int) -> str:
    """The two articles' heads, passage links and highlighted texts (``body_a``/``body_b`` from
    ``highlight.side_by_side``, whose passage marks carry ``first-passage-n``/``second-passage-n`` ids).

    >>> page = reading_html(Article("a", "x", "El <b>Diario</b>", url="javascript:alert(1)"), Article("b", "y"),
    ...                     "x", "y", passages=1, height=400)
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
    boxes = "".join(
        f"<div style='{BOX};max-height:{int(height)}px'>{_head(article, which)}"
        f"<div style='line-height:1.6'>{body}</div></div>"
        for article, which, body in ((first, "First", body_a), (second, "Second", body_b))
    )
    return f"{jumps}<div style='display:flex;gap:1rem;align-items:flex-start'>{boxes}</div>"
