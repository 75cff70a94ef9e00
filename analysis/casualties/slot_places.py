"""Places no gazetteer has (venues, districts, small towns), read from a place's slot in the text.

The slots are in ``lexicons/place_slots.yaml``: a capitalised name after "en"/"in"/"at" (perhaps after a head, "the
town of"), after a head ("district of Itaewon"), after a venue noun ("la discoteca Jet Set"), after a verb of a
disaster striking it ("struck Wayanad"), before a figure of a list ("Tinguir con 1"); and a name coordinated right
after a place ("in the towns of Shika and Noto"). Rules of :mod:`analysis.casualties.claim_places`.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.casualties.quantities import lexicon, words_regex
from analysis.casualties.word_patterns import initials
from analysis.config import settings
from analysis.corpus import places
from analysis.corpus.word_frequency import zipf
from analysis.regex_cache import compiled

__all__ = ["beyond", "beyond_countries", "named_places"]

# A capital letter: where a name starts.
CAPITAL = "[A-ZÁÉÍÓÚÑ]"
# A name's word: a capital at a word's start, then letters (no digit: "22H00" or "02H00" is a time, "A320" a model).
NAME_WORD = rf"(?<![\w’'-]){CAPITAL}(?:[^\W\d_]|['’-])*(?![\w’'-])"
NAME = rf"{NAME_WORD}(?:\s+(?:(?:al|el|de|del)\s+)?{NAME_WORD}){{0,3}}"


# An acronym's plural ("ICUs", "NGOs", "SUVs"): things, never a place's name.
RE_ACRONYM_PLURAL = compiled(r"[A-Z]{2,}s")

RE_COORDINATED = compiled(rf"(?:\s*,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)(?-i:(?P<name>{NAME}))", re.IGNORECASE)


@cache
def _slots() -> tuple[re.Pattern[str], frozenset[str]]:
    """One pattern of every slot of ``lexicons/place_slots.yaml``; the group ``name`` is the place."""
    lex = lexicon("place_slots")
    # a head, perhaps one lower-case word qualifying it ("la región griega de Atica", "la provincia indonesia de"), a link
    head = (
        rf"(?:(?:{words_regex(lex['heads'])})\s+(?:(?-i:[a-záéíóúñü]+)\s+)?(?:{words_regex(lex['head_links'])})\s+"
        # a glacier's or a volcano's head, an article perhaps after its link ("el glaciar de la Marmolada")
        rf"|(?:{words_regex(lex['feature_heads'])})\s+(?:{words_regex(lex['head_links'])})\s+(?:(?-i:la|el|the)\s+)?)"
    )
    venue = rf"(?:{words_regex(lex['venues'])})\s+(?:(?:{words_regex(lex['head_links'])})\s+)?"
    # an article in lower case (or "The") before the name; a capitalised Spanish article opens the name ("in Las
    # Ramblas", "en La Rambla": branch c9read)
    articles = "|".join(re.escape(a) for a in lex["articles"])
    after = (
        rf"(?<![\w])(?:{words_regex(lex['prepositions'])})\s+(?:(?:(?-i:{articles}|The))\s+)?(?:{head})?"
        rf"(?-i:(?P<name>{NAME}))"
    )
    unlinked = rf"(?:{words_regex(lex['heads_unlinked'])})[^\S\n]+"  # on one line: not "Romagna region\n\nTorrential"
    headed = rf"(?<![\w])(?:{head}|{unlinked})(?-i:(?P<headed>{NAME}))"
    venued = rf"(?<![\w])(?:{venue})(?-i:(?P<venue>{NAME}))"
    listed = rf"(?-i:(?P<listed>{NAME}))\s*(?:(?:{words_regex(lex['list_links'])})\s+|\(\s*)(?=\d)"
    struck = rf"(?<![\w])(?:{words_regex(lex['struck'])})\s+(?-i:(?P<struck>{NAME}))"
    # A name before its head written in lower case: "from Krishna Nagar area", "in Summer Hill area of Shimla"; not an
    # office's ("the Wayanad district administration").
    head_after = rf"(?-i:(?P<head_after>{NAME}){_lower_head(lex)})"
    # An English venue written with its noun after its name, wherever it stands ("the remains of the Saratoga Hotel in
    # Havana", "the ceiling of the KISS nightclub", branch c7read): the name and its noun.
    not_first = "|".join(map(re.escape, lex["not_names"]))  # case-sensitive: words_regex folds case
    venue_after = rf"(?P<venue_after>(?-i:(?!(?:{not_first})\b){NAME})[^\S\n]+(?:{words_regex(lex['venues_after'])}))(?![\w’'-])"
    slots = f"{slot_starts(lex)}(?:{after}|{headed}|{venued}|{listed}|{struck}|{head_after}|{venue_after})"
    return compiled(slots, re.IGNORECASE), frozenset(lex["not_names"])


@cache
def _fire_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A fire's noun (``disaster_heads_after``, any case) and a name right before a position, on one line."""
    heads = words_regex(lexicon("place_slots")["disaster_heads_after"])
    return compiled(rf"(?<![\w’'-])(?:{heads})(?![\w’'-])", re.IGNORECASE), compiled(rf"(?:{NAME})(?=[^\S\n]+$)")


