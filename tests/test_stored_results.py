"""Results stored with a collection (analysis/report/stored.py): `contraste report` writes them, the dashboard
reads them instead of computing; stored-then-loaded equals computed; stale or damaged rows are computed again,
saying so."""

from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import main
from analysis.corpus.collection import Collection
from analysis.corpus.inputs import load_inputs
from analysis.report import stored
from analysis.report.results import lexicons_for, story_map
from analysis.report.sections import DISTINCTIVE, counts_options
from analysis.text import TextCorpus
from tests.conftest import SEEDS

NAMES = ("stories", "heatmap", "pairs", "all_pairs", "counts", "distinctive", "claims", "quotes", "shared_quotes",
         "places")  # fmt: skip


def _collection(tmp_path: Path, articles) -> Path:
    path = tmp_path / "news.sqlite"
    with Collection(path, create=True) as collection:
        collection.add(articles)
    return path


def _report(path: Path, out: Path, capsys, *options: str) -> dict:
    code = main(["report", str(path), "--out", str(out), "--no-images", "--quiet", "--format", "json", *options])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return json.loads(captured.out)


def _working(path: Path) -> tuple[list, TextCorpus]:
    from analysis.pipeline import text_of_collection

    with Collection(path) as collection:
        articles = list(collection.select().articles)
    return articles, text_of_collection(articles, path)


def _fresh(text: TextCorpus) -> dict[str, object]:
    """Every stored result computed anew, as the report computes it (no store active)."""
    from analysis.casualties.claims import extract
    from analysis.config import settings
    from analysis.framing.counts import article_counts
    from analysis.report.results import distinctive_table
    from analysis.report.shared_quotes import shared_quotes_in_passages
    from analysis.similarity.compare import analyse, close_pairs, heatmap_view
    from analysis.similarity.tfidf import pair_listing, similar_pairs
    from analysis.sources.placenames import places_per_outlet
    from analysis.sources.quotes import extract as quotes_of

    config = settings().similarity
    comparison = analyse(text)
    quotes = quotes_of(text)
    outlets = {d.id: d.article.source or d.id for d in text.docs}
    return {
        "stories": story_map(text),
        "neighbours": comparison.neighbours,
        "heatmap": heatmap_view(comparison),
        f"pairs:{config.pair_threshold!r}:{config.table_max_pairs}": close_pairs(
            comparison, text, threshold=config.pair_threshold, limit=config.table_max_pairs
        ),
        f"all_pairs:{config.pair_threshold!r}": similar_pairs(
            comparison.model,
            threshold=config.pair_threshold,
            matrix=comparison.matrix,
            neighbours=comparison.neighbours,
        ),
        f"listing:{config.pair_threshold!r}": None
        if comparison.matrix is not None
        else {
            "note": pair_listing(
                comparison.model, threshold=config.pair_threshold, neighbours=comparison.neighbours
            ).note
        },
        "counts": article_counts(text, lexicons_for(None)),
        f"distinctive:{DISTINCTIVE}": distinctive_table(text, top=DISTINCTIVE),
        "claims": extract(text),
        "quotes": quotes,
        "shared_quotes": [s.to_json() for s in shared_quotes_in_passages(text, quotes)],
        "places": places_per_outlet(text, outlets),
    }


def _never() -> object:
    raise AssertionError("computed, though it is stored")


def _assert_equal(name: str, loaded: object, fresh: object) -> None:
    if name == "heatmap":  # ids in leaf order, and the cosine matrix they show
        assert loaded[0] == fresh[0] and loaded[1].dtype == fresh[1].dtype and loaded[1].shape == fresh[1].shape
        assert (loaded[1] == fresh[1]).all()
    elif isinstance(fresh, pd.DataFrame):
        assert isinstance(loaded, pd.DataFrame), name
        pd.testing.assert_frame_equal(loaded, fresh.reset_index(drop=True), check_exact=True, obj=name)
    else:
        assert loaded == fresh, name


