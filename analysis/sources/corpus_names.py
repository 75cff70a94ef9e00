"""One name per person across the corpus, where the articles' own spellings leave one person under two names.

:func:`analysis.sources.same_person.canonical_names` makes the spellings that share a surname and a first initial one
person ("Peskov", "Dmitry Peskov", "Dmitri Peskov"). On the coverage of one story by many outlets
(tests/data/sources_real.json) two kinds of spelling were left apart:

- a word of address opening the name (``lexicons/name_titles.yaml``): English capitalises "Cardinal" into the
  name, Spanish writes "el cardenal Kevin Farrell" with the title outside it. Names are compared without those
  words (:func:`untitled`), so "Cardinal Kevin Farrell", "Cardinal Farrell", "Kevin Farrell" and "Farrell" are
  one person, named without the title;
- a first name alone ("Marc dijo: «...»") in an article that also writes the surname of the corpus's only full
  name with that first name ("Márquez completó el trazado"; "Marc Márquez" quoted elsewhere): the article ties
  them. With no such surname in the article ("said Alex" where no Márquez is named), or two full names that fit,
  the first name stays as written: "Marc Márquez" and "Álex Márquez", brothers, stay two people, and a "María"
  whose article names no surname of the corpus's one "María ..." is no one else.

>>> rows = [("a", "Cardinal Kevin Farrell"), ("b", "Kevin Farrell"), ("c", "Cardinal Farrell"), ("d", "Marc"),
...         ("e", "Marc Márquez"), ("e", "Álex Márquez"), ("f", "Alex")]
>>> texts = {"d": "Márquez ganó. Marc dijo: «Fue difícil».", "f": "Alex said: 'fine'."}
>>> names = corpus_names(rows, texts)
>>> [names[row] for row in rows]
['Kevin Farrell', 'Kevin Farrell', 'Kevin Farrell', 'Marc Márquez', 'Marc Márquez', 'Álex Márquez', 'Alex']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from operator import itemgetter

from analysis.config import settings
from analysis.safe_yaml import load_yaml
from analysis.sources.lexicon import fold, fold_text
from analysis.sources.names import CONNECTORS
from analysis.sources.same_person import canonical_names, surname_key

__all__ = ["corpus_names", "untitled"]

RE_WORD = re.compile(r"\w+(?:[-'’]\w+)*")  # a word of a text, a hyphenated surname whole


@cache
def _titles() -> tuple[frozenset[str], frozenset[str]]:
    """(words of address that may stand before a surname alone, those before a first name) of
    ``lexicons/name_titles.yaml``, folded."""
    text = resources.files("analysis.lexicons").joinpath("name_titles.yaml").read_text(encoding="utf-8")
    data = load_yaml(text)
    before_surname = frozenset(fold(str(w)) for w in data["before_surname"])
    return before_surname, before_surname | frozenset(fold(str(w)) for w in data["before_first_name"])


def untitled(name: str) -> str:
    """``name`` without the words of address that open it: while two words or more are left, and before a surname
    alone when the word of address is one written so ("Cardinal Farrell" is Farrell, "Pope Francis" stays whole).

    >>> untitled("Cardinal Kevin Farrell"), untitled("Cardinal Farrell"), untitled("Father Michael Collins")
    ('Kevin Farrell', 'Farrell', 'Michael Collins')
    >>> untitled("Pope Francis"), untitled("Sir Keir Starmer"), untitled("Sister Mary"), untitled("padre de la víctima")
    ('Pope Francis', 'Keir Starmer', 'Sister Mary', 'padre de la víctima')
    """
    words = name.split()
    before_surname, address = _titles()
    cut = 0
    while len(words) - cut > 2 and _address(words, cut, address):
        cut += 1
    if len(words) - cut == 2 and _address(words, cut, before_surname):
        cut += 1
    return " ".join(words[cut:]) if cut else name


def _address(words: list[str], at: int, titles: frozenset[str]) -> bool:
    """Whether ``words[at]`` is a capitalised word of address of ``titles`` before a capitalised word: a title written
    into a name ("Cardinal Kevin"), not a description's noun ("padre de la víctima", "hermano de Jenni Hermoso").

    >>> _address("Cardinal Kevin Farrell".split(), 0, _titles()[0]), _address("padre de la víctima".split(), 0, _titles()[1])
    (True, False)
    """
    return words[at][:1].isupper() and words[at + 1][:1].isupper() and fold(words[at]) in titles


def _capitalised(name: str) -> bool:
    """Whether every word of a name is capitalised: a person's name, not a description ("ejército israelí", whose
    head noun alone is no first name; held-out7).

    >>> _capitalised("Marc Márquez"), _capitalised("ejército israelí")
    (True, False)
    """
    return all(map(str.isupper, map(itemgetter(0), name.split())))  # each word's first letter (split gives no "")


def corpus_names(
    rows: Iterable[tuple[str, str]], texts: Mapping[str, str], languages: Mapping[str, str] | None = None
) -> dict[tuple[str, str], str]:
    """Each (article, speaker as the article names them) → the person's one name in the corpus.

    ``rows`` has one pair per statement (a name's count is how often it speaks); ``texts`` is each article's text,
    what a first name alone is tied by, and a surname alone by the countries its article names (in the article's
    language of ``languages``, Spanish when not given).
    """
    pairs = list(rows)
    said = [speaker for _, speaker in pairs]
    # Each spelling once (its key the first row's string, its value read from the last row's, as one comprehension
    # over every row gave: the same strings, so the mapping pickles byte for byte as before).
    cores = {speaker: untitled(last) for speaker, last in {speaker: speaker for speaker in said}.items()}
    mapping = canonical_names(map(cores.__getitem__, said))
    spellings: dict[str, set[str]] = {}
    for speaker, core in cores.items():
        spellings.setdefault(mapping[core], set()).add(speaker)
    for speaker, core in cores.items():  # a title cut for no other spelling: the name as written ("Prof Agboola")
        if core != speaker and spellings[mapping[core]] == {speaker}:
            mapping[core] = speaker
    names = set(mapping.values())
    full_by_first: dict[str, set[str]] = {}
    holders: dict[str, set[str]] = {}  # each surname -> the full persons' names having it
    for name in names:
        words = fold(name).split()
        if len(words) > 1 and not set(words) & CONNECTORS and _capitalised(name):
            full_by_first.setdefault(words[0], set()).add(name)
            holders.setdefault(surname_key(name), set()).add(name)
    surnames = {surname_key(name) for name in names if len(name.split()) > 1}
    shared = {key: fulls for key, fulls in holders.items() if len(fulls) > 1}  # surnames of several full names
    # Each spelling's name, and whether it may stand for a full name: a first name alone (tied by its article's
    # words) or a surname alone of several full names (tied by its article's countries). Most are neither: their
    # name is the same in every article.
    named = {speaker: mapping[core] for speaker, core in cores.items()}
    first_alone: set[str] = set()
    surname_alone: dict[str, set[str]] = {}
    for speaker, name in named.items():
        if not name[:1].isupper():
            continue
        first = fold(name)
        if " " not in first and first in full_by_first and first not in surnames:
            first_alone.add(speaker)
        if shared and " " not in name and (fulls := shared.get(surname_key(name))):
            surname_alone[speaker] = fulls
    out = {pair: named[pair[1]] for pair in pairs}
    if not first_alone and not surname_alone:
        return out
    articles_of: dict[str, list[str]] | None = None  # each full name -> the articles quoting it, in order (when asked)
    countries: dict[str, frozenset[str]] = {}
    folded: dict[str, str] = {}  # each article's text, folded
    words_of: dict[str, frozenset[str]] = {}
    for article, speaker in out:
        if speaker in first_alone and article in texts:
            if article not in folded:
                folded[article] = fold_text(texts[article])
            # A surname that is no part of the text is none of its words (most): the words are read for the others.
            tied = [full for full in full_by_first[fold(named[speaker])] if surname_key(full) in folded[article]]
            if tied:
                if article not in words_of:
                    words_of[article] = frozenset(RE_WORD.findall(folded[article]))
                tied = [full for full in tied if surname_key(full) in words_of[article]]
            if len(tied) == 1:
                out[(article, speaker)] = tied[0]
        elif speaker in surname_alone:
            if articles_of is None:  # the articles of the full names a surname alone may stand for
                articles_of = {}
                compared = set().union(*surname_alone.values())
                for quoted, speaker_there in pairs:
                    if (full := named[speaker_there]) in compared:
                        spoken = articles_of.setdefault(full, [])
                        if not spoken or spoken[-1] != quoted:
                            spoken.append(quoted)
            found = _by_company(article, surname_alone[speaker], articles_of, texts, languages or {}, countries)
            if found:
                out[(article, speaker)] = found
    return out


def _by_company(
    article: str,
    fulls: set[str],
    articles_of: dict[str, list[str]],
    texts: Mapping[str, str],
    languages: Mapping[str, str],
    countries: dict[str, frozenset[str]],
) -> str | None:
    """The one of several full names sharing a surname ("Pedro Sánchez", "Eddy Sanchez") that a surname alone
    ("Sánchez said the vast majority are operational") stands for: the one whose articles name the countries its
    article names (through the gazetteer, so "España" and "Spain" are one), by the mean share of the article's
    countries each of their articles names too. Catalan News' "Sánchez" on the Iberian blackout names Spain, as
    every article quoting Pedro Sánchez does and none quoting the Guatemalan volcanologist Eddy Sánchez
    (tests/data/sources_real.json and agreement_real.json read as one corpus, session 16). None when no full name's
    share reaches ``company_share`` (settings/sources.yaml) or the best is not twice the next (two Spanish politicians of one surname): the
    surname stays as written; so it does when more than ``company_names`` full names share the surname.

    >>> texts = {"a": "Sánchez dijo que España y Portugal", "b": "Pedro Sánchez habló en España.",
    ...          "c": "Eddy Sanchez told Guatemala radio.", "d": "Sánchez habló."}
    >>> of, langs = {"Pedro Sánchez": ["b"], "Eddy Sanchez": ["c"]}, {"c": "en"}
    >>> found: dict[str, frozenset[str]] = {}
    >>> _by_company("a", set(of), of, texts, langs, found), _by_company("d", set(of), of, texts, langs, found)
    ('Pedro Sánchez', None)
    """
    rules = settings().sources
    if len(fulls) > rules.company_names:
        return None  # a common surname of many people quoted: nothing tells one of them well enough
    own = _countries(article, texts, languages, countries)
    if not own:
        return None
    shares = []
    for full in fulls:
        named = _named_by(full, article, articles_of, texts, languages, countries, rules.company_articles)
        if named is not None:
            times, articles = named
            shares.append((sum(times[c] for c in own) / articles / len(own), full))
    shares.sort(reverse=True)
    if not shares or shares[0][0] < rules.company_share or (len(shares) > 1 and shares[0][0] < 2 * shares[1][0]):
        return None
    return shares[0][1]


def _named_by(
    full: str,
    article: str,
    articles_of: dict[str, list[str]],
    texts: Mapping[str, str],
    languages: Mapping[str, str],
    countries: dict[str, frozenset[str]],
    most: int,
) -> tuple[Counter[str], int] | None:
    """(how many of ``full``'s first ``most`` articles, ``article`` left out, name each country; how many were read),
    None when it has none."""
    others = [a for a in articles_of.get(full, ())[: most + 1] if a != article and a in texts][:most]
    if not others:
        return None
    times: Counter[str] = Counter()
    for other in others:
        times.update(_countries(other, texts, languages, countries))
    return times, len(others)


def _countries(
    article: str, texts: Mapping[str, str], languages: Mapping[str, str], found: dict[str, frozenset[str]]
) -> frozenset[str]:
    """The countries (ISO codes) of the places an article names in its first ``COUNTRIES_READ`` characters (its
    dateline and lede; the gazetteer's reading: "Madrid" and "España" are ES), kept in ``found``."""
    known = found.get(article)
    if known is None:
        from analysis.corpus.places import places_in  # the gazetteer, only when a surname needs it

        text = texts.get(article, "")
        mentions = places_in(text, language=languages.get(article, "es"), end=min(len(text), COUNTRIES_READ))
        known = found[article] = frozenset(m.place.country for m in mentions)
    return known


COUNTRIES_READ = 1500  # an article's first characters read for its countries (the whole text cost twice as much)
