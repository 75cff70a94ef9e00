"""A body named earlier behind a common noun after a quotation: '“...,” the company said in a statement' after
"Boeing had improved its initial offer", '“...,” the agency said' after "DoH received news ...". The subject readers know no such noun as a speaker (it is no role cue), so the quotation went to the last
speaker, often the body on the other side (the union). The speaker is the body named last before the quotation;
none named, the statement is read as before. Issue #23, session 24, branch kinds24 (a kind of held-out9's and
held-out19's wrong speakers; session 23 noted it too).
"""

from __future__ import annotations

import re

from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.names import NameRun
from analysis.sources.persons import _is_person, _is_place
from analysis.sources.quote_marks import _inside

# the closing mark's tail, then "the company said" or "said the company",
# on the quotation's line, in lower case: ". ¶ The company said it would pay ..." opens a sentence of its own
RE_NOUN_THEN_VERB = re.compile(r"[ ,.”\"’»]*the\s+(\w+)\s+(\w+)")
RE_VERB_THEN_NOUN = re.compile(r"[ ,.”\"’»]*([a-z]+)\s+the\s+(\w+)\b")
RE_POSSESSIVE = re.compile(r"[’']s$")
RE_HYPHENED_MODIFIER = re.compile(r"-[a-z]+$")  # "Seattle-area factories", "North Carolina-based": a modifier, no body
RE_ACRONYM = re.compile(r"[A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,4}")  # "DoH", "UNHCR", "IAM"
BODY_REACH = 1500  # characters before the quotation a body may be named in: the paragraphs leading to it


def body_noun_after(lex: SourceLexicon, text: str, end: int) -> bool:
    """Whether a quotation ending at ``end`` is followed by a body's common noun (lexicon ``body_back_nouns``) and a
    verb of saying, in either order ("the company said", "said the company"), on the quotation's line.

    >>> from analysis.sources.lexicon import lexicon
    >>> en = lexicon("en")
    >>> body_noun_after(en, "“We met,” the company said.", 7), body_noun_after(en, "“We met,” said the agency.", 7)
    (True, True)
    >>> body_noun_after(en, "“We met,” the minister said.", 7), body_noun_after(en, "“We met,” the company's boss said.", 7)
    (False, False)
    >>> body_noun_after(en, "“We met.”\\nThe company said it would pay.", 8)
    False
    """
    tail = text[end : end + 60]
    match = RE_NOUN_THEN_VERB.match(tail)
    if match and fold(match.group(1)) in lex.body_back_nouns and lex.verb.fullmatch(match.group(2)):
        return True
    match = RE_VERB_THEN_NOUN.match(tail)
    return bool(match and lex.verb.fullmatch(match.group(1)) and fold(match.group(2)) in lex.body_back_nouns)


def body_named_before(
    lex: SourceLexicon, text: str, runs: list[NameRun], start: int, mark_starts: list[int], mark_ends: list[int]
) -> str | None:
    """The body named last before ``start``, outside quotation marks, within :data:`BODY_REACH`: a name that is no
    place, no modifier ("Seattle-area") and no person (a person is a name of two words or more, or a one-word name another name of the article
    ends with: "Vergeire" of "Maria Rosario S. Vergeire"); a possessive's owner counts ("Boeing’s offer"); a one-word
    name must be written inside a sentence somewhere (:func:`_written_inside_sentence`). None if there is none.
    """
    names = {r.name for r in runs}
    for run in reversed([r for r in runs if start - BODY_REACH <= r.start and r.end <= start]):
        if _inside(run.start, mark_starts, mark_ends):
            continue
        name = RE_POSSESSIVE.sub("", run.name)
        if not name or RE_HYPHENED_MODIFIER.search(name) or _is_place(name, lex.language):
            continue
        one_word = len(name.split()) == 1
        surname = any(other != run.name and other.endswith(" " + name) for other in names)
        if _is_person(lex, name) and (not one_word or surname):
            continue
        if one_word and not _written_inside_sentence(text, name):
            continue  # "Union officials have rejected ...", "Workers rejected ...": a sentence's first word, no name
        return _spelled_out(text, runs, name)
    return None


def _spelled_out(text: str, runs: list[NameRun], name: str) -> str:
    """An acronym with the full name the article writes it after ("the Department of Health (DoH)"), as the sets
    write the body: "Department of Health (DoH)", whose name gives the role; any other name as it is, and the acronym
    alone after a name of one word (a run cut short: "The U.N. Refugee Agency (UNHCR)" has a run "Agency").

    >>> from analysis.sources.names import NameRun
    >>> text = "the Department of Health (DoH) said. DoH received news."
    >>> _spelled_out(text, [NameRun("Department of Health", 4, 24)], "DoH")
    'Department of Health (DoH)'
    >>> _spelled_out(text, [], "DoH")
    'DoH'
    """
    if RE_ACRONYM.fullmatch(name):
        for run in runs:
            if text.startswith(f" ({name})", run.end) and len(run.name.split()) > 1:  # no cut run ("Agency")
                return f"{run.name} ({name})"
    return name


def _written_inside_sentence(text: str, word: str) -> bool:
    """Whether a one-word name is written somewhere in ``text`` other than at a sentence's start: a body's name
    ("rejected Boeing’s offer", "according to DoH"), not a common word capitalised by its place ("Union officials").

    >>> _written_inside_sentence("Union officials met. They rejected Boeing’s offer.", "Boeing")
    True
    >>> _written_inside_sentence("Union officials met. They rejected the offer.", "Union")
    False
    """
    for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text):
        before = text[: match.start()].rstrip(" “\"‘'«(–—-")
        if before and before[-1] not in ".!?:\n":
            return True
    return False
