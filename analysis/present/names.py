"""How every page, chart and the report name an article: "outlet · date · title", never its id; and how a picker
names a story: "S3 · label (12 articles)", the largest first.

A reader recognises an article by who published it, when, and its headline;
ids (``000_bbe06687ad217e2c``) stay in hovers and exports, where they identify
the file. An article whose source label is empty or its own id is shown as
"Outlet unknown"; a missing date as "no date"; a missing title as the text's
first words. Names are made unique (``#2``, ``#3`` after repeats) so a picker or
a chart axis never merges two articles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

import pandas as pd

from analysis.corpus.records import Article

if TYPE_CHECKING:  # a story record, made by the similarity analysis
    from analysis.similarity.stories import Story

__all__ = [
    "NO_DATE",
    "OUTLET_UNKNOWN",
    "article_name",
    "article_names",
    "date_text",
    "headline",
    "name_column",
    "outlet",
    "published_first",
    "shorten",
    "stories_by_size",
    "story_names",
]

NO_DATE = "no date"
OUTLET_UNKNOWN = "Outlet unknown"
OUTLET_CHARS = 40  # longest outlet label shown; a pasted headline as a label cannot squeeze a chart
HEADLINE_WORDS = 8  # first words shown when an article has no title
HEADLINE_CHARS = 60


def shorten(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` characters, cut at a word boundary and ended with "…" when cut.

    Chart labels are cut so, never mid-word ("secu", "russi" read as typos); a single word longer than
    ``limit`` is cut where it must be.

    >>> shorten("hernández, liberación, eln, secuestro", 32), shorten("Reuters", 32)
    ('hernández, liberación, eln…', 'Reuters')
    >>> shorten("Reporte Confidencial (con información de Efecto Cocuyo)", 28)
    'Reporte Confidencial (con…'
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    cut = head.rsplit(" ", 1)[0] if " " in head and text[limit - 1] != " " else head
    return cut.rstrip(" ,;:·-(") + "…"


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def outlet(article: Article) -> str:
    """The article's outlet label, or "Outlet unknown" when it has none (empty or its own id).

    >>> outlet(Article("a1", "t", "El Diario")), outlet(Article("a2", "t", "a2")), outlet(Article("a3", "t"))
    ('El Diario', 'Outlet unknown', 'Outlet unknown')
    """
    source = " ".join(article.source.split())
    return _cut(source, OUTLET_CHARS) if source and source != article.id else OUTLET_UNKNOWN


def date_text(date: object) -> str:
    """A date as YYYY-MM-DD, or "no date" for None, NaT, NaN or an empty string.

    >>> date_text(dt.date(2026, 1, 20)), date_text(None), date_text(float("nan")), date_text("")
    ('2026-01-20', 'no date', 'no date', 'no date')
    """
    if date is None or (isinstance(date, str) and not date.strip()):
        return NO_DATE
    if isinstance(date, (dt.date, pd.Timestamp)):
        return date.strftime("%Y-%m-%d") if not pd.isna(date) else NO_DATE
    try:
        return NO_DATE if pd.isna(date) else str(date)[:10]
    except (TypeError, ValueError):
        return str(date)[:10]


def headline(article: Article, *, chars: int = HEADLINE_CHARS) -> str:
    """The title, or the first ``HEADLINE_WORDS`` words of the text followed by "…"; cut at ``chars``.

    >>> headline(Article("a", "El vocero del Kremlin, Dmitri Peskov, informó este lunes que Rusia mantiene"))
    'El vocero del Kremlin, Dmitri Peskov, informó este…'
    >>> headline(Article("a", "Texto.", title="Rusia y Venezuela"))
    'Rusia y Venezuela'
    """
    if article.title and article.title.strip():
        return _cut(article.title, chars)
    words = article.text.split()
    first = " ".join(words[:HEADLINE_WORDS]) + ("…" if len(words) > HEADLINE_WORDS else "")
    return _cut(first, chars) if first else "(empty article)"


def article_name(article: Article, *, chars: int = HEADLINE_CHARS) -> str:
    """ "outlet · date · headline".

    >>> article_name(Article("a1", "Rusia mantiene contactos con Caracas.", "El Diario", dt.date(2026, 1, 20)))
    'El Diario · 2026-01-20 · Rusia mantiene contactos con Caracas.'
    """
    return f"{outlet(article)} · {date_text(article.date)} · {headline(article, chars=chars)}"


def article_names(articles: Iterable[Article], *, chars: int = HEADLINE_CHARS, short: bool = False) -> dict[str, str]:
    """Article id -> :func:`article_name` (``short``: "outlet · date", for chart axes), unique: a repeated name
    gets " #2", " #3" in load order.

    >>> names = article_names([Article("a1", "Same words.", "X"), Article("a2", "Same words.", "X")])
    >>> list(names.values())
    ['X · no date · Same words.', 'X · no date · Same words. #2']
    >>> list(article_names([Article("a1", "One.", "X"), Article("a2", "Two.", "X")], short=True).values())
    ['X · no date', 'X · no date #2']
    """
    names: dict[str, str] = {}
    seen: dict[str, int] = {}
    for a in articles:
        name = f"{outlet(a)} · {date_text(a.date)}" if short else article_name(a, chars=chars)
        seen[name] = seen.get(name, 0) + 1
        names[a.id] = name if seen[name] == 1 else f"{name} #{seen[name]}"
    return names


def name_column(ids: Sequence[object] | pd.Series, names: Mapping[str, str]) -> list[str]:
    """Names for a column of article ids (an id not in ``names`` is kept as it is).

    >>> name_column(["a1", "zz"], {"a1": "X · no date · Words"})
    ['X · no date · Words', 'zz']
    """
    return [names.get(str(i), str(i)) for i in ids]


def published_first(first: Article, second: Article) -> str:
    """Which of two articles was published first, in words: the likely source when one repeats the other.

    >>> a, b = Article("a", "t", "X", dt.date(2026, 1, 20)), Article("b", "t", "Y", dt.date(2026, 1, 22))
    >>> published_first(b, a)
    'The second article (X) was published first, 2 days earlier: if one repeats the other, it is the likely source.'
    >>> published_first(a, Article("c", "t", "Z"))
    'Which was published first is unknown: the second article has no date.'
    """
    if first.date is None or second.date is None:
        missing = "neither article has" if first.date is None and second.date is None else (
            "the first article has" if first.date is None else "the second article has"
        )
        return f"Which was published first is unknown: {missing} no date."
    days = (second.date - first.date).days
    if days == 0:
        return "Both were published the same day: the dates cannot tell which came first."
    earlier, which = (first, "first") if days > 0 else (second, "second")
    span = f"{abs(days)} day{'s' if abs(days) != 1 else ''} earlier"
    return (
        f"The {which} article ({outlet(earlier)}) was published first, {span}: "
        "if one repeats the other, it is the likely source."
    )


def story_names(stories: Iterable[Story], *, unit: str = " articles") -> dict[str, str]:
    """How a picker names each story: its id, label and size ("S3 · sismo, lima (12 articles)"); ``unit`` follows
    the size ("" where room is short: "(12)").

    >>> from analysis.similarity.stories import Story
    >>> s = Story("S3", "sismo, lima", None, None, None, ("a", "b"), ())
    >>> story_names([s]), story_names([s], unit="")
    ({'S3': 'S3 · sismo, lima (2 articles)'}, {'S3': 'S3 · sismo, lima (2)'})
    """
    return {s.id: f"{s.id} · {s.label} ({s.size}{unit})" for s in stories}


def stories_by_size(stories: Iterable[Story]) -> list[str]:
    """Story ids, the largest story first, then by number (S2 before S10).

    >>> from analysis.similarity.stories import Story
    >>> def s(i, n):
    ...     return Story(i, "", None, None, None, tuple(map(str, range(n))), ())
    >>> stories_by_size([s("S10", 1), s("S2", 1), s("S1", 3)])
    ['S1', 'S2', 'S10']
    """
    return [s.id for s in sorted(stories, key=lambda s: (-s.size, int(s.id[1:])))]
