"""The shortcuts that make "who speaks" cheap give what the long way gives, on real text.

Each shortcut of analysis/sources skips work that cannot find anything (a role cue looked for with
one pattern before seven, ...). Here each is compared with the long way written out plainly, on the
descriptions and sentences of every real excerpt of tests/data (both languages, and each text read
with the other language's lexicon too) and on the seeds.
"""

from __future__ import annotations

import json
import random
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from analysis.corpus.loading import load_path
from analysis.corpus.places import may_open_a_place, places_in
from analysis.safe_yaml import load_yaml
from analysis.sources.lexicon import _LATIN, SourceLexicon, fold, fold_text, lexicon, parse
from analysis.sources.names import name_runs
from analysis.sources.persons import _is_place, _role
from analysis.sources.quote_marks import OPEN_TRAIL, RE_OPEN_LINE, RE_QUOTE, _left_open, _quote_spans, _unopened
from analysis.sources.run_index import RE_NAME_TAIL, _tail_start
from analysis.text import fold as text_fold

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SEEDS = ROOT / "seeds"


def _texts() -> list[str]:
    texts = [a.text for a in load_path(SEEDS).articles]
    for path in sorted(DATA.glob("*.json")):
        texts += [e["text"] for e in json.loads(path.read_text(encoding="utf-8")).get("excerpts", [])]
    return texts


TEXTS = _texts()
ASCII = string.printable


def _descriptions(language: str) -> list[str]:
    """What roles are read from: every name run's description and words, and every sentence of every text."""
    found = []
    for text in TEXTS:
        for run in name_runs(text, language):
            found += [run.description, run.name]
        found += [s for s in text.split(".") if s.strip()]
    return found


def _role_the_long_way(lex: SourceLexicon, description: str) -> str:
    folded = fold(description)
    best, best_end, best_start = "unknown", -1, -1
    weak, weak_end = "unknown", -1  # honorifics ("dr"): a role only when no other cue is written
    for role, cue in lex.roles:
        for match in cue.finditer(folded):
            if folded.startswith(lex.cue_in_phrases, match.start()):
                continue  # a cue opening another noun is none ("medio ambiente": lexicon cue_in_phrases, roles21)
            if match.group() in lex.weak_cues:
                if match.end() > weak_end:
                    weak, weak_end = role, match.end()
            elif match.end() > best_end or (match.end() == best_end and match.start() < best_start):
                best, best_end, best_start = role, match.end(), match.start()  # at one end the longer cue wins
    return best if best != "unknown" else weak


@pytest.mark.parametrize("language", ["es", "en"])
def test_role_of_gives_what_every_role_pattern_gives(language):
    lex = lexicon(language)
    descriptions = _descriptions(language)
    roles = {d: _role_the_long_way(lex, d) for d in descriptions}
    assert sum(r != "unknown" for r in roles.values()) > 100  # the texts do name officials, experts, witnesses
    assert sum(r == "unknown" for r in roles.values()) > 100  # and words that are no role: the shortcut's case
    assert {d: lex.role_of(d) for d in descriptions} == roles


@pytest.mark.parametrize("language", ["es", "en"])
def test_every_role_cue_is_found_by_the_union_of_cues(language):
    lex = lexicon(language)
    data = load_yaml((ROOT / "analysis" / "lexicons" / f"sources_{language}.yaml").read_text(encoding="utf-8"))
    cues = [(role, fold(word)) for role, words in data["roles"].items() for word in words]
    assert len(cues) > 50
    patterns = dict(lex.roles)
    for role, word in cues:
        for written in (word, f"el {word} dijo", f"ex-{word}"):
            assert (lex.any_role.search(written) is None) <= (patterns[role].search(written) is None), (role, written)


def test_a_role_without_words_turns_the_shortcut_off():
    """An empty role list matches the empty string between words; the shortcut must not hide that."""
    text = (
        "language: es\nverbs: [dijo]\naccording_to: [según]\nthat: [que]\npronouns: [él]\ndeterminers: [el]\n"
        "subject_ends: [en]\nadverbs: [ayer]\nname_connectors: [de]\nnot_names: [lunes]\nperson_titles: [ministro]\n"
        "clitics: [le]\nclause_openers: [cuando]\nroles:\n  government: [ministro]\n  expert: []\n"
    )
    lex = parse(text, origin="test")
    assert _role_the_long_way(lex, "el vecino, de Lima") == "expert"  # matched between the comma and the space
    assert lex.role_of("el vecino, de Lima") == "expert"
    assert lex.role_of("el ministro") == _role_the_long_way(lex, "el ministro")


