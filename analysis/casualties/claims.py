"""Casualty claims: who is counted as killed, injured, detained, missing or displaced, and how many.

A claim is a figure (``analysis.casualties.quantities``: "al menos 100", "un centenar",
"dozens") that counts people and has a *kind*. Each figure of a sentence of the
shared pipeline (``Doc.sentences``) is read in four steps; lexicons live in
``lexicons/figures_es.yaml`` and ``figures_en.yaml``:

1. **Counted phrase**: fillers ("de", "sus", "of their"), person nouns
   ("civiles", "soldiers"), nationalities ("cubanos") and kind nouns
   ("víctimas mortales", "wounded") right after the figure, up to punctuation
   or a stop word. A figure whose first noun counts something else (years,
   days, dollars, aircraft, months: ``not_person``) is no claim; nor is a
   percentage, an hour or a figure glued to letters ("F-16", "COVID-19").
2. **Kind**, first match wins: a kind noun or participle in the phrase ("100
   muertos", "30 personas heridas"); a kind verb right after it ("60 personas
   han muerto", "12 people were killed"); a cue right before the figure ("cobró
   la vida de más de un centenar", "killing 12", "murieron 12 personas"); a toll
   phrase before it ("la cifra de muertos asciende a 45"), whose verb may qualify
   a bare number ("supera los 300": more than 300; "ronda": about); or, for a phrase that
   names people, the kind of the claim before it in the sentence when an inclusion
   word ("incluidos", "including") or a bare conjunction links them ("mató a 12
   soldados y 3 civiles"). A lone number (no noun after it) after "a los", "de",
   "at"... is an age, hour or date, not a count. People said to be freed right
   before or after the figure ("fueron liberados 20 rehenes", "20 hostages were
   released") are not a count of people held.
3. **Group**: a nationality in the phrase ("Cuban"); for a possessive ("32 de
   sus militares") the last country named before it in the sentence; else
   civilians / military / police / children, "total" for both civilians and
   military or for "personas", "people", a kind noun alone or no noun; else the
   person noun itself ("periodistas").
4. **Attribution**: "según X", "according to X", "X dijo/said ...", "..., dijo X",
   "informó The New York Times"; None when the sentence names no one.

>>> from analysis.corpus.records import Article
>>> from analysis.text import build
>>> doc = build([Article("a", "Al menos 12 personas murieron, según la Cruz Roja.", language="es")]).docs[0]
>>> [(c.kind, c.group, c.low, c.high, c.qualifier, c.attributed_to) for c in claims_in(doc)]
[('killed', 'total', 12, None, 'at least', 'la Cruz Roja')]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cache

from analysis import parallel
from analysis.casualties import incidents
from analysis.casualties.quantities import (
    RE_FIGURE,
    Figure,
    figure_starts,
    find_figures,
    interval,
    lexicon,
    plain,
    words_regex,
)
from analysis.config import settings
from analysis.corpus.records import Article
from analysis.text import Doc, TextCorpus, stop_words

__all__ = ["KINDS", "Claim", "claims_in", "extract"]

KINDS = ("killed", "injured", "detained", "missing", "displaced")
# Punctuation that ends a counted phrase or separates a verb from it.
RE_STOP = re.compile(r"\s*[,;:()\[\]\"«»“”!?—–]|\.(?:\s|$)")
RE_WORD = re.compile(r"\s*(?:-\s*)?([^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?)")
RE_GAP_COORDINATION = re.compile(r"[\s,]*(?:(?:y|e|and|plus|más)\s+)?$", re.IGNORECASE)
RE_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥]|US\$|USD|EUR)\s*$", re.IGNORECASE)
RE_TRAILING_TIME = re.compile(
    r"\s+(?:este|esta|el pasado|hoy|ayer|on|this|last|in a|en un|en una|a la|a los|al|to|a)\b.*$", re.IGNORECASE
)
RE_YEAR = re.compile(r"\d{4}")
MAX_PHRASE_WORDS = 6


@dataclass(frozen=True)
class Claim:
    """A numeric casualty claim and its evidence.

    ``start``/``end`` are character offsets of the claim's phrase in the article
    text (cue, figure, counted phrase and verb); ``text`` is the evidence sentence,
    which starts at ``sentence_start``. ``low``/``high`` are None when unbounded.
    """

    article: str
    source: str
    kind: str
    group: str
    incident: str
    low: int | None
    high: int | None
    qualifier: str
    attributed_to: str | None
    text: str
    start: int
    end: int
    sentence_start: int
    figure: str

    def to_json(self) -> dict[str, object]:
        """The CLI's JSON record (the issue's contract, nothing more)."""
        keys = (
            "article",
            "source",
            "kind",
            "group",
            "incident",
            "low",
            "high",
            "qualifier",
            "attributed_to",
            "text",
            "start",
            "end",
        )
        return {k: getattr(self, k) for k in keys}


@dataclass(frozen=True)
class _Lexicon:
    """Compiled cue patterns of one language; each kind pattern has one named group per kind."""

    noun: re.Pattern[str]
    participle: re.Pattern[str]
    after: re.Pattern[str]
    before: re.Pattern[str]
    toll: re.Pattern[str]
    toll_after: re.Pattern[str]
    toll_link: re.Pattern[str]  # the toll's verb right before the number, to read a qualifier from
    released: re.Pattern[str]
    inclusion: re.Pattern[str]
    filler: re.Pattern[str]
    possessive: re.Pattern[str]
    conjunction: re.Pattern[str]
    group: re.Pattern[str]
    person: re.Pattern[str]
    nationality: re.Pattern[str]
    country: re.Pattern[str]
    not_person: re.Pattern[str]
    bare_blocker: re.Pattern[str]
    according: re.Pattern[str]
    verb_then_who: re.Pattern[str]
    who_then_verb: re.Pattern[str]
    groups: dict[str, str]
    toll_qualifiers: dict[str, str]
    nationalities: dict[str, str]
    countries: dict[str, str]
    stops: frozenset[str]


def _kinds(lex: dict, *parts: str) -> str:
    """One named group per kind over the lexicon lists ``parts`` of each kind."""
    return "|".join(f"(?P<{k}>{words_regex([w for p in parts for w in lex['kinds'][k].get(p) or []])})" for k in KINDS)


@cache
def _lexicon(language: str) -> _Lexicon:
    lex = lexicon(f"figures_{language}")
    nat = lexicon("nationalities")
    i = re.IGNORECASE
    aux, adverb = words_regex(lex["auxiliaries"]), words_regex(lex["adverbs"])
    verbs = "|".join(
        f"(?P<{k}>(?:{aux}\\s+(?:{adverb}\\s+)?)?{words_regex(lex['kinds'][k].get('participles') or [])}"
        f"|{words_regex(lex['kinds'][k].get('verbs') or [])})"
        for k in KINDS
    )
    relative = words_regex(["que", "quienes", "who", "that", "which"])
    attribution_verbs = words_regex(lex["attribution"]["verbs"])
    who = r"(?P<who>(?:(?i:el|la|los|las|the)\s+)?[A-ZÁÉÍÓÚÑ][^,.;:()\n\"«»“”]{1,80}|(?i:el|la|los|las|the)\s+[^,.;:()\n\"«»“”]{2,80})"
    groups = {plain(w): g for g, words in lex["groups"].items() for w in words}
    toll_link_end = rf"\s+(?:{adverb}\s+)?(?:{words_regex(lex['toll_number_articles'])}\s+)?"
    toll_link = words_regex(lex["toll_links"]) + toll_link_end
    nationalities = {
        plain(w): name
        for name, forms in nat.items()
        for w in forms.get(language, []) + forms.get("es" if language == "en" else "en", [])
    }
    countries = {plain(w): name for name, forms in nat.items() for w in forms.get("countries", [])}
    return _Lexicon(
        noun=re.compile(_kinds(lex, "nouns"), i),
        participle=re.compile(_kinds(lex, "participles"), i),
        after=re.compile(rf"\s*(?:{relative}\s+)?(?:{adverb}\s+)?(?:{verbs})", i),
        before=re.compile(rf"(?:{_kinds(lex, 'before', 'verbs' if language != 'en' else 'before')})\s+$", i),
        toll=re.compile(rf"(?:{_kinds(lex, 'toll')})[^.;:!?]{{0,60}}?{toll_link}$", i),
        toll_link=re.compile(rf"(?P<link>{words_regex(lex['toll_links'])}){toll_link_end}$", i),
        released=re.compile(words_regex(lex["released"]), i),
        toll_after=re.compile(rf"\s+(?:{words_regex(lex['toll_articles'])}\s+)(?:{_kinds(lex, 'toll')})", i),
        inclusion=re.compile(rf"{words_regex(lex['inclusion'])}\s+$", i),
        filler=re.compile(words_regex(lex["np_fillers"]), i),
        possessive=re.compile(words_regex(lex["possessives"]), i),
        conjunction=re.compile(words_regex(lex["conjunctions"]), i),
        group=re.compile(words_regex(groups), i),
        person=re.compile(words_regex(lex["person_nouns"]), i),
        nationality=re.compile(words_regex(nationalities), i),
        country=re.compile(words_regex(countries), i),
        not_person=re.compile(words_regex(lex["not_person"]), i),
        bare_blocker=re.compile(rf"{words_regex(lex['bare_number_blockers'])}\s+$", i),
        according=re.compile(rf"(?i:{words_regex(lex['attribution']['according'])})\s+{who}"),
        verb_then_who=re.compile(rf"(?i:{attribution_verbs})\s+{who}"),
        who_then_verb=re.compile(
            rf"(?:^|(?<=[,;:\"«“]\s)|(?<=[\"«“]))(?P<who>[^,.;:()\n\"«»“”]{{2,80}}?)\s+(?i:{attribution_verbs})"
        ),
        groups=groups,
        toll_qualifiers={plain(w): rule for w, rule in lex["toll_link_qualifiers"].items()},
        nationalities=nationalities,
        countries=countries,
        stops=stop_words(language),
    )


@dataclass
class _Phrase:
    """What follows a figure: where the counted phrase ends and what it names."""

    end: int
    kind: str | None = None
    head: str | None = None  # "person", "unknown" or None for a bare number
    nouns: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    nationality: str | None = None
    possessive: bool = False
    not_person: bool = False


def _phrase(text: str, pos: int, limit: int, lex: _Lexicon) -> _Phrase:
    """Read the counted phrase after a figure (step 1 of the module docstring)."""
    phrase = _Phrase(pos)
    words = 0
    while pos < limit and words < MAX_PHRASE_WORDS:
        if RE_STOP.match(text, pos, limit):
            break
        gap = re.match(r"\s*(?:-\s*)?", text[pos:limit])
        at = pos + (gap.end() if gap else 0)
        if (m := lex.noun.match(text, at, limit)) and m.lastgroup:
            phrase.kind, phrase.head = phrase.kind or m.lastgroup, phrase.head or "person"
        elif (m := lex.participle.match(text, at, limit)) and m.lastgroup:
            phrase.kind = phrase.kind or m.lastgroup
        elif m := lex.nationality.match(text, at, limit):
            phrase.nationality = phrase.nationality or lex.nationalities.get(plain(m.group()))
            phrase.head = "person" if phrase.head != "unknown" or phrase.nationality else phrase.head
        elif m := lex.group.match(text, at, limit):
            phrase.groups += (lex.groups[plain(m.group())],)
            phrase.head = "person"
        elif m := lex.person.match(text, at, limit):
            # An unknown word before a person noun was an adjective ("presuntos miembros").
            phrase.nouns = (phrase.nouns if phrase.head == "person" else ()) + (m.group().lower(),)
            phrase.head = "person"
        elif m := lex.not_person.match(text, at, limit):
            if phrase.head is None or phrase.head == "unknown":
                phrase.not_person = True
            break
        elif m := lex.filler.match(text, at, limit):
            if lex.possessive.fullmatch(m.group()):
                phrase.possessive = True
        elif m := lex.conjunction.match(text, at, limit):
            following = at + len(m.group())
            nxt = re.match(r"\s+", text[following:limit])
            start = following + (nxt.end() if nxt else 0)
            if not any(p.match(text, start, limit) for p in (lex.group, lex.person, lex.nationality, lex.noun)):
                break
        elif lex.after.match(text, pos, limit):
            break  # the counted phrase ends where its verb starts ("30 personas resultaron heridas")
        elif (m := RE_WORD.match(text, pos, limit)) and m.group(1).lower() not in lex.stops:
            phrase.head = phrase.head or "unknown"
            if phrase.head == "unknown" and not phrase.nouns:
                noun = m.group(1).lower()
                # A sentence's full stop is not part of the noun; a dotted abbreviation's last dot is.
                phrase.nouns = (noun[:-1] if noun.endswith(".") and "." not in noun[:-1] else noun,)
            phrase.end = m.end()
            pos, words = m.end(), words + 1
            continue
        else:
            break
        phrase.end = m.end()
        pos, words = m.end(), words + 1
    return phrase


def _group(phrase: _Phrase, sentence: str, offset: int, lex: _Lexicon) -> str:
    """Step 3: nationality, possessive country, role, "total", or the noun itself."""
    if phrase.nationality:
        return phrase.nationality
    if phrase.possessive:
        countries = [m.group() for m in lex.country.finditer(sentence, 0, offset)]
        if countries:
            return lex.countries[plain(countries[-1])]
    groups = set(phrase.groups)
    if {"civilians", "military"} <= groups or "total" in groups:
        return "total"
    if len(groups) == 1:
        return groups.pop()
    if groups:
        return " and ".join(sorted(groups))
    if phrase.head == "person" and phrase.nouns:
        return " and ".join(phrase.nouns)
    if phrase.head == "unknown" and phrase.nouns:
        return phrase.nouns[0]
    return "total"


def _attribution(sentence: str, lex: _Lexicon) -> str | None:
    """Step 4: who the sentence says gives the figures."""
    for pattern in (lex.according, lex.who_then_verb, lex.verb_then_who):
        for m in pattern.finditer(sentence):
            who = RE_TRAILING_TIME.sub("", m.group("who")).strip()
            if who and len(who.split()) <= 8 and not any(ch.isdigit() for ch in who):
                return who
    return None


@dataclass
class _Candidate:
    figure: Figure
    phrase: _Phrase
    kind: str | None
    cue_start: int
    verb_end: int


def _kind(
    figure: Figure, phrase: _Phrase, text: str, sentence: tuple[int, int], lex: _Lexicon
) -> tuple[str | None, int, int, Figure]:
    """Step 2 for one figure: its kind, where its cue starts and its verb ends (inside the sentence), and the
    figure, re-qualified when a toll's verb qualifies it ("la cifra de muertos supera los 300": more than 300)."""
    sentence_start, sentence_end = sentence
    if phrase.kind:
        return phrase.kind, figure.start, phrase.end, figure
    if (
        (m := lex.after.match(text, phrase.end, sentence_end))
        and m.lastgroup
        and not _blocked(figure, phrase, text, sentence_start, lex)
    ):
        return m.lastgroup, figure.start, m.end(), figure
    window = text[max(sentence_start, figure.start - 80) : figure.start]
    if (m := lex.before.search(window)) and m.lastgroup:
        return m.lastgroup, figure.start - len(window) + m.start(), phrase.end, figure
    if (m := lex.toll.search(window)) and m.lastgroup:
        return m.lastgroup, figure.start - len(window) + m.start(), phrase.end, _toll_qualified(figure, window, lex)
    return None, figure.start, phrase.end, figure


