"""Event cues: the names and figures of an article's title and lead, as keys that match across languages.

Two articles about one event share its names: places ("Derna", "Gaziantep"), people ("Erdogan"),
storms, venues, agencies ("AFAD"); and often its figures (a magnitude of 7.8, a toll of 1,121 that an
agency gave every outlet). Stems do not match across languages ("Turquía" / "Turkey"), so each cue is
a key, the same in Spanish and English:

* **places**: a name of a country, region or listed exonym (:func:`analysis.corpus.places.name_keys`,
  the gazetteer's cheap part) is the place's key: "Turquía", "Turkey" and "Türkiye" are all ``TR``,
  "Estados Unidos" and "United States" ``US``, "Moscú" and "Moscow" ``moscow``; a demonym of
  ``lexicons/nationalities.yaml`` written with a capital ("Turkish", "Syrian") is its country's key;
* **other names**: a capitalised word inside a sentence (after a word and a space, or a comma,
  semicolon or colon: not a sentence's first word, which is capitalised anyway), lower case without
  accents; a sentence's first word counts only when it names a country or a listed place;
* **Title Case headings** ("Quake Death Toll Rises to Nearly 10,000": ``title_case_share`` of at least
  ``title_case_words`` words capitalised): every word of the heading, its first too, is a cue only as a place
  or demonym, a word the lead capitalises inside a sentence too, or a word rarer than ``title_case_zipf``
  (wordfreq's Zipf scale: "Crocus" 2.5, "Quake" 3.5); "Quake", "Death", "Toll" and "Rises" are no names;
* **figures**: numbers of at least two digits, written the same in both languages once separators
  are read: "1,121" and "1.121" are ``#1121`` (a group of three digits after the separator is
  thousands), "7,8" and "7.8" are ``#7.8``; a bare four-digit year (1900-2099) is a date, not a figure.

Stop words of Spanish and English, months and weekdays (``lexicons/not_cues.txt``) and names under three
letters are no cues; nor is a cue of one article (it links nothing) or of more than ``cue_max_df``
articles (it names no one event). Cues are weighted by idf and each article's row is L2-normalised, so
the cue cosine of two articles is 1 when they share every cue, 0 when none.

Worked example: "Lluvias en Derna, Libia" and "Floods in Derna, Libya" share "derna" and the key ``LY``
of Libia/Libya: cue cosine 1.

>>> from analysis.corpus.records import Article
>>> from analysis.text import build
>>> m = cue_matrix(build([Article("a", "Lluvias en Derna, Libia.", language="es"),
...                        Article("b", "Floods in Derna, Libya.", language="en")]))
>>> m.shape, m.nnz, round(float((m[0] @ m[1].T).toarray()[0, 0]), 6)
((2, 2), 4, 1.0)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from importlib import resources
from itertools import chain

import numpy as np
from scipy import sparse

from analysis.config import settings
from analysis.corpus.places import fold, name_keys
from analysis.corpus.word_frequency import zipf
from analysis.regex_cache import compiled
from analysis.safe_yaml import load_yaml
from analysis.similarity.vectors import factorize
from analysis.text import TextCorpus, stop_words

__all__ = ["article_cues", "article_lead", "cue_key", "cue_matrix", "place_keys"]

UPPER = "A-ZÀ-ÖØ-Þ"
CAPITAL = rf"[{UPPER}][^\W_]+(?:[-'’][^\W\d_]+)*"  # "Al-Haouz" stays whole
# Every capitalised word, in one pass: (1) the word; (2) the character before it when it is inside a sentence
# (after a word and a space, or a comma, semicolon or colon), else empty; (3) a space or connector joining it to
# a next capitalised word ("Corea del Sur", "New York"), else empty. The pattern opens with the capital itself
# (CAPITAL's first class, consumed) and tests what precedes it by lookbehinds over that letter: "not after a word
# character" (what \b before a letter says) and the optional character and space before it. So the regex engine
# skips to capitals in C, where a leading \b and lookahead were tried at every character: the same matches
# (tests/test_story_cues.py compares it with that pattern), 40 % less time.
RE_WORD = compiled(
    rf"([{UPPER}](?<!\w.)(?:(?<=([\w,;:]) .))?[^\W_]+(?:[-'’][^\W\d_]+)*)((?: (?:de|del|of the|of))? (?=[{UPPER}]))?"
)
# A number: digits, maybe in groups after separators (read by _figure_key).
RE_NUMBER = compiled(r"\d+(?:[.,]\d+)*")
RE_YEAR = compiled(r"(?:19|20)\d\d")
# The rest of a word the lead's cut falls in ("la Tor|re Grenfell" reads "Torre Grenfell", not the name "Tor").
_WORD_END_MAX = 40
RE_WORD_END = compiled(r"[^\W_]*(?:[-'’.,][^\W_]+)*")


def article_cues(title: str | None, text: str, language: str = "en") -> list[str]:
    """The cue keys of one article (title and the first ``cue_chars`` characters): names in order, then figures.

    ``language``: the article's, for how common a word of a Title Case heading is (:func:`_heading_name`).

    >>> article_cues("Sichuan Quake Death Toll Rises to Nearly 10,000", "The toll in Sichuan rose, Xinhua said.")
    ['CN-SC', 'xinhua', '#10000']
    >>> article_cues("Turkey and Syria: 1,700 dead", "Rescuers in Gaziantep, Turkish officials said. Magnitude 7.8.")
    ['TR', 'SY', 'TR-27', '#1700', '#7.8']
    >>> article_cues(None, "Un sismo de magnitud 7,8 sacudió Gaziantep, en Turquía; 1.700 muertos en 2023.")
    ['TR-27', 'TR', '#7.8', '#1700']
    """
    lead = article_lead(title, text)
    heading = RE_WORD.findall(title) if title else []
    words = heading + RE_WORD.findall(lead, len(title or ""))
    # A Title Case heading capitalises its common words ("Quake Death Toll Rises"): there a word names something
    # only as a place, a word the lead also capitalises inside a sentence, or a rare word (_heading_name).
    on = heading and settings().stories.title_case_words > 0  # 0: the rule is off
    names = _lead_names(words[len(heading) :]) if on and _title_case(title or "") else None
    keys = []
    for n, (word, before, joint) in enumerate(words):
        if names is None or n >= len(heading):
            key = cue_key(word) if before else _capital_key(word)
        else:  # a Title Case heading: its first word is no more a name than the others
            key = cue_key(word)
            key = key if key and _heading_name(word, key, names, language) else None
        if key:
            keys.append(key)
        if joint and n + 1 < len(words):
            name = word + joint + words[n + 1][0]
            pair = _pair_key(name)
            if pair:
                keys.append(pair)
            elif words[n + 1][2] and n + 2 < len(words):  # three words: "Renania del Norte Westfalia"
                three = _pair_key(name + words[n + 1][2] + words[n + 2][0])
                if three:
                    keys.append(three)
    keys.extend(k for k in map(_figure_key, RE_NUMBER.findall(lead)) if k)
    return list(dict.fromkeys(keys))


def _lead_names(words: list[tuple[str, str, str]]) -> frozenset[str]:
    """The cue keys of the capitalised words inside a sentence of the lead (after the heading)."""
    return frozenset(k for word, before, _ in words if before and (k := cue_key(word)))


def _heading_name(word: str, key: str, names: frozenset[str], language: str) -> bool:
    """Whether a capitalised word of a Title Case heading names something: a place or demonym, a word its lead
    capitalises inside a sentence, or a word rarer than ``title_case_zipf`` in the language ("Crocus": 2.5,
    "Quake": 3.5, "Death": 5.4; :func:`analysis.corpus.word_frequency.zipf`)."""
    return key in names or key in place_keys() or zipf(_name(word), language) < settings().stories.title_case_zipf


# A word of a heading: letters, maybe joined by an apostrophe or hyphen ("Al-Haouz", "Italy's").
RE_HEADING_WORD = compiled(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _title_case(title: str) -> bool:
    """Whether a heading is in Title Case: at least ``title_case_words`` words that are no stop words (of three
    letters or more), and at least ``title_case_share`` of them capitalised.

    >>> _title_case("Sichuan Quake Death Toll Rises to Nearly 10,000"), _title_case("Death toll rises to 72 in Noto")
    (True, False)
    """
    opts = settings().stories
    words = [w for w in RE_HEADING_WORD.findall(title) if _content(w)]
    upper = sum(w[0].isupper() for w in words)
    return len(words) >= opts.title_case_words and upper >= opts.title_case_share * len(words)


@cache
def _content(word: str) -> bool:
    """A word of three letters or more that is no stop word (nor month or weekday)."""
    return len(word) >= 3 and _name(word) not in _not_cues()


def article_lead(title: str | None, text: str) -> str:
    """The title and the first ``cue_chars`` characters of the text, to the end of the word the cut falls in (at
    most ``_WORD_END_MAX`` characters further).

    >>> article_lead(None, "a" * 598 + " Torre Grenfell")[-7:], len(article_lead(None, "x" * 9000))
    ('a Torre', 643)
    """
    cut = settings().stories.cue_chars
    tail = RE_WORD_END.match(text, cut, cut + _WORD_END_MAX) if len(text) > cut else None
    return (title or "") + " \n " + text[: tail.end() if tail else cut]


@cache
def cue_key(word: str) -> str | None:
    """A capitalised word's cue key inside a sentence: its place's key, else the word folded; None if no cue.

    An English possessive is the name: "Wayanad's" is "wayanad", "Burundi's" is Burundi's key.

    >>> cue_key("Turquía"), cue_key("Syrian"), cue_key("Erdoğan"), cue_key("Enero"), cue_key("The")
    ('TR', 'SY', 'erdogan', None, None)
    >>> cue_key("Wayanad's"), cue_key("Burundi’s"), cue_key("O'Higgins")
    ('wayanad', 'BI', "o'higgins")
    """
    folded = _name(word)
    if folded in _not_cues() or len(folded) < 3:
        return None
    return name_keys().get(folded) or _demonyms().get(folded) or folded


@cache
def _capital_key(word: str) -> str | None:
    """A sentence's first word is a cue only as a country or a listed place (a region's name may be a common
    word: "Central", "Como"), or a demonym."""
    folded = _name(word)
    if folded in _not_cues() or len(folded) < 3:
        return None
    key = name_keys().get(folded) or _demonyms().get(folded)
    return key if key and "-" not in key else None


RE_POSSESSIVE = compiled(r"['’]s$")


def _name(word: str) -> str:
    """A capitalised word folded (:func:`analysis.corpus.places.fold`), without an English possessive ending."""
    return RE_POSSESSIVE.sub("", fold(word))


@cache
def _pair_key(words: str) -> str | None:
    """Two (or three) capitalised words that together name a country, region or listed place ("Reino Unido")."""
    return name_keys().get(fold(words))


@cache
def _figure_key(number: str) -> str | None:
    """``#`` and the number: groups of three digits after separators are thousands ("1.121", "1,121": 1121),
    one or two digits after one separator are decimals ("7,8", "7.8": 7.8); None for a one-digit number, a
    bare year (1900-2099) or another form ("17.9.2023").

    >>> [_figure_key(n) for n in ["1,121", "1.121", "7,8", "7.8", "2023", "2,023", "5", "15384", "1.234.567", "17.9.2023"]]
    ['#1121', '#1121', '#7.8', '#7.8', None, '#2023', None, '#15384', '#1234567', None]
    """
    head, *groups = re.split(r"[.,]", number)
    if not groups:
        value = None if RE_YEAR.fullmatch(number) else number
    elif len(head) <= 3 and all(len(g) == 3 for g in groups):
        value = head + "".join(groups)
    elif len(groups) == 1 and len(groups[0]) <= 2:
        value = f"{head}.{groups[0]}"
    else:
        value = None
    return "#" + value if value and len(value.replace(".", "")) >= 2 else None


def cue_matrix(text: TextCorpus, found: Sequence[list[str]] | None = None) -> sparse.csr_matrix:
    """Articles × event cues: presence of each cue key (:func:`article_cues`, or the given lists ``found``),
    idf-weighted, rows L2-normalised.

    A cue's weight is ``ln((1 + N) / (1 + df)) + 1`` (scikit-learn's smooth idf), and 0 for a cue of one
    article or of more than ``cue_max_df`` articles.
    """
    opts = settings().stories
    n = len(text.docs)
    if found is None:
        found = [article_cues(d.article.title, d.article.text, d.article.language) for d in text.docs]
    return _weighted(found, n, opts.cue_max_df)


def _weighted(found: Sequence[list[str]], n: int, max_df: int) -> sparse.csr_matrix:
    rows = np.repeat(np.arange(n), [len(f) for f in found])
    columns, vocabulary = factorize(np.array(list(chain.from_iterable(found)), dtype=object))
    matrix = sparse.csr_matrix((np.ones(len(rows)), (rows, columns)), shape=(n, max(len(vocabulary), 1)))
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    # A cue of one article links nothing and would only dilute the others; one in more than max_df names no event.
    idf = (np.log((1 + n) / (1 + df)) + 1) * ((df >= 2) & (df <= max_df))
    matrix = sparse.csr_matrix(matrix.multiply(idf[None, :]))
    matrix.eliminate_zeros()
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1 / norms) @ matrix)


@cache
def _not_cues() -> frozenset[str]:
    """Stop words (es, en), and the months and weekdays of ``lexicons/not_cues.txt``: capitalised, no event's name."""
    listed = resources.files("analysis.lexicons").joinpath("not_cues.txt").read_text(encoding="utf-8")
    words = set(stop_words("es")) | set(stop_words("en"))
    words.update(line.strip() for line in listed.splitlines() if line.strip() and not line.startswith("#"))
    return frozenset(fold(w) for w in words)


@cache
def _demonyms() -> dict[str, str]:
    """Demonyms of ``lexicons/nationalities.yaml`` (Spanish and English) -> the key of their country."""
    data = load_yaml(resources.files("analysis.lexicons").joinpath("nationalities.yaml").read_text("utf-8"))
    keys, out = name_keys(), {}
    for entry in (data or {}).values():
        country = next((keys[fold(c)] for c in entry.get("countries", []) if fold(c) in keys), None)
        if country:
            out.update({fold(w): country for w in chain(entry.get("es", []), entry.get("en", []))})
    return out


@cache
def place_keys() -> frozenset[str]:
    """Every cue key that names a place: a country's or region's ISO code, a listed city's folded name."""
    return frozenset(name_keys().values()) | frozenset(_demonyms().values())
