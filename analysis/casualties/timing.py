"""When was a casualty figure reported? Each claim's report time, for comparing tolls in time.

Tolls rise for days, so two figures can only be judged against each other knowing when
each was published. A claim's report time is, first that applies:

1. a **report date its own sentence gives**: a date right after an attribution verb
   ("el ministerio informó este lunes", "officials said on Tuesday", "reported on
   8 September"), resolved against the article's date by the incident keyer
   (:mod:`analysis.casualties.incidents`: a weekday is the latest such day not after the
   article's date, "ayer" the day before); a date after the article's date is ignored
   (a weekday cannot be in the future of its article);
2. the **article's date** (``basis`` "article");
3. otherwise **unknown** (``None``): such a claim is placed in time only by its figure.

A sentence's report date beats the article's date because it is more precise: an article
of Tuesday saying "informó este lunes 2.012 muertos" repeats Monday's figure.

>>> import datetime as dt
>>> from analysis.corpus.records import Article
>>> from analysis.casualties.claims import extract
>>> from analysis.text import build
>>> text = build([Article("a", "El ministerio informó este lunes de 40 muertos.", "s", dt.date(2026, 1, 21), "es"),
...               Article("b", "Al menos 45 personas murieron.", "s", dt.date(2026, 1, 21), "es"),
...               Article("c", "Al menos 50 personas murieron.", "s", None, "es")])
>>> [(t.date.isoformat() if t.date else None, t.basis) for t in report_times(extract(text), text).values()]
[('2026-01-19', 'sentence'), ('2026-01-21', 'article'), (None, 'unknown')]
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from analysis.casualties import incidents
from analysis.casualties.claims import Claim
from analysis.corpus.records import WITH_LEXICONS
from analysis.text import Doc, TextCorpus

__all__ = ["BASES", "ReportTime", "report_time", "report_times"]

BASES = ("sentence", "article", "unknown")


@dataclass(frozen=True)
class ReportTime:
    """When a claim was reported (``None``: unknown) and which rule said so (:data:`BASES`)."""

    date: dt.date | None
    basis: str


def _keyer(doc: Doc) -> incidents.Keyer:
    language = doc.article.language if doc.article.language in WITH_LEXICONS else "es"
    return incidents.Keyer(doc.article, doc.sentences, language, incidents.Reference(doc.article.date))


def report_time(claim: Claim, doc: Doc, *, keyer: incidents.Keyer | None = None) -> ReportTime:
    """The report time of one claim of ``doc`` (module docstring)."""
    own = doc.article.date
    keyer = keyer or _keyer(doc)
    index = bisect.bisect_right([s for s, _ in doc.sentences], claim.sentence_start) - 1
    if 0 <= index < len(doc.sentences):
        said = [m for m in keyer.mentions(index) if m.report and len(m.key) == 10 and m.key[:2] in ("19", "20")]
        days = [dt.date.fromisoformat(m.key) for m in said]
        days = [d for d in days if own is None or d <= own]
        if days:
            return ReportTime(days[-1], "sentence")
    if own is not None:
        return ReportTime(own, "article")
    return ReportTime(None, "unknown")


def report_times(claims: Iterable[Claim], text: TextCorpus) -> dict[Claim, ReportTime]:
    """Each claim's report time, in the claims' order; a claim of an article not in ``text`` is unknown.

    One keyer per article: its sentences' dates are read once, however many claims it has.
    """
    docs = {d.id: d for d in text.docs}
    keyers: dict[str, incidents.Keyer] = {}
    out: dict[Claim, ReportTime] = {}
    for claim in claims:
        doc = docs.get(claim.article)
        if doc is None:
            out[claim] = ReportTime(None, "unknown")
            continue
        if claim.article not in keyers:
            keyers[claim.article] = _keyer(doc)
        out[claim] = report_time(claim, doc, keyer=keyers[claim.article])
    return out
