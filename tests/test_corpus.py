"""Loading articles: formats, encodings, the date marker, metadata.csv, bad files among good ones."""

from __future__ import annotations

import codecs
import datetime as dt
import json
from pathlib import Path

import pytest

from analysis.corpus.decode import DecodeError, decode_bytes, normalize_text
from analysis.corpus.loading import load_files, load_path
from analysis.corpus.records import CorpusError, parse_date
from tests.conftest import SEED_SOURCES

ES = "El presidente fue capturado en Caracas durante la madrugada, según informaron fuentes oficiales."
EN = "The president was captured in Caracas before dawn, officials said on Monday."


def test_seeds_load_with_dates_and_language(seeds):
    dates = {a.id[:3]: a.date for a in seeds.articles}
    assert dates == {
        "000": dt.date(2026, 1, 20),
        "001": None,
        "002": dt.date(2026, 1, 26),
        "003": None,
        "004": dt.date(2025, 11, 4),
    }
    assert {a.language for a in seeds.articles} == {"es"}
    assert not seeds.problems
    first = seeds.articles[0]
    assert first.id == "000_bbe06687ad217e2c"
    assert {a.id: a.source for a in seeds.articles} == SEED_SOURCES  # seeds/metadata.csv
    assert first.text.startswith("El vocero del Kremlin")  # the date marker is removed


def test_folder_with_bad_files_loads_the_good_ones(tmp_path: Path):
    (tmp_path / "good.txt").write_text(ES, encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes("La caña de azúcar subió de precio en el mercado.".encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + EN.encode("utf-16-le"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    corpus = load_path(tmp_path)
    assert sorted(a.id for a in corpus.articles) == ["good", "latin", "utf16"]
    assert "caña" in corpus.by_id()["latin"].text
    assert corpus.by_id()["utf16"].language == "en"
    reasons = {p.file: p.reason for p in corpus.problems}
    assert set(reasons) == {"empty.txt", "binary.txt"}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]


@pytest.mark.parametrize(
    "data, expected",
    [
        pytest.param("caña".encode(), "caña", id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + "caña".encode(), "caña", id="utf-8-bom"),
        pytest.param(codecs.BOM_UTF16_LE + "caña".encode("utf-16-le"), "caña", id="utf-16-le-bom"),
        pytest.param(codecs.BOM_UTF16_BE + "caña".encode("utf-16-be"), "caña", id="utf-16-be-bom"),
        pytest.param("caña “dijo”".encode("cp1252"), "caña “dijo”", id="cp1252"),
        pytest.param("caña".encode("latin-1"), "caña", id="latin-1"),
        pytest.param(b"ca\x81a", "ca\x81a", id="latin-1-fallback-for-undefined-cp1252"),
    ],
)
def test_decode(data: bytes, expected: str):
    assert decode_bytes(data) == expected


@pytest.mark.parametrize("data", [b"\x00\x01\x02abc", bytes(range(32)) * 10], ids=["nul", "controls"])
def test_decode_refuses_binary(data: bytes):
    with pytest.raises(DecodeError, match="binary"):
        decode_bytes(data)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("a\r\nb", "a\nb"),
        ("  x  \t y ", "x y"),
        ("p1\n\n\n\n\np2", "p1\n\np2"),
        ("cafe\u0301", "café"),  # NFC
        ("a\u00a0b\u200bc", "a bc"),
        ("", ""),
    ],
    ids=["crlf", "spaces", "paragraphs", "nfc", "nbsp-zero-width", "empty"],
)
def test_normalize_text(raw: str, expected: str):
    assert normalize_text(raw) == expected


def test_date_marker_only_at_start():
    corpus = load_files(
        [("a.txt", b" date 2026-01-20 Texto del art\xc3\xadculo."), ("b.txt", b"Texto con date 2026-01-20 dentro.")]
    )
    a, b = corpus.articles
    assert (a.date, a.text) == (dt.date(2026, 1, 20), "Texto del artículo.")
    assert (b.date, b.text) == (None, "Texto con date 2026-01-20 dentro.")


