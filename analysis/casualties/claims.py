"""Casualty claims: who is counted as killed, injured, detained, missing or displaced, and how many.

A claim is a figure (``analysis.casualties.quantities``: "al menos 100", "un centenar",
"dozens") that counts people and has a *kind*. Each figure of a sentence of the
shared pipeline (``Doc.sentences``) is read in the steps below; lexicons live in
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
   person noun itself ("periodistas"), or a plural noun of no lexicon ("campers");
   an adverb, participle or adjective ("confirmed", "safely", "lifeless") is no group: "total".
4. **Attribution**: "según X", "according to X", "X dijo/said ...", "..., dijo X",
   "informó The New York Times"; None when the sentence names no one.

Between steps 2 and 3: a list of places shares the kind of the claim before it
("Taroudant con 321 fallecidos, Chichaoua con 103", :func:`_listed`), and so does a
part of a toll ("97 were women"); figures that are no claim of this incident lose
their kind (superseded, forecast, increment, another incident: :func:`_not_a_count`);
zero tolls are added ("no hubo víctimas mortales": :func:`_zero_claims`). Then:

5. **Place** (:func:`_places_of`): the place named for the figure in its list item
   or sentence (``analysis.corpus.places``, the shared gazetteer), else the
   article's main place, else None; ``parent``: the places containing it.
6. **Mentions** (:func:`_merged`): a figure repeated in an article (same kind, group,
   interval, qualifier, place and incident) is one claim with every evidence span.

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
    Figure,
    figure_starts,
    find_figures,
    interval,
    lexicon,
    plain,
    words_regex,
)
from analysis.config import settings
from analysis.corpus import places
from analysis.corpus.records import WITH_LEXICONS, Article, Problem, failure
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
# The stage named in the problems of articles whose figures could not be read.
STAGE = "figures"
# Most characters between a toll noun and the verb before its number ("The death toll from the earthquake that
# struck the Al Haouz region southwest of Marrakech, Morocco, on Friday night, has risen to 632").
TOLL_GAP = 120
# A modal this close before a figure makes it a forecast ("could reach 20,000"); further away it is about
# something else ("El número podría aumentar en la noche, según ... la cifra de fallecidos es de 105").
FORECAST_REACH = 40


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
    number: str = ""  # the quantity as stated, without its qualifier ("1.037", "un centenar")
    place: str | None = None  # the place named for the figure, as written (step 5)
    parent: tuple[str, ...] = ()  # places containing it, innermost first, its country last
    mentions: tuple[tuple[int, int], ...] = ()  # every evidence span of this figure in the article (step 6)
    story: str = ""  # the article's story (analysis.casualties.events.by_story), "" when stories were not computed
    basis: str = ""  # which rule gave the incident key (incidents.BASES)

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
            "number",
            "place",
            "story",
        )
        out: dict[str, object] = {k: getattr(self, k) for k in keys}
        out["parent"] = list(self.parent)
        out["mentions"] = [list(span) for span in self.mentions or ((self.start, self.end),)]
        return out


@dataclass(frozen=True)
class _Lexicon:
    """Compiled cue patterns of one language; each kind pattern has one named group per kind."""

    noun: re.Pattern[str]
    participle: re.Pattern[str]
    after: re.Pattern[str]
    before: re.Pattern[str]
    toll: re.Pattern[str]
    toll_after: re.Pattern[str]
    toll_noun: re.Pattern[str]  # a toll noun alone, to find where a toll phrase may start
    toll_link: re.Pattern[str]  # the toll's verb right before the number, to read a qualifier from
    released: re.Pattern[str]
    superseded: re.Pattern[str]
    forecast: re.Pattern[str]
    comparison: re.Pattern[str]
    increment_after: re.Pattern[str]
    subgroup: re.Pattern[str]
    zero_noun: re.Pattern[str]  # a negation, at most three words, a kind noun: one named group per kind
    zero_nobody: re.Pattern[str]
    zero_gate: re.Pattern[str]  # the first words of the negations, for a quick scan
    zero_kinds: dict[str, frozenset[str]]
    zero_auxiliaries: frozenset[str]
    zero_increments: frozenset[str]
    increment_before: re.Pattern[str]
    pivot: re.Pattern[str]
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
    capital_demonyms: bool  # English writes demonyms capitalised; a capitalised "Siria" in Spanish is the country


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
        toll_noun=re.compile(_kinds(lex, "toll"), i),
        toll=re.compile(rf"(?:{_kinds(lex, 'toll')})(?:[^.;:!?]|\.(?=\d)){{0,{TOLL_GAP}}}?{toll_link}$", i),
        toll_link=re.compile(rf"(?P<link>{words_regex(lex['toll_links'])}){toll_link_end}$", i),
        released=re.compile(words_regex(lex["released"]), i),
        superseded=re.compile(words_regex(lex["superseded"]), i),
        forecast=re.compile(words_regex(lex["forecast"]), i),
        comparison=re.compile(words_regex(lex["comparison"]), i),
        zero_noun=re.compile(
            rf"(?P<neg>{words_regex(lex['zero']['negations'])})(?:\s+[^\W\d]+){{0,3}}?\s+(?:"
            + "|".join(f"(?P<{k}>{words_regex(w)})" for k, w in lex["zero"]["nouns"].items())
            + ")",
            i,
        ),
        zero_kinds={k: frozenset(plain(w) for w in words) for k, words in lex["zero"]["nouns"].items()},
        zero_auxiliaries=frozenset(plain(w) for w in lex["zero"]["auxiliaries"]),
        zero_increments=frozenset(plain(w) for w in lex["zero"]["increments"]),
        zero_gate=re.compile(
            words_regex({w.split()[0] for w in [*lex["zero"]["negations"], *lex["zero"]["nobody"]]}), i
        ),
        zero_nobody=re.compile(rf"(?P<neg>{words_regex(lex['zero']['nobody'])})(?:\s+(?P<who>[^\W\d]+))?", i),
        subgroup=re.compile(
            rf"\s*(?:--\s*|—\s*)?{words_regex(lex['subgroup']['copulas'])}\s+(?:(?:all|todos|todas|also|también)\s+)?"
            rf"(?:{words_regex([*lex['subgroup']['words'], *groups])}|{words_regex(lex['person_nouns'])}|{words_regex(nationalities)})",
            i,
        ),
        increment_after=re.compile(rf"\s*(?:{words_regex(lex['increment_after'])})", i),
        increment_before=re.compile(rf"{words_regex(lex['increment_before'])}\s+$", i),
        pivot=re.compile(words_regex(lex["comparison_pivots"]), i),
        toll_after=re.compile(
            rf"\s+(?:{words_regex(lex['toll_after_verbs'])}\s+)?(?:{words_regex(lex['toll_articles'])}\s+)(?:{_kinds(lex, 'toll')})",
            i,
        ),
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
        capital_demonyms=language == "en",
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
    capitalised: bool = False  # the first word of no lexicon is capitalised (a people's name: "Rohingya")


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
        elif (m := lex.nationality.match(text, at, limit)) and (lex.capital_demonyms or not m.group()[0].isupper()):
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
                phrase.capitalised = m.group(1)[:1].isupper()
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
    if phrase.head == "unknown" and phrase.nouns and _names_people(phrase.nouns[0], phrase.capitalised):
        return phrase.nouns[0]
    return "total"


RE_NOT_A_NOUN = re.compile(r".*(?:ly|ed|ing|less|ness|mente|ado|ada|ido|ida)$")


def _names_people(word: str, capitalised: bool) -> bool:
    """Whether a word of no lexicon after a figure can name who is counted: a plural noun ("campers",
    "excursionistas") or a people's name ("Rohingya"); not an adverb, a participle or an adjective ("safely",
    "confirmed", "lifeless": the claim then counts everyone, "total")."""
    return (word.endswith("s") or capitalised) and not RE_NOT_A_NOUN.fullmatch(word)


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
    rejected: bool = False  # a figure with a kind that is no claim (step 2b): no other figure lends it one


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
    wide = text[max(sentence_start, figure.start - TOLL_GAP - 40) : figure.start]
    if m := _last_toll(wide, lex):
        return m.lastgroup, figure.start - len(wide) + m.start(), phrase.end, _toll_qualified(figure, wide, lex)
    return None, figure.start, phrase.end, figure


def _last_toll(window: str, lex: _Lexicon) -> re.Match[str] | None:
    """The toll noun nearest the number that links to it: "la cifra de fallecidos a 137, mientras que el número de
    heridos asciende a 180" counts 180 injured."""
    for noun in reversed(list(lex.toll_noun.finditer(window))):
        if (m := lex.toll.match(window, noun.start())) and m.lastgroup:
            return m
    return None


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
    """A lone number after "a los", "de", "at"... is an age, hour or date; so is one set off by commas ("El
    alcalde, 61, murió"), not one after a comma only ("Of the 80 injured, 9 are in critical condition")."""
    if phrase.head is not None:
        return False
    before = text[max(sentence_start, figure.start - 20) : figure.start]
    appositive = bool(re.search(r",\s*$", before)) and text[figure.end : figure.end + 1] == ","
    return bool(lex.bare_blocker.search(before)) or appositive


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
    language = doc.article.language if doc.article.language in WITH_LEXICONS else "es"
    # Figures can only start at a digit or a trigger word: the pipeline's tokens tell where.
    return _Reading(doc.article, doc.sentences, doc.token_starts(figure_starts(doc.tokens, language)), reference)


