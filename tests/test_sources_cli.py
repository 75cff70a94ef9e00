"""`python -m analysis sources`: quotes, per-outlet summaries, quotes shared by outlets, role corrections saved."""

from __future__ import annotations

import contextlib
import dataclasses
import io
import json
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.corpus import workspace as ws
from analysis.corpus.records import Article
from analysis.corpus.workspace_settings import WorkspaceError
from analysis.report.shared_quotes import shared_quotes
from analysis.sources.quotes import extract
from analysis.sources.roles import check_corrections
from analysis.text import build
from tests.conftest import SEEDS
from tests.test_cli import Result


def run(*args: str) -> Result:
    """The CLI in this process: exit code, standard output, standard error."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return Result(code, out.getvalue(), err.getvalue())


@pytest.fixture(scope="module")
def seeds_json() -> dict:
    result = run("sources", str(SEEDS), "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_json_keys_and_offsets(seeds_json):
    assert set(seeds_json) == {"quotes", "sources", "shared_quotes", "places"}
    for quote in seeds_json["quotes"]:
        assert {"article", "speaker", "role", "text", "start", "end", "direct"} <= set(quote)
        assert quote["end"] - quote["start"] == len(quote["text"])
    summary = seeds_json["sources"][0]
    assert {"source", "statements", "direct", "speakers", "role_shares"} <= set(summary)
    assert abs(sum(summary["role_shares"].values()) - 1) < 1e-6


def test_the_quote_in_001_is_linked_to_the_same_words_in_000(seeds_json):
    linked = [s for s in seeds_json["shared_quotes"] if "absoluto rechazo al uso de la fuerza unilateral" in s["text"]]
    assert linked, seeds_json["shared_quotes"]
    echoes = {e["article"][:3]: e for e in linked[0]["echoes"]}
    assert echoes["001"]["quoted"] and not echoes["000"]["quoted"]
    assert echoes["000"]["in_passage"]  # the similarity analysis's shared passage holds it


def test_quote_offsets_point_at_the_quoted_words():
    text = build([Article("a", "Dijo algo. «Nada cambiará», afirmó Ana Ruiz.", language="es")])
    (quote,) = extract(text)
    assert text.docs[0].article.text[quote.start : quote.end] == quote.text == "Nada cambiará"


def test_unshared_quotes_are_not_linked():
    text = build(
        [
            Article("a", "«Nada cambiará en este país mañana», afirmó Ana Ruiz.", language="es"),
            Article("b", "«Todo seguirá igual durante el invierno», afirmó Ana Ruiz.", language="es"),
        ]
    )
    assert shared_quotes(text, extract(text)) == []


def test_table_format(tmp_path: Path):
    """The table holds what the JSON holds: statements, then who each outlet quotes, the roles' shares per outlet
    and the quotations several articles carry (000 and 001's "absoluto rechazo al uso de la fuerza unilateral")."""
    result = run("sources", str(SEEDS))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Quotes" and "speaker" in lines[1] and "Peskov" in result.stdout
    titles = ["Who each outlet quotes", "Roles per outlet", "Quotations carried by several articles"]
    assert all(title in lines for title in titles)
    who = lines[lines.index(titles[0]) + 1 : lines.index(titles[1])]
    assert any("Serguéi Lavrov" in line and "government" in line for line in who)
    shared = lines[lines.index(titles[2]) + 1 :]
    assert any("absoluto rechazo al uso de la fuerza unilateral" in line for line in shared)


def test_role_corrections_are_saved_in_the_workspace_and_applied(seeds, tmp_path: Path):
    saved = ws.Workspace(seeds, speaker_roles={"Dmitri Peskov": "media"})
    path = tmp_path / "w.json"
    path.write_bytes(ws.to_bytes(saved))
    assert ws.from_bytes(path.read_bytes()).speaker_roles == {"Dmitri Peskov": "media"}
    result = run("sources", str(path), "--format", "json", "--no-passages")
    assert result.returncode == 0, result.stderr
    roles = {q["role"] for q in json.loads(result.stdout)["quotes"] if q["speaker"] == "Dmitri Peskov"}
    assert roles == {"media"}


def test_workspaces_saved_before_speaker_roles_still_open(seeds):
    document = json.loads(ws.to_bytes(ws.Workspace(seeds)))
    del document["speaker_roles"]
    assert ws.from_bytes(json.dumps(document).encode()).speaker_roles == {}
    document["speaker_roles"] = ["x"]
    with pytest.raises(WorkspaceError, match="speaker_roles"):
        ws.from_bytes(json.dumps(document).encode())


def test_an_unknown_role_is_refused_naming_the_speaker(seeds, tmp_path: Path):
    with pytest.raises(ValueError, match="Peskov"):
        check_corrections({"Peskov": "astronaut"})
    path = tmp_path / "w.json"
    path.write_bytes(ws.to_bytes(dataclasses.replace(ws.Workspace(seeds), speaker_roles={"Peskov": "astronaut"})))
    result = run("sources", str(path), "--format", "json", "--no-passages")
    assert result.returncode == 2 and "Peskov" in result.stderr


def test_places_named_per_outlet_come_from_the_gazetteer(seeds_json):
    rows = seeds_json["places"]
    assert rows and all(set(r) == {"source", "place", "kind", "country", "mentions", "articles", "share"} for r in rows)
    assert all(r["articles"] <= r["mentions"] and 0 < r["share"] <= 1 for r in rows)
    named = {(r["place"], r["country"]) for r in rows}
    assert ("Venezuela", "VE") in named  # the seeds are about Caracas and Moscow
    for outlet in {r["source"] for r in rows}:
        own = [r for r in rows if r["source"] == outlet]
        assert own == sorted(own, key=lambda r: (-r["articles"], -r["mentions"], r["place"]))
