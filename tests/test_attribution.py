"""The attribution paths' debug hook (analysis/sources/attribution.py) changes nothing the extractor returns, and
labels every direct statement with the reading that gave its speaker (issue #23, session 20)."""

from __future__ import annotations

import pytest

from analysis.corpus.records import Article
from analysis.sources.attribution import Path, traced, tracing
from analysis.sources.quotes import extract
from analysis.text import build
from tests.quotes_eval import SETS, load


@pytest.mark.parametrize("name", list(SETS))
def test_traced_output_is_the_same(name: str) -> None:
    """Every set's statements, speakers, roles and spans are the same read inside and outside ``traced`` (no miss
    is read: blind sets are compared whole), and every direct one has a frame and a resolution."""
    articles, _ = load(SETS[name])
    plain = extract(build(articles))
    with traced() as paths:
        seen = extract(build(articles))
    assert seen == plain
    direct = [(q.article, q.start, q.end, True) for q in plain if q.direct]
    assert direct
    assert all(paths[key].frame and paths[key].resolution and paths[key].subject for key in direct)


PATHS = [
    ("after, a name", "es", "«No daré más detalles», afirmó Dmitri Peskov.", Path("after", "name", "name")),
    ("before, a colon", "en", "Jerome Powell said: “Rates will stay.”", Path("before", "name", "name")),
    ("after, implied: the last speaker", "es",
     "Ana Ruiz, ministra de Salud, habló ayer. «Es un día triste», dijo Ruiz. «No habrá más cortes», añadió.",
     Path("after", "implied", "implied: last speaker")),
    ("a pronoun: the last person", "en",
     "“We are ready,” said Tom Hill, the mayor. “It will pass,” he said.", Path("after", "pronoun", "pronoun: last person")),
    ("a continuation", "es",
     "«Es un día triste», dijo Ana Ruiz. «No habrá más cortes en la ciudad esta semana».",
     Path("continuation", "implied", "implied: last speaker")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), [row[1:] for row in PATHS], ids=[row[0] for row in PATHS])
def test_path_of_last_direct_statement(language: str, text: str, expected: Path) -> None:
    with traced() as paths:
        quotes = extract(build([Article("a", text, language=language)]))
    last = [q for q in quotes if q.direct][-1]
    assert paths[("a", last.start, last.end, True)] == expected


def test_nothing_is_noted_outside_traced() -> None:
    assert not tracing()
    with traced() as paths:
        assert tracing()
    assert not tracing() and paths == {}


def test_paths_script_reads_no_blind_set() -> None:
    """tests/attribution_paths.py prints statements of spent sets only (a set of BLIND_NOW is counted, never shown)."""
    from tests.attribution_paths import ALSO_BLIND, main, spent
    from tests.quotes_eval import BLIND_NOW

    assert spent() and not {SETS[name] for name in spent()} & set(BLIND_NOW + ALSO_BLIND)
    for name in [name for name, path in SETS.items() if path in BLIND_NOW] or ["heldout21"]:
        with pytest.raises(SystemExit):  # --show of a blind set is refused; a spent set is no --blind choice
            main(["--blind", name, "--show", "name"])
