"""Side-by-side HTML: untrusted text escaped before markup, passages in one colour on both sides, terms marked."""

from __future__ import annotations

import re

import pytest

from analysis.corpus.records import Article
from analysis.present.highlight import highlight_html, passage_colour, side_by_side, term_spans
from analysis.similarity.passages import build_index, shared_passages
from analysis.text import TextCorpus, build

COPIED = "El ministro <script>alert('x')</script> anunció un paquete de medidas contra la inflación de los alimentos."


@pytest.mark.parametrize(
    ("text", "passages", "terms"),
    [
        ("<script>alert(1)</script> hola", [], []),
        ("<script>alert(1)</script> hola", [(0, 30, 0)], []),
        ("<script>alert(1)</script> hola", [(0, 8, 0)], [(8, 13)]),
        ('<img src=x onerror="alert(1)"> & <b>', [(0, 10, 2)], [(0, 4)]),
    ],
    ids=["plain", "in-passage", "cut-inside-tag", "attribute-and-ampersand"],
)
def test_article_markup_is_shown_as_text(text: str, passages: list, terms: list):
    out = highlight_html(text, passages=passages, terms=terms)
    assert "<script" not in out and "<img" not in out and "<b>" not in out
    assert (
        re.sub(r"<[^>]+>", "", out)
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        .replace("&quot;", '"')
        .replace("&#x27;", "'")
        == text
    )


def test_passages_and_terms_wrap_the_right_text():
    out = highlight_html("uno dos\ntres cuatro", passages=[(4, 12, 1)], terms=[(8, 12)])
    assert out.startswith("uno ")
    assert f"background:{passage_colour(1)}" in out and 'title="shared passage 2"' in out
    assert re.search(r"<mark[^>]*>dos<br><span class=\"term\"[^>]*>tres</span></mark> cuatro$", out)


def test_side_by_side_uses_the_same_colour_for_a_passage_on_both_sides():
    other = "Mientras tanto, cientos de personas marcharon en la capital para exigir aumentos salariales."
    second = "El Banco Central elevó la tasa de interés de referencia en medio punto porcentual el martes."
    text = build(
        [
            Article("a", f"{COPIED} {other} {second}", language="es"),
            Article("b", f"{second} Otra frase distinta sin relación alguna con nada. {COPIED}", language="es"),
        ]
    )
    reuse = shared_passages(build_index(text), 0, 1)
    assert len(reuse.passages) == 2
    html_a, html_b = side_by_side(text.docs[0], text.docs[1], reuse, features=["inflacion"])
    for html in (html_a, html_b):
        assert "<script>" not in html and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
        assert re.search(r'<span class="term"[^>]*>inflación</span>', html)
    colours_a = re.findall(r'background:([^;]+);[^>]*title="shared passage (\d)">([^<]{0,12})', html_a)
    colours_b = re.findall(r'background:([^;]+);[^>]*title="shared passage (\d)">([^<]{0,12})', html_b)
    assert {(c, n) for c, n, _ in colours_a} == {(c, n) for c, n, _ in colours_b}
    by_start_a = {start: c for c, _, start in colours_a}
    by_start_b = {start: c for c, _, start in colours_b}
    assert by_start_a["El ministro "] == by_start_b["El ministro "]
    assert by_start_a["El Banco Cen"] == by_start_b["El Banco Cen"] != by_start_a["El ministro "]
    with pytest.raises(ValueError, match="not b and a"):
        side_by_side(text.docs[1], text.docs[0], reuse)


def test_term_spans_mark_inflections_of_top_term_stems(seeds_text: TextCorpus):
    doc = seeds_text.docs[0]
    marked = {doc.article.text[s:e].lower() for s, e in term_spans(doc, ["secuestr", "cancill yvan"])}
    assert marked == {"secuestro", "canciller", "yván"}
