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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

from text_to_num import alpha2digit

from analysis.config import load_yaml, settings
from analysis.corpus.records import WITH_LEXICONS
from analysis.regex_cache import compiled
from analysis.text import fold

__all__ = [
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

# Digits with thousands separators or a decimal part: "1.200", "1,200", "1,5", "12".
# A plain space groups thousands only after one to three digits and before exactly three ("1 037").
RE_DIGITS_TEXT = r"(?:\d{1,3}(?: \d{3}(?!\d))+|\d+(?:[.,\u00a0\u202f]\d+)*)"
# Digits after "mil" complete a number written half in words ("dos mil 012", "20 mil 213", "mil 37").
RE_THOUSAND_REST = compiled(r" (\d{1,3})(?![\w%º°ª]|[.,]\d)")
THOUSAND_WORDS = {"es": "mil", "en": "thousand"}
RE_DIGITS = compiled(RE_DIGITS_TEXT)
RE_SEPARATOR = compiled(r"[.,\u00a0\u202f]")
RE_SPACES = compiled(r"\s+")
# English tens and units written apart ("twenty one") for text2num, which wants "twenty-one".
RE_EN_TENS_UNITS = compiled(
    r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s+(one|two|three|four|five|six|seven|eight|nine)\b",
    re.I,
)
# What each vowel of a folded lexicon entry matches in text (ñ is not folded: it matches itself).
ACCENTS = {"a": "[aá]", "e": "[eé]", "i": "[ií]", "o": "[oó]", "u": "[uúü]"}


@cache
def lexicon(name: str) -> dict[str, Any]:
    """A YAML file of ``analysis/lexicons`` (cached)."""
    text = resources.files("analysis.lexicons").joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    data = load_yaml(text)  # aliases refused, values counted, as every YAML read
    return data if isinstance(data, dict) else {}


def _fold(word: str) -> str:
    """Regex for a lexicon entry: accent-insensitive vowels (:func:`analysis.text.fold`), any run of spaces between words."""
    out = []
    for ch in fold(word):
        if ch in ACCENTS:
            out.append(ACCENTS[ch])
        elif ch.isspace():
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def words_regex(words: Iterable[str]) -> str:
    """One alternation of lexicon entries, longest first, bounded by non-word characters.

    >>> bool(re.fullmatch(words_regex(["víctimas mortales"]), "victimas  mortales", re.I))
    True
    """
    unique = sorted({w.lower() for w in words if w}, key=lambda w: (-len(w), w))
    if not unique:
        return r"(?!x)x"
    return r"(?<![\w])(?:" + "|".join(_fold(w) for w in unique) + r")(?![\w])"


def plain(text: str) -> str:
    """Lower-case, accents folded (:func:`analysis.text.fold`), single spaces: the key for lexicon look-ups.

    >>> plain("  Víctimas   MORTALES ")
    'victimas mortales'
    """
    return RE_SPACES.sub(" ", fold(text)).strip()


def _decimal_text(text: str) -> str | None:
    """Digits with separators as plain decimal text ("1.234,5" -> "1234.5"), or None when unreadable."""
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    seps = [c for c in text if c in ".,  "]
    if not seps:
        return text
    groups = re.split(r"[., ]", text)
    if "." in seps and "," in seps:
        decimal = seps[-1]
        integer, _, fraction = text.rpartition(decimal)
        return RE_SEPARATOR.sub("", integer).replace(" ", "") + "." + fraction
    if all(len(g) == 3 for g in groups[1:]) and (len(seps) > 1 or len(groups[0]) <= 3):
        return "".join(groups)
    if len(seps) == 1 and seps[0] in ".,":
        return groups[0] + "." + groups[1]
    return None


def parse_digits(text: str) -> float | None:
    """Value of digits with thousands separators or a decimal part, or None when unreadable.

    A separator followed by exactly three digits groups thousands; otherwise it
    marks decimals; with both "." and "," the last one is the decimal mark.

    >>> parse_digits("1.200"), parse_digits("1,200"), parse_digits("1,5"), parse_digits("1.234.567"), parse_digits("1.234,5")
    (1200.0, 1200.0, 1.5, 1234567.0, 1234.5)
    """
    number = _decimal_text(text)
    return None if number is None else float(number)


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


@dataclass(frozen=True)
class _Grammar:
    """The compiled figure pattern of one language and the look-ups its groups need."""

    pattern: re.Pattern[str]
    qualifiers: dict[str, str]
    multipliers: dict[str, int]
    collective: dict[str, int]
    plural: dict[str, int]
    post: dict[str, str]
    shared: frozenset[str]  # range openings that may end the cue before the range ("la muerte de 20 a 30")
    language: str


@cache  # compiled once, on the first text of the language (0.1-0.2 s each: `figures` on Spanish never pays for English)
def _grammar(language: str) -> _Grammar:
    lex = lexicon(f"figures_{language}")
    words = [w for w in lex["number_words"] if w != "a"]
    excluded = set(lex["number_continuations"]) | set(lex["number_articles"]) | {"uno", "one"}
    starters = [w for w in words if w not in excluded]
    conn = "|".join(re.escape(c) for c in lex["number_connectors"] if c != "-")
    word, first = words_regex(words), words_regex(starters)
    mult = words_regex(lex["multipliers"])
    art = words_regex(lex["number_articles"])
    cont = words_regex(lex["number_continuations"] + list(lex["multipliers"]))
    number_words = rf"(?:{art}\s+{cont}|{first})(?:(?:\s+(?:{conn})\s+|\s+|-){word})*"
    digits = rf"(?<![\w$€£¥.,:\-/]){RE_DIGITS_TEXT}(?![\w%º°ª]|[.,:]\d|\s?%)(?:\s+{mult})?"
    units = words_regex(lex["plural_units"])
    determiner = words_regex(lex["plural_determiners"])
    collective = words_regex(lex["collective_units"])
    collective_plurals = {c + "s" for c in lex["collective_units"]} | {"centenares", "millares"}
    collective_plural = words_regex([u for u in lex["plural_units"] if u in collective_plurals])
    single = words_regex(list(lex["multipliers"]))
    quantity = (
        rf"(?P<half>{words_regex(lex['half_words'])}\s+{single})"
        rf"|(?P<collective>(?:{words_regex(lex['collective_articles'])}|{words_regex(lex['half_words'])})\s+{collective})"
        rf"|(?P<times>(?P<times_n>{digits}|{number_words})\s+(?:{collective_plural}|{collective}))"
        rf"|(?P<plural>{determiner}\s+{single}|(?:{determiner}\s+)?{units}(?:\s+(?:de|of)\s+{units})?)"
        rf"|(?P<digits>{digits})|(?P<words>{number_words})"
    )
    # "uno", "one" alone before a list's place or a verb ("y uno en Ica", "one in Hakui", "one died"), "un"/"una"
    # before one person ("murió una mujer", "one person"); never a partitive ("una de las víctimas", "one of the
    # worst") nor after "no"/"cada" ("no one", "cada uno"): a figure of 1, tried last.
    single_noun = words_regex(lex["single_person_nouns"])
    followers = words_regex(lex["single_alone_followers"])
    not_after = "".join(rf"(?<!\b{_fold(w)}\s)" for w in lex["single_not_after"])
    quantity += (
        rf"|(?P<single>{not_after}(?:{words_regex(lex['single_alone'])}(?=\s*(?:[,.;:)]|$)|\s+{followers})"
        rf"|{words_regex(lex['single_articles_figure'])}(?=\s+{single_noun})))"
    )
    qual = words_regex(lex["qualifiers"])
    # "entre 10 y 15", "de 20 a 30"; with no opening word, "six to 10" (bare_range_joins); never after a verb of
    # change or "by"/"from" ("pasó de 20 a 30", "rose by 12 to 45": the second number is the toll).
    change = "".join(rf"(?<!\b{_fold(w)}\s)" for w in lex["range_not_after"])
    ends = rf"(?P<r1>{digits}|{number_words})\s+{words_regex(lex['range_joins'])}\s+(?P<r2>{digits}|{number_words})"
    bare = rf"(?P<b1>{digits}|{number_words})\s+{words_regex(lex['bare_range_joins'])}\s+(?P<b2>{digits}|{number_words})"
    rng = rf"{change}(?P<range>{words_regex(lex['range_starts'])}\s+{ends}|{bare})"
    # "un centenar largo", "100-plus", "200-odd": a qualifier written after the quantity.
    post = rf"(?:(?:\s+|-)(?P<post>{words_regex(lex['post_qualifiers'])}))?"
    # A qualifier may be quoted from a source ("dijo que “aproximadamente” 24 personas murieron").
    pattern = rf"(?:{qual}\s+)?{rng}|(?:(?P<qual>{qual})[”\"»]?\s+(?:{qual}\s+)?)?(?:{quantity}){post}"
    return _Grammar(
        compiled(pattern, re.IGNORECASE),
        {plain(k): v for k, v in lex["qualifiers"].items()},
        {plain(k): int(v) for k, v in lex["multipliers"].items()},
        {plain(k): int(v) for k, v in lex["collective_units"].items()},
        {plain(k): int(v) for k, v in lex["plural_units"].items()},
        {plain(k): v for k, v in lex["post_qualifiers"].items()},
        frozenset(plain(w) for w in lex["range_starts_shared"]),
        language,
    )



def _digits_value(text: str, grammar: _Grammar) -> int | None:
    match = RE_DIGITS.match(text)
    if match is None:
        return None
    if (
        len(match.group()) > settings().intervals.max_digits
    ):  # a longer number is no count of people, and is never converted
        return None
    number = _decimal_text(match.group())
    rest = plain(text[match.end() :])
    multiplier = grammar.multipliers.get(rest, 1) if rest else 1
    if number is None:
        return None
    # Decimal, not float: exact for any length of digits ("999999999999 millones"), never infinite.
    value = Decimal(number) * multiplier
    return int(value) if value == value.to_integral_value() else None


def _words_value(text: str, language: str) -> int | None:
    phrase = RE_SPACES.sub(" ", text.lower()).strip()
    if language == "en":
        phrase = RE_EN_TENS_UNITS.sub(r"\1-\2", re.sub(r"^(?:a|one)\s+", "one ", phrase))
    else:
        phrase = re.sub(r"\bveinti[uú]n\b", "veintiuno", phrase)
    converted = alpha2digit(phrase, language, threshold=0)
    return int(converted) if converted.isdigit() else None


def _value(text: str, grammar: _Grammar) -> int | None:
    value = _digits_value(text, grammar) if text[:1].isdigit() else _words_value(text, grammar.language)
    return None if value is None or value > settings().intervals.max_value else value


def _plural_span(text: str, grammar: _Grammar) -> tuple[int, int] | None:
    units = [grammar.plural.get(w) or grammar.multipliers.get(w) for w in re.split(r"\s+(?:de|of)\s+|\s+", plain(text))]
    known = [u for u in units if u]
    if not known:
        return None
    unit = math.prod(known)
    low, high = settings().intervals.plural
    return low * unit, high * unit - 1


@cache
def trigger_words(language: str) -> dict[str, frozenset[str] | None]:
    """Words a figure can start with (besides digits), each with the words that must follow it.

    ``None`` means any word may follow ("unos", "treinta", "decenas"); a set names
    the second words of multi-word starts ("en" -> {"torno"}, "un" -> {"centenar",
    "millón", "soldado", ...}: one person after "un" is a figure of one). Keys come with and without accents. Matching the
    figure pattern only at these tokens (``find_figures(starts=...)``) keeps
    extraction fast on long corpora.

    >>> t = trigger_words("es")
    >>> t["treinta"], "torno" in t["en"], "centenar" in t["un"], "barco" in t["un"]
    (None, True, True, False)
    """
    lex = lexicon(f"figures_{language if language in WITH_LEXICONS else 'es'}")
    articles = {w.lower() for w in [*lex["number_articles"], *lex["collective_articles"]]}
    followers = [*lex["number_continuations"], *lex["multipliers"], *lex["collective_units"]]
    entries = [
        *lex["number_words"], *lex["number_articles"], *lex["qualifiers"], *lex["plural_units"],
        *lex["plural_determiners"], *lex["collective_articles"], *lex["half_words"], *lex["range_starts"],
        *lex["multipliers"],
    ]  # fmt: skip
    seconds: dict[str, set[str] | None] = {}
    for entry in entries:
        words = [w for w in re.split(r"[\s-]+", entry.strip().lower()) if w]
        if not words:
            continue
        first = words[0]
        if len(words) == 1 and first in articles:
            following: set[str] | None = {re.split(r"\s+", f.lower())[0] for f in followers}
        else:
            following = {words[1]} if len(words) > 1 else None
        current = seconds.get(first, set())
        seconds[first] = None if following is None or current is None else current | following
    nouns = {re.split(r"[\s-]+", n.strip().lower())[0] for n in lex["single_person_nouns"]}
    followers_alone = {re.split(r"[\s-]+", n.strip().lower())[0] for n in lex["single_alone_followers"]}
    for article in lex["single_articles_figure"]:  # "una mujer", "one person": a figure of 1 before one person
        current = seconds.get(article, set())
        seconds[article] = None if current is None else current | nouns
    for alone in lex["single_alone"]:  # "y uno en Ica", "one died": the pattern checks what follows
        # A word that is also an article ("una", "one": frequent) starts only before a follower or a person;
        # "uno" anywhere (the pattern also takes it before punctuation: "y uno.").
        current = seconds.get(alone, set()) if alone in lex["single_articles_figure"] else None
        seconds[alone] = None if current is None else current | nouns | followers_alone
    out: dict[str, frozenset[str] | None] = {}
    for first, nxt in seconds.items():
        value = None if nxt is None else frozenset(nxt | {plain(w) for w in nxt})
        out[first] = out[plain(first)] = value
    return out


def figure_starts(tokens: Sequence[str], language: str) -> list[int]:
    """Indices of the tokens a figure may start at: digits and :func:`trigger_words` followed as required.

    >>> figure_starts(["en", "torno", "a", "12", "en", "casa", "un", "centenar"], "es")
    [0, 3, 6]
    """
    triggers = trigger_words(language)
    out = []
    last = len(tokens) - 1
    for i, token in enumerate(tokens):
        if token[0] in "0123456789":
            out.append(i)
        elif token in triggers:
            following = triggers[token]
            if following is None or (i < last and tokens[i + 1] in following):
                out.append(i)
    return out


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
    skip = start
    for m in matches:
        if m is None or m.start() < skip:
            continue
        figure = _figure(m, grammar)
        if figure is not None and figure.form in ("digits", "words") and plain(figure.text).split(" ")[-1] == THOUSAND_WORDS.get(language):
            figure = _thousand_rest(figure, text, stop, grammar)
            skip = figure.end
        if figure is not None and _plausible(figure):
            yield _quoted(figure, text, start, stop)


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


def _thousand_rest(figure: Figure, text: str, stop: int, grammar: _Grammar) -> Figure:
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


def _figure(m: re.Match[str], grammar: _Grammar) -> Figure | None:
    figure = _read_figure(m, grammar)
    if figure is None:
        return None
    number = m.group("range") or m.string[(m.end("qual") if m.group("qual") else m.start()) : m.end()]
    return replace(figure, number=number.strip())


def _read_figure(m: re.Match[str], grammar: _Grammar) -> Figure | None:
    qualifier = grammar.qualifiers.get(plain(m.group("qual") or ""), "exact")
    if m.group("post") and qualifier == "exact":
        qualifier = grammar.post.get(plain(m.group("post")), qualifier)  # "un centenar largo": more than 100
    if m.group("range"):
        ends = (m.group("r1"), m.group("r2")) if m.group("r1") else (m.group("b1"), m.group("b2"))
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
        value = grammar.multipliers.get(plain(m.group("half")).split(" ")[-1], 0) // 2
        form = "words"
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
