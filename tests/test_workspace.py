"""Saving and opening a workspace: articles, labels, lexicon and settings survive the round trip."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from analysis.cli import main
from analysis.corpus import workspace as ws
from analysis.corpus.records import CorpusError
from analysis.corpus.workspace_settings import WorkspaceError, WorkspaceSettings


@pytest.fixture
def saved(seeds) -> ws.Workspace:
    labels = {seeds.articles[0].id: ("Telesur", dt.date(2026, 1, 21)), seeds.articles[1].id: ("Telesur", None)}
    return ws.Workspace(seeds, labels, "frames:\n  - name: x\n", WorkspaceSettings(similarity_threshold=0.3))


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
            "articles[0].text: required, non-empty text, not null",
        ),
        (
            '{"format": "contraste-workspace", "version": 1, "articles": [{"id": "a", "text": "t", "date": "ayer"}]}',
            "articles[0].date: invalid date 'ayer'",
        ),
        ('{"format": "contraste-workspace", "version": 1, "labels": {"a": 3}}', "labels['a']: must be an object"),
        ('{"format": "contraste-workspace", "version": 1, "settings": []}', "settings: must be an object, not a list"),
        ('{"format": "contraste-workspace", "version": 1, "settings": {"treshold": 1}}', "unknown setting 'treshold'"),
        (
            '{"format": "contraste-workspace", "version": 1, "settings": {"similarity_threshold": "0.3"}}',
            "settings.similarity_threshold: must be a number from 0 to 1, not text",
        ),
        (
            '{"format": "contraste-workspace", "version": 1, "settings": {"figure_incidents": {"a": 1}}}',
            "settings.figure_incidents['a']: must be an incident name (text), not a number",
        ),
        ('{"format": "contraste-workspace", "version": 1, "labels": [null]}', "labels: must be an object of article id"),
        ('{"format": "contraste-workspace", "version": 1, "articles": true}', "articles: must be a list, not true/false"),
        ('{"format": "contraste-workspace", "version": 1, "problems": 3}', "problems: must be a list, not a number"),
        (
            '{"format": "contraste-workspace", "version": 1, "labels": {"a": {"source": [1]}}}',
            "labels['a'].source: must be text or null, not a list",
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
    with pytest.raises(WorkspaceError, match="mine.json") as err:
        ws.from_bytes(document.encode(), name="mine.json")
    assert message in str(err.value)


def test_load_falls_back_to_articles(tmp_path):
    (tmp_path / "a.json").write_text('{"text": "El gobierno anunció nuevas medidas hoy."}', encoding="utf-8")
    assert ws.load(tmp_path / "a.json").corpus.articles[0].id == "a"
    empty = tmp_path / "empty.json"
    empty.write_text('{"format": "contraste-workspace", "version": 1, "articles": []}', encoding="utf-8")
    with pytest.raises(CorpusError, match="holds no article"):
        ws.load(empty)


HEAD = '{"format": "contraste-workspace", "version": 1, '
ARTICLE = '{"id": "a", "text": "El gobierno anunció nuevas medidas hoy."}'


@pytest.mark.parametrize(
    "document, message",
    [
        (HEAD + '"settings": {"figure_incidents": ["a", "b"]}}', "settings.figure_incidents: must be an object"),
        (HEAD + '"settings": {"figure_incidents": "a"}}', "settings.figure_incidents: must be an object"),
        (HEAD + '"settings": {"figure_incidents": {"a": 3}}}', "settings.figure_incidents['a']: must be an incident name (text), not a number"),
        (HEAD + '"settings": {"similarity_threshold": "high"}}', "settings.similarity_threshold: must be a number from 0 to 1, not text"),
        (HEAD + '"settings": {"similarity_threshold": 7}}', "settings.similarity_threshold: must be a number from 0 to 1, not 7"),
        (HEAD + '"settings": {"lexicon_name": {}}}', "settings.lexicon_name: must be text, not an object"),
        (HEAD + '"lexicon": ["x"]}', "lexicon: must be the lexicon's YAML text or null, not a list"),
        (HEAD + f'"articles": [{ARTICLE}, {ARTICLE}]}}', "articles[1].id: duplicate id 'a' (also articles[0].id)"),
        (HEAD + '"articles": [{"id": 5, "text": "t"}]}', "articles[0].id: required, non-empty text, not a number"),
        (HEAD + '"articles": [{"id": "a", "text": "t", "source": 1}]}', "articles[0].source: must be text or null, not a number"),
        (HEAD + '"articles": [{"id": "a", "text": "t", "date": 20260101}]}', "articles[0].date: must be a date YYYY-MM-DD or null"),
        (HEAD + '"articles": [{"id": "a", "text": "t", "colour": "red"}]}', "articles[0]: unknown field(s) 'colour'"),
        (HEAD + '"articles": ["text"]}', "articles[0]: must be an object with 'id' and 'text', not text"),
        (HEAD + '"labels": {"a": {"source": "x", "when": 1}}}', "labels['a']: unknown field(s) 'when'"),
        (HEAD + '"labels": {"a": {"date": "mañana"}}}', "labels['a'].date: invalid date 'mañana'"),
        (HEAD + '"problems": [{"file": 3, "reason": "r"}]}', "problems[0].file: must be text or null, not a number"),
        (HEAD + '"problems": ["x"]}', "problems[0]: must be an object with 'file' and 'reason', not text"),
        (HEAD + '"extra": 1}', "unknown field(s) 'extra'; expected format, version"),
    ],
)  # fmt: skip
def test_every_field_is_checked_and_named_by_its_path(document, message):
    with pytest.raises(WorkspaceError) as err:
        ws.from_bytes(document.encode(), name="mine.json")
    assert str(err.value).startswith("mine.json: ") and message in str(err.value), str(err.value)


def test_workspace_articles_are_cleaned_and_limited_like_files(tmp_path):
    long = " ".join(["palabra"] * 200_001)
    articles = [
        {"id": "dirty", "text": "El\x00 gobierno\x1b[31m anunció medidas.", "source": "Diario\u202egpj"},
        {"id": "long", "text": long},
    ]
    document = {"format": "contraste-workspace", "version": 1, "articles": articles}
    workspace = ws.from_bytes(json.dumps(document).encode(), name="mine.json")
    (article,) = workspace.corpus.articles
    assert article.text == "El gobierno[31m anunció medidas." and article.source == "Diario<U+202E>gpj"
    assert [(p.file, p.reason[:18]) for p in workspace.corpus.problems] == [("mine.json articles[1]", "article too long: ")]


def test_a_json_path_past_the_size_limit_is_never_read_whole(tmp_path, monkeypatch):
    from pathlib import Path

    from analysis.config import settings

    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:  # sparse: no disk used
        handle.write(b'{"format": "contraste-workspace", "version": 1}')
        handle.truncate(settings().limits.max_file_bytes * 20)

    def refuse(self):
        raise AssertionError(f"{self} read whole")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(CorpusError, match="file too large"):
        ws.load(huge)


@pytest.mark.parametrize("overrides", [["a", "b"], "a", {"a": 3}])
def test_cli_figures_on_bad_incident_overrides_gives_a_message_not_a_traceback(tmp_path, capsys, overrides):
    document = {
        "format": "contraste-workspace",
        "version": 1,
        "articles": [{"id": "a", "text": "Al menos 12 personas murieron en el ataque, según la Cruz Roja."}],
        "settings": {"figure_incidents": overrides},
    }
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert main(["figures", str(path)]) == 2  # no exception escapes
    stderr = capsys.readouterr().err
    assert stderr.startswith("error: mine.json: settings.figure_incidents"), stderr
