"""A quoted word or phrase inside a clause whose source closes the sentence after a comma and a marker ("according
to", "según", "de acuerdo con"): 'fueron incautadas ... (dos "adulterados"), "gran cantidad de autopartes" y "poca
cantidad" de cocaína, de acuerdo con el comisario general.' The quoted words are the source's, as they are when a verb
closes the sentence ('There was "zero influence" in the decision, Tombini said.', postposed._closing_attribution); the
statement itself was read already (indirect._indirect's markers). A person or a title only: "according to Reuters"
names the outlet that reports, not who said the words, and "según un balance" a count. Issue #23, session 27, branch
dev27q (a kind of dev27's misses: a police chief's words quoted inside his count of the seizures).
"""

from __future__ import annotations

import re

from analysis.config import settings
from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.names import NameRun
from analysis.sources.persons import _is_person
from analysis.sources.subject_after import _subject_after
from analysis.sources.subjects import _Subject

RE_FINAL_COMMA = re.compile(r",\s+(?=\S)")
RE_ANY_MARK = re.compile(r"[«»“”\"‘’]")


def closing_source(
    text: str, mark_end: int, sentence_end: int, lex: SourceLexicon, runs: list[NameRun]
) -> _Subject | None:
    """The person or title after an "according to" marker that closes the quotation's sentence after its last comma
    (at most ``final_attribution_words`` words after the marker, no quotation mark, no colon before it in the
    sentence); None otherwise.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> def source(text, language):
    ...     end = text.index('"', text.index('"') + 1) + 1
    ...     found = closing_source(text, end, len(text), lexicon(language), name_runs(text, language))
    ...     return found.name or found.mention if found else None
    >>> source('The firm had "no plans" to close the plant, according to its owner Ana Ruiz.', "en")
    'Ana Ruiz'
    >>> source('Hubo "poca cantidad" de cocaína, de acuerdo con el comisario general.', "es")
    'el comisario general'
    >>> source('The firm had "no plans" to close the plant, according to Reuters.', "en") is None  # the outlet
    True
    >>> source('The firm had "no plans" to close the plant, Ana Ruiz said.', "en") is None  # a verb: not here
    True
    """
    tail = text[mark_end:sentence_end].rstrip()
    commas = list(RE_FINAL_COMMA.finditer(tail))
    if not commas or ":" in tail[: commas[-1].start()]:
        return None
    source_at = mark_end + commas[-1].end()
    attribution = text[source_at : mark_end + len(tail)]
    marker = lex.according_to.match(attribution)
    if marker is None or RE_ANY_MARK.search(attribution) or attribution.rstrip()[-1:] not in ".!?":
        return None
    if len(attribution[marker.end() :].split()) > settings().sources.final_attribution_words:
        return None  # the source's words, the marker's own aside
    at = source_at + marker.end()
    subject = _subject_after(text[at : mark_end + len(tail)], at, lex, runs)
    if subject.kind == "name" and subject.name and _is_person(lex, subject.name) and len(subject.name.split()) >= 2:
        return subject
    if subject.kind == "title" and subject.mention and lex.speaks(subject.mention):
        words = fold(subject.mention).split()
        if not set(words) & lex.report_nouns:
            return subject
    return None
