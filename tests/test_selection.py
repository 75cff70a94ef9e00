"""Selections of a collection (analysis/corpus/selection.py): filters as JSON, counts, outlet fields, grouping,
workspaces that refer to a collection, and the dashboard's Corpus-page filters."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from analysis.corpus import workspace as workspaces
from analysis.corpus.collection import Collection, Filters
from analysis.corpus.collection_schema import CollectionError
from analysis.corpus.outlets import Outlet
from analysis.corpus.selection import Selection, facets, filters_from_json, filters_to_json, opening
from analysis.corpus.workspace_settings import WorkspaceError
from tests.conftest import seeds_collection

# Seeds: 000 (2026-01-20), 001 (no date), 002 EFE (2026-01-26), 003 (no date), 004 (2025-11-04).
OUTLETS = [
    Outlet("Diario Uno", ("Outlet unknown (000)", "Outlet unknown (001)"), country="ES", ownership="private"),
    Outlet("Agencia EFE", ("Agencia EFE (credited)",), country="ES", ownership="public"),
    Outlet("Radio Estatal", ("Outlet unknown (003)",), country="VE", ownership="state"),
]


@pytest.fixture
def collection(tmp_path: Path) -> Path:
    return seeds_collection(tmp_path / "news.sqlite", OUTLETS)


def test_filters_round_trip_through_json_and_bad_keys_are_named() -> None:
    filters = Filters(
        since=dt.date(2025, 11, 1), sources=("Agencia EFE",), query="Kremlin", outlet_fields=(("country", ("ES",)),)
    )
    assert filters_from_json(json.loads(json.dumps(filters_to_json(filters)))) == filters
    assert filters_to_json(Filters()) == {}
    with pytest.raises(ValueError, match=r"filters: unknown key 'sorce'"):
        filters_from_json({"sorce": ["x"]})
    with pytest.raises(ValueError, match=r"outlet_fields: unknown outlet field 'owner'"):
        filters_from_json({"outlet_fields": {"owner": ["state"]}})
    with pytest.raises(ValueError, match=r"filters.sources: must be a list of text"):
        filters_from_json({"sources": "El País"})


def test_outlet_fields_filter_through_aliases(collection: Path) -> None:
    with Collection(collection) as stored:
        state = stored.select(Filters(outlet_fields=(("ownership", ("state",)),)))
        spanish = stored.select(Filters(outlet_fields=(("country", ("ES",)),)))
        both = stored.count(Filters(outlet_fields=(("country", ("ES",)), ("ownership", ("public",)))))
        with pytest.raises(CollectionError, match="no outlet field 'owner'"):
            stored.count(Filters(outlet_fields=(("owner", ("state",)),)))
    assert [a.id for a in state.articles] == ["003_e2757298b54b9d5b"]
    assert {a.source for a in state.articles} == {"Radio Estatal"}
    # 004 has no outlet record: no country, so a country filter leaves it out.
    assert sorted(a.id for a in spanish.articles) == [
        "000_bbe06687ad217e2c",
        "001_5cc538b1288261d0",
        "002_617b4fc88994eff6",
    ]
    assert both == 1  # EFE only


def test_facets_count_matches_and_outlets_beside_the_outlet_filter(collection: Path) -> None:
    everything = facets(collection)
    assert (everything.total, everything.matched) == (5, 5)
    assert (everything.first, everything.last) == (dt.date(2025, 11, 4), dt.date(2026, 1, 26))
    assert dict(everything.outlets) == {
        "Diario Uno": 2, "Agencia EFE": 1, "Radio Estatal": 1, "Outlet unknown (004)": 1,
    }  # fmt: skip
    assert everything.values["ownership"] == ("private", "public", "state") and everything.values["lean"] == ()
    chosen = facets(collection, Filters(since=dt.date(2026, 1, 1), sources=("Agencia EFE",)))
    assert chosen.matched == 1
    # Outlet counts ignore the outlet filter itself: what choosing each outlet would keep of 2026.
    assert dict(chosen.outlets) == {"Diario Uno": 1, "Agencia EFE": 1}
    assert facets(collection, Filters(query="Lavrov")).matched == 2  # 000 and 003 name him


def test_a_selection_groups_sources_by_an_outlet_field(collection: Path) -> None:
    corpus = Selection(str(collection), Filters(), "ownership").load()
    assert {a.id: a.source for a in corpus.articles} == {
        "000_bbe06687ad217e2c": "ownership: private",
        "001_5cc538b1288261d0": "ownership: private",
        "002_617b4fc88994eff6": "ownership: public",
        "003_e2757298b54b9d5b": "ownership: state",
        "004_2dbd488ba90dab47": "ownership: not recorded",
    }
    with pytest.raises(ValueError, match="group_by: must be one of country"):
        Selection.from_json({"path": str(collection), "group_by": "owner"})


def test_a_workspace_refers_to_the_collection_instead_of_holding_the_texts(collection: Path, tmp_path: Path) -> None:
    chosen = Selection(str(collection), Filters(outlet_fields=(("country", ("ES",)),)))
    corpus = chosen.load()
    labels = {"000_bbe06687ad217e2c": ("Mi etiqueta", None)}
    saved = workspaces.to_bytes(workspaces.Workspace(corpus, labels, selection=chosen))
    document = json.loads(saved)
    assert document["articles"] == [] and document["collection"]["filters"] == {"outlet_fields": {"country": ["ES"]}}
    assert corpus.articles[0].text[:40].encode() not in saved  # no text is copied
    embedded = workspaces.to_bytes(workspaces.Workspace(corpus, labels))
    assert len(saved) * 5 < len(embedded)
    opened = workspaces.from_bytes(saved, name="mine.json")
    assert opened.selection == chosen and opened.labels == labels
    assert [a.id for a in opened.corpus.articles] == [a.id for a in corpus.articles]
    assert {a.id: a.source for a in opened.current().articles}["000_bbe06687ad217e2c"] == "Mi etiqueta"
    # An old workspace (articles embedded, no "collection") still opens as before.
    assert workspaces.from_bytes(embedded).selection is None
    gone = saved.replace(str(collection).encode(), str(tmp_path / "moved.sqlite").encode())
    with pytest.raises(
        WorkspaceError, match=r"mine.json: refers to a collection that cannot be read: .*moved"
    ):
        workspaces.from_bytes(gone, name="mine.json")


def test_opening_a_large_collection_takes_its_most_recent_days(collection: Path, settings_override) -> None:
    assert opening(collection).filters == Filters()  # 5 articles: all of them
    settings_override(limits={"collection_open_articles": 2})
    chosen = opening(collection)
    assert chosen.filters == Filters(since=dt.date(2026, 1, 20))
    assert [a.id for a in chosen.load().articles] == ["000_bbe06687ad217e2c", "002_617b4fc88994eff6"]


def test_the_corpus_page_filters_a_collection_and_loads_the_match(collection: Path, monkeypatch) -> None:
    from dashboard import state
    from tests.conftest import open_page

    monkeypatch.setattr(state, "DEFAULT_CORPUS", collection)
    at = open_page(timeout=120)
    assert len(at.session_state.corpus.articles) == 5
    assert any("5** of 5 articles match" in m.value for m in at.markdown)
    ownership = next(w for w in at.multiselect if w.label == "Ownership")
    ownership.select("state").select("private").run()
    assert any("**3** of 5 articles match" in m.value for m in at.markdown)
    outlets = next(w for w in at.multiselect if w.label == "Outlets")
    assert sorted(outlets.options) == [
        "Agencia EFE (0)",
        "Diario Uno (2)",
        "Outlet unknown (004) (0)",
        "Radio Estatal (1)",
    ]
    next(b for b in at.button if b.label.startswith("Load these 3")).click().run()
    assert not at.exception, at.exception
    corpus = at.session_state.corpus
    assert sorted(a.source for a in corpus.articles) == ["Diario Uno", "Diario Uno", "Radio Estatal"]
    assert at.session_state.selection.filters.outlet_fields == (("ownership", ("private", "state")),)
    assert any("the 3 loaded are every page's corpus" in m.value for m in at.markdown)


def test_cli_filters_by_outlet_fields(collection: Path, capsys) -> None:
    from analysis.cli import main

    argv = ["corpus", str(collection), "--outlet", "ownership=state", "--outlet", "ownership=public", "--format", "json"]
    assert main(argv) == 0
    listed = json.loads(capsys.readouterr().out)
    articles = listed["articles"] if isinstance(listed, dict) else listed
    assert sorted(a["source"] for a in articles) == ["Agencia EFE", "Radio Estatal"]
    with pytest.raises(SystemExit):
        main(["corpus", str(collection), "--outlet", "owner=state"])
    assert "give FIELD=VALUE with FIELD one of country, language, ownership, lean" in capsys.readouterr().err


def test_outlets_edited_as_a_table_are_saved_and_removed(collection: Path) -> None:
    from analysis.corpus.outlets import outlet_rows, outlets_from_rows

    with Collection(collection) as stored:
        rows = outlet_rows(stored.outlets())
    rows = [r for r in rows if r["name"] != "Radio Estatal"]  # a row deleted
    rows.append({"name": "Radio Nueva", "aliases": "Outlet unknown (004)", "ownership": "public"})  # a row added
    outlets, problems = outlets_from_rows(rows, name="outlets table", first=1)
    assert not problems
    with Collection(collection) as stored:
        stored.put_outlets(outlets)
        stored.remove_outlets(["Radio Estatal"])
        names = [o.name for o in stored.outlets()]
        sources = {a.id: a.source for a in stored.select().articles}
    assert names == ["Agencia EFE", "Diario Uno", "Radio Nueva"]
    assert sources["004_2dbd488ba90dab47"] == "Radio Nueva"  # its label is now an alias of the new outlet
    assert sources["003_e2757298b54b9d5b"] == "Outlet unknown (003)"  # its outlet is forgotten: its own label
