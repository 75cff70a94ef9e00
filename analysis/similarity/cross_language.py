"""Cross-language links: two articles in two languages about one event whose cues alone do not link them.

An English wire story and a Spanish outlet's report of one fire share almost no stem (TF-IDF cosine near 0), and
their leads may share few names: "30 dead in Grenfell Tower fire" and "el incendio en el inmueble de la capital
británica ... 30 muertos". What they share is the **kind** of event, in each language's words
(``lexicons/event_kinds.txt``: explosion/explosión/blast, fire/incendio/blaze, earthquake/terremoto/sismo…), and
a **figure** (the 30 dead) or a **place finer than a country** (a region, ``MX-HID``, or a listed city,
``london``). Two dated articles are linked here when:

* their languages differ (in one language the TF-IDF cosine links coverage of one event already);
* they are at most ``cross_language_days`` apart;
* their leads (:func:`analysis.similarity.cues.article_lead`) name one kind of event;
* they share a figure cue, or the key of a region or listed city;
* their places do not disagree (:func:`analysis.similarity.lead_places.disagree`): when both name countries (or
  listed cities: London is in GB) they share one, and when both name regions of a shared country they share one of
  those (a fire in Texas and "un incendio en California" stay apart; so do a fire in London and one in Portugal
  that gave one figure).

A country alone is not enough, named by both or holding a region the other names ("Mexican pipeline blast" and
"explosión ... en Tlahuelilpan, Hidalgo"): with the spent corpora's events moved into one week (a stress test of
the rule), such links were right 112 of 154 times (country named by both) and 21 of 44 (region in the other's
country), against 105 of 112 (figure) and 201 of 205 (region or city). A kind and a figure or region in more than
``cue_max_df`` articles names no one event and links nothing. Such a link scores ``link_threshold``: the weakest
link, joined last and, as any link, only when ``join_share`` of the smaller story is linked across
(:mod:`analysis.similarity.story_links`).

Worked example: an English and a Spanish lead on an explosion in Hidalgo four days apart; a third, a fire in
Hidalgo, is of another kind; a fourth, an explosion in Mexico, names only the country.

>>> import datetime as dt
>>> from analysis.corpus.records import Article
>>> from analysis.text import build
>>> text = build([
...     Article("a", "Death toll in Hidalgo pipeline blast rises to 114.", "X", dt.date(2019, 1, 26), "en"),
...     Article("b", "Creció a 94 el número de víctimas de la explosión en Tlahuelilpan, Hidalgo.", "Y",
...             dt.date(2019, 1, 22), "es"),
...     Article("c", "Un incendio en Pachuca, Hidalgo, dejó 3 muertos.", "Z", dt.date(2019, 1, 23), "es"),
...     Article("d", "A blast in Mexico killed 7.", "W", dt.date(2019, 1, 23), "en")])
>>> from analysis.similarity.cues import article_cues
>>> found = [article_cues(d.article.title, d.article.text) for d in text.docs]
>>> cross_language_pairs(text, found)
(array([0]), array([1]))
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources

import numpy as np
from scipy import sparse

from analysis.config import settings
from analysis.corpus.places import fold
from analysis.regex_cache import compiled
from analysis.similarity.cues import article_lead, place_keys
from analysis.similarity.lead_places import disagree, is_country, lead_places
from analysis.similarity.vectors import factorize
from analysis.text import TextCorpus

__all__ = ["cross_language_pairs", "event_kinds"]

NO_LANGUAGE = frozenset({"", "und", None})


def event_kinds(title: str | None, text: str) -> list[str]:
    """The kinds of event the lead names (``lexicons/event_kinds.txt``), in order.

    >>> event_kinds("Death toll in Mexican pipeline blast rises", "An explosion last week...")
    ['explosion']
    >>> event_kinds(None, "Un sismo y un incendio; fire crews"), event_kinds(None, "Los muertos del fuego")
    (['earthquake', 'fire'], [])
    """
    kinds = _spellings()
    return list(dict.fromkeys(kinds[w] for w in RE_LOWER.findall(article_lead(title, text).lower()) if w in kinds))


def cross_language_pairs(text: TextCorpus, found: Sequence[list[str]]) -> tuple[np.ndarray, np.ndarray]:
    """Pairs ``i < j`` (corpus rows) linked across languages (the module docstring); ``found`` is each article's
    cue keys (:func:`analysis.similarity.cues.article_cues`). Nothing is read when the corpus has one language."""
    docs = text.docs
    empty = np.zeros(0, dtype=np.int64)
    languages = [d.article.language for d in docs]
    if len(set(languages) - NO_LANGUAGE) < 2:
        return empty, empty
    opts = settings().stories
    places = place_keys()
    own: list[list[str]] = []
    where = [lead_places(cues) for cues in found]
    for d, cues in zip(docs, found):
        mine = [c for c in cues if c.startswith("#") or (c in places and not is_country(c))]
        kinds = event_kinds(d.article.title, d.article.text) if d.article.date and mine else []
        own.append([f"{k}|{c}" for k in kinds for c in mine])
    if not any(own):
        return empty, empty
    n = len(docs)
    rows = np.repeat(np.arange(n), [len(k) for k in own])
    columns, vocabulary = factorize(np.array([k for ks in own for k in ks], dtype=object))
    keys = sparse.csr_matrix((np.ones(len(rows)), (rows, columns)), shape=(n, max(len(vocabulary), 1)))
    df = np.bincount(keys.indices, minlength=keys.shape[1])
    keys = sparse.csr_matrix(keys.multiply(((df >= 2) & (df <= opts.cue_max_df)).astype(np.float64)[None, :]))
    keys.eliminate_zeros()
    shared = sparse.triu(keys @ keys.T, k=1).tocoo()  # a kind and a figure or place of both
    pairs = np.unique(shared.row.astype(np.int64) * n + shared.col)
    out_i, out_j = [], []
    for a, b in zip((pairs // n).tolist(), (pairs % n).tolist()):
        la, lb = languages[a], languages[b]
        if la in NO_LANGUAGE or lb in NO_LANGUAGE or la == lb:
            continue
        da, db = docs[a].article.date, docs[b].article.date
        assert da is not None and db is not None
        if abs((da - db).days) > opts.cross_language_days or disagree(where[a], where[b]):
            continue
        out_i.append(a)
        out_j.append(b)
    return np.asarray(out_i, dtype=np.int64), np.asarray(out_j, dtype=np.int64)


ACCENTS = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú", "n": "ñ"}
RE_LOWER = compiled(r"[^\W\d_]+")


@cache
def _spellings() -> dict[str, str]:
    """Each word of ``lexicons/event_kinds.txt`` in lower case, bare and with one accent or ñ ("explosión",
    "huracán", "tifón") -> its kind: a lead's words are looked up as they are, none is folded."""
    out: dict[str, str] = {}
    for word, kind in _kinds().items():
        out[word] = kind
        for n, c in enumerate(word):
            if c in ACCENTS:
                out[word[:n] + ACCENTS[c] + word[n + 1 :]] = kind
    return out


@cache
def _kinds() -> dict[str, str]:
    """Each folded word of ``lexicons/event_kinds.txt`` -> its kind."""
    listed = resources.files("analysis.lexicons").joinpath("event_kinds.txt").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in listed.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, _, words = line.partition(":")
            out.update({fold(w): kind.strip() for w in words.split()})
    return out