def _round_trip(path: Path, tmp_path: Path, capsys) -> dict:
    result = _report(path, tmp_path / "out", capsys)
    articles, text = _working(path)
    fresh = _fresh(text)
    store = stored.Store(path, stored.content_key(articles), count=len(articles), write=False)
    for name, value in fresh.items():
        if value is None:  # the dense comparison has no top-k table
            continue
        extra = counts_options(None, ["default"]) if name == "counts" else ""
        _assert_equal(name, store.get(name, _never, extra=extra), value)
    assert all(n.state == "read" for n in store.notes.values())
    return result


def test_stored_then_loaded_equals_computed_on_the_seeds(tmp_path, capsys) -> None:
    path = _collection(tmp_path, load_inputs([str(SEEDS)]).current().articles)
    result = _round_trip(path, tmp_path, capsys)
    # The report's JSON says what it stored: every result, written on this first run.
    assert result["stored"]["collection"] == str(path.resolve())
    assert result["stored"]["articles"] == 5
    assert {n.partition(":")[0] for n in result["stored"]["results"]} == set(NAMES)
    assert set(result["stored"]["results"].values()) == {"stored"}
    assert result["stored"]["notes"] == []
    # A second report reads them all instead of computing, and writes the same report.
    before = (tmp_path / "out" / "report.json").read_text(encoding="utf-8")
    again = _report(path, tmp_path / "again", capsys)
    assert set(again["stored"]["results"].values()) == {"read"}
    assert (tmp_path / "again" / "report.json").read_text(encoding="utf-8") == before


def test_stored_then_loaded_equals_computed_on_a_synthetic_corpus(tmp_path, capsys, settings_override) -> None:
    from analysis.bench.synthetic import generate

    # 300 articles, above a lowered dense limit: the comparison's top-k neighbours are stored too.
    settings_override(similarity={"dense_max_articles": 100})
    path = _collection(tmp_path, generate(300).articles)
    result = _round_trip(path, tmp_path, capsys)
    assert "neighbours" in result["stored"]["results"]
    assert any(n.startswith("listing:") for n in result["stored"]["results"])  # how the pairs were found
    with Collection(path) as collection:
        claims = json.loads(
            zlib.decompress(collection.db.execute("SELECT data FROM results WHERE name = 'claims'").fetchone()[0])
        )
    assert claims  # the synthetic corpus has casualty figures: the comparison above was not of empty lists


@pytest.fixture
def seeds_store(tmp_path, capsys) -> tuple[Path, list, TextCorpus]:
    path = _collection(tmp_path, load_inputs([str(SEEDS)]).current().articles)
    _report(path, tmp_path / "out", capsys)
    articles, text = _working(path)
    return path, articles, text


def test_stale_results_are_computed_again_and_say_why(seeds_store, settings_override) -> None:
    path, articles, text = seeds_store
    key = stored.content_key(articles)
    expected = story_map(text)

    # Other articles: none stored for them (a filter, an added article, a relabelled outlet).
    other = stored.Store(path, stored.content_key(articles[:4]), count=4, write=False)
    assert other.get("stories", lambda: "computed") == "computed"
    assert other.notes["stories"] == stored.Note("stories", "computed", "stored for other articles only")

    # The user's own lexicon: framing counts are stale (the packaged lexicons' digest plus the user's).
    store = stored.Store(path, key, count=5, write=False)
    assert store.get("counts", lambda: "computed", extra=counts_options("language: es", ["default"])) == "computed"
    assert store.notes["counts"].state == "stale" and "a lexicon changed" in store.notes["counts"].reason

    # Contraste's code changed (the row's code digest is not this code's).
    with sqlite3.connect(path) as db:
        db.execute("UPDATE results SET code = 'older' WHERE name = 'claims'")
    assert store.get("claims", lambda: "computed") == "computed"
    assert "Contraste's code changed" in store.notes["claims"].reason

    # Changed settings: every result is stale; the writing store replaces it, and then reads it.
    settings_override(stories={"max_span_days": 3})
    writing = stored.Store(path, key, count=5)
    assert writing.get("stories", lambda: story_map(text)) == story_map(text)
    assert writing.notes["stories"].state == "stale" and "the settings changed" in writing.notes["stories"].reason
    assert stored.Store(path, key, count=5).get("stories", _never) == story_map(text)
    assert expected is not None


