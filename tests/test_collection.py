"""Collections (analysis/corpus/collection.py): the store, duplicates, filters, outlets, schema versions, crashes, locks."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.corpus.collection import BATCH, Collection, Filters
from analysis.corpus.collection_schema import CollectionError, is_collection
from analysis.corpus.content_hash import content_hash
from analysis.corpus.credit import agency_credit, byline_of
from analysis.corpus.inputs import load_inputs
from analysis.corpus.outlets import Outlet
from analysis.corpus.records import Article
from tests.conftest import ROOT, SEEDS

# Wire-style openings (datelines, bylines, sign-offs) as Spanish and English outlets print them.
WIRE_ES = (
    "BRUSELAS, 14 may (EFE).- Los ministros de Agricultura de la Unión Europea aprobaron este martes "
    "la reforma de las ayudas a los pequeños productores, tras dos días de negociaciones."
)
BYLINE_EN = (
    "By Helen Carter\nThe city council voted on Tuesday to extend the night bus network to the "
    "northern suburbs, a plan debated for three years."
)
SIGNOFF_EN = "Shares in the carmaker fell 4% after it cut its sales forecast for the year. (Reuters)"
QUOTED_ES = "El portavoz dijo, según recogió Reuters en una entrevista larga, que el plan seguirá adelante sin cambios ni retrasos."


@pytest.fixture
def seeds_collection(tmp_path: Path) -> Path:
    path = tmp_path / "news.sqlite"
    with Collection(path, create=True) as collection:
        report = collection.add(load_inputs([str(SEEDS)]).current().articles)
    assert report.added == len(list(SEEDS.glob("*.txt")))
    return path


def test_duplicates_by_text_or_url_are_reported_not_stored(tmp_path: Path, seeds_collection: Path) -> None:
    seeds = load_inputs([str(SEEDS)]).current().articles
    with Collection(seeds_collection) as collection:
        before = collection.count()
        respaced = replace(seeds[0], id="copy", text=seeds[0].text.replace(" ", "  "))
        same_url = [
            Article("u1", WIRE_ES, url="https://example.org/a"),
            Article("u2", SIGNOFF_EN, url="https://example.org/a"),
        ]
        report = collection.add([respaced, *same_url])
        assert report.added == 1 and collection.count() == before + 1
        reasons = [p.reason for p in report.duplicates]
        assert "the same text" in reasons[0] and seeds[0].id in reasons[0]
        assert "the same URL" in reasons[1] and report.duplicates[1].file == "https://example.org/a"


def test_an_id_already_used_by_another_text_is_renamed_and_reported(tmp_path: Path) -> None:
    with Collection(tmp_path / "c.db", create=True) as collection:
        report = collection.add([Article("a.txt", WIRE_ES), Article("a.txt", BYLINE_EN)])
        assert report.added == 2 and [p.reason for p in report.renamed] == [
            "id already used by another article; stored as 'a.txt~2'"
        ]
        ids = {a.id for a in collection.select().articles}
        assert ids == {"a.txt", "a.txt~2"}


def test_byline_and_agency_credit_are_kept() -> None:
    assert agency_credit(WIRE_ES) == "EFE" and byline_of(WIRE_ES) is None
    assert byline_of(BYLINE_EN) == "Helen Carter" and agency_credit(BYLINE_EN) is None
    assert agency_credit(SIGNOFF_EN) == "Reuters"
    # An agency quoted mid-story is a source, not the credit; "AP" inside a word is no agency.
    assert agency_credit(QUOTED_ES) is None
    assert agency_credit("El CAPITAL del banco creció un tres por ciento en el último año fiscal.") is None


def test_byline_and_agency_are_stored(tmp_path: Path) -> None:
    with Collection(tmp_path / "c.db", create=True) as collection:
        collection.add([Article("wire", WIRE_ES), Article("byline", BYLINE_EN)])
        rows = dict(collection.db.execute("SELECT id, coalesce(agency, byline) FROM articles"))
    assert rows == {"wire": "EFE", "byline": "Helen Carter"}


def test_filters_date_source_alias_and_full_text(tmp_path: Path) -> None:
    articles = [
        Article("a", WIRE_ES, source="elpais.com", date=dt.date(2025, 5, 14), language="es"),
        Article("b", QUOTED_ES, source="El País", date=dt.date(2025, 6, 2), language="es"),
        Article("c", BYLINE_EN, source="The Harbour Post", date=dt.date(2025, 6, 3), language="en"),
    ]
    with Collection(tmp_path / "c", create=True) as collection:
        collection.add(articles)
        collection.put_outlets([Outlet("El País", ("elpais.com", "EL PAÍS"), "ES", "es", "private")])
        ids = lambda f: [a.id for a in collection.select(f).articles]  # noqa: E731
        assert ids(Filters(since=dt.date(2025, 6, 1))) == ["b", "c"]
        assert ids(Filters(until=dt.date(2025, 6, 2))) == ["a", "b"]
        # One outlet under two labels: the name or any alias selects both, and both carry the outlet's name.
        assert ids(Filters(sources=("elpais.com",))) == ["a", "b"]
        assert {a.source for a in collection.select(Filters(sources=("EL PAIS",))).articles} == {"El País"}
        assert ids(Filters(query="ministros agricultura")) == ["a"]  # accents and case folded
        assert ids(Filters(query="night bus")) == ["c"]
        assert ids(Filters(language="en")) == ["c"]
        with pytest.raises(CollectionError, match="no stored article matches"):
            collection.select(Filters(query="volcán"))
        with pytest.raises(CollectionError, match="not a valid full-text query"):
            collection.select(Filters(query='"unclosed'))
    assert is_collection(tmp_path / "c") and (tmp_path / "c" / "collection.sqlite").is_file()


def test_a_filtered_corpus_respects_max_corpus_articles(seeds_collection: Path, settings_override) -> None:
    settings_override(limits={"max_corpus_articles": 3})
    with Collection(seeds_collection) as collection:
        corpus = collection.select()
    assert len(corpus.articles) == 3
    assert "matches 5 articles; only the first 3" in corpus.problems[0].reason
    assert "max_corpus_articles" in corpus.problems[0].reason


def test_a_second_writer_waits_then_stops_with_a_message(seeds_collection: Path, settings_override) -> None:
    settings_override(limits={"collection_lock_seconds": 0.2})
    holder = sqlite3.connect(seeds_collection, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another ingest in the middle of its transaction
    try:
        with (
            Collection(seeds_collection) as collection,
            pytest.raises(CollectionError, match="another process is writing to this collection"),
        ):
            collection.add([Article("new", WIRE_ES)])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Collection(seeds_collection) as collection:
        assert collection.add([Article("new", WIRE_ES)]).added == 1  # once it finished, the write goes through


INGEST = """
import sys
from analysis.corpus.collection import Collection
from analysis.corpus.inputs import load_inputs
seeds = load_inputs([sys.argv[2]]).current().articles
def articles():
    for i in range(1_000_000):
        a = seeds[i % len(seeds)]
        yield type(a)(f"{a.id}-{i}", f"{a.text} ({i})", a.source, a.date, a.language)