def _fire_names(text: str) -> list[tuple[int, str]]:
    """Each name written right before a fire's noun ("the Eaton Fire", "the Palisades fire"): its start and the name.

    >>> _fire_names("Five died in the Eaton Fire; the Palisades fire burned; a fire in the hills.")
    [(17, 'Eaton'), (33, 'Palisades')]
    """
    noun, before = _fire_patterns()
    found = []
    for m in noun.finditer(text):
        window = max(0, m.start() - 80)
        names = list(before.finditer(text, window, m.start()))
        if names:
            found.append((names[-1].start(), names[-1].group()))
    return found


def slot_starts(lex: dict) -> str:
    """A lookahead for where a slot may start: at a word of a list a slot starts with, or at a name (a capital).
    Before the slots' alternation, it rules the other places of a text (most of them) out at once, instead of each
    slot's own look at them; "" when a list has an entry starting with a space (:func:`.word_patterns.initials`)."""
    firsts = initials([*lex["prepositions"], *lex["heads"], *lex["feature_heads"], *lex["venues"], *lex["struck"]])
    return rf"(?=(?<![\w])[{firsts}]|(?-i:{CAPITAL}))" if firsts else ""


def _lower_head(lex: dict) -> str:
    """A head written in lower case right after a name that ends its noun phrase ("Summer Hill area of Shimla",
    "Krishna Nagar area where"), not a word of an organisation's name ("the Wayanad district administration", "the Red
    Cross district office"): the pattern, case-sensitive."""
    followers = words_regex(lex["head_after_followers"])
    return rf"\s+(?:{words_regex([w.lower() for w in lex['heads_after']])})(?=\s*(?:[,.;:)]|$)|\s+(?i:{followers})\b)"


@cache
def _lower_head_after() -> re.Pattern[str]:
    return compiled(_lower_head(lexicon("place_slots")))


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(
        w.lower() for forms in lexicon("nationalities").values() for w in [*forms.get("es", []), *forms.get("en", [])]
    )


