"""Places named per article and per outlet, read with THE gazetteer (:mod:`analysis.corpus.places`).

Who speaks is half of "whose story"; where it happens is the other half. Each
article's places are :func:`analysis.corpus.places.places_in` over its whole
text (the same rules against ambiguity the casualty claims use); an outlet's
row for a place counts

- ``mentions``: times its articles name the place, and
- ``articles``: its articles naming it at least once;
- ``share`` = articles / the outlet's articles (how much of its coverage names the place).

>>> from analysis.corpus.records import Article
>>> from analysis.text import build
>>> text = build([Article("a", "Lluvias en Cuba. En La Habana y en Cuba, tres muertos.", source="Diario", language="es"),
...               Article("b", "Ayuda para Cuba desde México.", source="Diario", language="es")])
>>> [(r.place, r.mentions, r.articles, r.share) for r in places_per_outlet(text)][:2]
[('Cuba', 3, 2, 1.0), ('La Habana', 1, 1, 0.5)]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from analysis import parallel
from analysis.config import settings
from analysis.corpus.places import Place, places_in
from analysis.sources.lexicon import fold
from analysis.sources.names import CONNECTORS, NameRun, name_runs
from analysis.sources.same_person import surname_key
from analysis.text import Doc, TextCorpus

__all__ = ["PlaceCount", "article_places", "places_per_outlet", "read_places"]


@dataclass(frozen=True)
class PlaceCount:
    """One place in one outlet's coverage: how often and in how many of its articles it is named."""

    source: str
    place: str
    kind: str  # country | region | county | city
    country: str  # ISO 3166-1 alpha-2
    mentions: int
    articles: int
    share: float  # articles / the outlet's articles

    def to_json(self) -> dict[str, object]:
        return {
            "source": self.source,
            "place": self.place,
            "kind": self.kind,
            "country": self.country,
            "mentions": self.mentions,
            "articles": self.articles,
            "share": self.share,
        }


def article_places(doc: Doc) -> Counter[Place]:
    """How often each place of the gazetteer is named in one article.

    A town or region whose name is the surname of a person the article names in full is that person
    ("Delcy Rodríguez" … "Rodríguez dijo": no town of Rodríguez); countries are always places.

    >>> from analysis.corpus.records import Article
    >>> from analysis.text import build
    >>> text = "La presidenta Delcy Rodríguez habló en Caracas. Rodríguez viajará a Miranda."
    >>> sorted(p.name for p in article_places(build([Article("a", text, language="es")]).docs[0]))
    ['Caracas', 'Miranda']
    """
    return _places_named(doc.article.text, doc.article.language)


def _places_named(text: str, language: str, runs: Sequence[NameRun] | None = None) -> Counter[Place]:
    """:func:`article_places` of an article's text and language (plain data: what a worker process is sent);
    ``runs``: the name runs of the whole text when already read (:func:`read_places`), else None."""
    mentions = places_in(text, language=language)
    if not mentions:
        return Counter()
    named = {fold(m.text) for m in mentions if m.place.kind != "country"}  # what a person's surname may be
    if not named:
        return Counter(m.place for m in mentions)
    surnames = set()
    # The runs of two words or more: those the quotes of the article read when given, the same names (a run of
    # one word names one word: the test below leaves it out).
    for run in name_runs(text, language, several_words=True) if runs is None else runs:
        if len(run.name.split()) < 2:  # one word (most of the quotes' runs): no full name, nothing folded
            continue
        folded = fold(run.name)
        # A surname equal to a name read is in the run's folded name: the other runs are not looked at further.
        if any(n in folded for n in named) and not set(folded.split()) & CONNECTORS:
            surnames.add(surname_key(run.name))
    return Counter(m.place for m in mentions if m.place.kind == "country" or fold(m.text) not in surnames)


def read_places(
    articles: list[tuple[str, str]], *, runs: Sequence[Sequence[NameRun]] | None = None
) -> list[Counter[Place]]:
    """The places of each (text, language) of a chunk (what a worker process computes: the text alone is
    sent, not the pipeline's tokens and stems, three times its size to copy).

    ``runs``: each article's name runs as the quotes of the same articles read them
    (:func:`analysis.sources.quotes.read_quotes_and_runs`, in order), not read again; the places are the same.
    """
    if runs is None:
        return [_places_named(text, language) for text, language in articles]
    return [_places_named(text, language, named) for (text, language), named in zip(articles, runs, strict=True)]


def places_per_outlet(
    text: TextCorpus, outlets: Mapping[str, str] | None = None, *, counts: Sequence[Counter[Place]] | None = None
) -> list[PlaceCount]:
    """Per outlet (an article's ``source``, or ``outlets[article id]``), every place its articles name.

    Sorted by outlet, then by articles naming the place, mentions, and name. Large corpora are read on
    every core (:func:`analysis.parallel.map_split`). ``counts``: what :func:`read_places` gave for the corpus'
    articles in order (``analysis.pipeline`` reads them on a worker while this process does other work): they
    are not read again, and the result is the same.
    """
    docs = list(text.docs)
    if counts is None:
        spread = settings().parallel
        texts = [(doc.article.text, doc.article.language) for doc in docs]
        counts = parallel.map_split(read_places, texts, min_items=spread.min_articles, max_chunk=spread.chunk_articles)
    mentions: dict[str, Counter[Place]] = {}
    articles: dict[str, Counter[Place]] = {}
    sizes: Counter[str] = Counter()
    for doc, found in zip(docs, counts, strict=True):
        outlet = (outlets or {}).get(doc.id) or doc.article.source or doc.id
        sizes[outlet] += 1
        mentions.setdefault(outlet, Counter()).update(found)
        articles.setdefault(outlet, Counter()).update(found.keys())
    rows = [
        PlaceCount(
            outlet,
            place.name,
            place.kind,
            place.country,
            n,
            articles[outlet][place],
            round(articles[outlet][place] / sizes[outlet], 6),
        )  # fmt: skip
        for outlet, found in mentions.items()
        for place, n in found.items()
    ]
    return sorted(rows, key=lambda r: (r.source, -r.articles, -r.mentions, r.place))
