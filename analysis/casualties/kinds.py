"""The kind of a figure (killed, injured, detained, missing, displaced): step 2 of :mod:`analysis.casualties.claims`.

A kind comes from the counted phrase, a verb after it, a cue before it, a toll phrase ("la cifra de muertos
asciende a"), a neighbour linked by a conjunction or inclusion word (:func:`inherit`), the toll before an item counting
others of it ("y otras 28 en la zona", :func:`others_items`), or the list of places or the partitive breakdown it
belongs to ("de los fallecidos, 86 se han producido en ...", :func:`listed`). The items of a breakdown of a toll by
nationality or group take the toll's kind even where no lexicon names their group ("157 muertos: 32 kenianos, 18
canadienses", "dos policías, tres brigadistas", "They include four French citizens, two Italians": :func:`named_group`,
:func:`listed_groups`; session 24).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from analysis.casualties.claim_places import ArticlePlaces, placed_at
from analysis.casualties.cues import TOLL_GAP, Cues
from analysis.casualties.phrases import Phrase
from analysis.casualties.quantities import Figure, interval, lexicon, plain, words_regex
from analysis.casualties.token_marks import may_hold_kind
from analysis.regex_cache import compiled

RE_GAP_COORDINATION = compiled(r"[\s,]*(?:(?:y|e|and|plus|más)\s+)?$", re.IGNORECASE)
# A dash opening an aside that breaks the toll before down ("at least 233 died - 120 men and 113 women -", branch
# c7read): its people are a part of that toll. A long dash (or a box-drawing one) needs no space after it, and a bracket
# opens such an aside too ("dejando 150 muertos ─144 pasajeros y seis miembros de la tripulación─", "al menos 128 personas
# han muerto (82 de ellas en la sala Bataclan)", branch c8read).
RE_GAP_DASH = compiled(r"\s+(?:-|—|–|--)\s+$|\s+-$|\s*(?:[—–─]|--)\s*$|\s*\(\s*$")
# A colon right after a toll with its own kind noun opens its breakdown: "157 muertos: 32 kenianos, 18 canadienses"
# (session 24, branch claims24).
RE_GAP_COLON = compiled(r"\s*:\s*$")


# The counted phrase "others" alone ("120 others", "otros 40"): people, as a bare number before an aside is not.
RE_OTHERS = compiled(r"\s+(?:others|otros|otras)\s*", re.IGNORECASE)


RE_CURRENCY_BEFORE = compiled(r"(?:[$€£¥]|US\$|USD|EUR)\s*$", re.IGNORECASE)


RE_YEAR = compiled(r"\d{4}")


RE_DIGIT = compiled(r"\d")


RE_LAST_WORD = compiled(r"\w+\s+$")
# A members' opening, the group they are of and a colon before the figure: "Entre los muertos hay latinoamericanos: tres
# chilenos", "Among the dead were foreigners: two Britons" (session 26, claims26dev, dev26).
RE_GROUP_COLON = compiled(r"(?<=\s)[^\W\d_]+\s*:\s*$")

# The whole a figure is a part of, right after it ("71 of the 77", "71 de las 77"), then at most WHOLE_WORDS words
# before the verb ("people on board", "personas a bordo").
RE_OF_WHOLE = compiled(r"\s+(?:of\s+(?:the|those)|de\s+(?:los|las))\s+\d[\d.,]*(?<![.,])", re.IGNORECASE)
RE_NEXT_WORD = compiled(r"\s+[^\W\d][\w-]*")
WHOLE_WORDS = 4
# A whole named by a state right after the figure, with no figure of its own ("46 of those injured", "12 de los
# heridos"): the part's verb follows.
RE_OF_STATE = compiled(r"\s+(?:of\s+(?:the|those)|de\s+(?:los|las))\s+[^\W\d]", re.IGNORECASE)


def _verb_after(at: int, end: int, text: str, lex: Cues) -> tuple[str, int] | None:
    """The kind and end of a kind's verb at most ``WHOLE_WORDS`` words after ``at`` (a place or a cause between:
    "of those injured in the blast have died"), else None.

    >>> from analysis.casualties.cues import cues_for
    >>> text = "46 of those injured in the blast have died."
    >>> _verb_after(19, len(text), text, cues_for("en"))
    ('killed', 42)
    """
    for _ in range(WHOLE_WORDS + 1):
        if (m := lex.after.match(text, at, end)) and m.lastgroup:
            return m.lastgroup, m.end()
        if not (word := RE_NEXT_WORD.match(text, at, end)):
            return None
        at = word.end()
    return None


@dataclass
class Candidate:
    figure: Figure
    phrase: Phrase
    kind: str | None
    cue_start: int
    verb_end: int
    rejected: bool = False  # a figure with a kind that is no claim (step 2b): no other figure lends it one
    lender: Candidate | None = (
        None  # the figure an inclusion word lent its kind ("70 people ..., including two Germans")
    )


def kind_of(
    figure: Figure, phrase: Phrase, text: str, sentence: tuple[int, int], lex: Cues, *, kinds: list[int] | None = None
) -> tuple[str | None, int, int, Figure]:
    """Step 2 for one figure: its kind, where its cue starts and its verb ends (inside the sentence), and the
    figure, re-qualified when a toll's verb qualifies it ("la cifra de muertos supera los 300": more than 300).

    ``kinds``: where the article's kind words are (:attr:`.token_marks.Marks.kinds`); the cue and toll searches
    before the figure run only where one may be (:func:`.token_marks.may_hold_kind`), with the same answers."""
    sentence_start, sentence_end = sentence
    if phrase.kind:
        # "46 of those injured in the blast have died", "12 de los heridos murieron": a part of a whole named by its
        # state, whose verb says what became of the part (killed); "three of the injured are in critical condition"
        # keeps the whole's kind
        if RE_OF_STATE.match(text, figure.end, phrase.end) and (
            later := _verb_after(phrase.end, sentence_end, text, lex)
        ):
            return later[0], figure.start, later[1], figure
        return phrase.kind, figure.start, phrase.end, _link_qualified(figure, text, sentence_start, lex)
    if (
        (m := lex.after.match(text, phrase.end, sentence_end))
        and m.lastgroup
        and not _blocked(figure, phrase, text, sentence_start, lex)
    ):
        return m.lastgroup, figure.start, m.end(), figure
    if shared := _share_bracket_verb(figure, phrase, text, sentence, lex):
        return shared[0], figure.start, shared[1], figure
    # "Seventy-one of the 77 people on board died", "71 de las 77 personas a bordo murieron": the verb after the
    # whole the figure is a part of (the whole itself is no count: exclusions.not_a_count).
    # The word right after the whole's figure is its own ("of the 12 injured later died": killed, not injured).
    if (whole := RE_OF_WHOLE.match(text, figure.end, sentence_end)) and (
        word := RE_NEXT_WORD.match(text, whole.end(), sentence_end)
    ):
        at = word.end()
        for _ in range(WHOLE_WORDS):
            if (m := lex.after.match(text, at, sentence_end)) and m.lastgroup:
                return m.lastgroup, figure.start, m.end(), figure
            if not (word := RE_NEXT_WORD.match(text, at, sentence_end)):
                break
            at = word.end()
    # "Nine people — all men from Egypt — were arrested", "Another 121 people, including three children, are in
    # hospital", "500 immigrants from Syria are presumed to have drowned": the verb after an aside between dashes or
    # brackets, an inclusion or apposition between commas, or where they come from.
    aside = RE_ASIDE.match(text, phrase.end, sentence_end)
    origin = RE_ORIGIN_LEAD.match(text, phrase.end, sentence_end)
    # A bare number whose origin follows names people too ("35 from Tunisia died"); where people are, between them
    # and their verb ("2,670 Palestinians in Gaza have been killed").
    if phrase.head == "person" and not aside:
        aside = RE_PLACE_LEAD.match(text, phrase.end, sentence_end)
        # and an aside after it: "eight people on the ground, including four medical students, were killed"
        aside = (aside and RE_ASIDE.match(text, aside.end(), sentence_end)) or aside
    # "An estimated 120 others, including children, were captured": a bare number with "others" names people too.
    people = phrase.head is not None or bool(RE_OTHERS.fullmatch(text, figure.end, phrase.end))
    # A bare number and an aside between dashes naming who they are ("290—mostly high school students—still missing",
    # branch c7read): people too.
    if not people and aside and RE_DASHED.match(aside.group()):
        people = bool(lex.person.search(aside.group()) or lex.group.search(aside.group()))
    if (people and aside) or origin:
        aside = aside if people and aside else origin
        if aside and (m := lex.after.match(text, aside.end(), sentence_end)) and m.lastgroup:
            return m.lastgroup, figure.start, m.end(), figure
    window_start = max(sentence_start, figure.start - 80)
    if may_hold_kind(kinds, text, window_start, figure.start, lex.kind_words):
        window = text[window_start : figure.start]
        if figure.form == "range" and not lex.before.search(window):
            window = RE_LAST_WORD.sub("", window)  # "murieron de 20 a 30": the range's opening word is not the cue's
        if (m := lex.before.search(window)) and m.lastgroup and not _unreal_cue(window, m.start(), lex):
            return m.lastgroup, window_start + m.start(), phrase.end, figure
        # "fallecieron las 298 personas a bordo": a Spanish verb and its subject's article (asked only after one)
        if (
            window[-4:].lower() in ("los ", "las ")
            and (m := lex.before_article.search(window))
            and m.lastgroup
            and not _unreal_cue(window, m.start(), lex)
        ):
            return m.lastgroup, window_start + m.start(), phrase.end, figure
        # "Entre los muertos hay latinoamericanos: tres chilenos": the members' cue ends before the group's word and its
        # colon, not at the figure; the cue's kind is the figure's (lexicon members_open, also a cue before a figure).
        if (
            (listed := RE_GROUP_COLON.search(window))
            and (opening := lex.members_open.search(window, 0, listed.start()))
            and not window[opening.end() : listed.start()].strip()
            and (m := lex.before.search(window[: listed.start()]))
            and m.lastgroup
        ):
            return m.lastgroup, window_start + m.start(), phrase.end, figure
    wide_start = max(sentence_start, figure.start - TOLL_GAP - 40)
    wide = text[wide_start : figure.start]
    if may_hold_kind(kinds, text, wide_start, figure.start, lex.kind_words) and (m := _last_toll(wide, lex)):
        return m.lastgroup, figure.start - len(wide) + m.start(), phrase.end, _toll_qualified(figure, wide, lex)
    return None, figure.start, phrase.end, figure


# A share right before a bracket holding the figure it stands for ("1.7% (5,234) died"), and that bracket's close.
RE_SHARE_OPEN = compiled(r"\d(?:[.,]\d+)?\s*(?:%|por\s+ciento|percent|per\s+cent)\s*\(\s*$", re.IGNORECASE)
RE_BRACKET_CLOSE = compiled(r"\s*\)")


def _share_bracket_verb(
    figure: Figure, phrase: Phrase, text: str, sentence: tuple[int, int], lex: Cues
) -> tuple[str, int] | None:
    """The kind and end of the verb after a bracket holding a count right after its share: "1.7% (5,234) died" counts
    5,234 dead, "53.8% (162,651) required hospitalization" 162,651 injured (session 27, claims27dev: a health agency's
    epidemic report); the bracket hid the verb from the count. Else None; a bracket after no share is an aside.

    >>> from analysis.casualties.cues import cues_for
    >>> def verb(text):
    ...     at = text.index("5,234")
    ...     fig = Figure(at, at + 5, "5,234", "exact", 5234, 5234, 5234, "digits")
    ...     return _share_bracket_verb(fig, Phrase(end=at + 5), text, (0, len(text)), cues_for("en"))
    >>> verb("Of 302,401 cases, 1.7% (5,234) died.")
    ('killed', 35)
    >>> verb("Of 302,401 cases, in Haiti (5,234) died.") is None
    True
    """
    sentence_start, sentence_end = sentence
    if not RE_SHARE_OPEN.search(text, max(sentence_start, figure.start - 24), figure.start):
        return None
    if not (close := RE_BRACKET_CLOSE.match(text, phrase.end, sentence_end)):
        return None
    if (m := lex.after.match(text, close.end(), sentence_end)) and m.lastgroup:
        return m.lastgroup, m.end()
    return None


def _unreal_cue(window: str, cue: int, lex: Cues) -> bool:
    """Whether the cue before a number starting at ``cue`` follows a negation or a modal ("did not kill 43", "could
    kill 1,000"), or "to" while it is a verb's ("threatened to kill 43 people"): no event that happened, the cue lends
    no kind. A headline's present is one ("Forest fires kill 43 in central Portugal"); a noun's cue after "to" too
    ("led to the deaths of four people").

    >>> from analysis.casualties.cues import cues_for
    >>> lex = cues_for("en")
    >>> [_unreal_cue(w, w.rindex(c), lex) for w, c in [("did not kill", "kill"), ("threatened to kill", "kill"),
    ...     ("led to the deaths of", "the deaths"), ("Forest fires kill", "kill")]]
    [True, True, False, False]
    """
    if lex.before_blocked.search(window, 0, cue):
        return True
    return bool(lex.before_infinitive.search(window, 0, cue)) and not lex.cue_article.match(window, cue)


def _last_toll(window: str, lex: Cues) -> re.Match[str] | None:
    """The toll noun nearest the number that links to it: "la cifra de fallecidos a 137, mientras que el número de
    heridos asciende a 180" counts 180 injured. None when another count's head stands between them: "la cifra de
    desaparecidos se ubica en 43 mientras que el número de personas localizadas se elevó a 211" counts no 211 missing
    (those located are no toll)."""
    for noun in reversed(list(lex.toll_noun.finditer(window))):
        if lex.besides.search(window, max(0, noun.start() - 20), noun.start()):
            continue  # "además de los fallecidos, los servicios sanitarios han atendido a más de 1.260": others
        if lex.count_head.search(window, noun.end()):
            return None  # another count nearer the number (a toll's own head would have been a nearer toll noun)
        if (m := lex.toll.match(window, noun.start())) and m.lastgroup:
            return m
    return None


@cache
def _link_before(links: tuple[str, ...]) -> re.Pattern[str]:
    """A toll's verb, perhaps "ya", and the article "los"/"las" right before a figure ("supera ya los 708 muertos"); the
    article says the verb's object is the figure (English "passed 800 bodies to relatives" may hand them over)."""
    return compiled(
        rf"(?<![\w])(?P<link>{'|'.join(re.escape(w) for w in sorted(links, key=len, reverse=True))})\s+"
        r"(?:(?:ya|ahora)\s+)?(?:los|las)\s+$",
        re.IGNORECASE,
    )


def _link_qualified(figure: Figure, text: str, sentence_start: int, lex: Cues) -> Figure:
    """A figure with its own counted phrase right after a toll's verb, under the qualifier the verb implies ("El
    terremoto ... supera ya los 708 muertos": more than 708, as "la cifra de muertos supera los 300"; branch c6read)."""
    if (
        figure.qualifier != "exact"
        or figure.form not in ("digits", "words")
        or text[max(sentence_start, figure.start - 4) : figure.start].lower() not in ("los ", "las ")
    ):
        return figure  # the article the rule needs, looked at first: most figures have none
    window = text[max(sentence_start, figure.start - 40) : figure.start]
    link = _link_before(tuple(lex.toll_qualifiers)).search(plain(window) + " ")
    rule = lex.toll_qualifiers.get(link.group("link")) if link else None
    if rule is None:
        return figure
    low, high = interval(figure.value, rule, form=figure.form)
    return replace(figure, qualifier=rule, low=low, high=high)


def _toll_qualified(figure: Figure, window: str, lex: Cues) -> Figure:
    """The figure under the qualifier its toll verb implies, when the figure has none of its own."""
    link = lex.toll_link.search(window)
    rule = lex.toll_qualifiers.get(plain(link.group("link"))) if link else None
    if rule is None or figure.qualifier != "exact" or figure.form not in ("digits", "words"):
        return figure
    low, high = interval(figure.value, rule, form=figure.form)
    return replace(figure, qualifier=rule, low=low, high=high)


def released(figure: Figure, phrase: Phrase, text: str, sentence: tuple[int, int], lex: Cues) -> bool:
    """Whether the people counted are said to be freed: a release word right before the number (a few words
    between at most) or right after the counted phrase ("20 rehenes fueron liberados")."""
    sentence_start, sentence_end = sentence
    before = text[max(sentence_start, figure.start - 40) : figure.start]
    after = text[phrase.end : min(sentence_end, phrase.end + 40)]
    # Between the release word and the number: at most three words and no other number ("liberaron a 50 de
    # los 200 secuestrados" frees 50; the 200 are still held).
    near_before = any(
        len(gap.split()) <= 3 and not any(c.isdigit() for c in gap)
        for gap in (before[m.end() :] for m in lex.released.finditer(before))
    )
    return near_before or bool(re.match(rf"\s*(?:{lex.released.pattern})", after, re.IGNORECASE))


def _blocked(figure: Figure, phrase: Phrase, text: str, sentence_start: int, lex: Cues) -> bool:
    """A lone number after "a los", "de", "at"... is an age, hour or date; so is one set off by commas ("El
    alcalde, 61, murió"), not one after a comma only ("Of the 80 injured, 9 are in critical condition")."""
    if phrase.head is not None:
        return False
    before = text[max(sentence_start, figure.start - 20) : figure.start]
    appositive = bool(re.search(r",\s*$", before)) and text[figure.end : figure.end + 1] == ","
    return bool(lex.bare_blocker.search(before)) or appositive


# Two numbers joined by a hyphen ("lost 1-2 to", "10-15 people"): a score or a code when no counted phrase follows.
RE_HYPHEN_PAIR = compiled(r"\d[-–]\d")


def is_count(figure: Figure, phrase: Phrase, text: str) -> bool:
    if phrase.not_person:
        return False
    if phrase.head is None and figure.form == "range" and RE_HYPHEN_PAIR.search(figure.text):
        return False
    if RE_CURRENCY_BEFORE.search(text, max(0, figure.start - 5), figure.start):
        return False
    # A bare four-digit year ("en 2024 murieron...") is a date unless a person noun follows.
    return not (
        figure.form == "digits"
        and RE_YEAR.fullmatch(figure.text)
        and 1800 <= figure.value <= 2100
        and phrase.head != "person"
    )


def listed(
    candidates: list[Candidate],
    where: ArticlePlaces,
    text: str,
    previous: str | None,
    sentence_start: int,
    lex: Cues,
    *,
    kinds: list[int] | None = None,
) -> str | None:
    """A list of places with their figures shares the kind of the claim before it ("542 víctimas mortales en Al
    Haouz, 321 en Taroudant, Chichaoua con 103"): a figure with no kind of its own, a bare number or people,
    takes the kind of the last claim before it when a place is named right at it: in this sentence; else a kind
    noun before the list in its sentence ("most fatalities occurred in Al Haouz (394)"); else the last claim of
    the sentence before, when the list opens its sentence (four words at most before its first figure: "Florida
    had at least 19, Georgia 33"). Returns the kind of the sentence's last claim, for the next sentence; None after
    a sentence counting people with no kind ("68 personas ... estaban ingresadas en el centro ...:" then "- Colombia:
    1": the list breaks down that count, not the toll before); else the kind it was given.
    ``kinds`` as for :func:`kind_of`: the nouns before the list are searched only where a kind word may be."""
    last = previous
    if not any(c.kind is None and not c.rejected for c in candidates):
        return next((c.kind for c in reversed(candidates) if c.kind), previous)
    # a kind noun or a toll noun before the list: "most fatalities occurred in Al Haouz (394), Taroudant (271)", "Of
    # the total death toll, 1,524 were children"
    first = candidates[0].figure.start
    # or a kind's verb ("Otras víctimas fallecieron en Misamis Oriental (4), Agusan del Sur (3)"; real22c), taken
    # only when a figure with no kind is an item of a list by place or by cause. Nothing is searched where no kind
    # word may be before the list. Which is asked first is only a matter of cost (the verbs' pattern is slow to
    # search; reading the article's places, on first use, is slower): an article whose places are not read yet has its
    # verbs searched first, and its places are read only when a verb is there.
    found: list[re.Match[str]] = []
    if may_hold_kind(kinds, text, sentence_start, first, lex.kind_words):
        found = [m for p in (lex.noun, lex.toll_noun) for m in p.finditer(text, sentence_start, first)]
        verbs = None if where.read else [m for m in lex.after_search.finditer(text, sentence_start, first) if m.lastgroup]
        if (verbs is None or verbs) and any(
            c.kind is None
            and not c.rejected
            and (placed_at(c, where.named, text) or lex.cause_after.match(text, c.figure.end))
            for c in candidates
        ):
            found += lex.after_search.finditer(text, sentence_start, first) if verbs is None else verbs
    if nouns := sorted((m for m in found if m.lastgroup), key=lambda m: m.start()):
        last = nouns[-1].lastgroup
    elif len(text[sentence_start : candidates[0].figure.start].split()) > 4:
        last = None  # the kind of the sentence before reaches only a list that opens its sentence
    # "de los fallecidos, 86 se han producido en ...": the bare figures after a partitive opening are parts of its toll
    opening_kind, opening_end = None, len(text)
    if part := lex.partitive_open.search(text, sentence_start, candidates[-1].figure.start):
        opening_kind, opening_end = (previous if part.lastgroup == "victims" else part.lastgroup), part.end()
    for c in candidates:
        if (
            c.kind is None
            and not c.rejected
            and opening_kind
            and c.phrase.head is None
            and c.figure.start >= opening_end
            and not lex.increment_after.match(text, c.phrase.end)  # "De los fallecidos, 19 fueron identificados"
        ):
            c.kind = opening_kind
        if (
            c.kind is None
            and not c.rejected
            and previous
            and (part_of := lex.partitive_victims.match(text, c.figure.end))
            and not lex.increment_after.match(text, max(part_of.end(), c.phrase.end))
        ):
            # "tres de las víctimas eran extranjeras", "two of the victims": a part of the toll; not the victims still
            # to identify ("only three of the victims are not yet identified": no toll; session 27, claims27dev)
            c.kind = previous
        if (
            c.kind is None
            and not c.rejected
            and previous
            and lex.among_them.fullmatch(text, sentence_start, c.figure.start)
        ):
            c.kind = previous  # "Among them were at least 400 foreigners": a part of the toll of the sentence before
        if (
            c.kind is None
            and not c.rejected
            and last
            and c.phrase.head in (None, "person")
            and lex.subgroup.match(text, c.phrase.end)
            and not RE_ALL_OF.search(text, max(sentence_start, c.figure.start - 12), c.figure.start)
        ):
            # "97 were women", "at least four were teenagers": a part of the toll before; "all three were residents"
            # says who the whole toll was, it is no new toll.
            c.kind = last
        bare = c.phrase.head is None or (
            c.phrase.head == "person" and not c.phrase.nouns and set(c.phrase.groups) <= {"total"}
        )
        # People said to be doing something ("FEMA has 416 people working in Hawaii") are no item of a list of tolls.
        doing = RE_DOING.match(text, c.phrase.end) or RE_DOING.search(text, c.figure.end, c.phrase.end)
        bare = bare and not doing and not lex.population.match(text, c.figure.end)
        # an item of a list by place ("Taroudant con 321") or by cause after a toll of its sentence ("at least 12 people
        # died due to the storm, 72 from landslides and flash floods, six from floodwaters": a cause link and a word in
        # lower case)
        by_cause = lex.cause_after.match(text, c.figure.end) and any(
            d.kind and d.figure.start < c.figure.start for d in candidates
        )
        if c.kind is None and not c.rejected and last and bare and (placed_at(c, where.named, text) or by_cause):
            c.kind = last
        last = c.kind or last
    if any(c.kind for c in candidates):
        return last
    # People counted with no kind ("En total, 68 personas de seis nacionalidades estaban ingresadas en el centro ...:
    # - Colombia: 1"): a count that is no toll stands between the toll before and the list after, which breaks it down;
    # so does a count of things ("244,620 households had no running water. Of them, 211,008 were in Hiroshima
    # Prefecture": no missing people; real22c)
    # Prefecture": no missing people; real22c); not a figure of a name with a noun in the singular ("the Category 4
    # storm": a label, no count; it broke "38 of the known deaths" two sentences on from the toll before)
    return None if any(_counted(c) and not c.rejected for c in candidates) else previous


def _counted(c: Candidate) -> bool:
    """Whether a candidate counts people or things: a person's phrase, or a noun in the plural ("244,620 households")."""
    return c.phrase.head == "person" or (
        c.phrase.head == "unknown" and c.phrase.nouns[:1] != () and c.phrase.nouns[0].endswith("s")
    )


def inherit(candidates: list[Candidate], text: str, sentence_start: int, lex: Cues) -> None:
    """Give a phrase naming people the kind of its neighbour when an inclusion word or a conjunction links them."""
    for prev, cur in zip(candidates, candidates[1:]):
        # "five from Iran and two from Japan": a bare number whose origin follows names people too.
        gap = text[prev.verb_end : cur.figure.start]
        gap = gap[lead.end() :] if (lead := RE_ORIGIN_LEAD.match(gap)) else gap
        people = cur.phrase.head == "person" or bool(RE_ORIGIN_LEAD.match(text, cur.phrase.end))
        # "al menos 128 personas han muerto (82 de ellas en la sala Bataclan)": a bare number "of them" opening a
        # dash or bracket aside right after a toll is a part of it (branch c8read)
        people = people or bool(RE_GAP_DASH.fullmatch(gap) and lex.of_them.match(text, cur.figure.end))
        # "157 muertos: 32 kenianos": a colon after a toll with its own kind noun opens its breakdown (claims24), and so
        # does one after a toll whose kind is its verb's ("Murieron 39 personas: tres chilenos y dos peruanos";
        # session 26, claims26dev: held-out12's "al menos un británico y dos rumanos" lists)
        colon = bool(prev.kind) and prev.verb_end <= cur.figure.start and bool(RE_GAP_COLON.fullmatch(gap))
        if (
            cur.kind is None
            and prev.kind
            and (people or _breakdown_item(prev, cur, gap, colon, text, sentence_start, lex))
        ):
            window = text[max(sentence_start, cur.figure.start - 40) : cur.figure.start]
            # A figure inside the span of the claim before (its verb after an aside) is no coordinated item of it.
            coordinated = prev.verb_end <= cur.figure.start and (
                RE_GAP_COORDINATION.fullmatch(gap) or RE_GAP_DASH.fullmatch(gap) or colon
            )
            # people said to be rescued, alive, take no kind of the toll beside them ("un saldo de 13 fallecidos y
            # alrededor de 700 personas rescatadas", branch c7read)
            alive = lex.alive_after.match(text, cur.phrase.end) or lex.alive_after.search(
                text, cur.figure.end, cur.phrase.end
            )
            if (lex.inclusion.search(window) or coordinated) and not alive:
                cur.kind = prev.kind
                cur.lender = prev if lex.inclusion.search(window) else None
                # an item of a list of tolls by their nouns naming people by their state ("12 muertos, 40 heridos y 2.000
                # refugiados"): that state; not under a verb shared by the list ("killed 12 people and 3 refugees")
                status = next(
                    (lex.status_nouns[n] for n in map(plain, cur.phrase.nouns) if n in lex.status_nouns), None
                )
                if coordinated and status and prev.phrase.kind:
                    cur.kind = status
    for cur, nxt in zip(reversed(candidates[:-1]), reversed(candidates[1:])):
        gap = text[cur.phrase.end : nxt.figure.start]
        # "60 pilgrims from Jordan and 35 from Tunisia died": where they come from, then the next item.
        gap = gap[lead.end() :] if (lead := RE_ORIGIN_LEAD.match(gap)) else gap
        # "Six Dutch, four Irish and 12 Polish nationals are among the dead": an item naming a people of no lexicon
        # (a capitalised word, where demonyms are: not "two dams", "280 carreteras") before an item with a kind is an
        # item of the same list (claims25)
        people = cur.phrase.head == "person" or (
            lex.capital_demonyms and cur.phrase.capitalised and named_group(cur.phrase, True) and not cur.rejected
        )
        if cur.kind is None and nxt.kind and people and RE_GAP_COORDINATION.fullmatch(gap):
            cur.kind = nxt.kind


# A plural of Spanish or English: a final "s" after an unaccented letter, not a singular's "-sis", "-us", "-ss" ("país",
# "crisis", "virus", "bus" are singulars).
RE_PLURAL = compiled(r"^[^\W\d_]{2,}(?<!si)(?<![usáéíóú])s$")


def named_group(phrase: Phrase, language_capitals: bool) -> bool:
    """Whether a counted phrase of no lexicon names a group of people as a breakdown's item does: its first word is a
    plural ("brigadistas", "Ethiopians") or, where demonyms are capitalised (English), a capitalised word ("Kenyans").
    A plural after a word of no lexicon ("two opera singers") is not read: such a chain reached a repeat placed elsewhere
    in held-out8 (session 24, branch claims24).

    >>> named_group(Phrase(0, head="unknown", nouns=("brigadistas",)), False)
    True
    >>> named_group(Phrase(0, head="unknown", nouns=("hungarian",), capitalised=True), True)
    True
    >>> named_group(Phrase(0, head="unknown", nouns=("cuerpo",)), False), named_group(Phrase(0, head=None), False)
    (False, False)
    >>> [named_group(Phrase(0, head="unknown", nouns=(w,)), False) for w in ("país", "crisis", "virus", "etíopes")]
    [False, False, False, True]
    """
    if phrase.head != "unknown" or not phrase.nouns or phrase.kind:
        return False
    noun = phrase.nouns[0]
    return bool(RE_PLURAL.search(noun)) or (language_capitals and phrase.capitalised)


def _breakdown_item(
    prev: Candidate, cur: Candidate, gap: str, colon: bool, text: str, sentence_start: int, lex: Cues
) -> bool:
    """Whether a figure counting a group of no lexicon ("tres brigadistas", "nine Ethiopians": :func:`named_group`) is an
    item of a breakdown of the toll before it by nationality or group: right after a colon after a toll, its kind
    its noun's or its verb's ("157 muertos: 32 kenianos", "Murieron 39 personas: tres chilenos"), right after an inclusion word ("including 32 Kenyans"), or coordinated
    with an item of the list that names people and no kind of its own ("dos policías, tres brigadistas": the toll's
    earlier item, not a new count). Not an item coordinated with the toll itself ("12 muertos y 30 brigadistas"): what
    a kind noun's neighbour counts is not told (session 24, branch claims24)."""
    if not named_group(cur.phrase, lex.capital_demonyms) or lex.of_them.match(text, cur.figure.end):
        return False  # "1.833 familias afectadas, 697 de ellas damnificadas": a part of the item before, not an item
    if colon:
        return True
    window = text[max(sentence_start, cur.figure.start - 40) : cur.figure.start]
    if lex.inclusion.search(window):
        return True
    # the item before names people with no kind noun nor verb of its own: "more than 200 people had been injured and
    # more than 260 aftershocks" coordinates two clauses, not two items
    listed_group = (
        prev.phrase.kind is None
        and prev.verb_end <= prev.phrase.end
        and (prev.phrase.head == "person" or named_group(prev.phrase, lex.capital_demonyms))
    )
    return listed_group and prev.verb_end <= cur.figure.start and bool(RE_GAP_COORDINATION.fullmatch(gap))


# A bare figure's people named by the country they come from, a capitalised name after "de" ("18 de Canadá", "siete
# de Reino Unido"): an item of a breakdown by origin (claims25).
RE_OF_COUNTRY = compiled(r"\s+de\s+(?:(?:la|el|los|las)\s+)?(?P<name>[A-ZÁÉÍÓÚÑ][\w’'-]*)")


def origin_item(c: Candidate, text: str, lex: Cues) -> bool:
    """Whether a figure counts people by where they come from, written "de" and a capitalised name that is no month's
    ("18 de Canadá", not "18 de Marzo"): a counted phrase of no lexicon, capitalised (claims25).

    >>> from analysis.casualties.cues import cues_for
    >>> text = "18 de Canadá y 10 de Marzo"
    >>> [origin_item(Candidate(Figure(a, a + 2, "", "exact", 1, 1, 1, "digits"), Phrase(a + 12, head="unknown",
    ...  nouns=("x",), capitalised=True), None, a, a + 12), text, cues_for("es")) for a in (0, 15)]
    [True, False]
    """
    if c.phrase.head != "unknown" or not c.phrase.capitalised or c.phrase.kind:
        return False
    m = RE_OF_COUNTRY.match(text, c.figure.end, c.phrase.end)
    return bool(m) and not lex.month_before.fullmatch(m.group("name") + " ")  # type: ignore[union-attr]


def listed_groups(candidates: list[Candidate], text: str, lex: Cues) -> None:
    """The items of a list of groups after a figure given its kind by :func:`listed` ("They include four French citizens,
    two Italians and one Spaniard" after a sentence naming the dead; "Entre ellos figuran ..."): each item coordinated
    with the one before, naming people with no kind noun of its own, takes its kind, as :func:`inherit` gives the items
    of a list whose first item had its kind already (session 24, branch claims24)."""
    for prev, cur in zip(candidates, candidates[1:]):
        if cur.kind is not None or cur.rejected or prev.kind is None or prev.phrase.kind or cur.phrase.kind:
            continue
        # the item before names people with no verb of its own ("more than 200 people had been injured and more than
        # 260 aftershocks": two clauses)
        # "32 de Kenia, 18 de Canadá": items by origin after an item by origin (claims25)
        of_country = origin_item(prev, text, lex) and origin_item(cur, text, lex)
        names = prev.verb_end <= prev.phrase.end and (
            prev.phrase.head == "person" or named_group(prev.phrase, lex.capital_demonyms) or of_country
        )
        people = of_country or cur.phrase.head == "person" or (
            named_group(cur.phrase, lex.capital_demonyms) and not lex.of_them.match(text, cur.figure.end)
        )
        gap = text[prev.verb_end : cur.figure.start]
        # "four people from Slovakia, three Austrians": where the item's people come from, then the next item (claims25)
        gap = gap[lead.end() :] if (lead := RE_ORIGIN_LEAD.match(gap)) else gap
        if names and people and prev.verb_end <= cur.figure.start and RE_GAP_COORDINATION.fullmatch(gap):
            cur.kind = prev.kind


# How far before a figure a clause's "among them were" may open (", Tewolde said Sunday, among them were 32 Kenyans").
AMONG_THEM_REACH = 40


def among_them_items(candidates: list[Candidate], text: str, lex: Cues) -> None:
    """A figure naming people right after a clause's "among them were" ("All 157 passengers were killed, the airline
    said, among them were 32 Kenyans, 18 Canadians": ``among_them_clause``) is a part of the last toll before it in
    its sentence and takes its kind; the list's further items take it from :func:`listed_groups`. Opening a sentence,
    :func:`listed` reads it against the sentence before. Not a figure naming no people, nor one with no toll before
    (claims25).

    >>> from analysis.casualties.cues import cues_for
    >>> text = "157 people died, among them were 32 Kenyans."
    >>> toll = Candidate(Figure(0, 3, "157", "exact", 157, 157, 157, "digits"), Phrase(10, head="person"), "killed", 0, 15)
    >>> part = Candidate(Figure(33, 35, "32", "exact", 32, 32, 32, "digits"), Phrase(43, head="unknown", nouns=("kenyans",),
    ...                  capitalised=True), None, 33, 43)
    >>> among_them_items([toll, part], text, cues_for("en")); part.kind
    'killed'
    """
    toll: Candidate | None = None
    for c in candidates:
        if c.kind is None and not c.rejected and toll is not None and toll.verb_end <= c.figure.start:
            people = c.phrase.head == "person" or named_group(c.phrase, lex.capital_demonyms)
            start = max(toll.verb_end, c.figure.start - AMONG_THEM_REACH)
            if people and lex.among_them_clause.search(text, start, c.figure.start):
                c.kind = toll.kind
        if c.kind and not c.rejected:
            toll = c


# A bare figure's place right after it, a capitalised name the gazetteer may not know ("14 at Maelbeek subway station",
# "four each at St Andrews"), and the gap from the toll before it, "with" ending a clause of the toll with no other
# figure ("34 people were killed in the attacks, with 14 at Maelbeek"), or from the item before: a comma or "and"
# (claims25). A list with no "with" ("found at Kinglake, six at Kinglake West") is left to :func:`listed`: read here,
# held-out9 gained its tolls at places none of its sentence's places fit.
RE_AT_NAME = compiled(r"\s+(?:each\s+)?(?:at|in)\s+(?:the\s+)?[A-Z][\w.’'-]*")
RE_WITH_GAP = compiled(r"[^;:.\d\n]{0,80}?,?\s+with\s+")
RE_ITEM_GAP = compiled(r"[^;:.\d\n]{0,80}?(?:,\s*(?:and\s+)?|\s+and\s+)")
PLACED_ITEM_GAP = 80
# The rest of a placed item's clause: a verb of its own there ("and 20 in Brussels are still in hospital") makes it a
# clause of its own, not an item of the toll before.
RE_CLAUSE_REST = compiled(r"[^,;:.\n]*")
RE_OWN_VERB = compiled(r"\b(?:is|are|was|were|has|have|had|remain|remains|remained|be|been|will|would|may|could)\b")


def placed_items(candidates: list[Candidate], text: str) -> None:
    """Bare figures each followed by a capitalised place ("at Maelbeek", "in Kinglake West"), coordinated after a toll
    of its sentence ("34 people were killed in the attacks, with 14 at Maelbeek subway station and 20 in two
    explosions at Brussels Airport", "Six of the dead were found at Kinglake, six at Kinglake West"): a breakdown of
    that toll by place, its kind, whether or not the gazetteer knows the place (:func:`listed` needs it to; English
    only: "at", "in"). Not a figure with a noun or kind of its own, nor one after another figure with no kind (claims25).

    >>> from analysis.casualties.phrases import Phrase
    >>> text = "34 people were killed, with 14 at Maelbeek."
    >>> toll = Candidate(Figure(0, 2, "34", "exact", 34, 34, 34, "digits"), Phrase(9, head="person"), "killed", 0, 21)
    >>> item = Candidate(Figure(28, 30, "14", "exact", 14, 14, 14, "digits"), Phrase(30), None, 28, 30)
    >>> placed_items([toll, item], text); item.kind
    'killed'
    """
    items: set[int] = set()  # the items this rule gave a kind
    for prev, cur in zip(candidates, candidates[1:]):
        if cur.kind is not None or cur.rejected or prev.kind is None or prev.rejected or cur.phrase.head is not None:
            continue
        if cur.phrase.end != cur.figure.end or not (at := RE_AT_NAME.match(text, cur.figure.end)):
            continue
        rest = RE_CLAUSE_REST.match(text, at.end())
        if rest and RE_OWN_VERB.search(rest.group()):
            continue
        end = max(prev.verb_end, prev.phrase.end)
        gap = RE_ITEM_GAP if id(prev) in items else RE_WITH_GAP
        if end <= cur.figure.start <= end + PLACED_ITEM_GAP and gap.fullmatch(text, end, cur.figure.start):
            cur.kind = prev.kind
            items.add(id(cur))


RE_ORIGIN_LEAD = compiled(
    r"\s+(?:(?:each|cada\s+un[oa])\s+)?(?:from|procedentes?\s+de)\s+(?:the\s+)?[A-ZÁÉÍÓÚÑ][\w.’'-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w.’'-]*)*"
    r"(?:(?:,\s*|\s+and\s+|\s+y\s+)[A-ZÁÉÍÓÚÑ][\w.’'-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w.’'-]*)*)*",
)
# An aside between a counted phrase and its verb: between dashes or brackets (up to 120 characters), an
# inclusion between commas ("including three children", "incluidos dos menores", "entre ellos"), an apposition
# naming them one by one ("dos personas, un estudiante y una mujer, murieron"), or an age ("un hombre, de 86 años,").
RE_DASHED = compiled(r"\s*(?:[—–]|--)")
RE_ASIDE = compiled(
    r"\s*(?:[—–]|--)[^—–\n]{1,120}?(?:[—–]|--)|\s*\([^()\n]{1,120}\)"
    r"|\s*,\s*(?:including|among them|incluidos?|incluidas?|incluyendo|entre ellos|entre ellas)\b[^,;:\n]{1,80},"
    # an apposition naming them one by one: "Otras dos personas, un estudiante y una mujer, murieron"
    r"|\s*,\s*(?:un|una|a|an|one)\s[^,;:\n]{1,60}\s(?:y|e|and)\s(?:un|una|a|an|one|another|otro|otra)\s[^,;:\n]{1,60},"
    # some of them described between commas: "Five attackers, some wearing suicide belts, were then shot dead"
    # (branch c9read)
    r"|\s*,\s*(?:some|several|many|most|algunos|algunas|varios|varias|muchos|muchas)\s(?!of\b|de\b)[^,;:\n\d]{1,60},"
    # one more person with an article coordinated before the verb: "Six civilians and a police officer were injured"
    r"|\s+(?:and|y|e)\s+(?:a|an|un|una)\s+[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+)?(?=\s+(?:were|are|have\s+been|fueron|resultaron)\b)"
    # an age between commas: "una mujer, de entre 25 a 30 años, que murió", "un hombre, de 86 años, falleció"
    r"|\s*,\s*(?:de\s+)?(?:entre\s+)?\d{1,3}(?:\s+(?:a|y|to|and)\s+\d{1,3})?\s+(?:años|years?\s+old)\s*,",
    re.IGNORECASE,
)
# A gerund right after the counted phrase, perhaps after "are"/"están": "people working", "personas trabajando",
# "about one million people are facing extreme hardship".
RE_DOING = compiled(
    r"\s+(?:(?:are|were|is|was|remain|están|estaban|siguen|permanecen)\s+)?[^\W\d_]{2,}(?:ing|ando|iendo)\b",
    re.IGNORECASE,
)
# Where the counted people are, between them and their verb: "in Gaza", "en Lima" (a capitalised name), or a word
# standing for a place named before ("109 people in the state died", "en la provincia"; place_slots.yaml anaphors),
# or where they were in a crash ("eight people on the ground were killed", "personas a bordo": aboard_or_ground).
RE_PLACE_LEAD = compiled(
    r"\s+(?:(?:in|en|at)\s+(?:(?:the\s+)?[A-ZÁÉÍÓÚÑ][\w.’'-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w.’'-]*)*|(?:"
    + words_regex(
        [w for forms in lexicon("place_slots")["anaphors"].values() for w in forms if not w.startswith("del ")]
    )
    + r")\b)|(?i:"
    + words_regex(lexicon("place_slots")["aboard_or_ground"])
    + "))"
)
# What may follow an "others" item with no kind of its own (:func:`others_items`): the clause's end, where they are or
# come from, or a verb standing for the kind's ("otras 15 lo habrían hecho en Euskirchen", "did so").
RE_OTHERS_END = compiled(
    r"\s*(?:[.;,:)]|$)|\s*\b(?:en|in|at|from|de|del|of|on)\b"
    r"|\s*\b(?:lo|la)\s+(?:han|habían|habrían|hicieron|hizo|hacen)\b|\s*\b(?:did|do|have\s+done|had\s+done)\s+so\b",
    re.IGNORECASE,
)
RE_ALL_OF = compiled(r"\b(?:all|both|the|todos|todas|los|las|ambos|ambas)\s+(?:the\s+|los\s+|las\s+)?$", re.IGNORECASE)
RE_LIST_BEFORE = compiled(
    r"(?:[,:;]|\b(?:y|e|and|as well as|así como|incluyendo(?: a)?|incluidos?|including|among them|entre ellos))\s*$",
    re.IGNORECASE,
)
# Between a figure's counted phrase and a single national: the singles before it, one word each, naming that figure's
# people one by one ("two crew members, a Hungarian and a Peruvian"; claims24).
RE_APPOSED = compiled(r"(?:\s*,\s*(?:an?|one|un|una|uno)\s+[^\W\d]+)*(?:\s*,|\s+(?:and|y|e))\s*", re.IGNORECASE)
# Most characters between a claim (or the single before) and a single national of its list.
SINGLE_GAP = 100


def single_nationals(
    candidates: list[Candidate], text: str, sentence: tuple[int, int], lex: Cues, *, others: Sequence[Candidate] = ()
) -> list[Candidate]:
    """One person of a nationality listed after a claim, as a claim of 1 of its kind: "three foreigners among the
    deceased: an American, a Briton and a Canadian"; "tres extranjeros: una persona estadounidense, otra británica y
    otra canadiense". A single ("a", "un", "otra" and a nationality, perhaps "persona") counts only right after a list
    separator, at most ``SINGLE_GAP`` characters after the claim or the single before it, and ends its item (a
    separator, a conjunction or a relative pronoun after it): "a Canadian official said" opens no list, "and a
    Canadian journalist filmed" is no item of one. Nor is a single right after a figure with no kind (``others``),
    alone or after other singles (``RE_APPOSED``): it names one of that figure's people ("and two crew members, a
    Hungarian and a Peruvian"; claims24).
    """
    s_start, s_end = sentence
    out: list[Candidate] = []
    for m in lex.single.finditer(text, s_start, s_end):
        before = [c for c in [*candidates, *out] if c.kind and c.figure.end <= m.start()]
        if not before:
            continue
        last = max(before, key=lambda c: c.figure.end)
        reach = max(last.figure.end, last.verb_end if last.verb_end <= m.start() else last.figure.end)
        if m.start() - reach > SINGLE_GAP or not RE_LIST_BEFORE.search(text, reach, m.start()):
            continue
        if any(last.figure.end <= o.figure.start < m.start() and RE_APPOSED.fullmatch(text, o.phrase.end, m.start())
               for o in others):  # fmt: skip
            continue
        nationality = lex.nationalities.get(plain(m.group("nat")))
        figure = Figure(m.start(), m.end(), m.group(), "exact", 1, 1, 1, "words", number=m.group("one"))
        phrase = Phrase(m.end(), kind=last.kind, head="person", nationality=nationality)
        out.append(Candidate(figure, phrase, last.kind, m.start(), m.end()))
    return out


# A bullet opening a line ("- Tres alemanes, ..."), and how many lines back its header may be.
RE_BULLET_OPEN = compiled(r"[^\S\n]*[-–—•*][^\S\n]+")
HEADER_LINES = 8


@cache
def _victims(language: str) -> re.Pattern[str]:
    return compiled(words_regex(lexicon(f"figures_{language}")["victims_nouns"]), re.IGNORECASE)


def bulleted_items(
    candidates: list[Candidate], text: str, sentence_start: int, lex: Cues, language: str, victims_kind: str | None
) -> None:
    """People counted right after a bullet ("- Tres alemanes, un profesor y dos estudiantes, según la prensa"), with no
    kind of their own, under a header line ending in a colon that names a kind ("Estas son las primeras víctimas
    extranjeras identificadas:", "The injured so far:"; at most ``HEADER_LINES`` lines back, other lines between):
    the header's kind; "víctimas"/"victims", ``victims_kind`` (the dead when the article counted dead before: the last
    toll before the header was its sentence's injured, "84 muertos y decenas de heridos"). Session 26, held-out12. Sets
    the kinds in place.

    >>> from analysis.casualties.cues import cues_for
    >>> from analysis.casualties.phrases import Phrase
    >>> text = "Los heridos:\\n- Dos rumanos, según la prensa."
    >>> item = Candidate(Figure(15, 18, "Dos", "exact", 2, 2, 2, "words"), Phrase(26, head="person"), None, 15, 26)
    >>> bulleted_items([item], text, 13, cues_for("es"), "es", None); item.kind
    'injured'
    """
    line = text.rfind("\n", 0, sentence_start) + 1
    bullet = RE_BULLET_OPEN.match(text, line)
    if bullet is None or bullet.end() < sentence_start - 1:
        return
    first = next((c for c in candidates if c.figure.start == bullet.end()), None)
    if first is None or first.kind is not None or first.rejected or first.phrase.head != "person":
        return
    end = line - 1
    for _ in range(HEADER_LINES):
        if end <= 0:
            return
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].rstrip().endswith(":"):
            nouns = [m for m in lex.noun.finditer(text, start, end) if m.lastgroup]
            kind = nouns[-1].lastgroup if nouns else victims_kind if _victims(language).search(text, start, end) else None
            if kind:
                first.kind = kind
            return
        end = start - 1