def test_find_reads_a_fresh_result_and_never_computes_or_stores(seeds_store) -> None:
    """``Store.find`` (the Side by side page's look-up of the closest pairs): the stored value when fresh, as
    ``get`` reads it; None when none is stored for these articles, or it is stale; nothing is written."""
    from analysis.config import settings

    path, articles, _ = seeds_store
    key = stored.content_key(articles)
    config = settings().similarity
    name = f"pairs:{config.pair_threshold!r}:{config.table_max_pairs}"
    store = stored.Store(path, key, count=5)
    found = store.find(name)
    assert found and found == stored.Store(path, key, count=5).get(name, _never)
    assert {found[0].a, found[0].b} == {"000_bbe06687ad217e2c", "001_5cc538b1288261d0"}  # the closest pair
    assert store.notes[name].state == "read"
    before = _stored_names_all(path)
    other = stored.Store(path, stored.content_key(articles[:4]), count=4)
    assert other.find(name) is None and other.notes == {}
    with sqlite3.connect(path) as db:
        db.execute("UPDATE results SET code = 'older' WHERE name = ?", (name,))
    assert stored.Store(path, key, count=5).find(name) is None  # stale: not used, not replaced
    assert _stored_names_all(path) == before


def test_damaged_results_are_named_and_computed_again(seeds_store, capsys) -> None:
    path, articles, text = seeds_store
    key = stored.content_key(articles)
    with sqlite3.connect(path) as db:
        # A partial write: the data cut short (its checksum no longer matches).
        db.execute("UPDATE results SET data = substr(data, 1, 20) WHERE name = 'quotes'")
        # Data that is whole but not what it should be (checksum made to match): it does not decode.
        junk = zlib.compress(b'{"not": "a list of claims"}')
        db.execute(
            "UPDATE results SET data = ?, checksum = ? WHERE name = 'claims'",
            (junk, __import__("hashlib").sha256(junk).hexdigest()),
        )
    store = stored.Store(path, key, count=5, write=False)
    assert store.get("quotes", lambda: "computed") == "computed"
    assert store.notes["quotes"].state == "damaged"
    assert str(path) in store.notes["quotes"].reason and "checksum does not match" in store.notes["quotes"].reason
    assert store.get("claims", lambda: "computed") == "computed"
    assert store.notes["claims"].state == "damaged" and str(path) in store.notes["claims"].reason

    # The report says so, names the file, computes them again and stores them whole.
    result = _report(path, path.parent / "out2", capsys)
    notes = result["stored"]["notes"]
    assert result["stored"]["results"]["quotes"] == result["stored"]["results"]["claims"] == "damaged"
    assert any(n.startswith("quotes: damaged, ") and str(path) in n for n in notes)
    assert stored.Store(path, key, count=5).get("quotes", _never)

    # A results table that is not ours (or damaged beyond reading): a message, computed, then replaced whole.
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE results")
        db.execute("CREATE TABLE results (junk TEXT)")
    store = stored.Store(path, key, count=5)
    assert store.get("claims", lambda: []) == []
    assert store.notes["claims"].state == "damaged" and "cannot be read" in store.notes["claims"].reason
    assert stored.Store(path, key, count=5).get("claims", _never) == []


def test_a_write_is_one_transaction(seeds_store) -> None:
    """A failing write leaves the row as it was: nothing half-written (``BEGIN IMMEDIATE`` … ``COMMIT``)."""
    path, articles, _ = seeds_store
    key = stored.content_key(articles)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the collection past the store's wait
    try:
        store = stored.Store(path, stored.content_key(articles[:2]), count=2)
        assert store.get("places", lambda: ["computed"]) == ["computed"]
        assert store.notes["places"].state == "computed"  # not written: the collection was busy
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert stored.Store(path, stored.content_key(articles[:2]), count=2, write=False).get("places", list) == []
    assert stored.Store(path, key, count=5, write=False).get("places", _never) is not None


