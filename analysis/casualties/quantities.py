"""Figures in news text: digits, number words, approximate quantities, and their intervals.

A *figure* is an optional qualifier plus a quantity; it becomes a whole-number
interval ``[low, high]`` where ``None`` means "no bound given". The rules, also in
``settings/interval_rules.yaml`` (``about`` = 0.10, ``plural`` = [2, 10]):

==============  ===========================  =====================================
rule            example                      interval
==============  ===========================  =====================================
exact           "32"                         [32, 32]
at least        "al menos 100"               [100, None]
more than       "más de un centenar"         [101, None]
about           "cerca de 100", "unos 100"   [ceil(0.9 n), floor(1.1 n)] = [90, 110]
nearly          "casi 100", "nearly 100"     [ceil(0.9 n), n - 1] = [90, 99]
up to           "hasta 100"                  [None, 100]
fewer than      "menos de 100"               [None, 99]
between         "entre 10 y 15", "de 20 a    [10, 15]
                30", "six to 10"
==============  ===========================  =====================================

A range needs its opening word in Spanish ("entre", "de"); English also reads a bare "six to 10". After "from",
"by" or a verb of change ("rose from 20 to 31", "pasó de 20 a 31": ``range_not_after``) it is two figures, the
earlier and the new toll. A qualifier may follow the quantity (``post_qualifiers``: "un centenar largo",
"100-plus": more than). A figure of one is "uno"/"una"/"one" alone before a list's place, a verb or a participle
("y uno en Ica", "one died"), or "un"/"una"/"one" before one person ("murió una mujer"), never a partitive ("una de
las víctimas", "one of the worst") nor after "no", "cada", "each" ("no one", "cada uno"). A quantity between
quotation marks («decenas», "dozens") is read with its marks.

Quantities without digits: "medio millón" and "half a million" are exact halves; number words go through text2num's ``alpha2digit``
on the number phrase only ("treinta y dos" -> 32); a collective noun ("un
centenar", "una docena", "a dozen") is *about* its value when unqualified and
its plain value under a qualifier ("más de un centenar" -> [101, None]); a plural
unit u ("decenas", "cientos", "miles", "dozens", "hundreds") means at least two
units and fewer than ten: [2u, 10u - 1] ("decenas" -> [20, 99], "decenas de
miles" -> [20000, 99999]). "cerca de" (close to) reads as *about*, since outlets use
it for counts a little under and a little over. A figure above ``max_value``
(10,000,000,000, more than the world's population: an identifier or a phone
number) or written with more than ``max_digits`` (24) digits and separators, or with
an empty interval ("menos de 0"), is not read.

>>> [(f.text, f.low, f.high, f.qualifier) for f in find_figures("al menos 100 y más de un centenar", "es")]
[('al menos 100', 100, None, 'at least'), ('más de un centenar', 101, None, 'more than')]
>>> [(f.text, f.low, f.high) for f in find_figures("six to 10 bodies, one in Hakui, 100-plus, one of them", "en")]
[('six to 10', 6, 10), ('one', 1, 1), ('100-plus', 101, None)]
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from analysis.casualties.figure_grammar import Grammar, figure_starts, trigger_words
from analysis.casualties.figure_grammar import grammar as _grammar
from analysis.casualties.numerals import RE_DIGITS_TEXT, digits_value, parse_digits, words_value
from analysis.casualties.word_patterns import lexicon, plain, words_regex
from analysis.config import settings
from analysis.corpus.records import WITH_LEXICONS
from analysis.regex_cache import compiled

__all__ = [
    "RE_DIGITS_TEXT",
    "Figure",
    "figure_starts",
    "find_figures",
    "interval",
    "lexicon",
    "parse_digits",
    "plain",
    "trigger_words",
    "words_regex",
]


# Digits after "mil" complete a number written half in words ("dos mil 012", "20 mil 213", "mil 37").
RE_THOUSAND_REST = compiled(r" (\d{1,3})(?![\w%º°ª]|[.,]\d)")
THOUSAND_WORDS = {"es": "mil", "en": "thousand"}


@dataclass(frozen=True)
class Figure:
    """A qualified quantity found in text: its span, the interval rule and the interval."""

    start: int
    end: int
    text: str
    qualifier: str  # a rule of interval_rules.yaml, "approximate" for bare collective/plural
    low: int | None
    high: int | None
    value: int  # the figure as written, before the qualifier ("un centenar" -> 100)
    form: str  # digits | words | collective | plural | range
    number: str = ""  # the quantity as written, without its qualifier ("al menos 100" -> "100")


def interval(
    value: int, qualifier: str, *, form: str = "digits", span: tuple[int, int] | None = None
) -> tuple[int | None, int | None]:
    """Whole-number interval of a figure under a qualifier rule (see the module docstring).

    ``span`` is the interval of a plural quantity ("decenas" -> (20, 99)), which a
    qualifier keeps except for the bound it sets.

    >>> interval(100, "more than"), interval(100, "about"), interval(100, "nearly"), interval(12, "exact", form="collective")
    ((101, None), (90, 110), (90, 99), (11, 13))
    """
    share = settings().intervals.about
    about = (math.ceil(value * (1 - share) - 1e-9), math.floor(value * (1 + share) + 1e-9))
    if form == "plural" and span is not None:
        lo, hi = span
        bounds: dict[str, tuple[int | None, int | None]] = {
            "at least": (lo, None), "more than": (lo, None), "up to": (None, hi), "fewer than": (None, hi),
        }  # fmt: skip
        return bounds.get(qualifier, (lo, hi))
    rules: dict[str, tuple[int | None, int | None]] = {
        "exact": (value, value) if form != "collective" else about,
        "at least": (value, None),
        "more than": (value + 1, None),
        "about": about,
        "nearly": (about[0], max(about[0], value - 1)),
        "up to": (None, value),
        "fewer than": (None, value - 1),
    }
    return rules.get(qualifier, (value, value))


def _value(text: str, grammar: Grammar) -> int | None:
    value = digits_value(text, grammar.multipliers) if text[:1].isdigit() else words_value(text, grammar.language)
    return None if value is None or value > settings().intervals.max_value else value


def _plural_span(text: str, grammar: Grammar) -> tuple[int, int] | None:
    units = [grammar.plural.get(w) or grammar.multipliers.get(w) for w in re.split(r"\s+(?:de|of)\s+|\s+", plain(text))]
    known = [u for u in units if u]
    if not known:
        return None
    unit = math.prod(known)
    low, high = settings().intervals.plural
    return low * unit, high * unit - 1


def find_figures(
    text: str, language: str, *, start: int = 0, end: int | None = None, starts: Iterable[int] | None = None
) -> Iterator[Figure]:
    """Every figure in ``text[start:end]``, in order, with its interval.

    ``starts`` restricts matching to those offsets (token starts whose token is a
    digit or in :func:`trigger_words`); without it every offset is tried.
    Languages other than Spanish and English use the Spanish grammar.

    >>> [(f.text, f.low, f.high) for f in find_figures("decenas de miles, thirty-two, 1,5 millones", "en")]
    [('thirty-two', 32, 32)]
    >>> [(f.text, f.low, f.high) for f in find_figures("decenas de miles y 1,5 millones", "es")]
    [('decenas de miles', 20000, 99999), ('1,5 millones', 1500000, 1500000)]
    """
    grammar = _grammar(language if language in WITH_LEXICONS else "es")
    stop = len(text) if end is None else end
    if starts is None:
        matches: Iterable[re.Match[str] | None] = grammar.pattern.finditer(text, start, stop)
    else:
        matches = _anchored(grammar.pattern, text, sorted(p for p in starts if start <= p < stop), stop)
    skip = last_end = start
    for m in matches:
        if m is None or m.start() < skip:
            continue
        figure = _figure(m, grammar)
        if figure is not None and figure.form in ("digits", "words") and plain(figure.text).split(" ")[-1] == THOUSAND_WORDS.get(language):
            figure = _thousand_rest(figure, text, stop, grammar)
            skip = figure.end
        if figure is not None and _plausible(figure):
            # a mark that closed the figure before opens no other: '"0"0"' is two figures that do not overlap
            figure = _quoted(figure, text, max(start, last_end), stop)
            last_end = figure.end
            yield figure


# An opening quotation mark and the closing one that matches it.
QUOTES = {"«": "»", "“": "”", '"': '"', "‘": "’", "'": "'", "„": "“"}


def _quoted(figure: Figure, text: str, start: int, stop: int) -> Figure:
    """A quantity between quotation marks is the figure with its marks: «decenas» de muertos, "dozens" of dead (the
    outlet quotes a source's word; the count is the same). Taking the marks in lets the counted phrase after them
    and a cue before them be read as for a quantity without them.

    >>> [(f.text, f.low, f.high) for f in find_figures('hubo «decenas» de muertos', "es")]
    [('«decenas»', 20, 99)]
    """
    if figure.start <= start or figure.end >= stop:
        return figure
    close = QUOTES.get(text[figure.start - 1])
    if close is None or text[figure.end] != close:
        return figure
    return replace(figure, start=figure.start - 1, end=figure.end + 1, text=text[figure.start - 1 : figure.end + 1])


def _thousand_rest(figure: Figure, text: str, stop: int, grammar: Grammar) -> Figure:
    """ "dos mil 012" -> 2012: the digits after a figure ending in "mil" are its units."""
    rest = RE_THOUSAND_REST.match(text, figure.end, stop)
    if rest is None or grammar.language != "es":
        return figure
    value = figure.value + int(rest.group(1))
    low, high = interval(value, figure.qualifier, form=figure.form)
    number = figure.number + text[figure.end : rest.end()]
    return replace(figure, end=rest.end(), text=text[figure.start : rest.end()], value=value, low=low, high=high, number=number)


def _plausible(figure: Figure) -> bool:
    """A figure above ``max_value`` (an identifier, a phone number) or with an empty interval ("menos de 0") is dropped."""
    max_value = settings().intervals.max_value
    return (
        figure.value <= max_value
        and (figure.high is None or figure.high <= max_value)
        and (figure.high is None or figure.high >= 0)
        and (figure.low is None or figure.high is None or figure.low <= figure.high)
    )


def _anchored(pattern: re.Pattern[str], text: str, starts: list[int], stop: int) -> Iterator[re.Match[str]]:
    covered = -1
    for pos in starts:
        if pos < covered:
            continue
        m = pattern.match(text, pos, stop)
        if m is not None and m.end() > pos:
            covered = m.end()
            yield m


def _figure(m: re.Match[str], grammar: Grammar) -> Figure | None:
    figure = _read_figure(m, grammar)
    if figure is None:
        return None
    qual_end = m.end("qual") if m.group("qual") else m.end("qualc") + 1 if m.group("qualc") else m.start()
    number = m.group("range") or m.string[qual_end : m.end()]
    return replace(figure, number=number.strip().lstrip('”"»“«').strip())  # quotes around a quoted qualifier


def _read_figure(m: re.Match[str], grammar: Grammar) -> Figure | None:
    qualifier = grammar.qualifiers.get(plain(m.group("qual") or m.group("qualc") or ""), "exact")
    if m.group("post") and qualifier == "exact":
        qualifier = grammar.post.get(plain(m.group("post")), qualifier)  # "un centenar largo": more than 100
    if m.group("range"):
        ends = (
            (m.group("r1"), m.group("r2"))
            if m.group("r1")
            else (m.group("b1"), m.group("b2"))
            if m.group("b1")
            else (m.group("h1"), m.group("h2"))
        )
        a, b = _value(ends[0], grammar), _value(ends[1], grammar)
        if a is None or b is None or a > b:
            return None
        opening = plain(m.string[m.start("range") : m.start("r1")]) if m.group("r1") else ""
        start = m.start("r1") if opening in grammar.shared else m.start()
        return Figure(start, m.end(), m.string[start : m.end()], "between", a, b, a, "range")
    if m.group("single"):
        low, high = interval(1, qualifier)
        return Figure(m.start(), m.end(), m.group(), qualifier, low, high, 1, "words")
    if m.group("half"):
        # "medio millón", "half a million": a round figure, approximate as "medio centenar" is (branch c6read)
        value = grammar.multipliers.get(plain(m.group("half")).split(" ")[-1], 0) // 2
        form = "collective"
    elif m.group("collective"):
        words = plain(m.group("collective")).split(" ")
        value = grammar.collective.get(words[-1], 0)
        if words[0] in ("medio", "media", "half"):
            value //= 2
        form = "collective"
    elif m.group("times"):
        unit = plain(m.group("times")).split(" ")[-1]
        n = _value(m.group("times_n"), grammar)
        per = grammar.collective.get(unit) or grammar.plural.get(unit) or 0
        if n is None or not per:
            return None
        value, form = n * per, "collective"
    elif m.group("plural"):
        span = _plural_span(m.group("plural"), grammar)
        if span is None:
            return None
        low, high = interval(span[0], qualifier, form="plural", span=span)
        rule = "approximate" if qualifier == "exact" else qualifier
        return Figure(m.start(), m.end(), m.group(), rule, low, high, span[0], "plural")
    else:
        text = m.group("digits") or m.group("words")
        parsed = _value(text, grammar)
        if parsed is None:
            return None
        value, form = parsed, "digits" if m.group("digits") else "words"
    low, high = interval(value, qualifier, form=form)
    rule = "approximate" if form == "collective" and qualifier == "exact" else qualifier
    return Figure(m.start(), m.end(), m.group(), rule, low, high, value, form)