def named_places(
    text: str, known: list[places.Mention], main: places.Mention | None, language: str
) -> list[places.Mention]:
    """Places the gazetteer lacks, read from a place's slot in the text (``lexicons/place_slots.yaml``).

    A capitalised name after "en"/"in"/"at" (perhaps "the town of"), after a head ("district of Itaewon", "la isla de
    Lampedusa", a word perhaps qualifying the head: "la región griega de Atica"), after a
    verb of a disaster striking it ("landslides that struck Wayanad"), or before a figure of a list ("Tinguir con 1", "Al Youssufia (1)") is a place when it overlaps no gazetteer name, does not
    start with a title or article, and one of its words is rarer than ``slot_name_zipf`` (wordfreq): "en el Crocus
    City Hall" names "Crocus City Hall"; "in March" and "en Año Nuevo" name nothing. A name of two words or more
    right after a venue noun or right before a head written in lower case needs no rare word: the venue or the head
    says it is one ("la discoteca Jet Set", "in Summer Hill area of Shimla"). Its parents are
    the article's main place and the places containing it.

    >>> [m.text for m in named_places("Murieron 3 en Tinguir y 2 en Enero.", [], None, "es")]
    ['Tinguir']
    >>> [m.text for m in named_places("Se derrumbó la discoteca Jet Set en la zona Sur.", [], None, "es")]
    ['Jet Set']
    >>> [m.text for m in named_places("Ardió la costa de la región griega de Atica y la isla Ábaco.", [], None, "es")]
    ['Atica', 'Ábaco']
    >>> [m.text for m in named_places("Two are in critical condition at ICUs in Athens.", [], None, "en")]
    []
    >>> [m.text for m in named_places("A truck hit a crowd at Bastille Day celebrations in Tinguir.", [], None, "en")]
    ['Tinguir']
    >>> [m.text for m in named_places("Five died in the Eaton Fire; the Palisades fire burned on.", [], None, "en")]
    ['Eaton', 'Palisades']
    >>> [m.text for m in named_places("Ardió una estación del Instituto Nacional de Migración.", [], None, "es")]
    []
    >>> text = "The worst-hit place was Bagh, 40km south-east of Muzaffarabad, Farooq said. Bagh, Kuhl and Rawla burned."
    >>> [m.text for m in named_places(text, places.places_in(text, language="en"), None, "en")]
    ['Kuhl', 'Rawla']
    """
    pattern, not_names = _slots()
    heads_after = frozenset(lexicon("place_slots")["heads_after"])
    organisation_heads = frozenset(lexicon("place_slots")["organisation_heads"])
    event_heads = frozenset(lexicon("place_slots")["event_heads"])
    day_words = frozenset(lexicon("place_slots")["day_words"])
    fire_heads = frozenset(lexicon("place_slots")["disaster_heads_after"])
    demonyms = _demonyms()
    limit = settings().places.slot_name_zipf
    spans = [(m.start, m.end) for m in known]
    parent = (main.place.name, *main.place.parents) if main else ()
    out: list[places.Mention] = []
    # A name in a slot, and a name coordinated right after a place ("in the towns of Shika and Noto").
    queue = [
        (m.start(g), m.group(g), g in ("venue", "head_after", "venue_after") or bool(_lower_head_after().match(text, m.end(g))),
         m.start() if g == "venue" else None)
        for m in pattern.finditer(text)
        for g in ("name", "headed", "venue", "listed", "struck", "head_after", "venue_after")
        if m.group(g)
        and (g != "listed" or _in_a_list(text, m.start(g), m.end(g)))
        and (g != "venue_after" or (language == "en" and _named_venue(m.group(g), language)))
    ]
    # A fire named after its place, the noun in either case ("the Eaton Fire", "the Palisades fire"; session 26): looked
    # for from the noun back, the noun being rare.
    queue += [(start, name, False, None) for start, name in _fire_names(text)]
    # Not a name in apposition to a title ("el presidente de Corea del Sur, Yoon Suk Yeol"): a person.
    queue += [
        (c.start("name"), c.group("name"), False, None)
        for k in known
        if (c := RE_COORDINATED.match(text, k.end))
        and not _titled(text, k.start, c)
        and not places._cues()[0].match(text, c.end("name"))  # "..., south-east of Muzaffarabad, Farooq said": a
        # speaker after the place, no place of a list (places' rule 7 cue; session 22)
    ]
    while queue:
        start, name, venue, venue_start = queue.pop(0)
        words = name.split()
        # "Seoul's Itaewon": the place is the last possessor's thing; "Itaewon's": the name.
        for i, w in enumerate(words[:-1]):
            if w.endswith(("'s", "’s")):
                start, words = text.index(words[i + 1], start), words[i + 1 :]
                break
        words[-1] = re.sub(r"['’]s$", "", words[-1])
        while words and words[0] in not_names:
            if words[0] in SPANISH_ARTICLES and len(words) > 1 and RE_LOWER_BEFORE.search(text, max(0, start - 20), start):
                break  # "in Las Ramblas", "en La Rambla": written with a capital after a word in lower case, the name's
            start += text.find(words[0], start) - start + len(words[0]) + 1
            words = words[1:]
        if not words or " ".join(words).lower() in demonyms:
            continue  # "Libyan", "británicos": who, not where
        if len(words) == 1 and RE_ACRONYM_PLURAL.fullmatch(words[0]):
            continue  # "at ICUs", "in NGOs": things named by an acronym's plural, not a place
        if words[0] in organisation_heads:
            continue  # "una estación del Instituto Nacional de Migración": a body, not a place
        if words[0] in event_heads:
            continue  # "in Typhoon Haiyan's wake": a storm, not a place
        if day_words.intersection(words):
            continue  # "at Bastille Day celebrations": a day, not a place (session 26)
        if len(words) > 1 and words[-1].lower() in fire_heads:
            words = words[:-1]  # "in the Eaton Fire": the fire's place (session 26)
        name = " ".join(words)
        end = start + len(name)
        # "el distrito Itaewon de Seúl": the name ends before "de" and a place already read (branch cplace)
        if (cut := _before_known(text, start, end, spans)) is not None:
            name, end = text[start:cut], cut
            words = name.split()
        if text[start:end] != name or any(s < end and start < e for s, e in spans):
            continue
        rare = min(zipf(w.lower(), language) for w in words) < limit
        if not rare and not (venue and len(words) > 1):
            continue
        place = _headed(words, heads_after)
        if venue_start is not None and places.gazetteer().candidates(name):
            # "el hotel Saratoga": the venue is written with its noun, or its name would be read as the gazetteer's
            # place of that name (Saratoga, California) wherever the claim's place is read again (branch c7read); its
            # noun in lower case, so that a headline's "Hotel Saratoga" and "el hotel Saratoga" are one place
            head = text[venue_start:start]
            start, name = venue_start, head.lower() + name
            place = places.Place(name, "named", main.place.country if main else "", 0, parent, f"named:{name}")
        elif place is not None:  # "Ishikawa Prefecture": the gazetteer's Ishikawa, written without its head
            name = " ".join(words[:-1])
            end = start + len(name)
        else:
            place = places.Place(name, "named", main.place.country if main else "", 0, parent, f"named:{name}")
        out.append(places.Mention(start, end, name, place))
        spans.append((start, end))
        if (c := RE_COORDINATED.match(text, end)) and not _titled(text, start, c):
            queue.append((c.start("name"), c.group("name"), False, None))
    out += [m for m in beyond_countries(text) if not any(s < m.end and m.start < e for s, e in spans)]
    return _longest_forms(sorted(out, key=lambda m: m.start))


