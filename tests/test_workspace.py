"""Saving and opening a workspace: articles, labels, lexicon and settings survive the round trip."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from analysis.cli import main
from analysis.corpus import workspace as ws
from analysis.corpus.records import CorpusError


@pytest.fixture
def saved(seeds) -> ws.Workspace:
    labels = {seeds.articles[0].id: ("Telesur", dt.date(2026, 1, 21)), seeds.articles[1].id: ("Telesur", None)}
    return ws.Workspace(seeds, labels, "frames:\n  - name: x\n", ws.WorkspaceSettings(similarity_threshold=0.3))


def test_round_trip(saved):
    back = ws.from_bytes(ws.to_bytes(saved))
    assert back.corpus.articles == saved.corpus.articles
    assert back.labels == saved.labels
    assert (back.lexicon, back.settings) == (saved.lexicon, saved.settings)
    assert [a.source for a in back.current().articles][:2] == ["Telesur", "Telesur"]


def test_cli_accepts_a_workspace(saved, tmp_path, capsys):
    path = tmp_path / "mine.json"
    path.write_bytes(ws.to_bytes(saved))
    assert main(["corpus", str(path), "--format", "json"]) == 0
    articles = json.loads(capsys.readouterr().out)["articles"]
    assert [(a["source"], a["date"]) for a in articles[:2]] == [("Telesur", "2026-01-21"), ("Telesur", None)]


@pytest.mark.parametrize(
    "document, message",
    [
        ("{", "invalid JSON"),
        ('{"format": "other"}', "not a workspace file"),
        ('{"format": "contraste-workspace", "version": 99}', "version 99 is not supported"),
        (
            '{"format": "contraste-workspace", "version": 1, "articles": [{"id": "a"}]}',
            "article 1: needs an 'id' and a 'text'",
        ),
        (
            '{"format": "contraste-workspace", "version": 1, "articles": [{"id": "a", "text": "t", "date": "ayer"}]}',
            "article 1: invalid date 'ayer'",
        ),
        ('{"format": "contraste-workspace", "version": 1, "labels": {"a": 3}}', "label of 'a'"),
        ('{"format": "contraste-workspace", "version": 1, "settings": []}', "'settings' must be an object"),
        ('{"format": "contraste-workspace", "version": 1, "settings": {"treshold": 1}}', "unknown setting 'treshold'"),
        (
            '{"format": "contraste-workspace", "version": 1, "settings": {"similarity_threshold": "0.3"}}',
            "'similarity_threshold' must be a number, not str",
        ),
        (
            '{"format": "contraste-workspace", "version": 1, "settings": {"figure_incidents": {"a": 1}}}',
            "'figure_incidents' must be an object of id -> incident name",
        ),
        ('{"format": "contraste-workspace", "version": 1, "labels": [null]}', "'labels' must be an object"),
        ('{"format": "contraste-workspace", "version": 1, "articles": true}', "'articles' must be a list"),
        ('{"format": "contraste-workspace", "version": 1, "problems": 3}', "'problems' must be a list"),
        (
            '{"format": "contraste-workspace", "version": 1, "labels": {"a": {"source": [1]}}}',
            "'source' must be text or null",
        ),
        ("[" * 100_000, "JSON nested too deeply"),
    ],
    ids=[
        "bad-json",
        "other-format",
        "version",
        "no-text",
        "bad-date",
        "bad-label",
        "bad-settings",
        "unknown-setting",
        "threshold-text",
        "incidents-number",
        "labels-list",
        "articles-bool",
        "problems-number",
        "label-source-list",
        "nested-too-deep",
    ],  # fmt: skip
)
def test_bad_workspace_files_are_named(document, message):
    with pytest.raises(ws.WorkspaceError, match="mine.json") as err:
        ws.from_bytes(document.encode(), name="mine.json")
    assert message in str(err.value)


def test_load_falls_back_to_articles(tmp_path):
    (tmp_path / "a.json").write_text('{"text": "El gobierno anunció nuevas medidas hoy."}', encoding="utf-8")
    assert ws.load(tmp_path / "a.json").corpus.articles[0].id == "a"
    empty = tmp_path / "empty.json"
    empty.write_text('{"format": "contraste-workspace", "version": 1, "articles": []}', encoding="utf-8")
    with pytest.raises(CorpusError, match="holds no article"):
        ws.load(empty)
