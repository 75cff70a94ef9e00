"""The gazetteer reads only the words that may open a name (analysis/corpus/places.py ``_raw``): the same
places as reading every word, which this file keeps as the reference (the implementation before issue 23's
speed work, with the possessive and abbreviation rules of the claim-places work), on every real text of tests/data and the seeds, whole and cut at arbitrary offsets."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from analysis.casualties.word_patterns import lexicon
from analysis.corpus import places
from analysis.corpus.loading import load_path
from analysis.corpus.place_heads import LOWER_HEADS, POSSESSIVE, RE_WORD
from analysis.corpus.places import CONNECTORS, Gazetteer, Place

DATA = Path(__file__).parent / "data"


_REGION_HEADS = frozenset(str(w) for w in lexicon("place_cues")["region_heads_after"])


def _in_a_name_reference(
    text: str, words: list[tuple[int, int, str]], i: int, key: str, found: tuple[Place, ...], gaz: Gazetteer
) -> bool:
    """The former rule 5, reading the full list of words."""
    if key in gaz.listed or found[0].kind == "country":
        return False

    def name_word(k: int, *, after: bool = False) -> bool:
        a, _, folded = words[k]
        # A possessive before the name owns it ("Pakistan's Sindh"); after it, it ends the name ("Hurricane
        # Helene's toll").
        return (
            text[a].isupper() and folded not in CONNECTORS and (after or not text.startswith(POSSESSIVE, words[k][1]))
        )

    def joined(k: int) -> bool:  # words k and k + 1 are one space apart, no full stop between
        return text[words[k][1] : words[k + 1][0]] == " " and text[words[k][1] - 1] != "."

    if i + 1 < len(words) and joined(i) and name_word(i + 1, after=True):
        # a region's head after its name ends it ("Okayama Prefecture had 22"; real22c), unless a capital runs on
        a, b, _ = words[i + 1]
        head = any(p.kind == "region" for p in found) and text[a:b] in _REGION_HEADS
        runs_on = text.startswith(" ", b) and text[b + 1 : b + 2].isupper()
        return not head or runs_on
    if i > 0 and joined(i - 1) and name_word(i - 1):
        before = text[: words[i - 1][0]].rstrip()
        return bool(before) and before[-1] not in '.!?:"«“—-'
    return False


def _raw_reference(
    text: str, start: int, end: int, language: str, gaz: Gazetteer
) -> list[tuple[int, int, tuple[Place, ...]]]:
    """Every word of the text tokenized and folded, each tried as the start of a name (the former ``_raw``)."""
    words: list[tuple[int, int, str]] = []
    for m in RE_WORD.finditer(text, start, end):
        # A possessive is not part of the name: "Libya's Derna" names Libya ("'s" stays outside the span).
        word, stop = (m.group()[:-2], m.end() - 2) if m.group().endswith(POSSESSIVE) else (m.group(), m.end())
        words.append((m.start(), stop, places.fold(word.rstrip("."))))
    found: list[tuple[int, int, tuple[Place, ...]]] = []
    i = 0
    while i < len(words):
        s, _, first = words[i]
        longest = max(gaz.starts.get(first, 0), gaz.starts.get(first + ".", 0))
        longest = longest if text[s].isupper() or first in LOWER_HEADS else 0
        hit = None
        for n in range(min(longest, len(words) - i), 0, -1):
            last_s, last_e, _ = words[i + n - 1]
            if not text[last_s].isupper():
                continue
            inner = words[i + 1 : i + n - 1]
            if any(not text[a].isupper() and f not in CONNECTORS for a, _, f in inner):
                continue
            if any(text[words[k][1] : words[k + 1][0]] not in (" ", "-") for k in range(i, i + n - 1)):
                continue
            key = " ".join(w[2] for w in words[i : i + n])
            # An abbreviation's full stop belongs to it ("U.S.", "EE.UU."): its key ends with it.
            dotted = text[last_e - 1] == "." and gaz.names.get(key + ".")
            candidates = dotted or gaz.names.get(key)
            if (
                candidates
                and places._allowed(key, candidates, language, gaz, text[s:last_e].rstrip(".").lower() if n == 1 else "")
                and not (n == 1 and _in_a_name_reference(text, words, i, key, candidates, gaz))
                and not places._speaks(text, s, last_e, candidates, gaz, key)
                and not places._runs_on(text, last_e, candidates, gaz, key)  # placefix: rules 5 (any length) and 8
                and not places._surname(text, s, last_e, candidates, gaz, key)
            ):
                hit = (s, last_e - (1 if text[last_e - 1] == "." and not dotted else 0), candidates)
                i += n
                break
        if hit:
            found.append(hit)
        else:
            i += 1
    return found


def real_texts() -> list[tuple[str, str]]:
    """(text, language) of every hand-gathered article excerpt and every seed."""
    out = [(a.text, a.language or "es") for a in load_path("seeds").articles]
    for name in ("quotes_dev", "quotes_heldout", "claims_dev", "claims_heldout", "framing_dev"):
        for excerpt in json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))["excerpts"]:
            out.append((excerpt["text"], excerpt["language"]))
    return out


# Names that test the tokenizer's edges: hyphens and points inside words, a lower-case head, capitals
# inside words, a name after a possessive, at a sentence start and joined to a neighbour.
EDGES = [
    "En el condado de Buncombe y el Condado de Buncombe; cóndado de Buncombe. CONDADO de Harris.",
    "A.B. Lorca-Murcia, Pakistan's Sindh. Hurricane Otis hit Acapulco-Guerrero. McAllen, Texas.",
    "x-Lorca y.Murcia 'Cuba' —Cuba— «Perú». Nice to see Georgia.. Florida..Cuba 3Cuba _Cuba Lorca.Murcia",
    "cONDADO de Harris; condado-x de Harris, çondado de Buncombe, condados de Buncombe, concon de Cuba.",
    "cóndado de Buncombe, condadó de Harris, cóndados de Buncombe, cÓNDADO de Harris, ｃondado de Harris.",
    "Libya's Derna and Pakistan’s Sindh; the U.S. and EE.UU. said; Hurricane Helene's toll in Georgia's Atlanta.",
    "Rodriguez said. Rodriguez also said it. La agencia Xinhua informó. Santa Cruz de la Sierra, Bolivia.",
]


@pytest.mark.parametrize("language", ["es", "en"])
def test_reading_only_name_heads_finds_what_reading_every_word_found(language: str) -> None:
    gaz = places.gazetteer()
    texts = real_texts() + [(t, language) for t in EDGES]
    rng = random.Random(23)
    checked = 0
    for text, lang in texts:
        lang = lang if lang in ("es", "en") else language
        spans = [(0, len(text))] + [tuple(sorted(rng.sample(range(len(text) + 1), 2))) for _ in range(3)]
        for start, end in spans:
            expected = _raw_reference(text, start, end, lang, gaz)
            assert places._raw(text, start, end, lang, gaz) == expected, text[start:end][:200]
            checked += 1
    assert checked > 1000


def test_a_whole_text_read_again_gives_what_a_first_reading_gives(settings_override) -> None:  # type: ignore[no-untyped-def]
    """places_in keeps the last whole texts' places (the claims reader and the places per outlet read each article):
    a text read again gives the same list as reading it afresh, a copy the caller may change, and a change of the
    settings is read anew, not taken from what was kept."""
    texts = real_texts()[:40]
    fresh = [places._places_in(t, lang, 0, None, places.gazetteer()) for t, lang in texts]
    assert [places.places_in(t, language=lang) for t, lang in texts] == fresh
    again = [places.places_in(t, language=lang) for t, lang in texts]  # from what was kept
    assert again == fresh and any(again)
    again[0].clear()
    assert places.places_in(texts[0][0], language=texts[0][1]) == fresh[0]
    text = "Tres muertos en Lorca. Lluvias en Cáceres."
    assert [m.text for m in places.places_in(text, language="es")] == ["Lorca", "Cáceres"]
    # Every one-word name is now too common a word to be a place: the kept reading must not be given.
    settings_override(places={"common_word_zipf": 0, "famous_population": 10**9})
    assert places.places_in(text, language="es") == [] == places._places_in(text, "es", 0, None, places.gazetteer())
