"""Zero tolls: "no hubo víctimas mortales", "no one was hurt", "ningún español ha fallecido" (claims of 0).

A zero toll can conflict with another outlet's 3, so it is a claim like any other (step 2c of
:mod:`analysis.casualties.claims`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.casualties.cues import KINDS, Cues
from analysis.casualties.phrases import RE_STOP
from analysis.casualties.quantities import Figure, plain


def zero_claims(text: str, sentence: tuple[int, int], lex: Cues) -> list[tuple[str, str, Figure]]:
    """Step 2c: zero tolls, as (kind, group, figure of 0) in text order.

    A negation, at most three words and a kind noun ("no hubo víctimas mortales", "had not caused any damage or
    casualties": "casualties" are both killed and injured); or a "nobody" word ("ningún", "no one"), perhaps
    a nationality or group, and a kind participle or verb in its clause ("ningún español haya fallecido o haya
    resultado herido": 0 killed and 0 injured Spanish). A zero toll can conflict with another outlet's 3.
    """
    s_start, s_end = sentence
    out: list[tuple[str, str, Figure]] = []
    for m in lex.zero_noun.finditer(text, s_start, s_end):
        noun = next(v for k, v in m.groupdict().items() if v and k in KINDS)
        between = plain(text[m.end("neg") : m.end() - len(noun)]).split()
        if lex.zero_increments.intersection(between):
            continue  # "no new deaths": no increment, not a zero toll
        if lex.zero_unknown.intersection(between):
            continue  # "no details of the casualties": not known yet, not a zero toll
        # A noun of several kinds counts each ("casualties": the killed and the injured).
        for kind in (k for k in KINDS if plain(noun) in lex.zero_kinds.get(k, ())):
            out.append((kind, "total", _zero_figure(m, text)))
    for m in lex.zero_nobody.finditer(text, s_start, s_end):
        clause_end = RE_STOP.search(text, m.end(), s_end)
        clause = text[m.end() : clause_end.start() if clause_end else min(s_end, m.end() + 80)]
        # The kind's participle or verb opens the clause or a part of it after "o"/"or" ("haya fallecido o haya
        # resultado herido"): "nadie sabe cuántos muertos hay" is no zero toll.
        parts = re.split(r"\s+(?:o|u|ni|or|nor)\s+", clause)
        kinds = [k for k in KINDS if any(_opens_with(part, k, lex) for part in parts)]
        who = m.group("who") or ""
        group = lex.nationalities.get(plain(who)) or lex.groups.get(plain(who)) or "total"
        out.extend((kind, group, _zero_figure(m, text)) for kind in kinds)
    return sorted(out, key=lambda z: z[2].start)


def _opens_with(part: str, kind: str, lex: Cues) -> bool:
    """Whether a clause opens with a participle or verb of ``kind``, after an auxiliary at most."""
    words = part.split()
    if not words:
        return False
    if _has_kind(words[0], kind, lex):
        return True
    return plain(words[0]) in lex.zero_auxiliaries and _has_kind(" ".join(words[1:3]), kind, lex)


def _has_kind(clause: str, kind: str, lex: Cues) -> bool:
    return kind in _kinds_in(clause, lex)


# The kinds of the participles and verbs in a word or two: asked once per kind, and the same words recur
# ("fallecido", "haya resultado"), so each is read once.
@lru_cache(maxsize=50_000)
def _kinds_in(clause: str, lex: Cues) -> frozenset[str | None]:
    return frozenset(m.lastgroup for pattern in (lex.participle, lex.after_search) for m in pattern.finditer(clause))


def _zero_figure(m: re.Match[str], text: str) -> Figure:
    return Figure(m.start(), m.end(), text[m.start() : m.end()], "exact", 0, 0, 0, "words", number=m.group("neg"))
