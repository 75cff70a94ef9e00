"""The shortcuts that make "who speaks" cheap give what the long way gives, on real text.

Each shortcut of analysis/sources skips work that cannot find anything (a role cue looked for with
one pattern before seven, ...). Here each is compared with the long way written out plainly, on the
descriptions and sentences of every real excerpt of tests/data (both languages, and each text read
with the other language's lexicon too) and on the seeds.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from analysis.config import load_yaml
from analysis.corpus.loading import load_path
from analysis.sources.lexicon import SourceLexicon, fold, lexicon, parse
from analysis.sources.names import name_runs
from analysis.sources.subjects import RE_NAME_TAIL, _tail_start

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SEEDS = ROOT / "seeds"


def _texts() -> list[str]:
    texts = [a.text for a in load_path(SEEDS).articles]
    for path in sorted(DATA.glob("*.json")):
        texts += [e["text"] for e in json.loads(path.read_text(encoding="utf-8")).get("excerpts", [])]
    return texts


TEXTS = _texts()


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
    best, best_end = "unknown", -1
    for role, cue in lex.roles:
        for match in cue.finditer(folded):
            if match.end() > best_end:
                best, best_end = role, match.end()
    return best


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
    """``subjects._tail_start`` reads back from the end what ``RE_NAME_TAIL`` finds: on every ending of the real
    texts and on random strings of the characters the pattern reads (white space, brackets, commas)."""
    rng = random.Random(23)
    samples = [text[:end] for text in TEXTS[:60] for end in range(0, len(text), 7)]
    samples += ["".join(rng.choice(" \t\n(),aZ.") for _ in range(rng.randrange(0, 90))) for _ in range(20000)]
    samples += ["Ana (" + "x" * n + ")" + tail for n in range(0, 45) for tail in ("", ",", " , ", ")", "\n")]
    for pre in samples:
        for window in {max(0, len(pre) - 60), 0, len(pre) // 2, len(pre)}:
            assert _tail_start(pre, window) == RE_NAME_TAIL.search(pre, window).start(), (pre, window)