# A capitalised Spanish article right after a word in lower case opens the name it precedes ("a terrorist attack in Las
# Ramblas": the place is "Las Ramblas", not "Ramblas"; branch c9read); a sentence's first word or a Title Case
# headline's does not.
SPANISH_ARTICLES = frozenset({"El", "La", "Los", "Las"})
RE_LOWER_BEFORE = compiled(r"(?<![\w-])(?-i:[a-záéíóúñ]+)\s+$")


# A list's neighbour item: a figure in brackets or after a link, then a separator, before the name; or a separator and
# another capitalised name with its figure after the name's own figure.
RE_ITEM_BEFORE = compiled(r"\d[\d.,]*[^,;()\n\d]{0,30}?\)?\s*(?:,|;|\by|\be|\band)\s*$")
RE_ITEM_AFTER = compiled(r"\s*\(?\s*\d[\d.,]*\s*\)?\s*(?:,|;|y|e|and)\s*[A-ZÁÉÍÓÚÑ][^()\n\d]{0,40}?(?:\(\s*|\s)\d")


def _in_a_list(text: str, start: int, end: int) -> bool:
    """Whether a name before a figure ("Al Youssufia (1)", "Tinguir con 1") is an item of a list of places and their
    figures: another item's figure, perhaps with its noun, right before it, or another item right after it. A name with one figure alone is most often a person's age
    ("relató Zuly Luque (25), quien resultó herida").

    >>> text = "Taroudant (271), Chichaoua (91) y Al Youssufia (1). Le siguen Taroudant con 321 fallecidos, Tinguir con 1."
    >>> [_in_a_list(text, text.index(n), text.index(n) + len(n)) for n in ("Taroudant", "Al Youssufia", "Tinguir")]
    [True, True, True]
    >>> text = "relató Zuly Luque (25), quien resultó herida."
    >>> _in_a_list(text, 7, 17)
    False
    """
    return bool(RE_ITEM_BEFORE.search(text, max(0, start - 20), start) or RE_ITEM_AFTER.match(text, end))


def beyond_countries(text: str) -> list[places.Mention]:
    """Places beyond any one country that no gazetteer has (``place_slots.yaml`` ``beyond_countries``: seas,
    continents, regions of several countries), wherever the text writes them, unless a capitalised word follows (a
    longer name: "Europa Press"). Inside no other place: their parents are none.

    >>> [m.text for m in beyond_countries("Beryl deja siete muertos en el Caribe, según Europa Press.")]
    ['Caribe']
    """
    return [
        places.Mention(
            m.start(), m.end(), m.group(), places.Place(m.group(), "named", "", 0, (), f"{BEYOND}{m.group()}")
        )
        for m in _beyond().finditer(text)
    ]


BEYOND = "beyond:"


def beyond(m: places.Mention | None) -> bool:
    """Whether ``m`` names a place beyond any one country (:func:`beyond_countries`)."""
    return m is not None and m.place.code.startswith(BEYOND)


@cache
def _beyond() -> re.Pattern[str]:
    lex = lexicon("place_slots")
    nouns = words_regex(lex["beyond_nouns"])
    return compiled(rf"{by_first_char(lex['beyond_countries'])}(?![\w])(?!\s+(?:{CAPITAL}|(?i:{nouns})))")


