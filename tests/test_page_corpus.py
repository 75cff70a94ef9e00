"""The Corpus page through Streamlit's AppTest: table, chart, label edits, uploads, reset."""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest

from tests.conftest import open_page

PAGE = None  # the first page: Corpus


def chart_sources(at: AppTest) -> set[str]:
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    return {x for trace in spec["data"] for x in trace["x"]}


def test_corpus_page_shows_the_seeds(page: AppTest):
    assert page.title[0].value == "Corpus"
    table = page.data_editor[0].value
    assert len(table) == 5
    dates = [str(d)[:10] if d == d and d is not None else None for d in table["date"]]
    assert dates == ["2026-01-20", "no date", "2026-01-26", "no date", "2025-11-04"]  # never "None"
    assert len(chart_sources(page)) == 5
    assert [b.label for b in page.get("download_button")] == ["PNG", "SVG", "HTML", "CSV", "Save workspace"]


def test_label_edit_reaches_the_chart_and_state(page: AppTest):
    page.session_state["corpus-editor"] = {
        "edited_rows": {0: {"source": "Telesur"}, 1: {"source": "Telesur", "date": "2026-01-21"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    page.run()
    assert not page.exception
    labels = page.session_state["labels"]
    assert labels["000_bbe06687ad217e2c"][0] == "Telesur"
    assert str(labels["001_5cc538b1288261d0"][1]) == "2026-01-21"
    assert "Telesur" in chart_sources(page) and len(chart_sources(page)) == 4
    # The edit survives a rerun without the editor state (e.g. coming back from another page).
    del page.session_state["corpus-editor"]
    page.run()
    assert page.data_editor[0].value["source"].tolist()[:2] == ["Telesur", "Telesur"]


def test_upload_adds_articles_and_reports_problems(page: AppTest):
    uploader = page.get("file_uploader")[0]
    uploader.upload("nuevo.txt", "El gobierno anunció la captura del líder opositor.".encode(), "text/plain")
    uploader.upload("roto.json", b"{not json", "application/json")
    page.run()
    load = next(b for b in page.button if b.label == "Load these files")
    load.click()
    page.run()
    assert not page.exception
    assert len(page.data_editor[0].value) == 6
    problem_files = [f for df in page.dataframe if "reason" in df.value for f in df.value["file"]]
    assert problem_files == ["roto.json"]
    reset = next(b for b in page.button if b.label == "Reset to the example corpus")
    reset.click()
    page.run()
    assert len(page.data_editor[0].value) == 5


def test_an_upload_over_the_limits_is_listed_with_its_reason(settings_override):
    settings_override(limits={"max_article_words": 50, "max_file_mb": 0.002})
    page = open_page()  # the help text names the limits in force
    uploader = page.get("file_uploader")[0]
    assert "Up to 0 MB and 20,000 rows per file, 50 words per article, 20,000 articles in all" in uploader.proto.help
    uploader.upload("largo.txt", ("palabra " * 60).encode(), "text/plain")
    uploader.upload("enorme.txt", b"x " * 1_500, "text/plain")
    page.run()
    assert not page.exception, page.exception
    next(b for b in page.button if b.label == "Load these files").click()
    page.run()
    assert not page.exception
    assert len(page.data_editor[0].value) == 5  # nothing else was lost
    problems = next(df.value for df in page.dataframe if "reason" in df.value)
    assert dict(zip(problems["file"], problems["reason"])) == {
        "largo.txt": "article too long: 60 words (limit 50); split it into articles",
        "enorme.txt": "file too large: 0.0 MB (limit 0 MB)",
    }