def claims_in(doc: Doc, *, reference: incidents.Reference | None = None) -> list[Claim]:
    """Every casualty claim of one processed article, in text order (see the module docstring).

    ``reference`` resolves dates for incident keys (``incidents.Reference``); by
    default the article's own date.
    """
    return _claims(_reading(doc, reference or incidents.Reference(doc.article.date)))


def _claims_of(readings: list[_Reading]) -> list[list[Claim] | Problem]:
    """Each article's claims, or the Problem of an article that could not be read (the others are unaffected)."""
    return [_claims_or_problem(r) for r in readings]


def _claims_or_problem(reading: _Reading) -> list[Claim] | Problem:
    try:
        return _claims(reading)
    except Exception as error:
        return failure(reading.article.id, STAGE, error)


def _claims(reading: _Reading) -> list[Claim]:
    article = reading.article
    language = article.language if article.language in WITH_LEXICONS else "es"
    lex = _lexicon(language)
    text = article.text
    keyer = incidents.Keyer(article, reading.sentences, language, reading.reference)
    starts = reading.starts
    claims: list[Claim] = []
    where = _ArticlePlaces(article, language)
    # Where a zero toll may be ("no hubo víctimas", "ningún español..."): one search of the article per pattern.
    zeros = sorted(
        m.start()
        for hit in lex.zero_gate.finditer(text)
        for pattern in (lex.zero_noun, lex.zero_nobody)
        if (m := pattern.match(text, hit.start()))
    )
    previous_kind: str | None = None
    for index, (s_start, s_end) in enumerate(reading.sentences):
        first = bisect.bisect_left(starts, s_start)
        zero_here = bisect.bisect_left(zeros, s_start) < bisect.bisect_left(zeros, s_end)
        if (first == len(starts) or starts[first] >= s_end) and not zero_here:
            continue
        candidates: list[_Candidate] = []
        for figure in find_figures(
            text, language, start=s_start, end=s_end, starts=starts[first : bisect.bisect_left(starts, s_end)]
        ):
            phrase = _phrase(text, figure.end, s_end, lex)
            if (after := lex.toll_after.match(text, figure.end)) and after.lastgroup:
                # "elevó a 89 la cifra de muertos", "A 140 ascendió el número total de muertes": the number sets
                # the toll named right after it.
                phrase = _Phrase(max(phrase.end, after.end()), kind=phrase.kind or after.lastgroup, head="person")
            if not _is_count(figure, phrase, text):
                continue
            kind, cue_start, verb_end, figure = _kind(figure, phrase, text, (s_start, s_end), lex)
            if kind == "detained" and _released(figure, phrase, text, (s_start, s_end), lex):
                kind = None  # people freed are not a count of people held
            candidates.append(_Candidate(figure, phrase, kind, cue_start, verb_end))
        _inherit(candidates, text, s_start, lex)
        for c in candidates:
            if c.kind and _not_a_count(c, text, (s_start, s_end), lex, article.date.year if article.date else None):
                c.kind, c.rejected = None, True
        previous_kind = _listed(candidates, where, text, previous_kind, s_start, lex)
        sentence = text[s_start:s_end]
        attributed = _attribution(sentence, lex) if any(c.kind for c in candidates) else None
        kept = [c for c in candidates if c.kind is not None]
        for kind, group, zero in _zero_claims(text, (s_start, s_end), lex) if zero_here else ():
            zero_phrase = _Phrase(zero.end, kind=kind, head="person", nationality=group if group != "total" else None)
            kept.append(_Candidate(zero, zero_phrase, kind, zero.start, zero.end))
        kept.sort(key=lambda c: c.figure.start)
        placed = _places_of(kept, where.named, where.main, text, (s_start, s_end)) if kept else []
        for c, mention in zip(kept, placed):
            assert c.kind is not None  # kept holds only candidates with a kind
            key_basis = keyer.key_and_basis(index, c.figure.start)
            claims.append(
                Claim(
                    article=article.id,
                    source=article.source or article.id,
                    kind=c.kind,
                    group=_group(c.phrase, sentence, c.figure.start - s_start, lex),
                    incident=key_basis[0],
                    low=c.figure.low,
                    high=c.figure.high,
                    qualifier=c.figure.qualifier,
                    attributed_to=attributed,
                    text=sentence,
                    start=c.cue_start,
                    end=max(c.verb_end, c.figure.end),
                    sentence_start=s_start,
                    figure=c.figure.text,
                    number=c.figure.number or c.figure.text,
                    place=mention.text if mention else None,
                    parent=_parents(mention),
                    basis=key_basis[1],
                )  # fmt: skip
            )
    return _merged(claims)


