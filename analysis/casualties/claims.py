"""Casualty claims: who is counted as killed, injured, detained, missing or displaced, and how many.

A claim is a figure (``analysis.casualties.quantities``: "al menos 100", "un centenar",
"dozens") that counts people and has a *kind*. Each figure of a sentence of the
shared pipeline (``Doc.sentences``) is read in the steps below, each in a module of its own
(``cues``: the compiled lexicons ``lexicons/figures_es.yaml`` and ``figures_en.yaml``; ``phrases``: steps 1, 3
and 4; ``kinds``: step 2; ``exclusions``, ``zeros``; ``claim_places``: step 5); this module runs them, on the
sentences :mod:`.claim_readings` says may hold a figure or a zero toll:

1. **Counted phrase**: fillers ("de", "sus", "of their"), person nouns
   ("civiles", "soldiers"), nationalities ("cubanos") and kind nouns
   ("víctimas mortales", "wounded") right after the figure, up to punctuation
   or a stop word. A figure whose first noun counts something else (years,
   days, dollars, aircraft, months: ``not_person``) is no claim; nor is a
   percentage, an hour or a figure glued to letters ("F-16", "COVID-19").
2. **Kind**, first match wins: a kind noun or participle in the phrase ("100
   muertos", "30 personas heridas"); a kind verb right after it ("60 personas
   han muerto", "12 people were killed"); a cue right before the figure ("cobró
   la vida de más de un centenar", "killing 12", "murieron 12 personas"); a toll
   phrase before it ("la cifra de muertos asciende a 45"), whose verb may qualify
   a bare number ("supera los 300": more than 300; "ronda": about); or, for a phrase that
   names people, the kind of the claim before it in the sentence when an inclusion
   word ("incluidos", "including") or a bare conjunction links them ("mató a 12
   soldados y 3 civiles"); so does an item of a breakdown by nationality or group whose group no lexicon names
   ("157 muertos: 32 kenianos, 18 canadienses", "dos policías, tres brigadistas"; :func:`.kinds.listed_groups` for a
   list opened by "They include", "Entre ellos figuraban" after a toll). A lone number (no noun after it) after "a los", "de",
   "at"... is an age, hour or date, not a count. People said to be freed right
   before or after the figure ("fueron liberados 20 rehenes", "20 hostages were
   released") are not a count of people held.
3. **Group**: a nationality in the phrase ("Cuban"); for a possessive ("32 de
   sus militares") the last country named before it in the sentence; else
   civilians / military / police / children, "total" for both civilians and
   military or for "personas", "people", a kind noun alone or no noun; else the
   person noun itself ("periodistas"), or a plural noun of no lexicon ("campers");
   an adverb, participle or adjective ("confirmed", "safely", "lifeless") is no group: "total".
   Injured said to be in serious or critical condition in the figure's clause ("de los cuales 721 son de
   gravedad", "19 of those injured were in critical condition") are a part of the injured toll: "seriously
   injured" / "critically injured" (``severity`` in ``lexicons/figures_*.yaml``, :func:`.phrases.severity_of`),
   never a second total.
4. **Attribution**: "según X", "according to X", "X dijo/said ...", "..., dijo X",
   "informó The New York Times"; None when the sentence names no one.

Between steps 2 and 3: a list of places shares the kind of the claim before it
("Taroudant con 321 fallecidos, Chichaoua con 103", :func:`.kinds.listed`), and so does a
part of a toll ("97 were women"); figures that are no claim of this incident lose
their kind (superseded, denied or rejected, lives saved, forecast, increment, another incident:
:func:`.exclusions.not_a_count`; a threshold passed before the figure it reached, "superó la barrera de los mil,
hasta los 1.037": :func:`.exclusions.passed_threshold`);
zero tolls are added ("no hubo víctimas mortales": :func:`.zeros.zero_claims`). Then:

Bodies recovered are a count of the dead, read exactly as stated: "se han recuperado 30 cuerpos", "78 bodies were
recovered" is 30 (78) killed, neither "at least" nor a kind of its own (the dev gold's convention, kept); bodies
buried, identified or handed over ("se han enterrado ya 2.944 cadáveres", "300 bodies were buried") are no toll.

5. **Place** (:func:`.claim_places.places_of`): the place named for the figure in its list item
   or sentence (``analysis.corpus.places``, the shared gazetteer), else the
   article's main place, else None; ``parent``: the places containing it. A group's own
   country named only as who they are ("visitó Cuba, a propósito de la muerte de 32 de sus
   militares") gives way to another place its sentence names
   (:func:`.claim_places.without_group_country`); with none it stays, ``place_weak``, for
   :func:`.events.by_story` to move where the story's other reports of the group place it.
6. **Mentions** (:func:`_merged`): a figure repeated in an article (same kind, group,
   interval, qualifier, place and incident) is one claim with every evidence span.

>>> from analysis.corpus.records import Article
>>> from analysis.text import build
>>> doc = build([Article("a", "Al menos 12 personas murieron, según la Cruz Roja.", language="es")]).docs[0]
>>> [(c.kind, c.group, c.low, c.high, c.qualifier, c.attributed_to) for c in claims_in(doc)]
[('killed', 'total', 12, None, 'at least', 'la Cruz Roja')]
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace

from analysis import parallel, regex_cache
from analysis.casualties import incidents
from analysis.casualties.attribution import attribution
from analysis.casualties.claim_places import (
    ArticlePlaces,
    at_figure,
    continues,
    continues_abroad,
    distributed,
    group_country,
    origin_of,
    parents,
    places_of,
    without_group_country,
    written_at,
)
from analysis.casualties.claim_readings import STAGE, _Reading, _reading, _readings, corpus_marks, latest_date
from analysis.casualties.claim_scope import breakdown_parent
from analysis.casualties.cues import KINDS, Cues, cues_for
from analysis.casualties.exclusions import (
    found_bodies,
    lone_increments,
    not_a_count,
    passed_threshold,
    shared_increment,
)
from analysis.casualties.kind_gate import may_count
from analysis.casualties.kind_gate import written as _written
from analysis.casualties.kinds import (
    Candidate,
    among_them_items,
    bulleted_items,
    inherit,
    is_count,
    kind_of,
    listed,
    listed_groups,
    others_items,
    placed_items,
    released,
    single_nationals,
)
from analysis.casualties.phrases import Phrase, group_of, read_phrase, severity_of
from analysis.casualties.quantities import find_figures, interval, plain
from analysis.casualties.repeats import fold_repeats
from analysis.casualties.token_marks import Marks
from analysis.casualties.zeros import zero_claims
from analysis.config import settings
from analysis.corpus import places, word_frequency
from analysis.corpus.records import WITH_LEXICONS, Problem, failure
from analysis.text import Doc, TextCorpus

# corpus_marks and latest_date (claim_readings) stay importable here: tools read them from this module.
__all__ = ["KINDS", "Claim", "Read", "claims_in", "corpus_marks", "extract", "latest_date", "may_count", "read_docs"]


# After a month's day, the rest of a wire's dateline: an agency in capitals or in brackets, then its dash ("MELBOURNE,
# Feb 9 AAP - Ninety-three people are confirmed dead": the 9 is the filing day; branch c9read).
RE_DATELINE_DAY_END = regex_cache.compiled(r"(?:[^\S\n]+[A-Z]{2,6})?[^\S\n]*(?:\([^)\n]{1,40}\)[^\S\n]*)?(?:—|–|--|-)\s")


# A part "of them" by how badly hurt: "12 of them seriously", "12 de ellas graves" (an adverb or adjective alone).
RE_OF_THEM_GRADE = regex_cache.compiled(
    r"\s+(?:of\s+(?:them|whom)\s+(?:seriously|critically|badly|severely)|de\s+(?:ellos|ellas)\s+(?:muy\s+)?graves?)\b",
    re.IGNORECASE,
)
# The hurt named before such a part in its sentence ("were injured", "heridos", "hospitalizadas").
RE_HURT_BEFORE = regex_cache.compiled(r"\b(?:injur|wound|hurt|hospital|herid|lesion|hospitaliz)", re.IGNORECASE)


def _no_injured_before(candidates: list[Candidate], text: str, s_start: int) -> None:
    """A part "of them" by how badly hurt ("12 of them seriously", "12 de ellas graves") in a sentence naming no hurt
    before it is a part of things, not of injured people ("Some 30 houses were damaged, 12 of them seriously"): no
    claim (branch c9read)."""
    for c in candidates:
        grade = c.kind == "injured" and RE_OF_THEM_GRADE.match(text, c.figure.end)
        if grade and not RE_HURT_BEFORE.search(text, s_start, c.figure.start):
            c.kind, c.rejected = None, True


# A figure written as an indefinite article ("un menor", "una anciana", "a woman"): one person, named as such.
RE_ARTICLE_FIGURE = regex_cache.compiled(r"(?:un|una|a|an)", re.IGNORECASE)


def _members(candidates: list[Candidate], text: str, s_start: int, lex: Cues) -> None:
    """After an opening naming the counted one by one ("Entre los fallecidos hay un menor de 3 años ..., una anciana
    de Sant Hipòlit ... y una turista de Zaragoza", "Among the dead are a woman and her son"), a person written with an
    article is a member of the toll, no toll of one (``members_open``; branch c9read)."""
    opening = lex.members_open.search(text, s_start, candidates[0].figure.start) if candidates else None
    if opening is None:
        return
    for c in candidates:
        if c.figure.start >= opening.end() and RE_ARTICLE_FIGURE.fullmatch(text, c.figure.start, c.figure.end):
            c.kind, c.rejected = None, True


# The stage named in the problems of articles whose figures could not be read.
@dataclass(frozen=True)
class Claim:
    """A numeric casualty claim and its evidence.

    ``start``/``end`` are character offsets of the claim's phrase in the article
    text (cue, figure, counted phrase and verb); ``text`` is the evidence sentence,
    which starts at ``sentence_start``. ``low``/``high`` are None when unbounded.
    """

    article: str
    source: str
    kind: str
    group: str
    incident: str
    low: int | None
    high: int | None
    qualifier: str
    attributed_to: str | None
    text: str
    start: int
    end: int
    sentence_start: int
    figure: str
    number: str = ""  # the quantity as stated, without its qualifier ("1.037", "un centenar")
    place: str | None = None  # the place named for the figure, as written (step 5)
    # ``place`` is only the group's own country, written as who they are (step 5): events.by_story may move it
    place_weak: bool = False
    parent: tuple[str, ...] = ()  # places containing it, innermost first, its country last
    mentions: tuple[tuple[int, int], ...] = ()  # every evidence span of this figure in the article (step 6)
    story: str = ""  # the article's story (analysis.casualties.events.by_story), "" when stories were not computed
    basis: str = ""  # which rule gave the incident key (incidents.BASES)
    estimate: bool = False  # its clause gives an estimate, not a count ("estimaron que", "feared"): compared apart

    def to_json(self) -> dict[str, object]:
        """The CLI's JSON record (the issue's contract, nothing more)."""
        keys = (
            "article",
            "source",
            "kind",
            "group",
            "incident",
            "low",
            "high",
            "qualifier",
            "attributed_to",
            "text",
            "start",
            "end",
            "number",
            "place",
            "story",
            "estimate",
        )
        out: dict[str, object] = {k: getattr(self, k) for k in keys}
        out["parent"] = list(self.parent)
        out["mentions"] = [list(span) for span in self.mentions or ((self.start, self.end),)]
        return out


def claims_in(doc: Doc, *, reference: incidents.Reference | None = None, gated: bool = True) -> list[Claim]:
    """Every casualty claim of one processed article, in text order (see the module docstring).

    ``reference`` resolves dates for incident keys (``incidents.Reference``); by
    default the article's own date. ``gated=False`` reads every sentence with a figure, even those
    :func:`may_count` rules out: the same claims, slower (tests compare both).
    """
    return _claims(_reading(doc, reference or incidents.Reference(doc.article.date)), gated=gated)


def _claims_of(readings: list[_Reading]) -> list[list[Claim] | Problem]:
    """Each article's claims, or the Problem of an article that could not be read (the others are unaffected)."""
    return [_claims_or_problem(r) for r in readings]