def test_csv_rows_with_fields_and_bad_rows():
    data = (
        "source,date,title,text,url\n"
        f'El País,2026-01-04,Captura,"{ES}",https://elpais.example/a\n'
        f'BBC,2026-01-05T10:00:00Z,Capture,"{EN}",\n'
        "Nadie,,Vacío,,\n"
        f'Mal,no-date,Fecha,"{ES}",\n'
        "Corta,2026-01-01\n"
    ).encode()
    corpus = load_files([("batch.csv", data)])
    assert [(a.id, a.source, a.language) for a in corpus.articles] == [
        ("batch-1", "El País", "es"),
        ("batch-2", "BBC", "en"),
        ("batch-4", "Mal", "es"),
    ]
    first = corpus.articles[0]
    assert (first.date, first.title, first.url) == (dt.date(2026, 1, 4), "Captura", "https://elpais.example/a")
    assert corpus.articles[1].date == dt.date(2026, 1, 5)
    assert corpus.articles[2].date is None
    reasons = {p.file: p.reason for p in corpus.problems}
    assert reasons["batch.csv row 3"] == "empty text"
    assert "invalid date 'no-date'" in reasons["batch.csv row 4"]
    assert "fewer fields" in reasons["batch.csv row 5"]


def test_csv_without_text_column():
    corpus = load_files([("x.csv", b"title,body\nA,B\n")])
    assert not corpus.articles
    assert corpus.problems[0].file == "x.csv"
    assert "no 'text' column" in corpus.problems[0].reason


def test_jsonl_and_json():
    jsonl = "\n".join(
        [json.dumps({"text": ES, "source": "A", "id": "uno"}), "{not json", json.dumps(["list"]), ""]
    ).encode()
    array = json.dumps([{"text": EN, "source": "B", "date": "2026-02-01"}, {"title": "no text"}]).encode()
    wrapped = json.dumps({"articles": [{"text": ES}]}).encode()
    single = json.dumps({"text": EN, "title": "One"}).encode()
    corpus = load_files(
        [("a.jsonl", jsonl), ("b.json", array), ("c.json", wrapped), ("d.json", single), ("e.json", b"[1,")]
    )
    assert [(a.id, a.source) for a in corpus.articles] == [("uno", "A"), ("b-1", "B"), ("c-1", "c-1"), ("d", "d")]
    assert corpus.articles[1].date == dt.date(2026, 2, 1)
    assert corpus.articles[3].title == "One"
    reasons = {p.file: p.reason for p in corpus.problems}
    assert "invalid JSON" in reasons["a.jsonl line 2"]
    assert "found list" in reasons["a.jsonl line 3"]
    assert reasons["b.json item 2"] == "no 'text' field"
    assert "invalid JSON" in reasons["e.json"]


def test_metadata_csv_overrides_per_file(tmp_path: Path):
    (tmp_path / "a.txt").write_text(" date 2020-01-01 " + ES, encoding="utf-8")
    (tmp_path / "b.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "file,source,date,url\na.txt,El País,2026-01-04,https://x.example/a\nb,BBC,,\nzzz.txt,Nadie,,\n",
        encoding="utf-8",
    )
    corpus = load_path(tmp_path)
    a, b = corpus.articles
    assert (a.source, a.date, a.url) == ("El País", dt.date(2026, 1, 4), "https://x.example/a")
    assert (b.source, b.date) == ("BBC", None)
    assert [p.file for p in corpus.problems] == ["metadata.csv line 4"]
    assert "zzz.txt" in corpus.problems[0].reason


def test_unsupported_and_duplicate_ids_are_reported():
    corpus = load_files([("a.txt", ES.encode()), ("a.json", json.dumps({"text": EN}).encode()), ("x.pdf", b"%PDF")])
    assert [a.id for a in corpus.articles] == ["a", "a~2"]
    reasons = {p.file: p.reason for p in corpus.problems}
    assert "unsupported file type '.pdf'" in reasons["x.pdf"]
    assert "duplicate id" in reasons["a"]


def test_nothing_loads_is_an_error(tmp_path: Path):
    (tmp_path / "empty.txt").write_bytes(b"  \n ")
    with pytest.raises(CorpusError, match="empty.txt: empty file"):
        load_path(tmp_path)
    with pytest.raises(CorpusError, match="no such file"):
        load_path(tmp_path / "missing")


def test_relabel_and_merge(seeds):
    first = seeds.articles[0].id
    relabelled = seeds.relabelled({first: ("Telesur", dt.date(2026, 1, 21))})
    assert relabelled.articles[0].source == "Telesur"
    assert relabelled.articles[0].date == dt.date(2026, 1, 21)
    assert relabelled.articles[1] == seeds.articles[1]
    merged = seeds.merged(load_files([(f"{first}.txt", ES.encode())]))
    assert len(merged) == 6
    assert merged.articles[-1].id == f"{first}~2"


