"""A deterministic synthetic Spanish news corpus for benchmarks, with planted reused passages.

Resampling the seeds' sentences gives a corpus whose vocabulary stops growing
at a few thousand words, so every pair of articles looks alike. Here the seed
sentences are templates only: stop words and punctuation stay, while content
words are replaced by words drawn by real Spanish frequency (the ``wordfreq``
package), names by generated names, numbers by other numbers of the same
length, and month and weekday names by others. Articles of one story (a topic, a planted event: `topics`) share a
topic vocabulary, so nearest neighbours mean something; and 2–4 consecutive
sentences are copied between a share of random article pairs, recorded as
:class:`PlantedPassage` so that reuse detection's recall can be measured.

Parameters and word lists live in ``analysis/settings/synthetic.yaml``.
Generation is vectorised with numpy: pieces of every sentence of the corpus
are one object array, replaced in bulk, then joined per sentence.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np
import wordfreq

from analysis.corpus.loading import load_path
from analysis.corpus.records import Article
from analysis.safe_yaml import load_yaml
from analysis.text import sentence_spans, stop_words, tokenize

__all__ = ["PlantedPassage", "SyntheticCorpus", "generate", "parameters"]

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
LANGUAGE = "es"
DEFAULT_SEED = 7
# A template sentence splits into runs of word characters and runs of the rest.
RE_PIECE = re.compile(r"\w+|\W+")
RE_ALPHA = re.compile(r"[^\W\d_]{2,}")
# Slot kinds of a template's word pieces.
KEEP, WORD, NAME, NUMBER, MONTH, WEEKDAY = range(6)


@dataclass(frozen=True)
class PlantedPassage:
    """Sentences of article ``source`` copied verbatim into article ``target``."""

    source: str
    target: str
    text: str


@dataclass(frozen=True)
class SyntheticCorpus:
    """The generated articles (language already set), the planted passages, and each article's topic (event)."""

    articles: tuple[Article, ...]
    planted: tuple[PlantedPassage, ...]
    seed: int
    topics: tuple[int, ...] = ()  # each article's topic: a planted event (its words, its names, its days)

    def __len__(self) -> int:
        return len(self.articles)

    @cached_property
    def distinct_words(self) -> int:
        """Number of distinct lower-cased tokens (:func:`analysis.text.tokenize`) in all texts."""
        return len(set(chain.from_iterable(tokenize(a.text) for a in self.articles)))

    def records(self) -> Iterator[dict[str, str]]:
        """The articles as JSON records without ``language``, so loading detects it as for real files."""
        for a in self.articles:
            yield {"id": a.id, "source": a.source, "date": a.date.isoformat() if a.date else "", "text": a.text}

    def write_jsonl(self, path: str | Path) -> Path:
        """Write :meth:`records` as one JSON Lines file (loadable by :func:`analysis.corpus.loading.load_path`)."""
        path = Path(path)
        with path.open("w", encoding="utf-8") as out:
            for record in self.records():
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return path


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    text = resources.files("analysis.settings").joinpath("synthetic.yaml").read_text(encoding="utf-8")
    data = load_yaml(text)  # aliases refused, values counted, as every YAML read
    assert isinstance(data, dict)
    return data


def parameters() -> dict[str, Any]:
    """The generator's default parameters (a copy of ``synthetic.yaml``'s ``parameters``).

    >>> parameters()["reuse_pair_share"]
    0.2
    """
    return dict(_lexicon()["parameters"])