def _claims_or_problem(reading: _Reading) -> list[Claim] | Problem:
    try:
        return _claims(reading)
    except Exception as error:
        return failure(reading.article.id, STAGE, error)


def _claims(reading: _Reading, *, gated: bool = True) -> list[Claim]:
    article = reading.article
    language = article.language if article.language in WITH_LEXICONS else "es"
    lex = cues_for(language)
    text = article.text
    starts = reading.starts
    as_tokens = reading.kinds is not None
    kinds = reading.kinds if as_tokens else None
    # Where a zero toll may be ("no hubo víctimas", "ningún español..."): at the negations the tokens show, or one
    # search of the article.
    hits = (
        (pos for pos in reading.zeros if lex.zero_gate.match(text, pos))
        if as_tokens and reading.zeros is not None
        else (hit.start() for hit in lex.zero_gate.finditer(text))
    )
    zeros = sorted(m.start() for pos in hits for pattern in (lex.zero_noun, lex.zero_nobody) if (m := pattern.match(text, pos)))
    if gated and kinds is not None and not kinds and not zeros:
        return []  # no word of a kind entry and no zero toll in the article: no sentence can hold a claim
    near = kinds if gated else None  # the cue searches before a figure skip windows with no kind word (token_marks)
    keyer = incidents.Keyer(article, reading.sentences, language, reading.reference)
    claims: list[Claim] = []
    by_main: list[bool] = []
    spots: list[places.Mention | None] = []
    tight: list[bool] = []
    held: list[bool] = []  # the place is written at the figure, no heading: a repeat elsewhere does not move it
    sentence_of: list[int] = []
    where = ArticlePlaces(article, language)
    previous_kind: str | None = None
    last_source: str | None = None  # the source of the last attributed sentence, for a pronoun ("it said")
    dotless = "ı" in text
    sentences = reading.sentences
    firsts = [a for a, _ in sentences]
    # Only the sentences where a figure or a zero toll may start are read: each such offset's sentence.
    read = sorted({bisect.bisect_right(firsts, p) - 1 for p in (*starts, *zeros)} - {-1})
    for index in read:
        s_start, s_end = sentences[index]
        first = bisect.bisect_left(starts, s_start)
        zero_here = bisect.bisect_left(zeros, s_start) < bisect.bisect_left(zeros, s_end)
        if (first == len(starts) or starts[first] >= s_end) and not zero_here:
            continue
        if gated and previous_kind is None and not zero_here:
            if kinds is None:
                may = may_count(text, s_start, s_end, lex, dotless=dotless)
            else:
                reach = lex.gate_reach.match(text, s_end)  # the words a toll after the last figure may take
                may = _written(kinds, s_start, s_end) or bool(reach and _written(kinds, s_end, reach.end()))
            if not may:
                continue  # no kind word in the sentence and no claim before it: none of its figures is a claim
        candidates: list[Candidate] = []
        for figure in find_figures(
            text, language, start=s_start, end=s_end, starts=starts[first : bisect.bisect_left(starts, s_end)]
        ):
            if figure.qualifier == "up to" and lex.risen_to.search(text, max(s_start, figure.start - 24), figure.start):
                low, high = interval(figure.value, "exact", form=figure.form)  # "rose up to 2,344": 2,344
                figure = replace(figure, qualifier="exact", low=low, high=high)
            phrase = read_phrase(text, figure.end, s_end, lex)
            if (
                (after := lex.toll_after.match(text, figure.end))
                and after.lastgroup
                and "\n" not in after.group()
                and not lex.month_before.search(text, max(s_start, figure.start - 12), figure.start)
            ):
                # "elevó a 89 la cifra de muertos", "A 140 ascendió el número total de muertes": the number sets
                # the toll named right after it; never across a line break (a dateline's year before the lead's
                # "The death toll": "October 31, 2022\n\nThe death toll ..."), nor after a month: "Nov 12 the
                # death toll rose to 2,500" dates the toll.
                phrase = Phrase(max(phrase.end, after.end()), kind=phrase.kind or after.lastgroup, head="person")
            if not is_count(figure, phrase, text) or lex.things_after.match(text, phrase.end):
                continue  # "355 missing person reports" counts reports
            if RE_DATELINE_DAY_END.match(text, figure.end) and lex.month_before.search(
                text, max(s_start, figure.start - 12), figure.start
            ):
                continue  # "MELBOURNE, Feb 9 AAP - ...": a dateline's day
            kind, cue_start, verb_end, figure = kind_of(figure, phrase, text, (s_start, s_end), lex, kinds=near)
            if kind == "detained" and released(figure, phrase, text, (s_start, s_end), lex):
                kind = None  # people freed are not a count of people held
            candidates.append(Candidate(figure, phrase, kind, cue_start, verb_end))
        # "on May 13 after a fire broke out": a day, no figure (nor a list item taking the kind before)
        candidates = [
            c
            for c in candidates
            if (c.kind or c.phrase.head is not None
                or not lex.month_before.search(text, max(s_start, c.figure.start - 12), c.figure.start))
            # "(ver Una persona murió tras explosión ...)": another article's title linked in brackets
            and not lex.cross_reference.search(text, max(s_start, c.figure.start - 80), c.figure.start)
        ]
        # people after a bullet under a header naming a kind ("Estas son las primeras víctimas extranjeras identificadas:")
        if any(c.kind is None and not c.rejected and c.phrase.head == "person" for c in candidates):
            dead_before = "killed" if any(c.kind == "killed" for c in claims) else None
            bulleted_items(candidates, text, s_start, lex, language, dead_before)
        inherit(candidates, text, s_start, lex)
        among_them_items(candidates, text, lex)
        _no_injured_before(candidates, text, s_start)
        _members(candidates, text, s_start, lex)
        others_items(candidates, text, lex)
        for c in candidates:
            year, month = (article.date.year, article.date.month) if article.date else (None, None)
            if c.kind and not_a_count(c, text, (s_start, s_end), lex, year, month):
                c.kind, c.rejected = None, True
            elif not c.kind and lex.denied_before.search(text, max(s_start, c.figure.start - 12), c.figure.start):
                c.rejected = True  # "casi 3.000 muertos y no 64 en Puerto Rico": no list item taking the kind before
        for c in candidates:
            if c.lender is not None and c.lender.rejected and not c.rejected:
                c.kind, c.rejected = None, True  # "evacuated some 70 people trapped ..., including two Germans"
        shared_increment(candidates, text, lex)
        lone_increments(candidates, text, (s_start, s_end), lex)
        found_bodies(candidates, text, lex, (s_start, s_end))
        passed_threshold(candidates, text, lex)
        previous_kind = listed(candidates, where, text, previous_kind, s_start, lex, kinds=near)
        listed_groups(candidates, text, lex)
        if language == "en":
            placed_items(candidates, text)
        sentence = text[s_start:s_end]
        attributed = attribution(sentence, lex, last_source) if any(c.kind for c in candidates) else None
        last_source = attributed or last_source
        kept = [c for c in candidates if c.kind is not None]
        for kind, group, zero in zero_claims(text, (s_start, s_end), lex) if zero_here else ():
            zero_phrase = Phrase(zero.end, kind=kind, head="person", nationality=group if group != "total" else None)
            kept.append(Candidate(zero, zero_phrase, kind, zero.start, zero.end))
        if kept:
            # counts of several people with no kind, whose people singles right after may name (kinds.single_nationals)
            others = [c for c in candidates if c.kind is None and (c.figure.low or 0) > 1]
            kept.extend(single_nationals(kept, text, (s_start, s_end), lex, others=others))
        kept.sort(key=lambda c: c.figure.start)
        placed = places_of(kept, where.named, where.main, text, (s_start, s_end)) if kept else []
        # "Además, 22 personas siguen desaparecidas.": a sentence continuing the previous one's account and naming no
        # place has the previous sentence's last place, not the article's main place (session 24)
        # ... or continuing, in the same paragraph, an account moved to another country than the main place's
        # ("En la vecina República Dominicana ... Casi 30.000 personas fueron desalojadas"; session 25)
        if (
            placed
            and spots
            and spots[-1] is not None
            and (
                (sentence_of[-1] == index - 1 and continues(text, s_start, sentences[index - 1][0]))
                or not by_main[-1]
                and continues_abroad(
                    text, s_start, sentences[sentence_of[-1]][1], spots[-1], where.main, at_figure=tight[-1]
                )
            )
        ):
            placed = [spots[-1] if m is where.main and not (m and s_start <= m.start < s_end) else m for m in placed]
        for n, (c, mention) in enumerate(zip(kept, placed)):
            assert c.kind is not None  # kept holds only candidates with a kind
            key_basis = keyer.key_and_basis(index, c.figure.start)
            who = group_of(c.phrase, sentence, c.figure.start - s_start, lex)
            if who == "total" and (origin := origin_of(c, where.named, text)):
                who = _nationality(origin.text, lex) or who  # "five from Iran": Iranian
            weak = None  # the group's own country, when it is the toll's place only for want of another
            if mention and who != "total" and _nationality(mention.text, lex) == who and group_country(c, mention, text):
                # "visitó Cuba, a propósito de la muerte de 32 de sus militares": Cuba is who they are, not where; another
                # place its sentence ties to the toll wins, else Cuba stays, weakly ("El huracán azotó Cuba y mató a 12
                # cubanos"): the story's other reports of the group may move it (events.by_story)
                other = without_group_country(kept, kept.index(c), mention, where.named, text, (s_start, s_end))
                mention, weak = (other, None) if other is not None else (mention, mention)
            if c.kind == "injured" and who == "total":
                # "de los cuales 721 son de gravedad": a part of the injured toll, not a new total
                who = severity_of(text, c.figure.start, max(c.verb_end, c.phrase.end, c.figure.end), lex) or who
            each, origins = distributed(c, where.named, text)
            # "four each from China and Russia": one claim per origin (a group); "two each in Shika and Noto": per place.
            shares = (
                [(_nationality(m.text, lex) or m.text, mention) for m in each] if origins else [(who, m) for m in each]
            )
            for group, spot in shares or [(who, mention)]:
                # placed by the article's main place, its own sentence naming none (step 6)
                by_main.append(spot is not None and spot is where.main and not s_start <= spot.start < s_end)
                spots.append(spot)
                tight.append(at_figure(c, spot, text) or spot is not mention)
                held.append(written_at(c, spot, text))
                sentence_of.append(index)
                claims.append(
                    Claim(
                        article=article.id,
                        source=article.source or article.id,
                        kind=c.kind,
                        group=group,
                        incident=key_basis[0],
                        low=c.figure.low,
                        high=c.figure.high,
                        qualifier=c.figure.qualifier,
                        attributed_to=attributed,
                        text=sentence,
                        start=c.cue_start,
                        end=max(c.verb_end, c.figure.end),
                        sentence_start=s_start,
                        figure=c.figure.text,
                        number=c.figure.number or c.figure.text,
                        place=spot.text if spot else None,
                        parent=parents(spot),
                        place_weak=spot is not None and spot is weak,
                        basis=key_basis[1],
                        estimate=_estimate(c, kept[n - 1] if n else None, text, s_start, lex),
                    )  # fmt: skip
                )
    # "Unos 10.000 muertos ... Este es el saldo que, según las primeras estimaciones, ha dejado": the sentence after
    # a figure's, with no figure of its own, says its figures are estimates.
    with_claims = set(sentence_of)
    for n, (claim, index) in enumerate(zip(claims, sentence_of)):
        following = index + 1
        if not claim.estimate and following < len(sentences) and following not in with_claims:
            a, b = sentences[following]
            if lex.estimate_back.match(text, a, b) and lex.estimate.search(text, a, b):
                claims[n] = replace(claim, estimate=True)
    # A total tied loosely to one place of a breakdown by place is the breakdown's parent's (claim_scope).
    moved = breakdown_parent([c.kind for c in claims], [c.low for c in claims], spots, tight, sentence_of)
    claims = [c if new is old else replace(c, place=new.text if new else None, parent=parents(new), place_weak=False)
              for c, new, old in zip(claims, moved, spots)]  # fmt: skip
    return _merged(claims, by_main, held)