RE_ITEM_SEPARATOR = re.compile(r"\s*[,;:—–]\s*|\s+(?:y|e|and|as well as|plus)\s+", re.IGNORECASE)


class _ArticlePlaces:
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


def _places_of(
    kept: list[_Candidate],
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


def _at(c: _Candidate, m: places.Mention, text: str) -> bool:
    """A place named right at the figure: "Chichaoua con 103", "Georgia (33)", "17 en Georgia", "killed 12 in Ohio"."""
    if m.end <= c.figure.start:
        return c.figure.start - m.end <= 20 and bool(RE_PLACE_BEFORE.fullmatch(text, m.end, c.figure.start))
    end = max(c.phrase.end, c.verb_end)
    for stop in (c.phrase.end, end):
        if m.start >= stop and m.start - stop <= 40 and RE_PLACE_AFTER.fullmatch(text, stop, m.start):
            return True
    return False


def _parents(mention: places.Mention | None) -> tuple[str, ...]:
    if mention is None:
        return ()
    place = mention.place
    # A name written otherwise than the gazetteer's ("Marruecos") keeps the canonical name first.
    same = places.fold(mention.text) == places.fold(place.name)
    return place.parents if same else (place.name, *place.parents) if place.kind != "country" else (place.name,)


def _merged(claims: list[Claim]) -> list[Claim]:
    """Step 6: a figure repeated in an article (same kind, group, interval, qualifier, place and incident) is one
    claim, at its first mention, with every mention's span."""
    first: dict[tuple[object, ...], int] = {}
    spans: list[list[tuple[int, int]]] = []
    out: list[Claim] = []
    for claim in claims:
        key = (claim.kind, claim.group, claim.low, claim.high, claim.qualifier, claim.place, claim.incident)
        if key in first:
            spans[first[key]].append((claim.start, claim.end))
            continue
        first[key] = len(out)
        out.append(claim)
        spans.append([(claim.start, claim.end)])
    return [replace(c, mentions=tuple(s)) for c, s in zip(out, spans)]


RE_COMMA_CLAUSE = re.compile(r",(?!\d)|[;—–]|\b(?:because|porque|pues|while|mientras)\b", re.IGNORECASE)
RE_CLAUSE_BREAK = re.compile(r"[;:]|\.\s|,\s+(?:mientras|pero|while|but|and|y)\b", re.IGNORECASE)
RE_YEAR_WORD = re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d.,]\d)")
RE_SINCE_BEFORE = re.compile(
    r"(?:since|desde|a partir de|from)\s+(?:(?:el|the|early|late|mid|finales|principios|comienzos)\s+)*(?:(?:de|of)\s+)?(?:\w+\s+(?:de\s+)?)?$",
    re.IGNORECASE,
)


