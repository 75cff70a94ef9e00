"""tests/pass_snapshot.py: the snapshot that speed work compares (issues #20 and #23)."""

from __future__ import annotations

import json

import pytest

from analysis.corpus.loading import load_path
from tests.pass_snapshot import ROOT, data_texts, main, snapshot


def test_the_seeds_snapshot_holds_each_pass_per_article_and_reads_the_same_twice():
    articles = list(load_path(ROOT / "seeds").articles)
    first, second = snapshot(articles), snapshot(articles)
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
    assert len(first["quotes"]) == len(first["places"]) == len(articles)
    speakers = {row[1] for rows in first["quotes"] for row in rows}
    assert {"Dmitri Peskov", "Serguéi Lavrov"} <= speakers
    assert any("100" in claim for claim in first["claims"])  # "al menos 100 víctimas mortales"


def test_the_data_texts_are_every_set_s_excerpts_named_by_file():
    texts = data_texts()
    names = {article.id.split(":")[0] for article in texts}
    assert {"quotes_heldout20", "quotes_real23e", "claims_heldout10", "sources_real"} <= names
    assert all(article.text for article in texts)


def test_an_unknown_pass_is_refused_by_name(capsys, tmp_path):
    with pytest.raises(SystemExit) as stop:
        main([str(tmp_path / "out.json"), "--passes", "claims,speed"])
    assert stop.value.code == 2
    assert "unknown pass(es) ['speed']" in capsys.readouterr().err