def progress(done, total, what):
    print(done, flush=True)
with Collection(sys.argv[1], create=True) as c:
    c.add(articles(), progress=progress)
"""


def test_killing_an_ingest_leaves_whole_articles_only(tmp_path: Path) -> None:
    path = tmp_path / "killed.sqlite"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-c", INGEST, str(path), str(SEEDS)], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    try:
        assert process.stdout is not None
        committed = int(process.stdout.readline())  # one batch committed, the next one under way
        time.sleep(0.3)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL
    with Collection(path) as collection:
        assert collection.integrity() == "ok"
        stored = collection.count()
        assert stored >= committed and stored % BATCH == 0  # whole batches: no half-written transaction
        for text, digest in collection.db.execute("SELECT text, content_hash FROM articles"):
            assert content_hash(text) == digest and text.endswith(")")  # whole articles
        assert collection.add([Article("after", WIRE_ES)]).added == 1  # and it still takes writes


def test_cli_collect_add_outlets_and_filtered_commands(tmp_path: Path, capsys) -> None:
    path = str(tmp_path / "news")
    assert main(["collect", "add", path, str(SEEDS), str(tmp_path / "nope.txt"), "--format", "json"]) == 0
    added = json.loads(capsys.readouterr().out)
    assert added["added"] == 5 and added["articles"] == 5
    assert added["problems"][0]["file"].endswith("nope.txt")
    assert main(["collect", "add", path, str(SEEDS), "--format", "json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["added"] == 0 and len(again["duplicates"]) == 5
    outlets = tmp_path / "outlets.csv"
    outlets.write_text("name,aliases,country,ownership\nEl País,elpais.com; EL PAÍS,ES,private\nX,,ES,secret\n")
    assert main(["collect", "outlets", path, "--import", str(outlets), "--export", str(tmp_path / "out.csv")]) == 0
    captured = capsys.readouterr()
    assert "row 3" in captured.err and "'secret' is not one of" in captured.err
    exported = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert exported.splitlines()[1] == "El País,elpais.com,ES,,private,"  # "EL PAÍS" is the name's own key
    assert main(["corpus", path, "--since", "2026-01-21", "--query", "Venezuela", "--format", "json"]) == 0
    dates = [a["date"] for a in json.loads(capsys.readouterr().out)["articles"]]
    assert dates and all(d >= "2026-01-21" for d in dates) and len(dates) < 5
    assert main(["corpus", str(SEEDS), "--since", "2026-01-21"]) == 2
    assert "no input is one" in capsys.readouterr().err
    assert main(["collect", "info", path, "--format", "json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["integrity"] == "ok" and info["schema_version"] == 1 and info["outlets"] == 1


def test_bench_builds_a_collection_and_adds_only_the_new_thousand(tmp_path: Path) -> None:
    from analysis.bench.collection import MORE, run

    report = run(40, tmp_path, distinct=10)
    assert report["stored"] == 40 and report["more_added"] == MORE and report["more_again_duplicates"] == MORE
    assert report["integrity"] == "ok" and report["store_mb"] > 0
    for name in ("date", "source", "query"):
        assert 0 < report[f"filter_{name}_loaded"] == report[f"filter_{name}_matches"]  # type: ignore[operator]


def test_the_dashboard_opens_a_collection(seeds_collection: Path, monkeypatch) -> None:
    """``make run CORPUS=news.sqlite``: the app starts on the collection's articles."""
    from dashboard import state
    from tests.conftest import open_page

    monkeypatch.setattr(state, "DEFAULT_CORPUS", seeds_collection)
    at = open_page(timeout=120)
    corpus = at.session_state.corpus
    assert len(corpus.articles) == 5 and not corpus.problems
    with Collection(seeds_collection) as collection:
        collection.add([Article("wire", WIRE_ES, source="EFE", date=dt.date(2025, 5, 14), language="es")])
    assert len(state.load_default().articles) == 6  # a later ingest is seen, not a stale cache
