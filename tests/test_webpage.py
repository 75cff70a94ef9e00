"""Extracting an article from a page's HTML, and saved pages in folders and uploads."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from analysis.corpus.loading import SUFFIXES, load_files, load_path
from analysis.corpus.webpage import PageError, extract_page, host_name

PAGES = Path(__file__).resolve().parent / "data" / "web"

PARAGRAPHS = (
    "<p>La fiscalía abrió una investigación por el contrato de limpieza del puerto, adjudicado en 2024 "
    "a una empresa creada dos semanas antes del concurso.</p>"
    "<p>El alcalde negó cualquier irregularidad y afirmó que todos los informes técnicos fueron favorables, "
    "mientras la oposición pidió su comparecencia urgente en el pleno.</p>"
)
ENGLISH = (
    "<p>The regulator fined the water company £12 million after it discharged untreated sewage into the river "
    "on more than two hundred days last year.</p><p>The company said it would appeal and that it had already "
    "invested in new storm tanks at three treatment works.</p>"
)


def page(head: str = "", body: str = PARAGRAPHS, *, before: str = "", after: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{before}<article>{body}</article>{after}</body></html>"


@pytest.mark.parametrize(
    ("html", "url", "source"),
    [
        pytest.param(
            page("<meta property='og:site_name' content='El Faro'>"),
            "https://www.elfaro.example/a",
            "El Faro",
            id="og-site-name-over-host",
        ),
        pytest.param(
            page("<meta name='application-name' content='Diario de Ría'>"), None, "Diario de Ría", id="application-name"
        ),
        pytest.param(
            page(
                '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
                '"publisher":{"@type":"Organization","name":"Crónica Norte"}}</script>'
            ),
            None,
            "Crónica Norte",
            id="json-ld-publisher",
        ),  # fmt: skip
        pytest.param(
            page(), "https://www.elfaro.example:8443/local/a", "elfaro.example", id="host-without-www-and-port"
        ),
        pytest.param(
            page("<link rel='canonical' href='https://m.cronica.example/x'>"),
            "https://cdn.example/x",
            "m.cronica.example",
            id="canonical-host",
        ),
        pytest.param(page(), None, None, id="nothing-known"),
    ],
)
def test_source_is_the_outlet_name_else_the_host(html, url, source):
    assert extract_page(html, url=url).source == source


@pytest.mark.parametrize(
    ("head", "date"),
    [
        pytest.param(
            "<meta property='article:published_time' content='2024-02-29T23:30:00Z'>"
            "<meta property='article:modified_time' content='2024-03-05T10:00:00Z'>",
            dt.date(2024, 2, 29),
            id="published-not-modified",
        ),  # fmt: skip
        pytest.param(
            '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-12-31T08:00:00+01:00"}</script>',
            dt.date(2023, 12, 31),
            id="json-ld",
        ),  # fmt: skip
        pytest.param("<meta name='date' content='2022-07-14'>", dt.date(2022, 7, 14), id="meta-date"),
        pytest.param("", None, id="none"),
    ],
)
def test_date_comes_from_publication_metadata(head, date):
    assert (
        extract_page(page(head, after="<footer>© 2019 Editorial · Actualizado el 3 de mayo de 2021</footer>")).date
        == date
    )


def test_date_from_the_url_path_when_the_page_has_none():
    assert extract_page(page(), url="https://diario.example/2024/05/03/nota.html").date == dt.date(2024, 5, 3)


@pytest.mark.parametrize(
    ("html", "title", "first_words"),
    [
        pytest.param(
            page("<title>Multa a la depuradora</title>", "<h1>Multa a la depuradora</h1>" + PARAGRAPHS),
            "Multa a la depuradora",
            "La fiscalía",
            id="headline-line-dropped",
        ),
        pytest.param(
            page("<meta property='og:title' content='Puerto: investigación'>", "<h1>Otra cosa</h1>" + PARAGRAPHS),
            "Puerto: investigación",
            "Otra cosa",
            id="different-first-line-kept",
        ),
        pytest.param(
            page("<title>Water firm fined | The Courier</title>", ENGLISH),
            "Water firm fined",
            "The regulator",
            id="site-suffix-trimmed",
        ),
    ],
)
def test_title_and_text(html, title, first_words):
    extracted = extract_page(html)
    assert extracted.title == title
    assert extracted.text.startswith(first_words)


def test_boilerplate_is_not_text():
    html = page(
        "<title>Puerto</title>",
        before="<div class='cookie-banner'>Usamos cookies para personalizar anuncios. <button>Aceptar</button></div>"
        "<nav><ul><li><a href='/'>Portada</a></li><li><a href='/deportes'>Deportes</a></li></ul></nav>"
        "<div class='advert'>Publicidad: hipotecas al 2 %</div>",
        after="<aside><h3>Te puede interesar</h3><ul><li><a href='/x'>Los diez mejores chiringuitos de la costa</a></li></ul></aside>"
        "<footer>Contacto · Aviso legal · © 2026 Grupo Faro</footer>",
    )
    text = extract_page(html).text
    assert "empresa creada dos semanas antes del concurso" in text
    for boilerplate in ("cookies", "Portada", "Deportes", "hipotecas", "chiringuitos", "Aviso legal", "Grupo Faro"):
        assert boilerplate not in text


@pytest.mark.parametrize(
    "html",
    [
        pytest.param("", id="empty"),
        pytest.param(
            "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>", id="navigation-only"
        ),
        pytest.param(page(body="<p>Suscríbete para seguir leyendo.</p>"), id="paywall-stub"),
    ],
)
def test_a_page_without_an_article_is_an_error(html):
    with pytest.raises(PageError, match=r"^no main text found"):
        extract_page(html)


def test_min_words_is_an_option():
    stub = page(body="<p>Suscríbete para seguir leyendo esta noticia exclusiva.</p>")
    assert extract_page(stub, min_words=5).text == "Suscríbete para seguir leyendo esta noticia exclusiva."


@pytest.mark.parametrize(
    ("url", "host"),
    [
        pytest.param("https://www.elpais.com/a", "elpais.com", id="www"),
        pytest.param("http://WWW.BBC.CO.UK:8080/news", "bbc.co.uk", id="port-and-case"),
        pytest.param("https://wwwhatsnew.example/a", "wwwhatsnew.example", id="www-prefix-only-with-dot"),
        pytest.param("/relative/path.html", None, id="relative"),
        pytest.param(None, None, id="none"),
    ],
)
def test_host_name(url, host):
    assert host_name(url) == host


def test_saved_pages_in_a_folder_load_like_other_files():
    corpus = load_path(PAGES)
    rows = {(a.id, a.source, a.date, a.language) for a in corpus.articles}
    assert rows == {
        ("diario-central-tipos", "diariocentral.example", dt.date(2025, 6, 18), "es"),
        ("harbour-post-bridge", "The Harbour Post", dt.date(2025, 10, 2), "en"),
        ("la-voz-inundaciones", "La Voz del Sur", dt.date(2026, 3, 11), "es"),
    }
    assert corpus.problems == ()
    latin1 = corpus.by_id()["diario-central-tipos"]
    assert "La gobernadora, Elena Sáez, explicó" in latin1.text, "a Latin-1 page decodes"


def test_uploaded_pages_get_the_file_name_as_source_when_the_page_names_none():
    uploads = [
        ("puerto.html", page("<title>Puerto</title>").encode()),
        ("portada.htm", b"<html><body><nav><a href='/'>Portada</a></nav></body></html>"),
        ("metadata.csv", b"file,source,date\npuerto.html,El Faro,2026-02-01\n"),
    ]
    corpus = load_files(uploads)
    assert [(a.id, a.source, a.date) for a in corpus.articles] == [("puerto", "El Faro", dt.date(2026, 2, 1))]
    assert [(p.file, p.reason) for p in corpus.problems] == [
        ("portada.htm", "no main text found (only 1 word outside navigation and boilerplate)")
    ]
    assert {".html", ".htm"} <= set(SUFFIXES)