def others_items(candidates: list[Candidate], text: str, lex: Cues) -> None:
    """An item counting others of the toll before it in its sentence takes its kind: "se contabilizan diez víctimas
    mortales en Arquata del Tronto, y otras 28 en la zona comprendida entre Amatrice y Accumoli", "una veintena de
    personas habrían muerto en la ciudad de Colonia, si bien otras 15 lo habrían hecho en Euskirchen", "reportaron 60
    de los fallecidos y el ministerio ... anunció otros 43", "two bodies from under the rubble ... and two others from
    Krishna Nagar area". An item is a figure with no kind of its own written with an ``others`` word ("otras 28",
    "another 20", "two others"), bare or of people, that ends its clause or is followed by where they are or a verb
    standing for the kind's (:data:`RE_OTHERS_END`); "otras 20 fueron rescatadas" (a verb of its own, of no kind) is
    none. Sets the kinds in place.

    >>> bool(RE_OTHERS_END.match(" lo habrían hecho en X")), bool(RE_OTHERS_END.match(" fueron rescatadas"))
    (True, False)
    """
    for index, c in enumerate(candidates):
        if c.kind or c.rejected or c.phrase.head not in (None, "person") or c.phrase.nouns:
            continue
        opening = lex.others.match(c.figure.text)
        if not (opening or RE_OTHERS.match(text, c.figure.end)):
            continue
        end = (
            c.phrase.end if c.phrase.head else (m.end() if (m := RE_OTHERS.match(text, c.figure.end)) else c.figure.end)
        )
        if not RE_OTHERS_END.match(text, end):
            continue
        # where they are, then a verb of their own: "y otras 20 en Cusco resultaron heridas" (injured, not the toll's)
        if (lead := RE_PLACE_LEAD.match(text, end)) and (own := lex.after.match(text, lead.end())) and own.lastgroup:
            c.kind = own.lastgroup
            continue
        before = next((d for d in reversed(candidates[:index]) if d.kind and not d.rejected), None)
        # the others of the figure right before: none between ("destruyera 60.759 viviendas y causara daños en otras
        # 76.121" counts houses)
        if before is not None and not RE_DIGIT.search(text, before.figure.end, c.figure.start):
            c.kind = before.kind
            if before.phrase.nationality and not c.phrase.nationality:
                # "8 millones de sudaneses ..., a otros 2 millones": the others are of the same people
                c.phrase = replace(c.phrase, nationality=before.phrase.nationality)
