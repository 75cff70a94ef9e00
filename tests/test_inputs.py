"""Mixed inputs (folders, files, URLs, a URLs file) for the CLI's every command."""

from __future__ import annotations

import json

import pytest

from analysis.cli import main
from analysis.corpus import workspace as workspaces
from analysis.corpus.inputs import load_inputs, read_urls_file
from analysis.corpus.records import CorpusError
from tests.conftest import ROOT, SEEDS

PAGES = ROOT / "tests" / "data" / "web"
ARTICLE_KEYS = ["id", "source", "date", "language", "title", "url", "words", "text"]


def test_folders_files_and_urls_mix_in_order(site, tmp_path):
    urls_file = tmp_path / "coverage.txt"
    urls_file.write_text(
        "# floods coverage\n"
        f"{site.url('/news/old-harbour-bridge')}\n\n"
        f"{site.url('/missing')}\n"
        "lavozdelsur.example/sin-esquema\n",
        encoding="utf-8",
    )
    corpus = load_inputs(
        [str(PAGES / "la-voz-inundaciones.html"), site.url("/economia/tipos"), str(SEEDS)],
        urls_file=urls_file,
        timeout=5,
    ).corpus
    sources = [a.source for a in corpus.articles]
    assert sources[:2] == ["La Voz del Sur", "diariocentral.example"]
    assert len(sources) == 2 + 5 + 1, "the page, the URL, five seeds, then the file's one good URL"
    assert sources[-1] == "The Harbour Post"
    assert [(p.file, p.reason) for p in corpus.problems] == [
        (site.url("/missing"), "HTTP 404 Not Found"),
        ("lavozdelsur.example/sin-esquema", "not an http(s) URL"),
    ]


def test_private_addresses_are_refused_only_when_asked(site):
    url = site.url("/local/ambulatorio")
    assert load_inputs([url]).corpus.articles[0].source == "127.0.0.1"
    with pytest.raises(CorpusError, match=r"127\.0\.0\.1 is a loopback address"):
        load_inputs([url], allow_private=False)


@pytest.mark.parametrize(
    ("inputs", "message"),
    [
        pytest.param(["no/such/folder"], r"^no/such/folder: no such file or folder$", id="single-missing-path"),
        pytest.param(
            ["no/such/folder", "other.csv"],
            r"^no article could be loaded \(no/such/folder: .+; other\.csv: .+\)$",
            id="all-missing",
        ),
        pytest.param([], r"^no article could be loaded \(no input given\)$", id="nothing"),
    ],
)
def test_nothing_loaded_is_an_error(inputs, message):
    with pytest.raises(CorpusError, match=message):
        load_inputs(inputs)


def test_urls_file_skips_comments_blank_lines_and_repeats(tmp_path):
    path = tmp_path / "urls.txt"
    path.write_bytes(
        b"\xef\xbb\xbf# BOM and comments\r\nhttps://a.example/1\r\n\r\n  # indented comment\r\nhttps://a.example/1\r\n"
    )
    assert read_urls_file(path) == ["https://a.example/1"]
    with pytest.raises(CorpusError, match="cannot read the URLs file"):
        read_urls_file(tmp_path / "missing.txt")


def test_cli_corpus_json_from_urls(site, capsys):
    code = main(
        [
            "corpus",
            site.url("/sociedad/inundaciones-valdemora.html"),
            site.url("/slow"),
            "--timeout",
            "0.5",
            "--format",
            "json",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0
    result = json.loads(out)
    assert list(result) == ["articles", "problems"]
    [article] = result["articles"]
    assert list(article) == ARTICLE_KEYS
    assert (article["source"], article["date"], article["language"]) == ("La Voz del Sur", "2026-03-11", "es")
    assert result["problems"] == [{"file": site.url("/slow"), "reason": "timed out after 0.5 s"}]
    assert "2/2" in err, "a progress bar on stderr follows the fetches"


def test_cli_urls_file_and_table(site, tmp_path, capsys):
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{site.url('/news/old-harbour-bridge')}\n{site.url('/logo.png')}\n", encoding="utf-8")
    assert main(["corpus", "--urls", str(urls), str(PAGES / "diario-central-tipos.htm")]) == 0
    out, err = capsys.readouterr()
    assert "The Harbour Post" in out and "diariocentral.example" in out
    assert f"warning: {site.url('/logo.png')}: not an HTML page (content type image/png)" in err


def test_cli_exit_codes(site, capsys):
    assert main(["corpus", site.url("/missing")]) == 2
    assert "error: no article could be loaded" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["corpus"])
    assert exit_info.value.code == 2
    assert "give at least one folder, file or URL, or --urls FILE" in capsys.readouterr().err


def test_a_saved_workspace_mixes_in_with_its_labels(site, tmp_path):
    pages = load_inputs([str(PAGES)]).corpus
    labels = {"harbour-post-bridge": ("Harbour Post (print)", None)}
    saved = tmp_path / "work.json"
    saved.write_bytes(workspaces.to_bytes(workspaces.Workspace(pages, labels)))
    alone = load_inputs([str(saved)])
    assert alone.labels == labels, "a single workspace keeps its labels as labels"
    mixed = load_inputs([str(saved), site.url("/local/ambulatorio")]).corpus
    assert [a.source for a in mixed.articles] == [
        "diariocentral.example",
        "Harbour Post (print)",
        "La Voz del Sur",
        "127.0.0.1",
    ]