def _toll_qualified(figure: Figure, window: str, lex: _Lexicon) -> Figure:
    """The figure under the qualifier its toll verb implies, when the figure has none of its own."""
    link = lex.toll_link.search(window)
    rule = lex.toll_qualifiers.get(plain(link.group("link"))) if link else None
    if rule is None or figure.qualifier != "exact" or figure.form not in ("digits", "words"):
        return figure
    low, high = interval(figure.value, rule, form=figure.form)
    return replace(figure, qualifier=rule, low=low, high=high)


def _released(figure: Figure, phrase: _Phrase, text: str, sentence: tuple[int, int], lex: _Lexicon) -> bool:
    """Whether the people counted are said to be freed: a release word right before the number (a few words
    between at most) or right after the counted phrase ("20 rehenes fueron liberados")."""
    sentence_start, sentence_end = sentence
    before = text[max(sentence_start, figure.start - 40) : figure.start]
    after = text[phrase.end : min(sentence_end, phrase.end + 40)]
    # Between the release word and the number: at most three words and no other number ("liberaron a 50 de
    # los 200 secuestrados" frees 50; the 200 are still held).
    near_before = any(
        len(gap.split()) <= 3 and not any(c.isdigit() for c in gap)
        for gap in (before[m.end() :] for m in lex.released.finditer(before))
    )
    return near_before or bool(re.match(rf"\s*(?:{lex.released.pattern})", after, re.IGNORECASE))


