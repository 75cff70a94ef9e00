"""The compiled cue patterns of a language's casualty lexicon (``lexicons/figures_<lang>.yaml``).

Every pattern the claim reader (:mod:`analysis.casualties.claims`) matches is built here once per language:
kind nouns, participles and verbs (one named group per kind: ``m.lastgroup`` is the kind), toll phrases
("la cifra de muertos asciende a"), zero tolls, forecasts, releases, attribution, and the group, person and
nationality words of the counted phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from analysis.casualties.quantities import lexicon, plain, words_regex
from analysis.casualties.word_patterns import entry_regex, first_words_regex, initials, initials_regex
from analysis.regex_cache import compiled
from analysis.text import stop_words

KINDS = ("killed", "injured", "detained", "missing", "displaced")


# Most characters between a toll noun and the verb before its number ("The death toll from the earthquake that
# struck the Al Haouz region southwest of Marrakech, Morocco, on Friday night, has risen to 632").
TOLL_GAP = 200
# A full stop of a dotted abbreviation ("EE.UU.", "U.S."): a capital before it; a capital, a comma or a word in lower
# case after it (a sentence's end is followed by a capital after a space).
ABBREVIATION_DOT = r"(?<=[A-ZÁÉÍÓÚÑ])\.(?=[A-ZÁÉÍÓÚÑ]|,|\s+(?-i:[a-záéíóúñ]))"


class _Pending(NamedTuple):
    """A pattern :class:`Cues` compiles on first use."""

    source: str
    flags: int = 0


@dataclass(frozen=True)
class WhoWords:
    """What trims the source that :class:`Cues`' attribution patterns read (``lexicons/figures_<lang>.yaml``,
    ``attribution``; used by :mod:`analysis.casualties.attribution`)."""

    lead: re.Pattern[str]  # a word or a day opening a who and no part of it: "y", "and", "el sábado por la noche"
    end: re.Pattern[str]  # a word, a day or a perfect's auxiliary ending a who: "también", "el domingo", "had"
    stop: re.Pattern[str]  # a who ends before these: "que", "that", "by phone"
    passive_end: re.Pattern[str]  # a who ending so is a passive's subject ("were", "fue", "se") or a verb's ("and")
    not_opener: re.Pattern[str]  # a who opening so is no source: "with", "en", a gerund
    pronouns: frozenset[str]
    determiners: frozenset[str]  # after a stop word, one opens a new subject ("que el reporte")
    audience_verbs: frozenset[str]  # after these the name hears: "told"
    stops: frozenset[str]  # the language's stop words: a who of these alone is no source

    @classmethod
    def of(cls, said: dict, weekdays: dict, language: str) -> WhoWords:
        i = re.IGNORECASE
        day = words_regex(weekdays)
        before_day = r"(?:(?:el|este|esta|this|on|last|next)\s+)?"
        part_of_day = r"(?:\s+(?:por|en|a)\s+la\s+(?:mañana|tarde|noche|madrugada)|\s+(?:morning|afternoon|evening|night))?"
        return cls(
            lead=re.compile(rf"^(?:{words_regex(said['lead_trims'])}|{before_day}{day}{part_of_day})\s+", i),
            end=re.compile(
                # a trim word written with a capital is a name's ("USA Today said": USA Today; real21c)
                rf"\s+(?:(?!(?-i:[A-ZÁÉÍÓÚÑ])){words_regex([*said['end_trims'], *said['perfect_auxiliaries']])}"
                rf"|{before_day}{day}{part_of_day})$",
                i,
            ),
            stop=re.compile(rf"\s+{words_regex(said['stops'])}\s*", i),
            passive_end=re.compile(rf"(?:^|\s)(?:{words_regex([*said['passive_ends'], *said['conjunctions']])})$", i),
            not_opener=re.compile(rf"^(?i:{words_regex(said['not_openers'])})|^[a-záéíóúñ]\w*(?:ing|ando|iendo)(?![\w])"),
            pronouns=frozenset(w.lower() for w in said["pronouns"]),
            determiners=frozenset(w.lower() for w in said["determiners"]),
            audience_verbs=frozenset(w.lower() for w in said["audience_verbs"]),
            stops=stop_words(language),
        )


class Cues:
    """Compiled cue patterns of one language; each kind pattern has one named group per kind.

    Each pattern is compiled the first time it is used (then it is a plain attribute): compiling all of them
    takes about 0.3 s per language, and a small corpus uses some of them only (five articles without a release,
    a subgroup or a bare age never compile ``released``, ``subgroup`` or ``bare_blocker``).
    """

    noun: re.Pattern[str]
    participle: re.Pattern[str]
    after: re.Pattern[str]
    after_search: re.Pattern[str]  # ``after`` to search a span with: the same matches, a start ruled out sooner
    before: re.Pattern[str]
    before_article: re.Pattern[str]  # a Spanish verb, then its subject's article right before the number (no English)
    before_blocked: re.Pattern[str]  # "not", a modal right before a cue before the number: no event that happened
    before_infinitive: re.Pattern[str]  # "to" right before a cue: none before a verb's cue ("to kill 43")
    cue_article: re.Pattern[str]  # an article opening a cue: a noun's ("to the deaths of four" is a toll)
    toll: re.Pattern[str]
    toll_after: re.Pattern[str]
    toll_noun: re.Pattern[str]  # a toll noun alone, to find where a toll phrase may start
    toll_link: re.Pattern[str]  # the toll's verb right before the number, to read a qualifier from
    released: re.Pattern[str]
    superseded: re.Pattern[str]
    forecast: re.Pattern[str]
    comparison: re.Pattern[str]
    increment_after: re.Pattern[str]
    increment_shared: re.Pattern[str]  # the increment words after coordinated figures that make all increments
    increment_more: re.Pattern[str]  # "more"/"más" right after a figure or its counted phrase ("one more person")
    increment_nouns: re.Pattern[str]  # bodies: "two more bodies" are found since the last count, an increment
    increment_open: re.Pattern[str]  # "A further", "an additional" opening a figure (its last word): more than before
    increment_open_toll: re.Pattern[str]  # "otros" opening a figure of bodies: more than before where a toll is named
    others: re.Pattern[str]  # "otras", "another" opening a figure: others of the toll before (kinds.others_items)
    one_of_them: re.Pattern[str]  # "la menor de ellos", "the youngest of them" right before a figure: a member, no toll
    besides: re.Pattern[str]  # "además de", "besides" right before a toll noun: the figure after counts others
    count_head: re.Pattern[str]  # "el número de", "the number of": a count's head (another count's, after a toll noun)
    cause_after: re.Pattern[str]  # " from landslides", " por ahogamiento" right after a bare list item: its cause
    trapped: re.Pattern[str]  # "que siguen bajo los escombros", "trapped" right after a counted phrase: alive, no toll
    month_opening: re.Pattern[str]  # "In July,", "En febrero," opening a sentence: that month's past incident
    months: dict[str, int]  # month names (folded) -> number
    weekdays: frozenset[str]  # weekday names (folded): "1,744 Monday" counts no Mondays
    status_nouns: dict[str, str]  # person nouns naming a state, folded -> kind ("refugiados": displaced)
    subgroup: re.Pattern[str]
    zero_noun: re.Pattern[str]  # a negation, at most three words, a kind noun: one named group per kind
    zero_nobody: re.Pattern[str]
    zero_gate: re.Pattern[str]  # the first words of the negations, for a quick scan
    gate_reach: re.Pattern[str]  # the words after a sentence a toll after its last figure may take (kind_words)
    kind_words: frozenset[str]  # a word of every kind entry, folded: see :func:`kind_words`
    zero_kinds: dict[str, frozenset[str]]
    zero_auxiliaries: frozenset[str]
    zero_increments: frozenset[str]
    zero_unknown: frozenset[str]  # "no details of the casualties": the toll is not known, not zero
    increment_before: re.Pattern[str]
    denied_before: re.Pattern[str]  # "casi 3.000 muertos y no 64": right before a figure, no count of its own
    risen_to: re.Pattern[str]  # "rose up to 2,344", "subió hasta 2.344": the toll's new value, exact
    estimate: re.Pattern[str]  # "estimated", "feared", "estimaron": a figure's clause giving an estimate, not a count
    estimate_back: re.Pattern[str]  # "Este es el saldo que, según las primeras estimaciones": the sentence before
    month_before: re.Pattern[str]  # "on May 13 after a fire broke out": a day, no figure
    alive_after: re.Pattern[str]  # "700 personas rescatadas": people alive, no kind of the toll beside them
    of_them: re.Pattern[str]  # "82 de ellas", "80 of them" right after a figure: people of the toll before (c8read)
    members_open: re.Pattern[str]  # "Entre los fallecidos hay", "Among the dead are": members named one by one (c9read)
    # "(ver Una persona murió tras explosión ...)": a link to another article, in brackets, up to the figure
    cross_reference: re.Pattern[str]
    earlier_year: re.Pattern[str]  # "last year", "el año pasado": an earlier incident's figure follows
    pivot: re.Pattern[str]
    inclusion: re.Pattern[str]
    filler: re.Pattern[str]
    possessive: re.Pattern[str]
    conjunction: re.Pattern[str]
    group: re.Pattern[str]
    person: re.Pattern[str]
    nationality: re.Pattern[str]
    things_after: re.Pattern[str]  # "reports" right after a counted phrase: a count of reports, not people
    among_them: re.Pattern[str]  # "Among them were", "Entre ellos había" opening a sentence: a part of the toll before
    among_them_clause: re.Pattern[str]  # ", among them were" ending the span before a figure: a part of a toll before it
    partitive_victims: re.Pattern[str]  # "de las víctimas", "of the victims" right after a figure
    partitive_open: re.Pattern[str]  # "de los fallecidos,", "Of the dead,": a breakdown of that toll follows
    population: re.Pattern[str]  # "habitantes", "inhabitants" right after a figure: a population, no list item
    severity: re.Pattern[str]  # how badly hurt ("de gravedad", "in critical condition"): group s0, s1... per label
    reached_after: re.Pattern[str]  # ", hasta los" between a threshold passed and the figure it reached
    severity_groups: tuple[str, ...]  # the label of each group of ``severity``, in the lexicon's order
    single: re.Pattern[str]  # one person of a nationality: "a Briton", "otra canadiense" (groups one, nat)
    country: re.Pattern[str]
    not_person: re.Pattern[str]
    bare_blocker: re.Pattern[str]
    according: re.Pattern[str]
    verb_then_who: re.Pattern[str]  # group verb: the reporting verb
    who_then_verb: re.Pattern[str]  # group verb: the reporting verb
    who_words: WhoWords  # what trims a source read by the three patterns above (analysis.casualties.attribution)
    groups: dict[str, str]
    toll_qualifiers: dict[str, str]
    nationalities: dict[str, str]
    countries: dict[str, str]
    stops: frozenset[str]
    capital_demonyms: bool  # English writes demonyms capitalised; a capitalised "Siria" in Spanish is the country

    def __init__(self, **values: Any) -> None:
        self._pending = {name: value for name, value in values.items() if isinstance(value, _Pending)}
        self.__dict__.update({name: value for name, value in values.items() if not isinstance(value, _Pending)})
        self._may_start: dict[str, int] = {}

    def may_start(self, run: str) -> int:
        """Which patterns of :data:`PHRASE_PATTERNS` may match where the run of non-space characters ``run`` starts
        (bit ``1 << i`` for the i-th; for ``after``, the run after its leading spaces): each pattern's entries' first
        words (``starts_<name>``, :func:`.word_patterns.first_words_regex`) matched against the run, kept per run.
        A pattern whose bit is off cannot match there (the counted phrase's reader need not try it)."""
        bits = self._may_start.get(run)
        if bits is None:
            bits = sum(1 << i for i, name in enumerate(PHRASE_PATTERNS) if getattr(self, f"starts_{name}").match(run))
            if len(self._may_start) >= MAY_START_KEPT:
                self._may_start.clear()
            self._may_start[run] = bits
        return bits

    def __getattr__(self, name: str) -> Any:
        """A pattern not compiled yet (an attribute not found): compiled now and kept, so this runs once each."""
        pending = self.__dict__.get("_pending", {}).get(name)
        if pending is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        pattern = compiled(pending.source, pending.flags)
        setattr(self, name, pattern)
        return pattern


# The patterns the counted phrase's reader tries at each word (:func:`.phrases.read_phrase`), in the order of the bits
# of :meth:`Cues.may_start`; how many runs it keeps.
PHRASE_PATTERNS = ("noun", "participle", "nationality", "group", "person", "not_person", "filler", "conjunction", "after")
MAY_START_KEPT = 100_000


def _verb_article(lex: dict, language: str) -> str:
    r"""A Spanish verb of a kind (the lexicon's ``verbs``) and the article "los"/"las" of its subject right before the
    number ("fallecieron las 298 personas a bordo", "mueren los 298 ocupantes"); the cues before a number that are no
    verbs keep none ("entre los desaparecidos se encuentran los tres miembros de una familia": a group the text knows,
    no toll; "la muerte de las 157 personas": a repeat), nor does "a" ("mató a las 3 de la madrugada": a time). In
    English, nothing (a pattern no text matches).

    >>> import re
    >>> from analysis.casualties.quantities import lexicon
    >>> p = re.compile(_verb_article(lexicon("figures_es"), "es"), re.I)
    >>> [p.search(w).lastgroup if p.search(w) else None for w in ("murieron las ", "la muerte de las ", "murieron ")]
    ['killed', None, None]
    >>> _verb_article({}, "en")
    '(?!)'
    """
    if language != "es":
        return "(?!)"
    return rf"(?:{_kinds(lex, 'verbs')})\s+(?:los|las)\s+$"


def _kinds(lex: dict, *parts: str) -> str:
    """One named group per kind over the lexicon lists ``parts`` of each kind, after :func:`_any_start` of them all.

    >>> import re
    >>> from analysis.casualties.quantities import lexicon
    >>> re.search(_kinds(lexicon("figures_es"), "nouns"), "Hubo 3 heridos", re.I).lastgroup
    'injured'
    """
    lists = [[w for p in parts for w in lex["kinds"][k].get(p) or []] for k in KINDS]
    return _any_start(lists) + "(?:" + "|".join(f"(?P<{k}>{words_regex(w)})" for k, w in zip(KINDS, lists)) + ")"


def _any_start(lists: list[list[str]]) -> str:
    """What each alternative :func:`words_regex` writes for one of ``lists`` opens with (no word character before,
    one of its entries' first letters next: :func:`.word_patterns.initials_regex`), for them all at once: put before
    an alternation of one such group per kind, a position where no entry of any kind starts fails at two tests
    instead of two per kind and alternative (the toll nouns' pattern scanned texts 2.4x faster, the nouns' 2x:
    session 18). The same matches: it is a condition each alternative asks first anyway.

    >>> print(_any_start([["muertos", "fallecidos"], ["heridos"], []]))
    (?<![\\w])(?=[fhm])
    """
    return r"(?<![\w])" + initials_regex(sorted({w.lower() for words in lists for w in words if w}))


def _tolls(lex: dict) -> str:
    """One named group per kind over its toll nouns, and a count's head, one word naming who, and a noun or a
    participle of the kind ("el número de palestinos muertos", "the number of Palestinians killed"): the toll a
    figure after it sets, whoever is counted; not a count of two kinds ("the number of people dead and missing").

    >>> import re
    >>> from analysis.casualties.quantities import lexicon
    >>> re.fullmatch(_tolls(lexicon("figures_es")), "número de palestinos muertos", re.I).lastgroup
    'killed'
    >>> re.match(_tolls(lexicon("figures_en")), "number of people dead and missing", re.I) is None
    True
    """
    heads = words_regex(lex["count_heads"])
    opening = _any_start([*(lex["kinds"][k].get("toll") or [] for k in KINDS), lex["count_heads"]])
    return opening + "(?:" + "|".join(
        f"(?P<{k}>{words_regex(lex['kinds'][k].get('toll') or [])}"
        f"|(?:{heads})\\s+[^\\W\\d_]+\\s+(?:{words_regex([*(lex['kinds'][k].get('nouns') or []), *(lex['kinds'][k].get('participles') or [])])})"
        r"(?!\s+(?:and|or|y|e|o|u)\s))"  # not two kinds in one count: "the number of people dead and missing"
        for k in KINDS
    ) + ")"


def kind_words(lex: dict, stops: frozenset[str] = frozenset()) -> frozenset[str]:
    """One word of every entry of the lexicon's ``kinds`` (nouns, participles, verbs, cues before, toll nouns),
    folded (:func:`analysis.text.fold`): its longest run of word characters that is no stop word.

    An entry matches only where each of its words is written whole (bounded by non-word characters), so that
    word is a word of the text wherever the entry matches ("muertos" for "el número de muertos", never "el").
    Every kind a figure can get comes from one of these entries matched in its sentence (or in the few words
    after a figure that sets a toll: "a 140 ascendió el número de muertos"), or from a claim before it in the
    article (:func:`.kinds.listed`): a sentence with none of these words, in an article with no claim yet, has
    no claim, and the claim reader skips it (:func:`.kind_gate.may_count`).

    >>> sorted(kind_words({"kinds": {"killed": {"nouns": ["víctimas mortales", "muertos"]}}}))
    ['muertos', 'victimas']
    """
    words = set()
    for parts in lex["kinds"].values():
        for entry in (w for words in parts.values() for w in words or []):
            if runs := RE_WORD_RUN.findall(plain(entry)):
                words.add(max(runs, key=lambda w: (w not in stops, len(w))))
    return frozenset(words)


# A run of word characters: how the kind gate cuts entries and sentences into words.
RE_WORD_RUN = compiled(r"\w+")


def _toll_after_words(lex: dict) -> int:
    """Most words of a toll set by the number before it (``toll_after``: a verb, an article, a toll noun)."""
    toll = [w for parts in lex["kinds"].values() for w in parts.get("toll") or []]
    return sum(max((len(w.split()) for w in words), default=0) for words in (lex["toll_after_verbs"], lex["toll_articles"], toll))


RELATIVES = ["que", "quienes", "los que", "las que", "who", "that", "which"]


def _phrase_words(lex: dict, groups: dict[str, str], nationalities: dict[str, str]) -> dict[str, list[str]]:
    """The entries each pattern of :data:`PHRASE_PATTERNS` may start with (for ``after``: its relative pronouns,
    adverbs, auxiliaries, participles and verbs, any of which may come first)."""
    kinds = lex["kinds"]

    def of_kinds(part: str) -> list[str]:
        return [w for k in KINDS for w in kinds[k].get(part) or []]

    return {
        "noun": of_kinds("nouns"),
        "participle": of_kinds("participles"),
        "nationality": list(nationalities),
        "group": list(groups),
        "person": list(lex["person_nouns"]),
        "not_person": list(lex["not_person"]),
        "filler": list(lex["np_fillers"]),
        "conjunction": list(lex["conjunctions"]),
        "after": [*RELATIVES, *lex["adverbs"], *lex["auxiliaries"], *of_kinds("participles"), *of_kinds("verbs"),
                  *(lex.get("among_lead") or [])],
    }


def _searched(after: str, words: list[str]) -> str:
    """``after`` with a lookahead for where a match of it may start: a space, a comma, or a word's start with the first
    character of one of ``words``, the entries it may start with (:func:`.word_patterns.initials`). Searching a span
    (:func:`.kinds.listed`), most characters fail at that one test instead of at each of the pattern's parts: the
    same matches. Unchanged when an entry starts with a space.

    >>> bool(re.search(_searched(r"\\s*(?:que\\s+)?murieron", ["que", "murieron"]), "y que murieron"))
    True
    """
    firsts = initials(words)
    return rf"(?=[\s,]|(?<![\w])[{firsts}])(?:{after})" if firsts else after


def among_regex(lex: dict, kind: str) -> str:
    """The alternative of a kind's participles naming the people a figure's group is among ("are among the 157
    victims", "were also among the dead", "among victims of the crash" in a headline), ``|`` first; "" where the
    lexicon has no ``among`` nouns for ``kind``. A figure of the whole may stand before the noun: the items of a list
    of groups before it are parts of that toll (claims25).

    >>> import re
    >>> rx = re.compile(among_regex(lexicon("figures_en"), "killed")[1:], re.I)
    >>> [bool(rx.fullmatch(t)) for t in ("among the 157 victims", "among the dead", "among victims", "among the first")]
    [True, True, True, False]
    >>> rx = re.compile(among_regex(lexicon("figures_es"), "missing")[1:], re.I)  # Spanish too (session 27)
    >>> [bool(rx.fullmatch(t)) for t in ("se encuentran entre los desaparecidos", "figuran entre los 12 heridos")]
    [True, False]
    >>> among_regex(lexicon("figures_es"), "detained")
    ''
    """
    nouns = lex["kinds"][kind].get("among") or []
    if not nouns or not lex.get("among_lead"):
        return ""
    article = words_regex(lex.get("among_articles") or [])
    return rf"|{words_regex(lex['among_lead'])}\s+(?:{article}\s+)?(?:\d[\d.,]*(?<![.,])\s+)?{words_regex(nouns)}"


def _auxiliaries(words: list[str], adverb: str) -> str:
    """The auxiliaries as one alternation; one of several words may hold an adverb after its first word ("49 people
    have so far been confirmed dead", "have now been confirmed": real22c).

    >>> rx = re.compile(_auxiliaries(["have been confirmed", "were"], words_regex(["so far", "now"])), re.I)
    >>> [bool(rx.fullmatch(t)) for t in ("have so far been confirmed", "have been confirmed", "were", "have confirmed")]
    [True, True, True, False]
    """
    several = sorted({w for w in words if " " in w.strip()}, key=lambda w: (-len(w), w))
    inside = [rf"{entry_regex(w.split(None, 1)[0])}\s+(?:{adverb}\s+)?{entry_regex(w.split(None, 1)[1])}" for w in several]
    if not inside:
        return words_regex(words)
    # the words of the list only, then each pair with an adverb between, after the lookahead of their first letters
    return rf"(?:{words_regex(words)}|(?<![\w]){initials_regex(several)}(?:{'|'.join(inside)})(?![\w]))"


@cache
def cues_for(language: str) -> Cues:
    lex = lexicon(f"figures_{language}")
    nat = lexicon("nationalities")
    i = re.IGNORECASE
    adverb = words_regex(lex["adverbs"])
    aux = _auxiliaries(lex["auxiliaries"], adverb)
    verbs = "|".join(
        f"(?P<{k}>(?:{aux}\\s+(?:{adverb}\\s+)?)?(?:{words_regex(lex['kinds'][k].get('participles') or [])}"
        f"{among_regex(lex, k)})|{words_regex(lex['kinds'][k].get('verbs') or [])})"
        for k in KINDS
    )
    relative = words_regex(RELATIVES)
    said = lex["attribution"]
    attribution_verbs = words_regex(said["verbs"])
    who = r"(?P<who>(?:(?i:el|la|los|las|the)\s+)?[A-ZÁÉÍÓÚÑ][^,.;:()\n\"«»“”]{1,80}|(?i:el|la|los|las|the)\s+[^,.;:()\n\"«»“”]{2,80})"
    groups = {plain(w): g for g, words in lex["groups"].items() for w in words}
    toll_link_end = rf"\s+(?:{adverb}\s+)?(?:{words_regex(lex['toll_number_articles'])}\s+)?"
    toll_link = words_regex(lex["toll_links"]) + toll_link_end
    nationalities = {
        plain(w): name
        for name, forms in nat.items()
        for w in forms.get(language, []) + forms.get("es" if language == "en" else "en", [])
    }
    countries = {plain(w): name for name, forms in nat.items() for w in forms.get("countries", [])}
    after = rf"\s*(?:,?\s*{relative}\s+)?(?:{adverb}\s+)?(?:{verbs})"
    phrase_words = _phrase_words(lex, groups, nationalities)
    return Cues(
        noun=_Pending(_kinds(lex, "nouns"), i),
        participle=_Pending(_kinds(lex, "participles"), i),
        after=_Pending(after, i),
        after_search=_Pending(_searched(after, phrase_words["after"]), i),
        before=_Pending(rf"(?:{_kinds(lex, 'before', 'verbs' if language != 'en' else 'before')})\s+$", i),
        # in Spanish a verb before its subject may take the subject's article ("fallecieron las 298 personas a bordo",
        # "mueren los 298 ocupantes": session 27, claims14read), as it takes none ("murieron 60 personas")
        before_article=_Pending(_verb_article(lex, language), i),
        before_blocked=_Pending(rf"(?:{words_regex(lex['before_blockers'])}|(?<=\w)n[’']t)\s+$", i),
        before_infinitive=_Pending(rf"{words_regex(lex['before_infinitive'])}\s+$", i),
        cue_article=_Pending(rf"(?:{words_regex(lex['toll_articles'])})\s", i),
        toll_noun=_Pending(_tolls(lex), i),
        # a full stop only inside a number or a dotted abbreviation ("en Los Ángeles, EE.UU., subió a veinticuatro",
        # "U.S. officials put the toll at": a capital before it, a capital, a comma or a word in lower case after;
        # session 26)
        toll=_Pending(
            rf"(?:{_tolls(lex)})(?:[^.;:!?]|\.(?=\d)|{ABBREVIATION_DOT}){{0,{TOLL_GAP}}}?{toll_link}$", i
        ),
        toll_link=_Pending(rf"(?P<link>{words_regex(lex['toll_links'])}){toll_link_end}$", i),
        released=_Pending(words_regex(lex["released"]), i),
        superseded=_Pending(words_regex([*lex["superseded"], *lex["denied"]]), i),
        forecast=_Pending(words_regex(lex["forecast"]), i),
        comparison=_Pending(words_regex(lex["comparison"]), i),
        zero_noun=_Pending(
            rf"(?P<neg>{words_regex(lex['zero']['negations'])})(?:\s+[^\W\d]+){{0,3}}?\s+(?:"
            + "|".join(f"(?P<{k}>{words_regex(w)})" for k, w in lex["zero"]["nouns"].items())
            + ")",
            i,
        ),
        zero_kinds={k: frozenset(plain(w) for w in words) for k, words in lex["zero"]["nouns"].items()},
        zero_auxiliaries=frozenset(plain(w) for w in lex["zero"]["auxiliaries"]),
        zero_increments=frozenset(plain(w) for w in lex["zero"]["increments"]),
        zero_unknown=frozenset(plain(w) for w in lex["zero"]["unknown"]),
        zero_gate=_Pending(
            words_regex({w.split()[0] for w in [*lex["zero"]["negations"], *lex["zero"]["nobody"]]}), i
        ),
        kind_words=kind_words(lex, stop_words(language)),
        gate_reach=_Pending(rf"(?:\s+\S+){{0,{_toll_after_words(lex)}}}"),
        zero_nobody=_Pending(rf"(?P<neg>{words_regex(lex['zero']['nobody'])})(?:\s+(?P<who>[^\W\d]+))?", i),
        subgroup=_Pending(
            rf"\s*(?:--\s*|—\s*)?{words_regex(lex['subgroup']['copulas'])}\s+(?:(?:all|todos|todas|also|también)\s+)?"
            rf"(?:{words_regex([*lex['subgroup']['words'], *groups])}|{words_regex(lex['person_nouns'])}|{words_regex(nationalities)})",
            i,
        ),
        # an adverb may come between (real21c: "de las 88 víctimas fatales, 56 ya fueron identificadas")
        increment_after=_Pending(
            rf"\s*(?:(?:{words_regex(lex['adverbs'])})\s+)*(?:{words_regex(lex['increment_after'])})", i
        ),
        increment_shared=_Pending(rf"\s*(?:{words_regex(lex.get('increment_shared') or [])})", i),
        increment_more=_Pending(rf"\s+(?:{words_regex(lex['increment_more'])})(?!\s+(?:de|than)\b)", i),
        increment_nouns=_Pending(words_regex(lex["increment_nouns"]), i),
        increment_open=_Pending(rf"(?:{words_regex(lex['increment_openers'])})\s+\S+$", i),
        increment_open_toll=_Pending(rf"(?:{words_regex(lex['increment_openers_toll'])})\s+\S+$", i),
        others=_Pending(rf"(?:{words_regex(lex['others_before'])})\s", i),
        month_opening=_Pending(
            rf"\s*(?:{words_regex(lex['month_openers'])})\s+(?P<month>{words_regex(list(lex['months']))})\s*,", i
        ),
        months={plain(k): int(v) for k, v in lex["months"].items()},
        weekdays=frozenset(plain(k) for k in lex["weekdays"]),
        status_nouns={plain(w): kind for kind, words in lex["status_nouns"].items() for w in words},
        one_of_them=_Pending(rf"\b(?:{words_regex(lex['one_of_them'])})\s*,?\s*$", i),
        besides=_Pending(rf"\b(?:{words_regex(lex['besides'])})\s+$", i),
        count_head=_Pending(words_regex(lex["count_heads"]), i),
        # the cause runs to the item's end with no verb of its own ("20 from the village were rescued" is no item)
        cause_after=_Pending(
            rf"\s+(?:{words_regex(lex['cause_links'])})\s+(?:(?:the|el|la|los|las)\s+)?(?-i:[a-záéíóúñ])"
            rf"(?:(?!(?<!\w){aux}(?!\w))[^,.;:()])*(?:[,.;:()]|$)",
            i,
        ),
        trapped=_Pending(
            rf"\s*,?\s*(?:(?:{words_regex(lex['trapped']['links'])})\s+)*(?:{words_regex(lex['trapped']['words'])})\b",
            i,
        ),
        earlier_year=_Pending(rf"(?<!\bsince\s)(?<!\bdesde\s)\b(?:{words_regex(lex['earlier_year'])})\b", i),
        increment_before=_Pending(
            rf"{words_regex([*lex['increment_before'], *lex['change_from'], *lex['handled_before'], *lex['population_before'], *lex['denied_before']])}\s+$",
            i,
        ),
        denied_before=_Pending(rf"{words_regex(lex['denied_before'])}\s+$", i),
        risen_to=_Pending(rf"\b(?:{words_regex(lex['risen_to'])})\s+$", i),
        estimate=_Pending(rf"\b(?:{words_regex(lex['estimate_cues'])})\b", i),
        estimate_back=_Pending(rf"\s*(?:{words_regex(lex['estimate_back'])})\b", i),
        month_before=_Pending(rf"{words_regex(list(lex['months']))}\.?\s+$", i),
        alive_after=_Pending(rf"\s*(?:{words_regex(lex['alive_after'])})", i),
        of_them=_Pending(rf"\s+(?:{words_regex(lex['of_them'])})(?![\w-])", i),
        members_open=_Pending(words_regex(lex["members_open"]), i),
        cross_reference=_Pending(rf"\(\s*(?:{words_regex(lex['cross_references'])})\s*:?\s+[^()\n]*$", i),
        pivot=_Pending(words_regex(lex["comparison_pivots"]), i),
        toll_after=_Pending(
            rf"\s+(?:{words_regex(lex['toll_after_verbs'])}\s+)?(?:{words_regex(lex['toll_articles'])}\s+)(?:{_kinds(lex, 'toll')})",
            i,
        ),
        inclusion=_Pending(rf"{words_regex(lex['inclusion'])}\s+$", i),
        filler=_Pending(words_regex(lex["np_fillers"]), i),
        possessive=_Pending(words_regex(lex["possessives"]), i),
        conjunction=_Pending(words_regex(lex["conjunctions"]), i),
        group=_Pending(words_regex(groups), i),
        person=_Pending(words_regex(lex["person_nouns"]), i),
        nationality=_Pending(words_regex(nationalities), i),
        things_after=_Pending(rf"\s+(?:{words_regex(lex['things_after'])})", i),
        among_them=_Pending(rf"\s*(?:{words_regex(lex.get('among_them') or [])})\s+", i),
        among_them_clause=_Pending(rf"[,;]\s*(?:{words_regex(lex.get('among_them') or [])})\s+$", i),
        partitive_victims=_Pending(rf"\s+(?:{words_regex(lex['partitive_victims'])})", i),
        partitive_open=_Pending(
            # at a clause's start ("detalló que de los fallecidos,"), not inside a phrase ("la identificación de parte
            # de los fallecidos, 19 más que en el recuento del sábado", "además de los fallecidos")
            rf"(?:^|(?<=[,:;.(\n])|(?<=[.:;]\s)|(?<=\bque)|(?<=\bthat))\s*(?:{words_regex(lex['partitive_open'])})\s+(?:[\d.,]+\s+)?(?:(?:{_kinds(lex, 'nouns')})"
            rf"|(?P<victims>{words_regex(lex['victims_nouns'])}))(?:\s+[^\W\d_]+)?\s*,",
            i,
        ),
        population=_Pending(rf"\s+(?:(?:de|of)\s+)?(?:{words_regex(lex['population_nouns'])})", i),
        severity=_Pending("|".join(f"(?P<s{n}>{words_regex(w)})" for n, w in enumerate(lex["severity"].values())), i),
        severity_groups=tuple(lex["severity"]),
        reached_after=_Pending(rf"\s*,?\s*(?:{words_regex(lex['reached_after_threshold'])})\s+$", i),
        single=_Pending(
            rf"(?P<one>{words_regex(lex['single_articles'])})\s+(?:{words_regex(lex['single_persons'])}\s+)?"
            rf"(?P<nat>{words_regex(nationalities)})(?![\w-])"
            # a list item ends there: "an American, a Briton and a Canadian whose families", not "a Canadian journalist";
            # a dash opening an aside ends it too ("one Spaniard—all passengers—"; claims24)
            r"(?=\s*(?:[,.;:)—–]|$)|\s+(?:and|or|y|e|o|u|who|whose|que|cuyo|cuya|cuyos|cuyas|quien|quienes)\b)",
            i,
        ),
        country=_Pending(words_regex(countries), i),
        not_person=_Pending(words_regex(lex["not_person"]), i),
        bare_blocker=_Pending(rf"{words_regex(lex['bare_number_blockers'])}\s+$", i),
        # "según X", "según ha informado X" (a verb, with its auxiliary, between the cue and its source)
        according=_Pending(
            rf"(?i:{words_regex(said['according'])}(?:\s+(?:lo\s+)?(?:{words_regex(said['perfect_auxiliaries'])}\s+)?"
            rf"{attribution_verbs})?)\s+{who}"
        ),
        # The verbs in lower case but opening the sentence ("the United States" holds no "states"); before the verb,
        # a capitalised verb needs a capitalised who (a headline's "Health Ministry Says": attribution.source)
        verb_then_who=_Pending(rf"(?P<verb>^\s*(?i:{attribution_verbs})|{attribution_verbs})\s+{who}"),
        who_then_verb=_Pending(
            rf"(?:^|(?<=[,;:\"«“]\s)|(?<=[\"«“]))(?P<who>[^,.;:()\n\"«»“”]{{2,80}}?)\s+(?P<verb>(?i:{attribution_verbs}))"
        ),
        who_words=WhoWords.of(said, lex["weekdays"], language),
        **{f"starts_{name}": _Pending(first_words_regex(words), i) for name, words in phrase_words.items()},
        groups=groups,
        toll_qualifiers={plain(w): rule for w, rule in lex["toll_link_qualifiers"].items()},
        nationalities=nationalities,
        countries=countries,
        stops=stop_words(language),
        capital_demonyms=language == "en",
    )
