"""The place each claim is about (step 5 of :mod:`analysis.casualties.claims`) and the places containing it.

Places are read with the shared gazetteer (:mod:`analysis.corpus.places`): the place named at the figure or
in its list item, else in its sentence, else the article's main place.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from analysis.corpus import places
from analysis.corpus.records import Article

if TYPE_CHECKING:
    from analysis.casualties.kinds import Candidate

RE_ITEM_SEPARATOR = re.compile(r"\s*[,;:—–]\s*|\s+(?:y|e|and|as well as|plus)\s+", re.IGNORECASE)


RE_PLACE_BEFORE = re.compile(
    r"\s*[,:(]?\s*(?:(?:con|with|had|has|have|tiene|registra|suma|reported|report|registró)\s+)?\(?\s*$", re.IGNORECASE
)


RE_PLACE_AFTER = re.compile(
    r"\)?\s*,?\s*(?:en|in|de|from)\s+(?:(?:el|la|los|las|the)\s+)?(?:(?:estado|state|provincia|province|región|region|condado|county|ciudad|city)\s+(?:de\s+|of\s+)?)?$",
    re.IGNORECASE,
)


class ArticlePlaces:
    """The places an article names and its main place, read on first use: only articles with a claim need them."""

    def __init__(self, article: Article, language: str) -> None:
        self.article, self.language = article, language
        self._named: list[places.Mention] | None = None
        self._main: places.Mention | None = None

    @property
    def named(self) -> list[places.Mention]:
        if self._named is None:
            self._named = places.places_in(self.article.text, language=self.language)
            title = places.places_in(self.article.title or "", language=self.language)
            self._main = places.main_place([*title, *self._named])
        return self._named

    @property
    def main(self) -> places.Mention | None:
        _ = self.named
        return self._main


def places_of(
    kept: list[Candidate],
    named: list[places.Mention],
    main: places.Mention | None,
    text: str,
    sentence: tuple[int, int],
) -> list[places.Mention | None]:
    """Step 5: the place of each claim of a sentence.

    A sentence listing several figures is cut into items at the separator (comma, semicolon, dash, "y",
    "and") nearest each figure ("91 muertos en la provincia, | tres en Albacete | y uno en Málaga").
    A claim's place is the place named right at its figure ("tres en Albacete", "Taroudant con 321",
    "Georgia (33)", "killed 12 people in Ohio"; after the figure first); else the place of its item nearest
    the figure; else the place of the sentence outside every other item nearest the figure ("En Cuba, 12
    murieron"); else the article's main place (:func:`places.main_place`); else None.
    """
    s_start, s_end = sentence
    bounds = []
    for i, c in enumerate(kept):
        left, right = s_start, s_end
        if i > 0:
            prev = kept[i - 1]
            gap = list(RE_ITEM_SEPARATOR.finditer(text, prev.figure.end, c.figure.start))
            left = gap[-1].end() if gap else prev.figure.end
        if i + 1 < len(kept):
            nxt = kept[i + 1]
            after = max(c.figure.end, c.verb_end if c.verb_end < nxt.figure.start else c.figure.end)
            cut = RE_ITEM_SEPARATOR.search(text, after, nxt.figure.start)
            right = cut.start() if cut else nxt.figure.start
        bounds.append((left, right))
    inside = [m for m in named if s_start <= m.start < s_end]
    out: list[places.Mention | None] = []
    for c, (left, right) in zip(kept, bounds):
        item = [m for m in inside if left <= m.start and m.end <= right]
        tight = sorted((m for m in item if _at(c, m, text)), key=lambda m: m.start < c.figure.start)
        free = [m for m in inside if not any(lo <= m.start < hi for lo, hi in bounds)]
        if tight or item:
            out.append((tight or [min(item, key=lambda m: abs(m.start - c.figure.start))])[0])
        elif free:
            out.append(min(free, key=lambda m: abs(m.start - c.figure.start)))
        else:
            out.append(main)
    return out


def _at(c: Candidate, m: places.Mention, text: str) -> bool:
    """A place named right at the figure: "Chichaoua con 103", "Georgia (33)", "17 en Georgia", "killed 12 in Ohio"."""
    if m.end <= c.figure.start:
        return c.figure.start - m.end <= 20 and bool(RE_PLACE_BEFORE.fullmatch(text, m.end, c.figure.start))
    end = max(c.phrase.end, c.verb_end)
    for stop in (c.phrase.end, end):
        if m.start >= stop and m.start - stop <= 40 and RE_PLACE_AFTER.fullmatch(text, stop, m.start):
            return True
    return False


def placed_at(c: Candidate, named: list[places.Mention], text: str) -> bool:
    """Whether a place is named right at the figure: "Chichaoua con 103", "Georgia (33)", "17 en Georgia"."""
    return any(_at(c, m, text) for m in named)


def parents(mention: places.Mention | None) -> tuple[str, ...]:
    if mention is None:
        return ()
    place = mention.place
    # A name written otherwise than the gazetteer's ("Marruecos") keeps the canonical name first.
    same = places.fold(mention.text) == places.fold(place.name)
    return place.parents if same else (place.name, *place.parents) if place.kind != "country" else (place.name,)