@pytest.mark.parametrize(
    "value, expected",
    [
        (None, None),
        ("", None),
        ("2026-01-04", dt.date(2026, 1, 4)),
        ("2026-01-04T23:00:00+02:00", dt.date(2026, 1, 4)),
        ("Sun, 04 Jan 2026 23:00:00 GMT", dt.date(2026, 1, 4)),  # an RSS pubDate
        ("Tue, 05 Mar 2024 23:30:00 -0500", dt.date(2024, 3, 5)),  # the day as written, not moved to UTC
        ("05 Mar 2024 08:15 +0100", dt.date(2024, 3, 5)),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value", ["04/01/2026", "2026-13-01", "yesterday", "2026-01", "Mon, 32 Jan 2026 10:00:00 GMT", "Sun, 04 Foo 2026 10:00 GMT"]
)
def test_parse_date_rejects(value):
    with pytest.raises(ValueError, match="invalid date"):
        parse_date(value)


def test_limits_refuse_with_a_message(settings_override):
    settings_override(limits={"max_article_words": 10, "max_file_mb": 0.001})
    corpus = load_files(
        [("long.txt", ("palabra " * 11).encode()), ("big.txt", b"x" * 1001), ("ok.txt", ("palabra " * 10).encode())]
    )
    assert [a.id for a in corpus.articles] == ["ok"]
    reasons = {p.file: p.reason for p in corpus.problems}
    assert reasons["long.txt"] == "article too long: 11 words (limit 10); split it into articles"
    assert reasons["big.txt"].startswith("file too large")


@pytest.mark.parametrize(
    "name, data", [("h.csv", b"text,source\n"), ("e.json", b"[]"), ("w.json", b'{"articles": []}')]
)
def test_files_without_records_say_so(name, data):
    corpus = load_files([(name, data)])
    assert [(p.file, p.reason) for p in corpus.problems] == [(name, "no articles in the file (no rows or records)")]


def test_progress_is_reported_per_file():
    seen = []
    load_files(
        [("a.txt", ES.encode()), ("b.txt", EN.encode())], progress=lambda n, _total, name: seen.append((n, name))
    )
    assert seen == [(1, "a.txt"), (2, "b.txt")]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        pytest.param("deep.json", b"[" * 100_000, "invalid JSON: nested too deeply to be articles", id="json-array"),
        pytest.param("deep.json", b'{"text": ' * 50_000, "invalid JSON: nested too deeply to be articles", id="json-object"),
        pytest.param("deep.jsonl", b"[" * 100_000, "invalid JSON: nested too deeply to be articles", id="jsonl-line"),
    ],
)  # fmt: skip
def test_deeply_nested_json_is_a_problem_not_a_crash(name: str, data: bytes, reason: str):
    """Regression: json.loads raised RecursionError out of the loader."""
    corpus = load_files([(name, data), ("ok.txt", ES.encode())])
    assert [a.id for a in corpus.articles] == ["ok"]
    assert [p.reason for p in corpus.problems] == [reason]


def test_a_csv_without_a_text_column_names_a_few_columns_not_the_whole_header():
    header = ",".join(f"column{i}" * 20 for i in range(500))
    (problem,) = load_files([("wide.csv", f"{header}\n".encode())]).problems
    assert problem.reason.startswith("no 'text' column (columns: column0")
    assert problem.reason.endswith(", …)") and len(problem.reason) < 700


def test_a_20_mb_text_is_refused_with_a_message_not_loaded():
    data = ("palabra " * 2_600_000).encode()  # 20.8 MB, 2.6 million words: a dump, not an article
    corpus = load_files([("dump.txt", data), ("ok.txt", ES.encode())])
    assert [a.id for a in corpus.articles] == ["ok"]
    assert [(p.file, p.reason) for p in corpus.problems] == [
        ("dump.txt", "article too long: 2,600,000 words (limit 200,000); split it into articles")
    ]


def test_a_folder_of_a_thousand_files_loads_with_progress(tmp_path):
    count = 1000
    for i in range(count):
        (tmp_path / f"a{i:05}.txt").write_text(f"{ES} Artículo número {i}.", encoding="utf-8")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    seen: list[int] = []
    corpus = load_path(tmp_path, progress=lambda n, _total, name: seen.append(n))
    assert len(corpus.articles) == count and seen == list(range(1, count + 2))
    assert [p.file for p in corpus.problems] == ["broken.json"]