def test_the_tail_after_a_name_is_where_its_pattern_starts():
    """``run_index._tail_start`` reads back from the end what ``RE_NAME_TAIL`` finds: on every ending of the real
    texts and on random strings of the characters the pattern reads (white space, brackets, commas)."""
    rng = random.Random(23)
    samples = [text[:end] for text in TEXTS[:60] for end in range(0, len(text), 7)]
    samples += ["".join(rng.choice(" \t\n(),aZ.") for _ in range(rng.randrange(0, 90))) for _ in range(20000)]
    samples += ["Ana (" + "x" * n + ")" + tail for n in range(0, 45) for tail in ("", ",", " , ", ")", "\n")]
    for pre in samples:
        for window in {max(0, len(pre) - 60), 0, len(pre) // 2, len(pre)}:
            assert _tail_start(pre, window) == RE_NAME_TAIL.search(pre, window).start(), (pre, window)


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_place_is_read_only_where_its_first_word_opens_a_gazetteer_name(language):
    """``corpus.places.may_open_a_place``, the gate of ``persons._is_place``: wherever ``places_in`` reads a place
    in a real text, the gate says a place may open there; and on every name of those texts the gated
    ``_is_place`` answers what reading the name answers."""
    mentions = 0
    for text in TEXTS:
        for mention in places_in(text, language=language):
            mentions += 1
            assert may_open_a_place(text[mention.start :]), (text[mention.start : mention.end], language)
    assert mentions > 500  # the texts name many places
    names = {run.name for text in TEXTS for run in name_runs(text, language)}
    names |= {"Estados Unidos", "Nueva York", "San José", "EE.UU.", "U.S.", "Libya's", "  Cuba", "condado de Buncombe"}
    read = {
        name: any(m.start == 0 and m.end == len(name) for m in places_in(name, language=language)) for name in names
    }
    assert sum(read.values()) > 20 and sum(not r for r in read.values()) > 200  # places and persons both read
    assert {name: _is_place.__wrapped__(name, language) for name in names} == read
    assert sum(may_open_a_place(name) for name in names) < len(names) / 2  # the gate spares most names


def test_roles_read_from_descriptions_made_in_turn_are_the_roles_of_the_whole_list():
    """``persons._role`` stops at the first description with a role: made lazily, the rest are never made; on
    every run description of the real texts, read in groups as a speaker's, the answer is the list's."""
    lex = lexicon("es")
    descriptions = _descriptions("es")
    groups = [descriptions[at : at + size] for size in (1, 2, 5) for at in range(0, len(descriptions), size)]
    for group in groups:
        assert _role(lex, iter(group)) == _role(lex, list(group))
    made = []

    def described() -> Iterator[str]:
        for text in ("Ana Cortes", "el ministro de Economía", "el alcalde"):
            made.append(text)
            yield text

    assert _role(lexicon("es"), described()) == "government" and made == ["Ana Cortes", "el ministro de Economía"]
    assert _role(lex, iter(["Ana Cortes", "de 35 años Ana Cortes"])) == "witness"  # no role: every one read for an age


def _quote_spans_the_long_way(text: str) -> list[tuple[int, int, int, int]]:
    spans = [(m.start(), m.start(m.lastindex or 1), m.end(m.lastindex or 1), m.end()) for m in RE_QUOTE.finditer(text)]
    starts = {s for s, _, _, _ in spans}
    for match in RE_OPEN_LINE.finditer("\n" + text):
        mark = match.start(1) - 1
        if mark in starts:
            continue
        line_end = text.find("\n", mark + 1)
        line_end = len(text) if line_end < 0 else line_end
        end = line_end
        while end > mark + 1 and text[end - 1] in OPEN_TRAIL:
            end -= 1
        width = 2 if text.startswith(("``", "‘‘"), mark) else 1  # ``…'' (q12en), ‘‘…’’ (session 21, read16)
        if end > mark + width:
            spans.append((mark, mark + width, end, line_end))
    spans += _left_open(text, [s for s in spans if s[0] in starts], starts)  # opened inside a line (q12en)
    spans.sort(key=lambda s: (s[0], -s[3]))
    kept: list[tuple[int, int, int, int]] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][3]:
            kept.append(span)
    return _unopened(text, kept)  # always: the reader asks only when a closing mark ends no span


def test_quotation_spans_without_a_paragraph_quotation_are_not_sorted_again():
    rng = random.Random(23)
    samples = TEXTS + [
        "".join(rng.choice("ab «»“”\"‘’'`\n:.") for _ in range(rng.randrange(0, 80))) for _ in range(20000)
    ]
    opened = 0
    for text in samples:
        spans = _quote_spans(text)
        assert spans == _quote_spans_the_long_way(text), text
        opened += RE_OPEN_LINE.search("\n" + text) is not None
    assert opened > 1000  # both ways taken


def _fold_the_former_way(text: str) -> str:
    lowered = text.lower()
    if not lowered or max(lowered) < "\u0250":
        return lowered.translate(_LATIN)
    return text_fold(text)


def test_fold_by_bytes_is_the_former_fold():
    """``lexicon.fold`` and ``fold_text`` (ASCII returned lower-cased, Latin-1 translated as bytes) against the
    former ``fold`` (the Latin table as a dict, else ``analysis.text.fold``): every real text whole, its words, and
    random strings of every character below U+0300, the four Latin-1 letters that fold to something else ("µ",
    "¼"), combining marks, curly quotes, dashes and letters that change length in lower case ("İ")."""
    rng = random.Random(23)
    alphabet = [chr(c) for c in range(0x300)] + list("İıſﬁ“”—’…\u0301\u0303\u0308")
    samples = ["".join(map(chr, range(256))), *("".join(rng.choice(ASCII) for _ in range(30)) for _ in range(2000))]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30))) for _ in range(30000)]
    samples += TEXTS + [word for text in TEXTS for word in text.split()]
    kinds = {"ascii": 0, "latin-1": 0, "other": 0}
    for sample in samples:
        expected = _fold_the_former_way(sample)
        assert fold.__wrapped__(sample) == expected and fold_text(sample) == expected, sample
        lowered = sample.lower()
        kinds["ascii" if lowered.isascii() else "latin-1" if max(lowered) < "\u0100" else "other"] += 1
    assert min(kinds.values()) > 1000, kinds  # every way taken


def test_the_last_word_before_a_verb_is_the_last_of_the_split():
    rng = random.Random(23)
    samples = ["".join(rng.choice("ab \t\n\u00a0\u2003") for _ in range(rng.randrange(0, 20))) for _ in range(20000)]
    samples += [text[:end] for text in TEXTS[:40] for end in range(0, len(text), 11)]
    assert all(s.rsplit(None, 1)[-1:] == s.split()[-1:] for s in samples)