def _zero_claims(text: str, sentence: tuple[int, int], lex: _Lexicon) -> list[tuple[str, str, Figure]]:
    """Step 2c: zero tolls, as (kind, group, figure of 0) in text order.

    A negation, at most three words and a kind noun ("no hubo víctimas mortales", "had not caused any damage or
    casualties": "casualties" are both killed and injured); or a "nobody" word ("ningún", "no one"), perhaps
    a nationality or group, and a kind participle or verb in its clause ("ningún español haya fallecido o haya
    resultado herido": 0 killed and 0 injured Spanish). A zero toll can conflict with another outlet's 3.
    """
    s_start, s_end = sentence
    out: list[tuple[str, str, Figure]] = []
    for m in lex.zero_noun.finditer(text, s_start, s_end):
        noun = next(v for k, v in m.groupdict().items() if v and k in KINDS)
        between = plain(text[m.end("neg") : m.end() - len(noun)]).split()
        if lex.zero_increments.intersection(between):
            continue  # "no new deaths": no increment, not a zero toll
        # A noun of several kinds counts each ("casualties": the killed and the injured).
        for kind in (k for k in KINDS if plain(noun) in lex.zero_kinds.get(k, ())):
            out.append((kind, "total", _zero_figure(m, text)))
    for m in lex.zero_nobody.finditer(text, s_start, s_end):
        clause_end = RE_STOP.search(text, m.end(), s_end)
        clause = text[m.end() : clause_end.start() if clause_end else min(s_end, m.end() + 80)]
        # The kind's participle or verb opens the clause or a part of it after "o"/"or" ("haya fallecido o haya
        # resultado herido"): "nadie sabe cuántos muertos hay" is no zero toll.
        parts = re.split(r"\s+(?:o|u|ni|or|nor)\s+", clause)
        kinds = [k for k in KINDS if any(_opens_with(part, k, lex) for part in parts)]
        who = m.group("who") or ""
        group = lex.nationalities.get(plain(who)) or lex.groups.get(plain(who)) or "total"
        out.extend((kind, group, _zero_figure(m, text)) for kind in kinds)
    return sorted(out, key=lambda z: z[2].start)


