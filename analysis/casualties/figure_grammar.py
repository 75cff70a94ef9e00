"""The compiled figure pattern of each language, and the tokens a figure may start at.

One alternation per language, built from ``analysis/lexicons/figures_<lang>.yaml``: a qualifier, then a range, a
half, a collective ("un centenar"), a multiple of one ("tres centenares"), a plural unit ("decenas de miles"), digits,
number words or a figure of one; a qualifier may follow ("100-plus"). What each form means is
:mod:`analysis.casualties.quantities`'s; :func:`trigger_words` and :func:`figure_starts` say where the pattern is
worth trying, so long corpora are matched only there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from analysis.casualties.numerals import RE_DIGITS_TEXT
from analysis.casualties.word_patterns import entry_regex, lexicon, plain, words_regex
from analysis.corpus.records import WITH_LEXICONS
from analysis.regex_cache import compiled

__all__ = ["Grammar", "figure_starts", "grammar", "single_nationals", "trigger_words"]


@dataclass(frozen=True)
class Grammar:
    """The compiled figure pattern of one language and the look-ups its groups need."""

    pattern: re.Pattern[str]
    qualifiers: dict[str, str]
    multipliers: dict[str, int]
    collective: dict[str, int]
    plural: dict[str, int]
    post: dict[str, str]
    shared: frozenset[str]  # range openings that may end the cue before the range ("la muerte de 20 a 30")
    language: str


# Right before a number word: a capital after a preposition in lower case ("en Once", "in Seven Oaks").
NAMED_NUMBER = r"(?!(?<=(?-i:\ben|\bin|\bde|\bof)\s)(?-i:[A-ZÁÉÍÓÚÑ]))"


@cache  # compiled once, on the first text of the language (0.1-0.2 s each: `figures` on Spanish never pays for English)
def grammar(language: str) -> Grammar:
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
    # not after a hyphen ("COVID-19", "-5"), but after a double one opening an aside ("--80 de ellos", branch c8read)
    # or a single one after a space ("15 muertos -14 en Barcelona y uno en Cambrils-", branch c9read)
    digits = rf"(?<![\w$€£¥.,:/])(?<!(?<![-\s])-){RE_DIGITS_TEXT}(?![\w%º°ª]|[.,:]\d|\s?%)(?:\s+{mult})?"
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
        # a number word written with a capital right after a preposition in lower case is a name ("un incendio en
        # Once", a district of Buenos Aires; branch c8read): a Title Case heading writes the preposition capitalised
        rf"|(?P<digits>{digits})|(?P<words>{NAMED_NUMBER}{number_words})"
    )
    # "uno", "one" alone before a list's place or a verb ("y uno en Ica", "one in Hakui", "one died"), "un"/"una"
    # before one person ("murió una mujer", "one person"); never a partitive ("una de las víctimas", "one of the
    # worst") nor after "no"/"cada" ("no one", "cada uno"): a figure of 1, tried last.
    single_noun = words_regex(lex["single_person_nouns"])
    # one of a nationality ("un ucraniano murió"), not one a relative clause picks out ("at least one Indian who died
    # ... has been identified": a count of the identified)
    national = rf"{words_regex(single_nationals(language))}(?!\s+{words_regex(lex['single_national_not_before'])})"
    followers = words_regex(lex["single_alone_followers"])
    not_after = "".join(rf"(?<!\b{entry_regex(w)}\s)" for w in lex["single_not_after"])
    quantity += (
        rf"|(?P<single>{not_after}(?:{words_regex(lex['single_alone'])}(?=\s*(?:[,.;:)]|$)|\s+{followers})"
        rf"|{words_regex(lex['single_articles_figure'])}(?=\s+(?:{single_noun}|{national}))))"
    )
    # "entre 10 y 15", "de 20 a 30"; with no opening word, "six to 10" (bare_range_joins); never after a verb of
    # change or "by"/"from" ("pasó de 20 a 30", "rose by 12 to 45": the second number is the toll).
    change = "".join(rf"(?<!\b{entry_regex(w)}\s)" for w in lex["range_not_after"])
    qual = words_regex(lex["qualifiers"])
    ends = rf"(?P<r1>{digits}|{number_words})\s+{words_regex(lex['range_joins'])}\s+(?P<r2>{digits}|{number_words})"
    bare = rf"(?P<b1>{digits}|{number_words})\s+{words_regex(lex['bare_range_joins'])}\s+(?P<b2>{digits}|{number_words})"
    # "10-15 people": two numbers joined by a hyphen (a score "3-2" reads as an empty range, no figure; a date
    # "2022-10-31" as none: a third part follows)
    hyphen = r"(?<![\w$€£¥.,:\-/])(?P<h1>\d{1,6})[-–](?P<h2>\d{1,6})(?![\w%º°ª\-–/]|[.,:]\d)"
    rng = rf"{change}(?P<range>{words_regex(lex['range_starts'])}\s+{ends}|{bare}|{hyphen})"
    # "un centenar largo", "100-plus", "200-odd": a qualifier written after the quantity.
    post = rf"(?:(?:\s+|-)(?P<post>{words_regex(lex['post_qualifiers'])}))?"
    # A qualifier may be quoted from a source ("dijo que “aproximadamente” 24 personas murieron"), or the quotation
    # open after it ("aseguró que son más de “4 mil los heridos”").
    # A qualifier set off by a comma ("dejaron, al menos, 23 muertos"): only those of ``comma_qualifiers``.
    comma = rf"|(?P<qualc>{words_regex(lex['comma_qualifiers'])}),"
    pattern = (
        rf"(?:{qual}\s+)?{rng}|(?:(?:(?P<qual>{qual}){comma})[”\"»]?\s+[“\"«]?(?:{qual}\s+)?)?(?:{quantity}){post}"
    )
    return Grammar(
        compiled(pattern, re.IGNORECASE),
        {plain(k): v for k, v in lex["qualifiers"].items()},
        {plain(k): int(v) for k, v in lex["multipliers"].items()},
        {plain(k): int(v) for k, v in lex["collective_units"].items()},
        {plain(k): int(v) for k, v in lex["plural_units"].items()},
        {plain(k): v for k, v in lex["post_qualifiers"].items()},
        frozenset(plain(w) for w in lex["range_starts_shared"]),
        language,
    )


@cache
def single_nationals(language: str) -> tuple[str, ...]:
    """The singular people of each nationality of ``lexicons/nationalities.yaml``: after "un"/"una"/"one", a figure
    of one, as before ``single_person_nouns`` ("una rusa también perdió la vida", "un ucraniano murió", "one Briton
    was killed"; claims12read). A singular is a form no other form of its nationality makes plural with "s"/"es"; one
    written as a country ("china", "india", "argentina": "una china" is a pebble, "la India" a country) is left out.

    >>> nouns = single_nationals("es")
    >>> "rusa" in nouns, "francés" in nouns, "franceses" in nouns, "china" in nouns
    (True, True, False, False)
    >>> "briton" in single_nationals("en"), "britons" in single_nationals("en")
    (True, False)
    """
    lang = language if language in WITH_LEXICONS else "es"
    nouns: list[str] = []
    for entry in lexicon("nationalities").values():
        forms = [f.lower() for f in entry.get(lang, [])]
        countries = {plain(c) for c in entry.get("countries", [])}
        stems = {plain(f) for f in forms}
        nouns += [
            f for f in forms
            if plain(f) not in countries and not any(plain(f) in (s + "s", s + "es") for s in stems if s != plain(f))
        ]  # fmt: skip
    return tuple(dict.fromkeys(nouns))


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
    nouns = {re.split(r"[\s-]+", n.strip().lower())[0] for n in [*lex["single_person_nouns"], *single_nationals(language)]}
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