def test_upload_limit_of_streamlit_matches_the_loader_limit():
    import tomllib

    from analysis.config import settings

    config = tomllib.loads((Path(__file__).parent.parent / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] == settings().limits.max_file_mb


def test_limits_per_file_and_per_corpus_and_short_rows(tmp_path):
    from analysis.config import override
    from analysis.corpus.loading import load_path

    rows = ["text,source"] + [f"El ministro anunció la medida número {n} en la capital,Diario" for n in range(30)]
    rows += ["dos palabras,Diario", "una,Diario", '"",Diario']
    (tmp_path / "a.csv").write_text("\n".join(rows), encoding="utf-8")
    (tmp_path / "b.csv").write_text("\n".join(rows[:6]), encoding="utf-8")
    (tmp_path / "c.txt").write_text("Hola mundo", encoding="utf-8")
    records = [{"text": f"Crónica {n} del pleno del congreso de ayer."} for n in range(12)]
    (tmp_path / "d.json").write_text(json.dumps(records), encoding="utf-8")
    with override(limits={"max_file_articles": 10, "max_corpus_articles": 23}):
        corpus = load_path(tmp_path)
    reasons = {p.file: p.reason for p in corpus.problems}
    assert reasons["a.csv"].startswith("more than 10 rows or records in one file: the rest, from row 11, is not loaded")
    assert reasons["d.json"].startswith("more than 10 rows or records in one file: the rest, from item 11, is not loaded")
    assert reasons["c.txt"].startswith("too short to compare: fewer than 3 words")
    assert [a.id for a in corpus.articles][-3:] == ["d-6", "d-7", "d-8"]  # 10 + 5 + 10 = 25 read, 23 kept
    assert reasons["d-9"].startswith("corpus limit reached: 23 articles") and "the 1 after it are not" in reasons["d-9"]
    with override(limits={"max_file_articles": 100}):
        short = load_path(tmp_path / "a.csv")
    assert len(short.articles) == 30
    assert [(p.file, p.reason) for p in short.problems] == [
        ("a.csv row 33", "empty text"),
        (
            "a.csv",
            "2 texts too short to compare: fewer than 3 words each (min_article_words in settings/limits.yaml); "
            "not loaded: row 31, row 32",
        ),
    ]


def test_sub_folders_and_hidden_files_are_reported_not_skipped_silently(tmp_path: Path):
    (tmp_path / "a.txt").write_text(ES, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(EN, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(EN, encoding="utf-8")
    corpus = load_path(tmp_path)
    assert [a.id for a in corpus.articles] == ["a"]
    assert [(p.file, p.reason.split(":")[0]) for p in corpus.problems] == [
        ("sub/", "1 sub-folder(s) not read"),
        (".hidden.txt", "1 hidden file(s) or folder(s) (name starting with '.') not read"),
    ]


def test_metadata_rows_match_exact_relative_names(tmp_path: Path):
    (tmp_path / "a.txt").write_text(ES, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"text": EN}), encoding="utf-8")
    (tmp_path / "c.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "file,source\n../outside/a.txt,Outside\nsub/a.txt,Sub\na,Both\n./c.txt,Ce\na.json,Jota\nc,Ce2\n",
        encoding="utf-8",
    )
    corpus = load_path(tmp_path)
    assert {a.id: a.source for a in corpus.articles} == {"a": "Jota", "a~2": "a~2", "c": "Ce2"}  # a.json, a.txt
    reasons = {p.file: p.reason for p in corpus.problems}
    assert reasons["metadata.csv line 2"].startswith("no loaded file named '../outside/a.txt'")
    assert reasons["metadata.csv line 3"].startswith("no loaded file named 'sub/a.txt'")
    assert reasons["metadata.csv line 4"] == "'a' matches several files (a.json, a.txt); name one with its extension"


def test_a_file_mixing_utf8_and_cp1252_is_read_in_both_with_a_warning(tmp_path: Path):
    (tmp_path / "mixed.txt").write_bytes(
        "El niño pidió ayuda al gobierno.".encode() + " La caña de azúcar subió de precio.".encode("cp1252")
    )
    corpus = load_path(tmp_path)
    assert corpus.articles[0].text == "El niño pidió ayuda al gobierno. La caña de azúcar subió de precio."
    assert [(p.file, p.reason[:32]) for p in corpus.problems] == [("mixed.txt", "mixes UTF-8 and cp1252 (Windows)")]


def test_a_file_of_thousands_of_rows_reports_progress_while_its_languages_are_detected(tmp_path):
    rows = ["text"] + [f"El ministro anunció la medida número {n} para la provincia." for n in range(4500)]
    (tmp_path / "big.csv").write_text("\n".join(rows), encoding="utf-8")
    (tmp_path / "small.txt").write_text(ES, encoding="utf-8")
    seen: list[tuple[str, int, int]] = []
    corpus = load_path(tmp_path, within=lambda done, total, name: seen.append((name, done, total)))
    assert len(corpus.articles) == 4501 and {a.language for a in corpus.articles} == {"es"}
    assert seen == [("big.csv", 2000, 4500), ("big.csv", 4000, 4500), ("big.csv", 4500, 4500)]
