"""A learned ranker of the names around a quotation the rules give no speaker (measured, not shipped): who, of the
people named in its sentence, the two before and the one after, or the last speaker, said it, or no one.

The rules of :mod:`analysis.sources.direct` read the attribution written beside a quotation; a quoted fragment
inside reported speech whose speaker is a sentence's subject some words away ('El ministro X aseguró que la medida
es "inaceptable" y que ...'), or a first quotation whose speaker is named in the next sentence, is left to no one
(the rules were shaped by seen misses and did not carry to unseen sets). Here each name run near such a quotation is
a candidate, described by a few dozen general features (distance, side, a reporting verb beside it, whether it
opens its sentence, is a person, was a speaker before ...: :func:`candidates`), scored by a logistic regression
(the candidate-ranking approach of quote attribution: O'Keefe et al. 2012, "A sequence labelling approach to quote
attribution"; Pareti 2013), trained and measured by tests/train_speaker_ranker.py on the spent quote sets (never a
blind one) at the seam where the rules drop such a quotation (``analysis.sources.direct._unattributed``). Session 16
found no threshold that gains recall without losing precision in leave-one-set-out cross-validation, so the
extractor does not use it; the code stays to measure a better candidate set or features against the same table.

score = 1 / (1 + exp(-(bias + Σ weight_f · x_f))), e.g. bias -2 and one feature of weight 3 set: 1/(1+e^-1) = 0.73.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from itertools import islice

from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.names import NameRun
from analysis.sources.persons import OBJECT_LINKS, _is_person, _is_place
from analysis.sources.run_index import _starts
from analysis.sources.subjects import _IMPLIED, _Found, _opening_subject, _Subject
from analysis.text import Doc

RE_GAP_WORD = re.compile(r"\w+")
SENTENCES_BEFORE = 2  # sentences before the quotation's own where a candidate is looked for
SENTENCES_AFTER = 1
GAP_CHARS = 400  # at most this much text between a candidate and the quotation is read for its verb, "que", names

FEATURES = (
    "en", "same_sentence", "one_sentence_before", "two_sentences_before", "sentence_after", "after_quote",
    "gap_words", "others_between", "none_between", "verb_between", "verb_after_name", "that_between",
    "paragraph_between", "colon_before_quote", "quote_opens_sentence", "quote_lower", "quote_words",
    "quote_ends_sentence", "first_quote", "opens_sentence", "opening_subject", "is_person", "is_place", "full_name",
    "after_preposition", "earlier_speaker", "mentions", "described_speaker", "possessive",
    "before_same_sentence_verb", "opening_subject_before", "nearest_before",
    "implied", "implied_no_name_before", "implied_verb_before", "implied_last_near", "implied_quote_lower",
    "implied_that_before",
)  # fmt: skip
IMPLIED_AT = FEATURES.index("implied")


@dataclass(frozen=True)
class Candidate:
    """A name run near a quotation and its features (:data:`FEATURES`, in order); ``run`` None is the last
    speaker (the subject left unwritten: "Consultada sobre X, indicó que este debate “...”")."""

    run: NameRun | None
    values: tuple[float, ...]


@dataclass(frozen=True)
class Weights:
    """A trained ranker: a weight per feature name, the bias, and the quote sets it was trained on."""

    weights: dict[str, float]
    bias: float
    trained_on: tuple[str, ...]

    def probability(self, values: tuple[float, ...]) -> float:
        """The logistic score of a candidate's features (names not in the file weigh 0)."""
        z = self.bias + sum(self.weights.get(name, 0.0) * x for name, x in zip(FEATURES, values, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def _sentence_index(doc: Doc, position: int) -> int:
    """The index in ``doc.sentences`` of the sentence holding ``position`` (or the last one starting before it)."""
    return max(0, bisect.bisect_right(doc.sentences, (position, len(doc.article.text) + 1)) - 1)


def candidates(
    doc: Doc,
    lex: SourceLexicon,
    runs: list[NameRun],
    spans: list[tuple[int, int, int, int]],
    at: int,
    found: list[_Found],
) -> list[Candidate]:
    """The name runs near the quotation ``spans[at]`` (mark start, words' start, words' end, mark end), outside
    every quotation, each with its features; ``found`` are the statements read before it (their speakers).

    >>> from analysis.corpus.records import Article
    >>> from analysis.text import build
    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> from analysis.sources.quote_marks import _quote_spans
    >>> text = "La ministra Ana Gil aseguró que la medida es «inaceptable» y que Luis Soto calla."
    >>> doc = next(iter(build([Article("a", text, language="es")]).docs))
    >>> found = candidates(doc, lexicon("es"), name_runs(text, "es"), _quote_spans(text, "es"), 0, [])
    >>> [(c.run.name, dict(zip(FEATURES, c.values))["verb_between"]) for c in found]
    [('Ana Gil', 1.0), ('Luis Soto', 0.0)]
    """
    text = doc.article.text
    mark_start, start, end, mark_end = spans[at]
    here = _sentence_index(doc, mark_start)
    sentences = doc.sentences
    lo_index, hi_index = max(0, here - SENTENCES_BEFORE), min(len(sentences) - 1, here + SENTENCES_AFTER)
    if not sentences:
        return []
    lo, hi = sentences[lo_index][0], sentences[hi_index][1]
    a, b = sentences[here]
    quoted = [(s[0], s[3]) for s in spans]
    speakers = {fold(f.subject.name).split()[-1] for f in found if f.subject.name and f.subject.name.split()}
    near = [
        run
        for run in islice(runs, bisect.bisect_left(_starts(runs), lo), None)
        if run.start < hi and not any(q0 <= run.start < q1 for q0, q1 in quoted)
    ]
    before = [r for r in near if r.end <= mark_start]
    quote_words = len(text[start:end].split())
    head = text[a:mark_start]
    opens = not head.strip(" —–-¿¡\n")
    tail = text[mark_end : mark_end + 3].lstrip(" ,")
    out = []
    for run in near:
        side_after = run.start >= mark_end
        gap = text[run.end : mark_start] if not side_after else text[mark_end : run.start]
        gap = gap[:GAP_CHARS]
        index = _sentence_index(doc, run.start)
        s_a, s_b = sentences[index]
        between = sum(
            1 for r in near if r is not run and (r.start >= run.end and r.end <= mark_start if not side_after
                                                  else r.start >= mark_end and r.end <= run.start)
        )  # fmt: skip
        words = [w.lower() for w in RE_GAP_WORD.findall(gap)]
        verb_between = lex.verb.search(gap) is not None
        after_name = text[run.end : run.end + 60].lstrip(" ,")
        opening = _opening_subject(text[s_a : min(s_b, mark_start) if index == here else s_b],
                                   min(s_b, mark_start) if index == here else s_b, lex, runs)  # fmt: skip
        is_opening = opening is not None and opening.name == run.name
        last = fold(run.name).split()[-1] if run.name.split() else ""
        prior = text[max(0, run.start - 15) : run.start].split()
        same = index == here
        values = (
            float(lex.language == "en"),
            float(same),
            float(index == here - 1),
            float(index == here - 2),
            float(index > here),
            float(side_after),
            math.log1p(len(words)),
            math.log1p(between),
            float(between == 0),
            float(verb_between),
            float(lex.verb.match(after_name) is not None),
            float(not side_after and any(lex.that.fullmatch(w) for w in words)),
            float("\n" in gap),
            float(text[:mark_start].rstrip().endswith(":")),
            float(opens),
            float(text[start : start + 1].islower()),
            math.log1p(quote_words),
            float(not tail or tail[0] in ".!?\n"),
            float(at == 0),
            float(not text[s_a : run.start].strip(' —–-¿¡\n"“«')),
            float(is_opening),
            float(_is_person(lex, run.name)),
            float(_is_place(run.name, lex.language)),
            float(" " in run.name),
            float(bool(prior) and fold(prior[-1]) in OBJECT_LINKS),
            float(last in speakers),
            math.log1p(sum(1 for r in runs if r.name.split() and fold(r.name).split()[-1] == last)),
            float(lex.speaks(run.description)),
            float(run.name.endswith(("'s", "’s"))),
            float(same and not side_after and verb_between),
            float(is_opening and not side_after),
            float(bool(before) and run is before[-1]),
        )
        out.append(Candidate(run, values + (0.0,) * (len(FEATURES) - IMPLIED_AT)))
    if found:  # the last speaker, when a quotation before was given one
        last = _sentence_index(doc, found[-1].position)
        prefix = text[a:mark_start]
        values = (
            (float(lex.language == "en"),)
            + (0.0,) * (IMPLIED_AT - 1)
            + (
                1.0,
                float(not any(r.start >= a for r in before)),
                float(lex.verb.search(prefix) is not None),
                float(here - last <= 2),
                float(text[start : start + 1].islower()),
                float(any(lex.that.fullmatch(w) for w in RE_GAP_WORD.findall(prefix.lower()))),
            )
        )
        out.append(Candidate(None, values))
    return out


def best(found: list[Candidate], weights: Weights, threshold: float) -> _Subject | None:
    """The candidate of highest probability when it reaches ``threshold``, as a named subject; else None.

    >>> run = NameRun("Ana Gil", 0, 7)
    >>> weights = Weights({"same_sentence": 3.0}, -2.0, ())
    >>> one = tuple(float(name == "same_sentence") for name in FEATURES)
    >>> best([Candidate(run, one)], weights, 0.7).name, best([Candidate(run, one)], weights, 0.8)
    ('Ana Gil', None)
    """
    chosen, score = None, threshold
    for candidate in found:
        p = weights.probability(candidate.values)
        if p >= score:
            chosen, score = candidate, p
    if chosen is None:
        return None
    return _IMPLIED if chosen.run is None else _Subject("name", chosen.run.name, chosen.run.name)
