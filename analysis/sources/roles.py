"""Speaker roles: the user's corrections, and who each outlet quotes and in which roles.

A role comes from cue words written with the speaker (``lexicon.SourceLexicon.role_of``,
lists in ``lexicons/sources_<lang>.yaml``). The user can correct a speaker's role;
corrections are a mapping speaker → role saved in the workspace
(``Workspace.speaker_roles``) and applied to every quote of that speaker.

Role share of an outlet = statements by speakers of that role / all its statements.

>>> from analysis.sources.quotes import Quote
>>> qs = [Quote("a", "Peskov", "Peskov", "unknown", "x", 0, 1, True), Quote("a", "Gil", "Gil", "government", "y", 2, 3, True)]
>>> [q.role for q in corrected(qs, {"Peskov": "government"})]
['government', 'government']
>>> role_shares(qs, {"a": "Diario"})["Diario"]
{'government': 0.5, 'unknown': 0.5}
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from operator import attrgetter

from analysis.collector import collector_paused
from analysis.sources.lexicon import ROLES
from analysis.sources.quotes import Quote

__all__ = ["ROLE_LABELS", "check_corrections", "corrected", "outlet_summaries", "role_shares"]

ROLE_LABELS = {
    "government": "government / official",
    "military_police": "military / police",
    "international_ngo": "international body / NGO",
    "expert": "expert",
    "witness": "witness / resident / family",
    "media": "another outlet or agency",
    "unknown": "unknown",
}


def check_corrections(value: object, *, where: str = "speaker_roles") -> dict[str, str]:
    """Validate role corrections read from a file: an object of speaker → one of ``ROLES``.

    Raises:
        ValueError: naming the field and the speaker whose role is not a known role.

    >>> check_corrections({"Peskov": "government"})
    {'Peskov': 'government'}
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValueError(f"{where}: must be an object of speaker -> role, not {type(value).__name__}")
    out: dict[str, str] = {}
    for speaker, role in value.items():
        if not isinstance(speaker, str) or role not in ROLES:
            raise ValueError(f"{where}: role of {speaker!r} must be one of {list(ROLES)}, not {role!r}")
        out[speaker] = role
    return out


def corrected(quotes: Sequence[Quote], corrections: Mapping[str, str] | None) -> list[Quote]:
    """The quotes with the user's role for each corrected speaker."""
    if not corrections:
        return list(quotes)
    return [replace(q, role=corrections[q.speaker]) if q.speaker in corrections else q for q in quotes]


def role_shares(quotes: Sequence[Quote], outlets: Mapping[str, str]) -> dict[str, dict[str, float]]:
    """Per outlet (article id → outlet in ``outlets``), the share of its statements by each role."""
    roles: dict[str, list[str]] = {}  # each outlet -> its statements' roles (no Counter made per statement)
    for quote in quotes:
        outlet = outlets.get(quote.article, quote.article)
        held = roles.get(outlet)
        if held is None:
            held = roles[outlet] = []
        held.append(quote.role)
    return {outlet: _shares(Counter(found)) for outlet, found in roles.items()}


def _shares(counts: Counter[str]) -> dict[str, float]:
    """Each role of ``counts`` (role -> statements) -> its share of the statements, rounded, in role order."""
    return {role: round(n / sum(counts.values()), 6) for role, n in sorted(counts.items())}


def outlet_summaries(quotes: Sequence[Quote], outlets: Mapping[str, str]) -> list[dict[str, object]]:
    """Per outlet: statements, direct ones, and each speaker (role, count), most quoted first."""
    with collector_paused():  # many small objects and no cycle (analysis.collector)
        return _summaries(quotes, outlets)


def _summaries(quotes: Sequence[Quote], outlets: Mapping[str, str]) -> list[dict[str, object]]:
    by_outlet: dict[str, list[Quote]] = {}
    for quote in quotes:
        outlet = outlets.get(quote.article, quote.article)
        held = by_outlet.get(outlet)
        if held is None:
            held = by_outlet[outlet] = []
        held.append(quote)
    summaries = []
    for outlet in sorted(by_outlet):
        items = by_outlet[outlet]
        said = list(map(SPEAKER, items))  # the attributes read in C, a statement at a time
        speakers = Counter(said)
        role = dict(zip(said, map(ROLE, items)))  # each speaker's role in their last statement
        summaries.append(
            {
                "source": outlet,
                "statements": len(items),
                "direct": sum(map(DIRECT, items)),
                "speakers": [{"speaker": s, "role": role[s], "count": n} for s, n in speakers.most_common()],
                "role_shares": _shares(Counter(map(ROLE, items))),  # role_shares' of the outlet
            }
        )
    return summaries


SPEAKER, ROLE, DIRECT = attrgetter("speaker"), attrgetter("role"), attrgetter("direct")