def by_first_char(names: list[str]) -> str:
    r"""One case-sensitive alternation of ``names`` (longest first) at a word's start, grouped by their first
    character, each group's character first: the regex engine then skips at once the characters no name starts
    with (a pattern opening with a set of literals is searched by that set), instead of trying the lookbehind and
    every name at each character. The word's start is tested after the first character (``(?<![\w].)``). The same
    matches as ``(?<![\w])(?:name1|name2|...)``, longest first: names of different groups share no first character,
    so only one group can match at a place, and each group keeps the names' order.

    >>> print(by_first_char(["Egeo", "Caribe", "Europa"]))
    (?:C(?<![\w].)(?:aribe)|E(?<![\w].)(?:uropa|geo))
    >>> [m.group() for m in re.finditer(by_first_char(["Mar Negro", "Caribe"]), "Caribe, Mar Negro; xCaribe")]
    ['Caribe', 'Mar Negro']
    """
    groups: dict[str, list[str]] = {}
    for name in sorted((n for n in names if n), key=len, reverse=True):
        groups.setdefault(name[0], []).append(name)
    alternation = "|".join(
        rf"{re.escape(first)}(?<![\w].)(?:{'|'.join(re.escape(n[1:]) for n in group)})" for first, group in groups.items()
    )
    return f"(?:{alternation})"


RE_OF_BEFORE = compiled(r"\s+(?:de|del|of)\s+$")


def _before_known(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> int | None:
    """Where a name read from a slot ends when it runs on through "de"/"of" into a place already read ("Itaewon de
    Seúl": after "Itaewon"); None when it does not.

    >>> _before_known("el distrito Itaewon de Seúl", 12, 27, [(23, 27)])
    19
    """
    for s, _ in sorted(spans):
        if start < s < end and (of := RE_OF_BEFORE.search(text, start, s)):
            return of.start()
    return None


def _headed(words: list[str], heads: frozenset[str]) -> places.Place | None:
    """A gazetteer place written with its head after it ("Ishikawa Prefecture", "Nanao City"): the place.

    >>> _headed(["Ishikawa", "Prefecture"], frozenset({"prefecture"})).name
    'Ishikawa'
    """
    if len(words) < 2 or words[-1].lower() not in heads:
        return None
    found = places.gazetteer().candidates(" ".join(words[:-1]))
    kind = {"prefecture": "region", "province": "region", "state": "region", "county": "county"}.get(words[-1].lower())
    return next((p for p in found if p.kind == kind), None) or (found[0] if found else None)


def _named_venue(name: str, language: str) -> bool:
    """A venue's name before its noun names one when a word of it is rare or written in capitals ("Saratoga Hotel",
    "KISS nightclub"), not "the Catholic church" or "the Sunday market".

    >>> _named_venue("Saratoga Hotel", "en"), _named_venue("KISS nightclub", "en"), _named_venue("Sunday market", "en")
    (True, True, False)
    """
    words = name.split()[:-1]
    limit = settings().places.slot_name_zipf
    return any(len(w) > 1 and w.isupper() or zipf(w.lower(), language) < limit for w in words)


def _longest_forms(named: list[places.Mention]) -> list[places.Mention]:
    """One place per venue: a name that is the leading part of a longer name of the same text ("Crocus City" and
    "Crocus City Hall") is the longer one, which names it in full.

    >>> p = lambda n: places.Mention(0, len(n), n, places.Place(n, "named", "", 0, (), f"named:{n}"))
    >>> [m.text for m in _longest_forms([p("Crocus City"), p("Crocus City Hall"), p("Crocus")])]
    ['Crocus City Hall', 'Crocus City Hall', 'Crocus City Hall']
    """
    out = []
    for m in named:
        longer = [o for o in named if o.text.startswith(m.text + " ")]
        if longer:
            full = max(longer, key=lambda o: len(o.text))
            m = places.Mention(m.start, m.end, full.text, full.place)
        out.append(m)
    return out


@cache
def _titles() -> re.Pattern[str]:
    lex = lexicon("place_cues")
    return compiled(rf"\b(?:{words_regex(lex['titles'])})\b[^.;,:\n]*$", re.IGNORECASE)


def _titled(text: str, place_start: int, coordinated: re.Match[str]) -> bool:
    """A name after a place and a comma, the place after a title in the same clause ("el presidente de Corea del
    Sur, Yoon Suk Yeol", "the governor of Florida, Ron DeSantis"): the title's holder, not a second place.

    >>> text = "El presidente de Corea del Sur, Yoon Suk Yeol, visitó Seúl."
    >>> _titled(text, 17, RE_COORDINATED.match(text, 30))
    True
    """
    if not coordinated.group(0).lstrip().startswith(","):
        return False
    return bool(_titles().search(text, max(0, place_start - 120), place_start))