def _blocked(figure: Figure, phrase: _Phrase, text: str, sentence_start: int, lex: _Lexicon) -> bool:
    """A lone number after "a los", "de", "at"... is an age, hour or date."""
    if phrase.head is not None:
        return False
    before = text[max(sentence_start, figure.start - 20) : figure.start]
    return bool(lex.bare_blocker.search(before)) or bool(re.search(r",\s*$", before))


def _is_count(figure: Figure, phrase: _Phrase, text: str) -> bool:
    if phrase.not_person:
        return False
    if RE_CURRENCY_BEFORE.search(text, max(0, figure.start - 5), figure.start):
        return False
    # A bare four-digit year ("en 2024 murieron...") is a date unless a person noun follows.
    return not (
        figure.form == "digits"
        and RE_YEAR.fullmatch(figure.text)
        and 1800 <= figure.value <= 2100
        and phrase.head != "person"
    )


@dataclass(frozen=True)
class _Reading:
    """What reading one article's figures needs, as plain data that can go to another process."""

    article: Article
    sentences: list[tuple[int, int]]
    starts: list[int]  # offsets where a figure may start (digits, trigger words)
    reference: incidents.Reference


def _reading(doc: Doc, reference: incidents.Reference) -> _Reading:
    language = doc.article.language if doc.article.language in RE_FIGURE else "es"
    # Figures can only start at a digit or a trigger word: the pipeline's tokens tell where.
    return _Reading(doc.article, doc.sentences, doc.token_starts(figure_starts(doc.tokens, language)), reference)