def _estimate(c: Candidate, previous: Candidate | None, text: str, s_start: int, lex: Cues) -> bool:
    """Whether a claim is an estimate, not a count: its clause says so before the figure, from the previous figure of
    its sentence (or the sentence's start, or the last semicolon or colon) up to its own words ("las autoridades
    locales estimaron que han muerto más de 10,000 personas", "officials had feared 10,000 people died", "an
    estimated 850", "10,000 may have died"; ``estimate_cues`` of ``lexicons/figures_<lang>.yaml``). Not "Más de 30 se
    estima que fallecieron ...; y las autoridades confirmaron que 1.300 personas continúan desaparecidas"."""
    start = max(s_start, previous.figure.end if previous else s_start)
    start = max(start, text.rfind(";", start, c.figure.start) + 1, text.rfind(":", start, c.figure.start) + 1)
    return bool(lex.estimate.search(text, start, max(c.verb_end, c.phrase.end, c.figure.end)))


def _nationality(name: str, lex: Cues) -> str | None:
    """The nationality of a country's people ("China": Chinese), from ``lexicons/nationalities.yaml``."""
    return lex.nationalities.get(plain(name)) or lex.countries.get(plain(name))


def _merged(claims: list[Claim], by_main: list[bool], held: list[bool]) -> list[Claim]:
    """Step 6: a figure repeated in an article (same kind, group, interval, qualifier, place and incident) is one
    claim, at its first mention, with every mention's span. A later mention placed only by the article's main place
    (``by_main``: its sentence names none) joins an earlier mention of the figure placed elsewhere: "93 personas"
    in the sala de conciertos of Moscú, then "el número de muertos es de 93" is one claim."""
    first: dict[tuple[object, ...], int] = {}
    placeless: dict[tuple[object, ...], int] = {}
    spans: list[list[tuple[int, int]]] = []
    out: list[Claim] = []
    kept_held: list[bool] = []
    for claim, fallback, own in zip(claims, by_main, held):
        figure = (claim.kind, claim.group, claim.low, claim.high, claim.qualifier, claim.incident)
        key = (*figure, claim.place)
        at = first.get(key, placeless.get(figure) if fallback else None)
        if at is not None:
            spans[at].append((claim.start, claim.end))
            continue
        first[key] = len(out)
        placeless.setdefault(figure, len(out))
        out.append(claim)
        kept_held.append(own)
        spans.append([(claim.start, claim.end)])
    # The same toll in other words ("mueren 17", then "al menos 17"; "México", then "Magdalena Peñasco"): repeats.
    return fold_repeats([replace(c, mentions=tuple(s)) for c, s in zip(out, spans)], held=kept_held)


