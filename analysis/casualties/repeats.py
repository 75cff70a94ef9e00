"""A toll repeated in one article in other words is one claim (step 6 of :mod:`analysis.casualties.claims`).

News copy states its toll in the headline, again in the lead and once more in the body, each time a little
differently: "Caída de autobús en barranco dejó unos 29 muertos" (headline, placed "México"), then "Unas 29 personas
murieron ... en el municipio de Magdalena Peñasco, en Oaxaca"; "Mueren 63 migrantes" then "Un total de 63 personas ha
muerto"; "mueren 17 personas" then "Al menos 17 personas ... fallecieron"; "at least 577 Hajj pilgrim deaths" then "has
risen to 577". The dev set's convention (``tests/data/claims_dev.json``) counts such a figure once, at its first phrase.
:func:`claims._merged` already joins mentions that agree in everything; this joins the rest, two claims being the
same toll (:func:`same_toll`) when

* the kind is the same;
* the figure is the same: the same interval, or the same number as stated under another qualifier ("17" and "al menos
  17", "Five dead" and "at least 5 confirmed deaths"; not "más de 180" and "184");
* the group is the same, or one of them is everyone ("63 migrantes" and "63 personas"; never "four each from China and
  Russia", two groups);
* the places are the same, or one is missing, or one contains the other ("México" and "Magdalena Peñasco"; never
  "Georgia" and "Florida"), or one is a sea, a continent or a region of several countries (``place_slots.yaml``
  ``beyond_countries``: "siete muertos en el Caribe" and "siete muertos en Granada" are one toll, Granada's);
* the incidents fall in the same week (a headline's undated "week of" key and the lead's weekday), or one is a month
  and the other's day is in it ("a comienzos de abril" and the report's day);
* they are in different sentences (one sentence's two figures, "70 people each in Mati and Rafina", are two tolls);
* the later one does not say it counts others ("two relatives could not be saved ... the bodies of two other victims").

The claim kept is the first mention's, with the most specific place and group of the two and every mention's span.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache
from typing import Any, TypeVar

from analysis.casualties import claim_spans
from analysis.corpus import places
from analysis.regex_cache import compiled

RE_DATE = compiled(r"(\d{4})-(\d{2})-(\d{2})")

T = TypeVar("T")


def _week(incident: str) -> str:
    """The Monday of an incident key's date ("week of 2024-07-01", "2024-07-02"), else the key itself.

    >>> _week("2024-07-02"), _week("week of 2024-07-01"), _week("undated")
    ('2024-07-01', '2024-07-01', 'undated')
    """
    m = RE_DATE.search(incident)
    if not m:
        return incident
    day = dt.date(int(m[1]), int(m[2]), int(m[3]))
    return (day - dt.timedelta(days=day.weekday())).isoformat()


def _stated(number: str) -> str | None:
    """A number as stated, its digits only ("1,050" and "1050" alike), or None when it is written in words."""
    digits = re.sub(r"[^\d]", "", number)
    return digits if digits and re.fullmatch(r"[\d\s.,]+", number.strip()) else None


def _said(claim: Any) -> str | None:
    """The number a claim states, as digits: its digits ("1,050"), else, for a number in words whose interval starts
    at it (exact or "at least": "Five dead", "at least five"), its low bound; else None.

    >>> from types import SimpleNamespace as C
    >>> _said(C(number="Five", low=5, high=5, qualifier="exact")), _said(C(number="1.050", low=1050, high=None, qualifier="at least"))
    ('5', '1050')
    >>> _said(C(number="dozens", low=24, high=119, qualifier="approximate")) is None
    True
    """
    if stated := _stated(claim.number):
        return stated
    starts_at = claim.qualifier in ("exact", "at least") and claim.low is not None
    return str(claim.low) if starts_at else None


@lru_cache(maxsize=4096)
def _names(place: str) -> frozenset[str]:
    """A place's name as written and the gazetteer's names for it, folded ("México": "mexico")."""
    return frozenset({claim_spans.name_key(place)} | {claim_spans.name_key(p.name) for p in places.gazetteer().candidates(place)})


def _inside(inner: Any, outer: Any) -> bool:
    """Whether the place of ``inner`` lies inside the place of ``outer`` (by ``inner``'s parents, whatever the
    language of their names: "Magdalena Peñasco" of parent "Mexico" is inside "México").

    >>> from types import SimpleNamespace as C
    >>> _inside(C(place="Magdalena Peñasco", parent=("Mexico",)), C(place="México", parent=()))
    True
    """
    if not (inner.place and outer.place):
        return False
    return bool(_names(outer.place) & {claim_spans.name_key(p) for p in inner.parent})


def _beyond(claim: Any) -> bool:
    """Whether a claim's place is beyond any one country (a sea, a continent: ``place_slots.yaml``
    ``beyond_countries``), which holds any place of its toll's other mentions.

    >>> from types import SimpleNamespace as C
    >>> _beyond(C(place="Caribe")), _beyond(C(place="Granada")), _beyond(C(place=None))
    (True, False, False)
    """
    return bool(claim.place) and claim_spans.name_key(claim.place) in _beyond_keys()


@lru_cache(maxsize=1)
def _beyond_keys() -> frozenset[str]:
    from analysis.casualties.quantities import lexicon

    return frozenset(claim_spans.name_key(str(n)) for n in lexicon("place_slots")["beyond_countries"])


# "más" and "more" count others, not when they open a qualifier ("más de 193.000", "more than 50").
RE_OTHERS = compiled(
    r"\b(?:other|others|another|further|additional|otros|otras|otro|otra|demás|(?:más|more)(?!\s+(?:de|than)\b))\b",
    re.IGNORECASE,
)


def _others(claim: Any) -> bool:
    """Whether a claim's figure is said to count others than a toll before it: "two other victims", "otras 38".

    >>> from types import SimpleNamespace as C
    >>> _others(C(text="and those of two other victims.", figure="two")), _others(C(text="Two died.", figure="Two"))
    (True, False)
    """
    at = claim.text.find(claim.figure)
    if at < 0:
        return False
    before = claim.text[max(0, at - 12) : at].split()[-1:]
    after = claim.text[at + len(claim.figure) : at + len(claim.figure) + 12].split()[:1]
    return bool(RE_OTHERS.search(claim.figure)) or any(RE_OTHERS.fullmatch(w) for w in [*before, *after])


def same_toll(a: Any, b: Any) -> bool:
    """Whether claims ``a`` and ``b`` of one article state the same toll (see the module docstring).

    >>> from types import SimpleNamespace as C
    >>> c = lambda **k: C(**{"kind": "killed", "group": "total", "low": 29, "high": 29, "number": "29",
    ...     "place": None, "parent": (), "incident": "week of 2023-07-03", "sentence_start": 0, "text": "29 died.",
    ...     "figure": "29", **k})
    >>> same_toll(c(place="México"), c(place="Magdalena Peñasco", parent=("Oaxaca", "México"), incident="2023-07-05",
    ...     sentence_start=80))
    True
    >>> same_toll(c(low=17, high=None, number="17"), c(low=17, high=17, number="17", group="migrantes", sentence_start=9))
    True
    >>> same_toll(c(place="Georgia"), c(place="Florida")), same_toll(c(group="Chinese"), c(group="Russian"))
    (False, False)
    >>> same_toll(c(low=181, high=None, number="180"), c(low=184, high=184, number="184"))
    False
    """
    if a.kind != b.kind or a.sentence_start == b.sentence_start or _others(b):
        return False
    stated = _said(a)
    if (a.low, a.high) != (b.low, b.high) and not (stated and stated == _said(b)):
        return False
    if a.group != b.group and "total" not in (a.group, b.group):
        return False
    # One death said in two sentences of two places (the attack's, "one was killed in the attack", and a house's in
    # Alcanar, "killing one person") is two deaths: a single death is no repeat unless its place is the same (c9read)
    if a.low == a.high == 1 and a.place != b.place:
        return False
    if a.place != b.place and a.place and b.place and not (_inside(a, b) or _inside(b, a) or _beyond(a) or _beyond(b)):
        return False
    return _same_time(a.incident, b.incident)


RE_MONTH_KEY = compiled(r"\d{4}-\d{2}")


def _same_time(a: str, b: str) -> bool:
    """Whether two incident keys may be one incident: the same week, or a month and a day (or a week) inside it ("el
    alud que dejó 328 muertos a comienzos de abril", keyed 2017-04, and "La cifra de fallecidos es de 328" in the next
    sentence, keyed by the report's day 2017-04-24).

    >>> _same_time("2017-04", "2017-04-24"), _same_time("week of 2017-04-24", "2017-04-26"), _same_time("2017-03", "2017-04-24")
    (True, True, False)
    """
    if _week(a) == _week(b):
        return True
    month, other = (a, b) if RE_MONTH_KEY.fullmatch(a) else (b, a)
    found = RE_DATE.search(other)
    return bool(RE_MONTH_KEY.fullmatch(month) and found and found.group(0).startswith(month + "-"))


def fold_repeats(claims: list[T], *, held: list[bool] | None = None) -> list[T]:
    """Claims (of one article, in text order) with each repeat of an earlier claim joined to it (``same_toll``).

    The joined claim takes the repeat's place when it is more specific ("México", then "Magdalena Peñasco"), unless the
    earlier claim's place is written at its own figure (``held``, per claim: "Ola de calor deja al menos 150 muertos
    en Pakistán", then "150 muertos en Karachi" is Pakistan's toll as its first report says; session 25)."""
    out: list[Any] = []
    kept_held: list[bool] = []
    items: list[Any] = list(claims)  # Claim is defined where this module is imported: read its fields untyped
    for n, claim in enumerate(items):
        at = next((i for i, kept in enumerate(out) if same_toll(kept, claim)), None)
        if at is None:
            out.append(claim)
            kept_held.append(bool(held and held[n]))
            continue
        kept = out[at]
        narrower = _inside(claim, kept) and not kept_held[at]
        specific = claim if claim.place and (not kept.place or narrower or _beyond(kept)) else kept
        out[at] = replace(
            kept,
            place=specific.place,
            parent=specific.parent,
            group=kept.group if kept.group != "total" else claim.group,
            mentions=(*kept.mentions, *claim.mentions),
        )
    return out