def claims_in(doc: Doc, *, reference: incidents.Reference | None = None) -> list[Claim]:
    """Every casualty claim of one processed article, in text order (see the module docstring).

    ``reference`` resolves dates for incident keys (``incidents.Reference``); by
    default the article's own date.
    """
    return _claims(_reading(doc, reference or incidents.Reference(doc.article.date)))


def _claims_of(readings: list[_Reading]) -> list[list[Claim]]:
    return [_claims(r) for r in readings]


def _claims(reading: _Reading) -> list[Claim]:
    article = reading.article
    language = article.language if article.language in RE_FIGURE else "es"
    lex = _lexicon(language)
    text = article.text
    keyer = incidents.Keyer(article, reading.sentences, language, reading.reference)
    starts = reading.starts
    claims: list[Claim] = []
    for index, (s_start, s_end) in enumerate(reading.sentences):
        first = bisect.bisect_left(starts, s_start)
        if first == len(starts) or starts[first] >= s_end:
            continue
        candidates: list[_Candidate] = []
        for figure in find_figures(
            text, language, start=s_start, end=s_end, starts=starts[first : bisect.bisect_left(starts, s_end)]
        ):
            phrase = _phrase(text, figure.end, s_end, lex)
            if phrase.kind and lex.toll_after.match(text, figure.end):
                # "elevó a 89 la cifra de muertos": the number sets the toll named right after it.
                phrase = _Phrase(phrase.end, kind=phrase.kind, head="person")
            if not _is_count(figure, phrase, text):
                continue
            kind, cue_start, verb_end, figure = _kind(figure, phrase, text, (s_start, s_end), lex)
            if kind == "detained" and _released(figure, phrase, text, (s_start, s_end), lex):
                kind = None  # people freed are not a count of people held
            candidates.append(_Candidate(figure, phrase, kind, cue_start, verb_end))
        _inherit(candidates, text, s_start, lex)
        sentence = text[s_start:s_end]
        attributed = _attribution(sentence, lex) if any(c.kind for c in candidates) else None
        for c in candidates:
            if c.kind is None:
                continue
            claims.append(
                Claim(
                    article=article.id,
                    source=article.source or article.id,
                    kind=c.kind,
                    group=_group(c.phrase, sentence, c.figure.start - s_start, lex),
                    incident=keyer.key(index, c.figure.start),
                    low=c.figure.low,
                    high=c.figure.high,
                    qualifier=c.figure.qualifier,
                    attributed_to=attributed,
                    text=sentence,
                    start=c.cue_start,
                    end=max(c.verb_end, c.figure.end),
                    sentence_start=s_start,
                    figure=c.figure.text,
                )  # fmt: skip
            )
    return claims