def extract(text: TextCorpus, *, read: Read | None = None) -> list[Claim]:
    """Casualty claims of every article of the processed corpus, in corpus order.

    Dates without a year, and articles without a date, are resolved against the
    latest article date of the corpus (``incidents.Reference``). Large corpora
    are read on every core (:func:`analysis.parallel.map_split`), from ``min_articles``
    articles, ``chunk_articles`` at a time (settings/parallel.yaml). An article
    whose figures cannot be read gives no claims and a Problem in ``text.problems``.
    ``read``: what :func:`read_docs` gave for the corpus' articles in order (``analysis.pipeline`` reads them on a
    worker while this process does other work): they are not read again, and the result is the same.
    """
    if read is None:
        problems, readings = _readings(text.docs, latest_date(text.docs))
        spread = settings().parallel
        per_article = parallel.map_split(
            _claims_of, readings, min_items=spread.min_articles, max_chunk=spread.chunk_articles
        )
    else:
        problems, per_article = read
    for problem in problems:
        text.log.add(problem)
    found: list[Claim] = []
    for claims in per_article:
        if isinstance(claims, Problem):
            text.log.add(claims)
        else:
            found.extend(claims)
    # What this run compiled or asked wordfreq is kept now, not only at exit: a dashboard's server may be stopped
    # without running exit handlers. Nothing new (every later run): no file is touched.
    regex_cache.save()
    word_frequency.save()
    return found


# What :func:`read_docs` gives: the Problems of articles that could not be read, then each other article's claims
# (or the Problem of its claims), in order.
Read = tuple[list[Problem], list[list[Claim] | Problem]]


def read_docs(items: list[tuple[Doc, Marks | None]], *, latest: dt.date | None) -> list[Read]:
    """The per-article part of :func:`extract` for a run of the corpus' articles with their :func:`corpus_marks`,
    all in this process (a list of one, for :func:`analysis.parallel.map_later`); ``latest``: :func:`latest_date`
    of the whole corpus. Runs read apart and joined in order (their Problems first, then their claims) are what
    :func:`extract` reads."""
    problems, readings = _readings([doc for doc, _ in items], latest, [marks for _, marks in items])
    return [(problems, _claims_of(readings))]