@lru_cache(maxsize=4)
def _vocabulary(size: int, exponent: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """wordfreq's most frequent alphabetic Spanish non-stop words, capitalised copies, and cumulative weights.

    wordfreq stores words in buckets of 0.01 on the Zipf scale: bucket ``i``
    holds words of frequency 10 ** (-i / 100), so the weights need no lookups.
    """
    stops = stop_words(LANGUAGE)
    words: list[str] = []
    weights: list[float] = []
    for bucket, members in enumerate(wordfreq.get_frequency_list(LANGUAGE)):
        frequency = 10.0 ** (-bucket / 100)
        for word in members:
            if RE_ALPHA.fullmatch(word) and word not in stops:
                words.append(word)
                weights.append(frequency)
        if len(words) >= size:
            break
    words, weights = words[:size], weights[:size]
    cumulative = np.cumsum(np.asarray(weights) ** exponent)
    lower = np.array(words, dtype=object)
    upper = np.array([w.capitalize() for w in words], dtype=object)
    return lower, upper, cumulative / cumulative[-1]


def _names(rng: np.random.Generator, count: int) -> np.ndarray:
    """``count`` generated names: 2–3 syllables and an ending, capitalised."""
    syllables = np.array(_lexicon()["name_syllables"], dtype=object)
    endings = np.array(_lexicon()["name_endings"], dtype=object)
    lengths = rng.integers(2, 4, size=count)
    parts = syllables[rng.integers(0, len(syllables), size=(count, 3))]
    ends = endings[rng.integers(0, len(endings), size=count)]
    return np.array(
        ["".join(p[:n]).capitalize() + e for p, n, e in zip(parts.tolist(), lengths.tolist(), ends.tolist())],
        dtype=object,
    )


@dataclass(frozen=True)
class _Templates:
    """The seed sentences split into pieces, flattened: pieces, and the word slots that may change."""

    pieces: np.ndarray  # object: every piece of every template, in order
    start: np.ndarray  # first piece of each template
    length: np.ndarray  # pieces per template
    words: np.ndarray  # word tokens per template
    seed_of: np.ndarray  # seed article of each template
    slot_start: np.ndarray  # first slot of each template
    slot_count: np.ndarray
    slot_offset: np.ndarray  # slot's piece position inside its template
    slot_kind: np.ndarray
    slot_cap: np.ndarray  # the template word is capitalised
    slot_digits: np.ndarray  # number slots: digit count; 0 when the number starts with 0


def _kind(piece: str, first: bool, stops: frozenset[str], months: set[str], weekdays: set[str]) -> int:
    lower = piece.lower()
    if piece.isdigit():
        return NUMBER
    if lower in months:
        return MONTH
    if lower in weekdays:
        return WEEKDAY
    if lower in stops or len(piece) < 2 or (piece.isupper() and len(piece) <= 4):
        return KEEP  # stop words, single letters and acronyms ("EE", "UU", "ONU")
    if piece[0].isupper() and not first:
        return NAME
    return WORD


@lru_cache(maxsize=4)
def _templates(seeds: Path) -> _Templates:
    stops = stop_words(LANGUAGE)
    months, weekdays = set(_lexicon()["months"]), set(_lexicon()["weekdays"])
    pieces: list[str] = []
    start: list[int] = []
    length: list[int] = []
    words: list[int] = []
    seed_of: list[int] = []
    slot_start: list[int] = []
    slot_count: list[int] = []
    offsets: list[int] = []
    kinds: list[int] = []
    caps: list[bool] = []
    digits: list[int] = []
    for number, article in enumerate(load_path(seeds).articles):
        for a, b in sentence_spans(article.text):
            parts = RE_PIECE.findall(article.text[a:b].replace("\n", " "))
            start.append(len(pieces))
            length.append(len(parts))
            seed_of.append(number)
            slot_start.append(len(offsets))
            first, n_words = True, 0
            for offset, part in enumerate(parts):
                if not part[0].isalnum() and part[0] != "_":
                    continue
                n_words += 1
                kind = _kind(part, first, stops, months, weekdays)
                first = False
                if kind != KEEP:
                    offsets.append(offset)
                    kinds.append(kind)
                    caps.append(part[0].isupper())
                    digits.append(len(part) if kind == NUMBER and part[0] != "0" else 0)
            slot_count.append(len(offsets) - slot_start[-1])
            words.append(n_words)
            pieces.extend(parts)

    def ints(values: list[int]) -> np.ndarray:
        return np.asarray(values, dtype=np.int64)

    return _Templates(
        np.array(pieces, dtype=object), ints(start), ints(length), ints(words), ints(seed_of),
        ints(slot_start), ints(slot_count), ints(offsets), np.asarray(kinds, dtype=np.int8),
        np.asarray(caps, dtype=bool), ints(digits),
    )  # fmt: skip


def _ranges(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Concatenation of ``range(s, s + n)`` for each (s, n), without a Python loop.

    >>> _ranges(np.array([5, 0]), np.array([2, 3])).tolist()
    [5, 6, 0, 1, 2]
    """
    total = int(lengths.sum())
    ends = np.cumsum(lengths)
    return np.repeat(starts - (ends - lengths), lengths) + np.arange(total)


def _plan(rng: np.random.Generator, tpl: _Templates, n: int, p: dict[str, Any]) -> list[list[int]]:
    """Template sentences of each article: runs of consecutive sentences of one seed, up to its word target."""
    targets = np.clip(rng.normal(p["words_mean"], p["words_sd"], size=n), p["words_min"], p["words_max"])
    count = len(tpl.start)
    plans = []
    for target in targets.tolist():
        plan: list[int] = []
        words = 0
        while words < target:
            first = int(rng.integers(0, count))
            for t in range(first, min(count, first + int(rng.integers(p["run_min"], p["run_max"] + 1)))):
                if tpl.seed_of[t] != tpl.seed_of[first] or words >= target:
                    break
                plan.append(t)
                words += int(tpl.words[t])
        plans.append(plan)
    return plans


def _fill(
    rng: np.random.Generator, tpl: _Templates, plans: list[list[int]], p: dict[str, Any]
) -> tuple[list[list[str]], np.ndarray]:
    """The sentences of every article: template pieces with their slots replaced, joined; and each article's topic."""
    n = len(plans)
    lex = _lexicon()
    lower, upper, cumulative = _vocabulary(int(p["vocabulary"]), float(p["frequency_exponent"]))
    names = _names(rng, int(p["names"]))
    name_cumulative = np.cumsum(1.0 / np.arange(1, len(names) + 1))
    name_cumulative /= name_cumulative[-1]
    topics = max(1, round(n / p["articles_per_topic"]))
    topic_of = rng.integers(0, topics, size=n)
    topic_words = rng.integers(
        p["topic_rank_min"], min(p["topic_rank_max"], len(lower)), size=(topics, p["topic_words"])
    )
    topic_names = rng.integers(0, len(names), size=(topics, p["topic_names"]))

    inst = np.fromiter(chain.from_iterable(plans), dtype=np.int64)
    inst_article = np.repeat(np.arange(n), [len(plan) for plan in plans])
    lengths = tpl.length[inst]
    pieces = tpl.pieces[_ranges(tpl.start[inst], lengths)]
    inst_offset = np.cumsum(lengths) - lengths
    slots = _ranges(tpl.slot_start[inst], tpl.slot_count[inst])
    position = tpl.slot_offset[slots] + np.repeat(inst_offset, tpl.slot_count[inst])
    article = np.repeat(inst_article, tpl.slot_count[inst])
    kind, cap = tpl.slot_kind[slots], tpl.slot_cap[slots]
    draw = rng.random(len(slots))
    from_topic = rng.random(len(slots)) < p["topic_share"]

    chosen = (kind == WORD) & (draw < p["replace_word"])
    index = np.searchsorted(cumulative, rng.random(int(chosen.sum())))
    topical = from_topic[chosen]
    columns = rng.integers(0, p["topic_words"], size=int(topical.sum()))
    index[topical] = topic_words[topic_of[article[chosen][topical]], columns]
    pieces[position[chosen]] = np.where(cap[chosen], upper[index], lower[index])

    chosen = (kind == NAME) & (draw < p["replace_name"])
    index = np.searchsorted(name_cumulative, rng.random(int(chosen.sum())))
    topical = from_topic[chosen]
    columns = rng.integers(0, p["topic_names"], size=int(topical.sum()))
    index[topical] = topic_names[topic_of[article[chosen][topical]], columns]
    pieces[position[chosen]] = names[index]

    for kind_, words in ((MONTH, lex["months"]), (WEEKDAY, lex["weekdays"])):
        chosen = kind == kind_
        values = np.array(words, dtype=object)[rng.integers(0, len(words), size=int(chosen.sum()))]
        pieces[position[chosen]] = np.where(cap[chosen], [w.capitalize() for w in values], values)

    digits = tpl.slot_digits[slots]
    chosen = (kind == NUMBER) & (digits > 0) & (digits < 10)
    d = digits[chosen]
    low = np.where(d == 1, 1, 10 ** (d - 1))
    values = rng.integers(low, 10**d)
    pieces[position[chosen]] = np.array(list(map(str, values.tolist())), dtype=object)

    flat = pieces.tolist()
    bounds = np.append(inst_offset, len(flat)).tolist()
    sentences = ["".join(flat[a:b]) for a, b in zip(bounds[:-1], bounds[1:])]
    per_article = np.cumsum([0] + [len(plan) for plan in plans]).tolist()
    return [sentences[a:b] for a, b in zip(per_article[:-1], per_article[1:])], topic_of


def _plant(
    rng: np.random.Generator, ids: Sequence[str], sentences: list[list[str]], p: dict[str, Any], days: np.ndarray
) -> tuple[list[PlantedPassage], list[set[int]], list[tuple[int, int]]]:
    """Copy 2–4 consecutive sentences from a to b for a share of random disjoint pairs (a, b), a dated no later
    than b (by ``days``) so that a copy never predates its source.

    Returns the planted passages, per article the sentence indexes after which
    no paragraph may break (so a passage stays one paragraph, as copied), and
    the (source, target) index pairs.
    """
    n = len(sentences)
    pairs = rng.permutation(n)[: 2 * (n // 2)].reshape(-1, 2)
    pairs = pairs[: round(p["reuse_pair_share"] * len(pairs))]
    later = days[pairs[:, 0]] > days[pairs[:, 1]]
    pairs[later] = pairs[later][:, ::-1]
    planted: list[PlantedPassage] = []
    keep_together: list[set[int]] = [set() for _ in range(n)]
    for a, b in pairs.tolist():
        size = int(rng.integers(p["reuse_sentences_min"], p["reuse_sentences_max"] + 1))
        size = min(size, len(sentences[a]), len(sentences[b]))
        sa = int(rng.integers(0, len(sentences[a]) - size + 1))
        sb = int(rng.integers(0, len(sentences[b]) - size + 1))
        copied = sentences[a][sa : sa + size]
        sentences[b][sb : sb + size] = copied
        keep_together[a].update(range(sa, sa + size - 1))
        keep_together[b].update(range(sb, sb + size - 1))
        planted.append(PlantedPassage(ids[a], ids[b], " ".join(copied)))
    return planted, keep_together, [(int(a), int(b)) for a, b in pairs.tolist()]


def generate(n: int, *, seed: int = DEFAULT_SEED, seeds: str | Path = SEEDS) -> SyntheticCorpus:
    """``n`` synthetic Spanish articles of about 500 words; the same ``seed`` gives the same corpus.

    >>> small = generate(4, seed=1)
    >>> len(small), small.articles[0].language, generate(4, seed=1) == small
    (4, 'es', True)
    """
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}")
    p = parameters()
    rng = np.random.default_rng(seed)
    tpl = _templates(Path(seeds).resolve())
    plans = _plan(rng, tpl, n, p)
    sentences, topic_of = _fill(rng, tpl, plans, p)
    ids = [f"syn-{i:05d}" for i in range(n)]
    # Each topic is an event: it starts on a day of the year and its articles fall within event_days of it
    # (their own generator, so that the words drawn by `rng` are the same as without events).
    events = np.random.default_rng([seed, 15])
    start = events.integers(0, p["days"], size=int(topic_of.max()) + 1)
    days = start[topic_of] + events.integers(0, p["event_days"], size=n)
    planted, keep_together, pairs = _plant(rng, ids, sentences, p, days)
    first_day: dt.date = p["first_day"]
    rng.integers(0, p["days"], size=n)  # drawn and unused, so that what `rng` draws next stays the same
    for a, b in pairs:
        delay = rng.integers(0, p["copy_delay_days"] + 1)
        if topic_of[a] == topic_of[b]:  # within one event the copy follows within days; across, dates stay
            days[b] = max(days[b], days[a] + delay)
    outlets = _lexicon()["outlets"]
    source = rng.integers(0, len(outlets), size=n).tolist()
    breaks = (rng.random(sum(map(len, sentences))) < p["paragraph_break"]).tolist()
    articles, used = [], 0
    for i, sents in enumerate(sentences):
        parts = []
        for j, sentence in enumerate(sents):
            parts.append(sentence)
            if j < len(sents) - 1:
                parts.append("\n\n" if breaks[used + j] and j not in keep_together[i] else " ")
        used += len(sents)
        date = first_day + dt.timedelta(days=int(days[i]))
        articles.append(Article(ids[i], "".join(parts), source=outlets[source[i]], date=date, language=LANGUAGE))
    return SyntheticCorpus(tuple(articles), tuple(planted), seed, tuple(int(t) for t in topic_of))