def _opens_with(part: str, kind: str, lex: _Lexicon) -> bool:
    """Whether a clause opens with a participle or verb of ``kind``, after an auxiliary at most."""
    words = part.split()
    if not words:
        return False
    if _has_kind(words[0], kind, lex):
        return True
    return plain(words[0]) in lex.zero_auxiliaries and _has_kind(" ".join(words[1:3]), kind, lex)


def _has_kind(clause: str, kind: str, lex: _Lexicon) -> bool:
    return any(m.lastgroup == kind for pattern in (lex.participle, lex.after) for m in pattern.finditer(clause))


def _zero_figure(m: re.Match[str], text: str) -> Figure:
    return Figure(m.start(), m.end(), text[m.start() : m.end()], "exact", 0, 0, 0, "words", number=m.group("neg"))


def _not_a_count(c: _Candidate, text: str, sentence: tuple[int, int], lex: _Lexicon, year: int | None) -> bool:
    """Step 2b: figures that are no claim of this incident, though they have a kind.

    * **superseded**: a word of ``superseded`` before the figure in its clause ("Previamente se informó de 820
      fallecidos", "the initial tally of 27");
    * **increment or no longer counted**: ``increment_before`` right before the figure ("an increase of 12"),
      ``increment_after`` right after its phrase ("45 fallecidos más respecto al último recuento", "ocho
      heridos fueron dados de alta");
    * **forecast**: a word of ``forecast`` at most ``FORECAST_REACH`` characters before the figure in its clause
      ("could reach 20,000", "podría haber 5.000 muertos"); an estimate whose modal follows the figure ("40 personas podrían haber muerto") stays;
    * **another incident**: after a year earlier than the article's ("In 1999 ... killed 17,000"), unless the
      year starts a running total ("desde 2024"); or, in a sentence comparing with a superlative ("the
      deadliest since 1939", "el peor"), after a year or a pivot ("surpassed only by Katrina, with 1,392").
    """
    s_start, _ = sentence
    clause_start = s_start
    for m in RE_CLAUSE_BREAK.finditer(text, s_start, c.figure.start):
        clause_start = m.end()
    clause = text[max(clause_start, c.figure.start - 100) : c.figure.start]
    # Superseded and forecast words qualify a figure of their own comma clause only: "The death toll, once
    # reported at 93, has now surged to 115"; "The toll could rise further, as 33 others remain in serious condition".
    part = RE_COMMA_CLAUSE.split(clause)[-1]
    if (
        lex.superseded.search(part)
        or lex.forecast.search(part[-FORECAST_REACH:])
        or lex.increment_before.search(clause)
    ):
        return True
    if lex.increment_after.match(text, c.phrase.end) or lex.increment_after.match(text, c.verb_end):
        return True
    before = text[s_start : c.figure.start]
    for m in RE_YEAR_WORD.finditer(before):
        earlier = year is not None and int(m.group()) < year
        if earlier and not RE_SINCE_BEFORE.search(before[: m.start()]):
            return True
    if lex.comparison.search(text, s_start, sentence[1]):
        return bool(RE_YEAR_WORD.search(before) or lex.pivot.search(before))
    return False


