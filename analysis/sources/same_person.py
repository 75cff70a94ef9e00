"""One name per person: in an article a surname alone ("Peskov") is the full name written earlier or later ("Dmitri
Peskov"); across the corpus spellings that share a folded surname and initial ("Dmitry Peskov", "Dmitri Peskov")
become the most frequent one (moved verbatim from ``names.py``, which reads the names as written).

>>> canonical_names(["Dmitri Peskov", "Peskov", "Dmitry Peskov", "Dmitri Peskov"])["Dmitry Peskov"]
'Dmitri Peskov'
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources

from analysis.safe_yaml import load_yaml
from analysis.sources.lexicon import fold
from analysis.sources.names import CAPITAL_PARTICLES, CONNECTORS, POSSESSIVES, RE_SUFFIX

__all__ = ["canonical_names", "name_index", "resolve_in_article", "surname_key"]


def surname_key(name: str) -> str:
    """The folded last word of a name: what "Peskov" and "Dmitry Peskov" share.

    >>> surname_key("Sergey Mélik-Bagdasárov")
    'melik-bagdasarov'
    """
    key = _SURNAME_KEYS.get(name)
    if key is None:
        if len(_SURNAME_KEYS) >= SURNAME_KEYS_HELD:
            _SURNAME_KEYS.clear()
        # The last word that is no suffix (str.split's white space is RE_SPACES': both read str.isspace).
        last = next((word for word in reversed(name.split()) if not RE_SUFFIX.fullmatch(word)), None)
        key = _SURNAME_KEYS[name] = fold(last).strip(".,") if last is not None else ""
    return key


# Each name -> its :func:`surname_key`, emptied when it holds SURNAME_KEYS_HELD: the corpus' names are keyed by
# their surname several times over (:func:`canonical_names`, :func:`analysis.sources.corpus_names.corpus_names`).
_SURNAME_KEYS: dict[str, str] = {}
SURNAME_KEYS_HELD = 1 << 15  # as INDEX_KEYS_HELD: a few MB at most (21,602 names at 10,000 bench articles)


def name_index(names: Iterable[str]) -> dict[tuple[str, ...], str]:
    """Folded first name, surname and every ending of each full name → the fullest name having it.

    What :func:`resolve_in_article` looks a mention up in; built once per article. Names with a
    connector ("Ministerio del Interior de Rusia") are institutions, not indexed.
    """
    index: dict[tuple[str, ...], str] = {}
    lengths: dict[str, int] = {}
    held = _INDEX_KEYS
    if len(held) >= INDEX_KEYS_HELD:  # full: emptied at once, as :data:`_SHAPES`
        held.clear()
    for name in names:
        if name.endswith(POSSESSIVES):  # "Suryakumar Yadav's heart": the person is "Suryakumar Yadav" (q12en)
            name = name[:-2]
        name = owned_name(name) or name  # "Wigan's Roberto Martinez": the person is "Roberto Martinez" (dev27)
        indexed = held.get(name, MISSING_KEYS)
        if indexed is MISSING_KEYS:
            indexed = held[name] = _index_keys(name)
        if indexed is None:
            continue
        size, keys = indexed
        for key in keys:
            current = index.get(key)
            if current is None or size > lengths[current]:
                index[key] = name
                lengths[name] = size
    return index


# Each full name → its :func:`_index_keys`, emptied when it holds INDEX_KEYS_HELD: a person is named in many
# articles, and a plain dict is asked faster than an LRU cache (which moves each entry it finds to its front).
_INDEX_KEYS: dict[str, tuple[int, tuple[tuple[str, ...], ...]] | None] = {}
INDEX_KEYS_HELD = 1 << 15
MISSING_KEYS = (-1, ())  # no keys looked up yet (None is an answer: not indexed); compared by identity


def _index_keys(name: str) -> tuple[int, tuple[tuple[str, ...], ...]] | None:
    """(words, keys) :func:`name_index` files a full name under: its folded first name, surname and every
    ending; None for one word or an institution (kept per name by :func:`name_index`).

    A name whose only connector is a surname's particle is filed under the particle and the surname alone, what
    "finalizó De Mendiguren" writes ("Ministerio de Salud" is then found only by "De Salud", which no one writes).

    >>> _index_keys("Yván Gil"), _index_keys("Ministerio del Interior"), _index_keys("Peskov")
    ((2, (('yvan',), ('gil',))), (3, (('del', 'interior'),)), None)
    >>> _index_keys("Daniel Espinosa Licon")[1]
    (('daniel',), ('licon',), ('espinosa', 'licon'), ('espinosa',), ('daniel', 'espinosa'))
    >>> _index_keys("José Ignacio de Mendiguren"), _index_keys("Ministerio del Interior de Rusia")
    ((4, (('de', 'mendiguren'),)), None)
    """
    parts = fold(name).split()
    address = _address_words()
    while len(parts) > 2 and parts[0] in address:  # "Datuk Seri Anwar Ibrahim" is filed as "Anwar Ibrahim" is
        parts = parts[1:]
    if len(parts) > 2 and set(parts) & CONNECTORS:
        tail = 3 if parts[-3] in CAPITAL_PARTICLES and parts[-2] in ("la", "las", "los") else 2
        if parts[-tail] in CAPITAL_PARTICLES and not set(parts[:-tail]) & CONNECTORS:
            return len(parts), (tuple(parts[-tail:]),)
        return None
    if len(parts) < 2 or set(parts) & CONNECTORS:
        return None
    halves = _surname_halves(parts[-1])
    if len(parts) == 2:  # most names: the general case below gives these keys, in this order
        return 2, (((parts[0],), (parts[1],)) if parts[0] != parts[1] else ((parts[0],),)) + halves
    surname: list[tuple[str, ...]] = [(parts[1],)] if len(parts) == 3 else []  # "Victoria Rodríguez Ceja": the
    # first of two surnames
    if len(parts) >= 3:  # "Daniel Espinosa" of "Daniel Espinosa Licon", "Luis Enrique" of "Luis Enrique Martínez"
        surname.append((parts[0], parts[1]))  # (q11es: a shorter spelling of the full name in the same article);
        # "Marta Eugenia" of "Marta Eugenia Esquivel Rodríguez": two first names before two surnames (session 19)
    if len(parts) == 4:  # "Arturo Medina" of "Félix Arturo Medina Padilla": the second first name and the first
        surname.append((parts[1], parts[2]))  # surname, as Spanish-language outlets shorten it (session 19)
    return len(parts), tuple(
        dict.fromkeys([(parts[0],), *(tuple(parts[-k:]) for k in range(1, len(parts))), *surname, *halves])
    )


def owned_name(name: str) -> str | None:
    """The person's name after a team's or a place's possessive that opens a name's run, when two words or more
    follow it ("Wigan's Roberto Martinez" → "Roberto Martinez": how quote round-ups sign a manager's words; dev27,
    session 27); None otherwise ("Wigan's Martinez", "Roberto Martinez").

    >>> owned_name("Wigan's Roberto Martinez"), owned_name("Sunderland’s Steve Bruce"), owned_name("Wigan's Martinez")
    ('Roberto Martinez', 'Steve Bruce', None)
    """
    first, _, rest = name.partition(" ")
    if not first.endswith(POSSESSIVES) or len(rest.split()) < 2:
        return None
    return rest


def _surname_halves(surname: str) -> tuple[tuple[str, ...], ...]:
    """The keys a hyphenated (folded) surname adds to a full name's: each of its two halves alone, what an article
    writes for the person after the full name ("José María Álvarez-Pallete" ... "ha afirmado Pallete"; dev27,
    session 27); none for a surname with no hyphen, more than two halves or a half shorter than three letters
    ("al-Sisi", "Jean-Marc" never ends a surname anyway).

    >>> _surname_halves("alvarez-pallete"), _surname_halves("gil"), _surname_halves("al-sisi")
    ((('alvarez',), ('pallete',)), (), ())
    """
    halves = surname.split("-")
    if len(halves) != 2 or not all(len(h) >= 3 and h.isalpha() for h in halves):
        return ()
    return tuple((h,) for h in halves)


@cache
def _address_words() -> frozenset[str]:
    """Words of address written into a name (``lexicons/name_titles.yaml``, both lists), folded: a name's first
    name is the word after them ("Sir Keir Starmer" is "Keir"; "Datuk Seri Anwar Ibrahim" is "Anwar")."""
    data = load_yaml(resources.files("analysis.lexicons").joinpath("name_titles.yaml").read_text(encoding="utf-8"))
    return frozenset(fold(str(w)) for w in (*data["before_surname"], *data["before_first_name"]))


def resolve_in_article(mention: str, names: Iterable[str] | dict[tuple[str, ...], str]) -> str:
    """The fullest name of the article that ``mention`` is part of ("Gil" → "Yván Gil"), else ``mention``.

    ``names`` is the article's names or their :func:`name_index`.

    >>> resolve_in_article("Gil", ["Yván Gil", "Gil"])
    'Yván Gil'
    >>> resolve_in_article("Frank", ["Frank Moreno"])
    'Frank Moreno'
    >>> resolve_in_article("López Guerrero", ["José Antonio López Guerrero"])
    'José Antonio López Guerrero'
    >>> resolve_in_article("Rusia", ["Ministerio del Interior de Rusia"])
    'Rusia'

    A possessive mention is its person's name when the article indexes it ("Premier Annastacia Palaszczuk's office",
    then "the premier wrote": the premier is "Annastacia Palaszczuk"; held-out6, read25), as :func:`name_index` drops
    it from the names it indexes; else the mention as written.

    >>> resolve_in_article("Ann Lee's", ["Ann Lee's"]), resolve_in_article("Friday's", ["Ann Lee"])
    ('Ann Lee', "Friday's")
    """
    index = names if isinstance(names, dict) else name_index(names)
    words = _words(mention)
    if words and mention.endswith(POSSESSIVES) and (owner := _words(mention[:-2]))[-1:] in index:
        return index.get(owner, mention[:-2])  # the surname indexed: the person's fullest name, or the mention's own
    return index.get(words, mention) if words else mention


@lru_cache(maxsize=1 << 15)
def _words(mention: str) -> tuple[str, ...]:
    """The folded words of a mention: its key in a :func:`name_index` (memoised: mentions recur)."""
    return tuple(fold(mention).split())


def canonical_names(names: Iterable[str]) -> dict[str, str]:
    """Each spelling → one name per person across the corpus.

    Spellings sharing a folded surname and first initial (or with no first name)
    are one person when only one such full name is that common; the canonical
    spelling is the most frequent full name, then the longest. A spelling whose last word is not capitalised
    is a description ("official", "World Health Organization official"), not a surname: it stays as written
    (session 26: an "official said" of one article was given the WHO official of another).

    >>> mapping = canonical_names(["official", "World Health Organization official", "Peskov", "Dmitri Peskov"])
    >>> mapping["official"], mapping["Peskov"]
    ('official', 'Dmitri Peskov')
    """
    counts = Counter(names)
    groups: dict[str, list[str]] = {}
    for name in counts:
        if name.rsplit(None, 1)[-1:][0][:1].isupper():  # a description ending with its noun ("official", "a WHO
            groups.setdefault(surname_key(name), []).append(name)  # official") has no surname: its own name
    mapping = {name: name for name in counts}
    for members in groups.values():
        if len(members) == 1:  # the one spelling of its surname: its own name (most groups)
            continue
        full = [n for n in members if len(n.split()) > 1 and not set(fold(n).split()) & CONNECTORS]
        by_initial: dict[str, list[str]] = {}
        for name in full:
            by_initial.setdefault(fold(name)[:1], []).append(name)
        for same in by_initial.values():
            if len(same) == 1:  # one spelling of its surname and initial: its own name
                continue
            best = max(same, key=lambda n: (counts[n], len(n)))
            for name in same:  # "Majority Caucus" is no spelling of "Minority Caucus" (q12en)
                if name is best or _first_words_agree(name, best):
                    mapping[name] = best
        if len(by_initial) == 1 and full:
            best = mapping[full[0]]
            for name in members:
                if len(name.split()) == 1:
                    mapping[name] = best
    return _one_spelling(mapping, counts)


def _spelling(name: str) -> str:
    """A name as read aloud: folded (no case, no accents), a hyphen read as a space ("Levine-Cava", "Levine Cava")."""
    return " ".join(fold(name).replace("-", " ").split())


def _one_spelling(mapping: dict[str, str], counts: Counter[str]) -> dict[str, str]:
    """``mapping`` with the names it gives that are written alike but for case, accents and hyphens made one:
    the one spoken most often under its spellings, then the longest. Outlets write one person or body so
    ("Daniella Levine-Cava" and "Daniella Levine Cava", "CONRED" and "Conred", "Marc Marquez" and "Marc Márquez":
    tests/data/agreement_real.json and sources_real.json read as one corpus, session 16); a surname grouping cannot
    join them when the hyphen makes the last word another.

    >>> _one_spelling({"CONRED": "CONRED", "Conred": "Conred", "Ana": "Ana"}, Counter(CONRED=4, Conred=2, Ana=1))
    {'CONRED': 'CONRED', 'Conred': 'CONRED', 'Ana': 'Ana'}
    """
    spoken: dict[str, int] = {}  # a plain dict: a Counter calls its __missing__ in Python for each new target
    for name, target in mapping.items():
        spoken[target] = spoken.get(target, 0) + counts[name]
    best: dict[str, str] = {}
    spelled: dict[str, str] = {}  # each target -> its _spelling, made once
    for target, times in spoken.items():
        key = spelled[target] = _spelling(target)
        held = best.get(key)
        if held is None or (target[:1].isupper(), times, len(target)) > (held[:1].isupper(), spoken[held], len(held)):
            best[key] = target
    return {name: best[spelled[target]] for name, target in mapping.items()}


def _first_words_agree(name: str, other: str) -> bool:
    """Whether two full names sharing a surname and a first initial may be one person's: their first words are the
    same in their first three letters ("Dmitry", "Dmitri": a name spelled two ways), or one is the other's initial
    or abbreviation ("J. Smith", "John Smith"; "Cdre Bainimarama", "Commodore Frank Bainimarama"); "Majority Caucus" and "Minority Caucus", "Mark Kelly" and "Megyn Kelly" are two
    (q12en, held-out11: the caucuses were made one).

    >>> _first_words_agree("J. Smith", "John Smith"), _first_words_agree("Majority Caucus", "Minority Caucus")
    (True, False)
    """
    first, second = (fold(n.split()[0]).strip(".") for n in (name, other))
    if len(first) == 1 or len(second) == 1:
        return first[:1] == second[:1]
    short, long = sorted((first, second), key=len)
    if len(short) <= 4 and short[0] == long[0]:  # "Cdre" of "Commodore": an abbreviation's letters, in order
        rest = iter(long[1:])
        return all(letter in rest for letter in short[1:])
    return first[:3] == second[:3]  # "Dmitry" and "Dmitri": one name spelled two ways