def test_only_the_most_recent_corpora_are_kept(tmp_path) -> None:
    path = _collection(tmp_path, load_inputs([str(SEEDS)]).current().articles)
    for number in range(stored.KEEP + 2):
        stored.Store(path, f"corpus-{number}", count=1).get("claims", list)
    with Collection(path) as collection:
        kept = {k for (k,) in collection.db.execute("SELECT DISTINCT articles FROM results")}
    assert len(kept) == stored.KEEP and "corpus-0" not in kept and f"corpus-{stored.KEEP + 1}" in kept


PAGES = {  # page: the stored results it draws from
    "stories": ("stories",),
    "similarity": ("stories", "heatmap", "pairs", "all_pairs"),
    "framing": ("stories", "counts", "distinctive"),
    "figures": ("stories", "claims"),
    "sources": ("stories", "quotes", "places", "shared_quotes"),
    "side_by_side": ("stories", "pairs"),  # the closest pair, with its terms and passages, from the stored pairs
}


def test_the_dashboard_draws_from_stored_results_without_computing(seeds_store) -> None:
    """Every page on the collection's articles reads what `contraste report` stored: each result's note says
    "read" (its compute function never ran), the page says so, and a stored result altered on purpose is what
    the page shows."""
    import streamlit as st

    from analysis.corpus.selection import Selection
    from dashboard import cached
    from dashboard.components import plain
    from tests.conftest import open_page

    path, articles, _ = seeds_store
    store = stored.Store(path, stored.content_key(articles), count=5)
    found = store.get("stories", _never)
    label = "Relato guardado en la colección"
    altered = type(found)((type(found.stories[0])(**{**found.stories[0].__dict__, "label": label}),
                          *found.stories[1:]), found.assignment)  # fmt: skip
    assert store.put("stories", altered)
    st.cache_data.clear()
    st.cache_resource.clear()  # another test may have computed these articles' results in this process
    chosen = Selection(str(path.resolve()))
    session = {"corpus": chosen.load(), "selection": chosen}
    for name, names in PAGES.items():
        at = open_page(name, session=session)
        notes = cached.store_for(str(path.resolve()), stored.content_key(articles), 5, True).notes
        used = {n: notes[n] for n in notes if n.partition(":")[0] in names}
        assert {n.partition(":")[0] for n in used} == set(names), name
        assert {n.state for n in used.values()} == {"read"}, (name, used)
        captions = " ".join(c.value for c in at.caption)
        said = f"Read from the results stored in {plain('news.sqlite')} ("
        assert said in captions, (name, captions)
        assert not at.warning, name
        if name == "stories":
            shown = " ".join(str(d.value.to_csv()) for d in at.dataframe)
            assert label in shown  # the stored stories, not stories computed anew


def _stored_names(path: Path, key: str) -> set[str]:
    with sqlite3.connect(path) as db:
        return {name.partition(":")[0] for (name,) in db.execute("SELECT name FROM results WHERE articles = ?", (key,))}