RE_PLACE_BEFORE = re.compile(
    r"\s*[,:(]?\s*(?:(?:con|with|had|has|have|tiene|registra|suma|reported|report|registró)\s+)?\(?\s*$", re.IGNORECASE
)
RE_PLACE_AFTER = re.compile(
    r"\)?\s*,?\s*(?:en|in|de|from)\s+(?:(?:el|la|los|las|the)\s+)?(?:(?:estado|state|provincia|province|región|region|condado|county|ciudad|city)\s+(?:de\s+|of\s+)?)?$",
    re.IGNORECASE,
)


def _placed(c: _Candidate, named: list[places.Mention], text: str) -> bool:
    """Whether a place is named right at the figure: "Chichaoua con 103", "Georgia (33)", "17 en Georgia"."""
    return any(_at(c, m, text) for m in named)


def _listed(
    candidates: list[_Candidate],
    where: _ArticlePlaces,
    text: str,
    previous: str | None,
    sentence_start: int,
    lex: _Lexicon,
) -> str | None:
    """A list of places with their figures shares the kind of the claim before it ("542 víctimas mortales en Al
    Haouz, 321 en Taroudant, Chichaoua con 103"): a figure with no kind of its own, a bare number or people,
    takes the kind of the last claim before it when a place is named right at it: in this sentence; else a kind
    noun before the list in its sentence ("most fatalities occurred in Al Haouz (394)"); else the last claim of
    the sentence before, when the list opens its sentence (four words at most before its first figure: "Florida
    had at least 19, Georgia 33"). Returns the kind of the sentence's last claim, for the next sentence."""
    last = previous
    if not any(c.kind is None and not c.rejected for c in candidates):
        return next((c.kind for c in reversed(candidates) if c.kind), previous)
    if nouns := [m for m in lex.noun.finditer(text, sentence_start, candidates[0].figure.start) if m.lastgroup]:
        last = nouns[-1].lastgroup  # "most fatalities occurred in Al Haouz (394), Taroudant (271)"
    elif len(text[sentence_start : candidates[0].figure.start].split()) > 4:
        last = None  # the kind of the sentence before reaches only a list that opens its sentence
    for c in candidates:
        if (
            c.kind is None
            and not c.rejected
            and last
            and c.phrase.head in (None, "person")
            and lex.subgroup.match(text, c.phrase.end)
        ):
            c.kind = last  # "97 were women", "at least four were teenagers": a part of the toll before
        bare = c.phrase.head is None or (
            c.phrase.head == "person" and not c.phrase.nouns and set(c.phrase.groups) <= {"total"}
        )
        if c.kind is None and not c.rejected and last and bare and _placed(c, where.named, text):
            c.kind = last
        last = c.kind or last
    return last if any(c.kind for c in candidates) else previous


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
    articles, ``chunk_articles`` at a time (settings/parallel.yaml). An article
    whose figures cannot be read gives no claims and a Problem in ``text.problems``.
    """
    latest = max((d.article.date for d in text.docs if d.article.date), default=None)
    readings = []
    for doc in text.docs:
        try:
            readings.append(_reading(doc, incidents.Reference(doc.article.date, fallback=latest)))
        except Exception as error:
            text.log.add(failure(doc.id, STAGE, error))
    spread = settings().parallel
    per_article = parallel.map_split(
        _claims_of, readings, min_items=spread.min_articles, max_chunk=spread.chunk_articles
    )
    found: list[Claim] = []
    for claims in per_article:
        if isinstance(claims, Problem):
            text.log.add(claims)
        else:
            found.extend(claims)
    return found