def _inherit(candidates: list[_Candidate], text: str, sentence_start: int, lex: _Lexicon) -> None:
    """Give a phrase naming people the kind of its neighbour when an inclusion word or a conjunction links them."""
    for prev, cur in zip(candidates, candidates[1:]):
        gap = text[prev.verb_end : cur.figure.start]
        if cur.kind is None and prev.kind and cur.phrase.head == "person":
            window = text[max(sentence_start, cur.figure.start - 40) : cur.figure.start]
            if lex.inclusion.search(window) or RE_GAP_COORDINATION.fullmatch(gap):
                cur.kind = prev.kind
    for cur, nxt in zip(reversed(candidates[:-1]), reversed(candidates[1:])):
        gap = text[cur.phrase.end : nxt.figure.start]
        if cur.kind is None and nxt.kind and cur.phrase.head == "person" and RE_GAP_COORDINATION.fullmatch(gap):
            cur.kind = nxt.kind


def extract(text: TextCorpus) -> list[Claim]:
    """Casualty claims of every article of the processed corpus, in corpus order.

    Dates without a year, and articles without a date, are resolved against the
    latest article date of the corpus (``incidents.Reference``). Large corpora
    are read on every core (:func:`analysis.parallel.map_split`), from ``min_articles``
    articles, ``chunk_articles`` at a time (settings/parallel.yaml).
    """
    latest = max((d.article.date for d in text.docs if d.article.date), default=None)
    readings = [_reading(doc, incidents.Reference(doc.article.date, fallback=latest)) for doc in text.docs]
    spread = settings().parallel
    per_article = parallel.map_split(
        _claims_of, readings, min_items=spread.min_articles, max_chunk=spread.chunk_articles
    )
    return [claim for claims in per_article for claim in claims]