def test_the_dashboard_stores_what_it_computes_and_the_next_visit_reads_it(tmp_path, monkeypatch) -> None:
    """No report: each page on a collection's articles computes its results and stores them in the collection
    (it says so); the next visit (Streamlit's caches empty, as in a new server) reads them, and the Similarity
    page then draws without building the TF-IDF model. A narrowed view reads but stores nothing."""
    import streamlit as st

    from analysis.corpus.selection import Selection
    from dashboard import cached
    from dashboard.components import plain
    from tests.conftest import open_page

    path = _collection(tmp_path, load_inputs([str(SEEDS)]).current().articles)
    articles, _ = _working(path)
    key = stored.content_key(articles)
    chosen = Selection(str(path.resolve()))
    session = {"corpus": chosen.load(), "selection": chosen}
    built = []
    analyse = cached.analyse
    monkeypatch.setattr(cached, "analyse", lambda *a, **k: built.append(1) or analyse(*a, **k))
    st.cache_data.clear()
    st.cache_resource.clear()
    for name, names in PAGES.items():
        at = open_page(name, session=session)
        captions = " ".join(c.value for c in at.caption)
        assert (
            f"Computed and stored in {plain('news.sqlite')}" in captions
            or f"Read from the results stored in {plain('news.sqlite')}" in captions
        ), (name, captions)  # stories: stored by the first page
        assert set(names) <= _stored_names(path, key), name
        assert not at.warning, name

    assert built  # the first visit built the comparison (the count below can fail)
    built.clear()
    st.cache_data.clear()
    st.cache_resource.clear()
    for name, names in PAGES.items():
        at = open_page(name, session=session)
        notes = cached.store_for(str(path.resolve()), key, 5, True).notes
        used = {n: notes[n].state for n in notes if n.partition(":")[0] in names}
        assert set(used.values()) == {"read"}, (name, used)
        assert f"Read from the results stored in {plain('news.sqlite')} (" in " ".join(c.value for c in at.caption)
    assert built == []  # no page built the comparison: the TF-IDF model, cosine matrix, shingle index
    # A filter of the pairs table needs the comparison (shared passages): built then, and the page still draws.
    at = open_page("similarity", session=session)
    at.checkbox(key="similarity-shared").check().run()
    assert not at.exception and built and at.dataframe

    # A narrowed view (one outlet's articles): computed, not stored, and the page says why.
    st.cache_data.clear()
    st.cache_resource.clear()
    outlet = articles[0].source
    narrowed = {**session, "settings": {"narrow": {"sources": [outlet, articles[1].source]}}}
    before = _stored_names_all(path)
    at = open_page("similarity", session=narrowed)
    assert "results of a narrowed view are not stored" in " ".join(c.value for c in at.caption)
    assert _stored_names_all(path) == before


def _stored_names_all(path: Path) -> set[tuple[str, str]]:
    with sqlite3.connect(path) as db:
        return set(db.execute("SELECT articles, name FROM results"))


def test_side_by_side_shows_the_same_from_the_stored_pairs_as_computed(seeds_store, monkeypatch) -> None:
    """The Side by side page on a reported collection draws the closest pair (and any stored pair, in its stored
    order) from the stored pairs without building the comparison, and shows exactly what it shows computing
    them; a pair in the other order is computed (the comparison is built then)."""
    import streamlit as st

    from analysis.corpus.selection import Selection
    from dashboard import cached
    from tests.conftest import open_page

    path, _, _ = seeds_store
    chosen = Selection(str(path.resolve()))
    built: list[int] = []
    analyse = cached.analyse
    monkeypatch.setattr(cached, "analyse", lambda *a, **k: built.append(1) or analyse(*a, **k))

    def shown(session: dict) -> tuple[list[str], list[str], list[str]]:
        st.cache_data.clear()
        st.cache_resource.clear()
        at = open_page("side_by_side", session=session)
        pair = [at.selectbox(key="side-a").value, at.selectbox(key="side-b").value]
        html = [el.proto.body for el in at.get("html") if not el.proto.body.startswith(("<style>", "<script>"))]
        return pair, [str(m.value) for m in at.metric], html

    from_store = shown({"corpus": chosen.load(), "selection": chosen})
    assert built == [] and from_store[1][1] == "3"  # three shared passages, read from the stored pairs
    computed = shown({"corpus": chosen.load()})  # the same articles, no collection: computed
    assert built and from_store == computed
    built.clear()
    a, b = from_store[0]
    reversed_pair = shown({"corpus": chosen.load(), "selection": chosen, "side-a": b, "side-b": a})
    assert built and reversed_pair[0] == [b, a] and reversed_pair[1][1] == "3"
